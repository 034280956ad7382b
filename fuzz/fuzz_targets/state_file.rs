//! Fuzz target (b): the input is the state file, read with
//! `amphi::progress::Store::load`; a state that loads must save and load back
//! unchanged, and the bundled course must open on it and draw. See
//! docs/fuzzing.md.
#![no_main]

use amphi_fuzz::drive;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static WORKSPACE: drive::Workspace = drive::Workspace::new("state");
}

fuzz_target!(|data: &[u8]| {
    WORKSPACE.with(|w| w.state_file(data));
});
