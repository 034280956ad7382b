//! A text field being typed into: its text and caret. The one editing model for
//! a typed answer (one line) and the note editor (several lines).
//!
//! The caret is a byte offset on a grapheme boundary; it moves and deletes by
//! grapheme clusters (`unicode-segmentation`), so an accented letter typed as two
//! code points or an emoji family is one step.

use unicode_segmentation::UnicodeSegmentation;

/// How the caret moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaretMove {
    /// One grapheme left.
    Left,
    /// One grapheme right.
    Right,
    /// To the start of its line.
    Home,
    /// To the end of its line.
    End,
}

/// What a field keeps of typed or pasted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line: line breaks and tabs become spaces, control characters are
    /// dropped (a typed answer).
    One,
    /// Several lines: `\r\n` and `\r` become `\n`, tabs four spaces, other
    /// control characters and bidirectional overrides are dropped (a note).
    Many,
}

/// A text and its caret.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    /// The text; lines separated by `\n` in a [`Lines::Many`] field.
    pub text: String,
    /// Where typing goes: a byte offset in `text`, on a grapheme boundary.
    pub caret: usize,
}

impl TextField {
    /// A field holding `text`, the caret at its end.
    pub fn new(text: String) -> Self {
        let caret = text.len();
        TextField { text, caret }
    }

    /// Inserts `s` at the caret, cleaned as `lines` says, up to `max_chars`
    /// characters in the whole field.
    pub fn insert(&mut self, s: &str, lines: Lines, max_chars: usize) {
        let room = max_chars.saturating_sub(self.text.chars().count());
        let clean: String = match lines {
            Lines::One => s
                .chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .filter(|c| !c.is_control())
                .take(room)
                .collect(),
            Lines::Many => s
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .replace('\t', "    ")
                .chars()
                .filter(|&c| c == '\n' || !c.is_control())
                .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
                .take(room)
                .collect(),
        };
        self.caret = self.caret.min(self.text.len());
        self.text.insert_str(self.caret, &clean);
        self.caret += clean.len();
    }

    /// Deletes the grapheme before the caret (`before`) or after it.
    pub fn delete(&mut self, before: bool) {
        let (start, end) = if before {
            (self.left(), self.caret())
        } else {
            (self.caret(), self.right())
        };
        self.text.replace_range(start..end, "");
        self.caret = start;
    }

    /// Moves the caret one grapheme left or right, or to the start or end of its
    /// line.
    pub fn move_caret(&mut self, to: CaretMove) {
        let (start, end) = self.line_bounds(self.caret());
        self.caret = match to {
            CaretMove::Left => self.left(),
            CaretMove::Right => self.right(),
            CaretMove::Home => start,
            CaretMove::End => end,
        };
    }

    /// Moves the caret one line up or down, to the same column where it can.
    pub fn move_line(&mut self, down: bool) {
        let caret = self.caret();
        let (start, end) = self.line_bounds(caret);
        let column = self.text[start..caret].graphemes(true).count();
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
        let before = &self.text[..self.caret()];
        let line = before.matches('\n').count();
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[start..].graphemes(true).count())
    }

    /// The caret, kept inside the text.
    fn caret(&self) -> usize {
        self.caret.min(self.text.len())
    }

    fn left(&self) -> usize {
        self.text[..self.caret()]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn right(&self) -> usize {
        let caret = self.caret();
        self.text[caret..]
            .graphemes(true)
            .next()
            .map_or(caret, |g| caret + g.len())
    }

    /// Byte offsets of the start and end of the line holding byte `at`.
    fn line_bounds(&self, at: usize) -> (usize, usize) {
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i);
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_turns_breaks_into_spaces_and_stops_at_the_limit() {
        let mut f = TextField::default();
        f.insert("a\nb\tc\u{7}d", Lines::One, 5);
        assert_eq!(f.text, "a b c");
        assert_eq!(f.caret, 5);
    }

    #[test]
    fn many_lines_keep_breaks_and_drop_bidi_overrides() {
        let mut f = TextField::default();
        f.insert("a\r\nb\u{202e}c\td", Lines::Many, 100);
        assert_eq!(f.text, "a\nbc    d");
        assert_eq!(f.caret_position(), (1, 7));
    }

    #[test]
    fn the_caret_steps_over_whole_graphemes_and_lines() {
        let mut f = TextField::new("e\u{301}x\nyz".to_string());
        f.move_caret(CaretMove::Home);
        assert_eq!(f.caret_position(), (1, 0));
        f.move_line(false);
        f.move_caret(CaretMove::Right);
        assert_eq!(f.caret, "e\u{301}".len());
        f.delete(true);
        assert_eq!(f.text, "x\nyz");
        f.move_caret(CaretMove::End);
        f.move_line(true);
        assert_eq!(f.caret_position(), (1, 1));
    }
}
