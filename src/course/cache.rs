//! A cache of loaded courses, so that a big course opens without parsing its YAML.
//!
//! Parsing YAML runs at about 65 MB/s here: a 9 MB course costs 150–200 ms before
//! the first frame. After a course folder has been loaded and found **valid**, the
//! loaded course (sanitised, with its lesson bodies read) is written to one file in
//! the platform cache folder (`~/.cache/amphi/courses/` on Linux, following
//! `XDG_CACHE_HOME`), in a compact binary form of this module's own. The next start
//! reads that file instead, when every file the load read is unchanged.
//!
//! # When the cache is used
//! An entry names the course folder (canonical path), the `amphi` executable (size
//! and modification time: a new build never reads an old layout), and every file the
//! loader read (`course.yaml`, the module files, the `body_file`s) with its size and
//! modification time in nanoseconds, taken **before** the file was read. The entry
//! is used only when all of these match; any difference (an edited, touched,
//! replaced or deleted file) means a full load, which validates again and reports
//! every problem. Contents are not hashed: reading and hashing 9 MB would cost
//! about as much as the cache saves. To guard against an edit that keeps a file's
//! size within the file system's timestamp granularity, a course is not cached while
//! any of its files was modified less than [`SETTLE`] ago.
//!
//! Only valid courses are cached, so validation problems are never hidden: an
//! invalid course is loaded (and reported) in full every time.
//!
//! # Failures
//! The cache never makes loading fail. A missing, unreadable, truncated, corrupted
//! (a checksum covers the whole entry) or outdated entry is ignored and the course is
//! loaded from its files, then the entry is rewritten. A cache folder that cannot be
//! written only means no entry is kept.
//!
//! Small courses are not cached (below [`CourseCache::min_bytes`], 256 KiB by
//! default: they load in a few milliseconds). At most [`MAX_ENTRIES`] entries are
//! kept; the oldest are removed.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::files::{CourseFiles, DirFiles, safe_components};
use super::links::See;
use super::model::{
    AnswerKey, AnswerPattern, Course, CourseFile, CourseInfo, Cue, Edition, GlossaryEntry,
    Interview, Item, Lesson, Module, NumberText, NumericAnswer, NumericValue, Objective,
    Participant, Question, QuestionGroup, Quiz, Scoring, Section, ShowAnswers, Source, Tolerance,
    Turn, Video,
};
use super::problem::Report;

/// The first bytes of every cache entry; the digit is the layout's version.
const MAGIC: &[u8; 8] = b"AMPHIC05";

/// Most entries kept in the cache folder; writing one more removes the oldest.
pub const MAX_ENTRIES: usize = 16;

/// How long after its last modification a course file is trusted not to change
/// again unseen (see the module documentation).
pub const SETTLE: Duration = Duration::from_secs(2);

/// What happened to the cache on a load (for tests, benchmarks and diagnostics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The course came from the cache.
    Hit,
    /// The course was loaded from its files and a new entry written.
    Written,
    /// The course was loaded from its files; no entry was written, for the reason
    /// given (invalid course, too small, files too recent, cache not writable).
    Loaded(String),
}

/// A folder of cached courses.
#[derive(Debug, Clone)]
pub struct CourseCache {
    dir: PathBuf,
    /// Courses whose files total fewer bytes are not cached.
    pub min_bytes: u64,
}

impl CourseCache {
    /// A cache in folder `dir` (created when the first entry is written).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        CourseCache {
            dir: dir.into(),
            min_bytes: 256 * 1024,
        }
    }

    /// The platform's cache folder for amphi, `courses/` inside it (on Linux
    /// `$XDG_CACHE_HOME/amphi/courses`, else `~/.cache/amphi/courses`); `None` when
    /// no home folder is known or when `AMPHI_NO_CACHE` is set to anything but an
    /// empty string.
    pub fn platform() -> Option<Self> {
        if std::env::var_os("AMPHI_NO_CACHE").is_some_and(|v| !v.is_empty()) {
            return None;
        }
        let dirs = crate::folders::project_dirs()?;
        Some(Self::new(dirs.cache_dir().join("courses")))
    }

    /// The folder holding the entries.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads the course in folder `course_dir` like [`super::load_dir`], from the
    /// cache when its entry is up to date; otherwise from the files, writing an
    /// entry when the course is valid.
    ///
    /// # Errors
    /// The [`Report`] of [`super::load_dir`] (never a cache error).
    pub fn load_dir(&self, course_dir: &Path) -> (Result<Course, Report>, Outcome) {
        let exe = exe_stamp();
        let canonical = course_dir.canonicalize().ok();
        let entry = canonical.as_ref().map(|c| self.entry_path(c));
        if let (Some(canonical), Some(entry)) = (&canonical, &entry)
            && let Some(course) = read_entry(entry, canonical, exe)
        {
            return (Ok(course), Outcome::Hit);
        }
        let files = DirFiles::new(course_dir);
        let recorder = Recorder {
            files: &files,
            stamps: RefCell::new(Vec::new()),
            unstamped: RefCell::new(false),
        };
        let result = super::load(&recorder);
        let outcome = match (&result, canonical, entry) {
            (Err(_), ..) => Outcome::Loaded("the course is not valid".into()),
            (Ok(_), None, _) | (Ok(_), _, None) => {
                Outcome::Loaded("the course folder has no canonical path".into())
            }
            (Ok(course), Some(canonical), Some(entry)) => {
                let stamps = recorder.stamps.into_inner();
                let bytes: u64 = stamps.iter().map(|s| s.size).sum();
                let settled = SystemTime::now()
                    .checked_sub(SETTLE)
                    .map_or(0, |t| nanos(Some(t)));
                if *recorder.unstamped.borrow() {
                    Outcome::Loaded("a course file could not be examined".into())
                } else if bytes < self.min_bytes {
                    Outcome::Loaded(format!("the course is small ({bytes} bytes)"))
                } else if stamps
                    .iter()
                    .any(|s| s.mtime_ns != ABSENT && s.mtime_ns > settled)
                {
                    Outcome::Loaded("a course file was modified moments ago".into())
                } else {
                    let head = Header {
                        exe,
                        course_dir: canonical.to_string_lossy().into_owned(),
                        stamps,
                    };
                    match self.write_entry(&entry, &head, course) {
                        Ok(()) => Outcome::Written,
                        Err(e) => Outcome::Loaded(format!("cannot write the cache: {e}")),
                    }
                }
            }
        };
        (result, outcome)
    }

    /// Loads the bundled course like [`super::load_bundled`], from the cache when
    /// its entry was written by this same executable for the same embedded files.
    ///
    /// The bundled course is small (about 90 KB) but parsing its YAML is still
    /// most of what `amphi` does before its first frame (1.6 ms); decoding
    /// the entry takes a fraction of a millisecond. The entry's key is the
    /// executable's size and modification time and a checksum of every embedded
    /// file (path and contents); [`CourseCache::min_bytes`] does not apply. When
    /// the executable cannot be examined, nothing is read from or written to the
    /// cache.
    ///
    /// # Errors
    /// The [`Report`] of [`super::load_bundled`] (never a cache error).
    pub fn load_bundled(&self) -> (Result<Course, Report>, Outcome) {
        self.load_bundled_edition(None)
    }

    /// Loads the bundled course's edition in its folder `folder` (`fr`), or the
    /// original for `None`, like [`CourseCache::load_bundled`]: each edition has
    /// an entry of its own, keyed the same way.
    ///
    /// # Errors
    /// The [`Report`] of [`super::load_edition`] (never a cache error).
    pub fn load_bundled_edition(&self, folder: Option<&str>) -> (Result<Course, Report>, Outcome) {
        let load = || match folder {
            None => super::load_bundled(),
            Some(f) => super::load_edition(&super::bundled_files(), f),
        };
        let exe = exe_stamp();
        if exe == (0, 0) {
            let why = "the amphi executable cannot be examined".to_string();
            return (load(), Outcome::Loaded(why));
        }
        let files = super::bundled::bundled_contents();
        let mut keyed = Vec::new();
        for (path, contents) in &files {
            keyed.extend_from_slice(path.as_bytes());
            keyed.push(0);
            keyed.extend_from_slice(&(contents.len() as u64).to_le_bytes());
            keyed.extend_from_slice(contents);
        }
        let stamp = Stamp {
            path: BUNDLED.to_string(),
            size: keyed.len() as u64,
            mtime_ns: checksum(&keyed),
        };
        let named = match folder {
            None => BUNDLED.to_string(),
            Some(f) => format!("{BUNDLED}/{f}"),
        };
        let name = Path::new(&named);
        let entry = self.entry_path(name);
        if let Some(course) = read_entry_with(&entry, name, exe, |s| *s == stamp) {
            return (Ok(course), Outcome::Hit);
        }
        let result = load();
        let outcome = match &result {
            Err(_) => Outcome::Loaded("the course is not valid".into()),
            Ok(course) => {
                let head = Header {
                    exe,
                    course_dir: named.clone(),
                    stamps: vec![stamp],
                };
                match self.write_entry(&entry, &head, course) {
                    Ok(()) => Outcome::Written,
                    Err(e) => Outcome::Loaded(format!("cannot write the cache: {e}")),
                }
            }
        };
        (result, outcome)
    }

    /// The entry of the course folder `canonical`.
    fn entry_path(&self, canonical: &Path) -> PathBuf {
        let h = checksum(canonical.to_string_lossy().as_bytes());
        self.dir.join(format!("{h:016x}.bin"))
    }

    fn write_entry(&self, entry: &Path, head: &Header, course: &Course) -> std::io::Result<()> {
        let mut out = Enc(Vec::with_capacity(1 << 20));
        out.0.extend_from_slice(MAGIC);
        head.encode(&mut out);
        // The course's length, filled in once it is written.
        let at = out.0.len();
        out.u64(0);
        enc_course(&mut out, course);
        let len = (out.0.len() - at - 8) as u64;
        out.0[at..at + 8].copy_from_slice(&len.to_le_bytes());
        let whole = checksum(&out.0);
        out.u64(whole);
        fs::create_dir_all(&self.dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(&self.dir)?;
        tmp.write_all(&out.0)?;
        tmp.persist(entry).map_err(|e| e.error)?;
        self.prune();
        Ok(())
    }

    /// Removes the oldest entries beyond [`MAX_ENTRIES`]; errors are ignored.
    fn prune(&self) {
        let Ok(list) = fs::read_dir(&self.dir) else {
            return;
        };
        let mut entries: Vec<(SystemTime, PathBuf)> = list
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "bin"))
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        if entries.len() <= MAX_ENTRIES {
            return;
        }
        entries.sort();
        let extra = entries.len() - MAX_ENTRIES;
        for (_, path) in entries.into_iter().take(extra) {
            let _ = fs::remove_file(path);
        }
    }
}

/// The bundled course, through the platform's cache ([`CourseCache::platform`],
/// [`CourseCache::load_bundled`]) unless `AMPHI_NO_CACHE` is set or no cache
/// folder is known.
///
/// # Errors
/// The [`Report`] of [`super::load_bundled`].
pub fn load_bundled_cached() -> Result<Course, Report> {
    match CourseCache::platform() {
        Some(cache) => cache.load_bundled().0,
        None => super::load_bundled(),
    }
}

/// The bundled course's edition in its folder `folder` like
/// [`load_bundled_cached`], through [`CourseCache::load_bundled_edition`].
///
/// # Errors
/// The [`Report`] of [`super::load_edition`].
pub fn load_bundled_edition_cached(folder: &str) -> Result<Course, Report> {
    match CourseCache::platform() {
        Some(cache) => cache.load_bundled_edition(Some(folder)).0,
        None => super::load_edition(&super::bundled_files(), folder),
    }
}

/// One file the loader read, as it was just before.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    path: String,
    size: u64,
    mtime_ns: u64,
}

/// The modification time recorded for a file that does not exist (an optional
/// file such as `glossary.yaml`): an entry then stays valid only while it is
/// still absent.
const ABSENT: u64 = u64::MAX;

impl Stamp {
    /// The stamp of `path` (as written in the course) under `root`, now; for a
    /// file that does not exist, size 0 and [`ABSENT`].
    fn take(root: &Path, path: &str) -> Option<Stamp> {
        let parts = safe_components(path).ok()?;
        let full = parts.iter().fold(root.to_path_buf(), |p, c| p.join(c));
        let meta = match fs::metadata(full) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Some(Stamp {
                    path: path.to_owned(),
                    size: 0,
                    mtime_ns: ABSENT,
                });
            }
            Err(_) => return None,
        };
        Some(Stamp {
            path: path.to_owned(),
            size: meta.len(),
            mtime_ns: nanos(meta.modified().ok()),
        })
    }
}

/// Nanoseconds since the Unix epoch (0 when unknown or earlier).
fn nanos(t: Option<SystemTime>) -> u64 {
    t.and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// The running executable's size and modification time (zeros when unknown).
fn exe_stamp() -> (u64, u64) {
    std::env::current_exe()
        .and_then(fs::metadata)
        .map_or((0, 0), |m| (m.len(), nanos(m.modified().ok())))
}

/// The course files, noting each file's stamp before it is read.
struct Recorder<'a> {
    files: &'a DirFiles,
    stamps: RefCell<Vec<Stamp>>,
    /// A file could not be stamped: the course is then not cached.
    unstamped: RefCell<bool>,
}

impl CourseFiles for Recorder<'_> {
    fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        match Stamp::take(self.files.root(), path) {
            Some(s) => self.stamps.borrow_mut().push(s),
            None => *self.unstamped.borrow_mut() = true,
        }
        self.files.read(path)
    }

    fn display(&self, path: &str) -> String {
        self.files.display(path)
    }

    // Offered files and videos are stamped too: the sizes shown come from the
    // entry, and a missing one is warned about when it is loaded again.
    fn size(&self, path: &str) -> Result<u64, String> {
        match Stamp::take(self.files.root(), path) {
            Some(s) => self.stamps.borrow_mut().push(s),
            None => *self.unstamped.borrow_mut() = true,
        }
        self.files.size(path)
    }
}

/// What an entry is valid for.
struct Header {
    exe: (u64, u64),
    course_dir: String,
    stamps: Vec<Stamp>,
}

impl Header {
    fn encode(&self, e: &mut Enc) {
        e.u64(self.exe.0);
        e.u64(self.exe.1);
        e.str(&self.course_dir);
        e.len(self.stamps.len());
        for s in &self.stamps {
            e.str(&s.path);
            e.u64(s.size);
            e.u64(s.mtime_ns);
        }
    }

    fn decode(d: &mut Dec) -> Option<Header> {
        let exe = (d.u64()?, d.u64()?);
        let course_dir = d.string()?;
        let n = d.len()?;
        let mut stamps = Vec::with_capacity(n.min(d.rest()));
        for _ in 0..n {
            stamps.push(Stamp {
                path: d.string()?,
                size: d.u64()?,
                mtime_ns: d.u64()?,
            });
        }
        Some(Header {
            exe,
            course_dir,
            stamps,
        })
    }
}

/// The course of the entry at `entry`, when the entry is whole and every file it
/// names is unchanged; `None` otherwise (whatever the reason).
fn read_entry(entry: &Path, canonical: &Path, exe: (u64, u64)) -> Option<Course> {
    read_entry_with(entry, canonical, exe, |s| {
        Stamp::take(canonical, &s.path).as_ref() == Some(s)
    })
}

/// The name the bundled course's entry is keyed by, in place of a folder.
const BUNDLED: &str = "<bundled course>";

/// [`read_entry`], with `unchanged` telling whether a file the entry names is as
/// it was when the entry was written.
fn read_entry_with(
    entry: &Path,
    canonical: &Path,
    exe: (u64, u64),
    unchanged: impl Fn(&Stamp) -> bool,
) -> Option<Course> {
    // Only a regular file, and no larger than the largest course could make it.
    let limit = 4 * super::load::MAX_COURSE_BYTES as u64;
    let bytes = crate::folders::read_regular(entry, limit).ok()?;
    let (content, sum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
    if checksum(content).to_le_bytes() != sum {
        return None;
    }
    let mut d = Dec(content.strip_prefix(MAGIC)?);
    let head = Header::decode(&mut d)?;
    if head.exe != exe || head.course_dir != canonical.to_string_lossy() {
        return None;
    }
    if !head.stamps.iter().all(unchanged) {
        return None;
    }
    let len = usize::try_from(d.u64()?).ok()?;
    if d.rest() != len {
        return None;
    }
    let course = dec_course(&mut d)?;
    (d.rest() == 0).then_some(course)
}

/// A fast 64-bit checksum (not cryptographic: it catches torn and damaged files).
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = bytes.len() as u64 ^ K;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(K).rotate_left(29);
    }
    h ^ (h >> 32)
}

/// Writes the binary layout: integers little-endian, strings and lists prefixed
/// with their length.
struct Enc(Vec<u8>);

impl Enc {
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&String>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        v.iter().for_each(|s| self.str(s));
    }
}

/// Reads what [`Enc`] wrote; every read is bounds-checked and `None` at the end of
/// the bytes or on a bad value.
struct Dec<'a>(&'a [u8]);

impl Dec<'_> {
    fn rest(&self) -> usize {
        self.0.len()
    }
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let (head, tail) = self.0.split_at_checked(n)?;
        self.0 = tail;
        Some(head)
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    /// A length, never more than the bytes left (each element takes a byte at least).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        (n <= self.rest()).then_some(n)
    }
    fn string(&mut self) -> Option<String> {
        let n = self.len()?;
        simdutf8::basic::from_utf8(self.take(n)?)
            .ok()
            .map(str::to_owned)
    }
    fn opt_string(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.string()?)),
            _ => None,
        }
    }
    fn strings(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.string()).collect()
    }
    fn list<T>(&mut self, mut one: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.len()?;
        (0..n).map(|_| one(self)).collect()
    }
}

// The encoders destructure every type in full, so that a field added to the model
// does not compile until it is cached too (then bump MAGIC).

fn enc_course(e: &mut Enc, course: &Course) {
    let Course {
        info,
        modules,
        glossary,
    } = course;
    let CourseInfo {
        id,
        title,
        subtitle,
        language,
        authors,
        version,
        description,
        source,
        modules: paths,
        editions,
        edition_of,
    } = info;
    for s in [id, title, subtitle, language] {
        e.str(s);
    }
    e.strs(authors);
    e.str(version);
    e.str(description);
    match source {
        Some(s) => {
            e.u8(1);
            enc_source(e, s);
        }
        None => e.u8(0),
    }
    e.strs(paths);
    e.len(editions.len());
    for Edition { language, folder } in editions {
        e.str(language);
        e.str(folder);
    }
    e.opt_str(edition_of.as_ref());
    e.len(modules.len());
    for m in modules {
        let Module {
            id,
            title,
            summary,
            objectives,
            items,
            sections,
            file,
        } = m;
        for s in [id, title, summary, file] {
            e.str(s);
        }
        e.len(objectives.len());
        for Objective { id, title } in objectives {
            e.str(id);
            e.str(title);
        }
        e.len(items.len());
        for item in items {
            enc_item(e, item);
        }
        e.len(sections.len());
        for Section {
            id,
            title,
            summary,
            items,
        } in sections
        {
            for s in [id, title, summary] {
                e.str(s);
            }
            e.u64(items.start as u64);
            e.u64(items.end as u64);
        }
    }
    e.len(glossary.len());
    for GlossaryEntry {
        term,
        definition,
        aliases,
        id,
    } in glossary
    {
        e.str(term);
        e.str(definition);
        e.strs(aliases);
        e.str(id);
    }
}

fn dec_course(d: &mut Dec) -> Option<Course> {
    let info = CourseInfo {
        id: d.string()?,
        title: d.string()?,
        subtitle: d.string()?,
        language: d.string()?,
        authors: d.strings()?,
        version: d.string()?,
        description: d.string()?,
        source: match d.u8()? {
            0 => None,
            1 => Some(dec_source(d)?),
            _ => return None,
        },
        modules: d.strings()?,
        editions: d.list(|d| {
            Some(Edition {
                language: d.string()?,
                folder: d.string()?,
            })
        })?,
        edition_of: d.opt_string()?,
    };
    let modules = d.list(|d| {
        let (id, title, summary, file) = (d.string()?, d.string()?, d.string()?, d.string()?);
        let objectives = d.list(|d| {
            Some(Objective {
                id: d.string()?,
                title: d.string()?,
            })
        })?;
        let items = d.list(dec_item)?;
        let sections = d.list(|d| {
            let (id, title, summary) = (d.string()?, d.string()?, d.string()?);
            let start = usize::try_from(d.u64()?).ok()?;
            let end = usize::try_from(d.u64()?).ok()?;
            // A range outside the items would panic where it is used.
            (start <= end && end <= items.len()).then_some(Section {
                id,
                title,
                summary,
                items: start..end,
            })
        })?;
        Some(Module {
            id,
            title,
            summary,
            objectives,
            items,
            sections,
            file,
        })
    })?;
    let glossary = d.list(|d| {
        Some(GlossaryEntry {
            term: d.string()?,
            definition: d.string()?,
            aliases: d.strings()?,
            id: d.string()?,
        })
    })?;
    Some(Course {
        info,
        modules,
        glossary,
    })
}

fn enc_source(e: &mut Enc, s: &Source) {
    let Source {
        publication,
        date,
        title,
        author,
        url,
        note,
    } = s;
    e.str(publication);
    e.str(date);
    for o in [title, author, url, note] {
        e.opt_str(o.as_ref());
    }
}

fn dec_source(d: &mut Dec) -> Option<Source> {
    Some(Source {
        publication: d.string()?,
        date: d.string()?,
        title: d.opt_string()?,
        author: d.opt_string()?,
        url: d.opt_string()?,
        note: d.opt_string()?,
    })
}

fn enc_item(e: &mut Enc, item: &Item) {
    match item {
        Item::Lesson(Lesson {
            id,
            title,
            body,
            body_file,
            files,
        }) => {
            e.u8(0);
            e.str(id);
            e.str(title);
            e.str(body);
            e.opt_str(body_file.as_ref());
            enc_files(e, files);
        }
        Item::Interview(Interview {
            id,
            title,
            source,
            participants,
            turns,
            note,
            files,
        }) => {
            e.u8(1);
            e.str(id);
            e.str(title);
            enc_source(e, source);
            e.len(participants.len());
            for Participant { id, name, role } in participants {
                e.str(id);
                e.str(name);
                e.str(role);
            }
            e.len(turns.len());
            for Turn { speaker, text } in turns {
                e.str(speaker);
                e.str(text);
            }
            e.opt_str(note.as_ref());
            enc_files(e, files);
        }
        Item::Quiz(Quiz {
            id,
            title,
            pass_mark,
            questions,
            scoring,
            max_attempts,
            show_answers,
            shuffle,
            groups,
            files,
        }) => {
            e.u8(2);
            e.str(id);
            e.str(title);
            e.u32(*pass_mark);
            e.len(questions.len());
            questions.iter().for_each(|q| enc_question(e, q));
            e.u8(match scoring {
                Scoring::Partial => 0,
                Scoring::AllOrNothing => 1,
            });
            match max_attempts {
                Some(n) => {
                    e.u8(1);
                    e.u32(*n);
                }
                None => e.u8(0),
            }
            e.u8(match show_answers {
                ShowAnswers::AfterEach => 0,
                ShowAnswers::AfterSubmit => 1,
                ShowAnswers::AfterPass => 2,
                ShowAnswers::Never => 3,
            });
            e.u8(u8::from(*shuffle));
            enc_files(e, files);
            e.len(groups.len());
            for g in groups {
                e.str(&g.id);
                e.str(&g.stimulus);
                e.len(g.questions.start);
                e.len(g.questions.end);
            }
        }
        Item::Video(Video {
            id,
            title,
            duration,
            file,
            url,
            transcript,
            cues,
            files,
        }) => {
            e.u8(3);
            e.str(id);
            e.str(title);
            e.u64(*duration);
            for o in [file, url, transcript] {
                e.opt_str(o.as_ref());
            }
            e.len(cues.len());
            for Cue {
                start_ms,
                end_ms,
                text,
            } in cues
            {
                e.u64(*start_ms);
                e.u64(*end_ms);
                e.str(text);
            }
            enc_files(e, files);
        }
    }
}

fn enc_files(e: &mut Enc, files: &[CourseFile]) {
    e.len(files.len());
    for CourseFile { title, path, size } in files {
        e.str(title);
        e.str(path);
        match size {
            Some(n) => {
                e.u8(1);
                e.u64(*n);
            }
            None => e.u8(0),
        }
    }
}

fn dec_files(d: &mut Dec) -> Option<Vec<CourseFile>> {
    d.list(|d| {
        Some(CourseFile {
            title: d.string()?,
            path: d.string()?,
            size: match d.u8()? {
                0 => None,
                1 => Some(d.u64()?),
                _ => return None,
            },
        })
    })
}

fn dec_item(d: &mut Dec) -> Option<Item> {
    Some(match d.u8()? {
        0 => Item::Lesson(Lesson {
            id: d.string()?,
            title: d.string()?,
            body: d.string()?,
            body_file: d.opt_string()?,
            files: dec_files(d)?,
        }),
        1 => Item::Interview(Interview {
            id: d.string()?,
            title: d.string()?,
            source: dec_source(d)?,
            participants: d.list(|d| {
                Some(Participant {
                    id: d.string()?,
                    name: d.string()?,
                    role: d.string()?,
                })
            })?,
            turns: d.list(|d| {
                Some(Turn {
                    speaker: d.string()?,
                    text: d.string()?,
                })
            })?,
            note: d.opt_string()?,
            files: dec_files(d)?,
        }),
        2 => Item::Quiz(Quiz {
            id: d.string()?,
            title: d.string()?,
            pass_mark: d.u32()?,
            questions: d.list(dec_question)?,
            scoring: match d.u8()? {
                0 => Scoring::Partial,
                1 => Scoring::AllOrNothing,
                _ => return None,
            },
            max_attempts: match d.u8()? {
                0 => None,
                1 => Some(d.u32()?),
                _ => return None,
            },
            show_answers: match d.u8()? {
                0 => ShowAnswers::AfterEach,
                1 => ShowAnswers::AfterSubmit,
                2 => ShowAnswers::AfterPass,
                3 => ShowAnswers::Never,
                _ => return None,
            },
            shuffle: d.bool()?,
            groups: Vec::new(),
            files: dec_files(d)?,
        })
        .with_groups(d)?,
        3 => Item::Video(Video {
            id: d.string()?,
            title: d.string()?,
            duration: d.u64()?,
            file: d.opt_string()?,
            url: d.opt_string()?,
            transcript: d.opt_string()?,
            cues: d.list(|d| {
                Some(Cue {
                    start_ms: d.u64()?,
                    end_ms: d.u64()?,
                    text: d.string()?,
                })
            })?,
            files: dec_files(d)?,
        }),
        _ => return None,
    })
}

impl Item {
    /// Decodes the groups of a quiz just decoded (nothing for other items):
    /// `None` when a group's range is not within the quiz's questions.
    fn with_groups(mut self, d: &mut Dec) -> Option<Item> {
        if let Item::Quiz(quiz) = &mut self {
            quiz.groups = d.list(|d| {
                Some(QuestionGroup {
                    id: d.string()?,
                    stimulus: d.string()?,
                    questions: d.len()?..d.len()?,
                })
            })?;
            let n = quiz.questions.len();
            if quiz
                .groups
                .iter()
                .any(|g| g.questions.start > g.questions.end || g.questions.end > n)
            {
                return None;
            }
        }
        Some(self)
    }
}

fn enc_question(e: &mut Enc, q: &Question) {
    let Question {
        id,
        prompt,
        explanation,
        weight,
        hints,
        hint_cost,
        choice_feedback,
        missed_feedback,
        shuffle,
        see,
        objectives,
        key,
    } = q;
    e.str(id);
    e.str(prompt);
    e.str(explanation);
    e.u64(weight.to_bits());
    e.strs(hints);
    for feedback in [choice_feedback, missed_feedback] {
        e.len(feedback.len());
        for (n, text) in feedback {
            e.len(*n);
            e.str(text);
        }
    }
    e.u8(u8::from(*shuffle));
    match see {
        Some(See {
            module,
            lesson,
            heading,
        }) => {
            e.u8(1);
            e.opt_str(module.as_ref());
            e.str(lesson);
            e.opt_str(heading.as_ref());
        }
        None => e.u8(0),
    }
    e.strs(objectives);
    match key {
        AnswerKey::SingleChoice { choices, answer } => {
            e.u8(0);
            e.strs(choices);
            e.len(*answer);
        }
        AnswerKey::MultipleChoice { choices, answers } => {
            e.u8(1);
            e.strs(choices);
            e.len(answers.len());
            answers.iter().for_each(|a| e.len(*a));
        }
        AnswerKey::TrueFalse { answer } => {
            e.u8(2);
            e.u8(u8::from(*answer));
        }
        AnswerKey::ShortAnswer {
            answers,
            pattern,
            ignore_accents,
        } => {
            e.u8(3);
            e.strs(answers);
            e.opt_str(pattern.as_ref().map(|p| p.as_str().to_string()).as_ref());
            e.u8(u8::from(*ignore_accents));
        }
        AnswerKey::Ordering { items } => {
            e.u8(4);
            e.strs(items);
        }
        AnswerKey::Matching { pairs } => {
            e.u8(5);
            e.len(pairs.len());
            for (l, r) in pairs {
                e.str(l);
                e.str(r);
            }
        }
        AnswerKey::FillBlanks {
            text,
            blanks,
            ignore_accents,
        } => {
            e.u8(6);
            e.str(text);
            e.len(blanks.len());
            blanks.iter().for_each(|b| e.strs(b));
            e.u8(u8::from(*ignore_accents));
        }
        AnswerKey::Numeric {
            answers,
            unit,
            decimal_comma,
        } => {
            e.u8(7);
            e.len(answers.len());
            for a in answers {
                enc_numeric_answer(e, a);
            }
            e.opt_str(unit.as_ref());
            e.u8(u8::from(*decimal_comma));
        }
        AnswerKey::Reflection { model_answer } => {
            e.u8(8);
            e.opt_str(model_answer.as_ref());
        }
    }
    match hint_cost {
        Some(cost) => {
            e.u8(1);
            e.u32(*cost);
        }
        None => e.u8(0),
    }
}

fn dec_question(d: &mut Dec) -> Option<Question> {
    let id = d.string()?;
    let prompt = d.string()?;
    let explanation = d.string()?;
    let weight = f64::from_bits(d.u64()?);
    let hints = d.strings()?;
    let mut feedbacks = [BTreeMap::new(), BTreeMap::new()];
    for feedback in &mut feedbacks {
        let n = d.len()?;
        for _ in 0..n {
            let k = usize::try_from(d.u64()?).ok()?;
            feedback.insert(k, d.string()?);
        }
    }
    let [choice_feedback, missed_feedback] = feedbacks;
    let shuffle = d.bool()?;
    let see = match d.u8()? {
        0 => None,
        1 => Some(See {
            module: d.opt_string()?,
            lesson: d.string()?,
            heading: d.opt_string()?,
        }),
        _ => return None,
    };
    let objectives = d.strings()?;
    let key = match d.u8()? {
        0 => AnswerKey::SingleChoice {
            choices: d.strings()?,
            answer: usize::try_from(d.u64()?).ok()?,
        },
        1 => AnswerKey::MultipleChoice {
            choices: d.strings()?,
            answers: d.list(|d| usize::try_from(d.u64()?).ok())?,
        },
        2 => AnswerKey::TrueFalse { answer: d.bool()? },
        3 => AnswerKey::ShortAnswer {
            answers: d.strings()?,
            // Compiled again: it compiled when the course was loaded.
            pattern: match d.opt_string()? {
                Some(p) => Some(AnswerPattern::new(&p).ok()?),
                None => None,
            },
            ignore_accents: d.bool()?,
        },
        4 => AnswerKey::Ordering {
            items: d.strings()?,
        },
        5 => AnswerKey::Matching {
            pairs: d.list(|d| Some((d.string()?, d.string()?)))?,
        },
        6 => AnswerKey::FillBlanks {
            text: d.string()?,
            blanks: d.list(Dec::strings)?,
            ignore_accents: d.bool()?,
        },
        7 => AnswerKey::Numeric {
            answers: d.list(dec_numeric_answer)?,
            unit: d.opt_string()?,
            decimal_comma: d.bool()?,
        },
        8 => AnswerKey::Reflection {
            model_answer: d.opt_string()?,
        },
        _ => return None,
    };
    let hint_cost = match d.u8()? {
        0 => None,
        1 => Some(d.u32()?),
        _ => return None,
    };
    Some(Question {
        id,
        prompt,
        explanation,
        weight,
        hints,
        hint_cost,
        choice_feedback,
        missed_feedback,
        shuffle,
        see,
        objectives,
        key,
    })
}

fn enc_number(e: &mut Enc, n: &NumberText) {
    e.u64(n.value.to_bits());
    e.str(&n.text);
}

fn dec_number(d: &mut Dec) -> Option<NumberText> {
    Some(NumberText {
        value: f64::from_bits(d.u64()?),
        text: d.string()?,
    })
}

fn enc_numeric_answer(e: &mut Enc, a: &NumericAnswer) {
    let NumericAnswer {
        value,
        credit,
        feedback,
    } = a;
    match value {
        NumericValue::Exact { answer, tolerance } => {
            e.u8(0);
            enc_number(e, answer);
            match tolerance {
                None => e.u8(0),
                Some(Tolerance::Absolute(t)) => {
                    e.u8(1);
                    enc_number(e, t);
                }
                Some(Tolerance::Percent(t)) => {
                    e.u8(2);
                    enc_number(e, t);
                }
            }
        }
        NumericValue::Range { low, high } => {
            e.u8(1);
            enc_number(e, low);
            enc_number(e, high);
        }
    }
    e.u64(credit.to_bits());
    e.str(feedback);
}

fn dec_numeric_answer(d: &mut Dec) -> Option<NumericAnswer> {
    let value = match d.u8()? {
        0 => NumericValue::Exact {
            answer: dec_number(d)?,
            tolerance: match d.u8()? {
                0 => None,
                1 => Some(Tolerance::Absolute(dec_number(d)?)),
                2 => Some(Tolerance::Percent(dec_number(d)?)),
                _ => return None,
            },
        },
        1 => NumericValue::Range {
            low: dec_number(d)?,
            high: dec_number(d)?,
        },
        _ => return None,
    };
    Some(NumericAnswer {
        value,
        credit: f64::from_bits(d.u64()?),
        feedback: d.string()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_bundled_course_round_trips() {
        let course = super::super::load_bundled().unwrap();
        assert_round_trips(&course);
    }

    /// `tests/fixtures/valid/every-option`: every kind and optional field, each
    /// at a value of its own.
    fn every_option() -> Course {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/every-option");
        super::super::load_dir(&dir).expect("the every-option fixture is valid")
    }

    /// Which variants of the closed sets `course` uses. The matches name every
    /// variant (no wildcard), so a new kind or setting does not compile until it
    /// is listed here, and then the fixture must use it.
    fn variants_used(course: &Course) -> BTreeSet<&'static str> {
        let mut used = BTreeSet::new();
        for item in course.modules.iter().flat_map(|m| &m.items) {
            used.insert(match item {
                Item::Lesson(l) if l.body_file.is_some() => "lesson from a file",
                Item::Lesson(_) => "lesson",
                Item::Interview(_) => "interview",
                Item::Quiz(_) => "quiz",
                Item::Video(_) => "video",
            });
            let Item::Quiz(quiz) = item else { continue };
            used.insert(match quiz.scoring {
                Scoring::Partial => "partial",
                Scoring::AllOrNothing => "all_or_nothing",
            });
            used.insert(match quiz.show_answers {
                ShowAnswers::AfterEach => "after_each",
                ShowAnswers::AfterSubmit => "after_submit",
                ShowAnswers::AfterPass => "after_pass",
                ShowAnswers::Never => "never",
            });
            for q in &quiz.questions {
                used.insert(match &q.key {
                    AnswerKey::SingleChoice { .. } => "single_choice",
                    AnswerKey::MultipleChoice { .. } => "multiple_choice",
                    AnswerKey::TrueFalse { .. } => "true_false",
                    AnswerKey::ShortAnswer {
                        pattern: Some(_), ..
                    } => "short_answer with pattern",
                    AnswerKey::ShortAnswer { pattern: None, .. } => "short_answer",
                    AnswerKey::Ordering { .. } => "ordering",
                    AnswerKey::Matching { .. } => "matching",
                    AnswerKey::FillBlanks { .. } => "fill_blanks",
                    AnswerKey::Numeric { .. } => "numeric",
                    AnswerKey::Reflection { .. } => "reflection",
                });
            }
        }
        used
    }

    /// `tests/fixtures/valid/scoring` (fractional and zero weights, numeric
    /// answers with credits, percent tolerances and ranges, missed-choice and
    /// true/false feedback, a decimal comma) comes back from the cache whole:
    /// the numbers' texts as written, and each key's decimal mark.
    #[test]
    fn the_scoring_fixture_round_trips() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/scoring");
        let course = super::super::load_dir(&dir).expect("the scoring fixture is valid");
        let mut e = Enc(Vec::new());
        enc_course(&mut e, &course);
        let mut d = Dec(&e.0);
        let back = dec_course(&mut d).expect("decodes");
        assert_eq!(back, course);
        assert_eq!(d.rest(), 0);
        let Item::Quiz(quiz) = &back.modules[0].items[1] else {
            panic!("a quiz")
        };
        let AnswerKey::Numeric {
            answers,
            decimal_comma,
            ..
        } = &quiz.questions[0].key
        else {
            panic!("numeric")
        };
        assert!(*decimal_comma);
        assert_eq!(answers[0].describe(crate::i18n::Language::En), "0.50 ± 2%");
        assert_eq!(quiz.questions[0].weight, 1.5);
        assert!(!quiz.questions[2].missed_feedback.is_empty());
    }

    #[test]
    fn a_course_with_every_kind_and_option_round_trips() {
        let course = every_option();
        let used = variants_used(&course);
        for want in [
            "lesson",
            "lesson from a file",
            "interview",
            "quiz",
            "partial",
            "all_or_nothing",
            "after_each",
            "after_submit",
            "after_pass",
            "never",
            "single_choice",
            "multiple_choice",
            "true_false",
            "short_answer with pattern",
            "ordering",
            "matching",
            "fill_blanks",
            "numeric",
        ] {
            assert!(
                used.contains(want),
                "the every-option fixture has no {want}"
            );
        }
        assert_round_trips(&course);
    }

    /// `tests/fixtures/valid/hints`: several hints with a cost, a single `hint`,
    /// reflection questions with and without a model answer.
    #[test]
    fn the_hints_fixture_round_trips() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/hints");
        let course = super::super::load_dir(&dir).expect("the hints fixture is valid");
        let questions: Vec<&Question> = course
            .modules
            .iter()
            .flat_map(|m| &m.items)
            .filter_map(|i| match i {
                Item::Quiz(q) => Some(q),
                Item::Lesson(_) | Item::Interview(_) | Item::Video(_) => None,
            })
            .flat_map(|q| &q.questions)
            .collect();
        assert!(
            questions
                .iter()
                .any(|q| q.hints.len() > 1 && q.hint_cost.is_some())
        );
        assert!(
            questions
                .iter()
                .any(|q| q.hints.len() == 1 && q.hint_cost.is_none())
        );
        assert!(questions.iter().any(|q| matches!(
            q.key,
            AnswerKey::Reflection {
                model_answer: Some(_)
            }
        )));
        assert!(
            questions
                .iter()
                .any(|q| matches!(q.key, AnswerKey::Reflection { model_answer: None }))
        );
        assert_round_trips(&course);
    }

    /// `tests/fixtures/valid/media`: offered files (with their sizes),
    /// videos with a WebVTT and a SubRip transcript and one with an address.
    #[test]
    fn a_course_with_files_and_videos_round_trips() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/media");
        let course = super::super::load_dir(&dir).expect("the media fixture is valid");
        let videos = course
            .modules
            .iter()
            .flat_map(|m| &m.items)
            .filter(|i| matches!(i, Item::Video(v) if !v.cues.is_empty()))
            .count();
        assert!(videos >= 2, "two videos with transcripts");
        assert!(course.items().any(|(_, _, _, i)| !i.files().is_empty()));
        assert_round_trips(&course);
    }

    /// The layout this build writes, named by [`MAGIC`]: a fingerprint of the
    /// every-option fixture's encoding. When the encoder changes, this test fails:
    /// bump `MAGIC` (so no older entry is read with the new layout) and put the new
    /// fingerprint here. When only the fixture changed, update the fingerprint.
    const LAYOUT: (&[u8; 8], u64) = (b"AMPHIC05", 10_877_901_972_369_986_783);

    /// Encodes `course` and decodes it back: the same course, every byte read.
    fn assert_round_trips(course: &Course) {
        let mut e = Enc(Vec::new());
        enc_course(&mut e, course);
        let mut d = Dec(&e.0);
        assert_eq!(dec_course(&mut d).as_ref(), Some(course));
        assert_eq!(d.rest(), 0);
    }

    /// Every course under `tests/fixtures/valid/` comes back from the cache as
    /// it was loaded, so a fixture added for a new field is covered at once.
    #[test]
    fn every_valid_fixture_round_trips() {
        let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let mut seen = 0;
        for entry in std::fs::read_dir(valid).unwrap() {
            let dir = entry.unwrap().path();
            let course = super::super::load_dir(&dir)
                .unwrap_or_else(|e| panic!("{} is valid: {e:?}", dir.display()));
            assert_round_trips(&course);
            seen += 1;
        }
        assert!(seen >= 8, "only {seen} valid fixtures found");
    }

    /// `tests/fixtures/valid/editions`: the original's `editions` and its French
    /// edition's `edition_of` (and decimal comma) come back from the cache.
    #[test]
    fn a_course_and_its_edition_round_trip() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/editions");
        let course = super::super::load_dir(&dir).expect("the editions fixture loads");
        assert_eq!(course.info.editions.len(), 1);
        assert_round_trips(&course);
        let fr = super::super::load_edition(&DirFiles::new(&dir), "fr").expect("its edition");
        assert!(fr.info.edition_of.is_some());
        assert_round_trips(&fr);
    }

    /// `tests/fixtures/valid/glossary-ids`: glossary entries with and without
    /// an `id`, in the original and its edition, come back from the cache.
    #[test]
    fn glossary_ids_round_trip() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/glossary-ids");
        let course = super::super::load_dir(&dir).expect("the glossary-ids fixture loads");
        assert_eq!(course.glossary[0].id, "knead");
        assert_eq!(course.glossary[2].id, "");
        assert_round_trips(&course);
        let fr = super::super::load_edition(&DirFiles::new(&dir), "fr").expect("its edition");
        assert_eq!(fr.glossary[1].id, "knead");
        assert_round_trips(&fr);
    }

    #[test]
    fn the_groups_fixture_round_trips() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/groups");
        let course = super::super::load_dir(Path::new(dir)).expect("the groups fixture loads");
        let quiz = course.items().find_map(|(_, _, _, item)| match item {
            Item::Quiz(q) if !q.groups.is_empty() => Some(q),
            _ => None,
        });
        assert!(quiz.is_some(), "the fixture has a quiz with groups");
        assert_round_trips(&course);
    }

    #[test]
    fn the_cache_version_names_the_layout() {
        let mut e = Enc(Vec::new());
        enc_course(&mut e, &every_option());
        assert_eq!(
            (MAGIC, checksum(&e.0)),
            LAYOUT,
            "the cache layout changed: bump MAGIC in src/course/cache.rs and set LAYOUT to the new pair"
        );
    }

    /// `tests/fixtures/valid/sections`: a module whose items are grouped in
    /// sections, beside one without.
    #[test]
    fn a_course_with_sections_round_trips() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/sections");
        let course = super::super::load_dir(&dir).expect("the sections fixture is valid");
        assert_eq!(
            course.modules[0].sections.len(),
            2,
            "the fixture has sections"
        );
        assert!(course.modules[1].sections.is_empty());
        assert_round_trips(&course);
    }

    #[test]
    fn a_section_range_outside_the_items_decodes_to_none() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/sections");
        let mut course = super::super::load_dir(&dir).unwrap();
        course.modules[0].sections[1].items = 3..9;
        let mut e = Enc(Vec::new());
        enc_course(&mut e, &course);
        assert!(dec_course(&mut Dec(&e.0)).is_none());
    }

    #[test]
    fn a_bundled_entry_for_other_embedded_files_is_not_used() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = CourseCache::new(tmp.path());
        let (_, outcome) = cache.load_bundled();
        assert_eq!(outcome, Outcome::Written);
        // The same entry, keyed as if another binary's course had been embedded.
        let course = super::super::load_bundled().unwrap();
        let name = Path::new(BUNDLED);
        let head = Header {
            exe: exe_stamp(),
            course_dir: BUNDLED.to_string(),
            stamps: vec![Stamp {
                path: BUNDLED.to_string(),
                size: 1,
                mtime_ns: 2,
            }],
        };
        cache
            .write_entry(&cache.entry_path(name), &head, &course)
            .unwrap();
        let (_, outcome) = cache.load_bundled();
        assert_eq!(outcome, Outcome::Written, "the stamp differs: loaded again");
        let (_, outcome) = cache.load_bundled();
        assert_eq!(outcome, Outcome::Hit);
    }

    #[test]
    fn a_cut_or_bad_layout_decodes_to_none_not_a_panic() {
        let course = super::super::load_bundled().unwrap();
        let mut e = Enc(Vec::new());
        enc_course(&mut e, &course);
        for cut in (0..e.0.len()).step_by(97) {
            assert!(dec_course(&mut Dec(&e.0[..cut])).is_none());
        }
        let mut bad = e.0.clone();
        bad.iter_mut().take(8).for_each(|b| *b = 0xff);
        assert!(dec_course(&mut Dec(&bad)).is_none());
    }

    #[cfg(unix)]
    #[test]
    fn an_entry_that_is_a_fifo_is_ignored_without_hanging() {
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("entry");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo works");
        assert!(read_entry_with(&fifo, tmp.path(), (1, 1), |_| true).is_none());
    }

    #[test]
    fn the_checksum_sees_one_changed_bit() {
        let a = b"a course file of some length, more than eight bytes".to_vec();
        let mut b = a.clone();
        b[20] ^= 1;
        assert_ne!(checksum(&a), checksum(&b));
        assert_ne!(checksum(&a[..10]), checksum(&a[..11]));
    }
}
