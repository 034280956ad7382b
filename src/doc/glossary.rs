//! Glossary terms marked in a built text.

use std::ops::Range;

use super::model::Doc;
use super::style::{Span, Style};
use crate::glossary::Matcher;

/// `spans` with the byte `ranges` of their joined text restyled with `style`
/// (patched over each span's own style).
pub fn restyle(spans: &[Span], ranges: &[Range<usize>], style: Style) -> Vec<Span> {
    if ranges.is_empty() {
        return spans.to_vec();
    }
    let mut out = Vec::new();
    let mut offset = 0;
    for span in spans {
        let content = span.content.as_ref();
        let end = offset + content.len();
        let mut cuts: Vec<usize> = vec![offset, end];
        for r in ranges {
            for p in [r.start, r.end] {
                if p > offset && p < end {
                    cuts.push(p);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let inside = ranges.iter().any(|r| r.start <= a && b <= r.end);
            let s = if inside {
                span.style.patch(style)
            } else {
                span.style
            };
            out.push(Span::styled(content[a - offset..b - offset].to_string(), s));
        }
        offset = end;
    }
    out
}

/// Underlines (with `style`) every glossary term of `matcher` in `doc`, except in
/// its first block (the title) and in blocks that do not wrap (code, tables).
pub fn underline_terms(doc: &mut Doc, matcher: &Matcher, style: Style) {
    if matcher.is_empty() {
        return;
    }
    for block in doc.blocks.iter_mut().skip(1).filter(|b| b.wrap) {
        for line in &mut block.lines {
            let text: String = line.iter().map(|s| s.content.as_ref()).collect();
            let ranges: Vec<Range<usize>> =
                matcher.find(&text).into_iter().map(|f| f.range).collect();
            if !ranges.is_empty() {
                *line = restyle(line, &ranges, style);
            }
        }
    }
}
