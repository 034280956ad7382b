//! The adaptive layout (the outline as an overlay below 100 columns), the mouse
//! (wheel over the pane under the pointer, clicks on outline items and quiz
//! choices) and each theme, as snapshots and as cell styles.

use crate::common::{app, open_item, render, send};
use amphi::app::{Action, App, Focus, Stage, action_for_event, update};
use amphi::theme::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn click(column: u16, row: u16) -> Event {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

/// Maps `event` to an action and applies it, as the run loop does.
fn feed(app: &mut App, event: &Event) -> Option<Action> {
    let action = action_for_event(app, event)?;
    update(app, action.clone());
    Some(action)
}

#[test]
fn below_100_columns_the_outline_opens_over_the_content() {
    let mut app = app(80, 24);
    assert!(app.areas().outline.is_empty(), "closed while reading");
    let width = app.reader.view.width;
    send(&mut app, &[Action::Scroll(4)]);
    let anchor = app.reader.view.anchor();
    insta::assert_snapshot!("overlay_closed_80x24", render(&app, 80, 24));
    send(&mut app, &[Action::SwitchFocus]);
    assert_eq!(app.nav.focus, Focus::Outline);
    assert!(!app.areas().outline.is_empty() && app.areas().outline_overlay);
    assert_eq!(
        app.reader.view.width, width,
        "the content is not re-wrapped under it"
    );
    insta::assert_snapshot!("overlay_open_80x24", render(&app, 80, 24));
    // Esc closes it and the reading position is kept.
    send(&mut app, &[Action::Back]);
    assert_eq!(app.nav.focus, Focus::Content);
    assert_eq!(app.reader.view.anchor(), anchor);
    // `o` opens it too.
    let o = Event::Key(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('o'),
        KeyModifiers::NONE,
    ));
    assert_eq!(feed(&mut app, &o), Some(Action::SwitchFocus));
    assert_eq!(app.nav.focus, Focus::Outline);
}

#[test]
fn the_status_bar_shortens_its_hints_when_narrow() {
    let app = app(80, 24);
    let screen = render(&app, 80, 24);
    let status = screen.lines().last().unwrap();
    assert!(status.contains("o outline"), "{status}");
    assert!(!status.contains("Tab focus"), "{status}");
    let app = crate::common::app(120, 40);
    let screen = render(&app, 120, 40);
    assert!(screen.lines().last().unwrap().contains("Tab focus"));
}

#[test]
fn the_hint_that_opens_the_outline_shows_at_every_width() {
    for w in 40..=200u16 {
        let app = app(w, 24);
        let screen = render(&app, w, 24);
        let status = screen.lines().last().unwrap();
        let hint = if w < 100 { " o outline" } else { " Tab focus" };
        assert!(status.contains(hint), "at {w} columns: {status:?}");
        if w >= 80 {
            assert!(status.contains("? help"), "at {w} columns: {status:?}");
        }
    }
}

/// The outline's rows in `screen`, each without its borders, for an outline
/// pane `width` columns wide at the left of the screen.
fn outline_rows(screen: &str, width: usize) -> Vec<String> {
    screen
        .lines()
        .map(|l| l.chars().take(width).skip(1).collect::<String>())
        .collect()
}

#[test]
fn at_120_columns_the_outline_grows_so_titles_show_whole() {
    let app = app(120, 40);
    let areas = app.areas();
    assert!(
        areas.outline.width > 36,
        "wider than its base 3/10 of the screen: {:?}",
        areas.outline
    );
    assert!(
        areas.outline.width <= 48,
        "at most 2/5 of the screen: {:?}",
        areas.outline
    );
    assert!(
        areas.text.width >= amphi::app::layout::MIN_READING_WIDTH,
        "the content keeps a reading column: {:?}",
        areas.text
    );
    let screen = render(&app, 120, 40);
    let rows = outline_rows(&screen, usize::from(areas.outline.width));
    for title in [
        "1. The exponential web",
        "From the Big Four to the NATU",
        "Knowledge with a short shelf life",
        "Why the course had to be updated",
        "A new social organisation",
        "After biggest, cheapest, closest",
        "Where has the key to buzz gone?",
    ] {
        assert!(
            rows.iter().any(|r| r.contains(title) && r.contains(" min")),
            "{title} whole, with its reading time:\n{}",
            rows.join("\n")
        );
    }
    // Wide enough for every title, and the content still keeps its measure.
    let app = crate::common::app(200, 40);
    let areas = app.areas();
    assert_eq!(areas.outline.width, app.outline_natural);
    assert_eq!(areas.text.width, app.settings.measure);
    let screen = render(&app, 200, 40);
    assert!(
        !outline_rows(&screen, usize::from(areas.outline.width))
            .iter()
            .any(|r| r.contains('…')),
        "no title cut:\n{screen}"
    );
}

#[test]
fn at_50_columns_the_outline_overlay_takes_most_of_the_width() {
    let mut app = app(50, 16);
    let status = render(&app, 50, 16).lines().last().unwrap().to_string();
    assert!(status.contains(" o outline"), "{status:?}");
    send(&mut app, &[Action::SwitchFocus]);
    let outline = app.areas().outline;
    assert_eq!(
        outline.width, 46,
        "all but 4 columns, left for a click that closes it"
    );
    let screen = render(&app, 50, 16);
    let rows = outline_rows(&screen, 46);
    assert!(
        rows.iter()
            .any(|r| r.contains("Why the course had to be updated")),
        "{screen}"
    );
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app(120, 40);
    let outline = app.areas().outline;
    let text = app.areas().text;
    let before = app.nav.selected;
    let down = MouseEventKind::ScrollDown;
    assert_eq!(
        feed(&mut app, &mouse(down, outline.x + 2, outline.y + 3)),
        Some(Action::OutlineScroll(1))
    );
    assert_ne!(app.nav.selected, before, "the outline selection moved");
    assert_eq!(app.reader.view.scroll, 0, "the content did not scroll");
    assert_eq!(
        feed(&mut app, &mouse(down, text.x + 2, text.y + 3)),
        Some(Action::Scroll(3))
    );
    assert_eq!(app.reader.view.scroll, 3);
}

#[test]
fn a_click_on_an_outline_item_opens_it() {
    let mut app = app(120, 40);
    let outline = app.areas().outline;
    // Find the screen row of module 0's second item.
    let target = (0..outline.height)
        .map(|dy| outline.y + dy)
        .find(|&y| amphi::app::layout::outline_item_at(&app, outline, y) == Some((0, 1)))
        .expect("the item is on screen");
    assert_eq!(
        feed(&mut app, &click(outline.x + 5, target)),
        Some(Action::OpenItem(0, 1))
    );
    assert_eq!((app.nav.current, app.nav.focus), ((0, 1), Focus::Content));
    // A click on a module heading does nothing.
    assert_eq!(
        action_for_event(&app, &click(outline.x + 5, outline.y + 1)),
        None
    );
}

#[test]
fn a_click_on_a_quiz_choice_picks_it() {
    let mut app = app(120, 40);
    // The first single-choice question of the course.
    let (mi, qi, qn) = app
        .course
        .items()
        .find_map(|(mi, ii, _, item)| match item {
            amphi::course::Item::Quiz(q) => q
                .questions
                .iter()
                .position(|q| matches!(q.key, amphi::course::AnswerKey::SingleChoice { .. }))
                .map(|qn| (mi, ii, qn)),
            _ => None,
        })
        .unwrap();
    open_item(&mut app, mi, qi);
    send(&mut app, &[Action::Confirm]);
    for _ in 0..qn {
        crate::common::answer_and_go_on(&mut app, true);
    }
    let state = app.current_quiz().unwrap().1;
    assert_eq!(state.stage, Stage::Asking);
    let screen = render(&app, 120, 40);
    let text = app.areas().text;
    let y = screen
        .lines()
        .position(|l| l.contains("( ) 2. "))
        .expect("choice 2 is on screen") as u16;
    assert_eq!(
        feed(&mut app, &click(text.x + 8, y)),
        Some(Action::Choose(2))
    );
    let picked = &app.current_quiz().unwrap().1.picked;
    assert!(!picked.is_empty(), "a choice is picked");
    // A click on the prompt picks nothing.
    assert_eq!(action_for_event(&app, &click(text.x + 1, text.y)), None);
}

fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The bundled course's first screen in `theme`.
fn themed(theme: Theme) -> App {
    let course = amphi::course::load_bundled().unwrap();
    let mut app = App::new(course, amphi::progress::State::default(), theme);
    update(&mut app, Action::Resize(100, 30));
    app
}

#[test]
fn each_theme_and_no_color_snapshot_and_styles() {
    let cases = [
        ("dark", Theme::choose(ThemeName::Dark, None)),
        ("light", Theme::choose(ThemeName::Light, None)),
        (
            "high_contrast",
            Theme::choose(ThemeName::HighContrast, None),
        ),
        ("no_color", Theme::choose(ThemeName::Light, Some("1"))),
    ];
    for (name, theme) in cases {
        let app = themed(theme.clone());
        let buffer = draw(&app, 100, 30);
        insta::assert_snapshot!(
            format!("theme_{name}_100x30"),
            crate::common::screen_text(&buffer)
        );
        // The lesson title (first text row) carries the theme's heading style,
        // and the focused pane's border its focused style.
        let text = app.areas().text;
        let title_cell = &buffer[(text.x, text.y)];
        assert_eq!(
            title_cell.fg,
            theme.heading[0].fg.unwrap_or_default(),
            "{name}: title colour"
        );
        assert!(title_cell.modifier.contains(theme.heading[0].add_modifier));
        let content = app.areas().content;
        let border = &buffer[(content.x, content.y)];
        assert_eq!(
            border.fg,
            theme.border_focused.fg.unwrap_or_default(),
            "{name}: border"
        );
        if name == "no_color" {
            // No cell anywhere has a colour.
            for cell in buffer.content() {
                assert_eq!(cell.fg, ratatui::style::Color::Reset, "{name}: {cell:?}");
                assert_eq!(cell.bg, ratatui::style::Color::Reset, "{name}: {cell:?}");
            }
        }
    }
    // The themes do differ in colour.
    assert_ne!(
        Theme::choose(ThemeName::Dark, None).heading[0],
        Theme::choose(ThemeName::Light, None).heading[0]
    );
}

/// A key press event for `code`, with `modifiers`.
fn key(code: ratatui::crossterm::event::KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(ratatui::crossterm::event::KeyEvent::new(code, modifiers))
}

#[test]
fn only_quit_and_resize_act_while_the_terminal_is_too_small() {
    use ratatui::crossterm::event::KeyCode;
    let mut app = app(120, 40);
    // The first module's quiz, on its intro screen, with the outline focused.
    let quiz = app.course.modules[0]
        .items
        .iter()
        .position(|i| matches!(i, amphi::course::Item::Quiz(_)))
        .unwrap();
    open_item(&mut app, 0, quiz);
    send(&mut app, &[Action::FocusOutline]);
    let before = (
        app.nav.current,
        app.nav.selected,
        app.nav.focus,
        app.modals.overlay(),
    );
    feed(&mut app, &Event::Resize(30, 8));
    assert!(render(&app, 30, 8).contains("Terminal too small"));
    // Keys that would open an item, start the attempt, move or open a panel.
    for code in [
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Tab,
        KeyCode::Char('n'),
        KeyCode::Char('/'),
        KeyCode::Char('?'),
        KeyCode::Char('1'),
    ] {
        assert_eq!(
            feed(&mut app, &key(code, KeyModifiers::NONE)),
            None,
            "{code:?}"
        );
    }
    assert_eq!(feed(&mut app, &click(3, 3)), None, "a click does nothing");
    let wheel = mouse(MouseEventKind::ScrollDown, 3, 3);
    assert_eq!(feed(&mut app, &wheel), None, "the wheel does nothing");
    assert_eq!(feed(&mut app, &Event::Paste("x".into())), None);
    // Nor do actions given to `update` directly (as a config binding would).
    send(
        &mut app,
        &[
            Action::Confirm,
            Action::NextItem,
            Action::SwitchFocus,
            Action::OpenSearch,
        ],
    );
    assert_eq!(
        (
            app.nav.current,
            app.nav.selected,
            app.nav.focus,
            app.modals.overlay()
        ),
        before
    );
    assert!(app.modals.search().is_none());
    assert_eq!(
        app.current_quiz().map(|(_, s)| s.stage),
        Some(Stage::Intro),
        "no attempt started unseen"
    );
    assert!(app.progress().open_attempts.is_empty());
    // Back to a usable size, everything is where it was; q quits from the small screen.
    feed(&mut app, &Event::Resize(120, 40));
    assert_eq!(
        (app.nav.current, app.nav.selected, app.nav.focus),
        (before.0, before.1, before.2)
    );
    feed(&mut app, &Event::Resize(30, 8));
    assert_eq!(
        action_for_event(&app, &key(KeyCode::Char('q'), KeyModifiers::NONE)),
        Some(Action::Quit)
    );
    assert_eq!(
        action_for_event(&app, &key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
}

#[test]
fn a_reader_at_the_end_keeps_the_end_in_view_when_the_terminal_narrows() {
    let mut app = app(120, 40);
    let (w, h) = (120u16, 40u16);
    send(&mut app, &[Action::Bottom]);
    assert!(
        app.reader.view.scroll > 0,
        "the first lesson is longer than a screen"
    );
    let last = |app: &App| {
        let row = app.reader.view.rows.last().unwrap();
        row.line
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect::<String>()
    };
    let end = last(&app);
    assert!(render(&app, w, h).contains(end.trim()));
    // Narrower (two panes, then one), then shorter, then both.
    for (w, h) in [(100u16, 40u16), (80, 40), (60, 40), (60, 20), (45, 12)] {
        update(&mut app, Action::Resize(w, h));
        assert!(app.reader.view.at_end(), "{w}x{h}: still at the end");
        let end = last(&app);
        let screen = render(&app, w, h);
        assert!(
            screen.contains(end.trim()),
            "{w}x{h}: the last line {end:?} is on screen:\n{screen}"
        );
    }
    // A reader who is not at the end keeps the line at the top instead.
    update(&mut app, Action::Resize(120, 40));
    send(&mut app, &[Action::Top, Action::Scroll(3)]);
    let anchor = app.reader.view.anchor();
    update(&mut app, Action::Resize(80, 24));
    assert_eq!(app.reader.view.anchor(), anchor);
}
