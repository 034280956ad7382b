//! Every style amphi draws with, in one place.
//!
//! The default theme uses the terminal's own foreground and background and a few
//! named ANSI colours, so it reads on dark and light terminals alike. With
//! `NO_COLOR` set (see <https://no-color.org>), [`Theme::plain`] uses no colour at
//! all: only bold, italic, underline, dim and reverse.

use ratatui::style::{Color, Modifier, Style};

/// The styles of every element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Pane borders when the pane does not have focus.
    pub border: Style,
    /// Pane borders when the pane has focus.
    pub border_focused: Style,
    /// Pane titles.
    pub pane_title: Style,
    /// Headings, by level (1 to 3; deeper levels use the last).
    pub heading: [Style; 3],
    /// `*emphasis*`.
    pub emphasis: Style,
    /// `**strong**`.
    pub strong: Style,
    /// Inline code and code blocks.
    pub code: Style,
    /// Link text.
    pub link: Style,
    /// A link's address, shown after its text.
    pub url: Style,
    /// Block quote bars and text.
    pub quote: Style,
    /// List bullets and numbers.
    pub bullet: Style,
    /// Secondary text: sources, notes, hints.
    pub meta: Style,
    /// An interviewer's name.
    pub speaker_a: Style,
    /// The other speakers' names.
    pub speaker_b: Style,
    /// The selected row in the outline or a quiz.
    pub selected: Style,
    /// A module title in the outline.
    pub module: Style,
    /// Marks of things done.
    pub done: Style,
    /// Marks of wrong answers and failed quizzes.
    pub wrong: Style,
    /// The status bar.
    pub status: Style,
    /// Key names in hints.
    pub key: Style,
    /// Warnings in the status bar.
    pub warning: Style,
    /// Search matches.
    pub search: Style,
}

impl Theme {
    /// The theme for `NO_COLOR`'s value: [`Theme::plain`] when it is set and not
    /// empty, else [`Theme::default`].
    pub fn from_env(no_color: Option<&str>) -> Self {
        match no_color {
            Some(v) if !v.is_empty() => Theme::plain(),
            _ => Theme::default(),
        }
    }

    /// A theme without colour.
    pub fn plain() -> Self {
        let b = Style::new().add_modifier(Modifier::BOLD);
        let i = Style::new().add_modifier(Modifier::ITALIC);
        let u = Style::new().add_modifier(Modifier::UNDERLINED);
        let d = Style::new().add_modifier(Modifier::DIM);
        Theme {
            border: d,
            border_focused: b,
            pane_title: b,
            heading: [
                b.add_modifier(Modifier::UNDERLINED),
                b,
                b.add_modifier(Modifier::ITALIC),
            ],
            emphasis: i,
            strong: b,
            code: Style::new(),
            link: u,
            url: d,
            quote: i,
            bullet: b,
            meta: d,
            speaker_a: b,
            speaker_b: b,
            selected: Style::new().add_modifier(Modifier::REVERSED),
            module: b,
            done: b,
            wrong: b,
            status: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            warning: b,
            search: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        let b = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            pane_title: b,
            heading: [
                b.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
                b.fg(Color::Cyan),
                b.fg(Color::Blue),
            ],
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: b,
            code: Style::new().fg(Color::Yellow),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            url: Style::new().fg(Color::DarkGray),
            quote: Style::new().fg(Color::Green).add_modifier(Modifier::ITALIC),
            bullet: Style::new().fg(Color::Cyan),
            meta: Style::new().fg(Color::DarkGray),
            speaker_a: b.fg(Color::Magenta),
            speaker_b: b.fg(Color::Blue),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            module: b,
            done: Style::new().fg(Color::Green),
            wrong: Style::new().fg(Color::Red),
            status: Style::new().bg(Color::Blue).fg(Color::White),
            key: b.bg(Color::Blue).fg(Color::Yellow),
            warning: b.bg(Color::Red).fg(Color::White),
            search: Style::new().bg(Color::Yellow).fg(Color::Black),
        }
    }
}
