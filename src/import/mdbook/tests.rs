//! The reader's unit tests: SUMMARY.md, directives, quiz files.

use super::*;

fn names(items: &[SummaryItem]) -> Vec<String> {
    items
        .iter()
        .map(|i| match i {
            SummaryItem::Chapter(c) => format!("{} {}", c.number_label(), c.name),
            SummaryItem::PartTitle { title, .. } => format!("# {title}"),
            SummaryItem::Separator => "---".into(),
        })
        .collect()
}

#[test]
fn summary_reads_title_prefix_parts_nesting_drafts_separators_and_suffix() {
    let text = "# Summary\n\n[Intro](intro.md)\n[Foreword](fore.md)\n\n- [Loose](loose.md)\n\n# Part one\n\n- [A](a.md)\n    - [A1](a/one.md)\n        - [A1x](a/one/x.md)\n    - [A2]()\n- [B](b%20c.md)\n\n---\n\n# Part two\n\n- [C](c.md#top)\n\n[Appendix](app.md)\n";
    let (s, notes) = parse_summary(text);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(s.title.as_deref(), Some("Summary"));
    let prefix: Vec<_> = s.prefix.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(prefix, ["Intro", "Foreword"]);
    assert!(s.prefix.iter().all(|c| c.number.is_empty()));
    assert_eq!(
        names(&s.numbered),
        [
            "1. Loose",
            "# Part one",
            "2. A",
            "3. B",
            "---",
            "# Part two",
            "4. C"
        ]
    );
    let SummaryItem::Chapter(a) = &s.numbered[2] else {
        panic!()
    };
    assert_eq!(a.line, 10);
    assert_eq!(a.nested.len(), 2);
    assert_eq!(a.nested[0].number_label(), "2.1.");
    assert_eq!(a.nested[0].nested[0].number_label(), "2.1.1.");
    assert_eq!(a.nested[0].nested[0].path.as_deref(), Some("a/one/x.md"));
    assert_eq!(a.nested[1].path, None, "a draft chapter has no path");
    let SummaryItem::Chapter(b) = &s.numbered[3] else {
        panic!()
    };
    assert_eq!(b.path.as_deref(), Some("b c.md"), "percent-decoded");
    let SummaryItem::Chapter(c) = &s.numbered[6] else {
        panic!()
    };
    assert_eq!(
        c.path.as_deref(),
        Some("c.md"),
        "the #fragment is not the file"
    );
    assert_eq!(s.suffix.len(), 1);
    assert_eq!(s.suffix[0].name, "Appendix");
}

#[test]
fn summary_skips_what_is_not_a_link_and_says_where() {
    let (s, notes) = parse_summary("- [A](a.md)\n- just text\n- [B](b.md)\n\n## Not a part\n");
    assert_eq!(names(&s.numbered), ["1. A", "2. B"]);
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0].0, 2);
    assert!(notes[0].1.to_string().contains("not a link"));
    assert!(notes[1].1.to_string().contains("not a part title"));
}

#[test]
fn summary_lists_nested_too_deep_are_ignored_without_overflowing() {
    let mut text = String::new();
    for depth in 0..200 {
        text.push_str(&" ".repeat(depth * 2));
        text.push_str(&format!("- [C{depth}](c{depth}.md)\n"));
    }
    let (s, notes) = parse_summary(&text);
    let mut depth = 0;
    let SummaryItem::Chapter(mut c) = s.numbered[0].clone() else {
        panic!()
    };
    while let Some(n) = c.nested.first().cloned() {
        c = n;
        depth += 1;
    }
    assert!(depth <= MAX_SUMMARY_DEPTH, "{depth}");
    assert!(
        notes
            .iter()
            .any(|(_, m)| m.to_string().contains("nested more than"))
    );
}

#[test]
fn line_ranges_are_read_as_mdbook_reads_them() {
    let text = "one\ntwo\nthree\nfour\nfive";
    let t = |r: Option<&str>| take_lines(text, r).0;
    assert_eq!(t(None), text);
    assert_eq!(t(Some("2")), "two");
    assert_eq!(t(Some("2:4")), "two\nthree\nfour");
    assert_eq!(t(Some("4:")), "four\nfive");
    assert_eq!(t(Some(":2")), "one\ntwo", "`file::2` is the range `:2`");
    assert_eq!(t(Some("4:99")), "four\nfive", "an end past the file");
    assert_eq!(t(Some("9")), "", "a start past the file");
}

#[test]
fn anchors_take_the_lines_between_their_marks_without_other_marks() {
    let text = "// ANCHOR: all\nfn a() {}\n// ANCHOR: inner\nfn b() {}\n// ANCHOR_END: inner\n// ANCHOR_END: all\n";
    assert_eq!(
        take_lines(text, Some("all")),
        ("fn a() {}\nfn b() {}".to_string(), None)
    );
    assert_eq!(take_lines(text, Some("inner")).0, "fn b() {}");
    assert_eq!(
        take_lines(text, Some("nope")),
        (String::new(), Some("nope".to_string()))
    );
    // `ANCHOR: in` is not `ANCHOR: inner`.
    assert_eq!(take_lines(text, Some("in")).1, Some("in".to_string()));
}

#[test]
fn directives_are_found_escaped_or_not() {
    let found =
        find_directives("a {{#include x.md:2}} b \\{{#include y.md}} {{ #title  T }} {{#}} {{x}}");
    let summary: Vec<(String, String, bool)> = found
        .iter()
        .map(|f| (f.name.clone(), f.arg.clone(), f.escaped))
        .collect();
    assert_eq!(
        summary,
        [
            ("include".into(), "x.md:2".into(), false),
            ("include".into(), "y.md".into(), true),
            ("title".into(), "T".into(), false),
        ]
    );
}

/// A book in a temporary folder: `files` are `(path, text)` relative to it.
fn book(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn text_of(b: &Book, path: &str) -> String {
    b.chapters[path]
        .segments
        .iter()
        .map(|s| match s {
            Segment::Text(t) => t.clone(),
            Segment::Quiz(q) => format!("<quiz {}>", q.file),
        })
        .collect()
}

#[test]
fn includes_resolve_nested_relative_to_their_own_file() {
    let dir = book(&[
        ("book.toml", "[book]\ntitle = \"T\"\n"),
        ("src/SUMMARY.md", "- [A](ch/a.md)\n"),
        (
            "src/ch/a.md",
            "A {{#include ../parts/p.md}} \\{{#include nothing.md}}",
        ),
        ("src/parts/p.md", "P({{#include q.md:2}})"),
        ("src/parts/q.md", "1\n2\n3"),
    ]);
    let b = read_book(dir.path()).unwrap();
    assert_eq!(text_of(&b, "ch/a.md"), "A P(2) {{#include nothing.md}}");
    assert!(
        b.directives.iter().all(|d| d.outcome == Outcome::Done),
        "{:?}",
        b.directives
    );
    assert_eq!(b.directives.len(), 2);
}

#[test]
fn include_cycles_and_depth_are_cut_and_reported() {
    let dir = book(&[
        ("book.toml", ""),
        ("src/SUMMARY.md", "- [A](a.md)\n- [D](d0.md)\n"),
        ("src/a.md", "A{{#include b.md}}"),
        ("src/b.md", "B{{#include a.md}}"),
        ("src/d0.md", "0{{#include d1.md}}"),
        ("src/d1.md", "1{{#include d2.md}}"),
        ("src/d2.md", "2{{#include d3.md}}"),
        ("src/d3.md", "3{{#include d4.md}}"),
        ("src/d4.md", "4{{#include d5.md}}"),
        ("src/d5.md", "5{{#include d6.md}}"),
        ("src/d6.md", "6{{#include d7.md}}"),
        ("src/d7.md", "7{{#include d8.md}}"),
        ("src/d8.md", "8{{#include d9.md}}"),
        ("src/d9.md", "9{{#include d10.md}}"),
        ("src/d10.md", "10{{#include d11.md}}"),
        ("src/d11.md", "11"),
    ]);
    let b = read_book(dir.path()).unwrap();
    assert_eq!(text_of(&b, "a.md"), "AB");
    let cycle = b.directives.iter().find(|d| d.file == "src/b.md").unwrap();
    assert!(
        matches!(&cycle.outcome, Outcome::LeftOut(m) if m.to_string().contains("cycle")),
        "{cycle:?}"
    );
    assert_eq!(text_of(&b, "d0.md"), "012345678910");
    assert!(b.directives.iter().any(
        |d| matches!(&d.outcome, Outcome::LeftOut(m) if m.to_string().contains("nest more than 10"))
    ));
}

#[test]
fn includes_leaving_the_book_are_refused_and_reported() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "SECRET").unwrap();
    let secret = outside.path().join("secret.txt");
    let dir = book(&[
        ("book.toml", ""),
        ("src/SUMMARY.md", "- [A](a.md)\n- [Out](../../x.md)\n"),
        (
            "src/a.md",
            &format!(
                "[{{{{#include ../../secret.txt}}}}] [{{{{#include {}}}}}] [{{{{#include link.txt}}}}] [{{{{#include missing.md}}}}]",
                secret.display()
            ),
        ),
    ]);
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, dir.path().join("src/link.txt")).unwrap();
    let b = read_book(dir.path()).unwrap();
    let text = text_of(&b, "a.md");
    assert!(!text.contains("SECRET"), "{text}");
    assert_eq!(text, "[] [] [] []");
    let why: Vec<String> = b
        .directives
        .iter()
        .map(|d| match &d.outcome {
            Outcome::LeftOut(m) => m.to_string(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert!(why[0].contains("leaves the book"), "{why:?}");
    assert!(why[1].contains("absolute"), "{why:?}");
    #[cfg(unix)]
    assert!(why[2].contains("symbolic link"), "{why:?}");
    assert!(why[3].contains("missing"), "{why:?}");
    assert!(
        b.missing["../../x.md"]
            .to_string()
            .contains("leaves the book")
    );
}

#[test]
fn a_chapter_too_large_or_not_utf8_refuses_the_book() {
    let big = "x".repeat(MAX_FILE_BYTES + 1);
    let dir = book(&[
        ("book.toml", ""),
        ("src/SUMMARY.md", "- [A](a.md)\n"),
        ("src/a.md", &big),
    ]);
    assert!(
        matches!(read_book(dir.path()), Err(BookError::TooLarge { file }) if file == "src/a.md")
    );
    let dir = book(&[("book.toml", ""), ("src/SUMMARY.md", "- [A](a.md)\n")]);
    std::fs::write(dir.path().join("src/a.md"), b"ok\n\xff").unwrap();
    assert!(matches!(
        read_book(dir.path()),
        Err(BookError::NotUtf8 { line: 2, .. })
    ));
}

#[test]
fn book_toml_gives_title_authors_language_and_src() {
    let dir = book(&[
        (
            "book.toml",
            "[book]\ntitle = \"Tides\"\nauthors = [\"A\", \"B\"]\nlanguage = \"fr\"\nsrc = \"text\"\n",
        ),
        ("text/SUMMARY.md", "[Intro](intro.md)\n"),
        ("text/intro.md", "Hello"),
    ]);
    let b = read_book(dir.path()).unwrap();
    assert_eq!(b.config.title.as_deref(), Some("Tides"));
    assert_eq!(b.config.authors, ["A", "B"]);
    assert_eq!(b.config.language.as_deref(), Some("fr"));
    assert_eq!(text_of(&b, "intro.md"), "Hello");
    let dir = book(&[("book.toml", "[book]\nsrc = \"../up\"\n")]);
    assert!(matches!(
        read_book(dir.path()),
        Err(BookError::BadConfig { .. })
    ));
    let dir = book(&[("book.toml", "[book\n")]);
    assert!(matches!(
        read_book(dir.path()),
        Err(BookError::BadConfig { .. })
    ));
}

#[test]
fn quiz_files_are_read_one_question_at_a_time() {
    let quiz = parse_quiz(
        r#"
[[questions]]
id = "mc"
type = "MultipleChoice"
prompt.prompt = "P"
prompt.distractors = ["b"]
answer.answer = ["a", "c"]
context = "Because."

[[questions]]
type = "ShortAnswer"
prompt.prompt = "S"
answer.answer = "x"
answer.alternatives = ["y"]

[[questions]]
type = "Tracing"
prompt.program = "fn main() {}"
answer.doesCompile = false
answer.lineNumber = 1

[[questions]]
type = "Matching"
prompt.prompt = "M"

[[questions]]
type = "ShortAnswer"
prompt.prompt = "no answer"

[multipart]
k = "Shared"
"#,
    )
    .unwrap();
    assert_eq!(quiz.questions.len(), 5);
    assert_eq!(quiz.multipart["k"], "Shared");
    assert_eq!(quiz.questions[0].id.as_deref(), Some("mc"));
    match &quiz.questions[0].question {
        Ok(Question::MultipleChoice(mc)) => {
            assert!(matches!(
                &mc.0.answer.answer,
                mdbook_quiz_schema::MultipleChoiceAnswerFormat::Multi(v) if v.len() == 2
            ));
            assert_eq!(mc.0.context.as_ref().unwrap().0, "Because.");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        &quiz.questions[1].question,
        Ok(Question::ShortAnswer(_))
    ));
    match &quiz.questions[2].question {
        Ok(Question::Tracing(t)) => {
            assert!(!t.0.answer.does_compile);
            assert_eq!(t.0.answer.line_number, Some(1));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(&quiz.questions[3].question, Err(m) if m.to_string().contains("Matching")),
        "{:?}",
        quiz.questions[3].question
    );
    assert_eq!(quiz.questions[4].index, 5);
    assert!(quiz.questions[4].question.is_err(), "a missing answer");
    assert!(parse_quiz("questions = 3").is_err());
    assert!(parse_quiz("[[questions]\n").is_err());
}

#[test]
fn quizzes_cut_a_chapter_into_segments() {
    let dir = book(&[
        ("book.toml", ""),
        ("src/SUMMARY.md", "- [A](ch/a.md)\n"),
        (
            "src/ch/a.md",
            "Before\n\n{{#quiz ../q/one.toml}}\n\nAfter\n\n{{#quiz ../../../nope.toml}}",
        ),
        (
            "src/q/one.toml",
            "[[questions]]\ntype = \"ShortAnswer\"\nprompt.prompt = \"S\"\nanswer.answer = \"x\"\n",
        ),
    ]);
    let b = read_book(dir.path()).unwrap();
    let segs = &b.chapters["ch/a.md"].segments;
    assert_eq!(segs.len(), 4);
    assert!(matches!(&segs[0], Segment::Text(t) if t.trim() == "Before"));
    assert!(matches!(&segs[1], Segment::Quiz(q) if q.file == "src/q/one.toml" && q.quiz.is_ok()));
    assert!(matches!(&segs[2], Segment::Text(t) if t.trim() == "After"));
    assert!(
        matches!(&segs[3], Segment::Quiz(q) if matches!(&q.quiz, Err(m) if m.to_string().contains("leaves the book")))
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    #[test]
    fn no_summary_directive_or_range_panics(
        text in "[-\\[\\]()#{}:\\\\ \nA-Za-z0-9.*`>]{0,200}|\\PC{0,80}",
        range in "[0-9:a-z_]{0,8}",
    ) {
        let _ = parse_summary(&text);
        for found in find_directives(&text) {
            proptest::prop_assert!(found.range.end <= text.len());
        }
        let _ = take_lines(&text, Some(&range));
        let _ = parse_quiz(&text);
    }
}

#[test]
fn a_toml_error_is_one_line_naming_its_line() {
    // The toml crate's message quotes the source over several lines, which
    // broke the report's list (and stderr's one-line message).
    let quiz = parse_quiz("[[questions]\n").unwrap_err().to_string();
    assert_eq!(quiz, "line 1: unclosed array table, expected `]`");
    let quiz = parse_quiz("[[questions]]\ntype = \"ShortAnswer\"\n\nprompt = \n")
        .unwrap_err()
        .to_string();
    assert!(
        !quiz.contains('\n') && quiz.starts_with("line 4: "),
        "{quiz}"
    );
}
