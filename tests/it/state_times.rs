//! A state file whose times are out of range (year 10000 and beyond, up to
//! `u64::MAX` seconds) must not panic any command or screen that shows them: they
//! are shown as unknown and kept as they are in the file.

use std::ffi::OsStr;
use std::process::Stdio;

use amphi::app::Action;
use amphi::progress::State;

use crate::common::{app_with, open_item, render, send};

const FAR: u64 = u64::MAX;

/// `tests/fixtures/state/v1.json` with every time moved to [`FAR`], and a note,
/// a bookmark, a review card, time spent and an open attempt with far times too.
fn far_state() -> State {
    let text = include_str!("../fixtures/state/v1.json")
        .replace("1767225600", &FAR.to_string())
        .replace("1767226200", &FAR.to_string())
        .replace("1767227000", &(FAR - 300).to_string())
        .replace("1767227300", &FAR.to_string())
        .replace("1767000000", &FAR.to_string());
    let mut state: State = serde_json::from_str(&text).expect("the fixture parses");
    let course = state
        .courses
        .get_mut("sociology-of-the-web")
        .expect("the bundled course's progress");
    let mut extra: serde_json::Value = serde_json::json!({
        "notes": {"exponential-web/big-four-and-natu": {"text": "far note", "updated_at": FAR}},
        "bookmarks": [{"module": "exponential-web", "item": "big-four-and-natu",
                       "anchor": {"block": 0, "line": 0}, "label": "far", "created_at": FAR}],
        "review": {"exponential-web/module-quiz/q3": {"box": 2, "due_day": FAR, "lapses": 1, "last_answered": FAR}},
        "seconds": {"exponential-web/big-four-and-natu": FAR}
    });
    let mut merged = serde_json::to_value(&*course).unwrap();
    for (k, v) in extra.as_object_mut().unwrap().iter_mut() {
        merged[k] = v.take();
    }
    *course = serde_json::from_value(merged).expect("the far fields parse");
    state
}

#[test]
fn commands_show_far_times_as_unknown_without_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let text = serde_json::to_string(&far_state()).unwrap();
    std::fs::write(&path, &text).unwrap();
    for args in [
        &["notes"][..],
        &["notes", "--format", "json"],
        &["export", "--xapi"],
        &["list"],
        &["progress"],
        &["progress", "--format", "json"],
        &["mastery"],
    ] {
        let out = crate::common::isolated::amphi()
            .args(args.iter().map(OsStr::new))
            .arg("--state")
            .arg(&path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "amphi {args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "amphi {args:?}: {stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if args == ["notes"] {
            assert!(stdout.contains("unknown time"), "{stdout}");
        }
        if args == ["list"] {
            assert!(stdout.contains("unknown date"), "{stdout}");
        }
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the file is kept as it is"
    );
}

#[test]
fn screens_show_far_times_without_panicking() {
    let mut app = app_with(far_state(), 100, 30);
    let _ = render(&app, 100, 30);
    // The quiz with its far attempt, the bookmarks list, the note, the review.
    let quiz = app.course.modules[0]
        .items
        .iter()
        .position(|i| matches!(i, amphi::course::Item::Quiz(_)))
        .expect("module 1 has a quiz");
    open_item(&mut app, 0, quiz);
    let _ = render(&app, 100, 30);
    send(&mut app, &[Action::Confirm]);
    let _ = render(&app, 100, 30);
    send(&mut app, &[Action::Back, Action::OpenBookmarks]);
    let _ = render(&app, 100, 30);
    send(&mut app, &[Action::Back, Action::StartReview]);
    let _ = render(&app, 100, 30);
}
