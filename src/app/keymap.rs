//! Keys and mouse events to actions, per mode.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::{Action, App, CaretMove, Focus, Panel, Stage};

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
    /// The mode `app` is in.
    pub fn of(app: &App) -> Mode {
        if app.overlay.is_some() {
            return Mode::Help;
        }
        if app.search.is_some() {
            return Mode::Search;
        }
        match app.panel {
            Some(Panel::Note(_)) => return Mode::Note,
            Some(_) => return Mode::List,
            None => {}
        }
        if app.focus == Focus::Outline {
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
/// (see [`crate::config::Bindings::resolve`]) applied outside text entry.
pub fn action_for_key(mode: Mode, app: &App, key: &KeyEvent) -> Option<Action> {
    let default = builtin_action(mode, app, key);
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
    match mode {
        _ if ctrl_c => default,
        Mode::Outline | Mode::Reading | Mode::Quiz => app.keys.resolve(key, default),
        _ => default,
    }
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

/// The built-in action for one key press in `mode`.
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
        _ if key.code == KeyCode::F(1) => Some(Action::ShowHint),
        Mode::Typing => editing(key.code, ctrl).or_else(|| common(key.code)),
        _ => {
            if let Some(a) = common(key.code) {
                return Some(a);
            }
            let quiz_stage = app.current_quiz().map(|(_, s)| s.stage);
            Some(match key.code {
                KeyCode::Char('q') => Action::Quit,
                KeyCode::Char('?') => Action::ToggleHelp,
                KeyCode::Char('i') => Action::ToggleAbout,
                KeyCode::Char('z') => Action::ToggleFocusMode,
                // On a quiz screen with a "Read again" link, o opens it; elsewhere o
                // shows or hides the outline (as Tab does).
                KeyCode::Char('o') if mode == Mode::Quiz && !app.view.links.is_empty() => {
                    Action::OpenLink
                }
                KeyCode::Char('o') => Action::SwitchFocus,
                // The keys of one kind of item or screen map to their action
                // everywhere: where it does not apply, `update` says why.
                KeyCode::Char('s') => Action::CycleSpeaker,
                KeyCode::Char('d') => Action::ToggleDrill,
                KeyCode::Char('k') => Action::Up,
                KeyCode::Char('j') => Action::Down,
                KeyCode::Char('g') => Action::Top,
                KeyCode::Char('e') => Action::OpenGlossary,
                KeyCode::Char('m') => Action::AddBookmark,
                KeyCode::Char('\'' | 'M') => Action::OpenBookmarks,
                KeyCode::Char('a') => Action::EditNote,
                KeyCode::Char('G') => Action::Bottom,
                KeyCode::Char('/') => Action::OpenSearch,
                KeyCode::Char('v') => Action::StartReview,
                KeyCode::Char('n') if app.highlight.is_some() && mode == Mode::Reading => {
                    Action::NextMatch
                }
                KeyCode::Char('N') => Action::PrevMatch,
                KeyCode::Char('n') => Action::NextItem,
                KeyCode::Char('p') => Action::PrevItem,
                KeyCode::Char('>') if mode != Mode::Outline => Action::ScrollCode(true),
                KeyCode::Char('<') if mode != Mode::Outline => Action::ScrollCode(false),
                // As Enter (open the selected item, go on), never submitting.
                KeyCode::Char('l') | KeyCode::Right => Action::Forward,
                KeyCode::Char('h') | KeyCode::Left => Action::FocusOutline,
                KeyCode::Char(' ') if mode == Mode::Quiz && quiz_stage == Some(Stage::Asking) => {
                    Action::Toggle
                }
                KeyCode::Char(' ') => Action::PageDown,
                KeyCode::Char('b') => Action::PageUp,
                KeyCode::Char('r') => Action::Retake,
                KeyCode::Char('R') => Action::RetakeWrong,
                KeyCode::Char('L') => Action::ShowLastAttempt,
                KeyCode::Char('w') => Action::NextMark,
                KeyCode::Char('O') => Action::ShowMastery,
                KeyCode::Backspace => Action::GoBack,
                KeyCode::Char('H') => Action::ShowHint,
                KeyCode::Char('t') => Action::Answer(true),
                KeyCode::Char('f') => Action::Answer(false),
                KeyCode::Char(c @ '1'..='9') => Action::Choose(c as usize - '0' as usize),
                _ => return None,
            })
        }
    }
}
