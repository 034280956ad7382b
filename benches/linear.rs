//! `amphi check` and the time to the first frame over courses of 1, 4 and 16 MB in
//! four shapes (issue 13: cost must grow linearly with the course).
//!
//! ```sh
//! cargo bench --bench linear -- --quick
//! cargo bench --bench linear -- check/many_aliases   # one group and shape
//! AMPHI_BENCH_MB=1,4 cargo bench --bench linear       # fewer sizes
//! ```
//!
//! The courses come from `benches/support/shapes.rs` (also used by
//! `tests/it/linear.rs`), written to a temporary folder at setup: many small
//! lessons, one huge lesson (four of 4 MB at 16 MB, as a file holds at most
//! 4 MiB), a large glossary whose terms the lessons use, and terms of 100 aliases
//! each used in the lessons.
//!
//! - `check/<shape>/<MB>`: [`amphi::author::check::check`], what `amphi check DIR`
//!   runs: a full load (never the course cache), validation, the warnings (every
//!   glossary term looked for in every text) and the text report.
//! - `first_frame/<shape>/<MB>`: what `amphi DIR` does before its first frame on a
//!   course that is not in the course cache: [`amphi::course::load_dir`],
//!   [`amphi::app::App::new`] on a fresh state, the first resize to 120x40 and one
//!   [`amphi::ui::draw`] on a ratatui `TestBackend`.
//!
//! Throughput is the course's bytes, so a flat MiB/s from 1 to 16 MB means a cost
//! linear in the course.

use std::path::Path;
use std::time::Duration;

use amphi::app::{Action, App, update};
use amphi::author::check::{CheckFormat, check};
use amphi::course::DirFiles;
use amphi::progress::State;
use amphi::theme::Theme;
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[allow(dead_code)]
#[path = "support/shapes.rs"]
mod shapes;

/// The sizes, in MB: `AMPHI_BENCH_MB` (comma-separated), else 1, 4 and 16.
fn sizes() -> Vec<usize> {
    std::env::var("AMPHI_BENCH_MB")
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 4, 16])
}

/// `amphi check DIR`: the report's exit code (0: valid).
fn check_dir(dir: &Path) -> i32 {
    let mut out = Vec::new();
    check(&DirFiles::new(dir), CheckFormat::Text, false, &mut out).expect("written to memory")
}

/// Load, `App::new`, the first resize and one frame at 120x40; the app is returned
/// so that dropping it is not timed.
fn first_frame(dir: &Path) -> App {
    let course = amphi::course::load_dir(dir).expect("the generated course is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    update(&mut app, Action::Resize(120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    terminal
        .draw(|f| amphi::ui::draw(f, &app))
        .expect("drawn on a test backend");
    app
}

fn bench_shapes(c: &mut Criterion) {
    for mb in sizes() {
        for shape in shapes::SHAPES {
            let tmp = tempfile::tempdir().expect("a temporary folder");
            let written = shapes::write(shape, mb * shapes::MB, tmp.path()).expect("written");
            eprintln!(
                "linear: {}/{mb}: {} files, {} bytes, {} lessons, {} terms",
                shape.name(),
                written.files,
                written.bytes,
                written.lessons,
                written.terms
            );
            assert_eq!(check_dir(tmp.path()), 0, "the generated course is valid");
            let id = BenchmarkId::new(shape.name(), mb);
            for (group, run) in [
                ("check", (|d| assert_eq!(check_dir(d), 0)) as fn(&Path)),
                ("first_frame", |d| drop(first_frame(d))),
            ] {
                let mut g = c.benchmark_group(group);
                g.throughput(Throughput::Bytes(written.bytes as u64));
                // Ten samples of the same number of runs (one each at 16 MB) keep the
                // whole bench in minutes.
                g.sample_size(10).sampling_mode(SamplingMode::Flat);
                g.measurement_time(Duration::from_secs(match mb {
                    0..=1 => 3,
                    2..=4 => 5,
                    _ => 10,
                }));
                g.bench_function(id.clone(), |b| b.iter(|| run(tmp.path())));
                g.finish();
            }
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench_shapes
}
criterion_main!(benches);
