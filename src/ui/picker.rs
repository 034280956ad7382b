//! Drawing the course picker ([`crate::app::picker`]) from its state only.
//!
//! Each course takes three rows: its title (and where it comes from), then a
//! progress bar with the percentage done, quizzes passed and the last study date,
//! then a blank row. A status line at the bottom shows the keys, or a notice.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::truncate;
use crate::app::picker::{Picker, PickerEntry};
use crate::i18n::{tr, typography};

/// Rows each course takes.
const ROWS_PER_COURSE: u16 = 3;
/// The smallest screen the picker is drawn on; below it, a short message.
pub const MIN_WIDTH: u16 = 24;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 6;

/// Draws the picker on the whole frame.
pub fn draw(frame: &mut Frame, picker: &Picker) {
    let area = frame.area();
    let lang = picker.language;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = vec![
            Line::from(tr(lang, "too-small", &[])),
            Line::from(tr(lang, "too-small-quit", &[])),
        ];
        frame.render_widget(
            Paragraph::new(text)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let t = &picker.theme;
    let body = Rect::new(area.x, area.y, area.width, area.height - 1);
    let status = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
    let count = picker.entries.len();
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(
            format!(" {} ", tr(lang, "picker-title", &[])),
            t.pane_title,
        ))
        .title_bottom(
            Line::from(format!(
                " {} ",
                tr(
                    lang,
                    "picker-position",
                    &[
                        ("place", typography::count(lang, picker.selected + 1)),
                        ("count", typography::count(lang, count))
                    ]
                )
            ))
            .right_aligned(),
        );
    let inner = block.inner(body);
    frame.render_widget(block, body);

    let shown = usize::from((inner.height / ROWS_PER_COURSE).max(1));
    let first = (picker.selected + 1).saturating_sub(shown);
    let mut lines: Vec<Line> = Vec::new();
    for (i, entry) in picker.entries.iter().enumerate().skip(first).take(shown) {
        let selected = i == picker.selected;
        lines.extend(entry_lines(
            picker,
            entry,
            selected,
            usize::from(inner.width),
        ));
        lines.push(Line::default());
    }
    frame.render_widget(Paragraph::new(lines), inner);
    draw_status(frame, picker, status);
}

/// The two rows of one course, `width` columns wide.
fn entry_lines(
    picker: &Picker,
    entry: &PickerEntry,
    selected: bool,
    width: usize,
) -> [Line<'static>; 2] {
    let t = &picker.theme;
    let lang = picker.language;
    let s = &entry.summary;
    let source = format!(
        " {} ",
        tr(lang, &format!("picker-source-{}", entry.source), &[])
    );
    let marker = if selected { " › " } else { "   " };
    let room = width.saturating_sub(marker.width() + source.width());
    let title = truncate(&s.title, room);
    let fill = room.saturating_sub(title.width());
    let title_style = if selected { t.selected } else { t.strong };
    let first = Line::from(vec![
        Span::styled(marker, title_style),
        Span::styled(title, title_style),
        Span::styled(" ".repeat(fill), title_style),
        Span::styled(source, t.meta),
    ]);
    let indent = "   ";
    let room = width.saturating_sub(indent.width());
    let second = match (&entry.problem, s.percent) {
        (Some(_), _) | (None, None) => {
            let why = match &entry.problem {
                Some(why) => why.clone(),
                None => tr(lang, "picker-invalid", &[]),
            };
            let said = tr(lang, "picker-cannot-open", &[("why", why.into())]);
            Line::from(vec![
                Span::raw(indent),
                Span::styled(truncate(&said, room), t.wrong),
            ])
        }
        (None, Some(percent)) => {
            let bar_w = (room / 4).clamp(4, 20);
            let filled = bar_w * percent.min(100) as usize / 100;
            let studied = match s.last_studied {
                Some(at) => {
                    let date = crate::i18n::typography::date(lang, at)
                        .unwrap_or_else(|| crate::library::date(at));
                    tr(lang, "picker-last-studied", &[("date", date.into())])
                }
                None => tr(lang, "picker-not-started", &[]),
            };
            let stats = format!(
                " {}",
                tr(
                    lang,
                    "picker-stats",
                    &[
                        ("percent", format!("{percent:>3}").into()),
                        ("passed", typography::count(lang, s.quizzes.0)),
                        ("quizzes", typography::count(lang, s.quizzes.1)),
                        ("studied", studied.into())
                    ]
                )
            );
            let stats = truncate(&stats, room.saturating_sub(bar_w));
            Line::from(vec![
                Span::raw(indent),
                Span::styled("█".repeat(filled), t.done),
                Span::styled("░".repeat(bar_w - filled), t.meta),
                Span::styled(stats, t.meta),
            ])
        }
    };
    [first, second]
}

/// The status line: a notice when there is one, else the keys.
fn draw_status(frame: &mut Frame, picker: &Picker, area: Rect) {
    let t = &picker.theme;
    let width = usize::from(area.width);
    let line = if let Some(notice) = &picker.notice {
        let text = truncate(&format!(" {notice} "), width);
        let fill = width.saturating_sub(text.width());
        Line::from(vec![
            Span::styled(text, t.warning),
            Span::styled(" ".repeat(fill), t.warning),
        ])
    } else {
        let lang = picker.language;
        let said = |id: &str| tr(lang, id, &[]);
        let words = [
            said("picker-move"),
            said("picker-open"),
            said("picker-quit"),
        ];
        let enter = crate::app::keys::label("Enter", lang);
        let mut hints = vec![
            ("↑↓/jk", words[0].as_str()),
            (enter.as_str(), words[1].as_str()),
            ("q", words[2].as_str()),
        ];
        let hint_w = |h: &[(&str, &str)]| -> usize {
            h.iter().map(|(k, w)| k.width() + w.width() + 3).sum()
        };
        let title = " amphi ";
        if hint_w(&hints) + title.width() > width {
            hints.retain(|(k, _)| *k != "↑↓/jk");
        }
        let mut spans = Vec::new();
        let mut used = 0;
        if hint_w(&hints) + title.width() <= width {
            spans.push(Span::styled(title, t.status.patch(t.strong)));
            used += title.width();
        }
        for (k, what) in hints {
            spans.push(Span::styled(format!(" {k} "), t.key));
            spans.push(Span::styled(format!("{what} "), t.status));
            used += k.width() + what.width() + 3;
        }
        spans.push(Span::styled(
            " ".repeat(width.saturating_sub(used)),
            t.status,
        ));
        Line::from(spans)
    };
    frame.render_widget(Paragraph::new(line), area);
}
