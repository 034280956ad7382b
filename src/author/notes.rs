//! `amphi notes`: every note of a course with its module and item titles, as
//! Markdown for people or JSON for scripts.
//!
//! The JSON shape is documented in `docs/commands.md`: fields may be added, none
//! will be renamed or removed.

use std::io::{self, Write};

use serde::Serialize;

use crate::course::Course;
use crate::i18n::{Language, tr, typography};
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
    /// Added with reflection questions; empty when there are none.
    reflections: Vec<ExportedReflection>,
}

/// One exported reflection: what the learner wrote to a `reflection` question
/// in their latest finished attempt at its quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedReflection {
    /// Module id.
    pub module: String,
    /// Module title.
    pub module_title: String,
    /// Quiz id.
    pub quiz: String,
    /// Quiz title.
    pub quiz_title: String,
    /// Question id.
    pub question: String,
    /// The question's prompt.
    pub prompt: String,
    /// When the attempt was finished, in seconds since the Unix epoch.
    pub finished_at: u64,
    /// What the learner wrote (lines separated by `\n`).
    pub text: String,
}

/// The reflections of `progress`, in course order: for each `reflection`
/// question of the course, the text of the latest finished attempt that answers
/// it (a practice retake included). Questions no longer in the course are left
/// out: without their prompt, the text would say little.
pub fn reflections(course: &Course, progress: &CourseProgress) -> Vec<ExportedReflection> {
    let mut out = Vec::new();
    for (_, _, module, item) in course.items() {
        let crate::course::Item::Quiz(quiz) = item else {
            continue;
        };
        for q in quiz
            .questions
            .iter()
            .filter(|q| !crate::quiz::kinds::scored(&q.key))
        {
            let latest = progress
                .attempts_at(&module.id, &quiz.id)
                .filter_map(|a| {
                    let r = a.answers.iter().find(|r| r.question == q.id)?;
                    Some((a.finished_at, r))
                })
                .last();
            if let Some((finished_at, record)) = latest {
                out.push(ExportedReflection {
                    module: module.id.clone(),
                    module_title: module.title.clone(),
                    quiz: quiz.id.clone(),
                    quiz_title: quiz.title.clone(),
                    question: q.id.clone(),
                    prompt: q.prompt.clone(),
                    finished_at,
                    // A reflection's text as written: no words of amphi's.
                    text: crate::quiz::describe_response(q, &record.response, Language::En),
                });
            }
        }
    }
    out
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
    write_notes_in(Language::En, course, progress, format, out)
}

/// [`write_notes`] with the Markdown's own words and dates in `lang`; JSON is
/// the same in every language.
///
/// # Errors
/// Any error writing to `out`.
pub fn write_notes_in(
    lang: Language,
    course: &Course,
    progress: &CourseProgress,
    format: NotesFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    let time = |secs: u64| {
        typography::date_time(lang, secs).unwrap_or_else(|| tr(lang, "cli-unknown-time", &[]))
    };
    let notes = notes(course, progress);
    let reflections = reflections(course, progress);
    match format {
        NotesFormat::Json => {
            let export = Export {
                course: &course.info.id,
                title: &course.info.title,
                notes,
                reflections,
            };
            serde_json::to_writer_pretty(&mut *out, &export)?;
            writeln!(out)
        }
        NotesFormat::Markdown => {
            let heading = tr(
                lang,
                "cli-notes-heading",
                &[("title", course.info.title.as_str().into())],
            );
            writeln!(out, "# {heading}")?;
            if notes.is_empty() {
                writeln!(out, "\n{}", tr(lang, "cli-notes-none", &[]))?;
            }
            let mut module = None;
            for n in &notes {
                if module != Some(&n.module) {
                    module = Some(&n.module);
                    if n.module_title.is_empty() {
                        let gone = tr(
                            lang,
                            "cli-notes-gone-module",
                            &[("module", n.module.as_str().into())],
                        );
                        writeln!(out, "\n## {gone}")?;
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
                    time(n.updated_at),
                    n.text
                )?;
            }
            if !reflections.is_empty() {
                writeln!(out, "\n## {}", tr(lang, "cli-notes-reflections", &[]))?;
            }
            for r in &reflections {
                writeln!(
                    out,
                    "\n### {} › {}\n\n**{}**\n\n*{}*\n\n{}",
                    r.module_title,
                    r.quiz_title,
                    r.prompt,
                    time(r.finished_at),
                    r.text
                )?;
            }
            Ok(())
        }
    }
}
