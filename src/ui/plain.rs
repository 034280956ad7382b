//! Plain mode (`--plain`, or `TERM=dumb`), for screen readers and braille
//! displays: no box drawing, no colour, one linear column. The first row names
//! the course and the open item; the last row says in words where the learner
//! is and what just changed ("Question 2 of 5. Answer recorded: wrong.").

use crate::i18n::{Arg, tr};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Focus, Modal, NoteEditor, Panel, SearchPanel};
use crate::course::Item;

use crate::app::spoken::{item_state, reading_time, status};

/// Draws the whole screen in plain mode.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let areas = app.areas();
    if areas.too_small {
        frame.render_widget(
            Paragraph::new(tr(app.settings.language, "plain-too-small", &[]))
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let width = usize::from(area.width);
    frame.render_widget(
        Paragraph::new(super::truncate(&header(app), width)),
        Rect::new(0, 0, area.width, 1),
    );
    let body = Rect::new(0, 1, area.width, areas.status.y.saturating_sub(1));
    let height = usize::from(body.height);
    // The modal in front takes the body; else the outline or the open text
    // (a review session's included), with the reload banner over its bottom.
    let lines: Vec<Line> = match app.modals.front() {
        Some(Modal::Overlay { overlay, scroll }) => {
            let layout = crate::app::overlay::layout(app, area, *overlay);
            frame.render_widget(
                super::overlay_paragraph(app, &layout)
                    .block(ratatui::widgets::Block::new())
                    .scroll((*scroll, 0)),
                body,
            );
            Vec::new()
        }
        Some(Modal::Search(panel)) => search_lines(app, panel, width, height),
        Some(Modal::Panel(Panel::Glossary { selected })) => {
            glossary_lines(app, *selected, width, height)
        }
        Some(Modal::Panel(Panel::Bookmarks { selected })) => {
            bookmark_lines(app, *selected, width, height)
        }
        Some(Modal::Panel(Panel::Note(editor))) => {
            note_lines(app.settings.language, editor, width, height)
        }
        Some(Modal::Review(_) | Modal::ReloadError(_)) | None
            if app.nav.focus == Focus::Outline =>
        {
            outline_lines(app, width, height)
        }
        Some(Modal::Review(_) | Modal::ReloadError(_)) | None => app
            .reader
            .view
            .rows
            .iter()
            .skip(app.reader.view.scroll)
            .take(height)
            .map(|r| {
                let v = &app.reader.view;
                let line = v.doc.row_line(r, v.width, v.hscroll);
                let line = match &app.highlight_query() {
                    Some(q) => super::search::highlight_line(&line, q),
                    None => line,
                };
                app.settings.theme.line(&super::landed_mark(app, r, line))
            })
            .map(ascii_rules)
            .collect(),
    };
    if !lines.is_empty() {
        frame.render_widget(Paragraph::new(lines), body);
    }
    if !app.modals.has_front()
        && let Some(report) = app.modals.reload_error()
    {
        // The banner over the bottom of the text, as the panes show it.
        let mut banner = vec![Line::from(super::reload::title(app))];
        banner.extend(super::reload::lines(app, report));
        let banner: Vec<Line> = banner
            .iter()
            .flat_map(|l| {
                let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                crate::text::wrap_words(&text, width)
            })
            .map(Line::from)
            .collect();
        let rows = u16::try_from(banner.len())
            .unwrap_or(u16::MAX)
            .min(body.height);
        let at = Rect::new(body.x, body.bottom() - rows, body.width, rows);
        frame.render_widget(ratatui::widgets::Clear, at);
        frame.render_widget(Paragraph::new(banner), at);
    }
    // The spoken line whole, over as many rows as it needs.
    let spoken: Vec<Line> = crate::text::wrap_words(&status(app), width)
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(spoken), areas.status);
}

/// The search panel in words: the query, then the hits around the selected one
/// (marked `>`), each as its item's title and an excerpt.
fn search_lines(app: &App, panel: &SearchPanel, width: usize, height: usize) -> Vec<Line<'static>> {
    let search = tr(
        app.settings.language,
        "plain-search",
        &[("query", (&panel.query).into())],
    );
    let mut out = vec![Line::from(search)];
    let first = panel.selected.saturating_sub(height.saturating_sub(2) / 2);
    for (i, hit) in panel.hits.iter().enumerate().skip(first) {
        let mark = if i == panel.selected { "> " } else { "  " };
        let title = app
            .course
            .modules
            .get(hit.module)
            .and_then(|m| m.items.get(hit.item))
            .map_or("", |i| i.title());
        let head = super::truncate(&format!("{mark}{title}: "), width);
        let rest = width.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str()));
        out.push(Line::from(format!(
            "{head}{}",
            crate::search::excerpt(hit, rest)
        )));
    }
    out
}

/// `lines` cut to `height` rows around the block of rows starting at `start`
/// (before the next block at `end`): the whole block shows when it fits.
fn window(lines: Vec<String>, (start, end): (usize, usize), height: usize) -> Vec<Line<'static>> {
    let offset = end.saturating_sub(height).min(start);
    lines
        .into_iter()
        .skip(offset)
        .take(height)
        .map(Line::from)
        .collect()
}

/// The glossary in words: its size, then each term (the one at position
/// `selected` of the alphabetical order marked `>`) with its aliases and its
/// definition indented below.
fn glossary_lines(app: &App, selected: usize, width: usize, height: usize) -> Vec<Line<'static>> {
    let entries = &app.course.glossary;
    let lang = app.settings.language;
    let mut lines = vec![super::truncate(
        &tr(lang, "plain-glossary", &[("count", entries.len().into())]),
        width,
    )];
    if entries.is_empty() {
        lines.push(tr(lang, "plain-glossary-none", &[]));
    }
    let mut at = (0, 0);
    let sorted = app.glossary.order().iter().filter_map(|&i| entries.get(i));
    for (i, e) in sorted.enumerate() {
        if i == selected {
            at.0 = lines.len();
        }
        let mark = if i == selected { ">" } else { " " };
        let mut term = format!("{mark} {}", e.term);
        if !e.aliases.is_empty() {
            let also = tr(
                lang,
                "glossary-also",
                &[("aliases", e.aliases.join(", ").into())],
            );
            term.push_str(&format!(" ({also})"));
        }
        lines.extend(crate::text::wrap_words(&term, width));
        for l in crate::text::wrap_words(&e.definition, width.saturating_sub(4)) {
            lines.push(format!("    {l}"));
        }
        if i == selected {
            at.1 = lines.len();
        }
    }
    window(lines, at, height)
}

/// The bookmarks in words: how many, then each one's place (module.item, or
/// "gone") and label, the one at `selected` marked `>`.
fn bookmark_lines(app: &App, selected: usize, width: usize, height: usize) -> Vec<Line<'static>> {
    let marks = &app.progress().bookmarks;
    let lang = app.settings.language;
    let mut lines = vec![tr(
        lang,
        "plain-bookmarks",
        &[("count", marks.len().into())],
    )];
    if marks.is_empty() {
        lines.push(tr(lang, "plain-bookmarks-none", &[]));
    }
    for (i, b) in marks.iter().enumerate() {
        let place = app
            .course
            .items()
            .find(|(_, _, m, it)| m.id == b.module && it.id() == b.item)
            .map_or_else(
                || tr(lang, "bookmarks-gone-place", &[]),
                |(mi, ii, _, _)| format!("{}.{}", mi + 1, ii + 1),
            );
        let mark = if i == selected { ">" } else { " " };
        let label = crate::text::sanitize_line(&b.label);
        lines.push(super::truncate(&format!("{mark} {place} {label}"), width));
    }
    let row = selected + 1;
    window(lines, (row, row + 1), height)
}

/// The note editor in words: whose note, then the text as typed (the line with
/// the caret kept in view; the spoken line says where the caret is).
fn note_lines(
    lang: crate::i18n::Language,
    editor: &NoteEditor,
    width: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let mut lines = vec![super::truncate(
        &tr(lang, "plain-note", &[("title", (&editor.title).into())]),
        width,
    )];
    let (rows, (caret, _)) = super::notes::rows(editor, width.saturating_sub(1));
    lines.extend(rows);
    window(lines, (0, caret + 2), height)
}

/// `line` with the box-drawing characters of quotes, tables and rules
/// (U+2500 to U+257F) replaced by ASCII of the same width: `|`, `-`, `+`.
fn ascii_rules(mut line: Line<'static>) -> Line<'static> {
    for span in &mut line.spans {
        if span
            .content
            .chars()
            .any(|c| ('\u{2500}'..='\u{257f}').contains(&c))
        {
            let ascii: String = span
                .content
                .chars()
                .map(|c| match c {
                    '│' | '┃' | '║' => '|',
                    '─' | '━' | '═' => '-',
                    '\u{2500}'..='\u{257f}' => '+',
                    other => other,
                })
                .collect();
            span.content = ascii.into();
        }
    }
    line
}

/// The first row: the item's kind and title, then the course (most useful first).
fn header(app: &App) -> String {
    if let Some(review) = app.modals.review() {
        let args = [
            ("title", Arg::from(&review.quiz.title)),
            ("course", Arg::from(&app.course.info.title)),
        ];
        return tr(app.settings.language, "plain-review", &args);
    }
    match app.current_item() {
        Some(item) => tr(
            app.settings.language,
            "plain-header",
            &[
                ("kind", kind(app.settings.language, item).into()),
                ("title", item.title().into()),
                ("course", (&app.course.info.title).into()),
            ],
        ),
        None => app.course.info.title.clone(),
    }
}

fn kind(lang: crate::i18n::Language, item: &Item) -> String {
    let id = match item {
        Item::Lesson(_) => "pane-lesson",
        Item::Interview(_) => "plain-interview",
        Item::Quiz(_) => "pane-quiz",
        Item::Video(_) => "pane-video",
    };
    tr(lang, id, &[])
}

/// The outline as a list in words, the selected item marked `>`, each module
/// and lesson or interview with its reading time ([`reading_time`]). Only the
/// rows shown are put in words (a module's words are counted when one of its
/// rows first shows: see [`crate::app::reading::Facts`]).
fn outline_lines(app: &App, width: usize, height: usize) -> Vec<Line<'static>> {
    use crate::app::layout::OutlinePick;
    // (module index, None for the module's own row, or its item or section)
    let rows: Vec<(usize, Option<OutlinePick>)> = (0..app.course.modules.len())
        .flat_map(|mi| {
            std::iter::once((mi, None)).chain(
                crate::app::layout::module_entries(app, mi)
                    .into_iter()
                    .map(move |p| (mi, Some(p))),
            )
        })
        .collect();
    let selected = crate::app::layout::selected_pick(app);
    let target = rows
        .iter()
        .position(|&(_, p)| p == Some(selected))
        .unwrap_or(0);
    let first = target
        .saturating_sub(height / 2)
        .min(rows.len().saturating_sub(height));
    let progress = app.progress();
    rows.into_iter()
        .skip(first)
        .take(height)
        .map(|(mi, ii)| {
            let module = &app.course.modules[mi];
            let text = match ii {
                None => {
                    let c = progress.module_completion(module);
                    let time = reading_time(
                        app.settings.language,
                        app.module_words(mi),
                        crate::app::reading::module_seconds(progress, module),
                    );
                    let lang = app.settings.language;
                    tr(
                        lang,
                        "plain-module",
                        &[
                            (
                                "heading",
                                crate::doc::views::module_heading_in(lang, mi + 1, &module.title)
                                    .into(),
                            ),
                            ("done", c.done.into()),
                            ("total", c.total.into()),
                            ("time", time.into()),
                        ],
                    )
                }
                Some(OutlinePick::Section(_, si)) => {
                    let mark = if selected == OutlinePick::Section(mi, si) {
                        ">"
                    } else {
                        " "
                    };
                    let section = tr(
                        app.settings.language,
                        "plain-section",
                        &[
                            ("title", (&module.sections[si].title).into()),
                            (
                                "state",
                                crate::app::spoken::section_state(app, mi, si).into(),
                            ),
                        ],
                    );
                    format!("{mark} {section}")
                }
                Some(OutlinePick::Item(_, ii)) => {
                    let item = &module.items[ii];
                    let mark = if selected == OutlinePick::Item(mi, ii) {
                        ">"
                    } else {
                        " "
                    };
                    // A section's items indented under it.
                    let mark = if module.sections.is_empty() {
                        mark.to_string()
                    } else {
                        format!("  {mark}")
                    };
                    let open = if app.nav.current == (mi, ii) {
                        ", open"
                    } else {
                        ""
                    };
                    let time = match item {
                        Item::Quiz(_) => String::new(),
                        _ => reading_time(
                            app.settings.language,
                            app.item_words(mi, ii),
                            crate::app::reading::item_seconds(progress, module, item),
                        ),
                    };
                    format!(
                        "{mark} {}: {} ({}{open}{time})",
                        kind(app.settings.language, item),
                        item.title(),
                        item_state(app, mi, ii)
                    )
                }
            };
            Line::from(super::truncate(&text, width))
        })
        .collect()
}
