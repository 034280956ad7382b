//! Every structural problem of a course file in one run.
//!
//! serde reads a file into the model ([`yaml::parse`]) and stops at its first
//! problem, so an author with four mistakes would need four runs. When that
//! reading fails on YAML that is well formed, [`parse`] walks the file's nodes
//! ([`yaml::tree`], each with its line and column) against the JSON Schema of the
//! file ([`crate::schema`], generated from the model's own types, so the walk and
//! the reading cannot drift apart) and reports every unknown or repeated field,
//! missing field, value of the wrong type and unknown `kind`: each at its own
//! place (a wrong value at the value, not at its key), naming the item or
//! question by its id, with the closest valid name for a misspelt field.
//!
//! What the schema does not say (answers in range, unique ids, files that
//! exist…) is checked by [`super::validate`] once the file reads.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::Value as Json;

use super::problem::Problem;
use super::yaml::{self, Node, NodeValue, Resolved, Scalar};
use crate::i18n::{Message, Value};
use crate::schema::SchemaFile;

/// Reads `text` (from `file`) into `T` like [`yaml::parse`].
///
/// # Errors
/// Every problem found, in file order: when the typed reading fails on YAML that
/// parses, the problems of a walk of the file against the schema of `kind`, and
/// the reading's own problem when the walk found none on its line (a check of its
/// own, such as a `pattern` that is not a valid regular expression); otherwise the
/// reading's problem alone.
pub fn parse<T: DeserializeOwned>(
    file: &str,
    text: &str,
    kind: SchemaFile,
) -> Result<T, Vec<Problem>> {
    let first = match yaml::parse::<T>(file, text) {
        Ok(value) => return Ok(value),
        Err(p) => p,
    };
    if yaml::over_limits(&first) {
        return Err(vec![first]);
    }
    let Some(root) = yaml::tree(text) else {
        return Err(vec![first]);
    };
    let mut found = problems(file, &root, &kind.schema());
    if found.is_empty() {
        return Err(vec![first]);
    }
    // The reading's problem is left out when the walk says the same (a check
    // both make, such as a module's `items` or `sections`), wherever each places it.
    if !found
        .iter()
        .any(|p| p.line == first.line || p.message == first.message)
    {
        found.push(first);
    }
    found.sort_by_key(|p| (p.line, p.column));
    if found.len() > MAX_PROBLEMS {
        let more = found.len() - MAX_PROBLEMS;
        found.truncate(MAX_PROBLEMS);
        found.push(Problem::new(
            file,
            Message::new("load-more-problems").arg("count", more),
        ));
    }
    Err(found)
}

/// Every structural problem of `root` (the first document of `file`) against
/// `schema`, in the order written.
pub fn problems(file: &str, root: &Node, schema: &Json) -> Vec<Problem> {
    let mut walk = Walk {
        file,
        root: schema,
        out: Vec::new(),
    };
    walk.check(root, schema, &Place::default(), 0);
    walk.out.sort_by_key(|p| (p.line, p.column));
    walk.out
}

/// Most problems listed for one file (100); the rest are counted in one line.
pub const MAX_PROBLEMS: usize = 100;

/// Deepest nesting walked; deeper values are not checked (serde refuses files
/// nested more than 128 deep anyway).
const MAX_DEPTH: usize = 128;

/// Where a value is, for messages: the item or question it belongs to, and the
/// path from there (`turns[1].speaker`).
#[derive(Debug, Clone, Default)]
struct Place {
    /// `question `q2``, `lesson `intro``, or `None` at the top of the file.
    owner: Option<Message>,
    /// Keys and indexes from the owner, such as `source.date` or `choices[1]`.
    path: String,
    /// The last key of the path: the field the value is for.
    field: Option<String>,
}

impl Place {
    fn key(&self, key: &str) -> Place {
        Place {
            owner: self.owner.clone(),
            path: if self.path.is_empty() {
                key.to_owned()
            } else {
                format!("{}.{key}", self.path)
            },
            field: Some(key.to_owned()),
        }
    }

    fn index(&self, i: usize) -> Place {
        Place {
            owner: self.owner.clone(),
            path: format!("{}[{i}]", self.path),
            field: self.field.clone(),
        }
    }

    /// `message` (made with [`placed`]) said of the owner: `owner: message`,
    /// or the message alone at the top of the file.
    fn say(&self, message: Message) -> Message {
        match &self.owner {
            None => message,
            Some(owner) => message.arg("owner", owner.clone()),
        }
    }

    /// Message `id`, or `id_in` with the argument `path` when the path is not
    /// empty (`unknown field `x`` / ``unknown field `x` in `source` ``).
    fn within(&self, id: &'static str, id_in: &'static str) -> Message {
        if self.path.is_empty() {
            placed(id)
        } else {
            placed(id_in).arg("path", &self.path)
        }
    }
}

/// The catalogue message `id`, whose text starts with its `$owner`: the
/// label of what it is said of (`lesson `two`: `, `items[2]: `), empty until
/// set (by the walk's place, or after serde_yaml's path). The message keeps
/// its own id with or without an owner, so that `amphi check --format json`
/// gives the problem's kind as its code.
pub(super) fn placed(id: &'static str) -> Message {
    Message::new(id).arg("owner", "")
}

/// The label `path: ` of a value at `path`, as the `$owner` of a [`placed`]
/// message.
pub(super) fn path_label(path: &str) -> Message {
    Message::new("load-path-label").arg("path", path)
}

struct Walk<'a> {
    file: &'a str,
    /// The whole schema, for `$ref`s.
    root: &'a Json,
    out: Vec<Problem>,
}

impl<'a> Walk<'a> {
    fn report(&mut self, at: (usize, usize), message: Message) {
        self.out.push(Problem::new(self.file, message).at(Some(at)));
    }

    /// `schema` with its `$ref` (`#/$defs/Name`) followed.
    fn resolve(&self, mut schema: &'a Json) -> &'a Json {
        for _ in 0..8 {
            let Some(name) = schema
                .get("$ref")
                .and_then(Json::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
            else {
                break;
            };
            match self.root.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => schema = target,
                None => break,
            }
        }
        schema
    }

    fn check(&mut self, node: &Node, schema: &'a Json, place: &Place, depth: usize) {
        if depth > MAX_DEPTH || matches!(node.value, NodeValue::Alias) {
            return;
        }
        let schema = self.resolve(schema);
        if let Some(kinds) = kind_first(schema) {
            return self.check_kind_first(node, schema, &kinds, place, depth);
        }
        if let Some(alternatives) = schema.get("anyOf").and_then(Json::as_array) {
            // `Option<T>`: null, or a T.
            if is_null(node) && alternatives.iter().any(allows_null) {
                return;
            }
            if let Some(alt) = alternatives.iter().find(|a| !is_null_schema(a)) {
                self.check(node, alt, place, depth);
            }
            return;
        }
        if let Some(values) = schema.get("enum").and_then(Json::as_array) {
            let fits = match &node.value {
                NodeValue::Scalar(s) => values.iter().any(|v| v.as_str() == Some(&s.text)),
                _ => false,
            };
            if !fits {
                self.wrong_type(node, schema, place);
            }
            return;
        }
        let types = types(schema);
        if types.is_empty() {
            return;
        }
        match &node.value {
            NodeValue::Scalar(s) => {
                if !types.iter().any(|t| scalar_fits(s, t, schema)) {
                    self.wrong_type(node, schema, place);
                }
            }
            NodeValue::List(items) => {
                if !types.contains(&"array") {
                    return self.wrong_type(node, schema, place);
                }
                if let Some(each) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item, each, &place.index(i), depth + 1);
                    }
                }
            }
            NodeValue::Map(entries) => {
                if !types.contains(&"object") {
                    return self.wrong_type(node, schema, place);
                }
                self.check_map(node, entries, schema, place, depth);
            }
            NodeValue::Alias => {}
        }
    }

    /// The fields of a map: unknown, repeated and missing ones, and each value.
    fn check_map(
        &mut self,
        node: &Node,
        entries: &[(Node, Node)],
        schema: &'a Json,
        place: &Place,
        depth: usize,
    ) {
        let properties = schema.get("properties").and_then(Json::as_object);
        let patterns: Vec<(regex_lite::Regex, &Json)> = schema
            .get("patternProperties")
            .and_then(Json::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(p, s)| Some((regex_lite::Regex::new(p).ok()?, s)))
            .collect();
        let closed = schema.get("additionalProperties") == Some(&Json::Bool(false));
        let mut seen: HashMap<&str, usize> = HashMap::new();
        // Fields a misspelt one was taken for: not reported missing as well.
        let mut suggested = Vec::new();
        for (key, value) in entries {
            let name = match &key.value {
                NodeValue::Scalar(s) => s.text.as_str(),
                _ => {
                    let message = place
                        .within("load-key-not-name", "load-key-not-name-in")
                        .arg("found", found(key));
                    self.report(key.at, place.say(message));
                    continue;
                }
            };
            if let Some(field) = properties.and_then(|p| p.get(name)) {
                if let Some(line) = seen.get(name) {
                    let message = place
                        .within("load-given-twice", "load-given-twice-in")
                        .arg("name", name)
                        .arg("line", *line);
                    self.report(key.at, place.say(message));
                    continue;
                }
                seen.insert(name, key.at.0);
                self.check(value, field, &place.key(name), depth + 1);
            } else if let Some((_, field)) = patterns.iter().find(|(re, _)| re.is_match(name)) {
                self.check(value, field, &place.key(name), depth + 1);
            } else if let Some(field) = schema.get("additionalProperties").filter(|a| a.is_object())
            {
                self.check(value, field, &place.key(name), depth + 1);
            } else if closed {
                let names: Vec<&str> = properties
                    .map(|p| p.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                let message = match closest(name, &names) {
                    Some(near) => {
                        suggested.push(near);
                        place
                            .within("load-unknown-field-near", "load-unknown-field-near-in")
                            .arg("near", near)
                    }
                    None => place
                        .within("load-unknown-field", "load-unknown-field-in")
                        .arg("fields", list_and(&names)),
                };
                self.report(key.at, place.say(message.arg("name", name)));
            }
        }
        let required = schema.get("required").and_then(Json::as_array);
        for name in required.into_iter().flatten().filter_map(Json::as_str) {
            if !seen.contains_key(name) && !suggested.contains(&name) {
                let message = place
                    .within("load-missing-field", "load-missing-field-in")
                    .arg("name", name);
                self.report(node.at, place.say(message));
            }
        }
        // `oneOf` lists of one required field each: exactly one of those fields
        // is given (a module's `items` or `sections`).
        let exclusive = exclusive_fields(schema);
        if exclusive.is_empty() {
            return;
        }
        let given: Vec<(usize, usize)> = entries
            .iter()
            .filter(|(k, _)| {
                matches!(&k.value, NodeValue::Scalar(s) if exclusive.contains(&s.text.as_str()))
            })
            .map(|(k, _)| k.at)
            .collect();
        match given.as_slice() {
            [] if !exclusive.iter().any(|n| suggested.contains(n)) => {
                let message = none_given(&exclusive, &place.path);
                self.report(node.at, place.say(message));
            }
            [_, second, ..] => {
                let message = both_given(&exclusive, &place.path);
                self.report(*second, place.say(message));
            }
            _ => {}
        }
    }

    /// A map whose first key, `kind`, chooses its fields: an item or a question.
    fn check_kind_first(
        &mut self,
        node: &Node,
        schema: &'a Json,
        kinds: &[&str],
        place: &Place,
        depth: usize,
    ) {
        // "an item", "a question": how the schema's description starts,
        // as the catalogue's messages choose their words (`$what`).
        let what = match schema
            .get("description")
            .and_then(Json::as_str)
            .and_then(|d| d.split(':').next())
        {
            Some("an item") => "item",
            Some("a question") => "question",
            _ => "map",
        };
        let entries: &[(Node, Node)] = match &node.value {
            NodeValue::Map(entries) => entries,
            NodeValue::Scalar(s) if s.plain && s.text.is_empty() => &[],
            _ => {
                let message = placed("load-not-kind-map")
                    .arg("path", &place.path)
                    .arg("what", what)
                    .arg("found", found(node));
                return self.report(node.at, place.say(message));
            }
        };
        let text_of = |name: &str| {
            entries
                .iter()
                .find_map(|(k, v)| match (&k.value, &v.value) {
                    (NodeValue::Scalar(k), NodeValue::Scalar(v)) if k.text == name => {
                        Some((v.text.as_str(), v.plain))
                    }
                    _ => None,
                })
        };
        let kind = text_of("kind").map(|(k, _)| k);
        let id = text_of("id").map(|(id, _)| id);
        // Named by its id where it has one: `question `q2``, `quiz `final``.
        let noun = match kind {
            Some("group") => "group",
            _ if what == "question" => "question",
            Some(k) if kinds.contains(&k) => k,
            _ => what,
        };
        let owner = match id {
            Some(id) => Some(Message::new("load-owner").arg("noun", noun).arg("id", id)),
            None if place.path.is_empty() => place.owner.clone(),
            None => Some(match &place.owner {
                Some(owner) => Message::new("load-owner-path")
                    .arg("owner", owner.clone())
                    .arg("path", &place.path),
                None => path_label(&place.path),
            }),
        };
        let inner = Place {
            owner,
            path: String::new(),
            field: None,
        };
        let Some(kind) = kind else {
            let message = needs_kind(what, kinds);
            return self.report(node.at, inner.say(message));
        };
        if let Some((first, _)) = entries.first()
            && !matches!(&first.value, NodeValue::Scalar(s) if s.text == "kind")
        {
            let key = match &first.value {
                NodeValue::Scalar(s) => s.text.as_str(),
                _ => "?",
            };
            let message = placed("load-kind-not-first")
                .arg("what", what)
                .arg("key", key);
            self.report(first.at, inner.say(message));
        }
        let Some(alternative) = schema
            .get("oneOf")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .find(|alt| alt.pointer("/properties/kind/const").and_then(Json::as_str) == Some(kind))
        else {
            let at = entries
                .iter()
                .find(|(k, _)| matches!(&k.value, NodeValue::Scalar(s) if s.text == "kind"))
                .map_or(node.at, |(_, v)| v.at);
            let message = match closest(kind, kinds) {
                // A group inside a group: its own message, not a near kind.
                _ if kind == "group" && what == "question" => placed(super::de::NESTED_GROUP),
                Some(near) => placed("load-unknown-kind-near")
                    .arg("kind", kind)
                    .arg("what", what)
                    .arg("near", near),
                None => unknown_kind(kind, what, kinds),
            };
            return self.report(at, inner.say(message));
        };
        self.check_map(node, entries, alternative, &inner, depth + 1);
    }

    fn wrong_type(&mut self, node: &Node, schema: &Json, place: &Place) {
        let expected = self.expected(schema, place.field.as_deref());
        let message = place
            .within("load-file-must-be", "load-must-be")
            .arg("expected", expected)
            .arg("found", found(node));
        self.report(node.at, place.say(message));
    }

    /// What `schema` accepts, in words, for the field `field`: one phrase, or
    /// several joined by "or".
    fn expected(&self, schema: &Json, field: Option<&str>) -> Value {
        let schema = self.resolve(schema);
        if let Some(values) = schema.get("enum").and_then(Json::as_array) {
            let names: Vec<&str> = values.iter().filter_map(Json::as_str).collect();
            return Message::new("load-expected-one-of")
                .arg("values", list(&names))
                .into();
        }
        if let Some(alt) = schema
            .get("anyOf")
            .and_then(Json::as_array)
            .and_then(|alts| alts.iter().find(|a| !is_null_schema(a)))
        {
            return self.expected(alt, field);
        }
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
            .collect();
        let words: Vec<Message> = types(schema)
            .into_iter()
            .filter(|t| *t != "null")
            .map(|t| match (t, field) {
                ("number", Some("weight")) => Message::new("load-expected-weight"),
                ("integer", Some("answer" | "answers")) => Message::new(CHOICE),
                ("integer", Some("pass_mark")) => Message::new("load-expected-percentage"),
                ("integer", _) if schema.get("minimum").is_some() => {
                    Message::new("load-expected-whole-min")
                }
                ("integer", _) => Message::new("load-expected-whole"),
                ("number", _) => Message::new("load-expected-number"),
                ("boolean", _) => Message::new(TRUE_OR_FALSE),
                ("array", _) => Message::new("load-expected-list"),
                ("object", _) if !required.is_empty() => {
                    let exclusive = exclusive_fields(schema);
                    // `id`, `title` and `items` or `sections`.
                    let mut all: Vec<Value> = required.iter().map(|n| quoted(n)).collect();
                    if !exclusive.is_empty() {
                        all.push(list(&exclusive));
                    }
                    Message::new("load-expected-map-with").arg("fields", Value::and(all))
                }
                ("object", _) => Message::new("load-expected-map"),
                _ => Message::new("load-expected-text"),
            })
            .collect();
        if words.is_empty() {
            Message::new("load-expected-other").into()
        } else {
            Value::or(words)
        }
    }
}

/// The kinds of a map read kind first (its schema has `oneOf` and an `enum` of
/// kinds): `["lesson", "interview", "quiz"]`.
fn kind_first(schema: &Json) -> Option<Vec<&str>> {
    schema.get("oneOf")?;
    let kinds = schema.pointer("/properties/kind/enum")?.as_array()?;
    Some(kinds.iter().filter_map(Json::as_str).collect())
}

/// The fields of which a map gives exactly one: its schema's `oneOf`
/// alternatives when each is only `{"required": [name]}`.
fn exclusive_fields(schema: &Json) -> Vec<&str> {
    let Some(alternatives) = schema.get("oneOf").and_then(Json::as_array) else {
        return Vec::new();
    };
    let names: Vec<&str> = alternatives
        .iter()
        .filter_map(
            |alt| match alt.as_object()?.get("required")?.as_array()?.as_slice() {
                [name] if alt.as_object()?.len() == 1 => name.as_str(),
                _ => None,
            },
        )
        .collect();
    if names.len() == alternatives.len() {
        names
    } else {
        Vec::new()
    }
}

/// What a map at `path` (empty at the top of the file) that gives more than
/// one of the fields `names` (of which it must give exactly one) is told.
pub(super) fn both_given(names: &[&str], path: &str) -> Message {
    let message = if path.is_empty() {
        placed("load-both-given")
    } else {
        placed("load-both-given-in").arg("path", path)
    };
    message.arg("fields", list_and(names))
}

/// What a map at `path` (empty at the top of the file) that gives none of the
/// fields `names` (of which it must give exactly one) is told.
pub(super) fn none_given(names: &[&str], path: &str) -> Message {
    let message = if path.is_empty() {
        placed("load-none-given")
    } else {
        placed("load-none-given-in").arg("path", path)
    };
    message.arg("fields", list(names))
}

/// What a map read kind first (`what`: `item`, `question` or `map`) without a
/// `kind` is told, with the kinds it may have.
pub(super) fn needs_kind(what: &str, kinds: &[&str]) -> Message {
    placed("load-needs-kind")
        .arg("what", what)
        .arg("kinds", list(kinds))
}

/// What a map read kind first (`what`: `item`, `question` or `map`) of the
/// unknown kind `kind` is told, with the kinds it may have.
pub(super) fn unknown_kind(kind: &str, what: &str, kinds: &[&str]) -> Message {
    placed("load-unknown-kind")
        .arg("kind", kind)
        .arg("what", what)
        .arg("kinds", list(kinds))
}

/// The catalogue id of "a choice number (1 for the first choice)".
pub(super) const CHOICE: &str = "load-expected-choice";

/// The catalogue id of "`true` or `false`".
pub(super) const TRUE_OR_FALSE: &str = "load-expected-bool";

/// The JSON types a schema allows: `"type": "string"` or `"type": [...]`.
fn types(schema: &Json) -> Vec<&str> {
    match schema.get("type") {
        Some(Json::String(t)) => vec![t.as_str()],
        Some(Json::Array(ts)) => ts.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    }
}

fn is_null_schema(schema: &Json) -> bool {
    types(schema) == ["null"]
}

fn allows_null(schema: &Json) -> bool {
    types(schema).contains(&"null")
}

/// Whether `node` reads as null (nothing, `~` or `null`).
fn is_null(node: &Node) -> bool {
    matches!(&node.value, NodeValue::Scalar(s) if s.resolved == Resolved::Null)
}

/// Whether serde_yaml reads scalar `s` as the JSON type `t` of `schema`.
fn scalar_fits(s: &Scalar, t: &str, schema: &Json) -> bool {
    match (t, s.resolved) {
        // Any scalar reads as text: `title: 2024` is the text "2024".
        ("string", _) => true,
        ("null", Resolved::Null) => true,
        ("boolean", Resolved::Bool(_)) => true,
        ("integer", Resolved::Int(i)) => {
            let min = schema.get("minimum").and_then(Json::as_f64);
            min.is_none_or(|m| i as f64 >= m)
        }
        ("number", Resolved::Int(_) | Resolved::Float(_)) => true,
        // Nothing at all reads as an empty list or map.
        ("array" | "object", _) => s.plain && s.text.is_empty(),
        _ => false,
    }
}

/// What a node is, in words: `the text `deux``, `the number 2.5`, `a list`
/// (a text is cut after 40 characters). The config file's messages say it
/// the same way.
pub fn found(node: &Node) -> Message {
    match &node.value {
        NodeValue::Scalar(s) => match s.resolved {
            Resolved::Null if s.text.is_empty() => Message::new("load-found-nothing"),
            Resolved::Null => Message::new("load-found-null").arg("text", &s.text),
            Resolved::Bool(_) => Message::new("load-found-literal").arg("text", &s.text),
            Resolved::Int(_) | Resolved::Float(_) => {
                Message::new("load-found-number").arg("text", &s.text)
            }
            Resolved::Text => {
                let mut shown: String = s.text.chars().take(40).collect();
                if shown.len() < s.text.len() {
                    shown.push('…');
                }
                Message::new("load-found-text").arg("text", shown)
            }
        },
        NodeValue::List(_) => Message::new("load-found-list"),
        NodeValue::Map(_) => Message::new("load-found-map"),
        NodeValue::Alias => Message::new("load-found-alias"),
    }
}

/// The name of `names` closest to `name`, when one is close enough to be a
/// likely misspelling.
fn closest<'n>(name: &str, names: &[&'n str]) -> Option<&'n str> {
    names
        .iter()
        .map(|n| (strsim::jaro_winkler(name, n), *n))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

/// `` `name` ``: a name as written in a file, in backquotes.
fn quoted(name: &str) -> Value {
    Value::Text(format!("`{name}`"))
}

/// `` `a`, `b` or `c` `` (`ou` in French).
pub(super) fn list(names: &[&str]) -> Value {
    Value::or(names.iter().map(|n| quoted(n)))
}

/// `` `a`, `b` and `c` `` (`et` in French).
pub(super) fn list_and(names: &[&str]) -> Value {
    Value::and(names.iter().map(|n| quoted(n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{CourseFiles, CourseInfo, GlossaryFile, Module};

    /// `file:line:column: message` of every problem of a module file.
    fn module_problems(text: &str) -> Vec<String> {
        match parse::<Module>("m.yaml", text, SchemaFile::Module) {
            Ok(_) => Vec::new(),
            Err(found) => found.iter().map(ToString::to_string).collect(),
        }
    }

    const FOUR_MISTAKES: &str = "\
id: a
title: \"A\"
items:
  - kind: lesson
    id: one
    titel: \"One\"
    body: \"Text.\"
  - kind: quiz
    id: quiz
    title: \"Quiz\"
    pass_mark: 50
    questions:
      - kind: single_choice
        id: q1
        prompt: \"Pick.\"
        choices: [\"a\", \"b\"]
        answer: deux
        explaination: \"x\"
      - kind: true_false
        id: q2
        prompt: \"True?\"
        prompt: \"Again\"
        answer: true
        weight: heavy
";

    #[test]
    fn every_structural_problem_of_a_file_is_reported_at_its_place() {
        assert_eq!(
            module_problems(FOUR_MISTAKES),
            [
                "m.yaml:6:5: lesson `one`: unknown field `titel`; did you mean `title`?",
                "m.yaml:17:17: question `q1`: `answer` must be a choice number (1 for the \
                 first choice), not the text `deux`",
                "m.yaml:18:9: question `q1`: unknown field `explaination`; did you mean \
                 `explanation`?",
                "m.yaml:22:9: question `q2`: `prompt` is given twice (first on line 21); keep one",
                "m.yaml:24:17: question `q2`: `weight` must be a number of points, 0 or more \
                 (such as 1, 2.5, or 0 for practice), not the text `heavy`",
            ]
        );
    }

    #[test]
    fn kinds_missing_fields_and_nested_maps_are_named() {
        let text = "\
id: a
title: A
items:
  - id: l
    kind: lesson
    title: L
    body: x
  - kind: lessn
    id: three
  - kind: interview
    id: talk
    title: T
    source: {publication: P, dat: 2024}
    participants: x
    turns:
      - speaker: a
        txt: hi
";
        assert_eq!(
            module_problems(text),
            [
                "m.yaml:4:5: lesson `l`: `kind` must be the first key of an item, but its \
                 first key is `id`",
                "m.yaml:8:11: item `three`: unknown kind `lessn` for an item; did you mean \
                 `lesson`?",
                "m.yaml:13:30: interview `talk`: unknown field `dat` in `source`; did you \
                 mean `date`?",
                "m.yaml:14:19: interview `talk`: `participants` must be a list, not the text `x`",
                "m.yaml:17:9: interview `talk`: unknown field `txt` in `turns[0]`; did you \
                 mean `text`?",
            ]
        );
    }

    #[test]
    fn a_problem_the_walk_cannot_see_is_still_reported() {
        // A bad regular expression is the typed reading's own check.
        let text = "\
id: a
title: A
items:
  - kind: quiz
    id: q
    title: Q
    pass_mark: 50
    questions:
      - kind: short_answer
        id: s
        prompt: P
        pattern: \"(\"
        extra: 1
";
        let found = module_problems(text);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].starts_with("m.yaml:12:18: "), "{found:#?}");
        assert!(
            found[0].contains("not a valid regular expression"),
            "{found:#?}"
        );
        assert!(found[1].starts_with("m.yaml:13:9: question `s`: unknown field `extra`"));
    }

    /// The walk never finds a problem where the typed reading finds none: over
    /// every file of the bundled course and of the valid fixtures.
    #[test]
    fn the_walk_agrees_with_the_reading_on_valid_courses() {
        let mut folders: Vec<Box<dyn CourseFiles>> = vec![Box::new(crate::course::bundled_files())];
        let valid = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        for entry in std::fs::read_dir(valid).unwrap() {
            folders.push(Box::new(crate::course::DirFiles::new(
                entry.unwrap().path(),
            )));
        }
        let mut walked = 0;
        for files in &folders {
            let text = |path: &str| String::from_utf8(files.read(path).unwrap()).unwrap();
            let manifest = text("course.yaml");
            let info: CourseInfo = yaml::parse("course.yaml", &manifest).unwrap();
            let mut all = vec![(manifest, SchemaFile::Course)];
            all.extend(info.modules.iter().map(|m| (text(m), SchemaFile::Module)));
            if let Ok(bytes) = files.read("glossary.yaml") {
                let glossary = String::from_utf8(bytes).unwrap();
                yaml::parse::<GlossaryFile>("glossary.yaml", &glossary).unwrap();
                all.push((glossary, SchemaFile::Glossary));
            }
            for (text, kind) in all {
                let root = yaml::tree(&text).unwrap();
                let found = problems("f", &root, &kind.schema());
                assert!(found.is_empty(), "{}: {found:#?}", files.display(""));
                walked += 1;
            }
        }
        assert!(walked > 5, "{walked} files walked");
    }

    #[test]
    fn fractional_and_zero_weights_read_and_a_negative_one_is_refused_at_its_place() {
        let module = |weight: &str| {
            format!(
                "id: a\ntitle: A\nitems:\n  - kind: quiz\n    id: q\n    title: Q\n    \
                 pass_mark: 50\n    questions:\n      - kind: true_false\n        id: t\n        \
                 prompt: P\n        answer: true\n        weight: {weight}\n"
            )
        };
        for (written, read) in [("2.5", 2.5), ("0", 0.0), ("0.25", 0.25), ("3", 3.0)] {
            let m = yaml::parse::<Module>("m.yaml", &module(written)).unwrap();
            let crate::course::Item::Quiz(quiz) = &m.items[0] else {
                panic!("a quiz")
            };
            assert_eq!(quiz.questions[0].weight, read, "{written}");
        }
        for bad in ["-1", "-0.5", ".inf", ".nan"] {
            let e = yaml::parse::<Module>("m.yaml", &module(bad)).unwrap_err();
            assert_eq!((e.line, e.column), (Some(13), Some(17)), "{bad}: {e}");
            assert!(e.message.to_string().contains("0 or more"), "{bad}: {e}");
            assert!(
                !e.message.to_string().contains("invalid type"),
                "{bad}: {e}"
            );
        }
    }

    #[test]
    fn a_misspelling_is_matched_to_the_closest_name_only_when_close() {
        let names = ["explanation", "prompt", "title"];
        assert_eq!(closest("explaination", &names), Some("explanation"));
        assert_eq!(closest("titel", &names), Some("title"));
        assert_eq!(closest("colour", &names), None);
    }
}
