//! The report of `amphi check`: every problem as a compiler would show it, or as
//! JSON for editors and CI.
//!
//! Text: each problem's first line is the plain `file:line:column: message` that
//! editors jump to, followed (when the place is known) by the offending source line
//! with a caret under the column, drawn by `annotate-snippets`; then a one-line
//! summary such as `3 errors in 2 files`. The source is read again from the course
//! files (the bundled course's embedded files, or the folder on disk) and
//! sanitised before it is shown, like every course text.
//!
//! JSON: see [`JsonReport`] and `docs/course-format.md` (section *Checking a
//! course*) for the shape, which is stable: fields may be added, none will be
//! renamed or removed.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use annotate_snippets::renderer::{Effects, Style};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use super::lint;
use crate::course::{self, Course, CourseFiles, Problem, Report};
use crate::i18n::{Language, Message, Value, tr};
use crate::text::sanitize;

/// How `amphi check` prints its report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// Compiler-style diagnostics with the source line and a caret, then a summary.
    #[default]
    Text,
    /// One JSON document (shape documented in docs/course-format.md).
    Json,
}

/// Checks the course in `files`, writes the report to `out` and returns the exit
/// code: 0 when the course is valid (with or without warnings, see
/// [`super::lint`]), 1 when it is not.
///
/// `color` asks for ANSI colours in the text report (never in JSON).
///
/// # Errors
/// Only when `out` cannot be written.
pub fn check(
    files: &dyn CourseFiles,
    format: CheckFormat,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<i32> {
    check_in(files, format, color, &|_, _| Language::En, out)
}

/// [`check`] with the text report (the problems, the warnings and the
/// summary lines) in the language `lang` gives for the course's `language`
/// (`None` when its manifest cannot be read); JSON stays in English, with each
/// message's catalogue id as its `code`. The `warning:` label stays English:
/// editors parse it.
///
/// # Errors
/// Only when `out` cannot be written.
pub fn check_in(
    files: &dyn CourseFiles,
    format: CheckFormat,
    color: bool,
    lang: &dyn Fn(Option<&str>, &[&str]) -> Language,
    out: &mut dyn Write,
) -> io::Result<i32> {
    let (result, warnings, languages) = check_with_language(files);
    let lang = match languages.split_first() {
        Some((course, editions)) => {
            let editions: Vec<&str> = editions.iter().map(String::as_str).collect();
            lang(Some(course), &editions)
        }
        None => lang(None, &[]),
    };
    match format {
        CheckFormat::Text => write_text(lang, &result, &warnings, files, color, out)?,
        CheckFormat::Json => write_json(&result, &warnings, out)?,
    }
    Ok(if result.is_ok() { 0 } else { 1 })
}

/// Loads the course in `files`: the course or its errors, and the warnings about
/// what could be read of it.
pub fn check_course(files: &dyn CourseFiles) -> (Result<Course, Report>, Vec<Problem>) {
    let (result, warnings, _) = check_with_language(files);
    (result, warnings)
}

/// [`check_course`], with the course's `language` then its editions' when its
/// manifest could be read (an invalid course's author reads its problems in
/// it too; a course with a French edition is checked in French for a French
/// reader); empty when it could not.
fn check_with_language(
    files: &dyn CourseFiles,
) -> (Result<Course, Report>, Vec<Problem>, Vec<String>) {
    match course::load_parts(files) {
        Ok(mut loaded) => {
            let mut warnings = lint::warnings(&loaded);
            warnings.extend(lint::image_warnings(&loaded, files));
            check_editions(files, &mut loaded, &mut warnings);
            let info = &loaded.course.info;
            let languages = std::iter::once(&info.language)
                .chain(info.editions.iter().map(|e| &e.language))
                .cloned()
                .collect();
            let result = if loaded.problems.is_empty() {
                Ok(loaded.course)
            } else {
                Err(Report {
                    problems: loaded.problems,
                })
            };
            (result, warnings, languages)
        }
        Err(report) => (Err(report), Vec::new(), Vec::new()),
    }
}

/// Checks each edition the course in `files` lists (`editions:`) as a course of
/// its own, then against the original ([`course::editions::compare`]): its errors
/// join `loaded.problems`, its warnings `warnings`.
fn check_editions(
    files: &dyn CourseFiles,
    loaded: &mut course::Loaded,
    warnings: &mut Vec<Problem>,
) {
    let editions = loaded.course.info.editions.clone();
    for edition in &editions {
        let Ok(sub) = course::editions::SubFiles::new(files, &edition.folder) else {
            // The manifest's check already reports an unsafe folder.
            continue;
        };
        let ed = match course::load_parts(&sub) {
            Ok(ed) => ed,
            Err(report) => {
                loaded.problems.extend(report.problems);
                continue;
            }
        };
        warnings.extend(lint::warnings(&ed));
        warnings.extend(lint::image_warnings(&ed, &sub));
        loaded.problems.extend(ed.problems.iter().cloned());
        let (mname, _) = &ed.manifest;
        let loc = crate::course::yaml::Locator::new(&ed.manifest.1);
        let at = loc.key(loc.root(), "language");
        if course::editions::primary(&ed.course.info.language)
            != course::editions::primary(&edition.language)
        {
            loaded.problems.push(
                Problem::new(
                    mname,
                    crate::i18n::Message::new("edition-language-differs")
                        .arg("language", &ed.course.info.language)
                        .arg("listed", &edition.language),
                )
                .at(at),
            );
        }
        if ed.course.info.edition_of.is_none() {
            loaded.problems.push(Problem::new(
                mname,
                crate::i18n::Message::new("edition-needs-edition-of")
                    .arg("id", &loaded.course.info.id),
            ));
        }
        let d = course::editions::compare(
            &loaded.course,
            &course::editions::EditionSource {
                course: &ed.course,
                manifest: &ed.manifest,
                sources: &ed.sources,
                glossary: ed.glossary_source.as_ref(),
            },
        );
        loaded.problems.extend(d.errors);
        warnings.extend(d.warnings);
    }
}

/// Errors, warnings and the files they are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Problems that make the course invalid.
    pub errors: usize,
    /// Problems that do not: what is legal but likely wrong.
    pub warnings: usize,
    /// Files with at least one problem.
    pub files: usize,
}

impl Summary {
    /// The summary of `errors` and `warnings`.
    pub fn of(errors: &[Problem], warnings: &[Problem]) -> Self {
        let files: BTreeSet<&str> = errors
            .iter()
            .chain(warnings)
            .map(|p| p.file.as_str())
            .collect();
        Summary {
            errors: errors.len(),
            warnings: warnings.len(),
            files: files.len(),
        }
    }
}

impl Summary {
    /// `3 errors in 2 files` in `lang` (see the `Display` form, which is
    /// English).
    pub fn in_language(&self, lang: Language) -> String {
        let count = |id: &str, n: usize| tr(lang, id, &[("count", n.into())]);
        let errors = ("errors", count("cli-check-errors", self.errors).into());
        let files = ("files", count("cli-check-files", self.files).into());
        if self.warnings > 0 {
            let warnings = (
                "warnings",
                count("cli-check-warnings", self.warnings).into(),
            );
            tr(
                lang,
                "cli-check-summary-warnings",
                &[errors, warnings, files],
            )
        } else {
            tr(lang, "cli-check-summary", &[errors, files])
        }
    }
}

impl std::fmt::Display for Summary {
    /// `3 errors in 2 files`, with `, 1 warning` after the errors when there are
    /// warnings: [`Summary::in_language`] in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(Language::En))
    }
}

fn write_text(
    lang: Language,
    result: &Result<Course, Report>,
    warnings: &[Problem],
    files: &dyn CourseFiles,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let errors: &[Problem] = match result {
        Ok(_) => &[],
        Err(report) => &report.problems,
    };
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let bold = if color {
        Style::new().effects(Effects::BOLD)
    } else {
        Style::new()
    };
    let mut sources = Sources::new(files);
    let all = errors
        .iter()
        .map(|p| (p, false))
        .chain(warnings.iter().map(|p| (p, true)));
    for (problem, warning) in all {
        if warning {
            // `file:line:column: warning: message`, the form compilers print
            // and editors parse.
            let place = problem.place();
            let message = problem.message.render(lang);
            writeln!(out, "{bold}{place}: warning: {message}{bold:#}")?;
        } else {
            writeln!(out, "{bold}{}{bold:#}", problem.render(lang))?;
        }
        if let Some(snippet) = snippet(problem, &mut sources) {
            let level = if warning {
                Level::WARNING
            } else {
                Level::ERROR
            };
            let rendered = renderer.render(&[Group::with_level(level).element(snippet)]);
            writeln!(out, "{rendered}")?;
        }
        writeln!(out)?;
    }
    if let Ok(c) = result {
        let count = |id: &str, n: usize| tr(lang, id, &[("count", n.into())]);
        let valid = tr(
            lang,
            "cli-check-valid",
            &[
                ("title", c.info.title.as_str().into()),
                (
                    "modules",
                    count("cli-check-modules", c.modules.len()).into(),
                ),
                ("items", count("cli-check-items", c.item_count()).into()),
            ],
        );
        writeln!(out, "{valid}")?;
        if warnings.is_empty() {
            return Ok(());
        }
    }
    writeln!(out, "{}", Summary::of(errors, warnings).in_language(lang))
}

/// The course files read again to show their lines, each read at most once.
struct Sources<'a> {
    files: &'a dyn CourseFiles,
    prefix: String,
    read: BTreeMap<String, Option<String>>,
}

impl<'a> Sources<'a> {
    fn new(files: &'a dyn CourseFiles) -> Self {
        Sources {
            files,
            prefix: files.display(""),
            read: BTreeMap::new(),
        }
    }

    /// The text of the file a problem names (as `CourseFiles::display` showed it),
    /// or `None` when it is not a course file or cannot be read as UTF-8.
    fn text(&mut self, shown: &str) -> Option<&str> {
        let files = self.files;
        let prefix = &self.prefix;
        self.read
            .entry(shown.to_owned())
            .or_insert_with(|| {
                let path = shown.strip_prefix(prefix.as_str())?;
                let bytes = files.read(path).ok()?;
                let text = String::from_utf8(bytes).ok()?;
                Some(match text.strip_prefix('\u{feff}') {
                    Some(rest) => rest.to_owned(),
                    None => text,
                })
            })
            .as_deref()
    }
}

/// The problem's source line with a caret under its column, when both are known.
fn snippet(
    problem: &Problem,
    sources: &mut Sources<'_>,
) -> Option<Snippet<'static, annotate_snippets::Annotation<'static>>> {
    let line_no = problem.line?;
    let text = sources.text(&problem.file)?;
    let raw = source_line(text, line_no)?;
    let (clean, at) = caret_line(raw, problem.column.unwrap_or(1));
    Some(
        Snippet::source(clean)
            .line_start(line_no)
            .annotation(AnnotationKind::Primary.span(at..at)),
    )
}

/// `raw` made safe to print, and the byte offset in it of character `column`
/// (from 1) of `raw`.
///
/// Course files come from strangers: the line is made inert like all course
/// text ([`sanitize`]: escape sequences become visible, tabs become spaces), and
/// the caret is placed by the same transformation of what precedes it. A column
/// past the end of the line points just after it.
fn caret_line(raw: &str, column: usize) -> (String, usize) {
    let clean = sanitize(raw);
    let before: String = raw.chars().take(column.saturating_sub(1)).collect();
    let mut at = sanitize(&before).len().min(clean.len());
    while !clean.is_char_boundary(at) {
        at -= 1;
    }
    (clean, at)
}

/// Line `n` (from 1) of `text`, without its line break. The line just past the
/// last one is the empty line where a parser stops at the end of the file.
fn source_line(text: &str, n: usize) -> Option<&str> {
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    lines.nth(n.checked_sub(1)?)
}

/// The JSON report of `amphi check`.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    /// Whether the course is valid (no error).
    pub valid: bool,
    /// The course, when it is valid; `null` otherwise.
    pub course: Option<JsonCourse<'a>>,
    /// Every problem, in the order of the text report.
    pub problems: Vec<JsonProblem<'a>>,
    /// The counts of the one-line summary.
    pub summary: Summary,
}

/// A valid course in the JSON report.
#[derive(Debug, Serialize)]
pub struct JsonCourse<'a> {
    /// The course id.
    pub id: &'a str,
    /// The course title.
    pub title: &'a str,
    /// Number of modules.
    pub modules: usize,
    /// Number of items in all modules.
    pub items: usize,
}

/// One problem in the JSON report.
#[derive(Debug, Serialize)]
pub struct JsonProblem<'a> {
    /// The file, named as in the text report.
    pub file: &'a str,
    /// Line from 1, or `null` when no place in the file applies.
    pub line: Option<usize>,
    /// Column from 1, in characters, or `null`.
    pub column: Option<usize>,
    /// `error` (the course is invalid) or `warning` (legal but likely wrong).
    pub severity: &'static str,
    /// What is wrong, in English whatever the language chosen (machine output
    /// is language-neutral).
    pub message: String,
    /// The message's catalogue id (`check-…`, `load-…`), a stable code for
    /// tools; absent when the text is a library's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
}

/// A message's code for tools: its catalogue id, or, for a message that only
/// says what a problem is about (`load-about`: "question `q1`: …", and lint's
/// `lint-in-…`), the id of the problem it says (its own when that one is a
/// library's words).
fn code(m: &Message) -> Option<&str> {
    let id = m.id()?;
    if (id == "load-about" || id.starts_with("lint-in-"))
        && let Some(Value::Message(inner)) = m.get("message")
        && let Some(inner) = code(inner)
    {
        return Some(inner);
    }
    Some(id)
}

/// The JSON report of a check: the errors of `result`, then `warnings`.
pub fn json_report<'a>(
    result: &'a Result<Course, Report>,
    warnings: &'a [Problem],
) -> JsonReport<'a> {
    let problems: &[Problem] = match result {
        Ok(_) => &[],
        Err(r) => &r.problems,
    };
    let json = |severity| {
        move |p: &'a Problem| JsonProblem {
            file: &p.file,
            line: p.line,
            column: p.column,
            severity,
            message: p.message.to_string(),
            code: code(&p.message),
        }
    };
    JsonReport {
        valid: result.is_ok(),
        course: result.as_ref().ok().map(|c| JsonCourse {
            id: &c.info.id,
            title: &c.info.title,
            modules: c.modules.len(),
            items: c.item_count(),
        }),
        problems: problems
            .iter()
            .map(json("error"))
            .chain(warnings.iter().map(json("warning")))
            .collect(),
        summary: Summary::of(problems, warnings),
    }
}

fn write_json(
    result: &Result<Course, Report>,
    warnings: &[Problem],
    out: &mut dyn Write,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &json_report(result, warnings))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A course held in memory, its files named `<memory>/path`.
    struct Memory(&'static [(&'static str, &'static str)]);

    impl CourseFiles for Memory {
        fn read(&self, path: &str) -> Result<Vec<u8>, String> {
            self.0
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, t)| t.as_bytes().to_vec())
                .ok_or_else(|| "file not found".into())
        }

        fn display(&self, path: &str) -> String {
            format!("<memory>/{path}")
        }
    }

    const BROKEN: Memory = Memory(&[
        (
            "course.yaml",
            "id: m\ntitle: \"M\"\nmodules:\n  - a.yaml\n  - gone.yaml\n",
        ),
        (
            "a.yaml",
            "\u{feff}id: a\ntitle: \"A\"\nitems:\n  - kind: lesson\n    id: l\n    title: \"L\"\n    body: \"x\"\n    extra: 1\n",
        ),
    ]);

    fn report(files: &dyn CourseFiles, format: CheckFormat, color: bool) -> (i32, String) {
        let mut out = Vec::new();
        let code = check(files, format, color, &mut out).unwrap();
        (code, String::from_utf8(out).unwrap())
    }

    #[test]
    fn sources_are_read_through_the_course_files() {
        let (code, text) = report(&BROKEN, CheckFormat::Text, false);
        assert_eq!(code, 1);
        assert_eq!(
            text,
            "<memory>/a.yaml:8:5: lesson `l`: unknown field `extra` (the fields here are `body`, `body_file`, `files`, `id`, `kind` and `title`)\n  |\n8 |     extra: 1\n  |     ^\n\n\
             <memory>/course.yaml:5:3: module file `gone.yaml`: file not found\n  |\n5 |   - gone.yaml\n  |   ^\n\n\
             2 errors in 2 files\n"
        );
    }

    /// Two files with two structural mistakes each: all four are reported in one
    /// run, not only the first of each file.
    #[test]
    fn every_structural_problem_of_every_file_is_reported_in_one_run() {
        const TWO_FILES: Memory = Memory(&[
            (
                "course.yaml",
                "id: m\ntitle: \"M\"\nmodules:\n  - a.yaml\n  - b.yaml\n",
            ),
            (
                "a.yaml",
                "id: a\ntitle: A\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: x\n    extra: 1\n    body: y\n",
            ),
            (
                "b.yaml",
                "id: b\ntitle: B\nitems:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: high\n    questions:\n      - kind: true_false\n        id: t\n        prompt: P\n        answer: yes\n",
            ),
        ]);
        let (result, _) = check_course(&TWO_FILES);
        let problems: Vec<String> = result
            .unwrap_err()
            .problems
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "<memory>/a.yaml:8:5: lesson `l`: unknown field `extra` (the fields here are \
                 `body`, `body_file`, `files`, `id`, `kind` and `title`)",
                "<memory>/a.yaml:9:5: lesson `l`: `body` is given twice (first on line 7); keep one",
                "<memory>/b.yaml:7:16: quiz `q`: `pass_mark` must be a whole percentage from 0 \
                 to 100, not the text `high`",
                "<memory>/b.yaml:12:17: question `t`: `answer` must be `true` or `false`, not \
                 the text `yes`",
            ]
        );
    }

    #[test]
    fn colour_is_only_added_on_request() {
        let (_, plain) = report(&BROKEN, CheckFormat::Text, false);
        let (_, styled) = report(&BROKEN, CheckFormat::Text, true);
        assert!(!plain.contains('\u{1b}'));
        assert!(styled.contains("\u{1b}["), "{styled}");
        let (_, json) = report(&BROKEN, CheckFormat::Json, true);
        assert!(!json.contains('\u{1b}'), "never in JSON");
    }

    #[test]
    fn the_bundled_course_is_valid_without_warnings() {
        let (code, text) = report(&crate::course::bundled_files(), CheckFormat::Text, false);
        assert_eq!(code, 0, "{text}");
        assert!(text.contains(": valid — "), "{text}");
        assert_eq!(text.lines().count(), 1, "no warning: {text}");
    }

    #[test]
    fn the_summary_counts_errors_and_files() {
        let p = |f: &str| Problem::new(f, "x");
        let s = Summary::of(&[p("a"), p("b"), p("a")], &[]);
        assert_eq!(s.to_string(), "3 errors in 2 files");
        assert_eq!(Summary::of(&[p("a")], &[]).to_string(), "1 error in 1 file");
        let s = Summary::of(&[p("a"), p("b"), p("a")], &[p("b")]);
        assert_eq!(s.to_string(), "3 errors, 1 warning in 2 files");
        assert_eq!(
            Summary::of(&[], &[p("c")]).to_string(),
            "0 errors, 1 warning in 1 file"
        );
        let w = Summary {
            errors: 3,
            warnings: 1,
            files: 2,
        };
        assert_eq!(w.to_string(), "3 errors, 1 warning in 2 files");
    }

    #[test]
    fn the_caret_follows_what_sanitising_does_to_the_line() {
        assert_eq!(caret_line("  - kind: x", 5), ("  - kind: x".into(), 4));
        assert_eq!(caret_line("a\tb: c", 3), ("a   b: c".into(), 4));
        assert_eq!(caret_line("\u{1b}[2Jx", 2), ("\u{241b}[2Jx".into(), 3));
        assert_eq!(caret_line("é: x", 3), ("é: x".into(), 3));
        assert_eq!(caret_line("ab", 9), ("ab".into(), 2), "past the end");
        assert_eq!(caret_line("ab", 0), ("ab".into(), 0));
    }

    #[test]
    fn source_lines_count_from_one_and_drop_line_ends() {
        let text = "a\r\nb\nc\n";
        assert_eq!(source_line(text, 1), Some("a"));
        assert_eq!(source_line(text, 3), Some("c"));
        assert_eq!(source_line(text, 4), Some(""), "the end of the file");
        assert_eq!(source_line(text, 5), None);
        assert_eq!(source_line(text, 0), None);
    }
}
