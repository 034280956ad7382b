//! `short_answer`: a typed answer, matched loosely.

use crate::course::AnswerPattern;
use crate::i18n::{Language, Message, tr};

use super::{Given, Input, Interaction, Kind, Response, accepts, whole};

/// A `short_answer` key, borrowed from [`crate::course::AnswerKey::ShortAnswer`].
#[derive(Debug, Clone, Copy)]
pub struct ShortAnswer<'a> {
    /// Every accepted answer.
    pub answers: &'a [String],
    /// A regular expression that also accepts an answer.
    pub pattern: Option<&'a AnswerPattern>,
    /// Whether `é` and `e` count as the same letter.
    pub ignore_accents: bool,
}

impl ShortAnswer<'_> {
    /// 1.0 when `typed` matches an accepted answer or the pattern after
    /// [`crate::quiz::normalize_answer`] on both sides, else 0.0.
    pub fn credit(&self, typed: &str) -> f64 {
        whole(accepts(
            self.answers,
            self.pattern,
            self.ignore_accents,
            typed,
        ))
    }
}

impl Kind for ShortAnswer<'_> {
    fn name(&self) -> &'static str {
        "short_answer"
    }

    fn describe_answer(&self, _shuffle: bool, lang: Language) -> String {
        self.answers
            .iter()
            .find(|a| !a.trim().is_empty())
            .cloned()
            .or_else(|| {
                self.pattern.map(|p| {
                    let pattern = [("pattern", p.as_str().into())];
                    tr(lang, "quiz-answer-pattern", &pattern)
                })
            })
            .unwrap_or_default()
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        None
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        self.answers.iter().for_each(|a| field(a));
        field(self.pattern.map_or("", |p| p.as_str()));
        field(&self.ignore_accents.to_string());
    }

    fn search_texts(&self) -> Vec<&str> {
        Vec::new()
    }

    fn words(&self) -> usize {
        0
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        let mut out = Vec::new();
        if self.pattern.is_none() && self.answers.iter().all(|a| a.trim().is_empty()) {
            out.push((Message::new("load-no-right-answer"), "answers"));
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
        "type your answer"
    }

    fn input(&self) -> Input {
        Input::Text
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
        // Answers are matched without regard to case; a `pattern` has no xAPI form
        // and is left out.
        let patterns: Vec<String> = self
            .answers
            .iter()
            .map(|a| format!("{{case_matters=false}}{a}"))
            .collect();
        Interaction {
            kind: "fill-in",
            components: Vec::new(),
            pattern: (!patterns.is_empty()).then_some(patterns),
        }
    }
}
