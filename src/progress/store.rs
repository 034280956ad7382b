//! Reading and writing the state file.
//!
//! The file is JSON. Writes are crash-safe: a temporary file in the same folder is
//! written and flushed to disk (fsync), renamed over the old file, and the folder is
//! flushed too (on Unix), so a crash or power cut leaves either the old state or the
//! new one, never half of one.
//!
//! Several amphi instances may share one state file. Each write holds an advisory
//! lock on a sidecar file (`<name>.lock`, beside the state file: the state file
//! itself is replaced by every write, so it cannot carry the lock), re-reads the
//! file and merges it with the state in memory ([`super::merge`]) before writing,
//! so no instance loses another's progress.
//!
//! A file that cannot be read is moved aside to a timestamped backup and never
//! overwritten; a file written by a newer amphi is refused and left untouched.
//! The commands that only report ([`Store::read`]) leave even a broken file where
//! it is and say it is unreadable.
//!
//! Only a regular file of at most [`MAX_STATE_BYTES`] is read (a FIFO or a device
//! is never opened); from [`LARGE_STATE_BYTES`] on, loading warns that the file is
//! large. A save re-reads the file to merge only when it changed since this
//! instance last read or wrote it (same device, inode, size and modification
//! time: every write makes a new inode), so a save's cost does not grow with the
//! file when amphi runs alone. A state file that is a symbolic link (into a
//! dotfiles or sync folder) is written through: the temporary file, the lock and
//! any backup go beside the link's target, and the link stays.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use super::merge::{merge, merge_since};
use super::model::{STATE_VERSION, State};

/// Environment variable that overrides the state file path.
pub const STATE_ENV: &str = "AMPHI_STATE";

/// The default state file: `state.json` in the platform data folder
/// (`~/.local/share/amphi` on Linux, `~/Library/Application Support/amphi` on macOS,
/// `%APPDATA%\amphi\data` on Windows), or in `AMPHI_DATA_DIR` when that is
/// set. `None` when no home folder is known or the home or data folder is not an
/// absolute path ([`crate::folders::problem`] says why).
pub fn default_state_path() -> Option<PathBuf> {
    crate::folders::data_dir().map(|d| d.join("state.json"))
}

/// The largest state file amphi reads, in bytes (256 MiB); a larger one is an
/// error and is left untouched.
pub const MAX_STATE_BYTES: u64 = 256 * 1024 * 1024;

/// From this size on (16 MiB) loading warns that the state file is large. A
/// learner's file is a few kilobytes to a few megabytes.
pub const LARGE_STATE_BYTES: u64 = 16 * 1024 * 1024;

/// What can go wrong with the state file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer amphi; it is left untouched.
    #[error(
        "{path} was written by a newer amphi (state version {found}; this build reads up to {STATE_VERSION}); it was left untouched — upgrade amphi or pass another --state file"
    )]
    TooNew {
        /// The state file.
        path: PathBuf,
        /// The version found in it.
        found: u32,
    },
    /// The file is not state JSON; [`Store::read`] leaves it untouched.
    #[error(
        "{path} cannot be read as amphi's progress ({why}); it was left untouched (opening the course in amphi moves it aside and starts fresh)"
    )]
    Unreadable {
        /// The state file.
        path: PathBuf,
        /// What is wrong with it.
        why: String,
    },
    /// The file could not be read or moved aside.
    #[error("cannot use the state file {path}: {source}")]
    Io {
        /// The state file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// The result of opening a state file.
#[derive(Debug)]
pub struct Loaded {
    /// The state read, or a fresh one.
    pub state: State,
    /// A message for the learner when the old file was unreadable and moved aside.
    pub warning: Option<String>,
}

/// How long reading or saving waits for another instance's lock on the state
/// file before giving up: reading then goes on without it, saving fails (and the
/// app says progress is not being saved, and tries again at the next save).
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// The state file.
///
/// A store remembers the state it last read or wrote (shared by its clones): the
/// base against which [`Store::save_merged`] tells this instance's changes from
/// another instance's.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    base: Arc<Mutex<Option<State>>>,
    /// The file as this instance last read or wrote it: when it still looks the
    /// same, it holds `base`, and a save need not read it again.
    seen: Arc<Mutex<Option<FileStamp>>>,
}

/// What tells one version of the state file from another without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Device and inode (Unix): an atomic write always makes a new inode.
    node: (u64, u64),
}

impl FileStamp {
    fn of(path: &Path) -> Option<FileStamp> {
        let m = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let node = {
            use std::os::unix::fs::MetadataExt;
            (m.dev(), m.ino())
        };
        #[cfg(not(unix))]
        let node = (0, 0);
        Some(FileStamp {
            len: m.len(),
            modified: m.modified().ok(),
            node,
        })
    }
}

std::thread_local! {
    /// State files read by this thread (tests count them).
    static READS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many state files this thread has read so far (for tests of the save
/// path's cost).
#[cfg(test)]
fn reads_on_this_thread() -> usize {
    READS.with(std::cell::Cell::get)
}

/// Reads a state file: a regular file of at most [`MAX_STATE_BYTES`].
fn read_state(path: &Path) -> io::Result<Vec<u8>> {
    READS.with(|r| r.set(r.get() + 1));
    crate::folders::read_regular(path, MAX_STATE_BYTES)
}

/// What the bytes of a state file hold.
enum Parsed {
    State(State),
    TooNew(u32),
    Broken(String),
}

/// Reads a state file's bytes. Files of an older format version are migrated here
/// (there is none yet: version 1 is the first).
fn parse(bytes: &[u8]) -> Parsed {
    // Any number: a version too large for u64 is still a newer amphi's.
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        version: serde_json::Number,
    }
    if let Ok(v) = serde_json::from_slice::<VersionOnly>(bytes) {
        let newer = match v.version.as_u64() {
            Some(n) => n > u64::from(STATE_VERSION),
            None => v
                .version
                .as_f64()
                .is_some_and(|f| f > f64::from(STATE_VERSION)),
        };
        if newer {
            let found = v.version.as_u64().unwrap_or(u64::MAX);
            return Parsed::TooNew(u32::try_from(found).unwrap_or(u32::MAX));
        }
    }
    match serde_json::from_slice::<State>(bytes) {
        Ok(state) if state.version == STATE_VERSION => Parsed::State(state),
        // Migrations from older versions go here, as `Ok(state) if state.version == N`.
        Ok(state) => Parsed::Broken(format!("unknown state version {}", state.version)),
        Err(e) => Parsed::Broken(e.to_string()),
    }
}

/// The folder holding `path` (`.` for a bare file name).
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl Store {
    /// A store writing to `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Store {
            path: path.into(),
            base: Arc::default(),
            seen: Arc::default(),
        }
    }

    /// The state file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The lock file: `<state file name>.lock` beside the state file (beside
    /// its target when the state file is a symbolic link).
    pub fn lock_path(&self) -> PathBuf {
        let mut name = self.file_name();
        name.push_str(".lock");
        self.target().with_file_name(name)
    }

    /// The file that is read and replaced: the state file, or the file a
    /// symbolic link at its path points to (even when that does not exist yet).
    fn target(&self) -> PathBuf {
        match std::fs::symlink_metadata(&self.path) {
            Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(&self.path)
                .unwrap_or_else(|_| match std::fs::read_link(&self.path) {
                    Ok(to) if to.is_absolute() => to,
                    Ok(to) => parent_of(&self.path).join(to),
                    Err(_) => self.path.clone(),
                }),
            _ => self.path.clone(),
        }
    }

    fn file_name(&self) -> String {
        self.target()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "state.json".into())
    }

    fn dir(&self) -> PathBuf {
        parent_of(&self.target())
    }

    /// Prefix of this store's temporary files, in the state file's folder.
    fn temp_prefix(&self) -> String {
        format!(".{}.tmp-", self.file_name())
    }

    /// Remembers `state` as what the file holds now, with the file's stamp.
    fn remember(&self, state: &State) {
        *self.base.lock().unwrap_or_else(|e| e.into_inner()) = Some(state.clone());
        *self.seen.lock().unwrap_or_else(|e| e.into_inner()) = FileStamp::of(&self.target());
    }

    /// Whether the file is as this instance last read or wrote it.
    fn unchanged(&self) -> bool {
        let seen = *self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.is_some() && seen == FileStamp::of(&self.target())
    }

    /// Takes the exclusive lock, waiting up to [`LOCK_WAIT`] for another instance
    /// to release it (a save holds it for milliseconds). The lock is released when
    /// the returned file is dropped (or the process ends).
    ///
    /// # Errors
    /// The lock file cannot be opened, or it stayed locked for [`LOCK_WAIT`]
    /// (another program holds it): an error of kind `WouldBlock` naming it.
    fn lock(&self) -> io::Result<File> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(self.lock_path())?;
        let deadline = std::time::Instant::now() + LOCK_WAIT;
        loop {
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => return Ok(file),
                Err(fs4::TryLockError::Error(e)) => return Err(e),
                Err(fs4::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(fs4::TryLockError::WouldBlock) => {
                    return Err(io::Error::new(
                        io::ErrorKind::WouldBlock,
                        format!(
                            "{} is locked by another program (for more than {} s)",
                            self.lock_path().display(),
                            LOCK_WAIT.as_secs()
                        ),
                    ));
                }
            }
        }
    }

    /// An I/O error saying which file could not be written.
    fn write_error(&self, e: io::Error) -> io::Error {
        io::Error::new(
            e.kind(),
            format!("cannot write {}: {e}", self.path.display()),
        )
    }

    /// Reads the state. A missing file (or a path through a regular file, that can
    /// never hold one) gives a fresh state. A file that is not valid
    /// state JSON is renamed to `<name>.broken-<UTC time>` beside it and a fresh state is
    /// returned with a warning naming the backup.
    ///
    /// # Errors
    /// [`StoreError::TooNew`] for a file from a newer amphi (left untouched);
    /// [`StoreError::Io`] when the file exists but cannot be read or moved aside.
    pub fn load(&self) -> Result<Loaded, StoreError> {
        self.load_with(true)
    }

    /// Reads the state for a command that only reports (`progress`, `notes`,
    /// `mastery`, `export`, `list`): like [`Store::load`], but a file that is
    /// not state JSON is left where it is.
    ///
    /// # Errors
    /// As [`Store::load`], and [`StoreError::Unreadable`] for a broken file.
    pub fn read(&self) -> Result<Loaded, StoreError> {
        self.load_with(false)
    }

    fn load_with(&self, move_broken: bool) -> Result<Loaded, StoreError> {
        let io = |source| StoreError::Io {
            path: self.path.clone(),
            source,
        };
        // Held while reading so that a broken file is not moved aside while another
        // instance replaces it. Best effort: a folder that cannot hold the lock file
        // (missing, read-only) can still be read.
        let _lock = if self.dir().is_dir() {
            self.lock().ok()
        } else {
            None
        };
        let bytes = match read_state(&self.target()) {
            Ok(b) => b,
            // No file, or a path that cannot hold one (a parent is a file): start
            // fresh; saving will fail and say so, and the app stays usable.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                let state = State::default();
                self.remember(&state);
                return Ok(Loaded {
                    state,
                    warning: None,
                });
            }
            Err(e) => return Err(io(e)),
        };
        let loaded = match parse(&bytes) {
            Parsed::State(state) => Loaded {
                state,
                warning: (bytes.len() as u64 >= LARGE_STATE_BYTES).then(|| {
                    format!(
                        "The progress file {} is large ({} MB); saving may be slow.",
                        self.path.display(),
                        bytes.len() / 1_000_000
                    )
                }),
            },
            Parsed::TooNew(found) => {
                return Err(StoreError::TooNew {
                    path: self.path.clone(),
                    found,
                });
            }
            Parsed::Broken(why) if !move_broken => {
                return Err(StoreError::Unreadable {
                    path: self.path.clone(),
                    why,
                });
            }
            Parsed::Broken(why) => {
                let backup = self.move_aside().map_err(io)?;
                Loaded {
                    state: State::default(),
                    warning: Some(format!(
                        "Unreadable progress file moved to {}; started fresh. ({why})",
                        backup.display()
                    )),
                }
            }
        };
        self.remember(&loaded.state);
        Ok(loaded)
    }

    /// Renames the state file to a timestamped backup beside it and returns the
    /// backup's path.
    fn move_aside(&self) -> std::io::Result<PathBuf> {
        let stamp = humantime::format_rfc3339_seconds(SystemTime::now())
            .to_string()
            .replace(':', "-");
        let name = self.file_name();
        let target = self.target();
        let mut backup = target.with_file_name(format!("{name}.broken-{stamp}"));
        let mut n = 1;
        while backup.exists() {
            backup = target.with_file_name(format!("{name}.broken-{stamp}-{n}"));
            n += 1;
        }
        std::fs::rename(&target, &backup)?;
        Ok(backup)
    }

    /// Writes `state` as it is (no merge), atomically, creating the folder if needed.
    ///
    /// # Errors
    /// Any I/O error, naming the file; the previous file is then left as it was.
    pub fn save(&self, state: &State) -> std::io::Result<()> {
        self.locked_write(|_| Ok(state.clone())).map(drop)
    }

    /// Writes `state` merged with the file on disk (see [`super::merge`]), under the
    /// lock, atomically, creating the folder if needed, and returns the merged state,
    /// which the caller should adopt as its own.
    ///
    /// A file on disk that cannot be read is first moved aside (as [`Store::load`]
    /// does); a file from a newer amphi is an error and is left untouched.
    ///
    /// # Errors
    /// Any I/O error, naming the file; the previous file is then left as it was.
    pub fn save_merged(&self, state: &State) -> std::io::Result<State> {
        self.locked_write(|store| {
            // The file as this instance left it holds the base: merge with that,
            // without reading and parsing the file again.
            if store.unchanged() {
                let base = store.base.lock().unwrap_or_else(|e| e.into_inner()).clone();
                if let Some(base) = base {
                    return Ok(merge_since(&base, base.clone(), state.clone()));
                }
            }
            let bytes = match read_state(&store.target()) {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(state.clone()),
                Err(e) => return Err(e),
            };
            match parse(&bytes) {
                Parsed::State(disk) => {
                    let base = store.base.lock().unwrap_or_else(|e| e.into_inner()).clone();
                    Ok(match &base {
                        Some(base) => merge_since(base, disk, state.clone()),
                        None => merge(disk, state.clone()),
                    })
                }
                Parsed::TooNew(found) => Err(io::Error::other(StoreError::TooNew {
                    path: store.path.clone(),
                    found,
                })),
                Parsed::Broken(_) => {
                    store.move_aside()?;
                    Ok(state.clone())
                }
            }
        })
    }

    /// Changes the state on disk: under the lock, reads the file (a missing one is
    /// a fresh state), applies `change` and writes the result atomically, with no
    /// merge, so that `change` may remove things (such as a course's progress).
    /// Returns the state written.
    ///
    /// # Errors
    /// A file from a newer amphi or one that cannot be read as state (left as it
    /// is: opening amphi moves it aside), or any I/O error, naming the file.
    pub fn update(&self, change: impl FnOnce(&mut State)) -> std::io::Result<State> {
        self.locked_write(|store| {
            let mut state = match read_state(&store.target()) {
                Ok(bytes) => match parse(&bytes) {
                    Parsed::State(state) => state,
                    Parsed::TooNew(found) => {
                        return Err(io::Error::other(StoreError::TooNew {
                            path: store.path.clone(),
                            found,
                        }));
                    }
                    Parsed::Broken(why) => {
                        return Err(io::Error::other(format!("unreadable state ({why})")));
                    }
                },
                Err(e) if e.kind() == io::ErrorKind::NotFound => State::default(),
                Err(e) => return Err(e),
            };
            change(&mut state);
            Ok(state)
        })
    }

    /// Under the lock: computes the state to write from the store, writes it
    /// crash-safely and remembers it.
    fn locked_write(&self, what: impl FnOnce(&Store) -> io::Result<State>) -> io::Result<State> {
        let result = (|| -> io::Result<State> {
            let dir = self.dir();
            std::fs::create_dir_all(&dir)?;
            let _lock = self.lock()?;
            let state = what(self)?;
            self.remove_stale_temps(&dir);
            self.write_atomic(&dir, &state)?;
            Ok(state)
        })();
        match result {
            Ok(state) => {
                self.remember(&state);
                Ok(state)
            }
            // A refused newer file already names the file.
            Err(e) if e.get_ref().is_some_and(|r| r.is::<StoreError>()) => Err(e),
            Err(e) => Err(self.write_error(e)),
        }
    }

    /// Removes temporary files that a writer killed mid-write left behind. Called
    /// under the lock, when no other writer of this state file is at work.
    fn remove_stale_temps(&self, dir: &Path) {
        let prefix = self.temp_prefix();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Temporary file in the same folder, write, fsync it, rename it over the state
    /// file, fsync the folder so that the rename itself is on disk.
    fn write_atomic(&self, dir: &Path, state: &State) -> io::Result<()> {
        // Compact: a third smaller than pretty JSON, so faster to write and to read
        // back for the merge before each save.
        let mut json = serde_json::to_vec(state).map_err(std::io::Error::other)?;
        json.push(b'\n');
        let mut tmp = tempfile::Builder::new()
            .prefix(&self.temp_prefix())
            .tempfile_in(dir)?;
        tmp.write_all(&json)?;
        tmp.as_file().sync_all()?;
        tmp.persist(self.target()).map_err(|e| e.error)?;
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{CourseProgress, item_key};

    #[test]
    fn fields_of_a_later_amphi_are_kept_through_a_load_and_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("state.json"));
        let written = r#"{"version":1,"from_later":{"a":[1,2]},"courses":{"c":{"read":{"m/i":5},"later_field":"x"}}}"#;
        std::fs::write(store.path(), written).unwrap();
        let loaded = store.load().unwrap();
        assert!(
            loaded.warning.is_none(),
            "not moved aside: {:?}",
            loaded.warning
        );
        let mut state = loaded.state;
        assert_eq!(state.courses["c"].read["m/i"], 5);
        state
            .courses
            .get_mut("c")
            .unwrap()
            .read
            .insert("m/j".into(), 6);
        store.save_merged(&state).unwrap();
        let back: serde_json::Value =
            serde_json::from_slice(&std::fs::read(store.path()).unwrap()).unwrap();
        assert_eq!(back["from_later"], serde_json::json!({"a": [1, 2]}));
        assert_eq!(back["courses"]["c"]["later_field"], "x");
        assert_eq!(back["courses"]["c"]["read"]["m/j"], 6);
        // Nothing is left beside the state file (no backup was needed).
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("broken"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_lock_held_by_another_program_stops_a_save_not_a_start() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("state.json"));
        store.save(&State::default()).unwrap();
        // Another program holds the lock (a second open file: flock locks are
        // per open file, so this blocks this process's own attempts too).
        let holder = std::fs::File::create(store.lock_path()).unwrap();
        fs4::FileExt::lock(&holder).unwrap();
        let started = std::time::Instant::now();
        let err = store.save(&State::default()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::WouldBlock);
        assert!(
            err.to_string().contains("locked by another program"),
            "{err}"
        );
        assert!(started.elapsed() >= LOCK_WAIT);
        // Reading goes on without the lock.
        let loaded = store.load().unwrap();
        assert_eq!(loaded.state, State::default());
        drop(holder);
        store.save(&State::default()).unwrap();
    }

    #[test]
    fn a_version_too_large_for_u64_is_a_newer_file_not_a_broken_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let text = r#"{"version": 100000000000000000000000000000, "courses": {}}"#;
        std::fs::write(&path, text).unwrap();
        let err = Store::new(&path).load().unwrap_err();
        assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        assert!(backups_in(dir.path()).is_empty());
    }

    #[test]
    fn read_leaves_a_broken_file_untouched_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, "{ not json").unwrap();
        let err = Store::new(&path).read().unwrap_err();
        assert!(matches!(err, StoreError::Unreadable { .. }), "{err}");
        assert!(err.to_string().contains("left untouched"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ not json");
        assert!(backups_in(dir.path()).is_empty());
    }

    #[test]
    fn a_save_reads_the_file_again_only_when_another_instance_changed_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mine = Store::new(&path);
        mine.save(&sample()).unwrap();
        let mut state = mine.load().unwrap().state;
        let before = reads_on_this_thread();
        for n in 0..5u64 {
            state
                .courses
                .entry("c".into())
                .or_default()
                .read
                .insert(item_key("m", &format!("x{n}")), n);
            mine.save_merged(&state).unwrap();
        }
        assert_eq!(
            reads_on_this_thread(),
            before,
            "no save read the file it wrote"
        );
        // Another instance writes: the next save reads and merges.
        let other = Store::new(&path);
        let mut theirs = other.load().unwrap().state;
        theirs
            .courses
            .entry("d".into())
            .or_default()
            .read
            .insert(item_key("m", "y"), 9);
        other.save_merged(&theirs).unwrap();
        let before = reads_on_this_thread();
        let merged = mine.save_merged(&state).unwrap();
        assert_eq!(reads_on_this_thread(), before + 1);
        assert!(
            merged.courses.contains_key("d"),
            "the other instance's course is kept"
        );
        assert_eq!(
            merged.courses["c"].read.len(),
            5,
            "every save of this instance is kept"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_state_file_that_is_a_link_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let sync = dir.path().join("sync");
        std::fs::create_dir(&sync).unwrap();
        let real = sync.join("amphi-state.json");
        let link = dir.path().join("state.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        // A dangling link: the first save creates the target.
        let store = Store::new(&link);
        store.save(&sample()).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(Store::new(&real).load().unwrap().state, sample());
        let mut changed = sample();
        changed
            .courses
            .entry("e".into())
            .or_default()
            .read
            .insert(item_key("m", "z"), 1);
        store.save_merged(&changed).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(Store::new(&real).load().unwrap().state, changed);
        // The lock and any temporary file are beside the target, not the link.
        assert!(sync.join("amphi-state.json.lock").exists());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names.len(),
            2,
            "only the link and the sync folder: {names:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_device_as_state_file_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("state.json");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo works");
        for path in [fifo.as_path(), Path::new("/dev/zero")] {
            let err = Store::new(path).load().unwrap_err();
            assert!(err.to_string().contains("not a regular file"), "{err}");
        }
    }

    #[test]
    fn a_large_state_file_loads_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        // Fields of a later amphi are kept, so they make a large, valid file.
        let big = "a".repeat(usize::try_from(LARGE_STATE_BYTES).unwrap());
        std::fs::write(&path, format!("{{\"version\":1,\"later\":\"{big}\"}}")).unwrap();
        let loaded = Store::new(&path).load().unwrap();
        let warning = loaded.warning.expect("a warning");
        assert!(warning.contains("is large (16 MB)"), "{warning}");
    }

    fn sample() -> State {
        let mut s = State::default();
        let mut c = CourseProgress::default();
        c.read.insert(item_key("m", "a"), 42);
        s.courses.insert("course".into(), c);
        s
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("sub/state.json"));
        assert_eq!(store.load().unwrap().state, State::default());
        store.save(&sample()).unwrap();
        let loaded = store.load().unwrap();
        assert_eq!(loaded.state, sample());
        assert!(loaded.warning.is_none());
    }

    #[test]
    fn save_leaves_no_temporary_file_and_replaces_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let store = Store::new(&path);
        std::fs::write(&path, "x".repeat(100_000)).unwrap();
        store.save(&sample()).unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        let mut names = names;
        names.sort();
        assert_eq!(names, vec!["state.json", "state.json.lock"]);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.trim_end().ends_with('}'),
            "no leftover of the old file"
        );
        assert_eq!(serde_json::from_str::<State>(&text).unwrap(), sample());
    }

    #[test]
    fn unreadable_file_is_moved_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, "{ not json").unwrap();
        let store = Store::new(&path);
        let loaded = store.load().unwrap();
        assert_eq!(loaded.state, State::default());
        let warning = loaded.warning.expect("a warning");
        assert!(warning.contains("state.json.broken-"), "{warning}");
        assert!(!path.exists(), "the broken file was moved");
        let backups = backups_in(dir.path());
        assert_eq!(backups.len(), 1);
        assert_eq!(std::fs::read_to_string(&backups[0]).unwrap(), "{ not json");
    }

    /// The `.broken-` backups in `dir`.
    fn backups_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".broken-"))
            .collect()
    }

    #[test]
    fn newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, r#"{"version": 99, "courses": {}}"#).unwrap();
        let err = Store::new(&path).load().unwrap_err();
        assert!(matches!(err, StoreError::TooNew { found: 99, .. }));
        assert!(err.to_string().contains("newer amphi"));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            r#"{"version": 99, "courses": {}}"#
        );
    }

    #[test]
    fn save_merged_keeps_what_another_instance_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let a = Store::new(&path);
        let b = Store::new(&path);
        let mut sa = a.load().unwrap().state;
        let mut sb = b.load().unwrap().state;
        sa.courses
            .entry("c".into())
            .or_default()
            .read
            .insert(item_key("m", "a"), 1);
        sb.courses
            .entry("c".into())
            .or_default()
            .read
            .insert(item_key("m", "b"), 2);
        let merged_a = a.save_merged(&sa).unwrap();
        assert_eq!(merged_a, sa);
        let merged_b = b.save_merged(&sb).unwrap();
        assert_eq!(merged_b.courses["c"].read.len(), 2, "{merged_b:?}");
        assert_eq!(a.load().unwrap().state, merged_b, "what is on disk");
        // Plain `save` does not merge.
        b.save(&sb).unwrap();
        assert_eq!(a.load().unwrap().state.courses["c"].read.len(), 1);
    }

    #[test]
    fn a_note_edited_in_one_instance_and_deleted_in_another_keeps_the_edit() {
        // In either order of saving: the edit is never lost to the deletion.
        for edit_saves_first in [true, false] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("state.json");
            let key = item_key("m", "a");
            let mut start = State::default();
            start.courses.entry("c".into()).or_default().notes.insert(
                key.clone(),
                crate::progress::Note {
                    text: "first".into(),
                    updated_at: 1,
                },
            );
            Store::new(&path).save(&start).unwrap();
            let (editor, deleter) = (Store::new(&path), Store::new(&path));
            let mut edited = editor.load().unwrap().state;
            let mut deleted = deleter.load().unwrap().state;
            let note = edited.courses.get_mut("c").unwrap().notes.get_mut(&key);
            *note.unwrap() = crate::progress::Note {
                text: "second".into(),
                updated_at: 2,
            };
            deleted.courses.get_mut("c").unwrap().notes.remove(&key);
            if edit_saves_first {
                editor.save_merged(&edited).unwrap();
                deleter.save_merged(&deleted).unwrap();
            } else {
                deleter.save_merged(&deleted).unwrap();
                editor.save_merged(&edited).unwrap();
            }
            let on_disk = Store::new(&path).load().unwrap().state;
            assert_eq!(
                on_disk.courses["c"]
                    .notes
                    .get(&key)
                    .map(|n| n.text.as_str()),
                Some("second"),
                "edit saved first: {edit_saves_first}"
            );
        }
    }

    #[test]
    fn save_merged_refuses_a_newer_file_that_appeared_and_leaves_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let store = Store::new(&path);
        let state = store.load().unwrap().state;
        let newer = r#"{"version": 99, "courses": {}}"#;
        std::fs::write(&path, newer).unwrap();
        let err = store.save_merged(&sample()).unwrap_err();
        assert!(err.to_string().contains("newer amphi"), "{err}");
        assert!(err.to_string().contains("state.json"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
        drop(state);
    }

    #[test]
    fn save_merged_moves_a_broken_file_aside_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let store = Store::new(&path);
        std::fs::write(&path, "{ broken").unwrap();
        assert_eq!(store.save_merged(&sample()).unwrap(), sample());
        assert_eq!(store.load().unwrap().state, sample());
        let backups = backups_in(dir.path());
        assert_eq!(backups.len(), 1);
        assert_eq!(std::fs::read_to_string(&backups[0]).unwrap(), "{ broken");
    }

    #[test]
    fn a_failed_write_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        // The parent of the state file is a regular file: nothing can be created in it.
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, "").unwrap();
        let store = Store::new(blocker.join("state.json"));
        for err in [
            store.save(&sample()).unwrap_err(),
            store.save_merged(&sample()).unwrap_err(),
        ] {
            assert!(err.to_string().contains("cannot write"), "{err}");
            assert!(err.to_string().contains("not-a-folder/state.json"), "{err}");
        }
    }

    #[test]
    fn stale_temporary_files_of_a_killed_writer_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let stale = dir.path().join(".state.json.tmp-abc123");
        let other = dir.path().join(".other.json.tmp-abc123");
        std::fs::write(&stale, "half").unwrap();
        std::fs::write(&other, "another state file's").unwrap();
        Store::new(&path).save(&sample()).unwrap();
        assert!(!stale.exists());
        assert!(other.exists(), "only this state file's temporary files");
    }
}
