//! The bookmarks list.

use crate::i18n::tr;
use crate::i18n::typography::count;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;

/// Draws the bookmarks list over `area`, the bookmark `selected` highlighted.
pub fn draw(frame: &mut Frame, app: &App, selected: usize, area: Rect) {
    let t = &app.settings.theme;
    let marks = &app.progress().bookmarks;
    let w = area.width.saturating_sub(4).clamp(1, 100);
    let h = u16::try_from(marks.len())
        .unwrap_or(u16::MAX)
        .saturating_add(4)
        .clamp(6, area.height.saturating_sub(2).max(1));
    let lang = app.settings.language;
    let title = tr(
        lang,
        "bookmarks-title",
        &[("count", count(lang, marks.len()))],
    );
    let Some(inner) = super::popup(frame, app, area, (w, h), title) else {
        return;
    };
    let width = usize::from(inner.width);
    let hint = tr(
        lang,
        if marks.is_empty() {
            "bookmarks-none"
        } else {
            "bookmarks-keys"
        },
        &[],
    );
    let list_height = usize::from(inner.height).saturating_sub(2);
    let offset = selected
        .saturating_sub(list_height / 2)
        .min(marks.len().saturating_sub(list_height));
    let mut lines = Vec::new();
    for (i, b) in marks.iter().enumerate().skip(offset).take(list_height) {
        // Module and item numbers, when the item is still in the course.
        let place = app
            .course
            .items()
            .find(|(_, _, m, it)| m.id == b.module && it.id() == b.item)
            .map_or_else(
                || tr(lang, "bookmarks-gone-place", &[]),
                |(mi, ii, _, _)| format!("{}.{}", mi + 1, ii + 1),
            );
        let base = if i == selected {
            t.selected
        } else {
            Style::new()
        };
        let label = crate::text::sanitize_line(&b.label);
        let rest = width.saturating_sub(place.chars().count() + 1);
        lines.push(Line::from(vec![
            Span::styled(place, base.patch(t.strong)),
            Span::styled(" ", base),
            Span::styled(super::truncate(&label, rest), base),
        ]));
    }
    let list = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(2),
    );
    frame.render_widget(Paragraph::new(lines), list);
    let status = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
    frame.render_widget(
        Paragraph::new(Span::styled(super::truncate(&hint, width), t.meta)),
        status,
    );
}
