//! Text layout and drawing: markdown to a `Doc`, `Doc::wrap`, a whole frame, and a
//! key press (`update` then a frame) on lessons and courses of growing size.
//!
//! ```sh
//! cargo bench --bench render
//! cargo bench --bench render -- keypress      # only the key-press group
//! ```
//!
//! Lessons come from `examples/gen_course.rs`: `2kb` (an ordinary lesson), `200kb`
//! and `70k_lines` (70,000 lines of Markdown, about 2.6 MB). Frames are drawn on a
//! ratatui `TestBackend` kept between iterations, as the real terminal is, so each
//! frame also pays the diff against the previous one.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use amphi::app::{Action, App, update};
use amphi::progress::{Attempt, CourseProgress, State, item_key};
use amphi::theme::Theme;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[allow(dead_code)]
#[path = "../examples/gen_course.rs"]
mod gen_course;

/// The three lesson sizes: (label, Markdown).
fn lessons() -> Vec<(&'static str, String)> {
    vec![
        ("2kb", gen_course::lesson_markdown(7, 2 * 1024)),
        ("200kb", gen_course::lesson_markdown(7, 200 * 1024)),
        ("70k_lines", gen_course::lesson_lines(7, 70_000)),
    ]
}

/// Fewer, longer samples for the slow cases, so the whole run stays in minutes.
fn slow(g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    g.sample_size(10).measurement_time(Duration::from_secs(10));
}

fn bench_markdown(c: &mut Criterion) {
    let mut g = c.benchmark_group("markdown_to_doc");
    for (label, md) in lessons() {
        if md.len() > 100_000 {
            slow(&mut g);
        }
        g.throughput(criterion::Throughput::Bytes(md.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(label), &md, |b, md| {
            b.iter(|| amphi::doc::markdown::to_doc(md))
        });
    }
    g.finish();
}

fn bench_wrap(c: &mut Criterion) {
    let mut g = c.benchmark_group("wrap");
    for (label, md) in lessons() {
        let doc = amphi::doc::markdown::to_doc(&md);
        if md.len() > 100_000 {
            slow(&mut g);
        }
        for width in [80u16, 120, 200] {
            let rows = doc.wrap(width).len();
            eprintln!("wrap: {label} at {width}: {rows} rows");
            g.bench_with_input(
                BenchmarkId::new(label, width),
                &(&doc, width),
                |b, (doc, w)| b.iter(|| doc.wrap(*w)),
            );
        }
    }
    g.finish();
}

/// An app on `course`, laid out for `w`×`h`, and a terminal of that size.
fn app_on(
    course: amphi::course::Course,
    state: State,
    w: u16,
    h: u16,
) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(course, state, Theme::plain());
    // Before the first resize the open item is laid out at the last known width,
    // which is none (0, taken as 1 column) when amphi starts.
    let before = app.reader.view.rows.len();
    update(&mut app, Action::Resize(w, h));
    eprintln!(
        "app: {before} rows laid out by App::new, {} after the first resize",
        app.reader.view.rows.len()
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    draw(&mut terminal, &app);
    (app, terminal)
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|f| amphi::ui::draw(f, app))
        .expect("drawn on a test backend");
}

/// A generated course in a temporary folder, loaded.
fn generated(spec: &gen_course::Spec) -> amphi::course::Course {
    gen_course::generate(spec).expect("course written");
    amphi::course::load_dir(&spec.out).expect("the generated course is valid")
}

/// A course whose first item is the lesson `label` ("2kb", "200kb", "70k_lines"),
/// followed by ordinary lessons.
fn course_with_lesson(label: &str, dir: &Path) -> amphi::course::Course {
    let mut spec = gen_course::Spec::new(1, 3, dir);
    match label {
        "2kb" => spec.body_bytes = 2 * 1024,
        "200kb" => spec.lesson_kb = Some(200),
        _ => spec.lines = Some(70_000),
    }
    generated(&spec)
}

/// A progress state for `course`: every lesson and interview of the first modules read
/// (up to `reads`), and `attempts` quiz attempts spread over the quizzes.
fn big_state(course: &amphi::course::Course, reads: usize, attempts: usize) -> State {
    let mut p = CourseProgress::default();
    let mut quizzes = Vec::new();
    for m in &course.modules {
        for item in &m.items {
            match item {
                amphi::course::Item::Quiz(q) => quizzes.push((m.id.clone(), q.id.clone())),
                other if p.read.len() < reads => {
                    p.read.insert(item_key(&m.id, other.id()), 1_767_225_600);
                }
                _ => {}
            }
        }
    }
    for i in 0..attempts {
        let (module, quiz) = quizzes[i % quizzes.len()].clone();
        // Built from JSON so that fields added later with a default need no change here.
        let attempt = serde_json::json!({
            "module": module,
            "quiz": quiz,
            "started_at": 1_767_225_600u64,
            "finished_at": 1_767_225_660u64,
            "score": { "points": i % 6, "max": 5 },
            "pass_mark": 60,
            "passed": i % 6 >= 3,
            "answers": [],
        });
        p.attempts
            .push(serde_json::from_value::<Attempt>(attempt).expect("an attempt"));
    }
    let mut s = State::default();
    s.courses.insert(course.info.id.clone(), p);
    s
}

fn bench_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    for (w, h) in [(80u16, 24u16), (120, 40), (200, 60)] {
        let course = amphi::course::load_bundled().expect("valid");
        let (app, mut terminal) = app_on(course, State::default(), w, h);
        g.bench_function(BenchmarkId::new("bundled", format!("{w}x{h}")), |b| {
            b.iter(|| draw(&mut terminal, black_box(&app)))
        });
    }
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let course = generated(&gen_course::Spec::new(100, 20, tmp.path()));
    let state = big_state(&course, 2_000, 500);
    let (app, mut terminal) = app_on(course, state, 200, 60);
    g.bench_function(BenchmarkId::new("generated_100x20", "200x60"), |b| {
        b.iter(|| draw(&mut terminal, black_box(&app)))
    });
    g.finish();
}

/// One key press as the run loop handles it: `update`, then a frame. Alternates `a`
/// and `b` so that the screen changes at every press and the position stays put.
fn press(
    g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    id: BenchmarkId,
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    (a, b_): (Action, Action),
) {
    let mut flip = false;
    g.bench_function(id, |b| {
        b.iter(|| {
            flip = !flip;
            update(app, if flip { a.clone() } else { b_.clone() });
            draw(terminal, app);
        })
    });
}

fn bench_keypress(c: &mut Criterion) {
    let mut g = c.benchmark_group("keypress_200x60");
    let scroll = (Action::Down, Action::Up);
    for label in ["2kb", "200kb", "70k_lines"] {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let (mut app, mut terminal) = app_on(
            course_with_lesson(label, tmp.path()),
            State::default(),
            200,
            60,
        );
        let rows = app.reader.view.rows.len();
        press(
            &mut g,
            BenchmarkId::new("scroll_top", label),
            &mut app,
            &mut terminal,
            scroll.clone(),
        );
        // The far end of the text: with 70,000 lines, beyond what a u16 could hold.
        update(&mut app, Action::Bottom);
        update(&mut app, Action::Up);
        eprintln!(
            "keypress: {label}: {rows} rows at 200x60; bottom scroll offset {}",
            app.reader.view.max_scroll()
        );
        assert_eq!(
            app.reader.view.scroll,
            app.reader.view.max_scroll().saturating_sub(1),
            "the end is reachable"
        );
        press(
            &mut g,
            BenchmarkId::new("scroll_end", label),
            &mut app,
            &mut terminal,
            scroll.clone(),
        );
        // Tab twice: each focus change rebuilds the item's text (markdown and wrap).
        update(&mut app, Action::Top);
        if label != "2kb" {
            slow(&mut g);
        }
        press(
            &mut g,
            BenchmarkId::new("tab", label),
            &mut app,
            &mut terminal,
            (Action::SwitchFocus, Action::SwitchFocus),
        );
        // Next then previous item: opens an ordinary lesson, then this one again,
        // both prepared (built ahead of time, see src/app/prepare.rs: here from the
        // per-item cache the preparation fills, as after the first round).
        press(
            &mut g,
            BenchmarkId::new("next_prev_item", label),
            &mut app,
            &mut terminal,
            (Action::NextItem, Action::PrevItem),
        );
        // The same without anything prepared or cached: what a jump to an item
        // costs when it was not ready (the cache is emptied before each press).
        // Back on the lesson first (the last bench may have ended on the next item);
        // then each press goes between the lesson and the next item.
        while app.nav.current != (0, 0) {
            update(&mut app, Action::PrevItem);
        }
        g.bench_function(BenchmarkId::new("next_prev_item_unprepared", label), |b| {
            b.iter(|| {
                app.reader.docs.clear();
                let a = if app.nav.current == (0, 0) {
                    Action::NextItem
                } else {
                    Action::PrevItem
                };
                update(&mut app, a);
                draw(&mut terminal, &app);
            })
        });
        g.sample_size(100).measurement_time(Duration::from_secs(3));
    }

    // A whole large course: the outline and the status bar cover every item.
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let course = generated(&gen_course::Spec::new(100, 20, tmp.path()));
    let fresh = State::default();
    let (mut app, mut terminal) = app_on(course.clone(), fresh, 200, 60);
    press(
        &mut g,
        BenchmarkId::new("scroll_top", "course_100x20"),
        &mut app,
        &mut terminal,
        scroll.clone(),
    );
    let state = big_state(&course, 2_000, 500);
    let (mut app, mut terminal) = app_on(course, state, 200, 60);
    press(
        &mut g,
        BenchmarkId::new("scroll_top", "course_100x20_progress"),
        &mut app,
        &mut terminal,
        scroll,
    );
    g.finish();
}

/// A lesson with fifty formulas: twenty-five paragraphs with an inline one and
/// twenty-five display ones (fractions, roots, sums with limits, brackets).
fn math_lesson() -> String {
    let displays = [
        r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}",
        r"\sum_{i=1}^{n} i^2 = \frac{n(n+1)(2n+1)}{6}",
        r"\lim_{x \to 0} \frac{\sin x}{x} = 1",
        r"\left(\frac{a}{b}\right)^2 = \frac{a^2}{b^2}",
        r"\int_0^1 x^2 \, dx = \frac{1}{3}",
    ];
    let mut md = String::from("# Fifty formulas\n\n");
    for i in 0..25 {
        md.push_str(&format!(
            "Paragraph {i}: with $\\alpha_{i} + \\beta^2 \\le \\frac{{1}}{{2}}$ the text goes on \
             for a while, so that it wraps at every width the bench draws.\n\n$${}$$\n\n",
            displays[i % displays.len()]
        ));
    }
    md
}

/// A course whose first lesson is [`math_lesson`], followed by an ordinary one.
fn math_course(dir: &Path) -> amphi::course::Course {
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        std::fs::write(path, text).expect("written");
    };
    write(
        "course.yaml",
        "id: math50\ntitle: Math\nlanguage: en\nversion: '1'\nauthors: [Bench]\n\
         description: Fifty formulas.\nsource: {publication: Bench, date: '2024-01-01'}\n\
         modules: [modules/m.yaml]\n",
    );
    write("lessons/math.md", &math_lesson());
    write(
        "modules/m.yaml",
        "id: m\ntitle: M\nsummary: S\nitems:\n\
         - {kind: lesson, id: math, title: Math, body_file: lessons/math.md}\n\
         - {kind: lesson, id: other, title: Other, body: Some text.}\n",
    );
    amphi::course::load_dir(dir).expect("the math course is valid")
}

/// Math (issue 14): markdown to a `Doc` and a key press at 200x60 on a lesson of
/// fifty formulas; the target is the same 2 ms as every key press.
fn bench_math(c: &mut Criterion) {
    let md = math_lesson();
    let mut g = c.benchmark_group("markdown_to_doc");
    g.bench_function("math50", |b| {
        b.iter(|| amphi::doc::markdown::to_doc(black_box(&md)))
    });
    g.finish();
    let mut g = c.benchmark_group("keypress_200x60");
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let (mut app, mut terminal) = app_on(math_course(tmp.path()), State::default(), 200, 60);
    eprintln!("math50: {} rows at 200x60", app.reader.view.rows.len());
    for (name, keys) in [
        ("scroll_top", (Action::Down, Action::Up)),
        ("tab", (Action::SwitchFocus, Action::SwitchFocus)),
        ("next_prev_item", (Action::NextItem, Action::PrevItem)),
    ] {
        press(
            &mut g,
            BenchmarkId::new(name, "math50"),
            &mut app,
            &mut terminal,
            keys,
        );
    }
    g.finish();
}

/// Images: a lesson of ten PNG pictures (320×160 pixels, 40×10 cells, each its
/// own file) among the fifty formulas of [`math_lesson`], drawn with half-blocks.
/// The pictures are decoded and scaled before the presses (as the preparing
/// thread does after the lesson opens): the key press itself only copies pixels.
fn bench_images(c: &mut Criterion) {
    use amphi::app::images::ImageMode;
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dir = tmp.path();
    math_course(dir);
    std::fs::create_dir_all(dir.join("figures")).expect("a folder");
    let mut md = String::new();
    let formulas = math_lesson();
    let parts: Vec<&str> = formulas.split("\n\n").collect();
    let per = parts.len().div_ceil(10).max(1);
    for i in 0..10 {
        let chunk = &parts[(i * per).min(parts.len())..((i + 1) * per).min(parts.len())];
        let png = image::RgbaImage::from_fn(320, 160, |x, y| {
            image::Rgba([
                (x as u8).wrapping_mul(i as u8 + 1),
                y as u8,
                40 * i as u8,
                255,
            ])
        });
        png.save(dir.join(format!("figures/f{i}.png")))
            .expect("saved");
        md.push_str(&format!(
            "![Figure {i}: a test pattern](figures/f{i}.png)\n\n"
        ));
        md.push_str(&chunk.join("\n\n"));
        md.push_str("\n\n");
    }
    std::fs::write(dir.join("lessons/math.md"), md).expect("written");
    let mut g = c.benchmark_group("keypress_200x60");
    // Half-blocks, then two protocols (their sequences encoded beforehand, as
    // the preparing thread does: a frame copies them into the first cells).
    let kitty = ImageMode::Graphics {
        protocol: amphi::app::images::Protocol::Kitty,
        cell: (10, 20),
    };
    let sixel = ImageMode::Graphics {
        protocol: amphi::app::images::Protocol::Sixel,
        cell: (10, 20),
    };
    for (label, mode) in [
        ("images10_math50", ImageMode::HalfBlocks),
        ("images10_kitty_math50", kitty),
        ("images10_sixel_math50", sixel),
    ] {
        bench_images_in(&mut g, dir, label, mode);
    }
    g.finish();
}

fn bench_images_in(
    g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    dir: &std::path::Path,
    label: &str,
    mode: amphi::app::images::ImageMode,
) {
    use amphi::app::images::ImageStore;
    use std::sync::Arc;
    let course = amphi::course::load_dir(dir).expect("the images course is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    let files: Arc<dyn amphi::course::CourseFiles + Send + Sync> =
        Arc::new(amphi::course::DirFiles::new(dir));
    app.images = Arc::new(ImageStore::new(Some(files), mode));
    let mut pending = update(&mut app, Action::Resize(200, 60));
    while !pending.is_empty() {
        let mut next = Vec::new();
        for effect in pending {
            if let amphi::app::Effect::Prepare(jobs) = effect {
                for job in jobs {
                    let p = amphi::app::PreparedText(Box::new(job.run()));
                    next.extend(update(&mut app, Action::Prepared(p)));
                }
            }
        }
        pending = next;
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a terminal");
    draw(&mut terminal, &app);
    let pictures = app
        .reader
        .view
        .doc
        .blocks
        .iter()
        .filter(|b| b.picture(app.reader.view.width).is_some())
        .count();
    assert_eq!(pictures, 10, "every picture is ready");
    eprintln!("{label}: {} rows at 200x60", app.reader.view.rows.len());
    for (name, keys) in [
        ("scroll_top", (Action::Down, Action::Up)),
        ("tab", (Action::SwitchFocus, Action::SwitchFocus)),
        ("next_prev_item", (Action::NextItem, Action::PrevItem)),
    ] {
        press(
            g,
            BenchmarkId::new(name, label),
            &mut app,
            &mut terminal,
            keys,
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench_markdown, bench_wrap, bench_frame, bench_keypress, bench_math, bench_images
}
criterion_main!(benches);
