//! Searching a course: case- and accent-insensitive matching over titles, lesson
//! text, interview turns, quiz prompts and choices, and the glossary.
//!
//! Pure and terminal-free: [`search`] returns [`Hit`]s with a line of context, and
//! [`find_in`] locates matches inside any text so the screen can highlight them.

use pulldown_cmark::{Event, Parser};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::course::{AnswerKey, Course, Item};

/// Largest number of hits [`search`] returns.
pub const MAX_HITS: usize = 200;

/// Characters of context shown on each side of a match.
const CONTEXT: usize = 30;

/// `text` folded for matching, with, for each byte of the folded text, the byte
/// offset in `text` of the character it came from.
///
/// Folding decomposes (NFD), drops combining marks (so `é` matches `e`) and
/// lower-cases.
pub fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
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

/// The byte ranges of `text` that match `query` (case- and accent-insensitive),
/// in order, not overlapping. An empty query matches nothing.
pub fn find_in(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_with_map(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = folded[from..].find(&q) {
        let start = from + i;
        let end = start + q.len();
        let orig_start = map[start];
        // The end of the original character holding the last matched byte.
        let last = map[end - 1];
        let mut orig_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        // Combining marks after the match belong to its last letter.
        for c in text[orig_end..]
            .chars()
            .take_while(|c| is_combining_mark(*c))
        {
            orig_end += c.len_utf8();
        }
        out.push(orig_start..orig_end);
        from = end;
    }
    out
}

/// What to find in a text: a typed query, or the uses of one glossary entry.
#[derive(Debug, Clone, Copy)]
pub enum Query<'a> {
    /// Matches of typed text, anywhere (see [`find_in`]).
    Text(&'a str),
    /// Uses of the glossary entry with this index: its term or an alias, whole
    /// words only (see [`crate::glossary::Matcher::find_entry`]).
    Term(&'a crate::glossary::Matcher, usize),
}

impl Query<'_> {
    /// The byte ranges of `text` that match, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        match *self {
            Query::Text(q) => find_in(text, q),
            Query::Term(m, entry) => m.find_entry(text, entry),
        }
    }
}

/// Where a hit was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The item's title.
    Title,
    /// Lesson text, an interview turn or a quiz question.
    Text,
    /// A glossary entry (its term or definition): [`Hit::item`] is the entry's
    /// index in the glossary, [`Hit::module`] is 0.
    Glossary,
}

/// One match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Module index.
    pub module: usize,
    /// Item index in the module.
    pub item: usize,
    /// Where in the item.
    pub field: Field,
    /// Which match of the query this is in the item's text (from 0), in reading
    /// order, for jumping to it.
    pub occurrence: usize,
    /// The line around the match, white space folded, `…` where cut.
    pub context: String,
}

/// The plain text of a lesson's markdown: text and code, one paragraph a line
/// (character references decoded, and what they decode to made safe to show as
/// [`crate::text::sanitize_inline`] does).
pub fn markdown_text(source: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(source) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&crate::text::sanitize_inline(&t)),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            // The end of a block ends a line; the end of emphasis or a link
            // does not (the text goes on).
            Event::End(end) if !is_inline(end) && !out.ends_with('\n') => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// Whether `end` closes an inline element (emphasis, a link, an image…), not a
/// block.
fn is_inline(end: pulldown_cmark::TagEnd) -> bool {
    use pulldown_cmark::TagEnd;
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// The searchable text of an item, without its title, one paragraph a line.
pub fn item_text(item: &Item) -> String {
    match item {
        Item::Lesson(l) => markdown_text(&l.body),
        Item::Interview(iv) => iv
            .turns
            .iter()
            .map(|t| t.text.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n"),
        Item::Quiz(q) => q
            .questions
            .iter()
            .map(|question| {
                let mut s = question
                    .prompt
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                if let AnswerKey::SingleChoice { choices, .. }
                | AnswerKey::MultipleChoice { choices, .. } = &question.key
                {
                    for c in choices {
                        s.push('\n');
                        s.push_str(c);
                    }
                }
                s
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn context(line: &str, at: std::ops::Range<usize>) -> String {
    let before: Vec<char> = line[..at.start].chars().collect();
    let after: Vec<char> = line[at.end..].chars().collect();
    let start = before.len().saturating_sub(CONTEXT);
    let end = after.len().min(CONTEXT);
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.extend(&before[start..]);
    s.push_str(&line[at]);
    s.extend(&after[..end]);
    if end < after.len() {
        s.push('…');
    }
    s
}

/// Every match of `query` in `course`, in course order, at most [`MAX_HITS`].
/// Titles come before the text of their item; glossary entries that match (one
/// hit each) come last. Folds the whole course: to search again as the learner
/// types, build a [`SearchIndex`] once instead.
pub fn search(course: &Course, query: &str) -> Vec<Hit> {
    SearchIndex::new(course).search(course, query)
}

/// A course's titles and text folded once (see [`fold`]), so that each search
/// only scans folded text; in the items that match, the matches are placed and
/// their context cut in the item's plain text: read again for an ordinary item
/// (its Markdown parsed: microseconds), kept beside for an item of more than
/// [`KEEP_TEXT_BYTES`] (a long lesson would cost milliseconds a letter typed).
/// Holds about as much text as the course, plus its long items once more.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    /// (module index, item index, folded title, folded text, plain text of a
    /// long item: one paragraph a line).
    items: Vec<(usize, usize, String, String, Option<String>)>,
}

/// Items whose plain text is longer than this, in bytes, keep it in the
/// [`SearchIndex`].
pub const KEEP_TEXT_BYTES: usize = 64 * 1024;

impl SearchIndex {
    /// Folds every item of `course`.
    pub fn new(course: &Course) -> Self {
        let items = course
            .items()
            .map(|(mi, ii, _, item)| {
                let text = item_text(item);
                let folded = fold(&text);
                let kept = (text.len() > KEEP_TEXT_BYTES).then_some(text);
                (mi, ii, fold(item.title()), folded, kept)
            })
            .collect();
        SearchIndex { items }
    }

    /// Every match of `query` in `course` (the course this index was built from),
    /// exactly as [`search`] finds them.
    pub fn search(&self, course: &Course, query: &str) -> Vec<Hit> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        for (mi, ii, title, folded, text) in &self.items {
            let (in_title, in_text) = (title.contains(&q), folded.contains(&q));
            if !in_title && !in_text {
                continue;
            }
            let Some(item) = course.modules.get(*mi).and_then(|m| m.items.get(*ii)) else {
                continue;
            };
            let read;
            let text = match text {
                Some(kept) => kept.as_str(),
                None if in_text => {
                    read = item_text(item);
                    read.as_str()
                }
                None => "",
            };
            item_hits(
                &mut hits,
                (*mi, *ii, item),
                &Query::Text(query),
                in_title,
                in_text.then_some(text),
            );
            if hits.len() >= MAX_HITS {
                hits.truncate(MAX_HITS);
                return hits;
            }
        }
        for (i, e) in course.glossary.iter().enumerate() {
            if hits.len() >= MAX_HITS {
                break;
            }
            let found = find_in(&e.term, query)
                .into_iter()
                .next()
                .map(|_| e.term.clone());
            let found = found.or_else(|| {
                let r = find_in(&e.definition, query).into_iter().next()?;
                Some(format!("{}: {}", e.term, context(&e.definition, r)))
            });
            if let Some(context) = found {
                hits.push(Hit {
                    module: 0,
                    item: i,
                    field: Field::Glossary,
                    occurrence: 0,
                    context,
                });
            }
        }
        hits
    }
}

/// Every use of glossary entry `entry` in `course`'s items (titles and text),
/// found by `matcher` (the course glossary's): its term or any alias, whole words
/// only. In course order, then the other glossary entries whose definitions use
/// it (found the same way; [`Field::Glossary`] hits whose context starts with
/// the other entry's term), at most [`MAX_HITS`] in all.
pub fn term_uses(course: &Course, matcher: &crate::glossary::Matcher, entry: usize) -> Vec<Hit> {
    let mut hits = search_items_with(course, Query::Term(matcher, entry));
    for (i, e) in course.glossary.iter().enumerate() {
        if hits.len() >= MAX_HITS {
            break;
        }
        if i == entry {
            continue;
        }
        if let Some(r) = matcher.find_entry(&e.definition, entry).into_iter().next() {
            hits.push(Hit {
                module: 0,
                item: i,
                field: Field::Glossary,
                occurrence: 0,
                context: format!("{}: {}", e.term, context(&e.definition, r)),
            });
        }
    }
    hits
}

/// Appends the hits of `query` in an item (module index, item index, item): in
/// its title when `title`, in its text when `text`.
/// Appends the hits of `query` in `item`: in its title when `title`, in `text`
/// (its plain text, [`item_text`]) when given; no more than [`MAX_HITS`] in all.
fn item_hits(
    hits: &mut Vec<Hit>,
    (module, item_index, item): (usize, usize, &Item),
    query: &Query,
    title: bool,
    text: Option<&str>,
) {
    if title {
        for r in query.find(item.title()) {
            hits.push(Hit {
                module,
                item: item_index,
                field: Field::Title,
                occurrence: 0,
                context: context(item.title(), r),
            });
        }
    }
    if let Some(text) = text {
        let mut occurrence = 0;
        for line in text.lines() {
            if hits.len() >= MAX_HITS {
                return;
            }
            for r in query.find(line) {
                hits.push(Hit {
                    module,
                    item: item_index,
                    field: Field::Text,
                    occurrence,
                    context: context(line, r),
                });
                occurrence += 1;
            }
        }
    }
}

/// The hits of `query` in every item, read from scratch (the text search goes
/// through a [`SearchIndex`] instead).
fn search_items_with(course: &Course, query: Query) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (mi, ii, _, item) in course.items() {
        let text = item_text(item);
        item_hits(&mut hits, (mi, ii, item), &query, true, Some(&text));
        if hits.len() >= MAX_HITS {
            hits.truncate(MAX_HITS);
            return hits;
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index finds exactly what a search from scratch finds: the same
    /// hits, in the same order, with the same contexts and occurrences.
    #[test]
    fn a_long_lesson_is_searched_from_its_kept_text_up_to_max_hits() {
        let mut course = crate::course::load_bundled().unwrap();
        let line = "The *GAFA* and the NATU, again and again.\n\n";
        let body = line.repeat(2 * KEEP_TEXT_BYTES / line.len());
        if let Item::Lesson(l) = &mut course.modules[0].items[0] {
            l.body = body;
        }
        let index = SearchIndex::new(&course);
        assert!(index.items[0].4.is_some(), "the long lesson's text is kept");
        assert!(index.items[1].4.is_none(), "an ordinary one's is not");
        for q in ["gafa", "natu again", "zzz"] {
            let from_index = index_matches_fresh(&index, &course, q);
            assert!(from_index.len() <= MAX_HITS);
        }
        assert_eq!(index.search(&course, "gafa").len(), MAX_HITS);
    }

    #[test]
    fn the_index_finds_what_a_fresh_search_finds() {
        let course = crate::course::load_bundled().unwrap();
        let index = SearchIndex::new(&course);
        for q in [
            "",
            "  ",
            "gafa",
            "GAFA",
            "economie",
            "André",
            "dark social",
            "e",
            "the",
            "natu",
            "zzz-nothing",
            "«",
            "2016",
        ] {
            index_matches_fresh(&index, &course, q);
        }
    }

    /// The index's item hits for `q`, asserted equal to a search from scratch.
    fn index_matches_fresh(index: &SearchIndex, course: &Course, q: &str) -> Vec<Hit> {
        let fresh = search_items_fresh(course, q);
        let from_index: Vec<Hit> = index
            .search(course, q)
            .into_iter()
            .filter(|h| h.field != Field::Glossary)
            .collect();
        assert_eq!(from_index, fresh, "query {q:?}");
        from_index
    }

    /// The search as it was before the index: every item folded for every query.
    fn search_items_fresh(course: &Course, query: &str) -> Vec<Hit> {
        search_items_with(course, Query::Text(query))
    }

    #[test]
    fn matching_ignores_case_and_accents_both_ways() {
        assert_eq!(find_in("Économie collaborative", "economie"), vec![0..9]);
        assert_eq!(find_in("economie", "ÉCONOMIE"), vec![0..8]);
        assert_eq!(find_in("cafe\u{301} au lait", "café"), vec![0..6]);
        assert_eq!(
            find_in("GAFA, gafa, Gafa", "gafa"),
            vec![0..4, 6..10, 12..16]
        );
        assert!(find_in("anything", "   ").is_empty());
        assert!(find_in("NATU", "natux").is_empty());
    }

    #[test]
    fn ranges_are_on_character_boundaries_of_the_original() {
        let text = "Jean-Édouard André";
        for r in find_in(text, "e") {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
        assert_eq!(&text[find_in(text, "andre")[0].clone()], "André");
    }

    #[test]
    fn decoded_character_references_are_made_safe() {
        let t = markdown_text("a&#27;[2Jb &#x202E;c");
        assert_eq!(t.trim_end(), "a\u{241b}[2Jb \u{fffd}c");
    }

    #[test]
    fn emphasis_and_links_do_not_cut_a_line() {
        let t = markdown_text(
            "The *turbocapitalism* of the **GAFA** and [the NATU](http://x).\n\nNext.",
        );
        assert_eq!(t, "The turbocapitalism of the GAFA and the NATU.\nNext.\n");
    }

    #[test]
    fn markdown_is_searched_as_plain_text() {
        let t = markdown_text("## Big **GAFA**\n\n- one `code`\n- [link](http://x)");
        assert_eq!(t, "Big GAFA\none code\nlink\n");
    }

    #[test]
    fn context_is_cut_around_the_match() {
        let line = "a".repeat(50) + "NATU" + &"b".repeat(50);
        let c = context(&line, 50..54);
        assert!(c.starts_with('…') && c.ends_with('…') && c.contains("NATU"));
        assert_eq!(c.chars().count(), 2 + 2 * CONTEXT + 4);
    }
}
