//! Bookmarks: marking the place being read, listing, jumping back, deleting, and
//! keeping them in the state file.

use crate::common::*;
use amphi::app::{Action, Effect, Mode, Panel};
use amphi::progress::State;

#[test]
fn m_marks_the_first_line_shown_with_a_label() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::Down, Action::Down, Action::Down]);
    let anchor = app.reader.view.anchor();
    let effects = send(&mut app, &[Action::AddBookmark]);
    assert!(
        effects.contains(&Effect::Save),
        "a bookmark is saved at once"
    );
    let marks = &app.progress().bookmarks;
    assert_eq!(marks.len(), 1);
    let b = &marks[0];
    let item = &app.course.modules[0].items[0];
    assert_eq!(
        (b.module.as_str(), b.item.as_str()),
        (app.course.modules[0].id.as_str(), item.id())
    );
    assert_eq!(b.anchor, anchor);
    assert!(b.label.starts_with(item.title()), "{}", b.label);
    assert!(
        b.label.len() > item.title().len(),
        "the label has words of the line: {}",
        b.label
    );
    assert_eq!(b.created_at, NOW);
    // The same place twice is one bookmark.
    let effects = send(&mut app, &[Action::AddBookmark]);
    assert!(!effects.contains(&Effect::Save));
    assert_eq!(app.progress().bookmarks.len(), 1);
    assert!(app.notice.as_deref().unwrap().contains("already"));
}

#[test]
fn the_list_jumps_back_and_deletes() {
    let mut app = app(120, 40);
    send(
        &mut app,
        &[Action::Down, Action::Down, Action::Down, Action::Down],
    );
    let (place, scroll) = (app.nav.current, app.reader.view.scroll);
    send(&mut app, &[Action::AddBookmark]);
    // Elsewhere in the course, then back through the list.
    send(
        &mut app,
        &[Action::NextItem, Action::NextItem, Action::AddBookmark],
    );
    assert_ne!(app.nav.current, place);
    send(&mut app, &[Action::OpenBookmarks]);
    assert_eq!(Mode::of(&app), Mode::List);
    assert_eq!(app.modals.panel(), Some(&Panel::Bookmarks { selected: 0 }));
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.panel().is_none());
    assert_eq!((app.nav.current, app.reader.view.scroll), (place, scroll));
    // d deletes the selected one and saves.
    send(&mut app, &[Action::OpenBookmarks, Action::Down]);
    let effects = send(&mut app, &[Action::DeleteEntry]);
    assert!(effects.contains(&Effect::Save));
    assert_eq!(app.progress().bookmarks.len(), 1);
    assert_eq!(app.modals.panel(), Some(&Panel::Bookmarks { selected: 0 }));
    send(&mut app, &[Action::Back]);
    assert!(app.modals.panel().is_none());
}

#[test]
fn bookmarks_survive_a_save_and_old_state_files_load() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::Down, Action::AddBookmark]);
    let json = serde_json::to_string(&app.state).unwrap();
    let back: State = serde_json::from_str(&json).unwrap();
    assert_eq!(back, app.state);
    // A state file written before bookmarks and notes existed.
    let old = r#"{"version":1,"courses":{"c":{"read":{"m/a":5}}}}"#;
    let old: State = serde_json::from_str(old).unwrap();
    assert!(old.courses["c"].bookmarks.is_empty() && old.courses["c"].notes.is_empty());
}

#[test]
fn a_bookmark_to_a_removed_item_says_so() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::AddBookmark]);
    app.progress_mut().bookmarks[0].item = "gone".into();
    let at = app.nav.current;
    send(&mut app, &[Action::OpenBookmarks, Action::Confirm]);
    assert_eq!(app.nav.current, at);
    assert!(app.notice.as_deref().unwrap().contains("no longer"));
    assert!(render(&app, 120, 40).contains("no longer"));
}

#[test]
fn bookmarks_list_screens() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        send(&mut app, &[Action::Down, Action::Down, Action::AddBookmark]);
        send(
            &mut app,
            &[
                Action::NextItem,
                Action::AddBookmark,
                Action::OpenBookmarks,
                Action::Down,
            ],
        );
        insta::assert_snapshot!(format!("bookmarks_{w}x{h}"), render(&app, w, h));
        let mut empty = app_with(State::default(), w, h);
        send(&mut empty, &[Action::OpenBookmarks]);
        insta::assert_snapshot!(format!("bookmarks_empty_{w}x{h}"), render(&empty, w, h));
    }
}
