//! What is in front of the panes: the key map's mode and `update` read the same
//! value, so a key goes to the modal the mode names.

use crate::common::*;
use amphi::app::{Action, App, Mode, action_for_key, update};
use amphi::progress::State;
use amphi::progress::review::{self, Card};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The actions that open a modal taking the keys.
const OPENERS: [Action; 6] = [
    Action::OpenSearch,
    Action::OpenGlossary,
    Action::OpenBookmarks,
    Action::EditNote,
    Action::ToggleHelp,
    Action::ShowMastery,
];

/// Presses `code` as the app would: through the key map, in the mode it names.
fn press(app: &mut App, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = action_for_key(Mode::of(app), app, &key) {
        update(app, action);
    }
}

fn in_front(mode: Mode) -> bool {
    matches!(mode, Mode::Help | Mode::Search | Mode::List | Mode::Note)
}

#[test]
fn the_key_map_and_update_agree_on_what_is_in_front() {
    // Each modal opened, then another by an action sent straight to `update`
    // (no key opens one over another): whatever the mode says is in front takes
    // Esc, closes, and leaves nothing in front.
    for first in &OPENERS {
        for second in &OPENERS {
            let mut app = app(80, 24);
            send(&mut app, &[first.clone(), second.clone()]);
            let mode = Mode::of(&app);
            if !in_front(mode) {
                continue;
            }
            press(&mut app, KeyCode::Esc);
            assert_eq!(
                Mode::of(&app),
                Mode::Reading,
                "{first:?} then {second:?}: Esc in {mode:?} closed what was in front"
            );
        }
    }
}

#[test]
fn an_overlay_in_front_takes_the_scrolling_keys() {
    for first in &OPENERS {
        let mut app = app(80, 24);
        send(&mut app, &[first.clone(), Action::ToggleHelp]);
        if Mode::of(&app) != Mode::Help {
            continue;
        }
        press(&mut app, KeyCode::Down);
        assert_eq!(
            app.modals.overlay_scroll(),
            1,
            "{first:?} then help: ↓ scrolls the help"
        );
    }
}

/// An app with one question due for review.
fn one_due() -> App {
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
            lapses: 0,
            last_answered: 0,
        },
    );
    app_with(state, 80, 24)
}

#[test]
fn a_review_session_stays_open_under_what_opens_over_it() {
    for opener in &OPENERS {
        let mut app = one_due();
        send(&mut app, &[Action::StartReview]);
        assert!(app.modals.review().is_some());
        let on_review = Mode::of(&app);
        send(&mut app, std::slice::from_ref(opener));
        assert!(in_front(Mode::of(&app)), "{opener:?} opens over the review");
        press(&mut app, KeyCode::Esc);
        assert!(
            app.modals.review().is_some(),
            "{opener:?}: the review stays"
        );
        assert_eq!(Mode::of(&app), on_review, "{opener:?}: back to the review");
    }
}

#[test]
fn esc_in_a_review_session_clears_a_search_highlight_before_closing_it() {
    // A review session started while a search's matches are highlighted in the
    // open item: Esc clears the highlight first, and only then closes the session.
    let mut app = one_due();
    send(&mut app, &[Action::OpenSearch]);
    for c in "the".chars() {
        send(&mut app, &[Action::Input(c)]);
    }
    send(&mut app, &[Action::Confirm, Action::StartReview]);
    assert!(app.modals.review().is_some());
    assert_eq!(app.reader.highlight.as_deref(), Some("the"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.reader.highlight, None,
        "the first Esc clears the highlight"
    );
    assert!(app.modals.review().is_some(), "and leaves the review open");
    press(&mut app, KeyCode::Esc);
    assert!(
        app.modals.review().is_none(),
        "the second Esc closes the review"
    );
}
