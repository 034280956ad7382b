//! Tests that need something a plain `cargo test` on a fresh clone does not have:
//! the third-party corpora in `../shared/` beside the repository, or the
//! `schema-validation` feature. Such a test says why it did not run and passes,
//! so a user's `cargo test` is green; CI sets `AMPHI_REQUIRE_SHARED=1` (`.ci/run`),
//! and there a missing piece fails the test instead of skipping it.

use std::path::PathBuf;

/// The variable that turns every skip into a failure.
pub const REQUIRE: &str = "AMPHI_REQUIRE_SHARED";

/// Whether skips are refused (CI).
pub fn required() -> bool {
    std::env::var_os(REQUIRE).is_some_and(|v| !v.is_empty())
}

/// Says on stderr that the calling test did not run, and why; panics instead
/// when [`REQUIRE`] is set.
pub fn skip(why: &str) {
    if required() {
        panic!("{why}, and {REQUIRE} is set: this run must not skip it");
    }
    eprintln!("skipped: {why}");
}

/// `../shared/REL` beside the repository, or `None` after [`skip`] when it is
/// absent.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared")).join(rel);
    if path.exists() {
        Some(path)
    } else {
        skip(&format!(
            "needs ../shared/{rel} beside the repository, which is absent"
        ));
        None
    }
}
