//! The real binary in tmux, in French: a French locale and a French course
//! (`tests/fixtures/valid/all-features`, `language: fr`) make amphi speak
//! French; a numeric answer with a decimal comma is right; quit, reopen with
//! `--lang en`, and the same progress shows in English.

use crate::common::tmux::{BIN, Tmux, sh_quote};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/all-features"
);

/// Starts amphi on the fixture with a French locale and `args`.
fn start(t: &Tmux, w: u16, h: u16, args: &str) {
    let command = format!(
        "env AMPHI_STATE={} AMPHI_DATA_DIR={} NO_COLOR=1 LANG=fr_FR.UTF-8 LC_ALL= {} {args} {}",
        sh_quote(&t.path("state.json").to_string_lossy()),
        sh_quote(&t.path("data").to_string_lossy()),
        sh_quote(BIN),
        sh_quote(FIXTURE),
    );
    t.start_command(w, h, &command);
}

#[test]
fn a_french_learner_answers_with_a_comma_then_sees_the_same_progress_in_english() {
    let t = Tmux::new("i18n");
    start(&t, 80, 24, "");
    t.wait_for(&["Leçon · Lire", "? aide", "q quitter"]);
    t.keys(&["n"]);
    t.keys(&["n"]);
    t.wait_for(&[
        "5 questions · seuil de réussite 50",
        "Appuyez sur Entrée pour commencer.",
    ]);
    t.keys(&["Enter"]);
    t.wait_for(&["Question 1 sur 5", "Partie 1 sur 2", "tapez un nombre"]);
    t.type_text("12,5");
    t.keys(&["Enter"]);
    // French typography: a no-break space before the colon.
    t.wait_for(&["✓ Bonne réponse.", "Votre réponse\u{a0}: 12,5 mm"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    // No Unicode isolation marks (FSI, PDI) ever reach the terminal.
    let screen = t.screen();
    assert!(!screen.contains(['\u{2068}', '\u{2069}']), "{screen}");

    t.drop_session();
    start(&t, 120, 40, "--lang en");
    t.wait_for(&[
        "Welcome back",
        "Quiz in progress: question 2 of 5, 1 answered so far.",
        "? help",
    ]);
    // Any key dismisses the card; the question answered stays answered.
    t.keys(&["Space"]);
    t.wait_for(&["Question 2 of 5", "Part 2 of 2"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}
