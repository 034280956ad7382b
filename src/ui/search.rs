//! The search panel, and highlighting matches in the content.

use crate::i18n::tr;
use crate::i18n::typography::count;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, SearchPanel};
use crate::doc;
use crate::search::{Field, Query};

/// `line` with every match of `query` marked as a search match
/// ([`doc::Role::Search`], added to the span's own roles).
pub fn highlight_line(line: &doc::Line, query: &Query) -> doc::Line {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let ranges = query.find(&text);
    if ranges.is_empty() {
        return line.clone();
    }
    doc::Line::from(doc::glossary::restyle(
        &line.spans,
        &ranges,
        doc::Style::role(doc::Role::Search),
    ))
}

/// Draws the search panel over `area`.
pub fn draw_panel(frame: &mut Frame, app: &App, panel: &SearchPanel, area: Rect) {
    let t = &app.settings.theme;
    let w = area.width.saturating_sub(4).clamp(1, 100);
    let h = area.height.saturating_sub(2).max(1);
    let lang = app.settings.language;
    let title = tr(lang, "search-title", &[]);
    let Some(inner) = super::popup(frame, app, area, (w, h), title) else {
        return;
    };
    let width = usize::from(inner.width);
    let mut lines = vec![Line::from(vec![
        Span::styled("/ ", t.bullet),
        Span::styled(panel.query.clone(), t.strong),
        Span::styled(" ", t.selected),
    ])];
    let status = match (panel.query.trim().is_empty(), panel.hits.len()) {
        (true, _) => tr(lang, "search-empty", &[]),
        (false, 0) => tr(lang, "search-no-match", &[]),
        (false, 1) => tr(lang, "search-one-match", &[]),
        (false, n) if n >= crate::search::MAX_HITS => {
            tr(lang, "search-first-matches", &[("count", count(lang, n))])
        }
        (false, n) => tr(lang, "search-matches", &[("count", count(lang, n))]),
    };
    // The uses of a glossary entry: say which words were looked for.
    let status = match panel.term.and_then(|e| app.course.glossary.get(e)) {
        Some(entry) => {
            let names: Vec<&str> = std::iter::once(entry.term.as_str())
                .chain(entry.aliases.iter().map(String::as_str))
                .collect();
            let in_glossary = panel
                .hits
                .iter()
                .filter(|h| h.field == crate::search::Field::Glossary)
                .count();
            let status = match in_glossary {
                0 => status,
                n => {
                    let in_glossary = tr(lang, "search-in-glossary", &[("count", count(lang, n))]);
                    status.replacen(" · ", &format!(" ({in_glossary}) · "), 1)
                }
            };
            let uses = tr(lang, "search-uses", &[("names", names.join(", ").into())]);
            format!("{uses} · {status}")
        }
        None => status,
    };
    lines.push(Line::from(Span::styled(
        super::truncate(&status, width),
        t.meta,
    )));
    lines.push(Line::default());
    let list_height = usize::from(inner.height).saturating_sub(lines.len());
    let offset = panel
        .selected
        .saturating_sub(list_height / 2)
        .min(panel.hits.len().saturating_sub(list_height));
    let shown: Vec<(usize, &crate::search::Hit, String)> = panel
        .hits
        .iter()
        .enumerate()
        .skip(offset)
        .take(list_height)
        .map(|(i, hit)| {
            let item = || &app.course.modules[hit.module].items[hit.item];
            let place = match hit.field {
                Field::Title => {
                    // The item's kind in the learner's words (`leçon`).
                    let kind = tr(lang, &format!("search-kind-{}", item().kind()), &[]);
                    format!("{}.{} {kind}", hit.module + 1, hit.item + 1)
                }
                Field::Text => format!("{}.{} {}", hit.module + 1, hit.item + 1, item().title()),
                Field::Glossary => tr(lang, "search-glossary", &[]),
            };
            (i, hit, place)
        })
        .collect();
    // Places are cut at one column for the rows shown: a third of the row, or
    // more when the longest excerpt leaves more; each excerpt fills what its
    // place leaves.
    let longest = |f: &dyn Fn(&(usize, &crate::search::Hit, String)) -> usize| {
        shown.iter().map(f).max().unwrap_or(0)
    };
    let places = longest(&|(_, _, place)| place.width());
    let excerpts = longest(&|(_, hit, _)| hit.context.width());
    let column = places
        .min((width / 3).max(width.saturating_sub(excerpts + 3)))
        .max(8)
        .min(width);
    for (i, hit, place) in shown {
        let place = super::truncate(&place, column);
        let rest = width.saturating_sub(place.width() + 3);
        let context = crate::search::excerpt(hit, rest);
        let selected = i == panel.selected;
        let base = if selected {
            doc::Style::role(doc::Role::Selected)
        } else {
            doc::Style::new()
        };
        let line = doc::Line::from(vec![
            doc::Span::styled(place, base.with(doc::Role::Strong)),
            doc::Span::styled(" · ", base.with(doc::Role::Meta)),
            doc::Span::styled(context, base),
        ]);
        lines.push(t.line(&highlight_line(&line, &panel.find(app))));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
