//! A problem's HTML cut out of its XML source: roxmltree keeps every node's
//! byte range, so the text handed to [`super::super::html`] is the source as
//! written (entities, tags and math untouched), with chosen elements dropped or
//! replaced.

use roxmltree::Node;

/// What to do with an element met while copying a node's content.
pub(super) enum Cut {
    /// Copy it, and look inside it.
    Keep,
    /// Leave it out, with its content.
    Drop,
    /// Write this (HTML) instead of it.
    Replace(String),
    /// Copy its content without its own tags (an OLX element that is no HTML,
    /// such as a response holding paragraphs).
    Unwrap,
}

/// The source of `node`'s content (between its start and end tags), with each
/// descendant element that `cut` drops or replaces cut out.
pub(super) fn inner_html(
    src: &str,
    node: Node<'_, '_>,
    cut: &dyn Fn(Node<'_, '_>) -> Cut,
) -> String {
    let mut out = String::new();
    for child in node.children() {
        copy(src, child, cut, &mut out);
    }
    out
}

fn copy(src: &str, node: Node<'_, '_>, cut: &dyn Fn(Node<'_, '_>) -> Cut, out: &mut String) {
    let range = node.range();
    if !node.is_element() {
        if node.is_text()
            && let Some(s) = src.get(range)
        {
            out.push_str(s);
        }
        return;
    }
    match cut(node) {
        Cut::Drop => {}
        Cut::Replace(text) => out.push_str(&text),
        Cut::Unwrap => {
            for child in node.children() {
                copy(src, child, cut, out);
            }
        }
        Cut::Keep => {
            let (Some(first), Some(last)) = (node.first_child(), node.last_child()) else {
                if let Some(s) = src.get(range) {
                    out.push_str(s);
                }
                return;
            };
            if let Some(s) = src.get(range.start..first.range().start) {
                out.push_str(s);
            }
            for child in node.children() {
                copy(src, child, cut, out);
            }
            if let Some(s) = src.get(last.range().end..range.end) {
                out.push_str(s);
            }
        }
    }
}

/// All the text of `node` (its descendants' text), as one line.
pub(super) fn plain_text(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `node` has an ancestor (itself excluded) named one of `names`.
pub(super) fn inside(node: Node<'_, '_>, names: &[&str]) -> bool {
    node.ancestors()
        .skip(1)
        .any(|a| a.is_element() && names.contains(&a.tag_name().name()))
}

/// `node`'s attribute `name`, trimmed, when present and not blank.
pub(super) fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute(name)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The values of a Python tuple or list of strings written in an attribute,
/// such as `('a','b', "it's")`; backslash escapes kept as the character they
/// escape.
pub(super) fn python_strings(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\'' && c != '"' {
            continue;
        }
        let quote = c;
        let mut value = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        value.push(n);
                    }
                }
                c if c == quote => break,
                c => value.push(c),
            }
        }
        out.push(value);
    }
    out
}
