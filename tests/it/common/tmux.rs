//! A private tmux server for the end-to-end tests that drive the real binary as a
//! person would: keys in, the screen read back with `capture-pane`.
//!
//! Each [`Tmux`] runs its own server (`tmux -S <socket in a unique temporary
//! folder>`), killed when it is dropped (also when the test fails), so tests run
//! in parallel and never touch the learner's own tmux server. tmux is required:
//! without it these tests fail, they never pass silently.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_amphi");
/// Printed by the shell when amphi exits, followed by its exit code.
pub const EXITED: &str = "AMPHI_EXITED=";
/// The name of the session amphi runs in.
pub const SESSION: &str = "amphi";

/// Single-quotes `s` for `sh`.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Fails the test with a clear message when tmux cannot be run.
pub fn require_tmux() {
    match Command::new("tmux").arg("-V").output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!(
            "tmux is required by the end-to-end tests but `tmux -V` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => panic!(
            "tmux is required by the end-to-end tests (install it, e.g. `apt-get install tmux`): \
             cannot run `tmux -V`: {e}"
        ),
    }
}

/// A private tmux server and the temporary folder that holds its socket (and
/// whatever else the test keeps there: state file, courses). Dropping it kills
/// the server, then removes the folder.
pub struct Tmux {
    /// The server's socket.
    pub socket: PathBuf,
    /// The temporary folder, removed on drop.
    pub dir: tempfile::TempDir,
    /// How long to wait for an expected screen before failing.
    pub timeout: Duration,
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
    /// A new private server (not started yet) in a folder named after `tag`, with
    /// a 10 s wait for expected screens.
    pub fn new(tag: &str) -> Tmux {
        require_tmux();
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = tempfile::Builder::new()
            .prefix(&format!(
                "amphi-{tag}-{}-{}-",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ))
            .tempdir()
            .expect("a temporary folder");
        Tmux {
            socket: dir.path().join("tmux.sock"),
            dir,
            timeout: Duration::from_secs(10),
        }
    }

    /// The same server, waiting up to `timeout` for expected screens.
    pub fn with_timeout(mut self, timeout: Duration) -> Tmux {
        self.timeout = timeout;
        self
    }

    /// A path inside the temporary folder.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The home folder of everything run on this server (see
    /// [`super::isolated`]): `home/` in the temporary folder.
    pub fn home(&self) -> PathBuf {
        self.path("home")
    }

    /// Runs a tmux command on this server; fails the test if tmux does. The
    /// server, started by the first command, inherits an isolated environment
    /// ([`super::isolated::isolate`] into [`Tmux::home`]), and so does every
    /// shell and amphi it runs.
    pub fn tmux(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new("tmux");
        super::isolated::isolate(&mut cmd, &self.home());
        let out = cmd
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

    /// Runs the shell command line `command` in a new `w`×`h` session. When it
    /// exits, the shell prints [`EXITED`] and the exit code and waits, so the pane
    /// stays readable.
    pub fn start_command(&self, w: u16, h: u16, command: &str) {
        self.start_line(w, h, &format!("{command}; echo {EXITED}$?; sleep 600"));
    }

    /// Runs the shell command line `line` as it is in a new `w`×`h` session.
    pub fn start_line(&self, w: u16, h: u16, line: &str) {
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            SESSION,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
            line,
        ]);
    }

    /// Sends tmux key names (`Enter`, `Down`, `Space`, `G`, `2`…), in order.
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Types `text` literally.
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// Resizes the session's window.
    pub fn resize(&self, w: u16, h: u16) {
        self.tmux(&[
            "resize-window",
            "-t",
            SESSION,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
    }

    /// The pane's text as shown now, one line a row.
    pub fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", SESSION]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Polls the screen until `ok` holds and returns it; fails after the timeout
    /// with the last screen.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > self.timeout {
                let rule = "=".repeat(40);
                panic!(
                    "timed out after {:?} waiting for {what}; the last screen was:\n{rule}\n{screen}{rule}",
                    self.timeout
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until every one of `texts` is on the screen.
    pub fn wait_for(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?} on the screen"), |s| {
            texts.iter().all(|t| s.contains(t))
        })
    }

    /// Waits for amphi to exit and returns its exit code.
    pub fn wait_exit(&self) -> i32 {
        let screen = self.wait_until("amphi to exit", |s| s.contains(EXITED));
        let code = screen
            .split(EXITED)
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|c| c.parse().ok());
        code.unwrap_or_else(|| panic!("no exit code on the screen:\n{screen}"))
    }

    /// Ends the session whose amphi has exited (its shell is only sleeping) and
    /// waits until the server is gone, so the next session starts a fresh one
    /// instead of racing the old one's exit.
    pub fn drop_session(&self) {
        self.tmux(&["kill-session", "-t", SESSION]);
        let start = Instant::now();
        while Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("has-session")
            .env_remove("TMUX")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(
                start.elapsed() < self.timeout,
                "the tmux session did not end"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}
