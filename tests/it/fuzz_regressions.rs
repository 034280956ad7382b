//! Inputs found by fuzzing (docs/fuzzing.md), replayed through the same steps as
//! the fuzz targets: `fuzz/src/drive.rs` is compiled into this test as is.
//!
//! Each file of `tests/fixtures/fuzz/` is one input, named after its target:
//! `course_module-*` is a module file (loaded, validated and, when valid, drawn
//! screen by screen), `state_file-*` a state file (loaded, saved, reloaded, and the
//! bundled course drawn on it). Each runs on its own thread with a time limit, so
//! a hang fails the test instead of stalling it.

#[allow(dead_code)]
#[path = "../../fuzz/src/drive.rs"]
mod drive;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Longest one input may take (a debug build, on a busy machine).
const TIMEOUT: Duration = Duration::from_secs(30);

fn inputs(prefix: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    found.sort();
    found
}

/// Runs `target` on every input named `prefix*`, each on its own thread with the
/// default 2 MiB stack of a test thread.
fn replay(prefix: &str, target: fn(&drive::Workspace, &[u8])) {
    let files = inputs(prefix);
    assert!(
        !files.is_empty(),
        "no {prefix}* inputs in tests/fixtures/fuzz"
    );
    let mut failures = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path).expect("read a fuzz input");
        let (done, finished) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || {
                let workspace = drive::Workspace::new("regression");
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    target(&workspace, &bytes)
                }));
                let _ = done.send(outcome.is_ok());
            })
            .expect("spawn a worker");
        match finished.recv_timeout(TIMEOUT) {
            Ok(true) => worker.join().expect("the worker"),
            Ok(false) => failures.push(format!("{}: panicked", path.display())),
            Err(_) => failures.push(format!(
                "{}: still running after {TIMEOUT:?} (or died)",
                path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn course_module_inputs_found_by_fuzzing() {
    replay("course_module-", drive::Workspace::course_module);
}

#[test]
fn state_file_inputs_found_by_fuzzing() {
    replay("state_file-", drive::Workspace::state_file);
}
