//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod import_report;
pub mod isolated;
pub mod outside;
pub mod tmux;

/// Courses of a given size and shape (many small lessons, one huge lesson, a large
/// glossary, many aliases): the generator `benches/linear.rs` measures with.
#[allow(dead_code)]
#[path = "../../../benches/support/shapes.rs"]
pub mod shapes;

use amphi::app::{Action, App, Effect, update};
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A fixed time: 2026-01-01T00:00:00Z, in seconds since the Unix epoch.
pub const NOW: u64 = 1_767_225_600;

fn fixed_clock() -> u64 {
    NOW
}

/// The bundled course in an app with `state`, laid out for `w`×`h`, plain theme.
pub fn app_with(state: State, w: u16, h: u16) -> App {
    let mut app = app_with_card(state, w, h);
    // Dismiss the "where you were" card, as a learner's first key does.
    if app.modals.overlay() == Some(amphi::app::Overlay::Resume) {
        update(&mut app, Action::ToggleHelp);
        assert_eq!(app.modals.overlay(), None, "any key dismisses the card");
    }
    app
}

/// Like [`app_with`], leaving the "where you were" card up when there is one.
pub fn app_with_card(state: State, w: u16, h: u16) -> App {
    let course = amphi::course::load_bundled().expect("the bundled course is valid");
    let mut app = App::new(course, state, Theme::plain());
    app.clock = fixed_clock;
    update(&mut app, Action::Resize(w, h));
    app
}

/// The bundled course in a fresh app laid out for `w`×`h`.
pub fn app(w: u16, h: u16) -> App {
    app_with(State::default(), w, h)
}

/// Applies actions in order and returns every effect.
pub fn send(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    actions
        .iter()
        .flat_map(|a| update(app, a.clone()))
        .collect()
}

/// Draws `app` on a `w`×`h` test terminal and returns the screen as text, one line a
/// row, trailing spaces kept so widths show.
pub fn render(app: &App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

/// The symbols of a buffer as text, one line a row.
pub fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buffer[(x, y)].symbol();
            out.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// Opens module `m` item `i` (both from 0) through the outline, as a learner would.
pub fn open_item(app: &mut App, m: usize, i: usize) {
    let target = (m, i);
    send(app, &[Action::FocusOutline, Action::Top]);
    let mut guard = 0;
    while app.nav.selected != target && guard < 500 {
        update(app, Action::Down);
        guard += 1;
    }
    update(app, Action::Confirm);
    assert_eq!(app.nav.current, target);
}

/// The actions that answer the current quiz question right (or wrong, when
/// `right` is false), ending with the submit.
pub fn answer_actions(app: &App, right: bool) -> Vec<Action> {
    use amphi::course::AnswerKey;
    let (quiz, state) = app.current_quiz().expect("a quiz is open");
    let q = &quiz.questions[state.session.current];
    let mut out = Vec::new();
    match &q.key {
        // Never wrong: `right` or not, a few words over two lines.
        AnswerKey::Reflection { .. } => {
            out.extend("I steep".chars().map(Action::Input));
            out.push(Action::Paste("\n".into()));
            out.extend("for two minutes.".chars().map(Action::Input));
        }
        AnswerKey::SingleChoice { choices, answer } => {
            // Keys pick by the row shown, which differs from the written number
            // when the choices are shuffled.
            let row_of = |choice: usize| (0..choices.len()).find(|&r| state.shown(r) == choice);
            let pick = if right {
                *answer
            } else {
                answer % choices.len() + 1
            };
            out.push(Action::Choose(row_of(pick - 1).unwrap() + 1));
        }
        AnswerKey::MultipleChoice { choices, answers } => {
            let row_of = |choice: usize| (0..choices.len()).find(|&r| state.shown(r) == choice);
            if right {
                out.extend(
                    answers
                        .iter()
                        .map(|a| Action::Choose(row_of(a - 1).unwrap() + 1)),
                );
            } else {
                let wrong = (1..=choices.len())
                    .find(|c| !answers.contains(c))
                    .unwrap_or(1);
                out.push(Action::Choose(row_of(wrong - 1).unwrap() + 1));
            }
        }
        AnswerKey::TrueFalse { answer } => out.push(Action::Answer(*answer == right)),
        AnswerKey::ShortAnswer { answers, .. } => {
            let text = if right {
                answers[0].clone()
            } else {
                "zzz".into()
            };
            out.extend(text.chars().map(Action::Input));
        }
        AnswerKey::Matching { pairs } => {
            let mut cursor = state.cursor;
            for i in 0..pairs.len() {
                while cursor < i {
                    out.push(Action::Down);
                    cursor += 1;
                }
                let shown = state.order.iter().position(|&o| o == i).unwrap();
                let pick = if right {
                    shown
                } else {
                    (shown + 1) % pairs.len()
                };
                out.push(Action::Choose(pick + 1));
            }
        }
        AnswerKey::FillBlanks { blanks, .. } => {
            for (i, ok) in blanks.iter().enumerate() {
                if i > 0 {
                    out.push(Action::Down);
                }
                let text = if right { ok[0].clone() } else { "zzz".into() };
                out.extend(text.chars().map(Action::Input));
            }
        }
        AnswerKey::Numeric { answers, .. } => {
            let text = if right {
                let full = answers.iter().find(|a| a.is_full()).unwrap();
                full.example().text.clone()
            } else {
                "-99999".into()
            };
            out.extend(text.chars().map(Action::Input));
        }
        AnswerKey::Ordering { items } => {
            if right {
                // Selection sort with the learner's moves: go to the item that
                // belongs at `target`, pick it up, carry it up, drop it.
                let mut order = state.order.clone();
                let mut cursor = state.cursor;
                for target in 0..items.len() {
                    let j = order.iter().position(|&o| o == target).unwrap();
                    while cursor < j {
                        out.push(Action::Down);
                        cursor += 1;
                    }
                    while cursor > j {
                        out.push(Action::Up);
                        cursor -= 1;
                    }
                    out.push(Action::Toggle);
                    while cursor > target {
                        out.push(Action::Up);
                        order.swap(cursor, cursor - 1);
                        cursor -= 1;
                    }
                    out.push(Action::Toggle);
                }
            }
        }
    }
    out.push(Action::Confirm);
    out
}

/// Answers the current question (right or wrong) and presses Enter to go on, as
/// a learner does between questions.
pub fn answer_and_go_on(app: &mut App, right: bool) {
    let actions = answer_actions(app, right);
    send(app, &actions);
    send(app, &[Action::Confirm]);
}

/// Takes the open quiz from its intro to its result, answering every question
/// right or wrong, and returns the effects of the whole attempt.
pub fn take_quiz(app: &mut App, right: bool) -> Vec<Effect> {
    let mut effects = send(app, &[Action::Confirm]);
    let n = app.current_quiz().unwrap().0.questions.len();
    for _ in 0..n {
        let actions = answer_actions(app, right);
        effects.extend(send(app, &actions));
        effects.extend(send(app, &[Action::Confirm]));
    }
    effects
}

/// Reads every lesson and interview of module `m` to its end.
pub fn read_module(app: &mut App, m: usize) {
    let n = app.course.modules[m].items.len();
    for i in 0..n {
        if matches!(app.course.modules[m].items[i], amphi::course::Item::Quiz(_)) {
            continue;
        }
        open_item(app, m, i);
        update(app, Action::Bottom);
    }
}

/// Copies the folder `from` to `to`, recursively.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// What a crossterm backend writes, kept in memory (clones share the bytes).
#[derive(Clone, Default)]
pub struct SharedBuf(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The screen's words in one line: box drawing, scroll bar and runs of spaces
/// gone, so that text wrapped over rows reads as one.
pub fn flat(screen: &str) -> String {
    screen
        .chars()
        .map(|c| match c {
            '\u{2500}'..='\u{257f}' | '█' => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
