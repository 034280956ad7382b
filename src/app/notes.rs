//! Notes: one per item, written in a small editor pane and kept in the state
//! file.
//!
//! The editor is our own (insert, delete, arrows, Home/End, new lines, paste):
//! text editing crates for ratatui take raw terminal events, while amphi's keys
//! go through [`Action`]s so that every session can be replayed in tests.

use super::{Action, App, CaretMove, Effect, Panel};
use crate::progress::Note;
use crate::text::field::{Lines, TextField};

/// Most characters a note may hold; typing or pasting beyond is ignored.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// The note being written: its item, its text and the caret.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteEditor {
    /// The item's key, `module-id/item-id`.
    pub key: String,
    /// The item's title, shown above the text.
    pub title: String,
    /// The text (lines separated by `\n`) and the caret.
    pub field: TextField,
}

impl NoteEditor {
    /// An editor on `text`, the caret at its end.
    pub fn new(key: String, title: String, text: String) -> Self {
        NoteEditor {
            key,
            title,
            field: TextField::new(text),
        }
    }

    /// Inserts `s` at the caret: `\r\n` and `\r` become new lines, tabs four
    /// spaces, other control characters and bidirectional overrides are dropped;
    /// up to [`MAX_NOTE_CHARS`].
    pub fn insert(&mut self, s: &str) {
        self.field.insert(s, Lines::Many, MAX_NOTE_CHARS);
    }

    /// Deletes the grapheme before the caret (`before`) or after it.
    pub fn delete(&mut self, before: bool) {
        self.field.delete(before);
    }

    /// Moves the caret left, right, or to the start or end of its line.
    pub fn move_caret(&mut self, to: CaretMove) {
        self.field.move_caret(to);
    }

    /// Moves the caret one line up or down, to the same column where it can.
    pub fn move_line(&mut self, down: bool) {
        self.field.move_line(down);
    }

    /// The caret as (line, grapheme column), both from 0.
    pub fn caret_position(&self) -> (usize, usize) {
        self.field.caret_position()
    }
}

/// Opens the editor on the open item's note (empty when it has none).
pub(super) fn open(app: &mut App) {
    let (Some(key), Some(title)) = (
        app.item_key_of(app.nav.current),
        app.current_item().map(|i| i.title().to_string()),
    ) else {
        return;
    };
    let text = app
        .progress()
        .notes
        .get(&key)
        .map(|n| n.text.clone())
        .unwrap_or_default();
    // Through `insert`, so that a state file edited by hand cannot bring control
    // characters to the screen.
    let mut editor = NoteEditor::new(key, title, String::new());
    editor.insert(&text);
    app.modals.open(super::Modal::Panel(Panel::Note(editor)));
}

/// Closes the editor and keeps its text as the item's note (an empty text
/// deletes the note). Asks for a save when the note changed.
pub(super) fn close(app: &mut App, effects: &mut Vec<Effect>) {
    if !matches!(app.modals.panel(), Some(Panel::Note(_))) {
        return;
    }
    let Some(Panel::Note(editor)) = app.modals.take_panel() else {
        return;
    };
    let text = editor.field.text.trim_end().to_string();
    let now = (app.clock)();
    let notes = &mut app.progress_mut().notes;
    let changed = if text.trim().is_empty() {
        notes.remove(&editor.key).is_some()
    } else if notes.get(&editor.key).is_some_and(|n| n.text == text) {
        false
    } else {
        notes.insert(
            editor.key,
            Note {
                text,
                updated_at: now,
            },
        );
        true
    };
    if changed {
        app.notice = Some(crate::i18n::tr(app.settings.language, "notes-saved", &[]));
        app.rebuild();
        effects.push(Effect::Save);
    }
}

/// Handles `action` in the note editor; every action but Quit and Resize is used.
pub(super) fn update(app: &mut App, action: &Action, effects: &mut Vec<Effect>) -> bool {
    if matches!(action, Action::SaveNote | Action::Back) {
        close(app, effects);
        return true;
    }
    let Some(Panel::Note(editor)) = app.modals.panel_mut() else {
        return false;
    };
    match action {
        Action::Input(c) => editor.insert(c.encode_utf8(&mut [0; 4])),
        Action::Paste(text) => editor.insert(text),
        Action::Confirm => editor.insert("\n"),
        Action::Backspace => editor.delete(true),
        Action::Delete => editor.delete(false),
        Action::Caret(to) => editor.move_caret(*to),
        Action::Up => editor.move_line(false),
        Action::Down => editor.move_line(true),
        _ => {}
    }
    true
}

/// The note on the item at (module index, item index), if there is one.
pub fn note_of(app: &App, mi: usize, ii: usize) -> Option<&Note> {
    app.progress().notes.get(&app.item_key_of((mi, ii))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_moving_and_deleting() {
        let mut e = NoteEditor::new("m/i".into(), "T".into(), String::new());
        e.insert("héllo");
        e.insert("\n");
        e.insert("wörld");
        assert_eq!(e.field.text, "héllo\nwörld");
        assert_eq!(e.caret_position(), (1, 5));
        e.move_line(false);
        assert_eq!(e.caret_position(), (0, 5));
        e.move_caret(CaretMove::Home);
        e.move_caret(CaretMove::Right);
        e.delete(false);
        assert_eq!(e.field.text, "hllo\nwörld");
        e.move_line(true);
        assert_eq!(e.caret_position(), (1, 1));
        e.delete(true);
        assert_eq!(e.field.text, "hllo\nörld");
        e.move_caret(CaretMove::End);
        assert_eq!(e.caret_position(), (1, 4));
        // At the last line, down stays put; at the first, up does.
        e.move_line(true);
        assert_eq!(e.caret_position(), (1, 4));
    }

    #[test]
    fn paste_keeps_lines_and_drops_controls() {
        let mut e = NoteEditor::default();
        e.insert("a\r\nb\tc\u{1b}[31m\u{7}d");
        assert_eq!(e.field.text, "a\nb    c[31md");
    }

    #[test]
    fn a_note_has_a_size_limit() {
        let mut e = NoteEditor::default();
        e.insert(&"x".repeat(MAX_NOTE_CHARS + 10));
        assert_eq!(e.field.text.chars().count(), MAX_NOTE_CHARS);
        e.insert("y");
        assert!(!e.field.text.contains('y'));
    }
}
