//! `amphi preview` end to end: the real binary in a private tmux server, a course
//! folder edited on disk while it runs, the screen read back.
//!
//! tmux is required: without it this test fails (it never passes silently).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_amphi");
/// How long to wait for an expected screen (a reload waits for the files to be
/// quiet first, and the machine may be busy).
const TIMEOUT: Duration = Duration::from_secs(20);

/// A private tmux server in a temporary folder, killed on drop.
struct Tmux {
    socket: PathBuf,
    dir: tempfile::TempDir,
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .env_remove("TMUX")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

impl Tmux {
    fn new() -> Tmux {
        let ok = Command::new("tmux").arg("-V").output();
        assert!(
            ok.is_ok_and(|o| o.status.success()),
            "tmux is required by this test (apt-get install tmux)"
        );
        let dir = tempfile::Builder::new()
            .prefix("amphi-preview-e2e-")
            .tempdir()
            .unwrap();
        Tmux {
            socket: dir.path().join("tmux.sock"),
            dir,
        }
    }

    fn tmux(&self, args: &[&str]) -> Output {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs");
        assert!(out.status.success(), "tmux {args:?} failed");
        out
    }

    /// Runs `amphi preview COURSE` in a 100×30 session.
    fn start(&self, course: &Path) {
        let state = self.dir.path().join("state.json");
        let command = format!(
            "env AMPHI_STATE={} NO_COLOR=1 {} preview {}; echo AMPHI_EXITED=$?; sleep 600",
            sh_quote(&state.to_string_lossy()),
            sh_quote(BIN),
            sh_quote(&course.to_string_lossy()),
        );
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            "amphi",
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ]);
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "amphi"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", "amphi"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; the screen was:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn an_edit_on_disk_shows_in_the_running_app_and_a_broken_one_is_explained() {
    let t = Tmux::new();
    let course = t.dir.path().join("course");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal"),
        &course,
    );
    t.start(&course);
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
