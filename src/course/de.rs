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

use super::model::{
    AnswerKey, AnswerPattern, Interview, Item, Lesson, Module, Objective, Question, Quiz, Section,
};

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
                // Checked inside the seed, so that an unknown kind is reported at
                // the value itself rather than at the start of the map.
                let kind = map.next_value_seed(KindSeed::<T>(PhantomData))?;
                T::from_rest(&kind, map)
            }
            Some(key) => Err(A::Error::custom(format!(
                "{} must start with `kind` ({}), but its first key is `{key}`",
                T::WHAT,
                list(T::KINDS)
            ))),
            None => Err(A::Error::custom(format!(
                "{} needs a `kind` ({})",
                T::WHAT,
                list(T::KINDS)
            ))),
        }
    }
}

/// `a`, `b` or `c`.
fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
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
        write!(f, "the kind of {}: {}", T::WHAT, list(T::KINDS))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        if T::KINDS.contains(&v) {
            Ok(v.to_owned())
        } else {
            Err(E::custom(format!(
                "unknown kind `{v}` for {}: expected {}",
                T::WHAT,
                list(T::KINDS)
            )))
        }
    }
}

/// A whole number read with a message that says what it is for.
struct Number {
    /// What the number is, for messages: "a choice number (1 for the first choice)".
    what: &'static str,
    /// Largest accepted value.
    max: u64,
}

impl<'de> Visitor<'de> for Number {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
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
        Err(E::custom(format!(
            "expected {}, not the number {v}",
            self.what
        )))
    }
}

/// A question's weight: a whole number of points (fractions are refused with a
/// message that says so, not serde's).
fn weight<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let what = "a whole number (weights are whole numbers for now: 1, 2, 3…)";
    // Any value, so that a fraction reaches `visit_f64` and its own message.
    let n = d.deserialize_any(Number {
        what,
        max: u64::from(u32::MAX),
    })?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

const CHOICE: &str = "a choice number (1 for the first choice)";

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
    let what = "a pass mark: a whole percentage from 0 to 100";
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
            f.write_str("`true` or `false`")
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<bool, E> {
            Ok(v)
        }
    }
    d.deserialize_bool(Truth)
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

fn one() -> u32 {
    1
}

/// A raw question struct: the fields every kind shares, then its own.
macro_rules! question_struct {
    ($name:ident { $($(#[$attr:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        struct $name {
            id: String,
            prompt: String,
            #[serde(default)]
            explanation: String,
            #[serde(default = "one", deserialize_with = "weight")]
            weight: u32,
            #[serde(default)]
            hint: Option<String>,
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
});

question_struct!(MultipleChoice {
    choices: Vec<String>,
    #[serde(deserialize_with = "choice_numbers")]
    answers: Vec<usize>,
    #[serde(default)]
    feedback: BTreeMap<usize, String>,
});

question_struct!(TrueFalse {
    #[serde(deserialize_with = "truth")]
    answer: bool,
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
            f.write_str("a regular expression")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<AnswerPattern, E> {
            AnswerPattern::new(v)
                .map_err(|e| E::custom(format!("`pattern` is not a valid regular expression: {e}")))
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

question_struct!(Numeric {
    answer: f64,
    #[serde(default)]
    tolerance: f64,
    #[serde(default)]
    unit: Option<String>,
});

/// Builds a [`Question`] from a raw struct's shared fields and its key; with
/// `feedback`, the struct's per-choice feedback too.
macro_rules! question {
    (@build $q:expr, $key:expr, $v:ident => $feedback:expr) => {{
        #[allow(unused_mut)] // only the feedback arm changes it
        let mut $v = $q;
        let choice_feedback = $feedback;
        Question {
            key: $key(&$v),
            id: $v.id,
            prompt: $v.prompt,
            explanation: $v.explanation,
            weight: $v.weight,
            hint: $v.hint,
            shuffle: $v.shuffle,
            see: $v.see,
            objectives: $v.objectives,
            choice_feedback,
        }
    }};
    ($q:expr, $key:expr, feedback) => {
        question!(@build $q, $key, q => std::mem::take(&mut q.feedback))
    };
    ($q:expr, $key:expr) => {
        question!(@build $q, $key, q => BTreeMap::new())
    };
}

impl KindFirst for Question {
    const WHAT: &'static str = "a question";
    const KINDS: &'static [&'static str] = &[
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
        "matching",
        "fill_blanks",
        "numeric",
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
            "true_false" => question!(rest::<A, TrueFalse>(map)?, |q: &TrueFalse| {
                AnswerKey::TrueFalse { answer: q.answer }
            }),
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
            "numeric" => question!(rest::<A, Numeric>(map)?, |q: &Numeric| AnswerKey::Numeric {
                answer: q.answer,
                tolerance: q.tolerance,
                unit: q.unit.clone(),
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
            ],
        )
    }
}

impl schemars::JsonSchema for Question {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Question".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::schema::kind_first(
            "a question",
            [
                ("single_choice", SingleChoice::json_schema(g)),
                ("multiple_choice", MultipleChoice::json_schema(g)),
                ("true_false", TrueFalse::json_schema(g)),
                ("short_answer", ShortAnswer::json_schema(g)),
                ("ordering", Ordering::json_schema(g)),
                ("matching", Matching::json_schema(g)),
                ("fill_blanks", FillBlanks::json_schema(g)),
                ("numeric", Numeric::json_schema(g)),
            ],
        )
    }
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
                return Err(D::Error::custom(super::shape::both_given(
                    &ITEMS_OR_SECTIONS,
                )));
            }
            (None, None) => {
                return Err(D::Error::custom(super::shape::none_given(
                    &ITEMS_OR_SECTIONS,
                )));
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
