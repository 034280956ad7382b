//! Every screen drawn on a `TestBackend`, snapshotted as text at 80x24 and 120x40.

use crate::common::*;
use amphi::app::{Action, App};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(name: &str, mut setup: impl FnMut(&mut App)) {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        setup(&mut app);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&app, w, h));
    }
}

fn open_final_quiz(app: &mut App) {
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(app, 0, qi);
}

#[test]
fn outline_and_lesson() {
    snap("lesson", |_| {});
}

#[test]
fn outline_focused() {
    snap("outline_focused", |app| {
        send(app, &[Action::FocusOutline, Action::Down]);
    });
}

#[test]
fn interview() {
    snap("interview", |app| {
        let ii = app.course.modules[0]
            .items
            .iter()
            .position(|i| matches!(i, amphi::course::Item::Interview(_)))
            .unwrap();
        open_item(app, 0, ii);
    });
}

#[test]
fn quiz_intro() {
    snap("quiz_intro", open_final_quiz);
}

#[test]
fn quiz_question() {
    snap("quiz_question", |app| {
        open_final_quiz(app);
        send(app, &[Action::Confirm, Action::Down]);
    });
}

#[test]
fn quiz_feedback() {
    snap("quiz_feedback", |app| {
        open_final_quiz(app);
        send(app, &[Action::Confirm]);
        let wrong = answer_actions(app, false);
        send(app, &wrong);
    });
}

#[test]
fn quiz_result() {
    snap("quiz_result", |app| {
        read_module(app, 0);
        open_final_quiz(app);
        take_quiz(app, true);
    });
}

#[test]
fn quiz_review_after_a_failed_attempt() {
    snap("quiz_review_failed", |app| {
        open_final_quiz(app);
        take_quiz(app, false);
    });
}

#[test]
fn quiz_intro_lists_past_attempts() {
    // Two attempts in one run, then a new run opens the quiz at its intro.
    let mut first = app(80, 24);
    open_final_quiz(&mut first);
    take_quiz(&mut first, false);
    send(&mut first, &[Action::Retake]);
    take_quiz(&mut first, true);
    send(&mut first, &[Action::Quit]);
    for (w, h) in SIZES {
        let mut again = app_with(first.state.clone(), w, h);
        let (qi, _) = again.course.modules[0].final_quiz().unwrap();
        open_item(&mut again, 0, qi);
        insta::assert_snapshot!(format!("quiz_intro_attempts_{w}x{h}"), render(&again, w, h));
    }
}

#[test]
fn help_overlay() {
    snap("help", |app| {
        send(app, &[Action::ToggleHelp]);
    });
}

#[test]
fn about_overlay() {
    snap("about", |app| {
        send(app, &[Action::ToggleAbout]);
    });
}

#[test]
fn too_small() {
    let app = app(30, 8);
    insta::assert_snapshot!("too_small_30x8", render(&app, 30, 8));
}

/// Opens module `m`'s final quiz and answers right every question asked before
/// the first one of `kind` (in the order asked, which a quiz may shuffle).
fn at_question_of_kind(app: &mut App, m: usize, kind: &str) {
    let (qi, quiz) = app.course.modules[m].final_quiz().unwrap();
    assert!(quiz.questions.iter().any(|q| q.key.kind() == kind));
    open_item(app, m, qi);
    send(app, &[Action::Confirm]);
    loop {
        let (quiz, state) = app.current_quiz().unwrap();
        if state.question(quiz).unwrap().key.kind() == kind {
            break;
        }
        answer_and_go_on(app, true);
    }
}

#[test]
fn quiz_new_question_kinds() {
    for (m, kind) in [(1, "matching"), (4, "fill_blanks"), (0, "numeric")] {
        for (w, h) in SIZES {
            let mut app = app(w, h);
            at_question_of_kind(&mut app, m, kind);
            // Half an answer, so the inputs show.
            let a = answer_actions(&app, true);
            send(&mut app, &a[..a.len() / 2]);
            insta::assert_snapshot!(format!("quiz_{kind}_{w}x{h}"), render(&app, w, h));
        }
    }
}

#[test]
fn quiz_feedback_for_a_picked_choice() {
    let mut app = app(80, 24);
    at_question_of_kind(&mut app, 1, "single_choice");
    send(
        &mut app,
        &[Action::ShowHint, Action::Choose(1), Action::Confirm],
    );
    insta::assert_snapshot!("quiz_choice_feedback_80x24", render(&app, 80, 24));
}

#[test]
fn where_you_were_card() {
    let mut first = app(120, 40);
    open_item(&mut first, 0, 1);
    send(&mut first, &[Action::Scroll(7), Action::Quit]);
    for (w, h) in SIZES {
        let again = app_with_card(first.state.clone(), w, h);
        insta::assert_snapshot!(format!("resume_card_{w}x{h}"), render(&again, w, h));
    }
}

#[test]
fn review_session_question_and_summary() {
    // Miss every question of module 1's quiz, then review: the first question,
    // its feedback with the card's move, and the summary.
    snap("review_question", |app| {
        open_final_quiz(app);
        take_quiz(app, false);
        send(app, &[Action::StartReview]);
    });
    snap("review_feedback", |app| {
        open_final_quiz(app);
        take_quiz(app, false);
        send(app, &[Action::StartReview]);
        let right = answer_actions(app, true);
        send(app, &right);
    });
    snap("review_summary", |app| {
        open_final_quiz(app);
        take_quiz(app, false);
        send(app, &[Action::StartReview]);
        let n = app.modals.review().unwrap().quiz.questions.len();
        for k in 0..n {
            answer_and_go_on(app, k % 2 == 0);
        }
    });
}
