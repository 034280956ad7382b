//! The screens whose words come from the catalogues, drawn in French at 80x24
//! and 120x40 (their English snapshots are in `screens.rs` and the others):
//! the same states, `App::settings.language` set to French as the binary sets
//! it (`--lang fr`, a French course or a French locale).

use crate::common::*;
use amphi::app::{Action, App};
use amphi::i18n::Language;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The bundled course in French, the card dismissed, `w`×`h`.
fn french(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    app.set_language(Language::Fr);
    app
}

fn snap(name: &str, mut setup: impl FnMut(&mut App)) {
    for (w, h) in SIZES {
        let mut app = french(w, h);
        setup(&mut app);
        insta::assert_snapshot!(format!("fr_{name}_{w}x{h}"), render(&app, w, h));
    }
}

fn open_final_quiz(app: &mut App) {
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(app, 0, qi);
}

#[test]
fn lesson_and_status_bar() {
    snap("lesson", |_| {});
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
fn where_you_were_card() {
    let mut first = app(120, 40);
    open_item(&mut first, 0, 1);
    send(&mut first, &[Action::Scroll(7), Action::Quit]);
    for (w, h) in SIZES {
        let mut again = app_with_card(first.state.clone(), w, h);
        again.set_language(Language::Fr);
        insta::assert_snapshot!(format!("fr_resume_card_{w}x{h}"), render(&again, w, h));
    }
}

#[test]
fn where_you_were_card_after_a_quiz() {
    let mut first = app(120, 40);
    open_final_quiz(&mut first);
    take_quiz(&mut first, false);
    send(&mut first, &[Action::Quit]);
    for (w, h) in SIZES {
        let mut again = app_with_card(first.state.clone(), w, h);
        again.set_language(Language::Fr);
        let screen = render(&again, w, h);
        assert!(screen.contains("Dernier quiz"), "{screen}");
        insta::assert_snapshot!(format!("fr_resume_card_quiz_{w}x{h}"), screen);
    }
}

#[test]
fn the_status_bar_s_hints_shrink_in_french_too() {
    // From wide to narrow: the French words are longer, the bar never
    // overflows and the outline's hint is the last to go.
    for w in [60u16, 70, 80, 100, 120, 160] {
        let app = french(w, 24);
        let screen = render(&app, w, 24);
        let bar = screen.lines().last().unwrap();
        assert!(unicode_width::UnicodeWidthStr::width(bar) <= usize::from(w));
        assert!(bar.contains("Tab") || bar.contains(" o "), "{w}: {bar}");
        assert!(
            !bar.contains(" help ") && !bar.contains(" quit "),
            "{w}: {bar}"
        );
    }
    let wide = render(&french(160, 24), 160, 24);
    let bar = wide.lines().last().unwrap();
    assert!(bar.contains("aide") && bar.contains("quitter"), "{bar}");
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
fn quiz_intro_lists_past_attempts_with_french_dates() {
    let mut first = app(80, 24);
    open_final_quiz(&mut first);
    take_quiz(&mut first, false);
    send(&mut first, &[Action::Retake]);
    take_quiz(&mut first, true);
    send(&mut first, &[Action::Quit]);
    for (w, h) in SIZES {
        let mut again = app_with(first.state.clone(), w, h);
        again.set_language(Language::Fr);
        let (qi, _) = again.course.modules[0].final_quiz().unwrap();
        open_item(&mut again, 0, qi);
        let screen = render(&again, w, h);
        // The common clock is 2026-01-01 00:00 UTC: day first in French.
        assert!(screen.contains("01/01/2026 00:00"), "{screen}");
        insta::assert_snapshot!(format!("fr_quiz_intro_attempts_{w}x{h}"), screen);
    }
}

#[test]
fn the_question_counter_says_question_n_of_m_in_french() {
    let mut app = french(120, 40);
    open_final_quiz(&mut app);
    send(&mut app, &[Action::Confirm]);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Question 1 sur 8"), "{screen}");
    assert!(!screen.contains("Question 1 of"), "{screen}");
}

#[test]
fn review_session_question_and_summary() {
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

#[test]
fn a_notice_in_the_status_bar() {
    snap("notice_first_item", |app| {
        send(app, &[Action::PrevItem]);
    });
}

#[test]
fn enter_without_an_answer_says_what_to_do_first_in_french() {
    let mut app = french(120, 40);
    open_final_quiz(&mut app);
    send(&mut app, &[Action::Confirm, Action::Confirm]);
    let notice = app.notice.clone().unwrap_or_default();
    // Typography: a no-break space before the colon.
    assert_eq!(
        notice,
        "Choisissez d'abord une réponse\u{a0}: son numéro, ou ↑↓ puis Espace."
    );
}

#[test]
fn plain_mode_speaks_french_too() {
    for (w, h) in SIZES {
        let mut app = french(w, h);
        app.settings.plain = true;
        send(&mut app, &[Action::Resize(w, h)]);
        open_final_quiz(&mut app);
        send(&mut app, &[Action::Confirm]);
        let screen = render(&app, w, h);
        let spoken = amphi::app::spoken::status(&app);
        assert!(spoken.starts_with("Question 1 sur 8."), "{spoken}");
        assert!(spoken.ends_with("Entrée valide."), "{spoken}");
        insta::assert_snapshot!(format!("fr_plain_quiz_question_{w}x{h}"), screen);
    }
}

#[test]
fn the_panels_in_french() {
    snap("glossary", |app| {
        send(app, &[Action::OpenGlossary]);
    });
    snap("bookmarks_empty", |app| {
        send(app, &[Action::OpenBookmarks]);
    });
    snap("search", |app| {
        send(app, &[Action::OpenSearch]);
        for c in "web".chars() {
            send(app, &[Action::Input(c)]);
        }
    });
}

#[test]
fn interview_in_french() {
    snap("interview_drill", |app| {
        let ii = app.course.modules[0]
            .items
            .iter()
            .position(|i| matches!(i, amphi::course::Item::Interview(_)))
            .unwrap();
        open_item(app, 0, ii);
        send(app, &[Action::ToggleDrill]);
    });
}
