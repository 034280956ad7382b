//! A relative `HOME` or `AMPHI_DATA_DIR` is treated like a missing home: amphi
//! says so and never creates folders under the working folder (src/folders.rs).

use std::path::Path;
use std::process::Stdio;

use crate::common::tmux::{BIN, Tmux, sh_quote};

/// The XDG and amphi variables a learner with a relative HOME would not have.
const UNSET: &[&str] = &[
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "AMPHI_STATE",
    "AMPHI_DATA_DIR",
];

/// Every entry under `dir`, as relative paths.
fn entries(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        out.push(e.unwrap().file_name().to_string_lossy().into_owned());
    }
    out.sort();
    out
}

#[test]
fn commands_with_a_relative_home_say_so_and_write_nothing_in_the_working_folder() {
    let work = tempfile::tempdir().unwrap();
    for args in [&["list"][..], &["progress"], &["notes"]] {
        let mut cmd = crate::common::isolated::amphi();
        for v in UNSET {
            cmd.env_remove(v);
        }
        let out = cmd
            .args(args)
            .env("HOME", "rel-home")
            .current_dir(work.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "amphi {args:?}: {stderr}");
        assert!(
            stderr.contains("HOME is not an absolute path (rel-home)")
                && stderr.contains("--state FILE"),
            "amphi {args:?}: {stderr}"
        );
    }
    // `check` needs no home at all.
    let mut cmd = crate::common::isolated::amphi();
    for v in UNSET {
        cmd.env_remove(v);
    }
    let out = cmd
        .arg("check")
        .env("HOME", "rel-home")
        .current_dir(work.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(entries(work.path()), Vec::<String>::new());
}

#[test]
fn a_relative_data_dir_is_refused_by_name() {
    let work = tempfile::tempdir().unwrap();
    let out = crate::common::isolated::amphi()
        .arg("list")
        .env("AMPHI_DATA_DIR", "data")
        .env_remove("AMPHI_STATE")
        .current_dir(work.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("AMPHI_DATA_DIR is not an absolute path (data)"),
        "{stderr}"
    );
    assert_eq!(entries(work.path()), Vec::<String>::new());
}

#[test]
fn the_reader_with_a_relative_home_studies_on_a_scratch_state_and_writes_nothing_here() {
    let t = Tmux::new("relative-home");
    let work = t.path("work");
    std::fs::create_dir_all(&work).unwrap();
    let unset: Vec<String> = UNSET.iter().map(|v| format!("-u {v}")).collect();
    t.start_command(
        100,
        30,
        &format!(
            "cd {} && env {} HOME=rel-home NO_COLOR=1 {}",
            sh_quote(&work.to_string_lossy()),
            unset.join(" "),
            sh_quote(BIN)
        ),
    );
    t.wait_for(&["progress is not kept"]);
    // Read on, so there is progress to save, then quit.
    t.keys(&["n", "n"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let screen = t.screen();
    assert!(
        screen.contains("HOME is not an absolute path"),
        "said again on exit:\n{screen}"
    );
    assert_eq!(entries(&work), Vec::<String>::new());
}
