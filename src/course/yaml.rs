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
/// such as `items[2].turns[0]: missing field `speaker``.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    serde_yaml::from_str(text).map_err(|e| {
        let location = e.location().map(|l| (l.line(), l.column()));
        let mut message = e.to_string();
        // serde_yaml appends " at line L column C"; the location is given apart.
        if let Some(i) = message.rfind(" at line ") {
            message.truncate(i);
        }
        if text.trim().is_empty() {
            message = "the file is empty".into();
        }
        Problem::new(file, message).at(location)
    })
}

/// Finds where keys and values were written in a YAML source, by line scanning.
///
/// Only for locating problems found after a successful parse; it understands the
/// block style (`key: value`, `- key: value`) and flow maps (`{key: value}`) well
/// enough for hand-written course files. Lines and columns count from 1.
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

    /// The first place at or after line `from` (from 1) where `key` is written
    /// with the scalar `value` (plain, single- or double-quoted), as (line, column
    /// of the key).
    pub fn find(&self, key: &str, value: &str, from: usize) -> Option<(usize, usize)> {
        self.scan(key, from, |v| unquote(v) == value)
    }

    /// The first place at or after line `from` where `key` is written, whatever its
    /// value.
    pub fn find_key(&self, key: &str, from: usize) -> Option<(usize, usize)> {
        self.scan(key, from, |_| true)
    }

    /// The `n`th place (from 0) where `key` is written with `value`, searching from
    /// line `from`.
    pub fn find_nth(
        &self,
        key: &str,
        value: &str,
        from: usize,
        n: usize,
    ) -> Option<(usize, usize)> {
        let mut at = from;
        let mut found = None;
        for _ in 0..=n {
            let (line, col) = self.find(key, value, at)?;
            found = Some((line, col));
            at = line + 1;
        }
        found
    }

    fn scan(
        &self,
        key: &str,
        from: usize,
        accept: impl Fn(&str) -> bool,
    ) -> Option<(usize, usize)> {
        let pattern = format!("{key}:");
        for (i, line) in self.lines.iter().enumerate().skip(from.saturating_sub(1)) {
            let mut search = 0;
            while let Some(pos) = line[search..].find(&pattern) {
                let start = search + pos;
                search = start + pattern.len();
                let before = line[..start].trim_end();
                let starts_token = before.is_empty()
                    || before.ends_with('-')
                    || before.ends_with('{')
                    || before.ends_with(',');
                if !starts_token {
                    continue;
                }
                let value = line[search..]
                    .split([',', '}', '#'])
                    .next()
                    .unwrap_or("")
                    .trim();
                if accept(value) {
                    let column = line[..start].chars().count() + 1;
                    return Some((i + 1, column));
                }
            }
        }
        None
    }
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
        assert_eq!(l.find("id", "a", 1), Some((1, 1)));
        assert_eq!(l.find("id", "b", 1), Some((4, 5)));
        assert_eq!(l.find("id", "c", 1), Some((5, 18)));
        assert_eq!(l.find_key("items", 1), Some((2, 1)));
        assert_eq!(l.find("id", "a", 2), None);
    }

    #[test]
    fn decode_strips_bom_and_reports_bad_bytes() {
        assert_eq!(decode("f", b"\xef\xbb\xbfid: x").unwrap(), "id: x");
        let e = decode("f", b"id: \xff").unwrap_err();
        assert!(e.message.contains("byte offset 4"), "{}", e.message);
    }
}
