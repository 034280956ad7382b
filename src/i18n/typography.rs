//! Typography, numbers, dates and times in each language's form.
//!
//! French puts a narrow no-break space (U+202F) before `;`, `!`, `?` and `%`,
//! and a no-break space (U+00A0) before `:` and inside « »; it writes
//! decimals with a comma (`67,9 %`) and dates day first (`05/12/2026`).
//! English keeps amphi's forms (`67.9 %` in the status bar's words, dates as
//! `2026-12-05`). Machine exports (JSON, CSV, xAPI) never come here: they stay
//! language-neutral.
//!
//! Both spaces are one column wide (unicode-width) and survive the text
//! sanitiser, so layouts measure them as drawn (tests below).

use std::borrow::Cow;

use super::Language;

/// Narrow no-break space (U+202F), before `; ! ? %` in French.
pub const NNBSP: char = '\u{202f}';
/// No-break space (U+00A0), before `:` and inside « » in French.
pub const NBSP: char = '\u{a0}';

/// `text` with French spacing: before `;`, `!`, `?` and `%` a narrow no-break
/// space, before `:` and after « / before » a no-break space. A plain space
/// already there is replaced; none is added at the start of `text` or after
/// another space-like character, nor inside a run of the same marks (`?!`
/// gets one space before the run), nor before a `:` that follows a digit
/// (`14:30`) or comes before a `/` (an address).
pub fn french(text: &str) -> Cow<'_, str> {
    if !text.contains([';', '!', '?', ':', '%', '«', '»']) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let space = match c {
            ';' | '!' | '?' | '%' => Some(NNBSP),
            ':' if !prev.is_some_and(|p| p.is_ascii_digit()) && next != Some('/') => Some(NBSP),
            '»' => Some(NBSP),
            _ => None,
        };
        if let Some(space) = space {
            let run = prev.is_some_and(|p| matches!(p, ';' | '!' | '?'));
            match prev {
                Some(' ') if !run => {
                    out.pop();
                    out.push(space);
                }
                Some(p) if !run && !p.is_whitespace() && p != NNBSP && p != NBSP => {
                    out.push(space);
                }
                _ => {}
            }
            out.push(c);
        } else if prev == Some('«') {
            if c == ' ' {
                out.push(NBSP);
            } else {
                if c != NBSP && c != NNBSP {
                    out.push(NBSP);
                }
                out.push(c);
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `value` with `decimals` digits after the separator, in `lang`'s form:
/// `67.9` in English, `67,9` in French. Not a number shows as `–`.
pub fn number(lang: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let s = format!("{value:.decimals$}");
    if lang.decimal_comma() {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A number already written with a decimal point (`67.5`, as a score's
/// `percent_shown` gives it) in `lang`'s form: `67,5` in French.
pub fn decimal(lang: Language, written: &str) -> String {
    if lang.decimal_comma() {
        written.replace('.', ",")
    } else {
        written.to_string()
    }
}

/// A percentage already written in `lang`'s form (`67,5`) with its sign as
/// amphi's screens show it: `67.5 %` in English (a space, as the status bar
/// and the quiz screens always had), `67,5 %` in French (a narrow no-break
/// space).
pub fn percent_text(lang: Language, number: &str) -> String {
    match lang {
        Language::En => format!("{number} %"),
        Language::Fr => format!("{number}{NNBSP}%"),
    }
}

/// A percentage (`value` already in percent) in `lang`'s form: `67.9%` in
/// English, `67,9 %` in French (a narrow no-break space before the sign).
pub fn percent(lang: Language, value: f64, decimals: usize) -> String {
    let n = number(lang, value, decimals);
    match lang {
        Language::En => format!("{n}%"),
        Language::Fr => format!("{n}{NNBSP}%"),
    }
}

/// A time in seconds since the Unix epoch as a UTC date in `lang`'s form:
/// `2026-12-05` in English, `05/12/2026` in French; `None` past the latest
/// time shown (the year 9999).
pub fn date(lang: Language, secs: u64) -> Option<String> {
    let s = crate::text::rfc3339(secs)?;
    Some(match lang {
        Language::En => s[..10].to_string(),
        Language::Fr => format!("{}/{}/{}", &s[8..10], &s[5..7], &s[..4]),
    })
}

/// A time in seconds since the Unix epoch as a UTC date and time in `lang`'s
/// form: `2026-12-05 14:30` in English, `05/12/2026 14:30` in French; `None`
/// past the latest time shown.
pub fn date_time(lang: Language, secs: u64) -> Option<String> {
    let s = crate::text::rfc3339(secs)?;
    Some(format!("{} {}", date(lang, secs)?, &s[11..16]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn french_spacing_before_high_punctuation() {
        assert_eq!(french("Prêt ?"), "Prêt\u{202f}?");
        assert_eq!(french("Prêt?"), "Prêt\u{202f}?");
        assert_eq!(french("Bravo !"), "Bravo\u{202f}!");
        assert_eq!(french("un ; deux"), "un\u{202f}; deux");
        assert_eq!(french("Score : 3"), "Score\u{a0}: 3");
        assert_eq!(french("Score: 3"), "Score\u{a0}: 3");
        assert_eq!(french("50 %"), "50\u{202f}%");
        assert_eq!(french("« Bonjour »"), "«\u{a0}Bonjour\u{a0}»");
        assert_eq!(french("«Bonjour»"), "«\u{a0}Bonjour\u{a0}»");
    }

    #[test]
    fn french_spacing_leaves_alone_what_is_not_prose() {
        assert_eq!(french("?"), "?");
        assert_eq!(french("à 14:30"), "à 14:30");
        assert_eq!(french("https://x"), "https://x");
        assert_eq!(french("Quoi ?!"), "Quoi\u{202f}?!");
        assert_eq!(french("déjà\u{202f}?"), "déjà\u{202f}?");
        assert_eq!(french("rien à faire"), "rien à faire");
        assert!(matches!(french("rien à faire"), Cow::Borrowed(_)));
    }

    #[test]
    fn numbers_and_percentages_in_each_form() {
        assert_eq!(number(Language::En, 0.5, 1), "0.5");
        assert_eq!(number(Language::Fr, 0.5, 1), "0,5");
        assert_eq!(number(Language::Fr, 3.0, 0), "3");
        assert_eq!(number(Language::Fr, f64::NAN, 1), "–");
        assert_eq!(percent(Language::En, 67.89, 1), "67.9%");
        assert_eq!(percent(Language::Fr, 67.89, 1), "67,9\u{202f}%");
    }

    #[test]
    fn dates_and_times_in_each_form() {
        // 2026-12-05 14:30 UTC.
        let t = 1_796_481_000;
        assert_eq!(date(Language::En, t).as_deref(), Some("2026-12-05"));
        assert_eq!(date(Language::Fr, t).as_deref(), Some("05/12/2026"));
        assert_eq!(
            date_time(Language::En, t).as_deref(),
            Some("2026-12-05 14:30")
        );
        assert_eq!(
            date_time(Language::Fr, t).as_deref(),
            Some("05/12/2026 14:30")
        );
        assert_eq!(date(Language::Fr, u64::MAX), None);
    }

    #[test]
    fn the_spaces_are_one_column_and_survive_sanitising() {
        assert_eq!("\u{202f}".width(), 1);
        assert_eq!("\u{a0}".width(), 1);
        let s = french("« Prêt ? »").into_owned();
        assert_eq!(crate::text::sanitize(&s), s);
        assert_eq!(crate::text::sanitize_line(&s), s);
    }
}
