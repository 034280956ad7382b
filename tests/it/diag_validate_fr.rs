//! Issue 17: `amphi check`'s diagnostics of validation, links, media, images,
//! transcripts and files, lint's warnings and the library's refusals are said
//! in French from the catalogue: the exact French of a few of each kind, none
//! of them left in English by mistake, and the real binary (`amphi --lang fr
//! check`, `add`, `remove`) printing them with its exit codes unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use amphi::course::{DirFiles, Problem};
use amphi::i18n::Language;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(case: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/invalid").join(case)
}

/// The errors and the warnings `amphi check` finds in the course in `dir`.
fn checked(dir: &Path) -> (Vec<Problem>, Vec<Problem>) {
    let (result, warnings) = amphi::author::check::check_course(&DirFiles::new(dir));
    (
        result.err().map(|r| r.problems).unwrap_or_default(),
        warnings,
    )
}

/// Every message (errors, then warnings) of the fixture `case`, in French.
fn french(case: &str) -> Vec<String> {
    let (errors, warnings) = checked(&fixture(case));
    errors
        .iter()
        .chain(&warnings)
        .map(|p| p.message.render(Language::Fr))
        .collect()
}

#[test]
fn validation_errors_read_as_a_french_author_writes() {
    assert_eq!(
        french("duplicate-item-id")[0],
        "identifiant d'élément `one` en double dans le module `a`"
    );
    assert_eq!(
        french("item-id-across-sections")[0],
        "identifiant d'élément `one` en double dans le module `a` (dans la section `s2`, \
         déjà pris dans la section `s1`)"
    );
    assert_eq!(
        french("pass-mark-out-of-range")[0],
        "le seuil de réussite 150 du quiz `first` sort de l'intervalle 0–100 (c'est un pourcentage)"
    );
    assert_eq!(
        french("unknown-speaker")[0],
        "intervenant inconnu `gest` dans l'entretien `talk`\u{a0}: ce doit être l'un des \
         identifiants des participants (`host`, `guest`)"
    );
    assert_eq!(
        french("media-file-and-url")[0],
        "la vidéo `talk` a à la fois `file` et `url`\u{202f}; n'en gardez qu'un"
    );
    assert_eq!(
        french("hint-and-hints")[0],
        "question `both`\u{a0}: donnez soit `hint` (un indice), soit `hints` (une liste), pas les deux"
    );
    // The question kinds' own checks.
    assert_eq!(
        french("single-choice-answer-out-of-range")[..2],
        [
            "question `zero`\u{a0}: la réponse 0 n'existe pas\u{a0}: les choix sont numérotés de 1 à 2",
            "question `too-big`\u{a0}: la réponse 3 n'existe pas\u{a0}: les choix sont numérotés de 1 à 2",
        ]
    );
    assert_eq!(
        french("numeric-backwards-range")[0],
        "question `q1`\u{a0}: l'intervalle [2, 1] est à l'envers\u{a0}: écrivez d'abord la borne inférieure"
    );
}

#[test]
fn link_errors_read_in_french() {
    let see = french("see-bad-targets");
    assert_eq!(
        see[..4],
        [
            "question `heading`\u{a0}: `see: intro#first-step`\u{a0}: la leçon `intro` n'a aucun \
             titre dont le slug soit `first-step` (ses titres\u{a0}: `first-steps`, `ça-va-déjà-`)",
            "question `lesson`\u{a0}: `see: b/outro`\u{a0}: le module `b` n'a pas de leçon \
             `outro` (ses leçons\u{a0}: `basics`)",
            "question `module`\u{a0}: `see: c/intro#first-steps`\u{a0}: il n'y a pas de module \
             `c` (modules\u{a0}: `a`, `b`)",
            "question `interview`\u{a0}: `see: talk`\u{a0}: `talk`, dans le module `a`, est un \
             entretien, pas une leçon",
        ]
    );
    // The forms of an item link keep their `:` unspaced (code, not prose).
    let links = french("item-link-bad-targets");
    assert_eq!(
        links[4],
        "leçon `intro`\u{a0}: lien `item:a/b/c`\u{a0}: `item:a/b/c` n'est pas un lien vers un \
         élément\u{a0}: écrivez `item:item-id`, `item:item-id#heading-slug` ou \
         `item:module-id/item-id#heading-slug`"
    );
    assert_eq!(
        french("unknown-objective")[1],
        "question `q2`\u{a0}: objectif inconnu `read-map`\u{a0}: aucun module ne le déclare dans \
         `objectives` (déclarés\u{a0}: `find-north`, `read-maps`, `use-compass`)"
    );
}

#[test]
fn media_transcript_and_file_errors_read_in_french() {
    assert_eq!(
        french("media-bad-transcript")[0],
        "il manque ici le minutage d'un sous-titre, tel que `00:01:02.000 --> 00:01:05.000`"
    );
    assert_eq!(
        french("media-file-outside")[0],
        "leçon `one`\u{a0}: fichier `../../secrets.csv`\u{a0}: le chemin sort du dossier du \
         cours (`..` est interdit)"
    );
    assert_eq!(
        french("media-no-source")[0],
        "la vidéo `talk` n'a ni `file` ni `url`\u{a0}: donnez l'un des deux (un fichier du \
         dossier du cours, ou une adresse)"
    );
}

/// A copy of the scaffolded course whose first lesson has a placeholder, a
/// missing and a remote image, and display math that never closes.
fn course_with_warnings(home: &Path) -> PathBuf {
    let dir = home.join("tea");
    amphi::author::scaffold::create(&dir, "Tea", "tea").expect("a new course");
    let module = dir.join("modules/01-getting-started.yaml");
    let text = std::fs::read_to_string(&module).unwrap().replacen(
        "      This is a **lesson**:",
        "      TODO ![a map](img/map.png) and ![logo](https://example.org/l.png) $$x\n\n      \
         This is a **lesson**:",
        1,
    );
    std::fs::write(&module, text).unwrap();
    dir
}

#[test]
fn lint_warnings_read_in_french() {
    let home = tempfile::tempdir().unwrap();
    let (errors, warnings) = checked(&course_with_warnings(home.path()));
    assert!(errors.is_empty(), "{errors:?}");
    let fr: Vec<String> = warnings
        .iter()
        .map(|p| p.message.render(Language::Fr))
        .collect();
    assert_eq!(
        fr,
        [
            "la leçon `welcome` contient encore `TODO`\u{a0}: est-elle terminée\u{202f}?",
            "leçon `welcome`\u{a0}: `$$` ouvre une formule centrée qui ne se ferme jamais\u{a0}: \
             elle s'affiche telle que tapée",
            "leçon `welcome`\u{a0}: l'image `img/map.png` ne peut pas être affichée\u{a0}: \
             fichier introuvable",
            "leçon `welcome`\u{a0}: l'image `https://example.org/l.png` est une adresse web\u{a0}: \
             amphi ne télécharge jamais d'image, les apprenants en voient le texte alternatif",
        ]
    );
    assert_eq!(
        french("duplicate-item-id")[1],
        "quiz `warm-up`\u{a0}: aucune question n'a d'`explanation`, les apprenants ne sauront \
         donc que s'ils ont juste ou non"
    );
}

/// The fixtures whose problems are all validation's, links', media's, the
/// question kinds' or lint's (the others hold the shape's and the editions'
/// diagnostics, which other work moves).
const OURS: [&str; 28] = [
    "duplicate-choice",
    "multiple-choice-no-answer",
    "numeric-backwards-range",
    "reflection-scored",
    "several-problems",
    "short-answer-no-answers",
    "single-choice-answer-out-of-range",
    "duplicate-item-id",
    "duplicate-module-id",
    "duplicate-question-id",
    "duplicate-section-id",
    "empty-course",
    "empty-section",
    "group-blank-stimulus",
    "group-empty",
    "group-id-clash",
    "hint-and-hints",
    "hint-cost-out-of-range",
    "item-id-across-sections",
    "item-link-bad-targets",
    "media-bad-transcript",
    "media-file-and-url",
    "media-file-outside",
    "media-no-source",
    "missed-on-wrong-choice",
    "module-no-items",
    "see-bad-targets",
    "unknown-objective",
];

#[test]
fn no_diagnostic_of_ours_is_left_in_english() {
    let mut cases: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("tests/fixtures/invalid"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    let home = tempfile::tempdir().unwrap();
    let mut all: Vec<(String, Problem)> = Vec::new();
    for case in &cases {
        let (errors, warnings) = checked(&fixture(case));
        all.extend(
            errors
                .into_iter()
                .chain(warnings)
                .map(|p| (case.clone(), p)),
        );
    }
    let (_, warnings) = checked(&course_with_warnings(home.path()));
    all.extend(warnings.into_iter().map(|p| ("warnings".to_string(), p)));
    let mut seen = 0;
    for (case, p) in &all {
        let english = p.message.to_string();
        if OURS.contains(&case.as_str()) || case == "warnings" {
            assert!(
                p.message.id().is_some(),
                "{case}: verbatim where a catalogue message was meant: {english}"
            );
        }
        // A catalogue message is French in French; only a library's words,
        // quoted whole, are the same in both.
        if p.message.id().is_some() {
            seen += 1;
            let french = p.message.render(Language::Fr);
            assert_ne!(french, english, "{case}: left in English");
        }
    }
    assert!(
        seen > 60,
        "the fixtures give many catalogue messages: {seen}"
    );
}

/// `amphi ARGS` in the home `home` (its data, config, cache and state there),
/// no terminal.
fn amphi(home: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_amphi"));
    crate::common::isolated::isolate(&mut cmd, home);
    cmd.args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run amphi")
}

#[test]
fn the_binary_says_check_add_and_remove_in_french_with_the_same_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let broken = fixture("several-problems");
    let broken = broken.to_str().unwrap();

    let out = amphi(home.path(), &["--lang", "fr", "check", broken]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("le seuil de réussite 101 du quiz `quiz` sort de l'intervalle 0–100"),
        "{text}"
    );
    assert!(text.contains("5 erreurs dans 2 fichiers"), "{text}");
    let english = amphi(home.path(), &["--lang", "en", "check", broken]);
    assert_eq!(english.status.code(), Some(1));
    let english = String::from_utf8(english.stdout).unwrap();
    assert!(english.contains("pass mark 101 of quiz `quiz` is outside 0–100"));

    let out = amphi(home.path(), &["--lang", "fr", "add", broken]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("identifiant d'élément `one` en double dans le module `a`"),
        "{err}"
    );

    let course = course_with_warnings(home.path());
    let course = course.to_str().unwrap();
    let out = amphi(home.path(), &["--lang", "fr", "add", course]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = amphi(home.path(), &["--lang", "fr", "add", course]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "amphi: un cours d'identifiant `tea` est déjà installé\u{a0}: ajoutez --force pour le \
         remplacer, ou lancez d'abord `amphi remove tea`\n"
    );

    let out = amphi(home.path(), &["--lang", "fr", "remove", "nope", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "amphi: aucun cours `nope` n'est installé\u{202f}; cours installés\u{a0}: tea (voir \
         `amphi list`)\n"
    );
}

#[test]
fn an_invalid_french_course_is_checked_in_french() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("cours");
    std::fs::create_dir_all(dir.join("modules")).unwrap();
    for file in ["course.yaml", "modules/a.yaml"] {
        let text = std::fs::read_to_string(fixture("duplicate-item-id").join(file)).unwrap();
        let text = if file == "course.yaml" {
            format!("language: fr\n{text}")
        } else {
            text
        };
        std::fs::write(dir.join(file), text).unwrap();
    }
    // No --lang, and the C locale of the isolated home: the course's language.
    let out = amphi(home.path(), &["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("identifiant d'élément `one` en double dans le module `a`"),
        "{text}"
    );
    assert!(
        text.contains("1 erreur, 1 avertissement dans 1 fichier"),
        "{text}"
    );
}

#[test]
fn a_course_that_cannot_be_opened_says_why_in_the_language_listed() {
    let home = tempfile::tempdir().unwrap();
    let library = amphi::library::Library::new(home.path().join("courses"));
    std::fs::create_dir_all(library.root()).unwrap();
    std::fs::write(
        library.root().join("gone.link"),
        format!("{}\n", home.path().join("nowhere").display()),
    )
    .unwrap();
    let why = |lang| {
        let entries = library.entries_in(lang);
        let entry = entries.iter().find(|e| e.id == "gone").expect("listed");
        entry
            .course
            .as_ref()
            .unwrap_err()
            .replace(&home.path().display().to_string(), "[HOME]")
    };
    assert_eq!(why(Language::En), "the folder [HOME]/nowhere is gone");
    assert_eq!(why(Language::Fr), "le dossier [HOME]/nowhere n'existe plus");
}
