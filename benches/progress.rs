//! Saving progress: `Store::save` of a state with 2,000 read items and 500 quiz
//! attempts (5 answers each), in a temporary folder, and its parts.
//!
//! ```sh
//! cargo bench --bench progress
//! ```
//!
//! `save` is the whole atomic write: lock, JSON, a temporary file, `fsync`, rename.
//! `save_merged` is what the app calls: the same, after reading the file on disk and
//! merging it with the state in memory. The parts: `to_json` (serialisation only)
//! and `write_no_sync` (serialise and write a plain file), so the cost of durability
//! shows apart.

use std::collections::BTreeSet;
use std::time::Duration;

use amphi::progress::{Attempt, CourseProgress, Position, State, Store, item_key};
use amphi::quiz::Response;
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;

fn big_state() -> State {
    let mut p = CourseProgress::default();
    for i in 0..2_000 {
        let key = item_key(
            &format!("m{:03}", i / 20 + 1),
            &format!("l{:03}", i % 20 + 1),
        );
        p.read.insert(key, 1_767_225_600 + i as u64);
    }
    for i in 0..500u64 {
        let answers = [
            ("q1", Response::Choice(2), i % 2 == 0),
            ("q2", Response::Choices(BTreeSet::from([0, 2])), true),
            ("q3", Response::Bool(false), i % 3 == 0),
            ("q4", Response::Text("le réseau".into()), true),
            ("q5", Response::Order(vec![0, 1, 3, 2]), false),
        ]
        .map(|(question, response, correct)| {
            json!({ "question": question, "response": response, "correct": correct })
        });
        // Built from JSON so that fields added later with a default need no change here.
        let attempt = json!({
            "module": format!("m{:03}", i % 100 + 1),
            "quiz": "quiz",
            "started_at": 1_767_225_600 + i * 600,
            "finished_at": 1_767_225_900 + i * 600,
            "score": { "points": 3, "max": 5 },
            "pass_mark": 60,
            "passed": true,
            "answers": answers,
        });
        p.attempts
            .push(serde_json::from_value::<Attempt>(attempt).expect("an attempt"));
    }
    p.position = Some(
        serde_json::from_value::<Position>(json!({ "module": "m042", "item": "l007" }))
            .expect("a position"),
    );
    let mut s = State::default();
    s.courses.insert("org.example.generated-100x20".into(), p);
    s
}

fn bench_save(c: &mut Criterion) {
    let state = big_state();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let store = Store::new(tmp.path().join("state.json"));
    store.save(&state).expect("saved");
    let size = std::fs::metadata(store.path()).expect("written").len();
    eprintln!(
        "progress: state file of {size} bytes in {}",
        tmp.path().display()
    );

    let mut g = c.benchmark_group("progress_2000_read_500_attempts");
    g.bench_function("save", |b| b.iter(|| store.save(&state).expect("saved")));
    g.bench_function("save_merged", |b| {
        b.iter(|| store.save_merged(&state).expect("saved"))
    });
    g.bench_function("to_json", |b| {
        b.iter(|| serde_json::to_vec_pretty(&state).expect("serialised"))
    });
    let plain = tmp.path().join("plain.json");
    g.bench_function("write_no_sync", |b| {
        b.iter(|| {
            let json = serde_json::to_vec_pretty(&state).expect("serialised");
            std::fs::write(&plain, json).expect("written")
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench_save
}
criterion_main!(benches);
