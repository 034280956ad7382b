//! The quiz being answered: where the learner is in an attempt, what they have
//! selected or typed for the current question, and the review session that asks
//! due questions with the same machinery. Pure data and logic: the app holds these
//! values, the document layer builds the quiz screens from them.

use std::collections::BTreeSet;

use crate::course::{AnswerKey, Question, Quiz};
use crate::progress::{Attempt, OpenAttempt};
use crate::quiz::{Given, Input, Response, Score, Session};
pub use crate::text::field::CaretMove;
use crate::text::field::{Lines, TextField};

/// Where the learner is in a quiz.
#[derive(Debug, Clone, Copy, PartialEq)]
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
        /// The pass mark it was judged against, in percent (the quiz's, or, for
        /// an attempt shown again, the one in force then).
        pass_mark: u32,
    },
}

/// A quiz as the learner is working on it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizState {
    /// Where the learner is.
    pub stage: Stage,
    /// The attempt (meaningful from [`Stage::Asking`] on).
    pub session: Session,
    /// Index of the highlighted choice or ordering row.
    pub cursor: usize,
    /// The choices picked for the current question (indices from 0).
    pub picked: BTreeSet<usize>,
    /// What the learner typed for a short answer, and the caret.
    pub field: TextField,
    /// The learner's current order for an ordering question (indices into its items).
    pub order: Vec<usize>,
    /// Whether the ordering row under the cursor is held, so Up and Down move it.
    pub grabbed: bool,
    /// Matching: for each left side, the right side picked (index into the pairs).
    pub matches: Vec<Option<usize>>,
    /// Fill in the blanks: the text of each gap (the gap being edited is in `text`,
    /// and `cursor` is its index).
    pub blanks: Vec<String>,
}

impl QuizState {
    /// The intro screen of `quiz`.
    pub fn intro(quiz: &Quiz) -> Self {
        QuizState {
            stage: Stage::Intro,
            session: Session::start(quiz, 0, 0),
            cursor: 0,
            picked: BTreeSet::new(),
            field: TextField::default(),
            order: Vec::new(),
            grabbed: false,
            matches: Vec::new(),
            blanks: Vec::new(),
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
        self.field.text.clear();
        self.field.caret = 0;
        self.grabbed = false;
        self.order = self
            .session
            .shuffled
            .get(self.session.current)
            .cloned()
            .unwrap_or_default();
        self.matches.clear();
        self.blanks.clear();
        match self.input(quiz) {
            Some(Input::Order { rows }) if self.order.len() != rows => {
                self.order = (0..rows).collect();
            }
            Some(Input::Pairs { rows }) => {
                if self.order.len() != rows {
                    self.order = (0..rows).collect();
                }
                self.matches = vec![None; rows];
            }
            Some(Input::Blanks { gaps }) => {
                self.blanks = vec![String::new(); gaps];
            }
            None
            | Some(
                Input::OneChoice { .. }
                | Input::ManyChoices { .. }
                | Input::TrueFalse
                | Input::Text
                | Input::Number
                | Input::Writing
                | Input::Order { .. },
            ) => {}
        }
    }

    /// How many of the current question's hints are revealed.
    pub fn hints_shown(&self) -> usize {
        self.session.hints_used(self.session.current)
    }

    /// Reveals the current question's next hint; `false` when it has none left
    /// (or none at all).
    pub fn reveal_hint(&mut self, quiz: &Quiz) -> bool {
        let Some(total) = self.question(quiz).map(|q| q.hints.len()) else {
            return false;
        };
        let i = self.session.current;
        if self.session.hints.len() < quiz.questions.len() {
            self.session.hints.resize(quiz.questions.len(), 0);
        }
        match self.session.hints.get_mut(i) {
            Some(used) if *used < total => {
                *used += 1;
                true
            }
            Some(_) | None => false,
        }
    }

    /// The inputs the current question needs (see [`Input`]), `None` when there
    /// is no question.
    pub fn input(&self, quiz: &Quiz) -> Option<Input> {
        self.question(quiz)
            .map(|q| crate::quiz::kind_of(&q.key, |k| k.input()))
    }

    /// The choice shown at display row `row` (an index into the question's
    /// choices): the same row unless the choices are shuffled.
    pub fn shown(&self, row: usize) -> usize {
        self.order.get(row).copied().unwrap_or(row)
    }

    /// Fill in the blanks: moves editing to gap `to`, keeping what was typed.
    pub fn switch_blank(&mut self, to: usize) {
        if to >= self.blanks.len() || to == self.cursor {
            return;
        }
        if let Some(b) = self.blanks.get_mut(self.cursor) {
            *b = std::mem::take(&mut self.field.text);
        }
        self.cursor = to;
        self.field.text = self.blanks[to].clone();
        self.field.caret = self.field.text.len();
    }

    /// Fill in the blanks: every gap's text, the one being edited included.
    pub fn all_blanks(&self) -> Vec<String> {
        let mut all = self.blanks.clone();
        if let Some(b) = all.get_mut(self.cursor) {
            *b = self.field.text.clone();
        }
        all
    }

    /// How many rows the cursor moves over for the current question.
    pub fn rows(&self, quiz: &Quiz) -> usize {
        self.input(quiz).map_or(0, Input::rows)
    }

    /// The response the current inputs make, or `None` when nothing is chosen yet.
    pub fn response(&self, quiz: &Quiz) -> Option<Response> {
        let question = self.question(quiz)?;
        let given = match self.input(quiz)? {
            Input::OneChoice { .. } | Input::ManyChoices { .. } | Input::TrueFalse => {
                Given::Picked(self.picked.clone())
            }
            Input::Text | Input::Number | Input::Writing => Given::Text(self.field.text.clone()),
            Input::Order { .. } => Given::Order(self.order.clone()),
            Input::Pairs { .. } => Given::Pairs(self.matches.clone()),
            Input::Blanks { .. } => Given::Blanks(self.all_blanks()),
        };
        crate::quiz::kind_of(&question.key, |k| k.response(given))
    }

    /// Whether keys type into a short answer now.
    pub fn typing(&self, quiz: &Quiz) -> bool {
        self.stage == Stage::Asking && self.input(quiz).is_some_and(Input::typing)
    }
}

impl QuizState {
    /// The attempt in progress as it is stored in the state file, or `None` when no
    /// attempt is under way (intro or result).
    pub fn to_open(&self, quiz: &Quiz) -> Option<OpenAttempt> {
        if !matches!(self.stage, Stage::Asking | Stage::Feedback) {
            return None;
        }
        let mut open = OpenAttempt {
            started_at: self.session.started_at,
            current: self
                .question(quiz)
                .map(|q| q.id.clone())
                .unwrap_or_default(),
            asked: if self.session.is_practice()
                || self.session.asked.iter().enumerate().any(|(i, &q)| i != q)
            {
                self.session
                    .asked
                    .iter()
                    .filter_map(|&i| quiz.questions.get(i).map(|q| q.id.clone()))
                    .collect()
            } else {
                Vec::new()
            },
            ..OpenAttempt::default()
        };
        for (i, q) in quiz.questions.iter().enumerate() {
            if let Some(Some(r)) = self.session.answers.get(i) {
                open.answers.insert(q.id.clone(), r.clone());
            }
            if let Some(order) = self.session.shuffled.get(i)
                && !order.is_empty()
            {
                open.orders.insert(q.id.clone(), order.clone());
            }
            let used = self.session.hints_used(i);
            if used > 0 {
                open.hints.insert(q.id.clone(), used);
            }
        }
        Some(open)
    }

    /// Resumes a stored attempt at `quiz`: answers kept, the question the learner was
    /// on shown again (or the first unanswered one). Answers to questions that no
    /// longer exist, or that no longer fit their question, are dropped.
    pub fn resume(quiz: &Quiz, open: &OpenAttempt) -> Self {
        let mut state = QuizState::intro(quiz);
        state.session.started_at = open.started_at;
        for (i, q) in quiz.questions.iter().enumerate() {
            state.session.answers[i] = open.answers.get(&q.id).filter(|r| fits(&q.key, r)).cloned();
            // Hints stay revealed (and charged), up to those the question has now.
            state.session.hints[i] = open
                .hints
                .get(&q.id)
                .copied()
                .unwrap_or(0)
                .min(q.hints.len());
            let shown = crate::quiz::kind_of(&q.key, |k| k.shuffled(q.shuffle));
            if let (Some(len), Some(order)) = (shown, open.orders.get(&q.id)) {
                let mut sorted = order.clone();
                sorted.sort_unstable();
                if sorted == (0..len).collect::<Vec<_>>() {
                    state.session.shuffled[i] = order.clone();
                }
            }
        }
        if open.asked.is_empty() {
            // Stored as asked in the written order (an empty list): not the order
            // a shuffling quiz's intro would draw.
            state.session.asked = (0..quiz.questions.len()).collect();
        } else {
            let asked: Vec<usize> = open
                .asked
                .iter()
                .filter_map(|id| quiz.questions.iter().position(|q| &q.id == id))
                .collect();
            state.session = state.session.clone().only(asked);
        }
        let unanswered = state
            .session
            .asked
            .iter()
            .copied()
            .find(|&i| state.session.answers[i].is_none());
        let at = quiz.questions.iter().position(|q| q.id == open.current);
        match (at, unanswered) {
            // Back on the question they were reading.
            (Some(i), _)
                if state.session.answers[i].is_none() && state.session.asked.contains(&i) =>
            {
                state.session.current = i;
                state.stage = Stage::Asking;
            }
            (_, Some(i)) => {
                state.session.current = i;
                state.stage = Stage::Asking;
            }
            // Everything answered: show the last feedback; Enter gives the score.
            (_, None) => {
                state.session.current = state.session.asked.last().copied().unwrap_or(0);
                state.stage = Stage::Feedback;
            }
        }
        state.reset_input(quiz);
        if state.stage == Stage::Feedback {
            state.restore_inputs(quiz);
        }
        state
    }

    /// The result screen of a finished `attempt` at `quiz`, as it was shown when
    /// the attempt ended: its score and verdict as recorded, each question asked
    /// with the answer given, in the order asked, so that its review can be read
    /// again and its mistakes practised (the app's `ShowLastAttempt` action).
    /// Answers to questions that are no longer in the quiz, or no longer fit
    /// their question, are left out; `None` when none is left.
    pub fn from_attempt(quiz: &Quiz, attempt: &Attempt) -> Option<Self> {
        let mut state = QuizState::intro(quiz);
        state.session.started_at = attempt.started_at;
        let mut asked = Vec::with_capacity(attempt.answers.len());
        for record in &attempt.answers {
            let Some(i) = quiz.questions.iter().position(|q| q.id == record.question) else {
                continue;
            };
            if asked.contains(&i) || !fits(&quiz.questions[i].key, &record.response) {
                continue;
            }
            state.session.answers[i] = Some(record.response.clone());
            state.session.hints[i] = record.hints.min(quiz.questions[i].hints.len());
            asked.push(i);
        }
        state.session.current = *asked.last()?;
        state.session.asked = asked;
        state.stage = Stage::Result {
            score: attempt.score,
            passed: attempt.passed,
            pass_mark: attempt.pass_mark,
        };
        Some(state)
    }

    /// Sets the inputs to show the submitted response of the current question.
    fn restore_inputs(&mut self, quiz: &Quiz) {
        match self
            .session
            .answers
            .get(self.session.current)
            .cloned()
            .flatten()
            .map(|r| r.given())
        {
            Some(Given::Picked(set)) => self.picked = set,
            Some(Given::Text(t)) => {
                self.field.caret = t.len();
                self.field.text = t;
            }
            Some(Given::Order(o)) => self.order = o,
            Some(Given::Pairs(p)) => self.matches = p,
            Some(Given::Blanks(b)) => {
                self.field.text = b.first().cloned().unwrap_or_default();
                self.field.caret = self.field.text.len();
                self.cursor = 0;
                self.blanks = b;
            }
            None => self.reset_input(quiz),
        }
    }
}

/// Whether `response` has the shape of an answer to a question with `key`.
fn fits(key: &AnswerKey, response: &Response) -> bool {
    crate::quiz::Paired::of(key, Some(response)).fits()
}

/// Longest short answer, in characters.
pub const MAX_ANSWER_CHARS: usize = 200;

impl QuizState {
    /// Inserts `s` at the caret (line breaks and tabs become spaces, control
    /// characters are dropped), up to [`MAX_ANSWER_CHARS`].
    pub fn insert(&mut self, s: &str) {
        self.field.insert(s, Lines::One, MAX_ANSWER_CHARS);
    }

    /// Inserts `s` at the caret of a reflection being written, keeping line
    /// breaks (as the note editor does), up to
    /// [`crate::quiz::kinds::MAX_REFLECTION_CHARS`].
    pub fn insert_lines(&mut self, s: &str) {
        self.field
            .insert(s, Lines::Many, crate::quiz::kinds::MAX_REFLECTION_CHARS);
    }

    /// Deletes the grapheme before the caret (`before`) or after it.
    pub fn delete(&mut self, before: bool) {
        self.field.delete(before);
    }

    /// Moves the caret.
    pub fn move_caret(&mut self, to: CaretMove) {
        self.field.move_caret(to);
    }
}

/// Where a question in a review session comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewOrigin {
    /// The question's card key (see [`crate::progress::review::card_key`]).
    pub card: String,
    /// Index of the module the question is in.
    pub module: usize,
    /// Index of the quiz item within that module.
    pub item: usize,
    /// The card before this session's answer.
    pub before: crate::progress::review::Card,
    /// What this session's answer did to the card, once answered.
    pub change: Option<crate::progress::review::CardChange>,
}

/// A review session: the questions due from across the course, asked one by one
/// with the quiz machinery (see [`crate::progress::review`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewSession {
    /// The due questions as one quiz, in course order (feedback after each).
    pub quiz: crate::course::Quiz,
    /// Where each question comes from, in the same order.
    pub origins: Vec<ReviewOrigin>,
    /// The screen state.
    pub state: QuizState,
}
