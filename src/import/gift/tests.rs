//! Unit tests of the GIFT parser: escapes, PHP semantics and edge cases.

use super::php::*;
use super::*;

fn one(text: &str) -> GiftQuestion {
    let bank = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!(bank.questions.len(), 1, "{text:?}");
    bank.questions.into_iter().next().unwrap()
}

fn warnings(text: &str) -> Vec<(usize, WarningKind)> {
    let bank = match parse(text) {
        Ok(b) => b,
        Err(GiftError::Refused { bank, .. }) => bank,
        Err(e) => panic!("{e}"),
    };
    bank.warnings
        .into_iter()
        .map(|w| (w.line, w.kind))
        .collect()
}

fn problems(text: &str) -> Vec<(usize, ProblemKind)> {
    match parse(text) {
        Err(GiftError::Refused { problems, .. }) => {
            problems.into_iter().map(|p| (p.line, p.kind)).collect()
        }
        other => panic!("{text:?} should be refused: {other:?}"),
    }
}

#[test]
fn escapes_are_the_characters_and_a_double_backslash_is_one() {
    let q = one(r"::a\:b:: x \~ \= \# \{ \} \\ y\nz{}");
    assert_eq!(q.title.as_deref(), Some("a:b"));
    assert_eq!(q.text.text, "x ~ = # { } \\ y\nz");
    // `\\{` is a backslash then a real brace.
    let q = one(r"a \\{=b}");
    assert_eq!(q.text.text, "a \\");
    assert!(matches!(q.kind, GiftKind::ShortAnswer { .. }));
    // An unknown escape is kept as typed.
    assert_eq!(one(r"a \q b{}").text.text, r"a \q b");
}

#[test]
fn a_trailing_escaped_newline_is_trimmed_away() {
    assert_eq!(one(r"Text\n{}").text.text, "Text");
}

#[test]
fn moodle_placeholders_typed_in_the_text_are_decoded_and_warned() {
    let text = "a &&058; b{}";
    assert_eq!(one(text).text.text, "a : b");
    assert_eq!(warnings(text), [(1, WarningKind::PlaceholderText)]);
}

#[test]
fn bom_crlf_tabs_and_blank_lines_of_white_space() {
    let q = one("\u{FEFF}::T::\r\n\tQ?\r\n\t{\r\n\t=a\r\n\t~b\r\n}\r\n \t \r\n");
    assert_eq!(q.title.as_deref(), Some("T"));
    assert_eq!(q.text.text, "Q?");
    assert_eq!(q.line, 1);
    assert!(matches!(
        q.kind,
        GiftKind::MultipleChoice { single: true, .. }
    ));
    assert_eq!(warnings("a{}\r\n"), [(1, WarningKind::CrLf)]);
    // A line of TABs is a blank line: it ends the question.
    assert_eq!(
        problems("Q{\n\t\n=a}"),
        [
            (1, ProblemKind::BraceMismatch),
            (3, ProblemKind::BraceMismatch)
        ]
    );
}

#[test]
fn old_mac_line_ends_split_the_file() {
    let bank = parse("a{}\r\rb{}\r").unwrap();
    assert_eq!(bank.questions.len(), 2);
    assert_eq!(bank.questions[1].line, 3);
    assert_eq!(bank.warnings[0].kind, WarningKind::CarriageReturnOnly);
}

#[test]
fn a_line_that_is_just_zero_ends_the_question() {
    let text = "Q{#\n=1\n0\n}";
    assert_eq!(warnings(text)[0], (3, WarningKind::ZeroLine));
    assert!(matches!(parse(text), Err(GiftError::Refused { .. })));
}

#[test]
fn comments_anywhere_in_a_block_are_dropped() {
    let q = one("// c\nQ{\n// inside\n=a\n}\n// after");
    assert_eq!(q.text.text, "Q");
    assert_eq!(q.line, 2);
    let GiftKind::ShortAnswer { answers } = q.kind else {
        panic!()
    };
    assert_eq!((answers[0].text.as_str(), answers[0].line), ("a", 4));
    // A block of comments only is no question.
    assert_eq!(parse("// only\n\n// comments"), Err(GiftError::Empty));
}

#[test]
fn category_lines_and_the_trap_of_no_blank_line() {
    let bank = parse("$CATEGORY: a/b\n\nQ{}\n\n$CATEGORY: c\n::T::lost{}\n\nR{}").unwrap();
    let paths: Vec<_> = bank.categories.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["a/b", "c\n::T::lost{}"]);
    assert_eq!(bank.questions.len(), 2);
    assert_eq!(bank.questions[0].category.as_deref(), Some("a/b"));
    assert_eq!(
        bank.questions[1].category.as_deref(),
        Some("c\n::T::lost{}")
    );
    assert_eq!(
        bank.warnings,
        [GiftWarning {
            line: 6,
            kind: WarningKind::CategoryWithoutBlankLine
        }]
    );
    // A comment before `$CATEGORY` is fine; the prefix is case-sensitive.
    assert_eq!(parse("// c\n$CATEGORY: x").unwrap().categories.len(), 1);
    assert_eq!(one("$category: x").kind, GiftKind::Description);
}

#[test]
fn titles_unclosed_and_repeated() {
    let q = one("::no end Q{}");
    assert_eq!((q.title, q.text.text.as_str()), (None, "no end Q"));
    assert_eq!(warnings("::no end Q{}"), [(1, WarningKind::UnclosedTitle)]);
    assert_eq!(
        warnings("::A::x{}\n\n::A::y{}"),
        [(3, WarningKind::DuplicateTitle { first_line: 1 })]
    );
}

#[test]
fn format_tags_only_known_names_at_the_start() {
    assert_eq!(one("[html]<b>x</b>{}").text.format, TextFormat::Html);
    let q = one("[HTML]x{}");
    assert_eq!(
        (q.text.format, q.text.text.as_str()),
        (TextFormat::Moodle, "[HTML]x")
    );
    let q = one("[markdown]\n*x*{}");
    assert_eq!(
        (q.text.format, q.text.text.as_str()),
        (TextFormat::Markdown, "*x*")
    );
    assert_eq!(
        warnings("[markdown]\n*x*{}"),
        [(1, WarningKind::FormatTagAlone)]
    );
    // `[` without `]` is text.
    assert_eq!(one("[html x{}").text.text, "[html x");
    // General feedback's tag must come right after `####`.
    let q = one("Q{#### [html]fb}");
    assert_eq!(q.general_feedback.text, "[html]fb");
    assert_eq!(q.general_feedback.format, TextFormat::Moodle);
}

#[test]
fn general_feedback_is_after_the_last_four_hashes() {
    let q = one("Q{=a####one####two}");
    assert_eq!(q.general_feedback.text, "two");
    let GiftKind::ShortAnswer { answers } = q.kind else {
        panic!()
    };
    assert_eq!(answers[0].text, "a");
    assert_eq!(answers[0].feedback.text, "###one");
    assert_eq!(one("Essay{####only feedback}").kind, GiftKind::Essay);
}

#[test]
fn kinds_by_moodle_s_rules() {
    assert_eq!(one("Just text").kind, GiftKind::Description);
    assert_eq!(one("Q{}").kind, GiftKind::Essay);
    assert!(matches!(one("Q{#5}").kind, GiftKind::Numerical { .. }));
    assert!(matches!(
        one("Q{=a ~b}").kind,
        GiftKind::MultipleChoice { .. }
    ));
    assert!(matches!(
        one("Q{=a -> b =c -> d}").kind,
        GiftKind::Matching { .. }
    ));
    assert!(matches!(
        one("Q{F}").kind,
        GiftKind::TrueFalse { answer: false, .. }
    ));
    assert!(matches!(one("Q{=yes}").kind, GiftKind::ShortAnswer { .. }));
    // Only upper-case T/TRUE/F/FALSE: `true` is a short answer, warned.
    let text = "Q{true}";
    assert!(matches!(one(text).kind, GiftKind::ShortAnswer { .. }));
    assert_eq!(warnings(text), [(1, WarningKind::TrueFalseCase)]);
    // A bare word without `=` is a short answer too.
    let GiftKind::ShortAnswer { answers } = one("Q{yes}").kind else {
        panic!()
    };
    assert_eq!(
        (answers[0].text.as_str(), answers[0].fraction),
        ("yes", 1.0)
    );
}

#[test]
fn missing_word_blank_and_the_block_at_the_end() {
    let q = one("I {=am} here.");
    assert_eq!(q.text.text, "I _____ here.");
    assert_eq!(
        q.blank,
        Some(Blank {
            before: "I ".into(),
            after: " here.".into()
        })
    );
    let q = one("[html]<p>I {=am} here.</p>");
    assert_eq!(q.text.text, "<p>I _____ here.</p>");
    assert_eq!(q.blank.unwrap().before, "<p>I ");
    // A second block stays text, and is warned about.
    let text = "A {=b} c {=d}";
    let q = one(text);
    assert_eq!(q.text.text, "A  c {=d}");
    assert_eq!(q.blank, None);
    assert_eq!(warnings(text), [(1, WarningKind::SecondAnswerBlock)]);
}

#[test]
fn braces_the_wrong_way_round_do_not_panic() {
    let text = "a } b { c";
    let bank = match parse(text) {
        Ok(b) => b,
        Err(GiftError::Refused { bank, .. }) => bank,
        Err(e) => panic!("{e}"),
    };
    assert!(
        bank.warnings
            .iter()
            .any(|w| w.kind == WarningKind::ClosingBraceFirst)
    );
}

#[test]
fn weights_negative_decimal_and_out_of_range() {
    let GiftKind::MultipleChoice { single, answers } = one("Q{~%33.3%a ~%-50%b ~%100%c}").kind
    else {
        panic!()
    };
    assert!(!single);
    let f: Vec<_> = answers.iter().map(|a| a.fraction).collect();
    assert!((f[0] - 0.333).abs() < 1e-12 && f[1] == -0.5 && f[2] == 1.0);
    assert_eq!(
        warnings("Q{~%200%a =b}"),
        [(1, WarningKind::FractionOutOfRange)]
    );
    // Not a weight: the text keeps it, worth 0.
    let GiftKind::MultipleChoice { answers, .. } = one("Q{~%abc%a =b}").kind else {
        panic!()
    };
    assert_eq!(
        (answers[0].text.text.as_str(), answers[0].fraction),
        ("%abc%a", 0.0)
    );
    assert_eq!(warnings("Q{~%abc%a =b}"), [(1, WarningKind::WeightNotRead)]);
    // Several minus signs: PHP stops with a type error.
    assert_eq!(problems("Q{~%--50%a =b}"), [(1, ProblemKind::BadWeight)]);
    // Short answer weights.
    let GiftKind::ShortAnswer { answers } = one("Q{=%50%half =full}").kind else {
        panic!()
    };
    assert_eq!((answers[0].fraction, answers[1].fraction), (0.5, 1.0));
}

#[test]
fn equals_inside_a_choice_starts_a_new_answer() {
    let GiftKind::MultipleChoice { answers, .. } = one("Q{~a # x=y ~b}").kind else {
        panic!()
    };
    let texts: Vec<_> = answers.iter().map(|a| a.text.text.as_str()).collect();
    assert_eq!(texts, ["a", "y", "b"]);
    assert_eq!(answers[1].fraction, 1.0);
    // `~=` makes an empty answer before the right one.
    let text = "Q{~=a~b}";
    let GiftKind::MultipleChoice { answers, .. } = one(text).kind else {
        panic!()
    };
    assert_eq!(answers.len(), 3);
    assert_eq!(warnings(text), [(1, WarningKind::EmptyAnswer)]);
}

#[test]
fn numerical_forms() {
    let values = |text: &str| -> Vec<NumericalValue> {
        match one(text).kind {
            GiftKind::Numerical { answers } => answers.into_iter().map(|a| a.value).collect(),
            k => panic!("{k:?}"),
        }
    };
    assert_eq!(
        values("Q{#1.5:0.1}"),
        [NumericalValue::Tolerance {
            value: 1.5,
            tolerance: 0.1
        }]
    );
    assert_eq!(
        values("Q{#1..3}"),
        [NumericalValue::Range { min: 1.0, max: 3.0 }]
    );
    assert_eq!(
        NumericalValue::Range { min: 1.0, max: 3.0 }.value_and_tolerance(),
        Some((2.0, 1.0))
    );
    assert_eq!(
        values("Q{#=-2 =%50%1e1}"),
        [
            NumericalValue::Tolerance {
                value: -2.0,
                tolerance: 0.0
            },
            NumericalValue::Tolerance {
                value: 10.0,
                tolerance: 0.0
            }
        ]
    );
    // Not a number: Moodle accepts anything (its `$ans = '*'`).
    assert_eq!(values("Q{#abc}"), [NumericalValue::Any]);
    assert_eq!(warnings("Q{#abc}"), [(1, WarningKind::NotANumber)]);
    assert_eq!(values("Q{#*}"), [NumericalValue::Any]);
    assert!(warnings("Q{#*}").is_empty());
    // Refusals.
    assert_eq!(problems("Q{#1:x}"), [(1, ProblemKind::ToleranceNotANumber)]);
    assert_eq!(problems("Q{#a..b}"), [(1, ProblemKind::RangeNotANumber)]);
    assert_eq!(
        problems("Q{#}"),
        [(1, ProblemKind::TooFewAnswers { needed: 1 })]
    );
}

#[test]
fn refusals_name_their_line() {
    assert_eq!(problems("\n\nQ{=a"), [(3, ProblemKind::BraceMismatch)]);
    assert_eq!(
        problems("Q{~a}"),
        [(1, ProblemKind::TooFewAnswers { needed: 2 })]
    );
    assert_eq!(
        problems("Q{\n=a -> b\n=c\n}"),
        [(3, ProblemKind::MatchingWithoutArrow)]
    );
    assert_eq!(parse(""), Err(GiftError::Empty));
    assert_eq!(parse("\n \n\t\n"), Err(GiftError::Empty));
}

#[test]
fn input_size_is_limited() {
    let big = "a".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(
        parse(&big),
        Err(GiftError::TooLarge {
            bytes: MAX_INPUT_BYTES + 1
        })
    );
}

/// Moodle's data provider for `extract_idnumber_and_tags_from_comment`
/// (`moodle/expected.md`, case 15).
#[test]
fn idnumber_and_tags_from_comments() {
    let cases: &[(&str, Option<&str>, &[&str])] = &[
        ("", None, &[]),
        ("// A basic comment.", None, &[]),
        (
            "// A comment with [id:frog] <-- an idnumber.",
            Some("frog"),
            &[],
        ),
        (
            "// Look tags: [tag:frog] [tag:toad].",
            None,
            &["frog", "toad"],
        ),
        (
            "// [tag:add] [tag:basic] [id:four]",
            Some("four"),
            &["add", "basic"],
        ),
        (
            "// [tag:  basic] Here is  \n// a [id:   four   ] que[tag:add   ]stion.",
            Some("four"),
            &["basic", "add"],
        ),
        ("// Ceci n\\'est pas une [tag:\n\\ frog].", None, &[]),
        ("// [id:i\\]d].", Some("i]d"), &[]),
        ("// [tag:t\\]ag].", None, &["t]ag"]),
    ];
    for (comment, id, tags) in cases {
        let (got_id, got_tags) = id_and_tags(comment.as_bytes());
        assert_eq!(got_id.as_deref(), *id, "{comment:?}");
        assert_eq!(got_tags, *tags, "{comment:?}");
    }
    // Only the first id counts; tags may not hold `<` or `>`.
    assert_eq!(id_and_tags(b"[id:a] [id:b]").0.as_deref(), Some("a"));
    assert!(id_and_tags(b"[tag:<b>]").1.is_empty());
    // A trailing `\]` with no closing `]`: PCRE backtracks to it.
    assert_eq!(id_and_tags(b"[id:a\\]").0.as_deref(), Some("a\\"));
}

#[test]
fn php_helpers() {
    assert!(is_numeric(b" 1.5 ") && is_numeric(b".5") && is_numeric(b"5.") && is_numeric(b"-1e3"));
    assert!(!is_numeric(b"") && !is_numeric(b"1x") && !is_numeric(b"inf") && !is_numeric(b"."));
    assert_eq!(php_number(b"1.5abc"), Some(1.5));
    assert_eq!(php_number(b"abc"), None);
    assert!(weight_regex(b"%100%") && weight_regex(b"%-33.33%") && !weight_regex(b"%%"));
    assert!(!weight_regex(b"%.5%"));
    assert_eq!(php_substr((0, 5), 1, Some(-1)), (1, 4));
    assert_eq!(php_substr((0, 5), 4, Some(-3)), (4, 4));
    assert_eq!(php_substr((0, 5), 9, None), (5, 5));
    assert_eq!(
        php_substr_replace(b"abcde", b"X", 3, -1).0,
        b"abcXe".to_vec()
    );
}

#[test]
fn first_invalid_utf8_line_names_the_line() {
    assert_eq!(first_invalid_utf8_line(b"ok\nfine"), None);
    assert_eq!(
        first_invalid_utf8_line(b"ok\nstill\nbad \xff here"),
        Some(3)
    );
    assert_eq!(first_invalid_utf8_line(b"\xc3"), Some(1));
}

#[test]
fn untitled_questions_are_named_after_their_text() {
    assert_eq!(one("<p>Hello   <b>you</b></p>{}").name(), "Hello you");
    assert_eq!(one("{}").name(), "Question");
    let long = format!("{}{{}}", "word ".repeat(40));
    assert_eq!(one(&long).name().chars().count(), 80);
}

mod props {
    use super::super::*;
    use proptest::prelude::*;
    use std::time::{Duration, Instant};

    /// Parses `text` within `limit`, and checks every line named is one
    /// of its lines.
    fn check_within(text: &str, limit: Duration) {
        let start = Instant::now();
        let result = parse(text);
        let took = start.elapsed();
        assert!(took < limit, "{took:?} on {} bytes", text.len());
        // Every line named is a line of the input.
        let lines = text.split('\n').count().max(text.split('\r').count());
        if let Ok(bank) | Err(GiftError::Refused { bank, .. }) = &result {
            for w in &bank.warnings {
                assert!(
                    w.line >= 1 && w.line <= lines,
                    "{w:?} in {} bytes",
                    text.len()
                );
            }
            for q in &bank.questions {
                assert!(
                    q.line >= 1 && q.line <= lines,
                    "line {} in {} bytes",
                    q.line,
                    text.len()
                );
            }
        }
    }

    fn check(text: &str) {
        check_within(text, Duration::from_secs(2));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_strings_never_panic(text in any::<String>()) {
            check(&text);
        }

        #[test]
        fn gift_shaped_strings_never_panic(
            text in proptest::string::string_regex(
                r"([\\{}~=#:%\-.>\[\]0-9a-zT/ \t\r\n]|::|->|####|\[html\]|\[id:|\[tag:|//|\$CATEGORY:|&&058;|é){0,80}"
            ).unwrap()
        ) {
            check(&text);
        }
    }

    /// Half a megabyte of one pattern, on a comment line and on a text
    /// line: linear work takes well under a second even in a debug build
    /// on a busy machine; quadratic work would take hours.
    #[test]
    fn large_hostile_inputs_stay_fast() {
        for unit in [
            "[tag:",
            "{~",
            "\\\\",
            "=a->",
            "~%-1%",
            "::",
            "\n",
            "0\n",
            "//[id:\\]",
            "[html]",
        ] {
            let text = unit.repeat(256 * 1024 / unit.len());
            let text = format!("// {text}\n{text}");
            check_within(&text, Duration::from_secs(10));
        }
    }
}
