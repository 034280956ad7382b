//! `single_choice`: exactly one choice is right.

use super::{
    Given, Input, Interaction, Kind, Response, choice, choice_checks, out_of_range, whole,
};
use crate::i18n::{Language, Message};

/// A `single_choice` key, borrowed from [`crate::course::AnswerKey::SingleChoice`].
#[derive(Debug, Clone, Copy)]
pub struct SingleChoice<'a> {
    /// The choices, in display order.
    pub choices: &'a [String],
    /// Number of the right choice, from 1.
    pub answer: usize,
}

impl SingleChoice<'_> {
    /// 1.0 when `picked` (an index from 0) is the right choice, else 0.0.
    pub fn credit(&self, picked: usize) -> f64 {
        // `answer` counts from 1; `picked`, from the state file, may be usize::MAX.
        whole(self.answer.checked_sub(1) == Some(picked))
    }

    /// The choice `picked` (from 0) written out (see [`Kind::describe_answer`]).
    pub fn describe(&self, picked: usize, shuffle: bool) -> String {
        choice(self.choices, picked, shuffle)
    }
}

/// The xAPI form of the choice `picked` (from 0): its number from 1.
pub(super) fn xapi_response(picked: usize) -> String {
    super::number_from_one(picked)
}

impl Kind for SingleChoice<'_> {
    fn name(&self) -> &'static str {
        "single_choice"
    }

    fn describe_answer(&self, shuffle: bool, _lang: Language) -> String {
        if self.answer == 0 || self.answer > self.choices.len() {
            return String::new();
        }
        choice(self.choices, self.answer - 1, shuffle)
    }

    fn shuffled(&self, shuffle: bool) -> Option<usize> {
        shuffle.then_some(self.choices.len())
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        self.choices.iter().for_each(|c| field(c));
        field(&self.answer.to_string());
    }

    fn search_texts(&self) -> Vec<&str> {
        self.choices.iter().map(String::as_str).collect()
    }

    fn words(&self) -> usize {
        self.choices
            .iter()
            .map(|c| crate::text::count_words(c))
            .sum()
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        let mut out = Vec::new();
        choice_checks(self.choices, &mut out);
        if self.choices.len() < 2 {
            out.push((Message::new("load-too-few-choices"), "choices"));
        }
        if self.answer == 0 || self.answer > self.choices.len() {
            out.push((out_of_range(self.answer, self.choices.len()), "answer"));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        vec![(self.choices.len(), "choices")]
    }

    fn choices(&self) -> Option<usize> {
        Some(self.choices.len())
    }

    fn label(&self) -> &'static str {
        "one answer"
    }

    fn input(&self) -> Input {
        Input::OneChoice {
            rows: self.choices.len(),
        }
    }

    fn choice(&self, i: usize) -> Option<&str> {
        self.choices.get(i).map(String::as_str)
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Picked(picked) = given else {
            return None;
        };
        picked.first().copied().map(Response::Choice)
    }

    fn interaction(&self) -> Interaction<'_> {
        Interaction {
            kind: "choice",
            components: vec![("choices", self.choices.iter().map(String::as_str).collect())],
            pattern: Some(vec![self.answer.to_string()]),
        }
    }
}
