//! Scoring options on the `tests/fixtures/valid/scoring` course (French, so
//! decimals are written with a comma): fractional and practice weights, numeric
//! questions with several answers, and feedback on picked, missed and
//! true/false answers; on screen, in plain mode, in the state file and in the
//! xAPI export. And the load errors of bad scoring options, at their place.

use std::path::{Path, PathBuf};

use crate::common::{render, send};
use amphi::app::{Action, App, update};
use amphi::course::{AnswerKey, Course, Item, Problem, load_dir};
use amphi::progress::State;
use amphi::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

fn course() -> Course {
    load_dir(&fixture("valid", "scoring")).expect("the scoring fixture is valid")
}

/// The scoring course in a fresh app laid out for `w`×`h`, its first quiz
/// started.
fn at_first_quiz(w: u16, h: u16, plain: bool) -> App {
    let mut app = App::new(course(), State::default(), Theme::plain());
    app.clock = || crate::common::NOW;
    app.settings.plain = plain;
    update(&mut app, Action::Resize(w, h));
    crate::common::open_item(&mut app, 0, 1);
    send(&mut app, &[Action::Confirm]);
    app
}

fn type_and_submit(app: &mut App, text: &str) {
    let mut actions: Vec<Action> = text.chars().map(Action::Input).collect();
    actions.push(Action::Confirm);
    send(app, &actions);
}

#[test]
fn the_fixture_uses_every_scoring_option() {
    let course = course();
    let Item::Quiz(quiz) = &course.modules[0].items[1] else {
        panic!("a quiz")
    };
    let weights: Vec<f64> = quiz.questions.iter().map(|q| q.weight).collect();
    assert_eq!(weights, [1.5, 0.5, 1.0, 1.0, 1.0, 0.0]);
    // French: the numeric keys read a decimal comma.
    let AnswerKey::Numeric {
        answers,
        decimal_comma,
        unit,
    } = &quiz.questions[0].key
    else {
        panic!("numeric")
    };
    assert!(*decimal_comma);
    assert_eq!(unit.as_deref(), Some("L"));
    assert_eq!(answers.len(), 3);
    assert_eq!(answers[0].describe(amphi::i18n::Language::En), "0.50 ± 2%");
    assert_eq!(
        answers[1].describe(amphi::i18n::Language::En),
        "from 0.4 to 0.6"
    );
    assert_eq!(answers[1].credit, 50.0);
    assert!(!quiz.questions[2].missed_feedback.is_empty());
    assert_eq!(quiz.questions[4].choice_feedback.len(), 2, "true and false");
}

#[test]
fn a_decimal_comma_answer_gets_its_feedback_with_the_numbers_as_written() {
    for (w, h) in SIZES {
        let mut app = at_first_quiz(w, h, false);
        type_and_submit(&mut app, "0,5");
        let screen = render(&app, w, h);
        assert!(screen.contains("✓ Right."), "{screen}");
        assert!(screen.contains("“0.50 ± 2%”: Exactement"), "{screen}");
        insta::assert_snapshot!(format!("scoring_numeric_feedback_{w}x{h}"), screen);
    }
}

#[test]
fn a_partly_right_number_earns_its_credit_times_the_weight() {
    let mut app = at_first_quiz(120, 40, false);
    type_and_submit(&mut app, "0,45");
    let screen = render(&app, 120, 40);
    // 50 % of 1.5 points.
    assert!(
        screen.contains("◐ Partly right: 0.75 of 1.5 points."),
        "{screen}"
    );
    assert!(screen.contains("Proche, mais pas exact."), "{screen}");
    assert!(screen.contains("The answer: 0.50 ± 2% L"), "{screen}");
}

/// Answers the whole first quiz: the number with a comma, π, one right choice
/// of two (so the other is missed), the kilo wrong, true for the water, and
/// the practice question wrong.
fn finish_first_quiz(app: &mut App) {
    type_and_submit(app, "0,5");
    send(app, &[Action::Confirm]);
    type_and_submit(app, "3,14");
    send(app, &[Action::Confirm]);
    send(app, &[Action::Choose(1), Action::Confirm, Action::Confirm]);
    send(app, &[Action::Choose(1), Action::Confirm, Action::Confirm]);
    send(
        app,
        &[Action::Answer(true), Action::Confirm, Action::Confirm],
    );
    send(app, &[Action::Answer(true), Action::Confirm]);
}

#[test]
fn the_review_shows_feedback_practice_and_numbers_as_written() {
    for (w, h) in SIZES {
        let mut app = at_first_quiz(w, h, false);
        finish_first_quiz(&mut app);
        let screen = render(&app, w, h);
        assert!(
            screen.contains("practice — not scored"),
            "the practice question says so:\n{screen}"
        );
        send(&mut app, &[Action::Confirm]);
        insta::assert_snapshot!(format!("scoring_result_{w}x{h}"), render(&app, w, h));
    }
    let mut app = at_first_quiz(120, 40, false);
    finish_first_quiz(&mut app);
    send(&mut app, &[Action::Confirm]);
    let attempt = app.progress().attempts.last().unwrap().clone();
    // 1.5 + 0.5 + (1 right − 0 wrong of 2 right → 0.5) + 0 + 1, out of 5; the
    // practice question adds nothing either way.
    assert_eq!(attempt.score.max, 5.0);
    assert!((attempt.score.points - 3.5).abs() < 1e-9, "{attempt:?}");
    assert!(attempt.passed);
    let text = {
        let mut all = String::new();
        // The whole review, scrolled through.
        for _ in 0..6 {
            all.push_str(&render(&app, 120, 40));
            send(&mut app, &[Action::Scroll(30)]);
        }
        all
    };
    assert!(
        text.contains("“millilitre” (missed): Le millilitre"),
        "{text}"
    );
    assert!(text.contains("“True”: Non : un centimètre"), "{text}");
    assert!(text.contains("“100”: Non, c'est un hectogramme."), "{text}");
    assert!(
        text.contains("“1000” (missed): Kilo veut dire mille."),
        "{text}"
    );
}

#[test]
fn plain_mode_shows_the_same_feedback_in_words() {
    let mut app = at_first_quiz(80, 24, true);
    type_and_submit(&mut app, "0,5");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("“0.50 ± 2%”: Exactement"), "{screen}");
    insta::assert_snapshot!("scoring_numeric_feedback_plain_80x24", screen);
}

#[test]
fn an_attempts_recorded_credit_and_weight_survive_the_state_file() {
    let mut app = at_first_quiz(120, 40, false);
    finish_first_quiz(&mut app);
    send(&mut app, &[Action::Confirm]);
    let json = serde_json::to_string(&app.state).unwrap();
    let back: State = serde_json::from_str(&json).unwrap();
    let attempt = back.courses["scoring"].attempts.last().unwrap();
    let credits: Vec<Option<f64>> = attempt.answers.iter().map(|a| a.credit).collect();
    assert_eq!(
        credits,
        [
            Some(1.0),
            Some(1.0),
            Some(0.5),
            Some(0.0),
            Some(1.0),
            Some(0.0)
        ]
    );
    let weights: Vec<Option<f64>> = attempt.answers.iter().map(|a| a.weight).collect();
    assert_eq!(
        weights,
        [
            Some(1.5),
            Some(0.5),
            Some(1.0),
            Some(1.0),
            Some(1.0),
            Some(0.0)
        ]
    );
    // An answer recorded before these fields existed still reads.
    let old = r#"{"question":"q","response":{"bool":true},"correct":true}"#;
    let record: amphi::progress::AnswerRecord = serde_json::from_str(old).unwrap();
    assert_eq!((record.credit, record.weight), (None, None));
    assert!(!serde_json::to_string(&record).unwrap().contains("credit"));
}

#[test]
fn the_xapi_export_gives_numeric_ranges_as_low_colon_high() {
    let mut app = at_first_quiz(120, 40, false);
    finish_first_quiz(&mut app);
    send(&mut app, &[Action::Confirm]);
    let progress = app.progress().clone();
    let all = amphi::export::xapi_statements(&app.course, &progress, "mailto:a@example.org");
    let text = all.to_string();
    // 0.50 ± 2 %: from 0.49 to 0.51.
    assert!(
        text.contains(r#""correctResponsesPattern":["0.49[:]0.51"]"#),
        "{text}"
    );
    assert!(
        text.contains(r#""correctResponsesPattern":["3.135[:]3.145"]"#),
        "{text}"
    );
}

fn only_problem(case: &str) -> Problem {
    let dir = fixture("invalid", case);
    let report = match load_dir(&dir) {
        Ok(_) => panic!("{case} loaded, but it is invalid"),
        Err(report) => report,
    };
    assert_eq!(report.problems.len(), 1, "{case}: {:#?}", report.problems);
    report.problems.into_iter().next().unwrap()
}

#[test]
fn bad_scoring_options_are_refused_at_their_place() {
    // (fixture, line, column, part of the message)
    let cases = [
        ("negative-weight", 13, 17, "a number of points, 0 or more"),
        (
            "numeric-bad-tolerance",
            13,
            20,
            "a percentage of the answer such as 5%, not `5 percent`",
        ),
        (
            "numeric-answer-and-answers",
            9,
            9,
            "give either `answer` (or `range`) or a list of `answers`, not both",
        ),
        (
            "missed-on-wrong-choice",
            14,
            9,
            "`missed` for choice 3: it is not a right answer",
        ),
        (
            "numeric-backwards-range",
            10,
            9,
            "the range [2, 1] is backwards",
        ),
    ];
    for (case, line, column, message) in cases {
        let p = only_problem(case);
        assert_eq!(
            (p.line, p.column),
            (Some(line), Some(column)),
            "{case}: {p}"
        );
        assert!(p.message.to_string().contains(message), "{case}: {p}");
        assert!(p.file.ends_with("modules/a.yaml"), "{case}: {p}");
    }
}
