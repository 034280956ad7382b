//! The terminal side of the app: the event loop that draws, reads events, hands
//! them to [`update`] and carries out its effects, and the picker's loop.
//!
//! It sits above `ui` (it calls [`crate::ui::draw`] and writes the OSC 8 links
//! beside the frame) so that `app` itself never draws.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use crate::app::picker::{Picker, PickerOutcome, picker_action_for_event, update_picker};
use crate::app::prepare::Worker;
use crate::app::{Action, App, Effect, PreparedText, action_for_event, update};
use crate::hyperlink::{Hyperlinker, LinkOutput};
use crate::progress::State;

type SaveFn<'a> = dyn FnMut(&State) -> io::Result<Option<State>> + 'a;

/// Runs `app` on `terminal` until the learner quits or `events` ends: draw, carry
/// out the saves the last key asked for, wait for an event, map it to an action,
/// [`update`], quit if asked, draw again.
///
/// `save` writes the progress state. It may return the state as it now is on disk
/// (merged with what another amphi instance wrote, see
/// [`Store::save_merged`](crate::progress::Store::save_merged)), which the app then
/// adopts; `None` keeps the app's state as it is. When it fails, the app goes on (nothing is
/// lost from memory) and the status bar says that progress is not being saved and
/// why (the error names the file), until a save succeeds. Ending the events saves
/// too, as quitting does (this is how the binary quits on SIGTERM and SIGHUP); so
/// does an error read from `events`, before it is returned.
///
/// # Errors
/// Terminal errors (drawing, reading the size), errors read from `events`, and a
/// failed save on the way out (the learner must see it).
pub fn run<B, E>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: E,
    save: &mut dyn FnMut(&State) -> io::Result<Option<State>>,
) -> io::Result<()>
where
    B: Backend + LinkOutput,
    B::Error: std::error::Error + Send + Sync + 'static,
    E: IntoIterator<Item = io::Result<Event>>,
{
    let inputs = events.into_iter().map(|e| e.map(Input::Event));
    run_inputs(terminal, app, inputs, save, Preparer::Inline)
}

/// Where the run loop carries out [`Effect::Prepare`] (see [`crate::app::prepare`]).
#[derive(Debug, Clone, Copy)]
pub enum Preparer<'a> {
    /// On the loop's own thread, after the frame that follows the key (tests; a
    /// program without a worker thread).
    Inline,
    /// On a worker thread, whose results come back among the inputs as
    /// [`Action::Prepared`].
    Worker(&'a Worker),
}

/// What the event loop reads: a terminal event, or an action from elsewhere
/// (`amphi preview` sends [`Action::Reload`] when the course files change).
#[derive(Debug)]
pub enum Input {
    /// A key, mouse, paste or resize event, mapped to an action by the key map.
    Event(Event),
    /// An action, given to [`update`] as it is.
    Action(Action),
}

/// [`run`], reading [`Input`]s: terminal events and actions, with texts prepared
/// ahead of time by `preparer`.
///
/// # Errors
/// As [`run`].
pub fn run_inputs<B, E>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: E,
    save: &mut dyn FnMut(&State) -> io::Result<Option<State>>,
    preparer: Preparer<'_>,
) -> io::Result<()>
where
    B: Backend + LinkOutput,
    B::Error: std::error::Error + Send + Sync + 'static,
    E: IntoIterator<Item = io::Result<Input>>,
{
    let size = terminal.size().map_err(to_io)?;
    let mut links = Hyperlinker::default();
    // The last failed save's message, shown until a save succeeds.
    let mut not_saved: Option<String> = None;
    // The first layout; its effects (texts to prepare) are carried out below.
    let effects = update(app, Action::Resize(size.width, size.height));
    // Saves wait until the frame that follows the key is drawn: the learner sees
    // the key's effect first, and the save (a read, a merge, a write and an
    // `fsync` of the state file: milliseconds) never delays that frame. The flag
    // says whether a failed save shows over the notice `update` set; not for the
    // first frame's saves, so a notice the app starts with (such as a state file
    // moved aside) stays, and the save warning shows from the next key on.
    let mut pending: (Vec<Effect>, bool) = (effects, false);
    let mut events = events.into_iter();
    // Whether the last input can have changed the screen.
    let mut redraw = true;
    loop {
        if app.notice.is_none() {
            app.notice.clone_from(&not_saved);
        }
        if redraw {
            draw(terminal, app, &mut links)?;
        }
        if !pending.0.is_empty() {
            let (effects, show_now) = std::mem::take(&mut pending);
            let before = app.notice.clone();
            carry_out(app, effects, save, &mut not_saved, show_now, preparer)?;
            if app.notice != before {
                // A save failed (or worked again): say so now, not at the next key.
                draw(terminal, app, &mut links)?;
            }
        }
        let event = match events.next() {
            Some(Ok(event)) => event,
            end => {
                // The events ended (or failed: the terminal is gone): save and leave.
                let effects = update(app, Action::Quit);
                carry_out(app, effects, save, &mut not_saved, true, preparer)?;
                return match end {
                    Some(Err(e)) => Err(e),
                    _ => Ok(()),
                };
            }
        };
        let action = match event {
            Input::Event(event) => action_for_event(app, &event),
            Input::Action(action) => Some(action),
        };
        let Some(action) = action else {
            redraw = true;
            continue;
        };
        // A text prepared ahead of time only fills a cache: nothing to draw,
        // unless it made the open text's pictures ready.
        redraw = match &action {
            Action::Prepared(p) => p.0.images_for_open,
            _ => true,
        };
        let effects = update(app, action);
        if effects.contains(&Effect::Quit) {
            // Quitting saves at once; there is no next frame to wait for.
            if carry_out(app, effects, save, &mut not_saved, true, preparer)? {
                return Ok(());
            }
        } else {
            pending = (effects, true);
        }
    }
}

/// Draws a frame of `app`, with its links made clickable where the backend takes
/// them (see [`crate::hyperlink`]).
fn draw<B>(terminal: &mut Terminal<B>, app: &App, links: &mut Hyperlinker) -> io::Result<()>
where
    B: Backend + LinkOutput,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let regions = crate::ui::links::visible(app);
    let size = terminal.size().map_err(to_io)?;
    if let Some(out) = terminal.backend_mut().link_output() {
        links.before_draw(out, (size.width, size.height), &regions)?;
    }
    let frame = terminal
        .draw(|frame| crate::ui::draw(frame, app))
        .map_err(to_io)?;
    if regions.is_empty() {
        return Ok(());
    }
    let buffer = frame.buffer.clone();
    if let Some(out) = terminal.backend_mut().link_output() {
        links.after_draw(out, &buffer, &regions)?;
    }
    Ok(())
}

/// Carries out `effects`; returns whether to quit. A failed save is shown in the
/// status bar (over the notice `update` just set, when `show_now`) and remembered
/// in `not_saved`, except when quitting: then it is an error the learner must see.
fn carry_out(
    app: &mut App,
    effects: Vec<Effect>,
    save: &mut SaveFn<'_>,
    not_saved: &mut Option<String>,
    show_now: bool,
    preparer: Preparer<'_>,
) -> io::Result<bool> {
    let quitting = effects.contains(&Effect::Quit);
    for effect in effects {
        match effect {
            Effect::Save if quitting => save_into(app, save)?,
            Effect::Save => match save_into(app, save) {
                Ok(()) => *not_saved = None,
                Err(e) => {
                    let message = format!("Progress is not being saved: {e}");
                    if show_now || app.notice.is_none() {
                        app.notice = Some(message.clone());
                    }
                    *not_saved = Some(message);
                }
            },
            Effect::Quit => return Ok(true),
            Effect::Launch(_) if quitting => {}
            Effect::Launch(launch) => {
                if let Err(why) = start(&launch) {
                    app.notice = Some(why);
                }
            }
            Effect::Prepare(_) if quitting => {}
            Effect::Prepare(jobs) => match preparer {
                Preparer::Worker(worker) => worker.submit(jobs),
                Preparer::Inline => {
                    for job in jobs {
                        let prepared = PreparedText(Box::new(job.run()));
                        update(app, Action::Prepared(prepared));
                    }
                }
            },
        }
    }
    Ok(false)
}

/// Starts `launch` (see [`crate::app::open`]): its course file checked again
/// (still a regular file inside the course folder), then the program, directly
/// (no shell), with standard input, output and error to the null device, in a
/// process group of its own (a Ctrl-C or a hang-up of amphi's terminal does not
/// reach it), never waited for here: a thread reaps it when it ends.
///
/// # Errors
/// The message for the status bar: the file gone or outside the folder, the
/// program not installed or not started.
pub fn start(launch: &crate::app::open::Launch) -> Result<(), String> {
    use crate::course::CourseFiles as _;
    use std::process::{Command, Stdio};
    if let Some((folder, path)) = &launch.check {
        match crate::course::DirFiles::new(folder).size(path) {
            Ok(_) => {}
            Err(e) if e == crate::course::NOT_FOUND => {
                return Err(format!(
                    "{} is missing from the course folder.",
                    launch.what
                ));
            }
            Err(e) => return Err(format!("Cannot open {}: {e}", launch.what)),
        }
    }
    let mut command = Command::new(&launch.program);
    command
        .args(&launch.args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        command.process_group(0);
    }
    match command.spawn() {
        Ok(mut child) => {
            // Reaped when it ends, so it never lingers as a zombie.
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(format!(
            "Cannot open {}: {} is not installed.",
            launch.what, launch.program
        )),
        Err(e) => Err(format!(
            "Cannot open {} with {}: {e}",
            launch.what, launch.program
        )),
    }
}

/// Whether `name` is an executable file in a folder of `path` (the value of
/// `PATH`); on Windows, `name.exe` too.
pub fn on_path(name: &str, path: Option<&std::ffi::OsStr>) -> bool {
    let Some(path) = path else { return false };
    std::env::split_paths(path).any(|dir| {
        let mut names = vec![dir.join(name)];
        if cfg!(windows) {
            names.push(dir.join(format!("{name}.exe")));
        }
        names.iter().any(|p| is_executable(p))
    })
}

#[cfg(unix)]
fn is_executable(p: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &std::path::Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_file())
}

/// The programs installed to open files and play videos, looked up on `PATH`
/// (see [`crate::app::open::Programs`]); given to the app once, at start.
pub fn find_programs() -> crate::app::open::Programs {
    let path = std::env::var_os("PATH");
    let (opener, _) = crate::app::open::opener();
    crate::app::open::Programs {
        opener: on_path(opener, path.as_deref()),
        mpv: on_path(crate::app::open::PLAYER, path.as_deref()),
    }
}

/// Saves the app's state and adopts the state returned, if any.
fn save_into(app: &mut App, save: &mut SaveFn<'_>) -> io::Result<()> {
    if let Some(state) = save(&app.state)? {
        app.state = state;
        // The merged state holds this course (it came from ours); make sure.
        app.progress_mut();
    }
    Ok(())
}

/// A backend error as an I/O error (the crossterm backend's already is one; the
/// test backend's never happens).
fn to_io<E: std::error::Error + Send + Sync + 'static>(e: E) -> io::Error {
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(e);
    match boxed.downcast::<io::Error>() {
        Ok(e) => *e,
        Err(other) => io::Error::other(other),
    }
}

/// Runs the picker on `terminal` until a course is chosen (its index in the
/// entries) or the learner quits or `events` ends (`None`).
///
/// # Errors
/// Terminal errors, and errors read from `events`.
pub fn run_picker<B, E>(
    terminal: &mut Terminal<B>,
    picker: &mut Picker,
    events: E,
) -> io::Result<Option<usize>>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
    E: IntoIterator<Item = io::Result<Event>>,
{
    let mut events = events.into_iter();
    loop {
        terminal
            .draw(|frame| crate::ui::picker::draw(frame, picker))
            .map_err(io::Error::other)?;
        let Some(event) = events.next() else {
            return Ok(None);
        };
        let Some(action) = picker_action_for_event(&event?) else {
            continue;
        };
        match update_picker(picker, action) {
            PickerOutcome::Stay => {}
            PickerOutcome::Open(i) => return Ok(Some(i)),
            PickerOutcome::Quit => return Ok(None),
        }
    }
}

/// The graphics protocol to draw pictures with, from the `image_protocol`
/// setting and the environment (`env` gives a variable's value, as
/// `std::env::var` would): a pure function, no I/O, and above all no query
/// written to the terminal (an answer read from stdin could take the learner's
/// keys, and a terminal that does not answer would leave the read hanging).
///
/// With [`ProtocolSetting::Auto`](crate::app::images::ProtocolSetting::Auto):
/// inside tmux or screen (`TMUX` or `STY` set, or `TERM` starting with `tmux` or
/// `screen`) none, since their passthrough is off by default; then kitty for
/// kitty (`KITTY_WINDOW_ID`, `TERM=xterm-kitty`) and ghostty, iTerm2's for
/// iTerm2 and WezTerm (which does not draw kitty's unicode placeholders), sixel
/// for foot, mlterm and contour (`TERM`); none elsewhere (half-blocks). A forced
/// protocol is used wherever amphi runs.
pub fn graphics_protocol(
    setting: crate::app::images::ProtocolSetting,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<crate::app::images::Protocol> {
    use crate::app::images::{Protocol, ProtocolSetting};
    match setting {
        ProtocolSetting::Force(p) => return Some(p),
        ProtocolSetting::HalfBlocks => return None,
        ProtocolSetting::Auto => {}
    }
    let var = |name: &str| env(name).filter(|v| !v.is_empty());
    let term = var("TERM").unwrap_or_default();
    let program = var("TERM_PROGRAM").unwrap_or_default();
    if var("TMUX").is_some()
        || var("STY").is_some()
        || term.starts_with("tmux")
        || term.starts_with("screen")
        || program == "tmux"
    {
        return None;
    }
    if var("KITTY_WINDOW_ID").is_some()
        || term == "xterm-kitty"
        || term == "xterm-ghostty"
        || program == "ghostty"
    {
        return Some(Protocol::Kitty);
    }
    if program == "iTerm.app"
        || program == "WezTerm"
        || term == "wezterm"
        || var("LC_TERMINAL").as_deref() == Some("iTerm2")
    {
        return Some(Protocol::Iterm2);
    }
    if ["foot", "mlterm", "contour", "yaft"]
        .iter()
        .any(|t| term == *t || term.starts_with(&format!("{t}-")))
    {
        return Some(Protocol::Sixel);
    }
    None
}

/// How images are shown once the terminal is known: `mode` as the `images`
/// setting gives it, drawn with `protocol` when there is one and the terminal
/// tells its size in pixels (`window`: columns, rows, width and height in
/// pixels, as `crossterm::terminal::window_size` reads them with TIOCGWINSZ);
/// half-blocks when it reports 0 pixels or a cell under 2 pixels.
pub fn image_mode(
    mode: crate::app::images::ImageMode,
    protocol: Option<crate::app::images::Protocol>,
    window: Option<(u16, u16, u16, u16)>,
) -> crate::app::images::ImageMode {
    use crate::app::images::ImageMode;
    let (ImageMode::HalfBlocks, Some(protocol), Some((cols, rows, width, height))) =
        (mode, protocol, window)
    else {
        return mode;
    };
    if cols == 0 || rows == 0 {
        return mode;
    }
    let cell = (width / cols, height / rows);
    if cell.0 < 2 || cell.1 < 2 {
        return mode;
    }
    ImageMode::Graphics { protocol, cell }
}

/// The window's size in cells and pixels (columns, rows, width, height), read
/// with TIOCGWINSZ (no I/O on stdin); `None` when it cannot be read.
pub fn window_pixels() -> Option<(u16, u16, u16, u16)> {
    ratatui::crossterm::terminal::window_size()
        .ok()
        .map(|w| (w.columns, w.rows, w.width, w.height))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::images::{ImageMode, Protocol, ProtocolSetting};

    /// Environment variables, by name and value.
    type Vars<'a> = &'a [(&'a str, &'a str)];

    fn detect(vars: &[(&str, &str)]) -> Option<Protocol> {
        detect_with(ProtocolSetting::Auto, vars)
    }

    fn detect_with(setting: ProtocolSetting, vars: &[(&str, &str)]) -> Option<Protocol> {
        let env = |name: &str| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        };
        graphics_protocol(setting, &env)
    }

    #[test]
    fn the_environment_names_the_protocol() {
        let table: &[(Vars, Option<Protocol>)] = &[
            (&[("TERM", "xterm-kitty")], Some(Protocol::Kitty)),
            (
                &[("TERM", "xterm-256color"), ("KITTY_WINDOW_ID", "1")],
                Some(Protocol::Kitty),
            ),
            (&[("TERM", "xterm-ghostty")], Some(Protocol::Kitty)),
            (
                &[("TERM", "xterm-256color"), ("TERM_PROGRAM", "ghostty")],
                Some(Protocol::Kitty),
            ),
            (
                &[("TERM", "xterm-256color"), ("TERM_PROGRAM", "WezTerm")],
                Some(Protocol::Iterm2),
            ),
            (
                &[("TERM", "xterm-256color"), ("TERM_PROGRAM", "iTerm.app")],
                Some(Protocol::Iterm2),
            ),
            (&[("LC_TERMINAL", "iTerm2")], Some(Protocol::Iterm2)),
            (&[("TERM", "foot")], Some(Protocol::Sixel)),
            (&[("TERM", "foot-extra")], Some(Protocol::Sixel)),
            (&[("TERM", "mlterm")], Some(Protocol::Sixel)),
            (&[("TERM", "xterm-256color")], None),
            (&[("TERM", "linux")], None),
            (&[("TERM", "footloose")], None),
            (
                &[("TERM", "xterm-kitty"), ("KITTY_WINDOW_ID", "")],
                Some(Protocol::Kitty),
            ),
            (&[], None),
        ];
        for (vars, want) in table {
            assert_eq!(detect(vars), *want, "{vars:?}");
        }
    }

    #[test]
    fn inside_tmux_or_screen_it_is_half_blocks() {
        let table: &[Vars] = &[
            &[("TERM", "tmux-256color"), ("KITTY_WINDOW_ID", "3")],
            &[("TERM", "screen-256color"), ("TERM_PROGRAM", "WezTerm")],
            &[
                ("TERM", "xterm-kitty"),
                ("TMUX", "/tmp/tmux-1000/default,1,0"),
            ],
            &[("TERM", "foot"), ("STY", "123.pts-0.host")],
            &[("TERM", "xterm-256color"), ("TERM_PROGRAM", "tmux")],
            &[("TERM", "screen")],
        ];
        for vars in table {
            assert_eq!(detect(vars), None, "{vars:?}");
        }
    }

    #[test]
    fn a_forced_setting_wins_over_the_environment() {
        let tmux_kitty = [("TERM", "tmux-256color"), ("KITTY_WINDOW_ID", "3")];
        assert_eq!(
            detect_with(ProtocolSetting::Force(Protocol::Sixel), &tmux_kitty),
            Some(Protocol::Sixel)
        );
        assert_eq!(
            detect_with(ProtocolSetting::HalfBlocks, &[("TERM", "xterm-kitty")]),
            None
        );
    }

    #[test]
    fn a_protocol_needs_the_cell_size_in_pixels() {
        let kitty = Some(Protocol::Kitty);
        assert_eq!(
            image_mode(ImageMode::HalfBlocks, kitty, Some((80, 24, 800, 480))),
            ImageMode::Graphics {
                protocol: Protocol::Kitty,
                cell: (10, 20)
            }
        );
        // The terminal does not say its pixels: half-blocks.
        for window in [
            None,
            Some((80, 24, 0, 0)),
            Some((0, 0, 800, 480)),
            Some((80, 24, 80, 24)),
        ] {
            assert_eq!(
                image_mode(ImageMode::HalfBlocks, kitty, window),
                ImageMode::HalfBlocks
            );
        }
        // Images off stay off; no protocol stays half-blocks.
        assert_eq!(
            image_mode(ImageMode::Off, kitty, Some((80, 24, 800, 480))),
            ImageMode::Off
        );
        assert_eq!(
            image_mode(ImageMode::HalfBlocks, None, Some((80, 24, 800, 480))),
            ImageMode::HalfBlocks
        );
    }
}
