//! `amphi new`: a new course from the scaffold, checked, and what to do next.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Failure;
use crate::author::scaffold;
use crate::course;

/// Creates the course `title` (id `id`, or one made from the title) in `dir`,
/// checks it and says which files it wrote and what to do next.
///
/// # Errors
/// A usage [`Failure`] when the scaffold cannot be written; code 1 when the new
/// course does not check (a bug in amphi).
pub(super) fn run(
    dir: &Path,
    title: &str,
    id: Option<&str>,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    let id = id.map_or_else(|| scaffold::id_from_title(title), str::to_string);
    let written_files =
        scaffold::create(dir, title, &id).map_err(|e| Failure::usage(e.to_string()))?;
    if let Err(report) = course::load_dir(dir) {
        return Err(Failure {
            code: 1,
            message: format!("the new course does not check (a bug in amphi):\n{report}"),
        });
    }
    new_course_message(dir, title, &written_files, out)
        .map_err(|e| Failure::usage(e.to_string()))?;
    Ok(0)
}

fn new_course_message(
    dir: &Path,
    title: &str,
    files: &[PathBuf],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "Created the course “{}” in {}:",
        title.trim(),
        dir.display()
    )?;
    for f in files {
        writeln!(out, "  {}", f.display())?;
    }
    writeln!(
        out,
        "Next: read {}, change the files, and run `amphi check {}` after each change.",
        dir.join("README.md").display(),
        dir.display()
    )
}
