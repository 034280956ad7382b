//! The bundled course, embedded in the binary from the `course/` folder at build time
//! so that `amphi` works from any directory.

use include_dir::{Dir, include_dir};

use super::files::EmbeddedFiles;

static COURSE_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/course");

/// The files of the bundled course ("Sociology of the Web — Civilisation 2.0 and
/// Collective Intelligence"), named `<bundled>/…` in messages.
pub fn bundled_files() -> EmbeddedFiles {
    EmbeddedFiles::new(&COURSE_DIR, "<bundled course>")
}
