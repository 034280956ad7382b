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
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        version: u64,
    }
    if let Ok(v) = serde_json::from_slice::<VersionOnly>(bytes)
        && v.version > u64::from(STATE_VERSION)
    {
        return Parsed::TooNew(u32::try_from(v.version).unwrap_or(u32::MAX));
    }
    match serde_json::from_slice::<State>(bytes) {
        Ok(state) if state.version == STATE_VERSION => Parsed::State(state),
        // Migrations from older versions go here, as `Ok(state) if state.version == N`.
        Ok(state) => Parsed::Broken(format!("unknown state version {}", state.version)),
        Err(e) => Parsed::Broken(e.to_string()),
    }
}

impl Store {
    /// A store writing to `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Store {
            path: path.into(),
            base: Arc::default(),
        }
    }

    /// The state file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The lock file: `<state file name>.lock` beside the state file.
    pub fn lock_path(&self) -> PathBuf {
        let mut name = self.file_name();
        name.push_str(".lock");
        self.path.with_file_name(name)
    }

    fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "state.json".into())
    }

    fn dir(&self) -> PathBuf {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    /// Prefix of this store's temporary files, in the state file's folder.
    fn temp_prefix(&self) -> String {
        format!(".{}.tmp-", self.file_name())
    }

    fn remember(&self, state: &State) {
        *self.base.lock().unwrap_or_else(|e| e.into_inner()) = Some(state.clone());
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
        let bytes = match std::fs::read(&self.path) {
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
                warning: None,
            },
            Parsed::TooNew(found) => {
                return Err(StoreError::TooNew {
                    path: self.path.clone(),
                    found,
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
        let mut backup = self.path.with_file_name(format!("{name}.broken-{stamp}"));
        let mut n = 1;
        while backup.exists() {
            backup = self
                .path
                .with_file_name(format!("{name}.broken-{stamp}-{n}"));
            n += 1;
        }
        std::fs::rename(&self.path, &backup)?;
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
            let bytes = match std::fs::read(&store.path) {
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
            let mut state = match std::fs::read(&store.path) {
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
        tmp.persist(&self.path).map_err(|e| e.error)?;
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
