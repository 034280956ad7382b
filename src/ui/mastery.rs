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
/// questions, rounded to the nearest cell.
fn filled(m: &ObjectiveMastery) -> usize {
    (m.right * BAR + m.attempted / 2)
        .checked_div(m.attempted)
        .unwrap_or(0)
        .min(BAR)
}

/// What the learner got on an objective: `3 of 4 right, 75 %`, with the
/// questions no attempt answered yet.
pub fn summary(m: &ObjectiveMastery) -> String {
    let q = |n: usize| if n == 1 { "question" } else { "questions" };
    if m.questions == 0 {
        return "no question tests it yet".into();
    }
    if m.attempted == 0 {
        return format!("not attempted yet ({} {})", m.questions, q(m.questions));
    }
    let mut s = format!(
        "{} of {} right, {} %",
        m.right,
        m.attempted,
        m.percent().unwrap_or(0)
    );
    let left = m.questions - m.attempted;
    if left > 0 {
        s.push_str(&format!(" ({left} more {} not attempted yet)", q(left)));
    }
    s
}

/// The overlay's text and width in columns, for a terminal `area`.
pub(crate) fn lines(app: &App, area: Rect) -> (Vec<Line<'static>>, u16) {
    let t = &app.theme;
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
            lines.push(Line::from(vec![
                Span::styled("• ", t.bullet),
                Span::raw(o.objective.title.clone()),
            ]));
            let n = filled(o);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled("█".repeat(n), t.done),
                Span::styled("░".repeat(BAR - n), t.meta),
                Span::raw(" "),
                Span::styled(summary(o), if o.attempted == 0 { t.meta } else { t.strong }),
            ]));
        }
    }
    (lines, area.width.saturating_sub(4).min(90))
}
