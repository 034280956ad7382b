//! The event loop.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use super::{Action, App, Effect, action_for_event, update};
use crate::progress::State;

/// Runs `app` on `terminal` until the learner quits or `events` ends: draw, wait for
/// an event, map it to an action, [`update`], carry out the effects.
///
/// `save` writes the progress state; when it fails, the app goes on and shows the
/// error in the status bar (nothing is lost from memory). Ending the events saves
/// too, as quitting does.
///
/// # Errors
/// Terminal errors (drawing, reading the size) and errors read from `events`.
pub fn run<B, E>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: E,
    save: &mut dyn FnMut(&State) -> io::Result<()>,
) -> io::Result<()>
where
    B: Backend,
    B::Error: Into<io::Error>,
    E: IntoIterator<Item = io::Result<Event>>,
{
    let size = terminal.size().map_err(Into::into)?;
    update(app, Action::Resize(size.width, size.height));
    let mut events = events.into_iter();
    loop {
        terminal
            .draw(|frame| crate::ui::draw(frame, app))
            .map_err(Into::into)?;
        let Some(event) = events.next() else {
            for effect in update(app, Action::Quit) {
                if effect == Effect::Save {
                    save(&app.state)?;
                }
            }
            return Ok(());
        };
        let Some(action) = action_for_event(app, &event?) else {
            continue;
        };
        let effects = update(app, action);
        let quitting = effects.contains(&Effect::Quit);
        for effect in effects {
            match effect {
                // On the way out a failed save is an error the learner must see.
                Effect::Save if quitting => save(&app.state)?,
                Effect::Save => {
                    if let Err(e) = save(&app.state) {
                        app.notice = Some(format!("Progress not saved: {e}"));
                    }
                }
                Effect::Quit => return Ok(()),
            }
        }
    }
}
