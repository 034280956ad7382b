//! Fuzz target (a): the input is the only module file of a course folder, loaded
//! with `amphi::course::load_dir` (decode, parse, body files, sanitise, validate)
//! and, when valid, opened in an `App` and drawn screen by screen into a
//! `TestBackend`. See docs/fuzzing.md.
#![no_main]

use amphi_fuzz::drive;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static WORKSPACE: drive::Workspace = drive::Workspace::new("course");
}

fuzz_target!(|data: &[u8]| {
    WORKSPACE.with(|w| w.course_module(data));
});
