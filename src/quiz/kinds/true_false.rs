//! `true_false`: a statement that is true or false.

use super::{Given, Input, Interaction, Kind, Response, whole};
use crate::i18n::{Language, Message, tr};

/// A `true_false` key, from [`crate::course::AnswerKey::TrueFalse`].
#[derive(Debug, Clone, Copy)]
pub struct TrueFalse {
    /// Whether the statement is true.
    pub answer: bool,
}

impl TrueFalse {
    /// 1.0 when `given` is the answer, else 0.0.
    pub fn credit(&self, given: bool) -> f64 {
        whole(given == self.answer)
    }
}

/// The two choices' English words, for [`Kind::choice`] (machine output such
/// as xAPI's choices; screens say them with [`describe`]).
const TRUE: &str = "True";
const FALSE: &str = "False";

/// `True` or `False` in `lang` (`Vrai`, `Faux`).
pub(super) fn describe(b: bool, lang: Language) -> String {
    tr(lang, if b { "quiz-true" } else { "quiz-false" }, &[])
}

impl Kind for TrueFalse {
    fn name(&self) -> &'static str {
        "true_false"
    }

    fn describe_answer(&self, _shuffle: bool, lang: Language) -> String {
        describe(self.answer, lang)
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        None
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        field(&self.answer.to_string());
    }

    fn search_texts(&self) -> Vec<&str> {
        Vec::new()
    }

    fn words(&self) -> usize {
        0
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        Vec::new()
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        Vec::new()
    }

    /// True and false count as choices 1 and 2 for feedback
    /// (`feedback: {true: …, false: …}`).
    fn choices(&self) -> Option<usize> {
        Some(2)
    }

    fn label(&self) -> &'static str {
        "true or false"
    }

    fn input(&self) -> Input {
        Input::TrueFalse
    }

    fn choice(&self, i: usize) -> Option<&str> {
        [TRUE, FALSE].get(i).copied()
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Picked(picked) = given else {
            return None;
        };
        picked.first().map(|&i| Response::Bool(i == 0))
    }

    fn interaction(&self) -> Interaction<'_> {
        Interaction {
            kind: "true-false",
            components: Vec::new(),
            pattern: Some(vec![self.answer.to_string()]),
        }
    }
}
