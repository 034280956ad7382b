//! How scores and numbers are written: rounded to the nearest percent, never
//! across the pass mark, and numeric answers as the author wrote them.

use crate::common::*;
use amphi::app::{Action, App, Stage};
use amphi::author::report::{ProgressFormat, write_progress};
use amphi::course::{AnswerKey, Item};
use amphi::progress::{Attempt, State};
use amphi::quiz::Score;

/// A state with one finished full attempt at module 1's end-of-module quiz (every
/// answer given, right), recorded as scoring `points` of 7 against `pass_mark`;
/// the learner was last on that quiz.
fn state_with_attempt(points: f64, pass_mark: u32) -> State {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    take_quiz(&mut app, true);
    let mut state = app.state.clone();
    let progress = state.courses.get_mut(&app.course.info.id).unwrap();
    let attempt: &mut Attempt = &mut progress.attempts[0];
    attempt.score = Score { points, max: 7.0 };
    attempt.pass_mark = pass_mark;
    attempt.passed = attempt.score.passes(pass_mark);
    attempt.started_at = NOW - 60;
    state
}

/// Everything that shows the attempt's score, as text: the outline, the quiz's
/// page, the resume card, plain mode's outline and `amphi progress` in its
/// three formats.
fn every_place(state: &State) -> Vec<(&'static str, String)> {
    // The card in plain mode, where its lines are not wrapped beside the outline.
    let mut card = app_with_card(state.clone(), 120, 40);
    card.settings.plain = true;
    assert!(card.modals.overlay().is_some(), "the where-you-were card");
    let mut app = app_with(state.clone(), 120, 40);
    let page = render(&app, 120, 40);
    send(&mut app, &[Action::FocusOutline]);
    app.settings.plain = true;
    send(&mut app, &[Action::Resize(120, 40)]);
    let plain_outline = render(&app, 120, 40);
    let report = |format| {
        let mut out = Vec::new();
        write_progress(&app.course, app.progress(), format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    vec![
        ("resume card", flat(&render(&card, 120, 40))),
        ("outline and quiz page", flat(&page)),
        ("plain outline", flat(&plain_outline)),
        ("progress text", report(ProgressFormat::Text)),
        ("progress json", report(ProgressFormat::Json)),
        ("progress csv", report(ProgressFormat::Csv)),
    ]
}

#[test]
fn scores_round_to_the_nearest_percent_everywhere() {
    // 4.75 of 7 is 67.86 %: 68, never 67.
    let places = every_place(&state_with_attempt(4.75, 60));
    let expected = [
        ("resume card", "Check your understanding · 68 % · passed"),
        ("outline and quiz page", "Check your understanding 68%"),
        ("outline and quiz page", "Best 68 % · passed ✓"),
        ("outline and quiz page", "4.75/7 (68 %) · passed"),
        ("plain outline", "(passed, best 68%"),
        ("progress text", "quiz best 68 % (pass mark 60 %, passed)"),
        ("progress json", "\"best_percent\": 68,"),
        ("progress csv", ",60,1,68,true"),
    ];
    for (place, text) in expected {
        let (_, shown) = places.iter().find(|(p, _)| *p == place).unwrap();
        assert!(shown.contains(text), "{place}: {text:?} in\n{shown}");
    }
    for (place, shown) in &places {
        for down in ["67 %", "67%", "\"best_percent\": 67", ",67,"] {
            assert!(!shown.contains(down), "{place} rounds down:\n{shown}");
        }
    }
}

#[test]
fn a_failing_score_is_never_shown_at_the_pass_mark() {
    // 4.193 of 7 is 59.9 %: rounded it would read 60 %, the pass mark, and
    // it is not a pass.
    let state = state_with_attempt(4.193, 60);
    let places = every_place(&state);
    let expected = [
        (
            "resume card",
            "Check your understanding · 59.9 % · not passed",
        ),
        ("outline and quiz page", "not passed, best 59.9 %"),
        ("outline and quiz page", "Check your understanding 59.9%"),
        ("outline and quiz page", "Best 59.9 % · not passed yet"),
        ("outline and quiz page", "4.19/7 (59.9 %) · not passed"),
        ("plain outline", "(not passed, best 59.9%"),
        (
            "progress text",
            "quiz best 59.9 % (pass mark 60 %, not passed)",
        ),
        ("progress json", "\"best_percent\": 59.9,"),
        ("progress csv", ",60,1,59.9,false"),
    ];
    for (place, text) in expected {
        let (_, shown) = places.iter().find(|(p, _)| *p == place).unwrap();
        assert!(shown.contains(text), "{place}: {text:?} in\n{shown}");
    }
    for (place, shown) in &places {
        for at_mark in [
            "(60 %)",
            "best 60",
            "· 60 % ·",
            "60%",
            "\"best_percent\": 60",
        ] {
            assert!(!shown.contains(at_mark), "{place}:\n{shown}");
        }
    }
    // The result screen, shown again with L, judges it against its pass mark.
    let mut app = app_with(state, 120, 40);
    send(&mut app, &[Action::ShowLastAttempt]);
    let result = render(&app, 120, 40);
    assert!(
        result.contains("Score: 4.19 / 7 points (59.9 %) · pass mark 60 %"),
        "{result}"
    );
    assert!(result.contains("Not passed"), "{result}");
}

/// The app with module 1's quiz's first question replaced by a numeric one
/// whose answer is 0.015 (tolerance 0), that question asked.
fn at_numeric_question() -> App {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    if let Item::Quiz(q) = &mut app.course.modules[0].items[qi] {
        q.questions[0].key = AnswerKey::Numeric {
            answers: vec![amphi::course::NumericAnswer {
                value: amphi::course::NumericValue::Exact {
                    answer: amphi::course::NumberText::of(0.015),
                    tolerance: None,
                },
                credit: 100.0,
                feedback: String::new(),
            }],
            unit: Some("mol".into()),
            decimal_comma: false,
        };
        q.questions[0].prompt = "How many moles?".into();
    }
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    app
}

fn type_text(app: &mut App, text: &str) {
    let keys: Vec<Action> = text.chars().map(Action::Input).collect();
    send(app, &keys);
}

#[test]
fn a_numeric_answer_is_shown_as_the_author_wrote_it() {
    let mut app = at_numeric_question();
    type_text(&mut app, "0.01");
    send(&mut app, &[Action::Confirm]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Feedback);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("✗ Not quite. The answer: 0.015 mol"),
        "{screen}"
    );
    assert!(!screen.contains("The answer: 0.01 "), "{screen}");
}

#[test]
fn text_with_no_number_is_refused_and_the_question_stays_open() {
    let mut app = at_numeric_question();
    for typed in ["abc", "one", ".", "-"] {
        type_text(&mut app, typed);
        send(&mut app, &[Action::Confirm]);
        let (_, state) = app.current_quiz().unwrap();
        assert_eq!(state.stage, Stage::Asking, "{typed:?} is not an answer");
        assert_eq!(state.session.answers[0], None, "the attempt is not used up");
        assert_eq!(state.field.text, typed, "what was typed stays, to correct");
        let notice = app.notice.clone().unwrap();
        assert!(notice.starts_with("Not a number"), "{notice}");
        let screen = render(&app, 120, 40);
        assert!(screen.contains("Not a number"), "{screen}");
        send(&mut app, &[Action::Caret(amphi::app::CaretMove::Home)]);
        for _ in 0..typed.len() {
            send(&mut app, &[Action::Delete]);
        }
    }
    // A number (with its unit after it) is taken, and right.
    type_text(&mut app, "0,015 mol");
    send(&mut app, &[Action::Confirm]);
    let (quiz, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Feedback);
    let answer = state.session.answers[0].as_ref().unwrap();
    assert!(amphi::quiz::grade(&quiz.questions[0].key, answer));
}
