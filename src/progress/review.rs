//! The review queue: questions answered wrongly come back on a Leitner schedule.
//!
//! Every question answered wrongly, in a quiz attempt (full or practice) or in a
//! review, gets a [`Card`] in box 1. A card is *due* on its due day; answering it
//! right when due moves it up one box, answering it wrong at any time sends it back
//! to box 1. The boxes wait [`BOX_INTERVAL_DAYS`] days (0, 1, 3, 7, 14) after the
//! answer that put the card there, so a card in box 1 is due at once (the same
//! day), and one answered right from box 5 leaves the queue (it is learnt).
//!
//! Days are whole UTC days counted from the Unix epoch ([`day_of`]): a card put in
//! box 3 on day *d* is due from day *d* + 3, whatever the hour. A right answer to a
//! card that is not yet due (say, in a quiz retake) changes nothing: the schedule
//! is only moved by answers given when the card was due, as in a paper Leitner box.
//!
//! A card that was missed [`LEECH_LAPSES`] times or more (every wrong answer
//! counts, the first included) is a *leech*: the review flags it so the learner
//! rereads the lesson instead of guessing again.
//!
//! This module is pure: the current time is always passed in, in seconds since the
//! Unix epoch.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::course::{Course, Item, Module, Question, Quiz};

/// Days a card waits in each box before it is due again, box 1 first.
pub const BOX_INTERVAL_DAYS: [u64; 5] = [0, 1, 3, 7, 14];

/// The number of boxes.
pub const BOXES: u8 = BOX_INTERVAL_DAYS.len() as u8;

/// Misses from which a card is a leech.
pub const LEECH_LAPSES: u32 = 4;

/// Seconds in a day.
const DAY: u64 = 86_400;

/// The day (whole UTC days since the Unix epoch) of a time in seconds since the
/// epoch.
pub fn day_of(secs: u64) -> u64 {
    secs / DAY
}

/// One question in the review queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The Leitner box, from 1 to [`BOXES`].
    #[serde(rename = "box")]
    pub box_number: u8,
    /// The first day (see [`day_of`]) on which the card is due.
    pub due_day: u64,
    /// How many times the question was answered wrongly, the first time included.
    pub lapses: u32,
    /// When the question was last answered, in seconds since the Unix epoch.
    pub last_answered: u64,
}

/// What an answer did to a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardChange {
    /// A new card in box 1 (a first miss).
    Added,
    /// Right when due: up to this box.
    Promoted(u8),
    /// Right when due in the last box: the card left the queue.
    Learnt,
    /// Wrong: back to box 1.
    Demoted,
    /// Right but not due, or right with no card: nothing changed.
    Unchanged,
}

impl Card {
    /// A card for a question first missed at `now`: box 1, due the same day.
    pub fn missed(now: u64) -> Card {
        Card {
            box_number: 1,
            due_day: day_of(now),
            lapses: 1,
            last_answered: now,
        }
    }

    /// Whether the card is due at `now`.
    pub fn is_due(&self, now: u64) -> bool {
        self.due_day <= day_of(now)
    }

    /// Whether the question was missed so often that rereading beats guessing.
    pub fn is_leech(&self) -> bool {
        self.lapses >= LEECH_LAPSES
    }

    fn put_in(&mut self, box_number: u8, now: u64) {
        let box_number = box_number.clamp(1, BOXES);
        self.box_number = box_number;
        self.due_day = day_of(now) + BOX_INTERVAL_DAYS[usize::from(box_number - 1)];
        self.last_answered = now;
    }
}

/// The key of a question's card: `module-id/quiz-id/question-id`.
pub fn card_key(module: &str, quiz: &str, question: &str) -> String {
    format!("{module}/{quiz}/{question}")
}

/// Applies an answer given at `now` to the queue `cards` under `key`, and says what
/// it did. See the module documentation for the rules.
pub fn record_answer(
    cards: &mut BTreeMap<String, Card>,
    key: &str,
    right: bool,
    now: u64,
) -> CardChange {
    match (cards.get_mut(key), right) {
        (None, false) => {
            cards.insert(key.to_string(), Card::missed(now));
            CardChange::Added
        }
        (None, true) => CardChange::Unchanged,
        (Some(card), false) => {
            card.lapses = card.lapses.saturating_add(1);
            card.put_in(1, now);
            CardChange::Demoted
        }
        (Some(card), true) if card.is_due(now) => {
            if card.box_number >= BOXES {
                cards.remove(key);
                CardChange::Learnt
            } else {
                let up = card.box_number + 1;
                card.put_in(up, now);
                CardChange::Promoted(up)
            }
        }
        (Some(_), true) => CardChange::Unchanged,
    }
}

/// A card of the queue found in the course: where its question lives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QueuedQuestion<'a> {
    /// The card's key (see [`card_key`]).
    pub key: &'a str,
    /// The card.
    pub card: Card,
    /// The module the question is in.
    pub module: &'a Module,
    /// The quiz the question is in.
    pub quiz: &'a Quiz,
    /// The question.
    pub question: &'a Question,
}

/// The cards of `cards` whose question still exists in `course`, in course order
/// (module, quiz, question). Cards of removed questions are skipped, not deleted.
pub fn queued<'a>(
    course: &'a Course,
    cards: &'a BTreeMap<String, Card>,
) -> Vec<QueuedQuestion<'a>> {
    let mut out = Vec::new();
    if cards.is_empty() {
        return out;
    }
    for (_, _, module, item) in course.items() {
        let Item::Quiz(quiz) = item else { continue };
        for question in &quiz.questions {
            let key = card_key(&module.id, &quiz.id, &question.id);
            if let Some((key, card)) = cards.get_key_value(&key) {
                out.push(QueuedQuestion {
                    key,
                    card: *card,
                    module,
                    quiz,
                    question,
                });
            }
        }
    }
    out
}

/// The queued questions due at `now`, in course order.
pub fn due<'a>(
    course: &'a Course,
    cards: &'a BTreeMap<String, Card>,
    now: u64,
) -> Vec<QueuedQuestion<'a>> {
    let mut all = queued(course, cards);
    all.retain(|q| q.card.is_due(now));
    all
}

/// The earliest due day of the queued questions not due at `now`, if any.
pub fn next_due_day(course: &Course, cards: &BTreeMap<String, Card>, now: u64) -> Option<u64> {
    queued(course, cards)
        .iter()
        .filter(|q| !q.card.is_due(now))
        .map(|q| q.card.due_day)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: u64 = DAY;
    /// Noon on day 20,000 (2024-10-04), a time in the middle of a day.
    const T0: u64 = 20_000 * D + D / 2;

    #[test]
    fn a_miss_adds_a_card_due_the_same_day() {
        let mut cards = BTreeMap::new();
        assert_eq!(
            record_answer(&mut cards, "m/q/1", true, T0),
            CardChange::Unchanged
        );
        assert!(cards.is_empty(), "a right answer with no card adds nothing");
        assert_eq!(
            record_answer(&mut cards, "m/q/1", false, T0),
            CardChange::Added
        );
        let card = cards["m/q/1"];
        assert_eq!(
            card,
            Card {
                box_number: 1,
                due_day: 20_000,
                lapses: 1,
                last_answered: T0
            }
        );
        assert!(card.is_due(T0));
        assert!(card.is_due(20_000 * D), "due from the start of its day");
        assert!(!card.is_due(19_999 * D + D - 1));
    }

    /// The schedule as documented: right answers when due climb the boxes with
    /// waits of 0, 1, 3, 7 and 14 days; a right answer from box 5 retires the card.
    #[test]
    fn right_answers_when_due_follow_the_documented_schedule() {
        let mut cards = BTreeMap::new();
        record_answer(&mut cards, "k", false, T0); // day 20,000, box 1, due 20,000
        let mut day = 20_000;
        for (to_box, wait) in [(2, 1), (3, 3), (4, 7), (5, 14)] {
            let now = day * D + 3600;
            assert_eq!(
                record_answer(&mut cards, "k", true, now),
                CardChange::Promoted(to_box)
            );
            assert_eq!(cards["k"].box_number, to_box);
            assert_eq!(cards["k"].due_day, day + wait, "box {to_box}");
            assert!(
                !cards["k"].is_due((day + wait) * D - 1),
                "not due the day before"
            );
            assert!(
                cards["k"].is_due((day + wait) * D),
                "due from its day's start"
            );
            day += wait;
        }
        // Day 20,025: due in box 5; right again: learnt.
        assert_eq!(day, 20_025);
        assert!(cards["k"].is_due(day * D));
        assert_eq!(
            record_answer(&mut cards, "k", true, day * D),
            CardChange::Learnt
        );
        assert!(!cards.contains_key("k"));
    }

    #[test]
    fn right_answers_before_the_due_day_change_nothing() {
        let mut cards = BTreeMap::new();
        record_answer(&mut cards, "k", false, T0);
        record_answer(&mut cards, "k", true, T0); // box 2, due day 20,001
        let before = cards["k"];
        assert_eq!(
            record_answer(&mut cards, "k", true, T0 + 60),
            CardChange::Unchanged
        );
        assert_eq!(cards["k"], before);
    }

    #[test]
    fn a_miss_sends_the_card_back_to_box_one_and_counts_a_lapse() {
        let mut cards = BTreeMap::new();
        record_answer(&mut cards, "k", false, T0);
        record_answer(&mut cards, "k", true, T0); // box 2
        let later = T0 + 2 * D;
        assert_eq!(
            record_answer(&mut cards, "k", false, later),
            CardChange::Demoted
        );
        assert_eq!(
            cards["k"],
            Card {
                box_number: 1,
                due_day: 20_002,
                lapses: 2,
                last_answered: later
            }
        );
        // A miss counts even when the card was not due.
        record_answer(&mut cards, "k", true, later); // box 2, due 20,003
        assert_eq!(
            record_answer(&mut cards, "k", false, later + 1),
            CardChange::Demoted
        );
        assert_eq!(cards["k"].lapses, 3);
    }

    #[test]
    fn the_fourth_miss_makes_a_leech() {
        let mut cards = BTreeMap::new();
        for n in 1..=LEECH_LAPSES {
            record_answer(&mut cards, "k", false, T0 + u64::from(n));
            assert_eq!(cards["k"].is_leech(), n >= 4, "after {n} misses");
        }
    }
}
