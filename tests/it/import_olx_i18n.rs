//! The Open edX importer in French (issue 17): its refusals, XML errors and
//! report notes are catalogue messages said in the reader's language, and the
//! words it writes into a course follow the course's `language`.
//!
//! - representative messages of each kind, with their exact French;
//! - every note of the imported demo course (`../shared/corpora/olx/`) said
//!   in French, none left in English;
//! - every catalogue id the importer's code names exists in both languages;
//! - a French course gets amphi's own lines in French, any other in English.

use std::io::Write as _;
use std::path::Path;

use amphi::i18n::{Language, Message, tr};
use amphi::import::olx::course::{CourseOptions, to_course};
use amphi::import::olx::source::{OlxSource, OlxSourceError, parse_xml, xml_error_at};
use amphi::import::report::{Converted, Note};

use crate::common::outside::shared;

const FR: Language = Language::Fr;

/// Writes an export of `files` (path, content) in a new temporary folder.
fn export(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// A course in `language` (none when empty) of one unit holding `unit`.
fn one_unit(language: &str, unit: &str) -> Vec<(&'static str, String)> {
    let lang = if language.is_empty() {
        String::new()
    } else {
        format!(r#" language="{language}""#)
    };
    vec![
        (
            "course.xml",
            r#"<course url_name="run1" org="O" course="C"/>"#.into(),
        ),
        (
            "course/run1.xml",
            format!(r#"<course display_name="Physique"{lang}><chapter url_name="ch1"/></course>"#),
        ),
        (
            "chapter/ch1.xml",
            r#"<chapter display_name="Semaine 1"><sequential url_name="s1"/></chapter>"#.into(),
        ),
        (
            "sequential/s1.xml",
            r#"<sequential display_name="Bases"><vertical url_name="u1"/></sequential>"#.into(),
        ),
        (
            "vertical/u1.xml",
            format!(r#"<vertical display_name="Unité">{unit}</vertical>"#),
        ),
    ]
}

fn convert(dir: &Path) -> Converted {
    let source = OlxSource::open(dir).expect("the export reads");
    to_course(&source, &CourseOptions::default()).expect("it converts")
}

fn file<'a>(c: &'a Converted, prefix: &str) -> &'a str {
    c.files
        .iter()
        .find(|(p, _)| p.starts_with(prefix))
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no {prefix}…"))
}

/// Every note of a report: approximated, left out, warnings.
fn notes(c: &Converted) -> Vec<&Note> {
    let r = &c.report;
    r.kinds
        .iter()
        .flat_map(|k| k.approximated.iter().chain(&k.left_out))
        .chain(&r.warnings)
        .collect()
}

/// English words that no French sentence of the importer holds.
const ENGLISH: [&str; 14] = [
    " the ", " is ", " are ", " was ", " were ", " its ", " it ", " which ", " has ", " not ",
    " of ", " with ", "left out", " and ",
];

fn assert_french(fr: &str, en: &str, what: &str) {
    assert_ne!(fr, en, "{what}: said in English in French");
    let padded = format!(" {} ", fr.to_lowercase());
    for w in ENGLISH {
        assert!(
            !padded.contains(w),
            "{what}: {w:?} left in English in {fr:?}"
        );
    }
}

// ---------------------------------------------------------------- exact French

#[test]
fn refusals_of_a_hostile_or_wrong_source_are_said_in_french() {
    assert_eq!(
        OlxSourceError::NoCourseXml.render(FR),
        "aucun course.xml à sa racine ni dans les deux niveaux de dossiers en dessous\u{a0}: ce \
         n’est pas un export Open edX (OLX)"
    );
    // English stays the `Display`.
    assert!(
        OlxSourceError::NoCourseXml
            .to_string()
            .starts_with("no course.xml in it")
    );

    // An archive whose member climbs out, and one holding a link.
    let tar = |name: &[u8], kind: tar::EntryType, link: &[u8]| {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.as_old_mut().name[..name.len()].copy_from_slice(name);
        h.set_entry_type(kind);
        h.set_link_name_literal(link).unwrap();
        h.set_mode(0o644);
        h.set_size(0);
        h.set_cksum();
        b.append(&h, std::io::empty()).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&b.into_inner().unwrap()).unwrap();
        gz.finish().unwrap()
    };
    let open = |bytes: Vec<u8>| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.tar.gz");
        std::fs::write(&path, bytes).unwrap();
        OlxSource::open(&path).unwrap_err()
    };
    let e = open(tar(b"course/../../evil.sh", tar::EntryType::Regular, b""));
    assert_eq!(
        e.render(FR),
        "le membre course/../../evil.sh remonte hors de l’archive par `..`\u{a0}: décompressée, \
         une telle archive pourrait écrire hors du dossier du cours"
    );
    assert_eq!(Message::from(&e), e.message());
    let e = open(tar(
        b"static/passwd",
        tar::EntryType::Symlink,
        b"/etc/passwd",
    ));
    assert_eq!(
        e.render(FR),
        "le membre static/passwd est un lien symbolique vers /etc/passwd\u{a0}: les liens sont \
         refusés dans un export (ils pourraient mener hors de celui-ci)"
    );
    let e = open(tar(b"dev/null", tar::EntryType::Char, b""));
    assert_eq!(
        e.render(FR),
        "dev/null est un périphérique caractère, et non un fichier ordinaire"
    );
    let e = open(b"not gzip".to_vec());
    assert_eq!(
        e.render(FR),
        "ce n’est ni un dossier contenant course.xml ni l’archive .tar.gz d’un export Open edX \
         (le fichier n’est pas compressé en gzip)"
    );
    let e = OlxSourceError::FileTooLarge {
        member: "static/big.mp4".into(),
        limit: 500,
    };
    assert_eq!(
        e.render(FR),
        "static/big.mp4 dépasse 500 octets, le maximum pour un fichier d’export"
    );
}

#[cfg(unix)]
#[test]
fn a_folders_link_leading_outside_is_refused_in_french() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret"), "x").unwrap();
    let dir = export(&[(
        "course.xml",
        r#"<course url_name="r" org="o" course="c"/>"#.into(),
    )]);
    std::fs::create_dir(dir.path().join("static")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret"),
        dir.path().join("static/s.txt"),
    )
    .unwrap();
    let e = OlxSource::open(dir.path()).unwrap_err();
    let fr = e.render(FR);
    assert!(
        fr.starts_with("le lien static/s.txt mène à ")
            && fr.ends_with(
                ", hors du dossier du cours\u{a0}: un lien ne peut mener qu’à un fichier de ce \
                 dossier"
            ),
        "{fr}"
    );
}

#[test]
fn xml_errors_keep_their_place_and_say_the_rest_in_french() {
    let e = parse_xml("<problem>\n<p>").unwrap_err();
    assert_eq!(e, "2:4: the XML ends before its elements are closed");
    assert_eq!(
        e.render(FR),
        "2:4\u{a0}: le XML se termine avant que ses éléments soient fermés"
    );
    let at = xml_error_at("problem/a.xml", &e);
    assert_eq!(
        at.render(FR),
        "problem/a.xml:2:4\u{a0}: le XML se termine avant que ses éléments soient fermés"
    );
    let dtd =
        parse_xml("<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY a \"b\">]><p/>").unwrap_err();
    assert_eq!(
        dtd.render(FR),
        "2:1\u{a0}: une DTD (<!DOCTYPE …>) est refusée\u{a0}: ses entités pourraient grossir sans \
         limite ou lire des fichiers hors de l’export"
    );
    // roxmltree's own words are quoted as they are, after the place.
    let e = parse_xml("<p>\n  &x;</p>").unwrap_err();
    assert!(e.render(FR).starts_with("2:"), "{}", e.render(FR));
    assert!(
        e.render(FR).contains("unknown entity reference"),
        "{}",
        e.render(FR)
    );
}

#[test]
fn a_course_that_cannot_be_made_is_refused_in_french() {
    let files = vec![
        (
            "course.xml",
            r#"<course url_name="run1" org="O" course="C"/>"#.to_string(),
        ),
        (
            "course/run1.xml",
            r#"<course display_name="C"><chapter url_name="ch1"/></course>"#.to_string(),
        ),
    ];
    let dir = export(&files);
    let source = OlxSource::open(dir.path()).unwrap();
    let err = to_course(&source, &CourseOptions::default()).err().unwrap();
    assert!(err.starts_with("nothing in the export"), "{err}");
    assert_eq!(
        err.render(FR),
        "rien dans l’export ne peut être importé\u{a0}: aucun chapitre ne contient d’unité \
         qu’amphi sache afficher"
    );
    // Inside a caller's own message, it is said in that message's language.
    let said = Message::new("import-olx-in-file")
        .arg("file", "export")
        .arg("what", err);
    assert!(
        said.render(FR)
            .starts_with("export\u{a0}: rien dans l’export ne peut être importé"),
        "{}",
        said.render(FR)
    );
    let dir = export(&files[..1]);
    let source = OlxSource::open(dir.path()).unwrap();
    let err = to_course(&source, &CourseOptions::default()).err().unwrap();
    assert_eq!(
        err.render(FR),
        "course.xml désigne le fichier de cours course/run1.xml, que l’export ne contient pas"
    );
}

#[test]
fn report_notes_of_each_kind_have_their_french() {
    let unit = r#"<poll url_name="p1" display_name="Favori" question="Laquelle ?"/><html display_name="T"><p>Texte <img src="https://example.org/a.png" alt="A"/> et <a href="/courseware/x">lien</a>.</p><script>x()</script></html><problem url_name="pb1"/><problem url_name="pb2"/><video url_name="v1" youtube_id_1_0="abc"/>"#;
    let mut files = one_unit("", unit);
    files.push((
        "problem/pb1.xml",
        r#"<problem><p>Plan a trip.</p><customresponse cfn="c"><textline/></customresponse></problem>"#.into(),
    ));
    files.push((
        "problem/pb2.xml",
        r#"<problem showanswer="finished"><choiceresponse><label>Q?</label><checkboxgroup>
          <choice correct="true">A<choicehint selected="false">x</choicehint></choice>
          <choice correct="false">B<choicehint selected="false">y</choicehint></choice>
          <choice correct="true">C</choice>
          <compoundhint value="A C">Both</compoundhint><compoundhint value="A B">No</compoundhint>
          </checkboxgroup></choiceresponse></problem>"#
            .into(),
    ));
    let dir = export(&files);
    let c = convert(dir.path());
    let fr = |kind: &str, left_out: bool| -> String {
        let k = c.report.kind(kind).unwrap_or_else(|| panic!("{kind}"));
        let notes = if left_out {
            &k.left_out
        } else {
            &k.approximated
        };
        notes[0].message.render(FR)
    };
    assert_eq!(
        fr("poll", true),
        "un sondage recueille le vote de chaque apprenant sur le site Open edX"
    );
    assert_eq!(
        fr("customresponse", true),
        "une notation par le code Python propre au cours, qu’amphi n’exécute pas"
    );
    // Every way an approximation differs, joined by `;` with its space.
    assert_eq!(
        fr("html", false),
        "une image du web est devenue un lien vers elle (amphi ne télécharge jamais d’images)\u{202f}; \
         un lien vers une page du site Open edX, ou vers un fichier absent de l’export, a été \
         gardé comme texte\u{202f}; un script a été laissé de côté"
    );
    // Plurals: one unticked hint, two compound hints.
    assert_eq!(
        fr("choiceresponse", false),
        "showanswer=\"finished\" (après l’échéance ou la dernière tentative, qu’amphi n’a pas) \
         devient le show_answers du quiz\u{a0}: after_submit\u{202f}; l’indice qu’Open edX montre \
         quand un mauvais choix est à raison laissé décoché est laissé de côté\u{202f}; les 2 \
         indices pour des combinaisons de choix (compoundhint) sont laissés de côté"
    );
    assert_eq!(
        fr("video", false),
        "elle n’a aucune transcription à lire\u{202f}; l’export ne donne pas sa durée\u{a0}: elle \
         est notée 0:00"
    );
    // English is what it was.
    let en = c.report.kind("choiceresponse").unwrap().approximated[0]
        .message
        .to_string();
    assert!(
        en.contains("1 hint(s) shown in Open edX when a wrong choice is rightly left unticked"),
        "{en}"
    );
}

// ---------------------------------------------------------------- the demo course

#[test]
fn every_note_of_the_demo_course_is_said_in_french() {
    let Some(root) = shared("corpora/olx/openedx-demo-course") else {
        return;
    };
    let c = convert(&root);
    let all = notes(&c);
    assert!(
        all.len() > 80,
        "the demo course has many notes: {}",
        all.len()
    );
    let dump = std::env::var_os("AMPHI_DUMP_FRENCH").is_some();
    for n in all {
        let (fr, en) = (n.message.render(FR), n.message.to_string());
        if dump {
            println!("{} ({}): {fr}", n.file, n.name);
        }
        assert!(n.message.id().is_some(), "{}: verbatim note {en:?}", n.file);
        assert_french(&fr, &en, &format!("{} ({})", n.file, n.name));
    }
}

/// The lessons amphi writes for what it leaves out of the demo course stay
/// English: the course says `language="en"`.
#[test]
fn the_demo_course_being_english_gets_amphis_lines_in_english() {
    let Some(root) = shared("corpora/olx/openedx-demo-course") else {
        return;
    };
    let c = convert(&root);
    let all: String = c.files.iter().map(|(_, t)| t.as_str()).collect();
    assert!(all.contains("*This Open edX problem is not a question here: "));
    assert!(!all.contains("Ce problème Open edX"));
}

// ---------------------------------------------------------------- the catalogue

/// Every `import-olx-…` id the importer's code names is in both catalogues,
/// and French says it in its own words (but for the few words both
/// languages spell alike).
#[test]
fn every_id_the_importer_names_is_in_both_catalogues() {
    let same = [
        "import-olx-title-section",
        "import-olx-lesson-solution",
        "import-olx-html-audio",
        "import-olx-html-image",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import/olx");
    let mut ids = std::collections::BTreeSet::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for (at, _) in text.match_indices("\"import-olx-") {
                    let id: String = text[at + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    ids.insert(id);
                }
            }
        }
    }
    assert!(ids.len() > 150, "{} ids", ids.len());
    let en_ftl = include_str!("../../assets/i18n/en.ftl");
    let fr_ftl = include_str!("../../assets/i18n/fr.ftl");
    for id in &ids {
        let line = format!("\n{id} =");
        assert!(en_ftl.contains(&line), "{id} is not in en.ftl");
        assert!(fr_ftl.contains(&line), "{id} is not in fr.ftl");
        let (en, fr) = (tr(Language::En, id, &[]), tr(FR, id, &[]));
        if !same.contains(&id.as_str()) {
            assert_ne!(en, fr, "{id}");
        }
    }
}

// ---------------------------------------------------------------- the course's words

#[test]
fn a_french_course_gets_amphis_own_lines_in_french() {
    let unit = r#"<html display_name="Intro"><p>Votez.</p><img src="/static/absente.png"/></html><poll url_name="p1" display_name="Favori" question="Laquelle ?" answers="[[&quot;R&quot;, {&quot;label&quot;: &quot;Rouge&quot;}]]"/><problem url_name="pb1"/><problem url_name="pb2"/>"#;
    let mut files = one_unit("fr", unit);
    files.push((
        "problem/pb1.xml",
        r#"<problem><p>Planifiez un voyage.</p><customresponse cfn="c"><textline/></customresponse><solution><p>De l'eau.</p></solution></problem>"#.into(),
    ));
    files.push((
        "problem/pb2.xml",
        r#"<problem><p>Deux sommes.</p><numericalresponse answer="4"><textline/></numericalresponse><numericalresponse answer="6"><textline/></numericalresponse></problem>"#.into(),
    ));
    let dir = export(&files);
    let c = convert(dir.path());
    let lesson = file(&c, "lessons/");
    assert!(
        lesson.starts_with(
            "Votez.\n\n(image\u{a0}: image)\n\n*poll «\u{a0}Favori\u{a0}» non importé\u{a0}: un sondage \
             recueille le vote de chaque apprenant sur le site Open edX.* Il disait\u{a0}:\n\n\
             Laquelle ?\n\n- Rouge\n\n*Ce problème Open edX n’est pas une question ici\u{a0}: une \
             notation par le code Python propre au cours, qu’amphi n’exécute pas. Voici ce qu’il \
             demandait.*\n\nPlanifiez un voyage.\n\n**Solution**\n\nDe l'eau."
        ),
        "{lesson}"
    );
    // A part with no prompt of its own is asked in French.
    let module = file(&c, "modules/");
    assert!(module.contains("Tapez le nombre."), "{module}");
    assert!(!module.contains("Type the number."), "{module}");
}

#[test]
fn a_course_in_a_language_amphi_does_not_speak_gets_them_in_english() {
    for language in ["es", "", "en-GB"] {
        let unit = r#"<html display_name="Intro"><p>Vota.</p></html><poll url_name="p1" display_name="Favorito" question="¿Cuál?"/><video url_name="v" youtube_id_1_0="x1"/><html><p>Más.</p></html>"#;
        let dir = export(&one_unit(language, unit));
        let c = convert(dir.path());
        let lesson = file(&c, "lessons/");
        assert!(
            lesson.contains("*Not imported: poll “Favorito”: a poll gathers"),
            "{language}: {lesson}"
        );
        let module = file(&c, "modules/");
        assert!(
            module.contains("title: Unité (continued)"),
            "{language}: {module}"
        );
    }
}
