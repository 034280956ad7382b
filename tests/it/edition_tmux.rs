//! The bundled course's two editions through the real binary in tmux: a learner
//! whose locale is French gets the French edition, reads a lesson, answers the
//! numeric question with a decimal comma, switches to English with `E` and
//! finds the same progress, quits, and reopens in the edition chosen with
//! `E` whatever the locale (only `--lang`/`AMPHI_LANG` on a run wins), with it
//! all kept.
//! (docs/course-format.md, *Courses in several languages*.)

use crate::common::tmux::{BIN, Tmux, sh_quote};

/// Starts amphi on the bundled course with `locale` as `LANG`, as a learner's
/// desktop sets it (`LC_ALL` and `LC_MESSAGES`, which would win over it, are
/// removed), the state file in the temporary folder.
fn start(t: &Tmux, locale: &str) {
    let command = format!(
        "env -u LC_ALL -u LC_MESSAGES LANG={locale} AMPHI_STATE={} NO_COLOR=1 {}",
        sh_quote(&t.path("state.json").to_string_lossy()),
        sh_quote(BIN),
    );
    t.start_command(120, 40, &command);
}

/// Leaves whatever is in front (the "where you were" card, an answer being
/// typed) with Esc, then quits with `q`: each key apart, so that the terminal
/// does not read Esc and `q` as Alt-q.
fn quit(t: &Tmux) {
    // The card first, then the answer the quiz resumes at.
    for key in ["Escape", "Escape", "q"] {
        t.keys(&[key]);
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
}

#[test]
fn a_french_learner_reads_answers_with_a_comma_switches_to_english_and_keeps_it_all() {
    let t = Tmux::new("edition");
    start(&t, "fr_FR.UTF-8");
    t.wait_for(&["Le web exponentiel", "Des Big Four aux NATU"]);
    // Read the first lesson to its end, then go to the module's quiz.
    t.keys(&["G"]);
    t.wait_for(&["✓ Des Big Four aux NATU"]);
    t.keys(&["n", "n", "n", "n"]);
    t.wait_for(&["Vérifiez votre compréhension", "8 questions"]);
    t.keys(&["Enter"]);
    // Three choice questions answered with the first choice shown, right or
    // not. The interface speaks the edition's language: French.
    for n in 1..=3 {
        t.wait_for(&[&format!("Question {n} sur 8")]);
        t.keys(&["1", "Enter"]);
        t.keys(&["Enter"]);
    }
    t.wait_for(&["Question 4 sur 8", "de quel pourcentage"]);
    t.type_text("27,5");
    t.keys(&["Enter"]);
    t.wait_for(&["✓ Bonne réponse.", "27,5 %"]);
    // Switch on the feedback screen: the English edition, same place, and
    // the interface in English with it (no language was chosen).
    t.keys(&["E"]);
    let screen = t.wait_for(&["The exponential web", "Edition: Sociology of the Web"]);
    assert!(
        screen.contains("✓ From the Big Four to the NATU"),
        "{screen}"
    );
    assert!(screen.contains("1/4 read"), "{screen}");
    quit(&t);
    assert_eq!(t.wait_exit(), 0);
    t.drop_session();

    // Reopened with the French locale: the edition chosen with E (English)
    // opens, not the locale's, with the read mark and the quiz in progress.
    start(&t, "fr_FR.UTF-8");
    let screen = t.wait_for(&["The exponential web", "1/4 read"]);
    assert!(
        screen.contains("✓ From the Big Four to the NATU"),
        "{screen}"
    );
    // Back to French with E (the card dismissed and the answer being typed
    // left first, each key apart), then quit.
    for key in ["Escape", "Escape"] {
        t.keys(&[key]);
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    t.keys(&["E"]);
    t.wait_for(&["Le web exponentiel", "Édition"]);
    quit(&t);
    assert_eq!(t.wait_exit(), 0);
    t.drop_session();

    // An English locale now opens the French edition, the one chosen last,
    // on the same progress, and the interface speaks French with it.
    start(&t, "en_GB.UTF-8");
    let screen = t.wait_for(&["Le web exponentiel", "1/4 lus"]);
    assert!(screen.contains("✓ Des Big Four aux NATU"), "{screen}");
    quit(&t);
    t.wait_exit();
    t.drop_session();

    // AMPHI_LANG (as --lang) on this run wins over the edition chosen.
    let command = format!(
        "env -u LC_ALL -u LC_MESSAGES LANG=fr_FR.UTF-8 AMPHI_LANG=en AMPHI_STATE={} NO_COLOR=1 {}",
        sh_quote(&t.path("state.json").to_string_lossy()),
        sh_quote(BIN),
    );
    t.start_command(120, 40, &command);
    let screen = t.wait_for(&["The exponential web", "1/4 read"]);
    assert!(
        screen.contains("✓ From the Big Four to the NATU"),
        "{screen}"
    );
    quit(&t);
    t.wait_exit();
    // The choice of this run is not a switch: French stays the one chosen.
    let state = std::fs::read_to_string(t.path("state.json")).unwrap();
    assert!(state.contains(r#""edition":"fr""#), "{state}");
}
