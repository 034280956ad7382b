//! `amphi import`'s converters: a source read into memory turned into course
//! files and a report (what `amphi import` does between reading the source
//! and writing the files).
//!
//! ```sh
//! cargo bench --bench import
//! ```
//!
//! - `gift/generated/<N>`: a generated GIFT bank of N questions of every kind
//!   (parse + `to_course`), so the cost per question can be read off as N grows;
//! - `gift/real/<bank>`: the real banks of `../shared/corpora/gift/real/`, when
//!   that folder is beside the repository (left out with a message otherwise);
//! - `mdbook/tea-book`: the test book of `tests/fixtures/import/mdbook/` read
//!   from disk and converted; `mdbook/generated/<N>`: a generated book of N
//!   chapters of about 4 KB each, written to a temporary folder at setup;
//! - `olx/demo/read` and `olx/demo/read_targz`: the Open edX demo course of
//!   `../shared/corpora/olx/` read into memory from its folder and from a
//!   `.tar.gz` made at setup; `olx/demo/convert`: the read course mapped
//!   (problems, HTML, static files, videos) (left out when absent).

use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use amphi::import::gift::{self, course as gift_course};

/// A bank of `n` questions cycling through GIFT's kinds, in categories of 50.
fn generated_bank(n: usize) -> String {
    let kinds = [
        "::Q{i}:: Is {i} even? {T#No.#Yes.}",
        "::Q{i}:: Which is {i}? {={i} ~{i}1 ~{i}2 #near}",
        "::Q{i}:: Name {i}. {=word{i} =other{i}}",
        "::Q{i}:: Pick the primes. {~%50%2 ~%50%3 ~%-100%4}",
        "::Q{i}:: Match. {=a{i} -> 1 =b{i} -> 2 =c{i} -> 3}",
        "::Q{i}:: What is {i} halved? {#{i}:0.5}",
        "::Q{i}:: The {=blank ~other} goes here.",
        "::Q{i}:: Write about {i}. {}",
        "::Q{i}:: [html]<p>Some <b>text</b> for {i}.</p>",
    ];
    let mut s = String::new();
    for i in 0..n {
        if i % 50 == 0 {
            s.push_str(&format!("$CATEGORY: $course$/top/Part {}\n\n", i / 50));
        }
        s.push_str(&kinds[i % kinds.len()].replace("{i}", &i.to_string()));
        s.push_str("\n\n");
    }
    s
}

fn options() -> gift_course::CourseOptions {
    gift_course::CourseOptions {
        id: "gift.bench".into(),
        title: "Bench".into(),
    }
}

fn convert_gift(text: &str) -> usize {
    let bank = gift::parse(text).expect("the bank parses");
    let converted = gift_course::to_course(&bank, &options()).expect("it converts");
    converted.files.len()
}

fn bench_gift(c: &mut Criterion) {
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    for n in [100usize, 1000, 5000] {
        let text = generated_bank(n);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(BenchmarkId::new("gift/generated", n), |b| {
            b.iter(|| convert_gift(&text))
        });
    }
    let real = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpora/gift/real"
    ));
    match std::fs::read_dir(&real) {
        Ok(entries) => {
            let mut banks: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "gift"))
                .collect();
            banks.sort();
            for path in banks {
                let text = std::fs::read_to_string(&path).expect("a real bank is UTF-8");
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                g.throughput(Throughput::Bytes(text.len() as u64));
                g.bench_function(BenchmarkId::new("gift/real", name), |b| {
                    b.iter(|| convert_gift(&text))
                });
            }
        }
        Err(_) => eprintln!("gift/real left out: ../shared/corpora/gift/real is absent"),
    }
    g.finish();
}

fn convert_book(dir: &std::path::Path) -> usize {
    let book = amphi::import::mdbook::read_book(dir).expect("the book reads");
    let converted = amphi::import::mdbook::course::to_course(&book, "book").expect("it converts");
    converted.files.len() + converted.copies.len()
}

/// A book of `chapters` chapters in parts of ten, each about 4 KB of prose
/// with a heading, a list and a code block.
fn generated_book(dir: &std::path::Path, chapters: usize) {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(dir.join("book.toml"), "[book]\ntitle = \"Generated\"\n").unwrap();
    let mut summary = String::from("# Summary\n\n");
    for i in 0..chapters {
        if i % 10 == 0 {
            summary.push_str(&format!("\n# Part {}\n\n", i / 10));
        }
        summary.push_str(&format!("- [Chapter {i}](ch{i}.md)\n"));
        let mut text = format!("# Chapter {i}\n\n");
        while text.len() < 4096 {
            text.push_str(
                "Tea leaves are picked, withered, rolled and dried; *oxidation* makes the \
                 difference between green and black tea.\n\n- one\n- two\n\n```\nlet cup = brew();\n```\n\n",
            );
        }
        std::fs::write(src.join(format!("ch{i}.md")), text).unwrap();
    }
    std::fs::write(src.join("SUMMARY.md"), summary).unwrap();
}

fn bench_mdbook(c: &mut Criterion) {
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    let tea = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/mdbook/tea-book"
    ));
    g.bench_function("mdbook/tea-book", |b| b.iter(|| convert_book(&tea)));
    for n in [100usize, 1000] {
        let tmp = tempfile::tempdir().unwrap();
        generated_book(tmp.path(), n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(BenchmarkId::new("mdbook/generated", n), |b| {
            b.iter(|| convert_book(tmp.path()))
        });
    }
    g.finish();
}

fn bench_olx(c: &mut Criterion) {
    use amphi::import::olx::source::OlxSource;
    let demo = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpora/olx/openedx-demo-course"
    ));
    if !demo.is_dir() {
        eprintln!("olx/demo left out: ../shared/corpora/olx/openedx-demo-course is absent");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("demo.tar.gz");
    {
        let file = std::fs::File::create(&archive).unwrap();
        let gz = flate2::write::GzEncoder::new(file, flate2::Compression::default());
        let mut tar = tar::Builder::new(gz);
        tar.append_dir_all("course", &demo).unwrap();
        tar.into_inner().unwrap().finish().unwrap();
    }
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function("olx/demo/read", |b| {
        b.iter(|| OlxSource::open(&demo).expect("it reads").files.len())
    });
    g.bench_function("olx/demo/read_targz", |b| {
        b.iter(|| OlxSource::open(&archive).expect("it reads").files.len())
    });
    let source = OlxSource::open(&demo).expect("it reads");
    let options = amphi::import::olx::course::CourseOptions::default();
    g.bench_function("olx/demo/convert", |b| {
        b.iter(|| {
            let c = amphi::import::olx::course::to_course(&source, &options).expect("it converts");
            c.files.len() + c.copies.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench_gift, bench_mdbook, bench_olx);
criterion_main!(benches);
