//! Drawing: every screen is drawn from `&App` alone (no I/O, no parsing), with
//! styles from [`theme`].

pub mod doc;
pub mod layout;
pub mod markdown;
mod outline;
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
    match app.overlay {
        Some(Overlay::Help) => draw_help(frame, app, area),
        Some(Overlay::About) => draw_about(frame, app, area),
        None => {}
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::from("Terminal too small"),
        Line::from(format!(
            "amphi needs {}×{}; this is {}×{}.",
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT,
            area.width,
            area.height
        )),
        Line::from("Enlarge it, or press q to quit."),
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

/// Cuts `s` to `width` columns, ending with `…` when cut.
pub(crate) fn outline_truncate(s: &str, width: usize) -> String {
    outline::truncate(s, width)
}

fn pane<'a>(title: String, focused: bool, app: &App) -> Frame_<'a> {
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
        let pct = (v.scroll + usize::from(v.height)).min(v.rows.len()) * 100 / v.rows.len().max(1);
        block = block.title_bottom(Line::from(format!(" {pct} % ")).right_aligned());
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
        .map(|r| r.line.clone())
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
    ("n p", "next / previous item"),
    (
        "1–9  Space",
        "pick a choice (Space picks up an ordering item)",
    ),
    ("t f", "answer true / false"),
    ("r", "retake a quiz from its result"),
    ("mouse wheel", "scroll the content"),
    ("i", "about this course: description, authors, sources"),
    ("?", "show or hide this help"),
    ("q  Ctrl-C", "quit (progress is saved)"),
];

fn draw_help(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let key_w = KEY_HELP
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = KEY_HELP
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:<key_w$}  "), t.strong),
                Span::raw(*what),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("Press any key to close.", t.meta)));
    let w = (lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4).min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let popup = centered(area, w, h);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(pane("Keys".into(), true, app).padding(ratatui::widgets::Padding::horizontal(1)))
            .style(Style::new()),
        popup,
    );
}

/// A centred rectangle of at most `w`×`h` inside `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [popup] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(ratatui::layout::Flex::Center)
        .areas(popup);
    popup
}

fn draw_about(frame: &mut Frame, app: &App, area: Rect) {
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
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("Press any key to close.", t.meta)));
    let w = area.width.saturating_sub(4).min(90);
    let h = area.height.saturating_sub(2);
    let popup = centered(area, w, h);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(
            pane("About this course".into(), true, app)
                .padding(ratatui::widgets::Padding::horizontal(1)),
        ),
        popup,
    );
}
