//! The mastery overlay: every learning objective of the course, grouped by
//! module, with the share of its questions answered right (computed by
//! [`crate::progress::mastery`]).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::progress::{ObjectiveMastery, mastery};

/// Cells of the bar drawn for each objective.
const BAR: usize = 10;

/// How many of the [`BAR`] cells are filled: right answers over attempted
/// questions, rounded down (as the percentage is).
fn filled(m: &ObjectiveMastery) -> usize {
    (m.right * BAR)
        .checked_div(m.attempted)
        .unwrap_or(0)
        .min(BAR)
}

/// The overlay's text and width in columns, for a terminal `area`.
pub(crate) fn lines(app: &App, area: Rect) -> (Vec<Line<'static>>, u16) {
    let t = &app.theme;
    let width = area.width.saturating_sub(4).min(90);
    // Inside the borders and the padding.
    let text_width = width.saturating_sub(4).max(10);
    let all = mastery(&app.course, app.progress());
    let mut lines = vec![Line::from(Span::styled(
        "Each objective: the share of its questions you answered right on your latest \
         full attempt of each quiz (practice retakes do not count).",
        t.meta,
    ))];
    if all.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from("This course declares no learning objectives."));
    }
    for m in &all {
        let module = &app.course.modules[m.module];
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("{}. {}", m.module + 1, module.title),
            t.strong,
        )));
        for o in &m.objectives {
            // Wrapped here, so that the lines after the first stay under the text.
            let title = wrap(
                &o.objective.title,
                usize::from(text_width).saturating_sub(2),
            );
            for (i, part) in title.into_iter().enumerate() {
                let lead = if i == 0 {
                    Span::styled("• ", t.bullet)
                } else {
                    Span::raw("  ")
                };
                lines.push(Line::from(vec![lead, Span::raw(part)]));
            }
            let n = filled(o);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled("█".repeat(n), t.done),
                Span::styled("░".repeat(BAR - n), t.meta),
                Span::raw(" "),
                Span::styled(
                    o.summary(),
                    if o.attempted == 0 { t.meta } else { t.strong },
                ),
            ]));
        }
    }
    (lines, width)
}

/// `text` broken between words into lines of at most `width` columns (a word
/// longer than that gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}
