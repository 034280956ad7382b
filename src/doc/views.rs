//! The text of each kind of item, as a [`Doc`] for the content pane.

use super::markdown;
use super::model::{Block, Doc};
use super::style::{Role, Span, Style};
use crate::course::{AnswerKey, Course, Interview, Item, Lesson, Quiz, Target};
use crate::i18n::typography::{count, decimal};
use crate::i18n::{Arg, Language, tr};
use crate::progress::CourseProgress;
use crate::progress::review::{self, CardChange};
use crate::quiz::answering::{QuizState, ReviewOrigin, ReviewSession, Stage};
use crate::quiz::{
    Given, Input, Paired, Response, Score, describe_answer, describe_response, grade, kind_of,
    points_after_hints,
};

/// How many past attempts the quiz intro lists (the latest ones).
const ATTEMPTS_SHOWN: usize = 10;

/// An item's text for the content pane, with the blocks that matter for moving.
#[derive(Debug, Clone, Default)]
pub struct ItemDoc {
    /// The text.
    pub doc: Doc,
    /// A block that must stay on screen (a quiz cursor), if any.
    pub keep_visible: Option<usize>,
    /// Blocks the learner can jump between (the mistakes on a quiz review).
    pub marks: Vec<usize>,
    /// What each of `marks` is called in the status bar, in the same order
    /// (`question 5`).
    pub mark_labels: Vec<String>,
    /// Blocks showing a "Read again" link, with where the link leads.
    pub links: Vec<(usize, Target)>,
}

impl ItemDoc {
    /// Just `doc`: nothing to keep in view, no marks, no links.
    pub fn plain(doc: Doc) -> Self {
        ItemDoc {
            doc,
            ..ItemDoc::default()
        }
    }
}

/// The text of a lesson, an interview or a video (`None` for a quiz): its Markdown or its
/// turns (as `interview` shows them: speaker filter, recall drill; the default
/// view when `None`), glossary terms underlined, then the learner's `note`. A
/// lesson's links to items show the titles of their targets in `jumps` (the
/// lesson's resolved links, [`crate::course::Jumps::of`]).
///
/// A pure function of its arguments, so that it can run on another thread (see
/// [`crate::app::prepare`]).
pub fn reading_doc(
    lang: Language,
    item: &Item,
    interview: Option<&super::interview::InterviewView>,
    note: Option<&crate::progress::Note>,
    glossary: &crate::glossary::Matcher,
    jumps: &[crate::course::Jump],
) -> Option<Doc> {
    let mut doc = match item {
        Item::Lesson(l) => lesson_with_jumps(lang, l, jumps),
        Item::Interview(iv) => {
            let default = super::interview::InterviewView::default();
            super::interview::interview_doc(lang, iv, interview.unwrap_or(&default))
        }
        Item::Video(v) => super::media::video(lang, v),
        Item::Quiz(_) => return None,
    };
    if !matches!(item, Item::Video(_)) {
        // A video places its own (see `media::targets`).
        super::media::insert_files(lang, &mut doc, item.files());
    }
    super::glossary::underline_terms(&mut doc, glossary, Style::role(Role::Glossary));
    if let Some(note) = note {
        doc.blocks.extend(super::notes::note_blocks(lang, note));
    }
    Some(doc)
}

/// `Module 3: title`, or the title alone when it already says its number
/// (see [`says_its_number`]), so that it is not shown as `Module 3: Module 3: …`.
pub fn module_heading(number: usize, title: &str) -> String {
    module_heading_in(crate::i18n::Language::En, number, title)
}

/// [`module_heading`] in `lang` (`Module 3 : Le web` in French).
pub fn module_heading_in(lang: crate::i18n::Language, number: usize, title: &str) -> String {
    if says_its_number(title, number) {
        title.to_owned()
    } else {
        crate::i18n::tr(
            lang,
            "module-heading",
            &[("number", number.into()), ("title", title.into())],
        )
    }
}

/// Whether a module title starts with its number `n`, alone (`3. Intro`) or
/// after one word (`Module 3: Intro`, `Chapitre 3 – Intro`), the number
/// followed by punctuation or nothing: then amphi adds no number of its own.
pub fn says_its_number(title: &str, n: usize) -> bool {
    let n = n.to_string();
    let numbered = |s: &str| {
        s.strip_prefix(n.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with([':', '.', ')', '-', '–', '—', ','])
        })
    };
    let title = title.trim_start();
    if numbered(title) {
        return true;
    }
    match title.split_once(char::is_whitespace) {
        Some((word, rest)) => {
            !word.is_empty() && word.chars().all(char::is_alphabetic) && numbered(rest.trim_start())
        }
        None => false,
    }
}

fn title(text: &str) -> Block {
    Block::text(vec![Span::styled(
        text.to_string(),
        Style::role(Role::Heading1),
    )])
}

fn meta(text: String) -> Block {
    Block::text(vec![Span::styled(text, Style::role(Role::Meta))]).tight()
}

/// A lesson: its title, then its markdown (amphi's words in English: see
/// [`lesson_with_jumps`] for the learner's language).
pub fn lesson(l: &Lesson) -> Doc {
    lesson_with_jumps(Language::En, l, &[])
}

/// A lesson's text like [`lesson`], its links to items (`item:`) shown with
/// the titles of their targets in `jumps` (the lesson's, from
/// [`crate::course::Jumps::of`]); amphi's own words (`[image: alt]`) in `lang`.
pub fn lesson_with_jumps(lang: Language, l: &Lesson, jumps: &[crate::course::Jump]) -> Doc {
    let mut blocks = vec![title(&l.title)];
    let mut body = markdown::to_doc_with_jumps(lang, &l.body, jumps).0.blocks;
    if let Some(first) = body.first_mut() {
        first.gap = true;
    }
    blocks.extend(body);
    Doc { blocks }
}

/// The block of a lesson's screen (from [`lesson`]) that shows its heading number
/// `n` (from 0, in the order of [`crate::course::headings`]).
pub fn lesson_heading_block(l: &Lesson, n: usize) -> Option<usize> {
    let (_, headings) = markdown::to_doc_with_headings(&l.body);
    // The title comes first.
    headings.get(n).map(|b| b + 1)
}

/// The "Read again" line of a question's link: `→ Read again: Lesson › Heading`.
fn read_again(lang: Language, target: &Target) -> Vec<Span> {
    let mut place = target.lesson_title.clone();
    if let Some((_, h)) = &target.heading {
        place.push_str(&format!(" › {h}"));
    }
    vec![
        Span::styled(
            format!("→ {} ", tr(lang, "quiz-read-again", &[])),
            Style::role(Role::Meta),
        ),
        Span::styled(place, Style::role(Role::Link)),
    ]
}

/// `text` (a plain-text field: a prompt, a choice, feedback, an explanation, an
/// interview turn) with its formulas as their Unicode text
/// ([`crate::text::math::to_unicode`]; one that cannot be drawn keeps its
/// source), on one line: runs of white space as one space, no-break spaces
/// kept (French `Big Four ?` never breaks before its `?`).
fn plain(text: &str) -> String {
    crate::text::split_breaks(&crate::text::math::to_unicode(text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The paragraphs of a turn: blank lines separate them, single line breaks join;
/// formulas as their Unicode text.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(plain)
        .filter(|p| !p.is_empty())
        .collect()
}

/// An interview excerpt: title, source and note, then each turn with its speaker's
/// name (and role, on their first turn).
pub fn interview(lang: Language, iv: &Interview) -> Doc {
    let mut blocks = vec![title(&iv.title)];
    let s = &iv.source;
    let mut source = tr(
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
    if let Some(t) = &s.title {
        source.push_str(&format!(" — {t}"));
    }
    if let Some(u) = &s.url {
        source.push_str(&format!(" <{u}>"));
    }
    blocks.push(Block::text(vec![Span::styled(
        source,
        Style::role(Role::Meta),
    )]));
    if let Some(note) = &iv.note {
        blocks.push(meta(tr(lang, "interview-note", &[("note", note.into())])));
    }
    let mut introduced = std::collections::HashSet::new();
    let first_speaker = iv.turns.first().map(|t| t.speaker.as_str());
    for turn in &iv.turns {
        let who = iv.participant(&turn.speaker);
        let name = who.map_or(turn.speaker.as_str(), |p| p.name.as_str());
        let style = if Some(turn.speaker.as_str()) == first_speaker {
            Style::role(Role::SpeakerA)
        } else {
            Style::role(Role::SpeakerB)
        };
        let mut head = vec![Span::styled(name.to_string(), style)];
        if introduced.insert(turn.speaker.clone())
            && let Some(p) = who
            && !p.role.is_empty()
        {
            head.push(Span::styled(
                format!(" ({})", p.role),
                Style::role(Role::Meta),
            ));
        }
        let mut lines = vec![head];
        for (i, p) in paragraphs(&turn.text).into_iter().enumerate() {
            if i > 0 {
                lines.push(Vec::new());
            }
            lines.push(vec![Span::raw(p)]);
        }
        blocks.push(Block::lines(lines).prefixed(Vec::new(), vec![Span::raw("  ")]));
    }
    Doc { blocks }
}

/// What kind of question `key` asks, in words (`choose all that apply`):
/// the catalogue's `quiz-kind-<name>`, else the kind's own English label.
fn kind_label(lang: Language, key: &AnswerKey) -> String {
    let id = format!("quiz-kind-{}", kind_of(key, |k| k.name()));
    let said = tr(lang, &id, &[]);
    if said == id {
        kind_of(key, |k| k.label()).to_string()
    } else {
        said
    }
}

/// The prompt of `question` as its screen shows it: a multiple-choice prompt
/// without a closing "(choose all that apply)" (or select, check, tick, pick or
/// mark), which the line above it already says ([`kind_label`]).
pub fn prompt_shown(question: &crate::course::Question) -> &str {
    let prompt = question.prompt.trim_end();
    if !matches!(question.key, AnswerKey::MultipleChoice { .. }) {
        return &question.prompt;
    }
    let Some(inner) = prompt
        .strip_suffix(')')
        .and_then(|p| p.rfind('(').map(|open| (open, &p[open + 1..])))
    else {
        return &question.prompt;
    };
    let (open, inner) = inner;
    let words: Vec<String> = inner
        .trim_end_matches(['.', '!'])
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let verbs = ["choose", "select", "check", "tick", "pick", "mark"];
    let says_it = matches!(
        words.iter().map(String::as_str).collect::<Vec<_>>()[..],
        [verb, "all", "that" | "which", "apply"] if verbs.contains(&verb)
    );
    let before = prompt[..open].trim_end();
    if says_it && !before.is_empty() {
        before
    } else {
        &question.prompt
    }
}

/// Points written out: `1 point`, `2.5 points`.
/// What a practice question (weight 0) says beside it, on the quiz screen and
/// in the review.
fn practice(lang: Language) -> String {
    tr(lang, "quiz-practice-not-scored", &[])
}

/// A score written for people: `3/4 (75 %)` (the percentage as
/// [`Score::percent_shown`] against `pass_mark`), or `practice only — not scored`
/// when nothing was scored (every question asked weighs 0).
fn score_text(lang: Language, score: Score, pass_mark: u32) -> String {
    if score.is_unscored() {
        tr(lang, "quiz-practice-only", &[])
    } else {
        tr(
            lang,
            "quiz-score",
            &[
                ("points", shown(lang, score.points).into()),
                ("max", shown(lang, score.max).into()),
                (
                    "percent",
                    decimal(lang, &score.percent_shown(pass_mark)).into(),
                ),
            ],
        )
    }
}

/// Points as [`Score::show`] writes them, in `lang`'s decimal form (`2,5`).
fn shown(lang: Language, points: f64) -> String {
    decimal(lang, &Score::show(points))
}

/// Points written out: `1 point`, `2.5 points` (`2,5 points` in French).
fn points_label(lang: Language, points: f64) -> String {
    let n = Score::show(points);
    // One exactly is singular; the plural rule is given 2 for anything else
    // (French would make 1.5 singular: "1,5 point" is right there too, but
    // amphi keeps one rule for points in both languages).
    let count = if n == "1" { 1 } else { 2 };
    tr(
        lang,
        "quiz-points",
        &[
            ("points", count.into()),
            ("shown", decimal(lang, &n).into()),
        ],
    )
}

/// A text field with its caret: the character under the caret in reverse video,
/// or a reversed space at the end. Without focus, just the text.
fn field_spans(text: &str, caret: usize, focused: bool) -> Vec<Span> {
    if !focused {
        return vec![Span::styled(text.to_string(), Style::role(Role::Strong))];
    }
    let caret = caret.min(text.len());
    let (before, after) = text.split_at(caret);
    let mut graphemes = unicode_segmentation::UnicodeSegmentation::graphemes(after, true);
    let under = graphemes.next().unwrap_or(" ");
    let rest: String = graphemes.collect();
    vec![
        Span::styled(before.to_string(), Style::role(Role::Strong)),
        Span::styled(
            under.to_string(),
            Style::role(Role::Selected).patch(Style::role(Role::Strong)),
        ),
        Span::styled(rest, Style::role(Role::Strong)),
    ]
}

/// The lines of a reflection being written (or written), the caret shown on its
/// line when `focused` (see [`field_spans`]).
fn writing_lines(text: &str, caret: usize, focused: bool) -> Vec<Vec<Span>> {
    let caret = caret.min(text.len());
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let here = focused && (start..=end).contains(&caret);
        out.push(field_spans(line, caret.saturating_sub(start), here));
        start = end + 1;
    }
    out
}

fn hint(text: &str) -> Block {
    Block::text(vec![Span::styled(
        text.to_string(),
        Style::role(Role::Meta),
    )])
}

/// What a quiz screen is drawn from (see [`quiz`]).
#[derive(Clone, Copy)]
struct QuizScreen<'a> {
    lang: Language,
    q: &'a Quiz,
    state: &'a QuizState,
    progress: &'a CourseProgress,
    module: &'a str,
    focused: bool,
    targets: &'a [Option<Target>],
    hidden: &'a [bool],
    stimuli: Stimuli<'a>,
}

/// How the stimuli of a quiz's groups show (see [`quiz_grouped`]).
#[derive(Clone, Copy, Default)]
pub struct Stimuli<'a> {
    /// Each group's stimulus as a doc, by group index (built once by the
    /// caller's cache); a group missing here is built from its markdown.
    pub docs: &'a [std::sync::Arc<Doc>],
    /// Whether the current part's stimulus folds to a one-line bar (the
    /// screen is too short for it and the question).
    pub folded: bool,
    /// The key that shows a folded stimulus, as shown in the bar (`x`).
    pub key: &'a str,
}

/// The stimulus of group `g` of `q` as blocks.
fn stimulus_blocks(lang: Language, stimuli: &Stimuli, q: &Quiz, g: usize) -> Vec<Block> {
    match stimuli.docs.get(g) {
        Some(doc) => doc.blocks.clone(),
        None => q
            .groups
            .get(g)
            .map(|group| stimulus_doc(lang, &group.stimulus).blocks)
            .unwrap_or_default(),
    }
}

/// A group's stimulus (markdown) as a doc, the way lessons are built, amphi's
/// own words in `lang`.
pub fn stimulus_doc(lang: Language, stimulus: &str) -> Doc {
    let mut doc = markdown::to_doc_in(lang, stimulus);
    if let Some(first) = doc.blocks.first_mut() {
        first.gap = false;
    }
    doc
}

/// The stimulus above part `i` of group `g`: a line saying what it is, then the
/// text; folded, one bar that says which key shows it.
fn push_stimulus(s: &QuizScreen, g: usize, blocks: &mut Vec<Block>) {
    let Some(group) = s.q.groups.get(g) else {
        return;
    };
    let lang = s.lang;
    let parts = group.questions.len();
    let shared = tr(lang, "quiz-shared-text", &[]);
    if s.stimuli.folded {
        let what = tr(
            lang,
            "quiz-shared-folded",
            &[("parts", parts.into()), ("key", s.stimuli.key.into())],
        );
        blocks.push(Block::text(vec![
            Span::styled(format!("▸ {shared}"), Style::role(Role::Strong)),
            Span::styled(format!(" {what}"), Style::role(Role::Meta)),
        ]));
        return;
    }
    let what = tr(lang, "quiz-shared-below", &[("parts", parts.into())]);
    blocks.push(Block::text(vec![
        Span::styled(shared, Style::role(Role::Strong)),
        Span::styled(format!(" {what}"), Style::role(Role::Meta)),
    ]));
    let mut text = stimulus_blocks(lang, &s.stimuli, s.q, g);
    if let Some(first) = text.first_mut() {
        first.gap = false;
    }
    blocks.extend(text);
}

/// A quiz screen: intro, question, feedback or result. `targets` are the
/// questions' "Read again" passages; `hidden` marks the questions whose right
/// answer, explanation and choice feedback must not show after an answer (in a
/// review session, questions from a quiz that does not show its answers);
/// missing entries count as shown.
#[allow(clippy::too_many_arguments)]
pub fn quiz(
    lang: Language,
    q: &Quiz,
    state: &QuizState,
    progress: &CourseProgress,
    module: &str,
    focused: bool,
    targets: &[Option<Target>],
    hidden: &[bool],
) -> ItemDoc {
    quiz_grouped(
        lang,
        q,
        state,
        progress,
        module,
        focused,
        (targets, hidden),
        Stimuli::default(),
    )
}

/// [`quiz`], with the stimuli of the quiz's groups as `stimuli` says: above
/// each part being answered (folded or not), and once above a group's parts on
/// the review. `links` are `quiz`'s `targets` and `hidden`.
#[allow(clippy::too_many_arguments)]
pub fn quiz_grouped(
    lang: Language,
    q: &Quiz,
    state: &QuizState,
    progress: &CourseProgress,
    module: &str,
    focused: bool,
    (targets, hidden): (&[Option<Target>], &[bool]),
    stimuli: Stimuli,
) -> ItemDoc {
    let s = QuizScreen {
        lang,
        q,
        state,
        progress,
        module,
        focused,
        targets,
        hidden,
        stimuli,
    };
    let mut out = ItemDoc::plain(Doc {
        blocks: vec![title(&q.title)],
    });
    match state.stage {
        Stage::Intro => quiz_intro(&s, &mut out),
        Stage::Asking | Stage::Feedback => quiz_question(&s, &mut out),
        Stage::Result {
            score,
            passed,
            pass_mark,
        } => quiz_result(&s, score, passed, pass_mark, &mut out),
    }
    out
}

/// The intro: the quiz's size and pass mark, past attempts, attempts left and the keys.
fn quiz_intro(s: &QuizScreen, out: &mut ItemDoc) {
    let QuizScreen {
        q,
        progress,
        module,
        ..
    } = *s;
    let ItemDoc {
        doc: Doc { blocks },
        keep_visible: keep,
        ..
    } = out;
    let lang = s.lang;
    let n = q.questions.len();
    blocks.push(Block::text(vec![Span::raw(tr(
        lang,
        "quiz-intro-size",
        &[("count", count(lang, n)), ("mark", q.pass_mark.into())],
    ))]));
    let attempts: Vec<_> = progress.attempts_at(module, &q.id).collect();
    let outcome = |a: &crate::progress::Attempt| {
        if a.practice {
            Span::styled(tr(lang, "quiz-practice", &[]), Style::role(Role::Meta))
        } else if a.passed {
            Span::styled(tr(lang, "quiz-passed", &[]), Style::role(Role::Done))
        } else {
            Span::styled(tr(lang, "quiz-not-passed", &[]), Style::role(Role::Wrong))
        }
    };
    if let Some(best) = progress.best_shown(module, &q.id) {
        let verdict = if progress.quiz_passed(module, &q.id) {
            Span::styled(tr(lang, "quiz-passed-mark", &[]), Style::role(Role::Done))
        } else {
            Span::styled(
                tr(lang, "quiz-not-passed-yet", &[]),
                Style::role(Role::Wrong),
            )
        };
        let best = tr(lang, "quiz-best", &[("best", decimal(lang, &best).into())]);
        blocks.push(Block::text(vec![Span::raw(format!("{best} ")), verdict]).tight());
        blocks.push(Block::text(vec![
            Span::styled(
                tr(lang, "quiz-your-attempts", &[]),
                Style::role(Role::Strong),
            ),
            Span::styled(
                format!(" {}", tr(lang, "quiz-attempts-columns", &[])),
                Style::role(Role::Meta),
            ),
        ]));
        let shown = attempts.len().saturating_sub(ATTEMPTS_SHOWN);
        if shown > 0 {
            blocks.push(meta(tr(
                lang,
                "quiz-earlier-attempts",
                &[("count", count(lang, shown))],
            )));
        }
        for (n, a) in attempts.iter().enumerate().skip(shown) {
            let result = outcome(a);
            let finished = crate::i18n::typography::date_time(lang, a.finished_at)
                .unwrap_or_else(|| crate::text::format_time(a.finished_at));
            blocks.push(
                Block::text(vec![
                    Span::raw(format!(
                        "{}. {finished} · {} · ",
                        n + 1,
                        score_text(lang, a.score, a.pass_mark)
                    )),
                    result,
                    Span::styled(
                        format!(
                            " · {}",
                            crate::text::format_duration(
                                a.finished_at.saturating_sub(a.started_at)
                            )
                        ),
                        Style::role(Role::Meta),
                    ),
                ])
                .prefixed(Vec::new(), vec![Span::raw("    ")])
                .tight(),
            );
        }
    }
    let used = progress.attempts_at(module, &q.id).count();
    let can_start = q.max_attempts.is_none_or(|max| used < max as usize);
    // The last finished attempt (full or practice), whose review L opens
    // again and whose mistakes R practises.
    let last = attempts.last().map(|a| {
        let wrong = a.answers.iter().filter(|r| !r.correct).count();
        (a, wrong)
    });
    if let Some((a, wrong)) = last {
        let verdict = outcome(a);
        let mistakes = match wrong {
            0 => tr(lang, "quiz-every-answer-right", &[]),
            n => tr(lang, "quiz-answers-wrong", &[("count", n.into())]),
        };
        blocks.push(Block::text(vec![
            Span::styled(
                format!("{} ", tr(lang, "quiz-last-attempt", &[])),
                Style::role(Role::Strong),
            ),
            Span::raw(format!("{} · ", score_text(lang, a.score, a.pass_mark))),
            verdict,
            Span::raw(format!(" · {mistakes}")),
        ]));
    }
    match q.max_attempts {
        Some(max) if !can_start => {
            blocks.push(Block::text(vec![Span::styled(
                tr(lang, "quiz-no-attempts-left", &[("max", max.into())]),
                Style::role(Role::Wrong),
            )]));
        }
        Some(max) => {
            blocks.push(meta(tr(
                lang,
                "quiz-attempts-allowed",
                &[("max", max.into()), ("left", (max as usize - used).into())],
            )));
        }
        None => {}
    }
    let mut keys = Vec::new();
    if can_start {
        keys.push(tr(
            lang,
            if last.is_some() {
                "quiz-start-again"
            } else {
                "quiz-start"
            },
            &[],
        ));
    }
    if let Some((_, wrong)) = last {
        keys.push(tr(lang, "quiz-review-last", &[]));
        if can_start && wrong > 0 {
            keys.push(tr(lang, "quiz-practise-mistakes", &[]));
        }
    }
    if !keys.is_empty() {
        blocks.push(hint(&keys.join(" · ")));
    }
    *keep = Some(blocks.len() - 1);
}

/// A question being answered (its rows, hint and keys) or answered (then its
/// feedback, [`quiz_feedback`]).
fn quiz_question(s: &QuizScreen, out: &mut ItemDoc) {
    let QuizScreen {
        q, state, focused, ..
    } = *s;
    let ItemDoc {
        doc: Doc { blocks },
        keep_visible: keep,
        ..
    } = out;
    let lang = s.lang;
    let i = state.session.current;
    let Some(question) = q.questions.get(i) else {
        return;
    };
    let worth = if question.weight == 1.0 {
        String::new()
    } else if question.weight == 0.0 {
        format!(" · {}", practice(lang))
    } else {
        format!(" · {}", points_label(lang, question.weight))
    };
    let group = q.group_of(i);
    if let Some((g, _)) = group {
        push_stimulus(s, g, blocks);
    }
    let part = group.map_or_else(String::new, |(_, g)| {
        if g.questions.len() == 1 {
            return String::new();
        }
        let part = tr(
            lang,
            "quiz-part",
            &[
                ("part", (i - g.questions.start + 1).into()),
                ("parts", g.questions.len().into()),
            ],
        );
        format!(" · {part}")
    });
    let counter = tr(
        lang,
        "quiz-question-of",
        &[
            ("place", count(lang, state.session.place().0)),
            ("questions", count(lang, state.session.place().1)),
        ],
    );
    let mut heading = meta(format!(
        "{}{counter}{part} · {}{worth}",
        if state.session.is_practice() {
            format!("{} ", tr(lang, "quiz-practice-prefix", &[]))
        } else {
            String::new()
        },
        kind_label(lang, &question.key)
    ));
    // Apart from the stimulus above it.
    heading.gap = group.is_some();
    blocks.push(heading);
    blocks.push(Block::text(vec![Span::styled(
        plain(prompt_shown(question)),
        Style::role(Role::Strong),
    )]));
    let answered = state.session.answers.get(i).cloned().flatten();
    let feedback = state.stage == Stage::Feedback;
    let first_row = blocks.len();
    push_inputs(lang, blocks, question, state, answered.as_ref(), focused);
    let total = question.hints.len();
    let shown = state.hints_shown().min(total);
    if !feedback {
        for (n, h) in question.hints.iter().take(shown).enumerate() {
            let label = if total == 1 {
                tr(lang, "quiz-hint", &[])
            } else {
                let number = Arg::from(n + 1);
                tr(
                    lang,
                    "quiz-hint-of",
                    &[("number", number), ("total", total.into())],
                )
            };
            let label = format!("{label} ");
            blocks.push(Block::text(vec![
                Span::styled(label, Style::role(Role::Strong)),
                Span::raw(crate::text::split_breaks(h).collect::<Vec<_>>().join(" ")),
            ]));
        }
        if shown > 0
            && let Some(cost) = hint_cost_label(lang, question, shown)
        {
            blocks.push(meta(cost).tight());
        }
    }
    if !feedback {
        *keep = Some(first_row + state.cursor.min(blocks.len() - first_row - 1));
        let h = key_hint(lang, kind_of(&question.key, |k| k.input()), state.grabbed);
        let with_hint = match hint_key_label(lang, question, shown, state.typing(q)) {
            Some(more) => format!("{h} · {more}"),
            None => h,
        };
        blocks.push(hint(&with_hint));
    } else if let Some(response) = &answered {
        quiz_feedback(s, question, response, out);
    }
}

/// The feedback on the answered `question`: the verdict, the right answer, choice
/// feedback, the explanation, the passage to read again and the keys.
fn quiz_feedback(
    s: &QuizScreen,
    question: &crate::course::Question,
    response: &Response,
    out: &mut ItemDoc,
) {
    let QuizScreen {
        q,
        state,
        targets,
        hidden,
        ..
    } = *s;
    let ItemDoc {
        doc: Doc { blocks },
        keep_visible: keep,
        links,
        ..
    } = out;
    let lang = s.lang;
    let i = state.session.current;
    if !crate::quiz::kinds::scored(&question.key) {
        return reflection_feedback(s, question, out);
    }
    let right = grade(&question.key, response);
    let used = state.session.hints_used(i);
    let earned = points_after_hints(q, question, Some(response), used);
    // A practice question (weight 0) earns no points: its partial credit shows
    // without them.
    let fraction = crate::quiz::credit(&question.key, response, q.scoring);
    let verdict = if right {
        Span::styled(
            tr(lang, "quiz-right", &[]),
            Style::role(Role::Done).patch(Style::role(Role::Strong)),
        )
    } else if earned > 0.0 {
        Span::styled(
            tr(
                lang,
                "quiz-partly-right-points",
                &[
                    ("earned", shown(lang, earned).into()),
                    ("points", points_label(lang, question.weight).into()),
                ],
            ),
            Style::role(Role::Wrong).patch(Style::role(Role::Strong)),
        )
    } else if fraction > 0.0 {
        Span::styled(
            tr(lang, "quiz-partly-right", &[]),
            Style::role(Role::Wrong).patch(Style::role(Role::Strong)),
        )
    } else {
        Span::styled(
            tr(lang, "quiz-not-quite", &[]),
            Style::role(Role::Wrong).patch(Style::role(Role::Strong)),
        )
    };
    let mut line = vec![verdict];
    // What the hints cost, when they cost anything (the review says it always).
    if let Some(used) = hint_cost_label(lang, question, used).filter(|_| used > 0) {
        line.push(Span::styled(format!(" ({used})"), Style::role(Role::Meta)));
    }
    if question.weight == 0.0 {
        line.push(Span::styled(
            format!(" ({})", practice(lang)),
            Style::role(Role::Meta),
        ));
    }
    let hide = hidden.get(i).copied().unwrap_or(false);
    if !right && hide {
        line.push(Span::styled(
            format!(" {}", tr(lang, "quiz-answers-hidden", &[])),
            Style::role(Role::Meta),
        ));
    } else if !right {
        let answer = plain(&describe_answer(question, lang));
        line.push(Span::raw(format!(
            " {}",
            tr(lang, "quiz-the-answer", &[("answer", answer.into())])
        )));
    }
    // The verdict stays on screen even when the terminal is short.
    *keep = Some(blocks.len());
    blocks.push(Block::text(line));
    // The author's feedback on the answer: under each choice picked, under each
    // right choice missed, or the matched numeric answer's.
    if !hide {
        for (label, text) in answer_feedback(lang, question, response) {
            blocks.push(
                Block::text(vec![
                    Span::styled(label, Style::role(Role::Strong)),
                    Span::raw(text),
                ])
                .tight(),
            );
        }
    }
    if !question.explanation.is_empty() && !hide {
        blocks.push(Block::text(vec![Span::raw(plain(&question.explanation))]).tight());
    }
    let target = targets.get(i).cloned().flatten();
    if let Some(t) = &target {
        links.push((blocks.len(), t.clone()));
        blocks.push(Block::text(read_again(lang, t)).tight());
    }
    let next = tr(
        lang,
        if state.session.next().is_some() {
            "quiz-enter-next"
        } else {
            "quiz-enter-score"
        },
        &[],
    );
    if target.is_some() {
        let again = tr(lang, "quiz-read-passage", &[]);
        blocks.push(hint(&format!("{next} · {again}")));
    } else {
        blocks.push(hint(&next));
    }
}

/// The key that reveals the next of `question`'s hints and how many are left,
/// such as `H hint (3)` or `F1 next hint (1 left)` while `typing`; `None` when
/// none is left.
pub fn hint_key_label(
    lang: Language,
    question: &crate::course::Question,
    shown: usize,
    typing: bool,
) -> Option<String> {
    let total = question.hints.len();
    let left = total.checked_sub(shown).filter(|&n| n > 0)?;
    let key = if typing { "F1" } else { "H" };
    let args = [("key", Arg::from(key)), ("left", Arg::from(left))];
    Some(match (total, shown) {
        (1, _) => tr(lang, "quiz-hint-key", &args),
        (_, 0) => tr(lang, "quiz-hint-key-available", &args),
        _ => tr(lang, "quiz-hint-key-left", &args),
    })
}

/// What `used` hints of `question` cost, for people: `2 hints used, −20 %`;
/// `None` when its hints are free.
pub fn hint_cost_label(
    lang: Language,
    question: &crate::course::Question,
    used: usize,
) -> Option<String> {
    let cost = question.hint_cost.filter(|&c| c > 0)?;
    let used = used.min(question.hints.len());
    let percent = (u64::from(cost.min(100)) * used as u64).min(100);
    Some(tr(
        lang,
        "quiz-hints-cost",
        &[("used", used.into()), ("percent", percent.into())],
    ))
}

/// The hints of `question` the learner used, for the feedback and the review:
/// `2 hints used, −20 %` when they cost points, `1 hint used` when free; `None`
/// when none was used.
pub fn hints_used_label(
    lang: Language,
    question: &crate::course::Question,
    used: usize,
) -> Option<String> {
    let used = used.min(question.hints.len());
    if used == 0 {
        return None;
    }
    hint_cost_label(lang, question, used)
        .or_else(|| Some(tr(lang, "quiz-hints-used", &[("used", used.into())])))
}

/// The feedback on a written reflection: saved, not scored, then the model
/// answer (unless the quiz hides answers here) and the keys.
fn reflection_feedback(s: &QuizScreen, question: &crate::course::Question, out: &mut ItemDoc) {
    let QuizScreen {
        lang,
        state,
        hidden,
        ..
    } = *s;
    let blocks = &mut out.doc.blocks;
    out.keep_visible = Some(blocks.len());
    blocks.push(Block::text(vec![
        Span::styled(
            tr(lang, "quiz-saved", &[]),
            Style::role(Role::Done).patch(Style::role(Role::Strong)),
        ),
        Span::styled(
            format!(" {}", tr(lang, "quiz-reflection-not-scored", &[])),
            Style::role(Role::Meta),
        ),
    ]));
    let hide = hidden.get(state.session.current).copied().unwrap_or(false);
    if let AnswerKey::Reflection {
        model_answer: Some(m),
    } = &question.key
        && !hide
    {
        blocks.push(Block::text(vec![
            Span::styled(
                format!("{} ", tr(lang, "quiz-model-answer", &[])),
                Style::role(Role::Strong),
            ),
            Span::raw(plain(m)),
        ]));
    }
    if !question.explanation.is_empty() && !hide {
        blocks.push(Block::text(vec![Span::raw(plain(&question.explanation))]).tight());
    }
    let next = if state.session.next().is_some() {
        "quiz-enter-next"
    } else {
        "quiz-enter-finish"
    };
    blocks.push(hint(&tr(lang, next, &[])));
}

/// The author's feedback on `response`, as (label, text) lines, in order: for
/// each choice picked (or true or false) that has `feedback`, `“Uber”: ` and
/// it; for each right choice not picked that has `missed` feedback,
/// `“Lyft” (missed): ` and it; for a number, the best accepted answer it
/// matches, as the author wrote it (`“0.50 ± 5%”: `), and its feedback.
fn answer_feedback(
    lang: Language,
    question: &crate::course::Question,
    response: &Response,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let choice_text = |c: usize| kind_of(&question.key, |k| plain(k.choice(c).unwrap_or_default()));
    let picked: Vec<usize> = match (kind_of(&question.key, |k| k.input()), response.given()) {
        (
            Input::OneChoice { .. } | Input::ManyChoices { .. } | Input::TrueFalse,
            Given::Picked(set),
        ) => set.into_iter().collect(),
        _ => Vec::new(),
    };
    for &c in &picked {
        // A pick read from the state file may be any number, usize::MAX too.
        if let Some(f) = c
            .checked_add(1)
            .and_then(|n| question.choice_feedback.get(&n))
        {
            out.push((format!("“{}”: ", choice_text(c)), plain(f)));
        }
    }
    let right = question
        .key
        .choices_and_right()
        .map_or_else(Vec::new, |(_, right)| right);
    for n in right {
        if let Some(f) = question.missed_feedback.get(&n)
            && n >= 1
            && !picked.contains(&(n - 1))
        {
            let choice = Arg::from(choice_text(n - 1));
            let label = tr(lang, "quiz-missed-choice", &[("choice", choice)]);
            out.push((format!("{label} "), plain(f)));
        }
    }
    if let Response::Text(typed) = response
        && let Some(a) = crate::quiz::numeric_match(&question.key, typed)
        && !a.feedback.is_empty()
    {
        out.push((
            format!("“{}”: ", plain(&a.describe(lang))),
            plain(&a.feedback),
        ));
    }
    out
}

/// The key hint under a question being answered, by the inputs it needs
/// (`grabbed`: an ordering item is held).
fn key_hint(lang: Language, input: Input, grabbed: bool) -> String {
    let id = match input {
        Input::ManyChoices { .. } => "quiz-keys-many",
        Input::TrueFalse => "quiz-keys-true-false",
        Input::Text => "quiz-keys-text",
        Input::Order { .. } if grabbed => "quiz-keys-order-held",
        Input::Order { .. } => "quiz-keys-order",
        Input::Pairs { .. } => "quiz-keys-pairs",
        Input::Blanks { .. } => "quiz-keys-blanks",
        Input::Number => "quiz-keys-number",
        Input::OneChoice { .. } => "quiz-keys-one",
        Input::Writing => "quiz-keys-writing",
    };
    tr(lang, id, &[])
}

/// The result: the score and verdict, the keys, then the review of each question.
fn quiz_result(s: &QuizScreen, score: Score, passed: bool, pass_mark: u32, out: &mut ItemDoc) {
    let QuizScreen {
        lang,
        q,
        state,
        progress,
        module,
        targets,
        ..
    } = *s;
    let blocks = &mut out.doc.blocks;
    // A quiz of reflections only has no score: it is completed once submitted.
    let reflections_only = state.session.only_unscored(q);
    let score_line = if score.is_unscored() {
        tr(lang, "quiz-all-practice", &[])
    } else {
        tr(
            lang,
            "quiz-result-score",
            &[
                ("points", shown(lang, score.points).into()),
                ("max", points_label(lang, score.max).into()),
                (
                    "percent",
                    decimal(lang, &score.percent_shown(pass_mark)).into(),
                ),
                ("mark", pass_mark.into()),
            ],
        )
    };
    blocks.push(Block::text(if reflections_only {
        vec![Span::styled(
            tr(lang, "quiz-reflections-saved", &[]),
            Style::role(Role::Strong),
        )]
    } else {
        vec![
            Span::styled(
                format!("{} ", tr(lang, "quiz-score-label", &[])),
                Style::role(Role::Strong),
            ),
            Span::raw(score_line),
        ]
    }));
    // With every attempt used, no retake is offered.
    let can_retake = q
        .max_attempts
        .is_none_or(|max| progress.attempts_at(module, &q.id).count() < max as usize);
    blocks.push(
        Block::text(vec![match (passed, can_retake) {
            (true, _) if reflections_only || score.is_unscored() => Span::styled(
                tr(lang, "quiz-completed", &[]),
                Style::role(Role::Done).patch(Style::role(Role::Strong)),
            ),
            (true, _) => Span::styled(
                tr(lang, "quiz-passed-result", &[]),
                Style::role(Role::Done).patch(Style::role(Role::Strong)),
            ),
            (false, true) => Span::styled(
                tr(lang, "quiz-not-passed-retake", &[]),
                Style::role(Role::Wrong).patch(Style::role(Role::Strong)),
            ),
            (false, false) => Span::styled(
                tr(lang, "quiz-not-passed-no-attempts", &[]),
                Style::role(Role::Wrong).patch(Style::role(Role::Strong)),
            ),
        }])
        .tight(),
    );
    // The keys that act here, on the first screen, before the long review
    // (and again after it).
    let asked: Vec<(usize, &crate::course::Question, Option<&Response>)> = state
        .session
        .asked
        .iter()
        .filter_map(|&i| {
            let answer = state.session.answers.get(i)?.as_ref();
            Some((i, q.questions.get(i)?, answer))
        })
        .collect();
    let mistakes = asked
        .iter()
        .filter(|(_, question, answer)| !answer.is_some_and(|r| grade(&question.key, r)))
        .count();
    let any_link = q.review_shows_answers(passed)
        && asked
            .iter()
            .any(|(i, _, _)| targets.get(*i).is_some_and(Option::is_some));
    let mut keys = Vec::new();
    if can_retake {
        keys.push(tr(lang, "quiz-key-retake", &[]));
        if mistakes > 0 {
            keys.push(tr(
                lang,
                "quiz-key-practise-wrong",
                &[("count", mistakes.into())],
            ));
        }
    }
    if mistakes > 0 {
        keys.push(tr(lang, "quiz-key-next-mistake", &[]));
    }
    if any_link {
        keys.push(tr(lang, "quiz-key-read-again", &[]));
    }
    keys.push(tr(lang, "quiz-key-next-item", &[]));
    blocks.push(hint(&keys.join(" · ")));
    let review = match (q.show_answers, passed) {
        (crate::course::ShowAnswers::AfterPass, false) => "quiz-review-after-pass",
        (crate::course::ShowAnswers::Never, _) => "quiz-review-never",
        _ => "quiz-review-all",
    };
    blocks.push(hint(&tr(lang, review, &[])));
    quiz_review(s, passed, &asked, out);
    keys.push(tr(lang, "quiz-key-help", &[]));
    out.doc.blocks.push(hint(&keys.join(" · ")));
    out.keep_visible = Some(1);
}

/// The review on the result screen: each question `asked` (index, question,
/// answer) with the answer given, its points, and, when the quiz shows them, the
/// right answer, the explanation and the passage to read again.
fn quiz_review(
    s: &QuizScreen,
    passed: bool,
    asked: &[(usize, &crate::course::Question, Option<&Response>)],
    out: &mut ItemDoc,
) {
    let QuizScreen { q, targets, .. } = *s;
    let ItemDoc {
        doc: Doc { blocks },
        marks,
        mark_labels,
        links,
        ..
    } = out;
    let mut stimulus_shown = Vec::new();
    for (n, &(i, question, answer)) in asked.iter().enumerate() {
        // A group's stimulus once, above the first of its parts reviewed.
        if let Some((g, group)) = q.group_of(i)
            && !stimulus_shown.contains(&g)
        {
            stimulus_shown.push(g);
            let parts: Vec<usize> = asked
                .iter()
                .enumerate()
                .filter(|(_, (j, _, _))| group.questions.contains(j))
                .map(|(m, _)| m + 1)
                .collect();
            let which = match (parts.first(), parts.last()) {
                (Some(&a), Some(&b)) if a != b => tr(
                    s.lang,
                    "quiz-shared-of-many",
                    &[("first", a.into()), ("last", b.into())],
                ),
                _ => tr(s.lang, "quiz-shared-of-one", &[("number", (n + 1).into())]),
            };
            blocks.push(Block::text(vec![
                Span::styled(
                    tr(s.lang, "quiz-shared-text", &[]),
                    Style::role(Role::Strong),
                ),
                Span::styled(format!(" {which}"), Style::role(Role::Meta)),
            ]));
            let mut text = stimulus_blocks(s.lang, &s.stimuli, q, g);
            if let Some(first) = text.first_mut() {
                first.gap = false;
            }
            blocks.extend(text);
        }
        if !crate::quiz::kinds::scored(&question.key) {
            blocks.push(reviewed_reflection(
                s.lang,
                n,
                question,
                answer,
                q.review_shows_answers(passed),
            ));
            continue;
        }
        let right = answer.is_some_and(|r| grade(&question.key, r));
        let used = s.state.session.hints_used(i);
        let earned = points_after_hints(q, question, answer, used);
        let fraction = answer.map_or(0.0, |r| crate::quiz::credit(&question.key, r, q.scoring));
        let lang = s.lang;
        let points = if question.weight == 0.0 {
            practice(lang)
        } else {
            format!(
                "{} / {}",
                shown(lang, earned),
                points_label(lang, question.weight)
            )
        };
        let mark = match (right, fraction > 0.0) {
            (true, _) => Span::styled("✓ ", Style::role(Role::Done)),
            (false, true) => Span::styled("◐ ", Style::role(Role::Wrong)),
            (false, false) => Span::styled("✗ ", Style::role(Role::Wrong)),
        };
        if !right {
            marks.push(blocks.len());
            mark_labels.push(tr(
                lang,
                "quiz-review-question",
                &[("number", (n + 1).into())],
            ));
        }
        let prompt = plain(&question.prompt);
        let given = answer.map_or_else(
            || tr(lang, "quiz-no-answer", &[]),
            |r| plain(&describe_response(question, r, lang)),
        );
        let mut lines = vec![
            vec![
                mark,
                Span::styled(format!("{}. {prompt}", n + 1), Style::role(Role::Strong)),
            ],
            vec![
                Span::styled(
                    format!("{} ", tr(lang, "quiz-your-answer", &[])),
                    Style::role(Role::Meta),
                ),
                Span::raw(given),
                Span::styled(format!(" · {points}"), Style::role(Role::Meta)),
            ],
        ];
        if let Some(used) = hints_used_label(lang, question, used) {
            lines[1].push(Span::styled(format!(" · {used}"), Style::role(Role::Meta)));
        }
        let reveal = q.review_shows_answers(passed);
        if !right && reveal {
            lines.push(vec![
                Span::styled(
                    format!("{} ", tr(lang, "quiz-right-answer", &[])),
                    Style::role(Role::Meta),
                ),
                Span::styled(
                    plain(&describe_answer(question, lang)),
                    Style::role(Role::Done),
                ),
            ]);
        }
        if reveal && let Some(r) = answer {
            for (label, text) in answer_feedback(lang, question, r) {
                lines.push(vec![
                    Span::styled(label, Style::role(Role::Strong)),
                    Span::raw(text),
                ]);
            }
        }
        if !question.explanation.is_empty() && reveal {
            lines.push(vec![Span::raw(plain(&question.explanation))]);
        }
        if let Some(Some(t)) = targets.get(i)
            && reveal
        {
            links.push((blocks.len(), t.clone()));
            lines.push(read_again(lang, t));
        }
        blocks.push(Block::lines(lines).prefixed(Vec::new(), vec![Span::raw("   ")]));
    }
}

/// A reflection in the review: its prompt, the learner's text as written (each
/// line), `not scored`, and the model answer when `reveal`.
fn reviewed_reflection(
    lang: Language,
    n: usize,
    question: &crate::course::Question,
    answer: Option<&Response>,
    reveal: bool,
) -> Block {
    let mut lines = vec![
        vec![
            Span::styled("✎ ", Style::role(Role::Bullet)),
            Span::styled(
                format!("{}. {}", n + 1, plain(&question.prompt)),
                Style::role(Role::Strong),
            ),
        ],
        vec![Span::styled(
            tr(lang, "quiz-your-reflection", &[]),
            Style::role(Role::Meta),
        )],
    ];
    let written = answer.map(|r| describe_response(question, r, lang));
    match written.as_deref() {
        Some(text) if !text.trim().is_empty() => {
            lines.extend(text.lines().map(|l| vec![Span::raw(format!("  {l}"))]));
        }
        Some(_) | None => lines.push(vec![Span::raw(format!(
            "  {}",
            tr(lang, "quiz-nothing-written", &[])
        ))]),
    }
    if let AnswerKey::Reflection {
        model_answer: Some(m),
    } = &question.key
        && reveal
    {
        lines.push(vec![
            Span::styled(
                format!("{} ", tr(lang, "quiz-model-answer", &[])),
                Style::role(Role::Meta),
            ),
            Span::raw(plain(m)),
        ]);
    }
    Block::lines(lines).prefixed(Vec::new(), vec![Span::raw("   ")])
}

fn row(marker: String, text: String, selected: bool, mark_style: Style) -> Block {
    let pad = " ".repeat(marker.chars().count() + 2);
    let cursor = if selected { "› " } else { "  " };
    let text_style = if selected {
        Style::role(Role::Selected)
    } else {
        Style::new()
    };
    Block::text(vec![Span::styled(text, text_style)])
        .prefixed(
            vec![
                Span::styled(cursor.to_string(), Style::role(Role::Bullet)),
                Span::styled(marker, mark_style),
            ],
            vec![Span::raw(pad)],
        )
        .tight()
}

fn push_inputs(
    lang: Language,
    blocks: &mut Vec<Block>,
    question: &crate::course::Question,
    state: &QuizState,
    answered: Option<&Response>,
    focused: bool,
) {
    let feedback = answered.is_some();
    let choice_rows =
        |choices: &[String], multi: bool, right: &[usize], blocks: &mut Vec<Block>| {
            for row_at in 0..choices.len() {
                // Row `row_at` shows choice `i` (the same unless shuffled).
                let i = state.shown(row_at);
                let c = &choices[i.min(choices.len() - 1)];
                let picked = state.picked.contains(&i);
                let mark = match (multi, picked) {
                    (false, false) => "( )",
                    (false, true) => "(•)",
                    (true, false) => "[ ]",
                    (true, true) => "[x]",
                };
                // After the answer: ✓ the right choices, ✗ a wrong pick, and a
                // right choice left unticked in a multiple-choice question said
                // apart, in a word, so that it reads without colour too.
                let (tail, style) = match (feedback, right.contains(&i), picked) {
                    (true, true, false) if multi => (
                        format!(" {}", tr(lang, "quiz-missed-mark", &[])),
                        Style::role(Role::Wrong),
                    ),
                    (true, true, _) => (" ✓".into(), Style::role(Role::Done)),
                    (true, false, true) => (" ✗".into(), Style::role(Role::Wrong)),
                    _ => (String::new(), Style::role(Role::Bullet)),
                };
                let text = format!("{}. {}{tail}", row_at + 1, plain(c));
                let selected = !feedback && state.cursor == row_at;
                let mut b = row(format!("{mark} "), text, selected, style);
                if row_at == 0 {
                    b.gap = true;
                }
                blocks.push(b);
            }
        };
    // The answered response if it is this kind's, else what is typed or picked.
    match Paired::or_unanswered(&question.key, answered) {
        Paired::SingleChoice(k, _) => {
            choice_rows(k.choices, false, &[k.answer.wrapping_sub(1)], blocks)
        }
        Paired::MultipleChoice(k, _) => {
            let right: Vec<usize> = k.answers.iter().map(|a| a.wrapping_sub(1)).collect();
            choice_rows(k.choices, true, &right, blocks)
        }
        Paired::TrueFalse(k, _) => {
            let choices = [tr(lang, "quiz-true", &[]), tr(lang, "quiz-false", &[])];
            choice_rows(&choices, false, &[usize::from(!k.answer)], blocks)
        }
        Paired::ShortAnswer(_, answered) | Paired::Numeric(_, answered) => {
            let typed = answered.map_or_else(|| state.field.text.clone(), str::to_string);
            let mut line = vec![Span::styled(
                format!("{} ", tr(lang, "quiz-your-answer", &[])),
                Style::role(Role::Bullet),
            )];
            line.extend(field_spans(&typed, state.field.caret, focused && !feedback));
            if let AnswerKey::Numeric { unit: Some(u), .. } = &question.key {
                line.push(Span::styled(format!(" {u}"), Style::role(Role::Meta)));
            }
            // As typed: runs of spaces, and the caret on one, show.
            blocks.push(Block {
                keep_spaces: true,
                ..Block::text(line)
            });
        }
        Paired::Reflection(_, answered) => {
            // A submitted text comes from the state file: sanitised (what is
            // being typed was cleaned as it was typed).
            let written = answered.map_or_else(|| state.field.text.clone(), crate::text::sanitize);
            let caret = if answered.is_some() {
                written.len()
            } else {
                state.field.caret
            };
            blocks.push(Block::text(vec![Span::styled(
                tr(lang, "quiz-your-answer", &[]),
                Style::role(Role::Bullet),
            )]));
            let bar = || vec![Span::styled("│ ", Style::role(Role::Bullet))];
            blocks.push(
                Block {
                    keep_spaces: true,
                    ..Block::lines(writing_lines(&written, caret, focused && !feedback))
                }
                .prefixed(bar(), bar())
                .tight(),
            );
        }
        Paired::FillBlanks(k, answered) => {
            let text = k.text;
            let typed = answered.map_or_else(|| state.all_blanks(), <[String]>::to_vec);
            // The text with each gap shown as [n: what was typed].
            let mut line: Vec<Span> = Vec::new();
            let mut at = 0;
            for gap in crate::quiz::gaps(text) {
                line.push(Span::raw(text[at..gap.start].to_string()));
                at = gap.end;
                let i = gap.number.saturating_sub(1);
                let value = typed.get(i).cloned().unwrap_or_default();
                let editing = !feedback && focused && i == state.cursor;
                let style = if !feedback {
                    Style::role(Role::Bullet)
                } else if crate::quiz::fills_gap(&question.key, i, &value) {
                    Style::role(Role::Done)
                } else {
                    Style::role(Role::Wrong)
                };
                line.push(Span::styled(format!("[{}: ", gap.number), style));
                if editing {
                    line.extend(field_spans(&state.field.text, state.field.caret, true));
                } else if value.is_empty() {
                    line.push(Span::styled("____", Style::role(Role::Meta)));
                } else {
                    line.push(Span::styled(value, Style::role(Role::Strong)));
                }
                line.push(Span::styled("]", style));
            }
            line.push(Span::raw(text[at..].to_string()));
            let mut b = Block::text(line);
            b.gap = true;
            blocks.push(b);
        }
        Paired::Matching(k, answered) => {
            let pairs = k.pairs;
            // Each left side with the option given to it; the options, numbered.
            let number_of =
                |pair: usize| state.order.iter().position(|&o| o == pair).map(|p| p + 1);
            let picked = answered.map_or_else(|| state.matches.clone(), <[_]>::to_vec);
            for (i, (left, _)) in pairs.iter().enumerate() {
                let chosen = picked.get(i).copied().flatten();
                let given = chosen
                    .and_then(|c| Some(format!("{}. {}", number_of(c)?, pairs.get(c)?.1)))
                    .unwrap_or_else(|| "—".into());
                let (tail, style) = match (feedback, chosen == Some(i)) {
                    (true, true) => (" ✓".to_string(), Style::role(Role::Done)),
                    (true, false) => (format!(" ✗ ({})", pairs[i].1), Style::role(Role::Wrong)),
                    _ => (String::new(), Style::role(Role::Bullet)),
                };
                let selected = !feedback && state.cursor == i;
                let mut b = row(
                    String::new(),
                    format!("{left} → {given}{tail}"),
                    selected,
                    style,
                );
                if i == 0 {
                    b.gap = true;
                }
                blocks.push(b);
            }
            blocks.push(Block::text(vec![Span::styled(
                tr(lang, "quiz-options", &[]),
                Style::role(Role::Meta),
            )]));
            for (n, &pair) in state.order.iter().enumerate() {
                let text = pairs.get(pair).map_or("", |p| p.1.as_str()).to_string();
                let marker = format!("{}. ", n + 1);
                let pad = " ".repeat(marker.len() + 2);
                blocks.push(
                    Block::text(vec![Span::raw(text)])
                        .prefixed(
                            vec![
                                Span::raw("  "),
                                Span::styled(marker, Style::role(Role::Bullet)),
                            ],
                            vec![Span::raw(pad)],
                        )
                        .tight(),
                );
            }
        }
        Paired::Ordering(k, _) => {
            let items = k.items;
            for (pos, &item) in state.order.iter().enumerate() {
                let text = items.get(item).cloned().unwrap_or_default();
                let selected = !feedback && state.cursor == pos;
                let held = selected && state.grabbed;
                let (tail, style) = match (feedback, item == pos) {
                    (true, true) => (" ✓", Style::role(Role::Done)),
                    (true, false) => (" ✗", Style::role(Role::Wrong)),
                    _ => ("", Style::role(Role::Bullet)),
                };
                let marker = if held {
                    "↕ ".to_string()
                } else {
                    format!("{}. ", pos + 1)
                };
                let mut b = row(marker, format!("{text}{tail}"), selected, style);
                if pos == 0 {
                    b.gap = true;
                }
                blocks.push(b);
            }
        }
        // Never made by `or_unanswered`.
        Paired::Mismatched => {}
    }
}

/// "missed 1 time", "missed 3 times".
fn missed(lang: Language, n: u32) -> String {
    tr(lang, "review-missed", &[("count", n.into())])
}

/// What an answer in a review did to its card, in words.
fn card_change(lang: Language, change: CardChange) -> String {
    match change {
        CardChange::Promoted(b) => {
            let days = review::BOX_INTERVAL_DAYS[usize::from(b - 1)];
            tr(
                lang,
                "review-up-to-box",
                &[
                    ("box", b.into()),
                    ("boxes", review::BOXES.into()),
                    ("days", days.into()),
                ],
            )
        }
        CardChange::Learnt => tr(lang, "review-learnt", &[]),
        CardChange::Demoted | CardChange::Added => tr(lang, "review-back-to-box-1", &[]),
        CardChange::Unchanged => tr(lang, "review-not-due", &[]),
    }
}

/// A review session: the question screen with where the question comes from and
/// its box (a leech flagged), or, at the end, what each answer did.
pub fn review(
    lang: Language,
    course: &Course,
    progress: &CourseProgress,
    session: &ReviewSession,
    due_again: usize,
    focused: bool,
) -> ItemDoc {
    let origin_of = |o: &ReviewOrigin| {
        let module = &course.modules[o.module];
        let quiz = module.items.get(o.item).map_or("", Item::title);
        format!("{} › {quiz}", module.path_to(o.item))
    };
    if let Stage::Result { .. } = session.state.stage {
        let answered: Vec<(usize, bool)> = session
            .state
            .session
            .asked
            .iter()
            .filter_map(|&i| {
                let r = session.state.session.answers.get(i)?.as_ref()?;
                Some((i, grade(&session.quiz.questions[i].key, r)))
            })
            .collect();
        let right = answered.iter().filter(|(_, ok)| *ok).count();
        let mut blocks = vec![
            title(&tr(lang, "review-done", &[])),
            Block::text(vec![Span::raw(tr(
                lang,
                "review-right",
                &[
                    ("right", count(lang, right)),
                    ("answered", count(lang, answered.len())),
                ],
            ))]),
        ];
        for &(i, ok) in &answered {
            let o = &session.origins[i];
            let q = &session.quiz.questions[i];
            let (mark, style) = if ok {
                ("✓ ", Style::role(Role::Done))
            } else {
                ("✗ ", Style::role(Role::Wrong))
            };
            let mut line = vec![
                Span::styled(mark, style),
                Span::styled(plain(&q.prompt), Style::role(Role::Strong)),
            ];
            if let Some(change) = o.change {
                line.push(Span::styled(
                    format!(" — {}", card_change(lang, change)),
                    Style::role(Role::Meta),
                ));
            }
            blocks.push(
                Block::text(line)
                    .prefixed(Vec::new(), vec![Span::raw("  ")])
                    .tight(),
            );
        }
        let leeches: Vec<&ReviewOrigin> = answered
            .iter()
            .map(|&(i, _)| &session.origins[i])
            .filter(|o| {
                progress
                    .review
                    .get(&o.card)
                    .is_some_and(review::Card::is_leech)
            })
            .collect();
        for o in leeches {
            let module = Arg::from(&course.modules[o.module].title);
            blocks.push(Block::text(vec![Span::styled(
                tr(lang, "review-missed-often", &[("module", module)]),
                Style::role(Role::Wrong),
            )]));
        }
        let again = due_again;
        if again > 0 {
            blocks.push(meta(tr(
                lang,
                "review-still-due",
                &[("count", again.into())],
            )));
        }
        blocks.push(hint(&tr(lang, "review-enter-back", &[])));
        // Shown from its top: the score first.
        return ItemDoc::plain(Doc { blocks });
    }
    let targets: Vec<Option<Target>> = session
        .quiz
        .questions
        .iter()
        .zip(&session.origins)
        .map(|(q, o)| crate::course::resolve(course, o.module, q.see.as_ref()?))
        .collect();
    // A question keeps the answer policy of the quiz it comes from.
    let hidden: Vec<bool> = session
        .origins
        .iter()
        .map(|o| {
            let module = &course.modules[o.module];
            match module.items.get(o.item) {
                Some(Item::Quiz(from)) => {
                    !from.reveals_answers(progress.quiz_passed(&module.id, &from.id))
                }
                _ => false,
            }
        })
        .collect();
    let mut doc = quiz(
        lang,
        &session.quiz,
        &session.state,
        progress,
        "",
        focused,
        &targets,
        &hidden,
    );
    let i = session.state.session.current;
    let Some(o) = session.origins.get(i) else {
        return doc;
    };
    let mut extra = vec![meta(tr(
        lang,
        "review-from",
        &[
            ("origin", origin_of(o).into()),
            ("box", o.before.box_number.into()),
            ("boxes", review::BOXES.into()),
            ("missed", missed(lang, o.before.lapses).into()),
        ],
    ))];
    let mut leech_link = None;
    if o.before.is_leech() {
        let leech = tr(
            lang,
            "review-leech",
            &[("missed", missed(lang, o.before.lapses).into())],
        );
        let mut line = vec![Span::styled(format!("{leech} "), Style::role(Role::Wrong))];
        match targets.get(i).cloned().flatten() {
            Some(t) => {
                line.extend(read_again(lang, &t));
                line.push(Span::styled(
                    format!(" {}", tr(lang, "review-leech-link", &[])),
                    Style::role(Role::Meta),
                ));
                leech_link = Some(t);
            }
            None => line.push(Span::styled(
                tr(
                    lang,
                    "review-leech-reread",
                    &[("module", (&course.modules[o.module].title).into())],
                ),
                Style::role(Role::Wrong),
            )),
        }
        extra.push(Block::text(line));
    }
    if let Some(change) = o.change {
        // Just above the closing "Enter: next question" line.
        let at = doc.doc.blocks.len().saturating_sub(1);
        doc.doc.blocks.insert(
            at,
            Block::text(vec![Span::styled(
                card_change(lang, change),
                Style::role(Role::Strong),
            )]),
        );
        doc.keep_visible = doc.keep_visible.map(|k| if k >= at { k + 1 } else { k });
        for (b, _) in &mut doc.links {
            if *b >= at {
                *b += 1;
            }
        }
    }
    let n = extra.len();
    let at = doc.doc.blocks.len().min(1);
    doc.doc.blocks.splice(at..at, extra);
    let shift = |b: &mut usize| {
        if *b >= at {
            *b += n;
        }
    };
    if let Some(k) = &mut doc.keep_visible {
        shift(k);
    }
    doc.marks.iter_mut().for_each(shift);
    doc.links.iter_mut().for_each(|(b, _)| shift(b));
    if let Some(t) = leech_link {
        doc.links.insert(0, (at + n - 1, t));
    }
    doc
}

#[cfg(test)]
mod heading_tests {
    use super::module_heading;

    #[test]
    fn a_title_that_says_its_number_gets_no_second_one() {
        assert_eq!(module_heading(3, "Module 3: Power"), "Module 3: Power");
        assert_eq!(
            module_heading(3, "Chapitre 3 – Le web"),
            "Chapitre 3 – Le web"
        );
        assert_eq!(module_heading(3, "3. Power"), "3. Power");
        assert_eq!(module_heading(3, "Power"), "Module 3: Power");
        assert_eq!(
            module_heading(3, "Module 30: Power"),
            "Module 3: Module 30: Power"
        );
        assert_eq!(module_heading(3, "Top 3 tips"), "Module 3: Top 3 tips");
        assert_eq!(
            module_heading(2, "Module 3: Power"),
            "Module 2: Module 3: Power"
        );
    }
}
