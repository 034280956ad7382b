//! The bundled course, embedded in the binary from the `course/` folder at build time
//! so that `amphi` works from any directory.

use include_dir::{Dir, include_dir};

use super::files::EmbeddedFiles;

static COURSE_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/course");

/// The files of the bundled course ("Sociology of the Web — Civilisation 2.0 and
/// Collective Intelligence"), named `<bundled>/…` in messages. Its French
/// edition is in the folder `fr/` of the same files (see
/// [`super::editions`] and [`super::load_edition`]).
pub fn bundled_files() -> EmbeddedFiles {
    EmbeddedFiles::new(&COURSE_DIR, "<bundled course>")
}

/// Every embedded course file's path and contents, in a fixed order (for the
/// course cache's key: see [`super::CourseCache::load_bundled`]).
pub(crate) fn bundled_contents() -> Vec<(&'static str, &'static [u8])> {
    fn walk(dir: &'static Dir<'static>, out: &mut Vec<(&'static str, &'static [u8])>) {
        for entry in dir.entries() {
            match entry {
                include_dir::DirEntry::Dir(d) => walk(d, out),
                include_dir::DirEntry::File(f) => {
                    out.push((f.path().to_str().unwrap_or_default(), f.contents()));
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&COURSE_DIR, &mut out);
    out.sort_unstable_by_key(|(path, _)| *path);
    out
}
