//! Every problem of the Open edX demo course (`../shared/corpora/olx/
//! openedx-demo-course/problem/`, read in place) converted on its own: none
//! panics, the report's kinds are counted as expected, and the questions made
//! load in amphi inside a small course of their own.

use std::collections::BTreeMap;

use crate::common::outside::shared;
use amphi::import::course_files::{CourseFile, Item, ModuleFile, Question};
use amphi::import::olx::html::HtmlContext;
use amphi::import::olx::problem::{ProblemInput, ProblemOutput, convert};

/// Every problem file of the demo course, converted, by file name.
fn demo_problems() -> Option<BTreeMap<String, ProblemOutput>> {
    let dir = shared("corpora/olx/openedx-demo-course/problem")?;
    let resolve = |_: &str| None;
    let ctx = HtmlContext { resolve: &resolve };
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let xml = std::fs::read_to_string(&path).unwrap();
        let url_name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let converted = convert(&ProblemInput {
            url_name: &url_name,
            xml: &xml,
            html: &ctx,
        });
        out.insert(url_name, converted);
    }
    Some(out)
}

/// Writes a course of one module with one quiz holding `questions` (and, with
/// `lessons`, one lesson per text) in a temporary folder, and loads it.
fn loads(questions: Vec<Question>, lessons: Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let course = CourseFile {
        id: "olx.problems".into(),
        title: "Demo problems".into(),
        description: "Every problem of the Open edX demo course.".into(),
        language: Some("en".into()),
        modules: vec!["modules/problems.yaml".into()],
    };
    let mut items: Vec<Item> = lessons
        .into_iter()
        .enumerate()
        .map(|(i, body)| Item::Lesson {
            id: format!("left-out-{}", i + 1),
            title: format!("Left out {}", i + 1),
            body,
        })
        .collect();
    items.push(Item::Quiz {
        id: "problems".into(),
        title: "Problems".into(),
        pass_mark: 50,
        max_attempts: None,
        show_answers: None,
        questions,
    });
    let module = ModuleFile {
        id: "problems".into(),
        title: "Problems".into(),
        items,
        sections: Vec::new(),
    };
    let files = [
        ("course.yaml", serde_yaml::to_string(&course).unwrap()),
        (
            "modules/problems.yaml",
            serde_yaml::to_string(&module).unwrap(),
        ),
    ];
    for (rel, text) in &files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    if let Err(report) = amphi::course::load_dir(dir.path()) {
        panic!(
            "the converted problems must load:\n{report}\n{}",
            files[1].1
        );
    }
}

#[test]
fn every_demo_problem_converts_with_the_expected_kinds_and_loads() {
    let Some(problems) = demo_problems() else {
        return;
    };
    assert_eq!(problems.len(), 29, "the demo course's problem files");
    // kind → (found, converted, left out)
    let mut kinds: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut questions = Vec::new();
    let mut lessons = Vec::new();
    let mut no_lesson = Vec::new();
    for (name, p) in problems {
        let k = kinds.entry(p.kind).or_default();
        k.0 += 1;
        match &p.left_out {
            Some(why) => {
                k.2 += 1;
                assert!(p.questions.is_empty(), "{name}: left out yet has questions");
                assert!(!why.trim().is_empty(), "{name}: left out without a reason");
                match p.lesson {
                    Some(lesson) => lessons.push(lesson),
                    None => no_lesson.push(name),
                }
            }
            None => {
                k.1 += 1;
                assert!(!p.questions.is_empty(), "{name}: converted to nothing");
                questions.extend(p.questions);
            }
        }
    }
    let expected: BTreeMap<&str, (usize, usize, usize)> = [
        ("annotationresponse", (1, 0, 1)),
        ("choiceresponse", (2, 2, 0)),
        ("customresponse", (4, 0, 4)),
        ("formularesponse", (1, 0, 1)),
        ("imageresponse", (1, 0, 1)),
        ("multi-part", (1, 1, 0)),
        ("multiplechoiceresponse", (9, 9, 0)),
        ("numericalresponse", (4, 3, 1)),
        ("optionresponse", (1, 1, 0)),
        ("schematicresponse", (1, 0, 1)),
        ("stringresponse", (4, 4, 0)),
    ]
    .into_iter()
    .collect();
    assert_eq!(kinds, expected);
    // Every problem left out becomes a lesson, but the two whose only text is
    // inside their input (a protein builder, an annotation) or solution.
    assert_eq!(
        no_lesson,
        [
            "0d127d7942ec4be7a464eabafb286d02",
            "29fb15ec7b5f462cab0a8216108df8dc"
        ]
    );
    assert_eq!(lessons.len(), 7);
    assert!(
        lessons
            .iter()
            .any(|l| l.contains("A Trip Across the Sahara") && l.contains("how many gallons")),
        "the Python-graded problem's text is kept: {lessons:#?}"
    );
    loads(questions, lessons);
}

/// Problems using every field the conversion writes (weights, hints, shuffle,
/// missed, percent tolerances, ranges, partial credit, groups, reflections):
/// what they become loads in amphi.
#[test]
fn every_field_the_conversion_writes_loads() {
    let problems = [
        r#"<problem weight="1.5" showanswer="never"><p>Read this.</p><p>And this.</p>
          <multiplechoiceresponse><label>One?</label><choicegroup shuffle="true">
            <choice correct="true">a<choicehint>Yes.</choicehint></choice>
            <choice correct="false">b</choice></choicegroup></multiplechoiceresponse>
          <choiceresponse><label>Two?</label><checkboxgroup shuffle="true">
            <choice correct="true">a<choicehint selected="false">Missed a.</choicehint></choice>
            <choice correct="false">b<choicehint selected="true">Not b.</choicehint></choice>
            <choice correct="true">c</choice></checkboxgroup></choiceresponse>
          <numericalresponse answer="0.5" partial_credit="list,close"><label>Half?</label>
            <responseparam type="tolerance" default="2%"/>
            <responseparam partial_answers="50" partial_range="3"/>
            <additional_answer answer="[0.4, 0.6]"/>
            <correcthint>Right.</correcthint></numericalresponse>
          <demandhint><hint>Think.</hint><hint>Think again.</hint></demandhint>
          <solution><p>Because.</p></solution></problem>"#,
        r#"<problem weight="0"><stringresponse answer="b.*" type="regexp">
          <label>Starts with b?</label><textline correct_answer="bee"/>
          <demandhint><hint>An insect.</hint></demandhint></stringresponse></problem>"#,
        r#"<problem><stringresponse answer=".*" type="ci regexp"><label>Think?</label>
          </stringresponse><demandhint><hint>Anything goes.</hint></demandhint></problem>"#,
        r#"<problem><optionresponse><label>Pick</label>
          <optioninput options="('x','y')" correct="y"/><optioninput options="('p','q')" correct="p"/>
          </optionresponse></problem>"#,
    ];
    let resolve = |_: &str| None;
    let ctx = HtmlContext { resolve: &resolve };
    let mut questions = Vec::new();
    for (i, xml) in problems.iter().enumerate() {
        let out = convert(&ProblemInput {
            url_name: &format!("p{i}"),
            xml,
            html: &ctx,
        });
        assert_eq!(out.left_out, None, "{xml}");
        questions.extend(out.questions);
    }
    let yaml = serde_yaml::to_string(&questions).unwrap();
    for field in [
        "weight: 0.5",
        "weight: 0",
        "shuffle: true",
        "missed:",
        "tolerance: 2%",
        "tolerance: 6%",
        "credit: 50",
        "range:",
        "hints:",
        "kind: reflection",
        "kind: group",
        "pattern: b.*",
    ] {
        assert!(yaml.contains(field), "{field} in:\n{yaml}");
    }
    loads(questions, Vec::new());
}
