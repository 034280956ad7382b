//! The one place that calls the YAML parser (serde_yaml, which is unmaintained: to
//! swap it, change this file only).
//!
//! Also holds [`Locator`], which finds where a key and value were written, so that
//! semantic problems found after parsing can still name a line and column.

use serde::de::DeserializeOwned;

use super::problem::Problem;

/// Largest file the loader reads, in bytes (4 MiB). Larger files are refused
/// before parsing.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Decodes `bytes` as UTF-8 text, dropping a leading byte order mark.
///
/// # Errors
/// A [`Problem`] naming `file` and the byte offset of the first invalid sequence,
/// or the size limit when the file exceeds [`MAX_FILE_BYTES`].
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::new(
            file,
            format!(
                "file is {} bytes; the limit is {MAX_FILE_BYTES} bytes",
                bytes.len()
            ),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Problem::new(
            file,
            format!(
                "not valid UTF-8: invalid byte sequence at byte offset {}",
                e.valid_up_to()
            ),
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parses one YAML document of `text` (from `file`) into `T`.
///
/// # Errors
/// A [`Problem`] with the line and column the parser stopped at and its message,
/// such as `items[2].turns[0]: missing field `speaker``, with a hint for the
/// syntax errors authors make most.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    serde_yaml::from_str(text).map_err(|e| {
        if is_empty(text) {
            return Problem::new(file, "the file is empty");
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
        let message = describe(&raw, location, text);
        // serde reports a duplicate key at the start of its map: point at the second
        // occurrence instead.
        if let (Some(key), Some((line, column))) = (duplicate_key(&message), location) {
            let locator = Locator::new(text);
            location = locator
                .key_nth(locator.map_at(line, column), key, 1)
                .or(location);
        }
        Problem::new(file, message).at(location)
    })
}

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

/// Rewrites a serde_yaml message for an author: the location of the error is
/// shown apart, so it is removed; a parser's "context" location is spelled out;
/// common syntax errors get a hint.
fn describe(raw: &str, location: Option<(usize, usize)>, text: &str) -> String {
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
    if let Some(i) = message.find(", while ")
        && let Some(j) = message[i..].find(" at line ").map(|j| i + j)
    {
        let tail = message[j + " at line ".len()..].replacen(" column ", ", column ", 1);
        message = format!("{} that starts at line {tail}", &message[..j]);
    }
    match raw {
        r if r.starts_with("deserializing from YAML containing more than one document") => {
            return "the file holds more than one YAML document (separated by `---`); a course file holds one".into();
        }
        r if r.starts_with("recursion limit exceeded") => {
            return "the YAML is nested too deeply".into();
        }
        r if r.starts_with("repetition limit exceeded") => {
            return "the YAML repeats aliases (`*name`) too many times".into();
        }
        _ => {}
    }
    let found = location.and_then(|(line, column)| {
        text.lines()
            .nth(line.checked_sub(1)?)?
            .chars()
            .nth(column.checked_sub(1)?)
    });
    if let Some(hint) = hint(&message, found) {
        message = format!("{message} ({hint})");
    }
    message
}

/// Advice for the syntax errors authors make most, given the parser's message and
/// the character it stopped at.
fn hint(message: &str, found: Option<char>) -> Option<&'static str> {
    if found == Some('\t') {
        return Some("YAML cannot be indented with tabs: use spaces");
    }
    let starts = |p: &str| message.starts_with(p);
    Some(if starts("mapping values are not allowed") {
        "check the indentation, and put a value that contains `: ` in quotes"
    } else if starts("did not find expected key") {
        "check the indentation: the keys of one map must start in the same column"
    } else if starts("did not find expected '-' indicator") {
        "check the indentation: the entries of one list must start in the same column"
    } else if starts("found character that cannot start any") {
        "put the value in quotes: a plain value cannot start with `@`, `` ` `` or `%`"
    } else if starts("could not find expected ':'") {
        "a key is missing its `:`, or a value running over several lines needs quotes or `|`"
    } else if starts("did not find expected ',' or") {
        "a `[...]` or `{...}` is not closed, or a value inside it needs quotes"
    } else if starts("found unexpected end of stream") {
        "the file ends inside quotes or brackets that are not closed"
    } else if starts("found unknown escape character") {
        "inside double quotes, write a backslash as `\\\\`, or use single quotes"
    } else {
        return None;
    })
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
pub struct Locator<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Locator<'a> {
    /// A locator over `source`.
    pub fn new(source: &'a str) -> Self {
        Locator {
            lines: source.lines().collect(),
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
        (block.start.max(1)..end).flat_map(move |n| {
            let line = self.line(n);
            let found: Vec<(usize, usize, &'a str)> = match block.indent {
                Some(indent) => key_positions(line)
                    .into_iter()
                    .filter(|&p| p == indent)
                    .filter_map(|p| key_value_at(&line[p..], key).map(|v| (n, p + 1, v)))
                    .collect(),
                None => flow_keys(line, key).map(|(p, v)| (n, p, v)).collect(),
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

/// Every `key:` on `line` that starts a token (at the start, or after `-`, `{` or
/// `,`), as (column from 1, value up to the next `,`, `}` or `#`).
fn flow_keys<'l>(line: &'l str, key: &str) -> impl Iterator<Item = (usize, &'l str)> {
    let pattern = format!("{key}:");
    let mut search = 0;
    std::iter::from_fn(move || {
        while let Some(pos) = line[search..].find(&pattern) {
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
                return Some((line[..start].chars().count() + 1, value));
            }
        }
        None
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

#[cfg(test)]
mod tests {
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
            e.message.contains("control characters are not allowed"),
            "{}",
            e.message
        );
        assert!(!e.message.contains("position"), "{}", e.message);
        assert_eq!((e.line, e.column), (Some(2), Some(10)));
    }

    #[test]
    fn decode_strips_bom_and_reports_bad_bytes() {
        assert_eq!(decode("f", b"\xef\xbb\xbfid: x").unwrap(), "id: x");
        let e = decode("f", b"id: \xff").unwrap_err();
        assert!(e.message.contains("byte offset 4"), "{}", e.message);
    }
}
