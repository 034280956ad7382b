//! The other commands through the real binary: `amphi new` (a course that
//! checks and opens), `amphi progress` in every format against a known state,
//! `amphi completions`, `amphi man`, `--version` and every subcommand's help.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use amphi::course::{AnswerKey, Item};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs `amphi ARGS` with `state` as the state file.
fn amphi_with_state(args: &[&OsStr], state: &Path) -> Output {
    crate::common::isolated::amphi()
        .args(args)
        .env("AMPHI_STATE", state)
        .env_remove("NO_COLOR")
        .output()
        .expect("run amphi")
}

/// Runs `amphi ARGS` with a scratch state file.
fn amphi(args: &[&str]) -> Output {
    let state = tempfile::tempdir().expect("temporary folder");
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    amphi_with_state(&args, &state.path().join("state.json"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// ---------------------------------------------------------------------------
// amphi new

fn new_course(dir: &Path, title: &str) -> Output {
    let args = [
        OsStr::new("new"),
        dir.as_os_str(),
        OsStr::new("--title"),
        OsStr::new(title),
    ];
    let state = tempfile::tempdir().unwrap();
    amphi_with_state(&args, &state.path().join("state.json"))
}

#[test]
fn new_scaffolds_a_course_that_checks_and_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tea");
    let title = "Brewing tea: \"the basics\" # 1";
    let out = new_course(&dir, title);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    for file in [
        "course.yaml",
        "modules/01-getting-started.yaml",
        "lessons/longer-reading.md",
        "glossary.yaml",
        "README.md",
    ] {
        let path = dir.join(file);
        assert!(path.is_file(), "{file} written");
        assert!(said.contains(&path.display().to_string()), "{said}");
    }

    // `amphi check DIR` passes on it.
    let check = amphi(&["check", dir.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert_eq!(
        stdout(&check),
        format!("{title}: valid — 1 module, 4 items\n")
    );

    // It opens, with one item of each kind and every question kind.
    let course = amphi::course::load_dir(&dir).expect("the new course opens");
    assert_eq!(course.info.title, title);
    assert_eq!(course.info.id, "brewing-tea-the-basics-1");
    let items = &course.modules[0].items;
    let terms: Vec<&str> = course.glossary.iter().map(|e| e.term.as_str()).collect();
    assert_eq!(terms, ["lesson", "quiz"], "a glossary to start from");
    let kinds: Vec<&str> = items.iter().map(Item::kind).collect();
    assert_eq!(kinds, ["lesson", "lesson", "interview", "quiz"]);
    assert!(matches!(&items[1], Item::Lesson(l) if l.body_file.is_some()));
    let Item::Quiz(quiz) = &items[3] else {
        panic!("the last item is a quiz")
    };
    let mut question_kinds: Vec<&str> = quiz.questions.iter().map(|q| q.key.kind()).collect();
    question_kinds.sort_unstable();
    assert_eq!(
        question_kinds,
        [
            "fill_blanks",
            "matching",
            "multiple_choice",
            "numeric",
            "ordering",
            "short_answer",
            "single_choice",
            "true_false"
        ]
    );
    assert!(matches!(
        quiz.questions[0].key,
        AnswerKey::SingleChoice { answer: 2, .. }
    ));

    // The README explains the files and points at the format reference.
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(readme.starts_with(&format!("# {title}\n")), "{readme}");
    for part in [
        "course.yaml",
        "modules/01-getting-started.yaml",
        "lessons/longer-reading.md",
        "glossary.yaml",
        "docs/course-format.md",
        "amphi check",
    ] {
        assert!(readme.contains(part), "the README mentions {part}");
    }
}

#[test]
fn new_takes_an_empty_folder_and_an_explicit_id() {
    let tmp = tempfile::tempdir().unwrap();
    let out = amphi(&[
        "new",
        tmp.path().to_str().unwrap(),
        "--title",
        "Économie",
        "--id",
        "org.example.eco",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let course = amphi::course::load_dir(tmp.path()).unwrap();
    assert_eq!(course.info.id, "org.example.eco");
    assert_eq!(course.info.title, "Économie");
}

#[test]
fn new_refuses_a_non_empty_folder_a_file_and_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    let full = tmp.path().join("full");
    std::fs::create_dir(&full).unwrap();
    std::fs::write(full.join("notes.txt"), "mine").unwrap();
    let out = new_course(&full, "T");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not empty"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_dir(&full).unwrap().count(),
        1,
        "nothing written"
    );
    assert_eq!(
        std::fs::read_to_string(full.join("notes.txt")).unwrap(),
        "mine"
    );

    let file = tmp.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let out = new_course(&file, "T");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a folder"), "{}", stderr(&out));

    let dir = tmp.path().join("fresh");
    let d = dir.to_str().unwrap();
    for args in [
        &["new", d][..],
        &["new", d, "--title", "  "],
        &["new", d, "--title", "a\nb"],
        &["new", d, "--title", "T", "--id", "not an id"],
    ] {
        let out = amphi(args);
        assert_eq!(out.status.code(), Some(2), "amphi {args:?}");
        assert!(!dir.exists(), "amphi {args:?} wrote nothing");
    }
}

// ---------------------------------------------------------------------------
// amphi progress

fn progress_course() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/cli/progress-course")
}

/// A state with known progress in `progress-course` (and another course, which
/// is ignored), written as `amphi::progress::State` serialises.
const STATE: &str = r#"{
  "version": 1,
  "courses": {
    "cli-progress": {
      "position": {"module": "talk", "item": "chat", "anchor": {"block": 0, "line": 0}},
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
         "score": {"points": 1, "max": 2}, "pass_mark": 60, "passed": false, "answers": []},
        {"module": "reading", "quiz": "final", "started_at": 1767226400, "finished_at": 1767226500,
         "score": {"points": 2, "max": 2}, "pass_mark": 60, "passed": true, "answers": []},
        {"module": "talk", "quiz": "quiz", "started_at": 1767226600, "finished_at": 1767226700,
         "score": {"points": 1, "max": 2}, "pass_mark": 100, "passed": false, "answers": []}
      ]
    },
    "another-course": {
      "read": {"talk/chat": 1767225600}
    }
  }
}"#;

/// `amphi --state STATE progress [--format FORMAT] progress-course`.
fn progress(format: Option<&str>) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state.json");
    std::fs::write(&state, STATE).unwrap();
    let course = progress_course();
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("--state"),
        state.as_os_str(),
        OsStr::new("progress"),
    ];
    if let Some(f) = format {
        args.extend([OsStr::new("--format"), OsStr::new(f)]);
    }
    args.push(course.as_os_str());
    // AMPHI_STATE points elsewhere: --state wins.
    let out = amphi_with_state(&args, &tmp.path().join("other.json"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&state).unwrap(),
        STATE,
        "progress only reads"
    );
    stdout(&out)
}

#[test]
fn progress_as_text() {
    assert_eq!(progress(None), progress(Some("text")));
    insta::assert_snapshot!(progress(None), @r#"
    Progress, reported — 71 % done
    ✓ 1. Reading, first — 4/4 items done, 2/2 read, quiz best 100 % (pass mark 60 %, passed)
      2. A "quoted" talk — 0/2 items done, 0/1 read, quiz best 50 % (pass mark 100 %, not passed)
    ✓ 3. Extra reading — 1/1 items done, 1/1 read, no quiz
    "#);
}

#[test]
fn progress_as_json() {
    let report: serde_json::Value = serde_json::from_str(&progress(Some("json"))).unwrap();
    let quiz = |id: &str,
                is_final: bool,
                pass_mark: u32,
                attempts: u32,
                best: Option<u32>,
                passed: bool| {
        serde_json::json!({
            "id": id, "title": match id { "practice" => "Practice", "final" => "Final", _ => "Quiz" },
            "final": is_final, "pass_mark": pass_mark, "attempts": attempts,
            "best_percent": best, "passed": passed,
        })
    };
    assert_eq!(
        report,
        serde_json::json!({
            "course": {"id": "cli-progress", "title": "Progress, reported"},
            "done": 5, "total": 7, "percent": 71, "modules_complete": 2,
            "modules": [
                {"id": "reading", "title": "Reading, first", "done": 4, "total": 4, "percent": 100,
                 "complete": true, "read": 2, "readable": 2,
                 "quizzes": [quiz("practice", false, 50, 1, Some(100), true),
                             quiz("final", true, 60, 2, Some(100), true)]},
                {"id": "talk", "title": "A \"quoted\" talk", "done": 0, "total": 2, "percent": 0,
                 "complete": false, "read": 0, "readable": 1,
                 "quizzes": [quiz("quiz", true, 100, 1, Some(50), false)]},
                {"id": "extra", "title": "Extra reading", "done": 1, "total": 1, "percent": 100,
                 "complete": true, "read": 1, "readable": 1, "quizzes": []},
            ]
        })
    );
}

#[test]
fn progress_as_csv() {
    insta::assert_snapshot!(progress(Some("csv")), @r#"
    module,title,done,total,percent,complete,read,readable,quiz,pass_mark,attempts,best_percent,passed
    reading,"Reading, first",4,4,100,true,2,2,final,60,2,100,true
    talk,"A ""quoted"" talk",0,2,0,false,0,1,quiz,100,1,50,false
    extra,Extra reading,1,1,100,true,1,1,,,,,
    "#);
}

#[test]
fn progress_without_any_state_shows_nothing_done() {
    let out = amphi(&[
        "progress",
        "--format",
        "csv",
        progress_course().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("\nreading,\"Reading, first\",0,4,0,false,0,2,final,60,0,,false\n"),
        "{text}"
    );
}

#[test]
fn progress_of_a_missing_folder_is_a_usage_error() {
    let out = amphi(&["progress", "/no/such/course/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such folder"), "{}", stderr(&out));
    let broken = Path::new(ROOT).join("tests/fixtures/invalid/several-problems");
    let out = amphi(&["progress", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the course is invalid"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------
// completions, man, version, help

#[test]
fn completions_for_each_shell() {
    let out = amphi(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0));
    let bash = stdout(&out);
    for word in [
        "check",
        "progress",
        "new",
        "completions",
        "man",
        "--state",
        "--format",
    ] {
        assert!(bash.contains(word), "bash completion knows {word}");
    }
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = amphi(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = stdout(&out);
        assert!(
            script.contains("amphi") && script.contains("progress"),
            "{shell}: {script}"
        );
    }
    assert_eq!(amphi(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn man_prints_a_manual_page() {
    let out = amphi(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.starts_with(".TH"), "{page}");
    assert!(page.contains("amphi") && page.contains("check"), "{page}");
}

#[test]
fn version_prints_the_version() {
    let out = amphi(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        format!("amphi {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn every_subcommand_help_shows_an_example() {
    for sub in ["check", "new", "progress", "config", "completions", "man"] {
        let out = amphi(&[sub, "--help"]);
        assert_eq!(out.status.code(), Some(0), "amphi {sub} --help");
        let help = stdout(&out);
        assert!(
            help.contains("Example") && help.contains(&format!("  amphi {sub}")),
            "amphi {sub} --help:\n{help}"
        );
    }
    let help = stdout(&amphi(&["--help"]));
    for sub in ["check", "new", "progress", "completions", "man"] {
        assert!(help.contains(sub), "amphi --help lists {sub}:\n{help}");
    }
}

#[test]
fn commands_that_only_report_leave_a_broken_state_file_untouched_and_fail() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let state = dir.path().join("state.json");
    for args in [
        &["progress"][..],
        &["notes"],
        &["mastery"],
        &["export", "--xapi"],
        &["list"],
    ] {
        std::fs::write(&state, "{ broken").unwrap();
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let out = amphi_with_state(&args, &state);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot be read as amphi's progress")
                && stderr.contains("left untouched"),
            "{args:?}: {stderr}"
        );
        assert_eq!(
            std::fs::read_to_string(&state).unwrap(),
            "{ broken",
            "{args:?}"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("broken-"))
            .collect();
        assert!(names.is_empty(), "{args:?} moved it aside: {names:?}");
    }
}
