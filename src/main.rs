//! The `amphi` binary: parse the command line, do every fallible step (course,
//! state) before touching the terminal, run the app, save on the way out.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::EnterAlternateScreen;

use amphi::app::picker::{Picker, PickerEntry};
use amphi::app::{self, App};
use amphi::cli;
use amphi::i18n::tr;
use amphi::library::Library;
use amphi::theme::Theme;
use amphi::tui::{self, run_picker};

fn main() -> ExitCode {
    let cli = cli::parse();
    // `amphi review` and `amphi preview` open the terminal interface like `amphi`.
    let (course_path, review, preview) = match &cli.command {
        Some(cli::Command::Review { path }) => (path.clone().or(cli.course.clone()), true, None),
        Some(cli::Command::Preview { path }) => (Some(path.clone()), false, Some(path.clone())),
        Some(command) => return ExitCode::from(cli::run(&cli, command)),
        None => (cli.course.clone(), false, None),
    };

    let env = |n: &str| std::env::var(n).ok();
    let settings = match cli::settings(&cli) {
        Ok(s) => s,
        Err(e) => {
            // `--lang`, else the locale: the config file's `language` is not read.
            let lang = cli::command_language(&cli, None);
            let error = e.render(lang);
            return fail(
                2,
                &tr(lang, "launch-bad-config", &[("error", error.into())]),
            );
        }
    };
    // What amphi says before the interface opens: `--lang`, the config file's
    // `language`, else the locale's, as the picker speaks (the course's own
    // language is left out: the edition in the learner's language is chosen
    // only once the terminal is set up); after it closes, the interface's.
    let mut lang = cli::language(&settings, None, &env);
    // AMPHI_IMAGE_PROTOCOL wins over the config file's `image_protocol`.
    const PROTOCOL_ENV: &str = "AMPHI_IMAGE_PROTOCOL";
    let protocol_setting: app::images::ProtocolSetting = match std::env::var(PROTOCOL_ENV) {
        Ok(v) if !v.is_empty() => match v.parse::<app::images::ProtocolSetting>() {
            Ok(p) => p,
            Err(e) => {
                let args = [
                    ("variable", PROTOCOL_ENV.into()),
                    ("error", e.message(lang).into()),
                ];
                return fail(2, &tr(lang, "launch-bad-env", &args));
            }
        },
        _ => settings.image_protocol,
    };
    // Without a course named: the bundled one, or a picker when others are added.
    let mut choices = Vec::new();
    let mut folder = course_folder(course_path.as_ref());
    let course = if course_path.is_none()
        && let Ok(library) = Library::open_default()
        && !library.installed().is_empty()
    {
        // Courses by title in the language the picker speaks.
        choices = library.entries_in(lang);
        None
    } else {
        match cli::load_course(course_path.as_ref()) {
            Ok(c) => Some(c),
            Err(report) => {
                let said = tr(lang, "launch-cannot-open", &[]);
                return fail(1, &format!("{said}\n{}", report.render(lang)));
            }
        }
    };
    // `amphi preview` never changes a learner's progress: without a state file
    // named, it keeps what the author does in a scratch one, removed on exit.
    let (state, scratch) = match &preview {
        Some(_) => match amphi::preview::state_file(cli.state.as_ref()) {
            Ok((path, scratch)) => (Some(path), scratch),
            Err(e) => {
                let args = [("error", e.to_string().into())];
                return fail(2, &tr(lang, "launch-no-scratch", &args));
            }
        },
        None => (cli.state.clone(), None),
    };
    // Without a usable home (none, or a relative HOME or AMPHI_DATA_DIR) the
    // learner still studies, with a scratch state removed at exit: never a file
    // in the working folder (src/folders.rs).
    let mut _no_home_scratch = None;
    let mut no_home = None;
    let store = match cli::state_store_in(lang, state.as_ref()) {
        Ok(s) => s,
        Err(e) => match tempfile::Builder::new().prefix("amphi-scratch-").tempdir() {
            Ok(dir) => {
                let store = amphi::progress::Store::new(dir.path().join("state.json"));
                _no_home_scratch = Some(dir);
                no_home = Some(tr(lang, "launch-not-kept", &[("why", e.as_str().into())]));
                store
            }
            Err(_) => return fail(2, &e),
        },
    };
    let mut loaded = match store.load() {
        Ok(l) => l,
        Err(e) => return fail(2, &e.to_string()),
    };
    if let Some(why) = no_home {
        loaded.warning = Some(match loaded.warning.take() {
            Some(w) => format!("{w}; {why}"),
            None => why,
        });
    }
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return fail(2, &tr(lang, "launch-no-terminal", &[]));
    }

    // Terminal events and, for `amphi preview`, reloads of the course.
    let (tx, rx) = std::sync::mpsc::sync_channel(16);
    let previewing = preview.is_some();
    let _watch = match preview {
        Some(dir) => {
            let tx = tx.clone();
            let send = move |a| tx.send(Ok(tui::Input::Action(a))).is_ok();
            match amphi::preview::watch(dir.clone(), send) {
                Ok(w) => Some(w),
                Err(e) => {
                    let args = [
                        ("folder", dir.display().to_string().into()),
                        ("error", e.to_string().into()),
                    ];
                    return fail(2, &tr(lang, "launch-cannot-watch", &args));
                }
            }
        }
        None => None,
    };

    let plain = cli::plain_wanted(cli.plain, std::env::var("TERM").ok().as_deref());
    let theme = if plain {
        Theme::plain()
    } else {
        Theme::choose(settings.theme, std::env::var("NO_COLOR").ok().as_deref())
    };

    // SIGTERM and SIGHUP (the terminal closed) end the events: the loop then saves
    // like a quit, and the terminal is restored below. A second signal exits at once.
    // Until here (the course and the state loaded, nothing written, the terminal
    // untouched) both keep their default action and end amphi at once, however
    // long the load: keep it so, or look at `signalled` while loading
    // (tests/it/load_signals.rs).
    let signalled = Arc::new(AtomicUsize::new(0));
    if let Err(e) = watch_signals(&signalled, tx.clone()) {
        let args = [("error", e.to_string().into())];
        return fail(2, &tr(lang, "launch-no-signals", &args));
    }

    // A panic restores the terminal (mouse capture, raw mode, the main screen)
    // before its message is printed.
    let panic_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste,
            DisableFocusChange
        );
        ratatui::restore();
        panic_hook(info);
    }));
    let mut terminal = match open_terminal() {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            let args = [("error", e.to_string().into())];
            return fail(2, &tr(lang, "launch-no-terminal-setup", &args));
        }
    };
    // Plain mode leaves the mouse to the terminal (and the screen reader).
    if !plain {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let _ = execute!(io::stdout(), EnableBracketedPaste, EnableFocusChange);
    // Texts the learner is likely to open next are prepared on a thread of their
    // own (see `app::prepare`); the results come back among the events.
    let worker = {
        let tx = tx.clone();
        app::prepare::Worker::start(move |p| {
            let text = app::PreparedText(Box::new(p));
            tx.send(Ok(tui::Input::Action(app::Action::Prepared(text))))
                .is_ok()
        })
        .ok()
    };
    let mut events = terminal_events(&signalled, tx, rx);
    // Where the course's images are read from (by the preparing thread).
    let mut image_files: Option<Arc<dyn amphi::course::CourseFiles + Send + Sync>> = course
        .as_ref()
        .and_then(|_| cli::course_files(course_path.as_deref()).ok())
        .map(Arc::from);
    let course = match course {
        Some(course) => Ok(Some(course)),
        None => {
            let entries = choices.iter().map(|e| PickerEntry::new(e, &loaded.state));
            let mut picker = Picker::new(entries.collect(), theme.clone());
            picker.notice = loaded.warning.clone();
            // No course yet: --lang, the config file, else the locale.
            picker.language = lang;
            // The picker takes terminal events only (no reloads come before a course).
            let picker_events = events.by_ref().filter_map(|input| match input {
                Ok(tui::Input::Event(e)) => Some(Ok(e)),
                Ok(tui::Input::Action(_)) => None,
                Err(e) => Some(Err(e)),
            });
            run_picker(&mut terminal, &mut picker, picker_events).map(|chosen| {
                let entry = choices.into_iter().nth(chosen?)?;
                folder = entry.source.folder().and_then(|f| f.canonicalize().ok());
                image_files = Some(Arc::from(cli::entry_files(&entry.source)));
                entry.course.ok()
            })
        }
    };
    let result = match course {
        Ok(Some(course)) => {
            // The edition in the learner's language opens; the others are one key away.
            // `amphi preview` shows the folder it watches (its reloads are of that
            // folder's course), whatever the locale.
            // `--lang` on this run, else the edition the learner last chose with
            // `E`, else the config file's language, else the locale's.
            let language = if previewing {
                None
            } else {
                let remembered = loaded
                    .state
                    .courses
                    .get(&course.info.id)
                    .map_or("", |p| p.edition.as_str());
                cli::editions::opening_language(
                    cli.lang,
                    remembered,
                    settings.language,
                    cli::editions::locale_language(&|name| std::env::var(name).ok()),
                )
            };
            let mut editions = match (&image_files, &folder) {
                // The bundled course (no folder): its editions through the cache.
                (Some(_), None) => {
                    cli::editions::editions_with(course, language.as_deref(), &|f| {
                        amphi::course::cache::load_bundled_edition_cached(f).ok()
                    })
                }
                (Some(files), Some(_)) => {
                    cli::editions::editions(course, files.as_ref(), language.as_deref())
                }
                (None, _) => vec![course],
            };
            let course = editions.remove(0);
            // The interface speaks the chosen choice, else the edition's language.
            let language = cli::language(&settings, Some(&course.info.language), &env);
            let mut app = App::new(course, loaded.state, theme);
            app.editions = editions;
            app.set_language(language);
            app.settings.language_follows_course = settings.language.is_none();
            app.course_folder = folder;
            app.programs = tui::find_programs();
            app.settings.plain = plain;
            app.settings.hyperlinks = settings
                .hyperlinks
                .enabled(plain, std::env::var("TERM").ok().as_deref());
            app.settings.measure = settings.measure;
            let no_color = std::env::var("NO_COLOR").is_ok_and(|v| !v.is_empty());
            // The graphics protocol is decided here, once, from the environment
            // and the window's size in pixels: nothing is asked of the terminal
            // (an answer read from stdin would race the event thread for keys).
            let image_mode = tui::image_mode(
                settings.images.mode(plain, no_color),
                tui::graphics_protocol(protocol_setting, &|name| std::env::var(name).ok()),
                tui::window_pixels(),
            );
            app.course_files = image_files.take();
            app.images = Arc::new(app::images::ImageStore::new(
                app.edition_files(),
                image_mode,
            ));
            app.settings.keys = settings.keys;
            if review {
                // Straight to the review: no "where you were" card first.
                app.modals.close_overlay();
                app::update(&mut app, app::Action::StartReview);
            }
            if loaded.warning.is_some() {
                app.notice = loaded.warning.clone();
            } else if scratch.is_some() {
                app.notice = Some(tr(app.settings.language, "launch-preview-scratch", &[]));
            }
            let mut save = |state: &amphi::progress::State| store.save_merged(state).map(Some);
            let preparer = match &worker {
                Some(worker) => tui::Preparer::Worker(worker),
                None => tui::Preparer::Inline,
            };
            let ran = tui::run_inputs(&mut terminal, &mut app, events, &mut save, preparer);
            // The last words in the language the learner last read in.
            lang = app.settings.language;
            ran
        }
        Ok(None) => Ok(()),
        Err(e) => Err(e),
    };
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        DisableFocusChange
    );
    // Errors are ignored: after SIGHUP there is no terminal left to restore.
    let _ = ratatui::try_restore();
    if let Some(w) = &loaded.warning {
        // Said again where it stays visible once the screen is restored.
        let _ = writeln!(io::stderr(), "amphi: {w}");
    }
    let signal = signalled.load(Ordering::SeqCst);
    match result {
        Ok(()) if signal != 0 => ExitCode::from(128u8.saturating_add(signal as u8)),
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let args = [
                ("error", e.to_string().into()),
                ("file", store.path().display().to_string().into()),
            ];
            fail(1, &tr(lang, "launch-state-file", &args))
        }
    }
}

/// The folder of the course named on the command line (absolute), as
/// `cli::load_course` finds it; `None` for the bundled course, which has none.
fn course_folder(path: Option<&std::path::PathBuf>) -> Option<std::path::PathBuf> {
    let path = path?;
    let dir = match amphi::library::named_course(path) {
        Some(amphi::library::Named::Bundled) => return None,
        Some(amphi::library::Named::Installed(dir)) => dir,
        None => path.clone(),
    };
    dir.canonicalize().ok()
}

/// The terminal in raw mode on the alternate screen, drawn through a buffer big
/// enough for a whole frame: each frame reaches the terminal in one write
/// (standard output's own buffer would cut a 10 KB frame into ten writes, each
/// waking the terminal up).
fn open_terminal() -> io::Result<Terminal<CrosstermBackend<BufWriter<io::Stdout>>>> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        io::stdout(),
    )))
}

/// Bytes buffered before a write to the terminal: more than a full frame at
/// 200x60 takes.
const FRAME_BUFFER: usize = 256 * 1024;

/// Records SIGTERM or SIGHUP in `signalled` (as its number) instead of dying, so
/// that the event loop can end, save and restore the terminal, and wakes the
/// loop at once through `wake` (an error sent among the events: the loop then
/// sees the signal). A second signal while the first is handled exits at once
/// (code 1).
///
/// Waking at once matters after SIGHUP: crossterm's reading thread then spins on
/// the hung-up terminal (see [`terminal_events`]), taking a whole core until the
/// process ends.
#[cfg(unix)]
fn watch_signals(
    signalled: &Arc<AtomicUsize>,
    wake: SyncSender<io::Result<tui::Input>>,
) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    use signal_hook::flag;
    use signal_hook::low_level::pipe;
    use std::io::Read;
    use std::os::unix::net::UnixStream;
    use std::sync::atomic::AtomicBool;
    let seen = Arc::new(AtomicBool::new(false));
    let (mut read_end, write_end) = UnixStream::pair()?;
    for sig in [SIGTERM, SIGHUP] {
        // Order matters: the shutdown checks the flag before this signal sets it,
        // and the flag is set before the loop is woken.
        flag::register_conditional_shutdown(sig, 1, Arc::clone(&seen))?;
        flag::register(sig, Arc::clone(&seen))?;
        flag::register_usize(sig, Arc::clone(signalled), sig as usize)?;
        pipe::register(sig, write_end.try_clone()?)?;
    }
    std::thread::Builder::new()
        .name("amphi-signals".into())
        .spawn(move || {
            let mut byte = [0u8; 1];
            if read_end.read(&mut byte).is_ok_and(|n| n > 0) {
                let _ = wake.send(Err(io::Error::other("signal")));
            }
        })?;
    Ok(())
}

#[cfg(not(unix))]
fn watch_signals(
    _signalled: &Arc<AtomicUsize>,
    _wake: SyncSender<io::Result<tui::Input>>,
) -> io::Result<()> {
    Ok(())
}

/// The terminal's events, ending when a signal was recorded in `signalled`.
///
/// Events are read on a thread of their own and the wait for the next one is cut
/// in steps of [`SIGNAL_POLL`], so that a signal is noticed even when reading is
/// stuck: crossterm 0.29 spins inside `event::poll` and `event::read` once the
/// terminal is gone (crossterm issue #793), as happens on SIGHUP.
/// Events are sent into `tx`, beside whatever else is (reloads); all are read
/// from `rx`.
fn terminal_events(
    signalled: &Arc<AtomicUsize>,
    tx: SyncSender<io::Result<tui::Input>>,
    rx: Receiver<io::Result<tui::Input>>,
) -> impl Iterator<Item = io::Result<tui::Input>> + '_ {
    let reader = std::thread::Builder::new()
        .name("amphi-events".into())
        .spawn(move || {
            loop {
                let event = event::read().map(tui::Input::Event);
                let failed = event.is_err();
                if tx.send(event).is_err() || failed {
                    return;
                }
            }
        });
    let rx = reader.ok().map(|_| rx);
    std::iter::from_fn(move || {
        let Some(events) = &rx else {
            // No thread: read here (a signal is then noticed at the next key).
            return Some(event::read().map(tui::Input::Event));
        };
        loop {
            if signalled.load(Ordering::SeqCst) != 0 {
                return None;
            }
            match events.recv_timeout(SIGNAL_POLL) {
                Ok(Ok(event)) => return Some(Ok(event)),
                // A hung-up terminal fails reads: the signal says why.
                Ok(Err(_)) if signalled.load(Ordering::SeqCst) != 0 => return None,
                // The reader has stopped: the next call ends the events.
                Ok(Err(e)) => return Some(Err(e)),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    })
}

/// How often the event loop checks for a signal while no key comes.
const SIGNAL_POLL: Duration = Duration::from_millis(250);

fn fail(code: u8, message: &str) -> ExitCode {
    // Paths and values in messages are the learner's: never written raw.
    let message = amphi::text::sanitize(message);
    let _ = writeln!(io::stderr(), "amphi: {message}");
    ExitCode::from(code)
}
