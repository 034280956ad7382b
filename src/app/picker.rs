//! The course picker: the screen `amphi` opens with when more than one course is
//! available (the bundled one and those added with `amphi add`).
//!
//! Like the course app: [`Picker`] is the state, keys map to [`PickerAction`]s
//! ([`picker_action_for_event`]), [`update_picker`] alone changes the state and
//! says what to do next ([`PickerOutcome`]), and the UI (`src/ui/picker.rs`) draws
//! from the state only. The event loop is `tui::run_picker` (`src/tui.rs`).

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, MouseEventKind};

use crate::library::{Entry, Summary};
use crate::progress::State;
use crate::theme::Theme;

/// One course in the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerEntry {
    /// The course id.
    pub id: String,
    /// Where it comes from: `bundled`, `installed` or `linked`.
    pub source: &'static str,
    /// Its title and progress.
    pub summary: Summary,
    /// Why it cannot be opened, if it cannot (one line).
    pub problem: Option<String>,
}

impl PickerEntry {
    /// The entry for a library entry, with its progress in `state`.
    pub fn new(entry: &Entry, state: &State) -> Self {
        PickerEntry {
            id: entry.id.clone(),
            source: entry.source.label(),
            summary: entry.summary(state),
            problem: entry.course.as_ref().err().cloned(),
        }
    }
}

/// The picker's state.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The courses, in the order shown.
    pub entries: Vec<PickerEntry>,
    /// Index of the selected course in `entries`.
    pub selected: usize,
    /// A message for the status line (such as why a course cannot be opened),
    /// until the next key.
    pub notice: Option<String>,
    /// The styles to draw with.
    pub theme: Theme,
    /// The language of amphi's words (the locale's: no course is open yet).
    pub language: crate::i18n::Language,
}

impl Picker {
    /// A picker over `entries`, the course studied last selected (the first
    /// one when none was ever studied).
    pub fn new(entries: Vec<PickerEntry>, theme: Theme) -> Self {
        let latest = entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.summary.last_studied?, std::cmp::Reverse(i))))
            .max()
            .map_or(0, |(_, std::cmp::Reverse(i))| i);
        Picker {
            entries,
            selected: latest,
            notice: None,
            theme,
            language: crate::i18n::Language::En,
        }
    }
}

/// What the learner can ask of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerAction {
    /// Select the course above.
    Up,
    /// Select the course below.
    Down,
    /// Select the first course.
    Top,
    /// Select the last course.
    Bottom,
    /// Open the selected course.
    Open,
    /// Leave amphi.
    Quit,
}

/// What follows an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerOutcome {
    /// Stay in the picker.
    Stay,
    /// Open the course at this index of the entries.
    Open(usize),
    /// Leave amphi.
    Quit,
}

/// Applies `action` to `picker` and says what follows. Opening a course that
/// cannot be opened stays in the picker with a notice saying why.
pub fn update_picker(picker: &mut Picker, action: PickerAction) -> PickerOutcome {
    picker.notice = None;
    let last = picker.entries.len().saturating_sub(1);
    match action {
        PickerAction::Up => picker.selected = picker.selected.saturating_sub(1),
        PickerAction::Down => picker.selected = (picker.selected + 1).min(last),
        PickerAction::Top => picker.selected = 0,
        PickerAction::Bottom => picker.selected = last,
        PickerAction::Quit => return PickerOutcome::Quit,
        PickerAction::Open => match picker.entries.get(picker.selected) {
            Some(PickerEntry {
                problem: Some(why),
                id,
                ..
            }) => {
                let args = [("id", id.into()), ("why", why.into())];
                let said = crate::i18n::tr(picker.language, "picker-cannot-open-notice", &args);
                picker.notice = Some(said);
            }
            Some(_) => return PickerOutcome::Open(picker.selected),
            None => {}
        },
    }
    PickerOutcome::Stay
}

/// The action for a terminal event, if any: arrows or `j`/`k` move, `g`/`G`,
/// Home and End jump, Enter (or `l`, →) opens, `q`, Esc and Ctrl-C quit; the
/// mouse wheel moves too. Only key presses count.
pub fn picker_action_for_event(event: &Event) -> Option<PickerAction> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if key.modifiers.contains(KeyModifiers::CONTROL) {
                return (key.code == KeyCode::Char('c')).then_some(PickerAction::Quit);
            }
            Some(match key.code {
                KeyCode::Up | KeyCode::Char('k') => PickerAction::Up,
                KeyCode::Down | KeyCode::Char('j') => PickerAction::Down,
                KeyCode::Home | KeyCode::Char('g') => PickerAction::Top,
                KeyCode::End | KeyCode::Char('G') => PickerAction::Bottom,
                KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => PickerAction::Open,
                KeyCode::Char('q') | KeyCode::Esc => PickerAction::Quit,
                _ => return None,
            })
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(PickerAction::Down),
            MouseEventKind::ScrollUp => Some(PickerAction::Up),
            _ => None,
        },
        _ => None,
    }
}
