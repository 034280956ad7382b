//! What the fuzz targets do with an input, shared by `fuzz/fuzz_targets/*.rs` and by
//! `tests/it/fuzz_regressions.rs` (which includes this file with `#[path]`), so a
//! crash found by fuzzing replays in `cargo test` through the very same steps.
//!
//! Uses only amphi, ratatui and std, so that both crates can compile it.
//!
//! Each target checks what must hold for any input: loading ends in a course or
//! in problems that name a file of the course; nothing panics; drawing never
//! writes outside the frame (ratatui's buffer panics if it does); a state that
//! loads saves and loads back the same.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use amphi::app::{Action, App, update};
use amphi::course::{Course, Item, load_bundled, load_dir};
use amphi::progress::{State, Store};
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The manifest of the fuzzed course: one module file, the input.
const MANIFEST: &str = "id: fuzz\ntitle: Fuzzed course\nmodules:\n  - modules/a.yaml\n";

/// A lesson file the input may name as `body_file: lessons/a.md`.
const LESSON: &str = "## From a file\n\nA paragraph with *emphasis*, `code` and a [link](https://example.org).\n\n- one\n- two\n";

/// Most items and questions walked through per input, to keep each run short.
const MAX_ITEMS: usize = 40;
const MAX_STEPS: usize = 64;

/// A private folder, removed when dropped.
pub struct Workspace {
    dir: PathBuf,
}

impl Workspace {
    /// A new empty folder under the system's temporary folder.
    pub fn new(name: &str) -> Workspace {
        static N: AtomicUsize = AtomicUsize::new(0);
        // On a RAM disk when there is one: every save fsyncs, and that is most of a
        // run's time on a real disk.
        let shm = std::path::Path::new("/dev/shm");
        let base = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!(
            "amphi-fuzz-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("modules")).expect("create the fuzz folder");
        std::fs::create_dir_all(dir.join("lessons")).expect("create the fuzz folder");
        std::fs::write(dir.join("course.yaml"), MANIFEST).expect("write course.yaml");
        std::fs::write(dir.join("lessons/a.md"), LESSON).expect("write a lesson");
        Workspace { dir }
    }

    /// Target `course_module`: `input` is the course's only module file. The course
    /// is loaded (decoding, parsing, body files, sanitising, validation) and, when
    /// it is valid, every screen of it is drawn.
    pub fn course_module(&self, input: &[u8]) {
        std::fs::write(self.dir.join("modules/a.yaml"), input).expect("write the module");
        match load_dir(&self.dir) {
            Ok(course) => exercise(course, State::default()),
            Err(report) => {
                assert!(
                    !report.problems.is_empty(),
                    "an error report with no problem"
                );
                let inside = format!("{}/", self.dir.display());
                for p in &report.problems {
                    assert!(
                        p.file.starts_with(&inside),
                        "a problem names no course file: {p}"
                    );
                    let _ = p.to_string();
                }
            }
        }
    }

    /// Target `state_file`: `input` is the state file. When it loads, it must save
    /// and load back unchanged, and the bundled course must open on it and draw.
    pub fn state_file(&self, input: &[u8]) {
        let states = self.dir.join("state");
        let _ = std::fs::remove_dir_all(&states);
        std::fs::create_dir_all(&states).expect("create the state folder");
        let path = states.join("state.json");
        std::fs::write(&path, input).expect("write the state file");
        let store = Store::new(&path);
        let Ok(loaded) = store.load() else { return };
        store
            .save(&loaded.state)
            .expect("a state that loaded saves");
        let again = Store::new(&path).load().expect("a saved state loads");
        assert!(again.warning.is_none(), "{:?}", again.warning);
        assert_eq!(
            again.state, loaded.state,
            "the state changed on a round trip"
        );
        resume(bundled(), loaded.state);
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The bundled course, loaded once.
fn bundled() -> Course {
    static COURSE: std::sync::OnceLock<Course> = std::sync::OnceLock::new();
    COURSE
        .get_or_init(|| load_bundled().expect("the bundled course is valid"))
        .clone()
}

/// Draws `app` at `w`×`h` into a test backend. ratatui's buffer panics on any
/// write outside it, so a bad layout shows up as a crash.
fn draw(app: &mut App, w: u16, h: u16) {
    update(app, Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|f| amphi::ui::draw(f, app))
        .expect("drawing into a test backend");
}

/// Draws the current screen at a usual size and a cramped one.
fn draw_both(app: &mut App) {
    draw(app, 17, 6);
    draw(app, 80, 24);
}

/// Opens `course` on `state` and draws every item (up to [`MAX_ITEMS`]): its top
/// and its end, and for a quiz every stage of an attempt; then the overlays and
/// focus mode, and a few odd sizes.
pub fn exercise(course: Course, state: State) {
    let items = course.item_count().min(MAX_ITEMS);
    let mut app = App::new(course, state, Theme::plain());
    draw_both(&mut app);
    for _ in 0..items {
        draw_both(&mut app);
        update(&mut app, Action::Bottom);
        draw(&mut app, 80, 24);
        if matches!(app.current_item(), Some(Item::Quiz(_))) {
            take_quiz(&mut app);
        }
        update(&mut app, Action::NextItem);
    }
    for action in [Action::ToggleHelp, Action::ToggleAbout] {
        update(&mut app, action);
        draw_both(&mut app);
        update(&mut app, Action::PageDown);
        draw(&mut app, 80, 24);
        update(&mut app, Action::Back);
    }
    update(&mut app, Action::FocusOutline);
    update(&mut app, Action::Bottom);
    draw_both(&mut app);
    update(&mut app, Action::ToggleFocusMode);
    draw_both(&mut app);
    for (w, h) in [(1, 1), (2, 3), (40, 10), (200, 60)] {
        draw(&mut app, w, h);
    }
}

/// Opens `course` on `state`, as amphi does at start, and draws where it resumed;
/// then visits every quiz (where an open attempt resumes) and answers once.
pub fn resume(course: Course, state: State) {
    let quizzes: Vec<(usize, usize)> = course
        .items()
        .filter(|(_, _, _, item)| matches!(item, Item::Quiz(_)))
        .map(|(m, i, _, _)| (m, i))
        .collect();
    let mut app = App::new(course, state, Theme::plain());
    draw_both(&mut app);
    update(&mut app, Action::Bottom);
    draw(&mut app, 80, 24);
    for target in quizzes {
        // Through the outline, so that only the quizzes are opened and laid out.
        update(&mut app, Action::FocusOutline);
        update(&mut app, Action::Top);
        for _ in 0..1000 {
            if app.nav.selected == target {
                break;
            }
            update(&mut app, Action::Down);
        }
        update(&mut app, Action::Confirm);
        draw(&mut app, 80, 24);
        for action in [Action::Confirm, Action::Choose(1), Action::Confirm] {
            update(&mut app, action);
        }
        draw(&mut app, 80, 24);
    }
}

/// Starts the open quiz and answers each question with a mix of actions that
/// gives every kind of question some answer, drawing each stage.
fn take_quiz(app: &mut App) {
    let answer = [
        Action::Choose(1),
        Action::Choose(2),
        Action::Answer(true),
        Action::Toggle,
        Action::Down,
        Action::Toggle,
        Action::Input('a'),
        Action::Input('1'),
        Action::Paste("é 2\u{1b}".into()),
    ];
    update(app, Action::Confirm);
    for _ in 0..MAX_STEPS {
        draw_both(app);
        for a in &answer {
            update(app, a.clone());
        }
        draw(app, 80, 24);
        update(app, Action::Confirm);
        draw_both(app);
        update(app, Action::Confirm);
        let done = app
            .current_quiz()
            .is_none_or(|(_, q)| matches!(q.stage, amphi::app::Stage::Result { .. }));
        if done {
            draw_both(app);
            update(app, Action::NextMark);
            draw(app, 80, 24);
            break;
        }
    }
}
