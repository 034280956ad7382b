//! Drawing: every screen is drawn from `&App` alone (no I/O, no parsing), with
//! styles from [`theme`].

pub mod doc;
pub mod layout;
pub mod markdown;
mod outline;
mod reload;
pub(crate) use outline::truncate;
pub mod search;
mod status;
pub mod theme;
pub mod views;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block as Frame_, BorderType, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    Wrap,
};

use crate::app::{App, Focus, Overlay};
use crate::course::Item;

/// Draws the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let areas = app.areas();
    if areas.too_small || area.width < layout::MIN_WIDTH || area.height < layout::MIN_HEIGHT {
        draw_too_small(frame, area);
        return;
    }
    outline::draw(frame, app, areas.outline);
    draw_content(frame, app, areas.content, areas.text);
    status::draw(frame, app, areas.status);
    if let Some(report) = &app.reload_error {
        reload::draw(frame, app, area, report);
    }
    if let Some(panel) = &app.search {
        search::draw_panel(frame, app, panel, area);
    }
    if let Some(overlay) = app.overlay {
        draw_overlay(frame, app, area, overlay);
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
        Some(Item::Lesson(_)) => "Lesson",
        Some(Item::Interview(_)) => "Interview excerpt",
        Some(Item::Quiz(_)) => "Quiz",
        None => "",
    };
    let focused = app.focus == Focus::Content;
    let mut block = pane(title.to_string(), focused, app);
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
        .map(|r| match &app.highlight {
            Some(q) => search::highlight_line(&r.line, q, app.theme.search),
            None => r.line.clone(),
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

/// Every key binding, as (keys, what they do), in the order the help shows them.
pub const KEY_HELP: &[(&str, &str)] = &[
    ("↑ ↓  k j", "scroll, or move in the outline and quiz"),
    ("PgUp PgDn  b Space", "page up / down"),
    ("g G  Home End", "top / bottom"),
    ("Tab", "switch between outline and content"),
    (
        "Enter  l →",
        "open the selected item; start or submit a quiz",
    ),
    ("h ←  Esc", "back to the outline"),
    (
        "n p",
        "next / previous item (after a search: n N next / previous match)",
    ),
    ("/", "search the course (case and accents ignored)"),
    (
        "1–9  Space",
        "pick a choice (Space picks up an ordering item)",
    ),
    ("t f", "answer true / false"),
    ("r", "retake a quiz from its result"),
    ("w", "on a quiz review, jump to the next mistake"),
    ("mouse wheel", "scroll the content"),
    ("i", "about this course: description, authors, sources"),
    ("z", "focus mode: hide the outline while reading"),
    ("?", "show or hide this help"),
    ("q  Ctrl-C", "quit (progress is saved)"),
];

/// The help overlay's text and width in columns.
fn help_lines(app: &App) -> (Vec<Line<'static>>, u16) {
    let t = &app.theme;
    let key_w = KEY_HELP
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = KEY_HELP
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:<key_w$}  "), t.strong),
                Span::raw(*what),
            ])
        })
        .collect();
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
        Overlay::Help => ("Keys", help_lines(app)),
        Overlay::About => ("About this course", about_lines(app, area)),
        Overlay::Resume => ("Welcome back", resume_lines(app)),
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
    let w = w.min(area.width);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    // Rows after wrapping, as the paragraph itself will wrap them.
    let rows = paragraph.line_count(w.saturating_sub(4).max(1));
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
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    app.overlay.map_or(0, |o| {
        u16::try_from(overlay_layout(app, area, o).max_scroll).unwrap_or(u16::MAX)
    })
}

/// Draws an overlay window centred in `area`, scrolled by `app.overlay_scroll`.
fn draw_overlay(frame: &mut Frame, app: &App, area: Rect, overlay: Overlay) {
    let layout = overlay_layout(app, area, overlay);
    let scroll = usize::from(app.overlay_scroll).min(layout.max_scroll);
    let mut block =
        pane(layout.title.into(), true, app).padding(ratatui::widgets::Padding::horizontal(1));
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

/// A centred rectangle of at most `w`×`h` inside `area`.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [popup] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(ratatui::layout::Flex::Center)
        .areas(popup);
    popup
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
            format!("Module {}: {}", mi + 1, module.title),
            t.meta,
        )));
        // The lines at the top of the screen when the learner left.
        let shown: Vec<String> = app
            .view
            .rows
            .iter()
            .skip(app.view.scroll)
            .map(|r| {
                r.line
                    .spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .filter(|s| !s.trim().is_empty())
            .take(2)
            .collect();
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
        let title = app
            .course
            .modules
            .iter()
            .find(|m| m.id == last.module)
            .and_then(|m| m.items.iter().find(|i| i.id() == last.quiz))
            .map_or(last.quiz.clone(), |i| i.title().to_string());
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("Last quiz: ", t.meta),
            Span::raw(format!(
                "{title} · {} % · {}",
                last.score.percent(),
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
    // The first item not done, from where the learner is.
    let next = app
        .course
        .items()
        .filter(|&(m, i, _, _)| (m, i) >= (mi, ii))
        .find(|(_, _, module, item)| !progress.item_done(module, item));
    lines.push(Line::default());
    match next {
        Some((m, i, _, item)) if (m, i) != (mi, ii) => lines.push(Line::from(vec![
            Span::styled("Up next: ", t.meta),
            Span::raw(format!("{} (module {})", item.title(), m + 1)),
        ])),
        Some(_) => lines.push(Line::from(Span::styled(
            "Up next: finish this one.",
            t.meta,
        ))),
        None => lines.push(Line::from(Span::styled(
            "Everything from here on is done.",
            t.meta,
        ))),
    }
    (lines, RESUME_WIDTH as u16)
}

/// Width of the "where you were" card, in columns.
const RESUME_WIDTH: usize = 72;
