//! The command line (parsed by clap) and the commands that run without the TUI.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::course::{self, Course, Item, Report};
use crate::progress::{CourseProgress, STATE_ENV, Store, default_state_path};

/// amphi — a terminal course reader.
///
/// Opens a course (the bundled one by default) to read its lessons and interview
/// excerpts and take its quizzes; progress is saved and resumed.
#[derive(Debug, Parser)]
#[command(
    name = "amphi",
    version,
    about,
    after_help = "Examples:\n  amphi                     open the bundled course\n  amphi ~/courses/rust      open the course in a folder\n  amphi check ~/courses/rust\n  amphi progress"
)]
pub struct Cli {
    /// What to do; without a command, open the course.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Course folder to open (one holding course.yaml); the bundled course if omitted.
    pub course: Option<PathBuf>,

    /// State file for progress [default: state.json in the platform data folder].
    #[arg(long, global = true, env = STATE_ENV, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// Commands that print and exit.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a course folder and print every problem as file:line:column: message.
    ///
    /// Exits 0 when the course is valid, 1 when it is not.
    #[command(after_help = "Example:\n  amphi check ~/courses/my-course")]
    Check {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
    },
    /// Print each module's completion and quiz best score, without the TUI.
    #[command(after_help = "Example:\n  amphi progress ~/courses/my-course")]
    Progress {
        /// Course folder; the bundled course if omitted.
        path: Option<PathBuf>,
    },
}

/// Loads the course at `path`, or the bundled course.
///
/// # Errors
/// The loader's [`Report`].
pub fn load_course(path: Option<&PathBuf>) -> Result<Course, Report> {
    match path {
        Some(p) => course::load_dir(p),
        None => course::load_bundled(),
    }
}

/// The state file: `--state`/`AMPHI_STATE`, else the platform default.
///
/// # Errors
/// A message when neither is given and no home folder is known.
pub fn state_store(state: Option<&PathBuf>) -> Result<Store, String> {
    state
        .cloned()
        .or_else(default_state_path)
        .map(Store::new)
        .ok_or_else(|| format!("no home folder found: pass --state FILE or set {STATE_ENV}"))
}

/// `amphi check`: prints the report and returns the exit code (0 valid, 1 invalid).
pub fn check(path: Option<&PathBuf>, out: &mut dyn Write) -> std::io::Result<i32> {
    match load_course(path) {
        Ok(c) => {
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            writeln!(
                out,
                "{}: valid — {}, {}",
                c.info.title,
                plural(c.modules.len(), "module"),
                plural(c.item_count(), "item")
            )?;
            Ok(0)
        }
        Err(report) => {
            writeln!(out, "{report}")?;
            Ok(1)
        }
    }
}

/// `amphi progress`: prints each module's completion and quiz best score.
pub fn print_progress(
    course: &Course,
    progress: &CourseProgress,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let overall = progress.course_completion(course);
    writeln!(out, "{} — {} % done", course.info.title, overall.percent())?;
    for (i, m) in course.modules.iter().enumerate() {
        let c = progress.module_completion(m);
        let mark = if progress.module_complete(m) {
            "✓"
        } else {
            " "
        };
        let quiz = match m.final_quiz() {
            Some((_, q)) => match progress.best_percent(&m.id, &q.id) {
                Some(best) => format!(
                    "quiz best {best} % (pass mark {} %, {})",
                    q.pass_mark,
                    if progress.quiz_passed(&m.id, &q.id) {
                        "passed"
                    } else {
                        "not passed"
                    }
                ),
                None => format!("quiz not taken (pass mark {} %)", q.pass_mark),
            },
            None => "no quiz".into(),
        };
        let read = m
            .items
            .iter()
            .filter(|it| !matches!(it, Item::Quiz(_)))
            .filter(|it| progress.is_read(&m.id, it.id()))
            .count();
        let readable = m
            .items
            .iter()
            .filter(|it| !matches!(it, Item::Quiz(_)))
            .count();
        writeln!(
            out,
            "{mark} {}. {} — {}/{} items done, {read}/{readable} read, {quiz}",
            i + 1,
            m.title,
            c.done,
            c.total
        )?;
    }
    Ok(())
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
            Some(Command::Progress { path: None })
        ));
        assert_eq!(cli.state, Some(PathBuf::from("s.json")));
        let cli = parse(&["amphi", "check", "dir", "--state", "s.json"]);
        assert!(matches!(
            cli.command,
            Some(Command::Check { path: Some(_) })
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
}
