//! No learner-facing English creeps back into the code: every literal in
//! `src/ui`, `src/app`, `src/doc`, `src/cli` and `src/author` that reads like words for people must be
//! in the catalogues (`assets/i18n/*.ftl`, through `amphi::i18n::tr`), unless
//! its file is listed in `tests/it/i18n_allow.txt` as not moved yet (a list
//! that only shrinks), or the literal itself is listed there for its file.
//!
//! What counts as words for people ([`learner_facing`]): a literal that, once
//! its `{…}` placeholders are taken out, has two words of letters apart (`not
//! passed`), or one capitalised word (`Lesson`), or a word followed by `:` or
//! `.` (`hint:`); and a single lower-case word that the code on its line
//! makes text to show ([`shown_word`]: `"never".into()`, `Span::raw("read")`,
//! `format!("file {}", …)`). Not counted: message ids (`status-help`), other
//! single lower-case words (config names, kinds, identifiers such as `quit`,
//! match arms, comparisons, `.json`, `--start=`), key names (`Tab`,
//! `Ctrl-S`), symbols and format strings (`{} · {}`, `▸ `), and anything in
//! comments, attributes, `#[cfg(test)]` modules, `assert…!`, `panic!` and
//! `.expect(…)`.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// Folders scanned (every `.rs` file under them) and single files.
const SCANNED: [&str; 11] = [
    "src/ui",
    "src/app",
    "src/doc",
    "src/cli",
    "src/author",
    "src/main.rs",
    "src/course",
    "src/import",
    "src/quiz",
    "src/library.rs",
    "src/config.rs",
];
const ALLOW: &str = "tests/it/i18n_allow.txt";

/// Key names, as amphi shows them: fine in code (they are not translated).
const KEY_NAMES: &[&str] = &[
    "Tab",
    "BackTab",
    "Enter",
    "Esc",
    "Space",
    "Backspace",
    "Delete",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "PageUp",
    "PageDown",
    "Up",
    "Down",
    "Left",
    "Right",
    "Ctrl+S",
    "Ctrl-C",
    "Ctrl-S",
    "F1",
];

/// A string literal of the code, with what stands around it on its line.
#[derive(Debug, Clone, PartialEq)]
struct Literal {
    /// Its line, from 1.
    line: usize,
    /// Its text (escapes as written, a line continuation joined).
    text: String,
    /// The code before it on its line, trimmed at the start.
    before: String,
    /// The code after it on its line (after its closing quote).
    after: String,
}

/// The string literals of Rust `code` that are not in comments, attributes,
/// test modules or assertions, with their line numbers (from 1).
fn literals(code: &str) -> Vec<(usize, String)> {
    literals_in_context(code)
        .into_iter()
        .map(|l| (l.line, l.text))
        .collect()
}

/// [`literals`] with the code around each on its line.
fn literals_in_context(code: &str) -> Vec<Literal> {
    // Test modules are cut off: everything after `#[cfg(test)]` at the start
    // of a line (amphi keeps them at the end of a file).
    let code = match code.find("\n#[cfg(test)]") {
        Some(at) => &code[..at],
        None => code,
    };
    let b: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // The code on the line of `start` before it, and after `end` to the line's end.
    let around = |start: usize, end: usize| -> (String, String) {
        let from = b[..start]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |p| p + 1);
        let to = b[end.min(b.len())..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(b.len(), |p| end + p);
        let before: String = b[from..start].iter().collect();
        let after: String = b[end.min(b.len())..to].iter().collect();
        (before.trim_start().to_string(), after)
    };
    // Whether the current line is one whose literals do not count.
    let skipped_line = |start: usize| -> bool {
        let end = b[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(b.len(), |p| start + p);
        let from = b[..start]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |p| p + 1);
        let text: String = b[from..end].iter().collect();
        let t = text.trim_start();
        t.starts_with("#[")
            || t.starts_with("#![")
            || [
                "assert",
                "debug_assert",
                "panic!(",
                "unreachable!(",
                ".expect(",
            ]
            .iter()
            .any(|w| t.contains(w))
    };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                    if b[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('"', '\'', '\u{a0}') or a lifetime ('a).
                if next == Some('\\') {
                    let close = b[i + 2..]
                        .iter()
                        .position(|&c| c == '\'')
                        .map_or(b.len(), |p| i + 2 + p);
                    i = close + 1;
                } else if b.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if (next == Some('"') || next == Some('#'))
                && !b
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric() || *p == '_') =>
            {
                // A raw string: r"…", r#"…"#.
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start_line = line;
                let start = j + 1;
                let mut k = start;
                loop {
                    if k >= b.len() {
                        break;
                    }
                    if b[k] == '"' && (0..hashes).all(|h| b.get(k + 1 + h) == Some(&'#')) {
                        break;
                    }
                    if b[k] == '\n' {
                        line += 1;
                    }
                    k += 1;
                }
                if !skipped_line(i) {
                    let (before, after) = around(i, k + 1 + hashes);
                    out.push(Literal {
                        line: start_line,
                        text: b[start..k.min(b.len())].iter().collect(),
                        before,
                        after,
                    });
                }
                i = k + 1 + hashes;
            }
            '"' => {
                let start_line = line;
                let mut s = String::new();
                let mut k = i + 1;
                while k < b.len() && b[k] != '"' {
                    if b[k] == '\\' {
                        // An escaped line end continues the literal.
                        if b.get(k + 1) == Some(&'\n') {
                            line += 1;
                            k += 2;
                            while k < b.len() && b[k].is_whitespace() {
                                if b[k] == '\n' {
                                    line += 1;
                                }
                                k += 1;
                            }
                            continue;
                        }
                        s.push(b[k]);
                        k += 1;
                    } else if b[k] == '\n' {
                        line += 1;
                    }
                    if k < b.len() {
                        s.push(b[k]);
                    }
                    k += 1;
                }
                if !skipped_line(i) {
                    let (before, after) = around(i, k + 1);
                    out.push(Literal {
                        line: start_line,
                        text: s,
                        before,
                        after,
                    });
                }
                i = k + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether `literal` reads as words for people (see the module's comment).
fn learner_facing(literal: &str) -> bool {
    // Placeholders out: `{}`, `{name}`, `{:>3}`.
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let t = text.trim();
    if KEY_NAMES.contains(&t) {
        return false;
    }
    // A message id: lower-case words joined by `-`.
    let id = |s: &str| {
        s.split('-').count() > 1
            && s.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
    };
    if id(t) {
        return false;
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    match words.len() {
        0 => false,
        1 => {
            let w = words[0];
            let capitalised = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase);
            let sentence = t.ends_with(':') || t.ends_with('.');
            (capitalised && !t.contains('_')) || (sentence && w.len() > 2)
        }
        _ => t.contains(' ') || t.contains('\u{a0}'),
    }
}

/// Whether `lit` is a single lower-case word that the code around it makes
/// text to show (see the module's comment): `"read".into()`,
/// `Span::raw("never")`, `format!("file {}, {}", …)`.
///
/// A single lower-case word is most often code: a config name (`quit`), a
/// serde or JSON name (`title`), a kind (`lesson`), a program (`mpv`), a match
/// arm or a comparison. What sets words for people apart is what the code does
/// with them, on the same line: it turns the literal into a `String` of its
/// own (`.into()`, `.to_string()`, `.to_owned()`, `String::from(…)`), puts it
/// in a span, a line, a title or a notice, or formats it (`format!`, `write!`,
/// `println!`…). A word glued to `.`, `-`, `_`, `/`, `=`, `@` or a digit is a
/// name (`.json`, `--start=`, `amphi-scratch-`), not a word.
fn shown_word(lit: &Literal) -> bool {
    // Placeholders out, as in `learner_facing`.
    let mut text = String::new();
    let mut depth = 0;
    for c in lit.text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    // Words: runs of letters (and an apostrophe inside) between spaces or
    // ordinary punctuation; a run touching a name's characters is no word.
    let name_char =
        |c: char| matches!(c, '.' | '-' | '_' | '/' | '=' | '@' | '\\') || c.is_ascii_digit();
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphabetic() || matches!(chars[i], '\'' | '’')) {
            i += 1;
        }
        let glued = (start > 0 && name_char(chars[start - 1]))
            || chars
                .get(i)
                .is_some_and(|&c| name_char(c) || c.is_alphanumeric());
        let word: String = chars[start..i].iter().collect();
        if !glued && word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            words.push(word);
        }
    }
    if words.len() != 1 || !words[0].chars().all(|c| !c.is_uppercase()) {
        return false;
    }
    let before = lit.before.trim_end();
    let after = lit.after.trim_start();
    let owned = [".into()", ".to_string()", ".to_owned()", ".into_owned()"]
        .iter()
        .any(|m| after.starts_with(m));
    let shown_by = [
        "String::from(",
        "Span::raw(",
        "Span::styled(",
        "Line::from(",
        "Text::from(",
        "Cell::from(",
        "Paragraph::new(",
        "push_str(",
        ".title(",
        "notice = Some(",
        "Err(",
    ]
    .iter()
    .any(|m| before.ends_with(m));
    let formatted = ["format!(", "print!(", "println!(", "eprint!(", "eprintln!("]
        .iter()
        .any(|m| before.ends_with(m))
        || (["write!(", "writeln!("].iter().any(|m| before.contains(m)) && before.ends_with(','));
    owned || shown_by || formatted
}

/// The allow-list: whole files not moved yet, and single literals allowed in
/// a file (`path | literal`; spaces around the literal do not count, so a
/// literal ending in a space can be listed).
fn allowed() -> (Vec<String>, Vec<(String, String)>) {
    let text = std::fs::read_to_string(Path::new(ROOT).join(ALLOW)).unwrap();
    let mut files = Vec::new();
    let mut literals = Vec::new();
    for l in text.lines().map(str::trim) {
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        match l.split_once(" | ") {
            Some((file, lit)) => literals.push((file.to_string(), lit.to_string())),
            None => files.push(l.to_string()),
        }
    }
    (files, literals)
}

/// A file of unit tests kept beside its module (`tests.rs`, `source_tests.rs`),
/// included with `#[cfg(test)] mod …;`: all of it is test code.
fn test_file(p: &Path) -> bool {
    p.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s == "tests" || s.ends_with("_tests"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") && !test_file(&p) {
            out.push(p);
        }
    }
}

/// The learner-facing literals of `code` (file `rel`) that the allow-list does
/// not allow, as `rel:line: "literal"`.
fn offenders(rel: &str, code: &str, files: &[String], allowed: &[(String, String)]) -> Vec<String> {
    if files.iter().any(|f| f == rel) {
        return Vec::new();
    }
    literals_in_context(code)
        .into_iter()
        .filter(|lit| learner_facing(&lit.text) || shown_word(lit))
        .filter(|lit| {
            !allowed
                .iter()
                .any(|(f, l)| f == rel && l.trim() == lit.text.trim())
        })
        .map(|lit| format!("{rel}:{}: {:?}", lit.line, lit.text))
        .collect()
}

#[test]
fn no_learner_facing_literal_outside_the_catalogues() {
    let (files, allowed_literals) = allowed();
    let mut all = Vec::new();
    for dir in SCANNED {
        let path = Path::new(ROOT).join(dir);
        if path.is_file() {
            all.push(path);
        } else {
            rust_files(&path, &mut all);
        }
    }
    all.sort();
    let mut found = Vec::new();
    let mut rels = Vec::new();
    for path in &all {
        let rel = path
            .strip_prefix(ROOT)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let code = std::fs::read_to_string(path).unwrap();
        found.extend(offenders(&rel, &code, &files, &allowed_literals));
        rels.push(rel);
    }
    assert!(
        found.is_empty(),
        "learner-facing text outside assets/i18n/*.ftl (use amphi::i18n::tr, or list the \
         literal in {ALLOW} if it is not for people):\n{}",
        found.join("\n")
    );
    // The list only names files that exist, so it shrinks as files move.
    for f in files.iter().chain(allowed_literals.iter().map(|(f, _)| f)) {
        assert!(rels.contains(f), "{ALLOW} names {f}, which is not scanned");
    }
    // A file listed whole that has nothing left to move leaves the list.
    for f in &files {
        let code = std::fs::read_to_string(Path::new(ROOT).join(f)).unwrap();
        assert!(
            !offenders(f, &code, &[], &allowed_literals).is_empty(),
            "{f} has no learner-facing literal left: take it off {ALLOW}"
        );
    }
}

#[test]
fn the_scanner_finds_single_words_shown_and_leaves_single_words_of_code() {
    let code = r####"
fn f(s: &str, lang: Language) {
    let a: String = "read".into();
    let b = Span::raw("never");
    let c = format!("file {}, {}", title, name);
    app.notice = Some("gone".to_string());
    out.push_str(" (also: {})");
    let d = match s { "auto" => 1, "never" | "always" => 2, _ => 3 };
    let e = s == "never";
    let f = format!("--start={s}");
    let g = format!("{name}.json");
    let h = std::env::var("HOME");
    let i = ["quit", "mpv", "lesson"];
    let j = tr(lang, "status-help", &[("count", n.into())]);
    let k = "q".to_string();
    let l = format!("{} · {}", a, b);
}
"####;
    let shown: Vec<String> = literals_in_context(code)
        .into_iter()
        .filter(|l| learner_facing(&l.text) || shown_word(l))
        .map(|l| l.text)
        .collect();
    assert_eq!(
        shown,
        ["read", "never", "file {}, {}", "gone", " (also: {})"],
        "single words shown are caught, single words of code are not"
    );
    // Without the single-word rule, the old one alone misses them.
    let old: Vec<String> = literals(code)
        .into_iter()
        .filter(|(_, l)| learner_facing(l))
        .map(|(_, l)| l)
        .collect();
    assert!(old.is_empty(), "{old:?}");
}

#[test]
fn the_scanner_finds_words_and_leaves_ids_keys_symbols_and_tests() {
    let code = r####"
//! A module "Comment words" here.
use x;
/// Doc "Doc words".
fn f(lang: Language) {
    let a = "Terminal too small";
    let b = tr(lang, "status-help", &[]);
    let c = format!(" {} · {}/{} ", a, b, c);
    let d = ("Tab", "q", "n/p", "▸ ", "Ctrl+S");
    let e = '"'; let g = "Passed ✓"; let h = '\''; let lt: &'static str = "quit";
    let i = r#"Raw words "inside" here"#;
    let j = "hint:";
    let k = "not passed";
    #[allow(clippy::x)]
    assert_eq!(x, "Words in an assertion");
    let m = x.expect("words in an expect");
    let n = "snake_case_name";
    let o = "Long text \
             over two lines";
}
#[cfg(test)]
mod tests {
    fn t() { let s = "Words in a test"; }
}
"####;
    let facing: Vec<(usize, String)> = literals(code)
        .into_iter()
        .filter(|(_, l)| learner_facing(l))
        .collect();
    let texts: Vec<&str> = facing.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Terminal too small",
            "Passed ✓",
            "Raw words \"inside\" here",
            "hint:",
            "not passed",
            "Long text over two lines",
        ]
    );
    // Lines are counted from 1, comments and escapes included.
    assert_eq!(facing[0].0, 6);
    assert_eq!(facing[5].0, 18);
    // The allow-list lets a file or one literal of a file through.
    let files = vec!["src/ui/x.rs".to_string()];
    assert!(offenders("src/ui/x.rs", code, &files, &[]).is_empty());
    let one = vec![("src/ui/y.rs".to_string(), "not passed".to_string())];
    let left = offenders("src/ui/y.rs", code, &[], &one);
    assert_eq!(left.len(), 5, "{left:?}");
    assert!(left[0].starts_with("src/ui/y.rs:6: "), "{left:?}");
    assert!(!left.iter().any(|l| l.contains("not passed")));
}
