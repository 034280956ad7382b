//! `amphi add`, `amphi list` and `amphi remove`: the course library's commands,
//! which print what [`crate::library`] did and ask before deleting progress.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;

use super::Failure;
use crate::course::{self, DirFiles};
use crate::i18n::{Arg, Language, tr, typography};
use crate::library::*;
use crate::progress::Store;

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: message.into(),
    }
}

/// `amphi add PATH [--link] [--force]`: checks the course in `path` and installs
/// it, printing where.
///
/// # Errors
/// Code 1 with the check's problems for an invalid course; code 2 for a folder
/// that cannot be used, an id already installed (without `force`) or an I/O error.
pub fn add_command(path: &Path, link: bool, force: bool, out: &mut Vec<u8>) -> Result<u8, Failure> {
    add_command_in(Language::En, path, link, force, out)
}

/// [`add_command`] with its messages in `lang`: its own, the library's
/// refusals and the check's problems.
///
/// # Errors
/// As [`add_command`].
pub fn add_command_in(
    lang: Language,
    path: &Path,
    link: bool,
    force: bool,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    let path_arg = || ("path", Arg::from(shown(path)));
    if !path.is_dir() {
        let id = if path.exists() {
            "cli-not-a-folder"
        } else {
            "cli-no-such-folder"
        };
        return Err(usage(tr(lang, id, &[path_arg()])));
    }
    let library = Library::open_default().map_err(|m| usage(m.render(lang)))?;
    let (course, source) = library.add(path, link, force).map_err(|e| match e {
        AddError::Invalid(report) => {
            // The problems as `amphi check` shows them, each with its source line.
            let mut text = Vec::new();
            let color = crate::author::use_color(
                io::stderr().is_terminal(),
                std::env::var("NO_COLOR").ok().as_deref(),
            );
            let files = DirFiles::new(path);
            let format = Default::default();
            let problems = match crate::author::check::check_in(
                &files,
                format,
                color,
                &|_, _| lang,
                &mut text,
            ) {
                Ok(_) => String::from_utf8_lossy(&text).trim_end().to_string(),
                Err(_) => report.render(lang),
            };
            Failure {
                code: 1,
                message: format!(
                    "{}\n{problems}",
                    tr(lang, "cli-add-not-added", &[path_arg()])
                ),
            }
        }
        refused @ AddError::Refused(_) => usage(refused.render(lang)),
    })?;
    let id = &course.info.id;
    let how = match &source {
        Source::Linked(p) => tr(lang, "cli-add-linked", &[("path", shown(p).into())]),
        other => tr(
            lang,
            "cli-add-copied",
            &[(
                "path",
                shown(other.folder().unwrap_or(Path::new(""))).into(),
            )],
        ),
    };
    let added = tr(
        lang,
        "cli-add-added",
        &[
            ("title", course.info.title.as_str().into()),
            ("id", id.into()),
            ("how", how.into()),
        ],
    );
    let open = tr(lang, "cli-add-open", &[("id", id.into())]);
    writeln!(out, "{added}\n{open}").map_err(|e| usage(e.to_string()))?;
    Ok(0)
}

/// `amphi list`: every course (bundled first) with its id, progress, last
/// study date and where it comes from, one a line under a header.
///
/// # Errors
/// Code 2 when the state file cannot be read or no data folder is known.
pub fn list_command(store: &Store, lang: Language, out: &mut Vec<u8>) -> Result<u8, Failure> {
    let library = Library::open_default().map_err(|m| usage(m.render(lang)))?;
    let loaded = store.read().map_err(|e| usage(e.to_string()))?;
    if let Some(w) = &loaded.warning {
        let _ = writeln!(io::stderr(), "amphi: {w}");
    }
    write_list_in(lang, &library.entries_in(lang), &loaded.state, out);
    Ok(0)
}

/// What `amphi list` prints in English for the courses `entries` (in the
/// order given: [`Library::entries_in`] sorts them by title in a language's
/// order) and the progress in `state`: a header, then one line per course
/// with its id, completion, quizzes passed, last study date, where it comes
/// from and its title, in columns.
pub fn write_list(entries: &[Entry], state: &crate::progress::State, out: &mut Vec<u8>) {
    write_list_in(Language::En, entries, state, out);
}

/// [`write_list`] in `lang`: its words, percentages and dates (`05/12/2026`
/// in French).
pub fn write_list_in(
    lang: Language,
    entries: &[Entry],
    state: &crate::progress::State,
    out: &mut Vec<u8>,
) {
    let rows: Vec<[String; 6]> = entries
        .iter()
        .map(|entry| {
            let s = entry.summary(state);
            let (done, quizzes, title) = match &entry.course {
                Ok(_) => (
                    typography::percent_text(lang, &s.percent.unwrap_or(0).to_string()),
                    format!(
                        "{}/{}",
                        typography::integer(lang, s.quizzes.0 as u64),
                        typography::integer(lang, s.quizzes.1 as u64)
                    ),
                    s.title.clone(),
                ),
                Err(why) => (
                    "—".into(),
                    "—".into(),
                    tr(lang, "cli-list-cannot-open", &[("why", why.into())]),
                ),
            };
            let source = match &entry.source {
                Source::Linked(p) => tr(lang, "cli-list-linked", &[("path", shown(p).into())]),
                Source::Bundled => tr(lang, "picker-source-bundled", &[]),
                Source::Copied(_) => tr(lang, "picker-source-installed", &[]),
            };
            [
                entry.id.clone(),
                done,
                quizzes,
                s.last_studied
                    .map(|t| typography::date(lang, t).unwrap_or_else(|| date(t)))
                    .unwrap_or_else(|| tr(lang, "cli-list-never", &[])),
                source,
                title,
            ]
        })
        .collect();
    let header = [
        "cli-list-id",
        "cli-list-done",
        "cli-list-quizzes",
        "cli-list-studied",
        "cli-list-from",
        "cli-list-title",
    ]
    .map(|id| tr(lang, id, &[]));
    let text = table(&header.each_ref().map(String::as_str), &rows);
    out.extend(text.into_bytes());
}

/// Rows in columns, left aligned, two spaces apart, the last column unpadded.
fn table(header: &[&str; 6], rows: &[[String; 6]]) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut widths = header.map(str::width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut text = String::new();
    let header = header.map(str::to_string);
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// `amphi remove ID [--yes]`: removes the installed course `id`, then its
/// progress from the state file: with `yes`, or when the learner answers `y`
/// on a terminal; without a terminal and without `yes`, the progress is kept
/// and the output says so. A course no longer installed whose progress is still
/// in the state file has its progress removed the same way.
///
/// # Errors
/// Code 2 for the bundled course, an id neither installed nor in the state
/// file, or an I/O error.
pub fn remove_command(
    store: &Store,
    id: &str,
    yes: bool,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    remove_command_in(Language::En, store, id, yes, out)
}

/// [`remove_command`] with its messages and question in `lang` (in French
/// the answer `o`, for oui, also deletes).
///
/// # Errors
/// As [`remove_command`].
pub fn remove_command_in(
    lang: Language,
    store: &Store,
    id: &str,
    yes: bool,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    let library = Library::open_default().map_err(|m| usage(m.render(lang)))?;
    if course::load_bundled().is_ok_and(|b| b.info.id == id) {
        return Err(usage(tr(lang, "cli-remove-bundled", &[("id", id.into())])));
    }
    let write =
        |out: &mut Vec<u8>, text: String| writeln!(out, "{text}").map_err(|e| usage(e.to_string()));
    let loaded = store.load().map_err(|e| usage(e.to_string()))?;
    let progress = loaded.state.courses.get(id);
    match library.find(id) {
        Some(_) => {
            let source = library.remove(id).map_err(|m| usage(m.render(lang)))?;
            let what = match source {
                Source::Linked(p) => tr(lang, "cli-remove-link", &[("path", shown(&p).into())]),
                _ => tr(lang, "cli-remove-copy", &[]),
            };
            write(
                out,
                tr(
                    lang,
                    "cli-remove-removed",
                    &[("id", id.into()), ("what", what.into())],
                ),
            )?;
        }
        None if progress.is_some() => {
            write(
                out,
                tr(lang, "cli-remove-progress-only", &[("id", id.into())]),
            )?;
        }
        None => return Err(usage(library.not_installed(id).render(lang))),
    }
    let Some(progress) = progress else {
        return Ok(0);
    };
    let what = tr(
        lang,
        "cli-remove-what",
        &[
            ("read", progress.read.len().into()),
            ("attempts", progress.attempts.len().into()),
        ],
    );
    let args = |file: Option<String>| {
        let mut a = vec![("id", Arg::from(id)), ("what", Arg::from(&what))];
        if let Some(f) = file {
            a.push(("file", f.into()));
        }
        a
    };
    let can_ask = io::stdin().is_terminal() && io::stderr().is_terminal();
    let delete = if yes {
        true
    } else if can_ask {
        // Whatever was printed so far goes first, then the question (on
        // standard error, so that it shows even when standard output is piped).
        let mut stdout = io::stdout().lock();
        let _ = stdout.write_all(&std::mem::take(out));
        let _ = stdout.flush();
        let mut stderr = io::stderr().lock();
        let _ = write!(stderr, "{} ", tr(lang, "cli-remove-ask", &args(None)));
        let _ = stderr.flush();
        let mut answer = String::new();
        let _ = io::stdin().lock().read_line(&mut answer);
        let answer = answer.trim().to_lowercase();
        matches!(answer.as_str(), "y" | "yes")
            || (lang == Language::Fr && matches!(answer.as_str(), "o" | "oui"))
    } else {
        false
    };
    if delete {
        store
            .update(|state| {
                state.courses.remove(id);
            })
            .map_err(|e| usage(e.to_string()))?;
        let file = Some(shown(store.path()));
        write(out, tr(lang, "cli-remove-deleted", &args(file)))?;
    } else {
        let message = if can_ask {
            "cli-remove-kept"
        } else {
            "cli-remove-kept-no-terminal"
        };
        write(out, tr(lang, message, &args(Some(shown(store.path())))))?;
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_columns_line_up_by_display_width() {
        let rows = [[
            "é".to_string(),
            "1".into(),
            "2".into(),
            "3".into(),
            "4".into(),
            "Tïtle".into(),
        ]];
        let t = table(&["ID", "A", "B", "C", "D", "TITLE"], &rows);
        assert_eq!(t, "ID  A  B  C  D  TITLE\né   1  2  3  4  Tïtle\n");
    }
}
