//! Lesson markdown (CommonMark, parsed by pulldown-cmark) to a [`Doc`].

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use ratatui::style::Style;
use ratatui::text::Span;

use super::doc::{Block, Doc};
use super::theme::Theme;

enum ListKind {
    Bullet,
    Ordered(u64),
}

struct Builder<'t> {
    theme: &'t Theme,
    blocks: Vec<Block>,
    /// The block being filled, if any.
    open: Option<Block>,
    styles: Vec<Style>,
    lists: Vec<ListKind>,
    quote_depth: usize,
    /// A list item has started and its first paragraph should use its bullet.
    item_prefix: Option<(Vec<Span<'static>>, Vec<Span<'static>>)>,
    links: Vec<String>,
    in_code_block: bool,
    in_image: bool,
}

impl Builder<'_> {
    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, s: Style) {
        let combined = self.style().patch(s);
        self.styles.push(combined);
    }

    fn indent(&self) -> usize {
        self.lists.len().saturating_sub(1) * 3
    }

    fn quote_bar(&self) -> Vec<Span<'static>> {
        if self.quote_depth == 0 {
            Vec::new()
        } else {
            vec![Span::styled(
                "│ ".repeat(self.quote_depth),
                self.theme.quote,
            )]
        }
    }

    /// Starts a block, using a pending list bullet if there is one.
    fn start_block(&mut self, wrap: bool) {
        self.finish_block();
        let bar = self.quote_bar();
        let (mut first, mut rest) = match self.item_prefix.take() {
            Some((f, r)) => (f, r),
            None if !self.lists.is_empty() => {
                let pad = " ".repeat(self.indent() + 3);
                (vec![Span::raw(pad.clone())], vec![Span::raw(pad)])
            }
            None => (Vec::new(), Vec::new()),
        };
        first.splice(0..0, bar.clone());
        rest.splice(0..0, bar);
        let gap = !self.blocks.is_empty();
        self.open = Some(Block {
            lines: vec![Vec::new()],
            first_prefix: first,
            rest_prefix: rest,
            wrap,
            gap,
        });
    }

    fn finish_block(&mut self) {
        if let Some(b) = self.open.take()
            && !b.is_empty()
        {
            self.blocks.push(b);
        }
    }

    fn text(&mut self, s: &str, style: Style) {
        if self.open.is_none() {
            self.start_block(true);
        }
        let block = self.open.as_mut().expect("a block is open");
        let line = block.lines.last_mut().expect("a block has a line");
        line.push(Span::styled(s.to_string(), style));
    }

    fn hard_break(&mut self) {
        if let Some(b) = self.open.as_mut() {
            b.lines.push(Vec::new());
        }
    }
}

/// Converts CommonMark `source` to a [`Doc`], styled by `theme`.
///
/// Headings, emphasis, strong text, inline and block code, bullet and numbered lists
/// (nested), block quotes (nested), links (text, then the address in brackets when
/// it differs), images (as `[image: alt]`), rules and hard breaks are rendered; raw
/// HTML is shown as text. Consecutive list items are not separated by blank lines.
pub fn to_doc(source: &str, theme: &Theme) -> Doc {
    let mut b = Builder {
        theme,
        blocks: Vec::new(),
        open: None,
        styles: Vec::new(),
        lists: Vec::new(),
        quote_depth: 0,
        item_prefix: None,
        links: Vec::new(),
        in_code_block: false,
        in_image: false,
    };
    for event in Parser::new(source) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    let reuse = b.open.as_ref().is_some_and(Block::is_empty);
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
                    b.push_style(theme.heading[idx]);
                }
                Tag::BlockQuote(_) => {
                    b.finish_block();
                    b.quote_depth += 1;
                    b.push_style(theme.quote);
                }
                Tag::CodeBlock(_) => {
                    b.start_block(false);
                    b.in_code_block = true;
                }
                Tag::List(start) => {
                    b.finish_block();
                    b.lists.push(match start {
                        Some(n) => ListKind::Ordered(n),
                        None => ListKind::Bullet,
                    });
                }
                Tag::Item => {
                    b.finish_block();
                    let indent = " ".repeat(b.indent());
                    let marker = match b.lists.last_mut() {
                        Some(ListKind::Ordered(n)) => {
                            let m = format!("{n}. ");
                            *n += 1;
                            m
                        }
                        _ => "• ".to_string(),
                    };
                    let rest = " ".repeat(indent.len() + marker.chars().count().max(3));
                    let marker = format!("{marker:<3}");
                    b.item_prefix = Some((
                        vec![Span::raw(indent), Span::styled(marker, theme.bullet)],
                        vec![Span::raw(rest)],
                    ));
                    b.start_block(true);
                    if let Some(open) = b.open.as_mut() {
                        // Items of one list sit together (gaps are fixed up at the end).
                        open.gap = false;
                    }
                }
                Tag::Emphasis => b.push_style(theme.emphasis),
                Tag::Strong => b.push_style(theme.strong),
                Tag::Strikethrough => b.push_style(Style::new().crossed_out()),
                Tag::Link { dest_url, .. } => {
                    b.links.push(dest_url.to_string());
                    b.push_style(theme.link);
                }
                Tag::Image { .. } => {
                    b.in_image = true;
                    b.text("[image: ", theme.meta);
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => {
                    // A paragraph in a list item keeps the item's block open for a
                    // following nested list; anything else closes.
                    b.finish_block();
                }
                TagEnd::Heading(_) => {
                    b.styles.pop();
                    b.finish_block();
                }
                TagEnd::BlockQuote(_) => {
                    b.finish_block();
                    b.quote_depth = b.quote_depth.saturating_sub(1);
                    b.styles.pop();
                }
                TagEnd::CodeBlock => {
                    b.in_code_block = false;
                    if let Some(open) = b.open.as_mut()
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
                TagEnd::Item => b.finish_block(),
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                    b.styles.pop();
                }
                TagEnd::Link => {
                    b.styles.pop();
                    if let Some(url) = b.links.pop() {
                        let shown: String = b
                            .open
                            .as_ref()
                            .and_then(|o| o.lines.last())
                            .map(|l| l.iter().map(|s| s.content.as_ref()).collect())
                            .unwrap_or_default();
                        if !url.is_empty() && !shown.ends_with(url.as_str()) {
                            b.text(&format!(" ({url})"), theme.url);
                        }
                    }
                }
                TagEnd::Image => {
                    b.in_image = false;
                    b.text("]", theme.meta);
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
                            b.text(line, theme.code);
                        }
                    }
                } else if b.in_image {
                    b.text(&t, theme.meta);
                } else {
                    let s = b.style();
                    b.text(&t, s);
                }
            }
            Event::Code(t) => {
                let s = b.style().patch(theme.code);
                b.text(&t, s);
            }
            Event::Html(t) | Event::InlineHtml(t) => b.text(t.trim_end_matches('\n'), theme.meta),
            Event::SoftBreak => {
                let s = b.style();
                b.text(" ", s);
            }
            Event::HardBreak => b.hard_break(),
            Event::Rule => {
                b.start_block(true);
                b.text(&"─".repeat(24), theme.meta);
                b.finish_block();
            }
            _ => {}
        }
    }
    b.finish_block();
    // List items sit together, but a list needs a gap from what precedes it, and
    // so does the block after a list.
    let mut doc = Doc { blocks: b.blocks };
    let items: Vec<bool> = doc
        .blocks
        .iter()
        .map(|blk| !blk.gap && !blk.first_prefix.is_empty())
        .collect();
    for i in 1..doc.blocks.len() {
        if items[i] != items[i - 1] {
            doc.blocks[i].gap = true;
        }
    }
    if let Some(first) = doc.blocks.first_mut() {
        first.gap = false;
    }
    doc
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
    fn renders_the_common_elements() {
        let md = "## Title\n\nSome *soft*\ntext with [a link](https://example.org).\n\n- one\n- two\n  1. nested\n\n> quoted\n\n```\ncode  line\n```\n\n3. three\n4. four\n";
        let doc = to_doc(md, &Theme::plain());
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
        let doc = to_doc("Intro.\n\n- a\n- b\n\nAfter.", &Theme::plain());
        assert_eq!(
            plain(&doc, 40),
            vec!["Intro.", "", "•  a", "•  b", "", "After."]
        );
    }

    #[test]
    fn images_show_their_alt_text() {
        let doc = to_doc("![a chart](x.png)", &Theme::plain());
        assert_eq!(plain(&doc, 40), vec!["[image: a chart]"]);
    }

    #[test]
    fn list_items_wrap_under_their_text() {
        let doc = to_doc("- alpha beta gamma", &Theme::plain());
        assert_eq!(plain(&doc, 12), vec!["•  alpha", "   beta", "   gamma"]);
    }
}
