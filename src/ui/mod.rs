//! Drawing: every screen is drawn from `&App` alone (no I/O, no parsing), with
//! styles from [`theme`].

mod bookmarks;
pub mod glossary;
pub mod layout;
pub mod links;
pub mod mastery;
pub mod notes;
pub mod outline;
pub mod picker;
pub mod plain;
mod reload;
pub(crate) use outline::truncate;
pub mod search;
mod status;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block as Frame_, BorderType, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    Wrap,
};

use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus, Modal, Overlay};
use crate::course::Item;
use crate::doc;

/// Draws the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    if app.plain {
        return plain::draw(frame, app);
    }
    let area = frame.area();
    let areas = app.areas();
    if areas.too_small || area.width < layout::MIN_WIDTH || area.height < layout::MIN_HEIGHT {
        draw_too_small(frame, area);
        return;
    }
    draw_content(frame, app, areas.content, areas.text);
    if areas.outline_overlay && !areas.outline.is_empty() {
        frame.render_widget(ratatui::widgets::Clear, areas.outline);
    }
    outline::draw(frame, app, areas.outline);
    status::draw(frame, app, areas.status);
    // Bottom to top: the modals as the stack holds them (see `app::Modals`).
    for modal in app.modals.iter() {
        match modal {
            // Drawn in the content pane, as the open item's text.
            Modal::Review(_) => {}
            Modal::ReloadError(report) => reload::draw(frame, app, area, report),
            Modal::Panel(crate::app::Panel::Glossary { selected }) => {
                glossary::draw(frame, app, *selected, area);
            }
            Modal::Panel(crate::app::Panel::Bookmarks { selected }) => {
                bookmarks::draw(frame, app, *selected, area);
            }
            Modal::Panel(crate::app::Panel::Note(editor)) => notes::draw(frame, app, editor, area),
            Modal::Search(panel) => search::draw_panel(frame, app, panel, area),
            Modal::Overlay { overlay, scroll } => {
                draw_overlay(frame, app, above_status(area), *overlay, *scroll);
            }
        }
    }
}

/// `area` without its last row, the status bar's: overlays open above it, so
/// that the status bar stays in view.
fn above_status(area: Rect) -> Rect {
    Rect {
        height: area.height.saturating_sub(1),
        ..area
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect) {
    // Short lines, most important first, so even a tiny terminal shows the gist.
    let text = vec![
        Line::from("Terminal too small"),
        Line::from(format!(
            "need {}×{}, have {}×{}",
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT,
            area.width,
            area.height
        )),
        Line::from("q quits"),
    ];
    let top = area.height.saturating_sub(3) / 2;
    let area = Rect::new(area.x, area.y + top, area.width, area.height - top);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

pub(crate) fn pane<'a>(title: String, focused: bool, app: &App) -> Frame_<'a> {
    let t = &app.theme;
    Frame_::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused { t.border_focused } else { t.border })
        .title(format!(" {title} "))
        .title_style(t.pane_title)
}

fn draw_content(frame: &mut Frame, app: &App, area: Rect, text: Rect) {
    if area.is_empty() {
        return;
    }
    let title = match app.current_item() {
        _ if app.modals.review().is_some() => "Review",
        Some(Item::Lesson(_)) => "Lesson",
        Some(Item::Interview(_)) => "Interview excerpt",
        Some(Item::Quiz(_)) => "Quiz",
        None => "",
    };
    let focused = app.focus == Focus::Content;
    let title = match app.current_item() {
        _ if app.modals.review().is_some() => title.to_string(),
        Some(item) if crate::app::reading::changed(app, app.current.0, app.current.1) => {
            let what = if matches!(item, Item::Quiz(_)) {
                "passed"
            } else {
                "read"
            };
            format!("{title} · changed since you {what} it")
        }
        _ => title.to_string(),
    };
    // Room beside the title: the borders, the title with its spaces, a gap.
    let room = usize::from(area.width).saturating_sub(title.width() + 8);
    let mut block = pane(title, focused, app);
    let time = if app.modals.review().is_some() {
        String::new()
    } else {
        reading_time(app, room)
    };
    if !time.is_empty() {
        block = block.title(Line::from(format!(" {time} ")).right_aligned());
    }
    let v = &app.view;
    if v.rows.len() > usize::from(v.height) && v.height > 0 {
        // Which lines are shown, of how many: "lines 1–38 of 120".
        let last = (v.scroll + usize::from(v.height)).min(v.rows.len());
        let range = format!(" lines {}–{last} of {} ", v.scroll + 1, v.rows.len());
        block = block.title_bottom(Line::from(range).right_aligned());
    }
    frame.render_widget(block, area);
    if text.is_empty() {
        return;
    }
    let lines: Vec<Line> = v
        .rows
        .iter()
        .skip(v.scroll)
        .take(usize::from(text.height))
        .map(|r| {
            let line = v.doc.row_line(r, v.width, v.hscroll);
            let line = match &app.highlight_query() {
                Some(q) => search::highlight_line(&line, q),
                None => line,
            };
            app.theme.line(&landed_mark(app, r, line))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), text);
    if v.rows.len() > usize::from(text.height) {
        let mut state = ScrollbarState::new(v.max_scroll() + 1).position(v.scroll);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(app.theme.border),
            area.inner(Margin::new(0, 1)),
            &mut state,
        );
    }
}

/// `line`, the text of `row`, marked as selected ([`doc::Role::Selected`]: reverse
/// video without colour) when `row` is part of the block [`crate::app::Action::NextMark`]
/// last moved to: the mistake `w` landed on in a quiz review.
pub(crate) fn landed_mark(app: &App, row: &doc::Row, mut line: doc::Line) -> doc::Line {
    let v = &app.view;
    let landed = v.mark_at.and_then(|(i, _)| v.marks.get(i));
    if landed == Some(&row.block) {
        for span in &mut line.spans {
            span.style = span.style.with(doc::Role::Selected);
        }
    }
    line
}

/// Reading time for the content pane's title, fitted to `room` columns: the open
/// item's estimate and time spent, then its module's, as much as fits.
fn reading_time(app: &App, room: usize) -> String {
    use crate::app::reading::{estimate_minutes, item_seconds, module_seconds};
    let (mi, ii) = app.current;
    let (Some(module), Some(item)) = (app.course.modules.get(mi), app.current_item()) else {
        return String::new();
    };
    let progress = app.progress();
    let mut parts = Vec::new();
    let words = app.item_words(mi, ii);
    if words > 0 {
        parts.push(format!("~{} min read", estimate_minutes(words)));
    }
    let spent = item_seconds(progress, module, item);
    if spent >= 60 {
        parts.push(format!("{} min spent", spent / 60));
    }
    let module_words = app.module_words(mi);
    let mut module_part = format!("module ~{} min", estimate_minutes(module_words));
    let module_spent = module_seconds(progress, module);
    if module_spent >= 60 {
        module_part.push_str(&format!(", {} min spent", module_spent / 60));
    }
    if module_words > 0 {
        parts.push(module_part);
    }
    while !parts.is_empty() && parts.join(" · ").width() > room {
        parts.pop();
    }
    parts.join(" · ")
}

/// The help overlay's text and width in columns.
fn help_lines(app: &App, area: Rect) -> (Vec<Line<'static>>, u16) {
    use unicode_width::UnicodeWidthStr;
    let t = &app.theme;
    // Every line comes from the key table.
    let help = crate::app::keys::help_lines();
    let key_w = help.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let natural = help
        .iter()
        .map(|(_, what)| key_w + 2 + what.width())
        .max()
        .unwrap_or(0);
    // Descriptions wrap under themselves, not under the keys; in a narrow window
    // each key gets its own line and the description goes below it.
    let inner = natural.min(usize::from(area.width).saturating_sub(4));
    let stacked = inner < key_w + 2 + 24;
    let (indent, room) = if stacked {
        (2, inner.saturating_sub(2).max(8))
    } else {
        (key_w + 2, inner - key_w - 2)
    };
    let wrap = |text: &str| {
        let mut rows: Vec<String> = vec![String::new()];
        for word in text.split(' ') {
            let last = rows.last_mut().expect("one row at least");
            if !last.is_empty() && last.width() + 1 + word.width() > room {
                rows.push(word.to_string());
            } else {
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(word);
            }
        }
        rows
    };
    let mut lines = Vec::new();
    for (k, what) in &help {
        if stacked {
            lines.push(Line::from(Span::styled(k.to_string(), t.strong)));
        }
        for (i, row) in wrap(what).into_iter().enumerate() {
            let key = if i == 0 && !stacked { k.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{key}{}", " ".repeat(indent - key.width())),
                    t.strong,
                ),
                Span::raw(row),
            ]));
        }
    }
    // What the config file rebound replaces the keys above.
    let changed: Vec<String> = app
        .keys
        .changed()
        .map(|(name, keys)| {
            let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            format!("{name}: {}", keys.join(" "))
        })
        .collect();
    if !changed.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            "Changed by your config file:",
            t.strong,
        )));
        lines.extend(changed.into_iter().map(Line::from));
    }
    let w = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    (lines, w)
}

/// An overlay laid out for a terminal `area`: its title, text, window and the
/// largest useful scroll offset.
struct OverlayLayout {
    title: &'static str,
    paragraph: Paragraph<'static>,
    popup: Rect,
    max_scroll: usize,
}

fn overlay_layout(app: &App, area: Rect, overlay: Overlay) -> OverlayLayout {
    let (title, (mut lines, w)) = match overlay {
        Overlay::Help => ("Keys", help_lines(app, area)),
        Overlay::About => ("About this course", about_lines(app, area)),
        Overlay::Resume => ("Welcome back", resume_lines(app)),
        Overlay::Mastery => ("Mastery of the objectives", mastery::lines(app, area)),
    };
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        if overlay == Overlay::Resume {
            "Press any key to go on."
        } else {
            "Any other key closes this."
        },
        app.theme.meta,
    )));
    let w = centered_width(area.width, w);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    // Rows after wrapping, as the paragraph itself will wrap them inside the
    // borders and the padding of the window as drawn.
    let rows = paragraph.line_count(w.saturating_sub(2 + 2 * PADDING).max(1));
    let h = u16::try_from(rows)
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(area.height);
    let visible = usize::from(h.saturating_sub(2)).max(1);
    OverlayLayout {
        title,
        paragraph,
        popup: centered(area, w, h),
        max_scroll: rows.saturating_sub(visible),
    }
}

/// The largest scroll offset of the overlay shown, for the current terminal size
/// (0 when none is shown).
pub fn overlay_max_scroll(app: &App) -> u16 {
    let area = above_status(Rect::new(0, 0, app.size.0, app.size.1));
    app.modals.overlay().map_or(0, |o| {
        u16::try_from(overlay_layout(app, area, o).max_scroll).unwrap_or(u16::MAX)
    })
}

/// Draws an overlay window centred in `area`, its text scrolled by `scroll` lines.
fn draw_overlay(frame: &mut Frame, app: &App, area: Rect, overlay: Overlay, scroll: u16) {
    let layout = overlay_layout(app, area, overlay);
    let scroll = usize::from(scroll).min(layout.max_scroll);
    let mut block = pane(layout.title.into(), true, app)
        .padding(ratatui::widgets::Padding::horizontal(PADDING));
    if layout.max_scroll > 0 {
        block = block.title_bottom(Line::from(" ↑↓ scroll ").right_aligned());
    }
    frame.render_widget(Clear, layout.popup);
    frame.render_widget(
        layout
            .paragraph
            .scroll((scroll as u16, 0))
            .block(block)
            .style(Style::new()),
        layout.popup,
    );
}

/// Columns of padding between a floating window's side borders and its text,
/// on each side, the same in every window (overlays, panes, the preview's
/// error banner): text never touches a border.
pub(crate) const PADDING: u16 = 1;

/// Draws an empty, focused pane titled `title`, `w`×`h` columns and rows, centred
/// in `area` over whatever is below, and returns the area inside its border and
/// [`PADDING`], or `None` when nothing fits in it. The panes that float over the
/// content (search, glossary, bookmarks, note editor) start here.
pub(crate) fn popup(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    (w, h): (u16, u16),
    title: String,
) -> Option<Rect> {
    let popup = centered(area, w, h);
    let block = pane(title, true, app).padding(ratatui::widgets::Padding::horizontal(PADDING));
    let inner = block.inner(popup);
    frame.render_widget(ratatui::widgets::Clear, popup);
    frame.render_widget(block, popup);
    (!inner.is_empty()).then_some(inner)
}

/// A centred rectangle of at most `w`×`h` inside `area`, taking all of `area`'s
/// width when at most 4 columns would be left beside it.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = centered_width(area.width, w);
    let [popup] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(ratatui::layout::Flex::Center)
        .areas(popup);
    popup
}

/// The width of a window [`centered`] in `room` columns when it asks for `w`:
/// `w`, or all of `room` when at most 4 columns would be left beside it.
fn centered_width(room: u16, w: u16) -> u16 {
    // Side margins too thin to show what is below (a column or two of another
    // pane's border) only look broken: take the whole width instead.
    if room.saturating_sub(w) <= 4 { room } else { w }
}

/// The about overlay's text and width in columns, for a terminal `area`.
fn about_lines(app: &App, area: Rect) -> (Vec<Line<'static>>, u16) {
    let t = &app.theme;
    let info = &app.course.info;
    let mut lines = vec![Line::from(Span::styled(info.title.clone(), t.heading[0]))];
    if !info.subtitle.is_empty() {
        lines.push(Line::from(Span::styled(info.subtitle.clone(), t.emphasis)));
    }
    let mut facts = Vec::new();
    if !info.authors.is_empty() {
        facts.push(format!("By {}", info.authors.join(", ")));
    }
    if !info.version.is_empty() {
        facts.push(format!("version {}", info.version));
    }
    if !info.language.is_empty() {
        facts.push(format!("language {}", info.language));
    }
    if !facts.is_empty() {
        lines.push(Line::from(Span::styled(facts.join(" · "), t.meta)));
    }
    let description = info
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !description.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(description));
    }
    if let Some(s) = &info.source {
        lines.push(Line::default());
        let mut credit = format!("Source: {}, {}", s.publication, s.date);
        for part in [&s.title, &s.author, &s.url].into_iter().flatten() {
            credit.push_str(&format!(" — {part}"));
        }
        lines.push(Line::from(Span::styled(credit, t.meta)));
        if let Some(note) = &s.note {
            lines.push(Line::from(Span::styled(note.clone(), t.meta)));
        }
    }
    lines.push(Line::default());
    for (i, m) in app.course.modules.iter().enumerate() {
        let mut spans = vec![Span::styled(format!("{}. {}", i + 1, m.title), t.strong)];
        if !m.summary.is_empty() {
            spans.push(Span::raw(format!(" — {}", m.summary)));
        }
        lines.push(Line::from(spans));
    }
    (lines, area.width.saturating_sub(4).min(90))
}

/// The "where you were" card: the item, the last lines read, the last quiz
/// result and what comes next.
fn resume_lines(app: &App) -> (Vec<Line<'static>>, u16) {
    let t = &app.theme;
    let (mi, ii) = app.current;
    let mut lines = Vec::new();
    if let Some(module) = app.course.modules.get(mi)
        && let Some(item) = module.items.get(ii)
    {
        lines.push(Line::from(vec![
            Span::styled("You were on: ", t.meta),
            Span::styled(item.title().to_string(), t.strong),
        ]));
        lines.push(Line::from(Span::styled(
            outline::module_heading(mi + 1, &module.title),
            t.meta,
        )));
        // The lines at the top of the screen when the learner left.
        let shown: Vec<String> = app.view.shown_text().take(2).collect();
        if let Some((_, state)) = app.current_quiz()
            && matches!(
                state.stage,
                crate::app::Stage::Asking | crate::app::Stage::Feedback
            )
        {
            let (k, n) = state.session.place();
            let answered = state.session.answers.iter().flatten().count();
            lines.push(Line::from(Span::styled(
                format!("Quiz in progress: question {k} of {n}, {answered} answered so far."),
                t.strong,
            )));
        }
        if !shown.is_empty() && !matches!(item, Item::Quiz(_)) {
            lines.push(Line::default());
            for s in shown {
                // One card line each, cut rather than wrapped under the bar.
                lines.push(Line::from(vec![
                    Span::styled("│ ", t.quote),
                    Span::styled(truncate(s.trim(), RESUME_WIDTH - 6), t.quote),
                ]));
            }
        }
    }
    let progress = app.progress();
    if let Some(last) = progress.attempts.iter().max_by_key(|a| a.finished_at) {
        // Quizzes often share a title ("Check your understanding"): say whose.
        let title = app
            .course
            .modules
            .iter()
            .find(|m| m.id == last.module)
            .and_then(|m| {
                let quiz = m.items.iter().find(|i| i.id() == last.quiz)?;
                Some(format!("{} › {}", m.title, quiz.title()))
            })
            .unwrap_or_else(|| last.quiz.clone());
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("Last quiz: ", t.meta),
            Span::raw(format!(
                "{title} · {} % · {}",
                last.score.percent_shown(last.pass_mark),
                if last.practice {
                    "practice"
                } else if last.passed {
                    "passed"
                } else {
                    "not passed"
                }
            )),
        ]));
    }
    // See `CourseProgress::up_next` for the rule.
    let next = progress.up_next(&app.course, (mi, ii)).and_then(|(m, i)| {
        let item = app.course.modules.get(m)?.items.get(i)?;
        Some((m, i, item))
    });
    lines.push(Line::default());
    match next {
        Some((m, i, item)) if (m, i) != (mi, ii) => lines.push(Line::from(vec![
            Span::styled("Up next: ", t.meta),
            Span::raw(format!("{} (module {})", item.title(), m + 1)),
        ])),
        Some(_) => lines.push(Line::from(Span::styled(
            "Up next: finish this one.",
            t.meta,
        ))),
        None => lines.push(Line::from(Span::styled(
            "Everything in the course is done.",
            t.meta,
        ))),
    }
    (lines, RESUME_WIDTH as u16)
}

/// Width of the "where you were" card, in columns.
const RESUME_WIDTH: usize = 72;
