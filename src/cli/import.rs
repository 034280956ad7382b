//! `amphi import SOURCE --out DIR`: another format's course or quiz bank
//! written as an amphi course folder, with a conversion report.
//!
//! GIFT (Moodle quiz banks), mdBook books and Open edX exports (OLX) are
//! imported. The mappings are [`crate::import::gift::course`],
//! [`crate::import::mdbook::course`] and [`crate::import::olx::course`]; this
//! module reads the source safely, writes the files inside `--out` only,
//! checks the result and reports, with a progress line on stderr.

use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use clap::ValueEnum;
use serde::Serialize;

use super::Failure;
use super::import_progress::ImportProgress;
use crate::i18n::{Language, Message};
use crate::import::gift::{self, GiftError, MAX_INPUT_BYTES, course as gift_course};
use crate::import::olx::course as olx_course;
use crate::import::olx::source::OlxSource;
use crate::import::report::Converted;

/// The formats `amphi import` knows of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFrom {
    /// A Moodle GIFT quiz bank (`.gift`, `.txt`).
    Gift,
    /// An Open edX course export (a folder with course.xml, or its .tar.gz).
    Olx,
    /// An mdBook book (a folder with book.toml), with its mdbook-quiz quizzes.
    Mdbook,
}

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ImportFormat {
    /// Markdown text, as written to IMPORT.md.
    #[default]
    Text,
    /// One JSON document.
    Json,
}

/// The name of the report written in the course folder.
pub const REPORT_FILE: &str = "IMPORT.md";

/// What `amphi import` was asked to do.
#[derive(Debug, Clone)]
pub struct ImportArgs<'a> {
    /// The file or folder to import.
    pub source: &'a Path,
    /// The course folder to write.
    pub out: &'a Path,
    /// The format, when forced.
    pub from: Option<ImportFrom>,
    /// Write into a folder that is not empty.
    pub force: bool,
    /// Install the result in the course library too.
    pub add: bool,
    /// Report format.
    pub format: ImportFormat,
    /// The language of the refusals, the progress line and the report (text
    /// and `IMPORT.md`; JSON is English): the command's, from `--lang`, the
    /// config file or the locale. A source's own language (an mdBook's
    /// `book.language`, an Open edX `course.xml`'s `language`) does not
    /// change it: the report is for who imports, and the refusals and the
    /// progress line are said before the source is read.
    pub lang: Language,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    source: String,
    out: String,
    added: bool,
    #[serde(flatten)]
    report: &'a crate::import::report::ImportReport,
}

/// Runs `amphi import`.
///
/// # Errors
/// Code 2 for a wrong command line, a source that cannot be read, a format not
/// yet supported or an `--out` that cannot be used; code 1 for a source that
/// is refused (not UTF-8, too large, a bank Moodle refuses, a bank of which
/// nothing can be imported), with nothing written.
pub fn run(args: &ImportArgs<'_>, out: &mut Vec<u8>) -> Result<u8, Failure> {
    let lang = args.lang;
    let from = match args.from {
        Some(f) => f,
        None => detect_in(lang, args.source)?,
    };
    let progress = ImportProgress::on_stderr(lang);
    progress.stage(
        &Message::new("import-progress-reading").arg("source", super::shown_path(args.source)),
    );
    let (converted, markdown) = match from {
        ImportFrom::Gift => convert_gift(args, &progress)?,
        ImportFrom::Olx => convert_olx(args, &progress)?,
        ImportFrom::Mdbook => convert_mdbook(args, &progress)?,
    };
    let shown_source = super::shown_path(args.source);
    let dir = prepare_out(lang, args.out, args.force)?;
    let mut files: Vec<(String, &[u8])> = converted
        .files
        .iter()
        .map(|(p, t)| (p.clone(), t.as_bytes()))
        .chain(
            converted
                .copies
                .iter()
                .map(|(p, b)| (p.clone(), b.as_slice())),
        )
        .collect();
    files.push((REPORT_FILE.to_string(), markdown.as_bytes()));
    write_files(lang, &dir, &files, &progress)?;
    progress.stage(&Message::new("import-progress-checking"));
    if let Err(report) = crate::course::load_dir(&dir) {
        let bug = Message::new("import-does-not-check").arg("dir", super::shown_path(&dir));
        return Err(Failure {
            code: 1,
            message: format!("{}\n{}", bug.render(lang), report.render(lang)),
        });
    }
    let mut added = Vec::new();
    if args.add {
        // The course is written by now: say so, or the learner would think
        // the whole import failed.
        super::courses::add_command_in(lang, &dir, false, args.force, &mut added).map_err(|f| {
            Failure {
                code: f.code,
                message: Message::new("import-not-added")
                    .arg("dir", super::shown_path(&dir))
                    .arg("report", REPORT_FILE)
                    .arg("why", f.message)
                    .render(lang),
            }
        })?;
    }
    match args.format {
        ImportFormat::Text => {
            let done = Message::new("import-done")
                .arg("source", shown_source)
                .arg("dir", super::shown_path(&dir))
                .arg("report", REPORT_FILE);
            let text = format!("{}\n\n{markdown}", done.render(lang));
            out.extend(crate::text::sanitize(&text).into_bytes());
            if !added.is_empty() {
                out.push(b'\n');
                out.extend(added);
            }
        }
        ImportFormat::Json => {
            let json = JsonReport {
                source: args.source.display().to_string(),
                out: dir.display().to_string(),
                added: args.add,
                report: &converted.report,
            };
            let text =
                serde_json::to_string_pretty(&json).map_err(|e| Failure::usage(e.to_string()))?;
            let _ = writeln!(out, "{text}");
        }
    }
    Ok(0)
}

/// A GIFT bank read and mapped: the course, and the report as Markdown.
fn convert_gift(
    args: &ImportArgs<'_>,
    progress: &ImportProgress,
) -> Result<(Converted, String), Failure> {
    let lang = args.lang;
    let shown_source = super::shown_path(args.source);
    let bytes = read_limited(lang, args.source)?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(refused(
            lang,
            Message::new("import-gift-too-large")
                .arg("source", shown_source)
                .arg("max", MAX_INPUT_BYTES),
        ));
    }
    if let Some(line) = gift::first_invalid_utf8_line(&bytes) {
        return Err(refused(
            lang,
            Message::new("import-not-utf8")
                .arg("source", shown_source)
                .arg("line", line),
        ));
    }
    let text =
        String::from_utf8(bytes).map_err(|e| refused(lang, Message::verbatim(e.to_string())))?;
    let bank = gift::parse(&text).map_err(|e| match e {
        GiftError::Refused { ref problems, .. } => {
            let head =
                Message::new("import-gift-refused-by-moodle").arg("source", shown_source.as_str());
            let lines: Vec<String> = problems.iter().map(|p| p.message().render(lang)).collect();
            Failure {
                code: 1,
                message: format!("{}\n{}", head.render(lang), lines.join("\n")),
            }
        }
        other => refused_because(lang, &shown_source, other.message()),
    })?;

    let stem = args
        .source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem.strip_suffix(".gift").unwrap_or(&stem).to_string();
    let options = gift_course::CourseOptions {
        id: gift_course::course_id_for(&stem),
        title: if stem.trim().is_empty() {
            crate::i18n::tr(lang, "import-gift-default-title", &[])
        } else {
            stem.clone()
        },
    };
    progress.stage(&Message::new("import-progress-converting"));
    let converted = gift_course::to_course(&bank, &options)
        .map_err(|e| refused_because(lang, &shown_source, e))?;
    let markdown = converted
        .report
        .to_markdown_in(&source_name(args.source), lang);

    if converted.report.course.modules == 0 {
        let nothing = Message::new("import-gift-nothing").arg("source", shown_source);
        return Err(refused_with_report(lang, nothing, &markdown));
    }
    Ok((converted, markdown))
}

/// An Open edX export read and mapped (see [`olx_course`]): the course id is
/// `olx.<org>.<course>` from `course.xml`, the title its `display_name`.
fn convert_olx(
    args: &ImportArgs<'_>,
    progress: &ImportProgress,
) -> Result<(Converted, String), Failure> {
    let lang = args.lang;
    let shown_source = super::shown_path(args.source);
    let source = OlxSource::open(args.source)
        .map_err(|e| refused_because(lang, &shown_source, Message::from(e)))?;
    progress
        .stage(&Message::new("import-progress-converting-files").arg("count", source.files.len()));
    let converted = olx_course::to_course(&source, &olx_course::CourseOptions::default())
        .map_err(|e| refused_because(lang, &shown_source, Message::from(e)))?;
    let markdown = converted
        .report
        .to_markdown_in(&source_name(args.source), lang);
    Ok((converted, markdown))
}

/// An mdBook book (a folder with `book.toml`) read with
/// [`crate::import::mdbook::read_book`] and mapped by
/// [`crate::import::mdbook::course::to_course`].
fn convert_mdbook(
    args: &ImportArgs<'_>,
    progress: &ImportProgress,
) -> Result<(Converted, String), Failure> {
    use crate::import::mdbook;
    let lang = args.lang;
    let shown_source = super::shown_path(args.source);
    if !args.source.is_dir() {
        return Err(usage(
            lang,
            Message::new("import-mdbook-not-a-folder").arg("source", shown_source),
        ));
    }
    let book = mdbook::read_book(args.source)
        .map_err(|e| refused_because(lang, &shown_source, e.message()))?;
    let folder = args
        .source
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "book".into());
    progress.stage(&Message::new("import-progress-converting"));
    let converted = mdbook::course::to_course(&book, &folder)
        .map_err(|e| refused_because(lang, &shown_source, e))?;
    let markdown = converted.report.to_markdown_in(&folder, lang);
    if converted.report.course.modules == 0 {
        let nothing = Message::new("import-mdbook-nothing").arg("source", shown_source);
        return Err(refused_with_report(lang, nothing, &markdown));
    }
    Ok((converted, markdown))
}

/// The source's own name, for the report's title.
fn source_name(source: &Path) -> String {
    source
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.display().to_string())
}

/// A refused source (exit 1): `message` in `lang`.
fn refused(lang: Language, message: Message) -> Failure {
    Failure {
        code: 1,
        message: message.render(lang),
    }
}

/// A source refused because of `why`: `SOURCE: why; nothing was written`.
fn refused_because(lang: Language, shown_source: &str, why: Message) -> Failure {
    refused(
        lang,
        Message::new("import-refused")
            .arg("source", shown_source)
            .arg("why", why),
    )
}

/// A source of which nothing can be imported: `message`, then the report.
fn refused_with_report(lang: Language, message: Message, markdown: &str) -> Failure {
    Failure {
        code: 1,
        message: format!(
            "{}\n\n{}",
            message.render(lang),
            crate::text::sanitize(markdown)
        ),
    }
}

/// A usage error (exit 2): `message` in `lang`.
fn usage(lang: Language, message: Message) -> Failure {
    Failure::usage(message.render(lang))
}

/// Whether `text` holds a GIFT answer block: a `{` followed by an answer mark
/// (`=`, `~`, `#`, or `}` for an essay), or by `T`, `F`, `TRUE` or `FALSE` and
/// its `}`. JSON (`{"name": …}`) and a note's `{text}` do not.
fn has_answer_block(text: &str) -> bool {
    text.match_indices('{').any(|(at, _)| {
        let inside = text[at + 1..].trim_start();
        if inside.starts_with(['=', '~', '#', '}']) {
            return true;
        }
        let word: String = inside
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        matches!(word.as_str(), "T" | "F" | "TRUE" | "FALSE")
            && inside[word.len()..].trim_start().starts_with(['}', '#'])
    })
}

/// The source's format from what it is: a folder with `book.toml` (mdBook) or
/// `course.xml` (OLX), a `.tar.gz`/`.tgz` (OLX), a `.gift`/`.txt` file, or a
/// file whose first lines look like GIFT.
///
/// # Errors
/// A usage [`Failure`] when the source is missing or its format unknown.
pub fn detect(source: &Path) -> Result<ImportFrom, Failure> {
    detect_in(Language::En, source)
}

/// [`detect`] with its refusals in `lang`.
///
/// # Errors
/// As [`detect`].
pub fn detect_in(lang: Language, source: &Path) -> Result<ImportFrom, Failure> {
    let shown = super::shown_path(source);
    let meta = std::fs::metadata(source).map_err(|e| {
        usage(
            lang,
            Message::new("import-cannot-read-source")
                .arg("source", shown.as_str())
                .arg("error", e.to_string()),
        )
    })?;
    if meta.is_dir() {
        if source.join("book.toml").is_file() {
            return Ok(ImportFrom::Mdbook);
        }
        if source.join("course.xml").is_file() || source.join("course").join("course.xml").is_file()
        {
            return Ok(ImportFrom::Olx);
        }
        return Err(usage(
            lang,
            Message::new("import-unknown-folder").arg("source", shown),
        ));
    }
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.ends_with(".tar.gz") || name.ends_with(".tgz") {
        return Ok(ImportFrom::Olx);
    }
    if name.ends_with(".gift") || name.ends_with(".txt") {
        return Ok(ImportFrom::Gift);
    }
    // The content: GIFT's marks in the first 4 KiB.
    let mut head = Vec::new();
    if let Ok(f) = std::fs::File::open(source) {
        let _ = f.take(4096).read_to_end(&mut head);
    }
    let head = String::from_utf8_lossy(&head);
    // An answer block may open at a line's end, its answers on the next lines.
    let gifty = has_answer_block(&head)
        || head.lines().map(str::trim).any(|l| {
            l.starts_with("::")
                || l.strip_prefix("$CATEGORY")
                    .is_some_and(|rest| rest.starts_with(':'))
        });
    if gifty {
        Ok(ImportFrom::Gift)
    } else {
        Err(usage(
            lang,
            Message::new("import-unknown-format").arg("source", shown),
        ))
    }
}

/// The file's bytes, reading at most one byte past [`MAX_INPUT_BYTES`].
fn read_limited(lang: Language, source: &Path) -> Result<Vec<u8>, Failure> {
    let shown = super::shown_path(source);
    let cannot = |e: std::io::Error| {
        usage(
            lang,
            Message::new("import-cannot-read")
                .arg("path", shown.as_str())
                .arg("error", e.to_string()),
        )
    };
    let file = std::fs::File::open(source).map_err(cannot)?;
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(usage(
            lang,
            Message::new("import-not-a-file").arg("path", shown.as_str()),
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    Ok(bytes)
}

/// The `--out` folder, created when missing, canonical.
///
/// # Errors
/// When it is a symbolic link, not a folder, or not empty without `force`.
fn prepare_out(lang: Language, out: &Path, force: bool) -> Result<PathBuf, Failure> {
    let shown = super::shown_path(out);
    let say = |id: &'static str| usage(lang, Message::new(id).arg("path", shown.as_str()));
    let failed = |id: &'static str, e: std::io::Error| {
        usage(
            lang,
            Message::new(id)
                .arg("path", shown.as_str())
                .arg("error", e.to_string()),
        )
    };
    match std::fs::symlink_metadata(out) {
        Ok(m) if m.file_type().is_symlink() => return Err(say("import-out-symlink")),
        Ok(m) if !m.is_dir() => return Err(say("import-out-not-a-folder")),
        Ok(_) => {
            let mut entries =
                std::fs::read_dir(out).map_err(|e| failed("import-cannot-read", e))?;
            if entries.next().is_some() && !force {
                return Err(say("import-out-not-empty"));
            }
        }
        Err(_) => {
            std::fs::create_dir_all(out).map_err(|e| failed("import-cannot-create", e))?;
        }
    }
    std::fs::canonicalize(out).map_err(|e| failed("import-cannot-open", e))
}

/// Writes `files` (relative paths and bytes) inside `dir`, after checking
/// every one: only plain names (no `..`, no root), and no symbolic link on the
/// way, so nothing is written outside `dir`. Nothing is written when a check
/// fails.
fn write_files(
    lang: Language,
    dir: &Path,
    files: &[(String, &[u8])],
    progress: &ImportProgress,
) -> Result<(), Failure> {
    let outside = |rel: &str, why: &'static str| {
        usage(
            lang,
            Message::new("import-refusing-to-write")
                .arg("file", rel)
                .arg("dir", super::shown_path(dir))
                .arg("why", Message::new(why)),
        )
    };
    for (rel, _) in files {
        let rel_path = Path::new(rel);
        if !rel_path
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        {
            return Err(outside(rel, "import-path-leaves-folder"));
        }
        let mut at = dir.to_path_buf();
        for c in rel_path.components() {
            at.push(c);
            if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(outside(rel, "import-symlink-on-the-way"));
            }
        }
    }
    progress.writing(files.len());
    let failed = |id: &'static str, path: &Path, e: std::io::Error| {
        usage(
            lang,
            Message::new(id)
                .arg("path", super::shown_path(path))
                .arg("error", e.to_string()),
        )
    };
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| failed("import-cannot-create", parent, e))?;
        }
        std::fs::write(&path, text).map_err(|e| failed("import-cannot-write", &path, e))?;
        progress.wrote_one();
    }
    Ok(())
}
