//! The glossary pane, and underlining glossary terms in the content.

use crate::i18n::tr;
use crate::i18n::typography::count;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;

/// Draws the glossary pane over `area`: the entries in alphabetical order, the
/// one at position `selected` in that order highlighted.
pub fn draw(frame: &mut Frame, app: &App, selected: usize, area: Rect) {
    let t = &app.settings.theme;
    let entries = &app.course.glossary;
    let w = area.width.saturating_sub(4).clamp(1, 100);
    let h = area.height.saturating_sub(2).max(1);
    let lang = app.settings.language;
    let title = tr(
        lang,
        "glossary-title",
        &[("count", count(lang, entries.len()))],
    );
    let Some(inner) = super::popup(frame, app, area, (w, h), title) else {
        return;
    };
    let width = usize::from(inner.width);
    let hint = tr(
        lang,
        if entries.is_empty() {
            "glossary-none"
        } else {
            "glossary-keys"
        },
        &[],
    );
    let mut lines: Vec<Line> = Vec::new();
    // Line where each entry starts, to keep the selected one in view.
    let mut starts = Vec::new();
    // In alphabetical order; `selected` is a position in it.
    let sorted = app.glossary.order().iter().filter_map(|&i| entries.get(i));
    for (i, e) in sorted.enumerate() {
        starts.push(lines.len());
        let sel = i == selected;
        let term_style = if sel {
            t.selected.patch(t.strong)
        } else {
            t.strong
        };
        let mut term = vec![Span::styled(super::truncate(&e.term, width), term_style)];
        if !e.aliases.is_empty() {
            let also = tr(
                lang,
                "glossary-also",
                &[("aliases", e.aliases.join(", ").into())],
            );
            let aliases = format!("  {also}");
            let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(e.term.as_str()));
            term.push(Span::styled(super::truncate(&aliases, room), t.meta));
        }
        lines.push(Line::from(term));
        // Formulas as their Unicode text (the list shows one definition under
        // another, plain text, no display blocks).
        let definition = crate::text::math::to_unicode(&e.definition);
        for l in crate::text::wrap_words(&definition, width.saturating_sub(2)) {
            lines.push(Line::from(format!("  {l}")));
        }
        lines.push(Line::default());
    }
    let list_height = usize::from(inner.height).saturating_sub(1);
    let start = starts.get(selected).copied().unwrap_or(0);
    let end = starts.get(selected + 1).copied().unwrap_or(lines.len());
    // Scroll so the whole selected entry shows, its term at the top when it must.
    let offset = end.saturating_sub(list_height).min(start);
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(list_height).collect();
    let list = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(1),
    );
    frame.render_widget(Paragraph::new(shown), list);
    let status = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
    frame.render_widget(
        Paragraph::new(Span::styled(super::truncate(&hint, width), t.meta)),
        status,
    );
}
