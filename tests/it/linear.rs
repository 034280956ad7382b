//! Cost grows linearly with the course (issue 13): a guard against quadratic
//! steps in `amphi check` and in the way to the first frame, over the four shapes
//! of `benches/support/shapes.rs` (the courses `benches/linear.rs` measures).
//!
//! This is not a timing test: no run is compared with a budget, so a slow or busy
//! machine does not fail it. Each operation runs on a course of `N` bytes and on
//! one of `4 N` of the same shape, and the test compares the two: a cost linear in
//! the course takes about 4 times as long on the larger one (less, with the fixed
//! costs), a quadratic step 16 times as long, in the limit where it dominates.
//! [`BOUND`] (10) sits between the two. Noise only ever adds time, so each size
//! keeps its fastest of several runs, and the runs alternate between the sizes so
//! that a burst of load from another process falls on both; a round that already
//! shows a linear ratio ends the test early.
//!
//! It fails on a step that is quadratic in the course's size where that step is
//! a good part of the cost at `N` already; a quadratic step too cheap to show at
//! 1 MB goes unseen here (the benches at 16 MB would show it). Checked by hand with
//! two quadratic steps put in and taken out again: looking for every glossary
//! name in each text one by one (`str::matches` per name, on top of the
//! automaton) failed `check_is_linear_in_many_aliases` (the first frame matches
//! one lesson, so its cost stays linear and its tests passed); counting, for each
//! line of a `body_file`, the headings above it failed
//! `check_is_linear_in_one_huge_lesson` (19.8 times) and
//! `the_first_frame_is_linear_in_one_huge_lesson` (16.6 times).

use std::path::Path;
use std::time::{Duration, Instant};

use amphi::app::{Action, App, update};
use amphi::author::check::{CheckFormat, check};
use amphi::course::DirFiles;
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::common::shapes::{self, Shape};

/// The smaller size, in bytes; the larger is four times it.
const N: usize = 250_000;

/// The largest ratio of the two sizes' times that passes: linear is about 4,
/// quadratic about 16.
const BOUND: f64 = 10.0;

/// Rounds (a run at each size) before the test gives up. A round that shows a
/// linear ratio ends the test, so this only costs time on a machine under heavy
/// load (three rounds once saw 10.8 times while four builds shared two cores;
/// alone, the same step measures 2.6 times).
const ROUNDS: usize = 8;

/// `amphi check DIR`, what the command runs: its exit code (0: valid).
fn check_dir(dir: &Path) -> i32 {
    let mut out = Vec::new();
    check(&DirFiles::new(dir), CheckFormat::Text, false, &mut out).expect("written to memory")
}

/// What `amphi DIR` does before its first frame, without the course cache: load,
/// `App::new`, the first resize, one frame at 120x40.
fn first_frame(dir: &Path) {
    let course = amphi::course::load_dir(dir).expect("the generated course is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    update(&mut app, Action::Resize(120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    terminal
        .draw(|f| amphi::ui::draw(f, &app))
        .expect("drawn on a test backend");
}

fn timed(run: fn(&Path), dir: &Path) -> Duration {
    let start = Instant::now();
    run(dir);
    start.elapsed()
}

/// Fails when `run` over a course of `shape` costs more than [`BOUND`] times as
/// much at `4 N` bytes as at `N`.
fn grows_linearly(shape: Shape, what: &str, run: fn(&Path)) {
    let small = tempfile::tempdir().expect("a temporary folder");
    let large = tempfile::tempdir().expect("a temporary folder");
    let s = shapes::write(shape, N, small.path()).expect("written");
    let l = shapes::write(shape, 4 * N, large.path()).expect("written");
    assert_eq!(check_dir(small.path()), 0, "the generated course is valid");
    assert_eq!(check_dir(large.path()), 0, "the generated course is valid");
    let (mut fast_small, mut fast_large) = (Duration::MAX, Duration::MAX);
    let mut ratio = f64::INFINITY;
    for _ in 0..ROUNDS {
        fast_small = fast_small.min(timed(run, small.path()));
        fast_large = fast_large.min(timed(run, large.path()));
        ratio = fast_large.as_secs_f64() / fast_small.as_secs_f64().max(1e-6);
        if ratio < BOUND {
            eprintln!(
                "{what} on {}: {ratio:.1} times as long at {} bytes as at {} ({fast_large:?}, {fast_small:?})",
                shape.name(),
                l.bytes,
                s.bytes
            );
            break;
        }
    }
    assert!(
        ratio < BOUND,
        "{what} on {}: {} bytes took {fast_large:?}, {} bytes {fast_small:?}: {ratio:.1} times \
         as long for {:.1} times the course (a linear cost is about 4)",
        shape.name(),
        l.bytes,
        s.bytes,
        l.bytes as f64 / s.bytes as f64,
    );
}

fn check_grows_linearly(shape: Shape) {
    grows_linearly(shape, "amphi check", |d| {
        check_dir(d);
    });
}

fn first_frame_grows_linearly(shape: Shape) {
    grows_linearly(shape, "the first frame", first_frame);
}

#[test]
fn check_is_linear_in_many_small_lessons() {
    check_grows_linearly(Shape::SmallLessons);
}

#[test]
fn check_is_linear_in_one_huge_lesson() {
    check_grows_linearly(Shape::HugeLesson);
}

#[test]
fn check_is_linear_in_a_large_glossary() {
    check_grows_linearly(Shape::LargeGlossary);
}

#[test]
fn check_is_linear_in_many_aliases() {
    check_grows_linearly(Shape::ManyAliases);
}

#[test]
fn the_first_frame_is_linear_in_many_small_lessons() {
    first_frame_grows_linearly(Shape::SmallLessons);
}

#[test]
fn the_first_frame_is_linear_in_one_huge_lesson() {
    first_frame_grows_linearly(Shape::HugeLesson);
}

#[test]
fn the_first_frame_is_linear_in_a_large_glossary() {
    first_frame_grows_linearly(Shape::LargeGlossary);
}

#[test]
fn the_first_frame_is_linear_in_many_aliases() {
    first_frame_grows_linearly(Shape::ManyAliases);
}

/// The generator writes what it says, within the limits: sizes at least those
/// asked and close to them, a glossary that grows with the course.
#[test]
fn the_generated_courses_have_the_size_and_shape_asked() {
    for shape in shapes::SHAPES {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let w = shapes::write(shape, N, dir.path()).expect("written");
        assert!(
            (N..N + N / 4).contains(&w.bytes),
            "{}: {} bytes for {N}",
            shape.name(),
            w.bytes
        );
        let course = amphi::course::load_dir(dir.path()).expect("valid");
        let lessons: usize = course.modules.iter().map(|m| m.items.len()).sum();
        assert_eq!(lessons, w.lessons, "{}", shape.name());
        assert_eq!(course.glossary.len(), w.terms, "{}", shape.name());
        match shape {
            Shape::SmallLessons => assert!(w.lessons > 50, "{w:?}"),
            Shape::HugeLesson => assert_eq!(w.lessons, 1, "{w:?}"),
            Shape::LargeGlossary => assert!(w.terms > 100, "{w:?}"),
            Shape::ManyAliases => {
                assert!(w.terms > 5, "{w:?}");
                assert!(
                    course
                        .glossary
                        .iter()
                        .all(|t| t.aliases.len() == shapes::ALIASES)
                );
            }
        }
    }
}
