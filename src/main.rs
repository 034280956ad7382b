//! The `amphi` binary: parse the command line, do every fallible step (course,
//! state) before touching the terminal, run the app, save on the way out.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

use amphi::app::{self, App};
use amphi::cli::{self, Cli, Command};
use amphi::ui::theme::Theme;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Check { path }) => {
            return match cli::check(path.as_ref(), &mut io::stdout().lock()) {
                Ok(code) => ExitCode::from(code as u8),
                Err(e) => fail(2, &e.to_string()),
            };
        }
        Some(Command::Progress { path }) => {
            let course = match cli::load_course(path.as_ref()) {
                Ok(c) => c,
                Err(report) => return fail(1, &format!("the course is invalid:\n{report}")),
            };
            let store = match cli::state_store(cli.state.as_ref()) {
                Ok(s) => s,
                Err(e) => return fail(2, &e),
            };
            let loaded = match store.load() {
                Ok(l) => l,
                Err(e) => return fail(2, &e.to_string()),
            };
            if let Some(w) = &loaded.warning {
                eprintln!("amphi: {w}");
            }
            let progress = loaded
                .state
                .courses
                .get(&course.info.id)
                .cloned()
                .unwrap_or_default();
            let mut out = io::stdout().lock();
            return match cli::print_progress(&course, &progress, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(2, &e.to_string()),
            };
        }
        None => {}
    }

    let course = match cli::load_course(cli.course.as_ref()) {
        Ok(c) => c,
        Err(report) => return fail(1, &format!("cannot open the course:\n{report}")),
    };
    let store = match cli::state_store(cli.state.as_ref()) {
        Ok(s) => s,
        Err(e) => return fail(2, &e),
    };
    let loaded = match store.load() {
        Ok(l) => l,
        Err(e) => return fail(2, &e.to_string()),
    };
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return fail(
            2,
            "needs an interactive terminal (stdin and stdout must be a terminal); try `amphi check` or `amphi progress` in scripts",
        );
    }

    let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
    let mut app = App::new(course, loaded.state, theme);
    app.notice = loaded.warning.clone();

    let mut terminal = ratatui::init();
    // ratatui's panic hook restores the terminal; mouse capture must go too.
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        restore_hook(info);
    }));
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let events = std::iter::from_fn(|| Some(event::read()));
    let mut save = |state: &amphi::progress::State| store.save(state);
    let result = app::run(&mut terminal, &mut app, events, &mut save);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    if let Some(w) = &loaded.warning {
        // Said again where it stays visible once the screen is restored.
        eprintln!("amphi: {w}");
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(1, &format!("{e} (state file: {})", store.path().display())),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "amphi: {message}");
    ExitCode::from(code)
}
