//! The status bar: course title, position, overall progress, key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::App;

/// Draws the status bar in `area` (one row).
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let (mi, ii) = app.current;
    let modules = app.course.modules.len();
    let items = app.course.modules.get(mi).map_or(0, |m| m.items.len());
    let pct = app.progress().course_completion(&app.course).percent();
    let position = format!(
        " Module {}/{} · Item {}/{} · {} % done ",
        mi + 1,
        modules,
        ii + 1,
        items,
        pct
    );
    let width = usize::from(area.width);
    // Drop the least needed hints first, so the title keeps some room.
    let all: [(&str, &str); 4] = [
        ("?", "help"),
        ("Tab", "focus"),
        ("n/p", "item"),
        ("q", "quit"),
    ];
    let hint_w =
        |h: &[(&str, &str)]| -> usize { h.iter().map(|(k, w)| k.width() + w.width() + 3).sum() };
    let mut hints: Vec<(&str, &str)> = all.to_vec();
    for drop in ["n/p", "Tab"] {
        if width >= hint_w(&hints) + position.width() + 24 {
            break;
        }
        hints.retain(|(k, _)| *k != drop);
    }
    let mut right: Vec<Span> = Vec::new();
    for (k, what) in &hints {
        right.push(Span::styled(format!(" {k} "), t.key));
        right.push(Span::styled(format!("{what} "), t.status));
    }
    let right_w: usize = right.iter().map(|s| s.content.width()).sum();
    let mut spans = Vec::new();
    let left = match &app.notice {
        Some(n) => Span::styled(format!(" {n} "), t.warning),
        None => Span::styled(
            format!(" {} ", app.course.info.title),
            t.status.patch(t.strong),
        ),
    };
    let mut used = 0;
    let room_for_left = width.saturating_sub(right_w + position.width());
    let left_text = super::outline_truncate(&left.content, room_for_left.max(8).min(width));
    used += left_text.width();
    spans.push(Span::styled(left_text, left.style));
    if used + position.width() + right_w <= width {
        spans.push(Span::styled(position.clone(), t.status));
        used += position.width();
    }
    if used + right_w <= width {
        spans.push(Span::styled(" ".repeat(width - used - right_w), t.status));
        spans.extend(right);
    } else {
        spans.push(Span::styled(
            " ".repeat(width.saturating_sub(used)),
            t.status,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status), area);
}
