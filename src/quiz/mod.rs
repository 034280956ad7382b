//! Quizzes: the learner's answering state, kept apart from the questions, and pure
//! grading.
//!
//! A [`Session`] is one attempt in progress: which question is shown, what the
//! learner has answered so far, and the shuffled order of any ordering question.
//! [`grade`] compares one [`Response`] with a question's [`AnswerKey`]; [`Session::score`]
//! adds them up. Nothing here does I/O or knows about the terminal.

pub mod answering;
pub mod kinds;
mod normalize;

pub use kinds::{Given, Input, Kind, Paired, Response, kind_of};
pub use normalize::{normalize_answer, strip_accents};

use serde::{Deserialize, Serialize};

use crate::course::{AnswerKey, Question, Quiz, Scoring};
use crate::i18n::Language;

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

/// Parses a typed number as in a course whose language writes decimals with a
/// point (English): see [`parse_number_in`].
pub fn parse_number(text: &str) -> Option<f64> {
    parse_number_in(text, false)
}

/// Whether the language tag `language` (course.yaml's `language`, such as `fr`
/// or `de-CH`) writes decimals with a comma, by its first subtag: most of
/// continental Europe, Russia, Turkey, Indonesia, Vietnam and Brazil do
/// (`0,5`); English, Chinese, Japanese and an empty tag write `0.5`.
pub fn decimal_comma(language: &str) -> bool {
    const COMMA: &[&str] = &[
        "af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fo",
        "fr", "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lb", "lt", "lv", "mk",
        "mn", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr",
        "uk", "uz", "vi",
    ];
    let first = language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    COMMA.contains(&first.as_str())
}

/// Parses a typed number: `None` when there is none, or when its marks are
/// ambiguous.
///
/// Spaces (also no-break and thin ones) are ignored, and anything after the
/// number (such as a unit) too. The course's decimal mark (`,` when
/// `decimal_comma`, else `.`) marks decimals, at most once. The other mark:
/// - groups thousands when it does so properly, before any decimal mark: a first
///   group of 1 to 3 digits not starting with 0, then groups of exactly 3
///   (`1,000` and `12,345.5` in English, `1.000` and `1.000,5` in French);
/// - else, written once in a number without the course's mark, marks decimals
///   (a learner used to the other convention: `0,5` in English, `0.5` in French);
/// - else the number is refused (`1.000,5` in English, `1,2,3`).
///
/// No exponents: `1e5` is refused (an author writes the number out in full).
/// Results that are not finite are refused.
pub fn parse_number_in(text: &str, decimal_comma: bool) -> Option<f64> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let end = compact
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_ascii_digit() || c == '.' || c == ',' || ((c == '-' || c == '+') && i == 0))
        })
        .map_or(compact.len(), |(i, _)| i);
    let number = &compact[..end];
    // An exponent (`1e5`, `2E-3`) is refused rather than read as its first
    // part; a unit after the number (`1 eV`) is not an exponent.
    let rest = compact[end..].strip_prefix(['e', 'E']).unwrap_or("#");
    if rest
        .trim_start_matches(['-', '+'])
        .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (sign, digits) = match number.strip_prefix(['-', '+']) {
        Some(rest) => (&number[..1], rest),
        None => ("", number),
    };
    let (dec, group) = if decimal_comma {
        (',', '.')
    } else {
        ('.', ',')
    };
    let decs = digits.matches(dec).count();
    let groups = digits.matches(group).count();
    if decs > 1 || !digits.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (whole, fraction) = digits.split_once(dec).unwrap_or((digits, ""));
    let plain = if groups == 0 {
        format!("{whole}.{fraction}")
    } else if !fraction.contains(group) && groups_thousands(whole, group) {
        format!("{}.{fraction}", whole.replace(group, ""))
    } else if groups == 1 && decs == 0 {
        digits.replace(group, ".")
    } else {
        return None;
    };
    let plain = plain.trim_end_matches('.');
    let plain = if plain.starts_with('.') {
        format!("0{plain}")
    } else {
        plain.to_string()
    };
    format!("{sign}{plain}")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

/// Whether `whole` (digits and `group` marks) groups thousands properly: a
/// first group of 1 to 3 digits not starting with 0, then groups of 3.
fn groups_thousands(whole: &str, group: char) -> bool {
    let mut parts = whole.split(group);
    let first = parts.next().unwrap_or_default();
    (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
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
    let fraction = Paired::of(key, Some(response)).fraction();
    match scoring {
        Scoring::AllOrNothing if fraction < 1.0 => 0.0,
        _ => fraction,
    }
}

/// Whether `typed` fills gap `gap` (from 0) of a `fill_blanks` key; `false` for
/// any other kind of key or a gap it does not have.
pub fn fills_gap(key: &AnswerKey, gap: usize, typed: &str) -> bool {
    // One kind's own behaviour: every other kind has no gaps.
    let Paired::FillBlanks(k, _) = Paired::of(key, None) else {
        return false;
    };
    k.fills(gap, typed)
}

/// Whether `typed` reads as a number for the `numeric` key `key`, in its
/// course's decimal convention ([`parse_number_in`]); `false` for any other kind.
pub fn reads_number(key: &AnswerKey, typed: &str) -> bool {
    // One kind's own behaviour: only numeric questions read numbers.
    let Paired::Numeric(k, _) = Paired::of(key, None) else {
        return false;
    };
    k.reads(typed)
}

/// The accepted answer of a `numeric` key that `typed` matches best (most
/// credit), whose credit and feedback it gets; `None` for any other kind or
/// when it matches none.
pub fn numeric_match<'a>(
    key: &'a AnswerKey,
    typed: &str,
) -> Option<&'a crate::course::NumericAnswer> {
    let Paired::Numeric(k, _) = Paired::of(key, None) else {
        return None;
    };
    k.best(typed)
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
    /// The score as an exact percentage of the maximum, from 0.0 to 100.0: 0.0
    /// when the points are not a number, and 100.0 when there is nothing to
    /// score (a maximum of 0: every question asked is practice), as such an
    /// attempt passes whatever the pass mark ([`Score::passes`]).
    pub fn exact_percent(self) -> f64 {
        if !self.points.is_finite() {
            return 0.0;
        }
        if self.is_unscored() {
            return 100.0;
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
    /// tolerance, so 3 of 5 reaches a 60 % pass mark). A score with nothing to
    /// score (a maximum of 0: every question asked is practice, of weight 0)
    /// passes whatever the pass mark: submitting such a quiz completes it.
    pub fn passes(self, pass_mark: u32) -> bool {
        if self.max <= 0.0 {
            return true;
        }
        self.points * 100.0 + 1e-9 >= f64::from(pass_mark) * self.max
    }

    /// Whether nothing was scored: the maximum is 0 (every question asked is
    /// practice, of weight 0), so there is no percentage to show.
    pub fn is_unscored(self) -> bool {
        // NaN counts as nothing to score too.
        self.max.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater)
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
    /// For each question, how many of its hints the learner revealed (0 until
    /// one is); see [`hint_penalty`].
    pub hints: Vec<usize>,
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
            .map(|q| {
                kind_of(&q.key, |k| k.shuffled(q.shuffle))
                    .map_or_else(Vec::new, |n| shuffle_away(n, &mut rng))
            })
            .collect();
        let mut asked: Vec<usize> = (0..quiz.questions.len()).collect();
        if quiz.shuffle && quiz.groups.is_empty() {
            rng.shuffle(&mut asked);
        } else if quiz.shuffle {
            asked = shuffle_units(quiz, &mut rng);
        }
        Session {
            current: asked.first().copied().unwrap_or(0),
            answers: vec![None; quiz.questions.len()],
            asked,
            shuffled,
            started_at: now,
            hints: vec![0; quiz.questions.len()],
        }
    }

    /// How many hints of question `i` (an index into the quiz) were revealed.
    pub fn hints_used(&self, i: usize) -> usize {
        self.hints.get(i).copied().unwrap_or(0)
    }

    /// Whether the attempt asks only unscored questions (reflections): it then
    /// counts as passed once submitted, whatever the pass mark.
    pub fn only_unscored(&self, quiz: &Quiz) -> bool {
        self.asked
            .iter()
            .filter_map(|&i| quiz.questions.get(i))
            .all(|q| !kinds::scored(&q.key))
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
            .map(|(i, q)| {
                let response = self.answers.get(i).and_then(Option::as_ref);
                points_after_hints(quiz, q, response, self.hints_used(i))
            })
            .sum();
        // Unscored questions (reflections) count in neither the points nor the maximum.
        let max = asked()
            .filter(|(_, q)| kinds::scored(&q.key))
            .map(|(_, q)| q.weight)
            .sum();
        Score { points, max }
    }
}

/// The points `response` earns on `question` of `quiz`: its weight times its credit.
/// An unscored question (a reflection) earns 0.
pub fn points(quiz: &Quiz, question: &Question, response: Option<&Response>) -> f64 {
    if !kinds::scored(&question.key) {
        return 0.0;
    }
    response.map_or(0.0, |r| {
        question.weight * credit(&question.key, r, quiz.scoring)
    })
}

/// Every question of `quiz` (indices), in a random order of its units: a
/// question outside any group, or a whole group, whose parts stay together and
/// in their written order.
fn shuffle_units(quiz: &Quiz, rng: &mut fastrand::Rng) -> Vec<usize> {
    let n = quiz.questions.len();
    let mut units: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < n {
        let unit = match quiz.group_of(i) {
            Some((_, g)) if g.questions.start == i => g.questions.clone(),
            _ => i..i + 1,
        };
        i = unit.end.max(i + 1);
        units.push(unit);
    }
    rng.shuffle(&mut units);
    units.into_iter().flatten().filter(|&q| q < n).collect()
}

/// The share of `question`'s points that `used` revealed hints cost, from 0.0
/// to 1.0: its `hint_cost` percent per hint (hints beyond those it has count as
/// none), 0.0 when hints are free.
pub fn hint_penalty(question: &Question, used: usize) -> f64 {
    let per_hint = f64::from(question.hint_cost.unwrap_or(0).min(100)) / 100.0;
    (per_hint * used.min(question.hints.len()) as f64).min(1.0)
}

/// The points `response` earns on `question` of `quiz` after `used` hints:
/// [`points`] minus [`hint_penalty`] of the question's weight, never below 0.
pub fn points_after_hints(
    quiz: &Quiz,
    question: &Question,
    response: Option<&Response>,
    used: usize,
) -> f64 {
    let earned = points(quiz, question, response);
    if earned <= 0.0 {
        return 0.0;
    }
    (earned - question.weight * hint_penalty(question, used)).max(0.0)
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
pub fn describe_answer(question: &Question, lang: Language) -> String {
    kind_of(&question.key, |k| k.describe_answer(question.shuffle, lang))
}

/// What the learner answered, written out, such as `3. Apple` or `True` or
/// `B → A → C`. A response of the wrong shape for the question is shown as `—`.
pub fn describe_response(question: &Question, response: &Response, lang: Language) -> String {
    Paired::of(&question.key, Some(response)).describe_response(question.shuffle, lang)
}

#[cfg(test)]
mod tests;
