//! `amphi import` for GIFT banks: the mapping of each GIFT kind (on small
//! banks, in-process), every Moodle test file and real bank of
//! `../shared/corpora/gift/` imported and loaded without error, stable ids,
//! and the command's refusals (non-empty or symlinked `--out`, invalid UTF-8,
//! mdBook and OLX detection) and JSON report.

use std::path::Path;

use crate::common::import_report::counts;
use crate::common::isolated::{amphi, import, os};
use crate::common::outside::shared;
use amphi::import::gift::course::{CourseOptions, ImportReport, to_course};
use amphi::import::gift::parse;
use serde_yaml::Value;

/// The files `bank` converts to, and the report.
fn convert(bank: &str) -> (Vec<(String, String)>, ImportReport) {
    let parsed = parse(bank).expect("the bank parses");
    let converted = to_course(
        &parsed,
        &CourseOptions {
            id: "gift.test".into(),
            title: "Test".into(),
        },
    )
    .expect("it converts");
    (converted.files, converted.report)
}

/// Writes `files` in a new temporary folder, loads the course there (which must
/// be valid) and returns the folder.
fn written(files: &[(String, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    if let Err(report) = amphi::course::load_dir(dir.path()) {
        let all: String = files.iter().map(|(p, t)| format!("# {p}\n{t}\n")).collect();
        panic!("the imported course must load:\n{report}\n{all}");
    }
    dir
}

/// The first module file of `bank`, parsed, after checking the course loads.
fn module(bank: &str) -> (Value, ImportReport) {
    let (files, report) = convert(bank);
    written(&files);
    let yaml: Value = serde_yaml::from_str(&files[1].1).unwrap();
    (yaml, report)
}

/// The questions of the first quiz of the first module (without sections).
fn questions(bank: &str) -> (Vec<Value>, ImportReport) {
    let (m, report) = module(bank);
    let quiz = m["items"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "quiz")
        .expect("a quiz")
        .clone();
    (quiz["questions"].as_sequence().unwrap().clone(), report)
}

fn one(bank: &str) -> (Value, ImportReport) {
    let (qs, report) = questions(bank);
    assert_eq!(qs.len(), 1, "{qs:?}");
    (qs[0].clone(), report)
}

#[test]
fn single_answer_choice_becomes_single_choice_with_feedback_and_explanation() {
    let (q, report) = one(
        "::Colour::What is between orange and green? {=yellow#right ~red#wrong ~blue ####Look at a rainbow.}",
    );
    assert_eq!(q["kind"], "single_choice");
    assert_eq!(q["id"], "colour");
    assert_eq!(q["prompt"], "What is between orange and green?");
    assert_eq!(right_choice(&q), "yellow");
    let place = |text: &str| {
        1 + q["choices"]
            .as_sequence()
            .unwrap()
            .iter()
            .position(|c| c == text)
            .unwrap()
    };
    assert_eq!(q["feedback"][place("yellow")], "right");
    assert_eq!(q["feedback"][place("red")], "wrong");
    assert_eq!(q["explanation"], "Look at a rainbow.");
    assert_eq!(counts(&report, "multiple choice"), (1, 1, 0, 0));
}

#[test]
fn partial_credit_in_a_single_answer_choice_is_reported() {
    let (q, report) = one("Pick {=best ~%50%half ~none}");
    assert_eq!(right_choice(&q), "best");
    let k = report.kind("multiple choice").unwrap();
    assert!(
        k.approximated[0].message.to_string().contains("50 %"),
        "{k:?}"
    );
}

#[test]
fn weighted_answers_become_multiple_choice_with_the_positive_ones_right() {
    let (q, report) = one(
        "::colours:: Which are warm? {~%50%yellow#right ~%-100%blue#wrong ~%50%red ~%-100%green}",
    );
    assert_eq!(q["kind"], "multiple_choice");
    let choice = |n: &Value| q["choices"][n.as_u64().unwrap() as usize - 1].clone();
    let mut right: Vec<Value> = q["answers"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(choice)
        .collect();
    right.sort_by_key(|v| v.as_str().unwrap().to_string());
    assert_eq!(right, vec![Value::from("red"), Value::from("yellow")]);
    let blue = q["choices"]
        .as_sequence()
        .unwrap()
        .iter()
        .position(|c| c == "blue")
        .unwrap();
    assert_eq!(q["feedback"][blue + 1], "wrong");
    let (found, converted, approximated, left) = counts(&report, "multiple answer");
    assert_eq!((found, converted, approximated, left), (1, 0, 1, 0));
    assert!(
        report.kind("multiple answer").unwrap().approximated[0]
            .message
            .to_string()
            .contains("weights")
    );
}

#[test]
fn true_false_keeps_both_feedbacks() {
    let (q, report) = one("::Q1:: 42 is the answer.{FALSE#shown to true#shown to false}");
    assert_eq!(q["kind"], "true_false");
    assert_eq!(q["answer"], false);
    let feedback = q["feedback"].as_mapping().unwrap();
    assert_eq!(feedback[&Value::Bool(true)], "shown to true");
    assert_eq!(feedback[&Value::Bool(false)], "shown to false");
    assert_eq!(counts(&report, "true/false"), (1, 1, 0, 0));
}

#[test]
fn short_answer_keeps_full_answers_and_reports_partial_ones() {
    let (q, report) = one(
        "::Animal::Which is the best animal?{=Frog#Good! =%50%Cat#Cats? =%0%*#Completely wrong}",
    );
    assert_eq!(q["kind"], "short_answer");
    assert_eq!(
        q["answers"].as_sequence().unwrap(),
        &vec![Value::from("Frog")]
    );
    let explanation = q["explanation"].as_str().unwrap();
    assert!(explanation.contains("“Frog”: Good!"), "{explanation}");
    assert!(
        explanation.contains("Any other answer: Completely wrong"),
        "{explanation}"
    );
    let k = report.kind("short answer").unwrap();
    assert!(
        k.approximated[0]
            .message
            .to_string()
            .contains("“Cat” gives 50 %"),
        "{k:?}"
    );
}

#[test]
fn a_wildcard_short_answer_becomes_a_pattern() {
    let (q, _) = one("Name a berry. {=*berry =raspberry}");
    assert_eq!(q["pattern"], "(?:.*berry)");
    assert_eq!(q["answers"][0], "raspberry");
}

#[test]
fn matching_keeps_pairs_and_reports_extra_wrong_answers() {
    let (q, report) = one("Match. {=cat -> mammal =frog -> amphibian = -> bird}");
    assert_eq!(q["kind"], "matching");
    assert_eq!(q["pairs"][1]["left"], "frog");
    assert_eq!(q["pairs"][1]["right"], "amphibian");
    assert_eq!(q["pairs"].as_sequence().unwrap().len(), 2);
    let k = report.kind("matching").unwrap();
    assert!(
        k.approximated[0].message.to_string().contains("“bird”"),
        "{k:?}"
    );
}

#[test]
fn missing_word_short_answer_becomes_fill_blanks() {
    let (q, report) = one("Two plus two equals {=four =4}.");
    assert_eq!(q["kind"], "fill_blanks");
    assert_eq!(q["text"], "Two plus two equals {{1}}.");
    assert_eq!(q["blanks"][0][0], "four");
    assert_eq!(q["blanks"][0][1], "4");
    assert_eq!(counts(&report, "missing word"), (1, 1, 0, 0));
}

#[test]
fn missing_word_with_choices_keeps_the_blank_in_the_prompt() {
    let (q, report) = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
    assert_eq!(q["kind"], "single_choice");
    assert_eq!(q["prompt"], "Grant is _____ in Grant's tomb.");
    assert_eq!(q["answer"], 2);
    assert_eq!(counts(&report, "missing word"), (1, 0, 1, 0));
}

#[test]
fn numerical_answers_keep_tolerance_ranges_credit_and_feedback() {
    let (q, report) =
        one("::half::Five halves? {#=2.5:0.1#Exact =%50%2#Close =%50%2..3#Roughly ~#Try again}");
    assert_eq!(q["kind"], "numeric");
    let answers = q["answers"].as_sequence().unwrap();
    assert_eq!(answers.len(), 3);
    assert_eq!(answers[0]["answer"], 2.5);
    assert_eq!(answers[0]["tolerance"], 0.1);
    assert!(answers[0].get("credit").is_none());
    assert_eq!(answers[0]["feedback"], "Exact");
    assert_eq!(answers[1]["credit"], 50);
    assert_eq!(answers[2]["range"][0], 2);
    assert_eq!(answers[2]["range"][1], 3);
    assert_eq!(q["explanation"], "Any other answer: Try again");
    assert_eq!(counts(&report, "numerical"), (1, 0, 1, 0));
}

#[test]
fn a_numerical_question_without_full_credit_is_left_out_with_its_reason() {
    let (files, report) = convert("::half::Half? {#=%50%1} \n\n::ok:: Fine? {T}");
    written(&files);
    let k = report.kind("numerical").unwrap();
    assert_eq!(k.left_out.len(), 1);
    assert_eq!(k.left_out[0].line, 1);
    assert!(k.left_out[0].message.to_string().contains("full credit"));
}

#[test]
fn essay_becomes_reflection_and_description_a_lesson() {
    let (m, report) = module(
        "::Intro::[markdown]Read **this** first.\n\n::Essay::How are you? {####Say how you feel.}",
    );
    let items = m["items"].as_sequence().unwrap();
    assert_eq!(items[0]["kind"], "lesson");
    assert_eq!(items[0]["id"], "intro");
    assert_eq!(items[0]["body"], "Read **this** first.");
    assert_eq!(items[1]["questions"][0]["kind"], "reflection");
    assert_eq!(items[1]["questions"][0]["explanation"], "Say how you feel.");
    assert_eq!(counts(&report, "description"), (1, 1, 0, 0));
    assert_eq!(counts(&report, "essay"), (1, 1, 0, 0));
}

#[test]
fn html_becomes_plain_text_in_prompts_and_markdown_in_lessons() {
    let (m, _) = module(
        "[html]<p>Some <b>bold</b> &amp; <a href=\"https://e.org\">a link</a>.</p><ul><li>one</li><li>two</li></ul>\n\n\
         [html]Is <i>this</i> &lt;right&gt;?{T}",
    );
    let items = m["items"].as_sequence().unwrap();
    assert_eq!(
        items[0]["body"],
        "Some **bold** & a link (https://e.org).\n\n- one\n- two"
    );
    assert_eq!(items[1]["questions"][0]["prompt"], "Is this <right>?");
}

#[test]
fn ids_come_from_id_then_title_then_position_and_are_unique() {
    let (qs, _) = questions(
        "// [id:Q-001]\n::Titled::One?{T}\n\n::Same::Two?{T}\n\n::Same::Three?{F}\n\nFour?{T}",
    );
    let ids: Vec<&str> = qs.iter().map(|q| q["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["q-001", "same", "same-2", "q4"]);
}

#[test]
fn categories_become_modules_and_subcategories_sections() {
    let (files, report) = convert(
        "$CATEGORY: $course$/top/Biology\n\n::a::A?{T}\n\n$CATEGORY: $course$/top/Biology/Cells\n\n\
         ::b::B?{T}\n\n$CATEGORY: $course$/top/Chemistry\n\n::c::C?{F}\n\n$CATEGORY: $course$/top/Empty\n\n",
    );
    written(&files);
    let course: Value = serde_yaml::from_str(&files[0].1).unwrap();
    assert_eq!(course["modules"].as_sequence().unwrap().len(), 2);
    let biology: Value = serde_yaml::from_str(&files[1].1).unwrap();
    assert_eq!(biology["title"], "Biology");
    let sections = biology["sections"].as_sequence().unwrap();
    assert_eq!(sections[0]["title"], "Biology");
    assert_eq!(sections[1]["title"], "Cells");
    assert_eq!(sections[1]["items"][0]["id"], "cells-quiz");
    let chemistry: Value = serde_yaml::from_str(&files[2].1).unwrap();
    assert_eq!(chemistry["items"][0]["questions"][0]["id"], "c");
    assert_eq!(counts(&report, "category"), (4, 3, 0, 1));
    assert_eq!(report.course.modules, 2);
}

// ---------------------------------------------------------------- corpora

/// (file, modules, items, questions, per kind: converted, approximated, left out)
type Expected = (
    &'static str,
    usize,
    usize,
    usize,
    &'static [(&'static str, usize, usize, usize)],
);

const CORPUS: &[Expected] = &[
    ("moodle/01-import-essay", 1, 1, 1, &[("essay", 1, 0, 0)]),
    ("moodle/02-import-match", 1, 1, 1, &[("matching", 0, 1, 0)]),
    (
        "moodle/03-import-multichoice",
        1,
        1,
        1,
        &[("multiple choice", 1, 0, 0)],
    ),
    (
        "moodle/04-import-multichoice-multi",
        1,
        1,
        1,
        &[("multiple answer", 0, 1, 0)],
    ),
    (
        "moodle/05-import-multichoice-multi-tricky",
        1,
        1,
        1,
        &[("multiple answer", 0, 1, 0)],
    ),
    (
        "moodle/06-import-numerical",
        1,
        1,
        1,
        &[("numerical", 0, 1, 0)],
    ),
    (
        "moodle/07-import-shortanswer",
        1,
        1,
        1,
        &[("short answer", 0, 1, 0)],
    ),
    (
        "moodle/08-import-shortanswer-general-feedback",
        1,
        1,
        1,
        &[("short answer", 0, 1, 0)],
    ),
    (
        "moodle/09-import-truefalse",
        1,
        1,
        1,
        &[("true/false", 1, 0, 0)],
    ),
    (
        "moodle/10-import-truefalse-T",
        1,
        1,
        1,
        &[("true/false", 1, 0, 0)],
    ),
    (
        "moodle/11-import-truefalse-TRUE",
        1,
        1,
        1,
        &[("true/false", 1, 0, 0)],
    ),
    ("moodle/12-import-backslash", 1, 1, 1, &[("essay", 1, 0, 0)]),
    (
        "moodle/13-import-pre-content",
        1,
        1,
        1,
        &[("essay", 1, 0, 0)],
    ),
    (
        "moodle/14-import-tags-idnumber",
        1,
        1,
        1,
        &[("essay", 0, 1, 0)],
    ),
    ("moodle/20-export-essay", 1, 1, 1, &[("essay", 1, 0, 0)]),
    ("moodle/21-export-match", 1, 1, 1, &[("matching", 0, 1, 0)]),
    (
        "moodle/22-export-multichoice",
        1,
        1,
        1,
        &[("multiple choice", 1, 0, 0)],
    ),
    (
        "moodle/23-export-multichoice-multi-tricky",
        1,
        1,
        1,
        &[("multiple answer", 0, 1, 0)],
    ),
    (
        "moodle/24-export-numerical",
        1,
        1,
        1,
        &[("numerical", 0, 1, 0)],
    ),
    (
        "moodle/25-export-shortanswer",
        1,
        1,
        1,
        &[("short answer", 0, 1, 0)],
    ),
    (
        "moodle/26-export-shortanswer-general-feedback",
        1,
        1,
        1,
        &[("short answer", 0, 1, 0)],
    ),
    (
        "moodle/27-export-truefalse",
        1,
        1,
        1,
        &[("true/false", 1, 0, 0)],
    ),
    ("moodle/28-export-backslash", 1, 1, 1, &[("essay", 1, 0, 0)]),
    (
        "moodle/29-export-tags-idnumber",
        1,
        1,
        1,
        &[("true/false", 0, 1, 0)],
    ),
    (
        "moodle/30-fixture-questions",
        1,
        1,
        9,
        &[
            ("essay", 1, 0, 0),
            ("true/false", 2, 0, 0),
            ("multiple choice", 1, 0, 0),
            ("multiple answer", 0, 1, 0),
            ("short answer", 0, 1, 0),
            ("matching", 0, 1, 0),
            ("missing word", 0, 2, 0),
        ],
    ),
    (
        "moodle/31-fixture-questions-in-category",
        1,
        1,
        4,
        &[
            ("category", 1, 0, 0),
            ("true/false", 1, 0, 0),
            ("multiple choice", 1, 0, 0),
            ("short answer", 1, 0, 0),
            ("matching", 0, 1, 0),
        ],
    ),
    (
        "moodle/32-fixture-examples",
        1,
        1,
        43,
        &[
            ("true/false", 5, 0, 0),
            ("multiple choice", 7, 2, 0),
            ("multiple answer", 0, 2, 0),
            ("short answer", 4, 3, 0),
            ("matching", 3, 0, 0),
            ("missing word", 1, 10, 0),
            ("numerical", 6, 0, 0),
        ],
    ),
    (
        "real/CultureNumerique-cn_modules--cultnum_gift_examples",
        1,
        1,
        6,
        &[
            ("essay", 1, 1, 0),
            ("true/false", 0, 1, 0),
            ("multiple choice", 1, 1, 0),
            ("multiple answer", 0, 1, 0),
        ],
    ),
    (
        // 24 categories; 37 questions: 3 descriptions (lessons) and 34 in quizzes.
        "real/CultureNumerique-cn_modules--module1-questions_bank",
        24,
        24,
        34,
        &[
            ("category", 24, 0, 0),
            ("description", 3, 0, 0),
            ("essay", 11, 2, 0),
            ("true/false", 1, 0, 0),
            ("multiple choice", 14, 1, 0),
            ("multiple answer", 0, 4, 0),
            ("matching", 0, 1, 0),
        ],
    ),
    (
        "real/rognit-GL02_TC_Forever--U3-p32-GR-Present_perfect_vs_past_simple",
        1,
        1,
        31,
        &[("multiple choice", 30, 0, 0), ("matching", 1, 0, 0)],
    ),
    (
        // Moodle makes all 42 `~%100%` questions multiple-answer: so does amphi.
        "real/vlad-bsuir-master-pm--questions-3c80e5d",
        1,
        1,
        50,
        &[("true/false", 8, 0, 0), ("multiple answer", 0, 42, 0)],
    ),
];

#[test]
fn every_corpus_bank_imports_with_its_counts_and_loads_without_error() {
    let Some(root) = shared("corpora/gift") else {
        return;
    };
    let mut seen = 0;
    for entry in std::fs::read_dir(root.join("moodle"))
        .unwrap()
        .chain(std::fs::read_dir(root.join("real")).unwrap())
    {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "gift") {
            seen += 1;
            let rel = format!(
                "{}/{}",
                path.parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy(),
                path.file_stem().unwrap().to_string_lossy()
            );
            assert!(
                CORPUS.iter().any(|e| e.0 == rel),
                "{rel} has no expected counts"
            );
        }
    }
    assert_eq!(seen, CORPUS.len());
    for &(rel, modules, items, questions, kinds) in CORPUS {
        let text = std::fs::read_to_string(root.join(format!("{rel}.gift"))).unwrap();
        let (files, report) = convert(&text);
        written(&files);
        assert_eq!(
            (
                report.course.modules,
                report.course.items,
                report.course.questions
            ),
            (modules, items, questions),
            "{rel}"
        );
        let got: Vec<(&str, usize, usize, usize)> = report
            .kinds
            .iter()
            .map(|k| (k.kind, k.converted, k.approximated.len(), k.left_out.len()))
            .collect();
        assert_eq!(got, kinds, "{rel}");
        // Every warning of the reader is in the report, with its line.
        let bank = parse(&text).unwrap();
        assert_eq!(report.warnings.len(), bank.warnings.len(), "{rel}");
    }
}

#[test]
fn the_binary_imports_a_real_bank_that_amphi_check_accepts() {
    let Some(bank) = shared("corpora/gift/real/vlad-bsuir-master-pm--questions-3c80e5d.gift")
    else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("course");
    let (code, stdout, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("| multiple answer | 42 | 0 | 42 | 0 |"),
        "{stdout}"
    );
    assert!(stdout.contains("line 1: lines end in CRLF"), "{stdout}");
    let report = std::fs::read_to_string(out.join("IMPORT.md")).unwrap();
    assert!(
        report.contains("| true/false | 8 | 8 | 0 | 0 |"),
        "{report}"
    );
    let check = amphi().arg("check").arg(&out).output().unwrap();
    assert_eq!(check.status.code(), Some(0));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("0 errors") || text.contains("valid"),
        "{text}"
    );
}

/// The question ids of every quiz, module by module.
fn ids(files: &[(String, String)]) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, text) in &files[1..] {
        let m: Value = serde_yaml::from_str(text).unwrap();
        let module = m["id"].as_str().unwrap().to_string();
        for item in m["items"].as_sequence().into_iter().flatten() {
            for q in item["questions"].as_sequence().into_iter().flatten() {
                ids.push(format!(
                    "{module}/{}/{}",
                    item["id"].as_str().unwrap(),
                    q["id"].as_str().unwrap()
                ));
            }
        }
    }
    ids
}

#[test]
fn ids_are_stable_across_imports_and_a_newer_export() {
    let Some(path) = shared(
        "corpora/gift/real/rognit-GL02_TC_Forever--U3-p32-GR-Present_perfect_vs_past_simple.gift",
    ) else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let (first, _) = convert(&text);
    let (second, _) = convert(&text);
    assert_eq!(first, second, "the same bank gives the same files");
    // A newer export with a titled question added first keeps every old id.
    let newer = format!("::A new one:: New? {{T}}\n\n{text}");
    let (third, _) = convert(&newer);
    let old = ids(&first);
    let new = ids(&third);
    assert_eq!(new.len(), old.len() + 1);
    for id in &old {
        assert!(new.contains(id), "{id} lost in {new:?}");
    }
}

fn bank_file(dir: &Path, text: &[u8]) -> std::path::PathBuf {
    let path = dir.join("bank.gift");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_non_empty_out_is_refused_without_force_and_replaced_with_it() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(tmp.path(), b"::q1:: Sky is blue? {T}\n");
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let (code, stdout, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("is not empty: give --force"), "{stderr}");
    assert!(!out.join("course.yaml").exists());
    let (code, _, stderr) = import(&[
        bank.as_os_str(),
        os("--out"),
        out.as_os_str(),
        os("--force"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(out.join("course.yaml").exists());
    assert!(out.join("IMPORT.md").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "mine"
    );
}

#[cfg(unix)]
#[test]
fn nothing_is_written_through_a_symbolic_link() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(tmp.path(), b"::q1:: Sky is blue? {T}\n");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    // --out itself a link.
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    let (code, _, stderr) = import(&[bank.as_os_str(), os("--out"), link.as_os_str()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("symbolic link"), "{stderr}");
    // A link inside --out where a module file goes.
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("modules")).unwrap();
    let (code, _, stderr) = import(&[
        bank.as_os_str(),
        os("--out"),
        out.as_os_str(),
        os("--force"),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("symbolic link is on the way"), "{stderr}");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    assert!(!out.join("course.yaml").exists(), "nothing written");
}

#[test]
fn invalid_utf8_is_refused_naming_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(tmp.path(), b"::q1:: One? {T}\n\n::q2:: Caf\xe9? {T}\n");
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("line 3 is not UTF-8"), "{stderr}");
    assert!(!out.join("course.yaml").exists());
}

#[test]
fn a_bank_moodle_refuses_and_a_file_too_large_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(tmp.path(), b"::q1:: One? {=only}\n\n::q2:: Two? {~a}\n");
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("line 3"), "{stderr}");
    let big = bank_file(
        tmp.path(),
        &vec![b'a'; amphi::import::gift::MAX_INPUT_BYTES + 10],
    );
    let (code, _, stderr) = import(&[big.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("larger than"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_bank_of_which_nothing_can_be_imported_is_refused_with_its_report() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(
        tmp.path(),
        b"$CATEGORY: empty\n\n::half:: Half? {#=%50%1}\n",
    );
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("nothing in"), "{stderr}");
    assert!(stderr.contains("no number gives full credit"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn gift_is_recognised_by_its_content_and_an_unknown_file_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = tmp.path().join("questions.bank");
    std::fs::write(&bank, "::<b>Sky</b>::Blue?{T}\n").unwrap();
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let other = tmp.path().join("notes.md");
    std::fs::write(&other, "# Notes\n\nNothing here.\n").unwrap();
    let out2 = tmp.path().join("out2");
    let (code, _, stderr) = import(&[other.as_os_str(), os("--out"), out2.as_os_str()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot tell the format"), "{stderr}");
    let (code, _, stderr) = import(&[
        other.as_os_str(),
        os("--out"),
        out2.as_os_str(),
        os("--from"),
        os("gift"),
    ]);
    assert_eq!(
        code, 0,
        "read as GIFT, its paragraphs are descriptions (lessons): {stderr}"
    );
    let module = std::fs::read_to_string(out2.join("modules/01-questions.yaml")).unwrap();
    assert!(module.contains("kind: lesson"), "{module}");
}

#[test]
fn a_title_with_html_is_shown_without_its_tags() {
    let (m, _) = module("::<b>Intro</b>::Some text.\n\n::q:: [html]{T}");
    assert_eq!(m["items"][0]["title"], "Intro");
    assert_eq!(m["items"][1]["questions"][0]["prompt"], "q");
}

#[test]
fn the_json_report_has_its_documented_shape() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(
        tmp.path(),
        b"::q1:: Sky is blue? {T}\n\n::m:: Match {=a -> 1 = -> 2}\n",
    );
    let out = tmp.path().join("out");
    let (code, stdout, stderr) = import(&[
        bank.as_os_str(),
        os("--out"),
        out.as_os_str(),
        os("--format"),
        os("json"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["format"], "gift");
    assert_eq!(json["added"], false);
    assert!(json["out"].as_str().unwrap().ends_with("out"));
    assert_eq!(json["course"]["id"], "gift.bank");
    assert_eq!(json["course"]["questions"], 1);
    let kinds = json["kinds"].as_array().unwrap();
    assert_eq!(kinds[0]["kind"], "true/false");
    assert_eq!(kinds[0]["found"], 1);
    assert_eq!(kinds[0]["converted"], 1);
    assert_eq!(kinds[1]["kind"], "matching");
    assert_eq!(kinds[1]["left_out"][0]["line"], 3);
    assert_eq!(kinds[1]["left_out"][0]["name"], "m");
    assert!(kinds[1]["left_out"][0]["message"].is_string());
    assert!(json["warnings"].is_array());
}

#[test]
fn add_installs_the_imported_course() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(tmp.path(), b"::q1:: Sky is blue? {T}\n");
    let out = tmp.path().join("out");
    let mut cmd = amphi();
    let output = cmd
        .arg("import")
        .arg(&bank)
        .arg("--out")
        .arg(&out)
        .arg("--add")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let list = std::process::Command::new(crate::common::isolated::BIN)
        .envs(crate::common::isolated::variables(cmd.home.path()))
        .arg("list")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(text.contains("gift.bank"), "{text}");
}

/// The French real bank imported by the binary, opened in tmux and a question
/// answered: the course opens at its first quiz and grades the choice.
#[test]
fn the_french_bank_imports_opens_and_a_question_is_answered_in_tmux() {
    use crate::common::tmux::{BIN, Tmux, sh_quote};
    let Some(bank) =
        shared("corpora/gift/real/CultureNumerique-cn_modules--module1-questions_bank.gift")
    else {
        return;
    };
    let t = Tmux::new("import-gift").with_timeout(std::time::Duration::from_secs(20));
    let course = t.path("cn");
    let command = format!(
        "{bin} import {bank} --out {out} > {log} && env AMPHI_STATE={state} NO_COLOR=1 {bin} {out}",
        bin = sh_quote(BIN),
        bank = sh_quote(&bank.to_string_lossy()),
        out = sh_quote(&course.to_string_lossy()),
        log = sh_quote(&t.path("import.log").to_string_lossy()),
        state = sh_quote(&t.path("state.json").to_string_lossy()),
    );
    t.start_command(120, 40, &command);
    let screen = t.wait_for(&["Quiz Bank '1.2 Quizz'", "Press Enter to start"]);
    assert!(screen.contains("Module 1/24"), "{screen}");
    t.keys(&["Enter"]);
    t.wait_for(&["Question 1 of 3", "Pourquoi faut-il représenter"]);
    t.keys(&["2", "Enter"]);
    let screen = t.wait_for(&["Right."]);
    assert!(
        screen.contains("Oui, comme un ordinateur ne manipule que des nombres"),
        "the choice's feedback:\n{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let report = std::fs::read_to_string(course.join("IMPORT.md")).unwrap();
    assert!(
        report.contains("| multiple answer | 4 | 0 | 4 | 0 |"),
        "{report}"
    );
}

/// Pieces of GIFT, HTML and text that random banks are made of.
const PIECES: &[&str] = &[
    "::t::",
    "::T::",
    "Q?",
    " ",
    "\n",
    "\n\n",
    "{",
    "}",
    "=",
    "~",
    "#",
    "####",
    "->",
    "%50%",
    "%-100%",
    "%100%",
    "a",
    "b",
    "é",
    "<p>",
    "</p>",
    "<b>x</b>",
    "<img src=x>",
    "&amp;",
    "&#",
    "[html]",
    "[markdown]",
    "T",
    "FALSE",
    "1..2",
    "3:0.5",
    "*",
    "$CATEGORY: c/d\n\n",
    "// [id:x]\n",
    "\\{",
    "_____",
    "<",
    ">",
    "1",
    "-",
    "\u{202e}",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Whatever Moodle accepts converts to a course that loads without error.
    #[test]
    fn every_bank_moodle_accepts_becomes_a_course_that_loads(
        picks in proptest::collection::vec(0..PIECES.len(), 1..40),
    ) {
        let text: String = picks.iter().map(|&i| PIECES[i]).collect();
        if let Ok(bank) = parse(&text) {
            let converted = to_course(
                &bank,
                &CourseOptions { id: "gift.p".into(), title: "P".into() },
            )
            .expect("it converts");
            if converted.report.course.modules > 0 {
                written(&converted.files);
            } else {
                // The command refuses such a bank: only course.yaml would be written.
                proptest::prop_assert_eq!(converted.files.len(), 1);
            }
        }
    }
}

#[test]
fn a_bank_beyond_amphi_limits_is_refused_before_anything_is_written() {
    let bank: String = (0..=amphi::course::MAX_ENTRIES)
        .map(|i| format!("$CATEGORY: c{i}\n\n::x::Q?{{T}}\n\n"))
        .collect();
    let parsed = parse(&bank).unwrap();
    let err = to_course(
        &parsed,
        &CourseOptions {
            id: "gift.big".into(),
            title: "Big".into(),
        },
    )
    .expect_err("refused");
    assert!(err.to_string().contains("at most 10000 modules"), "{err}");
}

/// The progress line is drawn only on a terminal: with stderr a pipe (a
/// script, CI), an import writes nothing there, and the report on stdout is
/// all there is.
#[test]
fn no_progress_is_drawn_when_stderr_is_not_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = tmp.path().join("bank.gift");
    let questions: String = (0..300)
        .map(|i| format!("::Q{i}:: Is {i} even? {{T}}\n\n"))
        .collect();
    std::fs::write(&bank, questions).unwrap();
    let out = tmp.path().join("course");
    let (code, stdout, stderr) = import(&[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "", "nothing on stderr when it is not a terminal");
    assert!(stdout.starts_with("Imported "), "{stdout}");
}

/// The choice of `q` that is right (single choice), by text.
fn right_choice(q: &Value) -> String {
    let at = q["answer"].as_u64().unwrap() as usize;
    q["choices"][at - 1].as_str().unwrap().to_string()
}

#[test]
fn the_right_choice_is_not_always_first_and_its_place_is_stable() {
    // GIFT authors write the `=` answer first; Moodle shuffles the choices,
    // amphi must not show the answer as choice 1 every time.
    let bank: String = (0..12)
        .map(|i| {
            format!(
                "::q{i}::Question number {i}? {{=right{i} ~wrong{i}a ~wrong{i}b ~wrong{i}c}}\n\n"
            )
        })
        .collect();
    let (qs, _) = questions(&bank);
    let places: Vec<u64> = qs.iter().map(|q| q["answer"].as_u64().unwrap()).collect();
    assert!(places.iter().any(|&p| p != 1), "always first: {places:?}");
    for (i, q) in qs.iter().enumerate() {
        assert_eq!(right_choice(q), format!("right{i}"));
        let mut choices: Vec<&str> = q["choices"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        choices.sort();
        let i = i.to_string();
        let want = ["right", "wrong", "wrong", "wrong"]
            .iter()
            .zip(["", "a", "b", "c"])
            .map(|(w, s)| format!("{w}{i}{s}"))
            .collect::<Vec<_>>();
        assert_eq!(choices, want);
    }
    // The same bank gives the same order.
    let (again, _) = questions(&bank);
    assert_eq!(qs, again);
}

/// What a lesson's Markdown `body` shows, line by line (wide enough not to wrap).
fn shown(body: &str) -> Vec<String> {
    amphi::doc::markdown::to_doc(body)
        .wrap(200)
        .iter()
        .map(|r| {
            r.line
                .spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .map(|l| l.trim_end().to_string())
        .collect()
}

#[test]
fn plain_and_moodle_text_in_a_lesson_is_shown_as_written_line_by_line() {
    // Moodle shows `[plain]` and `[moodle]` text as typed, each line on its
    // own; as Markdown, `*`, `#`, `-` and `1.` would become emphasis,
    // headings and lists, and the lines would run together.
    let text = "Texte *brut* avec _soulignés_ et `code` 2 < 3\n# pas un titre\n- pas une liste\n1. pas un nombre\n| a | b |\n5 $ et 3 $, [lien](x) ~~non~~ \\o/";
    for tag in ["[plain]", "[moodle]", ""] {
        let (m, _) = module(&format!("::Desc::{tag}{text}"));
        let body = m["items"][0]["body"].as_str().unwrap().to_string();
        let want: Vec<String> = text.lines().map(str::to_string).collect();
        assert_eq!(shown(&body), want, "{tag}: {body}");
    }
    // A tag in `[plain]` text is text.
    let (m, _) = module("::Desc::[plain]<b>x</b> & y");
    assert_eq!(
        shown(m["items"][0]["body"].as_str().unwrap()),
        vec!["<b>x</b> & y"]
    );
    // `[moodle]` text with tags is HTML whose line ends are line breaks.
    let (m, _) = module("::Desc::Un <b>mot</b>\nune ligne<br>\n<p>un paragraphe<br></p>");
    assert_eq!(
        shown(m["items"][0]["body"].as_str().unwrap()),
        vec!["Un mot", "une ligne", "", "un paragraphe"]
    );
}

#[test]
fn text_in_html_lessons_is_not_read_as_markdown() {
    let (m, _) =
        module("::Desc::[html]<p>5 * 3 = 15 et 2 * 4 = 8, a_b_c</p><p>\n# pas un titre</p>");
    let body = m["items"][0]["body"].as_str().unwrap().to_string();
    assert_eq!(
        shown(&body),
        vec!["5 * 3 = 15 et 2 * 4 = 8, a_b_c", "", "# pas un titre"],
        "{body}"
    );
    // A line end in HTML source is a space: `<br />` then a new line is one
    // line break, not a new paragraph (as in the CultureNumerique bank).
    let (m, _) = module("::Desc::[html]<p>un<br />\ndeux\ntrois</p>");
    let body = m["items"][0]["body"].as_str().unwrap().to_string();
    assert_eq!(shown(&body), vec!["un", "deux trois"], "{body}");
}

#[test]
fn add_refused_for_an_installed_id_says_the_course_was_written_all_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank_file(tmp.path(), b"::q1:: Sky is blue? {T}\n");
    let mut cmd = amphi();
    let first = tmp.path().join("first");
    let output = cmd
        .args([
            os("import"),
            bank.as_os_str(),
            os("--out"),
            first.as_os_str(),
            os("--add"),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let second = tmp.path().join("second");
    let output = std::process::Command::new(crate::common::isolated::BIN)
        .envs(crate::common::isolated::variables(cmd.home.path()))
        .args([
            "import".as_ref(),
            bank.as_os_str(),
            os("--out"),
            second.as_os_str(),
            os("--add"),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(second.join("course.yaml").exists());
    // The learner is told the folder was written, not only that --add failed.
    assert!(
        stderr.contains("second")
            && stderr.contains("was written")
            && stderr.contains("already installed"),
        "{stderr}"
    );
}

#[test]
fn braces_that_are_not_an_answer_block_do_not_make_a_file_gift() {
    // JSON, or a note with `{text}`, was imported as a GIFT bank of one
    // nonsense question; only `{` followed by an answer mark (`=`, `~`, `#`,
    // `}`), or true/false, reads as GIFT.
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("data.json", "{\"name\": \"x\", \"version\": 1}\n"),
        ("notes.md", "# Title\n\nSome {text} here.\n"),
    ] {
        let file = tmp.path().join(name);
        std::fs::write(&file, text).unwrap();
        let out = tmp.path().join(format!("out-{name}"));
        let (code, _, stderr) = import(&[file.as_os_str(), os("--out"), out.as_os_str()]);
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(stderr.contains("cannot tell the format"), "{stderr}");
        assert!(!out.exists());
    }
    for (i, text) in [
        "What is 2+2? {=4 ~5}\n",
        "Sky is blue {T}\n",
        "Pi? {#3.14:0.01}\n",
        "Say something {}\n",
        "Pick { ~a =b }\n",
        "Sky is blue {TRUE}\n",
        "Which? {\n=right\n~wrong\n}\n",
    ]
    .iter()
    .enumerate()
    {
        let file = tmp.path().join(format!("bank{i}.questions"));
        std::fs::write(&file, text).unwrap();
        let out = tmp.path().join(format!("bank-out{i}"));
        let (code, _, stderr) = import(&[file.as_os_str(), os("--out"), out.as_os_str()]);
        assert_eq!(code, 0, "{text}: {stderr}");
    }
}

#[test]
fn markdown_prompts_and_choices_lose_their_emphasis_marks() {
    // Moodle shows `[markdown]` text rendered; a prompt is one line of plain
    // text in amphi, so `**` and `_` would reach the learner as typed.
    let (q, _) = one("::md::[markdown]Is **this** _really_ `code`? {=[markdown]**yes** ~no}");
    assert_eq!(q["prompt"], "Is this really `code`?");
    let choices: Vec<&str> = q["choices"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(choices.contains(&"yes"), "{choices:?}");
}

#[test]
fn html_pre_in_a_lesson_is_a_code_block() {
    let (m, _) = module(
        "::Code::[html]<p>Run:</p><pre>let *x = 1;<br># not a heading\n<b>foo_bar_baz()</b></pre><p>Done.</p>",
    );
    let body = m["items"][0]["body"].as_str().unwrap().to_string();
    assert!(
        body.contains("```\nlet *x = 1;\n# not a heading\nfoo_bar_baz()\n```"),
        "{body}"
    );
    let lines = shown(&body);
    assert!(lines.iter().any(|l| l.contains("let *x = 1;")), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("# not a heading")),
        "{lines:?}"
    );
}

#[test]
fn a_link_whose_text_is_its_address_is_not_repeated() {
    let (m, _) = module(
        "::L::[html]<p>See <a href=\"http://x.org/a_b\">http://x.org/a_b</a> or <a href=\"http://y.org/*\">the *y* site</a>.</p>",
    );
    let body = m["items"][0]["body"].as_str().unwrap().to_string();
    assert_eq!(
        shown(&body),
        vec!["See http://x.org/a_b or the *y* site (http://y.org/*)."],
        "{body}"
    );
}

#[test]
fn a_question_with_preformatted_code_shows_it_as_a_shared_text() {
    // Moodle's own test bank: on one line, the program ran together.
    let (q, report) = one(
        "::Q001::[html]<p>What would running the test method print?</p>\n<pre>\npublic void test() \\{\nmethod1();\n\\}\n</pre>\n{=1 ~2}",
    );
    assert_eq!(q["kind"], "group", "{q:?}");
    assert_eq!(q["id"], "q001-text");
    let stimulus = q["stimulus"].as_str().unwrap();
    assert!(
        stimulus.contains("What would running the test method print?")
            && stimulus.contains("```\npublic void test() {\nmethod1();\n}\n```"),
        "{stimulus}"
    );
    let inner = &q["questions"][0];
    assert_eq!(inner["id"], "q001");
    assert_eq!(inner["kind"], "single_choice");
    assert_eq!(inner["prompt"], "Choose the answer to the question above.");
    assert_eq!(counts(&report, "multiple choice"), (1, 1, 0, 0));
}

/// The bank of `tests/fixtures/import/gift/traps.gift`: one question
/// converted, approximated and left out, a category and a reader's warning.
fn traps() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/gift/traps.gift")
}

/// `amphi --lang LANG import ARGS…` in a fresh home: (exit code, stdout, stderr).
fn import_in(lang: &str, args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let output = amphi()
        .args(["--lang", lang, "import"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn in_french_the_printed_report_and_import_md_are_french() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("fr");
    let bank = traps();
    let (code, stdout, stderr) = import_in("fr", &[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let report = std::fs::read_to_string(out.join("IMPORT.md")).unwrap();
    // What is printed: a line saying what was done, then IMPORT.md itself.
    let (head, printed) = stdout.split_once("\n\n").unwrap();
    assert!(head.contains("traps.gift a été importé dans "), "{head}");
    assert!(head.ends_with("(rapport dans IMPORT.md)."), "{head}");
    assert_eq!(printed, report);
    let expected = [
        "# Importation de traps.gift (GIFT)",
        "Cours `gift.traps` «\u{a0}traps\u{a0}»\u{a0}: 1 module, 1 élément, 4 questions.",
        "| type GIFT | trouvés | convertis | approximés | laissés de côté |",
        "| catégorie | 1 | 1 | 0 | 0 |",
        "| choix multiple à plusieurs réponses | 1 | 0 | 1 | 0 |",
        "| appariement | 1 | 0 | 0 | 1 |",
        "## Convertis approximativement",
        "- ligne 11, choix multiple «\u{a0}sure\u{a0}»\u{a0}: le choix 1 vaut 33,33\u{202f}% dans Moodle\u{202f}; ici, il est faux",
        "## Laissés de côté",
        "- ligne 7, appariement «\u{a0}pairs\u{a0}»\u{a0}: moins de deux paires",
        "## Avertissements de la lecture GIFT",
        "- ligne 13\u{a0}: même titre que la question de la ligne 9",
    ];
    for line in expected {
        assert!(report.lines().any(|l| l == line), "{line:?} in\n{report}");
    }
    for english in [
        "Import of",
        "found",
        "Left out",
        "Approximated",
        "line ",
        "Warnings",
    ] {
        assert!(!report.contains(english), "{english:?} in\n{report}");
    }
}

#[test]
fn the_json_report_is_the_same_in_every_language_with_each_note_s_code() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let bank = traps();
    let json = |lang| {
        let args = [
            bank.as_os_str(),
            os("--out"),
            out.as_os_str(),
            os("--force"),
            os("--format"),
            os("json"),
        ];
        let (code, stdout, stderr) = import_in(lang, &args);
        assert_eq!(code, 0, "{stderr}");
        stdout
    };
    let english = json("en");
    assert_eq!(json("fr"), english, "JSON is language-neutral");
    let v: serde_json::Value = serde_json::from_str(&english).unwrap();
    let matching = v["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "matching")
        .unwrap();
    assert_eq!(matching["left_out"][0]["message"], "fewer than two pairs");
    assert_eq!(matching["left_out"][0]["code"], "import-gift-too-few-pairs");
    assert_eq!(
        v["warnings"][0]["message"],
        "the same title as the question at line 9"
    );
    assert_eq!(v["warnings"][0]["code"], "import-gift-duplicate-title");
    // IMPORT.md follows the command's language; the last run was French.
    let report = std::fs::read_to_string(out.join("IMPORT.md")).unwrap();
    assert!(
        report.starts_with("# Importation de traps.gift (GIFT)"),
        "{report}"
    );
}

#[test]
fn refusals_are_said_in_the_command_s_language_with_the_same_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let refused = bank_file(tmp.path(), b"Q {#1..x}\n");
    let out = tmp.path().join("out");
    let (code, _, stderr) = import_in("fr", &[refused.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("amphi aussi\u{202f}; rien n'a été écrit\u{a0}:\nligne 1\u{a0}: les bornes de `min..max` doivent être des nombres"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing written");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("x"), "").unwrap();
    let bank = traps();
    let (code, _, stderr) = import_in("fr", &[bank.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("n'est pas vide\u{a0}: ajoutez --force pour écrire dedans"),
        "{stderr}"
    );
}

/// Every note of every bank (the fixture's, and the corpus's when it is
/// there) is said in French in other words than in English, but for text
/// that is not amphi's (a note without a code); and each has its code.
#[test]
fn no_note_is_left_in_english_in_french() {
    use amphi::i18n::Language;
    let mut banks = vec![traps()];
    if let Some(root) = shared("corpora/gift") {
        for dir in ["moodle", "real"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "gift") {
                    banks.push(path);
                }
            }
        }
    }
    let mut notes = 0;
    for bank in banks {
        let text = std::fs::read_to_string(&bank).unwrap();
        let Ok(parsed) = parse(&text) else { continue };
        let Ok(converted) = to_course(
            &parsed,
            &CourseOptions {
                id: "gift.x".into(),
                title: "x".into(),
            },
        ) else {
            continue;
        };
        let r = converted.report;
        let all = r
            .kinds
            .iter()
            .flat_map(|k| k.approximated.iter().chain(&k.left_out))
            .chain(&r.warnings);
        for note in all {
            notes += 1;
            let en = note.message.render(Language::En);
            let fr = note.message.render(Language::Fr);
            assert!(
                note.code().is_some(),
                "{en} has no code ({})",
                bank.display()
            );
            assert_ne!(fr, en, "left in English ({})", bank.display());
        }
        let md = r.to_markdown_in("bank.gift", Language::Fr);
        assert_ne!(md, r.to_markdown("bank.gift"));
    }
    assert!(notes >= 4, "{notes}");
}
