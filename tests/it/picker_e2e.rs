//! End to end, the real binary in tmux: two courses added to a temporary library,
//! `amphi` opens the picker, the learner opens the second one, quits, and
//! `amphi list` shows it studied.
//!
//! Like `e2e_tmux.rs`: a private tmux server (its socket in a temporary folder),
//! killed when the test ends; the data folder (`XDG_DATA_HOME`) and the state file
//! are temporary too. tmux is required: without it this test fails.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::common::tmux::{BIN, EXITED, Tmux, sh_quote};

/// What the picker test adds to the shared harness (tests/it/common/tmux.rs): a
/// temporary data folder (`XDG_DATA_HOME`) and state file.
trait Library {
    /// The environment amphi runs in.
    fn env(&self) -> [(&'static str, PathBuf); 2];
    /// `amphi ARGS` without a terminal, in this test's environment.
    fn amphi(&self, args: &[&str]) -> Output;
    /// Starts `amphi` with no argument in a `w`×`h` session.
    fn start(&self, w: u16, h: u16);
}

impl Library for Tmux {
    fn env(&self) -> [(&'static str, PathBuf); 2] {
        [
            ("XDG_DATA_HOME", self.path("data")),
            ("AMPHI_STATE", self.path("state.json")),
        ]
    }

    fn amphi(&self, args: &[&str]) -> Output {
        let out = crate::common::isolated::amphi()
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

    fn start(&self, w: u16, h: u16) {
        let env: Vec<String> = self
            .env()
            .iter()
            .map(|(k, v)| format!("{k}={}", sh_quote(&v.to_string_lossy())))
            .collect();
        let command = format!(
            "env -u AMPHI_DATA_DIR {} NO_COLOR=1 {}",
            env.join(" "),
            sh_quote(BIN)
        );
        self.start_command(w, h, &command);
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
    let t = Tmux::new("picker-e2e");
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
    // A key that scrolls on with the end of its short first lesson on screen
    // reads it (opening it alone does not).
    t.keys(&["j", "q"]);
    let screen = t.wait_for(&[EXITED]);
    assert!(screen.contains(&format!("{EXITED}0")), "{screen}");

    let list = String::from_utf8(t.amphi(&["list"]).stdout).unwrap();
    let row = |id: &str| {
        list.lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no {id} in:\n{list}"))
            .to_string()
    };
    // Its short first lesson was read to the end: 1 item of 4.
    let beta = row("beta");
    assert!(beta.contains("25 %"), "{list}");
    assert!(
        beta.contains(&day_before) || beta.contains(&today()),
        "studied today:\n{list}"
    );
    assert!(row("alpha").contains("never"), "{list}");
}
