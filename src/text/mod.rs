//! Sanitising untrusted course text.
//!
//! Course files come from strangers. Every string read from a course goes through
//! [`sanitize`] exactly once, at load time, so that nothing drawn later can carry a
//! control character or an escape sequence to the terminal.
//!
//! Also below everything that shows text: folding for matching, time formats, and
//! TeX math drawn as text ([`math`]).

pub mod field;
pub mod math;

use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthStr;

/// Columns between tab stops when tabs in course text are expanded.
pub const TAB_WIDTH: usize = 4;

/// Placeholder shown for a C1 control character or a bidirectional override.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether `c` is a regional indicator symbol (U+1F1E6–U+1F1FF, the letters
/// flags are written with: 🇫🇷 is the pair F R).
fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Whether `c` is a tag character (U+E0000–U+E007F: the letters of a
/// subdivision flag such as Scotland's, invisible on their own).
fn is_tag(c: char) -> bool {
    ('\u{E0000}'..='\u{E007F}').contains(&c)
}

/// Whether `c` makes [`sanitize`] change the text: a control character other
/// than a line break, a bidirectional formatting character, or a character of
/// a flag emoji.
fn needs_sanitizing(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || is_regional_indicator(c)
        || is_tag(c)
}

/// The letter a regional indicator stands for (`🇫` is `F`).
fn regional_letter(c: char) -> char {
    char::from_u32(u32::from('A') + (u32::from(c) - 0x1F1E6)).unwrap_or(REPLACEMENT)
}

/// Returns `input` made safe to draw, normalised to Unicode NFC.
///
/// - A tab becomes spaces up to the next multiple of [`TAB_WIDTH`] display columns
///   (counted from the last line break).
/// - `\r\n` becomes `\n`; a lone `\r` becomes `␍` (U+240D).
/// - Every other C0 control (U+0000–U+001F except `\n`) becomes its Control Picture
///   (U+2400 + code, so ESC shows as `␛`), and DEL as `␡` (U+2421). An escape sequence
///   therefore shows as `␛[31m`: visible and inert.
/// - C1 controls (U+0080–U+009F) and bidirectional embeddings, overrides and isolates
///   (U+202A–U+202E, U+2066–U+2069) become [`REPLACEMENT`].
///
/// - A flag emoji becomes its region code in brackets: a pair of regional
///   indicators (`🇫🇷`) becomes `[FR]`, a lone one its letter (`[F]`), and a
///   subdivision flag (🏴 followed by tag letters, Scotland's for one) its code
///   (`[GB-SCT]`). Terminals disagree on how wide these are drawn (one cell a
///   letter, two, or two for the pair), so the width amphi lays text out with
///   would not be the one drawn and stray cells would stay on screen. Any other
///   tag character (invisible) is dropped.
///
/// Line breaks (`\n`) are kept: callers decide what a line break means.
pub fn sanitize(input: &str) -> String {
    // Most course text is already clean NFC: keep it as it is, without the cost of
    // normalising (most of a large course's load time otherwise).
    let clean = !input.chars().any(needs_sanitizing);
    if clean
        && unicode_normalization::is_nfc_quick(input.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return input.to_string();
    }
    let mut out = String::with_capacity(input.len());
    let mut line_start = 0usize; // byte index in `out` where the current line starts
    let mut chars = input.nfc().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push('\n');
                line_start = out.len();
            }
            '\t' => {
                let col = out[line_start..].width();
                let spaces = TAB_WIDTH - col % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\u{0}'..='\u{1f}' => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or(REPLACEMENT));
            }
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                out.push(REPLACEMENT)
            }
            c if is_regional_indicator(c) => {
                out.push('[');
                out.push(regional_letter(c));
                if let Some(next) = chars.next_if(|&n| is_regional_indicator(n)) {
                    out.push(regional_letter(next));
                }
                out.push(']');
            }
            '\u{1F3F4}'
                if chars
                    .peek()
                    .is_some_and(|&n| ('\u{E0020}'..='\u{E007E}').contains(&n)) =>
            {
                let mut code = String::new();
                while let Some(t) = chars.next_if(|&n| ('\u{E0020}'..='\u{E007E}').contains(&n)) {
                    if code.len() == 2 {
                        code.push('-');
                    }
                    let letter = char::from_u32(u32::from(t) - 0xE0000).unwrap_or('?');
                    code.push(letter.to_ascii_uppercase());
                }
                chars.next_if_eq(&'\u{E007F}');
                out.push('[');
                out.push_str(&code);
                out.push(']');
            }
            c if is_tag(c) => {}
            _ => out.push(c),
        }
    }
    out
}

/// `input` made safe to draw as a piece of one line, for text that was clean
/// when loaded but may have been decoded since (a Markdown character reference
/// such as `&#27;` or `&#x85;` decodes to a control character, `&#x1F1EB;` to a
/// regional indicator): borrowed as it is when it holds nothing [`sanitize`]
/// changes (the usual case), else [`sanitize`]d with line breaks read as spaces.
pub fn sanitize_inline(input: &str) -> std::borrow::Cow<'_, str> {
    if !input.chars().any(|c| c == '\n' || needs_sanitizing(c)) {
        return std::borrow::Cow::Borrowed(input);
    }
    std::borrow::Cow::Owned(sanitize(&input.replace(['\r', '\n'], " ")))
}

/// Whether `c` is white space a line may break at: any white space but the
/// no-break spaces (U+00A0, U+2007 figure space, U+202F narrow no-break space,
/// which French puts before `: ; ! ?`), which hold their neighbours together.
pub fn is_break(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// `text` split at the white space lines may break at ([`is_break`]), empty
/// pieces left out: `split_whitespace` that keeps no-break spaces inside words.
pub fn split_breaks(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_break).filter(|w| !w.is_empty())
}

/// Returns `input` sanitised and folded onto one line: runs of white space (including
/// line breaks) become a single space and the ends are trimmed. Used for titles,
/// names and choices, which are always drawn on one line. No-break spaces
/// (French `Prêt ?`) are kept as they are.
pub fn sanitize_line(input: &str) -> String {
    let clean = sanitize(input);
    split_breaks(&clean).collect::<Vec<_>>().join(" ")
}

/// Words in `text`: runs between white space holding a letter or a digit, so
/// Markdown marks (`##`, `-`, `**`) alone are not words. Cheap enough to count a
/// whole course at start-up (no Markdown parsing).
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

// Folding for matching: search, the glossary, duplicate checks.

/// `text` folded for matching, with, for each byte of the folded text, the byte
/// offset in `text` of the character it came from.
///
/// Folding decomposes (NFD), drops combining marks (so `é` matches `e`) and
/// lower-cases.
pub fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        for d in std::iter::once(c)
            .nfd()
            .filter(|d| !unicode_normalization::char::is_combining_mark(*d))
        {
            for l in d.to_lowercase() {
                let before = folded.len();
                folded.push(l);
                map.extend(std::iter::repeat_n(offset, folded.len() - before));
            }
        }
    }
    (folded, map)
}

/// `text` folded for matching (see [`fold_with_map`]).
pub fn fold(text: &str) -> String {
    fold_with_map(text).0
}

// Times and durations, as every screen and command shows them.

/// The latest time amphi shows: 9999-12-31T23:59:59Z, in seconds since the Unix
/// epoch. A later one (from a damaged or hand-edited state file) is shown as
/// unknown, and kept as it is in the file.
pub const MAX_SHOWN_TIME: u64 = 253_402_300_799;

/// A time in seconds since the Unix epoch as RFC 3339 in UTC,
/// `2026-11-29T22:02:48Z`; `None` after [`MAX_SHOWN_TIME`].
pub fn rfc3339(secs: u64) -> Option<String> {
    if secs > MAX_SHOWN_TIME {
        return None;
    }
    let t = std::time::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(secs))?;
    Some(humantime::format_rfc3339_seconds(t).to_string())
}

/// A time in seconds since the Unix epoch as `YYYY-MM-DD HH:MM`, in UTC, or
/// `unknown time` after [`MAX_SHOWN_TIME`].
pub fn format_time(secs: u64) -> String {
    match rfc3339(secs) {
        Some(s) => format!("{} {}", &s[..10], &s[11..16]),
        None => "unknown time".to_string(),
    }
}

/// A time in seconds since the Unix epoch as a UTC date, `YYYY-MM-DD`, or
/// `unknown date` after [`MAX_SHOWN_TIME`].
pub fn format_date(secs: u64) -> String {
    match rfc3339(secs) {
        Some(s) => s[..10].to_string(),
        None => "unknown date".to_string(),
    }
}

/// A duration in seconds as `42 s`, `3 min 5 s` or `2 h 10 min`.
pub fn format_duration(secs: u64) -> String {
    match secs {
        0..60 => format!("{secs} s"),
        60..3600 => format!("{} min {} s", secs / 60, secs % 60),
        _ => format!("{} h {} min", secs / 3600, secs % 3600 / 60),
    }
}

/// `text` cut into lines of at most `width` columns, between words where it can.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in split_breaks(text) {
        let w = word.width();
        if !line.is_empty() && line.width() + 1 + w > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        if w > width {
            // A word wider than the line: cut it.
            for c in word.chars() {
                if line.width() + c.to_string().width() > width {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        } else {
            line.push_str(word);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts `s` to at most `width` display columns, ending with `…` when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(s, true) {
        let gw = g.width();
        if w + gw + 1 > width {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_inert() {
        assert_eq!(sanitize("a\u{1b}[31mred"), "a\u{241b}[31mred");
        assert_eq!(sanitize("\u{1b}]0;title\u{7}"), "\u{241b}]0;title\u{2407}");
        assert!(!sanitize("x\u{9b}2J\u{7f}").chars().any(|c| c.is_control()));
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(sanitize("\tx"), "    x");
        assert_eq!(sanitize("ab\tx"), "ab  x");
        assert_eq!(sanitize("abcd\tx"), "abcd    x");
        assert_eq!(sanitize("a\n\tx"), "a\n    x");
    }

    #[test]
    fn line_breaks_are_kept_and_crlf_folded() {
        assert_eq!(sanitize("a\r\nb\rc"), "a\nb\u{240d}c");
    }

    #[test]
    fn bidi_overrides_are_replaced() {
        assert_eq!(sanitize("a\u{202e}b\u{2066}c"), "a\u{fffd}b\u{fffd}c");
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        assert_eq!(sanitize("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn clean_text_comes_back_unchanged() {
        let text = "Déjà « vu »\nsecond line — ok";
        assert_eq!(sanitize(text), text);
    }

    #[test]
    fn flags_become_their_region_code() {
        assert_eq!(sanitize("Made in 🇫🇷."), "Made in [FR].");
        assert_eq!(sanitize("🇫🇷🇩🇪"), "[FR][DE]");
        assert_eq!(sanitize("odd 🇫🇷🇩"), "odd [FR][D]");
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        assert_eq!(sanitize(&format!("{scotland}!")), "[GB-SCT]!");
        assert_eq!(sanitize("🏴 a black flag"), "🏴 a black flag");
        assert_eq!(sanitize("stray\u{E0041}tag"), "straytag");
        assert_eq!(sanitize_line(" 🇫🇷  title "), "[FR] title");
        assert_eq!(sanitize_inline("a 🇫🇷 b"), "a [FR] b");
        // What remains is drawn as wide as it is laid out: plain ASCII.
        use unicode_width::UnicodeWidthStr;
        assert_eq!(sanitize("🇫🇷").width(), 4);
    }

    #[test]
    fn sanitize_line_folds_white_space() {
        assert_eq!(sanitize_line("  a \n  b\t c  "), "a b c");
    }

    #[test]
    fn no_break_spaces_are_kept_and_hold_words_together() {
        let french = "Pr\u{ea}t\u{202f}? Oui\u{a0}: non";
        assert_eq!(sanitize_line(french), french);
        assert_eq!(sanitize(french), french);
        assert_eq!(
            wrap_words(french, 6),
            ["Pr\u{ea}t\u{202f}?", "Oui\u{a0}:", "non"]
        );
    }
}
