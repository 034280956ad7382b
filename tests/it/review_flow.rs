//! The review queue in the app: questions missed in a quiz come back in a review
//! session (`v`), answers move their cards on the documented Leitner schedule, the
//! status bar counts what is due, and leeches are flagged.

use crate::common::*;
use amphi::app::{Action, Effect, Stage, update};
use amphi::course::Item;
use amphi::progress::State;
use amphi::progress::review::{self, Card};

const DAY: u64 = 86_400;

fn next_day() -> u64 {
    NOW + DAY
}

/// Opens module 1's quiz and takes it with the first question wrong and the rest
/// right.
fn miss_first_question(app: &mut amphi::app::App) {
    let (mi, ii) = app.course.modules[0]
        .final_quiz()
        .map(|(i, _)| (0, i))
        .unwrap();
    open_item(app, mi, ii);
    send(app, &[Action::Confirm]);
    let n = app.current_quiz().unwrap().0.questions.len();
    for k in 0..n {
        answer_and_go_on(app, k != 0);
    }
    assert!(matches!(
        app.current_quiz().unwrap().1.stage,
        Stage::Result { .. }
    ));
}

fn first_question_card(app: &amphi::app::App) -> String {
    let (_, quiz) = app.course.modules[0].final_quiz().unwrap();
    // The first question asked may not be the first written when the quiz shuffles.
    let asked = app.progress().attempts.last().unwrap().answers[0]
        .question
        .clone();
    review::card_key(&app.course.modules[0].id, &quiz.id, &asked)
}

#[test]
fn a_missed_question_enters_the_queue_due_the_same_day() {
    let mut app = app(120, 40);
    assert_eq!(app.due_for_review, 0);
    miss_first_question(&mut app);
    let key = first_question_card(&app);
    assert_eq!(
        app.progress().review.get(&key),
        Some(&Card {
            box_number: 1,
            due_day: NOW / DAY,
            lapses: 1,
            last_answered: NOW
        })
    );
    assert_eq!(app.progress().review.len(), 1, "right answers add no card");
    assert_eq!(app.due_for_review, 1);
    let screen = render(&app, 120, 40);
    assert!(screen.contains(" v 1 due "), "{screen}");
}

#[test]
fn a_review_session_asks_the_due_question_and_promotes_it_when_right() {
    let mut app = app(120, 40);
    miss_first_question(&mut app);
    let key = first_question_card(&app);
    let effects = send(&mut app, &[Action::StartReview]);
    assert!(effects.is_empty());
    let session = app.modals.review().expect("a review session");
    assert_eq!(session.quiz.questions.len(), 1);
    assert_eq!(session.origins[0].card, key);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Review · 1 question due"), "{screen}");
    assert!(
        screen.contains(&format!("From {} ›", app.course.modules[0].title)),
        "{screen}"
    );
    assert!(
        screen.contains("box 1 of 5 ·") && screen.contains("missed 1 time"),
        "{screen}"
    );

    // Answer right: the card goes up to box 2, due tomorrow, saved at once.
    let actions = answer_actions(&app, true);
    let effects = send(&mut app, &actions);
    assert!(effects.contains(&Effect::Save), "{effects:?}");
    let card = app.progress().review[&key];
    assert_eq!((card.box_number, card.due_day), (2, NOW / DAY + 1));
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Up to box 2 of 5: back in 1 day."),
        "{screen}"
    );
    assert_eq!(app.due_for_review, 0);

    // Enter: the summary; Enter again: back to the item that was open.
    send(&mut app, &[Action::Confirm]);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Review done"), "{screen}");
    assert!(screen.contains("1 of 1 right."), "{screen}");
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.review().is_none());
    assert!(matches!(app.current_item(), Some(Item::Quiz(_))));

    // Nothing is due now; the notice says when the next one is.
    send(&mut app, &[Action::StartReview]);
    assert!(app.modals.review().is_none());
    let notice = app.notice.clone().unwrap();
    assert!(
        notice.starts_with("Nothing to review now; the next question is due on "),
        "{notice}"
    );

    // The next day it is due again.
    app.clock = next_day;
    update(&mut app, Action::Top);
    assert_eq!(app.due_for_review, 1);
}

#[test]
fn a_wrong_answer_in_review_sends_the_card_back_and_counts_a_lapse() {
    let mut app = app(120, 40);
    miss_first_question(&mut app);
    let key = first_question_card(&app);
    send(&mut app, &[Action::StartReview]);
    let actions = answer_actions(&app, false);
    send(&mut app, &actions);
    let card = app.progress().review[&key];
    assert_eq!((card.box_number, card.lapses), (1, 2));
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Back to box 1"), "{screen}");
    send(&mut app, &[Action::Confirm]);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("0 of 1 right."), "{screen}");
    assert!(screen.contains("1 still due now: press v"), "{screen}");
}

#[test]
fn a_leech_is_flagged_with_the_passage_to_reread() {
    let mut state = State::default();
    let course = amphi::course::load_bundled().unwrap();
    let m = &course.modules[1];
    let (_, quiz) = m.final_quiz().unwrap();
    let key = review::card_key(&m.id, &quiz.id, &quiz.questions[0].id);
    let progress = state.courses.entry(course.info.id.clone()).or_default();
    progress.review.insert(
        key,
        Card {
            box_number: 1,
            due_day: 0,
            lapses: 4,
            last_answered: 0,
        },
    );
    let mut app = app_with(state, 120, 40);
    assert_eq!(app.due_for_review, 1);
    send(&mut app, &[Action::StartReview]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("⚑ A leech: missed 4 times. → Read again: Civilisation 2.0"),
        "{screen}"
    );
    // o follows the link: the lesson opens at the heading the question tests.
    send(&mut app, &[Action::OpenLink]);
    assert!(
        app.modals.review().is_none(),
        "the review gives way to the lesson"
    );
    let screen = render(&app, 120, 40);
    let first = screen.lines().nth(1).unwrap_or_default();
    assert!(
        first.contains("┃ What is an imaginary? "),
        "the heading is the first line shown:\n{screen}"
    );
}

#[test]
fn esc_leaves_a_review_and_opening_an_item_ends_it() {
    let mut app = app(120, 40);
    miss_first_question(&mut app);
    send(&mut app, &[Action::StartReview]);
    assert!(app.modals.review().is_some());
    send(&mut app, &[Action::Back]);
    assert!(app.modals.review().is_none());
    assert_eq!(
        app.notice.as_deref(),
        Some("Review closed: the answers you gave are saved.")
    );
    send(&mut app, &[Action::StartReview, Action::NextItem]);
    assert!(app.modals.review().is_none(), "n opens the next item");
}

#[test]
fn review_cards_round_trip_through_the_state_file() {
    let mut app = app(120, 40);
    miss_first_question(&mut app);
    let json = serde_json::to_string(&app.state).unwrap();
    assert!(json.contains("\"review\":{"), "{json}");
    assert!(json.contains("\"box\":1"), "{json}");
    let back: State = serde_json::from_str(&json).unwrap();
    assert_eq!(back, app.state);
}

#[test]
fn a_review_keeps_the_answer_policy_of_the_quiz_the_question_comes_from() {
    use amphi::course::ShowAnswers;
    for (policy, shown) in [
        (ShowAnswers::AfterEach, true),
        (ShowAnswers::AfterSubmit, true),
        // Module 1's quiz is passed with one question missed: shown after a pass.
        (ShowAnswers::AfterPass, true),
        (ShowAnswers::Never, false),
    ] {
        let mut app = app(120, 40);
        miss_first_question(&mut app);
        // The author's setting, as it is when the review comes.
        let (qi, _) = app.course.modules[0].final_quiz().unwrap();
        if let Item::Quiz(q) = &mut app.course.modules[0].items[qi] {
            q.show_answers = policy;
        }
        send(&mut app, &[Action::StartReview]);
        assert!(
            app.modals.review().is_some(),
            "{policy:?}: {}",
            render(&app, 120, 40)
        );
        let actions = answer_actions(&app, false);
        send(&mut app, &actions);
        let screen = render(&app, 120, 40);
        assert!(screen.contains("✗ Not quite."), "{policy:?}: {screen}");
        assert_eq!(
            screen.contains("The answer:"),
            shown,
            "{policy:?}: {screen}"
        );
        assert_eq!(
            screen.contains("(this quiz does not show right answers)"),
            !shown,
            "{policy:?}: {screen}"
        );
    }
}
