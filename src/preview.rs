//! `amphi preview PATH`: the course in a folder, reloaded when its files change.
//!
//! [`watch`] watches the folder (with `notify`) on a thread of its own; after a
//! burst of changes has been quiet for [`DEBOUNCE`], it loads the course and its
//! editions in other languages again ([`read_again`]) and hands each result to
//! the app as an [`Action::Reload`]. The app never reads files itself: a valid
//! course replaces the same edition at the same place (the one open stays
//! open), an invalid one leaves the last good course open with the problems
//! shown above it (see [`crate::app::Modal::ReloadError`]).
//!
//! What the author does while previewing (items read, quizzes taken) is kept in a
//! [`ScratchState`], removed on exit, unless a state file is named: a preview
//! never changes a learner's progress.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use crate::app::{Action, Reloaded};
use crate::course::{self, Course, Report};

/// How long the files must be left alone before the course is read again: an
/// editor's save is often several events (write, rename, change of metadata).
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// A state file for one `amphi preview` run, `state.json` in a new temporary
/// folder: what the author does while previewing (items read, quizzes taken)
/// is kept there and discarded with the folder when the value is dropped.
#[derive(Debug)]
pub struct ScratchState {
    dir: tempfile::TempDir,
}

impl ScratchState {
    /// A new, empty scratch state in the system's temporary folder (`TMPDIR`
    /// on Unix).
    ///
    /// # Errors
    /// When the temporary folder cannot be created.
    pub fn new() -> std::io::Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("amphi-preview-")
            .tempdir()?;
        Ok(ScratchState { dir })
    }

    /// The state file (it exists once progress is first saved).
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("state.json")
    }
}

/// The state file of `amphi preview` when `named` is the one given on the
/// command line (`--state` or `AMPHI_STATE`): that one, or else a new
/// [`ScratchState`], returned too so that it lives as long as the run.
///
/// # Errors
/// When no state file is named and the scratch one cannot be created.
pub fn state_file(named: Option<&PathBuf>) -> std::io::Result<(PathBuf, Option<ScratchState>)> {
    match named {
        Some(path) => Ok((path.clone(), None)),
        None => {
            let scratch = ScratchState::new()?;
            Ok((scratch.path(), Some(scratch)))
        }
    }
}

/// The status bar's notice at the start of a preview with a scratch state.
pub const SCRATCH_NOTICE: &str =
    "Preview: progress is not kept (scratch state, discarded on exit; --state FILE keeps it)";

/// The course in the folder `dir` read again, with its editions in other
/// languages (`editions:` in its `course.yaml`, see
/// [`crate::course::editions`]), each as the app takes it in an
/// [`Action::Reload`]: the original first, then each edition that loads with the
/// original's id, in the order listed; then, when any of them does not load, one
/// report of every problem found (the app shows it over the last good course,
/// while the editions that loaded are read again). An edition with another id
/// is left out, as when amphi starts (`amphi check` says why).
pub fn read_again(dir: &Path) -> Vec<Result<Course, Report>> {
    let files = course::DirFiles::new(dir);
    let original = match course::load(&files) {
        Ok(c) => c,
        Err(report) => return vec![Err(report)],
    };
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for edition in &original.info.editions {
        match course::load_edition(&files, &edition.folder) {
            Ok(ed) if ed.info.id == original.info.id => out.push(Ok(ed)),
            Ok(_) => {}
            Err(report) => problems.extend(report.problems),
        }
    }
    out.insert(0, Ok(original));
    if !problems.is_empty() {
        out.push(Err(Report { problems }));
    }
    out
}

/// A watch on a course folder; dropping it stops the watch and its thread.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Watches the course folder `dir` and its subfolders; after each burst of
/// changes, loads the course and its editions again ([`read_again`]) and calls
/// `send` with an [`Action::Reload`] for each. The thread ends when `send`
/// returns false (the app is gone) or the [`Watch`] is dropped.
///
/// Only changes count (files created, written, renamed, removed): reading the
/// files, as the reload itself does, does not trigger another one.
///
/// # Errors
/// When the folder cannot be watched (it does not exist, or the system's limit
/// of watches is reached).
pub fn watch(
    dir: PathBuf,
    send: impl Fn(Action) -> bool + Send + 'static,
) -> notify::Result<Watch> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let counts = match &event {
            Ok(e) => matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            ),
            // An error from the watcher: reading the files again tells the truth.
            Err(_) => true,
        };
        if counts {
            let _ = tx.send(());
        }
    })?;
    watcher.watch(&dir, RecursiveMode::Recursive)?;
    std::thread::Builder::new()
        .name("amphi-preview".into())
        .spawn(move || {
            // Ends when the watcher (and so `tx`) is dropped.
            while rx.recv().is_ok() {
                while rx.recv_timeout(DEBOUNCE).is_ok() {}
                for result in read_again(&dir) {
                    if !send(Action::Reload(Reloaded(Box::new(result)))) {
                        return;
                    }
                }
            }
        })
        .map_err(|e| notify::Error::generic(&e.to_string()))?;
    Ok(Watch { _watcher: watcher })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_state_file_is_used_and_none_gets_a_scratch_one_removed_on_drop() {
        let named = PathBuf::from("/some/where/state.json");
        let (path, scratch) = state_file(Some(&named)).unwrap();
        assert_eq!(path, named);
        assert!(scratch.is_none());

        let (path, scratch) = state_file(None).unwrap();
        let scratch = scratch.expect("a scratch state");
        assert_eq!(path, scratch.path());
        let dir = path.parent().unwrap().to_path_buf();
        assert!(dir.is_dir());
        std::fs::write(&path, "{}").unwrap();
        drop(scratch);
        assert!(!dir.exists(), "the scratch folder is removed on exit");
    }
}
