//! Searching a course: case- and accent-insensitive matching over titles, lesson
//! text, interview turns, quiz prompts and choices, and the glossary.
//!
//! A query of several words finds the lines (a title, a paragraph, an interview
//! turn, a quiz prompt or choice, a glossary entry) that hold every word, in any
//! order; the lines that hold the words as typed, one after the other (the whole
//! phrase), come first. Each line found is one [`Hit`], however many matches it
//! holds.
//!
//! Pure and terminal-free: [`search`] returns [`Hit`]s with their line, and
//! [`find_in`] locates matches inside any text so the screen can highlight them;
//! [`excerpt`] cuts a hit's line to the width it is shown in.

use pulldown_cmark::{Event, Parser};
use unicode_normalization::char::is_combining_mark;

use crate::course::{Course, Item};

/// Largest number of hits [`search`] returns.
pub const MAX_HITS: usize = 200;

/// Characters of a hit's line kept on each side of its first match (more than
/// any screen shows; [`excerpt`] cuts it to the width it is shown in).
const CONTEXT: usize = 400;

// Folding lives in `text`, below both search and the glossary; named here too
// for the callers that know it as search's.
pub use crate::text::{fold, fold_with_map};

/// A typed query, folded: its words (see [`fold`]) and the whole phrase (the
/// words joined by one space).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Folded {
    phrase: String,
    words: Vec<String>,
}

impl Folded {
    /// `None` for a query with no word.
    fn new(query: &str) -> Option<Folded> {
        let folded = fold(query);
        let words: Vec<String> = folded.split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return None;
        }
        Some(Folded {
            phrase: words.join(" "),
            words,
        })
    }

    /// Whether folded text `folded` holds every word: `Some(0)` when it holds the
    /// whole phrase, `Some(1)` when only the words apart, `None` when a word is
    /// missing.
    fn rank(&self, folded: &str) -> Option<usize> {
        if folded.contains(&self.phrase) {
            Some(0)
        } else if self.words.iter().all(|w| folded.contains(w.as_str())) {
            Some(1)
        } else {
            None
        }
    }

    /// The byte ranges of `text` (folded as `folded`, with `map` from
    /// [`fold_with_map`]) where the phrase or any word is, in order; overlapping
    /// ones are joined.
    fn find(&self, text: &str, folded: &str, map: &[usize]) -> Vec<std::ops::Range<usize>> {
        let needles = std::iter::once(&self.phrase).chain(if self.words.len() > 1 {
            self.words.iter()
        } else {
            [].iter()
        });
        let mut found: Vec<std::ops::Range<usize>> = Vec::new();
        for needle in needles {
            let mut from = 0;
            while let Some(i) = folded[from..].find(needle.as_str()) {
                let start = from + i;
                found.push(start..start + needle.len());
                from = start + needle.len();
            }
        }
        found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut joined: Vec<std::ops::Range<usize>> = Vec::new();
        for r in found {
            match joined.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => joined.push(r),
            }
        }
        joined
            .into_iter()
            .map(|r| original_range(text, map, r))
            .collect()
    }
}

/// The byte range of `text` that folded bytes `r` come from (see
/// [`fold_with_map`]): whole characters, with the combining marks that follow
/// the last one.
fn original_range(text: &str, map: &[usize], r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let orig_start = map[r.start];
    // The end of the original character holding the last matched byte.
    let last = map[r.end - 1];
    let mut orig_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
    // Combining marks after the match belong to its last letter.
    for c in text[orig_end..]
        .chars()
        .take_while(|c| is_combining_mark(*c))
    {
        orig_end += c.len_utf8();
    }
    orig_start..orig_end
}

/// The byte ranges of `text` that match `query` (case- and accent-insensitive),
/// in order, not overlapping: the whole query, and each of its words (white
/// space apart) wherever it is. An empty query matches nothing.
pub fn find_in(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let Some(q) = Folded::new(query) else {
        return Vec::new();
    };
    let (folded, map) = fold_with_map(text);
    q.find(text, &folded, &map)
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

/// A query ready to test lines against: a typed query folded once, or the uses
/// of a glossary entry.
enum Prepared<'a> {
    Text(Folded),
    Term(&'a crate::glossary::Matcher, usize),
}

impl Prepared<'_> {
    /// The matches in `line` (as [`Query::find`] finds them), and whether the
    /// line is a hit: its rank (0: the whole phrase, or a use of the term; 1:
    /// every word, apart), or `None` (a word is missing, or nothing matched).
    fn line(&self, line: &str) -> (Option<usize>, Vec<std::ops::Range<usize>>) {
        match self {
            Prepared::Text(q) => {
                let (folded, map) = fold_with_map(line);
                let found = q.find(line, &folded, &map);
                let rank = if found.is_empty() {
                    None
                } else {
                    q.rank(&folded)
                };
                (rank, found)
            }
            Prepared::Term(m, entry) => {
                let found = m.find_entry(line, *entry);
                ((!found.is_empty()).then_some(0), found)
            }
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
    /// Which match of the query the line's first one is in the item's text (from
    /// 0; every match of the phrase or of a word counts, as [`Query::find`] finds
    /// them), in reading order, for jumping to it.
    pub occurrence: usize,
    /// The line the hit is on (for a glossary entry, `term: definition`), cut
    /// with `…` a few hundred characters from its first match; [`excerpt`] cuts
    /// it to the width it is shown in.
    pub context: String,
    /// The byte range of the line's first match in `context`.
    pub at: std::ops::Range<usize>,
}

/// The plain text of a lesson's markdown: text and code, one paragraph a line
/// (character references decoded, and what they decode to made safe to show as
/// [`crate::text::sanitize_inline`] does).
///
/// A formula (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is its Unicode text
/// ([`crate::text::math::inline`]), so that `α` finds `$\alpha$`; one that
/// cannot be drawn is its source, as the screen shows it.
pub fn markdown_text(source: &str) -> String {
    let mut out = String::new();
    let source = crate::text::math::with_dollars(source);
    for event in Parser::new_ext(&source, pulldown_cmark::Options::ENABLE_MATH) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&crate::text::sanitize_inline(&t)),
            Event::InlineMath(tex) | Event::DisplayMath(tex) => {
                match crate::text::math::inline(&tex) {
                    Ok(s) => out.push_str(&s),
                    Err(_) => out.push_str(&crate::text::sanitize_inline(&tex)),
                }
            }
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
            .map(|t| one_line(&t.text))
            .collect::<Vec<_>>()
            .join("\n"),
        // One cue a line, with its time, as the transcript shows it.
        Item::Video(v) => v
            .cues
            .iter()
            .map(|c| {
                format!(
                    "{}  {}",
                    crate::course::transcript::clock(c.start_ms / 1000),
                    c.text
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Item::Quiz(q) => q
            .questions
            .iter()
            .enumerate()
            .map(|(i, question)| {
                // A group's stimulus comes before its first part.
                let mut s = match q.group_of(i) {
                    Some((_, g)) if g.questions.start == i => {
                        let mut text = markdown_text(&g.stimulus);
                        if !text.ends_with('\n') {
                            text.push('\n');
                        }
                        text
                    }
                    _ => String::new(),
                };
                s.push_str(&one_line(&question.prompt));
                crate::quiz::kind_of(&question.key, |k| {
                    for t in k.search_texts() {
                        s.push('\n');
                        s.push_str(&crate::text::math::to_unicode(t));
                    }
                });
                s
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// `text` on one line, runs of white space as one space, its formulas as
/// their Unicode text ([`crate::text::math::to_unicode`]).
fn one_line(text: &str) -> String {
    crate::text::math::to_unicode(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `line` cut to [`CONTEXT`] characters on each side of `at` (a range of it), `…`
/// where cut, with `at`'s range in the result.
fn context(line: &str, at: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let start = line[..at.start]
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(i, _)| i);
    let end = line[at.end..]
        .char_indices()
        .nth(CONTEXT)
        .map_or(line.len(), |(i, _)| at.end + i);
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    let shift = s.len();
    s.push_str(&line[start..end]);
    if end < line.len() {
        s.push('…');
    }
    (s, at.start - start + shift..at.end - start + shift)
}

/// The hit's line (its [`Hit::context`]) cut to `width` display columns around
/// its first match: as much of the line as fits, the match in view with up to a
/// third of the width before it, `…` where text is cut; a glossary entry's
/// `term: ` always shows first (when it leaves room for some of the rest). Cuts
/// only between grapheme clusters; never wider than `width`.
pub fn excerpt(hit: &Hit, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let line = hit.context.as_str();
    if line.width() <= width {
        return line.to_string();
    }
    let head = match hit.field {
        Field::Glossary => line.find(": ").map_or(0, |i| i + 2),
        _ => 0,
    };
    let head_width = line[..head].width();
    if head > 0 && head_width + 8 <= width {
        let at = hit.at.start.saturating_sub(head);
        let rest = cut(&line[head..], at, width - head_width);
        return format!("{}{rest}", &line[..head]);
    }
    cut(line, hit.at.start, width)
}

/// `line` cut to `width` columns around byte `at` (see [`excerpt`]).
fn cut(line: &str, at: usize, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    if line.width() <= width {
        return line.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let at = at.min(line.len());
    let at = if line.is_char_boundary(at) { at } else { 0 };
    let graphemes: Vec<(usize, &str)> = line.grapheme_indices(true).collect();
    // The first grapheme of the match, and where to start so that up to a third
    // of the width shows before it.
    let first = graphemes.iter().position(|&(i, _)| i >= at).unwrap_or(0);
    let mut start = first;
    let mut before = 0;
    while start > 0 {
        let w = graphemes[start - 1].1.width();
        if before + w > width / 3 {
            break;
        }
        before += w;
        start -= 1;
    }
    // Fill to the right; then, if the line ends first, back to the left.
    let room = |from: usize| width - usize::from(from > 0);
    let mut end = start;
    let mut used = 0;
    while end < graphemes.len() {
        let w = graphemes[end].1.width();
        let cut_after = usize::from(end + 1 < graphemes.len());
        if used + w + cut_after > room(start) {
            break;
        }
        used += w;
        end += 1;
    }
    if end == graphemes.len() {
        while start > 0 {
            let w = graphemes[start - 1].1.width();
            let marker = usize::from(start - 1 > 0);
            if used + w + marker > width {
                break;
            }
            used += w;
            start -= 1;
        }
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    for (_, g) in &graphemes[start..end] {
        out.push_str(g);
    }
    if end < graphemes.len() {
        out.push('…');
    }
    out
}

/// Every line of `course` that matches `query` (see the module documentation),
/// at most [`MAX_HITS`]: those with the whole phrase first, then those with
/// every word apart; in each, in course order, titles before the text of their
/// item, glossary entries last. Folds the whole course: to search again as the
/// learner types, build a [`SearchIndex`] once instead.
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

/// Hits by rank (0: the whole phrase; 1: the words apart), each in course order.
type Ranked = [Vec<Hit>; 2];

/// The hits of `ranked` in rank order, at most [`MAX_HITS`].
fn flatten(ranked: Ranked) -> Vec<Hit> {
    let mut hits: Vec<Hit> = ranked.into_iter().flatten().collect();
    hits.truncate(MAX_HITS);
    hits
}

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
        let Some(folded) = Folded::new(query) else {
            return Vec::new();
        };
        let words = |text: &str| folded.words.iter().all(|w| text.contains(w.as_str()));
        let prepared = Prepared::Text(folded.clone());
        let mut ranked: Ranked = Default::default();
        for (mi, ii, title, text_folded, text) in &self.items {
            // Every word in one line means every word in the title or the text.
            let (in_title, in_text) = (words(title), words(text_folded));
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
                &mut ranked,
                (*mi, *ii, item),
                &prepared,
                in_title,
                in_text.then_some(text),
            );
            if ranked[0].len() >= MAX_HITS {
                return flatten(ranked);
            }
        }
        for (i, e) in course.glossary.iter().enumerate() {
            let line = format!("{}: {}", e.term, one_line(&e.definition));
            if let (Some(rank), found) = prepared.line(&line) {
                ranked[rank].push(glossary_hit(i, &e.term, &line, found[0].clone()));
            }
        }
        flatten(ranked)
    }
}

/// A [`Field::Glossary`] hit on entry `entry` whose line (`term: definition`)
/// is `line`, with its first match at `at`: the term always shown, the
/// definition cut around the match.
fn glossary_hit(entry: usize, term: &str, line: &str, at: std::ops::Range<usize>) -> Hit {
    let head = term.len() + 2;
    let (context, at) = if at.start < head {
        let (rest, _) = context(&line[head..], 0..0);
        (format!("{term}: {rest}"), at)
    } else {
        let (rest, r) = context(&line[head..], at.start - head..at.end - head);
        (format!("{term}: {rest}"), r.start + head..r.end + head)
    };
    Hit {
        module: 0,
        item: entry,
        field: Field::Glossary,
        occurrence: 0,
        context,
        at,
    }
}

/// Every use of glossary entry `entry` in `course`'s items (titles and text),
/// found by `matcher` (the course glossary's): its term or any alias, whole words
/// only, one hit a line. In course order, then the other glossary entries whose
/// definitions use it (found the same way; [`Field::Glossary`] hits whose context
/// starts with the other entry's term), at most [`MAX_HITS`] in all.
pub fn term_uses(course: &Course, matcher: &crate::glossary::Matcher, entry: usize) -> Vec<Hit> {
    let mut hits = search_items_with(course, &Prepared::Term(matcher, entry));
    for (i, e) in course.glossary.iter().enumerate() {
        if hits.len() >= MAX_HITS {
            break;
        }
        if i == entry {
            continue;
        }
        if let Some(r) = matcher.find_entry(&e.definition, entry).into_iter().next() {
            let line = format!("{}: {}", e.term, e.definition);
            let head = e.term.len() + 2;
            hits.push(glossary_hit(
                i,
                &e.term,
                &line,
                r.start + head..r.end + head,
            ));
        }
    }
    hits
}

/// Appends the hits of `query` in an item (module index, item index, item) to
/// `ranked`: in its title when `title`, in `text` (its plain text,
/// [`item_text`]) when given; one hit a line, no more than [`MAX_HITS`] of the
/// first rank.
fn item_hits(
    ranked: &mut Ranked,
    (module, item_index, item): (usize, usize, &Item),
    query: &Prepared,
    title: bool,
    text: Option<&str>,
) {
    if title && let (Some(rank), found) = query.line(item.title()) {
        let (context, at) = context(item.title(), found[0].clone());
        ranked[rank].push(Hit {
            module,
            item: item_index,
            field: Field::Title,
            occurrence: 0,
            context,
            at,
        });
    }
    if let Some(text) = text {
        let mut occurrence = 0;
        for line in text.lines() {
            if ranked[0].len() >= MAX_HITS {
                return;
            }
            // Matches on lines that are not hits still count: the content pane
            // highlights every match, and `occurrence` counts them all.
            let (hit, found) = query.line(line);
            if let (Some(rank), Some(first)) = (hit, found.first()) {
                let (context, at) = context(line, first.clone());
                ranked[rank].push(Hit {
                    module,
                    item: item_index,
                    field: Field::Text,
                    occurrence,
                    context,
                    at,
                });
            }
            occurrence += found.len();
        }
    }
}

/// The hits of `query` in every item, read from scratch (the text search goes
/// through a [`SearchIndex`] instead), in rank order.
fn search_items_with(course: &Course, query: &Prepared) -> Vec<Hit> {
    let mut ranked: Ranked = Default::default();
    for (mi, ii, _, item) in course.items() {
        let text = item_text(item);
        item_hits(&mut ranked, (mi, ii, item), query, true, Some(&text));
        if ranked[0].len() >= MAX_HITS {
            break;
        }
    }
    flatten(ranked)
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
        Folded::new(query).map_or_else(Vec::new, |q| search_items_with(course, &Prepared::Text(q)))
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
    fn formulas_are_searched_as_their_unicode_text() {
        let t = markdown_text(
            "Angle $\\alpha$, then \\(\\beta^2\\) and $$\\frac{1}{2}$$ `$\\gamma$` $\\nope$",
        );
        assert_eq!(t, "Angle α, then β² and 1⁄2 $\\gamma$ \\nope\n");
        assert_eq!(find_in(&t, "α").len(), 1);
        assert_eq!(one_line("Is $x \\le y$?\n  Yes"), "Is x ≤ y? Yes");
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
        let line = "a".repeat(500) + "NATU" + &"b".repeat(500);
        let (c, at) = context(&line, 500..504);
        assert!(c.starts_with('…') && c.ends_with('…'));
        assert_eq!(&c[at], "NATU");
        assert_eq!(c.chars().count(), 2 + 2 * CONTEXT + 4);
        let (c, at) = context("short NATU line", 6..10);
        assert_eq!((c.as_str(), at), ("short NATU line", 6..10));
    }

    #[test]
    fn several_words_match_in_any_order_the_whole_phrase_first() {
        let course = crate::course::load_bundled().unwrap();
        // Each word, in any order, on one line (a title holds both).
        for q in ["Big Four NATU", "NATU big four", "  natu   BIG four "] {
            let hits = search(&course, q);
            assert!(!hits.is_empty(), "{q:?} finds the lines with every word");
            for h in &hits {
                let line = fold(&h.context);
                assert!(
                    ["big", "four", "natu"].iter().all(|w| line.contains(w)),
                    "{q:?}: {h:?}"
                );
            }
        }
        // Lines with the words as typed come before those with them apart.
        let hits = search(&course, "the NATU");
        let phrase: Vec<bool> = hits
            .iter()
            .map(|h| fold(&h.context).contains("the natu"))
            .collect();
        let first_apart = phrase.iter().position(|p| !p).expect("some apart");
        assert!(first_apart > 0, "some with the phrase");
        assert!(phrase[first_apart..].iter().all(|p| !p), "{hits:#?}");
        assert!(search(&course, "natu zzz-nowhere").is_empty());
        // Highlighting marks the phrase and each word, joined where they overlap.
        assert_eq!(
            find_in("The NATU, not the Big Four", "big natu four"),
            vec![4..8, 18..21, 22..26]
        );
        assert_eq!(find_in("natural", "nat natu"), vec![0..4]);
    }

    #[test]
    fn a_line_with_several_matches_is_one_hit() {
        let course = crate::course::load_bundled().unwrap();
        for q in ["natu", "the", "big four natu", "e"] {
            let hits = search(&course, q);
            let mut seen = std::collections::HashSet::new();
            for h in hits.iter().filter(|h| h.field == Field::Text) {
                assert!(
                    seen.insert((h.module, h.item, h.occurrence)),
                    "{q:?}: two rows for one line: {h:?}"
                );
            }
            for h in &hits {
                assert!(
                    fold(&h.context[h.at.clone()])
                        .split_whitespace()
                        .any(|w| fold(q).contains(w)),
                    "{q:?}: `at` is a match: {h:?}"
                );
            }
        }
    }

    fn hit(context: &str, at: std::ops::Range<usize>) -> Hit {
        Hit {
            module: 0,
            item: 0,
            field: Field::Text,
            occurrence: 0,
            context: context.into(),
            at,
        }
    }

    #[test]
    fn an_excerpt_fills_the_width_it_has_around_the_match() {
        use unicode_width::UnicodeWidthStr;
        let line = format!("{} NATU {}", "before ".repeat(30), "after ".repeat(30));
        let at = line.find("NATU").unwrap();
        let h = hit(&line, at..at + 4);
        for width in [3, 10, 20, 40, 80, 150] {
            let e = excerpt(&h, width);
            assert_eq!(e.width(), width, "{width}: {e:?}");
            assert!(e.starts_with('…') && e.ends_with('…'), "{e:?}");
            if width >= 20 {
                assert!(e.contains("NATU"), "{width}: {e:?}");
            }
        }
        assert_eq!(excerpt(&h, line.width()), line, "a line that fits is whole");
        // Near the end of the line: the room goes to the text before.
        let h = hit("a long beginning of the line, then NATU", 35..39);
        assert_eq!(excerpt(&h, 20), "…the line, then NATU");
        let e = excerpt(&h, 20);
        assert!(e.width() <= 20);
        // A glossary entry keeps its term in front.
        let line = format!("NATU: {} the GAFA did.", "a long definition ".repeat(5));
        let at = line.find("GAFA").unwrap();
        let h = Hit {
            field: Field::Glossary,
            ..hit(&line, at..at + 4)
        };
        let e = excerpt(&h, 40);
        assert!(e.starts_with("NATU: …") && e.contains("GAFA"), "{e:?}");
        assert_eq!(e.width(), 40);
        // Wide characters are never cut, and the width is never passed.
        let h = hit(&"日本語".repeat(20), 0..3);
        for width in 0..12 {
            assert!(excerpt(&h, width).width() <= width, "{width}");
        }
    }
}
