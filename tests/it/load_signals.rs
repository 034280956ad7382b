//! SIGTERM and SIGHUP (the terminal closed) during a long load end amphi promptly
//! and leave the state file as it was (issue 13: "closing the terminal during a
//! long load leaves the process running at full CPU").
//!
//! amphi loads the course before it sets up its signal handling (src/main.rs), so
//! during the load a signal has its default action: the process ends at once,
//! having written nothing. These tests hold that promise against a change that
//! would catch the signals earlier and forget to look at them while loading. They
//! run the real binary (through `common::isolated`) on a generated course of
//! [`COURSE_BYTES`], whose load takes seconds in a debug build, and send the signal
//! [`WHILE_LOADING`] after the start. The 10 s bound ([`PROMPTLY`]) is a liveness
//! check, not a measurement: a process left running fails it, a slow machine does
//! not.
#![cfg(unix)]

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::common::isolated::amphi;
use crate::common::shapes::{self, Shape};

/// The generated course: 16 MB of small lessons, seconds of loading in a debug build.
const COURSE_BYTES: usize = 16 * shapes::MB;
/// How long after the start the signal is sent: the load has begun and is far
/// from done (it takes seconds in a debug build, and still about half a second in
/// a release one).
const WHILE_LOADING: Duration = Duration::from_millis(150);
/// How long amphi may take to end after the signal.
const PROMPTLY: Duration = Duration::from_secs(10);

const SIGHUP: i32 = 1;
const SIGTERM: i32 = 15;

/// The state file of a learner with progress, written before the run.
const STATE: &str = include_str!("../fixtures/state/v1.json");

fn course() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    shapes::write(Shape::SmallLessons, COURSE_BYTES, dir.path()).expect("written");
    dir
}

fn send(child: &Child, signal: i32) {
    // `kill(1)`, as the other signal tests do: no libc binding needed.
    let ok = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill -{signal} {}", child.id());
}

/// Waits for `child` to end, at most [`PROMPTLY`]; kills it and fails otherwise.
fn ends_promptly(child: &mut Child, what: &str) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("waited") {
            return status;
        }
        if start.elapsed() > PROMPTLY {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: amphi was still running {PROMPTLY:?} after the signal");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs amphi with `args` (the course folder put in place of `{}`), sends `signal`
/// while it loads and checks that it ended promptly, because of the signal, with
/// the state file unchanged.
fn a_signal_during_the_load_ends_it(args: &[&str], signal: i32, course: &Path) {
    let mut cmd = amphi();
    let state = cmd.home.path().join("state.json");
    std::fs::write(&state, STATE).expect("state written");
    let args: Vec<String> = args
        .iter()
        .map(|a| a.replace("{}", &course.to_string_lossy()))
        .collect();
    let what = format!("amphi {} with signal {signal}", args.join(" "));
    let mut child = cmd
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("amphi started");
    std::thread::sleep(WHILE_LOADING);
    assert!(
        child.try_wait().expect("waited").is_none(),
        "{what}: amphi ended before the signal: the course loads too fast to test this"
    );
    send(&child, signal);
    let status = ends_promptly(&mut child, &what);
    let mut stderr = String::new();
    let _ = child
        .stderr
        .take()
        .expect("piped")
        .read_to_string(&mut stderr);
    // Ended by the signal, or (were it ever handled during the load) with the
    // code amphi gives a signal; never by finishing the load first, which would
    // then say it needs a terminal or print a report.
    assert!(
        status.signal() == Some(signal) || status.code() == Some(128 + signal),
        "{what}: ended with {status:?}, not by the signal; stderr: {stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&state).expect("the state file is still there"),
        STATE,
        "{what}: the state file changed"
    );
}

#[test]
fn sigterm_and_sighup_during_a_long_load_end_amphi_promptly() {
    let course = course();
    for signal in [SIGTERM, SIGHUP] {
        a_signal_during_the_load_ends_it(&["{}"], signal, course.path());
    }
}

#[test]
fn sigterm_and_sighup_during_a_long_check_end_it_promptly() {
    let course = course();
    for signal in [SIGTERM, SIGHUP] {
        a_signal_during_the_load_ends_it(&["check", "{}"], signal, course.path());
    }
}
