//! Loose matching of typed answers.

use unicode_normalization::UnicodeNormalization;

/// Folds a typed answer for comparison.
///
/// Turns typographic quotes and apostrophes (`’ ‘ ‚ ‛ ′ ´ “ ” „ ‟ ″ « »`) into
/// straight ones, then applies Unicode NFKC (so `ﬁ` equals `fi` and composed equals decomposed
/// accents), lower-cases, collapses runs of white space into one space and trims both
/// ends. Accents are kept: `é` and `e` differ.
pub fn normalize_answer(text: &str) -> String {
    // Quotes are folded before NFKC, which would otherwise decompose some of them
    // (`´` into a space and a combining accent, `″` into two primes).
    let quotes_folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}'
            | '\u{bb}' => '"',
            c => c,
        })
        .collect();
    let folded: String = quotes_folded.nfkc().flat_map(char::to_lowercase).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes accents and other combining marks after [`normalize_answer`]: `é` and `ç`
/// become `e` and `c` (by canonical decomposition, so letters without one, such as
/// `ø` or `ß`, stay as they are).
pub fn strip_accents(text: &str) -> String {
    text.nfd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
        .nfc()
        .collect()
}
