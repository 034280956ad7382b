//! `numeric`: a number, right within an absolute tolerance.

use super::{Given, Input, Interaction, Kind, Response, whole};
use crate::quiz::{parse_number, show_number};

/// A `numeric` key, borrowed from [`crate::course::AnswerKey::Numeric`].
#[derive(Debug, Clone, Copy)]
pub struct Numeric<'a> {
    /// The right value.
    pub answer: f64,
    /// How far from `answer` a response may be and still be right (≥ 0).
    pub tolerance: f64,
    /// A unit shown after the input, such as `billion dollars`.
    pub unit: Option<&'a str>,
}

impl Numeric<'_> {
    /// 1.0 when `typed` reads as a number (see [`parse_number`]) within the
    /// tolerance of the answer, else 0.0.
    pub fn credit(&self, typed: &str) -> f64 {
        whole(
            parse_number(typed)
                .is_some_and(|n| (n - self.answer).abs() <= self.tolerance.abs() + 1e-9),
        )
    }
}

impl Kind for Numeric<'_> {
    fn name(&self) -> &'static str {
        "numeric"
    }

    fn describe_answer(&self, _shuffle: bool) -> String {
        let mut s = show_number(self.answer);
        if self.tolerance > 0.0 {
            s.push_str(&format!(" ± {}", show_number(self.tolerance)));
        }
        if let Some(u) = self.unit {
            s.push_str(&format!(" {u}"));
        }
        s
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        None
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        field(&format!("{:x}", self.answer.to_bits()));
        field(&format!("{:x}", self.tolerance.to_bits()));
        field(self.unit.unwrap_or(""));
    }

    fn search_texts(&self) -> Vec<&str> {
        Vec::new()
    }

    fn words(&self) -> usize {
        0
    }

    fn checks(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        if !self.answer.is_finite() || !self.tolerance.is_finite() || self.tolerance < 0.0 {
            out.push((
                "`answer` must be a number and `tolerance` a number ≥ 0".into(),
                "tolerance",
            ));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        Vec::new()
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
        let pattern = if self.tolerance > 0.0 {
            format!(
                "{}[:]{}",
                self.answer - self.tolerance,
                self.answer + self.tolerance
            )
        } else {
            self.answer.to_string()
        };
        Interaction {
            kind: "numeric",
            components: Vec::new(),
            pattern: Some(vec![pattern]),
        }
    }
}
