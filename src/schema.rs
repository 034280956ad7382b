//! JSON Schemas of the course files, for editors: `course.yaml` and module files.
//!
//! They are generated from the model's own types (schemars derives on
//! [`crate::course`]'s structs), so they follow the format as amphi reads it. Items
//! and questions are read kind first by a hand-written deserialiser; their
//! schemas are written by hand from the same per-kind structs ([`kind_first`]).
//!
//! The generated files are committed in `assets/schema/` (a test fails when they
//! are stale; `AMPHI_UPDATE_SCHEMA=1 cargo test --test it schema::` rewrites them) and
//! printed by the hidden command `amphi schema course|module`. A schema describes
//! shapes; `amphi check` also checks what a schema cannot (unique ids, answers in
//! range, files that exist…).

use schemars::Schema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::course::{CourseInfo, GlossaryFile, Module};

/// Which file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaFile {
    /// `course.yaml`.
    Course,
    /// A module file, such as `modules/01-basics.yaml`.
    Module,
    /// `glossary.yaml`.
    Glossary,
}

impl SchemaFile {
    /// Every kind of course file.
    pub const ALL: [SchemaFile; 3] = [SchemaFile::Course, SchemaFile::Module, SchemaFile::Glossary];

    /// The name of the schema file in `assets/schema/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaFile::Course => "course.schema.json",
            SchemaFile::Module => "module.schema.json",
            SchemaFile::Glossary => "glossary.schema.json",
        }
    }

    /// The schema, as JSON Schema draft 2020-12.
    pub fn schema(self) -> Value {
        let generator = SchemaSettings::draft2020_12().into_generator();
        let (schema, title) = match self {
            SchemaFile::Course => (
                generator.into_root_schema_for::<CourseInfo>(),
                "amphi course manifest (course.yaml)",
            ),
            SchemaFile::Module => (
                generator.into_root_schema_for::<Module>(),
                "amphi module file",
            ),
            SchemaFile::Glossary => (
                generator.into_root_schema_for::<GlossaryFile>(),
                "amphi course glossary (glossary.yaml)",
            ),
        };
        let mut value = schema.to_value();
        if let Some(root) = value.as_object_mut() {
            root.insert("title".into(), Value::String(title.into()));
        }
        value
    }

    /// The schema as committed: pretty JSON ending with a line break.
    pub fn text(self) -> String {
        let mut s = serde_json::to_string_pretty(&self.schema()).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// Descriptions of the fields of the per-kind structs that have none of their
/// own (the question structs of the deserialiser), as `docs/course-format.md`
/// gives them.
const FIELD_DOCS: &[(&str, &str)] = &[
    ("kind", "The kind; the first key of the map."),
    ("id", "Identifier, unique within the quiz."),
    ("prompt", "The question, plain text shown as one paragraph."),
    (
        "explanation",
        "Shown after the learner answers: why the right answer is right.",
    ),
    (
        "weight",
        "Points the question is worth when wholly right (default 1): a number 0 or more, fractions allowed; 0 makes a practice question, asked and graded but not scored.",
    ),
    (
        "hint",
        "A hint the learner may reveal before answering (a list of one; not with `hints`).",
    ),
    (
        "hints",
        "Hints revealed one at a time with H, in order (not with `hint`).",
    ),
    (
        "hint_cost",
        "The share of the question's points each hint revealed costs, in percent (0-100; default: hints are free). A question never scores below 0.",
    ),
    (
        "shuffle",
        "single_choice and multiple_choice: show the choices in a new random order for each attempt.",
    ),
    (
        "feedback",
        "Shown under a picked choice, right or wrong, by choice number from 1, such as {2: \"Not quite.\"}; for true_false, by answer: {true: \"…\", false: \"…\"}.",
    ),
    (
        "choices",
        "The choices, one-line texts, in display order; at least 2.",
    ),
    (
        "answer",
        "single_choice: the number of the right choice, from 1. true_false: true or false. numeric: the right number, shown as written.",
    ),
    (
        "answers",
        "multiple_choice: the numbers of every right choice, from 1. short_answer: every accepted answer. numeric: the accepted answers, each {answer, tolerance} or {range}, with optional credit (percent) and feedback.",
    ),
    (
        "items",
        "The items, written in the right order; shown shuffled.",
    ),
    (
        "pairs",
        "Pairs {left, right}, each right side written with its left side; the right sides are shown shuffled.",
    ),
    ("text", "The text with numbered gaps {{1}}, {{2}}…"),
    (
        "blanks",
        "One list of accepted answers per gap, gap 1 first.",
    ),
    (
        "tolerance",
        "How far from `answer` a response may be and still be right (default 0): a number, or a percentage of the answer such as 5%.",
    ),
    (
        "range",
        "numeric: every number from the first to the second, both included, such as [1, 2].",
    ),
    (
        "missed",
        "Shown under a right choice the learner did not pick, by choice number from 1, such as {1: \"You missed this one.\"}.",
    ),
    ("unit", "Text shown after the input, such as \"%\"."),
];

/// The schema of a map read kind first: one of `variants`, each the schema of a
/// struct (its fields) with `kind` added as its first, required property.
/// `what` names the map in the schema's description (`an item`).
pub fn kind_first<const N: usize>(what: &str, variants: [(&str, Schema); N]) -> Schema {
    let kinds: Vec<&str> = variants.iter().map(|(k, _)| *k).collect();
    let one_of: Vec<Value> = variants
        .into_iter()
        .map(|(kind, schema)| {
            let mut object = match schema.to_value() {
                Value::Object(o) => o,
                _ => Map::new(),
            };
            let mut properties = Map::new();
            properties.insert("kind".into(), json!({ "const": kind }));
            if let Some(Value::Object(rest)) = object.remove("properties") {
                properties.extend(rest);
            }
            for (name, property) in properties.iter_mut() {
                let doc = FIELD_DOCS.iter().find(|(n, _)| n == name);
                if let (Some(Value::Object(p)), Some((_, doc))) = (Some(property), doc) {
                    p.entry("description")
                        .or_insert_with(|| Value::String((*doc).into()));
                }
            }
            object.insert("properties".into(), Value::Object(properties));
            let mut required = vec![Value::String("kind".into())];
            if let Some(Value::Array(rest)) = object.remove("required") {
                required.extend(rest);
            }
            object.insert("required".into(), Value::Array(required));
            object.remove("title");
            object.insert("title".into(), Value::String(kind.into()));
            Value::Object(object)
        })
        .collect();
    let schema = json!({
        "description": format!(
            "{what}: a map whose first key is `kind` ({})",
            kinds.join(", ")
        ),
        "type": "object",
        "required": ["kind"],
        "properties": { "kind": { "enum": kinds } },
        "oneOf": one_of,
    });
    Schema::try_from(schema).unwrap_or_default()
}
