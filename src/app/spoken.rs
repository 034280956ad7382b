//! The spoken line of plain mode: where the learner is and what just changed, in
//! words ("Question 2 of 5. Answer recorded: wrong."), and how many rows it takes.
//! Plain mode draws it (`src/ui/plain.rs`); the layout needs its height.

use super::{App, Mode, Panel, Stage};
use crate::course::Item;
use crate::i18n::typography::{count, decimal};
use crate::i18n::{Arg, tr};

/// Rows the spoken line ([`status`]) takes when wrapped at `width` columns: it
/// is never cut, a screen reader must get all of it.
///
/// Counted on the line with the largest numbers it can show for the open text
/// ("Lines N–N of N"): the count then does not depend on the scroll position
/// nor on the text's height, which it decides, and the line shown, whose
/// numbers are no longer, always fits.
pub fn status_rows(app: &App, width: u16) -> u16 {
    let rows = crate::text::wrap_words(&spoken(app, true), usize::from(width)).len();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// The section holding the open item, if its module has sections.
pub fn section_of_current(app: &App) -> Option<&crate::course::Section> {
    let (mi, ii) = app.nav.current;
    let module = app.course.modules.get(mi)?;
    module.sections.get(module.section_of(ii)?)
}

/// ` in section Title` for item `ii` of module `mi`, or nothing when its module
/// has no sections.
pub fn in_section(app: &App, mi: usize, ii: usize) -> String {
    app.course
        .modules
        .get(mi)
        .and_then(|m| m.sections.get(m.section_of(ii)?))
        .map(|s| {
            let said = tr(
                app.settings.language,
                "spoken-in-section",
                &[("title", (&s.title).into())],
            );
            format!(" {said}")
        })
        .unwrap_or_default()
}

/// A section's state in words: `2 of 3 done, folded`.
pub fn section_state(app: &App, mi: usize, si: usize) -> String {
    let module = &app.course.modules[mi];
    let section = &module.sections[si];
    let p = app.progress();
    let done = section
        .items
        .clone()
        .filter(|&ii| match &module.items[ii] {
            Item::Quiz(q) => p.quiz_passed(&module.id, &q.id),
            other => p.is_read(&module.id, other.id()),
        })
        .count();
    let fold = if app.nav.unfolded.contains(&(mi, si)) {
        "spoken-unfolded"
    } else {
        "spoken-folded"
    };
    let lang = app.settings.language;
    tr(
        lang,
        "spoken-section-state",
        &[
            ("done", done.into()),
            ("count", section.items.len().into()),
            ("fold", tr(lang, fold, &[]).into()),
        ],
    )
}

/// An item's state in words.
pub fn item_state(app: &App, mi: usize, ii: usize) -> String {
    let module = &app.course.modules[mi];
    let item = &module.items[ii];
    let p = app.progress();
    let lang = app.settings.language;
    let mut s = match item {
        Item::Quiz(q) => match p.best_shown(&module.id, &q.id) {
            Some(best) => {
                let id = if p.quiz_passed(&module.id, &q.id) {
                    "spoken-passed-best"
                } else {
                    "spoken-not-passed-best"
                };
                tr(lang, id, &[("best", decimal(lang, &best).into())])
            }
            None => tr(lang, "spoken-not-taken", &[]),
        },
        other if p.is_read(&module.id, other.id()) => tr(lang, "spoken-read", &[]),
        _ => tr(lang, "spoken-unread", &[]),
    };
    if crate::app::reading::changed(app, mi, ii) {
        s.push_str(&format!(", {}", tr(lang, "spoken-changed-since", &[])));
    }
    s
}

/// The reading time in words, after a comma: `, about 3 min to read, 2 min
/// spent` (the estimate at [`crate::app::reading::WORDS_PER_MINUTE`]; time spent
/// from one whole minute); empty when there are no words and no time.
pub fn reading_time(lang: crate::i18n::Language, words: usize, seconds: u64) -> String {
    let mut s = String::new();
    let minutes = crate::app::reading::estimate_minutes(words);
    if minutes > 0 {
        let about = tr(lang, "spoken-about-minutes", &[("minutes", minutes.into())]);
        s.push_str(&format!(", {about}"));
    }
    if seconds >= 60 {
        let spent = Arg::from(crate::text::format_duration(seconds));
        s.push_str(&format!(
            ", {}",
            tr(lang, "spoken-spent", &[("spent", spent)])
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
            let args = [("count", Arg::from(n)), ("said", said.into())];
            tr(app.settings.language, "spoken-not-reloaded", &args)
        }
        None => said,
    }
}

/// [`spoken`] without a notice or the reload banner: what is in front, in words.
fn said(app: &App, widest: bool) -> String {
    let lang = app.settings.language;
    match Mode::of(app) {
        Mode::Help => return tr(lang, "spoken-overlay", &[]),
        Mode::Search => {
            let n = app.modals.search().map_or(0, |p| p.hits.len());
            return tr(lang, "spoken-search", &[("count", n.into())]);
        }
        Mode::List | Mode::Note => return panel_said(app),
        Mode::Outline if app.nav.selected_section.is_some() => {
            let (mi, si) = app.nav.selected_section.unwrap_or_default();
            let module = &app.course.modules[mi];
            let folded = !app.nav.unfolded.contains(&(mi, si));
            return tr(
                lang,
                if folded {
                    "spoken-outline-section-folded"
                } else {
                    "spoken-outline-section-unfolded"
                },
                &[
                    ("section", (si + 1).into()),
                    ("sections", module.sections.len().into()),
                    ("module", (mi + 1).into()),
                    ("title", (&module.sections[si].title).into()),
                    ("state", section_state(app, mi, si).into()),
                ],
            );
        }
        Mode::Outline => {
            let (mi, ii) = app.nav.selected;
            let total = app.course.item_count();
            let at = app
                .course
                .items()
                .position(|(m, i, _, _)| (m, i) == (mi, ii))
                .map_or(0, |p| p + 1);
            let title = app.course.modules[mi].items[ii].title();
            return tr(
                lang,
                "spoken-outline-item",
                &[
                    ("item", count(lang, at)),
                    ("items", count(lang, total)),
                    ("section", in_section(app, mi, ii).into()),
                    ("title", title.into()),
                    ("state", item_state(app, mi, ii).into()),
                ],
            );
        }
        _ => {}
    }
    if let Some((quiz, state)) = app.current_quiz() {
        let (n, of) = state.session.place();
        return match state.stage {
            Stage::Intro => {
                let next = super::targets::said(app)
                    .unwrap_or_else(|| tr(lang, "spoken-enter-starts", &[]));
                tr(
                    lang,
                    "spoken-quiz-intro",
                    &[
                        ("count", quiz.questions.len().into()),
                        ("mark", quiz.pass_mark.into()),
                        ("next", next.into()),
                    ],
                )
            }
            Stage::Asking => {
                let picked: Vec<String> =
                    state.picked.iter().map(|i| (i + 1).to_string()).collect();
                let mut s = group_said(app, quiz, state);
                let place = [
                    ("place", count(lang, n)),
                    ("questions", count(lang, of)),
                    ("part", part_said(lang, quiz, state).into()),
                ];
                s.push_str(&tr(lang, "spoken-question", &place));
                if !picked.is_empty() {
                    let picked = Arg::from(picked.join(", "));
                    s.push(' ');
                    s.push_str(&tr(lang, "spoken-picked", &[("picked", picked)]));
                }
                if let Some(q) = state.question(quiz)
                    && !q.hints.is_empty()
                {
                    let shown = state.hints_shown().min(q.hints.len());
                    let args = [("shown", shown.into()), ("count", q.hints.len().into())];
                    s.push(' ');
                    s.push_str(&tr(lang, "spoken-hints-shown", &args));
                }
                s.push(' ');
                if state.input(quiz) == Some(crate::quiz::Input::Writing) {
                    s.push_str(&tr(lang, "spoken-enter-new-line", &[]));
                } else {
                    s.push_str(&tr(lang, "spoken-enter-submits", &[]));
                }
                s
            }
            Stage::Feedback => {
                let right = state.question(quiz).is_some_and(|q| {
                    state.session.answers[state.session.current]
                        .as_ref()
                        .is_some_and(|r| crate::quiz::grade(&q.key, r))
                });
                let scored = state
                    .question(quiz)
                    .is_none_or(|q| crate::quiz::kinds::scored(&q.key));
                let place = [
                    ("place", Arg::from(n)),
                    ("questions", Arg::from(of)),
                    ("part", part_said(lang, quiz, state).into()),
                ];
                let mut s = tr(lang, "spoken-question", &place);
                s.push(' ');
                if scored {
                    let verdict = tr(
                        lang,
                        if right {
                            "spoken-right"
                        } else {
                            "spoken-wrong"
                        },
                        &[],
                    );
                    s.push_str(&tr(
                        lang,
                        "spoken-answer-recorded",
                        &[("verdict", verdict.into())],
                    ));
                } else {
                    s.push_str(&tr(lang, "spoken-reflection-saved", &[]));
                }
                s
            }
            Stage::Result { .. } if state.session.only_unscored(quiz) => {
                tr(lang, "spoken-finished-reflections", &[])
            }
            Stage::Result {
                score,
                passed,
                pass_mark,
            } => {
                let outcome = tr(
                    lang,
                    if passed {
                        "quiz-passed"
                    } else {
                        "quiz-not-passed"
                    },
                    &[],
                );
                let percent = decimal(lang, &score.percent_shown(pass_mark));
                tr(
                    lang,
                    "spoken-finished",
                    &[("percent", percent.into()), ("outcome", outcome.into())],
                )
            }
        };
    }
    let (mi, ii) = app.nav.current;
    let items = app.course.modules.get(mi).map_or(0, |m| m.items.len());
    let v = &app.reader.view;
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
    let mut s = tr(
        lang,
        "spoken-reading",
        &[
            ("module", count(lang, mi + 1)),
            ("item", count(lang, ii + 1)),
            ("items", count(lang, items)),
            ("section", in_section(app, mi, ii).into()),
            ("state", state.into()),
            ("first", count(lang, first)),
            ("last", count(lang, last)),
            ("count", count(lang, v.rows.len())),
        ],
    );
    if let Some(selected) = super::targets::said(app) {
        s.push(' ');
        s.push_str(&selected);
    }
    s
}

/// `, part 2 of 3` when the question shown is a part of a group; else nothing.
fn part_said(
    lang: crate::i18n::Language,
    quiz: &crate::course::Quiz,
    state: &crate::quiz::answering::QuizState,
) -> String {
    let i = state.session.current;
    quiz.group_of(i).map_or_else(String::new, |(_, g)| {
        if g.questions.len() == 1 {
            return String::new();
        }
        let args = [
            ("part", Arg::from(i - g.questions.start + 1)),
            ("parts", Arg::from(g.questions.len())),
        ];
        format!(", {}", tr(lang, "spoken-part", &args))
    })
}

/// On a part of a question group: the shared text, said before the first part
/// asked of the group and again when the learner asks (x); on the other parts,
/// that x says it again. Nothing for a question outside a group.
fn group_said(
    app: &App,
    quiz: &crate::course::Quiz,
    state: &crate::quiz::answering::QuizState,
) -> String {
    let i = state.session.current;
    let Some((_, g)) = quiz.group_of(i) else {
        return String::new();
    };
    let first = state
        .session
        .asked
        .iter()
        .find(|j| g.questions.contains(j))
        .is_some_and(|&j| j == i);
    if first || app.reader.stimulus_shown {
        let words = stimulus_words(app, quiz, g);
        let text = words.trim_end_matches('.');
        let args = [
            ("count", Arg::from(g.questions.len())),
            ("text", text.into()),
        ];
        format!(
            "{} ",
            tr(app.settings.language, "spoken-shared-text", &args)
        )
    } else {
        format!("{} ", tr(app.settings.language, "spoken-shared-again", &[]))
    }
}

/// The stimulus of group `g` in words, as its doc shows it: a paragraph a
/// sentence, a table a row at a time (`x | x²; 1 | 1`), rules left out.
fn stimulus_words(
    app: &App,
    quiz: &crate::course::Quiz,
    g: &crate::course::QuestionGroup,
) -> String {
    let cached = quiz
        .groups
        .iter()
        .position(|x| std::ptr::eq(x, g))
        .and_then(|i| app.reader.docs.stimulus_cached(app.nav.current, i, 0))
        .map(|(doc, _)| doc);
    let doc = cached.unwrap_or_else(|| {
        std::sync::Arc::new(crate::doc::views::stimulus_doc(
            app.settings.language,
            &g.stimulus,
        ))
    });
    let mut blocks = Vec::new();
    for block in &doc.blocks {
        let lines: Vec<String> = block
            .lines
            .iter()
            .map(|line| {
                // A table's rules are box drawing: said as `|`, or left out.
                let text: String = line
                    .iter()
                    .flat_map(|s| s.content.chars())
                    .map(|c| match c {
                        '│' | '┃' => '|',
                        '\u{2500}'..='\u{257f}' => ' ',
                        c => c,
                    })
                    .collect();
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .collect();
        if !lines.is_empty() {
            blocks.push(lines.join("; "));
        }
    }
    blocks.join(" ")
}

/// The open panel in words, for the spoken line.
fn panel_said(app: &App) -> String {
    let lang = app.settings.language;
    match app.modals.panel() {
        Some(Panel::Glossary { selected }) => {
            let entries = &app.course.glossary;
            let term = app
                .glossary
                .order()
                .get(*selected)
                .and_then(|&i| entries.get(i));
            match term {
                Some(e) => tr(
                    lang,
                    "spoken-glossary",
                    &[
                        ("number", (selected + 1).into()),
                        ("count", entries.len().into()),
                        ("term", (&e.term).into()),
                    ],
                ),
                None => tr(lang, "spoken-glossary-none", &[]),
            }
        }
        Some(Panel::Bookmarks { selected }) => match app.progress().bookmarks.get(*selected) {
            Some(_) => tr(
                lang,
                "spoken-bookmarks",
                &[
                    ("number", (selected + 1).into()),
                    ("count", app.progress().bookmarks.len().into()),
                ],
            ),
            None => tr(lang, "spoken-bookmarks-none", &[]),
        },
        Some(Panel::Note(editor)) => {
            let (line, column) = editor.caret_position();
            tr(
                lang,
                "spoken-note",
                &[
                    ("title", (&editor.title).into()),
                    ("line", (line + 1).into()),
                    ("lines", editor.field.text.split('\n').count().into()),
                    ("column", (column + 1).into()),
                ],
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
        assert_eq!(
            reading_time(crate::i18n::Language::En, 450, 0),
            ", about 3 min to read"
        );
        assert_eq!(
            reading_time(crate::i18n::Language::En, 450, 59),
            ", about 3 min to read"
        );
        assert_eq!(
            reading_time(crate::i18n::Language::En, 450, 125),
            ", about 3 min to read, 2 min 5 s spent"
        );
        assert_eq!(
            reading_time(crate::i18n::Language::En, 0, 120),
            ", 2 min 0 s spent"
        );
        assert_eq!(reading_time(crate::i18n::Language::En, 0, 0), "");
    }
}
