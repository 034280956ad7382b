//! `amphi export --xapi`: the learner's progress in a course as xAPI statements
//! (Experience API 1.0.3), for a learning record store.
//!
//! Built from the state file only: lessons and interviews read to their end
//! (`completed`), modules and the course once complete (`completed`), finished
//! quiz attempts (`passed` or `failed`, with the score; practice retakes
//! `completed`), and each answer of an attempt (`answered`). The shape is
//! documented in `docs/commands.md` (section *`amphi export`*).
//!
//! Each statement has a stable `id`: a name-based UUID (version 5) of the learner,
//! the verb, the activity and the attempt, so that exporting twice gives the same
//! ids and a record store keeps one copy of each. `stored` and `authority` are
//! left to the record store.
//! Only records about modules and items that are still in the course are exported;
//! their ids are checked at load to be letters, digits, `-`, `_` and `.`, which
//! makes the activity ids valid IRIs without escaping.

use serde_json::{Map, Value, json};

use crate::course::{Course, Item, Module, Question, Quiz};
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

/// The key of the result extension of an `answered` statement that says how
/// many of the question's hints the learner revealed (a whole number, left out
/// when none was).
pub const HINTS_EXTENSION: &str = "urn:amphi:extension:hints-used";

/// The key of the context extension that marks a practice retake (`true`).
pub const PRACTICE_EXTENSION: &str = "urn:amphi:extension:practice";

const COURSE_TYPE: &str = "http://adlnet.gov/expapi/activities/course";
const MODULE_TYPE: &str = "http://adlnet.gov/expapi/activities/module";
const LESSON_TYPE: &str = "http://adlnet.gov/expapi/activities/lesson";
/// Videos: the activity type of the xAPI Video Profile (a video read through its
/// transcript is completed like a lesson, so only the type differs).
pub const VIDEO_TYPE: &str = "https://w3id.org/xapi/video/activity-type/video";
const ASSESSMENT_TYPE: &str = "http://adlnet.gov/expapi/activities/assessment";
const INTERACTION_TYPE: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
/// Interview excerpts: no ADL activity type fits a dialogue to read, so amphi
/// names its own.
pub const INTERVIEW_TYPE: &str = "urn:amphi:activitytype:interview";

/// The name of the namespace of statement ids (see [`statement_id`]).
const ID_NAMESPACE: &str = "urn:amphi:xapi:statement";

/// The id of the statement by `actor` with `verb` about activity `object`, in
/// `instance` (the attempt, for a quiz and its answers; empty otherwise): a
/// version 5 UUID of those names, the same on every export.
pub fn statement_id(actor: &str, verb: &str, object: &str, instance: &str) -> String {
    let namespace = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, ID_NAMESPACE.as_bytes());
    // Each part is prefixed with its length, so that no two lists of names run
    // together into the same text.
    let name: String = [actor, verb, object, instance]
        .iter()
        .map(|part| format!("{}:{part}", part.len()))
        .collect();
    uuid::Uuid::new_v5(&namespace, name.as_bytes()).to_string()
}

/// The xAPI statements of `progress` in `course`, oldest first, as a JSON array.
///
/// `actor` names the learner's account (see [`ACCOUNT_HOME`]); like the typed
/// answers, it is sanitised ([`crate::text::sanitize_line`]).
pub fn xapi_statements(course: &Course, progress: &CourseProgress, actor: &str) -> Value {
    let actor = &crate::text::sanitize_line(actor);
    let x = Exporter {
        course,
        actor_name: actor,
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
    actor_name: &'a str,
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
            Item::Interview(_) => INTERVIEW_TYPE,
            Item::Lesson(_) => LESSON_TYPE,
            Item::Video(_) => VIDEO_TYPE,
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
        let object_id = object["id"].as_str().unwrap_or_default();
        let id = statement_id(self.actor_name, verb, object_id, "");
        s.insert("id".into(), Value::String(id));
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
        // The attempt is told apart from the others at the same quiz by its times.
        let instance = format!("attempt:{}-{}", a.started_at, a.finished_at);
        let with_id = |mut s: Value, verb: &str| {
            let object = s["object"]["id"].as_str().unwrap_or_default().to_owned();
            s["id"] = Value::String(statement_id(self.actor_name, verb, &object, &instance));
            s
        };
        let first = self.statement(verb, object, Some(self.module_iri(m)), result, at);
        let mut first = with_id(first, verb);
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
            if let Value::Object(definition) = &mut object["definition"] {
                definition.extend(self.interaction(q));
            }
            let mut result = json!({ "response": response(&answer.response) });
            // An unscored question (a reflection, `long-fill-in`) has no success.
            if crate::quiz::kinds::scored(&q.key) {
                result["success"] = Value::Bool(answer.correct);
            }
            if answer.hints > 0 {
                result["extensions"] = json!({ HINTS_EXTENSION: answer.hints });
            }
            let s = self.statement("answered", object, Some(iri.clone()), result, at);
            let mut s = with_id(s, "answered");
            if a.practice {
                s["context"]["extensions"] = json!({ PRACTICE_EXTENSION: true });
            }
            out.push((at, s));
        }
        out
    }
}

impl Exporter<'_> {
    /// An interaction component list: `[{"id": "1", "description": {LANG: text}}…]`.
    fn components<'t>(&self, texts: impl Iterator<Item = &'t str>) -> Value {
        texts
            .enumerate()
            .map(|(i, text)| json!({ "id": (i + 1).to_string(), "description": { self.lang: text } }))
            .collect()
    }

    /// What the interaction definition of question `q` adds to its name and
    /// type, as the xAPI specification describes interaction activities: the
    /// choices (or the sides of a matching question) and
    /// `correctResponsesPattern`, in the formats of the responses.
    fn interaction(&self, q: &Question) -> Map<String, Value> {
        let mut out = Map::new();
        let mut put = |key: &str, value: Value| {
            out.insert(key.into(), value);
        };
        crate::quiz::kind_of(&q.key, |k| {
            let interaction = k.interaction();
            for (name, texts) in interaction.components {
                put(name, self.components(texts.into_iter()));
            }
            if let Some(pattern) = interaction.pattern {
                put("correctResponsesPattern", json!(pattern));
            }
        });
        out
    }
}

/// The xAPI (SCORM) interaction type of a question.
fn interaction_type(q: &Question) -> &'static str {
    crate::quiz::kind_of(&q.key, |k| k.interaction().kind)
}

/// A response in the xAPI interaction formats (see [`Response::xapi`]).
fn response(r: &Response) -> String {
    r.xapi()
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
    use crate::quiz::kinds::blank_patterns;

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
    fn statement_ids_are_stable_name_based_uuids() {
        let id = statement_id("ada", "completed", "urn:amphi:course:c", "");
        assert_eq!(
            id,
            statement_id("ada", "completed", "urn:amphi:course:c", "")
        );
        let parsed = uuid::Uuid::parse_str(&id).unwrap();
        assert_eq!(parsed.get_version_num(), 5);
        for other in [
            statement_id("bob", "completed", "urn:amphi:course:c", ""),
            statement_id("ada", "passed", "urn:amphi:course:c", ""),
            statement_id("ada", "completed", "urn:amphi:course:d", ""),
            statement_id("ada", "completed", "urn:amphi:course:c", "attempt:1-2"),
            statement_id("ad", "acompleted", "urn:amphi:course:c", ""),
        ] {
            assert_ne!(id, other);
        }
    }

    /// The bundled course with its first interview read and an attempt at the
    /// first module's quiz, exported as `ada`.
    /// Statements of an attempt at `tests/fixtures/valid/every-option` (every
    /// question kind; its texts are made for tests and do not change with the
    /// bundled course), and a read interview.
    fn fixture_statements() -> Vec<Value> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid/every-option");
        let course = crate::course::load_dir(&dir).unwrap();
        let progress: CourseProgress = serde_json::from_value(json!({
            "read": { "mod-a/talk": 1_767_225_600 },
            "attempts": [{
                "module": "mod-a", "quiz": "quiz-each",
                "started_at": 1_767_226_000, "finished_at": 1_767_226_100,
                "score": {"points": 1, "max": 2}, "pass_mark": 60, "passed": false,
                "answers": [
                    {"question": "q-single", "response": {"choice": 2}, "correct": true},
                    {"question": "q-multiple", "response": {"choices": [0, 2]}, "correct": false},
                    {"question": "q-short", "response": {"text": "short one"}, "correct": true},
                    {"question": "q-ordering", "response": {"order": [0, 1, 2]}, "correct": true}
                ]
            }]
        }))
        .unwrap();
        match xapi_statements(&course, &progress, "ada") {
            Value::Array(all) => all,
            other => panic!("an array: {other}"),
        }
    }

    #[test]
    fn each_statement_has_a_stable_unique_id() {
        let first = fixture_statements();
        let ids: Vec<&str> = first.iter().map(|s| s["id"].as_str().unwrap()).collect();
        let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert_eq!(first, fixture_statements(), "the same on a second export");
    }

    #[test]
    fn interactions_say_their_choices_and_right_answers() {
        let all = fixture_statements();
        let question = |id: &str| {
            all.iter()
                .find(|s| {
                    s["object"]["id"]
                        .as_str()
                        .is_some_and(|o| o.ends_with(&format!("/question/{id}")))
                })
                .map(|s| &s["object"]["definition"])
                .unwrap_or_else(|| panic!("question {id}"))
        };
        let single = question("q-single");
        assert_eq!(single["interactionType"], "choice");
        assert_eq!(single["correctResponsesPattern"], json!(["3"]));
        assert_eq!(single["choices"][1]["id"], "2");
        assert_eq!(single["choices"][1]["description"]["fr"], "s2");
        assert_eq!(single["choices"].as_array().unwrap().len(), 3);
        let multiple = question("q-multiple");
        assert_eq!(multiple["correctResponsesPattern"], json!(["2[,]4"]));
        assert_eq!(multiple["choices"].as_array().unwrap().len(), 4);
        let short = question("q-short");
        assert_eq!(short["interactionType"], "fill-in");
        assert_eq!(
            short["correctResponsesPattern"][0],
            "{case_matters=false}short one"
        );
        let ordering = question("q-ordering");
        assert_eq!(ordering["interactionType"], "sequencing");
        assert_eq!(ordering["correctResponsesPattern"], json!(["1[,]2[,]3"]));
        assert_eq!(ordering["choices"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn interviews_have_their_own_activity_type() {
        let all = fixture_statements();
        let interview = all
            .iter()
            .find(|s| s["object"]["id"].as_str().unwrap().ends_with("/talk"))
            .unwrap();
        assert_eq!(interview["object"]["definition"]["type"], INTERVIEW_TYPE);
    }

    #[test]
    fn blanks_list_every_combination_of_answers() {
        let blanks = vec![vec!["a".into(), "b".into()], vec!["c".into()]];
        assert_eq!(
            blank_patterns(&blanks).unwrap(),
            ["{case_matters=false}a[,]c", "{case_matters=false}b[,]c"]
        );
        assert_eq!(blank_patterns(&[vec![]]), None);
        let many: Vec<Vec<String>> = (0..6).map(|_| vec!["x".into(), "y".into()]).collect();
        assert_eq!(blank_patterns(&many), None, "64 combinations");
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
