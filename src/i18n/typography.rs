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

use super::{Arg, Language};

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

/// The separator between groups of three digits in `lang`: a comma in
/// English (`20,000`), a narrow no-break space in French (`20 000`, U+202F:
/// one column wide, and a line never breaks inside the number).
pub fn thousands_separator(lang: Language) -> char {
    match lang {
        Language::En => ',',
        Language::Fr => NNBSP,
    }
}

/// The digits of `written` (an integer part, an optional `-` first) grouped
/// by three from the right with `lang`'s separator; four digits and more are
/// grouped (`1,000`, `1 000`), fewer are left alone.
fn group(lang: Language, written: &str) -> String {
    let (sign, digits) = match written.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", written),
    };
    if digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return written.to_string();
    }
    let sep = thousands_separator(lang);
    let mut out = String::with_capacity(written.len() + digits.len() / 3 * 3);
    out.push_str(sign);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// A count or any whole number as amphi shows it to the learner, in `lang`'s
/// form: `20,000` in English, `20 000` in French (see
/// [`thousands_separator`]); `999` and below as they are. Machine exports
/// (JSON, CSV, xAPI) never come here: they write plain digits.
pub fn integer(lang: Language, n: impl Into<i128>) -> String {
    group(lang, &n.into().to_string())
}

/// A count as a message argument: a number (which chooses the plural form) up
/// to 999, the grouped digits of [`integer`] from 1,000 up. From 1,000 every
/// count takes the `other` form in English and in French, which a text
/// argument gets (Fluent falls back to the default variant `*[other]`).
pub fn count(lang: Language, n: usize) -> Arg<'static> {
    if n < 1000 {
        Arg::from(n)
    } else {
        Arg::Text(Cow::Owned(integer(lang, n as u64)))
    }
}

/// `value` with `decimals` digits after the separator, in `lang`'s form:
/// `67.9` in English, `67,9` in French, thousands grouped (`1,234.5`,
/// `1 234,5`). Not a number shows as `–`.
pub fn number(lang: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    decimal(lang, &format!("{value:.decimals$}"))
}

/// A number already written with a decimal point (`67.5`, as a score's
/// `percent_shown` gives it) in `lang`'s form: `67,5` in French, thousands
/// grouped (`1,234.5`, `1 234,5`).
pub fn decimal(lang: Language, written: &str) -> String {
    let (whole, fraction) = match written.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (written, None),
    };
    let mut out = group(lang, whole);
    if let Some(f) = fraction {
        out.push(if lang.decimal_comma() { ',' } else { '.' });
        out.push_str(f);
    }
    out
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

/// A date a course writes (`2016-03-27`, ISO 8601) in `lang`'s form
/// (`27/03/2016` in French); any other text is returned as written, since a
/// course may write its dates in words (`27 mars 2016`).
pub fn written_date(lang: Language, text: &str) -> String {
    let b = text.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    match lang {
        Language::Fr if iso => format!("{}/{}/{}", &text[8..10], &text[5..7], &text[..4]),
        _ => text.to_string(),
    }
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
    fn thousands_are_grouped_in_each_form() {
        assert_eq!(integer(Language::En, 20_000u32), "20,000");
        assert_eq!(integer(Language::Fr, 20_000u32), "20\u{202f}000");
        assert_eq!(integer(Language::En, 999u32), "999");
        assert_eq!(integer(Language::Fr, 1000u32), "1\u{202f}000");
        assert_eq!(integer(Language::En, 1_234_567u64), "1,234,567");
        assert_eq!(integer(Language::Fr, -12_345i64), "-12\u{202f}345");
        assert_eq!(integer(Language::En, 0u8), "0");
        assert_eq!(
            integer(Language::En, u64::MAX),
            "18,446,744,073,709,551,615"
        );
        assert_eq!(number(Language::Fr, 12_345.67, 1), "12\u{202f}345,7");
        assert_eq!(number(Language::En, 12_345.67, 1), "12,345.7");
        assert_eq!(number(Language::En, -1234.0, 0), "-1,234");
        assert_eq!(decimal(Language::Fr, "1234.5"), "1\u{202f}234,5");
        assert_eq!(decimal(Language::En, "1234.5"), "1,234.5");
        assert_eq!(decimal(Language::Fr, "67.5"), "67,5");
        // One column wide, as the layouts measure it.
        assert_eq!(integer(Language::Fr, 20_000u32).width(), 6);
    }

    #[test]
    fn a_count_argument_keeps_its_plural_and_groups_its_digits() {
        let q =
            |lang, n: usize| crate::i18n::tr(lang, "quiz-questions", &[("count", count(lang, n))]);
        assert_eq!(q(Language::En, 1), "1 question");
        assert_eq!(q(Language::Fr, 1), "1 question");
        assert_eq!(q(Language::En, 999), "999 questions");
        assert_eq!(q(Language::En, 20_000), "20,000 questions");
        assert_eq!(q(Language::Fr, 20_000), "20\u{202f}000 questions");
        assert_eq!(
            q(Language::Fr, 1_000_000),
            "1\u{202f}000\u{202f}000 questions"
        );
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

    #[test]
    fn a_course_s_iso_date_is_written_in_the_language_s_form() {
        assert_eq!(written_date(Language::Fr, "2016-03-27"), "27/03/2016");
        assert_eq!(written_date(Language::En, "2016-03-27"), "2016-03-27");
        assert_eq!(written_date(Language::Fr, "27 mars 2016"), "27 mars 2016");
        assert_eq!(written_date(Language::Fr, "2016-3-27"), "2016-3-27");
        assert_eq!(written_date(Language::Fr, "2016-03-2é"), "2016-03-2é");
    }
}
