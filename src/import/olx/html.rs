//! An `html` component's HTML (or a problem's text) as CommonMark.
//!
//! (First version: tags dropped, text kept; the real conversion comes next.)

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
    /// What was approximated or left out, for the report.
    pub notes: Vec<String>,
}

/// `html` as Markdown blocks (a lesson body, a problem's text).
pub fn to_markdown(html: &str, _ctx: &HtmlContext<'_>) -> HtmlMarkdown {
    HtmlMarkdown {
        markdown: strip_tags(html),
        notes: Vec::new(),
    }
}

/// `html` as one line of text (a choice, a hint, a feedback).
pub fn to_inline(html: &str, _ctx: &HtmlContext<'_>) -> String {
    strip_tags(html)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}
