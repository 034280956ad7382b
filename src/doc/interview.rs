//! How an interview is shown: whole, one speaker's turns, or in the recall drill.
//!
//! In the drill the interview is shown up to the next hidden answer: the turns of
//! the speaker who asks (see [`asker`]) are the questions; each turn of another
//! speaker after a question is an answer, hidden until the learner reveals it.
//! The app holds the [`InterviewView`] and changes it (`crate::app::interview`).

use super::style::{Role, Span, Style};
use crate::course::{Interview, Turn};
use crate::i18n::{Arg, Language, tr};

use super::model::{Block, Doc};

/// How the open interview is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterviewView {
    /// Only this speaker's turns (a participant id), or every turn.
    pub speaker: Option<String>,
    /// The recall drill is on.
    pub drill: bool,
    /// In the drill: how many answers have been revealed.
    pub revealed: usize,
}

impl InterviewView {
    /// Whether the view shows less than the whole interview.
    pub fn partial(&self) -> bool {
        self.speaker.is_some() || self.drill
    }
}

/// Who asks the questions in `iv`: the speaker with the most turns ending in a
/// question mark (the first to speak on a tie), if anyone speaks.
pub fn asker(iv: &Interview) -> Option<&str> {
    let mut best: Option<(&str, usize)> = None;
    for s in speakers(iv) {
        let asks = iv
            .turns
            .iter()
            .filter(|t| t.speaker == s && t.text.trim_end().ends_with('?'))
            .count();
        if best.is_none_or(|(_, n)| asks > n) {
            best = Some((s, asks));
        }
    }
    best.map(|(s, _)| s)
}

/// What the drill shows of `iv` after `revealed` answers: the turns to show, and
/// whether a hidden answer follows them. `None` when every answer is revealed.
pub fn drill_turns(iv: &Interview, revealed: usize) -> (Vec<&Turn>, bool) {
    let asker = asker(iv);
    let mut shown = Vec::new();
    let mut answers = 0;
    let mut prev_was_question = false;
    for turn in &iv.turns {
        let is_question = Some(turn.speaker.as_str()) == asker;
        if !is_question && prev_was_question {
            if answers == revealed {
                return (shown, true);
            }
            answers += 1;
        }
        prev_was_question = is_question;
        shown.push(turn);
    }
    (shown, false)
}

/// Answers in the drill of `iv`: the turns of another speaker that follow a
/// question.
pub fn answer_count(iv: &Interview) -> usize {
    let asker = asker(iv);
    iv.turns
        .windows(2)
        .filter(|w| Some(w[0].speaker.as_str()) == asker && Some(w[1].speaker.as_str()) != asker)
        .count()
}

/// The speakers of `iv` in the order they first speak (participant ids).
pub fn speakers(iv: &Interview) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for t in &iv.turns {
        if !out.contains(&t.speaker.as_str()) {
            out.push(&t.speaker);
        }
    }
    out
}

/// The interview as `view` shows it: the whole of it, one speaker's turns, or
/// the drill up to the next hidden answer; with a line saying which, and how to
/// go on, under the title.
pub fn interview_doc(lang: Language, iv: &Interview, view: &InterviewView) -> Doc {
    if !view.partial() {
        return super::views::interview(lang, iv);
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
            let args = [
                ("number", Arg::from(view.revealed + 1)),
                ("total", Arg::from(total)),
            ];
            tr(lang, "interview-drill", &args)
        } else {
            tr(lang, "interview-drill-done", &[("total", total.into())])
        };
        (status, hidden)
    } else {
        let speaker = view.speaker.as_deref().unwrap_or_default();
        shown.turns.retain(|t| t.speaker == speaker);
        let status = tr(
            lang,
            "interview-only",
            &[
                ("speaker", name(speaker).into()),
                ("shown", shown.turns.len().into()),
                ("count", iv.turns.len().into()),
            ],
        );
        (status, false)
    };
    let mut doc = super::views::interview(lang, &shown);
    let at = 1.min(doc.blocks.len());
    doc.blocks.insert(
        at,
        Block::text(vec![Span::styled(status, Style::role(Role::Key))]),
    );
    if hidden {
        doc.blocks.push(Block::text(vec![Span::styled(
            format!("[ {} ]", tr(lang, "interview-hidden", &[])),
            Style::role(Role::Meta),
        )]));
    }
    doc
}
