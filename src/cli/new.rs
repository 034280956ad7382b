//! `amphi new`: a new course from the scaffold, checked, and what to do next.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Failure;
use crate::author::scaffold;
use crate::course;
use crate::i18n::{Language, tr};

/// Creates the course `title` (id `id`, or one made from the title) in `dir`,
/// checks it and says (in `lang`) which files it wrote and what to do next.
///
/// # Errors
/// A usage [`Failure`] when the scaffold cannot be written; code 1 when the new
/// course does not check (a bug in amphi).
pub(super) fn run(
    lang: Language,
    dir: &Path,
    title: &str,
    id: Option<&str>,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    let id = id.map_or_else(|| scaffold::id_from_title(title), str::to_string);
    let written_files =
        scaffold::create_in(lang, dir, title, &id).map_err(|e| Failure::usage(e.render(lang)))?;
    if let Err(report) = course::load_dir(dir) {
        return Err(Failure {
            code: 1,
            message: format!("{}\n{}", tr(lang, "cli-new-bug", &[]), report.render(lang)),
        });
    }
    new_course_message(lang, dir, title, &written_files, out)
        .map_err(|e| Failure::usage(e.to_string()))?;
    Ok(0)
}

fn new_course_message(
    lang: Language,
    dir: &Path,
    title: &str,
    files: &[PathBuf],
    out: &mut dyn Write,
) -> io::Result<()> {
    let created = tr(
        lang,
        "cli-new-created",
        &[
            ("title", title.trim().into()),
            ("dir", dir.display().to_string().into()),
        ],
    );
    writeln!(out, "{created}")?;
    for f in files {
        writeln!(out, "  {}", f.display())?;
    }
    let next = tr(
        lang,
        "cli-new-next",
        &[
            ("readme", dir.join("README.md").display().to_string().into()),
            ("dir", dir.display().to_string().into()),
        ],
    );
    writeln!(out, "{next}")
}
