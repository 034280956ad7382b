//! Finding a course's glossary terms in text: whole words only, ignoring case and
//! accents the way [`crate::search`] does, aliases (plurals) included, the longest
//! term first where several start at the same place.
//!
//! Pure and terminal-free; the screen underlines what [`Matcher::find`] returns.
//!
//! Finding is linear in the text: one pass of an Aho-Corasick automaton over all
//! terms and aliases (the `aho-corasick` crate) reports every place a name ends;
//! since two different names ending at one place differ in length, a place has at
//! most as many candidates as the longest name has bytes, so the cost does not
//! grow with the number of terms.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use crate::course::GlossaryEntry;
use crate::text::{fold, fold_with_map};

/// One place where a glossary term is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the match in the text searched (on character boundaries).
    pub range: Range<usize>,
    /// Index of the entry in the glossary.
    pub entry: usize,
}

/// The terms and aliases of a glossary, folded, ready to look for in text,
/// and the order the glossary pane lists the entries in.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    /// (folded term or alias, entry index), longest first; each name once (with
    /// the first entry that has it).
    patterns: Vec<(String, usize)>,
    /// All of `patterns`, by index; `None` when there is none.
    automaton: Option<aho_corasick::AhoCorasick>,
    /// Entry indexes in alphabetical order of their terms ([`alphabetical`]).
    order: Vec<usize>,
}

/// The indexes of `entries` in the alphabetical order of their terms, as the
/// glossary pane lists them: case, accents and punctuation are ignored (the
/// folding of [`crate::text::fold`]: « Émotion » sorts with E, between
/// « ecology » and « empowerment », and « « dark social » » with D); ties are
/// broken by the folded term with its punctuation, then by the term as written,
/// then by the order written. This is the order of Latin-script
/// languages such as English and French; letters with no decomposition (`ø`,
/// `æ`, `ß`) sort after `z`.
pub fn alphabetical(entries: &[GlossaryEntry]) -> Vec<usize> {
    let keys: Vec<(String, String)> = entries
        .iter()
        .map(|e| {
            let folded = fold(&words(&e.term));
            let letters: String = folded
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ')
                .collect();
            (words(&letters), folded)
        })
        .collect();
    let mut order: Vec<usize> = (0..entries.len()).collect();
    // A stable sort: equal terms keep the order written.
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| entries[a].term.cmp(&entries[b].term))
    });
    order
}

impl PartialEq for Matcher {
    fn eq(&self, other: &Self) -> bool {
        self.patterns == other.patterns && self.order == other.order
    }
}

impl Eq for Matcher {}

impl Matcher {
    /// A matcher for `entries`: each term and each alias, white space folded to one
    /// space. Empty names are skipped.
    pub fn new(entries: &[GlossaryEntry]) -> Self {
        let mut patterns: Vec<(String, usize)> = entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                std::iter::once(&e.term)
                    .chain(&e.aliases)
                    .map(move |name| (fold(&words(name)), i))
            })
            .filter(|(p, _)| !p.is_empty())
            .collect();
        // Longest first, so "civic tech" wins over "tech"; ties in a fixed order.
        patterns.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        // A name shared by two entries is the first one's, as it always matched.
        patterns.dedup_by(|later, first| later.0 == first.0);
        let automaton = if patterns.is_empty() {
            None
        } else {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .build(patterns.iter().map(|(p, _)| p.as_str()))
                .ok()
        };
        Matcher {
            patterns,
            automaton,
            order: alphabetical(entries),
        }
    }

    /// The entries' indexes in the glossary pane's order: alphabetical by term
    /// ([`alphabetical`]). Position `n` in the pane shows entry `order()[n]`.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// Whether there is no term to find.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every use of a term in `text`, in order, not overlapping. A term matches
    /// only as whole words: the characters just before and after it must not be
    /// letters or digits. Runs of white space in the text match one space.
    pub fn find(&self, text: &str) -> Vec<Found> {
        if self.patterns.is_empty() {
            return Vec::new();
        }
        let (squeezed, smap) = squeezed(text);
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        // The longest name at each place where one starts a word and ends one.
        let mut best: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for m in automaton.find_overlapping_iter(&squeezed) {
            let (i, end) = (m.start(), m.end());
            let starts_word = squeezed[i..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
                && squeezed[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric());
            let ends_word = squeezed[end..]
                .chars()
                .next()
                .is_none_or(|n| !n.is_alphanumeric());
            if !starts_word || !ends_word {
                continue;
            }
            let id = m.pattern().as_usize();
            // Patterns are longest first: a smaller index is a longer name.
            best.entry(i)
                .and_modify(|b| *b = (*b).min(id))
                .or_insert(id);
        }
        let mut out = Vec::new();
        let mut skip_to = 0;
        for (i, id) in best {
            if i < skip_to {
                continue;
            }
            let (p, entry) = &self.patterns[id];
            let end = i + p.len();
            let start = smap[i];
            let last = smap[end - 1];
            let mut orig_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            // Combining marks after the match belong to its last letter.
            for c in text[orig_end..]
                .chars()
                .take_while(|c| is_combining_mark(*c))
            {
                orig_end += c.len_utf8();
            }
            out.push(Found {
                range: start..orig_end,
                entry: *entry,
            });
            skip_to = end;
        }
        out
    }
}

impl Matcher {
    /// The byte ranges of `text` where entry `entry` (its term or an alias) is
    /// used, as [`Matcher::find`] finds them: whole words, a longer term of
    /// another entry winning where both start ("tech" inside "civic tech" is not
    /// a use of "tech").
    pub fn find_entry(&self, text: &str, entry: usize) -> Vec<Range<usize>> {
        self.find(text)
            .into_iter()
            .filter(|f| f.entry == entry)
            .map(|f| f.range)
            .collect()
    }
}

/// `text` folded ([`fold_with_map`]) with runs of white space as one space, and
/// for each byte the offset in `text` of the character it came from.
fn squeezed(text: &str) -> (String, Vec<usize>) {
    let (folded, map) = fold_with_map(text);
    let mut squeezed = String::with_capacity(folded.len());
    let mut smap = Vec::with_capacity(folded.len());
    let mut last_space = false;
    for (i, c) in folded.char_indices() {
        let space = c.is_whitespace();
        if space && last_space {
            continue;
        }
        let c = if space { ' ' } else { c };
        let before = squeezed.len();
        squeezed.push(c);
        smap.extend(std::iter::repeat_n(map[i], squeezed.len() - before));
        last_space = space;
    }
    (squeezed, smap)
}

/// `s` with runs of white space folded to one space, trimmed.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(term: &str, aliases: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            term: term.into(),
            definition: "d".into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            id: String::new(),
        }
    }

    fn found<'t>(m: &Matcher, text: &'t str) -> Vec<(&'t str, usize)> {
        m.find(text)
            .into_iter()
            .map(|f| (&text[f.range], f.entry))
            .collect()
    }

    /// The matching as it was before the automaton: at each word start, the
    /// first of the longest-first names that ends a word there (quadratic).
    fn find_naive(m: &Matcher, text: &str) -> Vec<Found> {
        let (squeezed, smap) = squeezed(text);
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        let mut skip_to = 0;
        for (i, c) in squeezed.char_indices() {
            let starts_word = prev.is_none_or(|p| !p.is_alphanumeric());
            prev = Some(c);
            if i < skip_to || !starts_word || !c.is_alphanumeric() {
                continue;
            }
            let rest = &squeezed[i..];
            let hit = m.patterns.iter().find(|(p, _)| {
                rest.starts_with(p.as_str())
                    && rest[p.len()..]
                        .chars()
                        .next()
                        .is_none_or(|n| !n.is_alphanumeric())
            });
            if let Some((p, entry)) = hit {
                let end = i + p.len();
                let start = smap[i];
                let last = smap[end - 1];
                let mut orig_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
                // Combining marks after the match belong to its last letter.
                for c in text[orig_end..]
                    .chars()
                    .take_while(|c| is_combining_mark(*c))
                {
                    orig_end += c.len_utf8();
                }
                out.push(Found {
                    range: start..orig_end,
                    entry: *entry,
                });
                skip_to = end;
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn the_automaton_finds_what_the_naive_matching_found(
            names in proptest::collection::vec("[ab]{1,3}( [ab]{1,3})?", 1..8),
            text in "[abAB. ]{0,60}",
        ) {
            let entries: Vec<GlossaryEntry> = names
                .chunks(2)
                .map(|c| entry(&c[0], &c[1..].iter().map(String::as_str).collect::<Vec<_>>()))
                .collect();
            let m = Matcher::new(&entries);
            proptest::prop_assert_eq!(m.find(&text), find_naive(&m, &text));
        }
    }

    #[test]
    fn the_bundled_course_is_matched_as_before() {
        let course = crate::course::load_bundled().unwrap();
        let m = Matcher::new(&course.glossary);
        let mut texts: Vec<&str> = Vec::new();
        for item in course.modules.iter().flat_map(|m| &m.items) {
            match item {
                crate::course::Item::Lesson(l) => texts.push(&l.body),
                crate::course::Item::Interview(i) => {
                    texts.extend(i.turns.iter().map(|t| t.text.as_str()))
                }
                crate::course::Item::Quiz(q) => {
                    texts.extend(q.questions.iter().map(|q| q.prompt.as_str()))
                }
                crate::course::Item::Video(v) => {
                    texts.extend(v.cues.iter().map(|c| c.text.as_str()))
                }
            }
        }
        texts.extend(course.glossary.iter().map(|e| e.definition.as_str()));
        let mut total = 0;
        for t in texts {
            let found = m.find(t);
            total += found.len();
            assert_eq!(found, find_naive(&m, t), "{t}");
        }
        assert!(
            total > 20,
            "the bundled course uses its glossary ({total} uses)"
        );
    }

    #[test]
    fn whole_words_only() {
        let m = Matcher::new(&[entry("NATU", &[]), entry("tech", &[])]);
        assert_eq!(found(&m, "the NATU grow"), vec![("NATU", 0)]);
        assert!(found(&m, "NATUs, technology, biotech").is_empty());
        assert_eq!(found(&m, "(NATU), tech."), vec![("NATU", 0), ("tech", 1)]);
        assert_eq!(found(&m, "NATU"), vec![("NATU", 0)]);
    }

    #[test]
    fn case_and_accents_are_ignored_both_ways() {
        let m = Matcher::new(&[entry("empowerment", &[]), entry("économie", &[])]);
        assert_eq!(found(&m, "EMPOWERMENT"), vec![("EMPOWERMENT", 0)]);
        assert_eq!(found(&m, "une Economie"), vec![("Economie", 1)]);
        // Decomposed accent (NFD): the mark belongs to the match.
        assert_eq!(found(&m, "e\u{301}conomie"), vec![("e\u{301}conomie", 1)]);
    }

    #[test]
    fn plural_aliases_count_as_the_term() {
        let m = Matcher::new(&[entry("GAFA", &["GAFAs"]), entry("civic tech", &[])]);
        assert_eq!(
            found(&m, "GAFAs and the GAFA"),
            vec![("GAFAs", 0), ("GAFA", 0)]
        );
        assert_eq!(found(&m, "GAFA's power"), vec![("GAFA", 0)]);
    }

    #[test]
    fn one_entry_is_found_by_its_term_and_aliases() {
        let m = Matcher::new(&[
            entry("GAFA", &["Big Four"]),
            entry("tech", &[]),
            entry("civic tech", &[]),
        ]);
        let text = "The big  four, the GAFA, civic tech and tech; no bigfour";
        let words = |e| {
            m.find_entry(text, e)
                .into_iter()
                .map(|r| &text[r])
                .collect::<Vec<_>>()
        };
        assert_eq!(words(0), vec!["big  four", "GAFA"]);
        assert_eq!(words(1), vec!["tech"]);
        assert_eq!(words(2), vec!["civic tech"]);
    }

    #[test]
    fn longest_term_first_and_spaces_fold() {
        let m = Matcher::new(&[
            entry("tech", &[]),
            entry("civic tech", &[]),
            entry("big data", &[]),
        ]);
        assert_eq!(found(&m, "civic tech"), vec![("civic tech", 1)]);
        assert_eq!(
            found(&m, "civic  tech and tech"),
            vec![("civic  tech", 1), ("tech", 0)]
        );
        assert_eq!(found(&m, "big\ndata"), vec![("big\ndata", 2)]);
        assert!(found(&m, "big datum").is_empty());
    }

    #[test]
    fn entries_sort_alphabetically_ignoring_case_accents_and_punctuation() {
        let terms = [
            "zeitgeist",
            "Émotion",
            "empowerment",
            "« dark social »",
            "Big data",
            "bad buzz",
            "ecology",
            "GAFA",
            "civic tech",
            "émotion",
        ];
        let entries: Vec<GlossaryEntry> = terms.iter().map(|t| entry(t, &[])).collect();
        let sorted: Vec<&str> = alphabetical(&entries)
            .into_iter()
            .map(|i| terms[i])
            .collect();
        assert_eq!(
            sorted,
            [
                "bad buzz",
                "Big data",
                "civic tech",
                "« dark social »",
                "ecology",
                "Émotion",
                "émotion",
                "empowerment",
                "GAFA",
                "zeitgeist",
            ]
        );
        assert_eq!(Matcher::new(&entries).order(), alphabetical(&entries));
    }

    #[test]
    fn empty_glossary_finds_nothing() {
        let m = Matcher::new(&[entry("  ", &[""])]);
        assert!(m.is_empty());
        assert!(m.find("anything").is_empty());
    }
}
