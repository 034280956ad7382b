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
        let overlay = app.modals.overlay();
        assert!(overlay.is_some(), "{open:?} opens an overlay");
        let max = amphi::app::overlay::max_scroll(&app);
        assert!(max > 2, "{open:?}: taller than 80x24 shows ({max})");

        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(
            (app.modals.overlay(), app.modals.overlay_scroll()),
            (overlay, 2),
            "{open:?}"
        );
        press(&mut app, KeyCode::Up);
        assert_eq!(app.modals.overlay_scroll(), 1);
        press(&mut app, KeyCode::End);
        assert_eq!(
            app.modals.overlay_scroll(),
            max,
            "End goes to the last line"
        );
        press(&mut app, KeyCode::Home);
        assert_eq!(app.modals.overlay_scroll(), 0);
        press(&mut app, KeyCode::PageDown);
        assert!(app.modals.overlay_scroll() > 1);
        press(&mut app, KeyCode::Char('b'));
        assert_eq!(
            app.modals.overlay_scroll(),
            0,
            "b pages up, as the help says"
        );
        press(&mut app, KeyCode::Char(' '));
        assert!(app.modals.overlay_scroll() > 1, "Space pages down");
        assert_eq!(app.modals.overlay(), overlay, "still open after scrolling");

        // Any other key closes it, and does nothing else.
        let current = app.nav.current;
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.modals.overlay(), None, "{open:?} closed");
        assert_eq!(app.nav.current, current, "the key only closed the overlay");
    }
}

/// The overlays and floating windows, each as (what opens it, its title).
const WINDOWS: [(Action, &str); 7] = [
    (Action::ToggleHelp, "Keys"),
    (Action::ToggleAbout, "About this course"),
    (Action::ShowMastery, "Mastery of the objectives"),
    (Action::OpenGlossary, "Glossary"),
    (Action::OpenBookmarks, "Bookmarks"),
    (Action::EditNote, "Note ·"),
    (Action::OpenSearch, "Search the course"),
];

#[test]
fn overlays_open_above_the_status_bar_and_scroll_to_their_last_line() {
    for (w, h) in [(80, 24), (120, 40), (50, 16), (40, 10)] {
        for (open, title) in WINDOWS {
            let mut app = app(w, h);
            update(&mut app, open.clone());
            let screen = render(&app, w, h);
            // The status bar says where the learner is: module 1 of 5.
            assert!(
                screen.lines().last().unwrap().contains("1/5 · "),
                "{title} at {w}x{h} leaves the status bar in view:\n{screen}"
            );
            if app.modals.overlay().is_some() {
                // Scrolled to its end, its last line shows above the status bar.
                update(&mut app, Action::Bottom);
                let screen = render(&app, w, h);
                assert!(
                    screen.contains("Any other key closes this."),
                    "{title} at {w}x{h}, scrolled to its end:\n{screen}"
                );
            }
        }
    }
}

/// The column of each side border of the window titled `title` in `screen`,
/// and the rows from its top border to its bottom one.
fn window(screen: &str, title: &str) -> (usize, usize, std::ops::Range<usize>) {
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let top = rows
        .iter()
        .position(|r| r.iter().collect::<String>().contains(&format!(" {title}")))
        .unwrap_or_else(|| panic!("a window titled {title}:\n{screen}"));
    let label = rows[top].iter().collect::<String>();
    let left = label[..label.find(&format!(" {title}")).unwrap()]
        .chars()
        .count()
        - 1;
    assert!(matches!(rows[top][left], '┏' | '┌'), "{label}");
    let right = (left + 1..rows[top].len())
        .find(|&x| matches!(rows[top][x], '┓' | '┐'))
        .unwrap();
    let bottom = (top + 1..rows.len())
        .find(|&y| matches!(rows[y].get(left), Some('┗' | '└')))
        .unwrap();
    (left, right, top..bottom + 1)
}

/// Asserts that no text of the window titled `title` touches its side borders.
fn assert_padded(screen: &str, title: &str) {
    let (left, right, rows) = window(screen, title);
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let inside = lines
        .iter()
        .enumerate()
        .take(rows.end - 1)
        .skip(rows.start + 1);
    for (y, row) in inside {
        assert!(
            row[left + 1] == ' ' && row[right - 1] == ' ',
            "{title}: text touches a border on row {y}:\n{screen}"
        );
    }
}

#[test]
fn text_keeps_one_column_from_the_borders_in_every_window() {
    for (w, h) in [(80, 24), (120, 40), (50, 16)] {
        for (open, title) in WINDOWS {
            let mut app = app(w, h);
            send(&mut app, &[Action::AddBookmark, open]);
            if title == "Search the course" {
                send(
                    &mut app,
                    &"natu".chars().map(Action::Input).collect::<Vec<_>>(),
                );
            }
            if title == "Note ·" {
                // A line long enough to fill the editor's width.
                send(&mut app, &vec![Action::Input('x'); 200]);
            }
            assert_padded(&render(&app, w, h), title);
        }
    }
}

#[test]
fn the_preview_error_banner_keeps_its_text_off_its_borders() {
    use amphi::course::{Problem, Report};
    let mut app = app(80, 24);
    let long = "a message long enough to wrap over more than one line of the banner, \
                which is as wide as the screen, word after word after word";
    let report = Report {
        problems: vec![Problem::new("course/modules/m.yaml", long).at(Some((3, 8)))],
    };
    update(
        &mut app,
        Action::Reload(amphi::app::Reloaded(Box::new(Err(report)))),
    );
    let screen = render(&app, 80, 24);
    assert_padded(&screen, "Not reloaded");
    assert!(
        screen.contains("word after word"),
        "every line of the message shows:\n{screen}"
    );
    assert!(screen.contains("Showing the last good version"), "{screen}");
}
