//! Loading a course: the bundled one, and a generated one written to a temporary
//! folder at setup, against the bare cost of reading and parsing the same files.
//!
//! ```sh
//! cargo bench --bench load                                   # generated 20 x 10
//! AMPHI_BENCH_MODULES=100 AMPHI_BENCH_LESSONS=20 cargo bench --bench load   # ~9 MB
//! AMPHI_BENCH_COURSE=/tmp/big cargo bench --bench load       # any course folder
//! ```
//!
//! `load_dir` is the whole of what `amphi DIR` and `amphi check DIR` do before the
//! first frame: read, decode, parse into typed structs, resolve body files, sanitise,
//! validate. The bare baselines are what any loader must at least pay:
//! `read` (every file of the course read into memory), `parse_value` (every YAML file
//! parsed into an untyped `serde_yaml::Value`, one thread), and the same on two
//! threads (`parse_value_2_threads`), the ceiling of a parallel loader on this machine.
//! `parse_typed` parses each module file into `amphi::course::Module` only.
//! `cache_hit` is a start with an up-to-date entry in the course cache (the course
//! files' stamps checked, the entry read and decoded), what `amphi DIR` pays from
//! the second start on.
//!
//! `search` runs `amphi::search::search` over the same course: a word found
//! everywhere (stops at the hit limit) and one found nowhere (reads the whole course);
//! `indexed_*` is the same query on a `SearchIndex` built once, what each letter
//! typed in the search panel costs after the first.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

#[allow(dead_code)]
#[path = "../examples/gen_course.rs"]
mod gen_course;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Every file of the course folder `dir`, as (path, is YAML).
fn course_files(dir: &Path) -> Vec<(PathBuf, bool)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("a readable folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let yaml = path.extension().is_some_and(|e| e == "yaml");
                out.push((path, yaml));
            }
        }
    }
    out.sort();
    out
}

fn read_all(files: &[(PathBuf, bool)]) -> Vec<(String, bool)> {
    files
        .iter()
        .map(|(p, yaml)| (std::fs::read_to_string(p).expect("a UTF-8 file"), *yaml))
        .collect()
}

fn parse_values(texts: &[(String, bool)]) -> usize {
    texts
        .iter()
        .filter(|(_, yaml)| *yaml)
        .map(|(t, _)| {
            let v: serde_yaml::Value = serde_yaml::from_str(t).expect("valid YAML");
            usize::from(v.is_mapping())
        })
        .sum()
}

/// Reads and parses on two threads, files dealt alternately.
fn parse_values_2_threads(files: &[(PathBuf, bool)]) -> usize {
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|k| {
                s.spawn(move || {
                    let mine: Vec<_> = files.iter().skip(k).step_by(2).cloned().collect();
                    parse_values(&read_all(&mine))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .sum()
    })
}

fn bench_bundled(c: &mut Criterion) {
    c.bench_function("load/bundled", |b| {
        b.iter(|| amphi::course::load_bundled().expect("valid"))
    });
}

fn bench_generated(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let (dir, label) = match std::env::var("AMPHI_BENCH_COURSE") {
        Ok(d) => (PathBuf::from(&d), "dir".to_string()),
        Err(_) => {
            let m = env_usize("AMPHI_BENCH_MODULES", 20);
            let l = env_usize("AMPHI_BENCH_LESSONS", 10);
            let spec = gen_course::Spec::new(m, l, tmp.path());
            gen_course::generate(&spec).expect("course written");
            // Files modified moments ago are not cached: date them an hour ago.
            let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
            for (path, _) in course_files(tmp.path()) {
                let file = std::fs::File::options().write(true).open(&path);
                file.and_then(|f| f.set_modified(hour_ago)).expect("dated");
            }
            (tmp.path().to_path_buf(), format!("{m}x{l}"))
        }
    };
    let files = course_files(&dir);
    let bytes: u64 = files
        .iter()
        .map(|(p, _)| std::fs::metadata(p).expect("a file").len())
        .sum();
    let modules: Vec<String> = read_all(&files)
        .into_iter()
        .zip(&files)
        .filter(|(_, (p, _))| p.parent().is_some_and(|d| d.ends_with("modules")))
        .map(|((t, _), _)| t)
        .collect();
    amphi::course::load_dir(&dir).expect("the generated course is valid");
    eprintln!(
        "load: {label}: {} files, {bytes} bytes, {} module files",
        files.len(),
        modules.len()
    );

    let mut g = c.benchmark_group("load_generated");
    g.throughput(Throughput::Bytes(bytes));
    if bytes > 2_000_000 {
        g.sample_size(10).measurement_time(Duration::from_secs(8));
    }
    g.bench_function(BenchmarkId::new("load_dir", &label), |b| {
        b.iter(|| amphi::course::load_dir(&dir).expect("valid"))
    });
    // The course cache (src/course/cache.rs) of a start after the first: check
    // that every file is unchanged, read the entry, decode it.
    let cache_dir = tempfile::tempdir().expect("a temporary folder");
    let mut cache = amphi::course::CourseCache::new(cache_dir.path());
    cache.min_bytes = 0;
    let (_, outcome) = cache.load_dir(&dir);
    eprintln!("load: {label}: first load through the cache: {outcome:?}");
    g.bench_function(BenchmarkId::new("cache_hit", &label), |b| {
        b.iter(|| {
            let (course, outcome) = cache.load_dir(&dir);
            assert_eq!(outcome, amphi::course::cache::Outcome::Hit);
            course.expect("valid")
        })
    });
    g.bench_function(BenchmarkId::new("read", &label), |b| {
        b.iter(|| read_all(&files))
    });
    g.bench_function(BenchmarkId::new("parse_value", &label), |b| {
        b.iter(|| parse_values(&read_all(&files)))
    });
    g.bench_function(BenchmarkId::new("parse_value_2_threads", &label), |b| {
        b.iter(|| parse_values_2_threads(&files))
    });
    g.bench_function(BenchmarkId::new("parse_typed", &label), |b| {
        b.iter(|| {
            modules
                .iter()
                .map(|t| {
                    let m: amphi::course::Module = serde_yaml::from_str(t).expect("a module");
                    m.items.len()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    let course = amphi::course::load_dir(&dir).expect("valid");
    let mut g = c.benchmark_group("search");
    g.throughput(Throughput::Bytes(bytes));
    if bytes > 2_000_000 {
        g.sample_size(10).measurement_time(Duration::from_secs(8));
    }
    for (what, query) in [("frequent", "réseau"), ("absent", "zyzzyva")] {
        let hits = amphi::search::search(&course, query).len();
        eprintln!("search: {label}: `{query}`: {hits} hits");
        g.bench_function(BenchmarkId::new(what, &label), |b| {
            b.iter(|| amphi::search::search(&course, query))
        });
        let index = amphi::search::SearchIndex::new(&course);
        g.bench_function(BenchmarkId::new(format!("indexed_{what}"), &label), |b| {
            b.iter(|| index.search(&course, query))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench_bundled, bench_generated
}
criterion_main!(benches);
