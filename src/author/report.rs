//! The report of `amphi progress`: each module's completion and the best score
//! of its quizzes, as text for people, JSON or CSV for scripts.
//!
//! The JSON and CSV shapes are documented in `docs/commands.md` and are stable:
//! fields and columns may be added at the end, none will be renamed or removed.

use std::io::{self, Write};

use serde::Serialize;

use crate::course::{Course, Item, Module};
use crate::i18n::{Language, tr, typography};
use crate::progress::CourseProgress;

/// How `amphi progress` prints its report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ProgressFormat {
    /// One line per module, for people.
    #[default]
    Text,
    /// One JSON document.
    Json,
    /// A header line, then one line per module.
    Csv,
}

/// Writes the progress report of `course` in `format`.
///
/// # Errors
/// Only when `out` cannot be written.
pub fn write_progress(
    course: &Course,
    progress: &CourseProgress,
    format: ProgressFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_progress_in(Language::En, course, progress, format, out)
}

/// [`write_progress`] with the text report in `lang` (numbers in its form);
/// JSON and CSV are the same in every language.
///
/// # Errors
/// Only when `out` cannot be written.
pub fn write_progress_in(
    lang: Language,
    course: &Course,
    progress: &CourseProgress,
    format: ProgressFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    let report = progress_report(course, progress);
    match format {
        ProgressFormat::Text => write_text(lang, &report, out),
        ProgressFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)
        }
        ProgressFormat::Csv => write_csv(&report, out),
    }
}

/// Progress in a whole course.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgressReport<'a> {
    /// The course.
    pub course: CourseRef<'a>,
    /// Items done in all modules: lessons and interviews read to their end,
    /// quizzes passed.
    pub done: usize,
    /// Items in all modules.
    pub total: usize,
    /// `done` as a whole percentage of `total`, rounded down (100 with no items).
    pub percent: u32,
    /// Modules complete.
    pub modules_complete: usize,
    /// Every module, in course order.
    pub modules: Vec<ModuleProgress<'a>>,
}

/// The course a report is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourseRef<'a> {
    /// The course id, under which progress is stored.
    pub id: &'a str,
    /// The course title.
    pub title: &'a str,
}

/// Progress in one module.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleProgress<'a> {
    /// The module id.
    pub id: &'a str,
    /// The module title.
    pub title: &'a str,
    /// Items done.
    pub done: usize,
    /// Items in the module.
    pub total: usize,
    /// `done` as a whole percentage of `total`, rounded down.
    pub percent: u32,
    /// Every lesson and interview read and the end-of-module quiz passed.
    pub complete: bool,
    /// Lessons and interviews read to their end.
    pub read: usize,
    /// Lessons and interviews in the module.
    pub readable: usize,
    /// Every quiz of the module, in module order; the end-of-module quiz is the
    /// last, marked `final`.
    pub quizzes: Vec<QuizProgress<'a>>,
}

/// Results at one quiz.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizProgress<'a> {
    /// The quiz id.
    pub id: &'a str,
    /// The quiz title.
    pub title: &'a str,
    /// Whether this is the end-of-module quiz (the module's last quiz).
    #[serde(rename = "final")]
    pub is_final: bool,
    /// The pass mark in force, in percent.
    pub pass_mark: u32,
    /// Finished attempts.
    pub attempts: usize,
    /// The best score of all full (not practice) attempts, in percent as amphi
    /// shows it ([`crate::quiz::Score::percent_shown`]): rounded to the nearest
    /// whole number (halves up), with a decimal or two only where rounding would
    /// reach the pass mark of a score below it (`69.9` with a pass mark of 70);
    /// `None` (`null`) when never taken.
    pub best_percent: Option<serde_json::Number>,
    /// Whether any attempt passed.
    pub passed: bool,
}

impl ModuleProgress<'_> {
    /// The end-of-module quiz.
    pub fn final_quiz(&self) -> Option<&QuizProgress<'_>> {
        self.quizzes.iter().find(|q| q.is_final)
    }
}

/// The progress report of `course`.
pub fn progress_report<'a>(course: &'a Course, progress: &CourseProgress) -> ProgressReport<'a> {
    let modules: Vec<ModuleProgress<'a>> = course
        .modules
        .iter()
        .map(|m| module_progress(m, progress))
        .collect();
    let overall = progress.course_completion(course);
    ProgressReport {
        course: CourseRef {
            id: &course.info.id,
            title: &course.info.title,
        },
        done: overall.done,
        total: overall.total,
        percent: overall.percent(),
        modules_complete: modules.iter().filter(|m| m.complete).count(),
        modules,
    }
}

fn module_progress<'a>(m: &'a Module, progress: &CourseProgress) -> ModuleProgress<'a> {
    let completion = progress.module_completion(m);
    let final_index = m.final_quiz().map(|(i, _)| i);
    let readable = m.items.iter().filter(|it| !matches!(it, Item::Quiz(_)));
    let quizzes = m
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| match item {
            Item::Quiz(q) => Some(QuizProgress {
                id: &q.id,
                title: &q.title,
                is_final: Some(i) == final_index,
                pass_mark: q.pass_mark,
                attempts: progress.attempts_at(&m.id, &q.id).count(),
                best_percent: progress
                    .best_shown(&m.id, &q.id)
                    .and_then(|p| p.parse().ok()),
                passed: progress.quiz_passed(&m.id, &q.id),
            }),
            _ => None,
        })
        .collect();
    ModuleProgress {
        id: &m.id,
        title: &m.title,
        done: completion.done,
        total: completion.total,
        percent: completion.percent(),
        complete: progress.module_complete(m),
        read: readable
            .clone()
            .filter(|it| progress.is_read(&m.id, it.id()))
            .count(),
        readable: readable.count(),
        quizzes,
    }
}

fn write_text(lang: Language, report: &ProgressReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let percent = |n: &str| typography::percent_text(lang, &typography::decimal(lang, n));
    let course = tr(
        lang,
        "cli-progress-course",
        &[
            ("title", report.course.title.into()),
            ("percent", percent(&report.percent.to_string()).into()),
        ],
    );
    writeln!(out, "{course}")?;
    for (i, m) in report.modules.iter().enumerate() {
        let mark = if m.complete { "✓" } else { " " };
        let quiz = match m.final_quiz() {
            Some(q) => {
                let mark = ("mark", percent(&q.pass_mark.to_string()).into());
                match &q.best_percent {
                    Some(best) => {
                        let verdict = if q.passed {
                            "cli-progress-passed"
                        } else {
                            "cli-progress-not-passed"
                        };
                        tr(
                            lang,
                            "cli-progress-quiz-best",
                            &[
                                ("best", percent(&best.to_string()).into()),
                                mark,
                                ("verdict", tr(lang, verdict, &[]).into()),
                            ],
                        )
                    }
                    None => tr(lang, "cli-progress-quiz-not-taken", &[mark]),
                }
            }
            None => tr(lang, "cli-progress-no-quiz", &[]),
        };
        let line = tr(
            lang,
            "cli-progress-module",
            &[
                ("mark", mark.into()),
                ("number", (i + 1).to_string().into()),
                ("title", m.title.into()),
                ("done", m.done.to_string().into()),
                ("total", m.total.to_string().into()),
                ("read", m.read.to_string().into()),
                ("readable", m.readable.to_string().into()),
                ("quiz", quiz.into()),
            ],
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The CSV columns, in order.
pub const CSV_HEADER: &str = "module,title,done,total,percent,complete,read,readable,quiz,pass_mark,attempts,best_percent,passed";

fn write_csv(report: &ProgressReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{CSV_HEADER}")?;
    for m in &report.modules {
        let q = m.final_quiz();
        let fields = [
            csv_field(m.id),
            csv_field(m.title),
            m.done.to_string(),
            m.total.to_string(),
            m.percent.to_string(),
            m.complete.to_string(),
            m.read.to_string(),
            m.readable.to_string(),
            q.map(|q| csv_field(q.id)).unwrap_or_default(),
            q.map(|q| q.pass_mark.to_string()).unwrap_or_default(),
            q.map(|q| q.attempts.to_string()).unwrap_or_default(),
            q.and_then(|q| q.best_percent.as_ref())
                .map(ToString::to_string)
                .unwrap_or_default(),
            q.map(|q| q.passed.to_string()).unwrap_or_default(),
        ];
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
/// break, with quotes doubled.
///
/// A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which
/// a spreadsheet would run as a formula, is neutralised as OWASP advises (CSV
/// injection): a single quote is put before it and it is quoted.
fn csv_field(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("\"'{}\"", s.replace('"', "\"\""))
    } else if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn csv_fields_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(csv_field("=1+2"), "\"'=1+2\"");
        assert_eq!(csv_field("+33 6"), "\"'+33 6\"");
        assert_eq!(csv_field("-2"), "\"'-2\"");
        assert_eq!(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_field("\tx"), "\"'\tx\"");
        assert_eq!(csv_field("\rx"), "\"'\rx\"");
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(csv_field("a-b"), "a-b", "only a leading sign");
    }
}
