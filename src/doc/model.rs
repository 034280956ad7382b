//! Styled text before and after wrapping.
//!
//! Everything the content pane shows is first built as a [`Doc`]: a list of blocks
//! (a paragraph, a heading, a list entry, an interview turn, a quiz choice…), each a
//! few hard lines of styled spans. [`Doc::wrap`] lays it out for one width, once;
//! drawing then copies the visible [`Row`]s. Widths are display columns
//! (`unicode-width`), and lines are only broken between grapheme clusters.

use super::style::{Line, Span, Style};
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::hyperlink::LinkTarget;

/// A block of text: the unit a scroll anchor points into.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    /// Hard lines (the block's own line breaks), each a run of styled spans.
    pub lines: Vec<Vec<Span>>,
    /// Drawn before the first wrapped line, such as `• ` or `2. `.
    pub first_prefix: Vec<Span>,
    /// Drawn before every other wrapped line (usually spaces as wide as
    /// `first_prefix`, or a quote bar).
    pub rest_prefix: Vec<Span>,
    /// Whether long lines wrap; when false (code) they are clipped with a `…` marker.
    pub wrap: bool,
    /// Whether a blank line separates this block from the one before.
    pub gap: bool,
    /// Whether runs of spaces are kept as typed (a text field: the learner's
    /// answer, with its caret) instead of shown as one space.
    pub keep_spaces: bool,
    /// For a block that does not wrap (a table): lines to wrap instead when a line
    /// of `lines` is wider than the pane.
    pub fallback: Option<Vec<Vec<Span>>>,
    /// Links in `lines` (not in `fallback`), which a terminal may make clickable.
    pub links: Vec<Link>,
    /// For a block that does not wrap (display math): its lines, as one
    /// rectangle, are centred in the width they are laid out in.
    pub centre: bool,
    /// An image (`![alt](path)`): its picture is drawn by the UI over the
    /// block's first rows, its alt text below as a caption; `lines` hold the
    /// text form, `[image: alt]`, shown instead while the picture is not known.
    pub image: Option<Image>,
}

/// An image of a [`Block`]: what the document knows of it, without its pixels
/// (the app decodes them; the UI draws them).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Image {
    /// The address as written in the course text (`figures/a.png`).
    pub source: String,
    /// The alt text, sanitised.
    pub alt: String,
    /// The picture's natural size in cells (columns, rows), each at least 1,
    /// once the app has decoded it and images are shown; `None`: the block
    /// shows its text form.
    pub cells: Option<(u16, u16)>,
}

impl Image {
    /// The size in cells (columns, rows) the picture is drawn at in `width`
    /// columns: as wide as the width allows but never wider than its natural
    /// size, its rows in proportion (at least 1). `None` without a natural size
    /// or without room.
    pub fn fit(&self, width: usize) -> Option<(u16, u16)> {
        let (cols, rows) = self.cells?;
        if width == 0 || cols == 0 || rows == 0 {
            return None;
        }
        let c = usize::from(cols).min(width);
        let r = (usize::from(rows) * c).div_ceil(usize::from(cols)).max(1);
        Some((
            u16::try_from(c).unwrap_or(u16::MAX),
            u16::try_from(r).unwrap_or(u16::MAX),
        ))
    }
}

/// A link in a [`Block`]: bytes `range` of hard line `line` (its spans' text
/// joined) lead to `target`.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index of the hard line in [`Block::lines`].
    pub line: usize,
    /// Byte range in the line's text, on grapheme boundaries.
    pub range: Range<usize>,
    /// Where the link leads.
    pub target: LinkTarget,
}

/// Where a link shows in a wrapped [`Row`]: display columns `start..end` from the
/// row's left edge (prefix included).
#[derive(Debug, Clone, PartialEq)]
pub struct RowLink {
    /// First column.
    pub start: usize,
    /// Column after the last.
    pub end: usize,
    /// Where the link leads.
    pub target: LinkTarget,
}

impl Block {
    /// A wrapping block of one hard line.
    pub fn text(spans: Vec<Span>) -> Self {
        Block {
            lines: vec![spans],
            wrap: true,
            gap: true,
            ..Block::default()
        }
    }

    /// A wrapping block of several hard lines.
    pub fn lines(lines: Vec<Vec<Span>>) -> Self {
        Block {
            lines,
            wrap: true,
            gap: true,
            ..Block::default()
        }
    }

    /// The same block without a blank line before it.
    pub fn tight(mut self) -> Self {
        self.gap = false;
        self
    }

    /// The same block with `prefix` on its first line and `rest` on the others.
    pub fn prefixed(mut self, prefix: Vec<Span>, rest: Vec<Span>) -> Self {
        self.first_prefix = prefix;
        self.rest_prefix = rest;
        self
    }

    /// [`crate::progress::text_hash`] of the block's text: its hard lines'
    /// spans joined, the lines separated by `\n` (prefixes such as a list
    /// number left out), for [`crate::progress::Anchor::hash`].
    pub fn text_hash(&self) -> u32 {
        let mut text = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            for span in line {
                text.push_str(&span.content);
            }
        }
        crate::progress::text_hash(&text)
    }

    /// Where the block's picture goes at `width` (the pane's width, as given to
    /// [`Doc::wrap`]): (left column, columns, rows), its rows the block's first
    /// ones after its blank separator. `None` when the block has no picture to
    /// draw at that width.
    pub fn picture(&self, width: u16) -> Option<(u16, u16, u16)> {
        let image = self.image.as_ref()?;
        let width = usize::from(width.max(1));
        let prefix = spans_width(&self.first_prefix).max(spans_width(&self.rest_prefix));
        let prefix = if prefix + 1 > width { 0 } else { prefix };
        let (cols, rows) = image.fit(width - prefix)?;
        Some((u16::try_from(prefix).unwrap_or(0), cols, rows))
    }

    /// Whether the block holds no text at all.
    pub fn is_empty(&self) -> bool {
        self.lines
            .iter()
            .all(|l| l.iter().all(|s| s.content.is_empty()))
    }
}

/// A whole text to show: blocks in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    /// The blocks.
    pub blocks: Vec<Block>,
}

/// One wrapped line, and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The text of the row, at most the wrap width wide.
    pub line: Line,
    /// Index of its block in the [`Doc`].
    pub block: usize,
    /// Index of the row within its block (a block's blank separator row is 0).
    pub line_in_block: usize,
    /// The links the row shows (most rows: none).
    pub links: Vec<RowLink>,
}

impl Doc {
    /// Lays the document out in `width` columns. A zero width is treated as one.
    pub fn wrap(&self, width: u16) -> Vec<Row> {
        let width = usize::from(width.max(1));
        let mut rows = Vec::new();
        for (bi, block) in self.blocks.iter().enumerate() {
            let mut n = 0;
            let mut push = |line: Line, links: Vec<RowLink>, rows: &mut Vec<Row>| {
                rows.push(Row {
                    line,
                    block: bi,
                    line_in_block: n,
                    links,
                });
                n += 1;
            };
            if block.gap && bi > 0 {
                push(Line::default(), Vec::new(), &mut rows);
            }
            let mut first = true;
            let prefix = spans_width(&block.first_prefix).max(spans_width(&block.rest_prefix));
            let captioned: Block;
            let block = match (block.picture(width as u16), &block.image) {
                (Some((_, _, picture_rows)), Some(image)) => {
                    // The picture's rows (the UI draws over them), then its
                    // alt text as a caption.
                    for i in 0..picture_rows {
                        let p = if i == 0 {
                            &block.first_prefix
                        } else {
                            &block.rest_prefix
                        };
                        let p = if spans_width(p) + 1 > width {
                            Vec::new()
                        } else {
                            p.clone()
                        };
                        push(Line::from(p), Vec::new(), &mut rows);
                    }
                    first = false;
                    if image.alt.trim().is_empty() {
                        continue;
                    }
                    captioned = Block {
                        lines: vec![vec![Span::styled(
                            image.alt.clone(),
                            Style::role(crate::doc::Role::Meta)
                                .add_modifier(crate::doc::Modifier::ITALIC),
                        )]],
                        links: Vec::new(),
                        fallback: None,
                        wrap: true,
                        ..block.clone()
                    };
                    &captioned
                }
                _ => block,
            };
            let centred: Vec<Vec<Span>>;
            let (lines, block) = match &block.fallback {
                Some(fallback) if block.lines.iter().any(|l| spans_width(l) + prefix > width) => (
                    fallback,
                    &Block {
                        wrap: true,
                        links: Vec::new(),
                        ..block.clone()
                    },
                ),
                _ if block.centre && !block.wrap => {
                    let w = block.lines.iter().map(|l| spans_width(l)).max();
                    let pad = width.saturating_sub(prefix + w.unwrap_or(0)) / 2;
                    centred = block
                        .lines
                        .iter()
                        .map(|l| {
                            let mut line = Vec::with_capacity(l.len() + 1);
                            if pad > 0 {
                                line.push(Span::raw(" ".repeat(pad)));
                            }
                            line.extend(l.iter().cloned());
                            line
                        })
                        .collect();
                    (&centred, block)
                }
                _ => (&block.lines, block),
            };
            for (li, hard) in lines.iter().enumerate() {
                let links: Vec<&Link> = block.links.iter().filter(|l| l.line == li).collect();
                for (pieces, row_links) in layout(hard, block, &links, width, &mut first) {
                    push(Line::from(pieces), row_links, &mut rows);
                }
            }
        }
        rows
    }
}

fn spans_width(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.content.width()).sum()
}

/// A word or a run of spaces: pieces of the spans' text, each with its style,
/// the index of the link it belongs to (if any) and its width.
struct Token<'a> {
    parts: Vec<(&'a str, Style, Option<usize>, usize)>,
    width: usize,
    space: bool,
}

/// The words and runs of spaces of a hard line, in order, with the links
/// (byte ranges of the line's text) they show. Text is only cut between
/// grapheme clusters; a span of printable ASCII (most lessons) is cut at its
/// spaces and link ends without segmenting it into graphemes, one column a byte.
fn tokens<'a>(spans: &'a [Span], links: &[&Link]) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for span in spans {
        push_runs(&span.content, span.style, offset, links, &mut out);
        offset += span.content.len();
    }
    out
}

/// Appends the runs of `text` (words and spaces, cut where a link starts or
/// ends; `base` is the text's byte offset in its line) to `out`, joining a run
/// to the last token when both are words or both spaces.
fn push_runs<'a>(
    text: &'a str,
    style: Style,
    base: usize,
    links: &[&Link],
    out: &mut Vec<Token<'a>>,
) {
    let link_at = |at: usize| {
        if links.is_empty() {
            return None;
        }
        links.iter().position(|l| l.range.contains(&(base + at)))
    };
    let mut add = |start: usize, end: usize, space: bool, link: Option<usize>, width: usize| {
        let piece = (&text[start..end], style, link, width);
        match out.last_mut() {
            Some(t) if t.space == space => {
                t.width += width;
                t.parts.push(piece);
            }
            _ => out.push(Token {
                parts: vec![piece],
                width,
                space,
            }),
        }
    };
    // (start byte, is space, link, width) of the run being read.
    let mut run: Option<(usize, bool, Option<usize>, usize)> = None;
    let mut step = |at: usize, space: bool, w: usize| {
        let link = link_at(at);
        match &mut run {
            Some((_, s, l, width)) if *s == space && *l == link => *width += w,
            _ => {
                if let Some((start, s, l, width)) = run.replace((at, space, link, w)) {
                    add(start, at, s, l, width);
                }
            }
        }
    };
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        for (at, b) in text.bytes().enumerate() {
            step(at, b == b' ', 1);
        }
    } else {
        for (at, g) in text.grapheme_indices(true) {
            step(at, g.chars().all(crate::text::is_break), g.width());
        }
    }
    if let Some((start, s, l, width)) = run {
        add(start, text.len(), s, l, width);
    }
}

/// Records that columns `at..at + width` of a row show link `link` (an index
/// into `links`), joining it to the link recorded just before when it goes on.
fn mark(row: &mut Vec<RowLink>, links: &[&Link], link: Option<usize>, at: usize, width: usize) {
    let Some(k) = link else {
        return;
    };
    match row.last_mut() {
        Some(last) if last.end == at && last.target == links[k].target => last.end += width,
        _ => row.push(RowLink {
            start: at,
            end: at + width,
            target: links[k].target.clone(),
        }),
    }
}

/// Wraps one hard line of `block`, with its `links`, into rows of spans,
/// prefixes included, each with the links it shows.
fn layout(
    hard: &[Span],
    block: &Block,
    links: &[&Link],
    width: usize,
    first: &mut bool,
) -> Vec<(Vec<Span>, Vec<RowLink>)> {
    let prefix_for = |first: bool| {
        let p = if first {
            &block.first_prefix
        } else {
            &block.rest_prefix
        };
        // A prefix that leaves no room for text is dropped.
        if spans_width(p) + 1 > width {
            Vec::new()
        } else {
            p.clone()
        }
    };
    let mut rows = Vec::new();
    let mut line = prefix_for(*first);
    *first = false;
    let mut used = spans_width(&line);
    let mut avail = width - used;

    if !block.wrap {
        // Code and tables: no links are found in them.
        rows.push((clip(hard, line, width, 0), Vec::new()));
        return rows;
    }

    let mut row_links = Vec::new();
    let mut pending_space: Option<(Style, Option<usize>)> = None;
    let mut line_has_text = false;
    for token in tokens(hard, links) {
        if token.space && !block.keep_spaces {
            if line_has_text {
                pending_space = Some((token.parts[0].1, token.parts[0].2));
            }
            continue;
        }
        let space_w = usize::from(pending_space.is_some());
        if line_has_text && used + space_w + token.width > width {
            rows.push((std::mem::take(&mut line), std::mem::take(&mut row_links)));
            line = prefix_for(false);
            used = spans_width(&line);
            avail = width - used;
            pending_space = None;
        }
        if let Some((st, link)) = pending_space.take() {
            push_str(&mut line, " ", st);
            mark(&mut row_links, links, link, used, 1);
            used += 1;
        }
        if token.width <= width - used {
            for &(s, st, link, w) in &token.parts {
                push_str(&mut line, s, st);
                mark(&mut row_links, links, link, used, w);
                used += w;
            }
        } else if is_address(&token) {
            // An address longer than the line: broken only after a `/`, so that
            // each row is a whole part of it and a copied address still works;
            // only a part longer than a whole row is broken within (as any
            // long word), so that all of it is shown.
            let graphemes: Vec<(&str, Style, Option<usize>, usize)> = token
                .parts
                .iter()
                .flat_map(|&(s, st, link, _)| {
                    s.graphemes(true).map(move |g| (g, st, link, g.width()))
                })
                .collect();
            for part in graphemes.split_inclusive(|(g, ..)| *g == "/") {
                let part_w: usize = part.iter().map(|p| p.3).sum();
                if used + part_w > width && used > width - avail {
                    rows.push((std::mem::take(&mut line), std::mem::take(&mut row_links)));
                    line = prefix_for(false);
                    used = spans_width(&line);
                    avail = width - used;
                }
                for &(g, st, link, w) in part {
                    if used + w > width && used > width - avail {
                        rows.push((std::mem::take(&mut line), std::mem::take(&mut row_links)));
                        line = prefix_for(false);
                        used = spans_width(&line);
                        avail = width - used;
                    }
                    push_str(&mut line, g, st);
                    mark(&mut row_links, links, link, used, w);
                    used += w;
                }
            }
        } else {
            // A word longer than the line: break it between graphemes.
            for &(s, st, link, _) in &token.parts {
                for g in s.graphemes(true) {
                    let w = g.width();
                    if used + w > width && used > width - avail {
                        rows.push((std::mem::take(&mut line), std::mem::take(&mut row_links)));
                        line = prefix_for(false);
                        used = spans_width(&line);
                    }
                    push_str(&mut line, g, st);
                    mark(&mut row_links, links, link, used, w);
                    used += w;
                }
            }
        }
        line_has_text = true;
    }
    rows.push((line, row_links));
    rows
}

/// Whether a word is a web address (`https://…`, `www.…`), which is broken
/// only after its slashes.
fn is_address(token: &Token) -> bool {
    let text: String = token.parts.iter().map(|p| p.0).collect();
    text.contains("://") || text.starts_with("www.")
}

/// One line of a block that does not wrap, after `line` (its prefix), within
/// `width` columns: the first `offset` columns of text are skipped and a `…` marks
/// each side where text is hidden.
fn clip(hard: &[Span], mut line: Vec<Span>, width: usize, offset: usize) -> Vec<Span> {
    let mut used = spans_width(&line);
    let total = spans_width(hard);
    let mut skipped = 0;
    let mut left_marked = offset == 0;
    let mut shown = 0;
    for span in hard {
        for g in span.content.graphemes(true) {
            let w = g.width();
            if skipped < offset {
                skipped += w;
                continue;
            }
            if !left_marked {
                left_marked = true;
                if used < width {
                    line.push(Span::styled("…", span.style));
                    used += 1;
                }
            }
            // What is left of the text from here on does not fit: keep a column
            // for the marker.
            let rest = total - skipped - shown;
            if used + rest > width && used + w > width.saturating_sub(1) {
                if used < width {
                    line.push(Span::styled("…", span.style));
                }
                return line;
            }
            push_str(&mut line, g, span.style);
            used += w;
            shown += w;
        }
    }
    if !left_marked && total > 0 && used < width {
        // Scrolled past the end of this line: only the marker shows.
        let style = hard.last().map_or_else(Style::default, |s| s.style);
        line.push(Span::styled("…", style));
    }
    line
}

impl Doc {
    /// Whether `block` is one whose lines can be scrolled sideways: fenced code
    /// (it does not wrap and has no fallback, unlike a table).
    pub fn scrolls_sideways(&self, block: usize) -> bool {
        self.blocks
            .get(block)
            .is_some_and(|b| !b.wrap && b.fallback.is_none())
    }

    /// The largest useful sideways scroll of the code blocks at `width`, in
    /// columns: 0 when every line of code fits.
    pub fn max_hscroll(&self, width: u16) -> usize {
        let width = usize::from(width.max(1));
        (0..self.blocks.len())
            .filter(|&b| self.scrolls_sideways(b))
            .flat_map(|b| {
                let block = &self.blocks[b];
                let prefix = spans_width(&block.first_prefix).max(spans_width(&block.rest_prefix));
                block.lines.iter().map(move |l| {
                    let w = spans_width(l) + prefix;
                    if w > width { w + 1 - width } else { 0 }
                })
            })
            .max()
            .unwrap_or(0)
    }

    /// `row` (laid out at `width` by [`Doc::wrap`]) with its code scrolled
    /// sideways by `offset` columns; any other row as it is.
    pub fn row_line(&self, row: &Row, width: u16, offset: usize) -> Line {
        if offset == 0 || !self.scrolls_sideways(row.block) {
            return row.line.clone();
        }
        let block = &self.blocks[row.block];
        let gap = usize::from(block.gap && row.block > 0);
        let Some(hard) = row
            .line_in_block
            .checked_sub(gap)
            .and_then(|i| block.lines.get(i).map(|l| (i, l)))
        else {
            return row.line.clone();
        };
        let width = usize::from(width.max(1));
        let p = if hard.0 == 0 {
            &block.first_prefix
        } else {
            &block.rest_prefix
        };
        let prefix = if spans_width(p) + 1 > width {
            Vec::new()
        } else {
            p.clone()
        };
        Line::from(clip(hard.1, prefix, width, offset))
    }
}

fn push_str(line: &mut Vec<Span>, s: &str, style: Style) {
    match line.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push_str(s),
        _ => line.push(Span::styled(s.to_string(), style)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| r.line.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn wraps_between_words_within_the_width() {
        let doc = Doc {
            blocks: vec![Block::text(vec![Span::raw("the quick brown fox jumps")])],
        };
        assert_eq!(
            plain(&doc.wrap(10)),
            vec!["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn no_break_spaces_are_never_a_place_to_break() {
        // French puts a narrow no-break space before `?`: the mark stays with
        // its word.
        let doc = Doc {
            blocks: vec![Block::text(vec![Span::raw("un mot pr\u{ea}t\u{202f}?")])],
        };
        assert_eq!(plain(&doc.wrap(9)), vec!["un mot", "pr\u{ea}t\u{202f}?"]);
    }

    #[test]
    fn long_addresses_are_broken_only_after_a_slash() {
        let url = "https://example.org/courses/sociology/module-3/lesson-intro?x=1";
        let doc = Doc {
            blocks: vec![Block::text(vec![Span::raw(format!("See {url} now."))])],
        };
        let rows = plain(&doc.wrap(24));
        assert_eq!(
            rows,
            vec![
                "See",
                "https://example.org/",
                "courses/sociology/",
                "module-3/",
                "lesson-intro?x=1 now.",
            ]
        );
        // Only a part longer than a whole row is broken within.
        let doc = Doc {
            blocks: vec![Block::text(vec![Span::raw(
                "https://example.org/averyveryverylongpathpart/x",
            )])],
        };
        assert_eq!(
            plain(&doc.wrap(16)),
            vec![
                "https://",
                "example.org/",
                "averyveryverylon",
                "gpathpart/x"
            ]
        );
    }

    #[test]
    fn prefixes_and_gaps_and_anchors() {
        let doc = Doc {
            blocks: vec![
                Block::text(vec![Span::raw("one")]),
                Block::text(vec![Span::raw("aa bb cc")])
                    .prefixed(vec![Span::raw("• ")], vec![Span::raw("  ")]),
            ],
        };
        let rows = doc.wrap(6);
        assert_eq!(plain(&rows), vec!["one", "", "• aa", "  bb", "  cc"]);
        assert_eq!(rows[3].block, 1);
        assert_eq!(rows[3].line_in_block, 2);
    }

    #[test]
    fn long_words_and_wide_characters_never_overflow() {
        let doc = Doc {
            blocks: vec![Block::text(vec![Span::raw(
                "abcdefghij 日本語テキスト 👩‍👩‍👧 e\u{301}e\u{301}",
            )])],
        };
        for width in 1..12u16 {
            for row in doc.wrap(width) {
                assert!(
                    row.line.width() <= usize::from(width).max(2),
                    "{row:?} at {width}"
                );
            }
        }
        let rows = doc.wrap(4);
        assert_eq!(plain(&rows)[0], "abcd");
    }

    /// The tokens as the first version built them, one grapheme at a time:
    /// (text, width, space) per token.
    fn reference_tokens(spans: &[Span]) -> Vec<(String, usize, bool)> {
        let mut out: Vec<(String, usize, bool)> = Vec::new();
        for span in spans {
            for g in span.content.graphemes(true) {
                let space = g.chars().all(crate::text::is_break);
                match out.last_mut() {
                    Some(t) if t.2 == space => {
                        t.0.push_str(g);
                        t.1 += g.width();
                    }
                    _ => out.push((g.to_string(), g.width(), space)),
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn tokens_match_a_grapheme_by_grapheme_reading(
            texts in proptest::collection::vec(
                "([a-z ,.]{0,12}|[ \\t]{0,3}|[éü日本👩\u{301}\u{a0}]{0,4})",
                1..5,
            )
        ) {
            let spans: Vec<Span> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| Span::styled(t.clone(), crate::doc::Role::ALL[i]))
                .collect();
            let got: Vec<(String, usize, bool)> = tokens(&spans, &[])
                .iter()
                .map(|t| (t.parts.iter().map(|(s, ..)| *s).collect(), t.width, t.space))
                .collect();
            proptest::prop_assert_eq!(got, reference_tokens(&spans));
        }
    }

    #[test]
    fn a_text_field_keeps_its_spaces_and_a_styled_space() {
        let caret = Style::default().reversed();
        let block = Block {
            keep_spaces: true,
            ..Block::text(vec![
                Span::raw("Your answer: a  "),
                Span::styled(" ", caret),
                Span::raw(" b"),
            ])
        };
        let rows = Doc {
            blocks: vec![block.clone()],
        }
        .wrap(40);
        assert_eq!(plain(&rows), vec!["Your answer: a    b"]);
        assert!(
            rows[0]
                .line
                .spans
                .iter()
                .any(|s| s.style == caret && s.content == " "),
            "the caret on a space is drawn: {:?}",
            rows[0].line
        );
        // Without the flag, a run of spaces is one space.
        let prose = Doc {
            blocks: vec![Block {
                keep_spaces: false,
                ..block
            }],
        };
        assert_eq!(plain(&prose.wrap(40)), vec!["Your answer: a b"]);
    }

    #[test]
    fn code_is_clipped_not_wrapped() {
        let mut b = Block::text(vec![Span::raw("let x = 1234567890;")]);
        b.wrap = false;
        let rows = Doc { blocks: vec![b] }.wrap(10);
        assert_eq!(plain(&rows), vec!["let x = 1…"]);
    }

    #[test]
    fn code_scrolls_sideways_with_a_marker_on_each_hidden_side() {
        let mut b = Block::text(vec![Span::raw("let x = 1234567890;")]);
        b.wrap = false;
        let doc = Doc { blocks: vec![b] };
        let rows = doc.wrap(10);
        let at = |offset| {
            let line = doc.row_line(&rows[0], 10, offset);
            line.spans
                .iter()
                .map(|s| s.content.to_string())
                .collect::<String>()
        };
        assert_eq!(at(0), "let x = 1…");
        assert_eq!(at(4), "…x = 1234…");
        assert_eq!(doc.max_hscroll(10), 10);
        assert_eq!(at(10), "…34567890;");
        assert_eq!(at(40), "…");
        // Lines that fit never scroll.
        assert_eq!(doc.max_hscroll(40), 0);
    }
}
