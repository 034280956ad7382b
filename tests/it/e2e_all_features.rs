//! End to end, in tmux: a course that uses every part of the course format at
//! once (`tests/fixtures/valid/all-features`: sections, math, an image, course
//! files, a video with its transcript, a question group, numeric answers in a
//! French course, fractional and zero weights, hints, a reflection). A learner
//! reads, answers the group's numeric part with a decimal comma, quits in the
//! middle of the quiz, comes back to the same question and finishes.

use crate::common::tmux::{BIN, Tmux, sh_quote};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/all-features"
);

/// Starts amphi on the fixture with the test's own state file and data folder,
/// its interface in English (the course is French, so amphi would speak French:
/// tests/it/i18n_tmux.rs runs it so).
fn start(t: &Tmux) {
    let command = format!(
        "env AMPHI_STATE={} AMPHI_DATA_DIR={} NO_COLOR=1 AMPHI_LANG=en {} {}",
        sh_quote(&t.path("state.json").to_string_lossy()),
        sh_quote(&t.path("data").to_string_lossy()),
        sh_quote(BIN),
        sh_quote(FIXTURE),
    );
    t.start_command(120, 40, &command);
}

fn state(t: &Tmux) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(t.path("state.json")).unwrap()).unwrap()
}

#[test]
fn a_learner_answers_a_group_with_a_decimal_comma_quits_mid_quiz_and_finishes_later() {
    let t = Tmux::new("allfeatures");
    start(&t);
    // The first lesson: its section in the outline and the title, its file,
    // display math laid out over a rule.
    let screen = t.wait_for(&["▾ Lire", "Lesson · Lire", "Relevés de mars", "───"]);
    assert!(screen.contains("▸ Pratiquer"), "{screen}");
    // The video: its transcript, timestamped.
    t.keys(&["n"]);
    t.wait_for(&["Video · Lire", "0:06  On lit la hauteur"]);
    // The quiz, in the second section, which unfolds as it opens.
    t.keys(&["n"]);
    t.wait_for(&["Quiz · Pratiquer", "▾ Pratiquer", "Press Enter to start."]);
    t.keys(&["Enter"]);
    // Part 1 of the group: the table above it, a number typed with a comma.
    t.wait_for(&["Shared text", "mercredi │ 8", "Part 1 of 2", "Your answer:"]);
    t.type_text("12,5");
    t.keys(&["Enter"]);
    t.wait_for(&["✓ Right.", "“12.5 ± 1%”: Oui"]);
    t.keys(&["Enter"]);
    // Part 2, still under the table: a wrong pick shows its feedback and the
    // right choice's "missed" feedback.
    t.wait_for(&["Part 2 of 2", "mercredi │ 8", "Quel jour"]);
    t.keys(&["1", "Enter"]);
    t.wait_for(&["“lundi”: Lundi", "“mardi” (missed): Mardi"]);
    t.keys(&["Enter"]);
    // Question 3 (weight 0.5): quit here.
    t.wait_for(&["Question 3 of 5", "0.5 points"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let saved = state(&t);
    let open = &saved["courses"]["mesurer-la-pluie"]["open_attempts"]["mesurer/controle"];
    assert_eq!(
        open["answers"]["total"],
        serde_json::json!({ "text": "12,5" }),
        "{saved:#}"
    );

    // Reopen: the welcome card names the section, then the same question.
    t.drop_session();
    start(&t);
    t.wait_for(&[
        "Welcome back",
        "Mesurer la pluie › Pratiquer",
        "question 3 of 5",
    ]);
    t.keys(&["Space"]);
    t.wait_for(&["Question 3 of 5", "Quelles unités"]);
    t.keys(&["1", "3", "Enter"]);
    t.wait_for(&["✓ Right."]);
    t.keys(&["Enter"]);
    // Question 4: practice, with two hints revealed one at a time.
    t.wait_for(&["Question 4 of 5", "practice — not scored"]);
    t.keys(&["H"]);
    t.wait_for(&["Hint 1 of 2", "H next hint (1 left)"]);
    t.keys(&["H"]);
    t.wait_for(&["Hint 2 of 2"]);
    t.keys(&["t", "Enter"]);
    t.wait_for(&["✓ Right."]);
    t.keys(&["Enter"]);
    // Question 5: a reflection, written, saved, not scored.
    t.wait_for(&["Question 5 of 5", "not scored"]);
    t.type_text("Sur un poteau, loin des arbres.");
    t.keys(&["C-s"]);
    t.wait_for(&["✎ Saved.", "Model answer: Loin des murs"]);
    t.keys(&["Enter"]);
    // Group parts 1 + 0 of 2 points, question 3 0.5 of 0.5; the practice
    // question and the reflection count for nothing: 1.5 of 2.5.
    t.wait_for(&[
        "Score: 1.5 / 2.5 points (60 %)",
        "Passed ✓",
        "Shared text of questions 1–2",
    ]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);

    let saved = state(&t);
    let progress = &saved["courses"]["mesurer-la-pluie"];
    let attempts = progress["attempts"]
        .as_array()
        .expect("one finished attempt");
    assert_eq!(attempts.len(), 1, "{saved:#}");
    let answers = attempts[0]["answers"].as_array().unwrap();
    let ids: Vec<&str> = answers
        .iter()
        .filter_map(|a| a["question"].as_str())
        .collect();
    assert_eq!(ids, ["total", "jour-sec", "unites", "vent", "carnet"]);
    assert_eq!(answers[3]["hints"], 2, "{saved:#}");
    assert_eq!(
        answers[4]["response"]["text"],
        "Sur un poteau, loin des arbres."
    );
    // The reflection is kept without a score: no credit, no weight.
    assert!(answers[4].get("credit").is_none(), "{saved:#}");
    assert!(answers[4].get("weight").is_none(), "{saved:#}");
    assert!(progress.get("open_attempts").is_none(), "{saved:#}");
}
