//! Two amphi instances on one state file lose no update: each save takes the lock,
//! re-reads the file and merges before writing.
//!
//! Writers run as threads (each with its own [`Store`], so its own lock file
//! handle) and as processes (the test binary re-run with [`WRITER_ENV`] set, which
//! makes [`writer_process_for_the_concurrency_test`] a writer; with
//! [`MARKS_WRITER_ENV`], [`marks_writer_process_for_the_concurrency_test`]).

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier};

use amphi::progress::{Attempt, Bookmark, Note, State, Store, item_key};

const WRITER_ENV: &str = "AMPHI_TEST_CONCURRENT_WRITER";
const MARKS_WRITER_ENV: &str = "AMPHI_TEST_CONCURRENT_MARKS_WRITER";
const COURSE: &str = "shared-course";

fn attempt(writer: &str, i: u64) -> Attempt {
    serde_json::from_value(serde_json::json!({
        "module": writer, "quiz": "quiz", "started_at": 1_000 + i, "finished_at": 1_000 + i,
        "score": {"points": i % 5, "max": 4}, "pass_mark": 50, "passed": i % 5 >= 2,
        "answers": [],
    }))
    .unwrap()
}

/// One instance: loads the state, then `saves` times records an attempt and a read
/// mark of its own and saves merged. When `adopt`, it takes the merged state as its
/// own after each save, as the app does; otherwise it keeps its own (stale) state.
fn writer(path: &Path, name: &str, saves: u64, adopt: bool) {
    let store = Store::new(path);
    let mut mine = store.load().expect("readable").state;
    for i in 0..saves {
        let course = mine.courses.entry(COURSE.into()).or_default();
        course.attempts.push(attempt(name, i));
        course.read.insert(item_key(name, &format!("item-{i}")), i);
        let merged = store.save_merged(&mine).expect("the save succeeds");
        if adopt {
            mine = merged;
        }
    }
}

/// Every attempt and read mark of `writers` made `saves` saves each, once.
fn assert_all_present(state: &State, writers: &[&str], saves: u64) {
    let course = &state.courses[COURSE];
    for w in writers {
        for i in 0..saves {
            let n = course
                .attempts
                .iter()
                .filter(|a| a.module == *w && a.started_at == 1_000 + i)
                .count();
            assert_eq!(n, 1, "attempt {i} of {w} is there once");
            assert_eq!(
                course.read.get(&item_key(w, &format!("item-{i}"))),
                Some(&i),
                "read mark {i} of {w}"
            );
        }
    }
    assert_eq!(course.attempts.len(), writers.len() * saves as usize);
    assert!(
        course
            .attempts
            .windows(2)
            .all(|w| (w[0].finished_at, w[0].started_at) <= (w[1].finished_at, w[1].started_at)),
        "oldest first"
    );
}

#[test]
fn two_writer_threads_lose_no_attempt() {
    const SAVES: u64 = 120;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let barrier = Arc::new(Barrier::new(2));
    let threads: Vec<_> = [("alpha", true), ("beta", false)]
        .into_iter()
        .map(|(name, adopt)| {
            let path = path.clone();
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                writer(&path, name, SAVES, adopt);
            })
        })
        .collect();
    for t in threads {
        t.join().expect("the writer did not panic");
    }
    let state = Store::new(&path).load().unwrap().state;
    assert_all_present(&state, &["alpha", "beta"], SAVES);
}

/// The writer, in a re-executed test binary only: `<path>|<name>|<saves>`.
#[test]
fn writer_process_for_the_concurrency_test() {
    let Ok(spec) = std::env::var(WRITER_ENV) else {
        return; // a normal test run: nothing to do
    };
    let parts: Vec<&str> = spec.split('|').collect();
    writer(
        Path::new(parts[0]),
        parts[1],
        parts[2].parse().unwrap(),
        true,
    );
}

#[test]
fn two_writer_processes_lose_no_attempt() {
    const SAVES: u64 = 80;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let exe = std::env::current_exe().unwrap();
    let names = ["one", "two"];
    let children: Vec<_> = names
        .iter()
        .map(|name| {
            Command::new(&exe)
                .args([
                    "--exact",
                    "state_concurrent::writer_process_for_the_concurrency_test",
                    "--test-threads=1",
                    "-q",
                ])
                .env(WRITER_ENV, format!("{}|{name}|{SAVES}", path.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .spawn()
                .expect("the test binary runs again")
        })
        .collect();
    for mut child in children {
        let status = child.wait().unwrap();
        assert!(status.success(), "a writer failed: {status}");
    }
    let state = Store::new(&path).load().unwrap().state;
    assert_all_present(&state, &names, SAVES);
}

#[test]
fn the_lock_is_a_sidecar_file_and_the_state_file_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let store = Store::new(&path);
    assert_eq!(store.lock_path(), dir.path().join("state.json.lock"));
    writer(&path, "solo", 2, true);
    assert!(store.lock_path().exists());
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["state.json", "state.json.lock"]);
}

/// One instance adding and deleting bookmarks and notes and finishing attempts,
/// as the app does (a save after each change, the merged state adopted): at step
/// `i` it adds bookmark and note `<name>-<i>` and finishes an attempt at the quiz
/// every instance takes, started and finished in the same second as all the
/// others (with its own id); every third step it also deletes the bookmark and
/// note it added the step before, which the other instance has most likely
/// seen (and holds) by then.
///
/// Each writer starts changing things only once all `writers` have loaded the
/// state (each leaves a `loaded-<name>` file beside it and waits for the others'),
/// so that no writer starts from a file holding another's changes.
fn marks_writer(path: &Path, name: &str, saves: u64, writers: usize) {
    let store = Store::new(path);
    let mut mine = store.load().expect("readable").state;
    let dir = path.parent().unwrap();
    std::fs::write(dir.join(format!("loaded-{name}")), b"").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("loaded-"))
        .count()
        < writers
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the other writers never loaded"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    for i in 0..saves {
        let course = mine.courses.entry(COURSE.into()).or_default();
        let mark = format!("{name}-{i}");
        course.bookmarks.push(Bookmark {
            module: "m".into(),
            item: mark.clone(),
            anchor: Default::default(),
            label: mark.clone(),
            created_at: i,
        });
        course.notes.insert(
            item_key("m", &mark),
            Note {
                text: mark.clone(),
                updated_at: i,
            },
        );
        let mut attempt = attempt("m", 0);
        attempt.id = Some(Attempt::new_id(attempt.finished_at));
        course.attempts.push(attempt);
        if i % 3 == 2 {
            let gone = format!("{name}-{}", i - 1);
            course.bookmarks.retain(|b| b.item != gone);
            course.notes.remove(&item_key("m", &gone));
        }
        mine = store.save_merged(&mine).expect("the save succeeds");
    }
}

/// The marks writer, in a re-executed test binary only:
/// `<path>|<name>|<saves>|<writers>`.
#[test]
fn marks_writer_process_for_the_concurrency_test() {
    let Ok(spec) = std::env::var(MARKS_WRITER_ENV) else {
        return; // a normal test run: nothing to do
    };
    let parts: Vec<&str> = spec.split('|').collect();
    marks_writer(
        Path::new(parts[0]),
        parts[1],
        parts[2].parse().unwrap(),
        parts[3].parse().unwrap(),
    );
}

#[test]
fn two_writer_processes_lose_no_bookmark_note_or_same_second_attempt() {
    const SAVES: u64 = 60;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let exe = std::env::current_exe().unwrap();
    let names = ["one", "two"];
    let children: Vec<_> = names
        .iter()
        .map(|name| {
            Command::new(&exe)
                .args([
                    "--exact",
                    "state_concurrent::marks_writer_process_for_the_concurrency_test",
                    "--test-threads=1",
                    "-q",
                ])
                .env(
                    MARKS_WRITER_ENV,
                    format!("{}|{name}|{SAVES}|{}", path.display(), names.len()),
                )
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .spawn()
                .expect("the test binary runs again")
        })
        .collect();
    for mut child in children {
        let status = child.wait().unwrap();
        assert!(status.success(), "a writer failed: {status}");
    }
    let state = Store::new(&path).load().unwrap().state;
    let course = &state.courses[COURSE];
    let mut want: Vec<String> = names
        .iter()
        .flat_map(|name| {
            (0..SAVES)
                .filter(|i| i % 3 != 1) // deleted at the next step
                .map(move |i| format!("{name}-{i}"))
        })
        .collect();
    want.sort();
    let mut bookmarks: Vec<String> = course.bookmarks.iter().map(|b| b.item.clone()).collect();
    bookmarks.sort();
    assert_eq!(
        bookmarks, want,
        "every bookmark kept once, none deleted come back"
    );
    let notes: Vec<String> = course
        .notes
        .keys()
        .map(|k| k["m/".len()..].to_string())
        .collect();
    assert_eq!(notes, want, "every note kept, none deleted come back");
    let mut ids: Vec<&str> = course
        .attempts
        .iter()
        .filter_map(|a| a.id.as_deref())
        .collect();
    assert_eq!(ids.len(), course.attempts.len(), "every attempt has an id");
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        2 * SAVES as usize,
        "every attempt, in the same second, kept once"
    );
}
