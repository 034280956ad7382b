//! The interview view's own state: a filter by speaker, and the recall drill.
//!
//! In the drill the interview is shown up to the next hidden answer: the turns
//! of the speaker who asks (see [`asker`]) are the questions; each turn of
//! another speaker after a question is an answer, hidden until the learner
//! reveals it ([`Action::Confirm`](super::Action::Confirm), Enter). Both views
//! reset when another item is opened, and an interview is only marked read from
//! the full view.

use crate::course::Interview;
pub use crate::doc::interview::{InterviewView, answer_count, asker, drill_turns, speakers};

use super::App;

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
    let next = match &app.reader.interview.speaker {
        None => speakers.first(),
        Some(s) => speakers
            .iter()
            .position(|x| x == s)
            .and_then(|i| speakers.get(i + 1)),
    }
    .map(|s| (*s).to_string());
    app.reader.interview.speaker = next;
    app.reader.interview.drill = false;
    app.reader.view.scroll = 0;
    app.rebuild();
}

/// Starts or leaves the recall drill.
pub(crate) fn toggle_drill(app: &mut App) {
    if open_interview(app).is_none() {
        return;
    }
    app.reader.interview.drill = !app.reader.interview.drill;
    app.reader.interview.revealed = 0;
    app.reader.interview.speaker = None;
    app.reader.view.scroll = 0;
    app.rebuild();
}

/// Reveals the next answer in the drill and scrolls to show it.
pub(crate) fn reveal(app: &mut App) {
    let Some(iv) = open_interview(app) else {
        return;
    };
    if app.reader.interview.revealed >= answer_count(iv) {
        return;
    }
    app.reader.interview.revealed += 1;
    app.rebuild();
    app.reader.view.scroll = app.reader.view.max_scroll();
}
