//! Every screen drawn on a `TestBackend`, snapshotted as text at 80x24 and
//! 120x40, in English and in French: one table of scenarios ([`SCENARIOS`]),
//! run here in English (`<name>_<w>x<h>`) and in `i18n_screens.rs` in French
//! (`fr_<name>_<w>x<h>`), so that every screen has its snapshot in both
//! languages and the two lists cannot drift apart.

use crate::common::*;
use amphi::app::{Action, App};
use amphi::i18n::Language;

/// The sizes every screen is drawn at.
pub const SIZES: &[(u16, u16)] = &[(80, 24), (120, 40)];

/// One screen: its snapshot's name, the sizes it is drawn at, and how to get
/// there in a language at a size (the app laid out for that size).
pub struct Scenario {
    /// The snapshot's name, without the language's prefix and the size.
    pub name: &'static str,
    /// The sizes drawn at ([`SIZES`] but for the "too small" screen).
    pub sizes: &'static [(u16, u16)],
    /// The app showing the screen, speaking the language given.
    pub build: fn(Language, u16, u16) -> App,
}

const fn at_both_sizes(name: &'static str, build: fn(Language, u16, u16) -> App) -> Scenario {
    Scenario {
        name,
        sizes: SIZES,
        build,
    }
}

/// Every screen, in the order drawn. Add a screen here and it is drawn in
/// every language at every size.
pub const SCENARIOS: &[Scenario] = &[
    at_both_sizes("lesson", speaking),
    at_both_sizes("outline_focused", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::FocusOutline, Action::Down]);
        app
    }),
    at_both_sizes("interview", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_interview(&mut app);
        app
    }),
    at_both_sizes("interview_drill", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_interview(&mut app);
        send(&mut app, &[Action::ToggleDrill]);
        app
    }),
    at_both_sizes("quiz_intro", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        app
    }),
    at_both_sizes("quiz_question", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        send(&mut app, &[Action::Confirm, Action::Down]);
        app
    }),
    at_both_sizes("quiz_feedback", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        send(&mut app, &[Action::Confirm]);
        let wrong = answer_actions(&app, false);
        send(&mut app, &wrong);
        app
    }),
    at_both_sizes("quiz_choice_feedback", |l, w, h| {
        let mut app = speaking(l, w, h);
        at_question_of_kind(&mut app, 1, "single_choice");
        send(
            &mut app,
            &[Action::ShowHint, Action::Choose(1), Action::Confirm],
        );
        app
    }),
    at_both_sizes("quiz_result", |l, w, h| {
        let mut app = speaking(l, w, h);
        read_module(&mut app, 0);
        open_final_quiz(&mut app);
        take_quiz(&mut app, true);
        app
    }),
    at_both_sizes("quiz_review_failed", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        take_quiz(&mut app, false);
        app
    }),
    // Two attempts in one run, then a new run opens the quiz at its intro.
    at_both_sizes("quiz_intro_attempts", |l, w, h| {
        let mut app = app_with(two_attempts(), w, h);
        app.set_language(l);
        open_final_quiz(&mut app);
        app
    }),
    // A question of each kind with inputs, half answered so the inputs show.
    at_both_sizes("quiz_matching", |l, w, h| {
        half_answered(l, w, h, 1, "matching")
    }),
    at_both_sizes("quiz_fill_blanks", |l, w, h| {
        half_answered(l, w, h, 4, "fill_blanks")
    }),
    at_both_sizes("quiz_numeric", |l, w, h| {
        half_answered(l, w, h, 0, "numeric")
    }),
    at_both_sizes("plain_quiz_question", |l, w, h| {
        let mut app = speaking(l, w, h);
        app.settings.plain = true;
        send(&mut app, &[Action::Resize(w, h)]);
        open_final_quiz(&mut app);
        send(&mut app, &[Action::Confirm]);
        app
    }),
    at_both_sizes("help", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::ToggleHelp]);
        app
    }),
    at_both_sizes("about", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::ToggleAbout]);
        app
    }),
    at_both_sizes("notice_first_item", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::PrevItem]);
        app
    }),
    // The "where you were" card of a new run, after reading, after a quiz.
    at_both_sizes("resume_card", |l, w, h| {
        let mut first = app(120, 40);
        open_item(&mut first, 0, 1);
        send(&mut first, &[Action::Scroll(7), Action::Quit]);
        let mut again = app_with_card(first.state.clone(), w, h);
        again.set_language(l);
        again
    }),
    at_both_sizes("resume_card_quiz", |l, w, h| {
        let mut again = app_with_card(failed_quiz(), w, h);
        again.set_language(l);
        again
    }),
    // Miss every question of module 1's quiz, then review: the first
    // question, its feedback with the card's move, and the summary.
    at_both_sizes("review_question", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        take_quiz(&mut app, false);
        send(&mut app, &[Action::StartReview]);
        app
    }),
    at_both_sizes("review_feedback", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        take_quiz(&mut app, false);
        send(&mut app, &[Action::StartReview]);
        let right = answer_actions(&app, true);
        send(&mut app, &right);
        app
    }),
    at_both_sizes("review_summary", |l, w, h| {
        let mut app = speaking(l, w, h);
        open_final_quiz(&mut app);
        take_quiz(&mut app, false);
        send(&mut app, &[Action::StartReview]);
        let n = app.modals.review().unwrap().quiz.questions.len();
        for k in 0..n {
            answer_and_go_on(&mut app, k % 2 == 0);
        }
        app
    }),
    at_both_sizes("glossary", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::OpenGlossary]);
        app
    }),
    at_both_sizes("bookmarks_empty", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::OpenBookmarks]);
        app
    }),
    at_both_sizes("search", |l, w, h| {
        let mut app = speaking(l, w, h);
        send(&mut app, &[Action::OpenSearch]);
        for c in "web".chars() {
            send(&mut app, &[Action::Input(c)]);
        }
        app
    }),
    Scenario {
        name: "too_small",
        sizes: &[(30, 8)],
        build: speaking,
    },
];

/// Draws every scenario of [`SCENARIOS`] in `lang` at each of its sizes and
/// hands each screen to `snap` with its name (`<name>_<w>x<h>`), which
/// snapshots it in the caller's module (so that each language keeps its
/// snapshots' names). Every scenario runs even when one fails; then the
/// failures are listed.
pub fn draw_every_screen(lang: Language, snap: &dyn Fn(&str, &str)) {
    let mut failed = Vec::new();
    for scenario in SCENARIOS {
        for &(w, h) in scenario.sizes {
            let name = format!("{}_{w}x{h}", scenario.name);
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let app = (scenario.build)(lang, w, h);
                assert_eq!(app.settings.language, lang, "{name}");
                snap(&name, &render(&app, w, h));
            }));
            if drawn.is_err() {
                failed.push(name);
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{lang}: these screens failed: {failed:?}"
    );
}

#[test]
fn every_screen_in_english() {
    draw_every_screen(Language::En, &|name, screen| {
        insta::assert_snapshot!(name.to_owned(), screen);
    });
}

/// The bundled course in a fresh app laid out for `w`×`h`, speaking `lang`.
pub fn speaking(lang: Language, w: u16, h: u16) -> App {
    let mut app = app(w, h);
    app.set_language(lang);
    app
}

/// Opens module 1's final quiz.
pub fn open_final_quiz(app: &mut App) {
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(app, 0, qi);
}

fn open_interview(app: &mut App) {
    let ii = app.course.modules[0]
        .items
        .iter()
        .position(|i| matches!(i, amphi::course::Item::Interview(_)))
        .unwrap();
    open_item(app, 0, ii);
}

/// The state after two attempts at module 1's quiz (failed, then passed
/// on a retake) and a quit.
pub fn two_attempts() -> amphi::progress::State {
    let mut first = app(80, 24);
    open_final_quiz(&mut first);
    take_quiz(&mut first, false);
    send(&mut first, &[Action::Retake]);
    take_quiz(&mut first, true);
    send(&mut first, &[Action::Quit]);
    first.state
}

/// The state after a failed attempt at module 1's quiz and a quit there.
pub fn failed_quiz() -> amphi::progress::State {
    let mut first = app(120, 40);
    open_final_quiz(&mut first);
    take_quiz(&mut first, false);
    send(&mut first, &[Action::Quit]);
    first.state
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

/// Module `m`'s first question of `kind`, half of a right answer typed.
fn half_answered(lang: Language, w: u16, h: u16, m: usize, kind: &str) -> App {
    let mut app = speaking(lang, w, h);
    at_question_of_kind(&mut app, m, kind);
    let a = answer_actions(&app, true);
    send(&mut app, &a[..a.len() / 2]);
    app
}
