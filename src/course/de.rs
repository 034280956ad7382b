//! Deserialising items and questions, whose variant is chosen by a `kind` key.
//!
//! serde's internally tagged enums buffer the whole map before choosing the
//! variant, and serde_yaml then reports any error inside at the start of the list.
//! Here the map visitor reads `kind` first and deserialises the variant from the
//! rest of the same map, so errors keep their exact line and column. The price is
//! that `kind` must be the first key, which the error message says.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::model::{AnswerKey, Interview, Item, Lesson, Question, Quiz};

/// A type read from a map whose first key, `kind`, selects the variant.
trait KindFirst: Sized {
    /// What the map is, for messages: "an item", "a question".
    const WHAT: &'static str;
    /// The accepted kinds.
    const KINDS: &'static [&'static str];
    /// Reads the variant `kind` from the rest of `map`.
    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error>;
}

struct KindFirstVisitor<T>(PhantomData<T>);

impl<'de, T: KindFirst> Visitor<'de> for KindFirstVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} (a map starting with `kind`)", T::WHAT)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == "kind" => {
                let kind: String = map.next_value()?;
                if !T::KINDS.contains(&kind.as_str()) {
                    return Err(A::Error::unknown_variant(&kind, T::KINDS));
                }
                T::from_rest(&kind, map)
            }
            Some(key) => Err(A::Error::custom(format!(
                "`kind` must be the first key of {}, found `{key}` first",
                T::WHAT
            ))),
            None => Err(A::Error::custom(format!(
                "{} needs a `kind` (one of {})",
                T::WHAT,
                T::KINDS.join(", ")
            ))),
        }
    }
}

fn rest<'de, A: MapAccess<'de>, T: Deserialize<'de>>(map: A) -> Result<T, A::Error> {
    T::deserialize(MapAccessDeserializer::new(map))
}

impl KindFirst for Item {
    const WHAT: &'static str = "an item";
    const KINDS: &'static [&'static str] = &["lesson", "interview", "quiz"];

    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error> {
        Ok(match kind {
            "lesson" => Item::Lesson(rest::<A, Lesson>(map)?),
            "interview" => Item::Interview(rest::<A, Interview>(map)?),
            _ => Item::Quiz(rest::<A, Quiz>(map)?),
        })
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(KindFirstVisitor(PhantomData))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SingleChoice {
    id: String,
    prompt: String,
    choices: Vec<String>,
    answer: usize,
    #[serde(default)]
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MultipleChoice {
    id: String,
    prompt: String,
    choices: Vec<String>,
    answers: Vec<usize>,
    #[serde(default)]
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrueFalse {
    id: String,
    prompt: String,
    answer: bool,
    #[serde(default)]
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShortAnswer {
    id: String,
    prompt: String,
    answers: Vec<String>,
    #[serde(default)]
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ordering {
    id: String,
    prompt: String,
    items: Vec<String>,
    #[serde(default)]
    explanation: String,
}

fn question(id: String, prompt: String, explanation: String, key: AnswerKey) -> Question {
    Question {
        id,
        prompt,
        explanation,
        key,
    }
}

impl KindFirst for Question {
    const WHAT: &'static str = "a question";
    const KINDS: &'static [&'static str] = &[
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
    ];

    fn from_rest<'de, A: MapAccess<'de>>(kind: &str, map: A) -> Result<Self, A::Error> {
        Ok(match kind {
            "single_choice" => {
                let q: SingleChoice = rest(map)?;
                let key = AnswerKey::SingleChoice {
                    choices: q.choices,
                    answer: q.answer,
                };
                question(q.id, q.prompt, q.explanation, key)
            }
            "multiple_choice" => {
                let q: MultipleChoice = rest(map)?;
                let key = AnswerKey::MultipleChoice {
                    choices: q.choices,
                    answers: q.answers,
                };
                question(q.id, q.prompt, q.explanation, key)
            }
            "true_false" => {
                let q: TrueFalse = rest(map)?;
                let key = AnswerKey::TrueFalse { answer: q.answer };
                question(q.id, q.prompt, q.explanation, key)
            }
            "short_answer" => {
                let q: ShortAnswer = rest(map)?;
                let key = AnswerKey::ShortAnswer { answers: q.answers };
                question(q.id, q.prompt, q.explanation, key)
            }
            _ => {
                let q: Ordering = rest(map)?;
                let key = AnswerKey::Ordering { items: q.items };
                question(q.id, q.prompt, q.explanation, key)
            }
        })
    }
}

impl<'de> Deserialize<'de> for Question {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(KindFirstVisitor(PhantomData))
    }
}
