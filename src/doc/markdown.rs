//! Lesson markdown (CommonMark with tables, footnotes and strikethrough, parsed by
//! pulldown-cmark) to a [`Doc`].
//!
//! Block quotes and list items nest in any order; each block's prefix is built from
//! the stack of containers it sits in, outermost first (`│ ` for a quote, the bullet
//! or number for the first line of an item and spaces of the same width after).

use super::style::{Role, Span, Style};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use super::model::{Block, Doc, Link};
use crate::hyperlink::LinkTarget;

/// A container a block can sit in.
enum Container {
    /// A block quote.
    Quote,
    /// A list item (or footnote definition): its marker goes before its first line.
    Item { marker: String, used: bool },
}

/// A table being read: alignments, then rows of cells of styled spans.
#[derive(Default)]
struct Table {
    align: Vec<Alignment>,
    rows: Vec<Vec<Vec<Span>>>,
    head_rows: usize,
}

struct Builder {
    blocks: Vec<Block>,
    /// For each finished block: whether it starts a list item.
    item_starts: Vec<bool>,
    /// The block being filled, if any, and whether it starts a list item.
    open: Option<(Block, bool)>,
    styles: Vec<Style>,
    containers: Vec<Container>,
    /// Next number of each open list (`None` for bullet lists).
    lists: Vec<Option<u64>>,
    /// Open links: the address, and where the link text starts (see
    /// [`Builder::position`]).
    links: Vec<(String, Option<(usize, usize)>)>,
    in_code_block: bool,
    in_image: bool,
    table: Option<Table>,
    /// For each heading, in order: the index of its block.
    headings: Vec<usize>,
}

impl Builder {
    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, s: Style) {
        let combined = self.style().patch(s);
        self.styles.push(combined);
    }

    /// The prefixes of a new block, marking pending item markers as used. Returns
    /// (first line, other lines, whether the block starts an item).
    fn prefixes(&mut self) -> (Vec<Span>, Vec<Span>, bool) {
        let (mut first, mut rest, mut starts_item) = (Vec::new(), Vec::new(), false);
        for c in &mut self.containers {
            match c {
                Container::Quote => {
                    first.push(Span::styled("│ ", Style::role(Role::Quote)));
                    rest.push(Span::styled("│ ", Style::role(Role::Quote)));
                }
                Container::Item { marker, used } => {
                    let pad = " ".repeat(marker.width());
                    if *used {
                        first.push(Span::raw(pad.clone()));
                    } else {
                        first.push(Span::styled(marker.clone(), Style::role(Role::Bullet)));
                        *used = true;
                        starts_item = true;
                    }
                    rest.push(Span::raw(pad));
                }
            }
        }
        (first, rest, starts_item)
    }

    /// Starts a block in the current containers.
    fn start_block(&mut self, wrap: bool) {
        self.finish_block();
        let (first, rest, starts_item) = self.prefixes();
        let block = Block {
            lines: vec![Vec::new()],
            first_prefix: first,
            rest_prefix: rest,
            wrap,
            gap: true,
            keep_spaces: false,
            fallback: None,
            links: Vec::new(),
        };
        self.open = Some((block, starts_item));
    }

    fn finish_block(&mut self) {
        if let Some((b, starts_item)) = self.open.take()
            && !b.is_empty()
        {
            self.blocks.push(b);
            self.item_starts.push(starts_item);
        }
    }

    fn text(&mut self, s: &str, style: Style) {
        // Course text is sanitised when loaded, but character references are
        // decoded by the Markdown parser, after that.
        let span = Span::styled(crate::text::sanitize_inline(s).into_owned(), style);
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.rows.last_mut().and_then(|r| r.last_mut()) {
                cell.push(span);
            }
            return;
        }
        if self.open.is_none() {
            self.start_block(true);
        }
        let (block, _) = self.open.as_mut().expect("a block is open");
        block
            .lines
            .last_mut()
            .expect("a block has a line")
            .push(span);
    }

    /// Where text goes next in the open block: (hard line, byte offset in its
    /// text), or `None` in a table or with no block open.
    fn position(&self) -> Option<(usize, usize)> {
        if self.table.is_some() {
            return None;
        }
        let (block, _) = self.open.as_ref()?;
        let line = block.lines.len().checked_sub(1)?;
        let len = block.lines[line].iter().map(|s| s.content.len()).sum();
        Some((line, len))
    }

    /// Records that the text from `start` to `end` (from [`Builder::position`])
    /// links to `target`, when both are on one hard line of the open block.
    fn link(
        &mut self,
        start: Option<(usize, usize)>,
        end: Option<(usize, usize)>,
        target: &LinkTarget,
    ) {
        if let (Some((l0, b0)), Some((l1, b1))) = (start, end)
            && l0 == l1
            && b0 < b1
            && let Some((block, _)) = self.open.as_mut()
        {
            block.links.push(Link {
                line: l0,
                range: b0..b1,
                target: target.clone(),
            });
        }
    }

    fn hard_break(&mut self) {
        if let Some((b, _)) = self.open.as_mut() {
            b.lines.push(Vec::new());
        }
    }

    fn finish_table(&mut self) {
        let Some(table) = self.table.take() else {
            return;
        };
        self.start_block(false);
        let block = table_block(&table);
        if let Some((open, _)) = self.open.as_mut() {
            open.lines = block.lines;
            open.fallback = block.fallback;
        }
        self.finish_block();
    }
}

fn cell_width(cell: &[Span]) -> usize {
    cell.iter().map(|s| s.content.width()).sum()
}

/// A table laid out with aligned columns, and a fallback of `header: value` lines
/// for panes too narrow for it.
fn table_block(table: &Table) -> Block {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            table
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell_width(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut lines = Vec::new();
    for (ri, row) in table.rows.iter().enumerate() {
        let head = ri < table.head_rows;
        let mut line: Vec<Span> = Vec::new();
        for (c, width) in widths.iter().enumerate() {
            if c > 0 {
                line.push(Span::styled(" │ ", Style::role(Role::Meta)));
            }
            let empty = Vec::new();
            let cell = row.get(c).unwrap_or(&empty);
            let pad = width - cell_width(cell);
            let (before, after) = match table.align.get(c) {
                Some(Alignment::Right) => (pad, 0),
                Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                _ => (0, pad),
            };
            line.push(Span::raw(" ".repeat(before)));
            for span in cell {
                let style = if head {
                    span.style.patch(Style::role(Role::Strong))
                } else {
                    span.style
                };
                line.push(Span::styled(span.content.clone(), style));
            }
            line.push(Span::raw(" ".repeat(after)));
        }
        lines.push(line);
        if head && ri + 1 == table.head_rows {
            let rule = widths
                .iter()
                .map(|w| "─".repeat(*w))
                .collect::<Vec<_>>()
                .join("─┼─");
            lines.push(vec![Span::styled(rule, Style::role(Role::Meta))]);
        }
    }
    // Narrow panes: one record per body row, `header: value`.
    let headers: Vec<String> = table
        .rows
        .first()
        .filter(|_| table.head_rows > 0)
        .map(|r| {
            r.iter()
                .map(|cell| cell.iter().map(|s| s.content.as_ref()).collect())
                .collect()
        })
        .unwrap_or_default();
    let mut fallback = Vec::new();
    for (ri, row) in table.rows.iter().enumerate().skip(table.head_rows) {
        if ri > table.head_rows {
            fallback.push(Vec::new());
        }
        // An empty cell says nothing: no `header:` line of its own.
        for (c, cell) in row
            .iter()
            .enumerate()
            .filter(|(_, cell)| cell_width(cell) > 0)
        {
            let mut line = Vec::new();
            if let Some(h) = headers.get(c).filter(|h| !h.is_empty()) {
                line.push(Span::styled(format!("{h}: "), Style::role(Role::Strong)));
            }
            line.extend(cell.iter().cloned());
            fallback.push(line);
        }
    }
    Block {
        lines,
        wrap: false,
        fallback: Some(fallback),
        ..Block::default()
    }
}

/// Converts CommonMark `source` to a [`Doc`] (styles as semantic roles).
///
/// Headings, emphasis, strong text, strikethrough, inline and block code, bullet
/// and numbered lists (numbers kept, nested), block quotes (nested, also inside
/// lists), tables (aligned columns; `header: value` records when too wide), footnotes
/// (`[1]` marks and their definitions), links (text, then the address in brackets
/// when it differs), images (as `[image: alt]`), rules and hard breaks are rendered;
/// raw HTML is shown as text. Items of one list are not separated by blank lines.
pub fn to_doc(source: &str) -> Doc {
    to_doc_with_headings(source).0
}

thread_local! {
    static PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many markdown texts this thread has parsed so far: tests use it to check
/// that an item opened again is not parsed again.
pub fn parses() -> usize {
    PARSES.with(std::cell::Cell::get)
}

/// Like [`to_doc`], with the index of each heading's block, in the order of
/// [`crate::course::headings`] (an empty heading points at the block after it).
pub fn to_doc_with_headings(source: &str) -> (Doc, Vec<usize>) {
    PARSES.with(|n| n.set(n.get() + 1));
    let mut b = Builder {
        blocks: Vec::new(),
        item_starts: Vec::new(),
        open: None,
        styles: Vec::new(),
        containers: Vec::new(),
        lists: Vec::new(),
        links: Vec::new(),
        in_code_block: false,
        in_image: false,
        table: None,
        headings: Vec::new(),
    };
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    let reuse = b.open.as_ref().is_some_and(|(o, _)| o.is_empty());
                    if !reuse {
                        b.start_block(true);
                    }
                }
                Tag::Heading { level, .. } => {
                    let idx = match level {
                        HeadingLevel::H1 => 0,
                        HeadingLevel::H2 => 1,
                        _ => 2,
                    };
                    b.start_block(true);
                    b.push_style(Style::role(Role::heading(idx + 1)));
                }
                Tag::BlockQuote(_) => {
                    b.finish_block();
                    b.containers.push(Container::Quote);
                    b.push_style(Style::role(Role::Quote));
                }
                Tag::CodeBlock(_) => {
                    b.start_block(false);
                    b.in_code_block = true;
                }
                Tag::List(start) => {
                    b.finish_block();
                    b.lists.push(start);
                }
                Tag::Item => {
                    b.finish_block();
                    let marker = match b.lists.last_mut() {
                        Some(Some(n)) => {
                            let m = format!("{n}. ");
                            *n += 1;
                            m
                        }
                        _ => "• ".to_string(),
                    };
                    let marker = format!("{marker:<3}");
                    b.containers.push(Container::Item {
                        marker,
                        used: false,
                    });
                    b.start_block(true);
                }
                Tag::FootnoteDefinition(label) => {
                    b.finish_block();
                    b.containers.push(Container::Item {
                        marker: format!("[{label}] "),
                        used: false,
                    });
                    b.start_block(true);
                }
                Tag::Table(align) => {
                    b.finish_block();
                    b.table = Some(Table {
                        align,
                        ..Table::default()
                    });
                }
                Tag::TableHead | Tag::TableRow => {
                    if let Some(t) = &mut b.table {
                        t.rows.push(Vec::new());
                        if matches!(tag, Tag::TableHead) {
                            t.head_rows += 1;
                        }
                    }
                }
                Tag::TableCell => {
                    if let Some(row) = b.table.as_mut().and_then(|t| t.rows.last_mut()) {
                        row.push(Vec::new());
                    }
                }
                Tag::Emphasis => b.push_style(Style::role(Role::Emphasis)),
                Tag::Strong => b.push_style(Style::role(Role::Strong)),
                Tag::Strikethrough => b.push_style(Style::new().crossed_out()),
                Tag::Link { dest_url, .. } => {
                    let start = b.position();
                    b.links.push((dest_url.to_string(), start));
                    b.push_style(Style::role(Role::Link));
                }
                Tag::Image { .. } => {
                    b.in_image = true;
                    b.text("[image: ", Style::role(Role::Meta));
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => b.finish_block(),
                TagEnd::Heading(_) => {
                    b.styles.pop();
                    b.headings.push(b.blocks.len());
                    b.finish_block();
                }
                TagEnd::BlockQuote(_) => {
                    b.finish_block();
                    b.containers.pop();
                    b.styles.pop();
                }
                TagEnd::CodeBlock => {
                    b.in_code_block = false;
                    if let Some((open, _)) = b.open.as_mut()
                        && open.lines.len() > 1
                        && open.lines.last().is_some_and(Vec::is_empty)
                    {
                        open.lines.pop();
                    }
                    b.finish_block();
                }
                TagEnd::List(_) => {
                    b.finish_block();
                    b.lists.pop();
                }
                TagEnd::Item | TagEnd::FootnoteDefinition => {
                    b.finish_block();
                    b.containers.pop();
                }
                TagEnd::Table => b.finish_table(),
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                    b.styles.pop();
                }
                TagEnd::Link => {
                    b.styles.pop();
                    if let Some((url, start)) = b.links.pop() {
                        // Both the link text and the address shown after it are
                        // clickable, when the address may be linked at all.
                        let target = LinkTarget::parse(&url);
                        if let Some(t) = &target {
                            b.link(start, b.position(), t);
                        }
                        let shown: String = b
                            .open
                            .as_ref()
                            .and_then(|(o, _)| o.lines.last())
                            .map(|l| l.iter().map(|s| s.content.as_ref()).collect())
                            .unwrap_or_default();
                        if !url.is_empty() && !shown.ends_with(url.as_str()) {
                            let before = b.position();
                            // Entities in the address (`&#27;`) are decoded by
                            // the parser, after the course was sanitised.
                            let shown_url = crate::text::sanitize_line(&url);
                            b.text(&format!(" ({shown_url})"), Style::role(Role::Url));
                            if let (Some(t), Some((l, at)), Some((l1, end))) =
                                (&target, before, b.position())
                            {
                                // Without the brackets.
                                b.link(Some((l, at + 2)), Some((l1, end - 1)), t);
                            }
                        }
                    }
                }
                TagEnd::Image => {
                    b.in_image = false;
                    b.text("]", Style::role(Role::Meta));
                }
                _ => {}
            },
            Event::Text(t) => {
                if b.in_code_block {
                    let mut first = true;
                    for line in t.split('\n') {
                        if !first {
                            b.hard_break();
                        }
                        first = false;
                        if !line.is_empty() {
                            b.text(line, Style::role(Role::Code));
                        }
                    }
                } else if b.in_image {
                    b.text(&t, Style::role(Role::Meta));
                } else {
                    let s = b.style();
                    b.text(&t, s);
                }
            }
            Event::Code(t) => {
                let s = b.style().patch(Style::role(Role::Code));
                b.text(&t, s);
            }
            Event::FootnoteReference(label) => {
                b.text(&format!("[{label}]"), Style::role(Role::Meta))
            }
            Event::Html(t) | Event::InlineHtml(t) => {
                b.text(t.trim_end_matches('\n'), Style::role(Role::Meta))
            }
            Event::SoftBreak => {
                let s = b.style();
                b.text(" ", s);
            }
            Event::HardBreak => b.hard_break(),
            Event::Rule => {
                b.start_block(true);
                b.text(&"─".repeat(24), Style::role(Role::Meta));
                b.finish_block();
            }
            _ => {}
        }
    }
    b.finish_block();
    b.finish_table();
    // Items of one list sit together; a list is set apart from what surrounds it.
    let mut doc = Doc { blocks: b.blocks };
    for i in 1..doc.blocks.len() {
        doc.blocks[i].gap = !(b.item_starts[i] && b.item_starts[i - 1]);
    }
    if let Some(first) = doc.blocks.first_mut() {
        first.gap = false;
    }
    (doc, b.headings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(doc: &Doc, width: u16) -> Vec<String> {
        doc.wrap(width)
            .iter()
            .map(|r| r.line.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn character_references_never_decode_to_raw_controls() {
        // ESC, BEL, a line break, C1 NEL and a right-to-left override, each as a
        // character reference, in text, in inline code and in a code block.
        let md =
            "Red &#27;[31mtext&#7; and&#10;more &#x85; &#x202E;rtl `x&#27;y`\n\n```\nok\n```\n";
        let doc = to_doc(md);
        let text: String = doc
            .blocks
            .iter()
            .flat_map(|b| b.lines.iter().flatten())
            .map(|s| s.content.as_ref())
            .collect();
        assert!(
            !text.chars().any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{text:?}"
        );
        assert!(
            text.contains("Red \u{241b}[31mtext\u{2407} and more"),
            "{text:?}"
        );
    }

    #[test]
    fn renders_the_common_elements() {
        let md = "## Title\n\nSome *soft*\ntext with [a link](https://example.org).\n\n- one\n- two\n  1. nested\n\n> quoted\n\n```\ncode  line\n```\n\n3. three\n4. four\n";
        let doc = to_doc(md);
        assert_eq!(
            plain(&doc, 60),
            vec![
                "Title",
                "",
                "Some soft text with a link (https://example.org).",
                "",
                "•  one",
                "•  two",
                "   1. nested",
                "",
                "│ quoted",
                "",
                "code  line",
                "",
                "3. three",
                "4. four",
            ]
        );
    }

    #[test]
    fn a_list_after_a_first_paragraph_is_set_apart() {
        let doc = to_doc("Intro.\n\n- a\n- b\n\nAfter.");
        assert_eq!(
            plain(&doc, 40),
            vec!["Intro.", "", "•  a", "•  b", "", "After."]
        );
    }

    #[test]
    fn images_show_their_alt_text() {
        let doc = to_doc("![a chart](x.png)");
        assert_eq!(plain(&doc, 40), vec!["[image: a chart]"]);
    }

    #[test]
    fn list_items_wrap_under_their_text() {
        let doc = to_doc("- alpha beta gamma");
        assert_eq!(plain(&doc, 12), vec!["•  alpha", "   beta", "   gamma"]);
    }

    #[test]
    fn a_quote_inside_a_list_is_indented_under_its_item() {
        let doc = to_doc("- item\n\n  > quoted\n- next");
        assert_eq!(
            plain(&doc, 40),
            vec!["•  item", "", "   │ quoted", "", "•  next"]
        );
    }

    #[test]
    fn a_list_inside_a_quote_keeps_the_bar_first() {
        let doc = to_doc("> - a\n> - b");
        assert_eq!(plain(&doc, 40), vec!["│ •  a", "│ •  b"]);
    }

    #[test]
    fn tables_align_their_columns_and_fall_back_when_too_wide() {
        let md = "| Acronym | Companies |\n|:--|--:|\n| GAFA | 4 |\n| NATU | four |\n";
        let doc = to_doc(md);
        assert_eq!(
            plain(&doc, 40),
            vec![
                "Acronym │ Companies",
                "────────┼──────────",
                "GAFA    │         4",
                "NATU    │      four",
            ]
        );
        assert_eq!(
            plain(&doc, 12),
            vec![
                "Acronym:",
                "GAFA",
                "Companies: 4",
                "",
                "Acronym:",
                "NATU",
                "Companies:",
                "four"
            ]
        );
    }

    #[test]
    fn the_narrow_fallback_skips_empty_cells() {
        let md = "| Term | Note | Source |\n|--|--|--|\n| GAFA |  | Le Monde |\n| NATU | | |\n";
        let doc = to_doc(md);
        assert_eq!(
            plain(&doc, 12),
            vec!["Term: GAFA", "Source: Le", "Monde", "", "Term: NATU"]
        );
    }

    /// Each row's text with its linked columns in brackets and their addresses.
    fn linked(doc: &Doc, width: u16) -> Vec<(String, Vec<(String, String)>)> {
        doc.wrap(width)
            .iter()
            .map(|r| {
                let text: String = r.line.spans.iter().map(|s| s.content.as_ref()).collect();
                let links = r
                    .links
                    .iter()
                    .map(|l| {
                        let shown: String =
                            text.chars().skip(l.start).take(l.end - l.start).collect();
                        (shown, l.target.as_str().to_string())
                    })
                    .collect();
                (text, links)
            })
            .collect()
    }

    #[test]
    fn link_text_and_address_are_linked_across_wrapped_rows() {
        let md = "- See [the study](https://example.org/a;b) now.";
        let doc = to_doc(md);
        let url = "https://example.org/a%3Bb".to_string();
        assert_eq!(
            linked(&doc, 80),
            vec![(
                "•  See the study (https://example.org/a;b) now.".to_string(),
                vec![
                    ("the study".to_string(), url.clone()),
                    ("https://example.org/a;b".to_string(), url.clone()),
                ]
            )]
        );
        // Wrapped: the words of the link on each row; the space between them
        // belongs to the link only when on the same row.
        let rows = linked(&doc, 14);
        assert_eq!(rows[0].0, "•  See the");
        assert_eq!(rows[0].1, vec![("the".to_string(), url.clone())]);
        assert_eq!(rows[1].0, "   study");
        assert_eq!(rows[1].1, vec![("study".to_string(), url.clone())]);
        let all: Vec<String> = rows
            .iter()
            .flat_map(|r| r.1.iter().map(|l| l.0.clone()))
            .collect();
        assert_eq!(all.concat(), "thestudyhttps://example.org/a;b");
    }

    #[test]
    fn wide_characters_in_a_link_count_two_columns() {
        let doc = to_doc("> 見て [日本語](https://x.org) 👩‍👩‍👧");
        let rows = doc.wrap(60);
        assert_eq!(rows.len(), 1);
        let cols: Vec<(usize, usize)> = rows[0].links.iter().map(|l| (l.start, l.end)).collect();
        // `│ ` (2) + `見て ` (5): the text at 7..13, then ` (` and the address.
        assert_eq!(cols, vec![(7, 13), (15, 28)]);
    }

    #[test]
    fn links_in_tables_are_shown_but_not_linked() {
        let doc = to_doc("| a |\n|---|\n| [x](https://x.org) |\n");
        let rows = doc.wrap(40);
        assert_eq!(plain(&doc, 40)[2], "x (https://x.org)");
        assert!(rows.iter().all(|r| r.links.is_empty()));
    }

    #[test]
    fn only_safe_addresses_are_linked() {
        let md = "[a](javascript:alert(1)) [b](lessons/x.md) [c](https://x.org/&#27;]0;T&#7;) <https://ok.org> [d](mailto:a@b.org)";
        let doc = to_doc(md);
        let rows = linked(&doc, 200);
        let links: Vec<(String, String)> = rows.into_iter().flat_map(|r| r.1).collect();
        assert_eq!(
            links,
            vec![
                ("https://ok.org".to_string(), "https://ok.org".to_string()),
                ("d".to_string(), "mailto:a@b.org".to_string()),
                ("mailto:a@b.org".to_string(), "mailto:a@b.org".to_string()),
            ]
        );
    }

    #[test]
    fn footnotes_show_a_mark_and_their_text() {
        let doc = to_doc("Dark social[^1].\n\n[^1]: Madrigal, 2012.");
        assert_eq!(
            plain(&doc, 40),
            vec!["Dark social[1].", "", "[1] Madrigal, 2012."]
        );
    }
}
