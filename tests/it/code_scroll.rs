//! Fenced code is clipped, not wrapped; `>` and `<` scroll the open item's code
//! blocks sideways, with a `…` on each side that hides text.

use crate::common::*;
use amphi::app::{Action, App, CODE_SCROLL_STEP, Mode, update};
use amphi::course::Item;
use amphi::progress::State;
use amphi::theme::Theme;

const BODY: &str = "Some text before the code.\n\n```\nshort line\nlet total = sessions.iter().map(|s| s.minutes_spent_reading).sum::<u64>() + pending_minutes_not_yet_counted_at_all;\n```\n\nAnd after.\n";

fn app_with_code(w: u16, h: u16) -> App {
    let mut course = amphi::course::load_bundled().unwrap();
    let Item::Lesson(l) = &mut course.modules[0].items[0] else {
        panic!("the bundled course starts with a lesson")
    };
    l.body = BODY.into();
    let mut app = App::new(course, State::default(), Theme::plain());
    update(&mut app, Action::Resize(w, h));
    app
}

/// The long code line as shown, without the pane's borders.
fn code_row(screen: &str) -> &str {
    screen
        .lines()
        .find(|l| l.contains("minutes") || l.contains("let total") || l.contains("counted"))
        .expect("the long code line is on screen")
        .trim_matches(|c: char| c == ' ' || c == '┃' || c == '│')
}

#[test]
fn long_code_lines_scroll_sideways_and_back() {
    let mut app = app_with_code(80, 24);
    assert_eq!(Mode::of(&app), Mode::Reading);
    let before = render(&app, 80, 24);
    let row = code_row(&before);
    assert!(row.contains("let total") && row.ends_with('…'), "{row}");
    insta::assert_snapshot!("code_scroll_80x24_before", before);

    send(&mut app, &[Action::ScrollCode(true)]);
    assert_eq!(app.reader.view.hscroll, CODE_SCROLL_STEP);
    let after = render(&app, 80, 24);
    let row = code_row(&after);
    assert!(!row.contains("let total"), "scrolled: {row}");
    assert!(
        row.starts_with("…l = sessions"),
        "marker on the left: {row}"
    );
    assert!(row.ends_with('…'), "still more on the right: {row}");
    assert!(
        after.contains("Some text before the code."),
        "prose does not move"
    );
    assert!(
        after.contains("┃ …ne  "),
        "every line of the block moves together, marked where it hides text"
    );
    insta::assert_snapshot!("code_scroll_80x24_after", after);

    // To the end: the line's tail shows, no marker on the right; no further.
    send(&mut app, &vec![Action::ScrollCode(true); 30]);
    let end = render(&app, 80, 24);
    let row = code_row(&end);
    assert!(row.contains("counted_at_all;"), "{row}");
    let max = app.reader.view.hscroll;
    send(&mut app, &[Action::ScrollCode(true)]);
    assert_eq!(app.reader.view.hscroll, max);

    // Back, and reset when another item opens.
    send(&mut app, &[Action::ScrollCode(false)]);
    assert_eq!(app.reader.view.hscroll, max - CODE_SCROLL_STEP);
    send(&mut app, &[Action::NextItem, Action::PrevItem]);
    assert_eq!(app.reader.view.hscroll, 0);
    assert_eq!(render(&app, 80, 24), before);
}

#[test]
fn angle_brackets_are_the_keys_in_reading_only() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let app = app_with_code(80, 24);
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        amphi::app::action_for_key(Mode::Reading, &app, &key('>')),
        Some(Action::ScrollCode(true))
    );
    assert_eq!(
        amphi::app::action_for_key(Mode::Reading, &app, &key('<')),
        Some(Action::ScrollCode(false))
    );
    assert_ne!(
        amphi::app::action_for_key(Mode::Outline, &app, &key('>')),
        Some(Action::ScrollCode(true))
    );
}

#[test]
fn rebound_code_scroll_keys_scroll_sideways_and_the_old_ones_do_not() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut app = app_with_code(80, 24);
    app.settings.keys =
        amphi::config::parse("c", "keys:\n  code-left: [H]\n  code-right: [L, ctrl-l]\n")
            .unwrap()
            .keys;
    let key = |c, m| Event::Key(KeyEvent::new(KeyCode::Char(c), m));
    let none = KeyModifiers::NONE;
    // Each key press goes through the key map and `update`, as in the app.
    let press = |app: &mut App, event: Event| {
        if let Some(action) = amphi::app::action_for_event(app, &event) {
            update(app, action);
        }
    };
    press(&mut app, key('L', none));
    assert_eq!(app.reader.view.hscroll, CODE_SCROLL_STEP, "L scrolls right");
    press(&mut app, key('l', KeyModifiers::CONTROL));
    assert_eq!(
        app.reader.view.hscroll,
        2 * CODE_SCROLL_STEP,
        "so does ctrl-l"
    );
    press(&mut app, key('>', none));
    press(&mut app, key('<', none));
    assert_eq!(
        app.reader.view.hscroll,
        2 * CODE_SCROLL_STEP,
        "> and < no longer scroll"
    );
    press(&mut app, key('H', none));
    assert_eq!(
        app.reader.view.hscroll, CODE_SCROLL_STEP,
        "H scrolls back left"
    );
    let row = code_row(&render(&app, 80, 24)).to_owned();
    assert!(row.starts_with("…l = sessions"), "{row}");
}
