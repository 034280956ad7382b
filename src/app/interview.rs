//! The interview view's own state: a filter by speaker, and the recall drill.
//!
//! In the drill the interview is shown up to the next hidden answer: the turns
//! of the speaker who asks (see [`asker`]) are the questions; each turn of
//! another speaker after a question is an answer, hidden until the learner
//! reveals it ([`Action::Confirm`](super::Action::Confirm), Enter). Both views
//! reset when another item is opened, and an interview is only marked read from
//! the full view.

use crate::course::{Interview, Turn};

use super::App;

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

fn open_interview(app: &App) -> Option<&Interview> {
    match app.current_item()? {
        crate::course::Item::Interview(iv) => Some(iv),
        _ => None,
    }
}

/// Shows the next speaker's turns only, then every turn again.
pub(crate) fn cycle_speaker(app: &mut App) {
    let Some(iv) = open_interview(app) else {
        return;
    };
    let speakers = speakers(iv);
    let next = match &app.interview.speaker {
        None => speakers.first(),
        Some(s) => speakers
            .iter()
            .position(|x| x == s)
            .and_then(|i| speakers.get(i + 1)),
    }
    .map(|s| (*s).to_string());
    app.interview.speaker = next;
    app.interview.drill = false;
    app.view.scroll = 0;
    app.rebuild();
}

/// Starts or leaves the recall drill.
pub(crate) fn toggle_drill(app: &mut App) {
    if open_interview(app).is_none() {
        return;
    }
    app.interview.drill = !app.interview.drill;
    app.interview.revealed = 0;
    app.interview.speaker = None;
    app.view.scroll = 0;
    app.rebuild();
}

/// Reveals the next answer in the drill and scrolls to show it.
pub(crate) fn reveal(app: &mut App) {
    let Some(iv) = open_interview(app) else {
        return;
    };
    if app.interview.revealed >= answer_count(iv) {
        return;
    }
    app.interview.revealed += 1;
    app.rebuild();
    app.view.scroll = app.view.max_scroll();
}
