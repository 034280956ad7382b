//! The files of an OLX export, read safely into memory, and its XML parsed with
//! no DTD.
//!
//! [`OlxSource::open`] takes any of three forms of an export:
//!
//! - the folder holding `course.xml`;
//! - a folder above it: the one `course.xml` at most two folder levels down is
//!   the course's (the export's root folder holding `course/course.xml`, say);
//! - the export's `.tar.gz` (or `.tgz`), read in memory member by member,
//!   where the course root is found the same way.
//!
//! Where `course.xml` is found at several depths, the shallowest wins; two or
//! more at that depth is an error naming them. Only the files under the course
//! root are kept, by path relative to it (`/`-separated; an archive's `.` parts
//! dropped; of a member given twice, the last); a folder's [`VCS_FOLDERS`] are
//! skipped.
//!
//! Nothing of a hostile source is kept: the whole source is refused, with an
//! [`OlxSourceError`] saying why, when an archive member's name holds `..` or
//! is absolute, a member is a link (symbolic or hard) or another special entry
//! (device, FIFO, sparse file…), a member is both a file and the folder of
//! others, a name is not UTF-8, a folder holds a link leading outside the
//! course root, to a folder or nowhere (a link to a file inside is read as that
//! file), or a special file, or a limit is passed: one
//! file over [`MAX_FILE_BYTES`], more than [`MAX_ENTRIES`] files and folders,
//! more than [`MAX_TOTAL_BYTES`] in all, or an archive expanding to more than
//! [`MAX_EXPANSION`] times its size once past [`EXPANSION_FREE_BYTES`]. Bytes
//! are counted as they are read, whatever the archive's headers claim.
//!
//! [`parse_xml`] refuses any DTD (so no entity is expanded and no external
//! entity read), a text over [`MAX_XML_BYTES`] and more than [`MAX_XML_NODES`]
//! nodes, and gives the line and column of what it refuses.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::said::Said;
use crate::i18n::{Language, Message, Value};

/// Most bytes one file of the export may hold: 64 MiB (a long video's
/// transcript is a few hundred KiB, a large image a few MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Most bytes the whole export may hold once uncompressed: 512 MiB. For an
/// archive, the bytes of the tar stream as they come out of gzip (its headers
/// included), counted as read; for a folder, its files' bytes as read.
pub const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// Most times an archive may expand (uncompressed bytes read ÷ the `.tar.gz`
/// file's bytes, a plain factor) once it has expanded past
/// [`EXPANSION_FREE_BYTES`]: 100. Text compresses about 5 to 10 times, images
/// and videos hardly at all; a stream of zeros about 1000 times.
pub const MAX_EXPANSION: u64 = 100;

/// Bytes an archive may expand to whatever its ratio: 10 MiB, so a small
/// export of text (which compresses well) is never refused for its ratio.
pub const EXPANSION_FREE_BYTES: u64 = 10 * 1024 * 1024;

/// Most members an export may have, files and folders together (an archive's
/// members outside the course root count too): 100 000. The Open edX demo
/// course has about 750 files.
pub const MAX_ENTRIES: usize = 100_000;

/// Most bytes of one XML text given to [`parse_xml`]: 16 MiB.
pub const MAX_XML_BYTES: usize = 16 * 1024 * 1024;

/// Most nodes (elements, texts, comments, processing instructions) of one XML
/// document parsed by [`parse_xml`]: 500 000.
pub const MAX_XML_NODES: u32 = 500_000;

/// The limits an export is read under; [`Limits::default`] gives the
/// documented constants (tests use smaller ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most bytes of one file ([`MAX_FILE_BYTES`]).
    pub max_file_bytes: u64,
    /// Most bytes in all, uncompressed ([`MAX_TOTAL_BYTES`]).
    pub max_total_bytes: u64,
    /// Most expansion factor of an archive ([`MAX_EXPANSION`]).
    pub max_expansion: u64,
    /// Bytes an archive may expand to whatever its ratio
    /// ([`EXPANSION_FREE_BYTES`]).
    pub expansion_free_bytes: u64,
    /// Most files and folders ([`MAX_ENTRIES`]).
    pub max_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: MAX_FILE_BYTES,
            max_total_bytes: MAX_TOTAL_BYTES,
            max_expansion: MAX_EXPANSION,
            expansion_free_bytes: EXPANSION_FREE_BYTES,
            max_entries: MAX_ENTRIES,
        }
    }
}

/// Why an export was refused; nothing of it is kept. [`OlxSourceError::message`]
/// says what is wrong in the source, in any language, naming the member or
/// file at fault but not the source itself, which callers put before it
/// (`amphi import` writes `SOURCE: message; nothing was written`); `Display`
/// and `String::from` give it in English.
#[derive(Debug)]
pub enum OlxSourceError {
    /// The source, or a file or folder in it, could not be read.
    Io {
        /// What could not be read: `None` for the source itself, else its path
        /// relative to the source.
        what: Option<String>,
        /// The system's reason.
        source: io::Error,
    },
    /// A file that is not a gzip archive.
    NotASource,
    /// The gzip stream is damaged.
    BadGzip {
        /// The decompressor's reason.
        detail: String,
    },
    /// The gzip stream does not hold a tar archive (or a damaged one).
    NotTar {
        /// The tar reader's reason.
        detail: String,
    },
    /// A member's data ends before the size its header gives.
    Truncated {
        /// The member cut short.
        member: String,
    },
    /// No `course.xml` in the folder or two levels below.
    NoCourseXml,
    /// Several `course.xml` at the shallowest depth where one is found.
    SeveralCourses {
        /// Each `course.xml` found, relative to the source.
        found: Vec<String>,
    },
    /// An archive member named with `..` or an absolute path.
    UnsafeName {
        /// The member's name as written.
        member: String,
        /// What is wrong with it.
        why: NameFault,
    },
    /// An archive member that is a symbolic or hard link.
    ArchiveLink {
        /// The member's name.
        member: String,
        /// Which kind of link.
        kind: LinkKind,
        /// Where it points, as written.
        target: String,
    },
    /// An archive member or a folder's file that is neither a regular file
    /// nor a folder.
    Special {
        /// The member's or file's name.
        member: String,
        /// What it is.
        kind: SpecialKind,
    },
    /// A symbolic link in a folder source that leads outside the course
    /// root, to a folder, or nowhere.
    FolderLink {
        /// The link, relative to the course root.
        link: String,
        /// Where it leads, as written.
        target: String,
        /// Why that is refused.
        why: LinkFault,
    },
    /// An archive member that is both a file and, by the names of others, a
    /// folder (`static/a` and `static/a/b.png`).
    FileAndFolder {
        /// The member.
        member: String,
    },
    /// A name that is not UTF-8.
    NameNotUtf8 {
        /// The name, with its bad bytes replaced.
        name: String,
    },
    /// One file over [`Limits::max_file_bytes`].
    FileTooLarge {
        /// The file.
        member: String,
        /// The limit, in bytes.
        limit: u64,
    },
    /// More than [`Limits::max_entries`] files and folders.
    TooManyEntries {
        /// The limit, in files and folders.
        limit: usize,
    },
    /// More than [`Limits::max_total_bytes`] in all.
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// An archive expanding beyond [`Limits::max_expansion`] times its size.
    Expands {
        /// The archive's size, in bytes.
        compressed: u64,
        /// The bytes it was allowed to expand to.
        limit: u64,
        /// The expansion factor allowed.
        factor: u64,
    },
}

/// What is wrong with an archive member's name ([`OlxSourceError::UnsafeName`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFault {
    /// `/x`, `\x`, `C:x`.
    Absolute,
    /// A `..` part.
    Climbs,
}

/// A link's kind ([`OlxSourceError::ArchiveLink`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A symbolic link.
    Symbolic,
    /// A hard link.
    Hard,
}

/// Why a folder's link is refused ([`OlxSourceError::FolderLink`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFault {
    /// It leads nowhere.
    Missing,
    /// It leads outside the course root.
    Outside,
    /// It leads to a folder.
    Folder,
    /// It leads to something other than a regular file.
    NotAFile,
}

/// What a special file is ([`OlxSourceError::Special`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecialKind {
    /// A named pipe.
    Fifo,
    /// A socket.
    Socket,
    /// A block device.
    BlockDevice,
    /// A character device.
    CharDevice,
    /// A tar member of contiguous data.
    Contiguous,
    /// A tar member of sparse data.
    Sparse,
    /// A tar member of another type (its type letter, as Rust writes a
    /// `char` with `{:?}`).
    TarType(String),
    /// Anything else.
    Other,
}

impl SpecialKind {
    /// The code the catalogue's selector picks the words by.
    fn code(&self) -> &'static str {
        match self {
            SpecialKind::Fifo => "fifo",
            SpecialKind::Socket => "socket",
            SpecialKind::BlockDevice => "block",
            SpecialKind::CharDevice => "char",
            SpecialKind::Contiguous => "contiguous",
            SpecialKind::Sparse => "sparse",
            SpecialKind::TarType(_) => "type",
            SpecialKind::Other => "other",
        }
    }
}

impl OlxSourceError {
    /// What is wrong, in any language (see the type's docs); names from the
    /// source are already escaped. A library's reason is quoted as it is.
    pub fn message(&self) -> Message {
        use OlxSourceError as E;
        match self {
            E::Io { what: None, source } => Message::new("import-olx-cannot-read-source")
                .arg("reason", Message::verbatim(source.to_string())),
            E::Io {
                what: Some(path),
                source,
            } => Message::new("import-olx-cannot-read")
                .arg("path", path)
                .arg("reason", Message::verbatim(source.to_string())),
            E::NotASource => Message::new("import-olx-not-a-source"),
            E::BadGzip { detail } => Message::new("import-olx-bad-gzip").arg("detail", detail),
            E::NotTar { detail } => Message::new("import-olx-not-tar").arg("detail", detail),
            E::Truncated { member } => Message::new("import-olx-truncated").arg("member", member),
            E::NoCourseXml => Message::new("import-olx-no-course-xml"),
            E::SeveralCourses { found } => {
                Message::new("import-olx-several-courses").arg("found", found.join(", "))
            }
            E::UnsafeName { member, why } => Message::new(match why {
                NameFault::Absolute => "import-olx-name-absolute",
                NameFault::Climbs => "import-olx-name-climbs",
            })
            .arg("member", member),
            E::ArchiveLink {
                member,
                kind,
                target,
            } => Message::new("import-olx-archive-link")
                .arg("member", member)
                .arg(
                    "kind",
                    match kind {
                        LinkKind::Symbolic => "symbolic",
                        LinkKind::Hard => "hard",
                    },
                )
                .arg("target", target),
            E::Special { member, kind } => Message::new("import-olx-special")
                .arg("member", member)
                .arg("kind", kind.code())
                .arg(
                    "type",
                    match kind {
                        SpecialKind::TarType(t) => t.as_str(),
                        _ => "",
                    },
                ),
            E::FolderLink { link, target, why } => Message::new(match why {
                LinkFault::Missing => "import-olx-link-missing",
                LinkFault::Outside => "import-olx-link-outside",
                LinkFault::Folder => "import-olx-link-folder",
                LinkFault::NotAFile => "import-olx-link-not-a-file",
            })
            .arg("link", link)
            .arg("target", target),
            E::FileAndFolder { member } => {
                Message::new("import-olx-file-and-folder").arg("member", member)
            }
            E::NameNotUtf8 { name } => Message::new("import-olx-name-not-utf8").arg("name", name),
            E::FileTooLarge { member, limit } => Message::new("import-olx-file-too-large")
                .arg("member", member)
                .arg("limit", *limit),
            E::TooManyEntries { limit } => {
                Message::new("import-olx-too-many-entries").arg("limit", *limit)
            }
            E::TooLarge { limit } => Message::new("import-olx-too-large").arg("limit", *limit),
            E::Expands {
                compressed,
                limit,
                factor,
            } => Message::new("import-olx-expands")
                .arg("limit", *limit)
                .arg("compressed", *compressed)
                .arg("factor", *factor),
        }
    }

    /// [`OlxSourceError::message`] in `lang`'s words.
    pub fn render(&self, lang: Language) -> String {
        self.message().render(lang)
    }
}

/// English, as [`OlxSourceError::message`]'s `Display`.
impl std::fmt::Display for OlxSourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().to_string())
    }
}

impl std::error::Error for OlxSourceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OlxSourceError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<OlxSourceError> for Message {
    fn from(e: OlxSourceError) -> Self {
        e.message()
    }
}

/// The message as an argument of another (said in the same language).
impl From<OlxSourceError> for Value {
    fn from(e: OlxSourceError) -> Self {
        Value::Message(e.message())
    }
}

impl From<&OlxSourceError> for Message {
    fn from(e: &OlxSourceError) -> Self {
        e.message()
    }
}

impl From<OlxSourceError> for String {
    fn from(e: OlxSourceError) -> String {
        e.to_string()
    }
}

/// The export's files: path relative to the folder holding `course.xml`
/// (`/`-separated, e.g. `problem/abc.xml`, `static/images/a.png`) → bytes.
#[derive(Debug, Clone, Default)]
pub struct OlxSource {
    /// The files, by relative path.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl OlxSource {
    /// Reads an export under the default [`Limits`]: the folder holding
    /// `course.xml`, a folder above it (two levels at most), the export's
    /// `.tar.gz`, or `course.xml` itself (its folder is read).
    ///
    /// # Errors
    /// An [`OlxSourceError`] when the source cannot be read, holds no course
    /// or several, or is refused as hostile (see the module's documentation).
    pub fn open(path: &Path) -> Result<Self, OlxSourceError> {
        Self::open_with(path, &Limits::default())
    }

    /// [`OlxSource::open`] under the given limits.
    ///
    /// # Errors
    /// As [`OlxSource::open`].
    pub fn open_with(path: &Path, limits: &Limits) -> Result<Self, OlxSourceError> {
        let meta = std::fs::metadata(path).map_err(io_source)?;
        if meta.is_dir() {
            return read_folder(path, limits);
        }
        if path.file_name().is_some_and(|n| n == "course.xml") {
            let parent = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            return read_folder(parent, limits);
        }
        let file = std::fs::File::open(path).map_err(io_source)?;
        read_archive(file, meta.len(), limits)
    }

    /// A file's text, when it exists and is UTF-8.
    pub fn text(&self, rel: &str) -> Option<&str> {
        self.files
            .get(rel)
            .and_then(|b| std::str::from_utf8(b).ok())
    }

    /// The file `rel` parsed as XML by [`parse_xml`].
    ///
    /// # Errors
    /// `rel:line:col: what` (see [`xml_error_at`]), or a message saying the
    /// file is missing or not UTF-8.
    pub fn xml(&self, rel: &str) -> Result<roxmltree::Document<'_>, Said> {
        let Some(bytes) = self.files.get(rel) else {
            return Err(Message::new("import-olx-xml-no-file")
                .arg("file", shown(rel))
                .into());
        };
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Said::from(
                Message::new("import-olx-xml-not-utf8")
                    .arg("file", shown(rel))
                    .arg("line", line),
            )
        })?;
        parse_xml(text).map_err(|e| xml_error_at(rel, &e))
    }
}

/// Parses an OLX file's XML: no DTD (so no entity expansion and no external
/// entity), at most [`MAX_XML_BYTES`] bytes and [`MAX_XML_NODES`] nodes.
///
/// # Errors
/// `line:col: what` in amphi's words (prefix the file with
/// [`xml_error_at`]); a text too large or a node limit without a position.
pub fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, Said> {
    if text.len() > MAX_XML_BYTES {
        return Err(Message::new("import-olx-xml-too-large")
            .arg("limit", MAX_XML_BYTES)
            .into());
    }
    roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            nodes_limit: MAX_XML_NODES,
            ..Default::default()
        },
    )
    .map_err(|e| xml_message(text, &e).into())
}

/// A [`parse_xml`] message prefixed with the file it is about:
/// `problem/a.xml:3:7: …` (or `problem/a.xml: …` when it has no position).
pub fn xml_error_at(file: &str, err: &Said) -> Said {
    let file = shown(file);
    let m = err.message();
    let positioned = (m.id() == Some("import-olx-xml-at"))
        .then(|| Some((m.get("line")?, m.get("col")?, m.get("what")?)))
        .flatten();
    match positioned {
        Some((line, col, what)) => Message::new("import-olx-xml-in-file-at")
            .arg("file", file)
            .arg("line", line.clone())
            .arg("col", col.clone())
            .arg("what", what.clone()),
        None => Message::new("import-olx-in-file")
            .arg("file", file)
            .arg("what", m.clone()),
    }
    .into()
}

/// An error of `file` (an XML file of the export, whose position, if any,
/// stays after a space): `problem/a.xml: 3:7: …`.
pub(super) fn in_file(file: &str, err: impl Into<Message>) -> Message {
    Message::new("import-olx-in-file")
        .arg("file", shown(file))
        .arg("what", err.into())
}

/// `what` at `line:col`.
fn xml_at(line: usize, col: usize, what: Message) -> Message {
    Message::new("import-olx-xml-at")
        .arg("line", line)
        .arg("col", col)
        .arg("what", what)
}

/// roxmltree's error as `line:col: what`, in amphi's words where it matters.
fn xml_message(text: &str, e: &roxmltree::Error) -> Message {
    use roxmltree::Error as E;
    match e {
        E::DtdDetected => {
            let at = text.find("<!DOCTYPE").unwrap_or(0);
            let (line, col) = line_col(text, at);
            xml_at(
                line,
                col,
                Message::new("import-olx-xml-dtd").arg("doctype", "<!DOCTYPE …>"),
            )
        }
        E::NodesLimitReached => {
            Message::new("import-olx-xml-too-many-nodes").arg("limit", MAX_XML_NODES)
        }
        E::AttributesLimitReached | E::NamespacesLimitReached => Message::verbatim(e.to_string()),
        E::NoRootNode => Message::new("import-olx-xml-no-element"),
        E::UnclosedRootNode | E::UnexpectedEndOfStream => {
            let (line, col) = line_col(text, text.len());
            xml_at(line, col, Message::new("import-olx-xml-unclosed"))
        }
        _ => {
            let pos = e.pos();
            let message = e.to_string();
            let suffix = format!(" at {pos}");
            let message = message.strip_suffix(&suffix).unwrap_or(&message);
            xml_at(
                pos.row as usize,
                pos.col as usize,
                Message::verbatim(message),
            )
        }
    }
}

/// 1-based line and column (in characters) of byte `at` of `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// A name from the source made safe to print: control and bidirectional
/// characters escaped (`\u{1b}`), so a hostile name cannot drive the terminal.
fn shown(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The course root among paths.

/// The prefix (`""` or `a/`, `a/b/`) of the one `course.xml` at most two
/// levels down among `paths` (`/`-separated, relative): the shallowest depth
/// where one is found wins.
fn course_root<'a>(paths: impl Iterator<Item = &'a str>) -> Result<String, OlxSourceError> {
    let mut by_depth: [Vec<&str>; 3] = Default::default();
    for p in paths {
        let Some(prefix) = p.strip_suffix("course.xml") else {
            continue;
        };
        if !(prefix.is_empty() || prefix.ends_with('/')) {
            continue;
        }
        let depth = prefix.matches('/').count();
        if depth < 3 {
            by_depth[depth].push(prefix);
        }
    }
    for found in &mut by_depth {
        // An archive may hold the same member twice (the last one counts).
        found.sort_unstable();
        found.dedup();
        match found.as_slice() {
            [] => {}
            [one] => return Ok((*one).to_string()),
            several => {
                let mut names: Vec<String> = several
                    .iter()
                    .map(|p| shown(&format!("{p}course.xml")))
                    .collect();
                names.sort();
                return Err(OlxSourceError::SeveralCourses { found: names });
            }
        }
    }
    Err(OlxSourceError::NoCourseXml)
}

// ---------------------------------------------------------------------------
// A folder.

/// An I/O error about `what`, a path relative to the source.
fn io_err(what: &str) -> impl FnOnce(io::Error) -> OlxSourceError + '_ {
    move |source| OlxSourceError::Io {
        what: Some(shown(what)),
        source,
    }
}

/// An I/O error about the source itself.
fn io_source(source: io::Error) -> OlxSourceError {
    OlxSourceError::Io { what: None, source }
}

/// Folders of version control skipped in a folder source (an OLX course kept
/// in git has `.git` beside `course.xml`): never course content, and often
/// larger than the course.
pub const VCS_FOLDERS: [&str; 3] = [".git", ".hg", ".svn"];

/// Reads the course under `folder`: the folder itself when it holds
/// `course.xml`, else the one folder holding it one or two levels down.
fn read_folder(folder: &Path, limits: &Limits) -> Result<OlxSource, OlxSourceError> {
    let base = folder.canonicalize().map_err(io_source)?;
    // The relative paths of every `course.xml` within two levels (folders
    // reached through links are not searched).
    let mut candidates = Vec::new();
    let mut level: Vec<(PathBuf, String)> = vec![(base.clone(), String::new())];
    for depth in 0..3 {
        let mut next = Vec::new();
        for (dir, rel) in &level {
            let here = dir.join("course.xml");
            if std::fs::symlink_metadata(&here).is_ok() {
                candidates.push(format!("{rel}course.xml"));
            }
            if depth == 2 {
                continue;
            }
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for entry in entries.flatten() {
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    next.push((entry.path(), format!("{rel}{name}/")));
                }
            }
        }
        if !candidates.is_empty() {
            break;
        }
        level = next;
    }
    let prefix = course_root(candidates.iter().map(String::as_str))?;
    let root = base.join(prefix.trim_end_matches('/'));

    let mut files = BTreeMap::new();
    let mut entries = 0usize;
    let mut total = 0u64;
    // Folders still to read: (path, relative prefix).
    let mut stack = vec![(root.clone(), String::new())];
    while let Some((dir, prefix)) = stack.pop() {
        let dir_err = |e| {
            if prefix.is_empty() {
                io_source(e)
            } else {
                io_err(&prefix)(e)
            }
        };
        for entry in std::fs::read_dir(&dir).map_err(dir_err)? {
            let entry = entry.map_err(dir_err)?;
            entries += 1;
            if entries > limits.max_entries {
                return Err(OlxSourceError::TooManyEntries {
                    limit: limits.max_entries,
                });
            }
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                return Err(OlxSourceError::NameNotUtf8 {
                    name: shown(&format!("{prefix}{}", name.to_string_lossy())),
                });
            };
            let rel = format!("{prefix}{name}");
            let path = entry.path();
            let kind = entry.file_type().map_err(io_err(&rel))?;
            if kind.is_dir() && VCS_FOLDERS.contains(&name) {
                continue;
            }
            let target = if kind.is_symlink() {
                followed_link(&path, &root, &rel)?
            } else if kind.is_dir() {
                stack.push((path, format!("{rel}/")));
                continue;
            } else if kind.is_file() {
                path
            } else {
                return Err(OlxSourceError::Special {
                    member: shown(&rel),
                    kind: special_kind(&kind),
                });
            };
            let bytes = read_file(&target, &rel, limits)?;
            total += bytes.len() as u64;
            if total > limits.max_total_bytes {
                return Err(OlxSourceError::TooLarge {
                    limit: limits.max_total_bytes,
                });
            }
            files.insert(rel, bytes);
        }
    }
    Ok(OlxSource { files })
}

/// Where the link `path` (at `rel` under `root`) leads, when that is a regular
/// file inside `root`; refused otherwise.
fn followed_link(path: &Path, root: &Path, rel: &str) -> Result<PathBuf, OlxSourceError> {
    let written = std::fs::read_link(path)
        .map(|t| shown(&t.to_string_lossy()))
        .unwrap_or_default();
    let refuse = |why| OlxSourceError::FolderLink {
        link: shown(rel),
        target: written.clone(),
        why,
    };
    let Ok(target) = path.canonicalize() else {
        return Err(refuse(LinkFault::Missing));
    };
    if !target.starts_with(root) {
        return Err(refuse(LinkFault::Outside));
    }
    let meta = std::fs::metadata(&target).map_err(io_err(rel))?;
    if meta.is_dir() {
        return Err(refuse(LinkFault::Folder));
    }
    if !meta.is_file() {
        return Err(refuse(LinkFault::NotAFile));
    }
    Ok(target)
}

/// What a special file is.
fn special_kind(kind: &std::fs::FileType) -> SpecialKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return SpecialKind::Fifo;
        }
        if kind.is_socket() {
            return SpecialKind::Socket;
        }
        if kind.is_block_device() {
            return SpecialKind::BlockDevice;
        }
        if kind.is_char_device() {
            return SpecialKind::CharDevice;
        }
    }
    let _ = kind;
    SpecialKind::Other
}

/// A folder's file, at most `limits.max_file_bytes` of it (counted as read).
fn read_file(path: &Path, rel: &str, limits: &Limits) -> Result<Vec<u8>, OlxSourceError> {
    let too_large = || OlxSourceError::FileTooLarge {
        member: shown(rel),
        limit: limits.max_file_bytes,
    };
    let file = std::fs::File::open(path).map_err(io_err(rel))?;
    let claimed = file.metadata().map(|m| m.len()).unwrap_or(0);
    if claimed > limits.max_file_bytes {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(claimed as usize);
    file.take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err(rel))?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

// ---------------------------------------------------------------------------
// An archive.

/// Why [`Counted`] stopped the stream.
#[derive(Debug)]
enum Stopped {
    /// The decompressor failed.
    Gzip(String),
    /// More bytes came out than allowed.
    Cap,
}

/// The uncompressed stream, counted: an error once more than `cap` bytes have
/// come out, and the decompressor's errors told apart from the tar reader's.
struct Counted<R> {
    inner: R,
    read: u64,
    cap: u64,
    stopped: Option<Stopped>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stopped.is_some() {
            return Err(io::Error::other("the stream was stopped"));
        }
        let n = match self.inner.read(buf) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Err(e),
            Err(e) => {
                self.stopped = Some(Stopped::Gzip(reason(&e)));
                return Err(e);
            }
        };
        self.read += n as u64;
        if self.read > self.cap {
            self.stopped = Some(Stopped::Cap);
            return Err(io::Error::other("the archive expands beyond its limit"));
        }
        Ok(n)
    }
}

/// A reader's error in a few words: its first clause only (the tar reader
/// quotes the bytes it could not read, which may be anything), escaped.
fn reason(e: &io::Error) -> String {
    let message = e.to_string();
    let clause = message.split([':', '\n']).next().unwrap_or_default().trim();
    shown(&clause.chars().take(80).collect::<String>())
}

/// A member's name made relative: `.` and empty parts dropped; `None` for the
/// archive's own root (`./`).
///
/// A backslash is read as a separator too for the checks (it is one on
/// Windows, where `a\..\..\b` climbs out and `C:x` or `\x` is rooted), but
/// kept in the name.
fn member_path(name: &str) -> Result<Option<String>, OlxSourceError> {
    let unsafe_name = |why| OlxSourceError::UnsafeName {
        member: shown(name),
        why,
    };
    let drive =
        name.len() >= 2 && name.as_bytes()[1] == b':' && name.as_bytes()[0].is_ascii_alphabetic();
    if name.starts_with(['/', '\\']) || drive {
        return Err(unsafe_name(NameFault::Absolute));
    }
    let mut parts = Vec::new();
    for part in name.split('/') {
        if part.split('\\').any(|p| p == "..") {
            return Err(unsafe_name(NameFault::Climbs));
        }
        if !matches!(part, "" | ".") {
            parts.push(part);
        }
    }
    Ok((!parts.is_empty()).then(|| parts.join("/")))
}

/// Reads a `.tar.gz` of `compressed` bytes from `reader`.
fn read_archive(
    reader: impl Read,
    compressed: u64,
    limits: &Limits,
) -> Result<OlxSource, OlxSourceError> {
    let mut reader = io::BufReader::new(reader);
    let mut magic = [0u8; 2];
    let mut got = 0;
    while got < 2 {
        match reader.read(&mut magic[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(source) => return Err(io_source(source)),
        }
    }
    if magic[..got] != [0x1f, 0x8b] {
        return Err(OlxSourceError::NotASource);
    }
    let ratio_cap = compressed
        .saturating_mul(limits.max_expansion)
        .max(limits.expansion_free_bytes);
    let cap = ratio_cap.min(limits.max_total_bytes);
    let counted = Counted {
        inner: flate2::read::MultiGzDecoder::new(io::Read::chain(&magic[..got], reader)),
        read: 0,
        cap,
        stopped: None,
    };
    let mut archive = tar::Archive::new(counted);
    let mut all: Vec<(String, Vec<u8>)> = Vec::new();
    let result = read_members(&mut archive, limits, &mut all);
    let mut counted = archive.into_inner();
    if matches!(result, Err(OlxSourceError::NotTar { .. })) && counted.stopped.is_none() {
        // Damaged compressed data often decompresses to garbage the tar
        // reader trips on before gzip's checksum, at the end, says so: read
        // on (within the cap) to tell a damaged gzip from a gzip of no tar.
        let _ = io::copy(&mut counted, &mut io::sink());
        if matches!(counted.stopped, Some(Stopped::Cap)) {
            // Not damaged as far as read: the tar reader's word stands.
            counted.stopped = None;
        }
    }
    if let Some(stopped) = counted.stopped {
        return Err(match stopped {
            Stopped::Gzip(detail) => OlxSourceError::BadGzip { detail },
            Stopped::Cap if cap == limits.max_total_bytes && ratio_cap >= cap => {
                OlxSourceError::TooLarge {
                    limit: limits.max_total_bytes,
                }
            }
            Stopped::Cap => OlxSourceError::Expands {
                compressed,
                limit: cap,
                factor: limits.max_expansion,
            },
        });
    }
    result?;
    let prefix = course_root(all.iter().map(|(p, _)| p.as_str()))?;
    let files: BTreeMap<String, Vec<u8>> = all
        .into_iter()
        .filter_map(|(p, bytes)| Some((p.strip_prefix(&prefix)?.to_string(), bytes)))
        .collect();
    for key in files.keys() {
        for (i, _) in key.match_indices('/') {
            if files.contains_key(&key[..i]) {
                return Err(OlxSourceError::FileAndFolder {
                    member: shown(&format!("{prefix}{}", &key[..i])),
                });
            }
        }
    }
    Ok(OlxSource { files })
}

/// Every member of `archive` into `all` (regular files only, by normalised
/// path), refusing what [`read_archive`] refuses.
fn read_members<R: Read>(
    archive: &mut tar::Archive<R>,
    limits: &Limits,
    all: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), OlxSourceError> {
    let not_tar = |e: io::Error| OlxSourceError::NotTar { detail: reason(&e) };
    let mut count = 0usize;
    for entry in archive.entries().map_err(not_tar)? {
        let mut entry = entry.map_err(not_tar)?;
        count += 1;
        if count > limits.max_entries {
            return Err(OlxSourceError::TooManyEntries {
                limit: limits.max_entries,
            });
        }
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            // `git archive`'s comment block: no file.
            continue;
        }
        let raw = entry.path_bytes().into_owned();
        let Ok(name) = String::from_utf8(raw) else {
            return Err(OlxSourceError::NameNotUtf8 {
                name: shown(&String::from_utf8_lossy(&entry.path_bytes())),
            });
        };
        let rel = member_path(&name)?;
        let link = |kind| OlxSourceError::ArchiveLink {
            member: shown(&name),
            kind,
            target: shown(&String::from_utf8_lossy(
                &entry.link_name_bytes().unwrap_or_default(),
            )),
        };
        match kind {
            tar::EntryType::Regular => {}
            tar::EntryType::Directory => continue,
            tar::EntryType::Symlink => return Err(link(LinkKind::Symbolic)),
            tar::EntryType::Link => return Err(link(LinkKind::Hard)),
            other => {
                let what = match other {
                    tar::EntryType::Char => SpecialKind::CharDevice,
                    tar::EntryType::Block => SpecialKind::BlockDevice,
                    tar::EntryType::Fifo => SpecialKind::Fifo,
                    tar::EntryType::Continuous => SpecialKind::Contiguous,
                    tar::EntryType::GNUSparse => SpecialKind::Sparse,
                    t => SpecialKind::TarType(format!("{:?}", char::from(t.as_byte()))),
                };
                return Err(OlxSourceError::Special {
                    member: shown(&name),
                    kind: what,
                });
            }
        }
        let too_large = || OlxSourceError::FileTooLarge {
            member: shown(&name),
            limit: limits.max_file_bytes,
        };
        let claimed = entry.size();
        if claimed > limits.max_file_bytes {
            return Err(too_large());
        }
        let mut bytes = Vec::with_capacity(claimed.min(1 << 20) as usize);
        (&mut entry)
            .take(limits.max_file_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(not_tar)?;
        if bytes.len() as u64 > limits.max_file_bytes {
            return Err(too_large());
        }
        if (bytes.len() as u64) < claimed {
            return Err(OlxSourceError::Truncated {
                member: shown(&name),
            });
        }
        if let Some(rel) = rel {
            all.push((rel, bytes));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "source_tests.rs"]
mod tests;
