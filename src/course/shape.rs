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
            format!("{more} more problems of the same kinds in this file are not listed"),
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
    /// `question `q2``, `lesson `intro``, or empty at the top of the file.
    owner: String,
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

    /// `owner: message`, or the message alone at the top of the file.
    fn say(&self, message: String) -> String {
        if self.owner.is_empty() {
            message
        } else {
            format!("{}: {message}", self.owner)
        }
    }

    /// ` in `path``, or nothing when the path is empty.
    fn within(&self) -> String {
        if self.path.is_empty() {
            String::new()
        } else {
            format!(" in `{}`", self.path)
        }
    }
}

struct Walk<'a> {
    file: &'a str,
    /// The whole schema, for `$ref`s.
    root: &'a Json,
    out: Vec<Problem>,
}

impl<'a> Walk<'a> {
    fn report(&mut self, at: (usize, usize), message: String) {
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
                    let message = format!("a key must be a name, not {}", found(key));
                    self.report(key.at, place.say(message + &place.within()));
                    continue;
                }
            };
            if let Some(field) = properties.and_then(|p| p.get(name)) {
                if let Some(line) = seen.get(name) {
                    let message = format!(
                        "`{name}` is given twice{} (first on line {line}); keep one",
                        place.within()
                    );
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
                let hint = match closest(name, &names) {
                    Some(near) => {
                        suggested.push(near);
                        format!("; did you mean `{near}`?")
                    }
                    None => format!(" (the fields here are {})", list_and(&names)),
                };
                let message = format!("unknown field `{name}`{}{hint}", place.within());
                self.report(key.at, place.say(message));
            }
        }
        let required = schema.get("required").and_then(Json::as_array);
        for name in required.into_iter().flatten().filter_map(Json::as_str) {
            if !seen.contains_key(name) && !suggested.contains(&name) {
                let message = format!("missing field `{name}`{}", place.within());
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
                let message = none_given(&exclusive) + &place.within();
                self.report(node.at, place.say(message));
            }
            [_, second, ..] => {
                let message = both_given(&exclusive) + &place.within();
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
        // "an item", "a question": how the schema's description starts.
        let what = schema
            .get("description")
            .and_then(Json::as_str)
            .and_then(|d| d.split(':').next())
            .unwrap_or("a map");
        let entries: &[(Node, Node)] = match &node.value {
            NodeValue::Map(entries) => entries,
            NodeValue::Scalar(s) if s.plain && s.text.is_empty() => &[],
            _ => {
                let message = format!(
                    "`{}` must be {what}, a map starting with `kind`, not {}",
                    place.path,
                    found(node)
                );
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
            _ if what.ends_with("question") => "question",
            Some(k) if kinds.contains(&k) => k,
            _ => what.rsplit(' ').next().unwrap_or("item"),
        };
        let owner = match id {
            Some(id) => format!("{noun} `{id}`"),
            None if place.path.is_empty() => place.owner.clone(),
            None => {
                let at = place.say(String::new());
                format!("{at}{}", place.path)
            }
        };
        let inner = Place {
            owner,
            path: String::new(),
            field: None,
        };
        let Some(kind) = kind else {
            let message = format!("{what} needs a `kind` ({})", list(kinds));
            return self.report(node.at, inner.say(message));
        };
        if let Some((first, _)) = entries.first()
            && !matches!(&first.value, NodeValue::Scalar(s) if s.text == "kind")
        {
            let key = match &first.value {
                NodeValue::Scalar(s) => s.text.as_str(),
                _ => "?",
            };
            let message =
                format!("`kind` must be the first key of {what}, but its first key is `{key}`");
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
                _ if kind == "group" && what == "a question" => super::de::NESTED_GROUP.to_string(),
                Some(near) => format!("unknown kind `{kind}` for {what}; did you mean `{near}`?"),
                None => format!("unknown kind `{kind}` for {what}: expected {}", list(kinds)),
            };
            return self.report(at, inner.say(message));
        };
        self.check_map(node, entries, alternative, &inner, depth + 1);
    }

    fn wrong_type(&mut self, node: &Node, schema: &Json, place: &Place) {
        let expected = self.expected(schema, place.field.as_deref());
        let subject = if place.path.is_empty() {
            "the file".to_owned()
        } else {
            format!("`{}`", place.path)
        };
        let message = format!("{subject} must be {expected}, not {}", found(node));
        self.report(node.at, place.say(message));
    }

    /// What `schema` accepts, in words, for the field `field`.
    fn expected(&self, schema: &Json, field: Option<&str>) -> String {
        let schema = self.resolve(schema);
        if let Some(values) = schema.get("enum").and_then(Json::as_array) {
            let names: Vec<&str> = values.iter().filter_map(Json::as_str).collect();
            return format!("one of {}", list(&names));
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
        let words: Vec<String> = types(schema)
            .into_iter()
            .filter(|t| *t != "null")
            .map(|t| match (t, field) {
                ("number", Some("weight")) => {
                    "a number of points, 0 or more (such as 1, 2.5, or 0 for practice)".into()
                }
                ("integer", Some("answer" | "answers")) => {
                    "a choice number (1 for the first choice)".into()
                }
                ("integer", Some("pass_mark")) => "a whole percentage from 0 to 100".into(),
                ("integer", _) if schema.get("minimum").is_some() => {
                    "a whole number (0 or more)".into()
                }
                ("integer", _) => "a whole number".into(),
                ("number", _) => "a number".into(),
                ("boolean", _) => "`true` or `false`".into(),
                ("array", _) => "a list".into(),
                ("object", _) if !required.is_empty() => {
                    let exclusive = exclusive_fields(schema);
                    if exclusive.is_empty() {
                        format!("a map with {}", list_and(&required))
                    } else {
                        // `id`, `title` and `items` or `sections`.
                        let mut all: Vec<String> =
                            required.iter().map(|n| format!("`{n}`")).collect();
                        all.push(list(&exclusive));
                        let last = all.pop().unwrap_or_default();
                        format!("a map with {} and {last}", all.join(", "))
                    }
                }
                ("object", _) => "a map".into(),
                _ => "text".into(),
            })
            .collect();
        if words.is_empty() {
            "something else".into()
        } else {
            words.join(" or ")
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

/// What a map that gives more than one of the fields `names` (of which it
/// must give exactly one) is told.
pub(super) fn both_given(names: &[&str]) -> String {
    format!("{} are both given: give one, not both", list_and(names))
}

/// What a map that gives none of the fields `names` (of which it must give
/// exactly one) is told.
pub(super) fn none_given(names: &[&str]) -> String {
    format!("missing field: give {}", list(names))
}

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

/// What a node is, in words: `the text `deux``, `the number 2.5`, `a list`.
fn found(node: &Node) -> String {
    match &node.value {
        NodeValue::Scalar(s) => match s.resolved {
            Resolved::Null if s.text.is_empty() => "nothing".into(),
            Resolved::Null => format!("`{}` (null)", s.text),
            Resolved::Bool(_) => format!("`{}`", s.text),
            Resolved::Int(_) | Resolved::Float(_) => format!("the number {}", s.text),
            Resolved::Text => {
                let mut shown: String = s.text.chars().take(40).collect();
                if shown.len() < s.text.len() {
                    shown.push('…');
                }
                format!("the text `{shown}`")
            }
        },
        NodeValue::List(_) => "a list".into(),
        NodeValue::Map(_) => "a map".into(),
        NodeValue::Alias => "an alias".into(),
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

/// `` `a`, `b` or `c` ``.
fn list(names: &[&str]) -> String {
    joined(names, "or")
}

/// `` `a`, `b` and `c` ``.
fn list_and(names: &[&str]) -> String {
    joined(names, "and")
}

fn joined(names: &[&str], last_word: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {last_word} {last}", rest.join(", "))
        }
        _ => quoted.concat(),
    }
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
