//! `matching`: the learner picks the right side for each left side, from the
//! right sides shown shuffled.

use crate::i18n::{Language, Message};
use std::collections::HashSet;

use super::{Given, Input, Interaction, Kind, Response, partial};

/// A `matching` key, borrowed from [`crate::course::AnswerKey::Matching`].
#[derive(Debug, Clone, Copy)]
pub struct Matching<'a> {
    /// (left, right) pairs as they belong together.
    pub pairs: &'a [(String, String)],
}

impl Matching<'_> {
    /// Right pairs minus wrong ones over the number of pairs, floored at 0;
    /// unmatched left sides count as neither.
    pub fn credit(&self, picked: &[Option<usize>]) -> f64 {
        let hits = picked
            .iter()
            .enumerate()
            .filter(|(i, p)| **p == Some(*i))
            .count();
        let wrong = picked.iter().flatten().count() - hits;
        partial(hits, wrong, self.pairs.len())
    }

    /// The pairs `picked` written out: `left → right`, `—` for none, joined with
    /// `; `.
    pub fn describe(&self, picked: &[Option<usize>]) -> String {
        self.pairs
            .iter()
            .zip(picked)
            .map(|((l, _), p)| {
                let r = p
                    .and_then(|i| self.pairs.get(i))
                    .map_or("—", |(_, r)| r.as_str());
                format!("{l} → {r}")
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The xAPI form of the pairs picked: `left[.]right` by numbers from 1, joined
/// with `[,]`, unmatched left sides left out.
pub(super) fn xapi_response(picked: &[Option<usize>]) -> String {
    picked
        .iter()
        .enumerate()
        .filter_map(|(l, r)| {
            r.map(|r| {
                format!(
                    "{}[.]{}",
                    super::number_from_one(l),
                    super::number_from_one(r)
                )
            })
        })
        .collect::<Vec<_>>()
        .join("[,]")
}

impl Kind for Matching<'_> {
    fn name(&self) -> &'static str {
        "matching"
    }

    fn describe_answer(&self, _shuffle: bool, _lang: Language) -> String {
        self.pairs
            .iter()
            .map(|(l, r)| format!("{l} → {r}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        Some(self.pairs.len())
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        self.pairs.iter().for_each(|(a, b)| {
            field(a);
            field(b);
        });
    }

    fn search_texts(&self) -> Vec<&str> {
        Vec::new()
    }

    fn words(&self) -> usize {
        self.pairs
            .iter()
            .map(|(l, r)| crate::text::count_words(l) + crate::text::count_words(r))
            .sum()
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        let mut out = Vec::new();
        let pairs = self.pairs;
        if pairs.len() < 2 {
            out.push((Message::new("load-too-few-pairs"), "pairs"));
        }
        let lefts: HashSet<_> = pairs.iter().map(|(l, _)| l).collect();
        let rights: HashSet<_> = pairs.iter().map(|(_, r)| r).collect();
        if lefts.len() != pairs.len() || rights.len() != pairs.len() {
            out.push((Message::new("load-duplicate-pair-side"), "pairs"));
        }
        if pairs
            .iter()
            .any(|(l, r)| l.trim().is_empty() || r.trim().is_empty())
        {
            out.push((Message::new("load-empty-pair-side"), "pairs"));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        vec![(self.pairs.len(), "pairs")]
    }

    fn choices(&self) -> Option<usize> {
        None
    }

    fn label(&self) -> &'static str {
        "match the pairs"
    }

    fn input(&self) -> Input {
        Input::Pairs {
            rows: self.pairs.len(),
        }
    }

    fn choice(&self, _i: usize) -> Option<&str> {
        None
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Pairs(picked) = given else {
            return None;
        };
        picked
            .iter()
            .any(Option::is_some)
            .then_some(Response::Pairs(picked))
    }

    fn interaction(&self) -> Interaction<'_> {
        let pattern: Vec<String> = (1..=self.pairs.len())
            .map(|n| format!("{n}[.]{n}"))
            .collect();
        Interaction {
            kind: "matching",
            components: vec![
                ("source", self.pairs.iter().map(|p| p.0.as_str()).collect()),
                ("target", self.pairs.iter().map(|p| p.1.as_str()).collect()),
            ],
            pattern: Some(vec![pattern.join("[,]")]),
        }
    }
}
