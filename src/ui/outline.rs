//! The outline pane: modules with a progress gauge, and their items with marks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus};
use crate::course::Item;
use crate::progress::Success;

/// One line of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineRow {
    /// The text.
    pub line: Line<'static>,
    /// The item this row stands for, if it is an item row.
    pub item: Option<(usize, usize)>,
}

/// Cuts `s` to at most `width` display columns, ending with `…` when cut.
pub(crate) fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(s, true) {
        let gw = g.width();
        if w + gw + 1 > width {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.push('…');
    out
}

/// The outline's rows for a pane `width` columns wide (inside its border): two
/// rows per module (title, gauge), then one per item. Drawing builds only the rows
/// on screen ([`visible_rows`]); this whole list is what they are checked against.
#[cfg(test)]
fn rows(app: &App, width: usize) -> Vec<OutlineRow> {
    let mut out = Vec::new();
    for mi in 0..app.course.modules.len() {
        module_rows(app, mi, width, &mut out);
    }
    out
}

/// Rows above each module's first row, and the number of rows in all.
fn module_starts(app: &App) -> (Vec<usize>, usize) {
    let mut starts = Vec::with_capacity(app.course.modules.len());
    let mut at = 0;
    for module in &app.course.modules {
        starts.push(at);
        at += 2 + module.items.len();
    }
    (starts, at)
}

/// Appends the rows of module `mi` to `out`.
fn module_rows(app: &App, mi: usize, width: usize, out: &mut Vec<OutlineRow>) {
    let t = &app.theme;
    let progress = app.progress();
    let module = &app.course.modules[mi];
    let complete = progress.module_complete(module);
    let mark = if complete { "✓ " } else { "  " };
    let title = truncate(
        &format!("{}. {}", mi + 1, module.title),
        width.saturating_sub(mark.width()).max(4),
    );
    out.push(OutlineRow {
        line: Line::from(vec![
            Span::styled(mark, t.done),
            Span::styled(title, t.module),
        ]),
        item: None,
    });
    // Completion (reading) and success (the quiz) apart, as SCORM has them: a
    // gauge of lessons and interviews read, then how the quiz went.
    let c = progress.module_reading(module);
    let cells = c.total.min(10).min(width.saturating_sub(16)).max(1);
    let filled = (c.done * cells).checked_div(c.total).unwrap_or(0);
    let mut gauge = vec![
        Span::raw("   "),
        Span::styled("■".repeat(filled), t.done),
        Span::styled("□".repeat(cells - filled), t.meta),
        Span::styled(format!(" {}/{} read", c.done, c.total), t.meta),
    ];
    // The longest wording that fits what the gauge leaves.
    let room = width.saturating_sub(gauge.iter().map(|s| s.content.width()).sum());
    let fit = |wordings: [String; 3]| {
        let [long, medium, short] = wordings;
        [long, medium]
            .into_iter()
            .find(|w| w.width() <= room)
            .unwrap_or(short)
    };
    let since = |best: u32, last: u32| {
        if last == best {
            String::new()
        } else {
            format!(", last {last} %")
        }
    };
    match progress.module_success(module) {
        Success::NoQuiz => {}
        Success::NotAttempted => gauge.push(Span::styled(
            fit([" · quiz to take".into(), " · quiz ?".into(), " ?".into()]),
            t.meta,
        )),
        Success::Passed { best, last } => gauge.push(Span::styled(
            fit([
                format!(" · passed {best} %{}", since(best, last)),
                format!(" · ✓ {best} %"),
                format!(" ✓{best}%"),
            ]),
            t.done,
        )),
        Success::Failed { best, last } => gauge.push(Span::styled(
            fit([
                format!(" · not passed, best {best} %{}", since(best, last)),
                format!(" · ✗ {best} %"),
                format!(" ✗{best}%"),
            ]),
            t.wrong,
        )),
    }
    out.push(OutlineRow {
        line: Line::from(gauge),
        item: None,
    });
    for (ii, item) in module.items.iter().enumerate() {
        let open = app.current == (mi, ii);
        let (mark, style): (String, Style) = match item {
            Item::Quiz(q) => {
                let best = progress.best_percent(&module.id, &q.id);
                if progress.quiz_passed(&module.id, &q.id) {
                    ("✓".into(), t.done)
                } else if best.is_some() {
                    ("✗".into(), t.wrong)
                } else {
                    ("?".into(), t.meta)
                }
            }
            other if progress.is_read(&module.id, other.id()) => ("✓".into(), t.done),
            _ => ("○".into(), t.meta),
        };
        // Read or passed, but the item changed since.
        let (mark, style) = if crate::app::reading::changed(app, mi, ii) {
            ("!".into(), t.wrong)
        } else {
            (mark, style)
        };
        let pointer = if open { "▶" } else { " " };
        let score = match item {
            Item::Quiz(q) => progress
                .best_percent(&module.id, &q.id)
                .map(|p| format!(" {p}%"))
                .unwrap_or_default(),
            _ => String::new(),
        };
        let title_w = width.saturating_sub(5 + score.width());
        let title = truncate(item.title(), title_w.max(3));
        let selected = app.selected == (mi, ii) && app.focus == Focus::Outline;
        let title_style = match (selected, open) {
            (true, _) => t.selected,
            (false, true) => t.strong,
            _ => Style::new(),
        };
        out.push(OutlineRow {
            line: Line::from(vec![
                Span::styled(format!(" {pointer}"), t.bullet),
                Span::styled(format!("{mark} "), style),
                Span::styled(title, title_style),
                Span::styled(score, style),
            ]),
            item: Some((mi, ii)),
        });
    }
}

/// The outline's rows from `offset`, at most `height` of them: only the modules
/// on screen are laid out, so the cost does not grow with the course.
pub fn visible_rows(app: &App, width: usize, offset: usize, height: usize) -> Vec<OutlineRow> {
    let (starts, _) = module_starts(app);
    let first = starts.partition_point(|&s| s <= offset).saturating_sub(1);
    let mut out = Vec::new();
    let mut at = starts.get(first).copied().unwrap_or(0);
    for mi in first..app.course.modules.len() {
        if at >= offset + height {
            break;
        }
        let before = out.len();
        module_rows(app, mi, width, &mut out);
        at += out.len() - before;
    }
    let skip = offset.saturating_sub(starts.get(first).copied().unwrap_or(0));
    out.into_iter().skip(skip).take(height).collect()
}

/// The first row shown in an outline `height` rows high: the selected item is
/// kept visible, roughly centred when the outline is long. Its row is counted,
/// not laid out: only the rows on screen are built.
fn offset(app: &App, height: u16) -> usize {
    let height = usize::from(height);
    let (starts, total) = module_starts(app);
    let (mi, ii) = app.selected;
    let target = starts
        .get(mi)
        .filter(|_| ii < app.course.modules[mi].items.len())
        .map_or(0, |s| s + 2 + ii);
    let max_offset = total.saturating_sub(height);
    target.saturating_sub(height / 2).min(max_offset)
}

/// The item whose row is at screen row `y` in an outline drawn in `area`
/// (border included), if any: what a click there selects.
pub fn item_at(app: &App, area: Rect, y: u16) -> Option<(usize, usize)> {
    let inner = area.inner(ratatui::layout::Margin::new(1, 1));
    if inner.is_empty() || y < inner.y || y >= inner.bottom() {
        return None;
    }
    let offset = offset(app, inner.height);
    let row = offset + usize::from(y - inner.y);
    visible_rows(app, usize::from(inner.width), row, 1)
        .first()?
        .item
}

/// Draws the outline in `area` (nothing when the area is empty).
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    if area.is_empty() {
        return;
    }
    let focused = app.focus == Focus::Outline;
    let block = super::pane("Outline".into(), focused, app);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset = offset(app, inner.height);
    let lines: Vec<Line> = visible_rows(app, usize::from(inner.width), offset, height)
        .into_iter()
        .map(|r| r.line)
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visible_rows_are_the_rows_on_screen_of_the_whole_outline() {
        let course = crate::course::load_bundled().unwrap();
        let state = crate::progress::State::default();
        let mut app = App::new(course, state, crate::ui::theme::Theme::plain());
        let (m, i) = (1, 2);
        let ids = (
            app.course.modules[m].id.clone(),
            app.course.modules[m].items[i].id().to_owned(),
        );
        app.progress_mut().mark_read(&ids.0, &ids.1, 0);
        let all = rows(&app, 30);
        for offset in 0..all.len() + 3 {
            for height in [0, 1, 7, 40, 500] {
                let want: Vec<_> = all.iter().skip(offset).take(height).cloned().collect();
                assert_eq!(
                    visible_rows(&app, 30, offset, height),
                    want,
                    "offset {offset}, height {height}"
                );
            }
        }
    }
}
