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

use amphi::app::{Action, App, Panel, update};
use amphi::author::notes::{NotesFormat, write_notes};
use amphi::author::report::{ProgressFormat, write_progress};
use amphi::course::{Course, Item, load_bundled, load_dir};
use amphi::library::{Entry, Source};
use amphi::progress::{State, Store, item_key, review, write_mastery};
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

/// Questions answered per quiz by the state target: enough to draw a resumed
/// open attempt's question and feedback, and the result when it was near its
/// end; a full attempt's result is drawn through `L` (the last attempt).
const QUIZ_QUESTIONS: usize = 3;

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
        commands(&loaded.state);
        screens(bundled(), loaded.state);
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

/// What every command that reads the state prints for `state`, through the
/// functions the commands call (`src/cli/`): `notes` (Markdown and JSON),
/// `progress` (text, JSON and CSV), `mastery`, `export --xapi`, `list` (the
/// bundled course and an installed course that cannot be opened, whose id the
/// state may hold progress for) and the review queue `amphi review` starts from,
/// at a few clock times. Each output is written into memory and must be UTF-8
/// with no escape character (the state file is not trusted).
pub fn commands(state: &State) {
    let course = bundled();
    let progress = state
        .courses
        .get(&course.info.id)
        .cloned()
        .unwrap_or_default();
    let mut outputs: Vec<(&str, Vec<u8>)> = Vec::new();
    for format in [NotesFormat::Markdown, NotesFormat::Json] {
        let mut out = Vec::new();
        write_notes(&course, &progress, format, &mut out).expect("notes into memory");
        outputs.push(("notes", out));
    }
    for format in [
        ProgressFormat::Text,
        ProgressFormat::Json,
        ProgressFormat::Csv,
    ] {
        let mut out = Vec::new();
        write_progress(&course, &progress, format, &mut out).expect("progress into memory");
        outputs.push(("progress", out));
    }
    let mut out = Vec::new();
    write_mastery(&course, &progress, &mut out).expect("mastery into memory");
    outputs.push(("mastery", out));
    let mut out = Vec::new();
    let code = amphi::cli::xapi::run(&course, &progress, Some("fuzz"), None, &mut out)
        .unwrap_or_else(|f| panic!("export --xapi failed: {}", f.message));
    assert_eq!(code, 0, "export --xapi");
    outputs.push(("export --xapi", out));
    let mut out = Vec::new();
    amphi::cli::courses::write_list(library(), state, &mut out);
    outputs.push(("list", out));
    for (name, out) in &outputs {
        let text = std::str::from_utf8(out).unwrap_or_else(|e| panic!("{name}: not UTF-8: {e}"));
        assert!(
            !text.contains('\u{1b}'),
            "{name} printed an escape: {text:?}"
        );
    }
    for now in [0, amphi::app::system_clock(), u64::MAX / 2] {
        let due = review::due(&course, &progress.review, now).len();
        let queued = review::queued(&course, &progress.review).len();
        assert!(due <= queued, "more questions due than queued");
        let _ = review::next_due_day(&course, &progress.review, now);
    }
}

/// The courses `amphi list` shows, built once: the bundled course, and an
/// installed course named `broken` that cannot be opened.
fn library() -> &'static [Entry] {
    static ENTRIES: std::sync::OnceLock<Vec<Entry>> = std::sync::OnceLock::new();
    ENTRIES.get_or_init(|| {
        let course = bundled();
        vec![
            Entry {
                id: course.info.id.clone(),
                source: Source::Bundled,
                course: Ok(course),
                edition_title: None,
            },
            Entry {
                id: "broken".into(),
                source: Source::Linked(PathBuf::from("/nowhere/broken")),
                course: Err("course.yaml: not found".into()),
                edition_title: None,
            },
        ]
    })
}

/// Opens `course` on `state`, as amphi does at start (the resume card when the
/// state has a position), and goes through every screen that reads the state,
/// drawing each: the outline with its marks, the bookmarks list (and a jump to
/// the first bookmark), the mastery overlay, a review session of the questions
/// due (answered to its end), the note editor on every item the state has a note
/// or a bookmark for, and every quiz: its intro, the review of its last attempt
/// (`L`), then an attempt (an open one resumes) for [`QUIZ_QUESTIONS`] questions.
pub fn screens(course: Course, state: State) {
    let quizzes: Vec<(usize, usize)> = course
        .items()
        .filter(|(_, _, _, item)| matches!(item, Item::Quiz(_)))
        .map(|(m, i, _, _)| (m, i))
        .collect();
    let marked: Vec<(usize, usize)> = {
        let progress = state.courses.get(&course.info.id);
        course
            .items()
            .filter(|(_, _, module, item)| {
                let key = item_key(&module.id, item.id());
                progress.is_some_and(|p| {
                    p.notes.contains_key(&key)
                        || p.bookmarks
                            .iter()
                            .any(|b| b.module == module.id && b.item == item.id())
                })
            })
            .map(|(m, i, _, _)| (m, i))
            .take(MAX_ITEMS)
            .collect()
    };
    let mut app = App::new(course, state, Theme::plain());
    // The resume card, when the state has a position.
    draw_all(&mut app);
    update(&mut app, Action::Back);
    update(&mut app, Action::Bottom);
    draw(&mut app, 80, 24);
    // The outline with its marks.
    update(&mut app, Action::FocusOutline);
    draw_all(&mut app);
    update(&mut app, Action::Bottom);
    draw_all(&mut app);
    // The bookmarks list, and a jump to the first one.
    update(&mut app, Action::OpenBookmarks);
    draw_all(&mut app);
    update(&mut app, Action::Down);
    draw(&mut app, 80, 24);
    update(&mut app, Action::Top);
    update(&mut app, Action::Confirm);
    draw_all(&mut app);
    update(&mut app, Action::Back);
    // The mastery overlay.
    update(&mut app, Action::ShowMastery);
    draw_all(&mut app);
    update(&mut app, Action::PageDown);
    draw(&mut app, 80, 24);
    update(&mut app, Action::Back);
    // A review session of what is due, answered to its end.
    update(&mut app, Action::StartReview);
    if app.modals.review().is_some() {
        answer_up_to(&mut app, MAX_STEPS);
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Back);
    }
    draw(&mut app, 80, 24);
    // The note editor on every item with a note or a bookmark.
    for target in marked {
        open_item(&mut app, target);
        update(&mut app, Action::EditNote);
        if matches!(app.modals.panel(), Some(Panel::Note(_))) {
            draw_all(&mut app);
            update(&mut app, Action::Input('x'));
            update(&mut app, Action::Back);
        }
        draw(&mut app, 80, 24);
    }
    // Every quiz: intro, the last attempt's review, an attempt to its result.
    for target in quizzes {
        open_item(&mut app, target);
        draw_all(&mut app);
        update(&mut app, Action::ShowLastAttempt);
        draw_all(&mut app);
        update(&mut app, Action::NextMark);
        draw(&mut app, 80, 24);
        open_item(&mut app, target);
        if app
            .current_quiz()
            .is_some_and(|(_, q)| matches!(q.stage, amphi::app::Stage::Intro))
        {
            update(&mut app, Action::Confirm);
        }
        answer_up_to(&mut app, QUIZ_QUESTIONS);
    }
}

/// Opens item `target` (module index, item index) through the outline, as the
/// learner would, so that only the items visited are laid out.
fn open_item(app: &mut App, target: (usize, usize)) {
    update(app, Action::FocusOutline);
    update(app, Action::Top);
    for _ in 0..1000 {
        if app.nav.selected == target {
            break;
        }
        update(app, Action::Down);
    }
    update(app, Action::Confirm);
}

/// Answers the quiz or review on screen, question by question, up to its result
/// or at most `questions` questions, drawing the question, its feedback and where
/// it stopped.
fn answer_up_to(app: &mut App, questions: usize) {
    for _ in 0..questions {
        let stage = match app.modals.review() {
            Some(session) => Some(session.state.stage),
            None => app.current_quiz().map(|(_, q)| q.stage),
        };
        match stage {
            Some(amphi::app::Stage::Asking | amphi::app::Stage::Feedback) => {}
            _ => break,
        }
        draw_both(app);
        for a in answers() {
            update(app, a);
        }
        update(app, Action::Confirm);
        draw(app, 80, 24);
        update(app, Action::Confirm);
    }
    draw_all(app);
}

/// A mix of actions that gives every kind of question some answer.
fn answers() -> [Action; 9] {
    [
        Action::Choose(1),
        Action::Choose(2),
        Action::Answer(true),
        Action::Toggle,
        Action::Down,
        Action::Toggle,
        Action::Input('a'),
        Action::Input('1'),
        Action::Paste("é 2\u{1b}".into()),
    ]
}

/// Draws the current screen at 80x24 and 17x6, and in plain mode at 80x24.
fn draw_all(app: &mut App) {
    draw_both(app);
    app.settings.plain = true;
    draw(app, 80, 24);
    app.settings.plain = false;
}

/// Starts the open quiz and answers each question with a mix of actions that
/// gives every kind of question some answer, drawing each stage.
fn take_quiz(app: &mut App) {
    let answer = answers();
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
