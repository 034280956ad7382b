//! `amphi export --xapi` through the real binary: every statement has the
//! properties xAPI requires (actor, verb, object), activity ids are IRIs built
//! from the course's ids, verbs come from the ADL set, results and timestamps
//! are well formed; and the command's options and errors.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Progress in `tests/fixtures/cli/progress-course` (course `cli-progress`): two
/// lessons and an extra one read, a removed item read, attempts at three quizzes
/// (one with answers, one a practice retake), and another course's progress.
const STATE: &str = r#"{
  "version": 1,
  "courses": {
    "cli-progress": {
      "read": {
        "reading/one": 1767225600,
        "reading/two": 1767225700,
        "extra/only": 1767225800,
        "gone/removed": 1767225900
      },
      "attempts": [
        {"module": "reading", "quiz": "practice", "started_at": 1767226000, "finished_at": 1767226100,
         "score": {"points": 2, "max": 2}, "pass_mark": 50, "passed": true, "answers": []},
        {"module": "reading", "quiz": "final", "started_at": 1767226200, "finished_at": 1767226300,
         "score": {"points": 1, "max": 2}, "pass_mark": 60, "passed": false,
         "answers": [
           {"question": "a", "response": {"bool": true}, "correct": true},
           {"question": "b", "response": {"bool": true}, "correct": false}
         ]},
        {"module": "reading", "quiz": "final", "started_at": 1767226400, "finished_at": 1767230123,
         "score": {"points": 2, "max": 2}, "pass_mark": 60, "passed": true, "answers": []},
        {"module": "reading", "quiz": "final", "started_at": 1767230200, "finished_at": 1767230300,
         "score": {"points": 0, "max": 1}, "pass_mark": 60, "passed": false, "practice": true,
         "answers": [{"question": "b", "response": {"bool": true}, "correct": false}]},
        {"module": "talk", "quiz": "quiz", "started_at": 1767226600, "finished_at": 1767226700,
         "score": {"points": 1, "max": 2}, "pass_mark": 100, "passed": false, "answers": []}
      ]
    },
    "another-course": {
      "read": {"talk/chat": 1767225600}
    }
  }
}"#;

const VERBS: [&str; 4] = [
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/passed",
    "http://adlnet.gov/expapi/verbs/failed",
    "http://adlnet.gov/expapi/verbs/answered",
];

fn course() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/cli/progress-course")
}

/// Runs `amphi --state STATE ARGS` with `USER=tester`.
fn amphi(state: &Path, args: &[&OsStr]) -> Output {
    crate::common::isolated::amphi()
        .arg("--state")
        .arg(state)
        .args(args)
        .env("USER", "tester")
        .env_remove("AMPHI_STATE")
        .output()
        .expect("run amphi")
}

/// The statements exported for [`STATE`] with `args` after `export --xapi`.
fn export(args: &[&str]) -> Vec<Value> {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state.json");
    std::fs::write(&state, STATE).unwrap();
    let mut all: Vec<&OsStr> = vec![OsStr::new("export"), OsStr::new("--xapi")];
    all.extend(args.iter().map(OsStr::new));
    let course = course();
    all.push(course.as_os_str());
    let out = amphi(&state, &all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&state).unwrap(),
        STATE,
        "export only reads"
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    json.as_array().expect("a JSON array").clone()
}

/// Whether `s` is an absolute IRI: a scheme, `:`, and no white space.
fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Checks one statement against the xAPI 1.0.3 requirements amphi's statements
/// must meet, and returns (verb IRI, object id).
fn check_statement(s: &Value, actor: &str) -> (String, String) {
    let obj = s.as_object().expect("a statement is an object");
    for key in obj.keys() {
        assert!(
            [
                "id",
                "actor",
                "verb",
                "object",
                "result",
                "context",
                "timestamp"
            ]
            .contains(&key.as_str()),
            "unexpected property {key}: {s:#}"
        );
    }
    // Id: a UUID, lower-case and hyphenated, as xAPI requires.
    let id = s["id"].as_str().expect("an id");
    let groups: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
    assert!(
        id.chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)),
        "{id}"
    );
    // Actor: an Agent identified by exactly one inverse functional identifier.
    let a = &s["actor"];
    assert_eq!(a["objectType"], "Agent");
    assert_eq!(a["account"]["homePage"], "urn:amphi");
    assert!(is_iri(a["account"]["homePage"].as_str().unwrap()));
    assert_eq!(a["account"]["name"], actor);
    for other in ["mbox", "mbox_sha1sum", "openid"] {
        assert!(a.get(other).is_none(), "one identifier only: {a}");
    }
    // Verb: an IRI from the allowed set, with a display language map.
    let verb = s["verb"]["id"].as_str().expect("verb.id");
    assert!(VERBS.contains(&verb), "{verb}");
    let short = verb.rsplit('/').next().unwrap();
    assert_eq!(s["verb"]["display"]["en-US"], short);
    // Object: an Activity whose id is an IRI under the course.
    let o = &s["object"];
    assert_eq!(o["objectType"], "Activity");
    let id = o["id"].as_str().expect("object.id");
    assert!(is_iri(id), "{id}");
    assert!(id.starts_with("urn:amphi:course:cli-progress"), "{id}");
    let def = &o["definition"];
    assert!(is_iri(def["type"].as_str().expect("definition.type")));
    assert!(def["name"]["und"].is_string(), "a language map: {def}");
    // Context: the course as grouping, parents as IRIs.
    let ctx = &s["context"];
    assert_eq!(ctx["platform"], "amphi");
    for list in ["grouping", "parent"] {
        for p in ctx["contextActivities"][list]
            .as_array()
            .into_iter()
            .flatten()
        {
            assert!(is_iri(p["id"].as_str().unwrap()), "{p}");
        }
    }
    // Result, when there is one.
    if let Some(r) = s.get("result") {
        let r = r.as_object().expect("result is an object");
        for key in r.keys() {
            assert!(
                ["score", "success", "completion", "duration", "response"].contains(&key.as_str()),
                "{key}"
            );
        }
        if let Some(score) = r.get("score") {
            let f = |k: &str| score[k].as_f64().unwrap_or_else(|| panic!("score.{k}"));
            assert!((0.0..=1.0).contains(&f("scaled")), "{score}");
            assert!(f("min") <= f("raw") && f("raw") <= f("max"), "{score}");
            assert!((f("scaled") - f("raw") / f("max")).abs() < 1e-9, "{score}");
        }
        if let Some(d) = r.get("duration") {
            let d = d.as_str().unwrap();
            assert!(d.starts_with("PT") && d.len() > 2, "{d}");
        }
    }
    // Timestamp: RFC 3339 (ISO 8601) in UTC.
    let ts = s["timestamp"].as_str().expect("timestamp");
    assert!(humantime::parse_rfc3339(ts).is_ok(), "{ts}");
    (verb.to_owned(), id.to_owned())
}

#[test]
fn every_statement_is_well_formed_xapi() {
    let statements = export(&["--actor", "ada"]);
    assert!(!statements.is_empty());
    let mut times = Vec::new();
    for s in &statements {
        check_statement(s, "ada");
        times.push(s["timestamp"].as_str().unwrap().to_owned());
    }
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "oldest first");
}

#[test]
fn exporting_twice_gives_the_same_statement_ids() {
    let ids = |statements: Vec<Value>| -> Vec<String> {
        statements
            .iter()
            .map(|s| s["id"].as_str().expect("an id").to_owned())
            .collect()
    };
    let first = ids(export(&["--actor", "ada"]));
    let unique: std::collections::BTreeSet<&String> = first.iter().collect();
    assert_eq!(unique.len(), first.len(), "one id per statement: {first:?}");
    assert_eq!(first, ids(export(&["--actor", "ada"])));
    let other = ids(export(&["--actor", "bob"]));
    assert!(first.iter().all(|id| !other.contains(id)), "per learner");
}

#[test]
fn the_statements_say_what_the_state_file_holds() {
    let statements = export(&[]);
    let short = |v: &str| v.rsplit('/').next().unwrap().to_owned();
    let list: Vec<(String, String)> = statements
        .iter()
        .map(|s| {
            let (verb, id) = check_statement(s, "tester");
            let id = id
                .trim_start_matches("urn:amphi:course:cli-progress")
                .to_owned();
            (short(&verb), id)
        })
        .collect();
    let expected = [
        ("completed", "/module/reading/item/one"),
        ("completed", "/module/reading/item/two"),
        ("completed", "/module/extra/item/only"),
        // A module with no quiz is complete once its lessons are read.
        ("completed", "/module/extra"),
        ("passed", "/module/reading/item/practice"),
        ("failed", "/module/reading/item/final"),
        ("answered", "/module/reading/item/final/question/a"),
        ("answered", "/module/reading/item/final/question/b"),
        ("failed", "/module/talk/item/quiz"),
        ("passed", "/module/reading/item/final"),
        ("completed", "/module/reading"),
        // The practice retake: completed, not passed or failed.
        ("completed", "/module/reading/item/final"),
        ("answered", "/module/reading/item/final/question/b"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(v, id)| (v.to_string(), id.to_string()))
        .collect();
    assert_eq!(
        list, expected,
        "the removed item is left out, the course is not complete"
    );

    let failed = &statements[5];
    assert_eq!(failed["result"]["success"], false);
    assert_eq!(failed["result"]["completion"], true);
    assert_eq!(
        failed["result"]["score"],
        serde_json::json!({"scaled": 0.5, "raw": 1.0, "min": 0.0, "max": 2.0})
    );
    assert_eq!(failed["result"]["duration"], "PT1M40S");
    assert_eq!(failed["timestamp"], "2026-01-01T00:11:40Z");
    assert_eq!(failed["object"]["definition"]["name"]["und"], "Final");
    assert_eq!(
        failed["context"]["contextActivities"]["parent"][0]["id"],
        "urn:amphi:course:cli-progress/module/reading"
    );
    assert_eq!(
        failed["context"]["contextActivities"]["grouping"][0]["id"],
        "urn:amphi:course:cli-progress"
    );
    let answered = &statements[7];
    assert_eq!(
        answered["result"],
        serde_json::json!({"success": false, "response": "true"})
    );
    assert_eq!(
        answered["object"]["definition"]["interactionType"],
        "true-false"
    );
    assert_eq!(
        answered["context"]["contextActivities"]["parent"][0]["id"],
        "urn:amphi:course:cli-progress/module/reading/item/final"
    );
    assert_eq!(statements[9]["result"]["duration"], "PT1H2M3S");
    let practice = &statements[11];
    assert!(practice["result"].get("success").is_none(), "{practice}");
    assert_eq!(
        practice["context"]["extensions"]["urn:amphi:extension:practice"],
        true
    );
}

#[test]
fn typed_answers_and_the_actor_are_written_sanitised() {
    // A typed answer and a gap holding ESC, a C1 CSI and a bidi override: JSON
    // escapes the first, but would write the others as they are.
    let hostile = r"a\u001b[2Jb\u009b31mc\u202ed";
    let state = STATE.replace(
        r#"{"question": "a", "response": {"bool": true}, "correct": true}"#,
        &format!(
            r#"{{"question": "a", "response": {{"text": "{hostile}"}}, "correct": true}},
           {{"question": "a", "response": {{"blanks": ["x", "{hostile}"]}}, "correct": true}}"#
        ),
    );
    assert_ne!(state, STATE);
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("state.json");
    std::fs::write(&path, &state).unwrap();
    let course = course();
    let out = amphi(
        &path,
        &[
            OsStr::new("export"),
            OsStr::new("--xapi"),
            OsStr::new("--actor"),
            OsStr::new("me\u{9b}\u{202e}"),
            course.as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let raw = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if let Some(c) = text.chars().find(|&c| raw(c)) {
        panic!("{c:?} written raw: {text}");
    }
    assert!(
        text.contains("a\u{241b}[2Jb\u{fffd}31mc\u{fffd}d"),
        "{text}"
    );
    assert!(text.contains("x[,]a\u{241b}"), "{text}");
    assert!(text.contains("\"me\u{fffd}\u{fffd}\""), "{text}");
}

#[test]
fn out_writes_a_file_and_nothing_on_stdout() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state.json");
    std::fs::write(&state, STATE).unwrap();
    let file = tmp.path().join("statements.json");
    let course = course();
    let out = amphi(
        &state,
        &[
            OsStr::new("export"),
            course.as_os_str(),
            OsStr::new("--xapi"),
            OsStr::new("--out"),
            file.as_os_str(),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(written.as_array().unwrap().len(), export(&[]).len());
}

#[test]
fn no_progress_is_an_empty_array() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state.json");
    let out = amphi(&state, &[OsStr::new("export"), OsStr::new("--xapi")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "[]\n");
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state.json");
    let unwritable = tmp.path().join("no-such-folder/out.json");
    for args in [
        vec![OsStr::new("export")],
        vec![
            OsStr::new("export"),
            OsStr::new("--xapi"),
            OsStr::new("/no/such/course"),
        ],
        vec![
            OsStr::new("export"),
            OsStr::new("--xapi"),
            OsStr::new("--out"),
            unwritable.as_os_str(),
        ],
    ] {
        let out = amphi(&state, &args);
        assert_eq!(out.status.code(), Some(2), "amphi {args:?}");
        assert!(out.stdout.is_empty());
        assert!(!out.stderr.is_empty());
    }
}
