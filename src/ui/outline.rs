//! The outline pane: modules with a progress gauge, and their items with marks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::layout::{OutlinePick, selected_pick};
use crate::app::reading::{item_seconds, module_seconds};
use crate::app::{App, Focus};
use crate::course::Item;
use crate::i18n::typography::{decimal, percent_text};
use crate::i18n::{Language, tr};
use crate::progress::Success;

/// One line of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineRow {
    /// The text.
    pub line: Line<'static>,
    /// The item this row stands for, if it is an item row.
    pub item: Option<(usize, usize)>,
}

pub(crate) use crate::text::truncate;

/// Columns of an outline `width` columns wide that a row's reading time may
/// take (a space before it included): two fifths of what the marks leave, so
/// that titles keep most of the row. The same for every row, so that the times
/// line up in one column, each in the longest wording that fits
/// ([`time_labels`], [`fit_label`]), or left out.
fn time_room(width: usize) -> usize {
    width.saturating_sub(5) * 2 / 5
}

/// Wordings of the reading time of an item or module of `words` words on which
/// `seconds` were spent, longest first: the estimate (words at
/// [`WORDS_PER_MINUTE`](crate::app::reading::WORDS_PER_MINUTE), rounded up)
/// and, from one whole minute on, the minutes spent. Empty when there is
/// nothing to show (no words and no minute spent, as for a quiz not worked on).
pub fn time_labels(lang: Language, words: usize, seconds: u64) -> Vec<String> {
    let est = crate::app::reading::estimate_minutes(words);
    let spent = seconds / 60;
    // Thousands grouped as the language writes them (`1 200 min`).
    let args = [
        ("estimate", crate::i18n::typography::count(lang, est)),
        (
            "spent",
            crate::i18n::typography::count(lang, spent as usize),
        ),
    ];
    let say = |ids: &[&str]| ids.iter().map(|id| tr(lang, id, &args)).collect();
    match (est, spent) {
        (0, 0) => Vec::new(),
        (0, _) => say(&[
            "outline-spent-long",
            "outline-spent-medium",
            "outline-spent-short",
        ]),
        (_, 0) => say(&[
            "outline-read-long",
            "outline-read-medium",
            "outline-read-short",
        ]),
        (_, _) => say(&[
            "outline-both-long",
            "outline-both-medium",
            "outline-both-short",
            "outline-read-medium",
            "outline-read-short",
        ]),
    }
}

/// The longest of `labels` that fits in `room` columns with a space before it.
pub fn fit_label(labels: &[String], room: usize) -> Option<&str> {
    labels.iter().find(|l| l.width() < room).map(String::as_str)
}

/// The wording of a row's reading time: of the `labels` that fit in `room`
/// columns ([`fit_label`]), the longest that leaves `title` whole, where
/// `title_room(label)` is what a label leaves the title; when none does (the
/// title is cut whatever the label), the longest that fits.
fn row_label<'a>(
    labels: &'a [String],
    room: usize,
    title: &str,
    title_room: impl Fn(&str) -> usize,
) -> Option<&'a str> {
    let fitting = || labels.iter().filter(|l| l.width() < room);
    fitting()
        .find(|l| title.width() <= title_room(l))
        .or_else(|| fitting().next())
        .map(String::as_str)
}

/// `title` (at most `title_w` columns, cut with `…`) and, after it and right
/// aligned at `width` columns, `label`; the title is padded with spaces.
fn with_label(title: &str, title_w: usize, label: &str, width: usize) -> (String, String) {
    let room = width.saturating_sub(label.width() + 1);
    let title = truncate(title, title_w.min(room).max(3));
    let pad = room.saturating_sub(title.width()) + 1;
    (title, format!("{}{label}", " ".repeat(pad)))
}

/// The outline's rows for a pane `width` columns wide (inside its border): two
/// rows per module (title, gauge), then one per item. Drawing builds only the rows
/// on screen ([`visible_rows`]); this whole list is what they are checked against.
#[cfg(test)]
fn rows(app: &App, width: usize) -> Vec<OutlineRow> {
    let mut out = Vec::new();
    for mi in 0..app.course.modules.len() {
        module_rows(app, mi, width, &mut out);
    }
    out
}

/// Appends the rows of module `mi` to `out`.
fn module_rows(app: &App, mi: usize, width: usize, out: &mut Vec<OutlineRow>) {
    let t = &app.settings.theme;
    let lang = app.settings.language;
    let progress = app.progress();
    let module = &app.course.modules[mi];
    let complete = progress.module_complete(module);
    let mark = if complete { "✓ " } else { "  " };
    let title_w = width.saturating_sub(mark.width());
    let labels = time_labels(lang, app.module_words(mi), module_seconds(progress, module));
    let full = if crate::doc::views::says_its_number(&module.title, mi + 1) {
        module.title.clone()
    } else {
        format!("{}. {}", mi + 1, module.title)
    };
    // Ends where the items' times end, a column before the edge.
    let w = title_w.saturating_sub(1);
    let label = row_label(&labels, time_room(width), &full, |l| {
        w.saturating_sub(l.width() + 1)
    });
    let (title, time) = match label {
        Some(label) => with_label(&full, w, label, w),
        None => (truncate(&full, title_w.max(4)), String::new()),
    };
    out.push(OutlineRow {
        line: Line::from(vec![
            Span::styled(mark, t.done),
            Span::styled(title, t.module),
            Span::styled(time, t.meta),
        ]),
        item: None,
    });
    // Completion (reading) and success (the quiz) apart, as SCORM has them: a
    // gauge of lessons and interviews read, then how the quiz went.
    let c = progress.module_reading(module);
    let cells = c.total.min(10).min(width.saturating_sub(16)).max(1);
    let filled = (c.done * cells).checked_div(c.total).unwrap_or(0);
    let mut gauge = vec![
        Span::raw("   "),
        Span::styled("■".repeat(filled), t.done),
        Span::styled("□".repeat(cells - filled), t.meta),
        Span::styled(
            format!(
                " {}",
                tr(
                    lang,
                    "outline-gauge-read",
                    &[
                        ("done", crate::i18n::typography::count(lang, c.done)),
                        ("total", crate::i18n::typography::count(lang, c.total))
                    ]
                )
            ),
            t.meta,
        ),
    ];
    // The longest wording that fits what the gauge leaves, a column kept
    // before the edge as on the other rows.
    let room = width.saturating_sub(gauge.iter().map(|s| s.content.width()).sum());
    let fit = |wordings: [String; 3]| {
        let [long, medium, short] = wordings;
        [long, medium]
            .into_iter()
            .find(|w| w.width() < room)
            .unwrap_or(short)
    };
    // The best and last scores, and the words for them: `passed 80 %, last 60 %`.
    let scored = |id: &str, best: &str, last: &str| {
        let best = decimal(lang, best);
        let last = decimal(lang, last);
        let id = if last == best {
            id.to_string()
        } else {
            format!("{id}-since")
        };
        let long = tr(
            lang,
            &id,
            &[("best", (&best).into()), ("last", last.into())],
        );
        (format!(" {long}"), best)
    };
    let said = |id: &str| format!(" {}", tr(lang, id, &[]));
    match progress.module_success(module) {
        Success::NoQuiz => {}
        Success::NotAttempted => gauge.push(Span::styled(
            fit([
                said("outline-quiz-to-take"),
                said("outline-quiz-to-take-medium"),
                " ?".into(),
            ]),
            t.meta,
        )),
        // A quiz with nothing scored (reflections only): completed, no percentage.
        Success::Passed { .. } if nothing_scored(progress, module) => gauge.push(Span::styled(
            fit([said("outline-completed"), " · ✓".into(), " ✓".into()]),
            t.done,
        )),
        Success::Passed { best, last } => {
            let (long, best) = scored("outline-passed", &best, &last);
            let medium = format!(" · ✓ {}", percent_text(lang, &best));
            gauge.push(Span::styled(
                fit([long, medium, format!(" ✓{best}%")]),
                t.done,
            ));
        }
        Success::Failed { best, last } => {
            let (long, best) = scored("outline-not-passed", &best, &last);
            let medium = format!(" · ✗ {}", percent_text(lang, &best));
            gauge.push(Span::styled(
                fit([long, medium, format!(" ✗{best}%")]),
                t.wrong,
            ));
        }
    }
    out.push(OutlineRow {
        line: Line::from(gauge),
        item: None,
    });
    // Items of a section are indented under its row.
    let indent = if module.sections.is_empty() { "" } else { "  " };
    for entry in crate::app::layout::module_entries(app, mi) {
        let ii = match entry {
            OutlinePick::Item(_, ii) => ii,
            OutlinePick::Section(_, si) => {
                out.push(section_row(app, mi, si, width));
                continue;
            }
        };
        let item = &module.items[ii];
        let open = app.nav.current == (mi, ii);
        let (mark, style): (String, Style) = match item {
            Item::Quiz(q) => {
                let taken = progress.best_attempt(&module.id, &q.id).is_some();
                if progress.quiz_passed(&module.id, &q.id) {
                    ("✓".into(), t.done)
                } else if taken {
                    ("✗".into(), t.wrong)
                } else {
                    ("?".into(), t.meta)
                }
            }
            other if progress.is_read(&module.id, other.id()) => ("✓".into(), t.done),
            _ => ("○".into(), t.meta),
        };
        // Read or passed, but the item changed since.
        let (mark, style) = if crate::app::reading::changed(app, mi, ii) {
            ("!".into(), t.wrong)
        } else {
            (mark, style)
        };
        let pointer = if open { "▶" } else { " " };
        let score = match item {
            Item::Quiz(q) => progress
                .best_shown(&module.id, &q.id)
                // A quiz of reflections only has no score to show.
                .filter(|_| {
                    progress
                        .best_attempt(&module.id, &q.id)
                        .is_none_or(|a| a.score.max > 0.0)
                })
                .map(|p| match lang {
                    // `75%`; French `75 %` (a narrow no-break space).
                    Language::En => format!(" {}%", decimal(lang, &p)),
                    _ => format!(" {}", percent_text(lang, &decimal(lang, &p))),
                })
                .unwrap_or_default(),
            _ => String::new(),
        };
        let title_w = width.saturating_sub(5 + indent.len() + score.width());
        let labels = match item {
            Item::Quiz(_) => Vec::new(),
            _ => time_labels(
                lang,
                app.item_words(mi, ii),
                item_seconds(progress, module, item),
            ),
        };
        let label = row_label(&labels, time_room(width), item.title(), |l| {
            title_w.saturating_sub(l.width() + 1)
        });
        let (title, time) = match label {
            Some(label) => with_label(item.title(), title_w, label, title_w),
            None => (truncate(item.title(), title_w.max(3)), String::new()),
        };
        let selected = selected_pick(app) == entry && app.nav.focus == Focus::Outline;
        let title_style = match (selected, open) {
            (true, _) => t.selected,
            (false, true) => t.strong,
            _ => Style::new(),
        };
        out.push(OutlineRow {
            line: Line::from(vec![
                Span::styled(format!("{indent} {pointer}"), t.bullet),
                Span::styled(format!("{mark} "), style),
                Span::styled(title, title_style),
                Span::styled(time, t.meta),
                Span::styled(score, style),
            ]),
            item: Some((mi, ii)),
        });
    }
}

/// Whether item `ii` of module `mi` shows as done in the outline: read, or a
/// quiz passed.
fn item_done(app: &App, mi: usize, ii: usize) -> bool {
    let progress = app.progress();
    let module = &app.course.modules[mi];
    match &module.items[ii] {
        Item::Quiz(q) => progress.quiz_passed(&module.id, &q.id),
        other => progress.is_read(&module.id, other.id()),
    }
}

/// The row of section `si` of module `mi`: its fold mark (`▾` unfolded, `▸`
/// folded, after a `▶` when it hides the open item), its title and, right
/// aligned, how many of its items are done (read, or a quiz passed) of how
/// many, `✓` once all are.
fn section_row(app: &App, mi: usize, si: usize, width: usize) -> OutlineRow {
    let t = &app.settings.theme;
    let section = &app.course.modules[mi].sections[si];
    let unfolded = app.nav.unfolded.contains(&(mi, si));
    let (cur_mi, cur_ii) = app.nav.current;
    let hides_open = !unfolded && cur_mi == mi && section.items.contains(&cur_ii);
    let total = section.items.len();
    let done = section
        .items
        .clone()
        .filter(|&ii| item_done(app, mi, ii))
        .count();
    let complete = total > 0 && done == total;
    let count = if complete {
        format!("{done}/{total} ✓")
    } else {
        format!("{done}/{total}")
    };
    // Ends a column before the edge, as the items' rows do.
    let w = width.saturating_sub(4);
    let (title, count) = with_label(&section.title, w, &count, w);
    let selected =
        selected_pick(app) == OutlinePick::Section(mi, si) && app.nav.focus == Focus::Outline;
    let title_style = if selected { t.selected } else { t.strong };
    OutlineRow {
        line: Line::from(vec![
            Span::styled(if hides_open { "▶" } else { " " }, t.bullet),
            Span::styled(if unfolded { "▾ " } else { "▸ " }, t.bullet),
            Span::styled(title, title_style),
            Span::styled(count, if complete { t.done } else { t.meta }),
        ]),
        item: None,
    }
}

/// The outline's rows from `offset`, at most `height` of them: only the modules
/// on screen are laid out, so the cost does not grow with the course.
pub fn visible_rows(app: &App, width: usize, offset: usize, height: usize) -> Vec<OutlineRow> {
    let (starts, _) = crate::app::layout::outline_module_starts(app);
    let first = starts.partition_point(|&s| s <= offset).saturating_sub(1);
    let mut out = Vec::new();
    let mut at = starts.get(first).copied().unwrap_or(0);
    for mi in first..app.course.modules.len() {
        if at >= offset + height {
            break;
        }
        let before = out.len();
        module_rows(app, mi, width, &mut out);
        at += out.len() - before;
    }
    let skip = offset.saturating_sub(starts.get(first).copied().unwrap_or(0));
    out.into_iter().skip(skip).take(height).collect()
}

/// Draws the outline in `area` (nothing when the area is empty).
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    if area.is_empty() {
        return;
    }
    let focused = app.nav.focus == Focus::Outline;
    let block = super::pane(tr(app.settings.language, "pane-outline", &[]), focused, app);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset = crate::app::layout::outline_offset(app, inner.height);
    let lines: Vec<Line> = visible_rows(app, usize::from(inner.width), offset, height)
        .into_iter()
        .map(|r| r.line)
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Whether the best full attempt at `module`'s final quiz had nothing to score
/// (a quiz of reflections only).
fn nothing_scored(
    progress: &crate::progress::CourseProgress,
    module: &crate::course::Module,
) -> bool {
    module.final_quiz().is_some_and(|(_, q)| {
        progress
            .best_attempt(&module.id, &q.id)
            .is_some_and(|a| a.score.max <= 0.0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visible_rows_are_the_rows_on_screen_of_the_whole_outline() {
        let course = crate::course::load_bundled().unwrap();
        let state = crate::progress::State::default();
        let mut app = App::new(course, state, crate::theme::Theme::plain());
        let (m, i) = (1, 2);
        let ids = (
            app.course.modules[m].id.clone(),
            app.course.modules[m].items[i].id().to_owned(),
        );
        app.progress_mut().mark_read(&ids.0, &ids.1, 0);
        let all = rows(&app, 30);
        for offset in 0..all.len() + 3 {
            for height in [0, 1, 7, 40, 500] {
                let want: Vec<_> = all.iter().skip(offset).take(height).cloned().collect();
                assert_eq!(
                    visible_rows(&app, 30, offset, height),
                    want,
                    "offset {offset}, height {height}"
                );
            }
        }
    }

    #[test]
    fn time_labels_go_from_longest_to_shortest() {
        assert!(
            time_labels(Language::En, 0, 59).is_empty(),
            "nothing to read, no minute spent"
        );
        assert_eq!(
            time_labels(Language::En, 450, 0),
            ["~3 min read", "~3 min", "~3m"]
        );
        assert_eq!(
            time_labels(Language::En, 450, 59),
            ["~3 min read", "~3 min", "~3m"]
        );
        assert_eq!(
            time_labels(Language::En, 450, 150),
            [
                "~3 min · 2 min spent",
                "2 min of ~3 min",
                "2m of ~3m",
                "~3 min",
                "~3m"
            ]
        );
        assert_eq!(
            time_labels(Language::En, 0, 120),
            ["2 min spent", "2m spent", "2m"]
        );
        for (words, seconds) in [(450, 0), (450, 150), (0, 120), (12_345, 7_200)] {
            let labels = time_labels(Language::En, words, seconds);
            assert!(
                labels.windows(2).all(|w| w[0].width() > w[1].width()),
                "{labels:?}"
            );
        }
    }

    #[test]
    fn the_longest_label_that_fits_with_a_space_before_it_is_chosen() {
        let labels = time_labels(Language::En, 450, 150);
        assert_eq!(fit_label(&labels, 21), Some("~3 min · 2 min spent"));
        assert_eq!(fit_label(&labels, 20), Some("2 min of ~3 min"));
        assert_eq!(fit_label(&labels, 10), Some("2m of ~3m"));
        assert_eq!(fit_label(&labels, 9), Some("~3 min"));
        assert_eq!(fit_label(&labels, 4), Some("~3m"));
        assert_eq!(fit_label(&labels, 3), None);
        assert_eq!(fit_label(&[], 80), None);
    }

    #[test]
    fn a_label_is_right_aligned_and_the_title_cut_to_make_room() {
        let (title, time) = with_label("Short", 20, "~3 min", 20);
        assert_eq!(
            format!("{title}{time}"),
            format!("Short{}~3 min", " ".repeat(9))
        );
        let (title, time) = with_label("A rather long title indeed", 20, "~3 min", 20);
        assert_eq!(format!("{title}{time}"), "A rather lon… ~3 min");
    }

    #[test]
    fn at_its_natural_width_every_title_shows_whole_with_a_reading_time() {
        let course = crate::course::load_bundled().unwrap();
        let mut app = App::new(
            course,
            crate::progress::State::default(),
            crate::theme::Theme::plain(),
        );
        // Time spent on every item: the longer wordings.
        let keys: Vec<String> = app
            .course
            .items()
            .map(|(_, _, m, i)| crate::progress::item_key(&m.id, i.id()))
            .collect();
        for key in keys {
            app.progress_mut().seconds.insert(key, 65 * 60);
        }
        let inner = usize::from(crate::app::layout::outline_natural_width(&app.course)) - 2;
        for row in rows(&app, inner) {
            let text: String = row.line.spans.iter().map(|s| s.content.as_ref()).collect();
            assert!(!text.contains('…'), "{text:?} at {inner}");
            let item = row.item.map(|(m, i)| &app.course.modules[m].items[i]);
            if let Some(item) = item.filter(|i| !matches!(i, Item::Quiz(_))) {
                assert!(text.contains(item.title()), "{text:?}");
                let end = text.trim_end();
                assert!(
                    end.ends_with('m') || end.ends_with("min") || end.ends_with("spent"),
                    "a reading time: {text:?}"
                );
            }
        }
    }

    #[test]
    fn every_row_fits_its_width_with_the_times() {
        let course = crate::course::load_bundled().unwrap();
        let mut app = App::new(
            course,
            crate::progress::State::default(),
            crate::theme::Theme::plain(),
        );
        let (id_m, id_i) = (
            app.course.modules[0].id.clone(),
            app.course.modules[0].items[1].id().to_owned(),
        );
        app.progress_mut()
            .seconds
            .insert(crate::progress::item_key(&id_m, &id_i), 4_000);
        // The narrowest outline is 24 columns inside its border (26 with it).
        for width in 20..60 {
            for row in rows(&app, width) {
                let w: usize = row.line.spans.iter().map(|s| s.content.width()).sum();
                assert!(w <= width, "width {width}: {w} in {:?}", row.line);
            }
        }
    }
}
