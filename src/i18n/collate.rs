//! Sorting words as a reader of the language expects: `é` sorts with `e`, case
//! and accents only break ties.
//!
//! Not the full Unicode Collation Algorithm: a key of three levels made from
//! the canonical decomposition (NFD), which is what French and English need
//! (the collation crates carry the whole CLDR table, a megabyte and more, for
//! languages amphi does not speak yet):
//!
//! 1. the letters without their accents, lower-cased, with `œ` as `oe`, `æ`
//!    as `ae` and `ß` as `ss` (so `cote`, `côte`, `Côté` are equal here);
//! 2. the accents, letter by letter (no accent before an accent: `cote` <
//!    `coté` < `côte` < `côté`, the modern French order);
//! 3. the case (lower before upper).
//!
//! A language whose alphabet orders letters differently (Swedish `å` after
//! `z`) will need its own first level: [`sort_key`] takes the language.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Language;

/// The sort key of `text` in `lang` (see the module's comment); compare keys
/// to sort.
pub fn sort_key(_lang: Language, text: &str) -> (String, Vec<u32>, Vec<bool>) {
    let mut base = String::with_capacity(text.len());
    let mut accents = Vec::new();
    let mut case = Vec::new();
    for c in text.nfd() {
        if is_combining_mark(c) {
            // The accent belongs to the letter before it.
            if let Some(last) = accents.last_mut() {
                *last = *last * 0x1_0000 + u32::from(c) % 0x1_0000;
            }
            continue;
        }
        let expanded: &[char] = match c {
            'œ' | 'Œ' => &['o', 'e'],
            'æ' | 'Æ' => &['a', 'e'],
            'ß' => &['s', 's'],
            _ => &[],
        };
        let upper = c.is_uppercase();
        if expanded.is_empty() {
            base.extend(c.to_lowercase());
            accents.push(0);
            case.push(upper);
        } else {
            for &e in expanded {
                base.push(e);
                accents.push(0);
                case.push(upper);
            }
        }
    }
    (base, accents, case)
}

/// Sorts `items` by the text `key` gives, in `lang`'s order.
pub fn sort_by_text<T>(lang: Language, items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|t| sort_key(lang, key(t)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(ToString::to_string).collect();
        sort_by_text(Language::Fr, &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn accented_letters_sort_with_their_letter() {
        assert_eq!(
            sorted(&["zèbre", "étude", "ecole", "Élan", "faire", "ébène"]),
            ["ébène", "ecole", "Élan", "étude", "faire", "zèbre"]
        );
        // Byte order would have put every accented word after z.
        assert_eq!(sorted(&["été", "zoo"]), ["été", "zoo"]);
    }

    #[test]
    fn accents_then_case_break_ties() {
        assert_eq!(
            sorted(&["côté", "côte", "coté", "cote"]),
            ["cote", "coté", "côte", "côté"]
        );
        assert_eq!(sorted(&["Paris", "paris"]), ["paris", "Paris"]);
    }

    #[test]
    fn ligatures_sort_as_their_letters() {
        assert_eq!(sorted(&["oeuvre", "œuf", "ode"]), ["ode", "œuf", "oeuvre"]);
    }

    #[test]
    fn decomposed_and_composed_text_sort_alike() {
        assert_eq!(
            sort_key(Language::Fr, "e\u{301}te\u{301}"),
            sort_key(Language::Fr, "été")
        );
    }
}
