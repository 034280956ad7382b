//! Problems found while loading or validating a course.

use std::fmt;

use crate::i18n::{Language, Message};
use crate::text::sanitize;

/// One problem in a course, located as precisely as it is known.
///
/// Displays as `file:line:column: message`, or `file: message` when the line is
/// unknown, the form compilers use so editors can jump to it.
///
/// Two problems are equal when they are at the same place and say the same
/// thing in English, whether the message is a catalogue message or verbatim
/// text (so a test may compare a problem with one built from English text).
#[derive(Debug, Clone)]
pub struct Problem {
    /// File path as the author knows it: relative to the course folder, or as given
    /// on the command line for the folder itself.
    pub file: String,
    /// Line, counted from 1.
    pub line: Option<usize>,
    /// Column, counted from 1, in characters.
    pub column: Option<usize>,
    /// What is wrong and, where it helps, what was expected: a catalogue
    /// message put into words by whoever shows it ([`Problem::render`]), or
    /// a library's own text ([`Message::verbatim`]).
    pub message: Message,
}

impl PartialEq for Problem {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file
            && self.line == other.line
            && self.column == other.column
            && (self.message == other.message
                || self.message.to_string() == other.message.to_string())
    }
}

impl Eq for Problem {}

impl Problem {
    /// A problem with no known location inside the file.
    ///
    /// Messages quote course text, and file names come from the course too: both
    /// are sanitised (see [`crate::text::sanitize`]) so that printing a problem
    /// cannot send an escape sequence to the terminal.
    pub fn new(file: impl Into<String>, message: impl Into<Message>) -> Self {
        Problem {
            file: sanitize(&file.into()),
            line: None,
            column: None,
            message: message.into().map_text(&sanitize),
        }
    }

    /// The same problem located at `line` and `column` (both from 1).
    pub fn at(mut self, location: Option<(usize, usize)>) -> Self {
        if let Some((line, column)) = location {
            self.line = Some(line);
            self.column = Some(column);
        }
        self
    }

    /// `file:line:column`, `file:line` or `file`: where the problem is, in the
    /// form editors read.
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }

    /// `place: message` with the message in `lang`'s words.
    pub fn render(&self, lang: Language) -> String {
        format!("{}: {}", self.place(), self.message.render(lang))
    }
}

/// In English (see [`Problem::render`] for another language).
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

/// Every problem found in a course, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The problems; a course with any problem is not opened.
    pub problems: Vec<Problem>,
}

impl Report {
    /// One problem a line in `lang`, then how many problems there are.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        for p in &self.problems {
            out.push_str(&p.render(lang));
            out.push('\n');
        }
        let count = self.problems.len();
        out.push_str(&crate::i18n::tr(
            lang,
            "course-problems",
            &[("count", count.into())],
        ));
        out
    }
}

/// In English (see [`Report::render`] for another language).
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

impl std::error::Error for Report {}
