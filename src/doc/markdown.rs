//! Lesson markdown (CommonMark with tables, footnotes and strikethrough, parsed by
//! pulldown-cmark) to a [`Doc`].
//!
//! Block quotes and list items nest in any order; each block's prefix is built from
//! the stack of containers it sits in, outermost first (`│ ` for a quote, the bullet
//! or number for the first line of an item and spaces of the same width after).
//!
//! Math (pulldown-cmark's math extension, with `\(…\)` and `\[…\]` rewritten as
//! dollars first): inline formulas are spans of [`Role::Math`]; a display formula
//! is a block of its own, centred, laid out by [`crate::text::math::display`]; what
//! cannot be drawn is its TeX source in [`Role::Code`].

use super::style::{Role, Span, Style};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use super::model::{Block, Doc, Image, Link};
use crate::course::{ITEM_SCHEME, Jump};
use crate::hyperlink::LinkTarget;
use crate::i18n::{Language, tr};

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

struct Builder<'j> {
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
    /// An image being read, when it is drawn as a block of its own: its
    /// address and its alt text so far.
    image: Option<(String, String)>,
    /// Whether an image is being read inline (in a table or a heading, as
    /// `[image: alt]` text).
    in_image: bool,
    table: Option<Table>,
    /// For each heading, in order: the index of its block.
    headings: Vec<usize>,
    /// The resolved `item:` links the text may hold (see [`to_doc_with_jumps`]).
    jumps: &'j [Jump],
    /// For each `item:` link shown, in order: (its block, index in `jumps`).
    jump_blocks: Vec<(usize, usize)>,
    /// The language of amphi's words in the text (`[image: alt]`).
    lang: Language,
}

/// The text an image shows as while it is not drawn, in `lang`
/// (`[image: alt]`, `[image : alt]`), cut around the alt text: (before,
/// after). The alt text is the course's and never goes through the catalogue.
fn image_marks(lang: Language) -> (String, String) {
    let whole = tr(lang, "doc-image", &[("alt", "\u{0}".into())]);
    match whole.split_once('\u{0}') {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (format!("{whole} "), String::new()),
    }
}

impl Builder<'_> {
    /// What the start of `tag` does: a new block, a container, a style.
    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => {
                let reuse = self.open.as_ref().is_some_and(|(o, _)| o.is_empty());
                if !reuse {
                    self.start_block(true);
                }
            }
            Tag::Heading { level, .. } => {
                let idx = match level {
                    HeadingLevel::H1 => 0,
                    HeadingLevel::H2 => 1,
                    _ => 2,
                };
                self.start_block(true);
                self.push_style(Style::role(Role::heading(idx + 1)));
            }
            Tag::BlockQuote(_) => {
                self.finish_block();
                self.containers.push(Container::Quote);
                self.push_style(Style::role(Role::Quote));
            }
            Tag::CodeBlock(_) => {
                self.start_block(false);
                self.in_code_block = true;
            }
            Tag::List(start) => {
                self.finish_block();
                self.lists.push(start);
            }
            Tag::Item => {
                self.finish_block();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "• ".to_string(),
                };
                let marker = format!("{marker:<3}");
                self.containers.push(Container::Item {
                    marker,
                    used: false,
                });
                self.start_block(true);
            }
            Tag::FootnoteDefinition(label) => {
                self.finish_block();
                self.containers.push(Container::Item {
                    marker: format!("[{label}] "),
                    used: false,
                });
                self.start_block(true);
            }
            Tag::Table(align) => {
                self.finish_block();
                self.table = Some(Table {
                    align,
                    ..Table::default()
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    t.rows.push(Vec::new());
                    if matches!(tag, Tag::TableHead) {
                        t.head_rows += 1;
                    }
                }
            }
            Tag::TableCell => {
                if let Some(row) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(Vec::new());
                }
            }
            Tag::Emphasis => self.push_style(Style::role(Role::Emphasis)),
            Tag::Strong => self.push_style(Style::role(Role::Strong)),
            Tag::Strikethrough => self.push_style(Style::new().crossed_out()),
            Tag::Link { dest_url, .. } => {
                let start = self.position();
                self.links.push((dest_url.to_string(), start));
                self.push_style(Style::role(Role::Link));
            }
            Tag::Image { dest_url, .. } => {
                let in_heading = [Role::Heading1, Role::Heading2, Role::Heading3]
                    .iter()
                    .any(|r| self.style().has(*r));
                if self.table.is_some() || in_heading || self.image.is_some() {
                    self.in_image = true;
                    let (before, _) = image_marks(self.lang);
                    self.text(&before, Style::role(Role::Meta));
                } else {
                    self.image = Some((dest_url.to_string(), String::new()));
                }
            }
            _ => {}
        }
    }

    /// What the end of `tag` does: the block finished, the container or style
    /// closed.
    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.finish_block(),
            TagEnd::Heading(_) => {
                self.styles.pop();
                self.headings.push(self.blocks.len());
                self.finish_block();
            }
            TagEnd::BlockQuote(_) => {
                self.finish_block();
                self.containers.pop();
                self.styles.pop();
            }
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                if let Some((open, _)) = self.open.as_mut()
                    && open.lines.len() > 1
                    && open.lines.last().is_some_and(Vec::is_empty)
                {
                    open.lines.pop();
                }
                self.finish_block();
            }
            TagEnd::List(_) => {
                self.finish_block();
                self.lists.pop();
            }
            TagEnd::Item | TagEnd::FootnoteDefinition => {
                self.finish_block();
                self.containers.pop();
            }
            TagEnd::Table => self.finish_table(),
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.styles.pop();
            }
            TagEnd::Link => self.end_link(),
            TagEnd::Image if self.in_image => {
                self.in_image = false;
                let (_, after) = image_marks(self.lang);
                self.text(&after, Style::role(Role::Meta));
            }
            TagEnd::Image => self.image_block(),
            _ => {}
        }
    }

    /// The end of a link: its text and the address shown after it are made
    /// clickable, when the address may be linked at all.
    fn end_link(&mut self) {
        self.styles.pop();
        if let Some((url, start)) = self.links.pop() {
            if url.starts_with(ITEM_SCHEME) {
                self.end_jump(&url);
                return;
            }
            // Both the link text and the address shown after it are
            // clickable, when the address may be linked at all.
            let target = LinkTarget::parse(&url);
            if let Some(t) = &target {
                self.link(start, self.position(), t);
            }
            let shown: String = self
                .open
                .as_ref()
                .and_then(|(o, _)| o.lines.last())
                .map(|l| l.iter().map(|s| s.content.as_ref()).collect())
                .unwrap_or_default();
            if !url.is_empty() && !shown.ends_with(url.as_str()) {
                let before = self.position();
                // Entities in the address (`&#27;`) are decoded by
                // the parser, after the course was sanitised.
                let shown_url = crate::text::sanitize_line(&url);
                self.text(&format!(" ({shown_url})"), Style::role(Role::Url));
                if let (Some(t), Some((l, at)), Some((l1, end))) =
                    (&target, before, self.position())
                {
                    // Without the brackets.
                    self.link(Some((l, at + 2)), Some((l1, end - 1)), t);
                }
            }
        }
    }

    /// The end of a link to an item (`item:`): the target's title after the
    /// link text (`text → Title › Heading`), never the address; a link that
    /// does not resolve shows its text alone (the loader reports it).
    fn end_jump(&mut self, url: &str) {
        let Some(j) = self.jumps.iter().position(|j| j.dest == url) else {
            return;
        };
        let jump = &self.jumps[j];
        let mut label = format!(" → {}", jump.title);
        if let Some((_, h)) = &jump.heading {
            label.push_str(&format!(" › {h}"));
        }
        self.text(&label, Style::role(Role::Link));
        // The open block (or the table being read) is pushed next.
        self.jump_blocks.push((self.blocks.len(), j));
    }

    /// The end of an image read as a block of its own: the text before it in
    /// its paragraph is a block, the image one, and the text after it another.
    fn image_block(&mut self) {
        let Some((source, alt)) = self.image.take() else {
            return;
        };
        let alt = crate::text::sanitize_line(alt.trim());
        self.finish_block();
        let (first, rest, starts_item) = self.prefixes();
        self.blocks.push(Block {
            lines: vec![vec![Span::styled(
                {
                    let (before, after) = image_marks(self.lang);
                    format!("{before}{alt}{after}")
                },
                Style::role(Role::Meta),
            )]],
            first_prefix: first,
            rest_prefix: rest,
            wrap: true,
            gap: true,
            image: Some(Image {
                source: crate::text::sanitize_line(&source),
                alt,
                cells: None,
            }),
            ..Block::default()
        });
        self.item_starts.push(starts_item);
        // A link around the image (`[![alt](a.png)](url)`) started in the
        // block before: its text is not clickable (its address still shows).
        for link in &mut self.links {
            link.1 = None;
        }
    }

    /// Any other event: text, code, breaks, footnote references, HTML, math, rules.
    fn event(&mut self, event: Event) {
        if let Some((_, alt)) = &mut self.image {
            match &event {
                Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => alt.push_str(t),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                _ => {}
            }
            return;
        }
        match event {
            Event::Text(t) => {
                if self.in_code_block {
                    let mut first = true;
                    for line in t.split('\n') {
                        if !first {
                            self.hard_break();
                        }
                        first = false;
                        if !line.is_empty() {
                            self.text(line, Style::role(Role::Code));
                        }
                    }
                } else if self.in_image {
                    self.text(&t, Style::role(Role::Meta));
                } else {
                    let s = self.style();
                    self.text(&t, s);
                }
            }
            Event::Code(t) => {
                let s = self.style().patch(Style::role(Role::Code));
                self.text(&t, s);
            }
            Event::FootnoteReference(label) => {
                self.text(&format!("[{label}]"), Style::role(Role::Meta))
            }
            Event::Html(t) | Event::InlineHtml(t) => {
                self.text(t.trim_end_matches('\n'), Style::role(Role::Meta))
            }
            Event::SoftBreak => {
                let s = self.style();
                self.text(" ", s);
            }
            Event::HardBreak => self.hard_break(),
            Event::InlineMath(tex) => self.inline_math(&tex),
            Event::DisplayMath(tex) => self.display_math(&tex),
            Event::Rule => {
                self.start_block(true);
                self.text(&"─".repeat(24), Style::role(Role::Meta));
                self.finish_block();
            }
            _ => {}
        }
    }

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
            centre: false,
            image: None,
        };
        self.open = Some((block, starts_item));
    }

    /// Inline math (`$…$`, `\(…\)`): its Unicode text in the math role, or,
    /// when it cannot be drawn, its TeX source in the code role.
    fn inline_math(&mut self, tex: &str) {
        let (text, role) = match crate::text::math::inline(tex) {
            Ok(text) => (text, Role::Math),
            Err(_) => (tex.trim().to_string(), Role::Code),
        };
        let style = self.style().patch(Style::role(role));
        self.text(&text, style);
    }

    /// Display math (`$$…$$`, `\[…\]`): a block of its own, centred, laid out
    /// in two dimensions, with its TeX source (code role, wrapped) to show
    /// instead when the pane is too narrow. A formula that cannot be drawn is
    /// its source. In a table cell or a heading it is drawn inline.
    fn display_math(&mut self, tex: &str) {
        let in_heading = [Role::Heading1, Role::Heading2, Role::Heading3]
            .iter()
            .any(|r| self.style().has(*r));
        if self.table.is_some() || in_heading {
            return self.inline_math(tex);
        }
        let source: Vec<Vec<Span>> = tex
            .trim()
            .lines()
            .map(|l| {
                let l = crate::text::sanitize_inline(l.trim()).into_owned();
                vec![Span::styled(l, Style::role(Role::Code))]
            })
            .collect();
        let drawn = crate::text::math::display(tex);
        if drawn.as_ref().is_ok_and(|l| l.lines.is_empty()) || source.is_empty() {
            return;
        }
        self.finish_block();
        let (first, rest, starts_item) = self.prefixes();
        let block = match drawn {
            Ok(layout) => Block {
                lines: layout
                    .lines
                    .into_iter()
                    .map(|l| vec![Span::styled(l, Style::role(Role::Math))])
                    .collect(),
                wrap: false,
                centre: true,
                fallback: Some(source),
                ..Block::default()
            },
            Err(_) => Block {
                lines: source,
                wrap: true,
                ..Block::default()
            },
        };
        self.blocks.push(Block {
            first_prefix: first,
            rest_prefix: rest,
            gap: true,
            ..block
        });
        self.item_starts.push(starts_item);
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
            if s.trim().is_empty() {
                // After display math, the rest of its paragraph starts at its
                // next word.
                return;
            }
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
        let block = table_block(&table, self.lang);
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
/// for panes too narrow for it (`header : value` in French: the colon is
/// amphi's, from the catalogue's `doc-table-field`).
fn table_block(table: &Table, lang: Language) -> Block {
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
                let field = tr(lang, "doc-table-field", &[("header", h.as_str().into())]);
                line.push(Span::styled(format!("{field} "), Style::role(Role::Strong)));
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
/// when it differs), images (a block of their own, [`Block::image`], shown as
/// `[image: alt]` until the app knows the picture; inline `[image: alt]` in a
/// table or a heading), rules and hard breaks are rendered;
/// raw HTML is shown as text. Items of one list are not separated by blank lines.
///
/// amphi's own words in the text (`[image: alt]`) are English: see
/// [`to_doc_in`] for the learner's language.
pub fn to_doc(source: &str) -> Doc {
    to_doc_in(Language::En, source)
}

/// [`to_doc`] with amphi's own words in `lang` (`[image : alt]` in French).
pub fn to_doc_in(lang: Language, source: &str) -> Doc {
    to_doc_with_jumps(lang, source, &[]).0
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
    let (doc, headings, _) = to_doc_with_jumps(Language::En, source, &[]);
    (doc, headings)
}

/// Like [`to_doc_with_headings`], with links to items (`[text](item:…)`) shown
/// as their text then ` → ` and the title of their target in `jumps` (found by
/// address; see [`crate::course::Jumps`]), and, for each such link in text
/// order, (index of its block, index of its target in `jumps`); amphi's own
/// words in `lang`.
pub fn to_doc_with_jumps(
    lang: Language,
    source: &str,
    jumps: &[Jump],
) -> (Doc, Vec<usize>, Vec<(usize, usize)>) {
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
        image: None,
        in_image: false,
        table: None,
        headings: Vec::new(),
        jumps,
        jump_blocks: Vec::new(),
        lang,
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH;
    // `\(…\)` and `\[…\]` as dollars, which pulldown-cmark's math knows.
    let source = crate::text::math::with_dollars(source);
    for event in Parser::new_ext(&source, options) {
        match event {
            Event::Start(tag) => b.start(tag),
            Event::End(tag) => b.end(tag),
            other => b.event(other),
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
    (doc, b.headings, b.jump_blocks)
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
    fn formulas_are_drawn_inline_and_as_centred_blocks() {
        let md = "Let $x^2$ and \\(\\alpha\\) be:\n$$\\frac{a}{b}$$\nthen \\[\\foo\\] and $\\bar$.";
        let doc = to_doc(md);
        let got: Vec<String> = plain(&doc, 21)
            .iter()
            .map(|l| l.trim_end().to_string())
            .collect();
        assert_eq!(
            got,
            [
                "Let x² and α be:",
                "",
                "          a",
                "         ───",
                "          b",
                "",
                "then",
                "",
                "\\foo",
                "",
                "and \\bar.",
            ]
        );
        // Roles: a drawn formula is math, one shown as its source is code.
        let spans: Vec<(&str, bool, bool)> = doc
            .blocks
            .iter()
            .flat_map(|b| b.lines.iter().flatten())
            .map(|s| {
                (
                    s.content.as_ref(),
                    s.style.has(Role::Math),
                    s.style.has(Role::Code),
                )
            })
            .collect();
        assert!(spans.contains(&("x²", true, false)), "{spans:?}");
        assert!(spans.contains(&("\\foo", false, true)), "{spans:?}");
        assert!(spans.contains(&("\\bar", false, true)), "{spans:?}");
        // Too narrow for the drawing: the source, wrapped, in its place.
        let narrow = plain(&to_doc("$$\\frac{aaaa + bbbb}{c}$$"), 8);
        assert_eq!(narrow, ["\\frac{aa", "aa +", "bbbb}{c}"]);
    }

    #[test]
    fn item_links_show_the_targets_title_and_their_blocks() {
        let jump = Jump {
            dest: "item:m/b#h".into(),
            module: 0,
            item: 1,
            heading: Some((0, "Heading".into())),
            title: "Title".into(),
        };
        let md = "Intro.\n\nSee [there](item:m/b#h) and [gone](item:nowhere).\n\n| a |\n|---|\n| [x](item:m/b#h) |\n";
        let (doc, _, at) = to_doc_with_jumps(Language::En, md, std::slice::from_ref(&jump));
        assert_eq!(plain(&doc, 80)[2], "See there → Title › Heading and gone.");
        assert!(!plain(&doc, 80).concat().contains("item:"));
        // The paragraph is block 1, the table block 2; the unresolved link
        // is not a target.
        assert_eq!(at, vec![(1, 0), (2, 0)]);
        let arrow = doc.blocks[1].lines[0]
            .iter()
            .find(|s| s.content.starts_with(" →"))
            .unwrap();
        assert!(arrow.style.has(Role::Link));
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
    fn an_image_is_a_block_of_its_own_with_its_source_and_alt() {
        let doc =
            to_doc("Before ![A *bar* chart](fig/a.png) after.\n\n| x |\n|---|\n| ![c](c.png) |\n");
        let images: Vec<_> = doc.blocks.iter().filter_map(|b| b.image.as_ref()).collect();
        assert_eq!(images.len(), 1, "{doc:?}");
        assert_eq!(images[0].source, "fig/a.png");
        assert_eq!(images[0].alt, "A bar chart");
        assert_eq!(images[0].cells, None);
        let text = plain(&doc, 40);
        assert_eq!(
            &text[..5],
            ["Before", "", "[image: A bar chart]", "", "after."]
        );
        // In a table the image stays inline text.
        assert!(text.iter().any(|l| l.contains("[image: c]")), "{text:?}");
        // In the learner's language, both forms (French typography applied
        // to amphi's words, not to the alt text).
        let fr = to_doc_in(
            Language::Fr,
            "![A: b](fig/a.png)\n\n| x |\n|---|\n| ![c](c.png) |\n",
        );
        let text = plain(&fr, 40);
        assert_eq!(text[0], "[image\u{a0}: A: b]");
        assert!(
            text.iter().any(|l| l.contains("[image\u{a0}: c]")),
            "{text:?}"
        );
        // Once its natural size is known, the picture takes rows and the alt
        // text is its caption.
        let mut doc = doc;
        doc.blocks[1].image.as_mut().unwrap().cells = Some((20, 5));
        let rows = doc.wrap(10);
        let block: Vec<_> = rows.iter().filter(|r| r.block == 1).collect();
        // Gap, 3 picture rows (20×5 fitted into 10 columns: 10×3), caption.
        assert_eq!(block.len(), 1 + 3 + 2);
        assert_eq!(doc.blocks[1].picture(10), Some((0, 10, 3)));
        assert_eq!(plain(&doc, 40)[1..8].join("|"), "||||||A bar chart");
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
