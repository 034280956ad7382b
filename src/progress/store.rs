//! Reading and writing the state file.
//!
//! The file is JSON. Writes are atomic: a temporary file in the same folder is
//! written, flushed to disk and renamed over the old file, so a crash leaves either
//! the old state or the new one, never half of one. A file that cannot be read is
//! moved aside to a timestamped backup and never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::model::{STATE_VERSION, State};

/// Environment variable that overrides the state file path.
pub const STATE_ENV: &str = "AMPHI_STATE";

/// The default state file: `state.json` in the platform data folder
/// (`~/.local/share/amphi` on Linux, `~/Library/Application Support/amphi` on macOS,
/// `%APPDATA%\amphi\data` on Windows). `None` when no home folder is known.
pub fn default_state_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "amphi").map(|d| d.data_dir().join("state.json"))
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

/// The state file.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    /// A store writing to `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Store { path: path.into() }
    }

    /// The state file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the state. A missing file gives a fresh state. A file that is not valid
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
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Loaded {
                    state: State::default(),
                    warning: None,
                });
            }
            Err(e) => return Err(io(e)),
        };
        #[derive(serde::Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        if let Ok(v) = serde_json::from_slice::<VersionOnly>(&bytes)
            && v.version > STATE_VERSION
        {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: v.version,
            });
        }
        match serde_json::from_slice::<State>(&bytes) {
            Ok(state) if state.version == STATE_VERSION => Ok(Loaded {
                state,
                warning: None,
            }),
            Ok(state) => {
                let why = format!("unknown state version {}", state.version);
                self.move_aside(&why).map_err(io)
            }
            Err(e) => self.move_aside(&e.to_string()).map_err(io),
        }
    }

    fn move_aside(&self, why: &str) -> std::io::Result<Loaded> {
        let stamp = humantime::format_rfc3339_seconds(SystemTime::now())
            .to_string()
            .replace(':', "-");
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "state.json".into());
        let mut backup = self.path.with_file_name(format!("{name}.broken-{stamp}"));
        let mut n = 1;
        while backup.exists() {
            backup = self
                .path
                .with_file_name(format!("{name}.broken-{stamp}-{n}"));
            n += 1;
        }
        std::fs::rename(&self.path, &backup)?;
        Ok(Loaded {
            state: State::default(),
            warning: Some(format!(
                "Unreadable progress file moved to {}; started fresh. ({why})",
                backup.display()
            )),
        })
    }

    /// Writes `state` atomically, creating the folder if needed.
    ///
    /// # Errors
    /// Any I/O error; the previous file is then left as it was.
    pub fn save(&self, state: &State) -> std::io::Result<()> {
        let dir = match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let json = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".amphi-state-")
            .suffix(".tmp")
            .tempfile_in(&dir)?;
        tmp.write_all(&json)?;
        tmp.write_all(b"\n")?;
        tmp.as_file().sync_all()?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{CourseProgress, item_key};

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
        assert_eq!(names, vec!["state.json".to_string()]);
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
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(backups.len(), 1);
        assert_eq!(std::fs::read_to_string(&backups[0]).unwrap(), "{ not json");
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
}
