//! `amphi preview` end to end: the real binary in a private tmux server, a course
//! folder edited on disk while it runs, the screen read back.
//!
//! tmux is required: without it this test fails (it never passes silently).

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::common::tmux::{BIN, Tmux, sh_quote};

/// How long to wait for an expected screen (a reload waits for the files to be
/// quiet first, and the machine may be busy).
const TIMEOUT: Duration = Duration::from_secs(20);

/// Runs `amphi preview COURSE` in a 100×30 session of the shared harness
/// (tests/it/common/tmux.rs), with a state file of its own.
fn start(t: &Tmux, course: &Path) {
    let state = t.path("state.json");
    let command = format!(
        "env AMPHI_STATE={} NO_COLOR=1 {} preview {}",
        sh_quote(&state.to_string_lossy()),
        sh_quote(BIN),
        sh_quote(&course.to_string_lossy()),
    );
    t.start_command(100, 30, &command);
}

#[test]
fn an_edit_on_disk_shows_in_the_running_app_and_a_broken_one_is_explained() {
    let t = Tmux::new("preview-e2e").with_timeout(TIMEOUT);
    let course = t.dir.path().join("course");
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal"),
        &course,
    );
    start(&t, &course);
    t.wait_until("the first lesson", |s| s.contains("Some CommonMark text."));
    // To the second item, the lesson kept in lessons/from-file.md.
    t.keys(&["n"]);
    t.wait_until("the second lesson", |s| {
        s.contains("This text comes from lessons/from-file.md.")
    });

    fs::write(
        course.join("lessons/from-file.md"),
        "# A lesson from a file\n\nRewritten while amphi runs.\n",
    )
    .unwrap();
    let screen = t.wait_until("the edited text", |s| {
        s.contains("Rewritten while amphi runs.")
    });
    assert!(
        screen.contains("Item 2/4"),
        "still on the same item:\n{screen}"
    );

    let module = course.join("modules/01-basics.yaml");
    let good = fs::read_to_string(&module).unwrap();
    fs::write(
        &module,
        good.replace("title: \"Basics\"", "title: [\"Basics\""),
    )
    .unwrap();
    let screen = t.wait_until("the banner", |s| s.contains("Not reloaded"));
    assert!(
        screen.contains("modules/01-basics.yaml:2:"),
        "the file and line of the problem:\n{screen}"
    );
    assert!(
        screen.contains("Rewritten while amphi runs."),
        "the last good course stays readable:\n{screen}"
    );

    fs::write(&module, good.replace("\"Basics\"", "\"Basics, fixed\"")).unwrap();
    let screen = t.wait_until("the fix", |s| s.contains("Basics, fixed"));
    assert!(!screen.contains("Not reloaded"), "{screen}");

    t.keys(&["q"]);
    t.wait_until("amphi to exit", |s| s.contains("AMPHI_EXITED=0"));
}

/// Runs `amphi preview COURSE` in the isolated home of `t` with no state file
/// named (no `--state`, no `AMPHI_STATE`), temporary files in `t`'s `tmp/`;
/// `extra` goes before `preview` on the command line.
fn start_unnamed(t: &Tmux, course: &Path, extra: &str) {
    let tmp = t.path("tmp");
    fs::create_dir_all(&tmp).unwrap();
    let command = format!(
        "env -u AMPHI_STATE TMPDIR={} NO_COLOR=1 {} {extra} preview {}",
        sh_quote(&tmp.to_string_lossy()),
        sh_quote(BIN),
        sh_quote(&course.to_string_lossy()),
    );
    t.start_command(100, 30, &command);
}

/// Goes to the end of the first lesson of the minimal course, then to the
/// second one, and quits (quitting saves the place, so the state file is
/// written in any case).
fn read_first_lesson_and_quit(t: &Tmux) {
    t.wait_until("the first lesson", |s| s.contains("Some CommonMark text."));
    t.keys(&["G", "n"]);
    t.wait_until("the second lesson", |s| {
        s.contains("This text comes from lessons/from-file.md.")
    });
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

/// Every file under `dir`, as paths relative to it.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out
}

#[test]
fn a_preview_keeps_no_progress_unless_a_state_file_is_named() {
    let t = Tmux::new("preview-state").with_timeout(TIMEOUT);
    let course = t.dir.path().join("course");
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal"),
        &course,
    );
    start_unnamed(&t, &course, "");
    let screen = t.wait_until("the notice", |s| s.contains("progress is not kept"));
    assert!(screen.contains("scratch state"), "{screen}");
    read_first_lesson_and_quit(&t);
    let home = t.home();
    let state_files: Vec<String> = files_under(&home)
        .into_iter()
        .filter(|f| f.contains("state.json"))
        .collect();
    assert!(
        state_files.is_empty(),
        "the learner's state is not written: {state_files:?}"
    );
    assert_eq!(
        files_under(&t.path("tmp")),
        Vec::<String>::new(),
        "the scratch state is removed on exit"
    );
    t.drop_session();

    // With --state, that file keeps the lesson read.
    let named = t.path("trial.json");
    start_unnamed(
        &t,
        &course,
        &format!("--state {}", sh_quote(&named.to_string_lossy())),
    );
    read_first_lesson_and_quit(&t);
    let saved = fs::read_to_string(&named).expect("the named state file is written");
    assert!(saved.contains("from-file"), "the place is kept: {saved}");
}
