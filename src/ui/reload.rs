//! `amphi preview`: the banner that says why the course on disk was not
//! reloaded, drawn over the bottom of the screen while the last good course stays
//! readable above it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Padding, Paragraph, Wrap};

use crate::app::App;
use crate::course::Report;
use crate::i18n::tr;

/// Problems listed in the banner at most; the rest are counted.
const SHOWN: usize = 4;

/// The banner's text: the first problems of `report` (the rest counted), then
/// what is shown instead, in the learner's language. Plain mode shows these
/// lines too, under its title ([`title`]).
pub(crate) fn lines(app: &App, report: &Report) -> Vec<Line<'static>> {
    let t = &app.settings.theme;
    let mut lines: Vec<Line> = report
        .problems
        .iter()
        .take(SHOWN)
        .map(|p| Line::from(p.render(app.settings.language)))
        .collect();
    let lang = app.settings.language;
    let more = report.problems.len().saturating_sub(SHOWN);
    if more > 0 {
        let count = crate::i18n::typography::count(lang, more);
        lines.push(Line::from(tr(lang, "reload-more", &[("count", count)])));
    }
    lines.push(Line::from(Span::styled(
        tr(lang, "reload-showing", &[]),
        t.meta,
    )));
    lines
}

/// The banner's title, in the learner's language.
pub(crate) fn title(app: &App) -> String {
    tr(app.settings.language, "reload-title", &[])
}

/// Draws the banner of `report` at the bottom of `area` (above the status bar).
pub fn draw(frame: &mut Frame, app: &App, area: Rect, report: &Report) {
    let t = &app.settings.theme;
    let lines = lines(app, report);
    let width = area.width;
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.wrong)
        .title(format!(" {} ", title(app)))
        .title_style(t.wrong)
        .padding(Padding::horizontal(crate::app::layout::PADDING));
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    // Rows as the paragraph wraps them inside the borders and the padding.
    let inner = width
        .saturating_sub(2 + 2 * crate::app::layout::PADDING)
        .max(1);
    let rows = u16::try_from(paragraph.line_count(inner)).unwrap_or(u16::MAX);
    let height = rows
        .saturating_add(2)
        .min(area.height.saturating_sub(1))
        .max(3);
    let y = area.y + area.height.saturating_sub(height + 1);
    let banner = Rect::new(area.x, y, width, height);
    frame.render_widget(Clear, banner);
    frame.render_widget(paragraph.block(block), banner);
}
