//! Notes: one per item, written in a small editor pane and kept in the state
//! file.
//!
//! The editor is our own (insert, delete, arrows, Home/End, new lines, paste):
//! text editing crates for ratatui take raw terminal events, while amphi's keys
//! go through [`Action`]s so that every session can be replayed in tests.

use unicode_segmentation::UnicodeSegmentation;

use super::{Action, App, CaretMove, Effect, Panel};
use crate::progress::Note;

/// Most characters a note may hold; typing or pasting beyond is ignored.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// The note being written: its item, its text and the caret.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteEditor {
    /// The item's key, `module-id/item-id`.
    pub key: String,
    /// The item's title, shown above the text.
    pub title: String,
    /// The text, lines separated by `\n`.
    pub text: String,
    /// Byte offset of the caret in `text`, on a grapheme boundary.
    pub caret: usize,
}

impl NoteEditor {
    /// An editor on `text`, the caret at its end.
    pub fn new(key: String, title: String, text: String) -> Self {
        let caret = text.len();
        NoteEditor {
            key,
            title,
            text,
            caret,
        }
    }

    /// Inserts `s` at the caret: `\r\n` and `\r` become new lines, tabs four
    /// spaces, other control characters and bidirectional overrides are dropped;
    /// up to [`MAX_NOTE_CHARS`].
    pub fn insert(&mut self, s: &str) {
        let room = MAX_NOTE_CHARS.saturating_sub(self.text.chars().count());
        let clean: String = s
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\t', "    ")
            .chars()
            .filter(|&c| c == '\n' || !c.is_control())
            .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
            .take(room)
            .collect();
        self.text.insert_str(self.caret, &clean);
        self.caret += clean.len();
    }

    /// Deletes the grapheme before the caret (`before`) or after it.
    pub fn delete(&mut self, before: bool) {
        let (start, end) = if before {
            (self.left(), self.caret)
        } else {
            (self.caret, self.right())
        };
        self.text.replace_range(start..end, "");
        self.caret = start;
    }

    fn left(&self) -> usize {
        self.text[..self.caret]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn right(&self) -> usize {
        self.text[self.caret..]
            .graphemes(true)
            .next()
            .map_or(self.caret, |g| self.caret + g.len())
    }

    /// Byte offsets of the start and end of the line holding the caret.
    fn line_bounds(&self, at: usize) -> (usize, usize) {
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i);
        (start, end)
    }

    /// Moves the caret left, right, or to the start or end of its line.
    pub fn move_caret(&mut self, to: CaretMove) {
        let (start, end) = self.line_bounds(self.caret);
        self.caret = match to {
            CaretMove::Left => self.left(),
            CaretMove::Right => self.right(),
            CaretMove::Home => start,
            CaretMove::End => end,
        };
    }

    /// Moves the caret one line up or down, to the same column where it can.
    pub fn move_line(&mut self, down: bool) {
        let (start, end) = self.line_bounds(self.caret);
        let column = self.text[start..self.caret].graphemes(true).count();
        let target = if down {
            if end == self.text.len() {
                return;
            }
            end + 1
        } else {
            if start == 0 {
                return;
            }
            start - 1
        };
        let (ts, te) = self.line_bounds(target);
        self.caret = self.text[ts..te]
            .grapheme_indices(true)
            .nth(column)
            .map_or(te, |(i, _)| ts + i);
    }

    /// The caret as (line, grapheme column), both from 0.
    pub fn caret_position(&self) -> (usize, usize) {
        let before = &self.text[..self.caret];
        let line = before.matches('\n').count();
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[start..].graphemes(true).count())
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
    let text = editor.text.trim_end().to_string();
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
        app.notice = Some("Note saved.".into());
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
        assert_eq!(e.text, "héllo\nwörld");
        assert_eq!(e.caret_position(), (1, 5));
        e.move_line(false);
        assert_eq!(e.caret_position(), (0, 5));
        e.move_caret(CaretMove::Home);
        e.move_caret(CaretMove::Right);
        e.delete(false);
        assert_eq!(e.text, "hllo\nwörld");
        e.move_line(true);
        assert_eq!(e.caret_position(), (1, 1));
        e.delete(true);
        assert_eq!(e.text, "hllo\nörld");
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
        assert_eq!(e.text, "a\nb    c[31md");
    }

    #[test]
    fn a_note_has_a_size_limit() {
        let mut e = NoteEditor::default();
        e.insert(&"x".repeat(MAX_NOTE_CHARS + 10));
        assert_eq!(e.text.chars().count(), MAX_NOTE_CHARS);
        e.insert("y");
        assert!(!e.text.contains('y'));
    }
}
