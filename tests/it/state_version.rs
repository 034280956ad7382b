//! The state file's format version: a version 1 file (a fixture kept as this build
//! writes it) loads, resumes and survives a save; a file from a newer amphi is
//! refused with a clear message and left untouched, by the library and by the
//! binary.
//!
//! When the format changes (version 2), `tests/fixtures/state/v1.json` stays as it
//! is and the first test below becomes the migration test: it must still pass.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use amphi::app::App;
use amphi::progress::{Anchor, STATE_VERSION, Store, StoreError};
use amphi::quiz::Response;
use amphi::theme::Theme;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/state")
        .join(name)
}

/// A copy of the fixture in a temporary folder (loading may move a file aside: the
/// fixture itself is never given to the store).
fn copy_of(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    std::fs::copy(fixture(name), &path).unwrap();
    (dir, path)
}

#[test]
fn a_version_1_state_file_loads_with_everything_in_it() {
    let (_dir, path) = copy_of("v1.json");
    let loaded = Store::new(&path).load().expect("a v1 file loads");
    assert!(loaded.warning.is_none(), "{:?}", loaded.warning);
    let state = loaded.state;
    assert_eq!(state.version, STATE_VERSION);
    assert_eq!(state.courses.len(), 2);

    let web = &state.courses["sociology-of-the-web"];
    let position = web.position.as_ref().expect("a position");
    assert_eq!(position.module, "exponential-web");
    assert_eq!(position.item, "andre-on-speed");
    assert_eq!(
        position.anchor,
        Anchor {
            block: 4,
            line: 1,
            hash: None
        },
        "a version 1 file without the text hash"
    );
    assert_eq!(web.read.len(), 2);
    assert_eq!(web.read["exponential-web/big-four-and-natu"], 1_767_225_600);
    assert_eq!(web.attempts.len(), 1);
    let a = &web.attempts[0];
    assert_eq!(
        (a.module.as_str(), a.quiz.as_str()),
        ("exponential-web", "module-quiz")
    );
    assert_eq!(
        (a.started_at, a.finished_at),
        (1_767_227_000, 1_767_227_300)
    );
    assert_eq!(
        (a.score.points, a.score.max, a.pass_mark, a.passed),
        (5.0, 7.0, 70, true)
    );
    let responses: Vec<&Response> = a.answers.iter().map(|r| &r.response).collect();
    assert_eq!(
        responses,
        [
            &Response::Choice(1),
            &Response::Choices([0, 2].into()),
            &Response::Bool(false),
            // A text answer stays text, as typed.
            &Response::Text("no".into()),
            &Response::Choice(3),
            &Response::Order(vec![0, 1, 2, 3]),
            &Response::Bool(true),
        ]
    );
    assert_eq!(a.answers.iter().filter(|r| r.correct).count(), 5);

    let tea = &state.courses["org.example.brewing-tea"];
    assert_eq!(tea.read["brewing/water-and-time"], 1_767_000_000);
    assert!(tea.position.is_none() && tea.attempts.is_empty());
}

#[test]
fn a_version_1_state_file_resumes_where_the_learner_left() {
    let (_dir, path) = copy_of("v1.json");
    let state = Store::new(&path).load().unwrap().state;
    let course = amphi::course::load_bundled().unwrap();
    let module = course.module_index("exponential-web").unwrap();
    let app = App::new(course, state, Theme::plain());
    let item = app.course.modules[module]
        .items
        .iter()
        .position(|i| i.id() == "andre-on-speed")
        .unwrap();
    assert_eq!(app.nav.current, (module, item));
    assert!(app.progress().quiz_passed("exponential-web", "module-quiz"));
}

#[test]
fn a_version_1_state_file_survives_a_save_unchanged() {
    let (_dir, path) = copy_of("v1.json");
    let store = Store::new(&path);
    let before = store.load().unwrap().state;
    let merged = store.save_merged(&before).unwrap();
    assert_eq!(merged, before);
    assert_eq!(Store::new(&path).load().unwrap().state, before);
    // Another course's progress (brewing-tea) is still there, untouched.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("org.example.brewing-tea"));
}

const NEWER: &str = r#"{"version": 2, "courses": {"x": {"something_new": [1, 2, 3]}}}"#;

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn a_newer_state_file_is_refused_and_left_untouched_by_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    std::fs::write(&path, NEWER).unwrap();
    let store = Store::new(&path);
    let err = store.load().unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 2, .. }),
        "{err:?}"
    );
    let message = err.to_string();
    for part in [
        "newer amphi",
        "state version 2",
        "left untouched",
        "state.json",
    ] {
        assert!(message.contains(part), "{part:?} in {message}");
    }
    // Saving over it is refused too.
    let err = store.save_merged(&Default::default()).unwrap_err();
    assert!(err.to_string().contains("newer amphi"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), NEWER);
    assert!(
        files_in(dir.path()).iter().all(|n| !n.contains(".broken-")),
        "not moved aside: {:?}",
        files_in(dir.path())
    );
}

#[test]
fn the_binary_refuses_a_newer_state_file_with_a_clear_message() {
    for args in [&["progress"][..], &[][..]] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, NEWER).unwrap();
        let out = crate::common::isolated::amphi()
            .args(args)
            .env("AMPHI_STATE", &path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "amphi {args:?}: {stderr}");
        assert!(
            stderr.contains("newer amphi") && stderr.contains(&path.display().to_string()),
            "amphi {args:?}: {stderr}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), NEWER);
        assert!(files_in(dir.path()).iter().all(|n| !n.contains(".broken-")));
    }
}

#[test]
fn an_unknown_older_version_is_moved_aside_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let old = r#"{"version": 0, "courses": {}}"#;
    std::fs::write(&path, old).unwrap();
    let loaded = Store::new(&path).load().unwrap();
    let warning = loaded.warning.expect("the learner is told");
    assert!(warning.contains("unknown state version 0"), "{warning}");
    let backup = files_in(dir.path())
        .into_iter()
        .find(|n| n.starts_with("state.json.broken-"))
        .expect("a backup");
    assert!(warning.contains(&backup), "{warning} names {backup}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join(backup)).unwrap(),
        old
    );
}
