//! `ordering`: items to put in order; the learner sees them shuffled.

use crate::i18n::{Language, Message};
use std::collections::HashSet;

use super::{Given, Input, Interaction, Kind, Response, numbers, whole};

/// An `ordering` key, borrowed from [`crate::course::AnswerKey::Ordering`].
#[derive(Debug, Clone, Copy)]
pub struct Ordering<'a> {
    /// The items, in the right order.
    pub items: &'a [String],
}

impl Ordering<'_> {
    /// 1.0 when `order` (indices into the items as written) is the written order,
    /// else 0.0.
    pub fn credit(&self, order: &[usize]) -> f64 {
        whole(order.len() == self.items.len() && order.iter().enumerate().all(|(i, &o)| i == o))
    }

    /// The learner's `order` written out: the items joined with ` → `.
    pub fn describe(&self, order: &[usize]) -> String {
        order
            .iter()
            .map(|&i| self.items.get(i).map_or("—", String::as_str))
            .collect::<Vec<_>>()
            .join(" → ")
    }
}

/// The xAPI form of an order: the items' numbers from 1.
pub(super) fn xapi_response(order: &[usize]) -> String {
    numbers(order.iter().copied())
}

impl Kind for Ordering<'_> {
    fn name(&self) -> &'static str {
        "ordering"
    }

    fn describe_answer(&self, _shuffle: bool, _lang: Language) -> String {
        self.items.join(" → ")
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        Some(self.items.len())
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        self.items.iter().for_each(|i| field(i));
    }

    fn search_texts(&self) -> Vec<&str> {
        Vec::new()
    }

    fn words(&self) -> usize {
        self.items.iter().map(|c| crate::text::count_words(c)).sum()
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        let mut out = Vec::new();
        if self.items.len() < 2 {
            out.push((Message::new("load-too-few-items"), "items"));
        }
        if let Some(n) = self.items.iter().position(|c| c.trim().is_empty()) {
            out.push((Message::new("load-item-empty").arg("item", n + 1), "items"));
        }
        let unique: HashSet<_> = self.items.iter().collect();
        if unique.len() != self.items.len() {
            out.push((Message::new("load-duplicate-order-item"), "items"));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        vec![(self.items.len(), "items")]
    }

    fn choices(&self) -> Option<usize> {
        None
    }

    fn label(&self) -> &'static str {
        "put in order"
    }

    fn input(&self) -> Input {
        Input::Order {
            rows: self.items.len(),
        }
    }

    fn choice(&self, _i: usize) -> Option<&str> {
        None
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Order(order) = given else {
            return None;
        };
        Some(Response::Order(order))
    }

    fn interaction(&self) -> Interaction<'_> {
        Interaction {
            kind: "sequencing",
            components: vec![("choices", self.items.iter().map(String::as_str).collect())],
            pattern: Some(vec![numbers(0..self.items.len())]),
        }
    }
}
