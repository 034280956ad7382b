//! `reflection` (also written `essay`): a prompt the learner answers in their
//! own words, several lines long. Never scored: it counts in neither the points
//! nor the maximum of a quiz, and is never a mistake.

use super::{Given, Input, Interaction, Kind, Response};
use crate::i18n::{Language, Message};

/// A `reflection` key, borrowed from [`crate::course::AnswerKey::Reflection`].
#[derive(Debug, Clone, Copy)]
pub struct Reflection<'a> {
    /// What the author would have written, shown once the learner has written
    /// theirs (plain text, like an explanation).
    pub model_answer: Option<&'a str>,
}

/// Longest reflection, in characters.
pub const MAX_REFLECTION_CHARS: usize = 10_000;

impl Reflection<'_> {
    /// 1.0 for any written text: a reflection is never wrong (and never
    /// scored, see [`super::scored`]).
    pub fn credit(&self, _written: &str) -> f64 {
        1.0
    }
}

impl Kind for Reflection<'_> {
    fn name(&self) -> &'static str {
        "reflection"
    }

    fn describe_answer(&self, _shuffle: bool, _lang: Language) -> String {
        self.model_answer.unwrap_or_default().to_string()
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        None
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        field(self.model_answer.unwrap_or(""));
    }

    fn search_texts(&self) -> Vec<&str> {
        self.model_answer.into_iter().collect()
    }

    fn words(&self) -> usize {
        self.model_answer.map_or(0, crate::text::count_words)
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        match self.model_answer {
            Some(m) if m.trim().is_empty() => {
                vec![(Message::new("load-model-answer-empty"), "model_answer")]
            }
            Some(_) | None => Vec::new(),
        }
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        Vec::new()
    }

    fn choices(&self) -> Option<usize> {
        None
    }

    fn label(&self) -> &'static str {
        "in your own words, not scored"
    }

    fn input(&self) -> Input {
        Input::Writing
    }

    fn choice(&self, _i: usize) -> Option<&str> {
        None
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Text(text) = given else {
            return None;
        };
        (!text.trim().is_empty()).then(|| Response::Text(text.trim_end().to_string()))
    }

    fn interaction(&self) -> Interaction<'_> {
        Interaction {
            kind: "long-fill-in",
            components: Vec::new(),
            pattern: None,
        }
    }
}
