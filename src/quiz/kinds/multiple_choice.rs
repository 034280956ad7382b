//! `multiple_choice`: any number of choices are right; the learner must pick
//! exactly those.

use crate::i18n::{Language, Message};
use std::collections::{BTreeSet, HashSet};

use super::{
    Given, Input, Interaction, Kind, Response, choice, choice_checks, numbers, out_of_range,
    partial,
};

/// A `multiple_choice` key, borrowed from
/// [`crate::course::AnswerKey::MultipleChoice`].
#[derive(Debug, Clone, Copy)]
pub struct MultipleChoice<'a> {
    /// The choices, in display order.
    pub choices: &'a [String],
    /// Numbers of the right choices, from 1.
    pub answers: &'a [usize],
}

impl MultipleChoice<'_> {
    /// Right picks minus wrong picks over the number of right choices, floored at
    /// 0 (`picked` are indices from 0).
    pub fn credit(&self, picked: &BTreeSet<usize>) -> f64 {
        let right: BTreeSet<usize> = self.answers.iter().map(|a| a.saturating_sub(1)).collect();
        let hits = picked.intersection(&right).count();
        partial(hits, picked.len() - hits, right.len())
    }

    /// The choices `picked` (from 0) written out, joined with `; ` (in
    /// `lang`'s typography: `a ; b` in French).
    pub fn describe(&self, picked: &BTreeSet<usize>, shuffle: bool, lang: Language) -> String {
        let said = picked
            .iter()
            .map(|&i| Message::verbatim(choice(self.choices, i, shuffle)));
        Message::several(said).render(lang)
    }
}

/// The xAPI form of the choices `picked` (from 0): their numbers from 1.
pub(super) fn xapi_response(picked: &BTreeSet<usize>) -> String {
    numbers(picked.iter().copied())
}

impl Kind for MultipleChoice<'_> {
    fn name(&self) -> &'static str {
        "multiple_choice"
    }

    fn describe_answer(&self, shuffle: bool, lang: Language) -> String {
        let said = self
            .answers
            .iter()
            .filter(|&&a| a >= 1 && a <= self.choices.len())
            .map(|&a| Message::verbatim(choice(self.choices, a - 1, shuffle)));
        Message::several(said).render(lang)
    }

    fn shuffled(&self, shuffle: bool) -> Option<usize> {
        shuffle.then_some(self.choices.len())
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        self.choices.iter().for_each(|c| field(c));
        self.answers.iter().for_each(|a| field(&a.to_string()));
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
        if self.answers.is_empty() {
            out.push((Message::new("load-no-right-choice"), "answers"));
        }
        for &a in self.answers {
            if a == 0 || a > self.choices.len() {
                out.push((out_of_range(a, self.choices.len()), "answers"));
            }
        }
        let unique: HashSet<_> = self.answers.iter().collect();
        if unique.len() != self.answers.len() {
            out.push((Message::new("load-duplicate-answer"), "answers"));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        vec![
            (self.choices.len(), "choices"),
            (self.answers.len(), "answers"),
        ]
    }

    fn choices(&self) -> Option<usize> {
        Some(self.choices.len())
    }

    fn label(&self) -> &'static str {
        "choose all that apply"
    }

    fn input(&self) -> Input {
        Input::ManyChoices {
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
        (!picked.is_empty()).then_some(Response::Choices(picked))
    }

    fn interaction(&self) -> Interaction<'_> {
        let mut right = self.answers.to_vec();
        right.sort_unstable();
        right.dedup();
        let pattern: Vec<String> = right.iter().map(ToString::to_string).collect();
        Interaction {
            kind: "choice",
            components: vec![("choices", self.choices.iter().map(String::as_str).collect())],
            pattern: Some(vec![pattern.join("[,]")]),
        }
    }
}
