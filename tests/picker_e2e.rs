//! End to end, the real binary in tmux: two courses added to a temporary library,
//! `amphi` opens the picker, the learner opens the second one, quits, and
//! `amphi list` shows it studied.
//!
//! Like `e2e_tmux.rs`: a private tmux server (its socket in a temporary folder),
//! killed when the test ends; the data folder (`XDG_DATA_HOME`) and the state file
//! are temporary too. tmux is required: without it this test fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BIN: &str = env!("CARGO_BIN_EXE_amphi");
const TIMEOUT: Duration = Duration::from_secs(10);
const EXITED: &str = "AMPHI_EXITED=";

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A private tmux server and the temporary folder holding its socket, the data
/// folder, the state file and the courses. Dropping it kills the server.
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

impl Tmux {
    fn new() -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(out) if out.status.success() => {}
            other => panic!("tmux is required by this end-to-end test: `tmux -V` gave {other:?}"),
        }
        let dir = tempfile::Builder::new()
            .prefix("amphi-picker-e2e-")
            .tempdir()
            .expect("a temporary folder");
        Tmux {
            socket: dir.path().join("tmux.sock"),
            dir,
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The environment amphi runs in: temporary data folder and state file.
    fn env(&self) -> [(&'static str, PathBuf); 2] {
        [
            ("XDG_DATA_HOME", self.path("data")),
            ("AMPHI_STATE", self.path("state.json")),
        ]
    }

    /// `amphi ARGS` without a terminal, in this test's environment.
    fn amphi(&self, args: &[&str]) -> Output {
        let out = Command::new(BIN)
            .args(args)
            .envs(self.env())
            .env_remove("AMPHI_DATA_DIR")
            .stdin(Stdio::null())
            .output()
            .expect("run amphi");
        assert_eq!(
            out.status.code(),
            Some(0),
            "amphi {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
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
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Starts `amphi` with no argument in a `w`×`h` session.
    fn start(&self, w: u16, h: u16) {
        let env: Vec<String> = self
            .env()
            .iter()
            .map(|(k, v)| format!("{k}={}", sh_quote(&v.to_string_lossy())))
            .collect();
        let command = format!(
            "env -u AMPHI_DATA_DIR {} NO_COLOR=1 {}; echo {EXITED}$?; sleep 600",
            env.join(" "),
            sh_quote(BIN)
        );
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            "amphi",
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
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

    /// Waits until every one of `texts` is on the screen and returns it.
    fn wait_for(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if texts.iter().all(|t| screen.contains(t)) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {texts:?}; the last screen was:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn new_course(t: &Tmux, dir: &Path, id: &str, title: &str) {
    let dir = dir.to_str().unwrap();
    t.amphi(&["new", dir, "--title", title, "--id", id]);
    t.amphi(&["add", dir]);
}

fn today() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    amphi::library::date(now)
}

#[test]
fn the_picker_opens_the_second_installed_course_and_list_shows_it_studied() {
    let t = Tmux::new();
    new_course(&t, &t.path("a"), "alpha", "Alpha course");
    new_course(&t, &t.path("b"), "beta", "Beta course");

    t.start(80, 24);
    let screen = t.wait_for(&[
        "Choose a course",
        "Alpha course",
        "Beta course",
        "Enter open",
    ]);
    let rows: Vec<&str> = screen.lines().collect();
    assert!(
        rows[1].contains("› Sociology of the Web"),
        "the bundled course first:\n{screen}"
    );
    assert!(screen.contains("not started"), "{screen}");

    t.keys(&["Down", "j"]);
    t.wait_for(&["› Beta course", "3 of 3"]);
    t.keys(&["Enter"]);
    // The course app, on the second installed course.
    let screen = t.wait_for(&["Beta course", "Welcome", "1/1 · 1/4"]);
    assert!(
        screen.contains("Beta course"),
        "its title in the status bar:\n{screen}"
    );
    let day_before = today();
    t.keys(&["q"]);
    let screen = t.wait_for(&[EXITED]);
    assert!(screen.contains(&format!("{EXITED}0")), "{screen}");

    let list = String::from_utf8(t.amphi(&["list"]).stdout).unwrap();
    let row = |id: &str| {
        list.lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no {id} in:\n{list}"))
            .to_string()
    };
    // Opening the course read its short first lesson to the end: 1 item of 4.
    let beta = row("beta");
    assert!(beta.contains("25 %"), "{list}");
    assert!(
        beta.contains(&day_before) || beta.contains(&today()),
        "studied today:\n{list}"
    );
    assert!(row("alpha").contains("never"), "{list}");
}
