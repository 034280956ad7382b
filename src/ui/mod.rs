//! Drawing: every screen is drawn from `&App` alone (no I/O, no parsing), with
//! styles from [`crate::theme`].

mod bookmarks;
pub mod glossary;
pub mod image;
use crate::app::layout;
pub mod links;
pub mod notes;
pub mod outline;
pub mod picker;
pub mod plain;
mod reload;
pub(crate) use outline::truncate;
pub mod search;
mod status;

use ratatui::Frame;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{
    Block as Frame_, BorderType, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    Wrap,
};

use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus, Modal, Overlay};
use crate::course::Item;
use crate::doc;
use crate::i18n::tr;
use crate::i18n::typography::count;

/// Draws the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    if app.settings.plain {
        return plain::draw(frame, app);
    }
    let area = frame.area();
    let areas = app.areas();
    if areas.too_small || area.width < layout::MIN_WIDTH || area.height < layout::MIN_HEIGHT {
        draw_too_small(frame, area, app.settings.language);
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
                draw_overlay(frame, app, layout::above_status(area), *overlay, *scroll);
            }
        }
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect, lang: crate::i18n::Language) {
    // Short lines, most important first, so even a tiny terminal shows the gist.
    let text = vec![
        Line::from(tr(lang, "too-small", &[])),
        Line::from(tr(
            lang,
            "too-small-need",
            &[
                ("width", layout::MIN_WIDTH.into()),
                ("height", layout::MIN_HEIGHT.into()),
                ("have-width", area.width.into()),
                ("have-height", area.height.into()),
            ],
        )),
        Line::from(tr(lang, "too-small-quit", &[])),
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
    let t = &app.settings.theme;
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
    let lang = app.settings.language;
    let title = match app.current_item() {
        _ if app.modals.review().is_some() => "pane-review",
        Some(Item::Lesson(_)) => "pane-lesson",
        Some(Item::Interview(_)) => "pane-interview",
        Some(Item::Quiz(_)) => "pane-quiz",
        Some(Item::Video(_)) => "pane-video",
        None => "",
    };
    let title = if title.is_empty() {
        String::new()
    } else {
        tr(lang, title, &[])
    };
    let focused = app.nav.focus == Focus::Content;
    let title = match app.current_item() {
        _ if app.modals.review().is_some() => title,
        Some(item) if crate::app::reading::changed(app, app.nav.current.0, app.nav.current.1) => {
            let what = if matches!(item, Item::Quiz(_)) {
                "pane-changed-passed"
            } else {
                "pane-changed-read"
            };
            tr(lang, what, &[("title", title.into())])
        }
        _ => title,
    };
    // An item of a section says which: `Lesson · The basics`.
    let title = match crate::app::spoken::section_of_current(app) {
        // At most half the pane's width, and only with room for a word.
        Some(section)
            if app.modals.review().is_none()
                && usize::from(area.width / 2) >= title.width() + 3 + 4 =>
        {
            let room = usize::from(area.width / 2) - title.width() - 3;
            format!("{title} · {}", truncate(&section.title, room))
        }
        _ => title,
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
    let v = &app.reader.view;
    if v.rows.len() > usize::from(v.height) && v.height > 0 {
        // Which lines are shown, of how many: "lines 1–38 of 120".
        let last = (v.scroll + usize::from(v.height)).min(v.rows.len());
        let range = format!(
            " {} ",
            tr(
                lang,
                "pane-lines",
                &[
                    ("first", count(lang, v.scroll + 1)),
                    ("last", count(lang, last)),
                    ("count", count(lang, v.rows.len())),
                ],
            )
        );
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
            app.settings.theme.line(&landed_mark(app, r, line))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), text);
    image::draw_pictures(frame.buffer_mut(), app, text);
    if v.rows.len() > usize::from(text.height) {
        let mut state = ScrollbarState::new(v.max_scroll() + 1).position(v.scroll);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(app.settings.theme.border),
            area.inner(Margin::new(0, 1)),
            &mut state,
        );
    }
}

/// `line`, the text of `row`, marked as selected ([`doc::Role::Selected`]: reverse
/// video without colour) when `row` is part of the block [`crate::app::Action::NextMark`]
/// last moved to (the mistake `w` landed on in a quiz review), or of the
/// selected course file or transcript line ([`crate::app::ContentView::target`]).
pub(crate) fn landed_mark(app: &App, row: &doc::Row, mut line: doc::Line) -> doc::Line {
    let v = &app.reader.view;
    let landed = v.mark_at.and_then(|(i, _)| v.marks.get(i));
    let selected = v.target.and_then(|t| v.targets.get(t)).map(|&(b, _)| b);
    if landed == Some(&row.block) || selected == Some(row.block) {
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
    let (mi, ii) = app.nav.current;
    let (Some(module), Some(item)) = (app.course.modules.get(mi), app.current_item()) else {
        return String::new();
    };
    let lang = app.settings.language;
    let progress = app.progress();
    let mut parts = Vec::new();
    let words = app.item_words(mi, ii);
    if words > 0 {
        let minutes = estimate_minutes(words);
        parts.push(tr(lang, "time-read", &[("minutes", minutes.into())]));
    }
    let spent = item_seconds(progress, module, item);
    if spent >= 60 {
        parts.push(tr(
            lang,
            "time-spent",
            &[("minutes", count(lang, (spent / 60) as usize))],
        ));
    }
    let module_words = app.module_words(mi);
    let minutes = count(lang, estimate_minutes(module_words));
    let module_spent = module_seconds(progress, module);
    let module_part = if module_spent >= 60 {
        let spent = count(lang, (module_spent / 60) as usize);
        tr(
            lang,
            "time-module-spent",
            &[("minutes", minutes), ("spent", spent)],
        )
    } else {
        tr(lang, "time-module", &[("minutes", minutes)])
    };
    if module_words > 0 {
        parts.push(module_part);
    }
    while !parts.is_empty() && parts.join(" · ").width() > room {
        parts.pop();
    }
    parts.join(" · ")
}

/// The overlay's text as a paragraph that wraps, in the theme's styles.
pub(crate) fn overlay_paragraph(
    app: &App,
    layout: &crate::app::overlay::OverlayLayout,
) -> Paragraph<'static> {
    let lines: Vec<Line<'static>> = layout
        .lines
        .iter()
        .map(|l| app.settings.theme.line(l))
        .collect();
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

/// Draws an overlay window centred in `area`, its text scrolled by `scroll` lines.
fn draw_overlay(frame: &mut Frame, app: &App, area: Rect, overlay: Overlay, scroll: u16) {
    let layout = crate::app::overlay::layout(app, area, overlay);
    let scroll = usize::from(scroll).min(layout.max_scroll);
    let mut block = pane(layout.title.clone(), true, app)
        .padding(ratatui::widgets::Padding::horizontal(layout::PADDING));
    if layout.max_scroll > 0 {
        let scroll = format!(" {} ", tr(app.settings.language, "pane-scroll", &[]));
        block = block.title_bottom(Line::from(scroll).right_aligned());
    }
    frame.render_widget(Clear, layout.popup);
    frame.render_widget(
        overlay_paragraph(app, &layout)
            .scroll((scroll as u16, 0))
            .block(block)
            .style(Style::new()),
        layout.popup,
    );
}

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
    let popup = layout::centered(area, w, h);
    let block =
        pane(title, true, app).padding(ratatui::widgets::Padding::horizontal(layout::PADDING));
    let inner = block.inner(popup);
    frame.render_widget(ratatui::widgets::Clear, popup);
    frame.render_widget(block, popup);
    (!inner.is_empty()).then_some(inner)
}
