use super::*;
use crate::course::{AnswerKey, Question, Quiz};

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
    let q = |key| Question {
        id: "q".into(),
        prompt: "?".into(),
        explanation: String::new(),
        key,
    };
    let single = q(single());
    assert_eq!(describe_response(&single, &Response::Choice(2)), "3. c");
    assert_eq!(describe_response(&single, &Response::Choice(9)), "—");
    assert_eq!(describe_answer(&single), "2. b");
    let order = q(AnswerKey::Ordering {
        items: vec!["a".into(), "b".into()],
    });
    assert_eq!(
        describe_response(&order, &Response::Order(vec![1, 0])),
        "b → a"
    );
    let text = q(AnswerKey::ShortAnswer {
        answers: vec!["  ".into(), "NATU".into()],
    });
    assert_eq!(describe_answer(&text), "NATU");
    assert_eq!(
        describe_response(&text, &Response::Text("x\u{1b}".into())),
        "x\u{241b}"
    );
    assert_eq!(describe_response(&text, &Response::Bool(true)), "—");
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
        id: "q".into(),
        title: "Q".into(),
        pass_mark: 60,
        questions: (0..n_questions)
            .map(|i| Question {
                id: format!("q{i}"),
                prompt: "?".into(),
                explanation: String::new(),
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
    assert_eq!(score, Score { points: 3, max: 5 });
    assert_eq!(score.percent(), 60);
    assert!(score.passes(60));
    assert!(!score.passes(61));
    assert!(Score { points: 0, max: 0 }.passes(0));
    assert_eq!(Score { points: 2, max: 3 }.percent(), 66);
    // A hand-edited state file cannot show more than 100 %.
    assert_eq!(Score { points: 99, max: 7 }.percent(), 100);
    assert_eq!(
        Score {
            points: u32::MAX,
            max: 1
        }
        .percent(),
        100
    );
}
