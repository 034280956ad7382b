//! The loader's and the config file's diagnostics in French (issue 17): the
//! shape of YAML files (unknown, missing and repeated fields, kinds, types),
//! YAML syntax errors and limits, unreadable files, and config errors come from
//! the catalogues, in French as a French author would read them; nothing meant
//! to be translated is left in English; and `amphi --lang fr check` prints
//! them with the same exit code as in English.

use std::path::{Path, PathBuf};

use amphi::config;
use amphi::course::{Problem, load_dir};
use amphi::i18n::Language;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid")
        .join(case)
}

fn problems_of(dir: &Path) -> Vec<Problem> {
    match load_dir(dir) {
        Ok(_) => panic!("{} loaded, but it is invalid", dir.display()),
        Err(report) => report.problems,
    }
}

/// The only problem of the invalid fixture `case`, in French, after its place.
fn french(case: &str) -> String {
    let found = problems_of(&fixture(case));
    assert_eq!(found.len(), 1, "{case}: {found:#?}");
    found[0].message.render(Language::Fr)
}

/// A temporary course whose only module file holds `module`.
fn temp_module(module: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::create_dir_all(dir.path().join("modules")).unwrap();
    std::fs::write(
        dir.path().join("course.yaml"),
        "id: t\ntitle: T\nmodules:\n  - modules/a.yaml\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("modules/a.yaml"), module).unwrap();
    dir
}

/// `:` and `?` after a no-break space and a narrow no-break space.
fn nb(s: &str) -> String {
    s.replace(" :", "\u{a0}:")
        .replace(" ;", "\u{202f};")
        .replace(" ?", "\u{202f}?")
}

#[test]
fn each_kind_of_shape_problem_reads_in_french() {
    let cases = [
        (
            "unknown-field",
            "leçon `two` : champ inconnu `titel` ; vouliez-vous dire `title` ?",
        ),
        ("missing-field", "leçon `two` : il manque le champ `title`"),
        (
            "kind-not-first",
            "leçon `two` : `kind` doit être la première clé d'un élément, mais sa première clé \
             est `id`",
        ),
        (
            "type-error-deep",
            "question `q2` : `answer` doit être un numéro de choix (1 pour le premier choix), et \
             non le texte `deux`",
        ),
        (
            "unknown-kind",
            "élément `two` : `kind` inconnu pour un élément : `slideshow` (attendu : `lesson`, \
             `interview`, `quiz` ou `video`)",
        ),
        (
            "unknown-question-kind",
            "question `q1` : `kind` inconnu pour une question : `true_or_false` ; vouliez-vous \
             dire `true_false` ?",
        ),
        (
            "duplicate-key",
            "leçon `two` : `title` est donné deux fois (la première à la ligne 10) ; n'en gardez \
             qu'un",
        ),
        (
            "module-neither-items-nor-sections",
            "il manque un champ : donnez `items` ou `sections`",
        ),
        (
            "yaml-syntax",
            "clé attendue introuvable, en lisant un dictionnaire en bloc, à partir de la ligne 4, \
             colonne 5 (vérifiez l'indentation : les clés d'un même dictionnaire \
             doivent commencer dans la même colonne)",
        ),
        (
            "missing-module-file",
            "fichier de module `modules/missing.yaml` : fichier introuvable",
        ),
        (
            "negative-weight",
            "items[0].questions[0].weight : attendu : un nombre de points, 0 ou plus (par exemple \
             1, 2.5, ou 0 pour une question d'entraînement, qui ne compte pas dans le score), et \
             non -1",
        ),
    ];
    for (case, expected) in cases {
        assert_eq!(french(case), nb(expected), "{case}");
    }
}

#[test]
fn the_problem_keeps_its_kind_as_its_id_whoever_it_is_said_of() {
    // `amphi check --format json` gives the id as the problem's code: the
    // kind of problem, not the label of the lesson it is about.
    for (case, id) in [
        ("unknown-field", "load-unknown-field-near"),
        ("missing-field", "load-missing-field"),
        ("kind-not-first", "load-kind-not-first"),
        ("type-error-deep", "load-must-be"),
        ("negative-weight", "load-expected-not"),
        ("group-nested", "load-nested-group"),
    ] {
        let found = problems_of(&fixture(case));
        assert_eq!(found[0].message.id(), Some(id), "{case}");
    }
}

#[test]
fn limits_and_files_read_in_french() {
    let deep = format!("id: m\ntitle: M\nitems: {}\n", "[".repeat(1001));
    let found = problems_of(temp_module(deep.as_bytes()).path());
    assert_eq!(
        found[0].message.render(Language::Fr),
        "les listes et dictionnaires sont imbriqués sur plus de 1000 niveaux ici (en comptant \
         chaque `[` et `{` pas encore refermé par `]` ou `}`)"
    );
    let found = problems_of(temp_module(b"# nothing\n").path());
    assert_eq!(found[0].message.render(Language::Fr), "le fichier est vide");
    let found = problems_of(temp_module(b"id: \xff\n").path());
    assert_eq!(
        found[0].message.render(Language::Fr),
        nb("ce n'est pas de l'UTF-8 valide : séquence d'octets invalide à l'octet 4")
    );
    let tabs = problems_of(temp_module(b"id: m\ntitle: M\nitems:\n\t- kind: lesson\n").path());
    assert!(
        tabs[0].message.render(Language::Fr).ends_with(&nb(
            "(le YAML ne peut pas être indenté avec des tabulations : utilisez des espaces)"
        )),
        "{}",
        tabs[0].message.render(Language::Fr)
    );
}

/// Every problem of every invalid fixture: a catalogue message is French in
/// French (not its English), and no argument is left unset (`{$name}`); the
/// shape problems, syntax errors and unreadable files are catalogue messages.
#[test]
fn no_loader_message_is_left_in_english_by_mistake() {
    let ours = [
        "unknown-field",
        "missing-field",
        "kind-not-first",
        "question-kind-not-first",
        "type-error-deep",
        "unknown-kind",
        "unknown-question-kind",
        "duplicate-key",
        "group-nested",
        "module-items-and-sections",
        "module-neither-items-nor-sections",
        "missing-module-file",
        "missing-body-file",
        "yaml-syntax",
        "negative-weight",
        "short-answer-bad-pattern",
        "numeric-answer-and-answers",
        "numeric-bad-tolerance",
        "media-bad-duration",
    ];
    let invalid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut checked = 0;
    for entry in std::fs::read_dir(invalid).unwrap() {
        let dir = entry.unwrap().path();
        let case = dir.file_name().unwrap().to_string_lossy().into_owned();
        let Err(report) = load_dir(&dir) else {
            continue;
        };
        for p in &report.problems {
            let (en, fr) = (
                p.message.render(Language::En),
                p.message.render(Language::Fr),
            );
            assert!(
                !en.contains("{$") && !fr.contains("{$"),
                "{case}: {en} / {fr}"
            );
            if p.message.id().is_some() {
                assert_ne!(en, fr, "{case}: said the same in both languages");
                checked += 1;
            } else {
                assert!(!ours.contains(&case.as_str()), "{case}: verbatim: {en}");
            }
        }
    }
    assert!(checked >= ours.len(), "{checked} messages checked");
}

/// The config file's mistakes (as `tests/it/config.rs` lists them) in French.
#[test]
fn config_errors_read_in_french() {
    let fr = |text: &str| {
        let e = config::parse("c.yaml", text).unwrap_err();
        assert!(e.message.id().is_some(), "{text:?}: {e}");
        let (en, fr) = (e.render(Language::En), e.render(Language::Fr));
        assert_ne!(en, fr, "{text:?}");
        assert_eq!(en, e.to_string());
        fr
    };
    let cases = [
        (
            "themes: dark\n",
            "c.yaml:1:1: réglage inconnu `themes` ; vouliez-vous dire `theme` ?",
        ),
        (
            "theme: blue\n",
            "c.yaml:1:8: theme : thème inconnu `blue` (attendu : dark, light ou high-contrast)",
        ),
        (
            "measure: wide\n",
            "c.yaml:1:10: measure : attendu : un nombre entier de colonnes, de 20 à 1000, et non \
             le texte `wide`",
        ),
        (
            "measure: 5\n",
            "c.yaml:1:10: measure : 5 est hors limites : la colonne de texte fait de 20 à 1000 \
             colonnes de large",
        ),
        (
            "language: de\n",
            "c.yaml:1:11: language : langue inconnue `de` ; amphi parle en, fr",
        ),
        (
            "keys:\n  next-item: [q]\n",
            "c.yaml:2:3: keys.next-item : `q` est aussi la touche de quit ; donnez aussi \
             d'autres touches à quit (keys.quit: [...])",
        ),
        (
            "keys:\n  help: []\n",
            "c.yaml:2:9: keys.help : aucune touche : donnez-en au moins une (ou retirez l'action \
             pour garder ses touches par défaut)",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(fr(text), nb(expected), "{text:?}");
    }
    // The key table's own words stay as they are, after the setting in French.
    let unknown_key = fr("keys:\n  quit: [q, Foo]\n");
    assert!(
        unknown_key.starts_with(&nb("c.yaml:2:13: keys.quit[1] : ")),
        "{unknown_key}"
    );
    for text in [
        "colour: red\n",
        "images: [auto]\n",
        "keys: q\n",
        "keys:\n  quit: [q, 1]\n",
        "measure: 70\nkeys:\n  quit: [q]\n  qiut: [x]\n",
        "hyperlinks: often\n",
        "image_protocol: x11\n",
    ] {
        let said = fr(text);
        assert!(!said.contains("{$"), "{said}");
    }
}

/// Every catalogue id the loader's and the config file's code names is in
/// both catalogues.
#[test]
fn every_id_the_code_names_is_in_both_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut named = 0;
    for file in [
        "src/course/shape.rs",
        "src/course/de.rs",
        "src/course/yaml.rs",
        "src/course/load.rs",
        "src/config.rs",
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let id = &rest[..end];
            let looks_like_id = (id.starts_with("load-") || id.starts_with("config-"))
                && id.len() > 7
                && id.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if !looks_like_id {
                continue;
            }
            for lang in Language::ALL {
                assert!(
                    amphi::i18n::message_ids(lang).iter().any(|m| m == id),
                    "{file}: `{id}` is not in {lang}.ftl"
                );
            }
            named += 1;
        }
    }
    assert!(named > 60, "{named} ids found");
}

#[test]
fn amphi_check_speaks_french_with_the_same_exit_code() {
    let run = |lang: &str| {
        let state = tempfile::tempdir().unwrap();
        let out = crate::common::isolated::amphi()
            .args(["--lang", lang, "check"])
            .arg(fixture("unknown-field"))
            .env("AMPHI_STATE", state.path().join("state.json"))
            .output()
            .expect("run amphi");
        (
            out.status.code(),
            String::from_utf8(out.stdout).expect("UTF-8"),
        )
    };
    let (en_code, en) = run("en");
    let (fr_code, fr) = run("fr");
    assert_eq!(en_code, Some(1), "{en}");
    assert_eq!(fr_code, en_code, "{fr}");
    assert!(
        en.contains("lesson `two`: unknown field `titel`; did you mean `title`?"),
        "{en}"
    );
    assert!(
        fr.contains(&nb(
            "leçon `two` : champ inconnu `titel` ; vouliez-vous dire `title` ?"
        )),
        "{fr}"
    );
}
