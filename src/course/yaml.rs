//! The one place that calls the YAML parser (serde_yaml, which is unmaintained: to
//! swap it, change this file only).
//!
//! Also holds [`Locator`], which finds where a key and value were written, so that
//! semantic problems found after parsing can still name a line and column.

use std::cell::{Cell, RefCell};

use serde::de::DeserializeOwned;

use super::problem::Problem;
use crate::i18n::{Message, Value};

/// Largest file the loader reads, in bytes (4 MiB). Larger files are refused
/// before parsing (and read no further than one byte past the limit: see
/// [`super::CourseFiles::read`]).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Most values (scalars, lists and maps, each alias `*name` counting as a copy of
/// what it names) one file may hold. Stops alias expansion bombs ("billion laughs"):
/// see [`budget`].
pub const MAX_VALUES: usize = 1_000_000;

/// How many times its own size the text of one file may expand to: the bytes of
/// all its scalars (keys and values), each alias `*name` counting as a copy of the
/// text its anchor names, may be at most this many times the file's size (or
/// [`MIN_TEXT_BYTES`] for a smaller file). Without aliases a file's text is at
/// most about 1.5 times its size (escapes such as `\L` grow); this stops a large
/// string named by thousands of aliases. See [`text_budget`].
pub const MAX_TEXT_EXPANSION: usize = 4;

/// The text budget of a small file, in bytes (64 KiB): see [`MAX_TEXT_EXPANSION`].
pub const MIN_TEXT_BYTES: usize = 64 * 1024;

/// The most bytes of scalar text a file of `file_bytes` bytes may yield, aliases
/// expanded: [`MAX_TEXT_EXPANSION`] times its size, and at least
/// [`MIN_TEXT_BYTES`].
pub fn text_budget(file_bytes: usize) -> usize {
    file_bytes
        .saturating_mul(MAX_TEXT_EXPANSION)
        .max(MIN_TEXT_BYTES)
}

/// Deepest nesting of `[` and `{` a file may have. libyaml looks at every open
/// flow collection for each token it reads, so its time grows with the square of
/// the depth: 100,000 `[` took half a minute in a debug build. The check counts
/// every bracket, even in text and comments (brackets closed again do not add up),
/// so it errs towards refusing; a course never comes near.
pub const MAX_NESTING: usize = 1000;

/// Where the `[` or `{` that opens more than [`MAX_NESTING`] unclosed ones is, as
/// (line, column) from 1.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let (mut line, mut column) = (1, 0);
    for &b in text.as_bytes() {
        // Columns count characters: skip UTF-8 continuation bytes.
        if b & 0xC0 != 0x80 {
            column += 1;
        }
        match b {
            b'\n' => (line, column) = (line + 1, 0),
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((line, column));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Decodes `bytes` as UTF-8 text, dropping a leading byte order mark.
///
/// # Errors
/// A [`Problem`] naming `file` and the byte offset of the first invalid sequence,
/// or the size limit when the file exceeds [`MAX_FILE_BYTES`].
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::new(
            file,
            Message::new(FILE_TOO_LARGE)
                .arg("mib", MAX_FILE_BYTES >> 20)
                .arg("bytes", MAX_FILE_BYTES),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Problem::new(
            file,
            Message::new("load-not-utf8").arg("offset", e.valid_up_to()),
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Writes `value` as one YAML document (for the importers, which build course
/// files as typed values: text is always quoted or escaped by the serialiser,
/// never pasted into YAML).
///
/// # Errors
/// The serialiser's message (a map key that is not a scalar, a value that
/// fails to serialise).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// Parses one YAML document of `text` (from `file`) into `T`.
///
/// # Errors
/// A [`Problem`] with the line and column the parser stopped at and its message,
/// such as `items[2].turns[0]: missing field `speaker``, with a hint for the
/// syntax errors authors make most.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    if let Some(at) = too_deep(text) {
        return Err(
            Problem::new(file, Message::new(NESTED_DEEP).arg("limit", MAX_NESTING)).at(Some(at)),
        );
    }
    SAID.with(|said| said.borrow_mut().clear());
    let text_limit = text_budget(text.len());
    let budget = budget::Budget::new(MAX_VALUES, text_limit);
    let counted = budget::Counted {
        inner: serde_yaml::Deserializer::from_str(text),
        budget: &budget,
    };
    let result = T::deserialize(counted);
    let said = SAID.with(|said| std::mem::take(&mut *said.borrow_mut()));
    result.map_err(|e| {
        if is_empty(text) {
            return Problem::new(file, Message::new("load-file-empty"));
        }
        let mut location = e.location().map(|l| (l.line(), l.column()));
        let mut raw = e.to_string();
        // The scanner reports a raw control character at 1:1 with a character
        // position in the message: turn that position into a line and column.
        if let Some((before, pos)) = raw.split_once(" at position ")
            && let Ok(index) = pos.trim().parse::<usize>()
        {
            location = Some(line_column(text, index));
            raw = before.to_string();
        }
        // serde_yaml says where no second document starts: find its `---`.
        if raw.starts_with(MORE_THAN_ONE_DOCUMENT) {
            location = second_document(text).or(location);
        }
        // serde_yaml places the error at the anchor the alias jumped to: find the
        // alias that went over instead.
        if raw.contains(budget::TOO_MUCH_TEXT) {
            location = text_over(text, text_limit).or(location);
        }
        let message = describe(&raw, location, text, &said);
        // serde reports a duplicate key at the start of its map: point at the second
        // occurrence instead.
        if let (Some(key), Some((line, column))) = (duplicate_key(&raw), location) {
            let locator = Locator::new(text);
            location = locator
                .key_nth(locator.map_at(line, column), key, 1)
                .or(location);
        }
        Problem::new(file, message).at(location)
    })
}

/// How serde_yaml starts its message for a file of several documents.
const MORE_THAN_ONE_DOCUMENT: &str = "deserializing from YAML containing more than one document";

/// The line and column (both from 1) of the `index`th character of `text`.
fn line_column(text: &str, index: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for c in text.chars().take(index) {
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// Whether `text` holds no YAML content: only blank lines, comments and document
/// markers.
fn is_empty(text: &str) -> bool {
    text.lines().all(|line| {
        let t = line.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// The key named by a "duplicate field `key`" message.
fn duplicate_key(message: &str) -> Option<&str> {
    let rest = &message[message.find("duplicate field `")? + "duplicate field `".len()..];
    Some(&rest[..rest.find('`')?])
}

/// The catalogue ids of the size and shape limits of this module.
const FILE_TOO_LARGE: &str = "load-file-too-large";
const NESTED_DEEP: &str = "load-nested-deep";
const TOO_MANY_VALUES: &str = "load-too-many-values";
const ALIAS_BOMB: &str = "load-alias-bomb";
const ALIAS_TEXT: &str = "load-alias-text";

/// Whether `problem` is one of the size and shape limits of this module (too
/// many values, alias bombs, nesting, file size): a file refused for its size is
/// not read again to find more problems, which would cost what the limit saves.
/// Told by the message's id, whatever the language.
pub fn over_limits(problem: &Problem) -> bool {
    problem.message.id().is_some_and(|id| {
        [
            FILE_TOO_LARGE,
            NESTED_DEEP,
            TOO_MANY_VALUES,
            ALIAS_BOMB,
            ALIAS_TEXT,
        ]
        .contains(&id)
    })
}

/// What an alias expansion bomb is told, whichever limit stopped it: the budget
/// of [`MAX_VALUES`], or serde_yaml's own limit of 100 alias uses per event.
fn alias_bomb() -> Message {
    Message::new(ALIAS_BOMB).arg("limit", MAX_VALUES)
}

/// What a file whose aliases bring in more than `limit` bytes of text is told.
fn too_much_text(limit: usize) -> Message {
    Message::new(ALIAS_TEXT)
        .arg("limit", limit)
        .arg("times", MAX_TEXT_EXPANSION)
        .arg("min", MIN_TEXT_BYTES)
}

std::thread_local! {
    /// The messages of ours said through serde during the [`parse`] running on
    /// this thread, with their English text: see [`said`].
    static SAID: RefCell<Vec<(String, Message)>> = const { RefCell::new(Vec::new()) };
}

/// Most messages [`said`] keeps for one [`parse`] (a reading stops at its first
/// error, but untagged values may try several).
const MAX_SAID: usize = 64;

/// A serde error that says `message`, for the readers of the course's own types
/// ([`super::de`]): serde carries only text, so the error holds the English
/// text and [`parse`] finds the message again by it (after serde_yaml's path),
/// to be shown in the reader's language.
pub(crate) fn said<E: serde::de::Error>(message: Message) -> E {
    let text = message.to_string();
    SAID.with(|said| {
        let mut said = said.borrow_mut();
        if said.len() < MAX_SAID {
            said.push((text.clone(), message));
        }
    });
    E::custom(text)
}

/// Where (line, column from 1) the alias is whose copy takes the scalar text of
/// `text`, aliases expanded, over `limit` bytes: the same count as the budget
/// of [`parse`], made by a separate pass that knows where each alias is. `None`
/// when the YAML does not parse this far or the text stays within `limit`.
///
/// Linear in the size of `text`: the size of what each anchor names is added up
/// once, when its value ends.
fn text_over(text: &str, limit: usize) -> Option<(usize, usize)> {
    use saphyr_parser::{Event, Parser};
    use std::collections::HashMap;
    // The text of each open list or map so far, with its anchor (0 for none).
    let mut open: Vec<(usize, u64)> = Vec::new();
    let mut named: HashMap<usize, u64> = HashMap::new();
    let mut total = 0u64;
    let limit = limit as u64;
    let mut parser = Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        let (event, span) = event.ok()?;
        let (anchor, bytes) = match event {
            Event::Scalar(value, _, anchor, _) => (anchor, value.len() as u64),
            Event::Alias(id) => (0, named.get(&id).copied().unwrap_or(0)),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((anchor, 0));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (anchor, bytes) = open.pop()?;
                if anchor != 0 {
                    named.insert(anchor, bytes);
                }
                if let Some(parent) = open.last_mut() {
                    parent.1 = parent.1.saturating_add(bytes);
                }
                continue;
            }
            Event::StreamEnd => return None,
            _ => continue,
        };
        if anchor != 0 {
            named.insert(anchor, bytes);
        }
        if let Some(parent) = open.last_mut() {
            parent.1 = parent.1.saturating_add(bytes);
        }
        total = total.saturating_add(bytes);
        if total > limit {
            return Some((span.start.line(), span.start.col() + 1));
        }
    }
    None
}

/// Rewrites a serde_yaml message for an author: the location of the error is
/// shown apart, so it is removed; a parser's "context" location is spelled out;
/// common syntax errors get a hint; messages of ours said through serde
/// (`said`, the messages of this parse) are found again, and serde's own
/// shapes (a missing or unknown field, a value of the wrong type) said in
/// amphi's words. The parser's own words are kept as they are.
fn describe(
    raw: &str,
    location: Option<(usize, usize)>,
    text: &str,
    said: &[(String, Message)],
) -> Message {
    let mut message = raw.to_owned();
    if let Some((line, column)) = location {
        let at = format!(" at line {line} column {column}");
        if let Some(i) = message.rfind(&at).filter(|i| i + at.len() == message.len()) {
            message.truncate(i);
        } else if let Some(i) = message.find(&at) {
            message.replace_range(i..i + at.len(), "");
        }
    }
    // What is left is a parser's context, such as ", while parsing a block mapping
    // at line 4 column 5".
    let mut context = None;
    if let Some(i) = message.find(", while ")
        && let Some(j) = message[i..].find(" at line ").map(|j| i + j)
    {
        let tail = &message[j + " at line ".len()..];
        context = tail
            .split_once(" column ")
            .and_then(|(l, c)| Some((l.parse::<usize>().ok()?, c.parse::<usize>().ok()?)));
        message.truncate(j);
        if context.is_none() {
            message = raw.to_owned();
        }
    }
    match raw {
        r if r.starts_with(MORE_THAN_ONE_DOCUMENT) => {
            return Message::new("load-second-document");
        }
        r if r.starts_with("recursion limit exceeded") => {
            return Message::new("load-yaml-recursion").arg("limit", 128);
        }
        r if r.starts_with("repetition limit exceeded") => {
            return alias_bomb();
        }
        _ => {}
    }
    // The budgets' messages, after the path serde_yaml puts first (`items[3]: `).
    if let Some((path, _)) = raw.split_once(budget::TOO_MUCH_TEXT)
        && (path.is_empty() || path.ends_with(": "))
    {
        return too_much_text(text_budget(text.len()));
    }
    if let Some((path, _)) = raw.split_once(budget::TOO_MANY_VALUES)
        && (path.is_empty() || path.ends_with(": "))
    {
        return if text.contains('*') {
            alias_bomb()
        } else {
            Message::new(TOO_MANY_VALUES).arg("limit", MAX_VALUES)
        };
    }
    if let Some(ours) = said_again(&message, said).or_else(|| serde_shape(&message)) {
        return ours;
    }
    let found = location.and_then(|(line, column)| {
        text.lines()
            .nth(line.checked_sub(1)?)?
            .chars()
            .nth(column.checked_sub(1)?)
    });
    let hint = hint(&message, found);
    let mut said = parser_words(&message);
    if let Some((line, column)) = context {
        said = Message::new("load-yaml-context")
            .arg("error", said)
            .arg("line", line)
            .arg("column", column);
    }
    match hint {
        Some(hint) => Message::new("load-yaml-hint")
            .arg("error", said)
            .arg("hint", Message::new(hint)),
        None => said,
    }
}

/// `message` with serde_yaml's path split off: (`items[2].turns[0]`, the rest),
/// or an empty path. A path has no spaces.
fn split_path(message: &str) -> (&str, &str) {
    match message.split_once(": ") {
        Some((path, rest)) if !path.is_empty() && !path.contains(char::is_whitespace) => {
            (path, rest)
        }
        _ => ("", message),
    }
}

/// `message` after serde_yaml's path (`items[2]: `) when `path` is not empty:
/// as its `$owner` when it has one (see [`super::shape::placed`]).
fn at_path(path: &str, message: Message) -> Message {
    if path.is_empty() {
        message
    } else if message.get("owner").is_some() {
        message.arg("owner", super::shape::path_label(path))
    } else {
        Message::new("load-at-path")
            .arg("path", path)
            .arg("message", message)
    }
}

/// A message of ours said through serde ([`said`]) found again by its English
/// text, after serde_yaml's path.
fn said_again(message: &str, said: &[(String, Message)]) -> Option<Message> {
    said.iter().find_map(|(text, m)| {
        if message == text {
            return Some(m.clone());
        }
        let path = message.strip_suffix(text.as_str())?.strip_suffix(": ")?;
        (!path.contains(char::is_whitespace)).then(|| at_path(path, m.clone()))
    })
}

/// serde's own messages of known shape in amphi's words: a missing, repeated
/// or unknown field, an unknown value, a value of the wrong type (when both
/// what was found and what was expected are known).
fn serde_shape(message: &str) -> Option<Message> {
    let (path, rest) = split_path(message);
    let name = |prefix: &str| -> Option<String> {
        let inner = rest.strip_prefix(prefix)?.strip_prefix('`')?;
        let (name, tail) = inner.split_once('`')?;
        Some(name.to_owned()).filter(|_| tail.is_empty() || tail.starts_with(", expected "))
    };
    let placed = super::shape::placed;
    let said = if let Some(field) = name("missing field ").filter(|_| rest.ends_with('`')) {
        placed("load-missing-field").arg("name", field)
    } else if let Some(field) = name("duplicate field ").filter(|_| rest.ends_with('`')) {
        placed("load-duplicate-field").arg("name", field)
    } else if let Some(field) = name("unknown field ") {
        let names = serde_names(rest.split_once(", expected ")?.1)?;
        placed("load-unknown-field")
            .arg("name", field)
            .arg("fields", Value::and(names))
    } else if let Some(value) = name("unknown variant ") {
        let names = serde_names(rest.split_once(", expected ")?.1)?;
        placed("load-unknown-value")
            .arg("value", value)
            .arg("values", Value::or(names))
    } else {
        let body = rest
            .strip_prefix("invalid type: ")
            .or_else(|| rest.strip_prefix("invalid value: "))?;
        let (found, expected) = body.split_once(", expected ")?;
        placed("load-expected-not")
            .arg("expected", super::de::expectation(expected)?)
            .arg("found", serde_found(found)?)
    };
    Some(at_path(path, said))
}

/// The names of serde's "expected one of `a`, `b`", "`a` or `b`" or "`a`",
/// each in backquotes.
fn serde_names(expected: &str) -> Option<Vec<String>> {
    let list = expected.strip_prefix("one of ").unwrap_or(expected);
    let names: Vec<String> = list
        .split(", ")
        .flat_map(|n| n.split(" or "))
        .map(str::to_owned)
        .collect();
    names
        .iter()
        .all(|n| n.len() >= 2 && n.starts_with('`') && n.ends_with('`'))
        .then_some(names)
}

/// What serde found (its `Unexpected`: "string \"x\"", "integer `2`",
/// "sequence"), as [`super::shape::found`] says it.
fn serde_found(found: &str) -> Option<Message> {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)?
            .strip_prefix('`')?
            .strip_suffix('`')
            .map(str::to_owned)
    };
    Some(
        if let Some(n) = quoted("integer ").or_else(|| quoted("floating point ")) {
            Message::new("load-found-number").arg("text", n)
        } else if let Some(b) = quoted("boolean ") {
            Message::new("load-found-literal").arg("text", b)
        } else if let Some(s) = found
            .strip_prefix("string \"")
            .and_then(|s| s.strip_suffix('"'))
        {
            Message::new("load-found-text").arg("text", s)
        } else {
            Message::new(match found {
                "sequence" => "load-found-list",
                "map" => "load-found-map",
                "unit value" => "load-found-nothing",
                _ => return None,
            })
        },
    )
}

/// The YAML parser's (libyaml's) problems and contexts amphi says in the
/// reader's language: (its English words, the catalogue id saying them).
const PARSER_WORDS: &[(&str, &str)] = &[
    ("did not find expected key", "load-yaml-p-key"),
    (
        "mapping values are not allowed in this context",
        "load-yaml-p-mapping-values",
    ),
    ("did not find expected '-' indicator", "load-yaml-p-dash"),
    (
        "found character that cannot start any token",
        "load-yaml-p-bad-start",
    ),
    ("could not find expected ':'", "load-yaml-p-colon"),
    (
        "did not find expected ',' or ']'",
        "load-yaml-p-flow-seq-end",
    ),
    (
        "did not find expected ',' or '}'",
        "load-yaml-p-flow-map-end",
    ),
    ("found unexpected end of stream", "load-yaml-p-end"),
    ("found unknown escape character", "load-yaml-p-escape"),
    (
        "found a tab character that violates indentation",
        "load-yaml-p-tab",
    ),
    (
        "found a tab character where an indentation space is expected",
        "load-yaml-p-tab-space",
    ),
    ("did not find expected node content", "load-yaml-p-node"),
    (
        "block sequence entries are not allowed in this context",
        "load-yaml-p-block-seq",
    ),
    (
        "did not find expected <document start>",
        "load-yaml-p-document-start",
    ),
    (
        "found unexpected document indicator",
        "load-yaml-p-document-indicator",
    ),
    ("while parsing a block mapping", "load-yaml-c-block-mapping"),
    (
        "while parsing a block collection",
        "load-yaml-c-block-collection",
    ),
    ("while parsing a flow sequence", "load-yaml-c-flow-sequence"),
    ("while parsing a flow mapping", "load-yaml-c-flow-mapping"),
    ("while scanning a simple key", "load-yaml-c-simple-key"),
    ("while scanning a quoted scalar", "load-yaml-c-quoted"),
    ("while scanning a plain scalar", "load-yaml-c-plain"),
    ("while scanning a block scalar", "load-yaml-c-block-scalar"),
    ("while parsing a block node", "load-yaml-c-block-node"),
    ("while parsing a flow node", "load-yaml-c-flow-node"),
    ("while parsing a node", "load-yaml-c-node"),
    ("while scanning an anchor", "load-yaml-c-anchor"),
    ("while scanning an alias", "load-yaml-c-alias"),
];

/// The parser's `message` (`problem, while context`, its location already
/// taken out) in catalogue words when amphi knows both parts
/// ([`PARSER_WORDS`]); as the parser wrote it otherwise.
fn parser_words(message: &str) -> Message {
    let known = |words: &str| {
        PARSER_WORDS
            .iter()
            .find(|(english, _)| *english == words)
            .map(|(_, id)| Message::new(id))
    };
    let said = match message.split_once(", ") {
        Some((problem, context)) => known(problem).zip(known(context)).map(|(p, c)| {
            Message::new("load-yaml-parser")
                .arg("problem", p)
                .arg("context", c)
        }),
        None => known(message),
    };
    said.unwrap_or_else(|| Message::verbatim(message))
}

/// Advice for the syntax errors authors make most, given the parser's message and
/// the character it stopped at: the catalogue id of the advice.
fn hint(message: &str, found: Option<char>) -> Option<&'static str> {
    if found == Some('\t') {
        return Some("load-hint-tabs");
    }
    let starts = |p: &str| message.starts_with(p);
    Some(if starts("mapping values are not allowed") {
        "load-hint-colon-in-value"
    } else if starts("did not find expected key") {
        "load-hint-key-indent"
    } else if starts("did not find expected '-' indicator") {
        "load-hint-list-indent"
    } else if starts("found character that cannot start any") {
        "load-hint-quote-start"
    } else if starts("could not find expected ':'") {
        "load-hint-missing-colon"
    } else if starts("did not find expected ',' or") {
        "load-hint-flow-not-closed"
    } else if starts("found unexpected end of stream") {
        "load-hint-end-of-file"
    } else if starts("found unknown escape character") {
        "load-hint-escape"
    } else {
        return None;
    })
}

/// A value of a YAML file with the place it starts: what
/// [`super::shape`] walks to find every structural problem of a file that does
/// not fit the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Line and column (both from 1, the column in characters) where the value
    /// starts: for a map in block style, its first key.
    pub at: (usize, usize),
    /// The value.
    pub value: NodeValue,
}

/// What a [`Node`] holds.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    /// A scalar, with its meaning as serde_yaml reads it when the type asked for
    /// is not text (see [`Scalar`]).
    Scalar(Scalar),
    /// A list.
    List(Vec<Node>),
    /// A map, as (key, value) in the order written, duplicates kept.
    Map(Vec<(Node, Node)>),
    /// An alias, `*name`: not followed (its target was checked where written).
    Alias,
}

/// A scalar as written and as resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// The text, after unquoting and folding.
    pub text: String,
    /// Whether it was written without quotes (`|` and `>` blocks count as quoted):
    /// only plain scalars can be numbers, `true`, `false` or null.
    pub plain: bool,
    /// What the scalar is as a value.
    pub resolved: Resolved,
}

/// The value of a scalar, resolved as serde_yaml does (YAML 1.2 core schema).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resolved {
    /// `~`, `null`, or nothing at all.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i128),
    /// A number with a fraction or an exponent (or `.inf`, `.nan`).
    Float(f64),
    /// Anything else, and every quoted scalar.
    Text,
}

impl Scalar {
    fn new(text: String, plain: bool) -> Self {
        let resolved = if !plain {
            Resolved::Text
        } else if text.is_empty() {
            Resolved::Null
        } else if !text.starts_with(|c: char| c.is_ascii_digit() || "+-.~nNtTfF".contains(c)) {
            // Cannot be a number, a boolean or null: no need to ask the parser.
            Resolved::Text
        } else {
            // serde_yaml's own resolution, so that the walk and the typed reading
            // agree on what a scalar is.
            match serde_yaml::from_str::<serde_yaml::Value>(&text) {
                Ok(serde_yaml::Value::Null) => Resolved::Null,
                Ok(serde_yaml::Value::Bool(b)) => Resolved::Bool(b),
                Ok(serde_yaml::Value::Number(n)) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                    (Some(u), _, _) => Resolved::Int(i128::from(u)),
                    (_, Some(i), _) => Resolved::Int(i128::from(i)),
                    (_, _, Some(f)) if n.is_f64() => Resolved::Float(f),
                    _ => Resolved::Text,
                },
                _ => Resolved::Text,
            }
        };
        Scalar {
            text,
            plain,
            resolved,
        }
    }
}

/// Most nodes [`tree`] builds (200,000): a larger file is not walked for more
/// problems after the first, so that a huge file that fails costs no more to
/// refuse than to read. Course files are far smaller (a module of the 9 MB
/// benchmark course holds about 20,000 values).
const MAX_NODES: usize = 200_000;

/// The first document of `text` as a tree of [`Node`]s, or `None` when the YAML
/// does not parse (the typed reading then reports the syntax error), has no
/// document, holds more than [`MAX_NODES`] values or nests lists and maps more
/// than [`MAX_NESTING`] deep.
pub fn tree(text: &str) -> Option<Node> {
    use saphyr_parser::{Event, Parser, ScalarStyle};
    if too_deep(text).is_some() {
        return None;
    }
    enum Open {
        List(Node),
        Map(Node, Option<Node>),
    }
    /// Adds `node` to the innermost open collection; the root when none is open.
    fn add(stack: &mut [Open], node: Node) -> Option<Node> {
        match stack.last_mut() {
            None => Some(node),
            Some(Open::List(Node {
                value: NodeValue::List(items),
                ..
            })) => {
                items.push(node);
                None
            }
            Some(Open::Map(map, key)) => {
                match key.take() {
                    None => *key = Some(node),
                    Some(k) => {
                        if let NodeValue::Map(entries) = &mut map.value {
                            entries.push((k, node));
                        }
                    }
                }
                None
            }
            Some(Open::List(_)) => None,
        }
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut nodes = 0usize;
    let mut parser = Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        let (event, span) = event.ok()?;
        let at = (span.start.line(), span.start.col() + 1);
        let done = match event {
            Event::Scalar(value, style, _, _) => {
                let plain = style == ScalarStyle::Plain;
                let node = Node {
                    at,
                    value: NodeValue::Scalar(Scalar::new(value.into_owned(), plain)),
                };
                add(&mut stack, node)
            }
            Event::Alias(_) => add(
                &mut stack,
                Node {
                    at,
                    value: NodeValue::Alias,
                },
            ),
            Event::SequenceStart(..) => {
                let node = Node {
                    at,
                    value: NodeValue::List(Vec::new()),
                };
                stack.push(Open::List(node));
                None
            }
            Event::MappingStart(..) => {
                let node = Node {
                    at,
                    value: NodeValue::Map(Vec::new()),
                };
                stack.push(Open::Map(node, None));
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop()? {
                Open::List(node) | Open::Map(node, _) => add(&mut stack, node),
            },
            Event::StreamEnd => return None,
            _ => None,
        };
        nodes += 1;
        // Block style nests without brackets (`- - - … x`): a deeper tree would
        // overflow the stack when walked or dropped.
        if nodes > MAX_NODES || stack.len() > MAX_NESTING {
            return None;
        }
        if done.is_some() {
            return done;
        }
    }
    None
}

/// Where a second YAML document starts in `text` (its `---`, or its first
/// value), as (line, column) from 1: `None` when there is only one, or when the
/// YAML does not parse before the second document.
pub fn second_document(text: &str) -> Option<(usize, usize)> {
    let mut parser = saphyr_parser::Parser::new_from_str(text);
    let mut documents = 0;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.ok()?;
        if let saphyr_parser::Event::DocumentStart(_) = event {
            documents += 1;
            if documents == 2 {
                return Some((span.start.line(), span.start.col() + 1));
            }
        }
    }
    None
}

/// Part of a YAML source that holds one map, as found by [`Locator`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// First line, from 1.
    pub start: usize,
    /// The line after the last one, from 1.
    pub end: usize,
    /// Byte offset in a line at which the map's own keys start, for a map written
    /// in block style; `None` when unknown (flow style), in which case a key is
    /// searched anywhere on the block's lines.
    pub indent: Option<usize>,
}

/// Finds where keys and values were written in a YAML source, by line scanning.
///
/// Only for locating problems found after a successful parse. It follows the block
/// style (`key: value`, `- key: value`) by indentation, so a key is found in the
/// map it belongs to and not in a nested one, and falls back to a plain search for
/// flow maps (`{key: value}`). Lines and columns count from 1.
///
/// A search for a key may read the rest of the file (for the entries of a list in
/// flow style, which cannot be told apart by line), so thousands of problems in a
/// large file could take minutes to locate. The searches of one locator therefore
/// share a budget of bytes to read, [`LOCATOR_BUDGET_PER_BYTE`] times the size of
/// the source plus 4 MiB: far more than locating problems in any real course needs.
/// Once it is spent, keys are no longer found, and problems are reported without a
/// line.
pub struct Locator<'a> {
    lines: Vec<&'a str>,
    /// Bytes the searches may still read.
    budget: Cell<usize>,
}

/// See [`Locator`].
const LOCATOR_BUDGET_PER_BYTE: usize = 16;

impl<'a> Locator<'a> {
    /// A locator over `source`.
    pub fn new(source: &'a str) -> Self {
        Locator {
            lines: source.lines().collect(),
            budget: Cell::new(
                source
                    .len()
                    .saturating_mul(LOCATOR_BUDGET_PER_BYTE)
                    .saturating_add(4 << 20),
            ),
        }
    }

    /// Spends `n` bytes of the search budget; false when too few are left.
    fn spend(&self, n: usize) -> bool {
        match self.budget.get().checked_sub(n) {
            Some(left) => {
                self.budget.set(left);
                true
            }
            None => {
                self.budget.set(0);
                false
            }
        }
    }

    /// The whole document, as its top-level map.
    pub fn root(&self) -> Block {
        let end = self.lines.len() + 1;
        let indent = (1..end)
            .filter(|&n| self.is_content(n) && !self.line(n).starts_with("---"))
            .map(|n| indentation(self.line(n)))
            .next();
        Block {
            start: 1,
            end,
            indent,
        }
    }

    /// The map whose first key is at `line` and `column`, where a parser says the
    /// map starts.
    pub fn map_at(&self, line: usize, column: usize) -> Block {
        let indent = column.saturating_sub(1);
        let end = (line + 1..=self.lines.len())
            .find(|&n| self.is_content(n) && indentation(self.line(n)) < indent)
            .unwrap_or(self.lines.len() + 1);
        Block {
            start: line,
            end,
            indent: Some(indent),
        }
    }

    /// Where `key` is written as a key of the map `block`, as (line, column).
    pub fn key(&self, block: Block, key: &str) -> Option<(usize, usize)> {
        self.key_nth(block, key, 0)
    }

    /// Where `key` is written with the scalar `value` (plain, single- or
    /// double-quoted) as a key of the map `block`.
    pub fn key_value(&self, block: Block, key: &str, value: &str) -> Option<(usize, usize)> {
        self.keys(block, key)
            .find(|(_, _, v)| unquote(v) == value)
            .map(|(l, c, _)| (l, c))
    }

    /// The `n`th place (from 0) where `key` is written as a key of `block`.
    pub fn key_nth(&self, block: Block, key: &str, n: usize) -> Option<(usize, usize)> {
        self.keys(block, key).nth(n).map(|(l, c, _)| (l, c))
    }

    /// The maps of the block-style list that is the value of `key` in `block`, one
    /// per entry, in order. Empty when the list is written in flow style
    /// (`[...]`) or `key` is not found.
    pub fn entries(&self, block: Block, key: &str) -> Vec<Block> {
        let Some(indent) = block.indent else {
            return Vec::new();
        };
        let Some((key_line, _, value)) = self.keys(block, key).next() else {
            return Vec::new();
        };
        if !value.is_empty() {
            return Vec::new();
        }
        let mut starts = Vec::new();
        let mut dash_at = None;
        let mut end = block.end;
        for n in key_line + 1..block.end {
            if !self.is_content(n) {
                continue;
            }
            let line = self.line(n);
            let ind = indentation(line);
            let dash = is_dash(&line[ind..]);
            match dash_at {
                None if dash && ind >= indent => dash_at = Some(ind),
                None => {
                    end = n;
                    break;
                }
                Some(d) if ind < d || (ind == d && !dash) => {
                    end = n;
                    break;
                }
                Some(_) => {}
            }
            if dash && Some(ind) == dash_at {
                starts.push(n);
            }
        }
        let mut out = Vec::with_capacity(starts.len());
        for (i, &start) in starts.iter().enumerate() {
            let entry_end = starts.get(i + 1).copied().unwrap_or(end);
            let positions = key_positions(self.line(start));
            let last = positions.last().copied().unwrap_or(0);
            let indent = if last >= self.line(start).trim_end().len() {
                // A lone `-`: the map starts on the next line.
                (start + 1..entry_end)
                    .find(|&n| self.is_content(n))
                    .map(|n| indentation(self.line(n)))
            } else if self.line(start)[last..].starts_with('{') {
                // A flow map, `- {key: value}`: searched without indentation.
                None
            } else {
                Some(last)
            };
            out.push(Block {
                start,
                end: entry_end,
                indent,
            });
        }
        out
    }

    /// Exactly `n` blocks for the `n` entries of the list under `key` in `block`:
    /// [`Locator::entries`] when the list is in block style and has `n` entries;
    /// otherwise, for each entry, the rest of `block` from `key`, searched without
    /// regard to indentation (so the places found are approximate).
    pub fn entries_or_rest(&self, block: Block, key: &str, n: usize) -> Vec<Block> {
        let entries = self.entries(block, key);
        if entries.len() == n {
            return entries;
        }
        let start = self.key(block, key).map_or(block.start, |(l, _)| l);
        let rest = Block {
            start,
            end: block.end,
            indent: None,
        };
        vec![rest; n]
    }

    /// Every place where `key` is a key of `block`: (line, column, written value).
    fn keys<'s>(
        &'s self,
        block: Block,
        key: &'s str,
    ) -> impl Iterator<Item = (usize, usize, &'a str)> + 's {
        let end = block.end.min(self.lines.len() + 1);
        let pattern = format!("{key}:");
        (block.start.max(1)..end)
            .take_while(|_| self.budget.get() > 0)
            .flat_map(move |n| {
                let line = self.line(n);
                let found: Box<dyn Iterator<Item = (usize, usize, &'a str)> + 's> = match block
                    .indent
                {
                    Some(_) if !self.spend(line.len() + 1) => Box::new(std::iter::empty()),
                    Some(indent) => Box::new(
                        key_positions(line)
                            .into_iter()
                            .filter(move |&p| p == indent)
                            .filter_map(move |p| {
                                key_value_at(&line[p..], key).map(|v| (n, p + 1, v))
                            }),
                    ),
                    // Lazily, spending as it reads: a flow line can be the whole
                    // file.
                    None => Box::new(
                        flow_keys(line, pattern.clone(), &self.budget).map(move |(p, v)| (n, p, v)),
                    ),
                };
                found
            })
    }

    fn line(&self, n: usize) -> &'a str {
        self.lines[n - 1]
    }

    /// Whether line `n` holds something: not blank, not only a comment.
    fn is_content(&self, n: usize) -> bool {
        let t = self.line(n).trim();
        !t.is_empty() && !t.starts_with('#')
    }
}

/// Number of spaces at the start of `line`.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Whether `s` starts with a list entry's `-`.
fn is_dash(s: &str) -> bool {
    s == "-" || s.starts_with("- ")
}

/// Byte offsets where a key could start on `line`: after the indentation, and after
/// each list entry `- ` that opens the line.
fn key_positions(line: &str) -> Vec<usize> {
    let mut p = indentation(line);
    let mut out = vec![p];
    while is_dash(&line[p..]) {
        p += 1;
        p += indentation(&line[p..]);
        out.push(p);
    }
    out
}

/// When `s` starts with `key:` (the key plain or quoted), what follows the colon,
/// trimmed and without a trailing comment.
fn key_value_at<'s>(s: &'s str, key: &str) -> Option<&'s str> {
    let rest = [String::new(), "\"".into(), "'".into()]
        .iter()
        .find_map(|q| {
            s.strip_prefix(q.as_str())?
                .strip_prefix(key)?
                .strip_prefix(q.as_str())
        })?;
    let rest = rest.trim_start_matches(' ').strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let value = match rest.find(" #") {
        Some(i) => &rest[..i],
        None => rest,
    };
    Some(value.trim())
}

/// Every `pattern` (a key and its colon, `key:`) on `line` that starts a token (at
/// the start, or after `-`, `{` or `,`), as (column from 1, value up to the next
/// `,`, `}` or `#`). Each byte read is spent from `budget`; the search ends when it
/// is spent.
fn flow_keys<'l, 'b>(
    line: &'l str,
    pattern: String,
    budget: &'b Cell<usize>,
) -> impl Iterator<Item = (usize, &'l str)> + use<'l, 'b> {
    let mut search = 0;
    // Characters before `search`, so that columns are counted once per line.
    let (mut counted, mut chars) = (0, 0);
    let spend = move |n: usize| match budget.get().checked_sub(n) {
        Some(left) => {
            budget.set(left);
            true
        }
        None => {
            budget.set(0);
            false
        }
    };
    std::iter::from_fn(move || {
        loop {
            let Some(pos) = line[search..].find(&pattern) else {
                spend(line.len() - search);
                return None;
            };
            if !spend(pos + pattern.len()) {
                return None;
            }
            let start = search + pos;
            search = start + pattern.len();
            let before = line[..start].trim_end();
            let starts_token = before.is_empty()
                || before.ends_with('-')
                || before.ends_with('{')
                || before.ends_with(',');
            if starts_token {
                let value = line[search..]
                    .split([',', '}', '#'])
                    .next()
                    .unwrap_or("")
                    .trim();
                chars += line[counted..start].chars().count();
                counted = start;
                return Some((chars + 1, value));
            }
        }
    })
}

fn unquote(v: &str) -> &str {
    let v = v.trim();
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

/// Counting every value serde_yaml hands out, to stop alias expansion bombs.
///
/// serde_yaml expands each alias (`*name`) into a full copy of what its anchor
/// names, and only bounds the number of alias *jumps* (100 per event of the file),
/// not the size of what each jump copies: a file of a few kilobytes can make it
/// build billions of values. [`Counted`] wraps the deserializer and every visitor,
/// map, list and enum access it hands out, and spends one unit of a shared
/// [`Budget`] per value; when the budget is spent, deserialising stops with
/// [`TOO_MANY_VALUES`]. Without aliases a file holds at most about one value per
/// byte, and a course file far fewer, so the limit only ever stops expansion.
/// Each scalar also spends its length in bytes from a second budget, of
/// [`super::text_budget`] bytes, so that a large string named by many aliases
/// stops with [`TOO_MUCH_TEXT`] before it is copied.
mod budget {
    use std::cell::Cell;
    use std::fmt;

    use serde::de::{
        self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess,
        Visitor,
    };

    /// The start of the message given when the budget is spent; [`super::describe`]
    /// recognises it.
    pub const TOO_MANY_VALUES: &str = "too many values";

    /// The start of the message given when the text budget is spent;
    /// [`super::describe`] recognises it.
    pub const TOO_MUCH_TEXT: &str = "too much text";

    /// Values, and bytes of text, left to hand out.
    pub struct Budget {
        values: Cell<usize>,
        bytes: Cell<usize>,
    }

    impl Budget {
        /// A budget of `values` values and `bytes` bytes of scalar text.
        pub fn new(values: usize, bytes: usize) -> Self {
            Budget {
                values: Cell::new(values),
                bytes: Cell::new(bytes),
            }
        }

        fn spend<E: de::Error>(&self) -> Result<(), E> {
            match self.values.get().checked_sub(1) {
                Some(left) => {
                    self.values.set(left);
                    Ok(())
                }
                None => Err(E::custom(TOO_MANY_VALUES)),
            }
        }

        /// Spends one value of `bytes` bytes of text, before the visitor copies it.
        fn spend_text<E: de::Error>(&self, bytes: usize) -> Result<(), E> {
            self.spend()?;
            match self.bytes.get().checked_sub(bytes) {
                Some(left) => {
                    self.bytes.set(left);
                    Ok(())
                }
                None => Err(E::custom(TOO_MUCH_TEXT)),
            }
        }
    }

    /// A deserializer (or a seed, a visitor, an access) whose values are counted.
    pub struct Counted<'b, T> {
        pub inner: T,
        pub budget: &'b Budget,
    }

    impl<'b, T> Counted<'b, T> {
        fn wrap<U>(&self, inner: U) -> Counted<'b, U> {
            Counted {
                inner,
                budget: self.budget,
            }
        }
    }

    macro_rules! forward_deserialize {
        ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
            $(
                fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                    let visitor = self.wrap(visitor);
                    self.inner.$method($($arg,)* visitor)
                }
            )*
        };
    }

    impl<'de, D: Deserializer<'de>> Deserializer<'de> for Counted<'_, D> {
        type Error = D::Error;

        forward_deserialize! {
            deserialize_any(), deserialize_bool(), deserialize_i8(), deserialize_i16(),
            deserialize_i32(), deserialize_i64(), deserialize_i128(), deserialize_u8(),
            deserialize_u16(), deserialize_u32(), deserialize_u64(), deserialize_u128(),
            deserialize_f32(), deserialize_f64(), deserialize_char(), deserialize_str(),
            deserialize_string(), deserialize_bytes(), deserialize_byte_buf(),
            deserialize_option(), deserialize_unit(), deserialize_seq(), deserialize_map(),
            deserialize_identifier(), deserialize_ignored_any(),
            deserialize_unit_struct(name: &'static str),
            deserialize_newtype_struct(name: &'static str),
            deserialize_tuple(len: usize),
            deserialize_tuple_struct(name: &'static str, len: usize),
            deserialize_struct(name: &'static str, fields: &'static [&'static str]),
            deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        }

        fn is_human_readable(&self) -> bool {
            self.inner.is_human_readable()
        }
    }

    impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Counted<'_, S> {
        type Value = S::Value;

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
            let d = self.wrap(d);
            self.inner.deserialize(d)
        }
    }

    macro_rules! forward_visit {
        ($($method:ident($ty:ty)),* $(,)?) => {
            $(
                fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                    self.budget.spend()?;
                    self.inner.$method(v)
                }
            )*
        };
    }

    macro_rules! forward_visit_text {
        ($($method:ident($ty:ty)),* $(,)?) => {
            $(
                fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                    self.budget.spend_text(v.len())?;
                    self.inner.$method(v)
                }
            )*
        };
    }

    impl<'de, V: Visitor<'de>> Visitor<'de> for Counted<'_, V> {
        type Value = V::Value;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.inner.expecting(f)
        }

        forward_visit! {
            visit_bool(bool), visit_i8(i8), visit_i16(i16), visit_i32(i32), visit_i64(i64),
            visit_i128(i128), visit_u8(u8), visit_u16(u16), visit_u32(u32), visit_u64(u64),
            visit_u128(u128), visit_f32(f32), visit_f64(f64), visit_char(char),
        }

        forward_visit_text! {
            visit_str(&str), visit_borrowed_str(&'de str), visit_string(String),
            visit_bytes(&[u8]), visit_borrowed_bytes(&'de [u8]), visit_byte_buf(Vec<u8>),
        }

        fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
            self.budget.spend()?;
            self.inner.visit_none()
        }

        fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
            self.budget.spend()?;
            self.inner.visit_unit()
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
            let d = self.wrap(d);
            self.inner.visit_some(d)
        }

        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
            let d = self.wrap(d);
            self.inner.visit_newtype_struct(d)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
            self.budget.spend()?;
            let seq = self.wrap(seq);
            self.inner.visit_seq(seq)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
            self.budget.spend()?;
            let map = self.wrap(map);
            self.inner.visit_map(map)
        }

        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
            self.budget.spend()?;
            let data = self.wrap(data);
            self.inner.visit_enum(data)
        }
    }

    impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Counted<'_, A> {
        type Error = A::Error;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, A::Error> {
            let seed = self.wrap(seed);
            self.inner.next_element_seed(seed)
        }

        fn size_hint(&self) -> Option<usize> {
            self.inner.size_hint()
        }
    }

    impl<'de, A: MapAccess<'de>> MapAccess<'de> for Counted<'_, A> {
        type Error = A::Error;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, A::Error> {
            let seed = self.wrap(seed);
            self.inner.next_key_seed(seed)
        }

        fn next_value_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<T::Value, A::Error> {
            let seed = self.wrap(seed);
            self.inner.next_value_seed(seed)
        }

        fn size_hint(&self) -> Option<usize> {
            self.inner.size_hint()
        }
    }

    impl<'de, 'b, A: EnumAccess<'de>> EnumAccess<'de> for Counted<'b, A> {
        type Error = A::Error;
        type Variant = Counted<'b, A::Variant>;

        fn variant_seed<T: DeserializeSeed<'de>>(
            self,
            seed: T,
        ) -> Result<(T::Value, Self::Variant), A::Error> {
            let budget = self.budget;
            let seed = self.wrap(seed);
            let (value, inner) = self.inner.variant_seed(seed)?;
            Ok((value, Counted { inner, budget }))
        }
    }

    impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Counted<'_, A> {
        type Error = A::Error;

        fn unit_variant(self) -> Result<(), A::Error> {
            self.inner.unit_variant()
        }

        fn newtype_variant_seed<T: DeserializeSeed<'de>>(
            self,
            seed: T,
        ) -> Result<T::Value, A::Error> {
            let seed = self.wrap(seed);
            self.inner.newtype_variant_seed(seed)
        }

        fn tuple_variant<V: Visitor<'de>>(
            self,
            len: usize,
            visitor: V,
        ) -> Result<V::Value, A::Error> {
            let visitor = self.wrap(visitor);
            self.inner.tuple_variant(len, visitor)
        }

        fn struct_variant<V: Visitor<'de>>(
            self,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, A::Error> {
            let visitor = self.wrap(visitor);
            self.inner.struct_variant(fields, visitor)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_parser_s_words_are_said_in_the_language_when_known() {
        use crate::i18n::Language;
        // Each known phrase's English message is the parser's words exactly.
        for (english, id) in super::PARSER_WORDS {
            assert_eq!(super::Message::new(id).to_string(), *english);
            assert_ne!(super::Message::new(id).render(Language::Fr), *english);
        }
        let m = super::parser_words("did not find expected key, while parsing a block mapping");
        assert_eq!(
            m.to_string(),
            "did not find expected key, while parsing a block mapping"
        );
        assert_eq!(
            m.render(Language::Fr),
            "clé attendue introuvable, en lisant un dictionnaire en bloc"
        );
        let unknown = super::parser_words("something new, while parsing a block mapping");
        assert_eq!(
            unknown.render(Language::Fr),
            "something new, while parsing a block mapping"
        );
    }

    use super::*;

    #[test]
    fn locator_finds_block_and_flow_keys() {
        let src = "id: a\nitems:\n  - kind: lesson\n    id: 'b'\n  - {kind: quiz, id: c}\n";
        let l = Locator::new(src);
        let root = l.root();
        assert_eq!(l.key_value(root, "id", "a"), Some((1, 1)));
        assert_eq!(l.key(root, "items"), Some((2, 1)));
        let items = l.entries(root, "items");
        assert_eq!(items.len(), 2);
        assert_eq!(l.key_value(items[0], "id", "b"), Some((4, 5)));
        assert_eq!(l.key(items[0], "kind"), Some((3, 5)));
        assert_eq!(items[1].indent, None);
        assert_eq!(l.key_value(items[1], "id", "c"), Some((5, 18)));
        assert_eq!(l.key_value(items[0], "id", "c"), None);
    }

    #[test]
    fn locator_keeps_to_the_map_a_key_belongs_to() {
        let src = "\
id: m
items:
- kind: quiz
  questions:
    - kind: true_false
      id: x
  id: q
-
  kind: lesson
  id: x # the item, not the question above
";
        let l = Locator::new(src);
        let items = l.entries(l.root(), "items");
        assert_eq!(items.len(), 2);
        assert_eq!(l.key(items[0], "id"), Some((7, 3)));
        assert_eq!(l.key_value(items[1], "id", "x"), Some((10, 3)));
        let questions = l.entries(items[0], "questions");
        assert_eq!(questions.len(), 1);
        assert_eq!(l.key(questions[0], "id"), Some((6, 7)));
        assert_eq!(l.key(l.root(), "id"), Some((1, 1)));
        assert_eq!(l.key_nth(l.map_at(3, 3), "kind", 0), Some((3, 3)));
    }

    #[test]
    fn a_raw_control_character_is_located_at_its_line_and_column() {
        let text = "id: a\ntitle: \"x\u{1b}y\"\n";
        let e = parse::<std::collections::BTreeMap<String, String>>("f", text).unwrap_err();
        assert!(
            e.message
                .to_string()
                .contains("control characters are not allowed"),
            "{}",
            e.message
        );
        assert!(!e.message.to_string().contains("position"), "{}", e.message);
        assert_eq!((e.line, e.column), (Some(2), Some(10)));
    }

    #[test]
    fn a_second_document_is_located_at_its_marker() {
        type Map = std::collections::BTreeMap<String, String>;
        for (text, line) in [
            ("id: a\n---\nid: b\n", 2),
            ("id: a\n---\n", 2),
            ("---\nid: a\n# end\n---\n", 4),
        ] {
            let e = parse::<Map>("f", text).unwrap_err();
            assert_eq!((e.line, e.column), (Some(line), Some(1)), "{text:?}: {e}");
            assert!(
                e.message.to_string().contains("second YAML document"),
                "{}",
                e.message
            );
            assert!(
                e.message.to_string().contains("holds one document"),
                "{}",
                e.message
            );
        }
    }

    #[test]
    fn the_tree_keeps_places_and_reads_scalars_as_serde_yaml_does() {
        let root = tree("a: 1\nb: [x, '2', 2.5, ~, true]\nc:\n  - d: \"\"\n").unwrap();
        let NodeValue::Map(entries) = &root.value else {
            panic!("a map: {root:?}")
        };
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[1].0.at, (2, 1));
        let NodeValue::List(items) = &entries[1].1.value else {
            panic!("a list")
        };
        let resolved: Vec<Resolved> = items
            .iter()
            .map(|n| match &n.value {
                NodeValue::Scalar(s) => s.resolved,
                _ => panic!("scalars"),
            })
            .collect();
        assert_eq!(
            resolved,
            [
                Resolved::Text,
                Resolved::Text,
                Resolved::Float(2.5),
                Resolved::Null,
                Resolved::Bool(true)
            ]
        );
        assert_eq!(items[2].at, (2, 13));
        assert_eq!(entries[2].1.at, (4, 3), "a block list starts at its `-`");
        assert!(tree("a: [b\n").is_none(), "a syntax error");
        assert!(tree("").is_none(), "no document");
    }

    #[test]
    fn decode_strips_bom_and_reports_bad_bytes() {
        assert_eq!(decode("f", b"\xef\xbb\xbfid: x").unwrap(), "id: x");
        let e = decode("f", b"id: \xff").unwrap_err();
        assert!(
            e.message.to_string().contains("byte offset 4"),
            "{}",
            e.message
        );
    }
}
