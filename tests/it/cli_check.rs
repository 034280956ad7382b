//! `amphi check` through the real binary: the text report (source line and caret
//! under each problem, then a summary) and the JSON report, snapshotted for broken
//! fixtures, and the exit codes (0 valid, 1 invalid, 2 usage or I/O error).
//!
//! Paths in the output are normalised: the repository root becomes `[ROOT]`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(ROOT)
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

/// Runs `amphi ARGS` with a scratch state file and no colour preference.
fn amphi(args: &[&OsStr]) -> Output {
    let state = tempfile::tempdir().expect("temporary folder");
    crate::common::isolated::amphi()
        .args(args)
        .env("AMPHI_STATE", state.path().join("state.json"))
        .env_remove("NO_COLOR")
        .output()
        .expect("run amphi")
}

/// `amphi check [--format FORMAT] PATH`: exit code and normalised stdout.
fn check(path: &Path, format: Option<&str>) -> (i32, String) {
    let mut args: Vec<&OsStr> = vec![OsStr::new("check")];
    if let Some(f) = format {
        args.extend([OsStr::new("--format"), OsStr::new(f)]);
    }
    args.push(path.as_os_str());
    let out = amphi(&args);
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    assert!(
        out.stderr.is_empty(),
        "nothing on stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().expect("an exit code"),
        stdout.replace(ROOT, "[ROOT]"),
    )
}

/// Snapshots the text and JSON reports of an invalid fixture and checks that both
/// exit with 1, that the JSON parses and agrees with the text, and that every
/// diagnostic starts with the plain `file:line:column: message` line.
fn snapshot_invalid(case: &str) {
    let dir = fixture("invalid", case);
    let (code, text) = check(&dir, None);
    assert_eq!(code, 1, "{text}");
    assert!(!text.contains('\u{1b}'), "no colour when not a terminal");
    insta::assert_snapshot!(format!("{case}_text"), text);

    let (code, json) = check(&dir, Some("json"));
    assert_eq!(code, 1, "{json}");
    insta::assert_snapshot!(format!("{case}_json"), json);

    let report: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(report["valid"], false);
    assert!(report["course"].is_null());
    let problems = report["problems"].as_array().expect("a problems array");
    let errors = problems.iter().filter(|p| p["severity"] == "error").count();
    assert!(errors > 0);
    assert_eq!(report["summary"]["errors"], errors);
    assert_eq!(report["summary"]["warnings"], problems.len() - errors);
    // Each problem's plain line is in the text report, at the start of a line.
    let lines: Vec<&str> = text.lines().collect();
    for plain in plain_lines(&report) {
        assert!(lines.contains(&plain.as_str()), "{plain:?} in\n{text}");
    }
    let last = lines.last().expect("a summary");
    assert!(last.contains(" error") && last.contains(" in "), "{last}");
}

macro_rules! invalid_fixtures {
    ($($name:ident => $case:literal,)*) => {
        $(
            #[test]
            fn $name() {
                snapshot_invalid($case);
            }
        )*
    };
}

invalid_fixtures! {
    several_problems_in_two_files => "several-problems",
    yaml_syntax_error => "yaml-syntax",
    item_kind_not_first => "kind-not-first",
    question_kind_not_first => "question-kind-not-first",
    unknown_field => "unknown-field",
    deep_type_error => "type-error-deep",
    duplicate_key => "duplicate-key",
    missing_module_file => "missing-module-file",
    module_path_leaves_the_folder => "module-path-dotdot",
    missing_body_file => "missing-body-file",
    unknown_speaker => "unknown-speaker",
    empty_course => "empty-course",
    answer_out_of_range => "single-choice-answer-out-of-range",
    group_inside_a_group => "group-nested",
    empty_group => "group-empty",
}

#[test]
fn a_problem_without_a_place_has_no_source_line() {
    let (code, text) = check(&fixture("cli", "not-utf8"), None);
    assert_eq!(code, 1, "{text}");
    insta::assert_snapshot!("not_utf8_text", text);
    let (_, json) = check(&fixture("cli", "not-utf8"), Some("json"));
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(report["problems"][0]["line"].is_null(), "{json}");
    assert!(report["problems"][0]["column"].is_null(), "{json}");
    assert_eq!(report["problems"][1]["line"], 8, "{json}");
    assert_eq!(report["summary"]["files"], 2, "{json}");
}

#[test]
fn a_broken_line_is_shown_inert() {
    let (code, text) = check(&fixture("cli", "hostile-line"), None);
    assert_eq!(code, 1, "{text}");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "no control character reaches the terminal:\n{text:?}"
    );
    assert!(text.contains('\u{241b}'), "ESC is shown as ␛:\n{text}");
    insta::assert_snapshot!("hostile_line_text", text);
}

#[test]
fn a_valid_course_exits_0_in_both_formats() {
    let dir = fixture("valid", "minimal");
    let (code, text) = check(&dir, None);
    assert_eq!(code, 0, "{text}");
    assert_eq!(text, "Minimal course: valid — 2 modules, 6 items\n");
    let (code, json) = check(&dir, Some("json"));
    assert_eq!(code, 0, "{json}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        report,
        serde_json::json!({
            "valid": true,
            "course": {"id": "minimal", "title": "Minimal course", "modules": 2, "items": 6},
            "problems": [],
            "summary": {"errors": 0, "warnings": 0, "files": 0},
        })
    );
}

#[test]
fn the_bundled_course_checks_without_a_path() {
    let out = amphi(&[
        OsStr::new("check"),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["valid"], true);
    assert_eq!(report["course"]["id"], "sociology-of-the-web");
}

#[test]
fn a_path_that_is_not_a_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-course");
    let file = dir.path().join("course.yaml");
    std::fs::write(&file, "id: x\n").unwrap();
    for (path, says) in [(&missing, "no such folder"), (&file, "is not a folder")] {
        for format in ["text", "json"] {
            let out = amphi(&[
                OsStr::new("check"),
                OsStr::new("--format"),
                OsStr::new(format),
                path.as_os_str(),
            ]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{stderr}");
            assert!(out.stdout.is_empty(), "nothing on stdout");
            assert!(
                stderr.starts_with("amphi: ")
                    && stderr.contains(says)
                    && stderr.contains(&path.display().to_string()),
                "{stderr}"
            );
        }
    }
}

#[test]
fn a_folder_without_a_course_is_invalid_not_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, text) = check(dir.path(), None);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("course.yaml: file not found"), "{text}");
    assert!(text.ends_with("1 error in 1 file\n"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check", "--format", "xml"][..],
        &["check", "a", "b"],
        &["check", "--no-such-option"],
    ] {
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let out = amphi(&args);
        assert_eq!(out.status.code(), Some(2), "amphi {args:?}");
        assert!(!out.stderr.is_empty());
    }
}

/// Every problem of a JSON report in its text form: `file:line:column: message`,
/// with `warning: ` before the message of a warning.
fn plain_lines(report: &serde_json::Value) -> Vec<String> {
    let problems = report["problems"].as_array().expect("a problems array");
    problems
        .iter()
        .map(|p| {
            let file = p["file"].as_str().unwrap();
            let place = match (p["line"].as_u64(), p["column"].as_u64()) {
                (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
                _ => file.to_owned(),
            };
            let warning = if p["severity"] == "warning" {
                "warning: "
            } else {
                assert_eq!(p["severity"], "error");
                ""
            };
            format!("{place}: {warning}{}", p["message"].as_str().unwrap())
        })
        .collect()
}

#[test]
fn warnings_leave_a_course_valid() {
    let dir = fixture("warnings", "legal-but-likely-wrong");
    let (code, text) = check(&dir, None);
    assert_eq!(code, 0, "warnings alone exit 0: {text}");
    insta::assert_snapshot!("warnings_text", text);
    let (code, json) = check(&dir, Some("json"));
    assert_eq!(code, 0, "{json}");
    insta::assert_snapshot!("warnings_json", json);

    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["valid"], true);
    assert_eq!(report["course"]["items"], 25);
    assert_eq!(
        report["summary"],
        serde_json::json!({"errors": 0, "warnings": 5, "files": 3})
    );
    let lines: Vec<&str> = text.lines().collect();
    for plain in plain_lines(&report) {
        assert!(plain.contains(": warning: "), "{plain}");
        assert!(lines.contains(&plain.as_str()), "{plain:?} in\n{text}");
    }
    assert_eq!(
        lines[lines.len() - 2],
        "Legal but likely wrong: valid — 2 modules, 25 items"
    );
    assert_eq!(lines[lines.len() - 1], "0 errors, 5 warnings in 3 files");
    // One warning of each kind, each at its key.
    for line in [
        "01-drafts.yaml:7:5: warning: lesson `only-markup` has no words",
        "01-drafts.yaml:11:5: warning: lesson `unfinished` still says `TODO`",
        "01-drafts.yaml:16:5: warning: quiz `bare-quiz`: no question has an `explanation`",
        "02-long.yaml:1:1: warning: module `long` is long (21 items",
        "glossary.yaml:5:5: warning: glossary term `kaleidoscope` is used in no lesson",
    ] {
        assert!(lines.iter().any(|l| l.contains(line)), "{line} in\n{text}");
    }
    assert!(
        !text.contains("explained-quiz"),
        "one explanation in a quiz is enough:\n{text}"
    );
    assert!(
        !text.contains("`paragraph`"),
        "a term used (here through its alias) is no warning:\n{text}"
    );
}

#[test]
fn errors_come_first_and_warnings_are_counted_in_the_summary() {
    let dir = fixture("warnings", "errors-and-warnings");
    let (code, text) = check(&dir, None);
    assert_eq!(code, 1, "{text}");
    insta::assert_snapshot!("errors_and_warnings_text", text);
    assert!(
        text.ends_with("\n2 errors, 2 warnings in 2 files\n"),
        "{text}"
    );
    let (code, json) = check(&dir, Some("json"));
    assert_eq!(code, 1, "{json}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let severities: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities, ["error", "error", "warning", "warning"]);
    assert_eq!(report["summary"]["warnings"], 2);
    let lines: Vec<&str> = text.lines().collect();
    for plain in plain_lines(&report) {
        assert!(lines.contains(&plain.as_str()), "{plain:?} in\n{text}");
    }
}

#[test]
fn the_bundled_and_the_scaffolded_course_have_no_warnings() {
    let out = amphi(&[
        OsStr::new("check"),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["warnings"], 0, "{report:#}");

    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("tea");
    let out = amphi(&[
        OsStr::new("new"),
        course.as_os_str(),
        OsStr::new("--title"),
        OsStr::new("Tea"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let (code, json) = check(&course, Some("json"));
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["warnings"], 0, "{report:#}");
}

#[test]
fn a_module_that_cannot_be_read_gives_no_unused_glossary_term_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("c");
    let out = amphi(&[
        OsStr::new("new"),
        dir.as_os_str(),
        OsStr::new("--title"),
        OsStr::new("T"),
    ]);
    assert!(out.status.success(), "{out:?}");
    let (code, text) = check(&dir, None);
    assert_eq!(code, 0, "a new course checks clean: {text}");
    assert!(!text.contains("warning"), "{text}");
    // Break the one module file: its lessons (where the terms are used) are gone.
    let modules = dir.join("modules");
    let module = std::fs::read_dir(&modules)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "yaml"))
        .unwrap();
    std::fs::write(&module, "id: [unclosed\n").unwrap();
    let (code, text) = check(&dir, None);
    assert_eq!(code, 1, "{text}");
    assert!(
        !text.contains("is used in no lesson"),
        "no usage warnings while a module cannot be read:\n{text}"
    );
}

/// Copies the fixture course `valid/CASE` into a new temporary folder.
fn copy_fixture(case: &str) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("create folder");
        for entry in std::fs::read_dir(from).expect("read folder") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("type").is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).expect("copy");
            }
        }
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    copy(&fixture("valid", case), dir.path());
    dir
}

#[test]
fn math_that_cannot_be_drawn_or_never_closes_is_warned_at_its_place() {
    let (code, text) = check(&fixture("valid", "math"), None);
    assert_eq!(code, 0, "warnings only: {text}");
    assert!(
        text.contains(
            "01-formulas.yaml:24:7: warning: lesson `roots`: this formula is shown as its TeX \
             source: environments (align, matrices, cases…) are not drawn"
        ),
        "{text}"
    );
    let dir = copy_fixture("math");
    let module = dir.path().join("modules/01-formulas.yaml");
    let yaml = std::fs::read_to_string(&module).unwrap();
    let yaml = yaml
        .replace("The sum of the first", "The sum $$ of the first")
        .replace("\"$b^2 - 4ac = 0$\"", "\"$\\\\oops$\"");
    std::fs::write(&module, yaml).unwrap();
    let glossary = dir.path().join("glossary.yaml");
    let terms = std::fs::read_to_string(&glossary).unwrap();
    std::fs::write(&glossary, terms.replace("\\\\approx", "\\\\aprox")).unwrap();
    let (code, text) = check(dir.path(), None);
    assert_eq!(code, 0, "warnings only: {text}");
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains(": warning: ")).collect();
    let ends = |l: &str| l.rsplit(['/', '\\']).next().unwrap().to_string();
    let warnings: Vec<String> = warnings.iter().map(|l| ends(l)).collect();
    assert_eq!(
        warnings,
        [
            "01-formulas.yaml:16:15: warning: lesson `roots`: `$$` opens display math that never \
             closes, so it shows as typed",
            "01-formulas.yaml:24:7: warning: lesson `roots`: this formula is shown as its TeX \
             source: environments (align, matrices, cases…) are not drawn",
            "01-formulas.yaml:52:9: warning: quiz `check`, question `q-disc`: this formula is \
             shown as its TeX source: unknown primitive command found",
            "glossary.yaml:3:5: warning: glossary term `golden ratio`: this formula is shown as \
             its TeX source: unknown primitive command found",
        ],
        "{text}"
    );
}
