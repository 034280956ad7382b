//! Pictures drawn with the terminal's graphics protocol (docs/course-format.md
//! "Images", docs/architecture.md "Images"): a picture wholly in the content
//! pane is drawn as the protocol's escape sequence (kitty, iTerm2, sixel) made
//! from its pixels on the preparing thread; one partly scrolled out is drawn
//! with half-blocks; nothing of it is left in the frame once it has scrolled
//! away; no size panics.

use std::path::Path;
use std::sync::Arc;

use amphi::app::images::{ImageMode, ImageStore, Protocol};
use amphi::app::{Action, App, Effect, PreparedText, update};
use amphi::course::{CourseFiles, DirFiles};
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use crate::images::{course_with, png};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn prepare(app: &mut App, effects: Vec<Effect>) {
    for effect in effects {
        if let Effect::Prepare(jobs) = effect {
            for job in jobs {
                let more = update(app, Action::Prepared(PreparedText(Box::new(job.run()))));
                prepare(app, more);
            }
        }
    }
}

fn act(app: &mut App, action: Action) {
    let effects = update(app, action);
    prepare(app, effects);
}

fn graphics(protocol: Protocol) -> ImageMode {
    ImageMode::Graphics {
        protocol,
        cell: (10, 20),
    }
}

fn app_on(dir: &Path, mode: ImageMode, w: u16, h: u16) -> App {
    let course = amphi::course::load_dir(dir).expect("the course is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    let files: Arc<dyn CourseFiles + Send + Sync> = Arc::new(DirFiles::new(dir));
    app.images = Arc::new(ImageStore::new(Some(files), mode));
    act(&mut app, Action::Resize(w, h));
    app
}

fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// Every cell's symbol, joined: where escape sequences show.
fn symbols(buffer: &Buffer) -> String {
    buffer.content.iter().map(|c| c.symbol()).collect()
}

fn half_blocks(buffer: &Buffer) -> usize {
    buffer.content.iter().filter(|c| c.symbol() == "▀").count()
}

/// The start of each protocol's sequence as drawn the first time (kitty's
/// transmits the picture, once).
fn signature(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Kitty => "\x1b_G",
        Protocol::Iterm2 => "\x1b]1337;File=",
        Protocol::Sixel => "\x1bP",
    }
}

/// What shows the picture is drawn in each frame: kitty's unicode placeholder
/// after its first frame.
fn drawn(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Kitty => "\u{10EEEE}",
        p => signature(p),
    }
}

/// The text a terminal would show after writing the frame over an empty
/// screen: the symbols ratatui's diff writes, escape sequences left out. A
/// sequence counted as wide as its text would hide what follows it.
fn written(buffer: &Buffer) -> String {
    let empty = Buffer::empty(buffer.area);
    empty
        .diff(buffer)
        .into_iter()
        .map(|(_, _, c)| c.symbol())
        .filter(|s| !s.contains('\x1b'))
        .collect()
}

const PROTOCOLS: [Protocol; 3] = [Protocol::Kitty, Protocol::Iterm2, Protocol::Sixel];

/// A lesson: a line, a picture of 6×5 cells (48×80 pixels), a line, then
/// enough lines to scroll.
fn short_course() -> tempfile::TempDir {
    let more: String = (1..=60).map(|n| format!("\n\nLine {n}.")).collect();
    course_with(
        &format!("Before the picture.\n\n![a tall bar](bar.png)\n\nAfter the picture.{more}"),
        &[("bar.png", png(48, 80))],
    )
}

#[test]
fn a_whole_picture_is_drawn_with_the_terminals_protocol() {
    let dir = short_course();
    for protocol in PROTOCOLS {
        for (w, h) in SIZES {
            let app = app_on(dir.path(), graphics(protocol), w, h);
            let buffer = draw(&app, w, h);
            let all = symbols(&buffer);
            assert!(
                all.contains(signature(protocol)),
                "{protocol:?} {w}x{h}: no {:?} in the frame",
                signature(protocol)
            );
            if protocol == Protocol::Kitty {
                // kitty's unicode placeholders: the picture's cells are text.
                assert!(all.contains('\u{10EEEE}'), "{protocol:?} {w}x{h}");
            }
            assert_eq!(half_blocks(&buffer), 0, "{protocol:?} {w}x{h}");
            // The caption and the text after the picture are written too.
            let text = written(&buffer);
            // (The diff leaves out spaces over an empty screen.)
            assert!(
                text.contains("Afterthepicture."),
                "{protocol:?} {w}x{h}: {text}"
            );
            assert!(text.contains("a tall bar"), "{protocol:?} {w}x{h}: {text}");
        }
    }
}

#[test]
fn a_picture_partly_scrolled_out_falls_back_to_half_blocks() {
    let dir = short_course();
    for protocol in PROTOCOLS {
        for (w, h) in SIZES {
            let mut app = app_on(dir.path(), graphics(protocol), w, h);
            // Scroll until the picture's first row has left the pane.
            let mut cut = false;
            for _ in 0..6 {
                act(&mut app, Action::Scroll(1));
                let buffer = draw(&app, w, h);
                let all = symbols(&buffer);
                let blocks = half_blocks(&buffer);
                if blocks > 0 {
                    // Partly shown: half-blocks, and no protocol sequence at all.
                    assert!(!all.contains('\x1b'), "{protocol:?} {w}x{h}");
                    assert!(blocks < 6 * 5, "{protocol:?} {w}x{h}: {blocks}");
                    cut = true;
                    break;
                }
                assert!(all.contains(drawn(protocol)), "{protocol:?} {w}x{h}");
            }
            assert!(cut, "{protocol:?} {w}x{h}: the picture never showed cut");
        }
    }
}

#[test]
fn a_picture_taller_than_the_pane_is_never_cut_in_a_protocol() {
    // 48×800 pixels: 6×50 cells, taller than either screen.
    let dir = course_with("![a mast](mast.png)", &[("mast.png", png(48, 800))]);
    for protocol in PROTOCOLS {
        for (w, h) in SIZES {
            let app = app_on(dir.path(), graphics(protocol), w, h);
            let buffer = draw(&app, w, h);
            assert!(!symbols(&buffer).contains('\x1b'), "{protocol:?} {w}x{h}");
            assert!(half_blocks(&buffer) > 0, "{protocol:?} {w}x{h}");
        }
    }
}

#[test]
fn nothing_of_the_picture_is_left_when_another_item_opens() {
    // A course of two lessons: the picture in the first.
    let dir = short_course();
    let modules = dir.path().join("modules/m.yaml");
    let mut yaml = std::fs::read_to_string(&modules).unwrap();
    yaml.push_str("  - kind: lesson\n    id: l2\n    title: Second\n    body: Only words.\n");
    std::fs::write(&modules, yaml).unwrap();
    for protocol in PROTOCOLS {
        let (w, h) = (80, 24);
        let mut app = app_on(dir.path(), graphics(protocol), w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
        assert!(symbols(terminal.backend().buffer()).contains(drawn(protocol)));
        act(&mut app, Action::FocusOutline);
        act(&mut app, Action::Down);
        act(&mut app, Action::Confirm);
        assert_eq!(app.nav.current, (0, 1));
        terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
        let buffer = terminal.backend().buffer();
        let all = symbols(buffer);
        assert!(!all.contains('\x1b'), "{protocol:?}");
        assert!(!all.contains('\u{10EEEE}'), "{protocol:?}");
        // ratatui-image 10 marks the cells under a picture with `Cell::skip`.
        #[allow(deprecated)]
        let skipped = buffer.content.iter().any(|c| c.skip);
        assert!(!skipped, "{protocol:?}");
    }
}

#[test]
fn no_size_panics_with_a_protocol() {
    let dir = short_course();
    for protocol in PROTOCOLS {
        for (w, h) in [
            (1, 1),
            (2, 3),
            (10, 4),
            (20, 8),
            (33, 7),
            (80, 24),
            (200, 60),
        ] {
            let mut app = app_on(dir.path(), graphics(protocol), w, h);
            draw(&app, w, h);
            act(&mut app, Action::Scroll(3));
            draw(&app, w, h);
        }
    }
}

#[test]
fn an_unknown_amphi_image_protocol_stops_amphi_with_its_name() {
    let out = crate::common::isolated::amphi()
        .env("AMPHI_IMAGE_PROTOCOL", "x11")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "AMPHI_IMAGE_PROTOCOL: unknown value `x11`: expected auto, kitty, iterm2, sixel or halfblocks"
        ),
        "{err}"
    );
}
