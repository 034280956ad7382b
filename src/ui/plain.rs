//! Plain mode (`--plain`, or `TERM=dumb`), for screen readers and braille
//! displays: no box drawing, no colour, one linear column. The first row names
//! the course and the open item; the last row says in words where the learner
//! is and what just changed ("Question 2 of 5. Answer recorded: wrong.").

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Focus, Modal, Mode, NoteEditor, Panel, SearchPanel, Stage};
use crate::course::Item;

use super::layout::Areas;

/// The areas in plain mode for a terminal of `size`: a header row, the text in
/// the full width below it, the spoken line at the bottom in `status_rows` rows
/// (see [`status_rows`]; at least one, and at most what leaves the text one
/// row). The outline, when it has focus, takes the text's place.
pub fn areas(size: (u16, u16), focus: Focus, status_rows: u16) -> Areas {
    let (w, h) = size;
    if w < 20 || h < 4 {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let status_rows = status_rows.clamp(1, h - 2);
    let body = Rect::new(0, 1, w, h - 1 - status_rows);
    let (outline, content) = match focus {
        Focus::Outline => (body, Rect::default()),
        Focus::Content => (Rect::default(), body),
    };
    Areas {
        outline,
        content: body,
        text: if content.is_empty() { body } else { content },
        status: Rect::new(0, h - status_rows, w, status_rows),
        too_small: false,
        outline_overlay: true,
    }
}

/// Rows the spoken line ([`status`]) takes when wrapped at `width` columns: it
/// is never cut, a screen reader must get all of it.
///
/// Counted on the line with the largest numbers it can show for the open text
/// ("Lines N–N of N"): the count then does not depend on the scroll position
/// nor on the text's height, which it decides, and the line shown, whose
/// numbers are no longer, always fits.
pub fn status_rows(app: &App, width: u16) -> u16 {
    let rows = super::glossary::wrap_words(&spoken(app, true), usize::from(width)).len();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// Draws the whole screen in plain mode.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let areas = app.areas();
    if areas.too_small {
        frame.render_widget(
            Paragraph::new("Terminal too small. q quits.").wrap(Wrap { trim: true }),
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
            let layout = super::overlay_layout(app, area, *overlay);
            frame.render_widget(
                layout
                    .paragraph
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
        Some(Modal::Panel(Panel::Note(editor))) => note_lines(editor, width, height),
        Some(Modal::Review(_) | Modal::ReloadError(_)) | None if app.focus == Focus::Outline => {
            outline_lines(app, width, height)
        }
        Some(Modal::Review(_) | Modal::ReloadError(_)) | None => app
            .view
            .rows
            .iter()
            .skip(app.view.scroll)
            .take(height)
            .map(|r| {
                let v = &app.view;
                let line = v.doc.row_line(r, v.width, v.hscroll);
                let line = match &app.highlight_query() {
                    Some(q) => super::search::highlight_line(&line, q),
                    None => line,
                };
                app.theme.line(&super::landed_mark(app, r, line))
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
        let mut banner = vec![Line::from(super::reload::TITLE)];
        banner.extend(super::reload::lines(app, report));
        let banner: Vec<Line> = banner
            .iter()
            .flat_map(|l| {
                let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                super::glossary::wrap_words(&text, width)
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
    let spoken: Vec<Line> = super::glossary::wrap_words(&status(app), width)
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(spoken), areas.status);
}

/// The search panel in words: the query, then the hits around the selected one
/// (marked `>`), each as its item's title and an excerpt.
fn search_lines(app: &App, panel: &SearchPanel, width: usize, height: usize) -> Vec<Line<'static>> {
    let mut out = vec![Line::from(format!("Search: {}", panel.query))];
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
    let mut lines = vec![super::truncate(
        &format!("Glossary, {} terms:", entries.len()),
        width,
    )];
    if entries.is_empty() {
        lines.push("This course has no glossary.".into());
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
            term.push_str(&format!(" (also: {})", e.aliases.join(", ")));
        }
        lines.extend(super::glossary::wrap_words(&term, width));
        for l in super::glossary::wrap_words(&e.definition, width.saturating_sub(4)) {
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
    let mut lines = vec![format!("Bookmarks, {}:", marks.len())];
    if marks.is_empty() {
        lines.push("No bookmarks yet: m marks the place you are reading.".into());
    }
    for (i, b) in marks.iter().enumerate() {
        let place = app
            .course
            .items()
            .find(|(_, _, m, it)| m.id == b.module && it.id() == b.item)
            .map_or("gone".to_string(), |(mi, ii, _, _)| {
                format!("{}.{}", mi + 1, ii + 1)
            });
        let mark = if i == selected { ">" } else { " " };
        let label = crate::text::sanitize_line(&b.label);
        lines.push(super::truncate(&format!("{mark} {place} {label}"), width));
    }
    let row = selected + 1;
    window(lines, (row, row + 1), height)
}

/// The note editor in words: whose note, then the text as typed (the line with
/// the caret kept in view; the spoken line says where the caret is).
fn note_lines(editor: &NoteEditor, width: usize, height: usize) -> Vec<Line<'static>> {
    let mut lines = vec![super::truncate(
        &format!("Note on {}:", editor.title),
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
        return format!("Review: {} — {}", review.quiz.title, app.course.info.title);
    }
    match app.current_item() {
        Some(item) => format!(
            "{}: {} — {}",
            kind(item),
            item.title(),
            app.course.info.title
        ),
        None => app.course.info.title.clone(),
    }
}

fn kind(item: &Item) -> &'static str {
    match item {
        Item::Lesson(_) => "Lesson",
        Item::Interview(_) => "Interview",
        Item::Quiz(_) => "Quiz",
    }
}

/// An item's state in words.
fn item_state(app: &App, mi: usize, ii: usize) -> String {
    let module = &app.course.modules[mi];
    let item = &module.items[ii];
    let p = app.progress();
    let mut s = match item {
        Item::Quiz(q) => match p.best_shown(&module.id, &q.id) {
            Some(best) if p.quiz_passed(&module.id, &q.id) => format!("passed, best {best}%"),
            Some(best) => format!("not passed, best {best}%"),
            None => "not taken".to_string(),
        },
        other if p.is_read(&module.id, other.id()) => "read".to_string(),
        _ => "unread".to_string(),
    };
    if crate::app::reading::changed(app, mi, ii) {
        s.push_str(", changed since");
    }
    s
}

/// The outline as a list in words, the selected item marked `>`, each module
/// and lesson or interview with its reading time ([`reading_time`]). Only the
/// rows shown are put in words (a module's words are counted when one of its
/// rows first shows: see [`crate::app::reading::Facts`]).
fn outline_lines(app: &App, width: usize, height: usize) -> Vec<Line<'static>> {
    // (module index, item index or None for the module's own row)
    let rows: Vec<(usize, Option<usize>)> = app
        .course
        .modules
        .iter()
        .enumerate()
        .flat_map(|(mi, m)| {
            std::iter::once((mi, None)).chain((0..m.items.len()).map(move |ii| (mi, Some(ii))))
        })
        .collect();
    let target = rows
        .iter()
        .position(|&(mi, ii)| ii.map(|ii| (mi, ii)) == Some(app.selected))
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
                        app.module_words(mi),
                        crate::app::reading::module_seconds(progress, module),
                    );
                    format!(
                        "{} ({} of {} done{time})",
                        super::outline::module_heading(mi + 1, &module.title),
                        c.done,
                        c.total
                    )
                }
                Some(ii) => {
                    let item = &module.items[ii];
                    let mark = if app.selected == (mi, ii) { ">" } else { " " };
                    let open = if app.current == (mi, ii) {
                        ", open"
                    } else {
                        ""
                    };
                    let time = match item {
                        Item::Quiz(_) => String::new(),
                        _ => reading_time(
                            app.item_words(mi, ii),
                            crate::app::reading::item_seconds(progress, module, item),
                        ),
                    };
                    format!(
                        "{mark} {}: {} ({}{open}{time})",
                        kind(item),
                        item.title(),
                        item_state(app, mi, ii)
                    )
                }
            };
            Line::from(super::truncate(&text, width))
        })
        .collect()
}

/// The reading time in words, after a comma: `, about 3 min to read, 2 min
/// spent` (the estimate at [`crate::app::reading::WORDS_PER_MINUTE`]; time spent
/// from one whole minute); empty when there are no words and no time.
fn reading_time(words: usize, seconds: u64) -> String {
    let mut s = String::new();
    let minutes = crate::app::reading::estimate_minutes(words);
    if minutes > 0 {
        s.push_str(&format!(", about {minutes} min to read"));
    }
    if seconds >= 60 {
        s.push_str(&format!(
            ", {} spent",
            crate::text::format_duration(seconds)
        ));
    }
    s
}

/// The spoken line: where the learner is and what just changed, in words.
pub fn status(app: &App) -> String {
    spoken(app, false)
}

/// The spoken line; with `widest`, with the numbers of the open text's lines at
/// their widest (see [`status_rows`]).
fn spoken(app: &App, widest: bool) -> String {
    if let Some(notice) = &app.notice {
        return notice.clone();
    }
    let said = said(app, widest);
    match app.modals.reload_error() {
        Some(report) => {
            let n = report.problems.len();
            format!(
                "Course not reloaded: {n} problem{}, the last good version is shown. {said}",
                if n == 1 { "" } else { "s" }
            )
        }
        None => said,
    }
}

/// [`spoken`] without a notice or the reload banner: what is in front, in words.
fn said(app: &App, widest: bool) -> String {
    match Mode::of(app) {
        Mode::Help => return "Overlay open. Any key closes it.".into(),
        Mode::Search => {
            let n = app.modals.search().map_or(0, |p| p.hits.len());
            return format!("Search: {n} matches. Enter jumps to the selected one, Esc closes.");
        }
        Mode::List | Mode::Note => return panel_said(app),
        Mode::Outline => {
            let (mi, ii) = app.selected;
            let total = app.course.item_count();
            let at = app
                .course
                .items()
                .position(|(m, i, _, _)| (m, i) == (mi, ii))
                .map_or(0, |p| p + 1);
            let title = app.course.modules[mi].items[ii].title();
            return format!(
                "Outline: item {at} of {total}, {title}, {}. Enter opens it.",
                item_state(app, mi, ii)
            );
        }
        _ => {}
    }
    if let Some((quiz, state)) = app.current_quiz() {
        let (n, of) = state.session.place();
        return match state.stage {
            Stage::Intro => format!(
                "Quiz, {} questions, pass mark {}%. Enter starts.",
                quiz.questions.len(),
                quiz.pass_mark
            ),
            Stage::Asking => {
                let picked: Vec<String> =
                    state.picked.iter().map(|i| (i + 1).to_string()).collect();
                let mut s = format!("Question {n} of {of}.");
                if !picked.is_empty() {
                    s.push_str(&format!(" Picked: {}.", picked.join(", ")));
                }
                s.push_str(" Enter submits.");
                s
            }
            Stage::Feedback => {
                let right = state.question(quiz).is_some_and(|q| {
                    state.session.answers[state.session.current]
                        .as_ref()
                        .is_some_and(|r| crate::quiz::grade(&q.key, r))
                });
                format!(
                    "Question {n} of {of}. Answer recorded: {}. Enter goes on.",
                    if right { "right" } else { "wrong" }
                )
            }
            Stage::Result {
                score,
                passed,
                pass_mark,
            } => format!(
                "Quiz finished: {}%, {}. r retakes.",
                score.percent_shown(pass_mark),
                if passed { "passed" } else { "not passed" }
            ),
        };
    }
    let (mi, ii) = app.current;
    let items = app.course.modules.get(mi).map_or(0, |m| m.items.len());
    let v = &app.view;
    let last = (v.scroll + usize::from(v.height)).min(v.rows.len());
    let state = if app.course.modules.get(mi).is_some() && ii < items {
        item_state(app, mi, ii)
    } else {
        String::new()
    };
    let (first, last) = if widest {
        (v.rows.len(), v.rows.len())
    } else {
        (v.scroll + 1, last)
    };
    format!(
        "Module {} item {} of {items}, {state}. Lines {first}–{last} of {}.",
        mi + 1,
        ii + 1,
        v.rows.len()
    )
}

/// The open panel in words, for the spoken line.
fn panel_said(app: &App) -> String {
    match app.modals.panel() {
        Some(Panel::Glossary { selected }) => {
            let entries = &app.course.glossary;
            let term = app
                .glossary
                .order()
                .get(*selected)
                .and_then(|&i| entries.get(i));
            match term {
                Some(e) => format!(
                    "Glossary: term {} of {}, {}. Enter lists where it is used, Esc closes.",
                    selected + 1,
                    entries.len(),
                    e.term
                ),
                None => "Glossary: this course has none. Esc closes.".into(),
            }
        }
        Some(Panel::Bookmarks { selected }) => match app.progress().bookmarks.get(*selected) {
            Some(_) => format!(
                "Bookmarks: {} of {}. Enter jumps, d deletes, Esc closes.",
                selected + 1,
                app.progress().bookmarks.len()
            ),
            None => "Bookmarks: none yet. Esc closes.".into(),
        },
        Some(Panel::Note(editor)) => {
            let (line, column) = editor.caret_position();
            format!(
                "Note on {}: line {} of {}, column {}. Esc saves and closes.",
                editor.title,
                line + 1,
                editor.text.split('\n').count(),
                column + 1
            )
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod reading_time_tests {
    use super::reading_time;

    #[test]
    fn reading_time_says_the_estimate_then_the_time_spent() {
        assert_eq!(reading_time(450, 0), ", about 3 min to read");
        assert_eq!(reading_time(450, 59), ", about 3 min to read");
        assert_eq!(
            reading_time(450, 125),
            ", about 3 min to read, 2 min 5 s spent"
        );
        assert_eq!(reading_time(0, 120), ", 2 min 0 s spent");
        assert_eq!(reading_time(0, 0), "");
    }
}
