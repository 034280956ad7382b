//! The panes opened over the content: the glossary, the bookmarks list and the
//! note editor. Keys go to the open pane first (see [`update`]).

use super::{Action, App, Effect, Modal, NoteEditor, SearchPanel};

/// A pane shown above the content that takes the keys while open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Panel {
    /// The course glossary: terms with their definitions, in alphabetical order
    /// ([`crate::glossary::Matcher::order`]).
    Glossary {
        /// Position of the selected entry in the pane (in alphabetical order,
        /// not the index in the course's glossary).
        selected: usize,
    },
    /// The learner's bookmarks.
    Bookmarks {
        /// Index of the selected bookmark.
        selected: usize,
    },
    /// The note editor on one item.
    Note(NoteEditor),
}

/// Handles `action` in the open pane. Returns whether it was used there (else it
/// goes on to the rest of the app, as Quit and Resize do).
pub(super) fn update(app: &mut App, action: &Action, effects: &mut Vec<Effect>) -> bool {
    if matches!(action, Action::Quit | Action::Resize(..)) {
        if let Some(Panel::Note(_)) = app.modals.panel()
            && matches!(action, Action::Quit)
        {
            // Quitting from the editor keeps what was typed.
            super::notes::close(app, effects);
        }
        return false;
    }
    let len = match app.modals.panel() {
        Some(Panel::Glossary { .. }) => app.course.glossary.len(),
        Some(Panel::Bookmarks { .. }) => app.progress().bookmarks.len(),
        Some(Panel::Note(_)) => return super::notes::update(app, action, effects),
        None => return false,
    };
    let Some(Panel::Glossary { selected } | Panel::Bookmarks { selected }) = app.modals.panel_mut()
    else {
        return false;
    };
    let last = len.saturating_sub(1);
    let at = *selected;
    match action {
        Action::Up => *selected = at.saturating_sub(1),
        Action::Down => *selected = (at + 1).min(last),
        Action::PageUp => *selected = at.saturating_sub(10),
        Action::PageDown => *selected = (at + 10).min(last),
        Action::Scroll(n) => *selected = at.saturating_add_signed(*n as isize).min(last),
        Action::Top => *selected = 0,
        Action::Bottom => *selected = last,
        Action::Back | Action::SwitchFocus => {
            app.modals.take_panel();
        }
        Action::Confirm => match app.modals.take_panel() {
            Some(Panel::Glossary { selected }) => {
                // Where the term is used: the search panel, ready to jump.
                let selected = app.glossary.order().get(selected).copied();
                if let Some(selected) = selected
                    && let Some(entry) = app.course.glossary.get(selected)
                {
                    // Its term and aliases, whole words, as the glossary
                    // underlines them.
                    let query = entry.term.clone();
                    let hits = crate::search::term_uses(&app.course, &app.glossary, selected);
                    app.modals.open(Modal::Search(SearchPanel {
                        query,
                        hits,
                        selected: 0,
                        term: Some(selected),
                    }));
                }
            }
            Some(Panel::Bookmarks { selected }) => super::bookmarks::jump(app, selected),
            Some(other) => app.modals.open(Modal::Panel(other)),
            None => {}
        },
        Action::DeleteEntry
            if matches!(app.modals.panel(), Some(Panel::Bookmarks { .. })) && at < len =>
        {
            app.progress_mut().bookmarks.remove(at);
            if let Some(Panel::Bookmarks { selected }) = app.modals.panel_mut() {
                *selected = at.min(len.saturating_sub(2));
            }
            effects.push(Effect::Save);
        }
        _ => {}
    }
    true
}
