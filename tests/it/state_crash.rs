//! Crash safety of the state file: a writer killed with SIGKILL at random moments
//! always leaves a readable file holding either the last state it committed or the
//! one it was writing.
//!
//! No extra binary: the test re-runs its own test binary (`current_exe`) with
//! [`WRITER_ENV`] set, which makes [`writer_process_for_the_crash_test`] a writer
//! loop that saves states with an increasing counter and prints each committed
//! counter. Run normally, that test does nothing.
#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use amphi::progress::{State, Store};

/// Set (to the state file's path) in the writer process only.
const WRITER_ENV: &str = "AMPHI_TEST_CRASH_WRITER";
/// Printed by the writer after each save returned.
const COMMITTED: &str = "COMMITTED ";
const ROUNDS: usize = 200;
const COURSE: &str = "crash-course";

/// The state with counter `n`: a fixed body of read marks and attempts (so that a
/// write takes a while: about 40 kB) and the counter in the position.
fn expected(n: u64) -> State {
    let read: serde_json::Map<String, serde_json::Value> = (0..300)
        .map(|i| {
            (
                format!("module-{}/item-{i}", i % 7),
                serde_json::json!(1_700_000_000 + i),
            )
        })
        .collect();
    let response = serde_json::to_value(amphi::quiz::Response::Bool(true)).unwrap();
    let attempts: Vec<serde_json::Value> = (0..40)
        .map(|i| {
            serde_json::json!({
                "module": format!("module-{}", i % 7), "quiz": "quiz",
                "started_at": 1_700_000_000 + i * 100, "finished_at": 1_700_000_050 + i * 100,
                "score": {"points": i % 5, "max": 4}, "pass_mark": 50, "passed": i % 5 >= 2,
                "answers": [{"question": "q1", "response": response.clone(), "correct": true}],
            })
        })
        .collect();
    let json = serde_json::json!({"version": 1, "courses": {COURSE: {
        "read": read,
        "attempts": attempts,
        "position": {"module": "module-0", "item": format!("n{n}"), "anchor": {"block": 0, "line": 0}},
    }}});
    serde_json::from_value(json).expect("a valid state")
}

/// The counter of a state written by the writer.
fn counter(state: &State) -> u64 {
    let item = &state.courses[COURSE].position.as_ref().unwrap().item;
    item.strip_prefix('n').unwrap().parse().unwrap()
}

/// The writer loop, in the re-executed test binary only: saves `expected(n)` for
/// n = last on disk + 1, + 2, … through `save_merged`, as the app does, and prints
/// each counter once its save has returned. Never ends by itself: it is killed.
#[test]
fn writer_process_for_the_crash_test() {
    let Some(path) = std::env::var_os(WRITER_ENV) else {
        return; // a normal test run: nothing to do
    };
    let store = Store::new(path);
    let mut n = counter(&store.load().expect("a readable state").state);
    let mut out = std::io::stdout().lock();
    loop {
        n += 1;
        let merged = store.save_merged(&expected(n)).expect("the save succeeds");
        assert_eq!(counter(&merged), n);
        writeln!(out, "{COMMITTED}{n}").unwrap();
        out.flush().unwrap();
    }
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

#[test]
fn a_writer_killed_at_random_moments_leaves_the_old_or_the_new_state() {
    let seed = fastrand::u64(..);
    eprintln!("seed {seed} (set AMPHI_TEST_SEED to replay)");
    let mut rng = fastrand::Rng::with_seed(
        std::env::var("AMPHI_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(seed),
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    Store::new(&path).save(&expected(0)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let started = Instant::now();
    let mut last = 0u64; // the counter known to be on disk before this round
    let mut landed_on_next = 0; // rounds killed after writing a state it had not reported
    let mut total_commits = 0;
    for round in 0..ROUNDS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "state_crash::writer_process_for_the_crash_test",
                "--nocapture",
                "--test-threads=1",
                "-q",
            ])
            .env(WRITER_ENV, &path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the test binary runs again");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut committed = Vec::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(n) = line.strip_prefix(COMMITTED) {
                    let n: u64 = n.trim().parse().unwrap();
                    committed.push(n);
                    let _ = tx.send(n);
                }
            }
            committed
        });
        // Kill only once the writer is at work, after a random delay: 0–15 ms is a
        // few saves, so the kill lands anywhere in a save (or between two).
        rx.recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("round {round}: the writer committed nothing in 20 s"));
        std::thread::sleep(Duration::from_micros(rng.u64(0..15_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        assert_eq!(
            status.signal(),
            Some(9),
            "round {round}: the writer was killed, not ended: {status}"
        );
        let committed = reader.join().unwrap();
        assert!(
            committed.windows(2).all(|w| w[1] == w[0] + 1) && committed[0] == last + 1,
            "round {round}: the writer went on from the state on disk ({last}): {committed:?}"
        );
        let reported = *committed.last().unwrap();
        total_commits += committed.len();

        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("round {round}: the state file is gone: {e}"));
        let on_disk: State = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            panic!(
                "round {round}: the state file is not a valid state ({e}):\n{}",
                String::from_utf8_lossy(&bytes)
            )
        });
        let n = counter(&on_disk);
        assert!(
            n == reported || n == reported + 1,
            "round {round}: on disk {n}, last committed {reported}"
        );
        assert_eq!(
            on_disk,
            expected(n),
            "round {round}: the whole state, not part of it"
        );
        if n == reported + 1 {
            landed_on_next += 1;
        }
        // A kill mid-write may leave its temporary file; the next save removes it.
        let temps = temp_files(dir.path());
        assert!(
            temps.len() <= 1,
            "round {round}: stale temporary files {temps:?}"
        );
        last = n;
    }
    let elapsed = started.elapsed();
    eprintln!(
        "{ROUNDS} kills in {elapsed:.1?}, {total_commits} saves; {landed_on_next} kills fell after a rename and before its report"
    );
    // The store also reads it as it is, without moving anything aside.
    let loaded = Store::new(&path).load().unwrap();
    assert!(loaded.warning.is_none());
    assert_eq!(counter(&loaded.state), last);
}
