//! The GIFT parser (`import::gift`) against Moodle's own test cases and four
//! real banks, read in place from `../shared/corpora/gift/` (see its
//! README.md and the `expected.md` files, which these tests reproduce).

use crate::common::outside::shared;
use amphi::import::gift::{
    GiftBank, GiftError, GiftKind, GiftQuestion, NumericalValue, TextFormat, WarningKind, parse,
};

/// The bank at `corpora/gift/REL`, which must parse; `None` when the corpora
/// are absent (the test is skipped).
fn bank(rel: &str) -> Option<GiftBank> {
    let path = shared(&format!("corpora/gift/{rel}"))?;
    let text = std::fs::read_to_string(&path).expect("the corpus is UTF-8");
    match parse(&text) {
        Ok(bank) => Some(bank),
        Err(e) => panic!("{rel} must parse: {e}"),
    }
}

/// The one question of a Moodle test case.
fn only(rel: &str) -> Option<GiftQuestion> {
    let bank = bank(&format!("moodle/{rel}.gift"))?;
    assert_eq!(bank.questions.len(), 1, "{rel}: {:?}", bank.questions);
    assert!(bank.categories.is_empty());
    bank.questions.into_iter().next()
}

/// `x` to nine decimals (so `3.141..3.142` reads as 3.1415±0.0005).
fn round(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// A short, stable rendering of a question's kind and answers, in the words
/// of `moodle/expected.md`'s tables.
fn answers(q: &GiftQuestion) -> String {
    let fb = |t: &str| {
        if t.is_empty() {
            String::new()
        } else {
            format!(" #{t}")
        }
    };
    match &q.kind {
        GiftKind::Description => "description".into(),
        GiftKind::Essay => "essay".into(),
        GiftKind::TrueFalse {
            answer,
            feedback_true,
            feedback_false,
        } => {
            let mut s = format!(
                "truefalse correct={}",
                if *answer { "TRUE" } else { "FALSE" }
            );
            if !feedback_true.text.is_empty() {
                s += &format!(" feedbacktrue={}", feedback_true.text);
            }
            if !feedback_false.text.is_empty() {
                s += &format!(" feedbackfalse={}", feedback_false.text);
            }
            s
        }
        GiftKind::MultipleChoice { single, answers } => format!(
            "multichoice {} — {}",
            if *single { "single" } else { "multi" },
            answers
                .iter()
                .map(|a| format!("{}={}{}", a.text.text, a.fraction, fb(&a.feedback.text)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        GiftKind::ShortAnswer { answers } => format!(
            "shortanswer — {}",
            answers
                .iter()
                .map(|a| format!("{}={}{}", a.text, a.fraction, fb(&a.feedback.text)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        GiftKind::Matching { pairs } => format!(
            "match — {}",
            pairs
                .iter()
                .map(|p| format!("{}→{}", p.question.text, p.answer))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        GiftKind::Numerical { answers } => format!(
            "numerical — {}",
            answers
                .iter()
                .map(|a| {
                    let v = match a.value.value_and_tolerance() {
                        Some((v, t)) => format!("{}±{}", round(v), round(t)),
                        None => "*".into(),
                    };
                    format!("{v}={}{}", a.fraction, fb(&a.feedback.text))
                })
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

fn ft(text: &str, format: TextFormat) -> amphi::import::gift::FormattedText {
    amphi::import::gift::FormattedText {
        text: text.to_string(),
        format,
    }
}

use TextFormat::{Html, Markdown, Moodle, Plain};

/// The kinds of warnings at `line`.
fn warnings_at(bank: &GiftBank, line: usize) -> Vec<WarningKind> {
    bank.warnings
        .iter()
        .filter(|w| w.line == line)
        .map(|w| w.kind.clone())
        .collect()
}

#[test]
fn moodle_01_essay_drops_the_comment() {
    let Some(q) = only("01-import-essay") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("Q8"));
    assert_eq!(q.text, ft("How are you?", Moodle));
    assert_eq!(q.general_feedback, ft("", Moodle));
    assert_eq!(q.kind, GiftKind::Essay);
    assert_eq!((q.id, q.tags.len(), q.line), (None, 0, 3));
}

#[test]
fn moodle_02_match_with_formats_and_a_distractor() {
    let Some(q) = only("02-import-match") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("Moodle activities"));
    assert_eq!(
        q.text,
        ft("Match the <b>activity</b> to the description.", Html)
    );
    assert_eq!(q.general_feedback, ft("", Html));
    let GiftKind::Matching { pairs } = &q.kind else {
        panic!("not matching: {:?}", q.kind)
    };
    let got: Vec<_> = pairs
        .iter()
        .map(|p| (p.question.clone(), p.answer.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                ft("An activity supporting asynchronous discussions.", Html),
                "Forum"
            ),
            (
                ft(
                    "A teacher asks a question and specifies a choice of multiple responses.",
                    Moodle
                ),
                "Choice"
            ),
            (
                ft(
                    "A bank of record entries which participants can add to.",
                    Plain
                ),
                "Database"
            ),
            (
                ft(
                    "A collection of web pages that anyone can add to or edit.",
                    Markdown
                ),
                "Wiki"
            ),
            (ft("", Html), "Chat"),
        ]
    );
}

#[test]
fn moodle_03_multichoice_formats_apply_to_their_piece() {
    let Some(q) = only("03-import-multichoice") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("Q2"));
    assert_eq!(
        q.text,
        ft("What's between orange and green in the spectrum?", Moodle)
    );
    let GiftKind::MultipleChoice { single, answers } = &q.kind else {
        panic!("{:?}", q.kind)
    };
    assert!(*single);
    let got: Vec<_> = answers
        .iter()
        .map(|a| (a.text.clone(), a.fraction, a.feedback.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (ft("yellow", Moodle), 1.0, ft("right; good!", Moodle)),
            (ft("red", Moodle), 0.0, ft("wrong, it's yellow", Html)),
            (ft("blue", Plain), 0.0, ft("wrong, it's yellow", Moodle)),
        ]
    );
    assert_eq!(
        answers.iter().map(|a| a.line).collect::<Vec<_>>(),
        [5, 6, 7]
    );
}

#[test]
fn moodle_04_multichoice_multi_with_negative_weights() {
    let Some(q) = only("04-import-multichoice-multi") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("colours"));
    assert_eq!(
        answers(&q),
        "multichoice multi — yellow=0.5 #right; good!; red=-1 #wrong; off-beige=0.5 #right; good!; blue=-1 #wrong"
    );
    let GiftKind::MultipleChoice { answers, .. } = &q.kind else {
        unreachable!()
    };
    assert_eq!(answers[1].feedback.format, Html);
    assert_eq!(answers[3].text, ft("blue", Plain));
}

#[test]
fn moodle_05_full_credit_without_equals_is_multi_and_warned() {
    let Some(b) = bank("moodle/05-import-multichoice-multi-tricky.gift") else {
        return;
    };
    let q = &b.questions[0];
    assert_eq!(
        answers(q),
        "multichoice multi — yellow=1 #right; good!; red=-0.5 #wrong; blue=-0.5 #wrong"
    );
    assert_eq!(
        warnings_at(&b, 5),
        [WarningKind::FullCreditInMultipleAnswer]
    );
}

#[test]
fn moodle_06_numerical_with_catch_all_feedback() {
    let Some(q) = only("06-import-numerical") else {
        return;
    };
    assert_eq!(
        (q.title.as_deref(), q.text.text.as_str()),
        (Some("Q5"), "What is a number from 1 to 5?")
    );
    let GiftKind::Numerical { answers } = &q.kind else {
        panic!("{:?}", q.kind)
    };
    assert_eq!(answers.len(), 2);
    assert_eq!(
        answers[0].value,
        NumericalValue::Tolerance {
            value: 3.0,
            tolerance: 2.0
        }
    );
    assert_eq!(
        (answers[0].fraction, answers[0].feedback.text.as_str()),
        (1.0, "")
    );
    assert_eq!(answers[1].value, NumericalValue::Any);
    assert_eq!(
        (answers[1].fraction, answers[1].feedback.text.as_str()),
        (0.0, "Completely wrong")
    );
}

#[test]
fn moodle_07_shortanswer_weights_and_wildcard() {
    let Some(q) = only("07-import-shortanswer") else {
        return;
    };
    assert_eq!(
        (q.title.as_deref(), q.text.text.as_str()),
        (Some("Shortanswer"), "Which is the best animal?")
    );
    assert_eq!(
        answers(&q),
        "shortanswer — Frog=1 #Good!; Cat=0.5 #What is it with Moodlers and cats?; *=0 #Completely wrong"
    );
}

#[test]
fn moodle_08_general_feedback_has_its_own_format() {
    let Some(q) = only("08-import-shortanswer-general-feedback") else {
        return;
    };
    assert_eq!(q.text.format, Moodle);
    assert_eq!(
        q.general_feedback,
        ft("Here is some general feedback!", Html)
    );
    assert_eq!(
        answers(&q),
        "shortanswer — Frog=1 #Good!; Cat=0.5 #What is it with Moodlers and cats?; *=0 #Completely wrong"
    );
}

#[test]
fn moodle_09_truefalse_false_first_feedback_goes_to_true() {
    let Some(q) = only("09-import-truefalse") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("Q1"));
    assert_eq!(q.text.text, "42 is the Absolute Answer to everything.");
    assert_eq!(
        q.kind,
        GiftKind::TrueFalse {
            answer: false,
            feedback_true: ft("42 is the Ultimate Answer.", Moodle),
            feedback_false: ft("You gave the right answer.", Moodle),
        }
    );
}

#[test]
fn moodle_10_and_11_t_and_true_are_the_same() {
    for rel in ["10-import-truefalse-T", "11-import-truefalse-TRUE"] {
        let Some(q) = only(rel) else { return };
        assert_eq!(q.title.as_deref(), Some("2-08 TSL"));
        assert_eq!(q.text.text, "TSL is blablabla.");
        assert_eq!(
            q.kind,
            GiftKind::TrueFalse {
                answer: true,
                feedback_true: ft("", Moodle),
                feedback_false: ft("", Moodle),
            },
            "{rel}"
        );
    }
}

#[test]
fn moodle_12_double_backslash_is_one() {
    let Some(q) = only("12-import-backslash") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("double backslash"));
    assert_eq!(q.text.text, r"A \ B \\ C");
    assert_eq!(q.kind, GiftKind::Essay);
}

#[test]
fn moodle_13_pre_content_from_a_file_loses_its_indentation_with_a_warning() {
    let Some(b) = bank("moodle/13-import-pre-content.gift") else {
        return;
    };
    let q = &b.questions[0];
    assert_eq!(q.title.as_deref(), Some("Q001"));
    assert_eq!(q.text.format, Html);
    // Moodle's unit test feeds untrimmed lines and keeps the indentation;
    // its file import trims every line first, as here.
    assert_eq!(
        q.text.text,
        "<p>What would running the test method print?</p>\n<pre>\npublic void test() {\nmethod1();\nmethod2();\nmethod3();\n}\n</pre>"
    );
    assert_eq!(q.general_feedback, ft("", Html));
    assert_eq!(q.kind, GiftKind::Essay);
    assert_eq!(warnings_at(&b, 4), [WarningKind::IndentationLost]);
}

#[test]
fn moodle_14_tags_and_idnumber_from_comments() {
    let Some(q) = only("14-import-tags-idnumber") else {
        return;
    };
    assert_eq!(q.title.as_deref(), Some("Question name"));
    assert_eq!(q.text.text, "How are you?");
    assert_eq!(q.kind, GiftKind::Essay);
    assert_eq!(q.tags, ["tag", "other-tag"]);
    assert_eq!(q.id.as_deref(), Some("myid"));
}

#[test]
fn moodle_15_tags_and_idnumber_mixed_up_over_comment_lines() {
    let text = "// [tag:  basic] Here is  \n// a [id:   four   ] que[tag:add   ]stion.\n::Q::x{}";
    let q = &parse(text).unwrap().questions[0];
    assert_eq!(q.id.as_deref(), Some("four"));
    assert_eq!(q.tags, ["basic", "add"]);
    let q = &parse("// [id:i\\]d].\n// [tag:t\\]ag].\n::Q::x{}")
        .unwrap()
        .questions[0];
    assert_eq!(
        (q.id.as_deref(), q.tags.clone()),
        (Some("i]d"), vec!["t]ag".to_string()])
    );
}

#[test]
fn moodle_20_export_essay() {
    let Some(q) = only("20-export-essay") else {
        return;
    };
    assert_eq!(
        (q.title.as_deref(), q.text.clone(), q.kind),
        (Some("Q8"), ft("How are you?", Moodle), GiftKind::Essay)
    );
}

#[test]
fn moodle_21_export_match_with_escaped_equals_and_tabs() {
    let Some(q) = only("21-export-match") else {
        return;
    };
    assert_eq!(q.text.format, Html);
    let GiftKind::Matching { pairs } = &q.kind else {
        panic!("{:?}", q.kind)
    };
    assert_eq!(
        pairs[0].question,
        ft(
            "<div class=\"frog\">An activity supporting asynchronous discussions.</div>",
            Html
        )
    );
    assert_eq!(
        pairs.iter().map(|p| p.question.format).collect::<Vec<_>>(),
        [Html, Moodle, Plain, Markdown, Html]
    );
    assert_eq!(
        pairs.iter().map(|p| p.answer.as_str()).collect::<Vec<_>>(),
        ["Forum", "Choice", "Database", "Wiki", "Chat"]
    );
    assert_eq!(pairs[4].question.text, "");
}

#[test]
fn moodle_22_export_multichoice() {
    let Some(q) = only("22-export-multichoice") else {
        return;
    };
    assert_eq!(
        answers(&q),
        "multichoice single — yellow=1 #right; good!; red=0 #wrong, it's yellow; blue=0 #wrong, it's yellow"
    );
    let GiftKind::MultipleChoice { answers, .. } = &q.kind else {
        unreachable!()
    };
    assert_eq!(
        (answers[1].feedback.format, answers[2].text.format),
        (Html, Plain)
    );
}

#[test]
fn moodle_23_export_multichoice_multi_tricky() {
    let Some(q) = only("23-export-multichoice-multi-tricky") else {
        return;
    };
    assert_eq!(
        answers(&q),
        "multichoice multi — yellow=1 #right; good!; red=-0.5 #wrong, it's yellow; blue=-0.5 #wrong, it's yellow"
    );
}

#[test]
fn moodle_24_export_numerical() {
    let Some(q) = only("24-export-numerical") else {
        return;
    };
    assert_eq!(answers(&q), "numerical — 3±2=1; *=0 #Completely wrong");
}

#[test]
fn moodle_25_and_26_export_shortanswer() {
    let Some(q) = only("25-export-shortanswer") else {
        return;
    };
    let expected = "shortanswer — Frog=1 #Good!; Cat=0.5 #What is it with Moodlers and cats?; *=0 #Completely wrong";
    assert_eq!(answers(&q), expected);
    assert_eq!(q.general_feedback.text, "");
    let Some(q) = only("26-export-shortanswer-general-feedback") else {
        return;
    };
    assert_eq!(answers(&q), expected);
    assert_eq!(
        q.general_feedback,
        ft("Here is some general feedback!", Html)
    );
}

#[test]
fn moodle_27_export_truefalse() {
    let Some(q) = only("27-export-truefalse") else {
        return;
    };
    assert_eq!(
        q.kind,
        GiftKind::TrueFalse {
            answer: true,
            feedback_true: ft("You gave the right answer.", Moodle),
            feedback_false: ft("42 is the Ultimate Answer.", Html),
        }
    );
}

#[test]
fn moodle_28_export_backslash() {
    let Some(q) = only("28-export-backslash") else {
        return;
    };
    assert_eq!(
        (q.title.as_deref(), q.text.text.as_str()),
        (Some("backslash"), r"A \ B \\ C")
    );
    assert_eq!(q.kind, GiftKind::Essay);
}

#[test]
fn moodle_29_export_tags_idnumber_truefalse_with_general_feedback() {
    let Some(q) = only("29-export-tags-idnumber") else {
        return;
    };
    assert_eq!(q.id.as_deref(), Some("myid"));
    assert_eq!(q.tags, ["tag1", "tag2"]);
    assert_eq!(q.title.as_deref(), Some("True/false question"));
    assert_eq!(q.text, ft("The answer is true.", Html));
    assert_eq!(
        q.general_feedback,
        ft("You should have selected true.", Html)
    );
    assert_eq!(
        q.kind,
        GiftKind::TrueFalse {
            answer: true,
            feedback_true: ft("This is the right answer.", Html),
            feedback_false: ft("This is the wrong answer.", Html),
        }
    );
}

#[test]
fn moodle_30_fixture_nine_questions_two_of_them_missing_word_by_accident() {
    let Some(b) = bank("moodle/30-fixture-questions.gift") else {
        return;
    };
    assert_eq!(b.questions.len(), 9);
    let names: Vec<_> = b.questions.iter().map(|q| q.name()).collect();
    assert_eq!(
        names,
        [
            "Q8",
            "Moodle activities",
            "Q2",
            "colours",
            "Q5",
            "Shortanswer",
            "Q1",
            "2-08 TSL",
            "2-08 TSL"
        ]
    );
    let kinds: Vec<_> = b
        .questions
        .iter()
        .map(|q| answers(q).split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(
        kinds,
        [
            "essay",
            "match",
            "multichoice",
            "multichoice",
            "numerical",
            "shortanswer",
            "truefalse",
            "truefalse",
            "truefalse"
        ]
    );
    assert_eq!(
        b.questions[2].text.text,
        "What's between orange and green in the spectrum?"
    );
    assert!(answers(&b.questions[3]).starts_with("multichoice multi"));
    assert_eq!(
        b.questions[4].text.text,
        "What is a number from 1 to 5? _____\";"
    );
    assert_eq!(
        b.questions[6].text.text,
        "42 is the Absolute Answer to everything._____\";"
    );
    let blank = b.questions[6]
        .blank
        .as_ref()
        .expect("a missing-word question");
    assert_eq!(
        (blank.before.as_str(), blank.after.as_str()),
        ("42 is the Absolute Answer to everything.", "\";")
    );
    assert_eq!(
        b.questions[6].general_feedback.text,
        "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    );
}

#[test]
fn moodle_31_fixture_in_a_category() {
    let Some(b) = bank("moodle/31-fixture-questions-in-category.gift") else {
        return;
    };
    assert_eq!(b.categories.len(), 1);
    assert_eq!(b.categories[0].path, "$course$/Default for New Features");
    assert_eq!(b.questions.len(), 4);
    for q in &b.questions {
        assert_eq!(
            q.category.as_deref(),
            Some("$course$/Default for New Features")
        );
        assert_eq!(q.text.format, Html);
    }
    let GiftKind::Matching { pairs } = &b.questions[0].kind else {
        panic!()
    };
    assert_eq!(pairs.len(), 5);
    assert_eq!(
        (pairs[4].question.text.as_str(), pairs[4].answer.as_str()),
        ("", "Chat")
    );
    assert_eq!(b.questions[1].title.as_deref(), Some("Greeting"));
    assert_eq!(
        b.questions[1].text.text,
        "<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">Listen to this greeting:</a><br /><br />What language is being spoken?"
    );
    assert_eq!(
        answers(&b.questions[1]),
        "multichoice single — English=0 #Sorry, listen again.; French=1 #Yes, well done!; German=0 #Sorry, listen again.; Spanish=0 #Sorry, listen again."
    );
    assert_eq!(
        (
            b.questions[2].title.as_deref(),
            answers(&b.questions[2]).as_str()
        ),
        (Some("Moodle user"), "shortanswer — Moodler=1")
    );
    assert_eq!(b.questions[3].title.as_deref(), Some("Moodle acronym"));
    assert!(
        b.questions[3]
            .text
            .text
            .contains("<span style=\"font-style: italic;\">")
    );
    assert!(answers(&b.questions[3]).starts_with("truefalse correct=TRUE"));
}

/// `moodle/expected.md`'s table for 32: text, title, whether Markdown, answers.
const EXAMPLES: &[(&str, Option<&str>, bool, &str)] = &[
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "multichoice single — Grant=0; Jefferson=0; no one=1",
    ),
    (
        "Grant is _____ in Grant's tomb.",
        None,
        false,
        "multichoice single — buried=0; entombed=1; living=0",
    ),
    (
        "Grant is buried in Grant's tomb.",
        None,
        false,
        "truefalse correct=FALSE",
    ),
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "shortanswer — no one=1; nobody=1",
    ),
    (
        "When was Ulysses S. Grant born?",
        None,
        false,
        "numerical — 1822±1=1",
    ),
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "multichoice single — Grant=0; Jefferson=0; no one=1",
    ),
    (
        "Grant is _____ in Grant's tomb.",
        None,
        false,
        "multichoice single — buried=0; entombed=1; living=0",
    ),
    (
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.",
        None,
        false,
        "multichoice single — second=0; third=0; fourth=1",
    ),
    (
        "Japanese characters originally came from what country?",
        None,
        false,
        "multichoice single — India=0; China=1; Korea=0; Egypt=0",
    ),
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "shortanswer — no one=1; nobody=1",
    ),
    (
        "Two plus two equals _____.",
        None,
        false,
        "shortanswer — four=1; 4=1",
    ),
    (
        "Grant is buried in Grant's tomb.",
        None,
        false,
        "truefalse correct=FALSE",
    ),
    (
        "The sun rises in the east.",
        None,
        false,
        "truefalse correct=TRUE",
    ),
    (
        "Matching Question.",
        None,
        false,
        "match — subquestion1→subanswer1; subquestion2→subanswer2; subquestion3→subanswer3",
    ),
    (
        "Match the following countries with their corresponding capitals.",
        None,
        false,
        "match — Canada→Ottawa; Italy→Rome; Japan→Tokyo; India→New Delhi",
    ),
    (
        "When was Ulysses S. Grant born?",
        None,
        false,
        "numerical — 1822±0=1",
    ),
    (
        "What is the value of pi (to 3 decimal places)? _____.",
        None,
        false,
        "numerical — 3.1415±0.0005=1",
    ),
    (
        "What is the value of pi (to 3 decimal places)? _____.",
        None,
        false,
        "numerical — 3.1415±0.0005=1",
    ),
    (
        "When was Ulysses S. Grant born?",
        None,
        false,
        "numerical — 1822±0=1; 1822±2=0.5",
    ),
    ("What's 2 plus 2?", None, false, "numerical — 4±0=1"),
    (
        "Japanese characters originally⏎came from what country?",
        Some("Kanji Origins"),
        false,
        "shortanswer — China=1",
    ),
    (
        "The American holiday of Thanksgiving is⏎celebrated on the _____ Thursday of November.",
        Some("Thanksgiving Date"),
        false,
        "multichoice single — second=0; third=0; fourth=1",
    ),
    (
        "What's the answer to this multiple-choice question?",
        None,
        false,
        "multichoice single — wrong answer=0 #feedback comment on the wrong answer; another wrong answer=0 #feedback comment on this wrong answer; right answer=1 #Very good!",
    ),
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "shortanswer — no one=1 #excellent answer!; nobody=1 #excellent answer!",
    ),
    (
        "Who's buried in **Grant's tomb**?",
        None,
        true,
        "shortanswer — no one=1 #excellent answer!; nobody=1 #excellent answer!",
    ),
    (
        "Grant is buried in Grant's tomb.",
        None,
        false,
        "truefalse correct=FALSE feedbacktrue=No one is buried in Grant's tomb.",
    ),
    (
        "Difficult question.",
        None,
        false,
        "multichoice single — wrong answer=0; half credit answer=0.5; full credit answer=1",
    ),
    (
        "Jesus Christ was from _____.",
        Some("Jesus' hometown"),
        false,
        "multichoice single — Jerusalem=0 #This was an important city, but the wrong answer.; Bethlehem=0.25 #He was born here, but not raised here.; Galilee=0.5 #You need to be more specific.; Nazareth=1 #Yes! That's right!",
    ),
    (
        "Jesus Christ was from",
        Some("Jesus' hometown"),
        false,
        "shortanswer — Nazareth=1 #Yes! That's right!; Nazereth=0.75 #Right, but misspelled.; Bethlehem=0.25 #He was born here, but not raised here.",
    ),
    (
        "What two people are entombed in Grant's tomb?",
        None,
        false,
        "multichoice multi — No one=0; Grant=0.5; Grant's wife=0.5; Grant's father=0",
    ),
    (
        "What two people are entombed in Grant's tomb?",
        None,
        false,
        "multichoice multi — No one=-0.5; Grant=0.5; Grant's wife=0.5; Grant's father=-0.5",
    ),
    (
        "Which answer equals 5?",
        None,
        false,
        "multichoice single — = 2 + 2=0; = 2 + 3=1; = 2 + 4=0",
    ),
    (
        "Which of the following is NOT a control character for the GIFT import format?",
        Some("GIFT Control Characters"),
        false,
        "multichoice single — ~=0 #~ is a control character.; ==0 #= is a control character.; #=0 ## is a control character.; {=0 #{ is a control character.; }=0 #} is a control character.; \\=1 #Correct! \\ (backslash) is not a control character. BUT,⏎it is used to escape the control characters. So, to specify⏎a literal backslash, you must escape it with a backslash⏎(as shown in this example).",
    ),
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "multichoice single — Grant=0; Jefferson=0; no one=1",
    ),
    (
        "Grant is _____ in Grant's tomb.",
        None,
        false,
        "multichoice single — buried=0; entombed=1; living=0",
    ),
    (
        "Grant is buried in Grant's tomb.",
        None,
        false,
        "truefalse correct=FALSE",
    ),
    (
        "Who's buried in Grant's tomb?",
        None,
        false,
        "shortanswer — no one=1; nobody=1",
    ),
    (
        "When was Ulysses S. Grant born?",
        None,
        false,
        "numerical — 1822±5=1",
    ),
    (
        "Match the following countries with their corresponding⏎capitals.",
        None,
        false,
        "match — Canada→Ottawa; Italy→Rome; Japan→Tokyo",
    ),
    (
        "Grant is _____ in Grant's tomb.",
        Some("Grant's Tomb"),
        false,
        "multichoice single — buried=0 #No one is buried there.; entombed=1 #Right answer!; living=0 #We hope not!",
    ),
    (
        "Difficult multiple choice question.",
        None,
        false,
        "multichoice single — wrong answer=0 #comment on wrong answer; half credit answer=0.5 #comment on answer; full credit answer=1 #well done!",
    ),
    (
        "Jesus Christ was from _____.",
        Some("Jesus' hometown (Short answer ex.)"),
        false,
        "shortanswer — Nazareth=1 #Yes! That's right!; Nazereth=0.75 #Right, but misspelled.; Bethlehem=0.25 #He was born here, but not raised here.",
    ),
    (
        "When was Ulysses S. Grant born?",
        Some("Numerical example"),
        false,
        "numerical — 1822±0=1 #Correct! 100% credit; 1822±2=0.5 #He was born in 1822.⏎You get 50% credit for being close.",
    ),
];

#[test]
fn moodle_32_the_format_s_own_examples() {
    let Some(b) = bank("moodle/32-fixture-examples.gift") else {
        return;
    };
    assert!(b.categories.is_empty());
    assert_eq!(b.questions.len(), EXAMPLES.len());
    for (i, (q, (text, title, markdown, expected))) in b.questions.iter().zip(EXAMPLES).enumerate()
    {
        let n = i + 1;
        assert_eq!(q.text.text.replace('\n', "⏎"), *text, "#{n}");
        assert_eq!(q.title.as_deref(), *title, "#{n}");
        assert_eq!(q.text.format == Markdown, *markdown, "#{n}");
        assert_eq!(answers(q).replace('\n', "⏎"), *expected, "#{n}");
    }
    // #28 vs #29: text after `}` makes the blank; a block at the end leaves none.
    assert!(b.questions[27].blank.is_some());
    assert!(b.questions[28].blank.is_none());
    // Untitled questions are named after their text.
    assert_eq!(b.questions[0].name(), "Who's buried in Grant's tomb?");
}

fn count_kinds(b: &GiftBank) -> std::collections::BTreeMap<String, usize> {
    let mut m = std::collections::BTreeMap::new();
    for q in &b.questions {
        let s = answers(q);
        let mut k = s.split(' ').next().unwrap().to_string();
        if k == "multichoice" {
            k = s.split(' ').take(2).collect::<Vec<_>>().join(" ");
        }
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

fn counts(pairs: &[(&str, usize)]) -> std::collections::BTreeMap<String, usize> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn real_culture_numerique_module1_bank() {
    let Some(b) = bank("real/CultureNumerique-cn_modules--module1-questions_bank.gift") else {
        return;
    };
    assert_eq!(b.categories.len(), 24);
    assert_eq!(b.questions.len(), 37);
    assert_eq!(
        count_kinds(&b),
        counts(&[
            ("multichoice single", 15),
            ("multichoice multi", 4),
            ("essay", 13),
            ("description", 3),
            ("match", 1),
            ("truefalse", 1)
        ])
    );
    assert_eq!(b.categories[0].path, "$course$/Quiz Bank '1.2 Quizz'");
    assert_eq!(
        b.questions[0].category.as_deref(),
        Some("$course$/Quiz Bank '1.2 Quizz'")
    );
    // `[html]` alone on its line after the title: read, and warned about.
    for line in [74, 193, 339, 353, 371, 417, 484, 512, 565] {
        assert!(
            warnings_at(&b, line).contains(&WarningKind::FormatTagAlone),
            "line {line}"
        );
    }
    let html_alone = b
        .questions
        .iter()
        .find(|q| q.line == 73)
        .expect("the question at line 73");
    assert_eq!(html_alone.text.format, Html);
    assert!(
        html_alone
            .text
            .text
            .starts_with("<p>Le numérique, un enjeu")
    );
    // An answer split across lines keeps its line break; several answers
    // on one line, and `####` on the line of the last answer, are read.
    let GiftKind::MultipleChoice { answers, .. } = &b.questions[0].kind else {
        panic!()
    };
    assert_eq!(answers[2].line, 10);
    assert!(answers[2].text.text.contains("avec des\nnombres.</p>"));
    assert!(
        b.questions[0]
            .general_feedback
            .text
            .starts_with("<p>Un ordinateur ne manipule")
    );
    let GiftKind::MultipleChoice {
        single: false,
        answers,
    } = &b.questions[2].kind
    else {
        panic!()
    };
    assert_eq!(
        (answers.len(), answers[6].text.text.as_str()),
        (7, "<p>aucun</p>")
    );
    assert!(
        b.questions[2]
            .general_feedback
            .text
            .starts_with("<p>Tous\nces objets")
    );
    // The matching question ends with a distractor with an empty left side.
    let GiftKind::Matching { pairs } = &b.questions.iter().find(|q| q.line == 539).unwrap().kind
    else {
        panic!()
    };
    assert_eq!(
        (pairs[2].question.text.as_str(), pairs[2].answer.as_str()),
        ("", "CNIL")
    );
    // The reused title is named.
    assert!(
        b.warnings
            .iter()
            .any(|w| matches!(w.kind, WarningKind::DuplicateTitle { .. }))
    );
    // Multi-answer weights.
    assert!(b.questions.iter().any(
        |q| matches!(&q.kind, GiftKind::MultipleChoice { single: false, answers }
        if answers.iter().any(|a| (a.fraction - 0.1666667).abs() < 1e-9))
    ));
}

#[test]
fn real_culture_numerique_examples() {
    let Some(b) = bank("real/CultureNumerique-cn_modules--cultnum_gift_examples.gift") else {
        return;
    };
    assert_eq!(b.questions.len(), 6);
    assert_eq!(
        count_kinds(&b),
        counts(&[
            ("truefalse", 1),
            ("essay", 2),
            ("multichoice single", 2),
            ("multichoice multi", 1)
        ])
    );
    // Title-only true/false: the prompt is the title, the text is empty.
    let tf = &b.questions[0];
    assert_eq!(tf.text.text, "");
    assert!(answers(tf).starts_with("truefalse correct=FALSE feedbacktrue=représenter"));
    // `[markdown]` alone on line 21, then `{`: an empty Markdown text.
    let md = &b.questions[2];
    assert_eq!((md.text.format, md.text.text.as_str()), (Markdown, ""));
    assert_eq!(md.line, 20);
    assert_eq!(warnings_at(&b, 21), [WarningKind::FormatTagAlone]);
    assert_eq!(warnings_at(&b, 20), [WarningKind::EmptyQuestionText]);
    // Multi-answer: six 16.66667 % and a 0 %.
    let GiftKind::MultipleChoice {
        single: false,
        answers,
    } = &b.questions[4].kind
    else {
        panic!("{:?}", b.questions[4].kind)
    };
    assert_eq!(answers.len(), 7);
    assert_eq!(answers[6].fraction, 0.0);
    // The Markdown essay's general feedback is Markdown, and its nested
    // list loses its indentation: warned.
    let essay = &b.questions[5];
    assert_eq!(
        (essay.kind.clone(), essay.general_feedback.format),
        (GiftKind::Essay, Markdown)
    );
    assert!(warnings_at(&b, 56).contains(&WarningKind::FormatTagAlone));
    assert!(
        b.warnings
            .iter()
            .any(|w| w.kind == WarningKind::IndentationLost && w.line >= 56)
    );
}

#[test]
fn real_rognit_tilde_equals_makes_an_empty_answer() {
    let Some(b) =
        bank("real/rognit-GL02_TC_Forever--U3-p32-GR-Present_perfect_vs_past_simple.gift")
    else {
        return;
    };
    assert_eq!(b.questions.len(), 31);
    assert_eq!(
        count_kinds(&b),
        counts(&[("match", 1), ("multichoice single", 30)])
    );
    let GiftKind::Matching { pairs } = &b.questions[0].kind else {
        panic!()
    };
    assert_eq!(pairs.len(), 8);
    assert_eq!(b.questions[0].text.format, Markdown);
    assert!(pairs[1].question.text.contains("**knew**"));
    for q in &b.questions[1..] {
        let GiftKind::MultipleChoice { answers, .. } = &q.kind else {
            unreachable!()
        };
        // Moodle: an empty answer, then the right one, then the wrong one.
        assert_eq!(answers.len(), 3, "line {}", q.line);
        assert_eq!(
            (answers[0].text.text.as_str(), answers[0].fraction),
            ("", 0.0)
        );
        assert_eq!(answers[1].fraction, 1.0);
        assert!(
            warnings_at(&b, q.line).contains(&WarningKind::EmptyAnswer),
            "line {}",
            q.line
        );
        // The text's own `_____` is kept; no second blank.
        assert!(q.blank.is_none());
        assert_eq!(q.text.text.matches("_____").count(), 1);
    }
}

#[test]
fn real_vlad_full_credit_without_equals_and_crlf() {
    let Some(b) = bank("real/vlad-bsuir-master-pm--questions-3c80e5d.gift") else {
        return;
    };
    assert_eq!(b.questions.len(), 50);
    assert_eq!(
        count_kinds(&b),
        counts(&[("multichoice multi", 42), ("truefalse", 8)])
    );
    assert_eq!(warnings_at(&b, 1), [WarningKind::CrLf]);
    let mut warned = 0;
    for q in &b.questions {
        if let GiftKind::MultipleChoice { answers, .. } = &q.kind {
            let full = answers
                .iter()
                .find(|a| a.fraction == 1.0)
                .expect("one right answer");
            assert!(
                warnings_at(&b, full.line).contains(&WarningKind::FullCreditInMultipleAnswer),
                "line {}",
                full.line
            );
            warned += 1;
        }
        assert!(!q.text.text.contains('\r'));
    }
    assert_eq!(warned, 42);
    // True/false as `{` / `TRUE` / `}` on lines of their own.
    let tf: Vec<_> = b
        .questions
        .iter()
        .filter_map(|q| match q.kind {
            GiftKind::TrueFalse { answer, .. } => Some((q.line, answer)),
            _ => None,
        })
        .collect();
    assert_eq!(
        tf,
        [
            (8, false),
            (40, true),
            (72, true),
            (153, true),
            (192, false),
            (245, false),
            (270, true),
            (302, false)
        ]
    );
}

#[test]
fn a_refused_question_refuses_the_bank_but_keeps_the_rest() {
    match parse("::A::ok{}\n\n::B::broken{=a\n\n::C::one answer{~a}") {
        Err(GiftError::Refused { problems, bank }) => {
            assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), [3, 5]);
            assert_eq!(bank.questions.len(), 1);
        }
        other => panic!("{other:?}"),
    }
}
