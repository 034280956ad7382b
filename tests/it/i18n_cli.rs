//! The command line's own words in French: each moved command run through the
//! real binary with `LC_ALL=fr_FR.UTF-8` (after the isolated environment's
//! `C.UTF-8`), and `--lang en` giving the English output back.

use std::path::Path;
use std::process::Output;

use amphi::i18n::Language;

use crate::common::isolated::amphi_in;

/// Narrow no-break space, before `%` in French.
const NNBSP: char = '\u{202f}';

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "amphi failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// A course made by `amphi new` with `title`, installed with `amphi add`.
fn add_course(home: &Path, dir: &str, title: &str) {
    let folder = home.join(dir);
    let folder = folder.to_str().unwrap();
    stdout(&amphi_in(
        home,
        "C.UTF-8",
        &["new", folder, "--title", title],
    ));
    stdout(&amphi_in(home, "C.UTF-8", &["add", folder]));
}

#[test]
fn amphi_list_speaks_french_and_sorts_titles_in_french_order() {
    let home = tempfile::tempdir().unwrap();
    // In byte order `Zoo` < `Élan`; in French order `Élan` (an E) comes first.
    add_course(home.path(), "zoo", "Zoo");
    add_course(home.path(), "elan", "Élan");
    let fr = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["list"]));
    let lines: Vec<&str> = fr.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("FAIT") && lines[0].ends_with("TITRE"),
        "{fr}"
    );
    assert!(
        lines[1].contains("fourni"),
        "the bundled course first: {fr}"
    );
    assert!(fr.contains("jamais"), "{fr}");
    assert!(fr.contains(&format!("0{NNBSP}%")), "{fr}");
    let elan = fr.find("Élan").expect("Élan listed");
    let zoo = fr.find("Zoo").expect("Zoo listed");
    assert!(elan < zoo, "French order: {fr}");
    assert!(!fr.contains("never") && !fr.contains("STUDIED"), "{fr}");
    // `--lang en` wins over the locale, and English output is as before.
    let en = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["--lang", "en", "list"],
    ));
    assert!(en.starts_with("ID  "), "{en}");
    assert!(en.lines().next().unwrap().contains("STUDIED"), "{en}");
    assert!(
        en.contains("never") && en.contains("bundled") && en.contains("0 %"),
        "{en}"
    );
}

#[test]
fn amphi_list_writes_dates_in_the_language_s_form() {
    let course = amphi::course::load_bundled().unwrap();
    let id = course.info.id.clone();
    let entries = vec![amphi::library::Entry {
        id: id.clone(),
        source: amphi::library::Source::Bundled,
        course: Ok(course),
        edition_title: None,
    }];
    let mut state = amphi::progress::State::default();
    // 2026-12-05 10:00 UTC.
    state
        .courses
        .entry(id)
        .or_default()
        .read
        .insert("m/i".into(), 1_796_464_800);
    let list = |lang| {
        let mut out = Vec::new();
        amphi::cli::courses::write_list_in(lang, &entries, &state, &mut out);
        String::from_utf8(out).unwrap()
    };
    assert!(
        list(Language::Fr).contains("05/12/2026"),
        "{}",
        list(Language::Fr)
    );
    assert!(
        list(Language::En).contains("2026-12-05"),
        "{}",
        list(Language::En)
    );
}

#[test]
fn amphi_progress_and_notes_speak_french_with_the_french_edition() {
    let home = tempfile::tempdir().unwrap();
    let fr = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["progress"]));
    let first = fr.lines().next().unwrap();
    // The bundled course's French edition, as the terminal interface opens it.
    assert!(first.starts_with("Sociologie du web"), "{fr}");
    assert!(first.ends_with(&format!("0{NNBSP}% fait")), "{fr}");
    assert!(
        fr.contains("éléments faits") && fr.contains(&format!("seuil 60{NNBSP}%")),
        "{fr}"
    );
    assert!(!fr.contains("items done"), "{fr}");
    // Machine output stays the same in every language.
    let csv_fr = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["progress", "--format", "csv"],
    ));
    let csv_en = stdout(&amphi_in(
        home.path(),
        "C.UTF-8",
        &["progress", "--format", "csv"],
    ));
    assert_eq!(csv_fr, csv_en);
    let json_fr = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["notes", "--format", "json"],
    ));
    let json_en = stdout(&amphi_in(
        home.path(),
        "C.UTF-8",
        &["notes", "--format", "json"],
    ));
    assert_eq!(json_fr, json_en);

    let notes = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["notes"]));
    assert!(
        notes.starts_with("# Notes\u{a0}: Sociologie du web"),
        "{notes}"
    );
    assert!(notes.contains("Pas encore de notes."), "{notes}");
    let en = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["--lang", "en", "notes"],
    ));
    assert!(en.starts_with("# Notes: Sociology of the Web"), "{en}");
    assert!(en.contains("No notes yet."), "{en}");
}

#[test]
fn amphi_check_sums_up_in_the_course_s_language() {
    let home = tempfile::tempdir().unwrap();
    // An English course without a French edition: its language wins over a
    // French locale.
    let minimal = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/minimal");
    let en = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["check", minimal]));
    assert!(en.contains(": valid — 2 modules, 6 items"), "{en}");
    let fr = stdout(&amphi_in(
        home.path(),
        "C.UTF-8",
        &["--lang", "fr", "check"],
    ));
    assert!(fr.contains("\u{a0}: valide — 6 modules, "), "{fr}");
    assert!(fr.trim_end().ends_with("éléments"), "{fr}");
}

#[test]
fn the_check_summary_counts_in_each_language() {
    use amphi::author::check::Summary;
    let s = |errors, warnings, files| Summary {
        errors,
        warnings,
        files,
    };
    assert_eq!(
        s(0, 10, 4).in_language(Language::En),
        "0 errors, 10 warnings in 4 files"
    );
    assert_eq!(s(0, 10, 4).to_string(), "0 errors, 10 warnings in 4 files");
    assert_eq!(
        s(0, 10, 4).in_language(Language::Fr),
        "0 erreur, 10 avertissements dans 4 fichiers"
    );
    assert_eq!(
        s(1, 0, 1).in_language(Language::Fr),
        "1 erreur dans 1 fichier"
    );
    assert_eq!(
        s(3, 1, 2).in_language(Language::En),
        "3 errors, 1 warning in 2 files"
    );
}

#[test]
fn help_speaks_french_and_english_help_is_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let fr = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["--help"]));
    assert!(fr.starts_with("amphi — un lecteur de cours"), "{fr}");
    assert!(fr.contains("Utilisation\u{a0}: amphi"), "{fr}");
    assert!(fr.contains("Commandes\u{a0}:"), "{fr}");
    assert!(
        fr.contains("  list         Lister les cours (fourni et installés)"),
        "{fr}"
    );
    assert!(fr.contains("Afficher ce message ou l'aide"), "{fr}");
    assert!(
        fr.contains("Afficher l'aide") && fr.contains("Thème de couleurs"),
        "{fr}"
    );
    assert!(fr.contains("Exemples\u{a0}:\n  amphi "), "{fr}");
    for english in [
        "Usage:",
        "Print help",
        "Check a course folder",
        "Colour theme",
    ] {
        assert!(!fr.contains(english), "{english} in: {fr}");
    }
    // A command's help: its description and the options every command shares.
    let list = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["list", "-h"]));
    assert!(list.starts_with("Lister les cours"), "{list}");
    assert!(list.contains("Fichier d'état de la progression"), "{list}");
    assert!(list.ends_with("Exemple\u{a0}:\n  amphi list\n"), "{list}");
    let remove = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["remove", "--help"]));
    assert!(remove.contains("l'efface sans demander"), "{remove}");
    assert!(
        remove.contains("Effacer la progression dans le cours sans demander"),
        "{remove}"
    );
    // `--lang en` (or the C locale) gives the English help, as the doc comments
    // write it, byte for byte.
    let en = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["--lang", "en", "--help"],
    ));
    let c = stdout(&amphi_in(home.path(), "C.UTF-8", &["--help"]));
    assert_eq!(en, c);
    let mut cmd = amphi::cli::clap_command();
    assert_eq!(c, cmd.render_long_help().to_string());
    assert!(
        c.contains("Usage: amphi") && c.contains("Print help"),
        "{c}"
    );
    // `--lang fr` wins over an English locale, `=` form included.
    let fr2 = stdout(&amphi_in(home.path(), "C.UTF-8", &["--lang=fr", "-h"]));
    assert!(fr2.starts_with("Un lecteur de cours"), "{fr2}");
}

#[test]
fn the_french_command_line_is_consistent() {
    let cmd = amphi::cli::clap_command_in(Language::Fr);
    cmd.clone().debug_assert();
    use clap::FromArgMatches;
    let cli = amphi::cli::Cli::from_arg_matches(
        &cmd.get_matches_from(["amphi", "--lang", "fr", "progress", "--state", "s.json"]),
    )
    .unwrap();
    assert_eq!(cli.lang, Some(Language::Fr));
    assert_eq!(cli.state, Some(std::path::PathBuf::from("s.json")));
}

#[test]
fn new_add_remove_and_config_speak_french() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let dir = h.join("the");
    let dir = dir.to_str().unwrap();
    let new = stdout(&amphi_in(
        h,
        "fr_FR.UTF-8",
        &["new", dir, "--title", "Le thé"],
    ));
    assert!(
        new.starts_with("Cours «\u{a0}Le thé\u{a0}» créé dans "),
        "{new}"
    );
    assert!(new.contains("Ensuite\u{a0}: lisez "), "{new}");
    let add = stdout(&amphi_in(h, "fr_FR.UTF-8", &["add", dir]));
    assert!(
        add.starts_with("«\u{a0}Le thé\u{a0}» ajouté sous l'id `le-the`, copié dans "),
        "{add}"
    );
    assert!(add.contains("Ouvrez-le avec `amphi le-the`"), "{add}");
    let list = stdout(&amphi_in(h, "fr_FR.UTF-8", &["list"]));
    assert!(list.contains("installé"), "{list}");
    // Without a terminal to ask on, the progress is kept (none here).
    let removed = stdout(&amphi_in(h, "fr_FR.UTF-8", &["remove", "le-the"]));
    assert_eq!(removed, "Cours `le-the` supprimé\u{a0}: sa copie.\n");
    let ok = stdout(&amphi_in(h, "fr_FR.UTF-8", &["config", "--check"]));
    assert!(ok.trim_end().ends_with("\u{a0}: correct"), "{ok}");
    let ok_en = stdout(&amphi_in(h, "C.UTF-8", &["config", "--check"]));
    assert!(ok_en.trim_end().ends_with(": ok"), "{ok_en}");
}

#[test]
fn error_messages_speak_french() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let err = |locale: &str, args: &[&str]| {
        let o = amphi_in(h, locale, args);
        assert_eq!(o.status.code(), Some(2), "{o:?}");
        String::from_utf8(o.stderr).unwrap()
    };
    let missing = h.join("nope");
    let missing = missing.to_str().unwrap();
    assert_eq!(
        err("fr_FR.UTF-8", &["progress", missing]),
        format!("amphi: {missing}\u{a0}: dossier introuvable\n")
    );
    assert_eq!(
        err("C.UTF-8", &["progress", missing]),
        format!("amphi: {missing}: no such folder\n")
    );
    assert!(
        err("fr_FR.UTF-8", &["add", missing]).ends_with("\u{a0}: dossier introuvable\n"),
        "add"
    );
    let bundled = err("fr_FR.UTF-8", &["remove", "sociology-of-the-web"]);
    assert!(bundled.contains("est le cours fourni"), "{bundled}");
}

#[test]
fn amphi_mastery_speaks_french() {
    let home = tempfile::tempdir().unwrap();
    let fr = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["mastery"]));
    assert!(
        fr.lines()
            .next()
            .unwrap()
            .ends_with("\u{a0}: maîtrise des objectifs d'apprentissage"),
        "{fr}"
    );
    assert!(fr.contains("    pas encore tenté (4 questions)"), "{fr}");
    let en = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["--lang", "en", "mastery"],
    ));
    assert!(en.contains(": mastery of the learning objectives"), "{en}");
    assert!(en.contains("    not attempted yet (4 questions)"), "{en}");
}

/// Shell completions describe each option in the learner's language (fish
/// shows them beside the options), and stay clap's English in English.
#[test]
fn completions_describe_options_in_the_learner_s_language() {
    let home = tempfile::tempdir().unwrap();
    let fr = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["completions", "fish"],
    ));
    assert!(fr.contains("-l theme -d 'Thème de couleurs"), "{fr}");
    assert!(!fr.contains("Colour theme"), "{fr}");
    let en = stdout(&amphi_in(home.path(), "C.UTF-8", &["completions", "fish"]));
    assert!(en.contains("-l theme -d 'Colour theme"), "{en}");
}

/// A folder that does not exist, given where a course is expected (`amphi
/// chek`, a mistyped command): the loader's message in French too.
#[test]
fn a_missing_course_folder_is_said_in_french() {
    let home = tempfile::tempdir().unwrap();
    let o = amphi_in(home.path(), "fr_FR.UTF-8", &["chek"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("chek/course.yaml: impossible d'ouvrir le dossier du cours\u{a0}: "),
        "{err}"
    );
    assert!(err.contains("1 problème"), "{err}");
}

/// `amphi check` of a course with a French edition speaks French to a French
/// locale (the language the terminal interface would open it in), and English
/// to a locale naming no language (the course's own).
#[test]
fn amphi_check_of_a_course_with_a_french_edition_speaks_the_opening_language() {
    let home = tempfile::tempdir().unwrap();
    let fr = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["check"]));
    assert!(
        fr.contains("\u{a0}: valide — 6 modules, 30 éléments"),
        "{fr}"
    );
    let en = stdout(&amphi_in(home.path(), "C.UTF-8", &["check"]));
    assert!(en.contains(": valid — 6 modules, 30 items"), "{en}");
}

/// `amphi list` names the bundled course by its French edition's title for a
/// French reader, and by its own title otherwise.
#[test]
fn amphi_list_names_a_course_by_its_edition_in_the_reader_s_language() {
    let home = tempfile::tempdir().unwrap();
    let fr = stdout(&amphi_in(home.path(), "fr_FR.UTF-8", &["list"]));
    assert!(
        fr.contains("Sociologie du web\u{a0}: la civilisation 2.0"),
        "{fr}"
    );
    let en = stdout(&amphi_in(home.path(), "C.UTF-8", &["list"]));
    assert!(
        en.contains("Sociology of the Web — Civilisation 2.0"),
        "{en}"
    );
}

/// `amphi new` for a French author writes a French course (`language: fr`,
/// French texts) that checks clean, and says so in French.
#[test]
fn amphi_new_writes_a_french_course_for_a_french_author() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("cours");
    let dir_arg = dir.to_str().unwrap();
    let said = stdout(&amphi_in(
        home.path(),
        "fr_FR.UTF-8",
        &["new", dir_arg, "--title", "Mon cours"],
    ));
    assert!(
        said.starts_with("Cours «\u{a0}Mon cours\u{a0}» créé dans "),
        "{said}"
    );
    let manifest = std::fs::read_to_string(dir.join("course.yaml")).unwrap();
    assert!(manifest.contains("\nlanguage: fr\n"), "{manifest}");
    assert!(dir.join("modules/01-premiers-pas.yaml").is_file());
    let checked = stdout(&amphi_in(home.path(), "C.UTF-8", &["check", dir_arg]));
    // The course's own language now speaks, whatever the locale.
    assert_eq!(
        checked.trim_end(),
        "Mon cours\u{a0}: valide — 1 module, 4 éléments"
    );
}
