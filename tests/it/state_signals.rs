//! SIGTERM and SIGHUP (the terminal closed) save the progress and restore the
//! terminal before amphi exits. The real binary runs in tmux (a private server per
//! test, as in `e2e_tmux.rs`).
#![cfg(unix)]

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::tmux::{BIN, EXITED, SESSION, Tmux, sh_quote};

const TIMEOUT: Duration = Duration::from_secs(10);
const TTY: &str = "TTY:";
/// Printed after the terminal settings.
const END: &str = ":END";

/// What the signal tests add to the shared harness (tests/it/common/tmux.rs): the
/// state and pid files, and a shell that reports the terminal's settings after
/// amphi exits.
trait Signals {
    fn state(&self) -> PathBuf;
    fn pid_file(&self) -> PathBuf;
    /// A tmux format of the amphi pane, such as `#{alternate_on}`.
    fn display(&self, format: &str) -> String;
    /// Starts amphi on the bundled course. An inner shell writes its pid and
    /// `exec`s amphi, so the pid file holds amphi's pid. When amphi exits, the pane
    /// shows its exit code and the terminal's line discipline settings (`icanon`
    /// and `echo`, each `-`-prefixed when off, as raw mode leaves them).
    fn start(&self);
    fn amphi_pid(&self) -> String;
    fn signal(&self, sig: &str);
}

impl Signals for Tmux {
    fn state(&self) -> PathBuf {
        self.path("state.json")
    }

    fn pid_file(&self) -> PathBuf {
        self.path("amphi.pid")
    }

    fn display(&self, format: &str) -> String {
        let out = self.tmux(&["display", "-p", "-t", SESSION, format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn start(&self) {
        let inner = format!(
            // An empty library (AMPHI_DATA_DIR): installed courses would bring up the picker.
            "echo $$ > {pid}; exec env AMPHI_STATE={state} AMPHI_DATA_DIR={state}.data NO_COLOR=1 {bin}",
            pid = sh_quote(&self.pid_file().to_string_lossy()),
            state = sh_quote(&self.state().to_string_lossy()),
            bin = sh_quote(BIN),
        );
        let command = format!(
            "sh -c {inner}; echo {EXITED}$?; printf '{TTY} '; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo {END}; sleep 600",
            inner = sh_quote(&inner),
        );
        self.start_line(120, 40, &command);
    }

    fn amphi_pid(&self) -> String {
        wait_value("the pid file", || {
            let pid = std::fs::read_to_string(self.pid_file()).ok()?;
            let pid = pid.trim().to_string();
            (!pid.is_empty()).then_some(pid)
        })
    }

    fn signal(&self, sig: &str) {
        let pid = self.amphi_pid();
        let ok = Command::new("kill")
            .args([&format!("-{sig}"), &pid])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "kill -{sig} {pid}");
    }
}

/// Polls `ok` until it gives a value; fails after [`TIMEOUT`].
fn wait_value<T>(what: &str, ok: impl Fn() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = ok() {
            return v;
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "timed out after {TIMEOUT:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn bundled() -> amphi::course::Course {
    amphi::course::load_bundled().unwrap()
}

/// The saved position (module id, item id) in the bundled course.
fn saved_position(t: &Tmux) -> (String, String) {
    let text = std::fs::read_to_string(t.state()).expect("the state file was written");
    let state: amphi::progress::State = serde_json::from_str(&text).expect("a valid state");
    let p = state.courses[&bundled().info.id]
        .position
        .clone()
        .expect("a position was saved");
    (p.module, p.item)
}

/// Opens the second item of module 1 (`n`) and waits until it shows.
fn open_second_item(t: &Tmux) -> (String, String) {
    let course = bundled();
    let module = &course.modules[0];
    let first: String = module.items[0].title().chars().take(20).collect();
    let second: String = module.items[1].title().chars().take(20).collect();
    t.wait_for(&[&first]);
    t.keys(&["n"]);
    t.wait_for(&[&second]);
    // The app has drawn it; give the key loop a moment to be back in its wait.
    std::thread::sleep(Duration::from_millis(100));
    (module.id.clone(), module.items[1].id().to_string())
}

fn assert_terminal_restored(t: &Tmux, screen: &str) {
    assert_eq!(
        t.display("#{alternate_on}"),
        "0",
        "the alternate screen was left:\n{screen}"
    );
    assert_eq!(
        t.display("#{cursor_flag}"),
        "1",
        "the cursor is shown again"
    );
    assert_eq!(t.display("#{mouse_any_flag}"), "0", "mouse capture is off");
    let tty = screen
        .lines()
        .find_map(|l| l.strip_prefix(TTY))
        .unwrap_or_else(|| panic!("no tty line:\n{screen}"));
    let flags: Vec<&str> = tty.split_whitespace().filter(|f| *f != END).collect();
    assert!(
        flags.contains(&"icanon") && flags.contains(&"echo"),
        "raw mode is off (icanon and echo back on): {flags:?}"
    );
}

fn exit_code(screen: &str) -> i32 {
    screen
        .split(EXITED)
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no exit code on the screen:\n{screen}"))
}

#[test]
fn sigterm_saves_the_position_and_restores_the_terminal() {
    let t = Tmux::new("signals");
    t.start();
    let expected = open_second_item(&t);
    assert!(!t.state().exists(), "nothing saved before the signal");
    t.signal("TERM");
    let screen = t.wait_for(&[END]);
    assert_eq!(
        exit_code(&screen),
        128 + 15,
        "exit code of a SIGTERM:\n{screen}"
    );
    assert_eq!(saved_position(&t), expected);
    assert_terminal_restored(&t, &screen);
    let course = bundled();
    let second: String = course.modules[0].items[1]
        .title()
        .chars()
        .take(20)
        .collect();
    assert!(
        !screen.contains(&second),
        "amphi's screen is gone:\n{screen}"
    );
}

#[test]
fn sighup_saves_the_position_and_restores_the_terminal() {
    let t = Tmux::new("signals");
    t.start();
    let expected = open_second_item(&t);
    t.signal("HUP");
    let screen = t.wait_for(&[END]);
    assert_eq!(
        exit_code(&screen),
        128 + 1,
        "exit code of a SIGHUP:\n{screen}"
    );
    assert_eq!(saved_position(&t), expected);
    assert_terminal_restored(&t, &screen);
}

#[test]
fn closing_the_terminal_saves_the_position() {
    let t = Tmux::new("signals");
    t.start();
    let expected = open_second_item(&t);
    let pid = t.amphi_pid();
    // tmux hangs up the pane's terminal, as a terminal emulator does when its
    // window is closed: amphi gets SIGHUP and its terminal is gone.
    t.tmux(&["new-session", "-d", "-s", "keep", "sleep 600"]);
    t.tmux(&["kill-session", "-t", "amphi"]);
    wait_value("amphi to exit", || {
        let alive = Command::new("kill")
            .args(["-0", &pid])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        (!alive).then_some(())
    });
    assert_eq!(saved_position(&t), expected);
}
