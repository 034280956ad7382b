//! Images in course text (`tests/fixtures/valid/images`, docs/course-format.md
//! "Images"): drawn with half-blocks in the content pane at 80x24 and 120x40,
//! their alt text as a caption; `[image: alt]` in plain mode, with images off,
//! for a missing file, a remote address and a path outside the folder; pictures
//! decoded on the preparing thread and scaled once per width; the bundled-course
//! path (embedded bytes); hostile files; `amphi check`'s warnings.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use amphi::app::images::{ImageMode, ImageStore};
use amphi::app::{Action, App, Effect, PreparedText, update};
use amphi::course::{CourseFiles, DirFiles};
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use crate::common::screen_text;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/images")
}

/// Carries out the texts to prepare among `effects` as the run loop does in
/// tests (inline), feeding each result back.
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

/// Applies `action` and prepares what it asks for.
fn act(app: &mut App, action: Action) {
    let effects = update(app, action);
    prepare(app, effects);
}

/// Opens module `m` item `i` through the outline, preparing what each key asks.
fn open(app: &mut App, m: usize, i: usize) {
    act(app, Action::FocusOutline);
    act(app, Action::Top);
    while app.nav.selected != (m, i) {
        act(app, Action::Down);
    }
    act(app, Action::Confirm);
    assert_eq!(app.nav.current, (m, i));
}

/// An app on the course in `dir` with images shown as `mode`, laid out for
/// `w`×`h`, its pictures prepared.
fn app_on(dir: &Path, mode: ImageMode, w: u16, h: u16, plain: bool) -> App {
    let course = amphi::course::load_dir(dir).expect("the course is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    app.settings.plain = plain;
    let files: Arc<dyn CourseFiles + Send + Sync> = Arc::new(DirFiles::new(dir));
    app.images = Arc::new(ImageStore::new(Some(files), mode));
    act(&mut app, Action::Resize(w, h));
    app
}

fn draw(app: &App, w: u16, h: u16) -> (String, ratatui::buffer::Buffer) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (screen_text(&buffer), buffer)
}

/// The colours of the first `▀` cell found on the screen: (upper, lower pixel).
fn first_half_block(buffer: &ratatui::buffer::Buffer) -> Option<(Color, Color)> {
    buffer
        .content
        .iter()
        .find(|c| c.symbol() == "▀")
        .map(|c| (c.fg, c.bg))
}

#[test]
fn pictures_are_drawn_with_half_blocks_and_captioned() {
    for (w, h) in SIZES {
        let app = app_on(&fixture(), ImageMode::HalfBlocks, w, h, false);
        let (screen, buffer) = draw(&app, w, h);
        insta::assert_snapshot!(format!("images_lesson_{w}x{h}"), screen);
        // The PNG (48×32 pixels: 6×2 cells) is red on its left, blue on its right.
        assert!(screen.contains("▀▀▀▀▀▀"), "{screen}");
        assert!(!screen.contains("[image:"), "{screen}");
        assert!(
            screen.contains("Red and blue bars: the two camps"),
            "{screen}"
        );
        assert_eq!(
            first_half_block(&buffer),
            Some((Color::Rgb(220, 30, 30), Color::Rgb(220, 30, 30)))
        );
        let blue = buffer
            .content
            .iter()
            .filter(|c| c.symbol() == "▀")
            .nth(3)
            .map(|c| c.fg);
        assert_eq!(blue, Some(Color::Rgb(30, 60, 220)));
    }
}

#[test]
fn a_gif_shows_its_first_frame_from_a_body_file() {
    let (w, h) = (80, 24);
    let mut app = app_on(&fixture(), ImageMode::HalfBlocks, w, h, false);
    open(&mut app, 0, 1);
    let (screen, buffer) = draw(&app, w, h);
    assert!(screen.contains("A yellow badge"), "{screen}");
    // The first frame is yellow; the second (magenta) is never shown.
    assert_eq!(
        first_half_block(&buffer),
        Some((Color::Rgb(240, 220, 20), Color::Rgb(240, 220, 20))),
        "{screen}"
    );
}

#[test]
fn plain_mode_and_images_off_show_the_alt_text() {
    for (w, h) in SIZES {
        // `--plain` turns images off whatever the setting.
        let mode = amphi::app::images::ImageSetting::Always.mode(true, false);
        let app = app_on(&fixture(), mode, w, h, true);
        let (screen, _) = draw(&app, w, h);
        insta::assert_snapshot!(format!("images_lesson_plain_{w}x{h}"), screen);
        assert!(screen.contains("[image: Red and blue bars: the two camps]"));
        assert!(!screen.contains('▀'), "{screen}");
    }
    // `images: never` (and NO_COLOR under `auto`): the text form.
    let app = app_on(&fixture(), ImageMode::Off, 80, 24, false);
    let (screen, _) = draw(&app, 80, 24);
    assert!(screen.contains("[image: Red and blue bars: the two camps]"));
    assert!(!screen.contains('▀'), "{screen}");
    use amphi::app::images::ImageSetting;
    assert_eq!(ImageSetting::Auto.mode(false, true), ImageMode::Off);
    assert_eq!(
        ImageSetting::Always.mode(false, true),
        ImageMode::HalfBlocks
    );
    assert_eq!(ImageSetting::Always.mode(true, false), ImageMode::Off);
    assert_eq!(ImageSetting::Never.mode(false, false), ImageMode::Off);
    assert_eq!(ImageSetting::Auto.mode(false, false), ImageMode::HalfBlocks);
}

#[test]
fn missing_remote_and_outside_images_show_their_alt_text() {
    let (w, h) = (80, 30);
    let mut app = app_on(&fixture(), ImageMode::HalfBlocks, w, h, false);
    open(&mut app, 0, 2);
    let (screen, _) = draw(&app, w, h);
    for alt in [
        "[image: A chart that is missing]",
        "[image: A remote photo]",
        "[image: Outside the course]",
    ] {
        assert!(screen.contains(alt), "{alt}:\n{screen}");
    }
    assert!(!screen.contains('▀'), "{screen}");
    assert!(app.images.failure("figures/missing.png").is_some());
    assert!(
        app.images
            .failure("https://example.org/photo.png")
            .is_some()
    );
}

/// A course of one lesson whose body is `body`, with `files` beside it.
pub(crate) fn course_with(body: &str, files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("modules")).unwrap();
    std::fs::write(
        root.join("course.yaml"),
        "id: pics\ntitle: Pics\nlanguage: en\nversion: \"1\"\nmodules:\n  - modules/m.yaml\n",
    )
    .unwrap();
    let indented: String = body.lines().map(|l| format!("      {l}\n")).collect();
    std::fs::write(
        root.join("modules/m.yaml"),
        format!(
            "id: m\ntitle: M\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: |\n{indented}"
        ),
    )
    .unwrap();
    for (name, bytes) in files {
        std::fs::write(root.join(name), bytes).unwrap();
    }
    dir
}

pub(crate) fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(w, h, |x, y| {
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 128, 255])
    });
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

#[test]
fn a_wide_picture_fits_the_pane_and_is_scaled_once_per_width() {
    // 1600×400 pixels: 200×25 cells at its natural size.
    let dir = course_with(
        "Wide:\n\n![wide](wide.png)\n\nAfter.",
        &[("wide.png", png(1600, 400))],
    );
    let mut app = app_on(dir.path(), ImageMode::HalfBlocks, 80, 24, false);
    let width = app.reader.view.width;
    let block = app
        .reader
        .view
        .doc
        .blocks
        .iter()
        .find(|b| b.image.is_some())
        .unwrap()
        .clone();
    assert_eq!(block.image.as_ref().unwrap().cells, Some((200, 25)));
    let (left, cols, rows) = block.picture(width).unwrap();
    assert_eq!((left, cols), (0, width), "as wide as the pane");
    assert_eq!(
        rows,
        (25 * width).div_ceil(200),
        "rows in proportion, a whole number"
    );
    assert!(app.images.scaled("wide.png", cols, rows).is_some());
    let made = app.images.scaled_count();
    // The same width again: nothing new is scaled.
    act(&mut app, Action::Resize(80, 30));
    assert_eq!(app.images.scaled_count(), made);
    // Another width: one more copy, at that width.
    act(&mut app, Action::Resize(120, 40));
    let wider = app.reader.view.width;
    assert_ne!(wider, width);
    assert_eq!(app.images.scaled_count(), made + 1);
    let (_, c, r) = block.picture(wider).unwrap();
    assert!(app.images.scaled("wide.png", c, r).is_some());
    // Its rows scroll like any block: scrolled half out, the rest still draws.
    act(&mut app, Action::Scroll(3));
    let (screen, _) = draw(&app, 120, 40);
    assert!(screen.contains('▀'), "{screen}");
}

#[test]
fn opening_a_lesson_never_decodes_a_picture_on_the_key_press() {
    let dir = course_with("![wide](wide.png)", &[("wide.png", png(160, 40))]);
    let course = amphi::course::load_dir(dir.path()).unwrap();
    let mut app = App::new(course, State::default(), Theme::plain());
    let files: Arc<dyn CourseFiles + Send + Sync> = Arc::new(DirFiles::new(dir.path()));
    app.images = Arc::new(ImageStore::new(Some(files), ImageMode::HalfBlocks));
    // The key's own work: the picture is not decoded, its text form shows, and
    // a job to prepare it is returned.
    let effects = update(&mut app, Action::Resize(80, 24));
    assert!(app.images.scaled_count() == 0);
    let (screen, _) = draw(&app, 80, 24);
    assert!(screen.contains("[image: wide]"), "{screen}");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Prepare(j) if !j.is_empty())),
        "{effects:?}"
    );
    // Once prepared, the picture shows.
    prepare(&mut app, effects);
    let (screen, _) = draw(&app, 80, 24);
    assert!(screen.contains('▀'), "{screen}");
}

/// CRC-32 (as PNG chunks use it) of `bytes`.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A 1×1 PNG whose header claims `w`×`h` pixels (its checksum fixed).
fn claims(w: u32, h: u32) -> Vec<u8> {
    let mut bytes = png(1, 1);
    bytes[16..20].copy_from_slice(&w.to_be_bytes());
    bytes[20..24].copy_from_slice(&h.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

#[test]
fn hostile_images_show_their_alt_text_without_panic() {
    let full = png(64, 64);
    // The header claims 100000×100000 pixels: refused before decoding.
    let huge = claims(100_000, 100_000);
    let dir = course_with(
        "![cut](cut.png)\n\n![huge](huge.png)\n\n![svg](a.svg)\n\n![text](t.png)",
        &[
            ("cut.png", full[..full.len() / 2].to_vec()),
            ("huge.png", huge),
            (
                "a.svg",
                b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(),
            ),
            ("t.png", b"not a picture".to_vec()),
        ],
    );
    for (w, h) in [(80, 24), (1, 1), (20, 5), (200, 60)] {
        let app = app_on(dir.path(), ImageMode::HalfBlocks, w, h, false);
        let (screen, _) = draw(&app, w, h);
        if w == 80 {
            for alt in ["cut", "huge", "svg", "text"] {
                assert!(screen.contains(&format!("[image: {alt}]")), "{screen}");
            }
        }
    }
    let app = app_on(dir.path(), ImageMode::HalfBlocks, 80, 24, false);
    assert!(
        app.images
            .failure("huge.png")
            .unwrap()
            .contains("too large")
    );
    assert!(app.images.failure("a.svg").unwrap().contains("SVG"));
}

static EMBEDDED: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/tests/fixtures/valid/images");

#[test]
fn an_embedded_course_draws_its_pictures_from_the_embedded_bytes() {
    let files = amphi::course::EmbeddedFiles::new(&EMBEDDED, "<embedded>");
    let course = amphi::course::load(&files).expect("valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    app.images = Arc::new(ImageStore::new(
        Some(Arc::new(files)),
        ImageMode::HalfBlocks,
    ));
    act(&mut app, Action::Resize(80, 24));
    let (screen, buffer) = draw(&app, 80, 24);
    assert!(screen.contains("▀▀▀▀▀▀"), "{screen}");
    assert_eq!(
        first_half_block(&buffer),
        Some((Color::Rgb(220, 30, 30), Color::Rgb(220, 30, 30)))
    );
}

#[test]
fn check_warns_about_missing_remote_and_outside_images() {
    let out = crate::common::isolated::amphi()
        .arg("check")
        .arg(fixture())
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "warnings only: {text}");
    assert!(text.contains(
        "modules/01-pictures.yaml:28:7: warning: lesson `missing`: image `figures/missing.png` cannot be shown: file not found"
    ), "{text}");
    assert!(text.contains(
        "modules/01-pictures.yaml:32:7: warning: lesson `missing`: image `https://example.org/photo.png` is a web address"
    ), "{text}");
    assert!(text.contains(
        "modules/01-pictures.yaml:36:7: warning: lesson `missing`: image `../secret.png` cannot be shown: the path leaves the course folder"
    ), "{text}");
    assert!(text.contains("0 errors, 3 warnings in 1 file"), "{text}");
    // An SVG is named as such.
    let dir = course_with("![svg](a.svg)", &[("a.svg", b"<svg/>".to_vec())]);
    let files = DirFiles::new(dir.path());
    let (_, warnings) = amphi::author::check::check_course(&files);
    assert!(
        warnings
            .iter()
            .any(|p| p.message.to_string().contains("SVG images are not drawn")),
        "{warnings:?}"
    );
}

#[test]
fn pictures_dropped_from_memory_are_decoded_again_for_a_new_width() {
    // More pictures than the store keeps decoded (MAX_PICTURES).
    let n = amphi::app::images::MAX_PICTURES + 4;
    let body: String = (0..n).map(|i| format!("![p{i}](p{i}.png)\n\n")).collect();
    let files: Vec<(String, Vec<u8>)> = (0..n)
        .map(|i| (format!("p{i}.png"), png(800, 32)))
        .collect();
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let dir = course_with(&body, &refs);
    let mut app = app_on(dir.path(), ImageMode::HalfBlocks, 80, 24, false);
    let sized = |app: &App| {
        app.reader
            .view
            .doc
            .blocks
            .iter()
            .filter(|b| b.image.as_ref().is_some_and(|i| i.cells.is_some()))
            .count()
    };
    assert_eq!(sized(&app), n);
    assert_eq!(app.images.scaled_count(), n);
    act(&mut app, Action::Resize(120, 40));
    assert_eq!(sized(&app), n);
    assert_eq!(
        app.images.scaled_count(),
        2 * n,
        "each scaled again, the dropped ones decoded again"
    );
    let width = app.reader.view.width;
    for (i, block) in app
        .reader
        .view
        .doc
        .blocks
        .iter()
        .filter(|b| b.image.is_some())
        .enumerate()
    {
        let (_, c, r) = block.picture(width).unwrap();
        assert!(
            app.images.scaled(&format!("p{i}.png"), c, r).is_some(),
            "p{i}"
        );
    }
}

#[test]
fn check_warns_about_images_in_a_group_stimulus() {
    let dir = course_with("No pictures here.", &[("ok.png", png(16, 16))]);
    let quiz = "  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      \
                - kind: group\n        id: g\n        stimulus: |\n          Look:\n\n          \
                ![fine](ok.png)\n\n          ![gone](gone.png)\n        questions:\n          \
                - kind: true_false\n            id: t\n            prompt: \"Yes?\"\n            \
                answer: true\n";
    let module = dir.path().join("modules/m.yaml");
    let mut yaml = std::fs::read_to_string(&module).unwrap();
    yaml.push_str(quiz);
    std::fs::write(&module, yaml).unwrap();
    let files = DirFiles::new(dir.path());
    let (course, warnings) = amphi::author::check::check_course(&files);
    assert!(course.is_ok(), "{warnings:?}");
    let shown: Vec<String> = warnings
        .iter()
        .map(|p| p.to_string())
        .filter(|w| w.contains("image"))
        .collect();
    assert_eq!(shown.len(), 1, "only the missing file: {shown:?}");
    let w = &shown[0];
    assert!(
        w.contains(
            "quiz `q`, group `g`: image `gone.png` in the stimulus cannot be shown: file not found"
        ),
        "{w}"
    );
    // Its place: the image's line inside the stimulus (line 21 of the module
    // file) and its column.
    assert!(w.contains("m.yaml:21:11: "), "{w}");
}
