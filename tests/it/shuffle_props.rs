//! Properties of shuffling: whatever order a quiz shows its questions and their
//! choices, answering what the screen shows as right earns full marks, and the
//! order is stored with the attempt so that a resumed attempt shows it again.

use std::cell::Cell;

use crate::common::{answer_and_go_on, send};
use amphi::app::{Action, App, Stage, update};
use amphi::course::Item;
use amphi::progress::State;
use amphi::theme::Theme;
use proptest::prelude::*;

thread_local! {
    /// The clock of this test's thread: quiz attempts are shuffled with the start
    /// time as the seed.
    static NOW: Cell<u64> = const { Cell::new(0) };
}

fn clock() -> u64 {
    NOW.with(Cell::get)
}

const MODULE: &str = r#"id: m
title: "Shuffled"
items:
  - kind: lesson
    id: intro
    title: "Intro"
    body: "Read me."
  - kind: quiz
    id: quiz
    title: "Everything shuffled"
    pass_mark: 100
    shuffle: true
    questions:
      - kind: single_choice
        id: single
        prompt: "One?"
        shuffle: true
        choices: ["a", "b", "c", "d", "e"]
        answer: 4
      - kind: multiple_choice
        id: multiple
        prompt: "Several?"
        shuffle: true
        choices: ["a", "b", "c", "d", "e", "f"]
        answers: [1, 3, 6]
      - kind: ordering
        id: ordering
        prompt: "Order?"
        items: ["one", "two", "three", "four", "five"]
      - kind: matching
        id: matching
        prompt: "Match?"
        pairs:
          - {left: "1", right: "one"}
          - {left: "2", right: "two"}
          - {left: "3", right: "three"}
          - {left: "4", right: "four"}
      - kind: true_false
        id: truth
        prompt: "True?"
        answer: true
      - kind: fill_blanks
        id: blanks
        prompt: "Fill"
        text: "{{1}} and {{2}}"
        blanks: [["x"], ["y"]]
"#;

fn course() -> amphi::course::Course {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("course.yaml"),
        "id: shuffled\ntitle: \"Shuffled\"\nmodules:\n  - m.yaml\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("m.yaml"), MODULE).unwrap();
    amphi::course::load_dir(dir.path()).expect("the test course loads")
}

fn app_at(state: State, seed: u64) -> App {
    NOW.with(|now| now.set(seed));
    let mut app = App::new(course(), state, Theme::plain());
    app.clock = clock;
    app.modals.close_overlay();
    update(&mut app, Action::Resize(120, 40));
    app
}

/// Opens the quiz (item 2) and starts an attempt.
fn start_quiz(app: &mut App) {
    send(app, &[Action::NextItem]);
    assert!(matches!(app.current_item(), Some(Item::Quiz(_))));
    if app.current_quiz().unwrap().1.stage == Stage::Intro {
        send(app, &[Action::Confirm]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        // Failures found are kept as plain tests below instead.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Answering by what is shown, whatever the shuffle, earns every point.
    #[test]
    fn the_right_answer_as_shown_earns_full_marks(seed in 1u64..u64::MAX / 2) {
        let mut app = app_at(State::default(), seed);
        start_quiz(&mut app);
        let n = app.current_quiz().unwrap().0.questions.len();
        for _ in 0..n {
            answer_and_go_on(&mut app, true);
        }
        let (quiz, state) = app.current_quiz().unwrap();
        match state.stage {
            Stage::Result { score, passed, .. } => {
                prop_assert_eq!(score.points, score.max);
                prop_assert!(passed);
            }
            other => prop_assert!(false, "not on the result: {:?}", other),
        }
        // The attempt keeps the order asked and each shuffled question's order.
        let attempt = app.progress().attempts.last().unwrap();
        let asked: Vec<&str> = attempt.answers.iter().map(|a| a.question.as_str()).collect();
        let expected: Vec<&str> = state
            .session
            .asked
            .iter()
            .map(|&i| quiz.questions[i].id.as_str())
            .collect();
        prop_assert_eq!(asked, expected);
        let none = Vec::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            let shown = &state.session.shuffled[i];
            prop_assert_eq!(attempt.orders.get(&q.id).unwrap_or(&none), shown);
        }
    }

    /// Quitting after `answered` questions and reopening from the saved state
    /// (through JSON, as the state file holds it) shows the same questions in the
    /// same order with the same shuffled choices, on the same question.
    #[test]
    fn the_stored_order_round_trips_through_the_state_file(
        seed in 1u64..u64::MAX / 2,
        answered in 0usize..6,
    ) {
        let mut app = app_at(State::default(), seed);
        start_quiz(&mut app);
        for _ in 0..answered {
            answer_and_go_on(&mut app, true);
        }
        let before = app.current_quiz().unwrap().1.session.clone();
        update(&mut app, Action::Quit);
        let json = serde_json::to_string(&app.state).unwrap();
        let state: State = serde_json::from_str(&json).unwrap();

        // Another seed: nothing may be shuffled anew.
        let mut again = app_at(state, seed.wrapping_add(7919));
        if again.current_quiz().is_none() {
            start_quiz(&mut again);
        }
        let after = &again.current_quiz().unwrap().1.session;
        prop_assert_eq!(&after.asked, &before.asked);
        prop_assert_eq!(&after.shuffled, &before.shuffled);
        prop_assert_eq!(after.current, before.current);
        prop_assert_eq!(&after.answers, &before.answers);
    }
}

/// A seed whose attempt asks the questions in the written order: resuming it must
/// not draw a new order (it once did, from the intro screen's seed).
#[test]
fn an_attempt_in_the_written_order_resumes_in_the_written_order() {
    let seed = 2_459_810_069_472_359_403;
    let mut app = app_at(State::default(), seed);
    start_quiz(&mut app);
    let before = app.current_quiz().unwrap().1.session.clone();
    update(&mut app, Action::Quit);
    let mut again = app_at(app.state.clone(), seed + 1);
    if again.current_quiz().is_none() {
        start_quiz(&mut again);
    }
    let after = &again.current_quiz().unwrap().1.session;
    assert_eq!(after.asked, before.asked);
}
