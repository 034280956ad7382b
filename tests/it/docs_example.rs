//! The complete example course in `docs/course-format.md` must load.
//!
//! Every fenced code block of that document whose first line is `# file: PATH` (YAML)
//! or `<!-- file: PATH -->` (markdown) is written to PATH in a temporary folder,
//! which is then loaded as a course. If the example in the docs breaks, this fails.

use std::collections::BTreeSet;
use std::path::Path;

use amphi::course::{AnswerKey, Item};

const DOC: &str = include_str!("../../docs/course-format.md");

/// The example files of `doc`, as (path, contents), in document order.
///
/// Only fences that start a line (no indentation) are considered. A fence closes
/// on a line of at least as many of the same fence character, as in CommonMark.
/// The `# file:` comment stays in YAML files (it is a YAML comment); the
/// `<!-- file: -->` line is dropped from markdown files, where it would be shown.
fn example_files(doc: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(fence_char) = ['`', '~'].into_iter().find(|c| line.starts_with(*c)) else {
            continue;
        };
        let fence_len = line.chars().take_while(|c| *c == fence_char).count();
        if fence_len < 3 {
            continue;
        }
        let mut body = Vec::new();
        for inner in lines.by_ref() {
            let run = inner.chars().take_while(|c| *c == fence_char).count();
            if run >= fence_len && inner[run * fence_char.len_utf8()..].trim().is_empty() {
                break;
            }
            body.push(inner);
        }
        let Some(first) = body.first() else { continue };
        let first = first.trim();
        if let Some(path) = first.strip_prefix("# file:") {
            files.push((path.trim().to_string(), body.join("\n") + "\n"));
        } else if let Some(path) = first
            .strip_prefix("<!-- file:")
            .and_then(|rest| rest.strip_suffix("-->"))
        {
            files.push((path.trim().to_string(), body[1..].join("\n") + "\n"));
        }
    }
    files
}

fn write_example(dir: &Path) -> Vec<String> {
    let files = example_files(DOC);
    let mut seen = BTreeSet::new();
    for (path, text) in &files {
        assert!(seen.insert(path.clone()), "the docs define `{path}` twice");
        assert!(
            !path.starts_with('/') && !path.contains(".."),
            "example path `{path}` must be relative"
        );
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(&full, text).unwrap();
    }
    files.into_iter().map(|(p, _)| p).collect()
}

#[test]
fn the_docs_hold_the_expected_example_files() {
    let files = example_files(DOC);
    let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "course.yaml",
            "modules/01-brewing.yaml",
            "lessons/leaves.md"
        ],
        "example files found in docs/course-format.md"
    );
    for (path, text) in &files {
        assert!(
            text.trim().lines().count() > 1,
            "`{path}` is empty in the docs"
        );
    }
}

#[test]
fn the_example_course_in_the_docs_loads() {
    let dir = tempfile::tempdir().unwrap();
    write_example(dir.path());
    let course = match amphi::course::load_dir(dir.path()) {
        Ok(c) => c,
        Err(report) => panic!("the example course in docs/course-format.md is invalid:\n{report}"),
    };

    assert_eq!(course.info.id, "org.example.brewing-tea");
    assert_eq!(course.modules.len(), 1);
    let module = &course.modules[0];
    assert_eq!(module.file, "modules/01-brewing.yaml");
    let kinds: Vec<&str> = module.items.iter().map(Item::kind).collect();
    assert_eq!(kinds, ["lesson", "lesson", "interview", "quiz"]);

    // The first lesson shows math (the Math section): inline and display, all drawn.
    let Item::Lesson(first) = &module.items[0] else {
        unreachable!()
    };
    let formulas = amphi::text::math::find(&first.body);
    assert!(formulas.iter().any(|f| f.display) && formulas.iter().any(|f| !f.display));
    for f in formulas {
        let tex = &first.body[f.tex];
        assert!(amphi::text::math::inline(tex).is_ok(), "{tex}");
        assert!(amphi::text::math::display(tex).is_ok(), "{tex}");
    }

    // The second lesson takes its text from lessons/leaves.md.
    let Item::Lesson(from_file) = &module.items[1] else {
        unreachable!()
    };
    assert_eq!(from_file.body_file.as_deref(), Some("lessons/leaves.md"));
    assert!(
        !from_file.body.contains("file:"),
        "the marker comment was stripped"
    );
    assert!(
        from_file.body.contains("Loose"),
        "the body was read from the file"
    );

    // Every interview turn names a declared participant (checked by the loader).
    let Item::Interview(iv) = &module.items[2] else {
        unreachable!()
    };
    assert!(iv.turns.len() >= 2);

    // The end-of-module quiz uses all five question kinds.
    let (index, quiz) = module.final_quiz().expect("the module ends with a quiz");
    assert_eq!(index, 3);
    let question_kinds: BTreeSet<&str> = quiz.questions.iter().map(|q| q.key.kind()).collect();
    assert_eq!(
        question_kinds,
        BTreeSet::from([
            "single_choice",
            "multiple_choice",
            "true_false",
            "short_answer",
            "ordering"
        ])
    );
    assert!(
        quiz.questions.iter().all(|q| !q.explanation.is_empty()),
        "every example question has an explanation"
    );
    assert!(quiz.questions.iter().any(|q| matches!(
        &q.key,
        AnswerKey::ShortAnswer { answers, .. } if answers.len() > 1
    )));
}

#[test]
fn the_extractor_handles_both_markers_and_ignores_other_blocks() {
    let doc = "text\n\n```yaml\n# file: a.yaml\nid: x\n```\n\n```sh\namphi check .\n```\n\n\
               ````markdown\n<!-- file: b.md -->\n# B\n```\ncode\n```\n````\n";
    let files = example_files(doc);
    assert_eq!(
        files,
        [
            ("a.yaml".to_string(), "# file: a.yaml\nid: x\n".to_string()),
            ("b.md".to_string(), "# B\n```\ncode\n```\n".to_string()),
        ]
    );
}
