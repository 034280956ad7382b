//! A state folder that cannot be written leaves the app usable, with a warning in
//! the status bar that progress is not being saved and where, until a save works.
//!
//! Driven through `amphi::tui::run` with a `TestBackend` and scripted key events,
//! saving through the real [`Store`] as the binary does. Folders that cannot be
//! written, as root (who ignores permission bits):
//! - a path whose parent is a regular file (works anywhere);
//! - a read-only tmpfs and a full tmpfs, when `mount` works here (root with
//!   CAP_SYS_ADMIN); otherwise these say so on stderr and check nothing;
//! - a folder without write permission, when not running as root.
#![cfg(unix)]

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use amphi::app::App;
use amphi::progress::{State, Store};
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const W: u16 = 100;
const H: u16 = 30;

fn key(c: char) -> io::Result<Event> {
    Ok(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The status bar (last row), as text.
fn status_bar(screen: &str) -> String {
    screen.lines().last().unwrap_or("").trim().to_string()
}

struct Outcome {
    /// The screen after each batch of events.
    screens: Vec<String>,
    /// The item open at the start: (module, item).
    start: (usize, usize),
    app: App,
    /// What `run` returned once the events ended (it saves on the way out).
    result: io::Result<()>,
}

/// Opens the bundled course with the state in `store`, then runs the app on each
/// batch of keys in turn (each batch a `run` ending with its events, as after a
/// signal). The screen is read after each batch.
fn session(store: &Store, batches: &[&str]) -> Outcome {
    let loaded = store.load().expect("the state loads");
    let course = amphi::course::load_bundled().unwrap();
    let mut app = App::new(course, loaded.state, Theme::plain());
    // A returning learner first sees the "where you were" card; dismiss it as
    // their first key would, so the batches below act on the course.
    if app.modals.overlay() == Some(amphi::app::Overlay::Resume) {
        amphi::app::update(&mut app, amphi::app::Action::Back);
    }
    let start = app.nav.current;
    let mut screens = Vec::new();
    let mut result = Ok(());
    for batch in batches {
        let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
        let mut save = |s: &State| store.save_merged(s).map(Some);
        result = amphi::tui::run(&mut terminal, &mut app, batch.chars().map(key), &mut save);
        screens.push(screen(&terminal));
    }
    Outcome {
        screens,
        start,
        app,
        result,
    }
}

/// Reads the open item to its end (a save), goes to the next item and scrolls:
/// every save fails, the warning stays, and the app goes on.
fn assert_usable_with_a_warning(store: &Store, why: &str) {
    let out = session(store, &["Gnj"]);
    let shown = &out.screens[0];
    let status = status_bar(shown);
    assert!(
        status.contains("Progress is not being saved"),
        "{why}: the status bar says progress is not being saved:\n{shown}"
    );
    // The path may be cut by the width of the bar; its start must be there.
    let path = store.path().display().to_string();
    assert!(
        status.contains(&path[..path.len().min(40)]),
        "{why}: the status bar says where ({path}):\n{status}"
    );
    // Usable: the keys after the failed save were carried out, and nothing was
    // lost from memory.
    let (mi, ii) = out.start;
    assert_eq!(
        out.app.nav.current,
        (mi, ii + 1),
        "{why}: `n` opened the next item"
    );
    let module = &out.app.course.modules[mi];
    assert!(
        out.app
            .progress()
            .is_read(&module.id, module.items[ii].id()),
        "{why}: the read mark is kept in memory"
    );
    // Leaving fails loudly, naming the file.
    let err = out.result.expect_err("the save on the way out fails");
    assert!(err.to_string().contains(&path), "{why}: {err}");
}

#[test]
fn a_state_path_under_a_regular_file_leaves_the_app_usable_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "not a folder").unwrap();
    let store = Store::new(blocker.join("state.json"));
    assert_usable_with_a_warning(&store, "parent is a file");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a folder");
}

#[test]
fn the_warning_goes_once_a_save_works_again() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("later");
    // The folder's place is taken by a file: saves fail.
    std::fs::write(&folder, "").unwrap();
    let store = Store::new(folder.join("state.json"));
    let loaded = store.load().unwrap();
    let course = amphi::course::load_bundled().unwrap();
    let mut app = App::new(course, loaded.state, Theme::plain());
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    let mut save = |s: &State| store.save_merged(s).map(Some);
    let _ = amphi::tui::run(&mut terminal, &mut app, "Gj".chars().map(key), &mut save);
    assert!(status_bar(&screen(&terminal)).contains("Progress is not being saved"));
    // The place is freed: the next save (the next item read to its end) works and
    // the warning goes.
    std::fs::remove_file(&folder).unwrap();
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    amphi::tui::run(&mut terminal, &mut app, "nGj".chars().map(key), &mut save)
        .expect("saves work again");
    let shown = screen(&terminal);
    assert!(
        !shown.contains("not being saved"),
        "the warning went once a save worked:\n{shown}"
    );
    assert!(store.path().exists());
}

/// A tmpfs mounted on a temporary folder for the test's life (unmounted on drop),
/// or `None` when mounting is not allowed here.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("note: cannot mount a tmpfs here (not root?): this check was not run");
            return None;
        }
        Some(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount_read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount read-only");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

fn sample_state(store: &Store) -> Vec<u8> {
    let text = include_str!("../fixtures/state/v1.json");
    std::fs::write(store.path(), text).unwrap();
    text.as_bytes().to_vec()
}

#[test]
fn a_read_only_state_folder_leaves_the_app_usable_and_the_file_untouched() {
    let Some(fs) = Tmpfs::mount("1m") else {
        return;
    };
    let store = Store::new(fs.path().join("state.json"));
    let before = sample_state(&store);
    fs.remount_read_only();
    // Even root cannot write here.
    assert!(std::fs::write(fs.path().join("probe"), "x").is_err());
    assert_usable_with_a_warning(&store, "read-only folder");
    assert_eq!(std::fs::read(store.path()).unwrap(), before);
}

#[test]
fn a_full_disk_leaves_the_app_usable_and_the_file_untouched() {
    let Some(fs) = Tmpfs::mount("256k") else {
        return;
    };
    let store = Store::new(fs.path().join("state.json"));
    let before = sample_state(&store);
    // Take the lock file's place now, then fill the disk.
    store.load().unwrap();
    let filler = fs.path().join("filler");
    let chunk = vec![b'x'; 4096];
    let mut f = std::fs::File::create(&filler).unwrap();
    loop {
        use std::io::Write;
        if f.write_all(&chunk).and_then(|()| f.sync_all()).is_err() {
            break;
        }
    }
    drop(f);
    assert_usable_with_a_warning(&store, "full disk");
    assert_eq!(std::fs::read(store.path()).unwrap(), before);
    let leftovers: Vec<PathBuf> = std::fs::read_dir(fs.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file left: {leftovers:?}"
    );
}

#[test]
fn a_folder_without_write_permission_leaves_the_app_usable() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).unwrap();
    let store = Store::new(folder.join("state.json"));
    let before = sample_state(&store);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let writable = std::fs::write(folder.join("probe"), "x").is_ok();
    if writable {
        eprintln!("note: running as root, who ignores permission bits: this check was not run");
    } else {
        assert_usable_with_a_warning(&store, "no write permission");
        assert_eq!(std::fs::read(store.path()).unwrap(), before);
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}
