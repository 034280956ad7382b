//! The course library: courses installed with `amphi add`, beside the bundled one.
//!
//! Installed courses live in the `courses` folder of amphi's data folder
//! ([`data_dir`]): a copied course is the folder `courses/<id>/` (the files the
//! course is made of, copied from where it was added); a linked course is the
//! file `courses/<id>.link`, which holds the absolute path of the course folder,
//! read where it is each time. Names starting with `.` are amphi's temporary
//! files and are never listed.
//!
//! This module knows nothing about the terminal: it installs, lists and removes
//! courses, and sums up each one's progress from the [`State`]; `amphi add`,
//! `list` and `remove` (`src/cli/library.rs`) print what it did and ask before
//! deleting progress.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::course::{self, Course, CourseFiles, DirFiles, Item, Report};
use crate::i18n::{Language, Message};
use crate::progress::{CourseProgress, State};

/// Environment variable that replaces the platform data folder: installed
/// courses go to `$AMPHI_DATA_DIR/courses/`, and the default state file is
/// `$AMPHI_DATA_DIR/state.json` (`--state` and `AMPHI_STATE` still win). Must be
/// an absolute path.
pub use crate::folders::DATA_DIR_ENV;

/// Suffix of a linked course's file in the courses folder.
const LINK_SUFFIX: &str = ".link";

/// The lock file in the courses folder, held while `add` or `remove` changes it
/// (so that the temporary copies it finds are stale ones, left by an `add`
/// killed midway, and removed).
const LOCK_NAME: &str = ".lock";

/// What every temporary name of the library holds (see [`Library::temp_path`]).
const TEMP_MARK: &str = ".tmp-";

/// amphi's data folder: `AMPHI_DATA_DIR` when set and not empty, else the
/// platform data folder (`$XDG_DATA_HOME/amphi`, by default
/// `~/.local/share/amphi`, on Linux; `~/Library/Application Support/amphi` on
/// macOS; `%APPDATA%\amphi\data` on Windows). `None` when neither is known.
/// A relative `AMPHI_DATA_DIR` or `HOME` counts as unknown ([`crate::folders`]).
pub fn data_dir() -> Option<PathBuf> {
    crate::folders::data_dir()
}

/// What a course argument given on the command line names when it is not an
/// existing path: the bundled course by its id, or an installed course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// The bundled course (the argument is its id, as `amphi list` shows it).
    Bundled,
    /// The folder of the installed course with that id.
    Installed(PathBuf),
}

/// What `arg` (a course argument as given on the command line) names when it is
/// not an existing path but one word: the bundled course's id, or the id of an
/// installed course. `None` for an existing path (a path always wins), a path of
/// more than one component, or an unknown id.
pub fn named_course(arg: &Path) -> Option<Named> {
    if arg.exists() || arg.components().count() != 1 {
        return None;
    }
    let id = arg.to_str()?;
    if course::cache::load_bundled_cached().is_ok_and(|c| c.info.id == id) {
        return Some(Named::Bundled);
    }
    let library = Library::open_default().ok()?;
    library
        .find(id)?
        .folder()
        .map(|f| Named::Installed(f.to_path_buf()))
}

/// Where a course comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Embedded in the amphi binary.
    Bundled,
    /// Copied into the library: the folder holding the copy.
    Copied(PathBuf),
    /// Linked: the course folder the link names (it may have gone).
    Linked(PathBuf),
}

impl Source {
    /// One word for lists: `bundled`, `installed` or `linked`.
    pub fn label(&self) -> &'static str {
        match self {
            Source::Bundled => "bundled",
            Source::Copied(_) => "installed",
            Source::Linked(_) => "linked",
        }
    }

    /// The course folder, for an installed or linked course.
    pub fn folder(&self) -> Option<&Path> {
        match self {
            Source::Bundled => None,
            Source::Copied(p) | Source::Linked(p) => Some(p),
        }
    }
}

/// One course of the library, loaded (or not).
#[derive(Debug)]
pub struct Entry {
    /// The id it is installed under (the bundled course's own id for it).
    pub id: String,
    /// Where it comes from.
    pub source: Source,
    /// The course, or why it cannot be opened (one line, safe to print), in
    /// the language the entries were listed in ([`Library::entries_in`]).
    pub course: Result<Course, String>,
    /// The title of its edition in the language the entries were listed in,
    /// when it has one (the bundled course's « Sociologie du web… » for a
    /// French reader); lists and the picker show it in place of the course's.
    pub edition_title: Option<String>,
}

/// Sorts `entries` as [`Library::entries_in`] lists them: bundled first, then
/// by title in `lang`'s order, then by id.
pub fn sort_entries(lang: crate::i18n::Language, entries: &mut [Entry]) {
    entries.sort_by_cached_key(|e| {
        let title = match (&e.edition_title, &e.course) {
            (Some(t), _) => t.as_str(),
            (None, Ok(c)) => c.info.title.as_str(),
            (None, Err(_)) => e.id.as_str(),
        };
        (
            !matches!(e.source, Source::Bundled),
            crate::i18n::collate::sort_key(lang, title),
            e.id.clone(),
        )
    });
}

/// A course's progress summed up for lists and the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The course title, or the id when the course cannot be loaded.
    pub title: String,
    /// Items done, in percent (see [`crate::progress::Completion::percent`]);
    /// `None` when the course cannot be loaded.
    pub percent: Option<u32>,
    /// Quizzes passed and quizzes in all.
    pub quizzes: (usize, usize),
    /// The latest time something was read or a quiz answered, in seconds since
    /// the Unix epoch; `None` when never studied.
    pub last_studied: Option<u64>,
}

impl Entry {
    /// Sums up the progress `state` holds for this course.
    pub fn summary(&self, state: &State) -> Summary {
        let empty = CourseProgress::default();
        match &self.course {
            Ok(course) => {
                let progress = state.courses.get(&course.info.id).unwrap_or(&empty);
                let quizzes: Vec<bool> = course
                    .items()
                    .filter_map(|(_, _, m, item)| match item {
                        Item::Quiz(q) => Some(progress.quiz_passed(&m.id, &q.id)),
                        _ => None,
                    })
                    .collect();
                Summary {
                    title: self
                        .edition_title
                        .clone()
                        .unwrap_or_else(|| course.info.title.clone()),
                    percent: Some(progress.course_completion(course).percent()),
                    quizzes: (quizzes.iter().filter(|p| **p).count(), quizzes.len()),
                    last_studied: last_studied(progress),
                }
            }
            Err(_) => Summary {
                title: self.id.clone(),
                percent: None,
                quizzes: (0, 0),
                last_studied: state.courses.get(&self.id).and_then(last_studied),
            },
        }
    }
}

/// The latest time recorded in `progress` (an item read to its end, a quiz
/// attempt finished or started), in seconds since the Unix epoch.
pub fn last_studied(progress: &CourseProgress) -> Option<u64> {
    let read = progress.read.values().copied();
    let finished = progress.attempts.iter().map(|a| a.finished_at);
    let open = progress.open_attempts.values().map(|o| o.started_at);
    read.chain(finished).chain(open).max()
}

/// A time in seconds since the Unix epoch as a UTC date, `YYYY-MM-DD`, or
/// `unknown date` when out of range ([`crate::text::format_date`]).
pub fn date(secs: u64) -> String {
    crate::text::format_date(secs)
}

/// The installed courses: a `courses` folder.
#[derive(Debug, Clone)]
pub struct Library {
    root: PathBuf,
    /// Whether the bundled course is read through the platform course cache
    /// (the learner's library) or loaded directly (a library in a folder of
    /// its own, as tests make: it must leave the learner's cache alone).
    platform_cache: bool,
}

/// What went wrong adding a course. `Display` is English; the command line
/// says it in the learner's language with [`AddError::render`].
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// The course does not check: the loader's report.
    #[error("{0}")]
    Invalid(Report),
    /// Anything else (a course already installed, a clash with the bundled id,
    /// an I/O error): a message.
    #[error("{0}")]
    Refused(Message),
}

impl AddError {
    /// What went wrong, in `lang`'s words.
    pub fn render(&self, lang: Language) -> String {
        match self {
            AddError::Invalid(report) => report.render(lang),
            AddError::Refused(m) => m.render(lang),
        }
    }
}

impl Library {
    /// The library in `dir` (the `courses` folder itself; it need not exist). Its
    /// bundled course is loaded without the platform course cache.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Library {
            root: dir.into(),
            platform_cache: false,
        }
    }

    /// The library in [`data_dir`]`/courses`.
    ///
    /// # Errors
    /// A message when no data folder is known (no home folder).
    pub fn open_default() -> Result<Library, Message> {
        data_dir()
            .map(|d| Library {
                root: d.join("courses"),
                platform_cache: true,
            })
            .ok_or_else(|| {
                // The folder's problem is `folders`' words.
                Message::new("library-no-data-folder")
                    .arg("problem", crate::folders::problem().unwrap_or_default())
                    .arg("env", DATA_DIR_ENV)
            })
    }

    /// The courses folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The installed courses, by id, with where each comes from. A missing
    /// folder holds none; unreadable entries are skipped.
    pub fn installed(&self) -> Vec<(String, Source)> {
        let Ok(dir) = std::fs::read_dir(&self.root) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                out.push((name, Source::Copied(path)));
            } else if let Some(id) = name.strip_suffix(LINK_SUFFIX)
                && let Ok(target) = std::fs::read_to_string(&path)
            {
                // The path exactly as written, without the one line break after
                // it: a folder's name may end with a space.
                let target = target.strip_suffix('\n').unwrap_or(&target);
                out.push((id.to_string(), Source::Linked(PathBuf::from(target))));
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The installed course `id`, if any.
    pub fn find(&self, id: &str) -> Option<Source> {
        self.installed()
            .into_iter()
            .find(|(i, _)| i == id)
            .map(|(_, s)| s)
    }

    /// Every course: the bundled one first, then the installed ones by id, each
    /// loaded.
    pub fn entries(&self) -> Vec<Entry> {
        self.entries_said(Language::En)
    }

    /// [`Library::entries`], why a course cannot be opened said in `lang`.
    fn entries_said(&self, lang: Language) -> Vec<Entry> {
        let bundled = if self.platform_cache {
            course::cache::load_bundled_cached()
        } else {
            course::load_bundled()
        };
        let platform_cache = self.platform_cache;
        let edition_title = |course: &Course, source: &Source| {
            let folder = course::editions::edition_folder(course, lang.code())?;
            let edition = match source.folder() {
                Some(dir) => course::load_edition(&course::DirFiles::new(dir), folder),
                None if platform_cache => course::cache::load_bundled_edition_cached(folder),
                None => course::load_edition(&course::bundled_files(), folder),
            };
            edition.ok().map(|e| e.info.title)
        };
        let bundled_title = bundled
            .as_ref()
            .ok()
            .and_then(|c| edition_title(c, &Source::Bundled));
        let mut out = vec![Entry {
            id: bundled
                .as_ref()
                .map_or_else(|_| "bundled".into(), |c| c.info.id.clone()),
            source: Source::Bundled,
            course: bundled.map_err(|r| first_problem(&r).render(lang)),
            edition_title: bundled_title,
        }];
        for (id, source) in self.installed() {
            let course = load_installed(&id, &source).map_err(|m| m.render(lang));
            let edition_title = course.as_ref().ok().and_then(|c| edition_title(c, &source));
            out.push(Entry {
                id,
                source,
                course,
                edition_title,
            });
        }
        out
    }

    /// [`Library::entries`] in the order a reader of `lang` expects (and why a
    /// course cannot be opened in `lang`'s words): the
    /// bundled course first, then the others by title (their id when they
    /// cannot be loaded), accents and case aside ([`crate::i18n::collate`]:
    /// « Éthique » between « Droit » and « Fiscalité »), then by id.
    pub fn entries_in(&self, lang: crate::i18n::Language) -> Vec<Entry> {
        let mut entries = self.entries_said(lang);
        sort_entries(lang, &mut entries);
        entries
    }

    /// Installs the course in folder `src` (after checking it): copies the files
    /// it is made of into `<library>/<id>/`, or with `link` records the folder's
    /// absolute path in `<library>/<id>.link`. An installed course of the same id
    /// is replaced only when `force`. Returns the course and where it now lives.
    ///
    /// # Errors
    /// [`AddError::Invalid`] with the loader's report for a course that does not
    /// check; [`AddError::Refused`] for a clash of ids or an I/O error (nothing is
    /// changed then).
    pub fn add(&self, src: &Path, link: bool, force: bool) -> Result<(Course, Source), AddError> {
        let refused = AddError::Refused;
        let files = RecordingFiles::new(src);
        let course = course::load(&files).map_err(AddError::Invalid)?;
        // The images its texts show are looked up, so that they are copied too
        // (the loader does not read them: the reader decodes them later). A
        // missing one is left to `amphi check`, which warns about it.
        for path in course::images::local_paths(&course) {
            let _ = files.size(&path);
        }
        // Its editions in other languages are read too, so that their files are
        // copied with the rest (one that does not load is left to `amphi check`).
        for edition in &course.info.editions {
            if let Ok(translated) = course::load_edition(&files, &edition.folder)
                && let Ok(sub) = course::editions::SubFiles::new(&files, &edition.folder)
            {
                for path in course::images::local_paths(&translated) {
                    let _ = sub.size(&path);
                }
            }
        }
        let id = course.info.id.clone();
        if let Some(why) = unusable_id(&id) {
            return Err(refused(
                Message::new("library-unusable-id")
                    .arg("id", crate::text::sanitize_line(&id))
                    .arg("why", why),
            ));
        }
        if course::load_bundled().is_ok_and(|b| same_name(&b.info.id, &id)) {
            return Err(refused(Message::new("library-bundled-id").arg("id", &id)));
        }
        if let Some(old) = self.find(&id)
            && !force
        {
            let message = match &old {
                Source::Linked(p) => Message::new("library-already-linked").arg("path", shown(p)),
                _ => Message::new("library-already-installed"),
            };
            return Err(refused(message.arg("id", &id)));
        }
        // Another course whose id differs only in case would be the same folder
        // on a case-insensitive file system (macOS's, Windows's): never replaced,
        // even with --force, since its progress is kept under its own id.
        if let Some((other, _)) = self
            .installed()
            .into_iter()
            .find(|(other, _)| other != &id && same_name(other, &id))
        {
            return Err(refused(
                Message::new("library-case-clash")
                    .arg("other", other)
                    .arg("id", &id),
            ));
        }
        // The system's words for an I/O error, verbatim.
        let failed = |id: &'static str, path: &Path, e: &dyn std::fmt::Display| {
            refused(
                Message::new(id)
                    .arg("path", path.display().to_string())
                    .arg("error", e.to_string()),
            )
        };
        let _lock = self
            .lock()
            .map_err(|e| failed("library-cannot-create", &self.root, &e))?;
        let io_err = |e: &dyn std::fmt::Display| failed("library-cannot-install", &self.root, e);
        let source = if link {
            let target = src
                .canonicalize()
                .map_err(|e| failed("library-cannot-resolve", src, &e))?;
            let target_text = target.to_str().ok_or_else(|| {
                refused(Message::new("library-not-utf8").arg("path", target.display().to_string()))
            })?;
            let tmp = self.temp_path(&id);
            let written = std::fs::write(&tmp, format!("{target_text}\n"))
                .and_then(|()| self.replace(&id, &tmp, true));
            if let Err(e) = written {
                let _ = std::fs::remove_file(&tmp);
                return Err(io_err(&e));
            }
            Source::Linked(target)
        } else {
            let tmp = self.temp_path(&id);
            let copied = files
                .copy_to(&tmp)
                .map_err(|e| Message::verbatim(e.to_string()))
                .and_then(|()| {
                    course::load_dir(&tmp).map(drop).map_err(|r| {
                        Message::new("library-copy-invalid").arg("problem", first_problem(&r))
                    })
                });
            if let Err(e) = copied {
                let _ = std::fs::remove_dir_all(&tmp);
                return Err(refused(
                    Message::new("library-cannot-install")
                        .arg("path", self.root.display().to_string())
                        .arg("error", e),
                ));
            }
            self.replace(&id, &tmp, false).map_err(|e| {
                let _ = std::fs::remove_dir_all(&tmp);
                io_err(&e)
            })?;
            Source::Copied(self.root.join(&id))
        };
        Ok((course, source))
    }

    /// Puts `tmp` (a link file or a course folder) in place as course `id`,
    /// moving away whatever was installed under that id, then deleting it.
    fn replace(&self, id: &str, tmp: &Path, is_link: bool) -> io::Result<()> {
        let dir = self.root.join(id);
        let link = self.root.join(format!("{id}{LINK_SUFFIX}"));
        let (target, other) = if is_link {
            (&link, &dir)
        } else {
            (&dir, &link)
        };
        let old = self.temp_path(id);
        let had_target = target.symlink_metadata().is_ok();
        if had_target {
            std::fs::rename(target, &old)?;
        }
        if let Err(e) = std::fs::rename(tmp, target) {
            if had_target {
                let _ = std::fs::rename(&old, target);
            }
            return Err(e);
        }
        if had_target {
            remove_any(&old)?;
        }
        if other.symlink_metadata().is_ok() {
            remove_any(other)?;
        }
        Ok(())
    }

    /// Removes the installed course `id` (for a link, only the link: the course
    /// folder stays). Returns where it came from.
    ///
    /// # Errors
    /// A message when no course `id` is installed or it cannot be removed.
    pub fn remove(&self, id: &str) -> Result<Source, Message> {
        let source = self.find(id).ok_or_else(|| self.not_installed(id))?;
        let failed = |id: &'static str, path: &Path, e: io::Error| {
            Message::new(id)
                .arg("path", path.display().to_string())
                .arg("error", e.to_string())
        };
        let _lock = self
            .lock()
            .map_err(|e| failed("library-cannot-lock", &self.root, e))?;
        let path = match &source {
            Source::Linked(_) => self.root.join(format!("{id}{LINK_SUFFIX}")),
            _ => self.root.join(id),
        };
        // Moved aside first, so that a removal cut short never leaves half a course.
        let aside = self.temp_path(id);
        std::fs::rename(&path, &aside)
            .and_then(|()| remove_any(&aside))
            .map_err(|e| failed("library-cannot-remove", &path, e))?;
        Ok(source)
    }

    /// "no course `id` is installed", with the ids that are.
    pub(crate) fn not_installed(&self, id: &str) -> Message {
        let ids: Vec<String> = self.installed().into_iter().map(|(i, _)| i).collect();
        let id = crate::text::sanitize_line(id);
        if ids.is_empty() {
            Message::new("library-none-installed").arg("id", id)
        } else {
            Message::new("library-not-installed")
                .arg("id", id)
                .arg("installed", ids.join(", "))
        }
    }

    /// Creates the courses folder if need be and takes its lock ([`LOCK_NAME`]),
    /// waiting for another `add` or `remove` to finish; then removes the
    /// temporary copies an `add` or `remove` killed midway left behind. The lock
    /// is held until the returned file is dropped.
    ///
    /// # Errors
    /// The I/O error of creating the folder or taking the lock.
    fn lock(&self) -> io::Result<std::fs::File> {
        std::fs::create_dir_all(&self.root)?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.root.join(LOCK_NAME))?;
        fs4::FileExt::lock(&file)?;
        if let Ok(entries) = std::fs::read_dir(&self.root) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') && name.contains(TEMP_MARK) {
                    let _ = remove_any(&entry.path());
                }
            }
        }
        Ok(file)
    }

    /// A fresh temporary name in the library for course `id`.
    fn temp_path(&self, id: &str) -> PathBuf {
        self.root.join(format!(
            ".{id}{TEMP_MARK}{}-{}",
            std::process::id(),
            fastrand::u64(..)
        ))
    }
}

/// Names Windows keeps for devices, whatever the case and the extension
/// (`nul.txt` is the device too); `COM` and `LPT` also take the digits `0`–`9` and
/// `¹`, `²`, `³`.
const RESERVED_NAMES: [&str; 4] = ["CON", "PRN", "AUX", "NUL"];

/// Whether `a` and `b` name the same file on a case-insensitive file system.
fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// Why the library cannot use `id` as a file name, if it cannot: an id starting
/// with `.` (amphi's temporary names) or `-` (read as an option by `amphi remove`),
/// ending with `.` (Windows drops it, so `tea.` would be `tea`) or with `.link`
/// in any case (a linked course's file), or a device name of Windows (see
/// [`RESERVED_NAMES`]).
pub fn unusable_id(id: &str) -> Option<Message> {
    if id.starts_with('.') {
        return Some(Message::new("library-id-dot"));
    }
    if id.starts_with('-') {
        return Some(Message::new("library-id-dash"));
    }
    if id.ends_with('.') {
        return Some(Message::new("library-id-trailing-dot"));
    }
    if id.to_lowercase().ends_with(LINK_SUFFIX) {
        return Some(Message::new("library-id-link").arg("suffix", LINK_SUFFIX));
    }
    let stem = id.split('.').next().unwrap_or(id).to_uppercase();
    let device = RESERVED_NAMES.contains(&stem.as_str())
        || ["COM", "LPT"].iter().any(|p| {
            stem.strip_prefix(p).is_some_and(|n| {
                let mut c = n.chars();
                matches!(
                    (c.next(), c.next()),
                    (Some('0'..='9' | '¹' | '²' | '³'), None)
                )
            })
        });
    device.then(|| Message::new("library-id-device"))
}

/// Removes a file or a folder with everything in it.
fn remove_any(path: &Path) -> io::Result<()> {
    if path.symlink_metadata()?.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    }
}

/// Loads an installed course; a course whose id is no longer the one it is
/// installed under (a linked folder edited since) is refused, so that its
/// progress is never mixed up.
fn load_installed(id: &str, source: &Source) -> Result<Course, Message> {
    let folder = source.folder().unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(Message::new("library-folder-gone").arg("path", shown(folder)));
    }
    let course = course::load_dir(folder).map_err(|r| first_problem(&r))?;
    if course.info.id != id {
        return Err(Message::new("library-id-changed")
            .arg("new", crate::text::sanitize_line(&course.info.id))
            .arg("id", id));
    }
    Ok(course)
}

/// The first problem of a report, on one line, with how many more there are.
fn first_problem(report: &Report) -> Message {
    let first = report
        .problems
        .first()
        .map_or_else(
            || Message::new("library-invalid-course"),
            |p| {
                Message::new("library-problem")
                    .arg("place", p.place())
                    .arg("message", p.message.clone())
            },
        )
        .map_text(&crate::text::sanitize_line);
    match report.problems.len() {
        0 | 1 => first,
        n => Message::new("library-and-more")
            .arg("first", first)
            .arg("count", n - 1),
    }
}

/// A path for messages, on one line.
pub(crate) fn shown(path: &Path) -> String {
    crate::text::sanitize_line(&path.display().to_string())
}

/// A course folder on disk that remembers which files the loader read, so that
/// exactly those are copied.
struct RecordingFiles {
    inner: DirFiles,
    read: Mutex<BTreeSet<String>>,
    /// Files offered to the learner (`files:`, a video's `file`), which the
    /// loader only looks up: copied as files, whatever their size.
    offered: Mutex<BTreeSet<String>>,
}

impl RecordingFiles {
    fn new(root: &Path) -> Self {
        RecordingFiles {
            inner: DirFiles::new(root),
            read: Mutex::default(),
            offered: Mutex::default(),
        }
    }

    /// Copies every file read into the new folder `to`, at the same relative path.
    fn copy_to(&self, to: &Path) -> io::Result<()> {
        std::fs::create_dir_all(to)?;
        let read = self.read.lock().unwrap_or_else(|e| e.into_inner()).clone();
        for path in read {
            let bytes = self.inner.read(&path).map_err(io::Error::other)?;
            // The read above checked that the path stays inside the folder.
            let dest = path
                .split(['/', '\\'])
                .filter(|c| !c.is_empty() && *c != ".")
                .fold(to.to_path_buf(), |p, c| p.join(c));
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(dest, bytes)?;
        }
        let offered = self
            .offered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        for path in offered {
            // Checked again: still a regular file inside the folder.
            self.inner.size(&path).map_err(io::Error::other)?;
            let parts: Vec<&str> = path
                .split(['/', '\\'])
                .filter(|c| !c.is_empty() && *c != ".")
                .collect();
            let from = parts
                .iter()
                .fold(self.inner.root().to_path_buf(), |p, c| p.join(c));
            let dest = parts.iter().fold(to.to_path_buf(), |p, c| p.join(c));
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::copy(from, dest)?;
        }
        Ok(())
    }
}

impl CourseFiles for RecordingFiles {
    fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        let bytes = self.inner.read(path)?;
        self.read
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string());
        Ok(bytes)
    }

    fn display(&self, path: &str) -> String {
        self.inner.display(path)
    }

    fn size(&self, path: &str) -> Result<u64, String> {
        let size = self.inner.size(path)?;
        self.offered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string());
        Ok(size)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn entries_sort_by_title_as_a_french_reader_expects() {
        use super::{Entry, Source, sort_entries};
        let entry = |id: &str, source| Entry {
            id: id.into(),
            source,
            course: Err(String::new()),
            edition_title: None,
        };
        let folder = || Source::Copied(std::path::PathBuf::from("x"));
        let mut entries = vec![
            entry("zebre", folder()),
            entry("Fiscalite", folder()),
            entry("Ethique", folder()),
            entry("bundled", Source::Bundled),
            entry("éthique", folder()),
            entry("droit", folder()),
        ];
        // Ids stand for titles here (the courses cannot load).
        sort_entries(crate::i18n::Language::Fr, &mut entries);
        let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "bundled",
                "droit",
                "Ethique",
                "éthique",
                "Fiscalite",
                "zebre"
            ]
        );
    }

    use super::*;
    use crate::progress::Store;

    #[test]
    fn dates_are_utc_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_767_225_600), "2026-01-01");
        assert_eq!(date(1_767_225_599), "2025-12-31");
    }

    #[test]
    fn last_studied_is_the_latest_time_recorded() {
        let mut p = CourseProgress::default();
        assert_eq!(last_studied(&p), None);
        p.mark_read("m", "a", 30);
        p.mark_read("m", "b", 10);
        assert_eq!(last_studied(&p), Some(30));
        p.open_attempts.insert(
            "m/q".into(),
            crate::progress::OpenAttempt {
                started_at: 40,
                ..Default::default()
            },
        );
        assert_eq!(last_studied(&p), Some(40));
    }

    #[test]
    fn a_missing_library_holds_nothing_and_temporary_names_are_hidden() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Library::new(tmp.path().join("courses"));
        assert!(lib.installed().is_empty());
        std::fs::create_dir_all(lib.root().join(".tea.tmp-1-2")).unwrap();
        std::fs::create_dir_all(lib.root().join("tea")).unwrap();
        std::fs::write(lib.root().join("x.link"), "/nowhere\n").unwrap();
        assert_eq!(
            lib.installed(),
            [
                ("tea".to_string(), Source::Copied(lib.root().join("tea"))),
                ("x".to_string(), Source::Linked(PathBuf::from("/nowhere"))),
            ]
        );
        let entries = lib.entries();
        assert_eq!(entries.len(), 3);
        assert!(entries[0].course.is_ok(), "the bundled course comes first");
        assert!(entries[2].course.as_ref().unwrap_err().contains("is gone"));
    }

    #[test]
    fn a_store_update_removes_a_course_that_a_merged_save_would_keep() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path().join("state.json"));
        let mut state = State::default();
        let mut p = CourseProgress::default();
        p.mark_read("m", "a", 1);
        state.courses.insert("tea".into(), p.clone());
        state.courses.insert("other".into(), p);
        store.save(&state).unwrap();
        // A merged save of a state without `tea` keeps it (merges never remove)…
        let mut without = state.clone();
        without.courses.remove("tea");
        assert!(
            store
                .save_merged(&without)
                .unwrap()
                .courses
                .contains_key("tea")
        );
        // …an update removes it, and keeps the rest.
        let written = store
            .update(|s| {
                s.courses.remove("tea");
            })
            .unwrap();
        let on_disk = Store::new(store.path()).load().unwrap().state;
        assert_eq!(written, on_disk);
        assert!(!on_disk.courses.contains_key("tea"));
        assert!(on_disk.courses.contains_key("other"));
    }

    #[test]
    fn stale_temporary_copies_are_removed_by_the_next_add_or_remove() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Library::new(tmp.path().join("courses"));
        let src = tmp.path().join("c");
        crate::author::scaffold::create(&src, "C", "tea").unwrap();
        // What an `add --force` killed midway leaves: a half copy, a link file
        // not yet renamed, the old course moved aside.
        let stale = |lib: &Library| {
            std::fs::create_dir_all(lib.root().join(".tea.tmp-1-2/modules")).unwrap();
            std::fs::write(lib.root().join(".tea.tmp-1-2/course.yaml"), "id: t").unwrap();
            std::fs::write(lib.root().join(".tea.tmp-3-4"), "/somewhere\n").unwrap();
            std::fs::create_dir_all(lib.root().join(".other.tmp-5-6")).unwrap();
        };
        let names = |lib: &Library| -> Vec<String> {
            let mut v: Vec<String> = std::fs::read_dir(lib.root())
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            v.sort();
            v
        };
        stale(&lib);
        lib.add(&src, false, false).unwrap();
        assert_eq!(names(&lib), [".lock", "tea"]);
        stale(&lib);
        lib.add(&src, true, true).unwrap();
        assert_eq!(names(&lib), [".lock", "tea.link"]);
        stale(&lib);
        lib.remove("tea").unwrap();
        assert_eq!(names(&lib), [".lock"]);
    }

    #[test]
    fn a_linked_folder_whose_name_ends_with_a_space_is_kept_exactly() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Library::new(tmp.path().join("courses"));
        // Two folders whose names differ by a trailing space and a line break.
        let plain = tmp.path().join("c");
        crate::author::scaffold::create(&plain, "Plain", "plain").unwrap();
        for (name, id) in [("c ", "spaced"), ("c\n", "broken")] {
            let src = tmp.path().join(name);
            crate::author::scaffold::create(&src, "Spaced", id).unwrap();
            let (_, source) = lib.add(&src, true, false).unwrap();
            let exact = src.canonicalize().unwrap();
            assert_eq!(source, Source::Linked(exact.clone()));
            assert_eq!(lib.find(id), Some(Source::Linked(exact)), "{name:?}");
            assert_eq!(
                lib.entries().iter().filter(|e| e.course.is_ok()).count(),
                1 + 1
            );
            lib.remove(id).unwrap();
        }
    }

    #[test]
    fn ids_the_library_cannot_name_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Library::new(tmp.path().join("courses"));
        let src = tmp.path().join("c");
        crate::author::scaffold::create(&src, "C", "notes.link").unwrap();
        let err = lib.add(&src, false, true).unwrap_err().to_string();
        assert!(err.contains("ends with `.link`"), "{err}");
        assert!(lib.installed().is_empty());
        for (id, why) in [
            ("x.LINK", "ends with `.link`"),
            ("-rf", "starts with `-`"),
            ("tea.", "ends with `.`"),
            ("CON", "device"),
            ("nul", "device"),
            ("Aux.notes", "device"),
            ("com1", "device"),
            ("LPT9.x", "device"),
            ("com¹", "device"),
        ] {
            let src = tmp.path().join(format!("src-{id}"));
            crate::author::scaffold::create(&src, "C", id).unwrap();
            let err = lib.add(&src, true, true).unwrap_err().to_string();
            assert!(err.contains(why), "{id}: {err}");
            assert!(lib.installed().is_empty(), "{id}");
        }
        for fine in ["console", "com10", "nully", "lpt", "tea.notes"] {
            assert_eq!(unusable_id(fine), None, "{fine}");
        }
    }

    #[test]
    fn ids_differing_only_in_case_never_replace_each_other() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Library::new(tmp.path().join("courses"));
        let first = tmp.path().join("first");
        crate::author::scaffold::create(&first, "First", "Tea").unwrap();
        lib.add(&first, false, false).unwrap();
        let second = tmp.path().join("second");
        crate::author::scaffold::create(&second, "Second", "tea").unwrap();
        for (link, force) in [(false, false), (false, true), (true, true)] {
            let err = lib.add(&second, link, force).unwrap_err().to_string();
            assert!(err.contains("only in case"), "{err}");
        }
        let installed = lib.installed();
        assert_eq!(installed.len(), 1);
        assert_eq!(installed[0].0, "Tea");
        let course = load_installed("Tea", &installed[0].1).unwrap();
        assert_eq!(course.info.title, "First");
        // The same id, in the same case, is still replaced with --force.
        lib.add(&first, true, true).unwrap();
    }
}
