//! An `html` component's HTML (or a problem's text) as CommonMark.
//!
//! The HTML is parsed by html5ever (as a browser reads it, broken markup
//! included) into a plain tree, then written as Markdown:
//!
//! - headings `#`…`######`, paragraphs, `<br>` (a hard break), lists (nested,
//!   numbered ones keep their first number), block quotes, `<hr>`, `<pre>` (a
//!   fenced code block), `<code>`, `<em>`/`<i>`, `<strong>`/`<b>`, `<del>`/`<s>`;
//! - links `[text](address)` and images `![alt](path)`, each address passed
//!   through [`HtmlContext::resolve`] (static files, `jump_to_id` links); an
//!   image that is not a file of the course becomes a link to it;
//! - tables as GFM pipe tables; a cell holding blocks (a list, paragraphs) is
//!   put on one line, and merged cells (`colspan`, `rowspan`) are not spread:
//!   both are noted as approximations;
//! - MathJax kept as amphi's math: `\(…\)` and `[mathjaxinline]…[/mathjaxinline]`
//!   as `$…$`, `\[…\]`, `$$…$$` and `[mathjax]…[/mathjax]` as `$$…$$`;
//! - scripts, styles, forms' controls and embedded objects dropped and noted;
//!   an `<iframe>` (or `<video>`, `<audio>`, `<embed>`) with an address becomes
//!   a link to it, noted.
//!
//! Text is escaped so that it stays text: Markdown's marks (`*`, `_`, `` ` ``,
//! `#`, `<`, `$`, `|`…) get a backslash, and so does a `-`, `+` or `1.` that
//! would start a list at the start of a line; `\` is written as the reference
//! `&#92;` (amphi reads `\[` and `\(` as math), and so is a `]` that could
//! close a link (`&#93;`, before `(`, `[`, `:` or at the end of a text).

use std::cell::RefCell;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use crate::i18n::{Language, Message};

/// How links and images found in the HTML are rewritten: `resolve` gets an
/// address as written (`/static/a.png`, `/jump_to_id/abc`, `https://…`) and
/// returns the address to write in the course, or `None` to keep it.
pub struct HtmlContext<'a> {
    /// The rewriting of addresses.
    pub resolve: &'a dyn Fn(&str) -> Option<String>,
}

/// The HTML as Markdown, and what could not be kept (one sentence each).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlMarkdown {
    /// CommonMark text.
    pub markdown: String,
    /// What was approximated or left out, for the report (each once).
    pub notes: Vec<Message>,
}

/// Deepest nesting of elements converted as such; below it only the text is
/// kept (hostile input may nest a hundred thousand `<div>`s).
const MAX_DEPTH: usize = 100;

/// `html` as Markdown blocks (a lesson body, a problem's text), the few words
/// amphi writes itself (an embedded video's link, a missing image's
/// placeholder) in English.
pub fn to_markdown(html: &str, ctx: &HtmlContext<'_>) -> HtmlMarkdown {
    to_markdown_in(html, ctx, Language::En)
}

/// [`to_markdown`], amphi's own words in `lang` (the course's language).
pub fn to_markdown_in(html: &str, ctx: &HtmlContext<'_>, lang: Language) -> HtmlMarkdown {
    let dom = parse(html);
    let conv = Conv {
        ctx,
        lang,
        notes: RefCell::new(Vec::new()),
    };
    let blocks = conv.blocks(&dom.document, 0);
    let markdown = blocks.join("\n\n");
    HtmlMarkdown {
        markdown,
        notes: conv.notes.into_inner(),
    }
}

/// `html` as one line of text (a choice, a hint, a feedback): tags dropped,
/// white space collapsed, math kept as `\(…\)`, no Markdown escaping (these
/// fields are plain text).
pub fn to_inline(html: &str, _ctx: &HtmlContext<'_>) -> String {
    let dom = parse(html);
    let mut text = String::new();
    plain_text(&dom.document, &mut text);
    let mut out = String::new();
    for (part, math) in split_math(&collapse(&text)) {
        match math {
            None => out.push_str(&part),
            Some(_) => {
                out.push_str("\\(");
                out.push_str(part.trim());
                out.push_str("\\)");
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

/// Every text of `node`, with a space for each element boundary that would
/// separate words (iterative: any depth).
fn plain_text(node: &Handle, out: &mut String) {
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        match &n.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element { name, .. } => {
                let tag: &str = &name.local;
                if matches!(tag, "script" | "style" | "template" | "head") {
                    continue;
                }
                if !is_inline(tag) {
                    out.push(' ');
                }
                if tag == "br" {
                    out.push(' ');
                }
                stack.extend(n.children.borrow().iter().rev().cloned());
            }
            NodeData::Document => stack.extend(n.children.borrow().iter().rev().cloned()),
            _ => {}
        }
    }
}

fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strike"
            | "del"
            | "ins"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "tt"
            | "u"
            | "var"
            | "img"
            | "br"
            | "wbr"
            | "label"
    )
}

/// Whether `tag` is written as a block (an unknown tag, such as OLX's
/// `<annotation>`, is inline: its text stays in its paragraph).
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "main"
            | "aside"
            | "nav"
            | "figure"
            | "figcaption"
            | "center"
            | "blockquote"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "table"
            | "pre"
            | "hr"
            | "dl"
            | "dt"
            | "dd"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
            | "body"
            | "html"
            | "iframe"
            | "video"
            | "audio"
            | "embed"
            | "object"
            | "applet"
            | "script"
            | "style"
            | "link"
            | "noscript"
            | "head"
            | "meta"
            | "title"
            | "base"
            | "button"
            | "input"
            | "select"
            | "option"
            | "textarea"
            | "template"
            | "svg"
            | "canvas"
            | "address"
    )
}

/// Plain text written so that Markdown reads it as text (math kept as
/// math): for the lessons an importer writes from plain fields (a poll's
/// question, a component's name).
pub fn escape_text(text: &str) -> String {
    escape_line_start(&text_with_math(&collapse(text)))
}

/// Every run of white space as one space.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// `text` cut into plain parts (`None`) and formulas (`Some(display)`, the
/// TeX without its delimiters): `\(…\)`, `\[…\]`, `$$…$$`,
/// `[mathjaxinline]…[/mathjaxinline]`, `[mathjax]…[/mathjax]`. An opening with
/// no closing is text.
fn split_math(text: &str) -> Vec<(String, Option<bool>)> {
    const DELIMS: [(&str, &str, bool); 5] = [
        ("[mathjaxinline]", "[/mathjaxinline]", false),
        ("[mathjax]", "[/mathjax]", true),
        ("\\(", "\\)", false),
        ("\\[", "\\]", true),
        ("$$", "$$", true),
    ];
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for (open, close, display) in DELIMS {
            if let Some(after) = rest.strip_prefix(open)
                && let Some(end) = after.find(close)
            {
                if !plain.is_empty() {
                    out.push((std::mem::take(&mut plain), None));
                }
                out.push((after[..end].to_string(), Some(display)));
                rest = &after[end + close.len()..];
                continue 'outer;
            }
        }
        let c = rest.chars().next().expect("not empty");
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if !plain.is_empty() {
        out.push((plain, None));
    }
    out
}

/// `text` with Markdown's marks escaped so that it reads as text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            // Not `\\` nor `\\[`: amphi reads `\\[` and `\\(` as math. A `[`
            // stays: no link, reference or definition forms without a `](`,
            // `][` or `]:`, and such a `]` (or one ending the text, which
            // the next text may follow with `(`) is written as a reference.
            '\\' => out.push_str("&#92;"),
            ']' if matches!(chars.get(i + 1), None | Some('(' | '[' | ':')) => {
                out.push_str("&#93;");
            }
            '*' | '_' | '`' | '<' | '>' | '#' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            '\u{a0}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text with math kept: formulas as `$…$` or `$$…$$`, the rest escaped.
fn text_with_math(text: &str) -> String {
    let mut out = String::new();
    for (part, math) in split_math(text) {
        match math {
            None => out.push_str(&escape(&part)),
            Some(display) => {
                let tex = part.trim();
                if tex.is_empty() {
                    continue;
                }
                let tex = tex.replace('\n', " ");
                if display {
                    out.push_str(&format!("$${tex}$$"));
                } else {
                    out.push_str(&format!("${tex}$"));
                }
            }
        }
    }
    out
}

/// A line that would start a list, a heading underline or a numbered list
/// item, escaped at its start.
fn escape_line_start(line: &str) -> String {
    let trimmed = line.trim_start();
    let lead = &line[..line.len() - trimmed.len()];
    let bytes = trimmed.as_bytes();
    // A list mark is followed by a space or ends the line.
    let mark_ends = |at: usize| matches!(bytes.get(at), None | Some(b' ' | b'\t'));
    let only = |c: char| trimmed.chars().all(|x| x == c || x == ' ');
    match bytes.first() {
        Some(b'-' | b'+') if mark_ends(1) || only('-') => format!("{lead}\\{trimmed}"),
        Some(b'=') if only('=') => format!("{lead}\\{trimmed}"),
        Some(d) if d.is_ascii_digit() => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            match bytes.get(digits) {
                Some(b'.' | b')') if digits <= 9 && mark_ends(digits + 1) => {
                    format!("{lead}{}\\{}", &trimmed[..digits], &trimmed[digits..])
                }
                _ => line.to_string(),
            }
        }
        _ => line.to_string(),
    }
}

/// The value of attribute `name` of an element.
fn attr(node: &Handle, name: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

fn tag_of(node: &Handle) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

/// A link's address as written in Markdown: in `<…>` when it holds a space or
/// a bracket.
fn destination(addr: &str) -> String {
    let addr: String = addr.chars().filter(|c| !c.is_control()).collect();
    if addr.contains([' ', '(', ')', '<', '>']) {
        format!("<{}>", addr.replace('<', "%3C").replace('>', "%3E"))
    } else {
        addr
    }
}

/// Whether an address is a web one (`http://`, `https://`, `mailto:`).
fn is_web(addr: &str) -> bool {
    let lower = addr.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
}

/// Whether a rewritten address can be written in the course: a web address,
/// or a path inside the course folder.
fn is_course_path(addr: &str) -> bool {
    !addr.is_empty()
        && !addr.starts_with('/')
        && !addr.starts_with('\\')
        && !addr.contains("..")
        && !addr.contains(':')
        && !addr.starts_with('#')
}

struct Conv<'a, 'b> {
    ctx: &'a HtmlContext<'b>,
    /// The language of the words amphi writes into the text.
    lang: Language,
    notes: RefCell<Vec<Message>>,
}

/// Inline content being gathered for a paragraph.
#[derive(Default)]
struct Inline {
    text: String,
}

impl Inline {
    fn push_text(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// The paragraph, trimmed, its lines escaped at their start; `None` when
    /// blank.
    fn take(&mut self) -> Option<String> {
        let text = std::mem::take(&mut self.text);
        let text = text.trim_matches(|c: char| c == ' ' || c == '\n');
        let text = text.trim_end_matches("\\\n").trim_end_matches('\\');
        if text.trim().is_empty() {
            return None;
        }
        let lines: Vec<String> = text
            .split('\n')
            .map(|l| escape_line_start(l.trim_start()))
            .collect();
        Some(lines.join("\n"))
    }
}

impl Conv<'_, '_> {
    /// Notes the catalogue message `id` (once).
    fn note(&self, id: &'static str) {
        self.note_message(Message::new(id));
    }

    fn note_message(&self, note: Message) {
        let mut notes = self.notes.borrow_mut();
        if !notes.contains(&note) {
            notes.push(note);
        }
    }

    /// The catalogue message `id` in the text's language.
    fn words(&self, id: &'static str) -> String {
        Message::new(id).render(self.lang)
    }

    /// The address to write: the context's rewriting, else the address as
    /// written when it is a web one; `""` for any other (a page of the Open
    /// edX site, a file not in the export), which is not written as a link.
    fn resolve(&self, addr: &str) -> String {
        let addr = addr.trim();
        match (self.ctx.resolve)(addr) {
            Some(a) => a,
            None if is_web(addr) => addr.to_string(),
            None => String::new(),
        }
    }

    /// The Markdown blocks of `node`'s children.
    fn blocks(&self, node: &Handle, depth: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut inline = Inline::default();
        self.blocks_into(node, depth, &mut out, &mut inline);
        if let Some(p) = inline.take() {
            out.push(p);
        }
        out
    }

    fn blocks_into(&self, node: &Handle, depth: usize, out: &mut Vec<String>, inline: &mut Inline) {
        for child in node.children.borrow().iter() {
            self.block(child, depth + 1, out, inline);
        }
    }

    fn flush(out: &mut Vec<String>, inline: &mut Inline) {
        if let Some(p) = inline.take() {
            out.push(p);
        }
    }

    /// One node at block level: inline content goes to `inline`, a block
    /// flushes it first.
    fn block(&self, node: &Handle, depth: usize, out: &mut Vec<String>, inline: &mut Inline) {
        let tag = match &node.data {
            NodeData::Text { .. } => {
                inline.push_text(&self.inline(node, depth));
                return;
            }
            NodeData::Element { name, .. } => name.local.to_string(),
            NodeData::Document => {
                self.blocks_into(node, depth, out, inline);
                return;
            }
            _ => return,
        };
        if depth > MAX_DEPTH {
            self.note("import-olx-html-too-deep");
            let mut text = String::new();
            plain_text(node, &mut text);
            inline.push_text(&text_with_math(&collapse(&text)));
            return;
        }
        if !is_block(&tag) {
            inline.push_text(&self.inline(node, depth));
            return;
        }
        match tag.as_str() {
            "script" => self.note("import-olx-html-script"),
            "style" | "link" => self.note("import-olx-html-styles"),
            "head" => {
                for c in node.children.borrow().iter() {
                    match tag_of(c) {
                        Some("script") => self.note("import-olx-html-script"),
                        Some("style" | "link") => self.note("import-olx-html-styles"),
                        _ => {}
                    }
                }
            }
            "meta" | "title" | "template" | "noscript" | "base" => {}
            "button" | "input" | "select" | "textarea" | "option" => {
                self.note("import-olx-html-form");
            }
            "svg" | "canvas" | "object" | "applet" => {
                Self::flush(out, inline);
                self.note("import-olx-html-object");
            }
            "iframe" | "video" | "audio" | "embed" => {
                Self::flush(out, inline);
                if let Some(link) = self.embed(node, &tag) {
                    out.push(link);
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                Self::flush(out, inline);
                let level: usize = tag[1..].parse().unwrap_or(1);
                let text = self.inline_children(node, depth);
                let text = text.replace("\\\n", " ").replace('\n', " ");
                let text = text.trim();
                if !text.is_empty() {
                    out.push(format!("{} {}", "#".repeat(level), text));
                }
            }
            "p" => {
                Self::flush(out, inline);
                let mut inner = Inline::default();
                let mut blocks = Vec::new();
                self.blocks_into(node, depth, &mut blocks, &mut inner);
                Self::flush(&mut blocks, &mut inner);
                out.extend(blocks);
            }
            "hr" => {
                Self::flush(out, inline);
                out.push("---".into());
            }
            "pre" => {
                Self::flush(out, inline);
                let mut text = String::new();
                raw_text(node, &mut text);
                // Editors indent code with no-break spaces; code wants spaces.
                let text = text.replace('\u{a0}', " ");
                let text = text.strip_prefix('\n').unwrap_or(&text).trim_end();
                if !text.trim().is_empty() {
                    let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
                    out.push(format!("{fence}\n{text}\n{fence}"));
                }
            }
            "ul" | "ol" => {
                Self::flush(out, inline);
                if let Some(list) = self.list(node, &tag, depth) {
                    out.push(list);
                }
            }
            "li" => {
                // A list item outside a list: a bullet of its own.
                Self::flush(out, inline);
                let body = self.blocks(node, depth).join("\n\n");
                if !body.trim().is_empty() {
                    out.push(indent_item("- ", &body));
                }
            }
            "blockquote" => {
                Self::flush(out, inline);
                let body = self.blocks(node, depth).join("\n\n");
                if !body.trim().is_empty() {
                    out.push(
                        body.lines()
                            .map(|l| {
                                if l.is_empty() {
                                    ">".to_string()
                                } else {
                                    format!("> {l}")
                                }
                            })
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                }
            }
            "table" => {
                Self::flush(out, inline);
                if let Some(t) = self.table(node, depth) {
                    out.push(t);
                }
            }
            "dt" => {
                Self::flush(out, inline);
                let text = self.inline_children(node, depth);
                let text = text.trim();
                if !text.is_empty() {
                    out.push(format!("**{text}**"));
                }
            }
            _ => {
                // div, section, body, dl, dd, figure, center…: their content.
                Self::flush(out, inline);
                self.blocks_into(node, depth, out, inline);
                Self::flush(out, inline);
            }
        }
    }

    /// A list, its items indented under their marks.
    fn list(&self, node: &Handle, tag: &str, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            self.note("import-olx-html-too-deep");
            let mut text = String::new();
            plain_text(node, &mut text);
            let text = text_with_math(&collapse(&text));
            return Some(text.trim().to_string()).filter(|t| !t.is_empty());
        }
        let mut n: u64 = attr(node, "start")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(1);
        let mut items = Vec::new();
        for child in node.children.borrow().iter() {
            let body = match tag_of(child) {
                Some("li") => self.blocks(child, depth + 1).join("\n\n"),
                Some("ul" | "ol") => {
                    // A list right inside a list: nested under the last item.
                    let inner_tag = tag_of(child).unwrap_or("ul").to_string();
                    if let Some(inner) = self.list(child, &inner_tag, depth + 1) {
                        match items.last_mut() {
                            Some(last) => {
                                let last: &mut String = last;
                                last.push('\n');
                                last.push_str(&indent_rest(
                                    &inner,
                                    if tag == "ol" { 3 } else { 2 },
                                    true,
                                ));
                            }
                            None => items.push(inner),
                        }
                    }
                    continue;
                }
                _ => {
                    let mut text = Inline::default();
                    let mut blocks = Vec::new();
                    self.block(child, depth + 1, &mut blocks, &mut text);
                    Self::flush(&mut blocks, &mut text);
                    blocks.join("\n\n")
                }
            };
            if body.trim().is_empty() {
                continue;
            }
            let mark = if tag == "ol" {
                let m = format!("{n}. ");
                n += 1;
                m
            } else {
                "- ".to_string()
            };
            items.push(indent_item(&mark, &body));
        }
        if items.is_empty() {
            None
        } else {
            Some(items.join("\n"))
        }
    }

    /// A table as a GFM pipe table: the first row is the header.
    fn table(&self, node: &Handle, depth: usize) -> Option<String> {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut caption = None;
        for child in node.children.borrow().iter() {
            if tag_of(child) == Some("caption") {
                caption = Some(self.inline_children(child, depth + 1));
            }
        }
        let mut row_nodes = Vec::new();
        collect_rows(node, &mut row_nodes, depth);
        for (tr, d) in row_nodes {
            let mut cells = Vec::new();
            for cell in tr.children.borrow().iter() {
                if !matches!(tag_of(cell), Some("td" | "th")) {
                    continue;
                }
                if attr(cell, "colspan").is_some_and(|s| s.trim() != "1")
                    || attr(cell, "rowspan").is_some_and(|s| s.trim() != "1")
                {
                    self.note("import-olx-html-merged-cells");
                }
                let blocks = self.blocks(cell, d + 1);
                if blocks.len() > 1 || blocks.iter().any(|b| b.contains('\n')) {
                    self.note("import-olx-html-cell-on-one-line");
                }
                let text = blocks
                    .iter()
                    .map(|b| {
                        b.lines()
                            .map(|l| {
                                let l = l.trim();
                                if let Some(item) = l.strip_prefix("- ") {
                                    format!("• {item}")
                                } else {
                                    l.trim_end_matches('\\').to_string()
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                cells.push(text.replace('|', "\\|").replace("\\\\|", "\\|"));
            }
            if !cells.is_empty() {
                rows.push(cells);
            }
        }
        if rows.is_empty() {
            return None;
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(1);
        let mut s = String::new();
        if let Some(c) = caption.filter(|c| !c.trim().is_empty()) {
            s.push_str(&format!("*{}*\n\n", c.trim()));
        }
        for (i, row) in rows.iter().enumerate() {
            s.push('|');
            for c in 0..width {
                s.push(' ');
                s.push_str(row.get(c).map_or("", String::as_str));
                s.push_str(" |");
            }
            s.push('\n');
            if i == 0 {
                s.push('|');
                for _ in 0..width {
                    s.push_str("---|");
                }
                s.push('\n');
            }
        }
        Some(s.trim_end().to_string())
    }

    fn inline_children(&self, node: &Handle, depth: usize) -> String {
        let mut s = String::new();
        for c in node.children.borrow().iter() {
            s.push_str(&self.inline(c, depth + 1));
        }
        collapse_spaces(&s)
    }

    /// One node as inline Markdown.
    fn inline(&self, node: &Handle, depth: usize) -> String {
        let tag = match &node.data {
            NodeData::Text { contents } => return text_with_math(&collapse(&contents.borrow())),
            NodeData::Element { name, .. } => name.local.to_string(),
            _ => return String::new(),
        };
        if depth > MAX_DEPTH {
            self.note("import-olx-html-too-deep");
            let mut text = String::new();
            plain_text(node, &mut text);
            return text_with_math(&collapse(&text));
        }
        match tag.as_str() {
            "br" => "\\\n".into(),
            "script" => {
                self.note("import-olx-html-script");
                String::new()
            }
            "style" => {
                self.note("import-olx-html-styles");
                String::new()
            }
            "button" | "input" | "select" | "textarea" => {
                self.note("import-olx-html-form");
                String::new()
            }
            "em" | "i" | "cite" | "dfn" | "var" => wrap("*", &self.inline_children(node, depth)),
            "strong" | "b" => wrap("**", &self.inline_children(node, depth)),
            "del" | "s" | "strike" => wrap("~~", &self.inline_children(node, depth)),
            "code" | "kbd" | "samp" | "tt" => {
                let mut text = String::new();
                raw_text(node, &mut text);
                let text = collapse(&text);
                let text = text.trim();
                if text.is_empty() {
                    return String::new();
                }
                let fence = "`".repeat(longest_run(text, '`') + 1);
                let pad = if text.starts_with('`') || text.ends_with('`') {
                    " "
                } else {
                    ""
                };
                format!("{fence}{pad}{text}{pad}{fence}")
            }
            "a" => self.link(node, depth),
            "img" => self.image(node),
            "iframe" | "video" | "audio" | "embed" => self.embed(node, &tag).unwrap_or_default(),
            _ => self.inline_children(node, depth),
        }
    }

    /// An embedded page, video or sound as a link to its address (noted);
    /// `None` (noted) when it has none.
    fn embed(&self, node: &Handle, tag: &str) -> Option<String> {
        let src = attr(node, "src").or_else(|| {
            node.children
                .borrow()
                .iter()
                .find(|c| tag_of(c) == Some("source"))
                .and_then(|c| attr(c, "src"))
        });
        let Some(src) = src.filter(|s| !s.trim().is_empty()) else {
            self.note_message(Message::new("import-olx-html-embed-no-address").arg("tag", tag));
            return None;
        };
        let addr = self.resolve(&src);
        let title = attr(node, "title")
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| match tag {
                "video" => self.words("import-olx-html-video"),
                "audio" => self.words("import-olx-html-audio"),
                _ => self.words("import-olx-html-page"),
            });
        let what = if tag == "iframe" || tag == "embed" {
            "page"
        } else {
            tag
        };
        if !is_web(&addr) && !is_course_path(&addr) {
            self.note_message(Message::new("import-olx-html-embed-missing").arg("what", what));
            return None;
        }
        self.note_message(Message::new("import-olx-html-embed-link").arg("what", what));
        Some(format!(
            "[{}]({})",
            escape(&collapse(&title)),
            destination(&addr)
        ))
    }

    fn link(&self, node: &Handle, depth: usize) -> String {
        let text = self.inline_children(node, depth);
        let href = attr(node, "href").unwrap_or_default();
        let href = href.trim();
        if href.is_empty()
            || href.starts_with('#')
            || href.to_ascii_lowercase().starts_with("javascript:")
        {
            return text;
        }
        let addr = self.resolve(href);
        let to_item = addr.starts_with(crate::course::ITEM_SCHEME);
        if !is_web(&addr) && !is_course_path(&addr) && !to_item {
            self.note("import-olx-html-link-as-text");
            return text;
        }
        let label = text.replace("\\\n", " ");
        let label = label.trim();
        if label.is_empty() {
            return format!("[{}]({})", escape(&addr), destination(&addr));
        }
        format!("[{label}]({})", destination(&addr))
    }

    fn image(&self, node: &Handle) -> String {
        let alt = collapse(&attr(node, "alt").unwrap_or_default())
            .trim()
            .to_string();
        let src = attr(node, "src").unwrap_or_default();
        if src.trim().is_empty() {
            return String::new();
        }
        let addr = self.resolve(&src);
        let alt_text = if alt.is_empty() {
            self.words("import-olx-html-image")
        } else {
            alt.clone()
        };
        if is_web(&addr) {
            self.note("import-olx-html-web-image");
            return format!("[{}]({})", escape(&alt_text), destination(&addr));
        }
        if !is_course_path(&addr) {
            self.note("import-olx-html-missing-image");
            return Message::new("import-olx-html-image-placeholder")
                .arg("alt", escape(&alt_text))
                .render(self.lang);
        }
        format!("![{}]({})", escape(&alt), destination(&addr))
    }
}

/// The `tr` rows of a table, in order, not those of tables inside cells.
fn collect_rows(node: &Handle, rows: &mut Vec<(Handle, usize)>, depth: usize) {
    for child in node.children.borrow().iter() {
        match tag_of(child) {
            Some("tr") => rows.push((child.clone(), depth + 1)),
            Some("thead" | "tbody" | "tfoot") if depth < MAX_DEPTH => {
                collect_rows(child, rows, depth + 1);
            }
            _ => {}
        }
    }
}

/// Text of `node` as written (for `<pre>` and `<code>`), with `<br>` as a line
/// end (iterative: any depth).
fn raw_text(node: &Handle, out: &mut String) {
    let mut stack: Vec<Handle> = node.children.borrow().iter().rev().cloned().collect();
    while let Some(n) = stack.pop() {
        match &n.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element { name, .. } => {
                if &*name.local == "br" {
                    out.push('\n');
                }
                stack.extend(n.children.borrow().iter().rev().cloned());
            }
            _ => {}
        }
    }
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        if ch == c {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// Two spaces in a row (from nested inline elements) as one.
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// `text` between `mark`s, its outer spaces moved outside (`** a**` is not
/// emphasis); empty text stays empty.
fn wrap(mark: &str, text: &str) -> String {
    let inner = text.trim();
    if inner.is_empty() || inner == "\\" {
        return text.to_string();
    }
    let lead = if text.starts_with(' ') { " " } else { "" };
    let trail = if text.ends_with(' ') { " " } else { "" };
    format!("{lead}{mark}{inner}{mark}{trail}")
}

/// A list item: `mark` then its body, the body's other lines indented under
/// the mark's text.
fn indent_item(mark: &str, body: &str) -> String {
    format!("{mark}{}", indent_rest(body, mark.len(), false))
}

/// Every line of `text` but the first (or every line, with `all`) indented by
/// `n` spaces; blank lines stay blank.
fn indent_rest(text: &str, n: usize, all: bool) -> String {
    let pad = " ".repeat(n);
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            if (i == 0 && !all) || l.is_empty() {
                l.to_string()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> HtmlMarkdown {
        let resolve = |a: &str| a.strip_prefix("/static/").map(|p| format!("static/{p}"));
        to_markdown(html, &HtmlContext { resolve: &resolve })
    }

    #[test]
    fn addresses_neither_resolved_nor_on_the_web_are_text() {
        let out =
            md("<p><a href=\"/courses/x/about\">About</a> <a href=\"other.html\">Other</a></p>");
        assert_eq!(out.markdown, "About Other");
        assert_eq!(out.notes.len(), 1);
    }

    fn text(html: &str) -> String {
        md(html).markdown
    }

    #[test]
    fn headings_paragraphs_and_breaks() {
        assert_eq!(
            text("<h2>The  <em>title</em></h2><p>One\nline<br>two</p><p></p><p>three</p>"),
            "## The *title*\n\nOne line\\\ntwo\n\nthree"
        );
        assert_eq!(text("<h4>Deep</h4>"), "#### Deep");
    }

    #[test]
    fn bare_text_and_divs_become_paragraphs() {
        assert_eq!(
            text("loose <b>bold</b> text<div>a div</div>after"),
            "loose **bold** text\n\na div\n\nafter"
        );
    }

    #[test]
    fn lists_nest_and_numbered_lists_keep_their_start() {
        assert_eq!(
            text("<ul><li>one<ul><li>inner</li></ul></li><li><p>two</p><p>more</p></li></ul>"),
            "- one\n\n  - inner\n- two\n\n  more"
        );
        assert_eq!(
            text("<ol start=\"3\"><li>c</li><li>d</li></ol>"),
            "3. c\n4. d"
        );
    }

    #[test]
    fn emphasis_spaces_move_outside_the_marks() {
        assert_eq!(text("<p>a<strong> b </strong>c</p>"), "a **b** c");
        assert_eq!(text("<p><i></i>x</p>"), "x");
    }

    #[test]
    fn code_and_pre() {
        assert_eq!(text("<p>run <code>a*b</code></p>"), "run `a*b`");
        assert_eq!(
            text("<pre>fn main() {\n    x &lt; 1\n}</pre>"),
            "```\nfn main() {\n    x < 1\n}\n```"
        );
        assert_eq!(
            text("<pre>a<br>\u{a0}\u{a0}$(x)</pre>"),
            "```\na\n  $(x)\n```"
        );
    }

    #[test]
    fn links_and_images_are_resolved() {
        assert_eq!(
            text(
                "<p><a href=\"https://openedx.org\">Open edX</a> and <img src=\"/static/a b.png\" alt=\"A chart\"></p>"
            ),
            "[Open edX](https://openedx.org) and ![A chart](<static/a b.png>)"
        );
        let web = md("<img src=\"https://x.org/a.png\" alt=\"Logo\">");
        assert_eq!(web.markdown, "[Logo](https://x.org/a.png)");
        assert_eq!(web.notes.len(), 1);
        let lost = md("<img src=\"/asset-v1:x\" alt=\"Lost\">");
        assert_eq!(lost.markdown, "(image: Lost)");
        assert_eq!(text("<a href=\"javascript:alert(1)\">click</a>"), "click");
    }

    #[test]
    fn links_rewritten_by_the_context() {
        let resolve = |a: &str| {
            a.strip_prefix("/jump_to_id/")
                .map(|id| format!("item:module/{id}"))
        };
        let out = to_markdown(
            "<a href=\"/jump_to_id/abc\">See there</a>",
            &HtmlContext { resolve: &resolve },
        );
        assert_eq!(out.markdown, "[See there](item:module/abc)");
    }

    #[test]
    fn tables_become_pipe_tables() {
        assert_eq!(
            text(
                "<table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td><td><em>2</em></td></tr></table>"
            ),
            "| A | B\\|C |\n|---|---|\n| 1 | *2* |"
        );
        let complex = md(
            "<table><tr><td colspan=2>wide</td></tr><tr><td><ul><li>x</li><li>y</li></ul></td><td>z</td></tr></table>",
        );
        assert_eq!(complex.markdown, "| wide |  |\n|---|---|\n| • x • y | z |");
        assert_eq!(complex.notes.len(), 2, "{:?}", complex.notes);
    }

    #[test]
    fn math_is_kept_as_math() {
        assert_eq!(
            text("<p>So \\(x^2\\) and \\[\\frac{a}{b}\\]</p>"),
            "So $x^2$ and $$\\frac{a}{b}$$"
        );
        assert_eq!(
            text("<p>[mathjaxinline]a_1[/mathjaxinline] [mathjax] y [/mathjax]</p>"),
            "$a_1$ $$y$$"
        );
        assert_eq!(text("<p>$$E = mc^2$$</p>"), "$$E = mc^2$$");
        assert_eq!(
            to_inline(
                "<b>\\( x \\)</b> and [mathjaxinline]y[/mathjaxinline]",
                &HtmlContext { resolve: &|_| None }
            ),
            "\\(x\\) and \\(y\\)"
        );
    }

    #[test]
    fn markdown_marks_in_text_stay_text() {
        assert_eq!(
            text("<p>*not* _em_ [x](y) # $5 a|b &amp;copy; [He]2s \\(x</p>"),
            "\\*not\\* \\_em\\_ [x&#93;(y) \\# \\$5 a\\|b \\&copy; [He]2s &#92;(x"
        );
        assert_eq!(
            text("<p>- not a list</p><p>1. not numbered</p><p>+ no</p>"),
            "\\- not a list\n\n1\\. not numbered\n\n\\+ no"
        );
        // Only what would start a list, a rule or an underline.
        assert_eq!(
            text("<p>-259.34</p><p>1.00794 g</p><p>---</p><p>==</p><p>2)</p>"),
            "-259.34\n\n1.00794 g\n\n\\---\n\n\\==\n\n2\\)"
        );
    }

    #[test]
    fn scripts_styles_and_iframes() {
        let out = md(
            "<script>alert(1)</script><style>p{}</style><p>Kept</p><iframe src=\"https://x.org/e\" title=\"Demo\"></iframe><iframe></iframe>",
        );
        assert_eq!(out.markdown, "Kept\n\n[Demo](https://x.org/e)");
        assert_eq!(out.notes.len(), 4, "{:?}", out.notes);
    }

    #[test]
    fn blockquotes_and_rules() {
        assert_eq!(
            text("<blockquote><p>a</p><p>b</p></blockquote><hr>"),
            "> a\n>\n> b\n\n---"
        );
    }

    #[test]
    fn inline_text_is_plain() {
        let ctx = HtmlContext { resolve: &|_| None };
        assert_eq!(
            to_inline("<p>Choice  <b>*one*</b></p>\n<p>two</p>", &ctx),
            "Choice *one* two"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(2_000),
            "</span></div>".repeat(2_000)
        );
        let out = md(&html);
        assert!(out.markdown.contains("deep"));
        let html = format!("{}x", "<ul><li>".repeat(1_000));
        assert!(md(&html).markdown.contains('x'));
    }
}
