//! The interview view with a speaker filter or in the recall drill (see
//! [`crate::app::interview`]).

use ratatui::text::Span;

use crate::app::interview::{InterviewView, answer_count, drill_turns};
use crate::course::Interview;

use super::doc::{Block, Doc};
use super::theme::Theme;

/// The interview as `view` shows it: the whole of it, one speaker's turns, or
/// the drill up to the next hidden answer; with a line saying which, and how to
/// go on, under the title.
pub fn interview_doc(iv: &Interview, view: &InterviewView, theme: &Theme) -> Doc {
    if !view.partial() {
        return super::views::interview(iv, theme);
    }
    let mut shown = iv.clone();
    let name = |id: &str| {
        iv.participant(id)
            .map_or(id.to_string(), |p| p.name.clone())
    };
    let (status, hidden) = if view.drill {
        let (turns, hidden) = drill_turns(iv, view.revealed);
        shown.turns = turns.into_iter().cloned().collect();
        let total = answer_count(iv);
        let status = if hidden {
            format!(
                "Recall drill: answer {} of {total} is hidden. Think, then press Enter to reveal it. d leaves the drill.",
                view.revealed + 1
            )
        } else {
            format!("Recall drill done: all {total} answers revealed. d leaves the drill.")
        };
        (status, hidden)
    } else {
        let speaker = view.speaker.as_deref().unwrap_or_default();
        shown.turns.retain(|t| t.speaker == speaker);
        let status = format!(
            "Only {}'s turns ({} of {}). s shows the next speaker.",
            name(speaker),
            shown.turns.len(),
            iv.turns.len()
        );
        (status, false)
    };
    let mut doc = super::views::interview(&shown, theme);
    let at = 1.min(doc.blocks.len());
    doc.blocks
        .insert(at, Block::text(vec![Span::styled(status, theme.key)]));
    if hidden {
        doc.blocks.push(Block::text(vec![Span::styled(
            "[ answer hidden — Enter reveals it ]".to_string(),
            theme.meta,
        )]));
    }
    doc
}
