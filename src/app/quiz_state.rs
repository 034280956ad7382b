//! The quiz screen's state: where the learner is in an attempt and what they have
//! selected or typed for the current question.

use std::collections::BTreeSet;

use crate::course::{AnswerKey, Question, Quiz};
use crate::quiz::{Response, Score, Session};

/// Where the learner is in a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Before starting: the quiz's size, pass mark and past results.
    Intro,
    /// A question is shown and not yet answered.
    Asking,
    /// The current question was answered: right or wrong and the explanation.
    Feedback,
    /// The attempt is over: score against the pass mark.
    Result {
        /// The attempt's score.
        score: Score,
        /// Whether it reached the pass mark.
        passed: bool,
    },
}

/// A quiz as the learner is working on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizState {
    /// Where the learner is.
    pub stage: Stage,
    /// The attempt (meaningful from [`Stage::Asking`] on).
    pub session: Session,
    /// Index of the highlighted choice or ordering row.
    pub cursor: usize,
    /// The choices picked for the current question (indices from 0).
    pub picked: BTreeSet<usize>,
    /// What the learner typed for a short answer.
    pub text: String,
    /// The learner's current order for an ordering question (indices into its items).
    pub order: Vec<usize>,
    /// Whether the ordering row under the cursor is held, so Up and Down move it.
    pub grabbed: bool,
}

impl QuizState {
    /// The intro screen of `quiz`.
    pub fn intro(quiz: &Quiz) -> Self {
        QuizState {
            stage: Stage::Intro,
            session: Session::start(quiz, 0, 0),
            cursor: 0,
            picked: BTreeSet::new(),
            text: String::new(),
            order: Vec::new(),
            grabbed: false,
        }
    }

    /// Starts a fresh attempt at `now` (seconds since the Unix epoch).
    pub fn begin(&mut self, quiz: &Quiz, now: u64) {
        self.session = Session::start(quiz, now, now);
        self.stage = Stage::Asking;
        self.reset_input(quiz);
    }

    /// The question shown, if any.
    pub fn question<'q>(&self, quiz: &'q Quiz) -> Option<&'q Question> {
        quiz.questions.get(self.session.current)
    }

    /// Clears the inputs for the current question.
    pub fn reset_input(&mut self, quiz: &Quiz) {
        self.cursor = 0;
        self.picked.clear();
        self.text.clear();
        self.grabbed = false;
        self.order = self
            .session
            .shuffled
            .get(self.session.current)
            .cloned()
            .unwrap_or_default();
        if let Some(AnswerKey::Ordering { items }) = self.question(quiz).map(|q| &q.key)
            && self.order.len() != items.len()
        {
            self.order = (0..items.len()).collect();
        }
    }

    /// How many rows the cursor moves over for the current question.
    pub fn rows(&self, quiz: &Quiz) -> usize {
        match self.question(quiz).map(|q| &q.key) {
            Some(
                AnswerKey::SingleChoice { choices, .. } | AnswerKey::MultipleChoice { choices, .. },
            ) => choices.len(),
            Some(AnswerKey::TrueFalse { .. }) => 2,
            Some(AnswerKey::Ordering { items }) => items.len(),
            _ => 0,
        }
    }

    /// The response the current inputs make, or `None` when nothing is chosen yet.
    pub fn response(&self, quiz: &Quiz) -> Option<Response> {
        let pick = self.picked.iter().next().copied();
        match &self.question(quiz)?.key {
            AnswerKey::SingleChoice { .. } => pick.map(Response::Choice),
            AnswerKey::MultipleChoice { .. } => {
                (!self.picked.is_empty()).then(|| Response::Choices(self.picked.clone()))
            }
            AnswerKey::TrueFalse { .. } => pick.map(|i| Response::Bool(i == 0)),
            AnswerKey::ShortAnswer { .. } => {
                (!self.text.trim().is_empty()).then(|| Response::Text(self.text.clone()))
            }
            AnswerKey::Ordering { .. } => Some(Response::Order(self.order.clone())),
        }
    }

    /// Whether keys type into a short answer now.
    pub fn typing(&self, quiz: &Quiz) -> bool {
        self.stage == Stage::Asking
            && matches!(
                self.question(quiz).map(|q| &q.key),
                Some(AnswerKey::ShortAnswer { .. })
            )
    }
}
