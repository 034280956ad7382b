//! The learner's note shown under its item.

use super::model::Block;
use super::style::{Role, Span, Style};
use crate::progress::Note;

/// The blocks that show `note` under an item: a heading line, then its lines.
pub fn note_blocks(lang: crate::i18n::Language, note: &Note) -> Vec<Block> {
    let mut blocks = vec![Block::text(vec![Span::styled(
        crate::i18n::tr(lang, "note-heading", &[]),
        Style::role(Role::Heading2),
    )])];
    for line in crate::text::sanitize(&note.text).lines() {
        blocks.push(
            Block::text(vec![Span::raw(line.to_string())])
                .tight()
                .prefixed(
                    vec![Span::styled("│ ", Style::role(Role::Meta))],
                    vec![Span::styled("│ ", Style::role(Role::Meta))],
                ),
        );
    }
    blocks
}
