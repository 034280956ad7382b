//! mdBook books, read as mdBook reads them: `book.toml`, `src/SUMMARY.md`, the
//! chapters with their `{{#include}}`s resolved, and the mdbook-quiz quizzes
//! (`{{#quiz file.toml}}`) they hold. A pure reader: it knows nothing of
//! amphi's course model; [`course`] maps what it reads to course files.
//!
//! - [`read_book`] reads a book folder: `book.toml` with the `toml` crate
//!   (`[book]` `title`, `authors`, `language`, `description`, `src`), the
//!   summary with [`parse_summary`], every chapter the summary names, with its
//!   preprocessor directives expanded by [`expand`], and every quiz file.
//! - [`parse_summary`] reads `SUMMARY.md` with pulldown-cmark, as mdBook
//!   itself does (not line by line): an optional `# Title` first; prefix
//!   chapters (links in paragraphs before the first list or part title);
//!   numbered chapters (`- [Title](path.md)` in lists, nested by indentation,
//!   numbered `1.`, `1.2.` across parts), part titles (`# Part`) and
//!   separators (`---`); suffix chapters (links in paragraphs after the
//!   numbered ones). A link with an empty target (`[Title]()`) is a draft
//!   chapter.
//! - Directives, as mdBook's `links` preprocessor reads them:
//!   `{{#include file}}`, `{{#include file:N}}` (line N), `file:N:M`,
//!   `file:N:`, `file::M`, `file:anchor` (the lines between `ANCHOR: anchor`
//!   and `ANCHOR_END: anchor`, other anchor lines dropped);
//!   `{{#rustdoc_include}}` as an include of the lines it shows;
//!   `{{#playground file}}` as the file in a ```` ```rust ```` block;
//!   `{{#title}}` dropped; `\{{#…}}` is the directive's text, unexpanded.
//!   Paths are relative to the file holding the directive. An included file
//!   is expanded in turn, at most [`MAX_INCLUDE_DEPTH`] deep; a file that
//!   includes itself (directly or not) is a cycle. A path that leaves the book
//!   folder (absolute, `..` above it, a symbolic link out of it), a missing
//!   file, a cycle or a depth too great: the directive is left out and the
//!   reader says why ([`Directive::outcome`]).
//! - `{{#quiz file.toml}}` (relative to the chapter's file, as mdbook-quiz
//!   reads it) splits the chapter into [`Segment`]s; the quiz file is read
//!   with `toml` into mdbook-quiz's own types (the `mdbook-quiz-schema`
//!   crate), one question at a time, so a question of a type this version
//!   does not know is reported and the others kept.
//!
//! Limits: a text file (book.toml, SUMMARY.md, a chapter, an included file, a
//! quiz) of at most [`MAX_FILE_BYTES`]; a copied file (an image) of at most
//! [`MAX_ASSET_BYTES`]; all files read, each counted every time it is read, at
//! most [`MAX_TOTAL_BYTES`]; summary lists nested at most
//! [`MAX_SUMMARY_DEPTH`] deep. A text file over its limit, or not UTF-8, or a
//! book over the total, is refused ([`BookError`]); a copied file over its
//! limit is reported and left out.

pub mod course;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::i18n::{Message, Value};

/// The largest text file read (book.toml, SUMMARY.md, a chapter, an included
/// file, a quiz): 4 MiB, amphi's own limit for a course file.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// The largest file copied into the course (an image): 16 MiB.
pub const MAX_ASSET_BYTES: usize = 16 * 1024 * 1024;
/// All the files read, each counted every time it is read: 128 MiB.
pub const MAX_TOTAL_BYTES: usize = 128 * 1024 * 1024;
/// How deep `{{#include}}`s may nest: 10, mdBook's own limit.
pub const MAX_INCLUDE_DEPTH: usize = 10;
/// How deep the summary's lists may nest.
pub const MAX_SUMMARY_DEPTH: usize = 32;

/// Why a book is refused as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum BookError {
    /// A file that must be there is missing or cannot be read.
    Unreadable {
        /// The file, relative to the book.
        file: String,
        /// The system's message (or amphi's: not a file).
        message: Message,
    },
    /// A text file larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file, relative to the book.
        file: String,
    },
    /// The files read add up to more than [`MAX_TOTAL_BYTES`].
    TotalTooLarge {
        /// The file that went over.
        file: String,
    },
    /// A text file that is not UTF-8.
    NotUtf8 {
        /// The file, relative to the book.
        file: String,
        /// The 1-based line of the first bad byte.
        line: usize,
    },
    /// `book.toml` is not TOML, or its `src` leaves the book.
    BadConfig {
        /// What is wrong.
        message: Message,
    },
}

impl fmt::Display for BookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl BookError {
    /// What is wrong, to say in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            BookError::Unreadable { file, message } => Message::new("import-mdbook-cannot-read")
                .arg("file", file.as_str())
                .arg("error", message.clone()),
            BookError::TooLarge { file } => Message::new("import-mdbook-file-too-large")
                .arg("file", file.as_str())
                .arg("max", MAX_FILE_BYTES),
            BookError::TotalTooLarge { file } => Message::new("import-mdbook-book-too-large")
                .arg("file", file.as_str())
                .arg("max", MAX_TOTAL_BYTES),
            BookError::NotUtf8 { file, line } => Message::new("import-mdbook-not-utf8")
                .arg("file", file.as_str())
                .arg("line", *line),
            BookError::BadConfig { message } => Message::new("import-mdbook-bad-config")
                .arg("file", "book.toml")
                .arg("error", message.clone()),
        }
    }
}

/// A note of the reader about a place of the book.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNote {
    /// The file, relative to the book folder (`src/SUMMARY.md`).
    pub file: String,
    /// The 1-based line (0: the whole file).
    pub line: usize,
    /// What the reader noticed.
    pub message: Message,
}

/// `book.toml`'s `[book]` table (the fields amphi uses).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BookConfig {
    /// `title`.
    pub title: Option<String>,
    /// `authors`.
    pub authors: Vec<String>,
    /// `language`.
    pub language: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `src`: the chapters' folder, relative to the book (default `src`).
    pub src: String,
}

/// `SUMMARY.md`, as mdBook reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// The `# Title` heading that opens it, if any.
    pub title: Option<String>,
    /// The chapters before the numbered ones (never nested, never numbered).
    pub prefix: Vec<Chapter>,
    /// The numbered chapters, part titles and separators, in order.
    pub numbered: Vec<SummaryItem>,
    /// The chapters after the numbered ones.
    pub suffix: Vec<Chapter>,
}

/// One entry of the numbered part of a summary.
#[derive(Debug, Clone, PartialEq)]
pub enum SummaryItem {
    /// A chapter with its sub-chapters.
    Chapter(Chapter),
    /// `# Part title`.
    PartTitle {
        /// The title.
        title: String,
        /// Its line in SUMMARY.md.
        line: usize,
    },
    /// `---`.
    Separator,
}

/// A chapter of the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Chapter {
    /// Its title, as written in the link.
    pub name: String,
    /// Its file, relative to `src` (`/`-separated); `None` for a draft
    /// chapter (`[Title]()`).
    pub path: Option<String>,
    /// Its number (`[2, 1]` is `2.1.`); empty for prefix and suffix chapters.
    pub number: Vec<u32>,
    /// Its line in SUMMARY.md.
    pub line: usize,
    /// Its sub-chapters.
    pub nested: Vec<Chapter>,
}

impl Chapter {
    /// The number as mdBook shows it (`2.1.`), empty when there is none.
    pub fn number_label(&self) -> String {
        self.number.iter().map(|n| format!("{n}.")).collect()
    }
}

/// A chapter's text, directives expanded, cut at its `{{#quiz}}`s.
#[derive(Debug)]
pub struct ChapterText {
    /// The file, relative to the book folder (`src/brewing.md`).
    pub file: String,
    /// Its folder, relative to the book folder (`src`), against which its
    /// links, images and quizzes are resolved.
    pub dir: String,
    /// The text and quizzes, in order.
    pub segments: Vec<Segment>,
}

/// A stretch of a chapter.
#[derive(Debug)]
pub enum Segment {
    /// Markdown.
    Text(String),
    /// A `{{#quiz}}`.
    Quiz(QuizRef),
}

/// A `{{#quiz file.toml}}` and what its file holds.
#[derive(Debug)]
pub struct QuizRef {
    /// The quiz file, relative to the book folder (as written when it cannot
    /// be resolved).
    pub file: String,
    /// The quiz, or why it could not be read.
    pub quiz: Result<QuizFile, Message>,
}

/// An mdbook-quiz file.
#[derive(Debug)]
pub struct QuizFile {
    /// Its questions, in order.
    pub questions: Vec<QuizEntry>,
    /// `[multipart]`: the shared text of each multipart key.
    pub multipart: BTreeMap<String, String>,
}

/// One `[[questions]]` entry.
#[derive(Debug)]
pub struct QuizEntry {
    /// Its 1-based place in the file.
    pub index: usize,
    /// Its `type`, as written (empty when missing).
    pub kind: String,
    /// Its `id`, when given.
    pub id: Option<String>,
    /// Its `multipart` key, when given.
    pub multipart: Option<String>,
    /// The question, or why it cannot be read (an unknown `type`, a field
    /// missing).
    pub question: Result<Question, Message>,
}

/// An mdbook-quiz question (the published schema's types).
pub use mdbook_quiz_schema::Question;

/// The directives met, each with its outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    /// Where it is written (the file, relative to the book).
    pub file: String,
    /// Its 1-based line in that file.
    pub line: usize,
    /// Its name: `include`, `rustdoc_include`, `playground`, `title`, or
    /// another (left as written).
    pub name: String,
    /// Its argument, as written.
    pub arg: String,
    /// What became of it.
    pub outcome: Outcome,
}

/// What became of a directive.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Expanded as mdBook expands it.
    Done,
    /// Expanded with a difference, said.
    Approximated(Message),
    /// Not expanded (the text left out, or left as written), and why.
    LeftOut(Message),
}

/// A read book.
#[derive(Debug)]
pub struct Book {
    /// The book folder, canonical.
    pub root: PathBuf,
    /// `book.toml`.
    pub config: BookConfig,
    /// `SUMMARY.md`.
    pub summary: Summary,
    /// Every chapter file the summary names that could be read, by its path
    /// relative to `src`.
    pub chapters: BTreeMap<String, ChapterText>,
    /// Chapters the summary names that could not be read: path relative to
    /// `src` → why.
    pub missing: BTreeMap<String, Message>,
    /// Every directive met, in reading order.
    pub directives: Vec<Directive>,
    /// Other notes of the reader (summary entries it cannot read…).
    pub warnings: Vec<ReadNote>,
    read: Cell<usize>,
}

/// A file copied from the book (an image).
#[derive(Debug, Clone, PartialEq)]
pub struct Asset {
    /// Its path relative to the book folder, `/`-separated.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Reads the book in `dir` (the folder holding `book.toml`).
///
/// # Errors
/// [`BookError`] when `book.toml` or `SUMMARY.md` cannot be read, a text file
/// is too large or not UTF-8, or the files add up to too much.
pub fn read_book(dir: &Path) -> Result<Book, BookError> {
    let root = std::fs::canonicalize(dir).map_err(|e| BookError::Unreadable {
        file: dir.display().to_string(),
        message: Message::verbatim(e.to_string()),
    })?;
    let mut book = Book {
        root: root.clone(),
        config: BookConfig::default(),
        summary: Summary::default(),
        chapters: BTreeMap::new(),
        missing: BTreeMap::new(),
        directives: Vec::new(),
        warnings: Vec::new(),
        read: Cell::new(0),
    };
    let toml_text = book.read_text(&root.join("book.toml"), "book.toml")?;
    book.config = parse_config(&toml_text, &mut book.warnings)?;
    let src_rel = book.config.src.clone();
    let summary_rel = format!("{src_rel}/SUMMARY.md");
    let summary_text = book.read_text(&root.join(&src_rel).join("SUMMARY.md"), &summary_rel)?;
    let (summary, notes) = parse_summary(&summary_text);
    book.summary = summary;
    book.warnings
        .extend(notes.into_iter().map(|(line, message)| ReadNote {
            file: summary_rel.clone(),
            line,
            message,
        }));

    let mut paths = Vec::new();
    let summary = book.summary.clone();
    for c in &summary.prefix {
        collect_paths(c, &mut paths);
    }
    for item in &summary.numbered {
        if let SummaryItem::Chapter(c) = item {
            collect_paths(c, &mut paths);
        }
    }
    for c in &summary.suffix {
        collect_paths(c, &mut paths);
    }
    for path in paths {
        if book.chapters.contains_key(&path) || book.missing.contains_key(&path) {
            continue;
        }
        match book.read_chapter(&path)? {
            Ok(chapter) => {
                book.chapters.insert(path, chapter);
            }
            Err(why) => {
                book.missing.insert(path, why);
            }
        }
    }
    Ok(book)
}

fn collect_paths(c: &Chapter, out: &mut Vec<String>) {
    if let Some(p) = &c.path {
        out.push(p.clone());
    }
    for n in &c.nested {
        collect_paths(n, out);
    }
}

fn parse_config(text: &str, warnings: &mut Vec<ReadNote>) -> Result<BookConfig, BookError> {
    let table: toml::Table = toml::from_str(text).map_err(|e| BookError::BadConfig {
        message: toml_error(text, &e),
    })?;
    let mut config = BookConfig {
        src: "src".into(),
        ..BookConfig::default()
    };
    let Some(book) = table.get("book") else {
        return Ok(config);
    };
    let Some(book) = book.as_table() else {
        return Err(BookError::BadConfig {
            message: Message::new("import-mdbook-book-not-a-table").arg("key", "`book`"),
        });
    };
    let mut string = |key: &str| match book.get(key) {
        None => None,
        Some(toml::Value::String(s)) => Some(s.clone()),
        Some(_) => {
            warnings.push(ReadNote {
                file: "book.toml".into(),
                line: 0,
                message: Message::new("import-mdbook-key-not-a-string")
                    .arg("key", format!("`book.{key}`")),
            });
            None
        }
    };
    config.title = string("title");
    config.language = string("language");
    config.description = string("description");
    if let Some(src) = string("src") {
        config.src = src;
    }
    if let Some(authors) = book.get("authors").and_then(toml::Value::as_array) {
        config.authors = authors
            .iter()
            .filter_map(|a| a.as_str().map(str::to_string))
            .collect();
    }
    match normalise(Path::new(&config.src)) {
        Some(src) if !src.is_empty() => config.src = src,
        Some(_) => config.src = ".".into(),
        None => {
            return Err(BookError::BadConfig {
                message: Message::new("import-mdbook-src-leaves-book")
                    .arg("src", format!("`src = \"{}\"`", config.src)),
            });
        }
    }
    Ok(config)
}

/// `path` without `.` parts and with `..` applied, `/`-separated; `None` when
/// it is absolute or goes above its start.
fn normalise(path: &Path) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

/// The 1-based line of byte `offset` of `text`.
fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

impl Book {
    /// Reads `path` (at most [`MAX_FILE_BYTES`] of it), counting it in the
    /// total, as UTF-8 text without a BOM.
    fn read_text(&self, path: &Path, shown: &str) -> Result<String, BookError> {
        let bytes =
            self.read_bytes(path, shown, MAX_FILE_BYTES)?
                .map_err(|_| BookError::TooLarge {
                    file: shown.to_string(),
                })?;
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s)),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
                Err(BookError::NotUtf8 {
                    file: shown.to_string(),
                    line,
                })
            }
        }
    }

    /// The bytes of `path`, `Ok(Err(()))` when larger than `max`.
    fn read_bytes(
        &self,
        path: &Path,
        shown: &str,
        max: usize,
    ) -> Result<Result<Vec<u8>, ()>, BookError> {
        let unreadable = |e: std::io::Error| BookError::Unreadable {
            file: shown.to_string(),
            message: Message::verbatim(e.to_string()),
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        if !file.metadata().is_ok_and(|m| m.is_file()) {
            return Err(BookError::Unreadable {
                file: shown.to_string(),
                message: Message::new("import-mdbook-not-a-file"),
            });
        }
        let mut bytes = Vec::new();
        file.take(max as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        if bytes.len() > max {
            return Ok(Err(()));
        }
        let total = self.read.get() + bytes.len();
        if total > MAX_TOTAL_BYTES {
            return Err(BookError::TotalTooLarge {
                file: shown.to_string(),
            });
        }
        self.read.set(total);
        Ok(Ok(bytes))
    }

    /// `rel` (as written in a file of folder `dir`, both relative to the book)
    /// resolved: the canonical file and its path relative to the book, or why
    /// not (it leaves the book, it is missing).
    fn resolve(&self, dir: &str, rel: &str) -> Result<(PathBuf, String), Message> {
        let why = |id: &'static str| Message::new(id).arg("file", rel);
        if rel.trim().is_empty() {
            // `[Title](#part)`: the fragment is dropped and nothing is left.
            return Err(Message::new("import-mdbook-link-names-no-file"));
        }
        let written = Path::new(rel);
        if written.is_absolute() || rel.starts_with('/') || rel.starts_with('\\') {
            return Err(why("import-mdbook-absolute-path"));
        }
        let Some(lexical) = normalise(&Path::new(dir).join(written)) else {
            return Err(why("import-mdbook-leaves-book"));
        };
        let full = self.root.join(&lexical);
        let canonical = std::fs::canonicalize(&full).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                why("import-mdbook-missing")
            } else {
                why("import-mdbook-unreadable").arg("error", e.to_string())
            }
        })?;
        let Ok(inside) = canonical.strip_prefix(&self.root) else {
            return Err(why("import-mdbook-symlink-outside"));
        };
        let inside = inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if !canonical.is_file() {
            return Err(why("import-mdbook-path-not-a-file"));
        }
        Ok((canonical, inside))
    }

    /// A file a chapter links to (an image), read to be copied: `link` is
    /// relative to `chapter.dir`.
    ///
    /// # Errors
    /// Why it is not copied (leaves the book, missing, too large), as a
    /// sentence; [`BookError::TotalTooLarge`] is given as such a sentence too.
    pub fn read_asset(&self, chapter: &ChapterText, link: &str) -> Result<Asset, Message> {
        let (path, inside) = self.resolve(&chapter.dir, link)?;
        match self.read_bytes(&path, &inside, MAX_ASSET_BYTES) {
            Ok(Ok(bytes)) => Ok(Asset {
                path: inside,
                bytes,
            }),
            Ok(Err(())) => Err(Message::new("import-mdbook-asset-too-large")
                .arg("file", link)
                .arg("max", MAX_ASSET_BYTES)),
            Err(e) => Err(e.message()),
        }
    }

    /// Reads the chapter at `path` (relative to `src`): `Ok(Err(why))` when
    /// it leaves the book or is missing.
    fn read_chapter(&mut self, path: &str) -> Result<Result<ChapterText, Message>, BookError> {
        let src = self.config.src.clone();
        let (file, inside) = match self.resolve(&src, path) {
            Ok(found) => found,
            Err(why) => return Ok(Err(why)),
        };
        let text = self.read_text(&file, &inside)?;
        let dir = parent_of(&inside);
        let mut stack = vec![file];
        let expanded = self.expand(&text, &inside, &dir, 0, &mut stack)?;
        let segments = self.split_quizzes(&expanded, &inside, &dir)?;
        Ok(Ok(ChapterText {
            file: inside,
            dir,
            segments,
        }))
    }

    /// `text` (of `file`, in folder `dir`, both relative to the book) with its
    /// directives expanded; `stack` holds the canonical files being expanded.
    fn expand(
        &mut self,
        text: &str,
        file: &str,
        dir: &str,
        depth: usize,
        stack: &mut Vec<PathBuf>,
    ) -> Result<String, BookError> {
        let mut out = String::with_capacity(text.len());
        let mut rest = 0;
        for found in find_directives(text) {
            out.push_str(&text[rest..found.range.start]);
            rest = found.range.end;
            if found.escaped {
                out.push_str(&text[found.range.start + 1..found.range.end]);
                continue;
            }
            let line = line_at(text, found.range.start);
            let note = |outcome: Outcome, book: &mut Book| {
                book.directives.push(Directive {
                    file: file.to_string(),
                    line,
                    name: found.name.clone(),
                    arg: found.arg.clone(),
                    outcome,
                });
            };
            match found.name.as_str() {
                "quiz" => {
                    // Kept for `split_quizzes`.
                    out.push_str(&text[found.range.clone()]);
                }
                "title" => note(
                    Outcome::LeftOut(Message::new("import-mdbook-title-directive")),
                    self,
                ),
                "include" | "rustdoc_include" | "playground" => {
                    let mut words = found.arg.split_whitespace();
                    let target = words.next().unwrap_or("");
                    let (path, range) = match target.split_once(':') {
                        Some((p, r)) => (p, Some(r)),
                        None => (target, None),
                    };
                    if depth >= MAX_INCLUDE_DEPTH {
                        note(
                            Outcome::LeftOut(
                                Message::new("import-mdbook-includes-too-deep")
                                    .arg("max", MAX_INCLUDE_DEPTH),
                            ),
                            self,
                        );
                        continue;
                    }
                    let (canonical, inside) = match self.resolve(dir, path) {
                        Ok(found) => found,
                        Err(why) => {
                            note(Outcome::LeftOut(why), self);
                            continue;
                        }
                    };
                    if stack.contains(&canonical) {
                        note(
                            Outcome::LeftOut(
                                Message::new("import-mdbook-include-cycle").arg("file", path),
                            ),
                            self,
                        );
                        continue;
                    }
                    let whole = self.read_text(&canonical, &inside)?;
                    let (lines, missing_anchor) = take_lines(&whole, range);
                    stack.push(canonical);
                    let included =
                        self.expand(&lines, &inside, &parent_of(&inside), depth + 1, stack)?;
                    stack.pop();
                    let outcome = if let Some(anchor) = missing_anchor {
                        Outcome::Approximated(
                            Message::new("import-mdbook-no-anchor")
                                .arg("file", path)
                                .arg("anchor", format!("`{anchor}`")),
                        )
                    } else {
                        match found.name.as_str() {
                            "rustdoc_include" => {
                                Outcome::Approximated(Message::new("import-mdbook-rustdoc-include"))
                            }
                            "playground" => {
                                let attrs: Vec<&str> = words.collect();
                                if attrs.is_empty() {
                                    Outcome::Approximated(Message::new("import-mdbook-playground"))
                                } else {
                                    Outcome::Approximated(
                                        Message::new("import-mdbook-playground-attributes")
                                            .arg("attributes", attrs.join(" ")),
                                    )
                                }
                            }
                            _ => Outcome::Done,
                        }
                    };
                    if found.name == "playground" {
                        out.push_str("```rust\n");
                        out.push_str(&included);
                        if !included.ends_with('\n') {
                            out.push('\n');
                        }
                        out.push_str("```\n");
                    } else {
                        out.push_str(&included);
                    }
                    note(outcome, self);
                }
                _ => {
                    out.push_str(&text[found.range.clone()]);
                    note(
                        Outcome::LeftOut(Message::new("import-mdbook-other-directive")),
                        self,
                    );
                }
            }
        }
        out.push_str(&text[rest..]);
        Ok(out)
    }

    /// `text` cut at its `{{#quiz}}`s, each quiz read.
    fn split_quizzes(
        &mut self,
        text: &str,
        file: &str,
        dir: &str,
    ) -> Result<Vec<Segment>, BookError> {
        let mut segments = Vec::new();
        let mut rest = 0;
        for found in find_directives(text) {
            if found.escaped || found.name != "quiz" {
                continue;
            }
            let before = &text[rest..found.range.start];
            if !before.trim().is_empty() {
                segments.push(Segment::Text(before.to_string()));
            }
            rest = found.range.end;
            let written = found.arg.trim();
            let quiz = match self.resolve(dir, written) {
                Ok((canonical, inside)) => {
                    let toml = self.read_text(&canonical, &inside)?;
                    QuizRef {
                        file: inside,
                        quiz: parse_quiz(&toml),
                    }
                }
                Err(why) => QuizRef {
                    file: format!("{file}: {{{{#quiz {written}}}}}"),
                    quiz: Err(why),
                },
            };
            segments.push(Segment::Quiz(quiz));
        }
        let after = &text[rest..];
        if !after.trim().is_empty() {
            segments.push(Segment::Text(after.to_string()));
        }
        Ok(segments)
    }
}

/// The folder of `path` (relative to the book, `/`-separated), `""` at the top.
fn parent_of(path: &str) -> String {
    path.rsplit_once('/')
        .map(|(d, _)| d.to_string())
        .unwrap_or_default()
}

/// A `{{#name arg}}` found in a text.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    range: Range<usize>,
    escaped: bool,
    name: String,
    arg: String,
}

/// The directives of `text`, as mdBook's regular expression finds them:
/// `{{`, spaces, `#`, a name of ASCII letters, digits and `_`, spaces, an
/// argument without `}`, `}}`; or the same after a `\` (escaped).
fn find_directives(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = text[at..].find("{{").map(|i| i + at) {
        at = i + 2;
        let mut j = i + 2;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if bytes.get(j) != Some(&b'#') {
            continue;
        }
        j += 1;
        let name_start = j;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
            j += 1;
        }
        if j == name_start {
            continue;
        }
        let name = &text[name_start..j];
        let Some(close) = text[j..].find('}').map(|c| c + j) else {
            break;
        };
        if !text[close..].starts_with("}}") {
            continue;
        }
        let arg = text[j..close].trim();
        if arg.is_empty() && name != "title" {
            continue;
        }
        let escaped = i > 0 && bytes[i - 1] == b'\\';
        out.push(Found {
            range: if escaped {
                i - 1..close + 2
            } else {
                i..close + 2
            },
            escaped,
            name: name.to_string(),
            arg: arg.to_string(),
        });
        at = close + 2;
    }
    out
}

/// The lines of `text` that `range` names (`N`, `N:M`, `N:`, `:M`, an
/// anchor, or all), joined with `\n`; and the anchor when it is not found.
pub fn take_lines(text: &str, range: Option<&str>) -> (String, Option<String>) {
    let Some(range) = range.map(str::trim) else {
        return (text.to_string(), None);
    };
    let lines: Vec<&str> = text.lines().collect();
    let (first, second) = match range.split_once(':') {
        Some((a, b)) => (a, Some(b)),
        None => (range, None),
    };
    let start = first.parse::<usize>().ok();
    if start.is_none() && !first.is_empty() {
        return take_anchor(&lines, first);
    }
    let end = second.map(|s| s.parse::<usize>().ok());
    let (from, to) = match (start, end) {
        (Some(s), Some(Some(e))) => (s.saturating_sub(1), e),
        (Some(s), Some(None)) => (s.saturating_sub(1), lines.len()),
        (Some(s), None) => (s.saturating_sub(1), s),
        (None, Some(Some(e))) => (0, e),
        (None, _) => (0, lines.len()),
    };
    let to = to.min(lines.len());
    let from = from.min(to);
    (lines[from..to].join("\n"), None)
}

/// Whether `line` holds `ANCHOR:` (or `ANCHOR_END:` when `end`) then `name`.
fn anchor_mark(line: &str, end: bool, name: Option<&str>) -> bool {
    let mark = if end { "ANCHOR_END:" } else { "ANCHOR:" };
    let mut from = 0;
    while let Some(i) = line[from..].find(mark).map(|i| i + from) {
        from = i + mark.len();
        // `ANCHOR:` must not be the tail of `ANCHOR_END:`, nor of a word.
        if i > 0 {
            let prev = line.as_bytes()[i - 1];
            if prev.is_ascii_alphanumeric() || prev == b'_' {
                continue;
            }
        }
        let after = line[from..].trim_start();
        let word: &str = after
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .next()
            .unwrap_or("");
        match name {
            None if !word.is_empty() => return true,
            Some(n) if word == n => return true,
            _ => {}
        }
    }
    false
}

fn take_anchor(lines: &[&str], anchor: &str) -> (String, Option<String>) {
    let mut out: Vec<&str> = Vec::new();
    let mut inside = false;
    let mut found = false;
    for line in lines {
        if inside {
            if anchor_mark(line, true, Some(anchor)) {
                break;
            }
            if !anchor_mark(line, false, None) && !anchor_mark(line, true, None) {
                out.push(line);
            }
        } else if anchor_mark(line, false, Some(anchor)) {
            inside = true;
            found = true;
        }
    }
    if found {
        (out.join("\n"), None)
    } else {
        (String::new(), Some(anchor.to_string()))
    }
}

/// A TOML parse error of `text` on one line: `line N: message` (the toml
/// crate's own text quotes the source over several lines).
fn toml_error(text: &str, e: &toml::de::Error) -> Message {
    let message = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
    match e.span() {
        Some(span) => {
            let at = span.start.min(text.len());
            let line = text.as_bytes()[..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Message::new("import-at-line")
                .arg("line", line)
                .arg("message", Message::verbatim(message))
        }
        None => Message::verbatim(message),
    }
}

/// An mdbook-quiz file read: each `[[questions]]` entry on its own, so that
/// one the schema does not know is reported, not the whole quiz.
///
/// # Errors
/// The TOML parser's message, or a sentence when there is no `questions`
/// array.
pub fn parse_quiz(text: &str) -> Result<QuizFile, Message> {
    let table: toml::Table = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
    let Some(questions) = table.get("questions").and_then(toml::Value::as_array) else {
        return Err(Message::new("import-mdbook-quiz-no-questions").arg("table", "`[[questions]]`"));
    };
    let mut multipart = BTreeMap::new();
    if let Some(parts) = table.get("multipart").and_then(toml::Value::as_table) {
        for (k, v) in parts {
            if let Some(s) = v.as_str() {
                multipart.insert(k.clone(), s.to_string());
            }
        }
    }
    let entries = questions
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let field = |name: &str| {
                value
                    .get(name)
                    .and_then(toml::Value::as_str)
                    .map(str::to_string)
            };
            let kind = field("type").unwrap_or_default();
            let question = match kind.as_str() {
                "MultipleChoice" | "ShortAnswer" | "Tracing" => value
                    .clone()
                    .try_into::<Question>()
                    .map_err(|e| Message::verbatim(e.to_string().trim())),
                "" => Err(Message::new("import-mdbook-quiz-no-type")),
                other => Err(Message::new("import-mdbook-quiz-unknown-type")
                    .arg("type", format!("`{other}`"))
                    .arg(
                        "known",
                        Value::or(["MultipleChoice", "ShortAnswer", "Tracing"]),
                    )),
            };
            QuizEntry {
                index: i + 1,
                kind,
                id: field("id"),
                multipart: field("multipart"),
                question,
            }
        })
        .collect();
    Ok(QuizFile {
        questions: entries,
        multipart,
    })
}

/// `SUMMARY.md` read with pulldown-cmark, as mdBook reads it, and notes
/// `(line, message)` for what it cannot read (mdBook refuses those; amphi
/// skips them and says so).
pub fn parse_summary(text: &str) -> (Summary, Vec<(usize, Message)>) {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new(text).into_offset_iter().collect();
    let mut reader = SummaryReader {
        text,
        events,
        at: 0,
        notes: Vec::new(),
    };
    let summary = reader.read();
    (summary, reader.notes)
}

struct SummaryReader<'a> {
    text: &'a str,
    events: Vec<(Event<'a>, Range<usize>)>,
    at: usize,
    notes: Vec<(usize, Message)>,
}

#[derive(PartialEq)]
enum Stage {
    Start,
    Prefix,
    Numbered,
    Suffix,
}

impl<'a> SummaryReader<'a> {
    fn line(&self, range: &Range<usize>) -> usize {
        line_at(self.text, range.start)
    }

    fn read(&mut self) -> Summary {
        let mut summary = Summary::default();
        let mut stage = Stage::Start;
        let mut top = 0u32;
        while self.at < self.events.len() {
            let (event, range) = self.events[self.at].clone();
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    let title = self.inline_text_until(TagEnd::Heading(level));
                    let line = self.line(&range);
                    if level != HeadingLevel::H1 {
                        self.notes.push((
                            line,
                            Message::new("import-mdbook-heading-not-part")
                                .arg("level", level as usize),
                        ));
                    } else if stage == Stage::Start && summary.title.is_none() {
                        summary.title = Some(title);
                    } else {
                        if stage == Stage::Suffix {
                            self.notes
                                .push((line, Message::new("import-mdbook-part-after-suffix")));
                        }
                        stage = Stage::Numbered;
                        summary
                            .numbered
                            .push(SummaryItem::PartTitle { title, line });
                    }
                    if stage == Stage::Start {
                        stage = Stage::Prefix;
                    }
                    continue;
                }
                Event::Start(Tag::List(_)) => {
                    if stage == Stage::Suffix {
                        self.notes.push((
                            self.line(&range),
                            Message::new("import-mdbook-list-after-suffix"),
                        ));
                    }
                    stage = Stage::Numbered;
                    let chapters = self.list(&[], &mut top, 1);
                    summary
                        .numbered
                        .extend(chapters.into_iter().map(SummaryItem::Chapter));
                    continue;
                }
                Event::Start(Tag::Paragraph) => {
                    let links = self.paragraph_links();
                    if stage == Stage::Numbered && !links.is_empty() {
                        stage = Stage::Suffix;
                    }
                    for c in links {
                        if stage == Stage::Suffix {
                            summary.suffix.push(c);
                        } else {
                            summary.prefix.push(c);
                        }
                    }
                    if stage == Stage::Start {
                        stage = Stage::Prefix;
                    }
                    continue;
                }
                Event::Rule if stage == Stage::Numbered => {
                    summary.numbered.push(SummaryItem::Separator);
                }
                _ => {}
            }
            self.at += 1;
        }
        summary
    }

    /// The text of the inline events up to `end` (consumed), one line.
    fn inline_text_until(&mut self, end: TagEnd) -> String {
        let mut s = String::new();
        self.at += 1;
        while self.at < self.events.len() {
            match &self.events[self.at].0 {
                Event::End(e) if *e == end => break,
                Event::Text(t) | Event::Code(t) => s.push_str(t),
                Event::SoftBreak | Event::HardBreak => s.push(' '),
                _ => {}
            }
            self.at += 1;
        }
        self.at += 1;
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The links of the paragraph starting at `self.at` (consumed), as
    /// prefix or suffix chapters.
    fn paragraph_links(&mut self) -> Vec<Chapter> {
        let mut out = Vec::new();
        let start = self.events[self.at].1.clone();
        self.at += 1;
        let mut other_text = false;
        while self.at < self.events.len() {
            let (event, range) = self.events[self.at].clone();
            match event {
                Event::End(TagEnd::Paragraph) => {
                    self.at += 1;
                    break;
                }
                Event::Start(Tag::Link { dest_url, .. }) => {
                    let name = self.inline_text_until(TagEnd::Link);
                    out.push(self.chapter(name, &dest_url, Vec::new(), &range));
                    continue;
                }
                Event::Text(t) if !t.trim().is_empty() => other_text = true,
                Event::Code(_) => other_text = true,
                _ => {}
            }
            self.at += 1;
        }
        if other_text {
            self.notes.push((
                self.line(&start),
                Message::new("import-mdbook-text-not-a-link"),
            ));
        }
        out
    }

    fn chapter(
        &mut self,
        name: String,
        dest: &str,
        number: Vec<u32>,
        range: &Range<usize>,
    ) -> Chapter {
        let line = self.line(range);
        let dest = dest.trim();
        let path = if dest.is_empty() {
            None
        } else {
            // mdBook's paths are relative to `src`, `/`-separated; a `#part`
            // or `?query` is not part of the file.
            let file = dest.split(['#', '?']).next().unwrap_or("");
            Some(percent_decode(file))
        };
        Chapter {
            name,
            path,
            number,
            line,
            nested: Vec::new(),
        }
    }

    /// The list starting at `self.at` (consumed): its items as chapters
    /// numbered under `parent`.
    fn list(&mut self, parent: &[u32], top: &mut u32, depth: usize) -> Vec<Chapter> {
        let list_start = self.events[self.at].1.clone();
        self.at += 1;
        let mut out = Vec::new();
        let mut n = 0u32;
        if depth > MAX_SUMMARY_DEPTH {
            self.notes.push((
                self.line(&list_start),
                Message::new("import-mdbook-lists-too-deep").arg("max", MAX_SUMMARY_DEPTH),
            ));
            self.skip_to_end_of_list();
            return out;
        }
        while self.at < self.events.len() {
            let (event, range) = self.events[self.at].clone();
            match event {
                Event::End(TagEnd::List(_)) => {
                    self.at += 1;
                    break;
                }
                Event::Start(Tag::Item) => {
                    let number = if parent.is_empty() {
                        *top += 1;
                        vec![*top]
                    } else {
                        n += 1;
                        let mut v = parent.to_vec();
                        v.push(n);
                        v
                    };
                    match self.item(number.clone(), top, depth, &range) {
                        Some(c) => out.push(c),
                        None => {
                            if parent.is_empty() {
                                *top -= 1;
                            } else {
                                n -= 1;
                            }
                        }
                    }
                    continue;
                }
                _ => {}
            }
            self.at += 1;
        }
        out
    }

    fn skip_to_end_of_list(&mut self) {
        let mut open = 1usize;
        while self.at < self.events.len() {
            match &self.events[self.at].0 {
                Event::Start(Tag::List(_)) => open += 1,
                Event::End(TagEnd::List(_)) => {
                    open -= 1;
                    if open == 0 {
                        self.at += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
    }

    /// The item starting at `self.at` (consumed): a chapter with its nested
    /// list, or `None` (with a note) when it holds no link.
    fn item(
        &mut self,
        number: Vec<u32>,
        top: &mut u32,
        depth: usize,
        range: &Range<usize>,
    ) -> Option<Chapter> {
        self.at += 1;
        let mut chapter: Option<Chapter> = None;
        let mut nested = Vec::new();
        while self.at < self.events.len() {
            let (event, link_range) = self.events[self.at].clone();
            match event {
                Event::End(TagEnd::Item) => {
                    self.at += 1;
                    break;
                }
                Event::Start(Tag::Link { dest_url, .. }) if chapter.is_none() => {
                    let name = self.inline_text_until(TagEnd::Link);
                    chapter = Some(self.chapter(name, &dest_url, number.clone(), &link_range));
                    continue;
                }
                Event::Start(Tag::List(_)) => {
                    let parent = if chapter.is_some() {
                        number.clone()
                    } else {
                        Vec::new()
                    };
                    if parent.is_empty() {
                        self.skip_to_end_of_list();
                    } else {
                        nested = self.list(&parent, top, depth + 1);
                    }
                    continue;
                }
                _ => {}
            }
            self.at += 1;
        }
        match chapter {
            Some(mut c) => {
                c.nested = nested;
                Some(c)
            }
            None => {
                self.notes.push((
                    self.line(range),
                    Message::new("import-mdbook-item-not-a-link"),
                ));
                None
            }
        }
    }
}

/// `%20` and the like decoded (mdBook's links are URLs); invalid sequences
/// kept as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (
                (bytes[i + 1] as char).to_digit(16),
                (bytes[i + 2] as char).to_digit(16),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests;
