//! Quizzes: the learner's answering state, kept apart from the questions, and pure
//! grading.
//!
//! A [`Session`] is one attempt in progress: which question is shown, what the
//! learner has answered so far, and the shuffled order of any ordering question.
//! [`grade`] compares one [`Response`] with a question's [`AnswerKey`]; [`Session::score`]
//! adds them up. Nothing here does I/O or knows about the terminal.

mod normalize;

pub use normalize::normalize_answer;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::course::{AnswerKey, Question, Quiz};

/// What the learner answered to one question.
///
/// Choice indices count from 0 here (the course file counts from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// The one choice picked in a `single_choice` question (index from 0).
    Choice(usize),
    /// The choices picked in a `multiple_choice` question (indices from 0).
    Choices(BTreeSet<usize>),
    /// The answer to a `true_false` question.
    Bool(bool),
    /// The text typed for a `short_answer` question, as typed.
    Text(String),
    /// The learner's order for an `ordering` question: indices into the question's
    /// items as written (which are in the right order), so `[0, 1, 2]` is right.
    Order(Vec<usize>),
}

/// Whether `response` answers the question with key `key` correctly.
///
/// All or nothing: a multiple-choice response is right only when it picks exactly
/// the right choices; an ordering only when every item is in place; a short answer
/// when it matches an accepted answer after [`normalize_answer`] on both sides. A
/// response of the wrong shape for the question is wrong.
pub fn grade(key: &AnswerKey, response: &Response) -> bool {
    match (key, response) {
        (AnswerKey::SingleChoice { answer, .. }, Response::Choice(i)) => *i + 1 == *answer,
        (AnswerKey::MultipleChoice { answers, .. }, Response::Choices(picked)) => {
            let right: BTreeSet<usize> = answers.iter().map(|a| a.saturating_sub(1)).collect();
            *picked == right
        }
        (AnswerKey::TrueFalse { answer }, Response::Bool(b)) => answer == b,
        (AnswerKey::ShortAnswer { answers }, Response::Text(text)) => {
            let given = normalize_answer(text);
            !given.is_empty() && answers.iter().any(|a| normalize_answer(a) == given)
        }
        (AnswerKey::Ordering { items }, Response::Order(order)) => {
            order.len() == items.len() && order.iter().enumerate().all(|(i, &o)| i == o)
        }
        _ => false,
    }
}

/// A quiz score: points out of a maximum. Each question is worth one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
}

impl Score {
    /// The score as a whole percentage of the maximum, rounded down, at most 100
    /// (0 when the maximum is 0).
    pub fn percent(self) -> u32 {
        (u64::from(self.points) * 100)
            .checked_div(u64::from(self.max))
            .map_or(0, |p| p.min(100) as u32)
    }

    /// Whether the score reaches `pass_mark` percent. Compared exactly, so 3 of 5
    /// reaches a 60 % pass mark.
    pub fn passes(self, pass_mark: u32) -> bool {
        self.points as u64 * 100 >= pass_mark as u64 * self.max as u64
    }
}

/// One attempt at a quiz in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Index of the question shown.
    pub current: usize,
    /// The submitted response to each question, `None` until submitted.
    pub answers: Vec<Option<Response>>,
    /// The order in which each ordering question's items are first shown (indices
    /// into its items); empty for other kinds.
    pub shuffled: Vec<Vec<usize>>,
    /// When the attempt started, in seconds since the Unix epoch.
    pub started_at: u64,
}

impl Session {
    /// Starts an attempt at `quiz` at time `now` (seconds since the Unix epoch).
    /// `seed` drives the shuffling of ordering questions; the shown order is never
    /// the right one.
    pub fn start(quiz: &Quiz, now: u64, seed: u64) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let shuffled = quiz
            .questions
            .iter()
            .map(|q| match &q.key {
                AnswerKey::Ordering { items } => shuffle_away(items.len(), &mut rng),
                _ => Vec::new(),
            })
            .collect();
        Session {
            current: 0,
            answers: vec![None; quiz.questions.len()],
            shuffled,
            started_at: now,
        }
    }

    /// Whether every question has a submitted response.
    pub fn is_finished(&self) -> bool {
        self.answers.iter().all(Option::is_some)
    }

    /// The score over the submitted responses (unanswered questions earn nothing).
    pub fn score(&self, quiz: &Quiz) -> Score {
        let points = quiz
            .questions
            .iter()
            .zip(&self.answers)
            .filter(|(q, a)| a.as_ref().is_some_and(|r| grade(&q.key, r)))
            .count() as u32;
        Score {
            points,
            max: quiz.questions.len() as u32,
        }
    }
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
pub fn describe_answer(question: &Question) -> String {
    match &question.key {
        AnswerKey::SingleChoice { choices, answer } => choices
            .get(answer.wrapping_sub(1))
            .map(|c| format!("{answer}. {c}"))
            .unwrap_or_default(),
        AnswerKey::MultipleChoice { choices, answers } => answers
            .iter()
            .filter_map(|a| choices.get(a.wrapping_sub(1)).map(|c| format!("{a}. {c}")))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerKey::TrueFalse { answer } => if *answer { "True" } else { "False" }.into(),
        AnswerKey::ShortAnswer { answers } => answers
            .iter()
            .find(|a| !a.trim().is_empty())
            .cloned()
            .unwrap_or_default(),
        AnswerKey::Ordering { items } => items.join(" → "),
    }
}

/// What the learner answered, written out, such as `3. Apple` or `True` or
/// `B → A → C`. A response of the wrong shape for the question is shown as `—`.
pub fn describe_response(question: &Question, response: &Response) -> String {
    let choice = |choices: &[String], i: usize| {
        choices
            .get(i)
            .map(|c| format!("{}. {c}", i + 1))
            .unwrap_or_else(|| "—".into())
    };
    match (&question.key, response) {
        (AnswerKey::SingleChoice { choices, .. }, Response::Choice(i)) => choice(choices, *i),
        (AnswerKey::MultipleChoice { choices, .. }, Response::Choices(set)) => set
            .iter()
            .map(|&i| choice(choices, i))
            .collect::<Vec<_>>()
            .join("; "),
        (AnswerKey::TrueFalse { .. }, Response::Bool(b)) => {
            if *b { "True" } else { "False" }.into()
        }
        (AnswerKey::ShortAnswer { .. }, Response::Text(t)) => crate::text::sanitize_line(t),
        (AnswerKey::Ordering { items }, Response::Order(order)) => order
            .iter()
            .map(|&i| items.get(i).map_or("—", String::as_str))
            .collect::<Vec<_>>()
            .join(" → "),
        _ => "—".into(),
    }
}

#[cfg(test)]
mod tests;
