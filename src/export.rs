//! `amphi export --xapi`: the learner's progress in a course as xAPI statements
//! (Experience API 1.0.3), for a learning record store.
//!
//! Built from the state file only: lessons and interviews read to their end
//! (`completed`), modules and the course once complete (`completed`), finished
//! quiz attempts (`passed` or `failed`, with the score; practice retakes
//! `completed`), and each answer of an attempt (`answered`). The shape is
//! documented in `docs/commands.md` (section *`amphi export`*).
//!
//! Statements carry no `id`, `stored` or `authority`: a record store assigns them.
//! Only records about modules and items that are still in the course are exported;
//! their ids are checked at load to be letters, digits, `-`, `_` and `.`, which
//! makes the activity ids valid IRIs without escaping.

use serde_json::{Map, Value, json};

use crate::course::{AnswerKey, Course, Item, Module, Question, Quiz};
use crate::progress::{Attempt, CourseProgress, item_key};
use crate::quiz::Response;

/// The ADL verbs used, as (short name, IRI).
pub const VERBS: [(&str, &str); 4] = [
    ("completed", "http://adlnet.gov/expapi/verbs/completed"),
    ("passed", "http://adlnet.gov/expapi/verbs/passed"),
    ("failed", "http://adlnet.gov/expapi/verbs/failed"),
    ("answered", "http://adlnet.gov/expapi/verbs/answered"),
];

/// The `homePage` of the learner's account: amphi has no server, so the account
/// is named within amphi.
pub const ACCOUNT_HOME: &str = "urn:amphi";

/// The key of the context extension that marks a practice retake (`true`).
pub const PRACTICE_EXTENSION: &str = "urn:amphi:extension:practice";

const COURSE_TYPE: &str = "http://adlnet.gov/expapi/activities/course";
const MODULE_TYPE: &str = "http://adlnet.gov/expapi/activities/module";
const LESSON_TYPE: &str = "http://adlnet.gov/expapi/activities/lesson";
const ASSESSMENT_TYPE: &str = "http://adlnet.gov/expapi/activities/assessment";
const INTERACTION_TYPE: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// The xAPI statements of `progress` in `course`, oldest first, as a JSON array.
///
/// `actor` names the learner's account (see [`ACCOUNT_HOME`]).
pub fn xapi_statements(course: &Course, progress: &CourseProgress, actor: &str) -> Value {
    let x = Exporter {
        course,
        lang: if course.info.language.trim().is_empty() {
            "und"
        } else {
            course.info.language.trim()
        },
        actor: json!({
            "objectType": "Agent",
            "name": actor,
            "account": { "homePage": ACCOUNT_HOME, "name": actor },
        }),
    };
    // (timestamp in seconds, statement): sorted by time, and in course order
    // within the same second (the sort is stable).
    let mut out: Vec<(u64, Value)> = Vec::new();
    let mut course_done = !course.modules.is_empty();
    let mut course_last = 0;
    for module in &course.modules {
        let mut last = 0;
        for item in &module.items {
            let key = item_key(&module.id, item.id());
            match item {
                Item::Quiz(quiz) => {
                    for a in progress.attempts_at(&module.id, &quiz.id) {
                        if !a.practice && a.passed {
                            last = last.max(a.finished_at);
                        }
                        out.extend(x.attempt(module, quiz, a));
                    }
                }
                other => {
                    if let Some(&at) = progress.read.get(&key) {
                        last = last.max(at);
                        let result = json!({ "completion": true });
                        let object = x.item(module, other);
                        let parent = Some(x.module_iri(module));
                        out.push((at, x.statement("completed", object, parent, result, at)));
                    }
                }
            }
        }
        course_last = course_last.max(last);
        if progress.module_complete(module) && !module.items.is_empty() {
            let result = json!({ "completion": true });
            let object = x.module(module);
            out.push((last, x.statement("completed", object, None, result, last)));
        } else {
            course_done = false;
        }
    }
    if course_done {
        let result = json!({ "completion": true });
        out.push((
            course_last,
            x.statement("completed", x.course(), None, result, course_last),
        ));
    }
    out.sort_by_key(|(at, _)| *at);
    Value::Array(out.into_iter().map(|(_, s)| s).collect())
}

struct Exporter<'a> {
    course: &'a Course,
    lang: &'a str,
    actor: Value,
}

impl Exporter<'_> {
    fn course_iri(&self) -> String {
        format!("urn:amphi:course:{}", self.course.info.id)
    }

    fn module_iri(&self, m: &Module) -> String {
        format!("{}/module/{}", self.course_iri(), m.id)
    }

    fn item_iri(&self, m: &Module, id: &str) -> String {
        format!("{}/item/{id}", self.module_iri(m))
    }

    fn activity(&self, id: String, name: &str, kind: &str) -> Value {
        json!({
            "objectType": "Activity",
            "id": id,
            "definition": { "name": { self.lang: name }, "type": kind },
        })
    }

    fn course(&self) -> Value {
        self.activity(self.course_iri(), &self.course.info.title, COURSE_TYPE)
    }

    fn module(&self, m: &Module) -> Value {
        self.activity(self.module_iri(m), &m.title, MODULE_TYPE)
    }

    fn item(&self, m: &Module, item: &Item) -> Value {
        let kind = match item {
            Item::Quiz(_) => ASSESSMENT_TYPE,
            _ => LESSON_TYPE,
        };
        self.activity(self.item_iri(m, item.id()), item.title(), kind)
    }

    /// A statement about `object`, whose context names `parent` (the module of an
    /// item, the quiz of a question) and the course as grouping.
    fn statement(
        &self,
        verb: &str,
        object: Value,
        parent: Option<String>,
        result: Value,
        at: u64,
    ) -> Value {
        let iri = VERBS
            .iter()
            .find(|(v, _)| *v == verb)
            .map_or("", |(_, iri)| *iri);
        let mut context = json!({ "platform": "amphi", "language": self.lang });
        if object["id"] != self.course_iri() {
            let activity = |id| json!([{ "objectType": "Activity", "id": id }]);
            context["contextActivities"] = json!({ "grouping": activity(self.course_iri()) });
            if let Some(p) = parent {
                context["contextActivities"]["parent"] = activity(p);
            }
        }
        let mut s = Map::new();
        s.insert("actor".into(), self.actor.clone());
        s.insert(
            "verb".into(),
            json!({ "id": iri, "display": { "en-US": verb } }),
        );
        s.insert("object".into(), object);
        if result.as_object().is_some_and(|r| !r.is_empty()) {
            s.insert("result".into(), result);
        }
        s.insert("context".into(), context);
        // xAPI's timestamp is optional: a time out of range is left out.
        if let Some(at) = timestamp(at) {
            s.insert("timestamp".into(), Value::String(at));
        }
        Value::Object(s)
    }

    /// The statement of a finished attempt, then one per answer.
    fn attempt(&self, m: &Module, quiz: &Quiz, a: &Attempt) -> Vec<(u64, Value)> {
        let at = a.finished_at;
        let mut result = json!({
            "completion": true,
            "duration": duration(a.finished_at.saturating_sub(a.started_at)),
        });
        if a.score.max > 0.0 && a.score.points.is_finite() {
            result["score"] = json!({
                "scaled": (a.score.points / a.score.max).clamp(0.0, 1.0),
                "raw": a.score.points,
                "min": 0.0,
                "max": a.score.max,
            });
        }
        let verb = if a.practice {
            "completed"
        } else {
            result["success"] = Value::Bool(a.passed);
            if a.passed { "passed" } else { "failed" }
        };
        let iri = self.item_iri(m, &quiz.id);
        let object = self.activity(iri.clone(), &quiz.title, ASSESSMENT_TYPE);
        let mut first = self.statement(verb, object, Some(self.module_iri(m)), result, at);
        if a.practice {
            first["context"]["extensions"] = json!({ PRACTICE_EXTENSION: true });
        }
        let mut out = vec![(at, first)];
        for answer in &a.answers {
            let Some(q) = quiz.questions.iter().find(|q| q.id == answer.question) else {
                continue;
            };
            let mut object = self.activity(
                format!("{iri}/question/{}", q.id),
                &q.prompt,
                INTERACTION_TYPE,
            );
            object["definition"]["interactionType"] = Value::String(interaction_type(q).into());
            let result = json!({
                "success": answer.correct,
                "response": response(&answer.response),
            });
            let mut s = self.statement("answered", object, Some(iri.clone()), result, at);
            if a.practice {
                s["context"]["extensions"] = json!({ PRACTICE_EXTENSION: true });
            }
            out.push((at, s));
        }
        out
    }
}

/// The xAPI (SCORM) interaction type of a question.
fn interaction_type(q: &Question) -> &'static str {
    match q.key {
        AnswerKey::SingleChoice { .. } | AnswerKey::MultipleChoice { .. } => "choice",
        AnswerKey::TrueFalse { .. } => "true-false",
        AnswerKey::ShortAnswer { .. } | AnswerKey::FillBlanks { .. } => "fill-in",
        AnswerKey::Ordering { .. } => "sequencing",
        AnswerKey::Matching { .. } => "matching",
        AnswerKey::Numeric { .. } => "numeric",
    }
}

/// A response in the xAPI interaction formats: choices and items by their
/// number from 1, lists joined with `[,]`, matched pairs as `left[.]right`.
fn response(r: &Response) -> String {
    let list = |v: Vec<String>| v.join("[,]");
    match r {
        Response::Choice(i) => (i + 1).to_string(),
        Response::Choices(set) => list(set.iter().map(|i| (i + 1).to_string()).collect()),
        Response::Bool(b) => b.to_string(),
        Response::Text(t) => t.clone(),
        Response::Order(order) => list(order.iter().map(|i| (i + 1).to_string()).collect()),
        Response::Pairs(pairs) => list(
            pairs
                .iter()
                .enumerate()
                .filter_map(|(l, r)| r.map(|r| format!("{}[.]{}", l + 1, r + 1)))
                .collect(),
        ),
        Response::Blanks(blanks) => list(blanks.clone()),
    }
}

/// Seconds since the Unix epoch as an ISO 8601 timestamp in UTC,
/// `2026-11-29T22:02:48Z`; `None` after [`crate::text::MAX_SHOWN_TIME`].
pub fn timestamp(seconds: u64) -> Option<String> {
    crate::text::rfc3339(seconds)
}

/// Seconds as an ISO 8601 duration, `PT1H2M3S` (`PT0S` for none).
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out += &format!("{h}H");
    }
    if m > 0 {
        out += &format!("{m}M");
    }
    if s > 0 || seconds == 0 {
        out += &format!("{s}S");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(duration(0), "PT0S");
        assert_eq!(duration(59), "PT59S");
        assert_eq!(duration(3600), "PT1H");
        assert_eq!(duration(3723), "PT1H2M3S");
        assert_eq!(duration(120), "PT2M");
    }

    #[test]
    fn timestamps_are_utc() {
        assert_eq!(timestamp(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_700_000_000).unwrap(), "2023-11-14T22:13:20Z");
        assert_eq!(timestamp(u64::MAX), None);
    }

    #[test]
    fn responses_use_the_interaction_formats() {
        assert_eq!(response(&Response::Choice(1)), "2");
        assert_eq!(response(&Response::Choices([0, 2].into())), "1[,]3");
        assert_eq!(response(&Response::Order(vec![2, 0, 1])), "3[,]1[,]2");
        assert_eq!(
            response(&Response::Pairs(vec![Some(1), None, Some(0)])),
            "1[.]2[,]3[.]1"
        );
    }
}
