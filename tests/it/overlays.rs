//! Overlays (help, about, mastery): the keys their footer names ("↑↓ scroll")
//! scroll them, from the keyboard as from the mouse; any other key closes them.

use crate::common::*;
use amphi::app::{Action, App, action_for_event, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = action_for_event(app, &event) {
        update(app, action);
    }
}

#[test]
fn arrows_pages_and_ends_scroll_an_overlay_and_other_keys_close_it() {
    for open in [Action::ToggleHelp, Action::ToggleAbout, Action::ShowMastery] {
        let mut app = app(80, 24);
        update(&mut app, open.clone());
        let overlay = app.overlay;
        assert!(overlay.is_some(), "{open:?} opens an overlay");
        let max = amphi::ui::overlay_max_scroll(&app);
        assert!(max > 2, "{open:?}: taller than 80x24 shows ({max})");

        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Char('j'));
        assert_eq!((app.overlay, app.overlay_scroll), (overlay, 2), "{open:?}");
        press(&mut app, KeyCode::Up);
        assert_eq!(app.overlay_scroll, 1);
        press(&mut app, KeyCode::End);
        assert_eq!(app.overlay_scroll, max, "End goes to the last line");
        press(&mut app, KeyCode::Home);
        assert_eq!(app.overlay_scroll, 0);
        press(&mut app, KeyCode::PageDown);
        assert!(app.overlay_scroll > 1);
        press(&mut app, KeyCode::Char('b'));
        assert_eq!(app.overlay_scroll, 0, "b pages up, as the help says");
        press(&mut app, KeyCode::Char(' '));
        assert!(app.overlay_scroll > 1, "Space pages down");
        assert_eq!(app.overlay, overlay, "still open after scrolling");

        // Any other key closes it, and does nothing else.
        let current = app.current;
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.overlay, None, "{open:?} closed");
        assert_eq!(app.current, current, "the key only closed the overlay");
    }
}
