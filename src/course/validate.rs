//! Semantic checks: what a well-formed YAML file can still get wrong.
//!
//! Every problem is reported, not only the first, each located at the line that
//! holds the offending key where that line can be found.

use std::collections::{HashMap, HashSet};

use super::model::{AnswerKey, Course, Interview, Item, Quiz};
use super::problem::Problem;
use super::yaml::Locator;

/// Checks `course` and returns every problem found.
///
/// `manifest` is `course.yaml` as (name shown to the author, text); `modules` holds
/// the same for each module of `course.modules`, in the same order.
pub fn validate(
    course: &Course,
    manifest: &(String, String),
    modules: &[(String, String)],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let (manifest_name, manifest_src) = manifest;
    let manifest_loc = Locator::new(manifest_src);
    check_id(
        &course.info.id,
        "course",
        manifest_name,
        &manifest_loc,
        1,
        &mut out,
    );
    if course.info.title.trim().is_empty() {
        out.push(
            Problem::new(manifest_name, "the course title is empty")
                .at(manifest_loc.find_key("title", 1)),
        );
    }
    if course.info.modules.is_empty() {
        out.push(
            Problem::new(
                manifest_name,
                "the course is empty: `modules` lists no module file",
            )
            .at(manifest_loc.find_key("modules", 1)),
        );
    }

    let mut module_ids: HashMap<&str, &str> = HashMap::new();
    for (module, (file, src)) in course.modules.iter().zip(modules) {
        let loc = Locator::new(src);
        let module_at = loc.find("id", &module.id, 1);
        check_id(&module.id, "module", file, &loc, 1, &mut out);
        if let Some(first) = module_ids.insert(&module.id, file) {
            out.push(
                Problem::new(
                    file,
                    format!("duplicate module id `{}` (also used in {first})", module.id),
                )
                .at(module_at),
            );
        }
        if module.items.is_empty() {
            out.push(
                Problem::new(file, format!("module `{}` has no items", module.id))
                    .at(loc.find_key("items", 1)),
            );
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut cursor = loc.find_key("items", 1).map_or(1, |(l, _)| l);
        for item in &module.items {
            let id = item.id();
            let count = seen.entry(id).or_insert(0);
            let at = loc.find("id", id, cursor);
            if let Some((line, _)) = at {
                cursor = line + 1;
            }
            if *count > 0 {
                out.push(
                    Problem::new(
                        file,
                        format!("duplicate item id `{id}` in module `{}`", module.id),
                    )
                    .at(at),
                );
            }
            *count += 1;
            check_id(id, "item", file, &loc, cursor.saturating_sub(1), &mut out);
            let start = at.map_or(cursor, |(l, _)| l);
            match item {
                Item::Lesson(lesson) => {
                    if lesson.body.trim().is_empty() && lesson.body_file.is_none() {
                        out.push(
                            Problem::new(
                                file,
                                format!("lesson `{id}` has no text: give `body` or `body_file`"),
                            )
                            .at(at),
                        );
                    }
                }
                Item::Interview(iv) => check_interview(iv, file, &loc, start, &mut out),
                Item::Quiz(quiz) => check_quiz(quiz, file, &loc, start, &mut out),
            }
        }
    }
    out
}

/// Ids are keys in the progress file and appear in messages: keep them simple.
fn check_id(id: &str, what: &str, file: &str, loc: &Locator, from: usize, out: &mut Vec<Problem>) {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !ok {
        out.push(
            Problem::new(
                file,
                format!(
                    "{what} id `{}` must be non-empty and use only letters, digits, `-`, `_` and `.`",
                    id.escape_default()
                ),
            )
            .at(loc.find("id", id, from)),
        );
    }
}

fn check_interview(
    iv: &Interview,
    file: &str,
    loc: &Locator,
    start: usize,
    out: &mut Vec<Problem>,
) {
    let mut ids = HashSet::new();
    for p in &iv.participants {
        if !ids.insert(p.id.as_str()) {
            out.push(
                Problem::new(
                    file,
                    format!(
                        "duplicate participant id `{}` in interview `{}`",
                        p.id, iv.id
                    ),
                )
                .at(loc.find_nth("id", &p.id, start, 1)),
            );
        }
    }
    if iv.turns.is_empty() {
        out.push(
            Problem::new(file, format!("interview `{}` has no turns", iv.id))
                .at(loc.find_key("turns", start)),
        );
    }
    let mut cursor = start;
    for turn in &iv.turns {
        let at = loc.find_key("speaker", cursor);
        if let Some((line, _)) = at {
            cursor = line + 1;
        }
        if iv.participant(&turn.speaker).is_none() {
            let known: Vec<&str> = iv.participants.iter().map(|p| p.id.as_str()).collect();
            out.push(
                Problem::new(
                    file,
                    format!(
                        "unknown speaker `{}` in interview `{}`: expected one of the participant ids ({})",
                        turn.speaker,
                        iv.id,
                        if known.is_empty() { "none declared".to_string() } else { known.join(", ") }
                    ),
                )
                .at(at),
            );
        }
    }
}

fn check_quiz(quiz: &Quiz, file: &str, loc: &Locator, start: usize, out: &mut Vec<Problem>) {
    if quiz.pass_mark > 100 {
        out.push(
            Problem::new(
                file,
                format!(
                    "pass mark {} of quiz `{}` is outside 0–100 (it is a percentage)",
                    quiz.pass_mark, quiz.id
                ),
            )
            .at(loc.find_key("pass_mark", start)),
        );
    }
    if quiz.questions.is_empty() {
        out.push(
            Problem::new(file, format!("quiz `{}` has no questions", quiz.id))
                .at(loc.find_key("questions", start)),
        );
    }
    let mut seen = HashSet::new();
    let mut cursor = start + 1;
    for q in &quiz.questions {
        let at = loc.find("id", &q.id, cursor);
        if let Some((line, _)) = at {
            cursor = line + 1;
        }
        let qstart = at.map_or(cursor, |(l, _)| l);
        let here = |msg: String, key: &str| {
            Problem::new(file, format!("question `{}`: {msg}", q.id))
                .at(loc.find_key(key, qstart).or(at))
        };
        if !seen.insert(q.id.as_str()) {
            out.push(
                Problem::new(
                    file,
                    format!("duplicate question id `{}` in quiz `{}`", q.id, quiz.id),
                )
                .at(at),
            );
        }
        check_id(&q.id, "question", file, loc, qstart, out);
        if q.prompt.trim().is_empty() {
            out.push(here("the prompt is empty".into(), "prompt"));
        }
        match &q.key {
            AnswerKey::SingleChoice { choices, answer } => {
                if choices.len() < 2 {
                    out.push(here("needs at least 2 choices".into(), "choices"));
                }
                if *answer == 0 || *answer > choices.len() {
                    out.push(here(
                        format!(
                            "answer {answer} is out of range: choices are numbered 1 to {}",
                            choices.len()
                        ),
                        "answer",
                    ));
                }
            }
            AnswerKey::MultipleChoice { choices, answers } => {
                if choices.len() < 2 {
                    out.push(here("needs at least 2 choices".into(), "choices"));
                }
                if answers.is_empty() {
                    out.push(here(
                        "has no correct answer: `answers` is empty".into(),
                        "answers",
                    ));
                }
                for a in answers {
                    if *a == 0 || *a > choices.len() {
                        out.push(here(
                            format!(
                                "answer {a} is out of range: choices are numbered 1 to {}",
                                choices.len()
                            ),
                            "answers",
                        ));
                    }
                }
                let unique: HashSet<_> = answers.iter().collect();
                if unique.len() != answers.len() {
                    out.push(here("lists the same answer twice".into(), "answers"));
                }
            }
            AnswerKey::TrueFalse { .. } => {}
            AnswerKey::ShortAnswer { answers } => {
                if answers.iter().all(|a| a.trim().is_empty()) {
                    out.push(here(
                        "has no correct answer: `answers` needs at least one non-empty answer"
                            .into(),
                        "answers",
                    ));
                }
            }
            AnswerKey::Ordering { items } => {
                if items.len() < 2 {
                    out.push(here("needs at least 2 items to order".into(), "items"));
                }
                let unique: HashSet<_> = items.iter().collect();
                if unique.len() != items.len() {
                    out.push(here(
                        "lists the same item twice, so the order is ambiguous".into(),
                        "items",
                    ));
                }
            }
        }
    }
}
