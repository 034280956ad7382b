//! The commands that print and exit, for course authors and for scripts: the
//! report of `amphi check` (compiler-style diagnostics or JSON), the course that
//! `amphi new` scaffolds, and the `amphi progress` report (text, JSON or CSV).
//!
//! Nothing here reads the command line or touches the terminal's modes: every
//! function writes to the `Write` it is given; the command line (`src/cli/`) decides where that
//! goes and which exit code results.

pub mod check;
pub mod lint;
pub mod notes;
pub mod report;
pub mod scaffold;

/// Whether output to a terminal should be coloured: only to a terminal, and not
/// when `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
pub fn use_color(is_terminal: bool, no_color: Option<&str>) -> bool {
    is_terminal && no_color.is_none_or(str::is_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(use_color(true, None));
        assert!(use_color(true, Some("")));
        assert!(!use_color(true, Some("1")));
        assert!(!use_color(false, None));
        assert!(!use_color(false, Some("1")));
    }
}
