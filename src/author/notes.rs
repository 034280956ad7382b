//! `amphi notes`: every note of a course with its module and item titles, as
//! Markdown for people or JSON for scripts.
//!
//! The JSON shape is documented in `docs/commands.md`: fields may be added, none
//! will be renamed or removed.

use std::io::{self, Write};

use serde::Serialize;

use crate::course::Course;
use crate::progress::{CourseProgress, item_key};

/// How `amphi notes` prints the notes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum NotesFormat {
    /// A Markdown document: a heading per module and per item, then the note.
    #[default]
    Markdown,
    /// One JSON document.
    Json,
}

/// One exported note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedNote {
    /// Module id.
    pub module: String,
    /// Module title, or empty when the module is no longer in the course.
    pub module_title: String,
    /// Item id.
    pub item: String,
    /// Item title, or empty when the item is no longer in the course.
    pub item_title: String,
    /// Id of the section holding the item; empty (and left out of the JSON)
    /// when its module has no sections.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub section: String,
    /// Title of the section holding the item; empty (and left out of the JSON)
    /// when its module has no sections.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub section_title: String,
    /// When the note was last saved, in seconds since the Unix epoch.
    pub updated_at: u64,
    /// The note as typed.
    pub text: String,
}

#[derive(Serialize)]
struct Export<'a> {
    course: &'a str,
    title: &'a str,
    notes: Vec<ExportedNote>,
}

/// The notes of `progress` in course order; notes on items no longer in the
/// course come last, by key.
pub fn notes(course: &Course, progress: &CourseProgress) -> Vec<ExportedNote> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, ii, module, item) in course.items() {
        let key = item_key(&module.id, item.id());
        if let Some(n) = progress.notes.get(&key) {
            seen.insert(key);
            let section = module.section_at(ii);
            out.push(ExportedNote {
                module: module.id.clone(),
                module_title: module.title.clone(),
                item: item.id().to_string(),
                item_title: item.title().to_string(),
                section: section.map(|s| s.id.clone()).unwrap_or_default(),
                section_title: section.map(|s| s.title.clone()).unwrap_or_default(),
                updated_at: n.updated_at,
                text: crate::text::sanitize(&n.text),
            });
        }
    }
    for (key, n) in &progress.notes {
        if seen.contains(key) {
            continue;
        }
        let (module, item) = key.split_once('/').unwrap_or((key.as_str(), ""));
        out.push(ExportedNote {
            module: crate::text::sanitize_line(module),
            module_title: String::new(),
            item: crate::text::sanitize_line(item),
            item_title: String::new(),
            section: String::new(),
            section_title: String::new(),
            updated_at: n.updated_at,
            text: crate::text::sanitize(&n.text),
        });
    }
    out
}

/// Writes the notes of `progress` in `course` in `format`.
///
/// # Errors
/// Any error writing to `out`.
pub fn write_notes(
    course: &Course,
    progress: &CourseProgress,
    format: NotesFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    let notes = notes(course, progress);
    match format {
        NotesFormat::Json => {
            let export = Export {
                course: &course.info.id,
                title: &course.info.title,
                notes,
            };
            serde_json::to_writer_pretty(&mut *out, &export)?;
            writeln!(out)
        }
        NotesFormat::Markdown => {
            writeln!(out, "# Notes: {}", course.info.title)?;
            if notes.is_empty() {
                writeln!(
                    out,
                    "\nNo notes yet. In amphi, `a` writes a note on the open item."
                )?;
            }
            let mut module = None;
            for n in &notes {
                if module != Some(&n.module) {
                    module = Some(&n.module);
                    if n.module_title.is_empty() {
                        writeln!(out, "\n## No longer in the course: {}", n.module)?;
                    } else {
                        writeln!(out, "\n## {}", n.module_title)?;
                    }
                }
                let title = if n.item_title.is_empty() {
                    &n.item
                } else {
                    &n.item_title
                };
                // `Section › Item` for an item of a section.
                let title = if n.section_title.is_empty() {
                    title.clone()
                } else {
                    format!("{} › {title}", n.section_title)
                };
                writeln!(
                    out,
                    "\n### {title}\n\n*{}*\n\n{}",
                    crate::text::format_time(n.updated_at),
                    n.text
                )?;
            }
            Ok(())
        }
    }
}
