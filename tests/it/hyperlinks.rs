//! Clickable links (OSC 8): where the content pane's links are on the screen,
//! that the frame is the same with hyperlinks on or off, what the event loop
//! writes, and the real binary in tmux.

use std::collections::BTreeMap;

use crate::common::SharedBuf;
use crate::common::tmux::{BIN, Tmux, sh_quote};
use amphi::app::{Action, App, update};
use amphi::course::Item;
use amphi::hyperlink::{CLOSE, LinkRegion};
use amphi::progress::State;
use amphi::ui::links::visible;
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

const CHANGE: &str = "https://www.change.org";
const AVAAZ: &str = "https://www.avaaz.org";

/// The bundled lesson with the change.org and Avaaz links, opened, scrolled down
/// until both links show, hyperlinks on.
fn civic_tech_app(w: u16, h: u16) -> App {
    let mut app = crate::common::app(w, h);
    let (mi, ii) = app
        .course
        .items()
        .find(|(_, _, _, item)| matches!(item, Item::Lesson(l) if l.body.contains("(https://www.change.org)")))
        .map(|(m, i, _, _)| (m, i))
        .expect("the bundled course links to change.org");
    crate::common::open_item(&mut app, mi, ii);
    app.settings.hyperlinks = true;
    for _ in 0..200 {
        let targets: Vec<String> = visible(&app)
            .iter()
            .map(|r| r.target.as_str().to_string())
            .collect();
        if targets.iter().any(|t| t == CHANGE) && targets.iter().any(|t| t == AVAAZ) {
            return app;
        }
        update(&mut app, Action::Down);
    }
    panic!("the links never showed at {w}x{h}");
}

fn draw(app: &App) -> Buffer {
    let (w, h) = app.terminal.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The text of the cells of `r`.
fn region_text(buffer: &Buffer, r: &LinkRegion) -> String {
    let mut row = Buffer::empty(Rect::new(0, 0, r.width, 1));
    for dx in 0..r.width {
        row[(dx, 0)] = buffer[(r.x + dx, r.y)].clone();
    }
    crate::common::screen_text(&row)
        .trim_end_matches('\n')
        .to_string()
}

#[test]
fn link_regions_cover_the_link_text_and_its_address() {
    for (w, h) in [(80, 24), (120, 40), (60, 20)] {
        let app = civic_tech_app(w, h);
        let buffer = draw(&app);
        let mut by_target: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for r in visible(&app) {
            by_target
                .entry(r.target.as_str().to_string())
                .or_default()
                .push(region_text(&buffer, &r));
        }
        // Each link: its words, then its address (which may wrap).
        assert_eq!(
            by_target[CHANGE].concat(),
            format!("change.org{CHANGE}"),
            "{w}x{h}"
        );
        assert_eq!(
            by_target[AVAAZ].concat(),
            format!("Avaaz{AVAAZ}"),
            "{w}x{h}"
        );
        // And the regions sit inside the content pane's text area.
        let text = app.areas().text;
        for r in visible(&app) {
            assert!(r.x >= text.x && r.x + r.width <= text.right(), "{r:?}");
            assert!(r.y >= text.y && r.y < text.bottom(), "{r:?}");
        }
    }
}

#[test]
fn the_frame_is_the_same_with_hyperlinks_on_or_off() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = civic_tech_app(w, h);
        let on = draw(&app);
        app.settings.hyperlinks = false;
        assert!(visible(&app).is_empty(), "off: no regions");
        let off = draw(&app);
        assert_eq!(on, off, "{w}x{h}");
    }
}

#[test]
fn no_regions_under_whatever_covers_the_content() {
    let mut app = civic_tech_app(120, 40);
    assert!(!visible(&app).is_empty());
    for toggle in [Action::ToggleHelp, Action::ToggleAbout] {
        update(&mut app, toggle.clone());
        assert!(visible(&app).is_empty(), "{toggle:?}");
        update(&mut app, toggle);
        assert!(!visible(&app).is_empty());
    }
    update(&mut app, Action::OpenSearch);
    assert!(visible(&app).is_empty(), "search");
    let mut app = civic_tech_app(120, 40);
    app.settings.plain = true;
    assert!(visible(&app).is_empty(), "plain mode");
}

fn key(c: char) -> std::io::Result<Event> {
    Ok(Event::Key(KeyEvent::from(KeyCode::Char(c))))
}

/// The event loop, through the crossterm backend: each frame's links are written
/// as OSC 8 around the cells they cover, and every link is closed. (Links that
/// leave the screen are written again without the link: see the unit tests of
/// `Hyperlinker`.)
#[test]
fn the_event_loop_writes_the_links_of_each_frame() {
    let mut app = civic_tech_app(120, 40);
    let written = SharedBuf::default();
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 120, 40)),
    };
    let mut terminal =
        Terminal::with_options(CrosstermBackend::new(written.clone()), options).unwrap();
    let mut save = |_: &State| Ok(None);
    // A frame with the links on screen, one more after `j`, then quit.
    amphi::tui::run(&mut terminal, &mut app, [key('j'), key('q')], &mut save).unwrap();
    let text = String::from_utf8(written.0.lock().unwrap().clone()).unwrap();
    let open = format!("\u{1b}]8;;{CHANGE}\u{1b}\\");
    let opened = text.matches("\u{1b}]8;;h").count() + text.matches("\u{1b}]8;;m").count();
    assert!(text.contains(&open), "change.org linked");
    assert_eq!(text.matches(CLOSE).count(), opened, "every link closed");
    // Inside the link: the cursor goes to the link's cells and they are written.
    let inside = &text[text.find(&open).unwrap() + open.len()..];
    let inside = &inside[..inside.find(CLOSE).unwrap()];
    assert!(inside.contains("change.org"), "{inside:?}");
    assert!(text.matches(&open).count() >= 2, "written with each frame");
}

/// The real binary in tmux, hyperlinks on (the default): the lesson reads the
/// same as with them off. tmux may keep or drop the OSC 8 sequences; either way
/// nothing of them may show, and the screen text must be the same.
#[test]
fn in_tmux_the_screen_reads_the_same_with_hyperlinks_on_and_off() {
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut screens = Vec::new();
        for mode in ["never", "always"] {
            let t = Tmux::new("links");
            let config = t.path("config.yaml");
            std::fs::write(&config, format!("hyperlinks: {mode}\n")).unwrap();
            t.start_command(
                w,
                h,
                &format!(
                    "env AMPHI_STATE={} AMPHI_CONFIG={} {}",
                    sh_quote(&t.path("state.json").to_string_lossy()),
                    sh_quote(&config.to_string_lossy()),
                    sh_quote(BIN)
                ),
            );
            t.wait_for(&["help"]);
            // Search for the lesson and open it at the match.
            t.keys(&["/"]);
            t.type_text("Avaaz");
            t.wait_for(&["Avaaz"]);
            t.keys(&["Enter"]);
            // The lesson (module 3) open at the match, the search closed, and
            // the screen settled (the same twice in a row).
            let last = std::cell::RefCell::new(String::new());
            let screen = t.wait_until("the lesson at the match, settled", |s| {
                let settled = *last.borrow() == s;
                last.replace(s.to_string());
                settled
                    && s.contains("(https://www.avaaz.org)")
                    && s.contains("3/6")
                    && !s.contains("Search the course")
            });
            assert!(!screen.contains("8;;"), "no sequence shows:\n{screen}");
            assert!(!screen.contains('␛'), "{screen}");
            screens.push(screen);
            t.keys(&["q"]);
            assert_eq!(t.wait_exit(), 0);
        }
        assert_eq!(screens[0], screens[1], "{w}x{h}: never vs always");
    }
}

#[test]
fn the_config_file_sets_hyperlinks() {
    use amphi::config::{Config, default_text, parse};
    use amphi::hyperlink::HyperlinkMode;
    assert_eq!(Config::default().hyperlinks, HyperlinkMode::Auto);
    assert_eq!(
        parse("c.yaml", &default_text()).unwrap().hyperlinks,
        HyperlinkMode::Auto
    );
    for (text, mode) in [
        ("hyperlinks: never\n", HyperlinkMode::Never),
        ("hyperlinks: always\n", HyperlinkMode::Always),
        ("theme: light\nhyperlinks: auto\n", HyperlinkMode::Auto),
    ] {
        assert_eq!(parse("c.yaml", text).unwrap().hyperlinks, mode, "{text}");
    }
    let e = parse("c.yaml", "theme: dark\nhyperlinks: true\n").unwrap_err();
    assert_eq!(e.at, Some((2, 13)), "at the value");
    assert!(
        e.message
            .to_string()
            .starts_with("hyperlinks: expected auto, always or never, not `true`"),
        "{e}"
    );
}
