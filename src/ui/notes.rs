//! The note editor, and a note shown under its item.

use crate::i18n::tr;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, NoteEditor};

/// The editor's text cut into rows of at most `width` columns (each line of the
/// note one row or more), and the row and column of the caret.
pub(crate) fn rows(editor: &NoteEditor, width: usize) -> (Vec<String>, (usize, usize)) {
    let width = width.max(1);
    let (caret_line, caret_col) = editor.caret_position();
    let mut out = Vec::new();
    let mut caret = (0, 0);
    for (li, line) in editor.field.text.split('\n').enumerate() {
        let mut row = String::new();
        let mut col = 0;
        for (gi, g) in line.graphemes(true).enumerate() {
            if li == caret_line && gi == caret_col {
                caret = (out.len(), row.width());
            }
            if row.width() + g.width() > width {
                out.push(std::mem::take(&mut row));
                if li == caret_line && gi == caret_col {
                    caret = (out.len(), 0);
                }
            }
            row.push_str(g);
            col = gi + 1;
        }
        if li == caret_line && caret_col >= col {
            if row.width() >= width {
                out.push(std::mem::take(&mut row));
            }
            caret = (out.len(), row.width());
        }
        out.push(row);
    }
    (out, caret)
}

/// Draws the note editor over `area`.
pub fn draw(frame: &mut Frame, app: &App, editor: &NoteEditor, area: Rect) {
    let t = &app.settings.theme;
    let w = area.width.saturating_sub(4).clamp(1, 90);
    let h = area.height.saturating_sub(2).clamp(1, 20);
    let lang = app.settings.language;
    let title = tr(lang, "note-title", &[("title", (&editor.title).into())]);
    let Some(inner) = super::popup(frame, app, area, (w, h), title) else {
        return;
    };
    let width = usize::from(inner.width);
    let text_height = usize::from(inner.height.saturating_sub(1)).max(1);
    // One column kept free for the caret at the end of a full row.
    let (rows, (crow, ccol)) = rows(editor, width.saturating_sub(1));
    let offset = (crow + 1).saturating_sub(text_height);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(text_height)
        .map(|(i, r)| {
            if i != crow {
                return Line::from(r.clone());
            }
            // The caret: the grapheme under it shown reversed (a space at the end).
            let mut before = String::new();
            let mut graphemes = r.graphemes(true);
            for g in graphemes.by_ref() {
                if before.width() >= ccol {
                    let after: String = graphemes.collect();
                    return Line::from(vec![
                        Span::raw(before),
                        Span::styled(g.to_string(), t.selected),
                        Span::raw(after),
                    ]);
                }
                before.push_str(g);
            }
            Line::from(vec![Span::raw(before), Span::styled(" ", t.selected)])
        })
        .collect();
    let text = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(1),
    );
    frame.render_widget(Paragraph::new(lines), text);
    let hint = if inner.height > 1 {
        tr(lang, "note-keys", &[])
    } else {
        String::new()
    };
    let status = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
    frame.render_widget(
        Paragraph::new(Span::styled(super::truncate(&hint, width), t.meta)),
        status,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_is_placed_on_wrapped_rows() {
        let mut e = NoteEditor::default();
        e.insert("abcdef\nxy");
        assert_eq!(
            rows(&e, 4),
            (vec!["abcd".into(), "ef".into(), "xy".into()], (2, 2))
        );
        e.move_line(false);
        assert_eq!(rows(&e, 4).1, (0, 2));
        e.move_caret(crate::app::CaretMove::End);
        assert_eq!(rows(&e, 4).1, (1, 2));
        e.move_caret(crate::app::CaretMove::Home);
        assert_eq!(rows(&e, 4).1, (0, 0));
        let mut full = NoteEditor::default();
        full.insert("abcd");
        assert_eq!(rows(&full, 4), (vec!["abcd".into(), "".into()], (1, 0)));
    }
}
