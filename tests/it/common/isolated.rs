//! Every run of the real binary in its own folders, never the learner's.
//!
//! amphi reads and writes four kinds of places: the state file, the data folder
//! (installed courses), the config file and the course cache. A test that ran
//! `amphi` with the environment it was given would read an installed course of
//! the person running `cargo test` (and show the course picker), or write to their
//! `~/.cache/amphi`. [`amphi`] and [`isolate`] point `HOME` and every XDG base
//! folder into a temporary folder, and drop the `AMPHI_*` variables that choose a
//! place or change what is drawn; a test that needs one sets it afterwards.

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::process::Command;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_amphi");

/// The `AMPHI_*` (and other) variables removed from an isolated command: each
/// chooses a place or a way of drawing that a test must set on purpose.
pub const REMOVED: &[&str] = &[
    "AMPHI_DATA_DIR",
    "AMPHI_CONFIG",
    "AMPHI_THEME",
    "AMPHI_MEASURE",
    "AMPHI_PLAIN",
    "AMPHI_NO_CACHE",
    "AMPHI_LANG",
    "NO_COLOR",
];

/// The variables an isolated command gets: `HOME`, the four XDG base folders
/// and `AMPHI_STATE` (`home/state.json`), all under `home`, and `LC_ALL=C.UTF-8`,
/// a locale that names no language, so amphi speaks English and opens the
/// bundled course's English edition whatever the developer's own locale (a
/// test of another language sets `LC_ALL` afterwards).
pub fn variables(home: &Path) -> Vec<(&'static str, std::path::PathBuf)> {
    vec![
        ("HOME", home.to_path_buf()),
        ("XDG_CONFIG_HOME", home.join(".config")),
        ("XDG_DATA_HOME", home.join(".local/share")),
        ("XDG_STATE_HOME", home.join(".local/state")),
        ("XDG_CACHE_HOME", home.join(".cache")),
        ("AMPHI_STATE", home.join("state.json")),
        ("LC_ALL", std::path::PathBuf::from("C.UTF-8")),
    ]
}

/// Points `cmd`'s home, XDG folders and state file into `home` and removes
/// [`REMOVED`]. Later `.env(…)` calls on `cmd` still win.
pub fn isolate(cmd: &mut Command, home: &Path) {
    for (name, value) in variables(home) {
        cmd.env(name, value);
    }
    for name in REMOVED {
        cmd.env_remove(name);
    }
}

/// `amphi` with its own temporary home (see the module's doc); the folder lives
/// as long as the value, so `amphi().arg(…).output()` in one statement works.
pub struct Isolated {
    cmd: Command,
    /// The temporary home; removed when the value is dropped.
    pub home: tempfile::TempDir,
}

/// The binary under test, isolated in a fresh temporary home.
pub fn amphi() -> Isolated {
    let home = tempfile::Builder::new()
        .prefix("amphi-test-home-")
        .tempdir()
        .expect("a temporary folder");
    let mut cmd = Command::new(BIN);
    isolate(&mut cmd, home.path());
    Isolated { cmd, home }
}

impl Deref for Isolated {
    type Target = Command;
    fn deref(&self) -> &Command {
        &self.cmd
    }
}

impl DerefMut for Isolated {
    fn deref_mut(&mut self) -> &mut Command {
        &mut self.cmd
    }
}

/// Runs `amphi import ARGS…` in a fresh home; (exit code, stdout, stderr).
pub fn import(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let output = amphi().arg("import").args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `s` as an `OsStr`, to mix paths and strings in [`import`]'s arguments.
pub fn os(s: &(impl AsRef<std::ffi::OsStr> + ?Sized)) -> &std::ffi::OsStr {
    s.as_ref()
}

/// `amphi ARGS` isolated in `home` ([`isolate`]) with the locale `locale`
/// (`LC_ALL`), as a person with that locale would run it.
pub fn amphi_in(home: &Path, locale: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(BIN);
    isolate(&mut cmd, home);
    cmd.env("LC_ALL", locale)
        .args(args)
        .output()
        .expect("run amphi")
}
