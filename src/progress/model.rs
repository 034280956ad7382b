//! The state model.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::course::{Course, Item, Module};
use crate::quiz::{Response, Score};

/// Version of the state file format written by this build.
pub const STATE_VERSION: u32 = 1;

/// Everything amphi remembers, for every course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Format version; see [`STATE_VERSION`].
    pub version: u32,
    /// Progress per course id.
    #[serde(default)]
    pub courses: BTreeMap<String, CourseProgress>,
    /// Fields this amphi does not know (written by a later version of the same
    /// format), kept as they are and written back.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

impl Default for State {
    fn default() -> Self {
        State {
            version: STATE_VERSION,
            courses: BTreeMap::new(),
            unknown: BTreeMap::new(),
        }
    }
}

/// Where the learner was in a course's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Module id.
    pub module: String,
    /// Item id within the module.
    pub item: String,
    /// The first line shown, in a form that survives a change of terminal width.
    #[serde(default)]
    pub anchor: Anchor,
}

/// A place in an item's text that does not depend on the terminal width: a block
/// (paragraph, heading, list entry, interview turn…) and a wrapped line within it.
/// When the width changes, the line is clamped to the block's new line count.
///
/// The block is found again by its text first ([`Anchor::hash`]) and by its index
/// only when no block has that text any more, so that blocks an author adds or
/// removes above it (the course changed since) do not move the place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// Index of the block in the item's rendered text, from 0.
    pub block: usize,
    /// Wrapped line within the block, from 0.
    pub line: usize,
    /// [`text_hash`](super::text_hash) of the block's text when the place was
    /// taken. Optional in the state file (absent from files written before it
    /// existed, which then resume by `block` alone, as they did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<u32>,
}

/// One recorded response in an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// Question id.
    pub question: String,
    /// What the learner answered.
    pub response: Response,
    /// Whether it was right.
    pub correct: bool,
    /// How many of the question's hints the learner revealed before answering
    /// (absent, so 0, in state files written before hints could cost points).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hints: usize,
    /// The share of the question's points it earned when graded, from 0.0 to
    /// 1.0 (partial credit, a numeric answer's `credit`), kept as it was even if
    /// the course changes later. `None` in state files written before it
    /// existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<f64>,
    /// The question's weight when graded (0 for a practice question). `None`
    /// in state files written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

/// Whether `n` is 0 (so the field is left out of the state file).
fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One finished attempt at a quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Module id.
    pub module: String,
    /// Quiz item id.
    pub quiz: String,
    /// When the attempt started, in seconds since the Unix epoch.
    pub started_at: u64,
    /// When the last answer was submitted, in seconds since the Unix epoch.
    pub finished_at: u64,
    /// Points earned and possible.
    pub score: Score,
    /// The pass mark in force, in percent.
    pub pass_mark: u32,
    /// Whether the score reached the pass mark.
    pub passed: bool,
    /// Every answer given, in the order the questions were asked (which differs
    /// from the quiz's order when it shuffles its questions).
    pub answers: Vec<AnswerRecord>,
    /// The order in which each shuffled question's items were shown (ordering
    /// items, matching right sides, shuffled choices), by question id, as indices
    /// into them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub orders: BTreeMap<String, Vec<usize>>,
    /// A practice retake of only the questions got wrong: it never counts toward
    /// the best score or a pass.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub practice: bool,
    /// What tells this attempt from every other one when two instances' states
    /// are merged ([`Attempt::new_id`]), so that two attempts finished in the
    /// same second by two instances are both kept. `None` in state files
    /// written before it existed: such attempts are told apart by module, quiz,
    /// start and finish time, as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Attempt {
    /// A new attempt id: the finish time `now` (seconds since the Unix epoch) and
    /// 64 random bits, in hexadecimal (`"6571a2c4-9f1e03b2c47d5a18"`). Two
    /// instances finishing in the same second still get different ids, unless
    /// their random bits collide (one chance in 2^64).
    pub fn new_id(now: u64) -> String {
        format!("{now:x}-{:016x}", fastrand::u64(..))
    }
}

/// The learner's progress in one course.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CourseProgress {
    /// Where the learner was when they last left.
    #[serde(default)]
    pub position: Option<Position>,
    /// Items read to their end, keyed `module-id/item-id`, with the time in seconds
    /// since the Unix epoch when they were first read to the end.
    #[serde(default)]
    pub read: BTreeMap<String, u64>,
    /// Every finished quiz attempt, oldest first.
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    /// Quiz attempts started and not finished, keyed `module-id/quiz-id`, so that
    /// quitting mid-quiz loses nothing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub open_attempts: BTreeMap<String, OpenAttempt>,
    /// The review queue: a card per question answered wrongly, keyed
    /// `module-id/quiz-id/question-id` (see [`super::review`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub review: BTreeMap<String, super::review::Card>,
    /// Places the learner marked, in the order marked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bookmarks: Vec<Bookmark>,
    /// The learner's notes, keyed `module-id/item-id`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, Note>,
    /// Seconds spent on each item while amphi was focused and in use, keyed
    /// `module-id/item-id` (see [`crate::app::reading`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seconds: BTreeMap<String, u64>,
    /// The content hash ([`crate::progress::content_hash`]) of each item when it
    /// was read to its end or its quiz passed, keyed `module-id/item-id`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hashes: BTreeMap<String, String>,
    /// The language tag of the edition the learner last chose with `E`
    /// ([`crate::app::Action::SwitchEdition`]), such as `fr`, or the original's
    /// own (`en`): it opens next time, before the config file's language and
    /// the locale's (only `--lang` on that run wins). Empty until the learner
    /// switches, and in state files written before it existed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub edition: String,
    /// Fields this amphi does not know (written by a later version of the same
    /// format), kept as they are and written back.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// A place the learner marked to come back to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Module id.
    pub module: String,
    /// Item id within the module.
    pub item: String,
    /// The first line shown when it was marked.
    #[serde(default)]
    pub anchor: Anchor,
    /// What the bookmarks list shows: the item title and the first words of the line.
    #[serde(default)]
    pub label: String,
    /// When it was marked, in seconds since the Unix epoch.
    #[serde(default)]
    pub created_at: u64,
}

/// The learner's note on one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The text as typed, lines separated by `\n`.
    pub text: String,
    /// When it was last saved, in seconds since the Unix epoch.
    #[serde(default)]
    pub updated_at: u64,
}

/// A quiz attempt in progress, keyed by question ids so that it survives edits
/// to the quiz (answers to removed questions are dropped on resume).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAttempt {
    /// When the attempt started, in seconds since the Unix epoch.
    pub started_at: u64,
    /// The id of the question shown when the learner left.
    pub current: String,
    /// The responses submitted so far, by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, Response>,
    /// The order in which each ordering question's items were shown, by question id
    /// (indices into its items), so a resumed attempt shows the same order.
    #[serde(default)]
    pub orders: BTreeMap<String, Vec<usize>>,
    /// For a practice retake, the ids of the questions it asks; empty for a full
    /// attempt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<String>,
    /// How many hints the learner revealed, by question id (questions without a
    /// hint revealed are left out), so that a resumed attempt shows them again
    /// and charges them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hints: BTreeMap<String, usize>,
}

/// The key under which an item's progress is stored: `module-id/item-id`.
pub fn item_key(module: &str, item: &str) -> String {
    format!("{module}/{item}")
}

/// How far a module or course is: items done out of items in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    /// Lessons and interviews read to the end, and quizzes passed.
    pub done: usize,
    /// All items.
    pub total: usize,
}

/// How a module's end-of-module quiz went: success, kept apart from completion
/// (everything read) as SCORM 2004 does, so a module can be read and not yet
/// passed, or passed and not fully read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Success {
    /// The module has no quiz.
    NoQuiz,
    /// No full attempt yet.
    NotAttempted,
    /// A full attempt reached the pass mark. Scores in percent, as shown to
    /// people ([`crate::quiz::Score::percent_shown`] against each attempt's pass
    /// mark), without the `%` sign.
    Passed {
        /// The best full attempt's score.
        best: String,
        /// The latest full attempt's score.
        last: String,
    },
    /// Full attempts, none passed. Scores in percent as in [`Success::Passed`].
    Failed {
        /// The best full attempt's score.
        best: String,
        /// The latest full attempt's score.
        last: String,
    },
}

impl Completion {
    /// Done items as a whole percentage of all items, rounded down (100 when there
    /// are no items).
    pub fn percent(self) -> u32 {
        (self.done * 100)
            .checked_div(self.total)
            .map_or(100, |p| p as u32)
    }
}

impl CourseProgress {
    /// Whether the item was read to its end.
    pub fn is_read(&self, module: &str, item: &str) -> bool {
        self.read.contains_key(&item_key(module, item))
    }

    /// Records that the item was read to its end at `now` (seconds since the Unix
    /// epoch). Returns whether this is new.
    pub fn mark_read(&mut self, module: &str, item: &str, now: u64) -> bool {
        let key = item_key(module, item);
        if self.read.contains_key(&key) {
            return false;
        }
        self.read.insert(key, now);
        true
    }

    /// Whether the item was read or passed when its content hash was something
    /// other than `hash` (so it changed since). False when no hash was stored.
    pub fn changed_since(&self, module: &str, item: &str, hash: &str) -> bool {
        self.hashes
            .get(&item_key(module, item))
            .is_some_and(|h| h != hash)
    }

    /// The attempts at one quiz, oldest first.
    pub fn attempts_at<'a>(
        &'a self,
        module: &'a str,
        quiz: &'a str,
    ) -> impl Iterator<Item = &'a Attempt> + 'a {
        self.attempts
            .iter()
            .filter(move |a| a.module == module && a.quiz == quiz)
    }

    /// The best full (not practice) attempt at one quiz: the highest share of its
    /// maximum (the latest of equal ones).
    pub fn best_attempt(&self, module: &str, quiz: &str) -> Option<&Attempt> {
        self.attempts
            .iter()
            .filter(|a| a.module == module && a.quiz == quiz && !a.practice)
            .max_by(|a, b| a.score.exact_percent().total_cmp(&b.score.exact_percent()))
    }

    /// The best score, in whole percent rounded to the nearest
    /// ([`crate::quiz::Score::percent`]), of all full (not practice) attempts at
    /// one quiz.
    pub fn best_percent(&self, module: &str, quiz: &str) -> Option<u32> {
        self.best_attempt(module, quiz).map(|a| a.score.percent())
    }

    /// The best score of all full attempts at one quiz, in percent as shown to
    /// people beside a pass or fail ([`crate::quiz::Score::percent_shown`]
    /// against that attempt's pass mark: `68`, or `69.9` below a pass mark of
    /// 70), without the `%` sign.
    pub fn best_shown(&self, module: &str, quiz: &str) -> Option<String> {
        self.best_attempt(module, quiz)
            .map(|a| a.score.percent_shown(a.pass_mark))
    }

    /// Whether any full (not practice) attempt at the quiz passed.
    pub fn quiz_passed(&self, module: &str, quiz: &str) -> bool {
        self.attempts_at(module, quiz)
            .any(|a| a.passed && !a.practice)
    }

    /// Whether an item is done: a lesson or interview read to its end, a quiz passed.
    pub fn item_done(&self, module: &Module, item: &Item) -> bool {
        match item {
            Item::Quiz(q) => self.quiz_passed(&module.id, &q.id),
            other => self.is_read(&module.id, other.id()),
        }
    }

    /// What comes next for a learner on item `at` (module index, item index) of
    /// `course`, as the "where you were" card says it: `at` itself when it is not
    /// done yet; otherwise the first item not done (see [`Self::item_done`]) in
    /// course order from the first item of `at`'s module on (so an unread lesson
    /// above a passed quiz comes before the next module), then in the modules
    /// before it. `None` when every item is done.
    pub fn up_next(&self, course: &Course, at: (usize, usize)) -> Option<(usize, usize)> {
        let (mi, ii) = at;
        if let Some(module) = course.modules.get(mi)
            && let Some(item) = module.items.get(ii)
            && !self.item_done(module, item)
        {
            return Some(at);
        }
        let not_done =
            |&(_, _, module, item): &(usize, usize, &Module, &Item)| !self.item_done(module, item);
        let from_module = course.items().filter(|&(m, ..)| m >= mi).find(not_done);
        from_module
            .or_else(|| course.items().filter(|&(m, ..)| m < mi).find(not_done))
            .map(|(m, i, ..)| (m, i))
    }

    /// Whether a module is complete: every lesson and interview read to its end and
    /// its end-of-module quiz (its last quiz) passed. Earlier quizzes are practice.
    pub fn module_complete(&self, module: &Module) -> bool {
        let reading_done = module
            .items
            .iter()
            .filter(|i| !matches!(i, Item::Quiz(_)))
            .all(|i| self.is_read(&module.id, i.id()));
        let quiz_done = module
            .final_quiz()
            .is_none_or(|(_, q)| self.quiz_passed(&module.id, &q.id));
        reading_done && quiz_done
    }

    /// The module's completion in the SCORM sense: its lessons and interviews read
    /// to their end, out of all of them (quizzes are not counted here; see
    /// [`Self::module_success`]).
    pub fn module_reading(&self, module: &Module) -> Completion {
        let reading = || module.items.iter().filter(|i| !matches!(i, Item::Quiz(_)));
        Completion {
            done: reading()
                .filter(|i| self.is_read(&module.id, i.id()))
                .count(),
            total: reading().count(),
        }
    }

    /// The module's success in the SCORM sense: how its end-of-module quiz went,
    /// from full (not practice) attempts.
    pub fn module_success(&self, module: &Module) -> Success {
        let Some((_, quiz)) = module.final_quiz() else {
            return Success::NoQuiz;
        };
        let full = || {
            self.attempts_at(&module.id, &quiz.id)
                .filter(|a| !a.practice)
        };
        let (Some(best), Some(last)) = (
            self.best_shown(&module.id, &quiz.id),
            full().last().map(|a| a.score.percent_shown(a.pass_mark)),
        ) else {
            return Success::NotAttempted;
        };
        if self.quiz_passed(&module.id, &quiz.id) {
            Success::Passed { best, last }
        } else {
            Success::Failed { best, last }
        }
    }

    /// Items done in one module.
    pub fn module_completion(&self, module: &Module) -> Completion {
        Completion {
            done: module
                .items
                .iter()
                .filter(|i| self.item_done(module, i))
                .count(),
            total: module.items.len(),
        }
    }

    /// Items done in the whole course.
    pub fn course_completion(&self, course: &Course) -> Completion {
        course
            .modules
            .iter()
            .map(|m| self.module_completion(m))
            .fold(Completion { done: 0, total: 0 }, |a, b| Completion {
                done: a.done + b.done,
                total: a.total + b.total,
            })
    }

    /// The position to open, made valid for `course`: the saved item if it still
    /// exists; else the first item of the saved module; else the first item of the
    /// course. `None` only for a course with no items.
    pub fn resume_at(&self, course: &Course) -> Option<(usize, usize, Anchor)> {
        let first = course
            .modules
            .iter()
            .enumerate()
            .find(|(_, m)| !m.items.is_empty())
            .map(|(mi, _)| (mi, 0, Anchor::default()));
        let Some(pos) = &self.position else {
            return first;
        };
        let Some(mi) = course.module_index(&pos.module) else {
            return first;
        };
        let module = &course.modules[mi];
        match module.items.iter().position(|i| i.id() == pos.item) {
            Some(ii) => Some((mi, ii, pos.anchor)),
            None if !module.items.is_empty() => Some((mi, 0, Anchor::default())),
            None => first,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{Lesson, Quiz};

    fn lesson(id: &str) -> Item {
        Item::Lesson(Lesson {
            id: id.into(),
            title: id.into(),
            body: "x".into(),
            body_file: None,
            files: Vec::new(),
        })
    }

    fn course() -> Course {
        let quiz = Item::Quiz(Quiz {
            id: "quiz".into(),
            scoring: Default::default(),
            max_attempts: None,
            show_answers: Default::default(),
            shuffle: false,
            title: "Quiz".into(),
            pass_mark: 50,
            questions: vec![],
            groups: Vec::new(),
            files: Vec::new(),
        });
        Course {
            info: crate::course::CourseInfo {
                id: "c".into(),
                title: "C".into(),
                subtitle: String::new(),
                language: String::new(),
                authors: vec![],
                version: String::new(),
                description: String::new(),
                source: None,
                modules: vec![],
                editions: Vec::new(),
                edition_of: None,
            },
            modules: vec![
                Module {
                    id: "m1".into(),
                    title: "M1".into(),
                    summary: String::new(),
                    items: vec![lesson("a"), lesson("b"), quiz],
                    sections: Vec::new(),
                    objectives: Vec::new(),
                    file: String::new(),
                },
                Module {
                    id: "m2".into(),
                    title: "M2".into(),
                    summary: String::new(),
                    items: vec![lesson("c")],
                    sections: Vec::new(),
                    objectives: Vec::new(),
                    file: String::new(),
                },
            ],
            glossary: vec![],
        }
    }

    fn attempt(passed: bool, points: u32) -> Attempt {
        Attempt {
            module: "m1".into(),
            quiz: "quiz".into(),
            started_at: 1,
            finished_at: 2,
            score: Score {
                points: f64::from(points),
                max: 4.0,
            },
            pass_mark: 50,
            passed,
            answers: vec![],
            orders: BTreeMap::new(),
            practice: false,
            id: None,
        }
    }

    #[test]
    fn a_module_is_complete_when_read_and_its_quiz_passed() {
        let c = course();
        let m = &c.modules[0];
        let mut p = CourseProgress::default();
        assert!(p.mark_read("m1", "a", 10));
        assert!(!p.mark_read("m1", "a", 11), "a second read is not new");
        assert_eq!(p.read["m1/a"], 10);
        p.mark_read("m1", "b", 12);
        assert!(!p.module_complete(m), "quiz not passed yet");
        p.attempts.push(attempt(false, 1));
        assert!(!p.module_complete(m));
        p.attempts.push(attempt(true, 3));
        assert!(p.module_complete(m));
        assert_eq!(p.best_percent("m1", "quiz"), Some(75));
        assert_eq!(p.module_completion(m), Completion { done: 3, total: 3 });
        assert_eq!(p.course_completion(&c), Completion { done: 3, total: 4 });
        assert_eq!(p.course_completion(&c).percent(), 75);
    }

    #[test]
    fn completion_and_success_are_kept_apart() {
        let c = course();
        let m = &c.modules[0];
        let mut p = CourseProgress::default();
        assert_eq!(p.module_reading(m), Completion { done: 0, total: 2 });
        assert_eq!(p.module_success(m), Success::NotAttempted);
        assert_eq!(p.module_success(&c.modules[1]), Success::NoQuiz);
        // Passed without reading: success without completion.
        p.attempts.push(attempt(false, 1));
        assert_eq!(
            p.module_success(m),
            Success::Failed {
                best: "25".into(),
                last: "25".into()
            }
        );
        p.attempts.push(attempt(true, 4));
        p.attempts.push(attempt(true, 3));
        assert_eq!(
            p.module_success(m),
            Success::Passed {
                best: "100".into(),
                last: "75".into()
            }
        );
        assert_eq!(p.module_reading(m), Completion { done: 0, total: 2 });
        assert!(!p.module_complete(m));
        // Practice attempts are neither best nor last.
        p.attempts.push(Attempt {
            practice: true,
            ..attempt(false, 0)
        });
        assert_eq!(
            p.module_success(m),
            Success::Passed {
                best: "100".into(),
                last: "75".into()
            }
        );
        // Read everything: completed and passed.
        p.mark_read("m1", "a", 1);
        p.mark_read("m1", "b", 1);
        assert_eq!(p.module_reading(m), Completion { done: 2, total: 2 });
        assert!(p.module_complete(m));
    }

    #[test]
    fn a_best_score_below_the_pass_mark_is_never_shown_at_it() {
        let c = course();
        let m = &c.modules[0];
        let mut p = CourseProgress::default();
        // 2.79 of 4 is 69.75 %: rounds to 70, the pass mark, and failed.
        p.attempts.push(Attempt {
            score: Score {
                points: 2.79,
                max: 4.0,
            },
            pass_mark: 70,
            ..attempt(false, 0)
        });
        assert_eq!(p.best_percent("m1", "quiz"), Some(70));
        assert_eq!(p.best_shown("m1", "quiz").as_deref(), Some("69.8"));
        assert_eq!(
            p.module_success(m),
            Success::Failed {
                best: "69.8".into(),
                last: "69.8".into()
            }
        );
        // 2.7 of 4 is 67.5 %: the usual rounding, 68.
        p.attempts[0].score.points = 2.7;
        assert_eq!(p.best_shown("m1", "quiz").as_deref(), Some("68"));
    }

    #[test]
    fn practice_attempts_never_count_toward_best_or_pass() {
        let c = course();
        let mut p = CourseProgress::default();
        p.mark_read("m1", "a", 1);
        p.mark_read("m1", "b", 1);
        p.attempts.push(attempt(false, 1));
        p.attempts.push(Attempt {
            practice: true,
            ..attempt(true, 4)
        });
        assert_eq!(p.best_percent("m1", "quiz"), Some(25));
        assert!(!p.quiz_passed("m1", "quiz"));
        assert!(!p.module_complete(&c.modules[0]));
    }

    #[test]
    fn passing_the_quiz_without_reading_does_not_complete() {
        let c = course();
        let mut p = CourseProgress::default();
        p.attempts.push(attempt(true, 4));
        assert!(!p.module_complete(&c.modules[0]));
    }

    #[test]
    fn up_next_starts_from_the_current_module_not_the_current_item() {
        let c = course();
        let mut p = CourseProgress::default();
        // On the quiz, not passed: finish it.
        assert_eq!(p.up_next(&c, (0, 2)), Some((0, 2)));
        // Passed with its lessons unread: the module's first unread lesson,
        // not the next module.
        p.attempts.push(attempt(true, 4));
        assert_eq!(p.up_next(&c, (0, 2)), Some((0, 0)));
        p.mark_read("m1", "a", 1);
        assert_eq!(p.up_next(&c, (0, 2)), Some((0, 1)));
        p.mark_read("m1", "b", 1);
        assert_eq!(p.up_next(&c, (0, 2)), Some((1, 0)), "then the next module");
        // From a later module, what is left before it comes after what follows.
        let mut q = CourseProgress::default();
        q.mark_read("m2", "c", 1);
        assert_eq!(
            q.up_next(&c, (1, 0)),
            Some((0, 0)),
            "wraps to earlier modules"
        );
        p.mark_read("m2", "c", 1);
        assert_eq!(p.up_next(&c, (0, 2)), None, "everything done");
        assert_eq!(p.up_next(&c, (9, 9)), None, "an unknown place");
    }

    #[test]
    fn resume_falls_back_to_the_nearest_valid_place() {
        let c = course();
        let mut p = CourseProgress::default();
        assert_eq!(p.resume_at(&c), Some((0, 0, Anchor::default())));
        let anchor = Anchor {
            block: 3,
            line: 1,
            hash: None,
        };
        p.position = Some(Position {
            module: "m1".into(),
            item: "b".into(),
            anchor,
        });
        assert_eq!(p.resume_at(&c), Some((0, 1, anchor)));
        p.position.as_mut().unwrap().item = "gone".into();
        assert_eq!(p.resume_at(&c), Some((0, 0, Anchor::default())));
        p.position = Some(Position {
            module: "m2".into(),
            item: "c".into(),
            anchor,
        });
        assert_eq!(p.resume_at(&c), Some((1, 0, anchor)));
        p.position.as_mut().unwrap().module = "removed".into();
        assert_eq!(p.resume_at(&c), Some((0, 0, Anchor::default())));
    }
}
