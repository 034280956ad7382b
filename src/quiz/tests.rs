use super::*;
use crate::course::{
    AnswerKey, NumberText, NumericAnswer, NumericValue, Question, Quiz, Tolerance,
};
use crate::i18n::Language::En;

fn single() -> AnswerKey {
    AnswerKey::SingleChoice {
        choices: vec!["a".into(), "b".into(), "c".into()],
        answer: 2,
    }
}

#[test]
fn single_choice_counts_choices_from_one_in_the_key() {
    let key = single();
    assert!(grade(&key, &Response::Choice(1)));
    assert!(!grade(&key, &Response::Choice(0)));
    assert!(!grade(&key, &Response::Choice(2)));
}

#[test]
fn a_choice_index_of_usize_max_is_wrong_not_an_overflow() {
    // A stored response comes from the state file, which may hold any number.
    assert!(!grade(&single(), &Response::Choice(usize::MAX)));
}

#[test]
fn multiple_choice_needs_exactly_the_right_set() {
    let key = AnswerKey::MultipleChoice {
        choices: vec!["a".into(), "b".into(), "c".into(), "d".into()],
        answers: vec![1, 3],
    };
    let pick = |v: &[usize]| Response::Choices(v.iter().copied().collect());
    assert!(grade(&key, &pick(&[0, 2])));
    assert!(!grade(&key, &pick(&[0])));
    assert!(!grade(&key, &pick(&[0, 2, 3])));
    assert!(!grade(&key, &pick(&[])));
}

/// A question with `key` and defaults for everything else.
fn question_with(key: AnswerKey) -> Question {
    Question {
        id: "q".into(),
        prompt: "?".into(),
        explanation: String::new(),
        weight: 1.0,
        hints: Vec::new(),
        hint_cost: None,
        choice_feedback: Default::default(),
        missed_feedback: Default::default(),
        shuffle: false,
        see: None,
        objectives: Vec::new(),
        key,
    }
}

#[test]
fn true_false_compares_the_boolean() {
    let key = AnswerKey::TrueFalse { answer: false };
    assert!(grade(&key, &Response::Bool(false)));
    assert!(!grade(&key, &Response::Bool(true)));
}

#[test]
fn short_answer_table() {
    let key = AnswerKey::ShortAnswer {
        answers: vec!["dark social".into(), "l'empowerment".into(), "Café".into()],
        pattern: None,
        ignore_accents: false,
    };
    let cases = [
        ("dark social", true),
        ("  Dark   SOCIAL ", true),
        ("dark\tsocial", true),
        ("L’empowerment", true), // typographic apostrophe
        ("l`empowerment", true), // backtick typed for an apostrophe
        ("cafe\u{301}", true),   // decomposed accent (NFD) equals composed
        ("CAFÉ", true),
        ("cafe", false), // accents are not ignored
        ("dark", false),
        ("", false),
        ("   ", false),
    ];
    for (given, expected) in cases {
        assert_eq!(
            grade(&key, &Response::Text(given.into())),
            expected,
            "answer {given:?}"
        );
    }
}

#[test]
fn short_answer_ignores_accents_only_when_asked() {
    let key = |ignore_accents| AnswerKey::ShortAnswer {
        answers: vec!["Société générale".into()],
        pattern: None,
        ignore_accents,
    };
    for (given, strict, loose) in [
        ("société générale", true, true),
        ("societe generale", false, true),
        ("SOCIETE GÉNÉRALE", false, true),
        ("socie\u{301}te\u{301} ge\u{301}ne\u{301}rale", true, true), // NFD
        ("societe", false, false),
    ] {
        let r = Response::Text(given.into());
        assert_eq!(grade(&key(false), &r), strict, "strict {given:?}");
        assert_eq!(grade(&key(true), &r), loose, "ignoring accents {given:?}");
    }
    // Letters without a decomposition are not accents.
    assert_eq!(strip_accents("øß ça"), "øß ca");
    let gaps = AnswerKey::FillBlanks {
        text: "{{1}}".into(),
        blanks: vec![vec!["écran".into()]],
        ignore_accents: true,
    };
    assert!(grade(&gaps, &Response::Blanks(vec!["Ecran".into()])));
    assert!(crate::quiz::fills_gap(&gaps, 0, "ecran"));
    assert!(!crate::quiz::fills_gap(&gaps, 1, "ecran"), "no second gap");
}

#[test]
fn short_answer_pattern_matches_the_whole_folded_answer() {
    let pattern =
        crate::course::AnswerPattern::new(r"(the )?gafa|google,? apple,? facebook,? (and )?amazon")
            .unwrap();
    let key = AnswerKey::ShortAnswer {
        answers: vec![],
        pattern: Some(pattern),
        ignore_accents: false,
    };
    for (given, expected) in [
        ("GAFA", true),
        ("  the   gafa ", true), // white space folded before matching
        ("Google, Apple, Facebook and Amazon", true),
        ("google apple facebook amazon", true),
        ("gafam", false), // anchored: the whole answer must match
        ("not gafa", false),
        ("", false),
    ] {
        assert_eq!(
            grade(&key, &Response::Text(given.into())),
            expected,
            "answer {given:?}"
        );
    }
    assert_eq!(
        describe_answer(&question_with(key), En),
        "text matching /(the )?gafa|google,? apple,? facebook,? (and )?amazon/"
    );
}

#[test]
fn answer_patterns_are_checked_when_built() {
    use crate::course::AnswerPattern;
    assert!(AnswerPattern::new("a(b").is_err());
    assert!(AnswerPattern::new(&"a".repeat(1001)).is_err());
    // Answers are lower-cased before they meet the pattern; ASCII case is ignored
    // by the pattern itself too.
    assert!(AnswerPattern::new("caf[eé]").unwrap().matches("café"));
    assert!(AnswerPattern::new("CAFÉ").unwrap().matches("cafÉ"));
    assert_eq!(AnswerPattern::new("x+").unwrap().as_str(), "x+");
}

#[test]
fn short_answer_quotes_and_compatibility_forms_fold() {
    assert_eq!(normalize_answer("“think and do”"), "\"think and do\"");
    assert_eq!(normalize_answer("« top »"), "\" top \"");
    assert_eq!(normalize_answer("ﬁne"), "fine");
    assert_eq!(normalize_answer("l´eau"), "l'eau");
    assert_eq!(normalize_answer("a″"), "a\"");
}

#[test]
fn ordering_is_right_only_in_the_written_order() {
    let key = AnswerKey::Ordering {
        items: vec!["a".into(), "b".into(), "c".into()],
    };
    assert!(grade(&key, &Response::Order(vec![0, 1, 2])));
    assert!(!grade(&key, &Response::Order(vec![1, 0, 2])));
    assert!(!grade(&key, &Response::Order(vec![0, 1])));
}

#[test]
fn responses_are_written_out_as_the_learner_saw_them() {
    let q = question_with;
    let single = q(single());
    assert_eq!(describe_response(&single, &Response::Choice(2), En), "3. c");
    assert_eq!(describe_response(&single, &Response::Choice(9), En), "—");
    assert_eq!(describe_answer(&single, En), "2. b");
    let order = q(AnswerKey::Ordering {
        items: vec!["a".into(), "b".into()],
    });
    assert_eq!(
        describe_response(&order, &Response::Order(vec![1, 0]), En),
        "b → a"
    );
    let text = q(AnswerKey::ShortAnswer {
        answers: vec!["  ".into(), "NATU".into()],
        pattern: None,
        ignore_accents: false,
    });
    assert_eq!(describe_answer(&text, En), "NATU");
    assert_eq!(
        describe_response(&text, &Response::Text("x\u{1b}".into()), En),
        "x\u{241b}"
    );
    assert_eq!(describe_response(&text, &Response::Bool(true), En), "—");
}

#[test]
fn a_response_of_the_wrong_shape_is_wrong() {
    assert!(!grade(&single(), &Response::Bool(true)));
    assert!(!grade(
        &AnswerKey::TrueFalse { answer: true },
        &Response::Choice(0)
    ));
}

fn quiz(n_questions: usize) -> Quiz {
    Quiz {
        files: Vec::new(),
        scoring: Default::default(),
        max_attempts: None,
        show_answers: Default::default(),
        shuffle: false,
        groups: Vec::new(),
        id: "q".into(),
        title: "Q".into(),
        pass_mark: 60,
        questions: (0..n_questions)
            .map(|i| Question {
                id: format!("q{i}"),
                prompt: "?".into(),
                explanation: String::new(),
                weight: 1.0,
                hints: Vec::new(),
                hint_cost: None,
                choice_feedback: Default::default(),
                missed_feedback: Default::default(),
                shuffle: false,
                see: None,
                objectives: Vec::new(),
                key: AnswerKey::Ordering {
                    items: vec!["a".into(), "b".into(), "c".into()],
                },
            })
            .collect(),
    }
}

#[test]
fn sessions_never_show_an_ordering_already_solved() {
    let q = quiz(50);
    for seed in 0..20 {
        let s = Session::start(&q, 0, seed);
        for order in &s.shuffled {
            assert_ne!(order, &vec![0, 1, 2]);
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(sorted, vec![0, 1, 2]);
        }
    }
}

#[test]
fn score_and_pass_mark() {
    let q = quiz(5);
    let mut s = Session::start(&q, 0, 1);
    assert!(!s.is_finished());
    for i in 0..5 {
        let order = if i < 3 { vec![0, 1, 2] } else { vec![2, 1, 0] };
        s.answers[i] = Some(Response::Order(order));
    }
    assert!(s.is_finished());
    let score = s.score(&q);
    assert_eq!(
        score,
        Score {
            points: 3.0,
            max: 5.0
        }
    );
    assert_eq!(score.percent(), 60);
    assert!(score.passes(60));
    assert!(!score.passes(61));
    assert!(
        Score {
            points: 0.0,
            max: 0.0
        }
        .passes(0)
    );
    assert_eq!(
        Score {
            points: 2.0,
            max: 3.0
        }
        .percent(),
        67
    );
    assert_eq!(
        Score {
            points: 3.0 * (1.0 / 3.0),
            max: 1.0
        }
        .percent(),
        100
    );
    // A hand-edited state file cannot show more than 100 %.
    assert_eq!(
        Score {
            points: 99.0,
            max: 7.0
        }
        .percent(),
        100
    );
    assert_eq!(
        Score {
            points: f64::NAN,
            max: 1.0
        }
        .percent(),
        0
    );
    assert_eq!(Score::show(2.5), "2.5");
    assert_eq!(Score::show(4.0), "4");
    assert_eq!(Score::show(2.0 / 3.0), "0.67");
}

fn score(points: f64, max: f64) -> Score {
    Score { points, max }
}

#[test]
fn percentages_round_half_away_from_zero() {
    // 4.75 of 7 is 67.86 %: 68, not 67.
    assert_eq!(score(4.75, 7.0).percent(), 68);
    assert_eq!(score(27.0, 40.0).percent(), 68, "67.5 rounds up");
    assert_eq!(score(1.0, 3.0).percent(), 33);
    assert_eq!(score(0.0, 7.0).percent(), 0);
    assert_eq!(score(7.0, 7.0).percent(), 100);
    assert_eq!(score(4.75, 7.0).exact_percent(), 475.0 / 7.0);
}

#[test]
fn a_shown_percentage_never_rounds_across_the_pass_mark() {
    // 69.9 % against a 70 % pass mark fails: never shown as 70.
    let s = score(699.0, 1000.0);
    assert!(!s.passes(70));
    assert_eq!(s.percent(), 70);
    assert_eq!(s.percent_shown(70), "69.9");
    // Rounding that stays on the right side of the mark keeps whole numbers.
    assert_eq!(s.percent_shown(60), "70");
    assert_eq!(score(4.75, 7.0).percent_shown(70), "68");
    assert_eq!(score(4.75, 7.0).percent_shown(60), "68");
    // One decimal would still say 70.0: two, then cut.
    assert_eq!(score(6995.0, 10000.0).percent_shown(70), "69.95");
    assert_eq!(score(69_999.0, 100_000.0).percent_shown(70), "69.99");
    // A pass at exactly the mark, and 3 × (1/3) of 1, stay whole.
    assert_eq!(score(7.0, 10.0).percent_shown(70), "70");
    assert_eq!(score(3.0 * (1.0 / 3.0), 1.0).percent_shown(100), "100");
    // 99.5 % against a 100 % pass mark is not a pass.
    assert_eq!(score(199.0, 200.0).percent_shown(100), "99.5");
    for (points, max, mark) in [(699.0, 1000.0, 70), (6995.0, 10000.0, 70), (1.0, 3.0, 34)] {
        let s = score(points, max);
        let shown: f64 = s.percent_shown(mark).parse().unwrap();
        assert_eq!(shown >= f64::from(mark), s.passes(mark), "{points}/{max}");
    }
}

#[test]
fn numbers_from_the_course_are_shown_as_written() {
    assert_eq!(show_number(0.015), "0.015");
    assert_eq!(show_number(2.5), "2.5");
    assert_eq!(show_number(1000.0), "1000");
    assert_eq!(show_number(-0.0), "0");
    assert_eq!(show_number(0.1 + 0.2), "0.30000000000000004");
    let q = question_with(numeric_key(
        "0.015",
        Some(Tolerance::Absolute(num("0.0005"))),
        Some("mol"),
    ));
    assert_eq!(describe_answer(&q, En), "0.015 ± 0.0005 mol");
}

fn pick(v: &[usize]) -> Response {
    Response::Choices(v.iter().copied().collect())
}

#[test]
fn partial_credit_table() {
    use crate::course::Scoring::{AllOrNothing, Partial};
    let multi = AnswerKey::MultipleChoice {
        choices: (0..5).map(|i| i.to_string()).collect(),
        answers: vec![1, 2, 3],
    };
    let matching = AnswerKey::Matching {
        pairs: (0..4).map(|i| (format!("l{i}"), format!("r{i}"))).collect(),
    };
    let blanks = AnswerKey::FillBlanks {
        text: "{{1}} {{2}}".into(),
        blanks: vec![vec!["a".into()], vec!["b".into(), "bee".into()]],
        ignore_accents: false,
    };
    let numeric = numeric_key("69", Some(Tolerance::Absolute(num("1"))), None);
    let third = 1.0 / 3.0;
    let cases: Vec<(&AnswerKey, Response, f64, f64)> = vec![
        // (key, response, partial credit, all-or-nothing credit)
        (&multi, pick(&[0, 1, 2]), 1.0, 1.0),
        (&multi, pick(&[0, 1]), 2.0 * third, 0.0),
        (&multi, pick(&[0, 1, 3]), third, 0.0),
        (&multi, pick(&[0, 3, 4]), 0.0, 0.0), // 1 right - 2 wrong, floored
        (&multi, pick(&[]), 0.0, 0.0),
        (&multi, Response::Choice(0), 0.0, 0.0), // malformed
        (
            &matching,
            Response::Pairs(vec![Some(0), Some(1), Some(2), Some(3)]),
            1.0,
            1.0,
        ),
        (
            &matching,
            Response::Pairs(vec![Some(0), Some(1), None, None]),
            0.5,
            0.0,
        ),
        (
            &matching,
            Response::Pairs(vec![Some(0), Some(1), Some(3), Some(2)]),
            0.0,
            0.0,
        ),
        (
            &matching,
            Response::Pairs(vec![Some(0), None, None, Some(2)]),
            0.0,
            0.0,
        ),
        (&matching, Response::Pairs(vec![]), 0.0, 0.0),
        (
            &blanks,
            Response::Blanks(vec!["A".into(), " Bee ".into()]),
            1.0,
            1.0,
        ),
        (
            &blanks,
            Response::Blanks(vec!["a".into(), "".into()]),
            0.5,
            0.0,
        ),
        (
            &blanks,
            Response::Blanks(vec!["a".into(), "c".into()]),
            0.0,
            0.0,
        ),
        (&blanks, Response::Blanks(vec![]), 0.0, 0.0),
        (&blanks, Response::Text("a".into()), 0.0, 0.0),
        (&numeric, Response::Text("69".into()), 1.0, 1.0),
        (&numeric, Response::Text("68,5 %".into()), 1.0, 1.0),
        (&numeric, Response::Text(" 70 ".into()), 1.0, 1.0),
        (&numeric, Response::Text("70.5".into()), 0.0, 0.0),
        (&numeric, Response::Text("sixty-nine".into()), 0.0, 0.0),
        (&numeric, Response::Text("".into()), 0.0, 0.0),
    ];
    for (key, response, partial, strict) in cases {
        let got = credit(key, &response, Partial);
        assert!(
            (got - partial).abs() < 1e-9,
            "{} {response:?}: {got} ≠ {partial}",
            key.kind()
        );
        let got = credit(key, &response, AllOrNothing);
        assert!(
            (got - strict).abs() < 1e-9,
            "{} {response:?} strict: {got}",
            key.kind()
        );
    }
}

#[test]
fn numbers_parse_as_people_type_them() {
    assert_eq!(parse_number("51"), Some(51.0));
    assert_eq!(parse_number(" 51,5 billion"), Some(51.5));
    assert_eq!(parse_number("-3"), Some(-3.0));
    assert_eq!(parse_number("1 000"), Some(1000.0));
    assert_eq!(parse_number("abc"), None);
    assert_eq!(parse_number(""), None);
}

#[test]
fn gaps_are_found_in_reading_order() {
    let g = gaps("a {{2}} b {{1}} {{x}} {{3");
    assert_eq!(g.iter().map(|g| g.number).collect::<Vec<_>>(), vec![2, 1]);
    assert_eq!(&"a {{2}} b"[g[0].start..g[0].end], "{{2}}");
}

#[test]
fn weights_scale_points_and_the_maximum() {
    let mut q = quiz(2);
    q.questions[1].weight = 3.0;
    let mut s = Session::start(&q, 0, 1);
    s.answers[0] = Some(Response::Order(vec![2, 1, 0]));
    s.answers[1] = Some(Response::Order(vec![0, 1, 2]));
    assert_eq!(
        s.score(&q),
        Score {
            points: 3.0,
            max: 4.0
        }
    );
    assert_eq!(s.score(&q).percent(), 75);
}

/// A quiz of `questions`, partial scoring, pass mark 50.
fn hint_quiz(questions: Vec<Question>) -> Quiz {
    Quiz {
        id: "hints".into(),
        title: "Hints".into(),
        pass_mark: 50,
        questions,
        scoring: Scoring::Partial,
        max_attempts: None,
        show_answers: Default::default(),
        shuffle: false,
        groups: Vec::new(),
        files: Vec::new(),
    }
}

/// A true/false question worth `weight` with three hints costing `cost` percent each.
fn hinted(weight: f64, cost: Option<u32>) -> Question {
    Question {
        weight,
        hints: vec!["one".into(), "two".into(), "three".into()],
        hint_cost: cost,
        ..question_with(AnswerKey::TrueFalse { answer: true })
    }
}

/// A number with its text as written.
fn num(text: &str) -> NumberText {
    NumberText {
        value: text.parse().unwrap(),
        text: text.into(),
    }
}

/// A numeric key with one answer of full credit.
fn numeric_key(answer: &str, tolerance: Option<Tolerance>, unit: Option<&str>) -> AnswerKey {
    AnswerKey::Numeric {
        answers: vec![NumericAnswer {
            value: NumericValue::Exact {
                answer: num(answer),
                tolerance,
            },
            credit: 100.0,
            feedback: String::new(),
        }],
        unit: unit.map(Into::into),
        decimal_comma: false,
    }
}

/// A numeric answer: `value` with `credit` percent and `feedback`.
fn accepted(value: NumericValue, credit: f64, feedback: &str) -> NumericAnswer {
    NumericAnswer {
        value,
        credit,
        feedback: feedback.into(),
    }
}

#[test]
fn each_hint_costs_its_share_of_the_weight() {
    let q = hinted(2.0, Some(10));
    let quiz = hint_quiz(vec![q.clone()]);
    let right = Response::Bool(true);
    assert_eq!(hint_penalty(&q, 0), 0.0);
    assert!((hint_penalty(&q, 2) - 0.2).abs() < 1e-12);
    // 2 points − 20 % of 2 = 1.6.
    let earned = points_after_hints(&quiz, &q, Some(&right), 2);
    assert!((earned - 1.6).abs() < 1e-12, "{earned}");
    assert_eq!(points_after_hints(&quiz, &q, Some(&right), 0), 2.0);
}

#[test]
fn hints_are_free_without_a_hint_cost() {
    let q = hinted(1.0, None);
    let quiz = hint_quiz(vec![q.clone()]);
    assert_eq!(
        points_after_hints(&quiz, &q, Some(&Response::Bool(true)), 3),
        1.0
    );
}

#[test]
fn hints_never_take_a_question_below_zero() {
    let q = hinted(1.0, Some(40));
    let quiz = hint_quiz(vec![q.clone()]);
    // Three hints at 40 % are 120 %: the question earns 0, not −0.2.
    assert_eq!(hint_penalty(&q, 3), 1.0);
    assert_eq!(
        points_after_hints(&quiz, &q, Some(&Response::Bool(true)), 3),
        0.0
    );
    // A wrong answer earns 0 whatever the hints.
    assert_eq!(
        points_after_hints(&quiz, &q, Some(&Response::Bool(false)), 1),
        0.0
    );
    // Hints beyond those the question has cost nothing more.
    assert_eq!(hint_penalty(&q, 99), hint_penalty(&q, 3));
}

#[test]
fn the_session_score_charges_the_hints_used() {
    let quiz = hint_quiz(vec![hinted(2.0, Some(25)), hinted(2.0, Some(25))]);
    let mut session = Session::start(&quiz, 0, 0);
    session.answers = vec![Some(Response::Bool(true)), Some(Response::Bool(true))];
    session.hints = vec![1, 0];
    let score = session.score(&quiz);
    // 2 − 0.5 + 2 of 4.
    assert!((score.points - 3.5).abs() < 1e-12, "{score:?}");
    assert_eq!(score.max, 4.0);
}

fn reflection() -> Question {
    Question {
        id: "r".into(),
        ..question_with(AnswerKey::Reflection {
            model_answer: Some("A model.".into()),
        })
    }
}

#[test]
fn a_reflection_is_never_scored_nor_a_mistake() {
    let q = reflection();
    let quiz = hint_quiz(vec![q.clone()]);
    let written = Response::Text("I steep\nfor two minutes.".into());
    assert_eq!(points(&quiz, &q, Some(&written)), 0.0);
    assert_eq!(points_after_hints(&quiz, &q, Some(&written), 0), 0.0);
    // Never a mistake: never practised again, never in the review queue.
    assert!(grade(&q.key, &written));
    assert!(!kinds::scored(&q.key));
}

#[test]
fn the_pass_mark_ignores_reflections() {
    // One true/false worth 1 and one reflection: the maximum is 1, so the
    // right answer alone is 100 %.
    let mut tf = question_with(AnswerKey::TrueFalse { answer: true });
    tf.id = "tf".into();
    let quiz = hint_quiz(vec![tf, reflection()]);
    let mut session = Session::start(&quiz, 0, 0);
    session.answers = vec![
        Some(Response::Bool(true)),
        Some(Response::Text("Some thoughts.".into())),
    ];
    let score = session.score(&quiz);
    assert_eq!((score.points, score.max), (1.0, 1.0));
    assert!(score.passes(quiz.pass_mark));
    assert!(!session.only_unscored(&quiz));
    // A wrong answer fails, whatever was written.
    session.answers[0] = Some(Response::Bool(false));
    assert!(!session.score(&quiz).passes(quiz.pass_mark));
}

#[test]
fn a_quiz_of_reflections_only_has_nothing_to_score() {
    let quiz = hint_quiz(vec![reflection()]);
    let mut session = Session::start(&quiz, 0, 0);
    session.answers = vec![Some(Response::Text("Done.".into()))];
    assert_eq!(session.score(&quiz).max, 0.0);
    assert!(session.only_unscored(&quiz));
}

#[test]
fn an_empty_reflection_makes_no_response() {
    let q = reflection();
    let none = kind_of(&q.key, |k| k.response(Given::Text("  \n ".into())));
    assert_eq!(none, None);
    let some = kind_of(&q.key, |k| {
        k.response(Given::Text("Two lines\nhere\n".into()))
    });
    assert_eq!(some, Some(Response::Text("Two lines\nhere".into())));
}

#[test]
fn fractional_and_zero_weights_table() {
    // (weights, credits of the responses, points, max, percent, passes 60)
    type Case<'a> = (&'a [f64], &'a [f64], f64, f64, u32, bool);
    let cases: &[Case] = &[
        (&[0.5, 1.5], &[1.0, 1.0], 2.0, 2.0, 100, true),
        (&[0.5, 1.5], &[1.0, 0.0], 0.5, 2.0, 25, false),
        (&[0.5, 1.5], &[0.0, 1.0], 1.5, 2.0, 75, true),
        // A practice question (weight 0) never changes the score or the pass.
        (&[0.0, 1.0], &[1.0, 0.0], 0.0, 1.0, 0, false),
        (&[0.0, 1.0], &[0.0, 1.0], 1.0, 1.0, 100, true),
        // Every question practice: nothing to score, and submitting completes.
        (&[0.0, 0.0], &[0.0, 0.0], 0.0, 0.0, 100, true),
        (&[0.25; 3], &[1.0, 1.0, 0.0], 0.5, 0.75, 67, true),
    ];
    for &(weights, rights, points, max, percent, passes) in cases {
        let mut q = Quiz {
            id: "w".into(),
            title: "W".into(),
            pass_mark: 60,
            questions: weights
                .iter()
                .map(|&w| {
                    let mut question = question_with(AnswerKey::TrueFalse { answer: true });
                    question.weight = w;
                    question
                })
                .collect(),
            scoring: Default::default(),
            max_attempts: None,
            show_answers: Default::default(),
            shuffle: false,
            groups: Vec::new(),
            files: Vec::new(),
        };
        for (i, question) in q.questions.iter_mut().enumerate() {
            question.id = format!("q{i}");
        }
        let mut s = Session::start(&q, 0, 1);
        for (i, &r) in rights.iter().enumerate() {
            s.answers[i] = Some(Response::Bool(r == 1.0));
        }
        let score = s.score(&q);
        let case = format!("{weights:?} {rights:?}");
        assert!((score.points - points).abs() < 1e-12, "{case}: {score:?}");
        assert!((score.max - max).abs() < 1e-12, "{case}: {score:?}");
        assert_eq!(score.percent(), percent, "{case}");
        assert_eq!(score.passes(60), passes, "{case}");
        assert_eq!(score.is_unscored(), max == 0.0, "{case}");
        if max == 0.0 {
            // Nothing to score: shown as complete, never as 0.00 %.
            assert_eq!(score.exact_percent(), 100.0, "{case}");
            assert_eq!(score.percent_shown(80), "100", "{case}");
        }
    }
}

#[test]
fn typed_numbers_read_by_the_course_language() {
    // (typed, English reading, French reading)
    let cases: &[(&str, Option<f64>, Option<f64>)] = &[
        ("0.5", Some(0.5), Some(0.5)),
        ("0,5", Some(0.5), Some(0.5)),
        ("1,000", Some(1000.0), Some(1.0)),
        ("1.000", Some(1.0), Some(1000.0)),
        ("12,345.5", Some(12345.5), None),
        ("1.000,5", None, Some(1000.5)),
        ("1 000,5", Some(1000.5), Some(1000.5)),
        ("1 000.5", Some(1000.5), Some(1000.5)),
        ("0,500", Some(0.5), Some(0.5)),
        ("1,2,3", None, None),
        ("1.2.3", None, None),
        ("-3", Some(-3.0), Some(-3.0)),
        ("+.5", Some(0.5), Some(0.5)),
        ("51,5 billion", Some(51.5), Some(51.5)),
        (
            "1\u{a0}234\u{202f}567",
            Some(1_234_567.0),
            Some(1_234_567.0),
        ),
        ("abc", None, None),
        ("", None, None),
        ("-", None, None),
        (",", None, None),
        ("NaN", None, None),
        ("inf", None, None),
        ("1e5", None, None),
        ("2E-3", None, None),
        ("1 eV", Some(1.0), Some(1.0)),
    ];
    for &(typed, en, fr) in cases {
        assert_eq!(parse_number_in(typed, false), en, "{typed:?} in English");
        assert_eq!(parse_number_in(typed, true), fr, "{typed:?} in French");
    }
    let huge = "9".repeat(400);
    assert_eq!(parse_number_in(&huge, false), None, "not finite");
    assert!(decimal_comma("fr"));
    assert!(decimal_comma("de-CH"));
    assert!(decimal_comma("pt_BR"));
    assert!(!decimal_comma("en"));
    assert!(!decimal_comma(""));
    assert!(!decimal_comma("ja"));
}

#[test]
fn numeric_answers_credit_table() {
    let exact = |t: &str, tol: Option<Tolerance>| NumericValue::Exact {
        answer: num(t),
        tolerance: tol,
    };
    let key = AnswerKey::Numeric {
        answers: vec![
            accepted(
                exact("1.50", Some(Tolerance::Absolute(num("0.01")))),
                100.0,
                "Exactly.",
            ),
            accepted(
                exact("1.5", Some(Tolerance::Percent(num("10")))),
                50.0,
                "Close.",
            ),
            accepted(
                NumericValue::Range {
                    low: num("1"),
                    high: num("2"),
                },
                25.0,
                "Right range.",
            ),
            accepted(exact("-4", None), 0.0, "Sign error."),
        ],
        unit: Some("m".into()),
        decimal_comma: true,
    };
    // (typed, credit, feedback of the best match)
    let cases: &[(&str, f64, Option<&str>)] = &[
        ("1,5", 1.0, Some("Exactly.")),
        ("1.51", 1.0, Some("Exactly.")),
        ("1,49", 1.0, Some("Exactly.")),
        ("1,52", 0.5, Some("Close.")),
        ("1,35", 0.5, Some("Close.")), // 10 % of 1.5 is 0.15: bound included
        ("1,3", 0.25, Some("Right range.")),
        ("1", 0.25, Some("Right range.")), // range bounds included
        ("2", 0.25, Some("Right range.")),
        ("2,01", 0.0, None),
        ("-4", 0.0, Some("Sign error.")),
        ("abc", 0.0, None),
        ("1e400", 0.0, None),
    ];
    for &(typed, credit, feedback) in cases {
        let r = Response::Text(typed.into());
        let got = super::credit(&key, &r, Scoring::Partial);
        assert!((got - credit).abs() < 1e-12, "{typed}: {got}");
        assert_eq!(
            numeric_match(&key, typed).map(|a| a.feedback.as_str()),
            feedback,
            "{typed}"
        );
        // All or nothing: only full credit counts.
        let whole = super::credit(&key, &r, Scoring::AllOrNothing);
        assert_eq!(whole, if credit >= 1.0 { 1.0 } else { 0.0 }, "{typed}");
    }
    let q = question_with(key.clone());
    assert_eq!(describe_answer(&q, En), "1.50 ± 0.01 m");
    let pattern = kind_of(&key, |k| k.interaction().pattern);
    assert_eq!(pattern, Some(vec!["1.49[:]1.51".to_string()]));
}

#[test]
fn numeric_ranges_and_huge_numbers() {
    let range = AnswerKey::Numeric {
        answers: vec![accepted(
            NumericValue::Range {
                low: num("0.10"),
                high: num("0.30"),
            },
            100.0,
            "",
        )],
        unit: None,
        decimal_comma: false,
    };
    let q = question_with(range.clone());
    // As written: 0.10, not 0.1.
    assert_eq!(describe_answer(&q, En), "from 0.10 to 0.30");
    assert_eq!(
        describe_answer(&q, crate::i18n::Language::Fr),
        "de 0.10 à 0.30"
    );
    assert_eq!(
        kind_of(&range, |k| k.interaction().pattern),
        Some(vec!["0.10[:]0.30".to_string()])
    );
    assert!(grade(&range, &Response::Text("0.3".into())));
    // 0.1 + 0.2 is 0.30000000000000004: still in.
    assert!(grade(&range, &Response::Text("0.30000000000000004".into())));
    assert!(!grade(&range, &Response::Text("0.31".into())));
    let huge = numeric_key("1e300", None, None);
    assert!(!grade(&huge, &Response::Text("1".into())));
    let percent_of_zero = numeric_key("0", Some(Tolerance::Percent(num("5"))), None);
    assert!(grade(&percent_of_zero, &Response::Text("0".into())));
    assert!(!grade(&percent_of_zero, &Response::Text("0.001".into())));
}

#[test]
fn numeric_checks_refuse_bad_keys() {
    let bad = AnswerKey::Numeric {
        answers: vec![
            accepted(
                NumericValue::Range {
                    low: num("2"),
                    high: num("1"),
                },
                50.0,
                "",
            ),
            accepted(
                NumericValue::Exact {
                    answer: num("1"),
                    tolerance: Some(Tolerance::Absolute(num("-1"))),
                },
                120.0,
                "",
            ),
        ],
        unit: None,
        decimal_comma: false,
    };
    let found: Vec<String> = kind_of(&bad, |k| k.checks())
        .into_iter()
        .map(|(m, _)| m.to_string())
        .collect();
    assert!(found.iter().any(|m| m.contains("backwards")), "{found:?}");
    assert!(
        found
            .iter()
            .any(|m| m.contains("`tolerance` must be 0 or more")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|m| m.contains("from 0 to 100")),
        "{found:?}"
    );
    let none_full = AnswerKey::Numeric {
        answers: vec![accepted(
            NumericValue::Exact {
                answer: num("1"),
                tolerance: None,
            },
            50.0,
            "",
        )],
        unit: None,
        decimal_comma: false,
    };
    let found = kind_of(&none_full, |k| k.checks());
    assert!(
        found
            .iter()
            .any(|(m, _)| m.to_string().contains("full credit")),
        "{found:?}"
    );
}
