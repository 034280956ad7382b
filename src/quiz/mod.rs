//! Quizzes: the learner's answering state, kept apart from the questions, and pure
//! grading.
//!
//! A [`Session`] is one attempt in progress: which question is shown, what the
//! learner has answered so far, and the shuffled order of any ordering question.
//! [`grade`] compares one [`Response`] with a question's [`AnswerKey`]; [`Session::score`]
//! adds them up. Nothing here does I/O or knows about the terminal.

mod normalize;

pub use normalize::{normalize_answer, strip_accents};

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::course::{AnswerKey, AnswerPattern, Question, Quiz, Scoring};

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

/// A gap in the text of a `fill_blanks` question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    /// Its number as written, `{{2}}` → 2.
    pub number: usize,
    /// Byte range of the `{{n}}` marker in the text.
    pub start: usize,
    /// End of the marker (exclusive).
    pub end: usize,
}

/// The gaps `{{1}}`, `{{2}}`… of a `fill_blanks` text, in reading order.
pub fn gaps(text: &str) -> Vec<Gap> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("{{") {
        let start = from + i;
        let Some(j) = text[start + 2..].find("}}") else {
            break;
        };
        let inner = &text[start + 2..start + 2 + j];
        let end = start + 2 + j + 2;
        if let Ok(number) = inner.trim().parse::<usize>() {
            out.push(Gap { number, start, end });
        }
        from = end;
    }
    out
}

/// Right picks minus wrong picks over the number of right ones, floored at 0.
fn partial(right: usize, wrong: usize, total: usize) -> f64 {
    if total == 0 {
        return 0.0;
    }
    (right as f64 - wrong as f64).max(0.0) / total as f64
}

/// Parses a typed number: spaces ignored, `,` accepted as the decimal mark, and
/// anything after the number (such as a unit) ignored. `None` when there is none.
pub fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let end = compact
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || ((c == '-' || c == '+') && i == 0)))
        .map_or(compact.len(), |(i, _)| i);
    compact[..end].parse::<f64>().ok().filter(|n| n.is_finite())
}

/// How much of the question with key `key` the response gets right, from 0.0 to
/// 1.0 (wholly right).
///
/// `multiple_choice`, `matching` and `fill_blanks` give partial credit with
/// [`Scoring::Partial`]: right picks (or pairs, or gaps) minus wrong ones, over the
/// number of right ones, floored at 0; unanswered pairs and gaps count as neither.
/// Every other kind, and every kind with [`Scoring::AllOrNothing`], gives 1.0 or
/// 0.0. Short answers and gaps match an accepted answer after [`normalize_answer`]
/// on both sides; numbers are right within the tolerance. A response of the wrong
/// shape for the question gets 0.0.
pub fn credit(key: &AnswerKey, response: &Response, scoring: Scoring) -> f64 {
    let fraction = match (key, response) {
        (AnswerKey::SingleChoice { answer, .. }, Response::Choice(i)) => {
            // `answer` counts from 1; `i`, from the state file, may be usize::MAX.
            f64::from(u8::from(answer.checked_sub(1) == Some(*i)))
        }
        (AnswerKey::MultipleChoice { answers, .. }, Response::Choices(picked)) => {
            let right: BTreeSet<usize> = answers.iter().map(|a| a.saturating_sub(1)).collect();
            let hits = picked.intersection(&right).count();
            partial(hits, picked.len() - hits, right.len())
        }
        (AnswerKey::TrueFalse { answer }, Response::Bool(b)) => f64::from(u8::from(answer == b)),
        (
            AnswerKey::ShortAnswer {
                answers,
                pattern,
                ignore_accents,
            },
            Response::Text(text),
        ) => f64::from(u8::from(accepts(
            answers,
            pattern.as_ref(),
            *ignore_accents,
            text,
        ))),
        (AnswerKey::Ordering { items }, Response::Order(order)) => f64::from(u8::from(
            order.len() == items.len() && order.iter().enumerate().all(|(i, &o)| i == o),
        )),
        (AnswerKey::Matching { pairs }, Response::Pairs(picked)) => {
            let hits = picked
                .iter()
                .enumerate()
                .filter(|(i, p)| **p == Some(*i))
                .count();
            let wrong = picked.iter().flatten().count() - hits;
            partial(hits, wrong, pairs.len())
        }
        (AnswerKey::FillBlanks { blanks, .. }, Response::Blanks(typed)) => {
            let filled: Vec<(usize, &String)> = typed
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.trim().is_empty())
                .collect();
            let hits = filled.iter().filter(|(i, t)| fills_gap(key, *i, t)).count();
            partial(hits, filled.len() - hits, blanks.len())
        }
        (
            AnswerKey::Numeric {
                answer, tolerance, ..
            },
            Response::Text(text),
        ) => f64::from(u8::from(
            parse_number(text).is_some_and(|n| (n - answer).abs() <= tolerance.abs() + 1e-9),
        )),
        // A response of another kind's shape. Every kind and every response is
        // listed, not `_`, so that a new kind does not compile until it is graded.
        (
            AnswerKey::SingleChoice { .. }
            | AnswerKey::MultipleChoice { .. }
            | AnswerKey::TrueFalse { .. }
            | AnswerKey::ShortAnswer { .. }
            | AnswerKey::Ordering { .. }
            | AnswerKey::Matching { .. }
            | AnswerKey::FillBlanks { .. }
            | AnswerKey::Numeric { .. },
            Response::Choice(_)
            | Response::Choices(_)
            | Response::Bool(_)
            | Response::Text(_)
            | Response::Order(_)
            | Response::Pairs(_)
            | Response::Blanks(_),
        ) => 0.0,
    };
    match scoring {
        Scoring::AllOrNothing if fraction < 1.0 => 0.0,
        _ => fraction,
    }
}

/// Whether `typed` fills gap `gap` (from 0) of a `fill_blanks` key; `false` for
/// any other kind of key or a gap it does not have.
pub fn fills_gap(key: &AnswerKey, gap: usize, typed: &str) -> bool {
    match key {
        AnswerKey::FillBlanks {
            blanks,
            ignore_accents,
            ..
        } => blanks
            .get(gap)
            .is_some_and(|ok| accepts(ok, None, *ignore_accents, typed)),
        AnswerKey::SingleChoice { .. }
        | AnswerKey::MultipleChoice { .. }
        | AnswerKey::TrueFalse { .. }
        | AnswerKey::ShortAnswer { .. }
        | AnswerKey::Ordering { .. }
        | AnswerKey::Matching { .. }
        | AnswerKey::Numeric { .. } => false,
    }
}

/// Whether a typed `text` matches one of `answers` or the `pattern`, both sides
/// folded by [`normalize_answer`] (and [`strip_accents`] when accents are ignored).
fn accepts(
    answers: &[String],
    pattern: Option<&AnswerPattern>,
    ignore_accents: bool,
    text: &str,
) -> bool {
    let fold = |s: &str| {
        let folded = normalize_answer(s);
        if ignore_accents {
            strip_accents(&folded)
        } else {
            folded
        }
    };
    let given = fold(text);
    !given.is_empty()
        && (answers.iter().any(|a| fold(a) == given) || pattern.is_some_and(|p| p.matches(&given)))
}

/// Whether `response` answers the question with key `key` wholly right.
pub fn grade(key: &AnswerKey, response: &Response) -> bool {
    credit(key, response, Scoring::AllOrNothing) >= 1.0
}

/// A quiz score: points out of a maximum. A question earns its weight times the
/// [`credit`] of its response.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Points earned (may be fractional with partial credit).
    pub points: f64,
    /// Points possible: the sum of the questions' weights.
    pub max: f64,
}

impl Score {
    /// The score as an exact percentage of the maximum, from 0.0 to 100.0 (0.0
    /// when the maximum is 0 or the points are not a number).
    pub fn exact_percent(self) -> f64 {
        if self.max <= 0.0 || !self.points.is_finite() {
            return 0.0;
        }
        (self.points * 100.0 / self.max).clamp(0.0, 100.0)
    }

    /// The score as a whole percentage of the maximum, rounded to the nearest
    /// (halves away from zero: 67.5 → 68, 4.75 of 7 → 68), from 0 to 100 (0 when
    /// the maximum is 0). To show a score next to a pass or fail, use
    /// [`Score::percent_shown`], which never rounds across the pass mark.
    pub fn percent(self) -> u32 {
        // A tiny epsilon so that 3 × (1/3) counts as 100 % and 67.5 as 68 %
        // whatever the floating-point error.
        (self.exact_percent() + 1e-9).round().clamp(0.0, 100.0) as u32
    }

    /// The percentage to show people beside a verdict against `pass_mark`
    /// (percent), without the `%` sign: [`Score::percent`] (`68`), unless
    /// rounding would reach the pass mark with a score below it (as [`passes`]
    /// decides, on the exact fraction): then with one decimal, or two, and cut
    /// rather than rounded if even that would reach it (`69.9`, `69.95`,
    /// `69.99` with a pass mark of 70). So a figure shown never claims a pass the
    /// score did not make.
    ///
    /// [`passes`]: Score::passes
    pub fn percent_shown(self, pass_mark: u32) -> String {
        let passes = self.passes(pass_mark);
        let mark = f64::from(pass_mark);
        let whole = self.percent();
        if (whole >= pass_mark) == passes {
            return whole.to_string();
        }
        // Only a failing score rounds up to its pass mark (a passing one is
        // never below it by more than the tolerance of `passes`).
        let exact = self.exact_percent();
        for decimals in 1..=2 {
            let shown = format!("{exact:.decimals$}");
            if shown.parse::<f64>().is_ok_and(|v| (v >= mark) == passes) {
                return shown;
            }
        }
        format!("{:.2}", (exact * 100.0).floor() / 100.0)
    }

    /// Whether the score reaches `pass_mark` percent (compared with a tiny
    /// tolerance, so 3 of 5 reaches a 60 % pass mark).
    pub fn passes(self, pass_mark: u32) -> bool {
        if self.max <= 0.0 {
            return pass_mark == 0;
        }
        self.points * 100.0 + 1e-9 >= f64::from(pass_mark) * self.max
    }

    /// Points written for people: `4`, `4.5`, `2.67` (at most two decimals).
    pub fn show(points: f64) -> String {
        let s = format!("{points:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A number from a course (a numeric answer or its tolerance) written for people
/// as the author wrote it: the shortest decimal that reads back as the same
/// number (`0.015`, `2.5`, `1000`; never cut to two decimals), `-0` as `0`.
pub fn show_number(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    n.to_string()
}

/// One attempt at a quiz in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Index of the question shown.
    pub current: usize,
    /// The submitted response to each question, `None` until submitted.
    pub answers: Vec<Option<Response>>,
    /// For each question, the order in which its items are shown (indices into
    /// them): ordering items, matching right sides, and the choices of a question
    /// that says `shuffle: true`; empty when shown as written.
    pub shuffled: Vec<Vec<usize>>,
    /// When the attempt started, in seconds since the Unix epoch.
    pub started_at: u64,
    /// The questions this attempt asks (indices, in order): all of them, or, for a
    /// practice retake, only those answered wrongly before.
    pub asked: Vec<usize>,
}

impl Session {
    /// Limits the attempt to the questions `asked` (indices into the quiz, in
    /// order), as for a practice retake of the questions got wrong. Empty or
    /// out-of-range lists leave every question asked.
    pub fn only(mut self, asked: Vec<usize>) -> Self {
        let asked: Vec<usize> = asked
            .into_iter()
            .filter(|&i| i < self.answers.len())
            .collect();
        if !asked.is_empty() {
            self.current = asked[0];
            self.asked = asked;
        }
        self
    }

    /// Whether this attempt asks only some of the questions (a practice retake).
    pub fn is_practice(&self) -> bool {
        self.asked.len() < self.answers.len()
    }

    /// The question asked after the current one, if any.
    pub fn next(&self) -> Option<usize> {
        let at = self.asked.iter().position(|&i| i == self.current)?;
        self.asked.get(at + 1).copied()
    }

    /// The current question's place in this attempt: (number from 1, questions asked).
    pub fn place(&self) -> (usize, usize) {
        let at = self
            .asked
            .iter()
            .position(|&i| i == self.current)
            .unwrap_or(0);
        (at + 1, self.asked.len())
    }

    /// Starts an attempt at `quiz` at time `now` (seconds since the Unix epoch).
    /// `seed` drives the shuffling of ordering questions; the shown order is never
    /// the right one.
    pub fn start(quiz: &Quiz, now: u64, seed: u64) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let shuffled = quiz
            .questions
            .iter()
            .map(|q| match &q.key {
                AnswerKey::Ordering { items } => shuffle_away(items.len(), &mut rng),
                AnswerKey::Matching { pairs } => shuffle_away(pairs.len(), &mut rng),
                AnswerKey::SingleChoice { choices, .. }
                | AnswerKey::MultipleChoice { choices, .. }
                    if q.shuffle =>
                {
                    shuffle_away(choices.len(), &mut rng)
                }
                AnswerKey::SingleChoice { .. }
                | AnswerKey::MultipleChoice { .. }
                | AnswerKey::TrueFalse { .. }
                | AnswerKey::ShortAnswer { .. }
                | AnswerKey::FillBlanks { .. }
                | AnswerKey::Numeric { .. } => Vec::new(),
            })
            .collect();
        let mut asked: Vec<usize> = (0..quiz.questions.len()).collect();
        if quiz.shuffle {
            rng.shuffle(&mut asked);
        }
        Session {
            current: asked.first().copied().unwrap_or(0),
            answers: vec![None; quiz.questions.len()],
            asked,
            shuffled,
            started_at: now,
        }
    }

    /// Whether every question has a submitted response.
    pub fn is_finished(&self) -> bool {
        self.asked
            .iter()
            .all(|&i| self.answers.get(i).is_some_and(Option::is_some))
    }

    /// The score over the questions asked (unanswered ones earn nothing).
    pub fn score(&self, quiz: &Quiz) -> Score {
        let asked = || {
            self.asked
                .iter()
                .filter_map(|&i| quiz.questions.get(i).map(|q| (i, q)))
        };
        let points = asked()
            .map(|(i, q)| points(quiz, q, self.answers.get(i).and_then(Option::as_ref)))
            .sum();
        let max = asked().map(|(_, q)| f64::from(q.weight)).sum();
        Score { points, max }
    }
}

/// The points `response` earns on `question` of `quiz`: its weight times its credit.
pub fn points(quiz: &Quiz, question: &Question, response: Option<&Response>) -> f64 {
    response.map_or(0.0, |r| {
        f64::from(question.weight) * credit(&question.key, r, quiz.scoring)
    })
}

/// A permutation of `0..n` that differs from the identity when `n > 1`.
fn shuffle_away(n: usize, rng: &mut fastrand::Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    if n > 1 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

/// The right answer of `question`, written out for the learner, such as
/// `2. Uber` or `True` or `A → B → C`.
pub fn describe_answer(question: &Question) -> String {
    // Shuffled choices have no fixed number: name them by their text alone.
    let numbered = |n: usize, c: &String| {
        if question.shuffle {
            c.clone()
        } else {
            format!("{n}. {c}")
        }
    };
    match &question.key {
        AnswerKey::SingleChoice { choices, answer } => choices
            .get(answer.wrapping_sub(1))
            .map(|c| numbered(*answer, c))
            .unwrap_or_default(),
        AnswerKey::MultipleChoice { choices, answers } => answers
            .iter()
            .filter_map(|a| choices.get(a.wrapping_sub(1)).map(|c| numbered(*a, c)))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerKey::TrueFalse { answer } => if *answer { "True" } else { "False" }.into(),
        AnswerKey::ShortAnswer {
            answers, pattern, ..
        } => answers
            .iter()
            .find(|a| !a.trim().is_empty())
            .cloned()
            .or_else(|| {
                pattern
                    .as_ref()
                    .map(|p| format!("text matching /{}/", p.as_str()))
            })
            .unwrap_or_default(),
        AnswerKey::Ordering { items } => items.join(" → "),
        AnswerKey::Matching { pairs } => pairs
            .iter()
            .map(|(l, r)| format!("{l} → {r}"))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerKey::FillBlanks { blanks, .. } => blanks
            .iter()
            .enumerate()
            .map(|(i, ok)| format!("[{}] {}", i + 1, ok.first().map_or("", String::as_str)))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerKey::Numeric {
            answer,
            tolerance,
            unit,
        } => {
            let mut s = show_number(*answer);
            if *tolerance > 0.0 {
                s.push_str(&format!(" ± {}", show_number(*tolerance)));
            }
            if let Some(u) = unit {
                s.push_str(&format!(" {u}"));
            }
            s
        }
    }
}

/// What the learner answered, written out, such as `3. Apple` or `True` or
/// `B → A → C`. A response of the wrong shape for the question is shown as `—`.
pub fn describe_response(question: &Question, response: &Response) -> String {
    let choice = |choices: &[String], i: usize| {
        choices
            .get(i)
            .map(|c| {
                if question.shuffle {
                    c.clone()
                } else {
                    format!("{}. {c}", i + 1)
                }
            })
            .unwrap_or_else(|| "—".into())
    };
    match (&question.key, response) {
        (AnswerKey::SingleChoice { choices, .. }, Response::Choice(i)) => choice(choices, *i),
        (AnswerKey::MultipleChoice { choices, .. }, Response::Choices(set)) => set
            .iter()
            .map(|&i| choice(choices, i))
            .collect::<Vec<_>>()
            .join("; "),
        (AnswerKey::TrueFalse { .. }, Response::Bool(b)) => {
            if *b { "True" } else { "False" }.into()
        }
        (AnswerKey::ShortAnswer { .. } | AnswerKey::Numeric { .. }, Response::Text(t)) => {
            crate::text::sanitize_line(t)
        }
        (AnswerKey::Matching { pairs }, Response::Pairs(picked)) => pairs
            .iter()
            .zip(picked)
            .map(|((l, _), p)| {
                let r = p
                    .and_then(|i| pairs.get(i))
                    .map_or("—", |(_, r)| r.as_str());
                format!("{l} → {r}")
            })
            .collect::<Vec<_>>()
            .join("; "),
        (AnswerKey::FillBlanks { .. }, Response::Blanks(typed)) => typed
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let t = crate::text::sanitize_line(t);
                format!("[{}] {}", i + 1, if t.is_empty() { "—".into() } else { t })
            })
            .collect::<Vec<_>>()
            .join("; "),
        (AnswerKey::Ordering { items }, Response::Order(order)) => order
            .iter()
            .map(|&i| items.get(i).map_or("—", String::as_str))
            .collect::<Vec<_>>()
            .join(" → "),
        // A response of another kind's shape (listed, not `_`: see `credit`).
        (
            AnswerKey::SingleChoice { .. }
            | AnswerKey::MultipleChoice { .. }
            | AnswerKey::TrueFalse { .. }
            | AnswerKey::ShortAnswer { .. }
            | AnswerKey::Ordering { .. }
            | AnswerKey::Matching { .. }
            | AnswerKey::FillBlanks { .. }
            | AnswerKey::Numeric { .. },
            Response::Choice(_)
            | Response::Choices(_)
            | Response::Bool(_)
            | Response::Text(_)
            | Response::Order(_)
            | Response::Pairs(_)
            | Response::Blanks(_),
        ) => "—".into(),
    }
}

#[cfg(test)]
mod tests;
