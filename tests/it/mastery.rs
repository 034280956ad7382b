//! Mastery of learning objectives: the computation from given attempts, and the
//! overlay that shows it.

use crate::common::*;
use amphi::app::{Action, Overlay};
use amphi::course::{Item, load_bundled};
use amphi::progress::{AnswerRecord, Attempt, CourseProgress, State, mastery};
use amphi::quiz::{Response, Score};

/// A finished attempt at module 1's quiz, at `at`, with the questions in
/// `right` answered right and every other one of `answered` wrong.
fn attempt(at: u64, answered: &[&str], right: &[&str], practice: bool) -> Attempt {
    Attempt {
        module: "exponential-web".into(),
        quiz: "module-quiz".into(),
        started_at: at - 60,
        finished_at: at,
        score: Score {
            points: right.len() as f64,
            max: 8.0,
        },
        pass_mark: 60,
        passed: false,
        answers: answered
            .iter()
            .map(|q| AnswerRecord {
                question: (*q).into(),
                response: Response::Bool(true),
                correct: right.contains(q),
                hints: 0,
                credit: None,
                weight: None,
            })
            .collect(),
        orders: Default::default(),
        practice,
        id: None,
    }
}

/// (objective id, questions, attempted, right, percent) for every objective.
fn table(progress: &CourseProgress) -> Vec<(String, usize, usize, usize, Option<u32>)> {
    let course = load_bundled().unwrap();
    mastery(&course, progress)
        .into_iter()
        .flat_map(|m| m.objectives)
        .map(|o| {
            let p = o.percent();
            (o.objective.id, o.questions, o.attempted, o.right, p)
        })
        .collect()
}

const ALL: [&str; 8] = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"];

#[test]
fn without_attempts_nothing_is_attempted() {
    let rows = table(&CourseProgress::default());
    assert_eq!(
        rows.len(),
        17,
        "three objectives in modules 1, 3, 4 and 5, four in module 2, one in the final assessment"
    );
    // Module 1's objectives count its own questions and one question each of
    // the final assessment.
    assert_eq!(
        rows[..3],
        [
            ("natu-vs-big-four".into(), 4, 0, 0, None),
            ("read-a-valuation".into(), 3, 0, 0, None),
            ("knowledge-ages".into(), 4, 0, 0, None),
        ]
    );
    assert!(rows.iter().all(|r| r.2 == 0 && r.1 > 0));
}

#[test]
fn the_latest_full_attempt_counts_and_practice_does_not() {
    let mut progress = CourseProgress::default();
    // An early attempt with everything right: superseded by the later one.
    progress.attempts.push(attempt(1_000, &ALL, &ALL, false));
    // The latest full attempt: q1 (natu) and q3 (valuation) wrong.
    progress.attempts.push(attempt(
        2_000,
        &ALL,
        &["q2", "q4", "q5", "q6", "q7", "q8"],
        false,
    ));
    // A later practice retake of the wrong ones, all right: does not count.
    progress
        .attempts
        .push(attempt(3_000, &["q1", "q3"], &["q1", "q3"], true));
    let rows = table(&progress);
    assert_eq!(
        rows[..3],
        [
            // q1, q2, q5: 2 of 3 right (the final assessment's question is not
            // attempted).
            ("natu-vs-big-four".into(), 4, 3, 2, Some(67)),
            // q3, q4: 1 of 2.
            ("read-a-valuation".into(), 3, 2, 1, Some(50)),
            // q6, q7, q8: 3 of 3.
            ("knowledge-ages".into(), 4, 3, 3, Some(100)),
        ]
    );
    // Other modules' objectives are untouched.
    assert!(rows[3..].iter().all(|r| r.2 == 0));
}

#[test]
fn questions_missing_from_the_attempt_are_not_attempted() {
    // An attempt recorded before q4, q7 and q8 existed (or an older state file).
    let mut progress = CourseProgress::default();
    progress.attempts.push(attempt(
        1_000,
        &["q1", "q2", "q3", "q5", "q6"],
        &["q1", "q3"],
        false,
    ));
    let rows = table(&progress);
    assert_eq!(
        rows[..3],
        [
            // q1 right, q2 and q5 wrong.
            ("natu-vs-big-four".into(), 4, 3, 1, Some(33)),
            // q3 right.
            ("read-a-valuation".into(), 3, 1, 1, Some(100)),
            // q6 wrong.
            ("knowledge-ages".into(), 4, 1, 0, Some(0)),
        ]
    );
}

#[test]
fn an_objective_of_one_module_counts_questions_of_another() {
    let mut course = load_bundled().unwrap();
    // Module 2's quiz question q1 also tests module 1's first objective.
    let (qi, _) = course.modules[1].final_quiz().unwrap();
    let Item::Quiz(quiz) = &mut course.modules[1].items[qi] else {
        unreachable!()
    };
    quiz.questions[0].objectives.push("natu-vs-big-four".into());
    let m = mastery(&course, &CourseProgress::default());
    assert_eq!(m[0].objectives[0].questions, 5);
}

/// Module 1's quiz taken in the app with questions 1 and 3 wrong.
fn after_a_quiz(w: u16, h: u16) -> amphi::app::App {
    let mut app = app_with(State::default(), w, h);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    for i in 0..8 {
        answer_and_go_on(&mut app, i != 0 && i != 2);
    }
    app
}

#[test]
fn the_app_records_what_mastery_counts() {
    let app = after_a_quiz(120, 40);
    let rows = table(app.progress());
    assert_eq!(
        rows[..3],
        [
            ("natu-vs-big-four".into(), 4, 3, 2, Some(67)),
            ("read-a-valuation".into(), 3, 2, 1, Some(50)),
            ("knowledge-ages".into(), 4, 3, 3, Some(100)),
        ]
    );
}

#[test]
fn capital_o_opens_the_mastery_view_and_any_key_closes_it() {
    let mut app = app(120, 40);
    let key = amphi::app::action_for_key(
        amphi::app::Mode::of(&app),
        &app,
        &ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('O')),
    );
    assert_eq!(key, Some(Action::ShowMastery));
    send(&mut app, &[Action::ShowMastery]);
    assert_eq!(app.modals.overlay(), Some(Overlay::Mastery));
    send(&mut app, &[Action::Confirm]);
    assert_eq!(app.modals.overlay(), None);
}

#[test]
fn mastery_view() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = after_a_quiz(w, h);
        send(&mut app, &[Action::ShowMastery]);
        insta::assert_snapshot!(format!("mastery_{w}x{h}"), render(&app, w, h));
    }
}

#[test]
fn mastery_view_scrolls_to_the_last_module() {
    let mut app = after_a_quiz(80, 24);
    send(
        &mut app,
        &[
            Action::ShowMastery,
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
        ],
    );
    let screen = render(&app, 80, 24);
    assert!(screen.contains("6. Final assessment"), "{screen}");
    assert!(
        screen.contains("not attempted yet (15 questions)"),
        "{screen}"
    );
}

#[test]
fn amphi_mastery_prints_the_same_shares() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("state.json");
    let mut state = State::default();
    let course = load_bundled().unwrap();
    let progress = state.courses.entry(course.info.id.clone()).or_default();
    progress.attempts.push(attempt(
        2_000,
        &ALL,
        &["q2", "q4", "q5", "q6", "q7", "q8"],
        false,
    ));
    std::fs::write(&path, serde_json::to_string(&state).unwrap()).unwrap();
    let out = crate::common::isolated::amphi()
        .arg("--state")
        .arg(&path)
        .arg("mastery")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..9],
        [
            "Sociology of the Web — Civilisation 2.0 and Collective Intelligence: mastery of the \
             learning objectives",
            "",
            "1. The exponential web",
            "  Tell the Big Four from the NATU, and explain what makes a newcomer NATU-like",
            "    2 of 3 right, 67 % (1 more question not attempted yet)",
            "  Say what a valuation measures and work out how fast one has changed",
            "    1 of 2 right, 50 % (1 more question not attempted yet)",
            "  Explain why knowledge about the web dates quickly, and date a fact before using it",
            "    3 of 3 right, 100 % (1 more question not attempted yet)",
        ]
    );
    assert!(
        text.contains("    not attempted yet (4 questions)"),
        "{text}"
    );
}

#[test]
fn an_objective_listed_twice_on_a_question_counts_it_once() {
    let mut course = load_bundled().unwrap();
    let (qi, _) = course.modules[0].final_quiz().unwrap();
    let Item::Quiz(quiz) = &mut course.modules[0].items[qi] else {
        unreachable!()
    };
    quiz.questions[0].objectives = vec!["natu-vs-big-four".into(), "natu-vs-big-four".into()];
    let m = mastery(&course, &CourseProgress::default());
    assert_eq!(m[0].objectives[0].questions, 4);
}
