//! `numeric`: a number, matched against one or more accepted answers (a value
//! within an absolute or percent tolerance, or a range), each giving its own
//! share of the points and its own feedback.

use super::{Given, Input, Interaction, Kind, Response};
use crate::course::{NumberText, NumericAnswer, NumericValue, Tolerance};
use crate::i18n::{Language, Message, Value, tr};
use crate::quiz::parse_number_in;

/// A `numeric` key, borrowed from [`crate::course::AnswerKey::Numeric`].
#[derive(Debug, Clone, Copy)]
pub struct Numeric<'a> {
    /// The accepted answers, in the order written.
    pub answers: &'a [NumericAnswer],
    /// A unit shown after the input, such as `billion dollars`.
    pub unit: Option<&'a str>,
    /// Whether the course writes decimals with a comma (see
    /// [`crate::quiz::parse_number_in`]).
    pub decimal_comma: bool,
}

/// How far from the exact bounds a number may be and still match: a
/// millionth of a millionth of the larger of 1 and the size of the bound, so
/// that `0.1 + 0.2` matches `0.3` and huge numbers compare as they are.
fn slack(bound: f64) -> f64 {
    1e-12 * bound.abs().max(1.0)
}

impl NumericAnswer {
    /// The lowest and highest numbers this answer matches (a tolerance taken
    /// as its size: a negative one is refused at load anyway).
    pub fn bounds(&self) -> (f64, f64) {
        match &self.value {
            NumericValue::Exact { answer, tolerance } => {
                let a = answer.value;
                let t = match tolerance {
                    None => 0.0,
                    Some(Tolerance::Absolute(t)) => t.value.abs(),
                    Some(Tolerance::Percent(p)) => a.abs() * p.value.abs() / 100.0,
                };
                (a - t, a + t)
            }
            NumericValue::Range { low, high } => (low.value, high.value),
        }
    }

    /// Whether the number `n` matches this answer (bounds included).
    pub fn matches(&self, n: f64) -> bool {
        let (low, high) = self.bounds();
        n.is_finite() && n >= low - slack(low) && n <= high + slack(high)
    }

    /// The answer written out as the author wrote its numbers: `1.50`,
    /// `1.50 ± 0.05`, `1.50 ± 5%`, `from 1 to 2` (amphi's words in `lang`).
    pub fn describe(&self, lang: Language) -> String {
        match &self.value {
            NumericValue::Exact { answer, tolerance } => match tolerance {
                Some(Tolerance::Absolute(t)) if t.value != 0.0 => {
                    format!("{} ± {}", answer.text, t.text)
                }
                Some(Tolerance::Percent(p)) if p.value != 0.0 => {
                    format!("{} ± {}%", answer.text, p.text)
                }
                _ => answer.text.clone(),
            },
            NumericValue::Range { low, high } => tr(
                lang,
                "quiz-answer-range",
                &[
                    ("low", low.text.as_str().into()),
                    ("high", high.text.as_str().into()),
                ],
            ),
        }
    }

    /// The xAPI `correctResponsesPattern` entry: the value, or `low[:]high`.
    fn pattern(&self) -> String {
        match &self.value {
            NumericValue::Exact {
                answer,
                tolerance: None,
            } => answer.text.clone(),
            NumericValue::Range { low, high } => format!("{}[:]{}", low.text, high.text),
            NumericValue::Exact { answer, tolerance } => {
                // Written with as many decimals as the author's numbers have
                // (two more for a percentage), so that 3.14 ± 0.005 gives
                // 3.135, not 3.1350000000000002.
                let decimals = match tolerance {
                    Some(Tolerance::Absolute(t)) => decimals(&answer.text).max(decimals(&t.text)),
                    Some(Tolerance::Percent(p)) => decimals(&answer.text) + decimals(&p.text) + 2,
                    None => decimals(&answer.text),
                };
                let show = |n: f64| {
                    let s = format!("{n:.decimals$}");
                    let s = if s.contains('.') {
                        s.trim_end_matches('0').trim_end_matches('.').to_string()
                    } else {
                        s
                    };
                    if s == "-0" { "0".to_string() } else { s }
                };
                let (low, high) = self.bounds();
                if low == high {
                    answer.text.clone()
                } else {
                    format!("{}[:]{}", show(low), show(high))
                }
            }
        }
    }

    /// A number this answer matches, as the author wrote it: the value, or the
    /// range's lower bound.
    pub fn example(&self) -> &NumberText {
        match &self.value {
            NumericValue::Exact { answer, .. } => answer,
            NumericValue::Range { low, .. } => low,
        }
    }

    /// Whether it gives the whole of the points.
    pub fn is_full(&self) -> bool {
        self.credit >= 100.0
    }
}

impl<'a> Numeric<'a> {
    /// The best accepted answer `typed` matches: the one with the most credit
    /// (the first written of equal ones); `None` when it matches none or does
    /// not read as a number (see [`parse_number_in`]).
    pub fn best(&self, typed: &str) -> Option<&'a NumericAnswer> {
        let n = parse_number_in(typed, self.decimal_comma)?;
        self.answers.iter().filter(|a| a.matches(n)).fold(
            None,
            |best: Option<&NumericAnswer>, a| match best {
                Some(b) if b.credit >= a.credit => Some(b),
                _ => Some(a),
            },
        )
    }

    /// The credit of the best answer `typed` matches, as a fraction from 0.0
    /// to 1.0 (its percent over 100); 0.0 when it matches none.
    pub fn credit(&self, typed: &str) -> f64 {
        self.best(typed)
            .map_or(0.0, |a| (a.credit / 100.0).clamp(0.0, 1.0))
    }

    /// Whether `typed` reads as a number in this course's convention.
    pub fn reads(&self, typed: &str) -> bool {
        parse_number_in(typed, self.decimal_comma).is_some()
    }
}

/// How many decimals a number written as `text` has (`1.50` → 2), at most 17;
/// 17 for one written with an exponent, whose decimals the text does not show.
fn decimals(text: &str) -> usize {
    if text.contains(['e', 'E']) {
        return 17;
    }
    text.split_once('.').map_or(0, |(_, d)| d.len()).min(17)
}

/// The numbers of an answer, for checks: the value and tolerance, or the bounds.
fn numbers(a: &NumericAnswer) -> Vec<&NumberText> {
    match &a.value {
        NumericValue::Exact { answer, tolerance } => {
            let mut v = vec![answer];
            match tolerance {
                Some(Tolerance::Absolute(t) | Tolerance::Percent(t)) => v.push(t),
                None => {}
            }
            v
        }
        NumericValue::Range { low, high } => vec![low, high],
    }
}

impl Kind for Numeric<'_> {
    fn name(&self) -> &'static str {
        "numeric"
    }

    fn describe_answer(&self, _shuffle: bool, lang: Language) -> String {
        let full: Vec<String> = self
            .answers
            .iter()
            .filter(|a| a.is_full())
            .map(|a| a.describe(lang))
            .collect();
        let mut s = Message::new("quiz-answers-any")
            .arg("answers", Value::or(full))
            .render(lang);
        if let Some(u) = self.unit
            && !s.is_empty()
        {
            s.push_str(&format!(" {u}"));
        }
        s
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        None
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        // The old form (one answer, an absolute tolerance, full credit) hashes
        // as it did before several answers existed, so that a course that did
        // not change is not taken as changed. Feedback is not hashed, as for
        // choices: it does not change what is right.
        if let [only] = self.answers
            && only.is_full()
            && let NumericValue::Exact { answer, tolerance } = &only.value
            && let None | Some(Tolerance::Absolute(_)) = tolerance
        {
            let t = match tolerance {
                Some(Tolerance::Absolute(t)) => t.value,
                _ => 0.0,
            };
            field(&format!("{:x}", answer.value.to_bits()));
            field(&format!("{:x}", t.to_bits()));
        } else {
            for a in self.answers {
                // English whatever the learner's language: the hash must not
                // change with it (and stays what earlier versions wrote).
                field(&a.describe(Language::En));
                field(&format!("{:x}", a.credit.to_bits()));
            }
        }
        field(self.unit.unwrap_or(""));
    }

    fn search_texts(&self) -> Vec<&str> {
        self.answers
            .iter()
            .map(|a| a.feedback.as_str())
            .filter(|f| !f.is_empty())
            .collect()
    }

    fn words(&self) -> usize {
        self.answers
            .iter()
            .map(|a| crate::text::count_words(&a.feedback))
            .sum()
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        let mut out = Vec::new();
        if self.answers.is_empty() {
            out.push((Message::new("load-numeric-no-answer"), "answer"));
            return out;
        }
        for (n, a) in self.answers.iter().enumerate() {
            // With several answers, the problem says which.
            let which = |m: Message| {
                if self.answers.len() == 1 {
                    m
                } else {
                    Message::new("load-nth-answer")
                        .arg("answer", n + 1)
                        .arg("message", m)
                }
            };
            if numbers(a).iter().any(|x| !x.value.is_finite()) {
                out.push((which(Message::new("load-not-finite")), "answers"));
            }
            match &a.value {
                NumericValue::Exact {
                    tolerance: Some(Tolerance::Absolute(t) | Tolerance::Percent(t)),
                    ..
                } if t.value < 0.0 => {
                    out.push((
                        which(Message::new("load-negative-tolerance").arg("tolerance", &t.text)),
                        "tolerance",
                    ));
                }
                NumericValue::Range { low, high } if low.value > high.value => {
                    out.push((
                        which(
                            Message::new("load-backwards-range")
                                .arg("low", &low.text)
                                .arg("high", &high.text),
                        ),
                        "range",
                    ));
                }
                _ => {}
            }
            if !(0.0..=100.0).contains(&a.credit) {
                out.push((
                    which(
                        Message::new("load-bad-credit")
                            .arg("credit", crate::quiz::show_number(a.credit)),
                    ),
                    "answers",
                ));
            }
        }
        if !self.answers.iter().any(NumericAnswer::is_full) {
            // `credit: 100` is an argument: French typography would space its `:`.
            out.push((
                Message::new("load-no-full-credit").arg("full", "`credit: 100`"),
                "answers",
            ));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        vec![(self.answers.len(), "answers")]
    }

    fn choices(&self) -> Option<usize> {
        None
    }

    fn label(&self) -> &'static str {
        "type a number"
    }

    fn input(&self) -> Input {
        Input::Number
    }

    fn choice(&self, _i: usize) -> Option<&str> {
        None
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Text(text) = given else {
            return None;
        };
        (!text.trim().is_empty()).then_some(Response::Text(text))
    }

    fn interaction(&self) -> Interaction<'_> {
        Interaction {
            kind: "numeric",
            components: Vec::new(),
            pattern: Some(
                self.answers
                    .iter()
                    .filter(|a| a.is_full())
                    .map(NumericAnswer::pattern)
                    .collect(),
            ),
        }
    }
}
