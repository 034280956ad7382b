//! Size and shape limits (docs/course-format.md, "Limits"): every hostile shape is
//! refused quickly, with a problem that names the file.
//!
//! Each test builds its input in a temporary course folder, loads it with
//! `load_dir` and checks the message, the file it names and that loading took
//! well under [`QUICK`] (a sanity bound for a debug build on a busy machine: the
//! point is that nothing hangs, grows without bound or overflows the stack). Loads
//! that could recurse run in a thread with the default 2 MiB stack of a test
//! thread, set explicitly so that `RUST_MIN_STACK` cannot hide an overflow.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use amphi::course::{Course, Problem, Report, load_dir};

/// The documented limits, as the tests expect them.
const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
const MAX_COURSE_BYTES: usize = 64 * 1024 * 1024;
const MAX_ENTRIES: usize = 10_000;

/// Longest a refusal may take, even in a debug build on a machine busy with
/// other builds: a guard against a hang or a blow-up (minutes), not a measure of
/// speed. Speed is measured by `benches/load.rs` and `benches/linear.rs`, and
/// linear cost is checked by ratio in `tests/it/linear.rs`. A million-item list
/// takes about 3 s here alone and took 10 s while nine builds shared two cores.
const QUICK: Duration = Duration::from_secs(30);

/// The default stack of a spawned test thread.
const TEST_STACK: usize = 2 * 1024 * 1024;

const MANIFEST: &str = "id: temp\ntitle: \"Temporary course\"\nmodules:\n  - modules/a.yaml\n";

const MODULE_HEAD: &str = "id: m\ntitle: \"A module\"\n";

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
fn temp_module(module: &[u8]) -> tempfile::TempDir {
    temp_course(&[
        ("course.yaml", MANIFEST.as_bytes()),
        ("modules/a.yaml", module),
    ])
}

/// How the loader names `file` of the course folder `dir`.
fn shown(dir: &Path, file: &str) -> String {
    format!("{}/{file}", dir.display())
}

/// Loads `dir` on a thread with a test thread's stack, and times it.
fn load_timed(dir: &Path) -> (Result<Course, Report>, Duration) {
    let dir = dir.to_owned();
    std::thread::Builder::new()
        .stack_size(TEST_STACK)
        .spawn(move || {
            let start = Instant::now();
            let result = load_dir(&dir);
            (result, start.elapsed())
        })
        .expect("spawn a loader thread")
        .join()
        .expect("the loader panicked (or overflowed its stack)")
}

/// Loads `dir`, expecting it to be refused quickly; returns the problems.
fn refused(dir: &Path) -> Vec<Problem> {
    let (result, took) = load_timed(dir);
    assert!(took < QUICK, "loading took {took:?}");
    match result {
        Ok(_) => panic!("the course loaded, but it must be refused"),
        Err(report) => report.problems,
    }
}

/// Asserts that `problems` holds exactly one problem, in `file`, whose message
/// contains every one of `parts`; returns it.
fn only(problems: &[Problem], file: &str, parts: &[&str]) -> Problem {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = &problems[0];
    assert_eq!(p.file, file, "{p}");
    for part in parts {
        assert!(
            p.message.to_string().contains(part),
            "`{part}` missing from: {p}"
        );
    }
    p.clone()
}

/// `n` minimal lessons, one a line, in block style, ids `l0`, `l1`…
fn lessons(n: usize) -> String {
    let mut out = String::with_capacity(n * 48);
    for i in 0..n {
        let _ = writeln!(out, "  - {{kind: lesson, id: l{i}, title: T, body: B}}");
    }
    out
}

// ---------------------------------------------------------------------------
// File size

#[test]
fn a_module_file_over_4_mib_is_refused_before_parsing() {
    let mut module = format!("{MODULE_HEAD}items:\n{}", lessons(1)).into_bytes();
    // Valid YAML all the way: a comment as padding, one byte over the limit.
    module.extend_from_slice(b"# ");
    module.resize(MAX_FILE_BYTES, b'x');
    module.extend_from_slice(b"\n");
    assert_eq!(module.len(), MAX_FILE_BYTES + 1);
    let dir = temp_module(&module);
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["larger than 4 MiB", "4194304 bytes"],
    );
    assert_eq!(p.line, None, "no place in the file applies: {p}");
}

#[test]
fn a_module_file_of_exactly_4_mib_is_read() {
    let mut module = format!("{MODULE_HEAD}items:\n{}", lessons(1)).into_bytes();
    module.extend_from_slice(b"# ");
    module.resize(MAX_FILE_BYTES - 1, b'x');
    module.extend_from_slice(b"\n");
    assert_eq!(module.len(), MAX_FILE_BYTES);
    let dir = temp_module(&module);
    let (result, took) = load_timed(dir.path());
    assert!(took < QUICK, "loading took {took:?}");
    let course = result.expect("a file of exactly 4 MiB is within the limit");
    assert_eq!(course.modules[0].items.len(), 1);
}

#[test]
fn a_huge_sparse_module_file_is_refused_without_reading_it() {
    let dir = temp_module(b"");
    let file = fs::OpenOptions::new()
        .write(true)
        .open(dir.path().join("modules/a.yaml"))
        .expect("open the module file");
    // 16 GiB of holes: reading it all would take far longer than QUICK (and the
    // memory to hold it).
    file.set_len(16 << 30).expect("a sparse file");
    drop(file);
    let problems = refused(dir.path());
    only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["larger than 4 MiB"],
    );
}

#[test]
fn course_yaml_over_4_mib_is_refused() {
    let mut manifest = MANIFEST.as_bytes().to_vec();
    manifest.extend_from_slice(b"# ");
    manifest.resize(MAX_FILE_BYTES + 10, b'x');
    let dir = temp_course(&[("course.yaml", &manifest)]);
    let problems = refused(dir.path());
    only(
        &problems,
        &shown(dir.path(), "course.yaml"),
        &["larger than 4 MiB"],
    );
}

#[test]
fn a_body_file_over_4_mib_is_refused() {
    let module = format!(
        "{MODULE_HEAD}items:\n  - kind: lesson\n    id: big\n    title: Big\n    body_file: lessons/big.md\n"
    );
    let body = vec![b'a'; MAX_FILE_BYTES + 1];
    let dir = temp_course(&[
        ("course.yaml", MANIFEST.as_bytes()),
        ("modules/a.yaml", module.as_bytes()),
        ("lessons/big.md", &body),
    ]);
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["body_file `lessons/big.md`", "larger than 4 MiB"],
    );
    assert_eq!((p.line, p.column), (Some(7), Some(5)), "{p}");
}

#[test]
fn a_course_over_64_mib_in_all_is_refused_at_the_file_that_goes_over() {
    // One 3.5 MiB lesson named by 40 lessons: 140 MiB if all were read.
    let body = "A long lesson.\n".repeat(3_500_000 / 15);
    let mut module = format!("{MODULE_HEAD}items:\n");
    for i in 0..40 {
        let _ = writeln!(
            module,
            "  - {{kind: lesson, id: l{i}, title: T, body_file: lessons/big.md}}"
        );
    }
    let dir = temp_course(&[
        ("course.yaml", MANIFEST.as_bytes()),
        ("modules/a.yaml", module.as_bytes()),
        ("lessons/big.md", body.as_bytes()),
    ]);
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "lessons/big.md"),
        &["more than 64 MiB", "a file named twice counts twice"],
    );
    assert!(MAX_COURSE_BYTES / body.len() < 40, "{p}");
}

#[test]
fn a_module_file_named_many_times_counts_each_time() {
    // A 3 MiB module (mostly a comment) named 30 times: 90 MiB.
    let mut module = format!("{MODULE_HEAD}items:\n{}", lessons(1)).into_bytes();
    module.extend_from_slice(b"# ");
    module.resize(3 << 20, b'x');
    module.push(b'\n');
    let mut manifest = "id: temp\ntitle: T\nmodules:\n".to_string();
    for _ in 0..30 {
        manifest.push_str("  - modules/a.yaml\n");
    }
    let dir = temp_course(&[
        ("course.yaml", manifest.as_bytes()),
        ("modules/a.yaml", &module),
    ]);
    let (result, took) = load_timed(dir.path());
    // Parsing 21 such files is the slow part: allow it more than a refusal.
    assert!(took < QUICK * 4, "loading took {took:?}");
    let problems = result.expect_err("over the limit").problems;
    let last = problems.last().expect("a problem");
    assert_eq!(last.file, shown(dir.path(), "modules/a.yaml"), "{last}");
    assert!(
        last.message.to_string().contains("more than 64 MiB"),
        "{last}"
    );
}

// ---------------------------------------------------------------------------
// Alias expansion bombs

/// The classic "billion laughs": nine levels of ten aliases each, 10^9 `lol`s,
/// written as the choices of nine questions.
fn billion_laughs() -> String {
    let mut out = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: single_choice\n        id: a\n        prompt: P\n        answer: 1\n        choices: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for w in names.windows(2) {
        let _ = writeln!(
            out,
            "      - kind: single_choice\n        id: {1}\n        prompt: P\n        answer: 1\n        choices: &{1} [*{0}, *{0}, *{0}, *{0}, *{0}, *{0}, *{0}, *{0}, *{0}, *{0}]",
            w[0], w[1]
        );
    }
    out
}

#[test]
fn the_billion_laughs_is_refused_quickly() {
    let dir = temp_module(billion_laughs().as_bytes());
    let problems = refused(dir.path());
    // The second question's choices are a list of lists where text is expected:
    // refused by its type before any deeper level is expanded.
    only(&problems, &shown(dir.path(), "modules/a.yaml"), &[]);
}

/// A bomb that type checks: a quiz whose one question has 1,000 choices is copied
/// 1,000 times as its own questions, and that quiz 1,000 times as items: 10^9
/// choices from a file of 33 kB.
fn typed_bomb(width: usize) -> String {
    let choices = vec!["lol"; width].join(", ");
    let mut out = format!(
        "{MODULE_HEAD}items:\n  - &quiz\n    kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - &question\n        kind: single_choice\n        id: a\n        prompt: P\n        answer: 1\n        choices: [{choices}]\n"
    );
    for _ in 1..width {
        out.push_str("      - *question\n");
    }
    for _ in 1..width {
        out.push_str("  - *quiz\n");
    }
    out
}

#[test]
fn an_alias_bomb_that_type_checks_is_refused_quickly() {
    let bomb = typed_bomb(1_000);
    assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
    let dir = temp_module(bomb.as_bytes());
    let problems = refused(dir.path());
    only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["aliases (`*name`)", "billion laughs"],
    );
}

#[test]
fn a_wide_alias_bomb_is_refused_by_serde_yaml_s_own_limit() {
    // Three levels of 100 aliases (items, questions, choices): a file of 300
    // events, and serde_yaml allows 100 alias uses per event, so its own limit
    // stops it after a few quiz copies, before the count of values would, and
    // before the text budget would (a comment of 1 MiB makes that 4 MiB).
    let width = 100;
    let mut module = format!(
        "# {}\n{MODULE_HEAD}items:\n  - &quiz\n    kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - &question\n        kind: single_choice\n        id: a\n        prompt: P\n        answer: 1\n        choices: [&lol lol{}]\n",
        "x".repeat(1024 * 1024),
        ", *lol".repeat(width - 1)
    );
    for _ in 1..width {
        module.push_str("      - *question\n");
    }
    for _ in 1..width {
        module.push_str("  - *quiz\n");
    }
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["aliases (`*name`)", "too many copies", "billion laughs"],
    );
}

#[test]
fn many_aliases_to_a_small_map_are_read() {
    // 5,000 copies of a small map are well within both limits.
    let mut module = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - &q {{kind: true_false, id: a, prompt: P, answer: true}}\n"
    );
    for _ in 0..5_000 {
        module.push_str("      - *q\n");
    }
    let dir = temp_module(module.as_bytes());
    let (result, took) = load_timed(dir.path());
    assert!(took < QUICK, "loading took {took:?}");
    // Read, and validation finds the repeated question id.
    let problems = result.expect_err("duplicate question ids").problems;
    assert!(
        problems
            .iter()
            .all(|p| p.message.to_string().contains("duplicate question id `a`"))
    );
    assert_eq!(problems.len(), 5_000);
}

/// A module of `aliases + 1` lessons, one a line from line 4, whose first lesson's
/// body is a string of `size` bytes anchored as `&big` and whose others all have
/// `body: *big`.
fn big_string_aliased(size: usize, aliases: usize) -> String {
    let mut out = format!(
        "{MODULE_HEAD}items:\n  - {{kind: lesson, id: l0, title: T, body: &big \"{}\"}}\n",
        "x".repeat(size)
    );
    for i in 1..=aliases {
        let _ = writeln!(out, "  - {{kind: lesson, id: l{i}, title: T, body: *big}}");
    }
    out
}

#[test]
fn aliases_of_a_large_string_are_refused_quickly_at_the_alias_that_goes_over() {
    // 1 MiB named 2,000 times: 2 GiB of text from a file of 1.1 MB.
    let module = big_string_aliased(1024 * 1024, 2_000);
    assert!(module.len() < 2 * 1024 * 1024, "{} bytes", module.len());
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &[
            "aliases (`*name`)",
            "bytes of text",
            "4 times the file's size",
            "billion laughs",
        ],
    );
    // At the first alias whose copy takes the text over 4 times the file's size:
    // the anchored string counts once, and each alias once more.
    let limit = 4 * module.len();
    let over = (1..).find(|k| (k + 1) * 1024 * 1024 > limit).unwrap();
    let line = 4 + over;
    let column = module.lines().nth(line - 1).unwrap().find("*big").unwrap() + 1;
    assert_eq!((p.line, p.column), (Some(line), Some(column)), "{p}");
}

#[test]
fn aliases_within_the_text_budget_still_load() {
    // The anchored 256 KiB string and two copies: 3 times the file's size.
    let module = big_string_aliased(256 * 1024, 2);
    let dir = temp_module(module.as_bytes());
    let course = load_dir(dir.path()).expect("two copies of a string load");
    assert_eq!(course.modules[0].items.len(), 3);
}

#[test]
fn legitimate_aliases_still_work() {
    let module = format!(
        "{MODULE_HEAD}items:\n  - kind: interview\n    id: i1\n    title: One\n    source: &src {{publication: Gazette, date: \"2024-05-01\"}}\n    participants: &people [{{id: a, name: Ann}}]\n    turns: [{{speaker: a, text: Hello}}]\n  - kind: interview\n    id: i2\n    title: Two\n    source: *src\n    participants: *people\n    turns: [{{speaker: a, text: Again}}]\n"
    );
    let dir = temp_module(module.as_bytes());
    let course = load_dir(dir.path()).expect("aliases of small values load");
    assert_eq!(course.modules[0].items.len(), 2);
}

// ---------------------------------------------------------------------------
// Nesting

/// Asserts that `module` is refused, by the nesting limit when `at` gives where
/// (line, column) the bracket over the limit is.
fn assert_deep_nesting_is_refused(module: &str, at: Option<(usize, usize)>) {
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    let file = shown(dir.path(), "modules/a.yaml");
    match at {
        Some((line, column)) => {
            let p = only(&problems, &file, &["nested more than 1000 deep"]);
            assert_eq!((p.line, p.column), (Some(line), Some(column)), "{p}");
        }
        None => {
            only(&problems, &file, &[]);
        }
    }
}

#[test]
fn a_hundred_thousand_open_brackets_are_refused_without_overflow() {
    let depth = 100_000;
    let module = format!(
        "{MODULE_HEAD}items: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    assert_deep_nesting_is_refused(&module, Some((3, 8 + 1000)));
    // Unclosed.
    let module = format!("{MODULE_HEAD}items: {}\n", "[".repeat(depth));
    assert_deep_nesting_is_refused(&module, Some((3, 8 + 1000)));
    // Exactly 1,000 deep is within the limit (and a type error).
    let module = format!(
        "{MODULE_HEAD}items: {}{}\n",
        "[".repeat(1000),
        "]".repeat(1000)
    );
    assert_deep_nesting_is_refused(&module, None);
}

#[test]
fn a_hundred_thousand_nested_maps_are_refused_without_overflow() {
    let depth = 100_000;
    let module = format!(
        "{MODULE_HEAD}items: {}x{}\n",
        "{a: ".repeat(depth),
        "}".repeat(depth)
    );
    assert_deep_nesting_is_refused(&module, Some((3, 8 + 4 * 1000)));
    // Block style, `- - - … x`, each dash a list inside the last: no brackets, and
    // the parser takes it in linear time. A type error at the first level.
    let module = format!("{MODULE_HEAD}items:\n  {}x\n", "- ".repeat(depth));
    assert_deep_nesting_is_refused(&module, None);
}

#[test]
fn deep_nesting_inside_a_question_or_course_yaml_is_refused() {
    let depth = 50_000;
    let module = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: single_choice\n        id: a\n        prompt: P\n        answer: 1\n        choices: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    assert_deep_nesting_is_refused(&module, Some((13, 18 + 1000)));
    let manifest = format!(
        "id: temp\ntitle: T\nmodules: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let dir = temp_course(&[("course.yaml", manifest.as_bytes())]);
    let problems = refused(dir.path());
    only(
        &problems,
        &shown(dir.path(), "course.yaml"),
        &["nested more than 1000 deep"],
    );
}

#[test]
fn brackets_in_text_count_but_balanced_ones_never_add_up() {
    // A thousand links in a lesson body, and brackets in comments: balanced, so
    // never deeper than one.
    let body = "[a link](https://example.org) {x} ".repeat(20_000);
    let module = format!(
        "{MODULE_HEAD}# [[ a comment ]]\nitems:\n  - kind: lesson\n    id: l\n    title: T\n    body: \"{body}\"\n"
    );
    let dir = temp_module(module.as_bytes());
    let (result, took) = load_timed(dir.path());
    assert!(took < QUICK, "loading took {took:?}");
    result.expect("balanced brackets in text load");
}

// ---------------------------------------------------------------------------
// Long lists

#[test]
fn a_million_item_list_is_refused_quickly() {
    let mut module = format!("{MODULE_HEAD}items:\n");
    module.push_str(&"- x\n".repeat(1_000_000));
    assert!(module.len() <= MAX_FILE_BYTES, "{} bytes", module.len());
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["expected an item"],
    );
    assert_eq!(p.line, Some(4), "{p}");
}

#[test]
fn a_flow_list_of_over_a_million_values_is_refused_by_the_value_count() {
    let mut module = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: single_choice\n        id: a\n        prompt: P\n        answer: 1\n        choices: ["
    );
    module.push_str(&"a,".repeat(1_200_000));
    module.push_str("a]\n");
    assert!(module.len() <= MAX_FILE_BYTES, "{} bytes", module.len());
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["more than 1000000 values"],
    );
}

#[test]
fn a_hundred_thousand_choices_are_refused_by_validation() {
    let mut module = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: single_choice\n        id: a\n        prompt: P\n        answer: 1\n        choices:\n"
    );
    for i in 0..100_000 {
        let _ = writeln!(module, "          - c{i}");
    }
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["question `a` has 100000 choices: a list may hold at most 10000 entries"],
    );
    assert_eq!((p.line, p.column), (Some(13), Some(9)), "{p}");
}

/// A module of `n` lessons, all with the same id when `same_id`, written one a
/// line in block style or all on one line in flow style.
fn many_lessons(n: usize, same_id: bool, flow: bool) -> String {
    let lesson = |i: usize| {
        let id = if same_id {
            "l".to_string()
        } else {
            format!("l{i}")
        };
        format!("{{kind: lesson, id: {id}, title: T, body: B}}")
    };
    if flow {
        let all: Vec<String> = (0..n).map(lesson).collect();
        format!("{MODULE_HEAD}items: [{}]\n", all.join(", "))
    } else {
        let mut out = format!("{MODULE_HEAD}items:\n");
        for i in 0..n {
            let _ = writeln!(out, "  - {}", lesson(i));
        }
        out
    }
}

#[test]
fn items_over_10000_are_refused_by_validation_at_the_list() {
    for flow in [false, true] {
        for n in [MAX_ENTRIES + 1, 90_000] {
            let dir = temp_module(many_lessons(n, true, flow).as_bytes());
            let problems = refused(dir.path());
            let p = only(
                &problems,
                &shown(dir.path(), "modules/a.yaml"),
                &[&format!(
                    "module `m` has {n} items: a list may hold at most 10000 entries"
                )],
            );
            assert_eq!((p.line, p.column), (Some(3), Some(1)), "{p}");
        }
    }
}

#[test]
fn ten_thousand_items_load_quickly_in_block_and_flow_style() {
    for flow in [false, true] {
        let dir = temp_module(many_lessons(MAX_ENTRIES, false, flow).as_bytes());
        let (result, took) = load_timed(dir.path());
        assert!(took < QUICK, "loading took {took:?} (flow: {flow})");
        let course = result.expect("10,000 items are within the limit");
        assert_eq!(course.modules[0].items.len(), MAX_ENTRIES);
    }
}

#[test]
fn ten_thousand_problems_are_found_and_located_quickly() {
    for flow in [false, true] {
        let dir = temp_module(many_lessons(MAX_ENTRIES, true, flow).as_bytes());
        let (result, took) = load_timed(dir.path());
        assert!(took < QUICK, "loading took {took:?} (flow: {flow})");
        let problems = result.expect_err("duplicate ids").problems;
        assert_eq!(problems.len(), MAX_ENTRIES - 1);
        assert!(problems.iter().all(|p| p.line.is_some()), "{}", problems[0]);
    }
}

#[test]
fn questions_turns_and_participants_over_10000_are_refused() {
    let n = MAX_ENTRIES + 1;
    let mut questions = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n"
    );
    for i in 0..n {
        let _ = writeln!(
            questions,
            "      - {{kind: true_false, id: t{i}, prompt: P, answer: true}}"
        );
    }
    let interview = |turns: usize, people: usize| {
        let mut out = format!(
            "{MODULE_HEAD}items:\n  - kind: interview\n    id: i\n    title: I\n    source: {{publication: P, date: D}}\n    participants:\n"
        );
        for i in 0..people {
            let _ = writeln!(out, "      - {{id: p{i}, name: N}}");
        }
        out.push_str("    turns:\n");
        for _ in 0..turns {
            out.push_str("      - {speaker: p0, text: Hi}\n");
        }
        out
    };
    let cases = [
        (questions, "quiz `q` has 10001 questions", 8),
        (interview(n, 1), "interview `i` has 10001 turns", 10),
        (interview(1, n), "interview `i` has 10001 participants", 8),
    ];
    for (module, message, line) in cases {
        let dir = temp_module(module.as_bytes());
        let problems = refused(dir.path());
        let p = only(&problems, &shown(dir.path(), "modules/a.yaml"), &[message]);
        assert_eq!(p.line, Some(line), "{p}");
    }
}

#[test]
fn the_questions_of_a_quiz_over_10000_are_left_unchecked() {
    // Over the limit the quiz's size is its one problem: its questions, here all
    // with the same id, are not checked one by one.
    let mut module = format!(
        "{MODULE_HEAD}items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n"
    );
    for _ in 0..=MAX_ENTRIES {
        module.push_str("      - {kind: true_false, id: t, prompt: P, answer: true}\n");
    }
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    if problems.len() > 1 {
        panic!("{} problems, the second: {}", problems.len(), problems[1]);
    }
    only(
        &problems,
        &shown(dir.path(), "modules/a.yaml"),
        &["quiz `q` has 10001 questions"],
    );
}

#[test]
fn ten_thousand_turns_with_unknown_speakers_are_reported_quickly() {
    let mut module = format!(
        "{MODULE_HEAD}items:\n  - kind: interview\n    id: i\n    title: I\n    source: {{publication: P, date: D}}\n    participants:\n"
    );
    for i in 0..MAX_ENTRIES {
        let _ = writeln!(module, "      - {{id: p{i}, name: N}}");
    }
    module.push_str("    turns:\n");
    for _ in 0..MAX_ENTRIES {
        module.push_str("      - {speaker: nobody, text: Hi}\n");
    }
    let dir = temp_module(module.as_bytes());
    let (result, took) = load_timed(dir.path());
    assert!(took < QUICK, "loading took {took:?}");
    let problems = result.expect_err("unknown speakers").problems;
    assert_eq!(problems.len(), MAX_ENTRIES);
    // The message names a few participants, not all ten thousand.
    assert!(
        problems[0].message.to_string().len() < 300,
        "{}",
        problems[0]
    );
}

#[test]
fn modules_over_10000_are_refused_without_reading_them() {
    let mut manifest = "id: temp\ntitle: T\nmodules:\n".to_string();
    for i in 0..=MAX_ENTRIES {
        let _ = writeln!(manifest, "  - modules/m{i}.yaml");
    }
    let dir = temp_course(&[("course.yaml", manifest.as_bytes())]);
    let problems = refused(dir.path());
    let p = only(
        &problems,
        &shown(dir.path(), "course.yaml"),
        &["the course has 10001 modules: a list may hold at most 10000 entries"],
    );
    assert_eq!(p.line, Some(3), "{p}");
}

#[test]
fn at_most_a_hundred_structural_problems_are_listed_for_a_file() {
    let mut module = format!("{MODULE_HEAD}items:\n");
    module.push_str(&"- x\n".repeat(1000));
    let dir = temp_module(module.as_bytes());
    let problems = refused(dir.path());
    assert_eq!(problems.len(), 101, "{problems:#?}");
    assert!(
        problems[..100]
            .iter()
            .all(|p| p.message.to_string().contains("must be an item"))
    );
    assert_eq!(
        problems[100].message.to_string(),
        "900 more problems of the same kinds in this file are not listed"
    );
}
