//! Glossary matching against text size and glossary size (issue 13: matching
//! must grow with the text, not with words × terms).
//!
//! ```sh
//! cargo bench --bench glossary
//! ```
//!
//! `find/<terms>x<aliases>/<KB>`: [`amphi::glossary::Matcher::find`] over a text of
//! that many kilobytes (generated lesson prose, as the load bench uses), with a
//! glossary of that many terms, each with that many aliases. With the
//! Aho-Corasick matcher, time per byte should stay flat as the text grows (1 MB,
//! 4 MB, 16 MB) and as the glossary grows (10 terms to 5,000; 100 aliases a term,
//! the most a course may give).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use amphi::course::GlossaryEntry;
use amphi::glossary::Matcher;

#[allow(dead_code)]
#[path = "../examples/gen_course.rs"]
mod gen_course;

/// `terms` entries named `term N`, each with `aliases` aliases `term N alias M`;
/// every tenth term is a word of the generated prose, so some are found.
fn glossary(terms: usize, aliases: usize) -> Vec<GlossaryEntry> {
    let words = [
        "course", "learner", "module", "web", "réseau", "lesson", "savoir",
    ];
    (0..terms)
        .map(|n| GlossaryEntry {
            term: if n % 10 == 0 {
                format!("{} {n}", words[n / 10 % words.len()])
            } else {
                format!("term {n}")
            },
            definition: "d".into(),
            aliases: (0..aliases)
                .map(|m| format!("term {n} alias {m}"))
                .collect(),
            id: String::new(),
        })
        .collect()
}

fn bench_find(c: &mut Criterion) {
    let mut g = c.benchmark_group("glossary");
    g.sample_size(10);
    for kb in [1024usize, 4096, 16384] {
        let text = gen_course::lesson_markdown(7, kb * 1024);
        g.throughput(Throughput::Bytes(text.len() as u64));
        for (terms, aliases) in [(10usize, 1usize), (1000, 1), (5000, 1), (50, 100)] {
            let matcher = Matcher::new(&glossary(terms, aliases));
            g.bench_function(
                BenchmarkId::new(format!("find/{terms}x{aliases}"), kb),
                |b| b.iter(|| matcher.find(&text).len()),
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench_find);
criterion_main!(benches);
