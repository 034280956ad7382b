//! `amphi preview PATH`: the course in a folder, reloaded when its files change.
//!
//! [`watch`] watches the folder (with `notify`) on a thread of its own; after a
//! burst of changes has been quiet for [`DEBOUNCE`], it loads the course again
//! and hands the result to the app as an [`Action::Reload`]. The app never reads
//! files itself: a valid course replaces the open one at the same place, an
//! invalid one leaves the last good course open with the problems shown above it
//! (see [`crate::app::App::reload_error`]).

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use crate::app::{Action, Reloaded};
use crate::course;

/// How long the files must be left alone before the course is read again: an
/// editor's save is often several events (write, rename, change of metadata).
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// A watch on a course folder; dropping it stops the watch and its thread.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Watches the course folder `dir` and its subfolders; after each burst of
/// changes, loads the course again and calls `send` with the
/// [`Action::Reload`]. The thread ends when `send` returns false (the app is
/// gone) or the [`Watch`] is dropped.
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
                let result = course::load_dir(&dir);
                if !send(Action::Reload(Reloaded(Box::new(result)))) {
                    return;
                }
            }
        })
        .map_err(|e| notify::Error::generic(&e.to_string()))?;
    Ok(Watch { _watcher: watcher })
}
