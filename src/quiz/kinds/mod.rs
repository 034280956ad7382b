//! Question kinds as closed units: one module per kind holds its grading, its
//! descriptions, its checks, what its content hash, search and word count take
//! from it, and its xAPI form.
//!
//! The answer keys themselves stay in [`AnswerKey`] (the course model); each kind
//! module has a borrowed view of its variant (such as [`SingleChoice`]) that
//! implements [`Kind`]. This module is the one place that goes from an
//! [`AnswerKey`] to its kind ([`kind_of`]) and from a key and a response to the
//! pair of them ([`Paired::of`]): everywhere else asks the kind, or matches a
//! [`Paired`], whose variants name one kind each plus [`Paired::Mismatched`].
//!
//! To add a kind: its variant in [`AnswerKey`] and its [`Response`], a module here
//! with its view implementing [`Kind`], and its arms in this file; the compiler
//! names each of them.

mod fill_blanks;
mod matching;
mod multiple_choice;
mod numeric;
mod ordering;
mod reflection;
mod short_answer;
mod single_choice;
mod true_false;

use crate::i18n::{Language, Message};
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub use fill_blanks::{FillBlanks, MAX_BLANK_PATTERNS, blank_patterns};
pub use matching::Matching;
pub use multiple_choice::MultipleChoice;
pub use numeric::Numeric;
pub use ordering::Ordering;
pub use reflection::{MAX_REFLECTION_CHARS, Reflection};
pub use short_answer::ShortAnswer;
pub use single_choice::SingleChoice;
pub use true_false::TrueFalse;

use crate::course::{AnswerKey, AnswerPattern};

/// What the learner answered to one question.
///
/// Choice indices count from 0 here (the course file counts from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// The one choice picked in a `single_choice` question (index from 0).
    Choice(usize),
    /// The choices picked in a `multiple_choice` question (indices from 0).
    Choices(BTreeSet<usize>),
    /// The answer to a `true_false` question.
    Bool(bool),
    /// The text typed for a `short_answer` question, as typed.
    Text(String),
    /// The learner's order for an `ordering` question: indices into the question's
    /// items as written (which are in the right order), so `[0, 1, 2]` is right.
    Order(Vec<usize>),
    /// For each left side of a `matching` question (in written order), the right
    /// side picked: an index into the pairs as written (so `[0, 1, 2]` is right),
    /// `None` when left unmatched.
    Pairs(Vec<Option<usize>>),
    /// The text typed into each gap of a `fill_blanks` question, gap 1 first.
    Blanks(Vec<String>),
}

/// A question's interaction as xAPI (SCORM) describes it, as plain values for
/// `export` to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Interaction<'a> {
    /// The `interactionType`: `choice`, `true-false`, `fill-in`, `sequencing`,
    /// `matching` or `numeric`.
    pub kind: &'static str,
    /// The component lists of the definition, in order, by their xAPI name
    /// (`choices`, `source`, `target`), each a list of texts numbered from 1.
    pub components: Vec<(&'static str, Vec<&'a str>)>,
    /// The `correctResponsesPattern`, in the format of the responses; `None` when
    /// the kind has none to give (a short answer given only by a pattern).
    pub pattern: Option<Vec<String>>,
}

/// What one kind of question says about itself, from its answer key alone.
///
/// Implemented by each kind's view of its key, with no default methods, so that a
/// new kind does not compile until it says each of them. What depends on the
/// learner's response (grading, describing it) is in each kind's module too and
/// reached through [`Paired`].
pub trait Kind {
    /// The YAML `kind` of the question, such as `single_choice`.
    fn name(&self) -> &'static str;
    /// The right answer written out for the learner, such as `2. Uber`, `True` or
    /// `A → B → C`; `shuffle` says that choices are shown in a random order (so
    /// named by their text alone); amphi's own words (`True`, `from 1 to 2`)
    /// in `lang`.
    fn describe_answer(&self, shuffle: bool, lang: Language) -> String;
    /// How many items an attempt shows in a random order (ordering items, matching
    /// right sides, the choices of a question that says `shuffle`), `None` when
    /// shown as written.
    fn shuffled(&self, shuffle: bool) -> Option<usize>;
    /// Gives each field of the key that the content hash covers, in order
    /// (see `progress::hash`).
    fn hash_fields(&self, field: &mut dyn FnMut(&str));
    /// The texts of the key, beyond the prompt, that a search finds.
    fn search_texts(&self) -> Vec<&str>;
    /// The words of the key's texts (choices, items, pairs, a cloze text), as
    /// [`crate::text::count_words`] counts them.
    fn words(&self) -> usize;
    /// The problems of the key, each as (message, the key of the question it is
    /// at in the file), in order.
    fn checks(&self) -> Vec<(Message, &'static str)>;
    /// The key's lists, as (entries, the key in the file), for the bound on lists.
    fn lists(&self) -> Vec<(usize, &'static str)>;
    /// How many choices may have their own `feedback` (numbered from 1), `None`
    /// for a kind without choices.
    fn choices(&self) -> Option<usize>;
    /// The question's xAPI interaction.
    fn interaction(&self) -> Interaction<'_>;
    /// What the learner is asked to do, in a few words for the line above the
    /// question, such as `one answer` or `put in order`.
    fn label(&self) -> &'static str;
    /// The inputs the answering screen gives the question.
    fn input(&self) -> Input;
    /// The text of choice `i` (from 0), for a kind with choices; `None` otherwise.
    fn choice(&self, i: usize) -> Option<&str>;
    /// The response the inputs `given` make (of the shape [`Kind::input`] asks
    /// for), or `None` when nothing is given yet.
    fn response(&self, given: Given) -> Option<Response>;
}

/// The inputs a kind needs on the answering screen; the answering state and the
/// views follow it, so a new kind with inputs of an existing shape needs nothing
/// of theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One of `rows` choices, picked by its number or ↑↓ then Space.
    OneChoice {
        /// How many choices.
        rows: usize,
    },
    /// Any of `rows` choices, ticked by number or ↑↓ then Space.
    ManyChoices {
        /// How many choices.
        rows: usize,
    },
    /// True or false: t or f, or the two rows.
    TrueFalse,
    /// A typed answer.
    Text,
    /// A typed number (a unit may follow the input).
    Number,
    /// `rows` items to put in order by holding one and moving it.
    Order {
        /// How many items.
        rows: usize,
    },
    /// One of the right sides for each of `rows` left sides.
    Pairs {
        /// How many pairs.
        rows: usize,
    },
    /// Text typed into each of `gaps` gaps.
    Blanks {
        /// How many gaps.
        gaps: usize,
    },
    /// Text written over several lines (Enter starts a new line, Ctrl+S submits).
    Writing,
}

impl Input {
    /// How many rows the cursor moves over (0 for a typed answer).
    pub fn rows(self) -> usize {
        match self {
            Input::OneChoice { rows }
            | Input::ManyChoices { rows }
            | Input::Order { rows }
            | Input::Pairs { rows } => rows,
            Input::Blanks { gaps } => gaps,
            Input::TrueFalse => 2,
            Input::Text | Input::Number | Input::Writing => 0,
        }
    }

    /// Whether keys type into the answer.
    pub fn typing(self) -> bool {
        match self {
            Input::Text | Input::Number | Input::Blanks { .. } | Input::Writing => true,
            Input::OneChoice { .. }
            | Input::ManyChoices { .. }
            | Input::TrueFalse
            | Input::Order { .. }
            | Input::Pairs { .. } => false,
        }
    }
}

/// What the learner has given on the answering screen, by the shape of the
/// inputs ([`Input`]): a kind makes its [`Response`] from it, and a response
/// gives it back to show it again ([`Response::given`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    /// Rows picked (indices from 0; for true or false, 0 is true).
    Picked(BTreeSet<usize>),
    /// Text typed.
    Text(String),
    /// An order of items (indices into them as written).
    Order(Vec<usize>),
    /// For each left side, the right side picked.
    Pairs(Vec<Option<usize>>),
    /// The text of each gap.
    Blanks(Vec<String>),
}

/// An answer key as its kind: one variant per kind, each holding its view of the
/// key. See [`kind_of`].
#[derive(Debug, Clone, Copy)]
pub enum KindOf<'a> {
    /// `single_choice`.
    SingleChoice(SingleChoice<'a>),
    /// `multiple_choice`.
    MultipleChoice(MultipleChoice<'a>),
    /// `true_false`.
    TrueFalse(TrueFalse),
    /// `short_answer`.
    ShortAnswer(ShortAnswer<'a>),
    /// `ordering`.
    Ordering(Ordering<'a>),
    /// `matching`.
    Matching(Matching<'a>),
    /// `fill_blanks`.
    FillBlanks(FillBlanks<'a>),
    /// `numeric`.
    Numeric(Numeric<'a>),
    /// `reflection` (or `essay`).
    Reflection(Reflection<'a>),
}

impl<'a> KindOf<'a> {
    /// The view of `key`'s kind.
    pub fn of(key: &'a AnswerKey) -> Self {
        match key {
            AnswerKey::SingleChoice { choices, answer } => KindOf::SingleChoice(SingleChoice {
                choices,
                answer: *answer,
            }),
            AnswerKey::MultipleChoice { choices, answers } => {
                KindOf::MultipleChoice(MultipleChoice { choices, answers })
            }
            AnswerKey::TrueFalse { answer } => KindOf::TrueFalse(TrueFalse { answer: *answer }),
            AnswerKey::ShortAnswer {
                answers,
                pattern,
                ignore_accents,
            } => KindOf::ShortAnswer(ShortAnswer {
                answers,
                pattern: pattern.as_ref(),
                ignore_accents: *ignore_accents,
            }),
            AnswerKey::Ordering { items } => KindOf::Ordering(Ordering { items }),
            AnswerKey::Matching { pairs } => KindOf::Matching(Matching { pairs }),
            AnswerKey::FillBlanks {
                text,
                blanks,
                ignore_accents,
            } => KindOf::FillBlanks(FillBlanks {
                text,
                blanks,
                ignore_accents: *ignore_accents,
            }),
            AnswerKey::Numeric {
                answers,
                unit,
                decimal_comma,
            } => KindOf::Numeric(Numeric {
                answers,
                unit: unit.as_deref(),
                decimal_comma: *decimal_comma,
            }),
            AnswerKey::Reflection { model_answer } => KindOf::Reflection(Reflection {
                model_answer: model_answer.as_deref(),
            }),
        }
    }

    /// The kind as a [`Kind`].
    pub fn kind(&self) -> &dyn Kind {
        match self {
            KindOf::SingleChoice(k) => k,
            KindOf::MultipleChoice(k) => k,
            KindOf::TrueFalse(k) => k,
            KindOf::ShortAnswer(k) => k,
            KindOf::Ordering(k) => k,
            KindOf::Matching(k) => k,
            KindOf::FillBlanks(k) => k,
            KindOf::Numeric(k) => k,
            KindOf::Reflection(k) => k,
        }
    }

    /// Whether the kind is scored: every kind but `reflection`, which counts in
    /// neither the points nor the maximum of a quiz.
    pub fn scored(&self) -> bool {
        match self {
            KindOf::SingleChoice(_)
            | KindOf::MultipleChoice(_)
            | KindOf::TrueFalse(_)
            | KindOf::ShortAnswer(_)
            | KindOf::Ordering(_)
            | KindOf::Matching(_)
            | KindOf::FillBlanks(_)
            | KindOf::Numeric(_) => true,
            KindOf::Reflection(_) => false,
        }
    }
}

/// Whether a question with `key` is scored (see [`KindOf::scored`]).
pub fn scored(key: &AnswerKey) -> bool {
    KindOf::of(key).scored()
}

/// Sanitises the texts of `key` in place, as loading does to every text of a
/// course ([`crate::text::sanitize`] for a cloze text, which keeps its lines;
/// [`crate::text::sanitize_line`] for choices, items, sides, answers and a unit);
/// a short answer's pattern is compiled again from its sanitised text.
pub fn sanitize(key: &mut AnswerKey) {
    use crate::text::{sanitize, sanitize_line};
    match key {
        AnswerKey::SingleChoice { choices, .. } | AnswerKey::MultipleChoice { choices, .. } => {
            choices.iter_mut().for_each(|c| *c = sanitize_line(c));
        }
        AnswerKey::ShortAnswer {
            answers, pattern, ..
        } => {
            answers.iter_mut().for_each(|a| *a = sanitize_line(a));
            // Shown in reviews: recompiled from its sanitised text.
            if let Some(p) = pattern
                && let Ok(clean) = AnswerPattern::new(&sanitize_line(p.as_str()))
            {
                *p = clean;
            }
        }
        AnswerKey::Ordering { items } => {
            items.iter_mut().for_each(|a| *a = sanitize_line(a));
        }
        AnswerKey::Matching { pairs } => {
            for (l, r) in pairs.iter_mut() {
                *l = sanitize_line(l);
                *r = sanitize_line(r);
            }
        }
        AnswerKey::FillBlanks { text, blanks, .. } => {
            *text = sanitize(text.trim_end());
            for ok in blanks.iter_mut() {
                ok.iter_mut().for_each(|a| *a = sanitize_line(a));
            }
        }
        AnswerKey::Numeric { answers, unit, .. } => {
            if let Some(u) = unit {
                *u = sanitize_line(u);
            }
            // Numbers' texts are the author's: shown in feedback and reviews.
            for a in answers.iter_mut() {
                a.feedback = sanitize(a.feedback.trim_end());
                match &mut a.value {
                    crate::course::NumericValue::Exact { answer, tolerance } => {
                        answer.text = sanitize_line(&answer.text);
                        if let Some(
                            crate::course::Tolerance::Absolute(t)
                            | crate::course::Tolerance::Percent(t),
                        ) = tolerance
                        {
                            t.text = sanitize_line(&t.text);
                        }
                    }
                    crate::course::NumericValue::Range { low, high } => {
                        low.text = sanitize_line(&low.text);
                        high.text = sanitize_line(&high.text);
                    }
                }
            }
        }
        AnswerKey::Reflection { model_answer } => {
            if let Some(m) = model_answer {
                *m = sanitize(m.trim_end());
            }
        }
        AnswerKey::TrueFalse { .. } => {}
    }
}

/// Calls `f` with `key`'s kind: the one way from an [`AnswerKey`] to its [`Kind`].
pub fn kind_of<T>(key: &AnswerKey, f: impl FnOnce(&dyn Kind) -> T) -> T {
    f(KindOf::of(key).kind())
}

/// A question's key and the learner's response to it, paired once: one variant
/// per kind with its view of the key and its own response (`None` when not
/// answered), and [`Paired::Mismatched`] for a response of another kind's shape
/// (a stored answer to a question whose kind changed since).
#[derive(Debug, Clone, Copy)]
pub enum Paired<'a> {
    /// `single_choice` and the choice picked (index from 0).
    SingleChoice(SingleChoice<'a>, Option<usize>),
    /// `multiple_choice` and the choices picked (indices from 0).
    MultipleChoice(MultipleChoice<'a>, Option<&'a BTreeSet<usize>>),
    /// `true_false` and the answer given.
    TrueFalse(TrueFalse, Option<bool>),
    /// `short_answer` and the text typed.
    ShortAnswer(ShortAnswer<'a>, Option<&'a str>),
    /// `ordering` and the learner's order.
    Ordering(Ordering<'a>, Option<&'a [usize]>),
    /// `matching` and the right side picked for each left side.
    Matching(Matching<'a>, Option<&'a [Option<usize>]>),
    /// `fill_blanks` and the text of each gap.
    FillBlanks(FillBlanks<'a>, Option<&'a [String]>),
    /// `numeric` and the text typed.
    Numeric(Numeric<'a>, Option<&'a str>),
    /// `reflection` and the text written.
    Reflection(Reflection<'a>, Option<&'a str>),
    /// A response of another kind's shape.
    Mismatched,
}

impl<'a> Paired<'a> {
    /// Pairs `key` with `response`.
    pub fn of(key: &'a AnswerKey, response: Option<&'a Response>) -> Self {
        match (KindOf::of(key), response) {
            (KindOf::SingleChoice(k), None) => Paired::SingleChoice(k, None),
            (KindOf::SingleChoice(k), Some(Response::Choice(i))) => {
                Paired::SingleChoice(k, Some(*i))
            }
            (KindOf::MultipleChoice(k), None) => Paired::MultipleChoice(k, None),
            (KindOf::MultipleChoice(k), Some(Response::Choices(set))) => {
                Paired::MultipleChoice(k, Some(set))
            }
            (KindOf::TrueFalse(k), None) => Paired::TrueFalse(k, None),
            (KindOf::TrueFalse(k), Some(Response::Bool(b))) => Paired::TrueFalse(k, Some(*b)),
            (KindOf::ShortAnswer(k), None) => Paired::ShortAnswer(k, None),
            (KindOf::ShortAnswer(k), Some(Response::Text(t))) => Paired::ShortAnswer(k, Some(t)),
            (KindOf::Ordering(k), None) => Paired::Ordering(k, None),
            (KindOf::Ordering(k), Some(Response::Order(o))) => Paired::Ordering(k, Some(o)),
            (KindOf::Matching(k), None) => Paired::Matching(k, None),
            (KindOf::Matching(k), Some(Response::Pairs(p))) => Paired::Matching(k, Some(p)),
            (KindOf::FillBlanks(k), None) => Paired::FillBlanks(k, None),
            (KindOf::FillBlanks(k), Some(Response::Blanks(b))) => Paired::FillBlanks(k, Some(b)),
            (KindOf::Numeric(k), None) => Paired::Numeric(k, None),
            (KindOf::Numeric(k), Some(Response::Text(t))) => Paired::Numeric(k, Some(t)),
            (KindOf::Reflection(k), None) => Paired::Reflection(k, None),
            (KindOf::Reflection(k), Some(Response::Text(t))) => Paired::Reflection(k, Some(t)),
            // A response of another kind's shape. Every kind and every response is
            // listed, not `_`, so that a new kind does not compile until it says
            // which response is its own; this is the only place that lists them.
            (
                KindOf::SingleChoice(_)
                | KindOf::MultipleChoice(_)
                | KindOf::TrueFalse(_)
                | KindOf::ShortAnswer(_)
                | KindOf::Ordering(_)
                | KindOf::Matching(_)
                | KindOf::FillBlanks(_)
                | KindOf::Numeric(_)
                | KindOf::Reflection(_),
                Some(
                    Response::Choice(_)
                    | Response::Choices(_)
                    | Response::Bool(_)
                    | Response::Text(_)
                    | Response::Order(_)
                    | Response::Pairs(_)
                    | Response::Blanks(_),
                ),
            ) => Paired::Mismatched,
        }
    }

    /// Pairs `key` with `response`, a response of another kind's shape taken as
    /// none: never [`Paired::Mismatched`].
    pub fn or_unanswered(key: &'a AnswerKey, response: Option<&'a Response>) -> Self {
        let paired = Paired::of(key, response);
        if paired.fits() {
            paired
        } else {
            Paired::of(key, None)
        }
    }

    /// Whether the response has the shape of an answer to the key (or there is
    /// none): everything but [`Paired::Mismatched`].
    pub fn fits(&self) -> bool {
        !matches!(self, Paired::Mismatched)
    }

    /// The fraction of the question the response gets right, from 0.0 to 1.0,
    /// before the quiz's scoring rounds it (see [`super::credit`]); 0.0 with no
    /// response or a mismatched one.
    pub fn fraction(&self) -> f64 {
        match *self {
            Paired::SingleChoice(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::MultipleChoice(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::TrueFalse(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::ShortAnswer(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::Ordering(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::Matching(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::FillBlanks(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::Numeric(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::Reflection(k, r) => r.map_or(0.0, |r| k.credit(r)),
            Paired::Mismatched => 0.0,
        }
    }

    /// The response written out for the learner, such as `3. Apple`, `True` or
    /// `B → A → C`; `shuffle` says that choices are shown in a random order. `—`
    /// for a mismatched response, and an empty text for none.
    pub fn describe_response(&self, shuffle: bool, lang: Language) -> String {
        match *self {
            Paired::SingleChoice(k, r) => r.map(|r| k.describe(r, shuffle)),
            Paired::MultipleChoice(k, r) => r.map(|r| k.describe(r, shuffle, lang)),
            Paired::TrueFalse(_, r) => r.map(|b| true_false::describe(b, lang)),
            Paired::ShortAnswer(_, r) => r.map(crate::text::sanitize_line),
            // The unit follows the number, as on the answering screen.
            Paired::Numeric(k, r) => r.map(|r| match k.unit {
                Some(u) => format!("{} {u}", crate::text::sanitize_line(r)),
                None => crate::text::sanitize_line(r),
            }),
            Paired::Ordering(k, r) => r.map(|r| k.describe(r)),
            Paired::Matching(k, r) => r.map(|r| k.describe(r)),
            Paired::FillBlanks(_, r) => r.map(fill_blanks::describe),
            // Several lines, as written (typed text from the state file).
            Paired::Reflection(_, r) => r.map(crate::text::sanitize),
            Paired::Mismatched => Some("—".into()),
        }
        .unwrap_or_default()
    }
}

impl Response {
    /// The inputs that show this response on the answering screen.
    pub fn given(&self) -> Given {
        match self {
            Response::Choice(i) => Given::Picked([*i].into()),
            Response::Choices(set) => Given::Picked(set.clone()),
            Response::Bool(b) => Given::Picked([usize::from(!b)].into()),
            Response::Text(t) => Given::Text(t.clone()),
            Response::Order(o) => Given::Order(o.clone()),
            Response::Pairs(p) => Given::Pairs(p.clone()),
            Response::Blanks(b) => Given::Blanks(b.clone()),
        }
    }

    /// The response in the xAPI interaction formats: choices and items by their
    /// number from 1, lists joined with `[,]`, matched pairs as `left[.]right`.
    /// Typed text comes from the state file, not from the course, so it is
    /// sanitised here ([`crate::text::sanitize_inline`]): JSON escapes C0 controls
    /// but writes C1 and bidi controls as they are, and an export is often read in
    /// a terminal.
    pub fn xapi(&self) -> String {
        match self {
            Response::Choice(i) => single_choice::xapi_response(*i),
            Response::Choices(set) => multiple_choice::xapi_response(set),
            Response::Bool(b) => b.to_string(),
            Response::Text(t) => typed(t),
            Response::Order(order) => ordering::xapi_response(order),
            Response::Pairs(pairs) => matching::xapi_response(pairs),
            Response::Blanks(blanks) => fill_blanks::xapi_response(blanks),
        }
    }
}

/// Typed text for an xAPI statement: sanitised (see [`Response::xapi`]).
fn typed(t: &str) -> String {
    crate::text::sanitize_inline(t).into_owned()
}

/// Numbers from 1 of the indices `from_zero`, joined with `[,]`.
fn numbers(from_zero: impl Iterator<Item = usize>) -> String {
    from_zero
        .map(number_from_one)
        .collect::<Vec<_>>()
        .join("[,]")
}

/// Index `i` (from 0) as a number from 1, counted in a wider type: an index read
/// from the state file may be `usize::MAX`, and `+ 1` on it would overflow.
fn number_from_one(i: usize) -> String {
    (i as u128 + 1).to_string()
}

/// A choice written out: `2. Uber` (number from 1), or its text alone when the
/// choices are shuffled; `—` when there is no such choice.
fn choice(choices: &[String], i: usize, shuffle: bool) -> String {
    choices
        .get(i)
        .map(|c| {
            if shuffle {
                c.clone()
            } else {
                format!("{}. {c}", i + 1)
            }
        })
        .unwrap_or_else(|| "—".into())
}

/// The checks shared by the kinds with choices: none empty, none twice.
fn choice_checks(choices: &[String], out: &mut Vec<(Message, &'static str)>) {
    if let Some(n) = choices.iter().position(|c| c.trim().is_empty()) {
        out.push((
            Message::new("load-choice-empty").arg("choice", n + 1),
            "choices",
        ));
    }
    let unique: std::collections::HashSet<_> = choices.iter().collect();
    if unique.len() != choices.len() {
        out.push((Message::new("load-duplicate-choice"), "choices"));
    }
}

/// The message of a choice number out of range.
fn out_of_range(answer: usize, choices: usize) -> Message {
    Message::new("load-answer-out-of-range")
        .arg("answer", answer)
        .arg("count", choices)
}

/// Right picks minus wrong picks over the number of right ones, floored at 0.
fn partial(right: usize, wrong: usize, total: usize) -> f64 {
    if total == 0 {
        return 0.0;
    }
    (right as f64 - wrong as f64).max(0.0) / total as f64
}

/// 1.0 when `right`, else 0.0.
fn whole(right: bool) -> f64 {
    f64::from(u8::from(right))
}

/// Whether a typed `text` matches one of `answers` or the `pattern`, both sides
/// folded by [`super::normalize_answer`] (and [`super::strip_accents`] when
/// accents are ignored).
fn accepts(
    answers: &[String],
    pattern: Option<&AnswerPattern>,
    ignore_accents: bool,
    text: &str,
) -> bool {
    let fold = |s: &str| {
        let folded = super::normalize_answer(s);
        if ignore_accents {
            super::strip_accents(&folded)
        } else {
            folded
        }
    };
    let given = fold(text);
    !given.is_empty()
        && (answers.iter().any(|a| fold(a) == given) || pattern.is_some_and(|p| p.matches(&given)))
}
