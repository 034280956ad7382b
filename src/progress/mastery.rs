//! Mastery of learning objectives: for each objective a module declares, how many
//! of the questions that name it were answered right on the latest full attempt
//! of their quiz.
//!
//! Practice attempts (retakes of the wrong ones) do not count: they ask only some
//! questions. A question counts as attempted when the latest full attempt of its
//! quiz holds an answer to it, and as right when that answer was wholly right
//! (a partly right answer counts as not right).

use crate::course::{Course, Item, Objective};
use crate::i18n::typography::count;
use crate::i18n::{Arg, Language, tr};

use super::CourseProgress;

/// How far one objective is mastered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectiveMastery {
    /// The objective, as declared.
    pub objective: Objective,
    /// Questions of the course that name the objective.
    pub questions: usize,
    /// Of those, the ones answered on the latest full attempt of their quiz.
    pub attempted: usize,
    /// Of those, the ones answered wholly right.
    pub right: usize,
}

impl ObjectiveMastery {
    /// Right answers as a whole percentage of attempted questions, rounded to
    /// the nearest (halves up: 2 of 3 is 67 %); `None` when none was attempted.
    pub fn percent(&self) -> Option<u32> {
        (self.right * 200 + self.attempted)
            .checked_div(self.attempted * 2)
            .map(|p| p as u32)
    }

    /// What the learner got, in English words: `3 of 4 right, 75 %`, with any
    /// questions not attempted yet; `not attempted yet (2 questions)` before
    /// any attempt.
    pub fn summary(&self) -> String {
        self.summary_in(Language::En)
    }

    /// [`Self::summary`] in `lang`.
    pub fn summary_in(&self, lang: Language) -> String {
        if self.questions == 0 {
            return tr(lang, "mastery-untested", &[]);
        }
        if self.attempted == 0 {
            return tr(
                lang,
                "mastery-not-attempted",
                &[("questions", count(lang, self.questions))],
            );
        }
        let mut s = tr(
            lang,
            "mastery-score",
            &[
                ("right", count(lang, self.right)),
                ("attempted", count(lang, self.attempted)),
                ("percent", Arg::from(self.percent().unwrap_or(0))),
            ],
        );
        let left = self.questions - self.attempted;
        if left > 0 {
            s.push(' ');
            s.push_str(&tr(lang, "mastery-left", &[("left", count(lang, left))]));
        }
        s
    }
}

/// The mastery of every objective of `course` as text, one module after
/// another: the module's number and title, then each objective's title and
/// [`ObjectiveMastery::summary`], indented.
///
/// # Errors
/// Any error writing to `out`.
pub fn write_mastery(
    course: &Course,
    progress: &CourseProgress,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    write_mastery_in(Language::En, course, progress, out)
}

/// [`write_mastery`] in `lang`.
///
/// # Errors
/// Any error writing to `out`.
pub fn write_mastery_in(
    lang: Language,
    course: &Course,
    progress: &CourseProgress,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let all = mastery(course, progress);
    let title = [("title", Arg::from(&course.info.title))];
    if all.is_empty() {
        return writeln!(out, "{}", tr(lang, "cli-mastery-none", &title));
    }
    writeln!(out, "{}", tr(lang, "cli-mastery-title", &title))?;
    for m in &all {
        writeln!(out)?;
        writeln!(out, "{}. {}", m.module + 1, course.modules[m.module].title)?;
        for o in &m.objectives {
            writeln!(out, "  {}", o.objective.title)?;
            writeln!(out, "    {}", o.summary_in(lang))?;
        }
    }
    Ok(())
}

/// The objectives of one module, in the order it declares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleMastery {
    /// Index of the module in the course.
    pub module: usize,
    /// Its objectives (never empty: modules without objectives are left out).
    pub objectives: Vec<ObjectiveMastery>,
}

/// The mastery of every objective of `course`, grouped by the module declaring
/// it, in course order.
pub fn mastery(course: &Course, progress: &CourseProgress) -> Vec<ModuleMastery> {
    let mut out: Vec<ModuleMastery> = course
        .modules
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.objectives.is_empty())
        .map(|(mi, m)| ModuleMastery {
            module: mi,
            objectives: m
                .objectives
                .iter()
                .map(|o| ObjectiveMastery {
                    objective: o.clone(),
                    questions: 0,
                    attempted: 0,
                    right: 0,
                })
                .collect(),
        })
        .collect();
    // Objective id → (index in `out`, index in its module's objectives).
    let mut index: std::collections::HashMap<&str, (usize, usize)> = Default::default();
    for (mi, m) in out.iter().enumerate() {
        for (oi, o) in m.objectives.iter().enumerate() {
            index.entry(&o.objective.id).or_insert((mi, oi));
        }
    }
    let index: std::collections::HashMap<String, (usize, usize)> =
        index.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    for (_, _, module, item) in course.items() {
        let Item::Quiz(quiz) = item else { continue };
        let latest = progress
            .attempts_at(&module.id, &quiz.id)
            .filter(|a| !a.practice)
            .max_by_key(|a| a.finished_at);
        // A reflection is never scored: it says nothing of mastery.
        for q in quiz
            .questions
            .iter()
            .filter(|q| crate::quiz::kinds::scored(&q.key))
        {
            let answer = latest.and_then(|a| a.answers.iter().find(|r| r.question == q.id));
            // An id listed twice still counts the question once.
            let ids = q
                .objectives
                .iter()
                .enumerate()
                .filter(|&(i, id)| !q.objectives[..i].contains(id));
            for (_, id) in ids {
                if let Some(&(mi, oi)) = index.get(id.as_str()) {
                    let o = &mut out[mi].objectives[oi];
                    o.questions += 1;
                    if let Some(a) = answer {
                        o.attempted += 1;
                        o.right += usize::from(a.correct);
                    }
                }
            }
        }
    }
    out
}
