//! Loading and validating courses through the public API: one fixture per kind of
//! error, each checked for its exact message, file, line and column; encodings;
//! scalars that must stay text; sanitising; the bundled course; the YAML test suite
//! as hostile input; and `amphi check` through the real binary.
//!
//! Fixtures live in `tests/fixtures/{valid,invalid}/<case>/`. Files whose bytes an
//! editor might change (a byte order mark, CRLF line ends, invalid UTF-8, symbolic
//! links) are written by the tests into temporary folders instead.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use amphi::course::{AnswerKey, Course, Item, Problem, Report, Source, load_bundled, load_dir};

// ---------------------------------------------------------------------------
// Helpers

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

/// How the loader names `file` of the course folder `dir` in problems.
fn shown(dir: &Path, file: &str) -> String {
    format!("{}/{file}", dir.display())
}

fn report_of(dir: &Path) -> Report {
    match load_dir(dir) {
        Ok(_) => panic!("{} loaded, but it is invalid", dir.display()),
        Err(report) => {
            assert!(!report.problems.is_empty(), "an Err report with no problem");
            report
        }
    }
}

/// The problems of the invalid fixture `case`.
fn problems(case: &str) -> (PathBuf, Vec<Problem>) {
    let dir = fixture("invalid", case);
    let report = report_of(&dir);
    (dir, report.problems)
}

fn problem(dir: &Path, file: &str, line: usize, column: usize, message: &str) -> Problem {
    Problem {
        file: shown(dir, file),
        line: Some(line),
        column: Some(column),
        message: message.into(),
    }
}

/// Asserts that the invalid fixture `case` has exactly one problem, this one.
fn assert_only(case: &str, file: &str, line: usize, column: usize, message: &str) {
    let (dir, found) = problems(case);
    assert_eq!(
        found,
        vec![problem(&dir, file, line, column, message)],
        "case {case}"
    );
}

const MANIFEST_ONE_MODULE: &str =
    "id: temp\ntitle: \"Temporary course\"\nmodules:\n  - modules/a.yaml\n";

/// Writes `files` (path, bytes) into a new temporary folder.
fn temp_course(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (path, bytes) in files {
        let full = dir.path().join(path);
        fs::create_dir_all(full.parent().expect("a parent")).expect("create folders");
        fs::write(&full, bytes).expect("write a course file");
    }
    dir
}

/// A temporary course whose only module file, `modules/a.yaml`, holds `module`.
fn temp_module(module: &str) -> tempfile::TempDir {
    temp_course(&[
        ("course.yaml", MANIFEST_ONE_MODULE.as_bytes()),
        ("modules/a.yaml", module.as_bytes()),
    ])
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    for entry in fs::read_dir(from).expect("read fixture folder") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

fn source_strings<'a>(s: &'a Source, out: &mut Vec<&'a str>) {
    out.extend([s.publication.as_str(), s.date.as_str()]);
    for v in [&s.title, &s.author, &s.url, &s.note].into_iter().flatten() {
        out.push(v);
    }
}

/// Every string of a loaded course.
fn all_strings(course: &Course) -> Vec<&str> {
    let mut out = Vec::new();
    let info = &course.info;
    out.extend([
        info.id.as_str(),
        &info.title,
        &info.subtitle,
        &info.language,
        &info.version,
        &info.description,
    ]);
    out.extend(info.authors.iter().map(String::as_str));
    out.extend(info.modules.iter().map(String::as_str));
    if let Some(s) = &info.source {
        source_strings(s, &mut out);
    }
    for m in &course.modules {
        out.extend([m.id.as_str(), &m.title, &m.summary, &m.file]);
        for item in &m.items {
            for f in item.files() {
                out.extend([f.title.as_str(), &f.path]);
            }
            match item {
                Item::Video(v) => {
                    out.extend([v.id.as_str(), &v.title]);
                    out.extend(
                        [&v.file, &v.url, &v.transcript]
                            .into_iter()
                            .flatten()
                            .map(String::as_str),
                    );
                    out.extend(v.cues.iter().map(|c| c.text.as_str()));
                }
                Item::Lesson(l) => {
                    out.extend([l.id.as_str(), &l.title, &l.body]);
                    out.extend(l.body_file.as_deref());
                }
                Item::Interview(iv) => {
                    out.extend([iv.id.as_str(), &iv.title]);
                    out.extend(iv.note.as_deref());
                    source_strings(&iv.source, &mut out);
                    for p in &iv.participants {
                        out.extend([p.id.as_str(), &p.name, &p.role]);
                    }
                    for t in &iv.turns {
                        out.extend([t.speaker.as_str(), &t.text]);
                    }
                }
                Item::Quiz(q) => {
                    out.extend([q.id.as_str(), &q.title]);
                    for question in &q.questions {
                        out.extend([
                            question.id.as_str(),
                            &question.prompt,
                            &question.explanation,
                        ]);
                        out.extend(question.hints.iter().map(String::as_str));
                        out.extend(question.choice_feedback.values().map(String::as_str));
                        match &question.key {
                            AnswerKey::SingleChoice { choices, .. }
                            | AnswerKey::MultipleChoice { choices, .. } => {
                                out.extend(choices.iter().map(String::as_str));
                            }
                            AnswerKey::ShortAnswer { answers, .. } => {
                                out.extend(answers.iter().map(String::as_str));
                            }
                            AnswerKey::Ordering { items } => {
                                out.extend(items.iter().map(String::as_str));
                            }
                            AnswerKey::Matching { pairs } => {
                                for (l, r) in pairs {
                                    out.extend([l.as_str(), r.as_str()]);
                                }
                            }
                            AnswerKey::FillBlanks { text, blanks, .. } => {
                                out.push(text.as_str());
                                out.extend(blanks.iter().flatten().map(String::as_str));
                            }
                            AnswerKey::Numeric { unit, .. } => out.extend(unit.as_deref()),
                            AnswerKey::Reflection { model_answer } => {
                                out.extend(model_answer.as_deref());
                            }
                            AnswerKey::TrueFalse { .. } => {}
                        }
                    }
                }
            }
        }
    }
    out
}

fn question_key(course: &Course, module: usize, item: usize, question: usize) -> &AnswerKey {
    match &course.modules[module].items[item] {
        Item::Quiz(q) => &q.questions[question].key,
        other => panic!("item {item} is a {}, not a quiz", other.kind()),
    }
}

// ---------------------------------------------------------------------------
// The valid fixture

#[test]
fn minimal_fixture_loads_with_every_item_and_question_kind() {
    let dir = fixture("valid", "minimal");
    let course = load_dir(&dir).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(course.info.id, "minimal");
    assert_eq!(course.info.title, "Minimal course");
    assert_eq!(course.modules.len(), 2);
    let ids: Vec<&str> = course.modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["basics", "more"]);
    assert_eq!(course.modules[0].file, "modules/01-basics.yaml");

    let kinds: Vec<&str> = course.modules[0].items.iter().map(Item::kind).collect();
    assert_eq!(kinds, ["lesson", "lesson", "interview", "quiz"]);
    match &course.modules[0].items[1] {
        Item::Lesson(l) => {
            assert_eq!(l.body_file.as_deref(), Some("lessons/from-file.md"));
            assert_eq!(
                l.body,
                "# A lesson from a file\n\nThis text comes from `lessons/from-file.md`.\n"
            );
        }
        other => panic!("expected a lesson, found a {}", other.kind()),
    }
    match &course.modules[0].items[2] {
        Item::Interview(iv) => {
            assert_eq!(iv.participants.len(), 2);
            assert_eq!(iv.turns[1].speaker, "guest");
            assert_eq!(
                iv.participant("guest").map(|p| p.name.as_str()),
                Some("Guest")
            );
        }
        other => panic!("expected an interview, found a {}", other.kind()),
    }
    let Some((3, quiz)) = course.modules[0].final_quiz() else {
        panic!("the first module should end with its quiz")
    };
    assert_eq!(quiz.pass_mark, 60);
    let keys: Vec<&AnswerKey> = quiz.questions.iter().map(|q| &q.key).collect();
    assert_eq!(
        keys,
        [
            &AnswerKey::SingleChoice {
                choices: vec!["first".into(), "second".into(), "third".into()],
                answer: 2
            },
            &AnswerKey::MultipleChoice {
                choices: vec!["one".into(), "two".into(), "three".into()],
                answers: vec![1, 3]
            },
            &AnswerKey::TrueFalse { answer: true },
            &AnswerKey::ShortAnswer {
                answers: vec!["YAML".into(), "yml".into()],
                pattern: None,
                ignore_accents: false,
            },
            &AnswerKey::Ordering {
                items: vec!["one".into(), "two".into(), "three".into()]
            },
        ]
    );
    assert_eq!(quiz.questions[0].explanation, "It is the second.");
}

// ---------------------------------------------------------------------------
// Syntax and type errors: located by the parser

#[test]
fn yaml_syntax_error_is_located_by_the_parser() {
    assert_only(
        "yaml-syntax",
        "modules/a.yaml",
        7,
        6,
        "did not find expected key, while parsing a block mapping that starts at line 4, \
         column 5 (check the indentation: the keys of one map must start in the same column)",
    );
}

#[test]
fn type_error_deep_in_a_list_points_at_the_offending_value() {
    // The 2nd question of the quiz that is the 3rd item: line 25 is
    // `        answer: deux`, and column 17 is where `deux` starts. Not the start of
    // `items` (line 3), nor of the quiz (line 12), nor of the question (line 21).
    assert_only(
        "type-error-deep",
        "modules/a.yaml",
        25,
        17,
        "question `q2`: `answer` must be a choice number (1 for the first choice), \
         not the text `deux`",
    );
}

#[test]
fn missing_field_is_reported_at_the_item() {
    // Line 8 is the item without a title (`  - kind: lesson`), column 5 its first key.
    assert_only(
        "missing-field",
        "modules/a.yaml",
        8,
        5,
        "lesson `two`: missing field `title`",
    );
}

#[test]
fn unknown_field_is_reported_at_the_typo() {
    assert_only(
        "unknown-field",
        "modules/a.yaml",
        10,
        5,
        "lesson `two`: unknown field `titel`; did you mean `title`?",
    );
}

#[test]
fn unknown_item_kind_is_reported_at_the_kind() {
    assert_only(
        "unknown-kind",
        "modules/a.yaml",
        8,
        11,
        "item `two`: unknown kind `slideshow` for an item: expected `lesson`, `interview`, `quiz` or `video`",
    );
}

#[test]
fn unknown_question_kind_is_reported_at_the_kind() {
    assert_only(
        "unknown-question-kind",
        "modules/a.yaml",
        9,
        15,
        "question `q1`: unknown kind `true_or_false` for a question; did you mean `true_false`?",
    );
}

#[test]
fn kind_must_be_the_first_key_of_an_item() {
    assert_only(
        "kind-not-first",
        "modules/a.yaml",
        8,
        5,
        "lesson `two`: `kind` must be the first key of an item, but its first key is `id`",
    );
}

#[test]
fn kind_must_be_the_first_key_of_a_question() {
    assert_only(
        "question-kind-not-first",
        "modules/a.yaml",
        13,
        9,
        "question `q2`: `kind` must be the first key of a question, but its first key is `id`",
    );
}

#[test]
fn duplicate_key_is_reported_at_its_second_occurrence() {
    assert_only(
        "duplicate-key",
        "modules/a.yaml",
        12,
        5,
        "lesson `two`: `title` is given twice (first on line 10); keep one",
    );
}

#[test]
fn type_errors_say_what_was_expected() {
    let cases = [
        (
            "answer: 1.5",
            "question `q1`: `answer` must be a choice number (1 for the first choice), \
             not the number 1.5",
        ),
        (
            "answer: -1",
            "question `q1`: `answer` must be a choice number (1 for the first choice), \
             not the number -1",
        ),
        (
            "answers: [1, two]",
            "question `q1`: `answers[1]` must be a choice number (1 for the first choice), \
             not the text `two`",
        ),
        (
            "answer: yes",
            "question `q1`: `answer` must be `true` or `false`, not the text `yes`",
        ),
        (
            "pass_mark: high",
            "quiz `q`: `pass_mark` must be a whole percentage from 0 to 100, not the text `high`",
        ),
    ];
    for (line, message) in cases {
        let kind = match line {
            l if l.starts_with("answers") => "multiple_choice",
            "answer: yes" => "true_false",
            _ => "single_choice",
        };
        let (pass_mark, answer) = if line.starts_with("pass_mark") {
            (line, "answer: 1")
        } else {
            ("pass_mark: 50", line)
        };
        let choices = if kind == "true_false" {
            ""
        } else {
            "        choices: [a, b]\n"
        };
        let module = format!(
            "id: m\ntitle: M\nitems:\n  - kind: quiz\n    id: q\n    title: Q\n    {pass_mark}\n    \
             questions:\n      - kind: {kind}\n        id: q1\n        prompt: P\n{choices}        {answer}\n"
        );
        let dir = temp_module(&module);
        let found = report_of(dir.path()).problems;
        let (l, c) = module
            .lines()
            .enumerate()
            .find_map(|(i, text)| {
                let at = text.find(line)?;
                let value = at + line.find(": ").expect("a key") + 2;
                let value = if line.starts_with("answers") {
                    value + 4
                } else {
                    value
                };
                Some((i + 1, value + 1))
            })
            .expect("the line");
        assert_eq!(
            found,
            vec![problem(dir.path(), "modules/a.yaml", l, c, message)],
            "{module}"
        );
    }
}

#[test]
fn tabs_in_indentation_get_a_hint() {
    let dir = temp_module("id: m\ntitle: M\nitems:\n\t- kind: lesson\n");
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].line, found[0].column), (Some(4), Some(1)));
    assert!(
        found[0]
            .message
            .to_string()
            .contains("YAML cannot be indented with tabs: use spaces"),
        "{}",
        found[0].message
    );
}

#[test]
fn an_unquoted_colon_in_a_value_gets_a_hint() {
    let dir = temp_module("id: m\ntitle: Time: now\nitems: []\n");
    let found = report_of(dir.path()).problems;
    assert_eq!(
        found,
        vec![problem(
            dir.path(),
            "modules/a.yaml",
            2,
            12,
            "mapping values are not allowed in this context \
             (check the indentation, and put a value that contains `: ` in quotes)"
        )]
    );
}

#[test]
fn an_empty_module_file_is_named() {
    let dir = temp_module("# nothing but a comment\n");
    assert_eq!(
        report_of(dir.path()).problems,
        vec![Problem {
            file: shown(dir.path(), "modules/a.yaml"),
            line: None,
            column: None,
            message: "the file is empty".into(),
        }]
    );
}

#[test]
fn a_module_that_is_not_a_map_says_what_a_module_is() {
    let dir = temp_module("- id: m\n- title: M\n");
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].file, shown(dir.path(), "modules/a.yaml"));
    assert_eq!(
        found[0].message.to_string(),
        "the file must be a map with `id`, `title` and `items` or `sections`, not a list"
    );
}

// ---------------------------------------------------------------------------
// Semantic errors: found after parsing, located by the loader

#[test]
fn duplicate_module_id() {
    let (dir, found) = problems("duplicate-module-id");
    let message = format!(
        "duplicate module id `same` (also used in {})",
        shown(&dir, "modules/a.yaml")
    );
    assert_eq!(found, vec![problem(&dir, "modules/b.yaml", 1, 1, &message)]);
}

#[test]
fn duplicate_item_id_is_reported_at_the_second_item() {
    // The quiz before holds a question with the same id (allowed: ids are unique
    // per level), which must not be mistaken for either item.
    assert_only(
        "duplicate-item-id",
        "modules/a.yaml",
        18,
        5,
        "duplicate item id `one` in module `a`",
    );
}

#[test]
fn duplicate_question_id_is_reported_at_the_second_question() {
    assert_only(
        "duplicate-question-id",
        "modules/a.yaml",
        18,
        9,
        "duplicate question id `q1` in quiz `quiz`",
    );
}

#[test]
fn unknown_speaker() {
    assert_only(
        "unknown-speaker",
        "modules/a.yaml",
        18,
        9,
        "unknown speaker `gest` in interview `talk`: expected one of the participant ids \
         (`host`, `guest`)",
    );
}

#[test]
fn missing_body_file() {
    assert_only(
        "missing-body-file",
        "modules/a.yaml",
        7,
        5,
        "lesson `one`: body_file `lessons/nowhere.md`: file not found",
    );
}

#[test]
fn body_file_cannot_leave_the_folder_with_dot_dot() {
    assert_only(
        "body-file-dotdot",
        "modules/a.yaml",
        7,
        5,
        "lesson `one`: body_file `lessons/../../secret.md`: the path leaves the course folder \
         (`..` is not allowed)",
    );
}

#[test]
fn body_file_cannot_be_absolute() {
    assert_only(
        "body-file-absolute",
        "modules/a.yaml",
        7,
        5,
        "lesson `one`: body_file `/etc/passwd`: the path is absolute; write it relative to the \
         course folder",
    );
}

#[cfg(unix)]
#[test]
fn body_file_symlink_cannot_point_outside_the_folder() {
    let outside = tempfile::tempdir().expect("temporary folder");
    let secret = outside.path().join("secret.md");
    fs::write(&secret, "Not part of the course.\n").expect("write");
    let temp = tempfile::tempdir().expect("temporary folder");
    let dir = temp.path().join("course");
    copy_dir(&fixture("valid", "minimal"), &dir);
    let link = dir.join("lessons/from-file.md");
    fs::remove_file(&link).expect("remove the lesson");
    std::os::unix::fs::symlink(&secret, &link).expect("symlink");

    let found = report_of(&dir).problems;
    let real = secret.canonicalize().expect("canonical path");
    let message = format!(
        "lesson `from-file`: body_file `lessons/from-file.md`: the path resolves to {}, \
         outside the course folder",
        real.display()
    );
    assert_eq!(
        found,
        vec![problem(&dir, "modules/01-basics.yaml", 13, 5, &message)]
    );

    // A link that stays inside the folder is fine.
    fs::remove_file(&link).expect("remove the link");
    fs::write(dir.join("lessons/real.md"), "Inside.\n").expect("write");
    std::os::unix::fs::symlink("real.md", &link).expect("symlink");
    let course = load_dir(&dir).unwrap_or_else(|r| panic!("{r}"));
    match &course.modules[0].items[1] {
        Item::Lesson(l) => assert_eq!(l.body, "Inside.\n"),
        other => panic!("expected a lesson, found a {}", other.kind()),
    }
}

#[test]
fn module_path_cannot_leave_the_folder() {
    assert_only(
        "module-path-dotdot",
        "course.yaml",
        5,
        3,
        "module file `../outside/module.yaml`: the path leaves the course folder (`..` is not allowed)",
    );
}

#[test]
fn missing_module_file_is_reported_in_course_yaml() {
    assert_only(
        "missing-module-file",
        "course.yaml",
        5,
        3,
        "module file `modules/missing.yaml`: file not found",
    );
}

#[test]
fn single_choice_answer_out_of_range() {
    let (dir, found) = problems("single-choice-answer-out-of-range");
    assert_eq!(
        found,
        vec![
            problem(
                &dir,
                "modules/a.yaml",
                13,
                9,
                "question `zero`: answer 0 is out of range: choices are numbered 1 to 2"
            ),
            problem(
                &dir,
                "modules/a.yaml",
                18,
                9,
                "question `too-big`: answer 3 is out of range: choices are numbered 1 to 2"
            ),
        ]
    );
}

#[test]
fn multiple_choice_needs_a_correct_answer() {
    assert_only(
        "multiple-choice-no-answer",
        "modules/a.yaml",
        13,
        9,
        "question `none`: has no correct answer: `answers` must list at least one choice number",
    );
}

#[test]
fn short_answer_needs_an_answer() {
    assert_only(
        "short-answer-no-answers",
        "modules/a.yaml",
        12,
        9,
        "question `none`: has no correct answer: `answers` needs at least one non-empty answer, or give a `pattern`",
    );
}

#[test]
fn short_answer_pattern_must_compile() {
    let (dir, found) = problems("short-answer-bad-pattern");
    assert_eq!(found.len(), 1, "{found:?}");
    let p = &found[0];
    assert_eq!(p.file, shown(&dir, "modules/a.yaml"));
    assert_eq!((p.line, p.column), (Some(12), Some(18)), "{p:?}");
    assert!(
        p.message
            .to_string()
            .contains("`pattern` is not a valid regular expression"),
        "{}",
        p.message
    );
}

#[test]
fn quiz_needs_questions() {
    assert_only(
        "quiz-no-questions",
        "modules/a.yaml",
        12,
        5,
        "quiz `quiz` has no questions",
    );
}

#[test]
fn module_needs_items() {
    assert_only(
        "module-no-items",
        "modules/a.yaml",
        4,
        1,
        "module `a` has no items",
    );
}

#[test]
fn pass_mark_above_100_is_reported_at_its_own_quiz() {
    // The first quiz writes `pass_mark` before `id`; the second quiz's (valid)
    // pass mark must not be blamed.
    assert_only(
        "pass-mark-out-of-range",
        "modules/a.yaml",
        6,
        5,
        "pass mark 150 of quiz `first` is outside 0–100 (it is a percentage)",
    );
}

#[test]
fn locations_follow_lone_dashes_and_flow_maps() {
    let module = "id: m\ntitle: M\nitems:\n-\n  kind: quiz\n  id: q\n  title: Q\n  pass_mark: 50\n  \
                  questions:\n  - {kind: single_choice, id: a, prompt: P, choices: [x, y], answer: 3}\n  \
                  - {kind: true_false, id: a, prompt: P, answer: true}\n";
    let lines: Vec<&str> = module.lines().collect();
    let column = |line: usize, key: &str| lines[line - 1].find(key).expect("the key") + 1;
    let dir = temp_module(module);
    assert_eq!(
        report_of(dir.path()).problems,
        vec![
            problem(
                dir.path(),
                "modules/a.yaml",
                10,
                column(10, "answer:"),
                "question `a`: answer 3 is out of range: choices are numbered 1 to 2"
            ),
            problem(
                dir.path(),
                "modules/a.yaml",
                11,
                column(11, "id:"),
                "duplicate question id `a` in quiz `q`"
            ),
        ]
    );
}

#[test]
fn empty_course() {
    assert_only(
        "empty-course",
        "course.yaml",
        3,
        1,
        "the course is empty: `modules` lists no module file",
    );
}

#[test]
fn every_problem_is_reported_across_module_files() {
    let (dir, found) = problems("several-problems");
    let a = "modules/a.yaml";
    let b = "modules/b.yaml";
    assert_eq!(
        found,
        vec![
            problem(&dir, a, 9, 5, "duplicate item id `one` in module `a`"),
            problem(
                &dir,
                a,
                15,
                5,
                "pass mark 101 of quiz `quiz` is outside 0–100 (it is a percentage)"
            ),
            problem(
                &dir,
                a,
                21,
                9,
                "question `q1`: answer 5 is out of range: choices are numbered 1 to 2"
            ),
            problem(
                &dir,
                b,
                14,
                9,
                "unknown speaker `nobody` in interview `talk`: expected one of the participant ids (`host`)"
            ),
            problem(&dir, b, 20, 5, "quiz `quiz` has no questions"),
        ]
    );
    let report = Report { problems: found };
    assert!(report.to_string().ends_with("\n5 problems"), "{report}");
}

#[test]
fn a_syntax_error_in_one_module_does_not_hide_problems_in_another() {
    let dir = temp_course(&[
        (
            "course.yaml",
            b"id: t\ntitle: T\nmodules:\n  - modules/a.yaml\n  - modules/b.yaml\n",
        ),
        ("modules/a.yaml", b"id: a\ntitle: [unclosed\nitems: []\n"),
        ("modules/b.yaml", b"id: b\ntitle: B\nitems: []\n"),
    ]);
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].file, shown(dir.path(), "modules/a.yaml"));
    assert_eq!(
        found[1],
        problem(
            dir.path(),
            "modules/b.yaml",
            3,
            1,
            "module `b` has no items"
        )
    );
}

// ---------------------------------------------------------------------------
// Encodings

#[test]
fn byte_order_mark_and_crlf_line_ends_load() {
    let module = "id: m\r\ntitle: \"M\"\r\nitems:\r\n  - kind: lesson\r\n    id: l\r\n    title: L\r\n    \
                  body: |\r\n      line one\r\n      line two\r\n  - kind: lesson\r\n    id: f\r\n    \
                  title: F\r\n    body_file: lessons/f.md\r\n";
    let dir = temp_course(&[
        (
            "course.yaml",
            format!("\u{feff}{}", MANIFEST_ONE_MODULE.replace('\n', "\r\n")).as_bytes(),
        ),
        ("modules/a.yaml", format!("\u{feff}{module}").as_bytes()),
        (
            "lessons/f.md",
            "\u{feff}# From a file\r\n\r\nText.\r\n".as_bytes(),
        ),
    ]);
    let course = load_dir(dir.path()).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(course.info.id, "temp");
    assert_eq!(course.modules[0].id, "m");
    match &course.modules[0].items[..] {
        [Item::Lesson(inline), Item::Lesson(from_file)] => {
            assert_eq!(inline.body, "line one\nline two\n");
            assert_eq!(from_file.body, "# From a file\n\nText.\n");
        }
        other => panic!("unexpected items {other:?}"),
    }
}

#[test]
fn locations_are_right_with_a_byte_order_mark_and_crlf() {
    let module = "\u{feff}id: \"bad id\"\r\ntitle: M\r\nitems:\r\n  - kind: quiz\r\n    id: q\r\n    \
                  title: Q\r\n    pass_mark: 50\r\n    questions: []\r\n";
    let dir = temp_module(module);
    assert_eq!(
        report_of(dir.path()).problems,
        vec![
            problem(
                dir.path(),
                "modules/a.yaml",
                1,
                1,
                "module id `bad id` must be non-empty and use only letters, digits, `-`, `_` and `.`"
            ),
            problem(
                dir.path(),
                "modules/a.yaml",
                8,
                5,
                "quiz `q` has no questions"
            ),
        ]
    );
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    // "id: m\ntitle: caf" is 16 bytes; then a Latin-1 é.
    let dir = temp_course(&[
        ("course.yaml", MANIFEST_ONE_MODULE.as_bytes()),
        ("modules/a.yaml", b"id: m\ntitle: caf\xe9\nitems: []\n"),
    ]);
    assert_eq!(
        report_of(dir.path()).problems,
        vec![Problem {
            file: shown(dir.path(), "modules/a.yaml"),
            line: None,
            column: None,
            message: "not valid UTF-8: invalid byte sequence at byte offset 16".into(),
        }]
    );

    // The offset counts the file's bytes, byte order mark included: 3 + 6 + 7.
    let dir = temp_course(&[("course.yaml", b"\xef\xbb\xbfid: t\ntitle: \xff\n")]);
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].file, shown(dir.path(), "course.yaml"));
    assert_eq!(
        found[0].message.to_string(),
        "not valid UTF-8: invalid byte sequence at byte offset 16"
    );

    let dir = temp_course(&[
        ("course.yaml", MANIFEST_ONE_MODULE.as_bytes()),
        (
            "modules/a.yaml",
            b"id: m\ntitle: M\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body_file: l.md\n",
        ),
        ("l.md", b"ok\n\x80"),
    ]);
    assert_eq!(
        report_of(dir.path()).problems,
        vec![problem(
            dir.path(),
            "modules/a.yaml",
            7,
            5,
            "lesson `l`: body_file `l.md`: not valid UTF-8: invalid byte sequence at byte offset 3"
        )]
    );
}

// ---------------------------------------------------------------------------
// Text stays text

#[test]
fn scalars_in_text_fields_are_kept_as_written() {
    let module = r#"id: 007
title: yes
summary: 1.10
items:
  - kind: lesson
    id: no
    title: off
    body: 0x1F
  - kind: quiz
    id: 1.10
    title: 2016-03-27
    pass_mark: 50
    questions:
      - kind: short_answer
        id: off
        prompt: 12
        answers: [no, 1.10, 007, off, yes, ~, null, 1e3, .inf, true, "~"]
      - kind: single_choice
        id: "yes"
        prompt: Which?
        choices: [no, yes, 1.0]
        answer: 1
      - kind: ordering
        id: n
        prompt: Order
        items:
          - 1.9
          - 1.10
          - 01
"#;
    let dir = temp_module(module);
    let course = load_dir(dir.path()).unwrap_or_else(|r| panic!("{r}"));
    let m = &course.modules[0];
    assert_eq!(
        (m.id.as_str(), m.title.as_str(), m.summary.as_str()),
        ("007", "yes", "1.10")
    );
    match &m.items[0] {
        Item::Lesson(l) => {
            assert_eq!(
                (l.id.as_str(), l.title.as_str(), l.body.as_str()),
                ("no", "off", "0x1F")
            );
        }
        other => panic!("expected a lesson, found a {}", other.kind()),
    }
    match &m.items[1] {
        Item::Quiz(q) => {
            assert_eq!(
                (q.id.as_str(), q.title.as_str(), q.pass_mark),
                ("1.10", "2016-03-27", 50)
            );
            let ids: Vec<&str> = q.questions.iter().map(|q| q.id.as_str()).collect();
            assert_eq!(ids, ["off", "yes", "n"]);
            assert_eq!(q.questions[0].prompt, "12");
        }
        other => panic!("expected a quiz, found a {}", other.kind()),
    }
    // `~` and `null` are YAML's null, but in a text field they are the text written:
    // a text field is never null.
    assert_eq!(
        question_key(&course, 0, 1, 0),
        &AnswerKey::ShortAnswer {
            answers: [
                "no", "1.10", "007", "off", "yes", "~", "null", "1e3", ".inf", "true", "~"
            ]
            .map(String::from)
            .to_vec(),
            pattern: None,
            ignore_accents: false,
        }
    );
    assert_eq!(
        question_key(&course, 0, 1, 1),
        &AnswerKey::SingleChoice {
            choices: ["no", "yes", "1.0"].map(String::from).to_vec(),
            answer: 1
        }
    );
    assert_eq!(
        question_key(&course, 0, 1, 2),
        &AnswerKey::Ordering {
            items: ["1.9", "1.10", "01"].map(String::from).to_vec()
        }
    );
}

#[test]
fn null_in_an_optional_field_means_absent() {
    let module = "id: m\ntitle: M\nitems:\n  - kind: interview\n    id: i\n    title: I\n    note: ~\n    \
                  source: {publication: P, date: \"2024\", url: null}\n    participants: [{id: a, name: A}]\n    \
                  turns: [{speaker: a, text: Hi}]\n";
    let dir = temp_module(module);
    let course = load_dir(dir.path()).unwrap_or_else(|r| panic!("{r}"));
    match &course.modules[0].items[0] {
        Item::Interview(iv) => {
            assert_eq!(iv.note, None);
            assert_eq!(iv.source.url, None);
        }
        other => panic!("expected an interview, found a {}", other.kind()),
    }
}

#[test]
fn tilde_as_an_id_is_refused_clearly() {
    let dir = temp_module(
        "id: ~\ntitle: M\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: B\n",
    );
    assert_eq!(
        report_of(dir.path()).problems,
        vec![problem(
            dir.path(),
            "modules/a.yaml",
            1,
            1,
            "module id `~` must be non-empty and use only letters, digits, `-`, `_` and `.`"
        )]
    );
}

// ---------------------------------------------------------------------------
// Sanitising

#[test]
fn control_characters_are_made_visible_and_inert() {
    let manifest = "id: temp\ntitle: \"Title \\e[2J\"\nsubtitle: \"bell \\a\"\ndescription: \"tab\\tand \\e]0;x\\a\"\n\
                    authors: [\"\\e[1mA\"]\nsource: {publication: \"P\\x9b\", date: \"2024\\r\"}\nmodules:\n  - modules/a.yaml\n";
    let module = r#"id: m
title: "Module \e[31m"
summary: "\x00\x7f"
items:
  - kind: lesson
    id: esc
    title: "Red \e[31m"
    body: "before \e[31mred\e[0m after\r\nnext \u202Eline"
  - kind: lesson
    id: file
    title: F
    body_file: raw.md
  - kind: interview
    id: iv
    title: "I\e"
    note: "\e"
    source: {publication: "\e", date: "\e", title: "\e", author: "\e", url: "\e", note: "\e"}
    participants:
      - {id: a, name: "\e[5mA", role: "\x1b"}
    turns:
      - {speaker: a, text: "\e[8mhidden\e[0m"}
  - kind: quiz
    id: q
    title: "\e"
    pass_mark: 50
    questions:
      - kind: single_choice
        id: s
        prompt: "\e[1mP"
        explanation: "\x07"
        choices: ["\e[1ma", "b\t"]
        answer: 1
      - kind: multiple_choice
        id: m
        prompt: P
        choices: ["\e", "\x08"]
        answers: [1]
      - kind: short_answer
        id: sa
        prompt: P
        answers: ["\e[0m"]
      - kind: ordering
        id: o
        prompt: P
        items: ["\e1", "\e2"]
"#;
    let dir = temp_course(&[
        ("course.yaml", manifest.as_bytes()),
        ("modules/a.yaml", module.as_bytes()),
        (
            "raw.md",
            b"raw \x1b[31m escape\r\nand \x1b]8;;http://x\x07link\n",
        ),
    ]);
    let course = load_dir(dir.path()).unwrap_or_else(|r| panic!("{r}"));
    match &course.modules[0].items[0] {
        Item::Lesson(l) => {
            assert_eq!(
                l.body,
                "before \u{241b}[31mred\u{241b}[0m after\nnext \u{fffd}line"
            );
            assert_eq!(l.title, "Red \u{241b}[31m");
        }
        other => panic!("expected a lesson, found a {}", other.kind()),
    }
    match &course.modules[0].items[1] {
        Item::Lesson(l) => {
            assert_eq!(
                l.body,
                "raw \u{241b}[31m escape\nand \u{241b}]8;;http://x\u{2407}link\n"
            );
        }
        other => panic!("expected a lesson, found a {}", other.kind()),
    }
    let strings = all_strings(&course);
    assert!(strings.len() > 40, "the walk should see every string");
    for s in strings {
        assert!(
            !s.chars().any(|c| c.is_control() && c != '\n'),
            "a control character survived loading: {s:?}"
        );
    }
}

#[test]
fn control_characters_cannot_hide_in_ids_or_messages() {
    let module = "id: m\ntitle: M\nitems:\n  - kind: interview\n    id: i\n    title: I\n    \
                  source: {publication: P, date: D}\n    participants:\n      - id: \"h\\e[8m\"\n        \
                  name: H\n    turns:\n      - speaker: \"h\\e[8m\"\n        text: T\n  - kind: lesson\n    \
                  id: l\n    \"ti\\e[2Jtle\": L\n";
    let dir = temp_module(module);
    let found = report_of(dir.path()).problems;
    // The title is missing, and the unknown field's name is shown, but inert.
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].line, Some(16));
    assert!(
        found[1]
            .message
            .to_string()
            .contains("unknown field `ti\u{241b}[2Jtle`"),
        "{}",
        found[1].message
    );

    let fixed = module.replace("\"ti\\e[2Jtle\": L", "title: L\n    body: B");
    let dir = temp_module(&fixed);
    assert_eq!(
        report_of(dir.path()).problems,
        vec![problem(
            dir.path(),
            "modules/a.yaml",
            9,
            9,
            "participant id `h\u{241b}[8m` must be non-empty and use only letters, digits, `-`, `_` and `.`"
        )]
    );

    let dir = temp_course(&[(
        "course.yaml",
        b"id: t\ntitle: T\nmodules: [\"m\\e[2J.yaml\"]\n",
    )]);
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message.to_string(),
        "module file `m\u{241b}[2J.yaml`: the path contains a control character"
    );
    for p in &found {
        assert!(!p.to_string().chars().any(char::is_control), "{p}");
    }
}

// ---------------------------------------------------------------------------
// The bundled course

/// The bundled short answers that use `pattern` and `ignore_accents` load with them
/// and grade as the course format says.
#[test]
fn bundled_short_answers_use_patterns_and_loose_accents() {
    use amphi::quiz::{Response, grade};
    let course = load_bundled().expect("the bundled course loads");
    let short = |module: &str| {
        let m = &course.modules[course.module_index(module).expect("module")];
        let (_, quiz) = m.final_quiz().expect("a quiz");
        quiz.questions
            .iter()
            .find(|q| q.key.kind() == "short_answer")
            .expect("a short answer")
            .key
            .clone()
    };
    let says = |key: &AnswerKey, text: &str| grade(key, &Response::Text(text.into()));
    let dh = short("collective-intelligence");
    assert!(matches!(
        dh,
        AnswerKey::ShortAnswer {
            ignore_accents: true,
            ..
        }
    ));
    assert!(says(&dh, "Humanites numeriques"));
    assert!(says(&dh, "humanités numériques"));
    let dark = short("marketing-after-the-buzz");
    assert!(matches!(
        dark,
        AnswerKey::ShortAnswer {
            pattern: Some(_),
            ..
        }
    ));
    for typed in ["dark social", "The Dark-Social", "darksocial"] {
        assert!(says(&dark, typed), "{typed}");
    }
    assert!(!says(&dark, "dark"));
}

#[test]
fn bundled_course_is_complete() {
    let course = load_bundled().unwrap_or_else(|r| panic!("the bundled course is invalid:\n{r}"));
    assert!(
        course.modules.len() >= 5,
        "{} modules",
        course.modules.len()
    );
    let mut all_kinds = std::collections::BTreeSet::new();
    for (mi, m) in course.modules.iter().enumerate() {
        let count = |kind: &str| m.items.iter().filter(|i| i.kind() == kind).count();
        if m.id == "final-assessment" {
            // The last module is the course's final assessment: an introduction
            // and a quiz that draws on every other module.
            assert_eq!(
                mi,
                course.modules.len() - 1,
                "the final assessment comes last"
            );
            let Some(Item::Quiz(quiz)) = m.items.last() else {
                panic!("the final assessment does not end with a quiz")
            };
            for other in &course.modules[..mi] {
                assert!(
                    quiz.questions.iter().any(|q| q
                        .objectives
                        .iter()
                        .any(|o| other.objectives.iter().any(|d| &d.id == o))),
                    "the final assessment asks nothing on module `{}`",
                    other.id
                );
            }
        } else {
            assert!(
                count("lesson") >= 2,
                "module `{}` has {} lessons",
                m.id,
                count("lesson")
            );
            assert!(
                count("interview") >= 1,
                "module `{}` has no interview",
                m.id
            );
        }
        let Some(Item::Quiz(quiz)) = m.items.last() else {
            panic!("module `{}` does not end with a quiz", m.id)
        };
        assert!(
            quiz.questions.len() >= 5,
            "quiz of `{}`: {} questions",
            m.id,
            quiz.questions.len()
        );
        let kinds: Vec<&str> = quiz.questions.iter().map(|q| q.key.kind()).collect();
        for kind in [
            "multiple_choice",
            "ordering",
            "short_answer",
            "single_choice",
            "true_false",
        ] {
            assert!(
                kinds.contains(&kind),
                "quiz of `{}` has no {kind} question",
                m.id
            );
        }
        all_kinds.extend(kinds.iter().map(|k| k.to_string()));
    }
    for s in all_strings(&course) {
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
    }
    // The course uses every question kind at least once.
    let every: std::collections::BTreeSet<String> = [
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
        "matching",
        "fill_blanks",
        "numeric",
    ]
    .iter()
    .map(|k| k.to_string())
    .collect();
    assert_eq!(all_kinds, every);
}

// ---------------------------------------------------------------------------
// Hostile input: the YAML test suite

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.file_name().is_some_and(|n| n == "in.yaml") {
            out.push(path);
        }
    }
}

#[test]
fn yaml_test_suite_never_panics_or_hangs() {
    let Some(corpus) = crate::common::outside::shared("corpora/yaml-test-suite") else {
        return;
    };
    let corpus = corpus.as_path();
    let mut files = Vec::new();
    yaml_files(corpus, &mut files);
    assert!(
        files.len() >= 300,
        "only {} in.yaml files found in {}",
        files.len(),
        corpus.display()
    );

    let (progress, seen) = mpsc::channel::<usize>();
    let worker_files = files.clone();
    let worker = std::thread::spawn(move || {
        let dir = temp_course(&[("course.yaml", MANIFEST_ONE_MODULE.as_bytes())]);
        let module = dir.path().join("modules/a.yaml");
        fs::create_dir_all(module.parent().expect("parent")).expect("create folder");
        let expected_file = shown(dir.path(), "modules/a.yaml");
        let mut failures = Vec::new();
        for (i, path) in worker_files.iter().enumerate() {
            fs::copy(path, &module).expect("copy a test case");
            let root = dir.path().to_owned();
            match std::panic::catch_unwind(move || load_dir(&root)) {
                Ok(Ok(_)) => {}
                Ok(Err(report)) => match report.problems.first() {
                    None => failures.push(format!("{}: Err with no problem", path.display())),
                    Some(p) if p.file != expected_file => failures.push(format!(
                        "{}: the first problem names {}, not the module file: {p}",
                        path.display(),
                        p.file
                    )),
                    Some(_) => {}
                },
                Err(_) => failures.push(format!("{}: the loader panicked", path.display())),
            }
            if progress.send(i).is_err() {
                break;
            }
        }
        failures
    });
    for (i, path) in files.iter().enumerate() {
        match seen.recv_timeout(Duration::from_secs(20)) {
            Ok(done) => assert_eq!(done, i),
            Err(_) => panic!("the loader hangs (or died) on {}", path.display()),
        }
    }
    let failures = worker.join().expect("the worker thread");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// `amphi check` through the binary

fn amphi_check(path: Option<&Path>) -> (i32, String) {
    let state = tempfile::tempdir().expect("temporary folder");
    let mut cmd = crate::common::isolated::amphi();
    cmd.arg("check")
        .env("AMPHI_STATE", state.path().join("state.json"));
    if let Some(p) = path {
        cmd.arg(p);
    }
    let out = cmd.output().expect("run amphi");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
    )
}

#[test]
fn check_accepts_the_bundled_course() {
    let (code, out) = amphi_check(None);
    assert_eq!(code, 0, "{out}");
    let first = out.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("Sociology of the Web") && first.contains(": valid — "),
        "{out}"
    );
}

#[test]
fn check_accepts_the_minimal_fixture() {
    let (code, out) = amphi_check(Some(&fixture("valid", "minimal")));
    assert_eq!(code, 0, "{out}");
    assert_eq!(out, "Minimal course: valid — 2 modules, 6 items\n");
}

#[test]
fn check_lists_every_problem_of_a_broken_course() {
    let dir = fixture("invalid", "several-problems");
    let (code, out) = amphi_check(Some(&dir));
    assert_eq!(code, 1, "{out}");
    // The first line of each diagnostic, and the summary; the source lines and
    // carets below each are snapshotted in tests/it/cli_check.rs.
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| {
            let gutter = l.trim_start_matches(|c: char| c == ' ' || c.is_ascii_digit());
            !l.is_empty() && !gutter.starts_with('|')
        })
        .collect();
    let a = shown(&dir, "modules/a.yaml");
    let b = shown(&dir, "modules/b.yaml");
    assert_eq!(
        lines,
        [
            format!("{a}:9:5: duplicate item id `one` in module `a`"),
            format!("{a}:15:5: pass mark 101 of quiz `quiz` is outside 0–100 (it is a percentage)"),
            format!(
                "{a}:21:9: question `q1`: answer 5 is out of range: choices are numbered 1 to 2"
            ),
            format!(
                "{b}:14:9: unknown speaker `nobody` in interview `talk`: expected one of the participant ids (`host`)"
            ),
            format!("{b}:20:5: quiz `quiz` has no questions"),
            "5 errors in 2 files".to_string(),
        ]
    );
}

#[test]
fn choices_must_be_told_apart() {
    assert_only(
        "duplicate-choice",
        "modules/a.yaml",
        12,
        9,
        "question `q1`: lists the same choice twice, so the learner cannot tell them apart",
    );
}

#[test]
fn an_empty_body_file_is_a_lesson_without_text() {
    assert_only(
        "empty-body-file",
        "modules/a.yaml",
        7,
        5,
        "lesson `one`: body_file `lessons/empty.md` is empty",
    );
}

#[test]
fn empty_names_sources_turns_and_items_to_order_are_errors_at_their_line() {
    let module = "\
id: m
title: M
items:
  - kind: interview
    id: iv
    title: An interview
    source:
      publication: \"\"
      date: \" \"
    participants:
      - id: a
        name: \"\"
    turns:
      - speaker: a
        text: Hello.
      - speaker: a
        text: \"\"
  - kind: quiz
    id: q
    title: Q
    pass_mark: 50
    questions:
      - kind: ordering
        id: o
        prompt: Put in order.
        items: [one, \"\", three]
";
    let dir = temp_module(module);
    let report = report_of(dir.path());
    let found: Vec<(Option<usize>, String)> = report
        .problems
        .iter()
        .map(|p| (p.line, p.message.to_string()))
        .collect();
    for (line, message) in [
        (12, "participant `a` of interview `iv` has an empty name"),
        (7, "the source of interview `iv` has an empty publication"),
        (7, "the source of interview `iv` has an empty date"),
        (17, "turn 2 of interview `iv` has no text"),
    ] {
        assert!(
            found.contains(&(Some(line), message.to_string())),
            "{message} at line {line} in {found:#?}"
        );
    }
    assert!(
        found
            .iter()
            .any(|(_, m)| m.contains("item 2 to order is empty")),
        "{found:#?}"
    );
}

#[test]
fn hint_and_hints_together_are_refused_at_hints() {
    assert_only(
        "hint-and-hints",
        "modules/a.yaml",
        14,
        9,
        "question `both`: give either `hint` (one hint) or `hints` (a list), not both",
    );
}

#[test]
fn hint_cost_is_a_percentage_and_needs_hints() {
    let (dir, found) = problems("hint-cost-out-of-range");
    assert_eq!(
        found,
        vec![
            problem(
                &dir,
                "modules/a.yaml",
                14,
                9,
                "question `too-dear`: `hint_cost` 150 is outside 0–100 (it is a percentage of the question's points)"
            ),
            problem(
                &dir,
                "modules/a.yaml",
                19,
                9,
                "question `no-hints`: `hint_cost` is set but the question has no `hint` or `hints`"
            ),
        ]
    );
}

#[test]
fn a_fractional_hint_cost_is_refused_with_its_own_message() {
    let dir = temp_module(
        "id: m\ntitle: M\nitems:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: true_false\n        id: t\n        prompt: P\n        answer: true\n        hints: [h]\n        hint_cost: 12.5\n",
    );
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .to_string()
            .contains("`hint_cost` must be a whole number"),
        "{}",
        found[0].message
    );
    assert_eq!(found[0].line, Some(14), "{:?}", found[0]);
}

#[test]
fn a_reflection_takes_no_weight_and_no_blank_model_answer() {
    let (dir, found) = problems("reflection-scored");
    assert_eq!(
        found,
        vec![
            problem(
                &dir,
                "modules/a.yaml",
                12,
                9,
                "question `weighed`: a reflection is never scored: leave out `weight`"
            ),
            problem(
                &dir,
                "modules/a.yaml",
                16,
                9,
                "question `blank-model`: `model_answer` is empty: leave it out"
            ),
        ]
    );
}

#[test]
fn essay_is_another_name_of_reflection() {
    let course =
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/hints"))
            .expect("the hints fixture is valid");
    let Some(Item::Quiz(quiz)) = course.modules[0].items.get(1) else {
        panic!("the second item is a quiz");
    };
    let favourite = quiz.questions.iter().find(|q| q.id == "favourite").unwrap();
    assert_eq!(favourite.key.kind(), "reflection");
    assert_eq!(favourite.key, AnswerKey::Reflection { model_answer: None });
}

// ---------------------------------------------------------------------------
// Sections

#[test]
fn sections_group_the_items_of_a_module_in_study_order() {
    let course = load_dir(&fixture("valid", "sections")).expect("the sections fixture is valid");
    let grouped = &course.modules[0];
    let ids: Vec<&str> = grouped.items.iter().map(Item::id).collect();
    assert_eq!(ids, ["first", "second", "third", "check"]);
    let sections: Vec<(&str, &str, &str, std::ops::Range<usize>)> = grouped
        .sections
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.title.as_str(),
                s.summary.as_str(),
                s.items.clone(),
            )
        })
        .collect();
    assert_eq!(
        sections,
        [
            ("basics", "The basics", "Where to start.", 0..2),
            ("practice", "Practice", "", 2..4),
        ]
    );
    assert_eq!(grouped.section_of(3), Some(1));
    // A body_file inside a section is read like any other.
    let Item::Lesson(second) = &grouped.items[1] else {
        panic!("a lesson")
    };
    assert!(second.body.contains("read from a file"), "{}", second.body);
    // The quiz ending the second section is the module's final quiz.
    assert_eq!(
        grouped.final_quiz().map(|(i, q)| (i, q.id.as_str())),
        Some((3, "check"))
    );
    let flat = &course.modules[1];
    assert!(flat.sections.is_empty());
    assert_eq!(flat.section_of(0), None);
    assert_eq!(flat.items.len(), 2);
}

#[test]
fn a_module_with_both_items_and_sections_is_refused_at_the_second() {
    assert_only(
        "module-items-and-sections",
        "modules/a.yaml",
        8,
        1,
        "`items` and `sections` are both given: give one, not both",
    );
}

#[test]
fn a_module_with_neither_items_nor_sections_is_refused() {
    assert_only(
        "module-neither-items-nor-sections",
        "modules/a.yaml",
        1,
        1,
        "missing field: give `items` or `sections`",
    );
}

#[test]
fn duplicate_section_id_is_reported_at_the_second_section() {
    assert_only(
        "duplicate-section-id",
        "modules/a.yaml",
        11,
        5,
        "duplicate section id `s` in module `a`",
    );
}

#[test]
fn an_item_id_repeated_in_another_section_is_a_duplicate() {
    assert_only(
        "item-id-across-sections",
        "modules/a.yaml",
        15,
        9,
        "duplicate item id `one` in module `a` (in section `s2`, and first in section `s1`)",
    );
}

#[test]
fn an_empty_section_is_refused() {
    assert_only(
        "empty-section",
        "modules/a.yaml",
        13,
        5,
        "section `s2` of module `a` has no items: give it at least one, or leave the \
         section out",
    );
}

#[test]
fn a_problem_inside_a_section_is_located_in_it() {
    // An unknown field in the second section's lesson, and a bad section id.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("modules")).unwrap();
    fs::write(
        dir.path().join("course.yaml"),
        "id: c\ntitle: C\nmodules:\n  - modules/a.yaml\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("modules/a.yaml"),
        "id: a\ntitle: A\nsections:\n  - id: s1\n    title: S\n    items:\n      - kind: lesson\n        \
         id: one\n        title: One\n        body: x\n  - id: \"bad id\"\n    title: T\n    items:\n      \
         - kind: lesson\n        id: two\n        titel: Two\n        body: x\n",
    )
    .unwrap();
    let found = report_of(dir.path()).problems;
    let said: Vec<String> = found
        .iter()
        .map(|p| format!("{:?}:{:?}: {}", p.line, p.column, p.message))
        .collect();
    assert_eq!(
        said,
        ["Some(16):Some(9): lesson `two`: unknown field `titel`; did you mean `title`?"],
        "the structural problem first (the id is checked once the file reads)"
    );
    fs::write(
        dir.path().join("modules/a.yaml"),
        "id: a\ntitle: A\nsections:\n  - id: s1\n    title: S\n    items:\n      - kind: lesson\n        \
         id: one\n        title: One\n        body: x\n  - id: \"bad id\"\n    title: T\n    items:\n      \
         - kind: lesson\n        id: two\n        title: Two\n        body: x\n",
    )
    .unwrap();
    let found = report_of(dir.path()).problems;
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].line, found[0].column), (Some(11), Some(5)));
    assert!(
        found[0]
            .message
            .to_string()
            .starts_with("section id `bad id` must be"),
        "{found:#?}"
    );
}
