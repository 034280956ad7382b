//! Keys and mouse events to actions, per mode.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::{Action, App, CaretMove, Focus, Modal, Panel, keys};

/// What the keys currently act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// An overlay (help, about) is shown: any key closes it.
    Help,
    /// The outline has focus.
    Outline,
    /// Reading a lesson or an interview.
    Reading,
    /// On a quiz screen that takes choices (intro, choices, feedback, result).
    Quiz,
    /// Typing a short answer: printable keys are text.
    Typing,
    /// The search panel is open: printable keys are the query.
    Search,
    /// The glossary pane or the bookmarks list is open.
    List,
    /// The note editor is open: printable keys are text.
    Note,
}

impl Mode {
    /// The mode `app` is in: the modal in front takes the keys
    /// ([`super::Modals::front`]: an overlay, the search or a panel); else the
    /// outline when it has focus; else the open item (or the review session).
    /// [`super::update`] gives each action to the handler this names, so the two
    /// cannot rank the modals differently.
    pub fn of(app: &App) -> Mode {
        match app.modals.front() {
            Some(Modal::Overlay { .. }) => return Mode::Help,
            Some(Modal::Search(_)) => return Mode::Search,
            Some(Modal::Panel(Panel::Note(_))) => return Mode::Note,
            Some(Modal::Panel(Panel::Glossary { .. } | Panel::Bookmarks { .. })) => {
                return Mode::List;
            }
            Some(Modal::Review(_) | Modal::ReloadError(_)) | None => {}
        }
        if app.nav.focus == Focus::Outline {
            return Mode::Outline;
        }
        match app.current_quiz() {
            Some((quiz, state)) if state.typing(quiz) => Mode::Typing,
            Some(_) => Mode::Quiz,
            None => Mode::Reading,
        }
    }
}

/// The action for a terminal event in `app`'s current mode, if any. Only key
/// presses count (not releases); mouse events map through
/// [`super::mouse::action_for_mouse`].
///
/// While the terminal is too small for the panes (the "terminal too small"
/// screen), only `q` and `Ctrl-C` (quit), a resize and focus changes map to an
/// action: nothing can change unseen.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    if app.areas().too_small {
        return match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
                let quit = match key.code {
                    KeyCode::Char('q') => true,
                    KeyCode::Char('c') => ctrl,
                    _ => false,
                };
                quit.then_some(Action::Quit)
            }
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            Event::FocusGained => Some(Action::Focus(true)),
            Event::FocusLost => Some(Action::Focus(false)),
            _ => None,
        };
    }
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            action_for_key(Mode::of(app), app, key)
        }
        Event::Mouse(mouse) => super::mouse::action_for_mouse(app, mouse),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::FocusGained => Some(Action::Focus(true)),
        Event::FocusLost => Some(Action::Focus(false)),
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        _ => None,
    }
}

/// The action for one key press in `mode`, with the config file's key bindings
/// (see [`keys::Bindings::resolve`]) applied outside text entry.
pub fn action_for_key(mode: Mode, app: &App, key: &KeyEvent) -> Option<Action> {
    let default = builtin_action(mode, app, key);
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
    match mode {
        _ if ctrl_c => default,
        Mode::Outline | Mode::Reading | Mode::Quiz => app.settings.keys.resolve(key, default),
        _ => default,
    }
}

/// Whether the question being answered is written over several lines (a
/// reflection).
pub fn writing(app: &App) -> bool {
    app.current_quiz()
        .is_some_and(|(quiz, state)| state.input(quiz) == Some(crate::quiz::Input::Writing))
}

/// The keys of a text field (the note editor, a typed answer): characters are
/// text, Backspace and Delete erase, the arrows and Home/End move the caret.
fn editing(code: KeyCode, ctrl: bool) -> Option<Action> {
    Some(match code {
        KeyCode::Char(c) if !ctrl => Action::Input(c),
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Delete => Action::Delete,
        KeyCode::Left => Action::Caret(CaretMove::Left),
        KeyCode::Right => Action::Caret(CaretMove::Right),
        KeyCode::Home => Action::Caret(CaretMove::Home),
        KeyCode::End => Action::Caret(CaretMove::End),
        _ => return None,
    })
}

/// The built-in action for one key press in `mode`: the key table's
/// ([`keys::KEYS`]) in the outline, reading and on a quiz screen, and the keys of
/// text entry, the panels and the overlays.
fn builtin_action(mode: Mode, app: &App, key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Quit);
    }
    let common = |code: KeyCode| -> Option<Action> {
        Some(match code {
            KeyCode::Tab | KeyCode::BackTab => Action::SwitchFocus,
            KeyCode::PageUp => Action::PageUp,
            KeyCode::PageDown => Action::PageDown,
            KeyCode::Home => Action::Top,
            KeyCode::End => Action::Bottom,
            KeyCode::Up => Action::Up,
            KeyCode::Down => Action::Down,
            KeyCode::Enter => Action::Confirm,
            KeyCode::Esc => Action::Back,
            _ => return None,
        })
    };
    match mode {
        // An overlay (help, about, mastery, the resume card): the scrolling keys
        // scroll it, any other key closes it.
        Mode::Help => Some(match key.code {
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::PageUp | KeyCode::Char('b') => Action::PageUp,
            KeyCode::PageDown | KeyCode::Char(' ') => Action::PageDown,
            KeyCode::Home | KeyCode::Char('g') => Action::Top,
            KeyCode::End | KeyCode::Char('G') => Action::Bottom,
            _ => Action::ToggleHelp,
        }),
        Mode::Search => match key.code {
            KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            KeyCode::Backspace => Some(Action::Backspace),
            code => common(code),
        },
        Mode::Note => match key.code {
            KeyCode::Char('s') if ctrl => Some(Action::SaveNote),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Enter => Some(Action::Confirm),
            // A tab is typed as four spaces (a tab character would not show).
            KeyCode::Tab => Some(Action::Paste("    ".into())),
            KeyCode::Esc => Some(Action::SaveNote),
            code => editing(code, ctrl),
        },
        Mode::List => match key.code {
            KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Char('j') => Some(Action::Down),
            KeyCode::Char('d') => Some(Action::DeleteEntry),
            KeyCode::Char('q' | 'e' | '\'' | 'M') => Some(Action::Back),
            code => common(code),
        },
        // A reflection is written over several lines, as a note is: Enter
        // starts a new line, Ctrl+S submits (Esc still leaves the field).
        Mode::Typing if writing(app) && key.code == KeyCode::Enter => {
            Some(Action::Paste("\n".into()))
        }
        Mode::Typing if writing(app) && ctrl && key.code == KeyCode::Char('s') => {
            Some(Action::Confirm)
        }
        // The hint key of the table (F1) first: the other keys are text.
        Mode::Typing => keys::lookup(mode, app, key)
            .or_else(|| editing(key.code, ctrl))
            .or_else(|| common(key.code)),
        // Every key of the outline, reading and a quiz screen is in the key table.
        Mode::Outline | Mode::Reading | Mode::Quiz => keys::lookup(mode, app, key),
    }
}
