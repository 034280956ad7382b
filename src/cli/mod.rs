//! The command line (parsed by clap) and the commands that run without the TUI.
//!
//! [`run`] carries out a [`Command`]; what each one prints is built in
//! [`crate::author`].

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::author::check::{self as checker, CheckFormat};
use crate::author::report::{ProgressFormat, write_progress_in};
use crate::author::use_color;
use crate::course::{self, Course, CourseFiles, DirFiles, Report};
use crate::i18n::tr;
use crate::library;
use crate::progress::{STATE_ENV, Store, default_state_path};

mod config;
pub mod courses;
pub mod editions;
pub mod help;
pub mod import;
mod import_progress;
mod man;
mod new;
mod usage_error;
pub mod xapi;

/// amphi — a terminal course reader.
///
/// Opens a course (the bundled one by default) to read its lessons and interview
/// excerpts and take its quizzes; progress is saved and resumed.
#[derive(Debug, Parser)]
#[command(name = "amphi", version, about)]
pub struct Cli {
    /// What to do; without a command, open the course.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Course folder to open (one holding course.yaml), or the id of an installed
    /// course; without it, the bundled course, or a course picker when others are
    /// installed.
    pub course: Option<PathBuf>,

    /// Colour theme: dark (the default), light or high-contrast [default: the
    /// config file's, else dark]. NO_COLOR set to anything but empty turns colour
    /// off whatever the theme.
    #[arg(
        long,
        global = true,
        env = "AMPHI_THEME",
        hide_env_values = true,
        value_name = "THEME",
        value_parser = |s: &str| s.parse::<crate::theme::ThemeName>()
    )]
    pub theme: Option<crate::theme::ThemeName>,

    /// Widest text column, in columns (20 to 1000) [default: the config file's,
    /// else 88].
    #[arg(
        long,
        global = true,
        env = "AMPHI_MEASURE",
        hide_env_values = true,
        value_name = "COLUMNS",
        value_parser = clap::value_parser!(u16).range(20..=1000)
    )]
    pub measure: Option<u16>,

    /// Plain mode, for screen readers and braille displays: no box drawing, no
    /// colour, one column, every change said in words on the last line. Also
    /// chosen when TERM is `dumb`.
    #[arg(
        long,
        global = true,
        env = "AMPHI_PLAIN",
        hide_env_values = true,
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub plain: bool,

    /// Language of amphi's own words: en or fr [default: the config file's
    /// `language`, else the course's, else the locale's (LC_ALL, LC_MESSAGES,
    /// LANG), else en].
    #[arg(
        long,
        global = true,
        env = "AMPHI_LANG",
        hide_env_values = true,
        value_name = "LANG",
        value_parser = |s: &str| s.parse::<crate::i18n::Language>()
    )]
    pub lang: Option<crate::i18n::Language>,

    /// Config file (YAML: theme, measure, keys) [default: config.yaml in the
    /// platform config folder, if it exists].
    #[arg(long, global = true, env = crate::config::CONFIG_ENV, hide_env_values = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// State file for progress [default: state.json in AMPHI_DATA_DIR, else in the platform data folder].
    #[arg(long, global = true, env = STATE_ENV, hide_env_values = true, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// The options of the terminal interface, which every command accepts (they are
/// global) but only some use.
const TUI_OPTIONS: [&str; 6] = ["theme", "measure", "plain", "lang", "config", "state"];

/// The options of [`TUI_OPTIONS`] that command `name` uses; its help lists
/// only those.
fn options_used_by(name: &str) -> &'static [&'static str] {
    match name {
        // They open the terminal interface, as `amphi` alone does.
        "review" | "preview" => &TUI_OPTIONS,
        "progress" | "notes" | "list" | "remove" | "export" | "mastery" => &["state"],
        "config" => &["config"],
        _ => &[],
    }
}

/// The command line as parsed and shown: [`Cli`]'s, with each command's help,
/// completions and man page section listing only the options it uses (see
/// [`options_used_by`]). `amphi --help` lists them all.
pub fn clap_command() -> clap::Command {
    clap_command_in(crate::i18n::Language::En)
}

/// [`clap_command`] with its help in `lang` (see [`help::localise`]; built
/// when `lang` is not English).
pub fn clap_command_in(lang: crate::i18n::Language) -> clap::Command {
    let mut cmd = help::with_examples(Cli::command(), lang);
    // clap copies each global option into every command when it builds them,
    // unless the command already has it: a hidden copy is given first to the
    // commands that do not use it (it still parses there, and its value still
    // reaches the top level, as a global option's does).
    let globals: Vec<clap::Arg> = cmd
        .get_arguments()
        .filter(|a| TUI_OPTIONS.contains(&a.get_id().as_str()))
        .cloned()
        .collect();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let used = options_used_by(&name);
        cmd = cmd.mut_subcommand(&name, |mut sub| {
            for option in globals
                .iter()
                .filter(|a| !used.contains(&a.get_id().as_str()))
            {
                sub = sub.arg(option.clone().hide(true));
            }
            sub
        });
    }
    help::localise(cmd, lang)
}

/// The command line for shell completions: like [`clap_command`], but an option
/// is not offered at all by a command that does not use it (completion scripts,
/// unlike help, would offer a hidden option).
fn completion_command() -> clap::Command {
    let mut cmd = Cli::command();
    let globals: Vec<clap::Arg> = cmd
        .get_arguments()
        .filter(|a| TUI_OPTIONS.contains(&a.get_id().as_str()))
        .map(|a| a.clone().global(false))
        .collect();
    cmd = cmd.mut_args(|a| {
        if TUI_OPTIONS.contains(&a.get_id().as_str()) {
            a.global(false)
        } else {
            a
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let used = options_used_by(&name);
        cmd = cmd.mut_subcommand(&name, |mut sub| {
            for option in globals
                .iter()
                .filter(|a| used.contains(&a.get_id().as_str()))
            {
                sub = sub.arg(option.clone());
            }
            sub
        });
    }
    cmd
}

/// Parses the process's command line with [`clap_command_in`] (its help in
/// the language [`help::language_before_parsing`] finds), exiting with clap's
/// message (and code 2) when it is wrong, or with the help or version asked for.
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::language_before_parsing(&args, &|n| std::env::var(n).ok());
    let mut cmd = clap_command_in(lang);
    let matches = cmd
        .clone()
        .try_get_matches_from(args)
        .unwrap_or_else(|e| exit_clean(e, lang));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_clean(e.format(&mut cmd), lang))
}

/// Exits with clap's error `e`, or the help or version it carries. A usage
/// error is clap's own in English and rendered in `lang` otherwise (see
/// [`usage_error`]; in colour on a terminal unless NO_COLOR), exit code 2
/// either way. clap quotes the
/// value it refused (`--theme`'s, also from `AMPHI_THEME`) as it was given:
/// the message is sanitised ([`crate::text::sanitize`]) like every other
/// message of amphi (clap's own, written without colour when that changes it).
fn exit_clean(e: clap::Error, lang: crate::i18n::Language) -> ! {
    if e.use_stderr() && lang != crate::i18n::Language::En {
        let color = use_color(
            io::stderr().is_terminal(),
            std::env::var("NO_COLOR").ok().as_deref(),
        );
        let _ = write!(io::stderr(), "{}", usage_error::render(&e, lang, color));
        std::process::exit(e.exit_code());
    }
    if e.use_stderr() {
        let plain = e.render().to_string();
        let clean = crate::text::sanitize(&plain);
        if clean != plain {
            let _ = write!(io::stderr(), "{clean}");
            std::process::exit(e.exit_code());
        }
    }
    e.exit()
}

/// Commands that print and exit.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a course folder and show every problem with its source line.
    ///
    /// Each problem starts with a `file:line:column: message` line, then shows the
    /// line with a caret under the column; a summary such as `3 errors in 2 files`
    /// ends the report. Exits 0 when the course is valid (warnings, for what is
    /// legal but likely wrong, do not count), 1 when it is not, 2 when the folder
    /// cannot be used.
    Check {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Create a new course folder, with one item of each kind to start from.
    ///
    /// Writes course.yaml, one module (a lesson, a lesson in its own Markdown file,
    /// an interview and a quiz with a question of every kind) and a README.md for
    /// the author. Refuses a folder that exists and is not empty.
    New {
        /// Folder to create (or an empty one).
        dir: PathBuf,
        /// The course title.
        #[arg(long)]
        title: String,
        /// The course id, under which progress is kept [default: made from the title].
        #[arg(long)]
        id: Option<String>,
    },
    /// Print each module's completion and quiz best score, without the TUI.
    Progress {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = ProgressFormat::Text)]
        format: ProgressFormat,
    },
    /// Open the course on a review of the questions due: those answered wrongly
    /// before, brought back on a spaced schedule (Leitner boxes: 0, 1, 3, 7 and 14
    /// days). Needs a terminal, like opening the course.
    Review {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
    },
    /// Print every note written on the course, with its module and item titles.
    ///
    /// Notes are written in amphi with `a` on an item and kept in the state file.
    /// Markdown has a heading per module and per item; JSON is one document with
    /// the course id and title and a list of notes.
    Notes {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = crate::author::notes::NotesFormat::Markdown)]
        format: crate::author::notes::NotesFormat,
    },
    /// Check a course folder and install it in the course library.
    ///
    /// Copies the files the course is made of into `courses/<id>/` in the data
    /// folder (AMPHI_DATA_DIR, else the platform's); `--link` records where the
    /// folder is instead, to read it from there each time. Then `amphi <id>` opens
    /// it, and `amphi` alone offers it in the course picker.
    Add {
        /// The course folder (one holding course.yaml).
        path: PathBuf,
        /// Record a link to the folder instead of copying it.
        #[arg(long)]
        link: bool,
        /// Replace an installed course with the same id.
        #[arg(long)]
        force: bool,
    },
    /// Import a course or quiz bank of another format as an amphi course folder.
    ///
    /// Reads a Moodle GIFT quiz bank (`.gift` or `.txt`), an Open edX course
    /// export (its folder or `.tar.gz`) or an mdBook book (a folder with
    /// `book.toml`), and writes an ordinary course folder in DIR that `amphi
    /// check` accepts. Prints a report of what was converted, approximated (and how) and left out
    /// (and why), also written as IMPORT.md in DIR. Refuses a DIR that is not
    /// empty without --force, and never writes outside DIR.
    Import {
        /// What to import: a GIFT bank, an Open edX export or an mdBook folder.
        source: PathBuf,
        /// The course folder to write (created when missing; must be empty unless --force).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The source format [default: from the file name, else its content].
        #[arg(long, value_enum, value_name = "FORMAT")]
        from: Option<import::ImportFrom>,
        /// Write into a folder that is not empty, replacing files of the same names
        /// (and, with --add, the installed course of the same id).
        #[arg(long)]
        force: bool,
        /// Also install the course in the course library, as `amphi add` does.
        #[arg(long)]
        add: bool,
        /// Report format.
        #[arg(long, value_enum, default_value_t = import::ImportFormat::Text)]
        format: import::ImportFormat,
    },
    /// List the courses (bundled and installed) with progress and last study date.
    List,
    /// Remove an installed course; asks before deleting its progress too.
    Remove {
        /// The course id, as `amphi list` shows it.
        id: String,
        /// Delete the course's progress without asking.
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Export the learner's progress as xAPI statements (a JSON array).
    ///
    /// Reads the state file: items read, quiz attempts and their answers, modules
    /// and the course once complete. The learner is an account on `urn:amphi`
    /// named after --actor, or $USER.
    Export {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
        /// Write xAPI statements (the only export format for now).
        #[arg(long, required = true)]
        xapi: bool,
        /// The learner's account name [default: $USER].
        #[arg(long, value_name = "NAME")]
        actor: Option<String>,
        /// Write to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Open a course folder and reload it whenever its files change.
    ///
    /// For authors: keep an editor open beside it. The place in the course is
    /// kept across reloads. A change that breaks the course shows its problems
    /// over the last good version, which stays readable, until a fix is saved.
    ///
    /// Progress made while previewing (items read, quizzes taken) goes to a
    /// scratch state file, discarded on exit, so a preview never changes your
    /// own progress; `--state FILE` (or AMPHI_STATE) keeps it in FILE instead.
    Preview {
        /// Course folder (one holding course.yaml).
        path: PathBuf,
    },
    /// Print the JSON Schema of course.yaml or of a module file (for editors).
    #[command(hide = true)]
    Schema {
        /// Which file.
        #[arg(value_enum)]
        file: crate::schema::SchemaFile,
    },
    /// Print the mastery of each learning objective, without the TUI: the share
    /// of its questions answered right on the latest full attempt of each quiz.
    Mastery {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Show the config file: its path, or a commented default to start from.
    Config {
        /// Print a config file holding every default, with comments.
        #[arg(long, conflicts_with_all = ["path", "check"])]
        print_default: bool,
        /// Print where the config file is read from.
        #[arg(long, conflicts_with = "check")]
        path: bool,
        /// Check the config file in use (exit 2 with the error if it is bad).
        #[arg(long)]
        check: bool,
    },
    /// Print the manual page (roff).
    Man,
}

/// A command that failed: what to tell on standard error, and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// 1 for an invalid course, 2 for a usage or I/O error.
    pub code: u8,
    /// The message, without the `amphi: ` prefix.
    pub message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

/// The settings for the TUI: the config file (see [`crate::config::load`])
/// with the command line's `--theme` and `--measure` (or their environment
/// variables) over it.
///
/// # Errors
/// The config file's error, naming the file, the key and its line.
pub fn settings(cli: &Cli) -> Result<crate::config::Config, crate::config::ConfigError> {
    let mut config = crate::config::load(cli.config.as_deref())?;
    if let Some(theme) = cli.theme {
        config.theme = theme;
    }
    if let Some(measure) = cli.measure {
        config.measure = measure;
    }
    if let Some(lang) = cli.lang {
        config.language = Some(lang);
    }
    Ok(config)
}

/// The files of a course in the library (for its images).
pub fn entry_files(source: &library::Source) -> Box<dyn CourseFiles + Send + Sync> {
    match source {
        library::Source::Bundled => Box::new(course::bundled_files()),
        library::Source::Copied(dir) | library::Source::Linked(dir) => Box::new(DirFiles::new(dir)),
    }
}

/// The language to speak with the course in `course_language` (`None` for the
/// picker and the commands without a course): `--lang` or the config file's
/// `language` (both in `settings`, see [`settings`]), the course's, the
/// locale (`get` reads the environment: `|n| std::env::var(n).ok()`), English.
pub fn language(
    settings: &crate::config::Config,
    course_language: Option<&str>,
    get: &dyn Fn(&str) -> Option<String>,
) -> crate::i18n::Language {
    let locale = crate::i18n::choose::Locale::from_vars(get);
    crate::i18n::choose(None, settings.language, course_language, &locale)
}

/// The language a printing command speaks: `--lang`, else the config file's
/// `language` (a config file that does not load counts as none: `amphi config
/// --check` reports it), else the course's `course_language` (`None` for the
/// commands without a course), else the locale, else English.
pub fn command_language(cli: &Cli, course_language: Option<&str>) -> crate::i18n::Language {
    let mut config = crate::config::load(cli.config.as_deref()).unwrap_or_default();
    if let Some(lang) = cli.lang {
        config.language = Some(lang);
    }
    language(&config, course_language, &|n| std::env::var(n).ok())
}

/// Whether to draw in plain mode: `--plain` (or `AMPHI_PLAIN`), or a `TERM` of
/// `dumb` (its value given).
pub fn plain_wanted(flag: bool, term: Option<&str>) -> bool {
    flag || term == Some("dumb")
}

/// Carries out `command` (given with the rest of `cli`), printing to standard
/// output and error, and returns the exit code.
///
/// Standard output is written at the end, in one piece; a reader that goes away
/// (`amphi man | head`) is not an error.
pub fn run(cli: &Cli, command: &Command) -> u8 {
    let mut out = Vec::new();
    let code = match run_to(cli, command, &mut out) {
        Ok(code) => code,
        Err(failure) => {
            // Messages quote paths and values given by the learner or read from
            // files (a folder named with an escape sequence): never raw.
            let message = crate::text::sanitize(&failure.message);
            let _ = writeln!(io::stderr(), "amphi: {message}");
            failure.code
        }
    };
    let mut stdout = io::stdout().lock();
    match stdout.write_all(&out).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            let message = tr(
                command_language(cli, None),
                "cli-cannot-write-output",
                &[("error", e.to_string().into())],
            );
            let _ = writeln!(io::stderr(), "amphi: {message}");
            2
        }
        _ => code,
    }
}

/// Carries out `command`, writing what goes to standard output to `out`.
///
/// # Errors
/// A [`Failure`] to report on standard error.
pub fn run_to(cli: &Cli, command: &Command, out: &mut Vec<u8>) -> Result<u8, Failure> {
    let written = |r: io::Result<()>| r.map_err(|e| Failure::usage(e.to_string()));
    match command {
        Command::Check { path, format } => {
            let files = course_files_in(command_language(cli, None), path.as_deref())?;
            let color = use_color(
                io::stdout().is_terminal(),
                std::env::var("NO_COLOR").ok().as_deref(),
            );
            // The course's language, or its edition's in the language the
            // learner would open (`--lang`, config, locale), as the
            // terminal interface would speak.
            let wanted = opening_language(cli, &crate::progress::CourseProgress::default());
            let lang = |course: Option<&str>, editions: &[&str]| {
                let edition = wanted.as_deref().filter(|w| {
                    let w = course::editions::primary(w);
                    editions.iter().any(|e| course::editions::primary(e) == w)
                });
                command_language(cli, edition.or(course))
            };
            let code = checker::check_in(&*files, *format, color, &lang, out)
                .map_err(|e| Failure::usage(e.to_string()))?;
            Ok(code as u8)
        }
        Command::New { dir, title, id } => {
            new::run(command_language(cli, None), dir, title, id.as_deref(), out)
        }
        Command::Review { .. } => Err(Failure::usage(tr(
            command_language(cli, None),
            "cli-review-not-printing",
            &[],
        ))),
        Command::Notes { path, format } => {
            let text = *format == crate::author::notes::NotesFormat::Markdown;
            let (course, progress) = course_progress_in(cli, path.as_deref(), text)?;
            let lang = command_language(cli, Some(&course.info.language));
            written(crate::author::notes::write_notes_in(
                lang, &course, &progress, *format, out,
            ))?;
            Ok(0)
        }
        Command::Progress { path, format } => {
            let text = *format == ProgressFormat::Text;
            let (course, progress) = course_progress_in(cli, path.as_deref(), text)?;
            let lang = command_language(cli, Some(&course.info.language));
            written(write_progress_in(lang, &course, &progress, *format, out))?;
            Ok(0)
        }
        Command::Add { path, link, force } => {
            courses::add_command_in(command_language(cli, None), path, *link, *force, out)
        }
        Command::Import {
            source,
            out: dir,
            from,
            force,
            add,
            format,
        } => import::run(
            &import::ImportArgs {
                source,
                out: dir,
                from: *from,
                force: *force,
                add: *add,
                format: *format,
                lang: command_language(cli, None),
            },
            out,
        ),
        Command::List => courses::list_command(
            &state_store_in(command_language(cli, None), cli.state.as_ref())
                .map_err(Failure::usage)?,
            command_language(cli, None),
            out,
        ),
        Command::Remove { id, yes } => courses::remove_command_in(
            command_language(cli, None),
            &state_store_in(command_language(cli, None), cli.state.as_ref())
                .map_err(Failure::usage)?,
            id,
            *yes,
            out,
        ),
        Command::Export {
            path,
            actor,
            out: file,
            ..
        } => {
            // The statements are of the original (language-neutral); the
            // messages speak as the edition the learner would open.
            let (course, progress) = course_progress(cli, path.as_deref())?;
            let shown = editions::opening_edition_language(
                &course,
                opening_language(cli, &progress).as_deref(),
            );
            let lang = command_language(cli, Some(&shown));
            xapi::run_in(
                lang,
                &course,
                &progress,
                actor.as_deref(),
                file.as_deref(),
                out,
            )
        }
        // The binary opens the terminal for it before commands run here.
        Command::Preview { .. } => Err(Failure::usage(tr(
            command_language(cli, None),
            "cli-preview-needs-terminal",
            &[],
        ))),
        Command::Schema { file } => {
            out.extend(file.text().into_bytes());
            Ok(0)
        }
        Command::Mastery { path } => {
            let (course, progress) = course_progress_in(cli, path.as_deref(), true)?;
            let lang = command_language(cli, Some(&course.info.language));
            written(crate::progress::write_mastery_in(
                lang, &course, &progress, out,
            ))?;
            Ok(0)
        }
        Command::Completions { shell } => {
            // The descriptions the shell shows beside each option, in the
            // learner's language.
            let mut cmd = help::localise(completion_command(), command_language(cli, None));
            clap_complete::generate(*shell, &mut cmd, "amphi", out);
            Ok(0)
        }
        Command::Config {
            print_default,
            path,
            check: _,
        } => config::run(cli, *print_default, *path, out),
        Command::Man => {
            written(man::page(command_language(cli, None), out))?;
            Ok(0)
        }
    }
}

/// `path` as amphi prints it: displayed, then sanitised
/// ([`crate::text::sanitize_inline`]), since a file name may hold an escape
/// sequence.
pub fn shown_path(path: &Path) -> String {
    crate::text::sanitize_inline(&path.display().to_string()).into_owned()
}

/// The course at `path` (the bundled one by default) and the learner's progress
/// in it, from the state file.
fn course_progress(
    cli: &Cli,
    path: Option<&Path>,
) -> Result<(Course, crate::progress::CourseProgress), Failure> {
    course_progress_in(cli, path, false)
}

/// [`course_progress`]; with `edition`, the course is its edition that the
/// terminal interface would open ([`editions::opening_language`]: `--lang`,
/// the edition the learner last chose, the config file's `language`, else the
/// locale's), for the reports written for people. Editions share their
/// original's id, hence its progress.
fn course_progress_in(
    cli: &Cli,
    path: Option<&Path>,
    edition: bool,
) -> Result<(Course, crate::progress::CourseProgress), Failure> {
    let (files, course, progress) = original_progress(cli, path)?;
    if edition {
        let chosen = opening_language(cli, &progress);
        let course = editions::editions(course, &*files, chosen.as_deref()).remove(0);
        return Ok((course, progress));
    }
    Ok((course, progress))
}

/// The files of the course at `path` (the bundled one by default), the course
/// itself (the original, not an edition) and the learner's progress in it.
fn original_progress(
    cli: &Cli,
    path: Option<&Path>,
) -> Result<
    (
        Box<dyn CourseFiles + Send + Sync>,
        Course,
        crate::progress::CourseProgress,
    ),
    Failure,
> {
    let lang = command_language(cli, None);
    let files = course_files_in(lang, path)?;
    let course = course::load(&*files).map_err(|report| Failure {
        code: 1,
        message: format!(
            "{}\n{}",
            tr(lang, "cli-course-invalid", &[]),
            report.render(lang)
        ),
    })?;
    let store = state_store_in(lang, cli.state.as_ref()).map_err(Failure::usage)?;
    let loaded = store.read().map_err(|e| Failure::usage(e.to_string()))?;
    if let Some(w) = &loaded.warning {
        let _ = writeln!(io::stderr(), "amphi: {w}");
    }
    let progress = loaded
        .state
        .courses
        .get(&course.info.id)
        .cloned()
        .unwrap_or_default();
    Ok((files, course, progress))
}

/// The language whose edition of a course the terminal interface opens for
/// this command line and `progress` ([`editions::opening_language`]).
fn opening_language(cli: &Cli, progress: &crate::progress::CourseProgress) -> Option<String> {
    let config = crate::config::load(cli.config.as_deref())
        .ok()
        .and_then(|c| c.language);
    editions::opening_language(
        cli.lang,
        &progress.edition,
        config,
        editions::locale_language(&|n| std::env::var(n).ok()),
    )
}

/// The files of the course at `path` (a folder that must exist, or, when no such
/// path exists, the id of the bundled course or of an installed course: see
/// [`library::named_course`]), or of the bundled course.
///
/// # Errors
/// A usage [`Failure`] (code 2) when `path` does not exist or is not a folder.
pub fn course_files(path: Option<&Path>) -> Result<Box<dyn CourseFiles + Send + Sync>, Failure> {
    course_files_in(crate::i18n::Language::En, path)
}

/// [`course_files`] with its messages in `lang`.
///
/// # Errors
/// As [`course_files`].
pub fn course_files_in(
    lang: crate::i18n::Language,
    path: Option<&Path>,
) -> Result<Box<dyn CourseFiles + Send + Sync>, Failure> {
    let shown = || {
        (
            "path",
            crate::i18n::Arg::from(
                path.map(Path::display)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
            ),
        )
    };
    let Some(path) = path else {
        return Ok(Box::new(course::bundled_files()));
    };
    match library::named_course(path) {
        Some(library::Named::Bundled) => return Ok(Box::new(course::bundled_files())),
        Some(library::Named::Installed(dir)) => return Ok(Box::new(DirFiles::new(dir))),
        None => {}
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Ok(Box::new(DirFiles::new(path))),
        Ok(_) => Err(Failure::usage(tr(lang, "cli-not-a-folder", &[shown()]))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Err(Failure::usage(tr(lang, "cli-no-such-folder", &[shown()])))
        }
        Err(e) => Err(Failure::usage(tr(
            lang,
            "cli-cannot-open",
            &[shown(), ("error", e.to_string().into())],
        ))),
    }
}

/// Loads the course at `path` (a folder, or, when no such path exists, the id of
/// the bundled course or of an installed course: see [`library::named_course`];
/// through the platform's course cache, see [`course::cache`]), or the bundled
/// course.
///
/// # Errors
/// The loader's [`Report`].
pub fn load_course(path: Option<&PathBuf>) -> Result<Course, Report> {
    match path {
        // A big course opens from the cache when none of its files changed.
        Some(p) => {
            let dir = match library::named_course(p) {
                Some(library::Named::Bundled) => return course::cache::load_bundled_cached(),
                Some(library::Named::Installed(dir)) => dir,
                None => p.clone(),
            };
            match course::CourseCache::platform() {
                Some(cache) => cache.load_dir(&dir).0,
                None => course::load_dir(&dir),
            }
        }
        None => course::cache::load_bundled_cached(),
    }
}

/// The state file: `--state`/`AMPHI_STATE`, else `state.json` in `AMPHI_DATA_DIR`,
/// else the platform default.
///
/// # Errors
/// A message in English when neither is given and no home folder is known.
pub fn state_store(state: Option<&PathBuf>) -> Result<Store, String> {
    state_store_in(crate::i18n::Language::En, state)
}

/// [`state_store`], its message in `lang` (the command's language, see
/// [`command_language`]); why there is no home folder is the data folder's own
/// sentence ([`crate::folders::problem`]).
///
/// # Errors
/// A message when neither is given and no home folder is known.
pub fn state_store_in(
    lang: crate::i18n::Language,
    state: Option<&PathBuf>,
) -> Result<Store, String> {
    state
        .cloned()
        .or_else(default_state_path)
        .map(Store::new)
        .ok_or_else(|| {
            let why = crate::folders::problem().unwrap_or_else(|| tr(lang, "cli-no-home", &[]));
            tr(
                lang,
                "cli-state-needed",
                &[("why", why.into()), ("variable", STATE_ENV.into())],
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(args).unwrap()
    }

    #[test]
    fn options_may_come_before_or_after_a_command() {
        let cli = parse(&["amphi", "--state", "s.json", "progress"]);
        assert!(matches!(
            cli.command,
            Some(Command::Progress { path: None, .. })
        ));
        assert_eq!(cli.state, Some(PathBuf::from("s.json")));
        let cli = parse(&["amphi", "check", "dir", "--state", "s.json"]);
        assert!(matches!(
            cli.command,
            Some(Command::Check { path: Some(_), .. })
        ));
        assert_eq!(cli.state, Some(PathBuf::from("s.json")));
    }

    #[test]
    fn a_path_alone_opens_that_course() {
        let cli = parse(&["amphi", "--state", "s.json", "some/course"]);
        assert!(cli.command.is_none());
        assert_eq!(cli.course, Some(PathBuf::from("some/course")));
        assert!(parse(&["amphi"]).course.is_none());
    }

    #[test]
    fn formats_default_to_text() {
        let cli = parse(&["amphi", "check", "--format", "json"]);
        assert!(matches!(
            cli.command,
            Some(Command::Check {
                format: CheckFormat::Json,
                ..
            })
        ));
        let cli = parse(&["amphi", "progress"]);
        assert!(matches!(
            cli.command,
            Some(Command::Progress {
                format: ProgressFormat::Text,
                ..
            })
        ));
        assert!(Cli::try_parse_from(["amphi", "progress", "--format", "xml"]).is_err());
    }

    #[test]
    fn each_command_lists_only_the_options_it_uses() {
        let mut cmd = clap_command();
        // Global options reach the commands when the command line is built.
        cmd.build();
        let mut help = |name: &str| {
            cmd.find_subcommand_mut(name)
                .unwrap()
                .render_long_help()
                .to_string()
        };
        let all = ["--theme", "--measure", "--plain", "--config", "--state"];
        let cases: [(&str, &[&str]); 8] = [
            ("check", &[]),
            ("new", &[]),
            ("man", &[]),
            ("completions", &[]),
            ("add", &[]),
            ("progress", &["--state"]),
            ("config", &["--config"]),
            ("review", &all),
        ];
        for (name, used) in cases {
            let text = help(name);
            for option in all {
                assert_eq!(
                    text.contains(option),
                    used.contains(&option),
                    "{option} in `amphi {name} --help`:\n{text}"
                );
            }
        }
        // Completions offer a command only the options it uses.
        let mut script = Vec::new();
        clap_complete::generate(
            clap_complete::Shell::Fish,
            &mut completion_command(),
            "amphi",
            &mut script,
        );
        let script = String::from_utf8(script).unwrap();
        let check = script
            .lines()
            .filter(|l| l.contains("__fish_amphi_using_subcommand check\""))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(check.contains("-l format"), "{check}");
        assert!(!check.contains("-l theme"), "{check}");
        assert!(
            script
                .lines()
                .any(|l| l.contains("__fish_amphi_using_subcommand review\"")
                    && l.contains("-l theme")),
            "{script}"
        );
        let top = clap_command().render_long_help().to_string();
        for option in all {
            assert!(top.contains(option), "{option} in `amphi --help`");
        }
        assert!(top.contains("[env: AMPHI_THEME]"), "{top}");
        assert!(!top.contains("=]"), "no empty value shown: {top}");
    }

    #[test]
    fn the_new_command_counts_no_question_kinds() {
        // A count in the help went stale once; the scaffold's test checks that it
        // has a question of every kind.
        let mut cmd = clap_command();
        let help = cmd
            .find_subcommand_mut("new")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(help.contains("a question of every kind"), "{help}");
        assert!(!help.contains("question kinds"), "{help}");
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
        clap_command().debug_assert();
        // An option hidden from a command still parses there, as before.
        let cli = Cli::from_arg_matches(
            &clap_command().get_matches_from(["amphi", "check", "--state", "s.json"]),
        )
        .unwrap();
        assert_eq!(cli.state, Some(PathBuf::from("s.json")));
    }

    #[test]
    fn every_subcommand_has_an_example_in_its_help() {
        let cli = clap_command();
        assert!(
            cli.get_after_help()
                .is_some_and(|h| h.to_string().contains("Examples:"))
        );
        let mut names = Vec::new();
        for sub in cli.get_subcommands() {
            names.push(sub.get_name().to_string());
            let help = sub
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(
                help.starts_with("Example") && help.contains(&format!("amphi {}", sub.get_name())),
                "`amphi {} --help` shows an example: {help:?}",
                sub.get_name()
            );
        }
        assert_eq!(
            names,
            [
                "check",
                "new",
                "progress",
                "review",
                "notes",
                "add",
                "import",
                "list",
                "remove",
                "export",
                "preview",
                "schema",
                "mastery",
                "completions",
                "config",
                "man"
            ]
        );
    }

    #[test]
    fn a_missing_path_or_a_file_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        let err = course_files(Some(&missing)).err().unwrap();
        assert_eq!(err.code, 2);
        assert!(err.message.ends_with("no such folder"), "{}", err.message);
        let file = dir.path().join("course.yaml");
        std::fs::write(&file, "id: x").unwrap();
        let err = course_files(Some(&file)).err().unwrap();
        assert_eq!(err.code, 2);
        assert!(err.message.contains("is not a folder"), "{}", err.message);
        assert!(course_files(Some(dir.path())).is_ok());
        assert!(course_files(None).is_ok());
    }
}
