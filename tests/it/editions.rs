//! Courses in several languages (docs/course-format.md, *Courses in several
//! languages*): an original lists its `editions`, each a folder holding a whole
//! course with the same id; `amphi check` checks each edition and reports the
//! ids it lacks or adds and the questions whose kind or right answer differ.

use std::path::{Path, PathBuf};

use amphi::author::check::check_course;
use amphi::course::{DirFiles, Item, Problem, load_dir, load_edition};

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

/// `file:line:col: message` of each problem, the fixture's folder cut off.
fn lines(dir: &Path, problems: &[Problem]) -> Vec<String> {
    let root = format!("{}/", dir.display());
    problems
        .iter()
        .map(|p| p.to_string().replace(&root, ""))
        .collect()
}

#[test]
fn an_edition_loads_with_the_same_ids_and_its_own_language() {
    let dir = fixture("valid", "editions");
    let original = load_dir(&dir).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(original.info.editions.len(), 1);
    assert_eq!(original.info.editions[0].language, "fr");
    let fr = load_edition(&DirFiles::new(&dir), "fr").unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(fr.info.id, original.info.id, "progress is shared");
    assert_eq!(fr.info.edition_of.as_deref(), Some("tea-course"));
    assert_eq!(fr.info.language, "fr");
    assert_eq!(fr.info.title, "Faire le thé");
    let ids = |c: &amphi::course::Course| -> Vec<String> {
        c.items()
            .map(|(_, _, m, i)| format!("{}/{}", m.id, i.id()))
            .collect()
    };
    assert_eq!(ids(&fr), ids(&original));
    // The French edition's numeric answers take the decimal comma.
    let Item::Quiz(q) = &fr.modules[0].items[1] else {
        panic!("a quiz")
    };
    assert!(matches!(
        q.questions[1].key,
        amphi::course::AnswerKey::Numeric {
            decimal_comma: true,
            ..
        }
    ));
    assert_eq!(
        amphi::course::editions::edition_folder(&original, "fr_FR.UTF-8"),
        Some("fr")
    );
    assert_eq!(
        amphi::course::editions::edition_folder(&original, "en_GB"),
        None
    );
    assert_eq!(
        amphi::course::editions::edition_folder(&original, "de"),
        None
    );
}

#[test]
fn check_finds_nothing_wrong_with_a_complete_edition() {
    let dir = fixture("valid", "editions");
    let (result, warnings) = check_course(&DirFiles::new(&dir));
    assert!(result.is_ok(), "{:?}", result.err());
    assert!(warnings.is_empty(), "{:?}", lines(&dir, &warnings));
}

#[test]
fn check_warns_of_ids_missing_from_an_edition_and_ids_it_adds() {
    let dir = fixture("invalid", "edition-missing-ids");
    let (result, warnings) = check_course(&DirFiles::new(&dir));
    assert!(
        result.is_ok(),
        "missing ids are warnings: {:?}",
        result.err()
    );
    let about_ids: Vec<String> = lines(&dir, &warnings)
        .into_iter()
        .filter(|l| l.contains("original"))
        .collect();
    assert_eq!(
        about_ids,
        [
            "fr/modules/01-tea.yaml:1:1: lesson `water` of module `tea` in the original is \
             missing from this edition",
            "fr/modules/01-tea.yaml:26:9: question `extra` of quiz `check` is not in the original",
        ]
    );
}

#[test]
fn check_refuses_an_edition_whose_kinds_or_answers_differ() {
    let dir = fixture("invalid", "edition-answer-differs");
    let (result, _) = check_course(&DirFiles::new(&dir));
    let report = result.expect_err("the edition disagrees with the original");
    assert_eq!(
        lines(&dir, &report.problems),
        [
            "fr/modules/01-tea.yaml:19:9: question `colour` has another right answer than in \
             the original (choices are compared by position, numbers by value)",
            "fr/modules/01-tea.yaml:25:9: question `minutes` is true_false here but numeric in \
             the original",
        ]
    );
}

#[test]
fn the_manifests_editions_and_edition_of_are_checked_where_written() {
    let dir = fixture("invalid", "edition-bad-manifest");
    let report = load_dir(&dir).expect_err("two bad editions");
    assert_eq!(
        lines(&dir, &report.problems),
        [
            "course.yaml:9:5: edition language `en` is the course's own or another edition's",
            "course.yaml:10:5: edition folder `../elsewhere`: the path leaves the course folder \
             (`..` is not allowed)",
        ]
    );
    let report = load_edition(&DirFiles::new(&dir), "fr").expect_err("edition_of is wrong");
    assert_eq!(
        lines(&dir, &report.problems),
        [
            "fr/course.yaml:2:1: `edition_of` is `coffee-course` but the course id is \
             `tea-course`: an edition keeps the id of the course it translates, under which the \
             learner's progress is stored"
        ]
    );
}

#[test]
fn an_edition_folder_cannot_leave_the_course_folder() {
    let dir = fixture("valid", "editions");
    assert!(load_edition(&DirFiles::new(&dir), "../editions").is_err());
    assert!(load_edition(&DirFiles::new(&dir), "/tmp").is_err());
}

#[test]
fn amphi_check_shows_an_editions_problems_in_its_files_with_the_source_line() {
    let dir = fixture("invalid", "edition-answer-differs");
    let out = crate::common::isolated::amphi()
        .arg("check")
        .arg(&dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run amphi");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let root = format!("{}/", dir.display());
    let text = text.replace(&root, "");
    assert!(
        text.contains(
            "fr/modules/01-tea.yaml:25:9: question `minutes` is true_false here but numeric in \
             the original"
        ),
        "{text}"
    );
    // The edition's own line under the message, as for any problem.
    assert!(text.contains("id: minutes"), "{text}");
    assert!(text.contains("2 errors in 1 file"), "{text}");
}

/// `amphi ARGS` on the bundled course with `LANG=lang` (no `LC_ALL`, as a
/// learner's desktop sets it), HOME, XDG folders and the state file in `home`.
fn amphi_lang(home: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(crate::common::isolated::BIN);
    crate::common::isolated::isolate(&mut cmd, home);
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .args(args)
        .output()
        .expect("run amphi")
}

fn out_text(o: &std::process::Output) -> String {
    assert!(
        o.status.success(),
        "amphi failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// `amphi export` writes the original's statements (language-neutral), but
/// its messages speak as the edition the learner would open: French in a
/// French locale, English with `--lang en`.
#[test]
fn amphi_export_speaks_the_language_of_the_edition_that_opens() {
    let home = tempfile::tempdir().unwrap();
    let nowhere = home.path().join("no-such-folder/statements.json");
    let nowhere = nowhere.to_str().unwrap();
    let args = ["export", "--xapi", "--out", nowhere];
    let fr = amphi_lang(home.path(), "fr_FR.UTF-8", &args);
    assert_eq!(fr.status.code(), Some(2));
    let err = String::from_utf8_lossy(&fr.stderr);
    assert!(err.contains("impossible d'écrire"), "{err}");
    let mut en_args = vec!["--lang", "en"];
    en_args.extend(args);
    let en = amphi_lang(home.path(), "fr_FR.UTF-8", &en_args);
    let err = String::from_utf8_lossy(&en.stderr);
    assert!(err.contains("cannot write"), "{err}");
    let en = amphi_lang(home.path(), "en_GB.UTF-8", &args);
    let err = String::from_utf8_lossy(&en.stderr);
    assert!(err.contains("cannot write"), "{err}");
    // The statements themselves do not change with the language.
    let en = out_text(&amphi_lang(
        home.path(),
        "en_GB.UTF-8",
        &["export", "--xapi"],
    ));
    let fr = out_text(&amphi_lang(
        home.path(),
        "fr_FR.UTF-8",
        &["export", "--xapi"],
    ));
    assert_eq!(en, fr);
}

/// `amphi progress`, `notes` and `mastery` on the bundled course show the
/// French edition's titles in a French locale, and the edition the learner
/// chose with `E` (remembered in the state) whatever the locale.
#[test]
fn progress_notes_and_mastery_show_the_edition_that_opens() {
    let home = tempfile::tempdir().unwrap();
    let progress = out_text(&amphi_lang(home.path(), "fr_FR.UTF-8", &["progress"]));
    assert!(progress.starts_with("Sociologie du web"), "{progress}");
    assert!(progress.contains("1. Le web exponentiel"), "{progress}");
    let notes = out_text(&amphi_lang(home.path(), "fr_FR.UTF-8", &["notes"]));
    assert!(notes.starts_with("# Notes"), "{notes}");
    assert!(notes.contains("Sociologie du web"), "{notes}");
    let mastery = out_text(&amphi_lang(home.path(), "fr_FR.UTF-8", &["mastery"]));
    assert!(mastery.contains("1. Le web exponentiel"), "{mastery}");
    assert!(mastery.contains("Distinguer les Big Four"), "{mastery}");
    for (name, text) in [("progress", &progress), ("mastery", &mastery)] {
        assert!(!text.contains("The exponential web"), "{name}: {text}");
    }
    let english = out_text(&amphi_lang(home.path(), "en_GB.UTF-8", &["progress"]));
    assert!(english.contains("1. The exponential web"), "{english}");

    // The learner chose the English edition with E: a French locale shows it
    // (in French words, the language of the locale), --lang fr the French one.
    std::fs::write(
        home.path().join("state.json"),
        r#"{"version":1,"courses":{"sociology-of-the-web":{"edition":"en"}}}"#,
    )
    .unwrap();
    let progress = out_text(&amphi_lang(home.path(), "fr_FR.UTF-8", &["progress"]));
    assert!(progress.contains("1. The exponential web"), "{progress}");
    let mastery = out_text(&amphi_lang(home.path(), "fr_FR.UTF-8", &["mastery"]));
    assert!(mastery.contains("1. The exponential web"), "{mastery}");
    let progress = out_text(&amphi_lang(
        home.path(),
        "en_GB.UTF-8",
        &["--lang", "fr", "progress"],
    ));
    assert!(progress.contains("1. Le web exponentiel"), "{progress}");
}

#[test]
fn glossary_terms_with_the_same_ids_in_both_editions_are_not_reported() {
    let dir = fixture("valid", "glossary-ids");
    let (result, warnings) = check_course(&DirFiles::new(&dir));
    assert!(result.is_ok(), "{:?}", result.err());
    assert!(warnings.is_empty(), "{:?}", lines(&dir, &warnings));
    // The French glossary lists its terms in another order: ids match them.
    let fr = load_edition(&DirFiles::new(&dir), "fr").unwrap();
    assert_eq!(fr.glossary[0].id, "");
    assert_eq!(fr.glossary[1].id, "knead");
}

#[test]
fn glossary_ids_missing_from_an_edition_or_added_are_warnings() {
    let dir = fixture("invalid", "edition-glossary-ids");
    let (result, warnings) = check_course(&DirFiles::new(&dir));
    assert!(result.is_ok(), "warnings only: {:?}", result.err());
    let about_glossary: Vec<String> = lines(&dir, &warnings)
        .into_iter()
        .filter(|l| l.contains("original"))
        .collect();
    assert_eq!(
        about_glossary,
        [
            "fr/glossary.yaml:1:1: glossary id `prove` of the original (term `prove`) is \
             missing from this edition",
            "fr/glossary.yaml:6:5: glossary id `leaven` (term `levain`) is not in the original",
            "fr/glossary.yaml:1:1: the glossary has 0 terms without an `id`, the original's 1: \
             give each term the `id` of the one it translates",
        ]
    );
}

#[test]
fn a_glossary_id_must_be_simple_and_unique() {
    let dir = fixture("invalid", "glossary-bad-id");
    let report = load_dir(&dir).expect_err("invalid ids");
    assert_eq!(
        lines(&dir, &report.problems),
        [
            "glossary.yaml:3:5: glossary term id `knead the dough` must be non-empty and use \
             only letters, digits, `-`, `_` and `.`",
            "glossary.yaml:9:5: duplicate glossary id `rise` (already given for `prove`)",
        ]
    );
}

/// An edition's diagnostics are catalogue messages: `amphi check` says them in
/// French for a learner who asks for French (the course's own language, English
/// here, comes before the locale), and its JSON stays English with the id as
/// code.
#[test]
fn amphi_check_says_an_editions_differences_in_the_learners_language() {
    let dir = fixture("invalid", "edition-missing-ids");
    let home = tempfile::tempdir().unwrap();
    let path = dir.to_str().unwrap();
    let fr = amphi_lang(home.path(), "fr_FR.UTF-8", &["--lang", "fr", "check", path]);
    let text = String::from_utf8(fr.stdout).unwrap();
    assert!(
        text.contains(
            "fr/modules/01-tea.yaml:1:1: warning: la leçon `water` du module `tea` de l'original \
             manque dans cette édition"
        ),
        "{text}"
    );
    assert!(
        text.contains("la question `extra` du quiz `check` n'est pas dans l'original"),
        "{text}"
    );
    let json = amphi_lang(
        home.path(),
        "fr_FR.UTF-8",
        &["--lang", "fr", "check", "--format", "json", path],
    );
    let json = String::from_utf8(json.stdout).unwrap();
    assert!(
        json.contains("lesson `water` of module `tea` in the original is missing"),
        "{json}"
    );
    assert!(json.contains(r#""code": "edition-item-missing""#), "{json}");

    let dir = fixture("invalid", "edition-glossary-ids");
    let fr = amphi_lang(
        home.path(),
        "fr_FR.UTF-8",
        &["--lang", "fr", "check", dir.to_str().unwrap()],
    );
    let text = String::from_utf8(fr.stdout).unwrap();
    assert!(
        text.contains(
            "le glossaire a 0 terme sans `id`, l'original en a 1\u{a0}: donnez à chaque terme \
             l'`id` de celui qu'il traduit"
        ),
        "{text}"
    );
}
