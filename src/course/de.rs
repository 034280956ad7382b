//! Deserialising items and questions, whose variant is chosen by a `kind` key.
//!
//! serde's internally tagged enums buffer the whole map before choosing the
//! variant, and serde_yaml then reports any error inside at the start of the list.
//! Here the map visitor reads `kind` first and deserialises the variant from the
//! rest of the same map, so errors keep their exact line and column. The price is
//! that `kind` must be the first key, which the error message says.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{DeserializeSeed, Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::shape::{CHOICE, TRUE_OR_FALSE, list, needs_kind, placed, unknown_kind};
use super::yaml::said;
use crate::i18n::Message;

use super::model::{
    AnswerKey, AnswerPattern, Interview, Item, Lesson, Module, NumberText, NumericAnswer,
    NumericValue, Objective, Question, QuestionGroup, Quiz, Section, Tolerance, Video,
};

/// A type read from a map whose first key, `kind`, selects the variant.
trait KindFirst: Sized {
    /// What the map is, as the catalogue's messages take it (`$what`):
    /// `item`, `question`.
    const WHAT: &'static str;
    /// The accepted kinds.
    const KINDS: &'static [&'static str];
    /// Kinds refused with a message of their own (kind, catalogue id), such
    /// as a group inside a group.
    const REFUSED: &'static [(&'static str, &'static str)] = &[];
    /// Reads the variant `kind` from the rest of `map`.
    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error>;
}

struct KindFirstVisitor<T>(PhantomData<T>);

impl<'de, T: KindFirst> Visitor<'de> for KindFirstVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", kind_map(T::WHAT))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == "kind" => {
                // Checked inside the seed, so that an unknown kind is reported at
                // the value itself rather than at the start of the map.
                let kind = map.next_value_seed(KindSeed::<T>(PhantomData))?;
                T::from_rest(&kind, map)
            }
            Some(key) => Err(said(
                placed("load-kind-first")
                    .arg("what", T::WHAT)
                    .arg("kinds", list(T::KINDS))
                    .arg("key", key),
            )),
            None => Err(said(needs_kind(T::WHAT, T::KINDS))),
        }
    }
}

/// "an item (a map starting with `kind`)": what a map read kind first is, as
/// serde's messages say what they expected.
fn kind_map(what: &str) -> Message {
    Message::new("load-expecting-kind-map").arg("what", what)
}

/// What a reader of ours expected (its `expecting`, which serde quotes in its
/// "invalid type" and "invalid value" messages), found again by its English
/// text: `None` for a text that is not one of ours.
pub(super) fn expectation(text: &str) -> Option<Message> {
    let mut known: Vec<Message> = [
        CHOICE,
        TRUE_OR_FALSE,
        WEIGHT,
        A_NUMBER,
        "load-expected-hint-cost",
        "load-expected-pass-mark",
        "load-expected-duration",
        "load-expected-tolerance",
        "load-expected-regex",
        // The `expecting` of the derived readers below (a test keeps each
        // attribute equal to its message).
        "load-expecting-module",
        "load-expecting-section",
        "load-expecting-pair",
        "load-expecting-numeric-answer",
    ]
    .into_iter()
    .map(Message::new)
    .collect();
    for (what, kinds) in [
        (Item::WHAT, Item::KINDS),
        (QuizEntry::WHAT, QuizEntry::KINDS),
        (Question::WHAT, Question::KINDS),
    ] {
        known.push(kind_map(what));
        known.push(
            Message::new("load-expecting-kind")
                .arg("what", what)
                .arg("kinds", list(kinds)),
        );
    }
    known.into_iter().find(|m| m.to_string() == text)
}

/// "expected `expected`, not `found`": a value refused by a reader of ours.
fn expected_not<E: serde::de::Error>(expected: Message, found: impl Into<crate::i18n::Value>) -> E {
    said(
        placed("load-expected-not")
            .arg("expected", expected)
            .arg("found", found),
    )
}

/// "the number 2.5", as [`super::shape::found`] says it.
fn the_number(v: impl fmt::Display) -> Message {
    Message::new("load-found-number").arg("text", v.to_string())
}

/// "`text`": a value quoted as written.
fn literal(v: impl fmt::Display) -> Message {
    Message::new("load-found-literal").arg("text", v.to_string())
}

/// Reads the value of `kind` and checks it is one of `T::KINDS`.
struct KindSeed<T>(PhantomData<T>);

impl<'de, T: KindFirst> DeserializeSeed<'de> for KindSeed<T> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, T: KindFirst> Visitor<'de> for KindSeed<T> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = Message::new("load-expecting-kind")
            .arg("what", T::WHAT)
            .arg("kinds", list(T::KINDS));
        write!(f, "{m}")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        if T::KINDS.contains(&v) {
            Ok(v.to_owned())
        } else if let Some((_, id)) = T::REFUSED.iter().find(|(k, _)| *k == v) {
            Err(said(placed(id)))
        } else {
            Err(said(unknown_kind(v, T::WHAT, T::KINDS)))
        }
    }
}

/// A whole number read with a message that says what it is for.
struct Number {
    /// What the number is, for messages: the catalogue id of "a choice number
    /// (1 for the first choice)".
    what: &'static str,
    /// Largest accepted value.
    max: u64,
}

impl<'de> Visitor<'de> for Number {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", Message::new(self.what))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u64, E> {
        if v <= self.max {
            Ok(v)
        } else {
            Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
        }
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u64, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
        }
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<u64, E> {
        Err(expected_not(Message::new(self.what), the_number(v)))
    }
}

/// A question's weight: a number of points, 0 or more (0 makes the question
/// practice: asked and graded, never scored). Fractions such as `0.5` are
/// taken; a negative, infinite or not-a-number weight is refused with a message
/// of ours, at the value.
fn weight<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    struct Weight;
    impl Visitor<'_> for Weight {
        type Value = f64;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}", Message::new(WEIGHT))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<f64, E> {
            self.visit_f64(v as f64)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<f64, E> {
            self.visit_f64(v as f64)
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<f64, E> {
            if v.is_finite() && v >= 0.0 {
                // -0 reads as 0.
                Ok(v.max(0.0))
            } else {
                Err(expected_not(Message::new(WEIGHT), v.to_string()))
            }
        }
    }
    // Any value, so that a fraction or a negative number reaches its visitor.
    d.deserialize_any(Weight)
}

/// A question's `hint_cost`: a whole percentage of its points. Values above 100
/// are read and then reported by validation, at the key.
fn hint_cost<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let what = "load-expected-hint-cost";
    // Any value, so that a fraction reaches `visit_f64` and its own message.
    let n = d.deserialize_any(Number {
        what,
        max: u64::from(u32::MAX),
    })?;
    Ok(Some(u32::try_from(n).unwrap_or(u32::MAX)))
}

/// What a weight is, for messages (a catalogue id).
const WEIGHT: &str = "load-expected-weight-practice";

/// A choice number, counted from 1.
fn choice_number<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    let max = u64::try_from(usize::MAX).unwrap_or(u64::MAX);
    let n = d.deserialize_u64(Number { what: CHOICE, max })?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// A list of choice numbers: `[1, 3]`.
fn choice_numbers<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<usize>, D::Error> {
    struct One(usize);
    impl<'de> Deserialize<'de> for One {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            choice_number(d).map(One)
        }
    }
    let all: Vec<One> = Deserialize::deserialize(d)?;
    Ok(all.into_iter().map(|One(n)| n).collect())
}

/// A quiz pass mark: a whole percentage. Values above 100 are read and then
/// reported by validation, which can say which quiz they belong to.
pub(super) fn pass_mark<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let what = "load-expected-pass-mark";
    let n = d.deserialize_u64(Number {
        what,
        max: u64::from(u32::MAX),
    })?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// `true` or `false`, with a message that says so (YAML 1.2 reads `yes` and `no`
/// as text).
fn truth<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    struct Truth;
    impl Visitor<'_> for Truth {
        type Value = bool;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}", Message::new(TRUE_OR_FALSE))
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<bool, E> {
            Ok(v)
        }
    }
    d.deserialize_bool(Truth)
}

/// The longest video duration accepted: 100 hours, in seconds.
pub(super) const MAX_DURATION: u64 = 100 * 3600;

/// A video's `duration`, in seconds: a whole number of seconds (`754`) or a text
/// `mm:ss` or `h:mm:ss` (`"12:34"`, `"1:02:03"`; minutes and seconds below 60
/// after the first field), at most [`MAX_DURATION`].
pub(super) fn duration<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    struct Duration;
    const WHAT: &str = "load-expected-duration";
    impl Visitor<'_> for Duration {
        type Value = u64;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}", Message::new(WHAT))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u64, E> {
            if v <= MAX_DURATION {
                Ok(v)
            } else {
                Err(said(placed("load-duration-over").arg("seconds", v)))
            }
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u64, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(expected_not(Message::new(WHAT), v.to_string())),
            }
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<u64, E> {
            Err(expected_not(Message::new(WHAT), the_number(v)))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<u64, E> {
            parse_duration(v)
                .filter(|&s| s <= MAX_DURATION)
                .ok_or_else(|| {
                    expected_not(Message::new(WHAT), literal(crate::text::sanitize_line(v)))
                })
        }
    }
    d.deserialize_any(Duration)
}

/// `mm:ss` or `h:mm:ss` (or whole seconds written as text) in seconds; `None`
/// for anything else.
pub fn parse_duration(text: &str) -> Option<u64> {
    let fields: Vec<&str> = text.trim().split(':').collect();
    if fields.len() > 3
        || fields
            .iter()
            .any(|f| f.is_empty() || f.len() > 6 || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let numbers: Vec<u64> = fields
        .iter()
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    // Every field after the first is two digits, up to 59.
    if fields.iter().skip(1).any(|f| f.len() != 2) || numbers.iter().skip(1).any(|&n| n > 59) {
        return None;
    }
    Some(
        numbers
            .iter()
            .fold(0u64, |acc, &n| acc.saturating_mul(60).saturating_add(n)),
    )
}

/// The JSON Schema of a duration: whole seconds or `mm:ss`/`h:mm:ss`.
pub(super) struct DurationSchema;

impl schemars::JsonSchema for DurationSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Duration".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "How long the video runs: whole seconds, or `mm:ss` / `h:mm:ss` as text.",
            "oneOf": [
                { "type": "integer", "minimum": 0, "maximum": MAX_DURATION },
                { "type": "string", "pattern": "^[0-9]{1,6}(:[0-5][0-9]){0,2}$" }
            ]
        })
    }
}

fn rest<'de, A: MapAccess<'de>, T: Deserialize<'de>>(map: A) -> Result<T, A::Error> {
    T::deserialize(MapAccessDeserializer::new(map))
}

impl KindFirst for Item {
    const WHAT: &'static str = "item";
    const KINDS: &'static [&'static str] = &["lesson", "interview", "quiz", "video"];

    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error> {
        Ok(match kind {
            "lesson" => Item::Lesson(rest::<A, Lesson>(map)?),
            "interview" => Item::Interview(rest::<A, Interview>(map)?),
            "quiz" => {
                // The groups of its `questions` come back beside the quiz (see
                // `quiz_questions`).
                GROUPS.with(|g| g.borrow_mut().clear());
                let mut quiz = rest::<A, Quiz>(map)?;
                quiz.groups = GROUPS.with(|g| std::mem::take(&mut *g.borrow_mut()));
                Item::Quiz(quiz)
            }
            "video" => Item::Video(rest::<A, Video>(map)?),
            // `kind` is one of `KINDS` (checked as it was read).
            other => return Err(A::Error::unknown_variant(other, Self::KINDS)),
        })
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(KindFirstVisitor(PhantomData))
    }
}

fn one() -> f64 {
    1.0
}

/// A raw question struct: the fields every kind shares, then its own.
macro_rules! question_struct {
    ($name:ident { $($(#[$attr:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        // `hint` is a list of one: never with `hints` (also a load error).
        #[schemars(extend("not" = {"required": ["hint", "hints"]}))]
        struct $name {
            id: String,
            prompt: String,
            #[serde(default)]
            explanation: String,
            #[serde(default = "one", deserialize_with = "weight")]
            #[schemars(range(min = 0))]
            weight: f64,
            #[serde(default)]
            hint: Option<String>,
            #[serde(default)]
            hints: Option<Vec<String>>,
            #[serde(default, deserialize_with = "hint_cost")]
            #[schemars(range(max = 100))]
            hint_cost: Option<u32>,
            #[serde(default)]
            shuffle: bool,
            #[serde(default)]
            see: Option<super::links::See>,
            #[serde(default)]
            objectives: Vec<String>,
            $($(#[$attr])* $field: $ty,)*
        }
    };
}

question_struct!(SingleChoice {
    choices: Vec<String>,
    #[serde(deserialize_with = "choice_number")]
    answer: usize,
    #[serde(default)]
    feedback: BTreeMap<usize, String>,
    #[serde(default)]
    missed: BTreeMap<usize, String>,
});

question_struct!(MultipleChoice {
    choices: Vec<String>,
    #[serde(deserialize_with = "choice_numbers")]
    answers: Vec<usize>,
    #[serde(default)]
    feedback: BTreeMap<usize, String>,
    #[serde(default)]
    missed: BTreeMap<usize, String>,
});

question_struct!(TrueFalse {
    #[serde(deserialize_with = "truth")]
    answer: bool,
    #[serde(default)]
    feedback: BTreeMap<bool, String>,
});

question_struct!(ShortAnswer {
    #[serde(default)]
    answers: Vec<String>,
    #[serde(default, deserialize_with = "answer_pattern")]
    pattern: Option<AnswerPattern>,
    #[serde(default)]
    ignore_accents: bool,
});

/// A short answer's `pattern`: a regular expression, compiled while its scalar is
/// read so that a bad one is reported at its own line and column.
fn answer_pattern<'de, D: Deserializer<'de>>(d: D) -> Result<Option<AnswerPattern>, D::Error> {
    struct Pattern;
    impl Visitor<'_> for Pattern {
        type Value = AnswerPattern;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}", Message::new("load-expected-regex"))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<AnswerPattern, E> {
            AnswerPattern::new(v).map_err(|e| {
                said(placed("load-bad-pattern").arg("error", Message::verbatim(e.to_string())))
            })
        }
    }
    d.deserialize_str(Pattern).map(Some)
}

question_struct!(Ordering { items: Vec<String> });

/// One pair of a matching question.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a pair: `{left: …, right: …}`")]
struct Pair {
    left: String,
    right: String,
}

question_struct!(Matching { pairs: Vec<Pair> });

question_struct!(FillBlanks {
    text: String,
    blanks: Vec<Vec<String>>,
    #[serde(default)]
    ignore_accents: bool,
});

question_struct!(Reflection {
    #[serde(default)]
    model_answer: Option<String>,
});

question_struct!(Numeric {
    #[serde(default)]
    answer: Option<NumberText>,
    #[serde(default)]
    tolerance: Option<Tolerance>,
    #[serde(default)]
    range: Option<[NumberText; 2]>,
    #[serde(default)]
    answers: Vec<NumericAnswerEntry>,
    #[serde(default)]
    unit: Option<String>,
});

/// One entry of a numeric question's `answers`.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a numeric answer: a map with `answer` (and `tolerance`) or `range`, and \
                 optional `credit` and `feedback`"
)]
struct NumericAnswerEntry {
    /// The number (as the author writes it, so it shows as written).
    #[serde(default)]
    answer: Option<NumberText>,
    /// How far from `answer` a response may be: a number (`0.05`) or a
    /// percentage of the answer (`5%`).
    #[serde(default)]
    tolerance: Option<Tolerance>,
    /// Every number from the first to the second, both included: `[1, 2]`.
    #[serde(default)]
    range: Option<[NumberText; 2]>,
    /// The share of the points this answer gives, in percent from 0 to 100
    /// (default 100).
    #[serde(default)]
    credit: Option<NumberText>,
    /// Shown after the learner's answer when this is the best answer it matches.
    #[serde(default)]
    feedback: String,
}

/// What a numeric answer matches, from its `answer`, `tolerance` and `range`
/// (exactly one of `answer` and `range`; a tolerance only with `answer`).
/// The error is a catalogue id.
fn numeric_value(
    answer: Option<NumberText>,
    tolerance: Option<Tolerance>,
    range: Option<[NumberText; 2]>,
) -> Result<Option<NumericValue>, &'static str> {
    match (answer, tolerance, range) {
        (Some(answer), tolerance, None) => Ok(Some(NumericValue::Exact { answer, tolerance })),
        (None, None, Some([low, high])) => Ok(Some(NumericValue::Range { low, high })),
        (None, Some(_), Some(_)) => Err("load-numeric-range-tolerance"),
        (Some(_), _, Some(_)) => Err("load-numeric-answer-and-range"),
        (None, Some(_), None) => Err("load-numeric-tolerance-alone"),
        (None, None, None) => Ok(None),
    }
}

impl NumericAnswerEntry {
    fn into_answer(self) -> Result<NumericAnswer, &'static str> {
        let value = numeric_value(self.answer, self.tolerance, self.range)?
            .ok_or("load-numeric-entry-empty")?;
        Ok(NumericAnswer {
            value,
            credit: self.credit.map_or(100.0, |c| c.value),
            feedback: self.feedback,
        })
    }
}

/// The accepted answers of a raw numeric question: its `answer` or `range`
/// (full credit), or its `answers`, never both. The error is a catalogue id.
fn numeric_answers(q: &mut Numeric) -> Result<Vec<NumericAnswer>, &'static str> {
    let single = numeric_value(q.answer.take(), q.tolerance.take(), q.range.take())?;
    let listed = std::mem::take(&mut q.answers);
    match single {
        Some(_) if !listed.is_empty() => Err("load-numeric-answer-and-answers"),
        Some(value) => Ok(vec![NumericAnswer {
            value,
            credit: 100.0,
            feedback: String::new(),
        }]),
        None => listed
            .into_iter()
            .map(NumericAnswerEntry::into_answer)
            .collect(),
    }
}

/// A number as the author wrote it: `1.50`, `-3`, `2e6` (YAML's decimal
/// notation with a point; not `.inf` or `.nan`, nor a value too large to be
/// finite).
fn number_text(text: &str) -> Option<NumberText> {
    let t = text.trim();
    let ok = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    let value = t.parse::<f64>().ok().filter(|v| ok && v.is_finite())?;
    Some(NumberText {
        value,
        text: t.to_string(),
    })
}

/// What a number is, for messages (a catalogue id).
const A_NUMBER: &str = "load-expected-number-text";

impl<'de> Deserialize<'de> for NumberText {
    /// Read as text (serde_yaml gives any scalar's text as written), so that
    /// `1.50` keeps its text.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = NumberText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{}", Message::new(A_NUMBER))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NumberText, E> {
                number_text(v).ok_or_else(|| expected_not(Message::new(A_NUMBER), literal(v)))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for Tolerance {
    /// A number (`0.05`, absolute) or a percentage (`5%`), read as text.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        const WHAT: &str = "load-expected-tolerance";
        impl Visitor<'_> for V {
            type Value = Tolerance;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{}", Message::new(WHAT))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Tolerance, E> {
                let bad = || expected_not(Message::new(WHAT), literal(v));
                let t = v.trim();
                let tolerance = match t.strip_suffix('%') {
                    Some(p) => Tolerance::Percent(number_text(p).ok_or_else(bad)?),
                    None => Tolerance::Absolute(number_text(t).ok_or_else(bad)?),
                };
                match &tolerance {
                    Tolerance::Absolute(n) | Tolerance::Percent(n) if n.value < 0.0 => {
                        Err(said(placed("load-tolerance-negative").arg("value", t)))
                    }
                    _ => Ok(tolerance),
                }
            }
        }
        d.deserialize_str(V)
    }
}

impl schemars::JsonSchema for NumberText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NumberText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "description": "A number, written with a point for decimals; shown to learners as written (1.50 stays 1.50)."
        })
    }
}

impl schemars::JsonSchema for Tolerance {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tolerance".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": "^\\s*[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*%\\s*$",
            "description": "How far from the answer a response may be: a number (0.05) or a percentage of the answer (5%)."
        })
    }
}

/// Builds a [`Question`] from a raw struct's shared fields and its key; with
/// `feedback`, the struct's per-choice feedback too.
macro_rules! question {
    (@build $q:expr, $key:expr, $v:ident => $feedback:expr, $missed:expr) => {{
        #[allow(unused_mut)] // only the feedback arms change it
        let mut $v = $q;
        let choice_feedback = $feedback;
        let missed_feedback = $missed;
        Question {
            key: $key(&$v),
            id: $v.id,
            prompt: $v.prompt,
            explanation: $v.explanation,
            weight: $v.weight,
            // `hint` is a list of one; both given is a load error (see
            // `validate::check_hints`), so either may come first here.
            hints: $v.hint.into_iter().chain($v.hints.unwrap_or_default()).collect(),
            hint_cost: $v.hint_cost,
            shuffle: $v.shuffle,
            see: $v.see,
            objectives: $v.objectives,
            choice_feedback,
            missed_feedback,
        }
    }};
    ($q:expr, $key:expr, feedback) => {
        question!(@build $q, $key, q => std::mem::take(&mut q.feedback), std::mem::take(&mut q.missed))
    };
    ($q:expr, $key:expr, feedback_true_false) => {
        question!(@build $q, $key, q => std::mem::take(&mut q.feedback)
            .into_iter()
            .map(|(b, text)| (if b { 1 } else { 2 }, text))
            .collect(), BTreeMap::new())
    };
    ($q:expr, $key:expr) => {
        question!(@build $q, $key, q => BTreeMap::new(), BTreeMap::new())
    };
}

impl KindFirst for Question {
    const WHAT: &'static str = "question";
    const REFUSED: &'static [(&'static str, &'static str)] = &[("group", NESTED_GROUP)];
    const KINDS: &'static [&'static str] = &[
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
        "matching",
        "fill_blanks",
        "numeric",
        "reflection",
        "essay",
    ];

    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error> {
        Ok(match kind {
            "single_choice" => question!(
                rest::<A, SingleChoice>(map)?,
                |q: &SingleChoice| AnswerKey::SingleChoice {
                    choices: q.choices.clone(),
                    answer: q.answer,
                },
                feedback
            ),
            "multiple_choice" => question!(
                rest::<A, MultipleChoice>(map)?,
                |q: &MultipleChoice| AnswerKey::MultipleChoice {
                    choices: q.choices.clone(),
                    answers: q.answers.clone(),
                },
                feedback
            ),
            "true_false" => question!(
                rest::<A, TrueFalse>(map)?,
                |q: &TrueFalse| AnswerKey::TrueFalse { answer: q.answer },
                feedback_true_false
            ),
            "short_answer" => question!(rest::<A, ShortAnswer>(map)?, |q: &ShortAnswer| {
                AnswerKey::ShortAnswer {
                    answers: q.answers.clone(),
                    pattern: q.pattern.clone(),
                    ignore_accents: q.ignore_accents,
                }
            }),
            "ordering" => question!(rest::<A, Ordering>(map)?, |q: &Ordering| {
                AnswerKey::Ordering {
                    items: q.items.clone(),
                }
            }),
            "matching" => question!(rest::<A, Matching>(map)?, |q: &Matching| {
                AnswerKey::Matching {
                    pairs: q
                        .pairs
                        .iter()
                        .map(|p| (p.left.clone(), p.right.clone()))
                        .collect(),
                }
            }),
            "fill_blanks" => question!(rest::<A, FillBlanks>(map)?, |q: &FillBlanks| {
                AnswerKey::FillBlanks {
                    text: q.text.clone(),
                    blanks: q.blanks.clone(),
                    ignore_accents: q.ignore_accents,
                }
            }),
            "numeric" => {
                let mut raw = rest::<A, Numeric>(map)?;
                let answers = numeric_answers(&mut raw).map_err(|id| said(placed(id)))?;
                question!(raw, |q: &Numeric| AnswerKey::Numeric {
                    answers: answers.clone(),
                    unit: q.unit.clone(),
                    // Set by the loader from the course's language.
                    decimal_comma: false,
                })
            }
            // `essay` is another name of the same kind.
            "reflection" | "essay" => question!(rest::<A, Reflection>(map)?, |q: &Reflection| {
                AnswerKey::Reflection {
                    model_answer: q.model_answer.clone(),
                }
            }),
            // `kind` is one of `KINDS` (checked as it was read); a kind listed there
            // without an arm here is an error, never read as another kind.
            other => return Err(A::Error::unknown_variant(other, Self::KINDS)),
        })
    }
}

impl<'de> Deserialize<'de> for Question {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(KindFirstVisitor(PhantomData))
    }
}

/// The JSON Schemas of items and questions: one map per kind, `kind` first (see
/// [`crate::schema`]).
impl schemars::JsonSchema for Item {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Item".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::schema::kind_first(
            "an item",
            [
                ("lesson", Lesson::json_schema(g)),
                ("interview", Interview::json_schema(g)),
                ("quiz", Quiz::json_schema(g)),
                ("video", Video::json_schema(g)),
            ],
        )
    }
}

impl schemars::JsonSchema for Question {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Question".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::schema::kind_first("a question", question_kinds(g))
    }
}

/// The schema of each question kind, by name.
fn question_kinds(g: &mut schemars::SchemaGenerator) -> [(&'static str, schemars::Schema); 10] {
    use schemars::JsonSchema as _;
    [
        ("single_choice", SingleChoice::json_schema(g)),
        ("multiple_choice", MultipleChoice::json_schema(g)),
        ("true_false", TrueFalse::json_schema(g)),
        ("short_answer", ShortAnswer::json_schema(g)),
        ("ordering", Ordering::json_schema(g)),
        ("matching", Matching::json_schema(g)),
        ("fill_blanks", FillBlanks::json_schema(g)),
        ("numeric", Numeric::json_schema(g)),
        ("reflection", Reflection::json_schema(g)),
        ("essay", Reflection::json_schema(g)),
    ]
}

/// Why a group inside a group is refused (a catalogue id).
pub(super) const NESTED_GROUP: &str = "load-nested-group";

/// A group as written: `kind: group`, `id`, `stimulus` and its `questions`.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGroup {
    /// Identifier, unique within the quiz among groups and questions.
    id: String,
    /// The text, table, image or formula every part is about (CommonMark), shown
    /// above each part.
    stimulus: String,
    /// The parts: ordinary questions of any kind (not groups), asked in this
    /// order, each graded on its own.
    questions: Vec<Question>,
}

/// One entry of a quiz's `questions`: a question, or a group of questions
/// sharing a stimulus. Only its JSON Schema and its reading are used: the quiz
/// keeps the questions flat and the groups beside them (see [`quiz_questions`]).
pub(crate) enum QuizEntry {
    /// An ordinary question (boxed: a question is much larger than a group).
    Question(Box<Question>),
    /// A `kind: group` entry.
    Group(RawGroup),
}

impl KindFirst for QuizEntry {
    const WHAT: &'static str = "question";
    const KINDS: &'static [&'static str] = &[
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
        "matching",
        "fill_blanks",
        "numeric",
        "reflection",
        "essay",
        "group",
    ];

    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error> {
        if kind == "group" {
            return rest::<A, RawGroup>(map).map(QuizEntry::Group);
        }
        Question::from_rest(kind, map).map(|q| QuizEntry::Question(Box::new(q)))
    }
}

impl<'de> Deserialize<'de> for QuizEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(KindFirstVisitor(PhantomData))
    }
}

impl schemars::JsonSchema for QuizEntry {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "QuizEntry".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let [a, b, c, d, e, f, h, i, j, k] = question_kinds(g);
        crate::schema::kind_first(
            "a question",
            [
                a,
                b,
                c,
                d,
                e,
                f,
                h,
                i,
                j,
                k,
                ("group", RawGroup::json_schema(g)),
            ],
        )
    }
}

std::thread_local! {
    /// The groups found by the last [`quiz_questions`] on this thread, taken by
    /// the reader of the quiz that holds them ([`Item`]'s).
    static GROUPS: std::cell::RefCell<Vec<QuestionGroup>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A quiz's `questions`: every question in the order written, the parts of
/// each group in its place; the groups themselves are left for the quiz's
/// reader (see [`GROUPS`]).
pub(super) fn quiz_questions<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Question>, D::Error> {
    let entries: Vec<QuizEntry> = Deserialize::deserialize(d)?;
    let mut questions = Vec::with_capacity(entries.len());
    let mut groups = Vec::new();
    for entry in entries {
        match entry {
            QuizEntry::Question(q) => questions.push(*q),
            QuizEntry::Group(g) => {
                let start = questions.len();
                questions.extend(g.questions);
                groups.push(QuestionGroup {
                    id: g.id,
                    stimulus: g.stimulus,
                    questions: start..questions.len(),
                });
            }
        }
    }
    GROUPS.with(|g| *g.borrow_mut() = groups);
    Ok(questions)
}

/// One module: a titled, ordered list of items ending, usually, in a quiz; the
/// items listed in `items`, or grouped in titled `sections` (exactly one of the
/// two). The module file's shape, read into `Module`.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a module: a map with `id`, `title` and `items` or `sections`"
)]
pub(super) struct ModuleFile {
    /// Identifier, unique within the course.
    id: String,
    /// Title shown in the outline.
    title: String,
    /// One or two sentences on what the module covers.
    #[serde(default)]
    summary: String,
    /// The items, in study order (or give `sections` instead).
    #[serde(default)]
    #[schemars(with = "Vec<Item>")]
    items: Option<Vec<Item>>,
    /// The items grouped in titled sections, in study order (instead of `items`).
    #[serde(default)]
    #[schemars(with = "Vec<SectionFile>")]
    sections: Option<Vec<SectionFile>>,
    /// What a learner should be able to do after the module; questions name them
    /// by id.
    #[serde(default)]
    objectives: Vec<Objective>,
}

/// One section of a module file: a titled group of items.
#[derive(Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Section")]
#[serde(
    deny_unknown_fields,
    expecting = "a section: a map with `id`, `title` and `items`"
)]
struct SectionFile {
    /// Identifier, unique within the module.
    id: String,
    /// Title shown in the outline.
    title: String,
    /// One or two sentences on what the section covers.
    #[serde(default)]
    summary: String,
    /// The section's items, in study order; item ids are unique across the
    /// whole module.
    items: Vec<Item>,
}

/// The fields of a module file of which exactly one is given.
pub(super) const ITEMS_OR_SECTIONS: [&str; 2] = ["items", "sections"];

impl<'de> Deserialize<'de> for Module {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let file = ModuleFile::deserialize(d)?;
        let (items, sections) = match (file.items, file.sections) {
            (Some(_), Some(_)) => {
                return Err(said(super::shape::both_given(&ITEMS_OR_SECTIONS, "")));
            }
            (None, None) => {
                return Err(said(super::shape::none_given(&ITEMS_OR_SECTIONS, "")));
            }
            (Some(items), None) => (items, Vec::new()),
            (None, Some(written)) => {
                let mut items = Vec::new();
                let mut sections = Vec::with_capacity(written.len());
                for s in written {
                    let start = items.len();
                    items.extend(s.items);
                    sections.push(Section {
                        id: s.id,
                        title: s.title,
                        summary: s.summary,
                        items: start..items.len(),
                    });
                }
                (items, sections)
            }
        };
        Ok(Module {
            id: file.id,
            title: file.title,
            summary: file.summary,
            items,
            sections,
            objectives: file.objectives,
            file: String::new(),
        })
    }
}

/// The JSON Schema of a module file: [`ModuleFile`]'s, which says that exactly
/// one of `items` and `sections` is given (`oneOf` two `required` lists).
impl schemars::JsonSchema for Module {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Module".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = ModuleFile::json_schema(g);
        schema.insert(
            "oneOf".into(),
            ITEMS_OR_SECTIONS
                .iter()
                .map(|name| serde_json::json!({ "required": [name] }))
                .collect(),
        );
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// The `expecting` of each derived reader is found again as its catalogue
    /// message, so serde's "invalid type" messages about it are said in French.
    #[test]
    fn every_expecting_attribute_is_a_catalogue_message() {
        let source = include_str!("de.rs");
        let mut found = 0;
        for (i, _) in source.match_indices("expecting = \"") {
            let rest = &source[i + "expecting = \"".len()..];
            let text: String = rest[..rest.find('"').unwrap()]
                .split("\\\n")
                .map(str::trim_start)
                .collect();
            let said = expectation(&text).unwrap_or_else(|| panic!("`{text}` is not known"));
            assert_ne!(said.render(Language::Fr), text);
            found += 1;
        }
        assert_eq!(found, 4);
    }

    /// serde's messages of known shape, said through a reader of ours, come
    /// back as catalogue messages after serde_yaml's path; any other stays as
    /// serde wrote it.
    #[test]
    fn readers_messages_come_back_in_the_reader_s_language() {
        let text = "id: m\ntitle: M\nitems:\n  - kind: video\n    id: v\n    title: V\n    \
                    url: https://example.org\n    duration: 500000\n";
        let e = super::super::yaml::parse::<Module>("m.yaml", text).unwrap_err();
        assert_eq!(e.message.id(), Some("load-duration-over"));
        assert_eq!(
            e.message.to_string(),
            "items[0].duration: duration 500000 is over 100 hours (it is in seconds)"
        );
        assert_eq!(
            e.message.render(Language::Fr),
            "items[0].duration\u{a0}: la durée 500000 dépasse 100 heures (elle est en secondes)"
        );
        let e = super::super::yaml::parse::<Module>("m.yaml", "id: m\ntitle: M\n").unwrap_err();
        assert_eq!(e.message.id(), Some("load-none-given"));
        let e = super::super::yaml::parse::<Pair>("p.yaml", "left: a\n")
            .err()
            .unwrap();
        assert_eq!(e.message.id(), Some("load-missing-field"));
        assert_eq!(e.message.render(Language::Fr), "il manque le champ `right`");
        let e = super::super::yaml::parse::<Pair>("p.yaml", "- a\n")
            .err()
            .unwrap();
        assert_eq!(e.message.id(), Some("load-expected-not"));
        assert_eq!(
            e.message.to_string(),
            "expected a pair: `{left: …, right: …}`, not a list"
        );
    }
}
