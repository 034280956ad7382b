//! Each response element amphi converts, as the parts it makes:
//!
//! - `multiplechoiceresponse` → `single_choice` (`<choicehint>` → feedback,
//!   `shuffle="true"` → shuffle);
//! - `choiceresponse` → `multiple_choice` (`<choicehint selected="true">` →
//!   feedback, `selected="false"` on a right choice → missed);
//! - `optionresponse` → one `single_choice` per `optioninput` (dropdown);
//! - `stringresponse` → `short_answer` (`regexp` → `pattern`), or an unscored
//!   `reflection` when its pattern accepts anything;
//! - `numericalresponse` → `numeric` (tolerance, ranges, additional and
//!   partial answers).
//!
//! `<correcthint>` becomes the right choice's (or number's) feedback; feedback
//! amphi has no place for is added to the explanation, and said.

use std::collections::BTreeMap;

use roxmltree::Node;

use super::text::{Cut, attr, python_strings};
use super::{Answer, Part, Problem, some};
use crate::course::AnswerPattern;
use crate::i18n::{Language, Message};
use crate::import::course_files::{Num, NumericAnswer, Tolerance};

/// The parts `response` makes, or why it cannot be converted; the words amphi
/// writes into the course (a choice with no text, feedback on an answer) in
/// `lang`.
pub(super) fn convert<'a, 'i>(
    p: &Problem<'a, 'i>,
    response: Node<'a, 'i>,
    lang: Language,
) -> Result<Vec<Part<'a, 'i>>, Message> {
    let mut notes = Vec::new();
    let mut explanation: Vec<String> = response
        .descendants()
        .filter(|n| n.has_tag_name("solution"))
        .filter_map(|s| p.solution(s, &mut notes))
        .collect();
    let prompt = prompt(p, response);
    let (answer, shuffle) = match response.tag_name().name() {
        "multiplechoiceresponse" => single_choice(p, response, &mut notes, lang)?,
        "choiceresponse" => multiple_choice(p, response, &mut notes, lang)?,
        "optionresponse" => return dropdowns(p, response, prompt, explanation, notes, lang),
        "stringresponse" => (
            short_answer(p, response, &mut notes, &mut explanation, lang)?,
            false,
        ),
        "numericalresponse" => (numeric(p, response, &mut notes)?, false),
        other => {
            return Err(Message::new("import-olx-response-unknown").arg("name", other));
        }
    };
    Ok(vec![Part {
        prompt,
        answer,
        shuffle,
        explanation,
        notes,
        response: None,
    }])
}

/// The response's `<label>` and `<description>` (or an input's `label`
/// attribute), as one line.
fn prompt(p: &Problem<'_, '_>, response: Node<'_, '_>) -> Option<String> {
    let find = |tag: &str| {
        response
            .descendants()
            .filter(|n| n.has_tag_name(tag) && !super::text::inside(*n, &["solution"]))
            .filter_map(|n| some(p.inline(n, &|_| Cut::Keep)))
            .collect::<Vec<_>>()
    };
    let mut texts = find("label");
    if texts.is_empty() {
        texts.extend(
            response
                .descendants()
                .filter(|n| n.is_element() && super::INPUTS.contains(&n.tag_name().name()))
                .filter_map(|n| attr(n, "label"))
                .take(1)
                .map(str::to_string),
        );
    }
    texts.extend(find("description"));
    some(texts.join(" "))
}

/// The text of a choice (or option) without its hints (a placeholder in
/// `lang` when it has none).
fn choice_text(p: &Problem<'_, '_>, choice: Node<'_, '_>, lang: Language) -> String {
    let t = p.inline(choice, &|n| {
        if matches!(n.tag_name().name(), "choicehint" | "optionhint") {
            Cut::Drop
        } else {
            Cut::Keep
        }
    });
    if t.is_empty() {
        Message::new("import-olx-choice-no-text").render(lang)
    } else {
        t
    }
}

/// Whether a choice is right: `Some(true)`, wrong: `Some(false)`, partly
/// right (`correct="partial"`): `None`.
fn is_correct(choice: Node<'_, '_>) -> Option<bool> {
    match attr(choice, "correct")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("true") => Some(true),
        Some("partial") => None,
        _ => Some(false),
    }
}

/// The `<correcthint>`s of a response, as one line.
fn correct_hint(p: &Problem<'_, '_>, response: Node<'_, '_>) -> Option<String> {
    let all: Vec<String> = response
        .descendants()
        .filter(|n| n.has_tag_name("correcthint"))
        .filter_map(|n| some(p.inline(n, &|_| Cut::Keep)))
        .collect();
    some(all.join(" "))
}

fn add_feedback(feedback: &mut BTreeMap<usize, String>, at: usize, text: String) {
    feedback
        .entry(at)
        .and_modify(|f| {
            f.push(' ');
            f.push_str(&text);
        })
        .or_insert(text);
}

/// The group of choices of a response, and whether it shuffles them.
fn choice_group<'a, 'i>(
    response: Node<'a, 'i>,
    tag: &str,
    notes: &mut Vec<Message>,
) -> Result<(Vec<Node<'a, 'i>>, bool), Message> {
    let group = response
        .descendants()
        .find(|n| n.has_tag_name(tag))
        .ok_or_else(|| Message::new("import-olx-no-element").arg("tag", tag))?;
    let choices: Vec<Node<'_, '_>> = group
        .children()
        .filter(|c| c.has_tag_name("choice"))
        .collect();
    if choices.len() < 2 {
        return Err(Message::new("import-olx-few-choices"));
    }
    let shuffle = attr(group, "shuffle").is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if shuffle
        && choices
            .iter()
            .any(|c| attr(*c, "fixed").is_some_and(|v| v.eq_ignore_ascii_case("true")))
    {
        notes.push(Message::new("import-olx-fixed-choices"));
    }
    if let Some(pool) = attr(group, "answer-pool") {
        notes.push(Message::new("import-olx-answer-pool").arg("pool", pool));
    }
    Ok((choices, shuffle))
}

fn single_choice(
    p: &Problem<'_, '_>,
    response: Node<'_, '_>,
    notes: &mut Vec<Message>,
    lang: Language,
) -> Result<(Answer, bool), Message> {
    let (nodes, shuffle) = choice_group(response, "choicegroup", notes)?;
    let mut choices = Vec::new();
    let mut feedback = BTreeMap::new();
    let mut right = Vec::new();
    for (i, c) in nodes.iter().enumerate() {
        choices.push(choice_text(p, *c, lang));
        match is_correct(*c) {
            Some(true) => right.push(i + 1),
            None => notes.push(Message::new("import-olx-partial-choice").arg("choice", i + 1)),
            Some(false) => {}
        }
        for h in c.children().filter(|h| h.has_tag_name("choicehint")) {
            if let Some(t) = some(p.inline(h, &|_| Cut::Keep)) {
                add_feedback(&mut feedback, i + 1, t);
            }
        }
        // The older targeted feedback: a `<targetedfeedback>` of the
        // response names the choice by its `explanation-id`.
        if let Some(eid) = attr(*c, "explanation-id") {
            for t in response.descendants().filter(|t| {
                t.has_tag_name("targetedfeedback") && attr(*t, "explanation-id") == Some(eid)
            }) {
                if let Some(t) = some(p.inline(t, &|_| Cut::Keep)) {
                    add_feedback(&mut feedback, i + 1, t);
                }
            }
        }
    }
    let Some(&answer) = right.first() else {
        return Err(Message::new("import-olx-no-right-choice"));
    };
    if right.len() > 1 {
        notes.push(Message::new("import-olx-several-right").arg("count", right.len()));
    }
    if let Some(t) = correct_hint(p, response) {
        add_feedback(&mut feedback, answer, t);
    }
    Ok((
        Answer::Single {
            choices,
            answer,
            feedback,
        },
        shuffle,
    ))
}

fn multiple_choice(
    p: &Problem<'_, '_>,
    response: Node<'_, '_>,
    notes: &mut Vec<Message>,
    lang: Language,
) -> Result<(Answer, bool), Message> {
    let (nodes, shuffle) = choice_group(response, "checkboxgroup", notes)?;
    let mut choices = Vec::new();
    let mut feedback = BTreeMap::new();
    let mut missed = BTreeMap::new();
    let mut answers = Vec::new();
    let mut unticked = 0;
    for (i, c) in nodes.iter().enumerate() {
        choices.push(choice_text(p, *c, lang));
        let right = is_correct(*c) == Some(true);
        if right {
            answers.push(i + 1);
        }
        for h in c.children().filter(|h| h.has_tag_name("choicehint")) {
            let Some(t) = some(p.inline(h, &|_| Cut::Keep)) else {
                continue;
            };
            let selected = attr(h, "selected").is_none_or(|v| !v.eq_ignore_ascii_case("false"));
            if selected {
                add_feedback(&mut feedback, i + 1, t);
            } else if right {
                add_feedback(&mut missed, i + 1, t);
            } else {
                unticked += 1;
            }
        }
    }
    if answers.is_empty() {
        return Err(Message::new("import-olx-tick-none"));
    }
    if unticked > 0 {
        notes.push(Message::new("import-olx-unticked-hints").arg("count", unticked));
    }
    let compound = response
        .descendants()
        .filter(|n| n.has_tag_name("compoundhint"))
        .count();
    if compound > 0 {
        notes.push(Message::new("import-olx-compound-hints").arg("count", compound));
    }
    if let Some(pc) = attr(response, "partial_credit") {
        notes.push(Message::new("import-olx-partial-credit-choices").arg("value", pc));
    }
    if let Some(t) = correct_hint(p, response)
        && let Some(&first) = answers.first()
    {
        notes.push(Message::new("import-olx-correcthint-feedback"));
        add_feedback(&mut feedback, first, t);
    }
    Ok((
        Answer::Multiple {
            choices,
            answers,
            feedback,
            missed,
        },
        shuffle,
    ))
}

/// Each `optioninput` of an `optionresponse` (a dropdown) as a single choice.
fn dropdowns<'a, 'i>(
    p: &Problem<'a, 'i>,
    response: Node<'a, 'i>,
    prompt: Option<String>,
    explanation: Vec<String>,
    mut notes: Vec<Message>,
    lang: Language,
) -> Result<Vec<Part<'a, 'i>>, Message> {
    let inputs: Vec<Node<'_, '_>> = response
        .descendants()
        .filter(|n| n.has_tag_name("optioninput"))
        .collect();
    if inputs.is_empty() {
        return Err(Message::new("import-olx-no-element").arg("tag", "optioninput"));
    }
    let many = inputs.len() > 1;
    let mut parts = Vec::new();
    for (k, input) in inputs.iter().enumerate() {
        let mut choices = Vec::new();
        let mut feedback = BTreeMap::new();
        let mut answer = None;
        let options: Vec<Node<'_, '_>> = input
            .children()
            .filter(|c| c.has_tag_name("option"))
            .collect();
        if options.is_empty() {
            choices = python_strings(input.attribute("options").unwrap_or(""))
                .into_iter()
                .map(|o| o.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            let correct = input
                .attribute("correct")
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            answer = choices.iter().position(|c| *c == correct).map(|i| i + 1);
        } else {
            for (i, o) in options.iter().enumerate() {
                choices.push(choice_text(p, *o, lang));
                if attr(*o, "correct").is_some_and(|v| v.eq_ignore_ascii_case("true"))
                    && answer.is_none()
                {
                    answer = Some(i + 1);
                }
                for h in o.children().filter(|h| h.has_tag_name("optionhint")) {
                    if let Some(t) = some(p.inline(h, &|_| Cut::Keep)) {
                        add_feedback(&mut feedback, i + 1, t);
                    }
                }
            }
        }
        // The dropdown's number, 0 when it is the only one.
        let at = if many { k + 1 } else { 0 };
        if choices.len() < 2 {
            return Err(Message::new("import-olx-dropdown-few-options").arg("number", at));
        }
        let Some(answer) = answer else {
            return Err(Message::new("import-olx-dropdown-right-missing").arg("number", at));
        };
        if let Some(t) = correct_hint(p, response) {
            add_feedback(&mut feedback, answer, t);
        }
        let own = attr(*input, "label").map(str::to_string);
        let prompt = match (own, &prompt) {
            (Some(l), _) => Some(l),
            (None, Some(shared)) if many => Some(format!("{shared} ({})", k + 1)),
            (None, shared) => shared.clone(),
        };
        let last = k + 1 == inputs.len();
        parts.push(Part {
            prompt,
            answer: Answer::Single {
                choices,
                answer,
                feedback,
            },
            shuffle: false,
            explanation: if last {
                explanation.clone()
            } else {
                Vec::new()
            },
            notes: if last {
                std::mem::take(&mut notes)
            } else {
                Vec::new()
            },
            response: None,
        });
    }
    Ok(parts)
}

/// Samples an answer pattern that accepts anything is sure to accept.
const ANYTHING: [&str; 4] = ["a", "zq", "lorem ipsum, dolor!", "42 x-y"];

fn short_answer(
    p: &Problem<'_, '_>,
    response: Node<'_, '_>,
    notes: &mut Vec<Message>,
    explanation: &mut Vec<String>,
    lang: Language,
) -> Result<Answer, Message> {
    let flags: Vec<String> = response
        .attribute("type")
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let regexp = flags.iter().any(|f| f == "regexp");
    let ci = flags.iter().any(|f| f == "ci");
    let mut answers: Vec<String> = Vec::new();
    if let Some(a) = response.attribute("answer") {
        answers.push(a.to_string());
    }
    for extra in response
        .descendants()
        .filter(|n| n.has_tag_name("additional_answer"))
    {
        let a = extra
            .attribute("answer")
            .map(str::to_string)
            .or_else(|| extra.text().map(str::to_string))
            .unwrap_or_default();
        answers.push(a);
    }
    let answers: Vec<String> = answers
        .into_iter()
        .map(|a| {
            if regexp {
                a.trim().to_string()
            } else {
                a.split_whitespace().collect::<Vec<_>>().join(" ")
            }
        })
        .filter(|a| !a.is_empty())
        .collect();
    if answers.is_empty() {
        return Err(Message::new("import-olx-no-answer"));
    }
    if !ci {
        notes.push(Message::new("import-olx-case-sensitive"));
    }
    // Feedback on given answers: amphi's short answers have none, so the
    // explanation says it.
    let mut said = 0;
    for h in response
        .descendants()
        .filter(|n| n.has_tag_name("stringequalhint") || n.has_tag_name("regexphint"))
    {
        if let (Some(a), Some(t)) = (attr(h, "answer"), some(p.inline(h, &|_| Cut::Keep))) {
            explanation.push(
                Message::new("import-olx-if-you-answered")
                    .arg("answer", a)
                    .arg("feedback", t)
                    .render(lang),
            );
            said += 1;
        }
    }
    if said > 0 {
        notes.push(Message::new("import-olx-answer-feedback").arg("count", said));
    }
    if let Some(t) = correct_hint(p, response) {
        explanation.insert(0, t);
        notes.push(Message::new("import-olx-correcthint-explanation"));
    }
    if !regexp {
        return Ok(Answer::Short {
            answers,
            pattern: None,
        });
    }
    let source = if answers.len() == 1 {
        answers[0].clone()
    } else {
        answers
            .iter()
            .map(|a| format!("(?:{a})"))
            .collect::<Vec<_>>()
            .join("|")
    };
    let source = python_regex(&source);
    let pattern = AnswerPattern::new(&source).map_err(|e| {
        Message::new("import-olx-bad-regexp")
            .arg("pattern", source.as_str())
            .arg("error", Message::verbatim(e.to_string()))
    })?;
    if ANYTHING.iter().all(|s| pattern.matches(s)) {
        notes.push(Message::new("import-olx-any-answer"));
        return Ok(Answer::Reflection);
    }
    // The answer Open edX shows, when given, is shown as the right one.
    let shown: Vec<String> = response
        .descendants()
        .filter_map(|n| attr(n, "correct_answer"))
        .filter(|a| pattern.matches(&a.to_lowercase()))
        .map(str::to_string)
        .take(1)
        .collect();
    Ok(Answer::Short {
        answers: shown,
        pattern: Some(source),
    })
}

/// A Python regular expression in amphi's syntax where the two differ in
/// spelling only: Python's `\Z` (end of text) is Rust's `\z`. Anything else
/// Python has and Rust has not (look-around, back-references) stays, and fails
/// to compile with the parser's words.
pub(super) fn python_regex(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('Z') => out.push_str("\\z"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A number as Open edX writes one (`3`, `-0.5`, `1e3`, `.5`).
fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    let ok = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    t.parse::<f64>().ok().filter(|v| ok && v.is_finite())
}

/// A numeric answer as written: a number, or a range `[a, b]` / `(a, b)`
/// (an open bound is made closed, and said).
fn numeric_value(
    text: &str,
    tolerance: Option<Tolerance>,
    notes: &mut Vec<Message>,
) -> Result<NumericAnswer, Message> {
    let t = text.trim();
    let bracket = |c: char| matches!(c, '[' | '(' | ']' | ')');
    if t.len() >= 2 && t.starts_with(['[', '(']) && t.ends_with([']', ')']) {
        let inner = t.trim_matches(bracket);
        let bounds: Vec<Option<f64>> = inner.split(',').map(number).collect();
        if let [Some(a), Some(b)] = bounds[..]
            && a <= b
        {
            if t.starts_with('(') || t.ends_with(')') {
                notes.push(Message::new("import-olx-open-range").arg("range", t));
            }
            return Ok(NumericAnswer {
                answer: None,
                tolerance: None,
                range: Some([Num(a), Num(b)]),
                credit: None,
                feedback: None,
            });
        }
        return Err(Message::new("import-olx-bad-range").arg("range", t));
    }
    let Some(value) = number(t) else {
        return Err(Message::new("import-olx-formula-answer").arg("answer", t));
    };
    Ok(NumericAnswer {
        answer: Some(Num(value)),
        tolerance,
        range: None,
        credit: None,
        feedback: None,
    })
}

fn numeric(
    p: &Problem<'_, '_>,
    response: Node<'_, '_>,
    notes: &mut Vec<Message>,
) -> Result<Answer, Message> {
    let params: Vec<Node<'_, '_>> = response
        .descendants()
        .filter(|n| n.has_tag_name("responseparam"))
        .collect();
    let tolerance = match params
        .iter()
        .find(|n| n.attribute("type") == Some("tolerance"))
        .and_then(|n| attr(*n, "default"))
    {
        None => None,
        Some(t) => {
            let (num, percent) = match t.strip_suffix('%') {
                Some(n) => (n, true),
                None => (t, false),
            };
            let Some(v) = number(num).filter(|v| *v >= 0.0) else {
                return Err(Message::new("import-olx-bad-tolerance").arg("tolerance", t));
            };
            Some(if percent {
                Tolerance::Percent(Num(v))
            } else {
                Tolerance::Absolute(Num(v))
            })
        }
    };
    let main = response.attribute("answer").unwrap_or("");
    let mut answers = vec![numeric_value(main, tolerance, notes)?];
    for extra in response
        .descendants()
        .filter(|n| n.has_tag_name("additional_answer"))
    {
        if let Some(a) = attr(extra, "answer").or_else(|| extra.text().map(str::trim)) {
            answers.push(numeric_value(a, tolerance, notes)?);
        }
    }
    if let Some(t) = correct_hint(p, response) {
        for a in &mut answers {
            a.feedback = Some(t.clone());
        }
    }
    let partial = attr(response, "partial_credit").unwrap_or("");
    for mode in partial.split(',').map(str::trim).filter(|m| !m.is_empty()) {
        match mode {
            "list" => {
                let list = params
                    .iter()
                    .find_map(|n| attr(*n, "partial_answers"))
                    .unwrap_or("");
                for a in list.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                    let mut ans = numeric_value(a, tolerance, notes)?;
                    ans.credit = Some(50);
                    answers.push(ans);
                }
            }
            "close" => {
                let range = params
                    .iter()
                    .find_map(|n| attr(*n, "partial_range"))
                    .and_then(number)
                    .unwrap_or(2.0);
                let wider = match tolerance {
                    Some(Tolerance::Absolute(Num(t))) => Some(Tolerance::Absolute(Num(t * range))),
                    Some(Tolerance::Percent(Num(t))) => Some(Tolerance::Percent(Num(t * range))),
                    None => None,
                };
                if let (Some(w), Some(Num(v))) = (wider, answers[0].answer) {
                    answers.push(NumericAnswer {
                        answer: Some(Num(v)),
                        tolerance: Some(w),
                        range: None,
                        credit: Some(50),
                        feedback: None,
                    });
                } else {
                    notes.push(Message::new("import-olx-close-needs-tolerance"));
                }
            }
            other => {
                notes.push(Message::new("import-olx-partial-credit-unknown").arg("value", other))
            }
        }
    }
    if !partial.is_empty() {
        notes.push(Message::new("import-olx-partial-credit-half"));
    }
    Ok(Answer::Numeric { answers })
}
