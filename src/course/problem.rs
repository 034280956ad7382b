//! Problems found while loading or validating a course.

use std::fmt;

use crate::text::sanitize;

/// One problem in a course, located as precisely as it is known.
///
/// Displays as `file:line:column: message`, or `file: message` when the line is
/// unknown, the form compilers use so editors can jump to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File path as the author knows it: relative to the course folder, or as given
    /// on the command line for the folder itself.
    pub file: String,
    /// Line, counted from 1.
    pub line: Option<usize>,
    /// Column, counted from 1, in characters.
    pub column: Option<usize>,
    /// What is wrong and, where it helps, what was expected.
    pub message: String,
}

impl Problem {
    /// A problem with no known location inside the file.
    ///
    /// Messages quote course text, and file names come from the course too: both
    /// are sanitised (see [`crate::text::sanitize`]) so that printing a problem
    /// cannot send an escape sequence to the terminal.
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            file: sanitize(&file.into()),
            line: None,
            column: None,
            message: sanitize(&message.into()),
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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            (Some(l), None) => write!(f, "{}:{l}: {}", self.file, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in a course, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The problems; a course with any problem is not opened.
    pub problems: Vec<Problem>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        let n = self.problems.len();
        write!(f, "{n} problem{}", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for Report {}
