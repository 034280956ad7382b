//! The overlays' text (help, about, the resume card, mastery) and their windows'
//! geometry, built from the app's state as document lines; `ui` draws them. The
//! geometry is here so that `update` can clamp an overlay's scroll.

use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use super::layout::{PADDING, centered, centered_width};
use super::{App, Overlay};
use crate::course::Item;
use crate::doc::{Line, Role, Span};
use crate::i18n::tr;
use crate::progress::{ObjectiveMastery, mastery};

fn to_ratatui(line: &Line) -> ratatui::text::Line<'static> {
    ratatui::text::Line::from(
        line.spans
            .iter()
            .map(|s| ratatui::text::Span::raw(s.content.clone()))
            .collect::<Vec<_>>(),
    )
}

/// The largest scroll offset of the overlay shown, in rows, for the current
/// terminal size (0 when none is shown).
pub fn max_scroll(app: &App) -> u16 {
    let area =
        super::layout::above_status(Rect::new(0, 0, app.terminal.size.0, app.terminal.size.1));
    app.modals.overlay().map_or(0, |o| {
        u16::try_from(layout(app, area, o).max_scroll).unwrap_or(u16::MAX)
    })
}

/// The help overlay's text and width in columns.
fn help_lines(app: &App, area: Rect) -> (Vec<Line>, u16) {
    use unicode_width::UnicodeWidthStr;
    // Every line comes from the key table.
    let lang = app.settings.language;
    let help = crate::app::keys::help_lines(lang);
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
    let wrap = |text: &str| crate::text::wrap_words(text, room);
    let mut lines = Vec::new();
    for (k, what) in &help {
        if stacked {
            lines.push(Line::from(Span::styled(k.to_string(), Role::Strong)));
        }
        for (i, row) in wrap(what).into_iter().enumerate() {
            let key = if i == 0 && !stacked { k.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{key}{}", " ".repeat(indent - key.width())),
                    Role::Strong,
                ),
                Span::raw(row),
            ]));
        }
    }
    // What the config file rebound replaces the keys above.
    let changed: Vec<String> = app
        .settings
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
            tr(lang, "help-changed", &[]),
            Role::Strong,
        )));
        lines.extend(changed.into_iter().map(Line::from));
    }
    let w = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    (lines, w)
}

/// An overlay laid out for a terminal `area`: its title, text, window and the
/// largest useful scroll offset.
pub struct OverlayLayout {
    /// The window's title.
    pub title: String,
    /// The text, before wrapping (the window wraps it at its width).
    pub lines: Vec<Line>,
    /// The window, border included.
    pub popup: Rect,
    /// The largest useful scroll offset, in rows.
    pub max_scroll: usize,
}

/// The overlay `overlay` laid out for a terminal `area` (the status bar's row
/// left out): its text, window and largest scroll.
pub fn layout(app: &App, area: Rect, overlay: Overlay) -> OverlayLayout {
    let lang = app.settings.language;
    let (title, (mut lines, w)) = match overlay {
        Overlay::Help => ("help-title", help_lines(app, area)),
        Overlay::About => ("about-title", about_lines(app, area)),
        Overlay::Resume => ("resume-title", resume_lines(app)),
        Overlay::Mastery => ("mastery-title", mastery_lines(app, area)),
    };
    let title = tr(lang, title, &[]);
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        tr(
            lang,
            if overlay == Overlay::Resume {
                "overlay-go-on"
            } else {
                "overlay-close"
            },
            &[],
        ),
        Role::Meta,
    )));
    let w = centered_width(area.width, w);
    // Rows after wrapping, as the window's paragraph will wrap them inside the
    // borders and the padding (ratatui's word wrapping; styles do not matter).
    let plain: Vec<ratatui::text::Line<'static>> = lines.iter().map(to_ratatui).collect();
    let rows = Paragraph::new(plain)
        .wrap(Wrap { trim: false })
        .line_count(w.saturating_sub(2 + 2 * PADDING).max(1));
    let h = u16::try_from(rows)
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(area.height);
    let visible = usize::from(h.saturating_sub(2)).max(1);
    OverlayLayout {
        title,
        lines,
        popup: centered(area, w, h),
        max_scroll: rows.saturating_sub(visible),
    }
}

/// The about overlay's text and width in columns, for a terminal `area`.
fn about_lines(app: &App, area: Rect) -> (Vec<Line>, u16) {
    let lang = app.settings.language;
    let info = &app.course.info;
    let mut lines = vec![Line::from(Span::styled(info.title.clone(), Role::Heading1))];
    if !info.subtitle.is_empty() {
        lines.push(Line::from(Span::styled(
            info.subtitle.clone(),
            Role::Emphasis,
        )));
    }
    let mut facts = Vec::new();
    if !info.authors.is_empty() {
        facts.push(tr(
            lang,
            "about-by",
            &[("authors", info.authors.join(", ").into())],
        ));
    }
    if !info.version.is_empty() {
        facts.push(tr(
            lang,
            "about-version",
            &[("version", (&info.version).into())],
        ));
    }
    if !info.language.is_empty() {
        facts.push(tr(
            lang,
            "about-language",
            &[(
                "language",
                tr(lang, "language-name", &[("code", (&info.language).into())]).into(),
            )],
        ));
    }
    if !facts.is_empty() {
        lines.push(Line::from(Span::styled(facts.join(" · "), Role::Meta)));
    }
    // One paragraph; no-break spaces kept (French « … » and `?` hold).
    let description = crate::text::split_breaks(&info.description)
        .collect::<Vec<_>>()
        .join(" ");
    if !description.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(description));
    }
    if let Some(s) = &info.source {
        lines.push(Line::default());
        let mut credit = tr(
            lang,
            "about-source",
            &[
                ("publication", (&s.publication).into()),
                (
                    "date",
                    crate::i18n::typography::written_date(lang, &s.date).into(),
                ),
            ],
        );
        for part in [&s.title, &s.author, &s.url].into_iter().flatten() {
            credit.push_str(&format!(" — {part}"));
        }
        lines.push(Line::from(Span::styled(credit, Role::Meta)));
        if let Some(note) = &s.note {
            lines.push(Line::from(Span::styled(note.clone(), Role::Meta)));
        }
    }
    lines.push(Line::default());
    for (i, m) in app.course.modules.iter().enumerate() {
        let mut spans = vec![Span::styled(
            format!("{}. {}", i + 1, m.title),
            Role::Strong,
        )];
        if !m.summary.is_empty() {
            spans.push(Span::raw(format!(" — {}", m.summary)));
        }
        lines.push(Line::from(spans));
    }
    (lines, area.width.saturating_sub(4).min(90))
}

/// The "where you were" card: the item, the last lines read, the last quiz
/// result and what comes next.
fn resume_lines(app: &App) -> (Vec<Line>, u16) {
    let lang = app.settings.language;
    let (mi, ii) = app.nav.current;
    let mut lines = Vec::new();
    if let Some(module) = app.course.modules.get(mi)
        && let Some(item) = module.items.get(ii)
    {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", tr(lang, "resume-were-on", &[])), Role::Meta),
            Span::styled(item.title().to_string(), Role::Strong),
        ]));
        // `Module 1: Title › Section` for an item of a section.
        let mut place = crate::doc::views::module_heading_in(lang, mi + 1, &module.title);
        if let Some(section) = module.section_at(ii) {
            place.push_str(&format!(" › {}", section.title));
        }
        lines.push(Line::from(Span::styled(place, Role::Meta)));
        // The lines at the top of the screen when the learner left.
        let shown: Vec<String> = app.reader.view.shown_text().take(2).collect();
        if let Some((_, state)) = app.current_quiz()
            && matches!(
                state.stage,
                crate::app::Stage::Asking | crate::app::Stage::Feedback
            )
        {
            let (k, n) = state.session.place();
            let answered = state.session.answers.iter().flatten().count();
            lines.push(Line::from(Span::styled(
                tr(
                    lang,
                    "resume-quiz-in-progress",
                    &[
                        ("place", k.into()),
                        ("questions", n.into()),
                        ("answered", answered.into()),
                    ],
                ),
                Role::Strong,
            )));
        }
        if !shown.is_empty() && !matches!(item, Item::Quiz(_)) {
            lines.push(Line::default());
            for s in shown {
                // One card line each, cut rather than wrapped under the bar.
                lines.push(Line::from(vec![
                    Span::styled("│ ", Role::Quote),
                    Span::styled(
                        crate::text::truncate(s.trim(), RESUME_WIDTH - 6),
                        Role::Quote,
                    ),
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
                let ii = m.items.iter().position(|i| i.id() == last.quiz)?;
                Some(format!("{} › {}", m.path_to(ii), m.items[ii].title()))
            })
            .unwrap_or_else(|| last.quiz.clone());
        lines.push(Line::default());
        let percent =
            crate::i18n::typography::decimal(lang, &last.score.percent_shown(last.pass_mark));
        let outcome = tr(
            lang,
            if last.practice {
                "resume-practice"
            } else if last.passed {
                "resume-passed"
            } else {
                "resume-not-passed"
            },
            &[],
        );
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", tr(lang, "resume-last-quiz", &[])),
                Role::Meta,
            ),
            Span::raw(format!(
                "{title} · {} · {outcome}",
                crate::i18n::typography::percent_text(lang, &percent)
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
            Span::styled(format!("{} ", tr(lang, "resume-up-next", &[])), Role::Meta),
            Span::raw(tr(
                lang,
                "resume-next-item",
                &[("title", item.title().into()), ("module", (m + 1).into())],
            )),
        ])),
        Some(_) => lines.push(Line::from(Span::styled(
            tr(lang, "resume-finish-this", &[]),
            Role::Meta,
        ))),
        None => lines.push(Line::from(Span::styled(
            tr(lang, "resume-all-done", &[]),
            Role::Meta,
        ))),
    }
    (lines, RESUME_WIDTH as u16)
}

/// Width of the "where you were" card, in columns.
const RESUME_WIDTH: usize = 72;

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
fn mastery_lines(app: &App, area: Rect) -> (Vec<Line>, u16) {
    let lang = app.settings.language;
    let width = area.width.saturating_sub(4).min(90);
    // Inside the borders and the padding.
    let text_width = width.saturating_sub(4).max(10);
    let all = mastery(&app.course, app.progress());
    let mut lines = vec![Line::from(Span::styled(
        tr(lang, "mastery-intro", &[]),
        Role::Meta,
    ))];
    if all.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(tr(lang, "mastery-none", &[])));
    }
    for m in &all {
        let module = &app.course.modules[m.module];
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("{}. {}", m.module + 1, module.title),
            Role::Strong,
        )));
        for o in &m.objectives {
            // Wrapped here, so that the lines after the first stay under the text.
            let title = crate::text::wrap_words(
                &o.objective.title,
                usize::from(text_width).saturating_sub(2),
            );
            for (i, part) in title.into_iter().enumerate() {
                let lead = if i == 0 {
                    Span::styled("• ", Role::Bullet)
                } else {
                    Span::raw("  ")
                };
                lines.push(Line::from(vec![lead, Span::raw(part)]));
            }
            let n = filled(o);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled("█".repeat(n), Role::Done),
                Span::styled("░".repeat(BAR - n), Role::Meta),
                Span::raw(" "),
                Span::styled(
                    o.summary_in(lang),
                    if o.attempted == 0 {
                        Role::Meta
                    } else {
                        Role::Strong
                    },
                ),
            ]));
        }
    }
    (lines, width)
}
