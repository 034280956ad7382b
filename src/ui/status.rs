//! The status bar: course title, position, overall progress, key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::i18n::typography::count;
use crate::i18n::{Arg, tr};

/// A key hint: the key as shown, its message id (which says when it gives
/// way), its words in the learner's language.
type Hint = (String, &'static str, String);

/// Draws the status bar in `area` (one row).
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings.theme;
    let (mi, ii) = app.nav.current;
    let modules = app.course.modules.len();
    let items = app.course.modules.get(mi).map_or(0, |m| m.items.len());
    let pct = app.course_completion().percent();
    let width = usize::from(area.width);
    if let Some(notice) = &app.notice {
        // A notice is rare and matters: it gets the whole bar.
        let text = super::truncate(&format!(" {notice} "), width);
        let fill = width.saturating_sub(text.width());
        let line = Line::from(vec![
            Span::styled(text, t.warning),
            Span::styled(" ".repeat(fill), t.warning),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let lang = app.settings.language;
    let narrow = width < usize::from(crate::app::layout::TWO_PANE_WIDTH);
    let place = [
        ("module", count(lang, mi + 1)),
        ("modules", count(lang, modules)),
        ("item", count(lang, ii + 1)),
        ("items", count(lang, items)),
        ("percent", Arg::from(pct)),
    ];
    let position = format!(
        " {} ",
        tr(
            lang,
            if narrow {
                "status-position-short"
            } else {
                "status-position"
            },
            &place
        )
    );
    // Drop the least needed hints first, so the title keeps some room.
    // Narrow: the outline is an overlay that `o` opens; fewer words. The quit
    // key is the one the config file binds. Each hint: (key, message id, words).
    let quit = app
        .settings
        .keys
        .keys_of("quit")
        .and_then(|k| k.first().map(|k| k.label(lang)))
        .unwrap_or_else(|| "q".into());
    // Keys are named in the config file's syntax and shown in the learner's
    // language (`Enter`, `Entrée`).
    let hint = |key: &str, id: &'static str| -> Hint {
        (crate::app::keys::label(key, lang), id, tr(lang, id, &[]))
    };
    let tab = crate::app::keys::label("Tab", lang);
    let all: [Hint; 4] = [
        hint("?", "status-help"),
        if narrow {
            hint("o", "status-outline")
        } else {
            hint("Tab", "status-focus")
        },
        hint("n/p", "status-item"),
        hint(&quit, "status-quit"),
    ];
    let hint_w =
        |h: &[Hint]| -> usize { h.iter().map(|(k, _, w)| k.width() + w.width() + 3).sum() };
    let mode = crate::app::Mode::of(app);
    let typing = matches!(mode, crate::app::Mode::Typing | crate::app::Mode::Note);
    let mut hints: Vec<Hint> = match mode {
        // Letters type into the answer here: q does not quit.
        // A reflection: Enter starts a new line, as in the note editor.
        crate::app::Mode::Typing if crate::app::writing(app) => vec![
            hint("ctrl-s", "status-submit"),
            hint("Enter", "status-new-line"),
            hint("Esc", "status-leave"),
        ],
        crate::app::Mode::Typing => {
            vec![hint("Enter", "status-submit"), hint("Esc", "status-leave")]
        }
        crate::app::Mode::Note => vec![hint("Esc", "status-save-close")],
        _ => all.to_vec(),
    };
    // On a quiz screen with a "Read again" link, o follows it (see the key map).
    if mode == crate::app::Mode::Quiz && !app.reader.view.links.is_empty() {
        for h in &mut hints {
            if h.0 == "o" {
                *h = hint("o", "status-reread");
            }
        }
    }
    // A question being answered with hints left: the key and how many remain.
    if let Some((key, left)) = hints_left(app, mode) {
        let words = tr(lang, "status-hints-left", &[("count", left.into())]);
        hints.insert(0, (key.to_string(), "status-hints-left", words));
    }
    // On a part of a question group, x shows (or folds) the shared text.
    if mode == crate::app::Mode::Quiz && app.current_group().is_some() {
        hints.insert(0, hint("x", "status-shared-text"));
    }
    if app.due_for_review > 0 && !typing && app.modals.review().is_none() {
        let words = tr(
            lang,
            "status-due",
            &[("count", count(lang, app.due_for_review))],
        );
        hints.insert(0, ("v".to_string(), "status-due", words));
    }
    // Least needed first; the hint that opens the outline (`o` in a narrow
    // window, `Tab` in a wide one) goes last, only when nothing else fits.
    let outline_key = if narrow { "o" } else { tab.as_str() };
    let order = ["status-item", "status-quit", "status-due", "status-help"];
    for drop in order {
        if width >= hint_w(&hints) + position.width() + 24 {
            break;
        }
        hints.retain(|(k, id, _)| *id != drop || k == outline_key);
    }
    // In a narrow window the course title gives way to the outline's hint.
    if width < hint_w(&hints) + position.width() {
        hints.retain(|(k, _, _)| k == outline_key);
    }
    let mut right: Vec<Span> = Vec::new();
    for (k, _, what) in &hints {
        right.push(Span::styled(format!(" {k} "), t.key));
        right.push(Span::styled(format!("{what} "), t.status));
    }
    let right_w: usize = right.iter().map(|s| s.content.width()).sum();
    // The position and the hints come first; the title takes what is left.
    let room = width.saturating_sub(right_w + position.width());
    let title = if room >= 6 {
        super::truncate(&format!(" {} ", app.course.info.title), room)
    } else {
        String::new()
    };
    let mut spans = vec![Span::styled(title.clone(), t.status.patch(t.strong))];
    let mut used = title.width();
    if used + position.width() <= width {
        spans.push(Span::styled(position.clone(), t.status));
        used += position.width();
    }
    if used + right_w <= width {
        spans.push(Span::styled(" ".repeat(width - used - right_w), t.status));
        spans.extend(right);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status), area);
}

/// The key that reveals the next hint of the question being answered (`H`, or
/// `F1` while typing) and how many hints are left; `None` when no question is
/// asked or it has no hint left.
fn hints_left(app: &App, mode: crate::app::Mode) -> Option<(&'static str, usize)> {
    let key = match mode {
        crate::app::Mode::Quiz => "H",
        crate::app::Mode::Typing => "F1",
        _ => return None,
    };
    let (quiz, state) = app.current_quiz()?;
    if state.stage != crate::app::Stage::Asking {
        return None;
    }
    let total = state.question(quiz)?.hints.len();
    let left = total.checked_sub(state.hints_shown()).filter(|&n| n > 0)?;
    Some((key, left))
}
