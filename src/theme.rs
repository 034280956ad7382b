//! Every style amphi draws with, in one place: the look of each semantic
//! [`Role`] of the document layer, and of the UI's own chrome (borders, status
//! bar).
//!
//! Built texts ([`crate::doc::Doc`]) hold roles, not colours; [`Theme::style`],
//! [`Theme::span`] and [`Theme::line`] turn them into terminal styles when the UI
//! draws them.
//!
//! The default theme uses the terminal's own foreground and background and a few
//! named ANSI colours, so it reads on dark and light terminals alike. With
//! `NO_COLOR` set (see <https://no-color.org>), [`Theme::plain`] uses no colour at
//! all: only bold, italic, underline, dim and reverse.

use ratatui::style::{Color, Modifier, Style};

use crate::doc::{self, Role};

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
    /// Glossary terms in lessons and interviews.
    pub glossary: Style,
}

/// The themes a learner can choose (`--theme`, `AMPHI_THEME`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThemeName {
    /// For dark terminals (the default; readable on light ones too).
    #[default]
    Dark,
    /// For light terminals: no yellow or cyan text on white.
    Light,
    /// Bold text, bright colours and reverse video, for low vision and bright rooms.
    HighContrast,
}

impl std::str::FromStr for ThemeName {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "dark" => Ok(ThemeName::Dark),
            "light" => Ok(ThemeName::Light),
            "high-contrast" => Ok(ThemeName::HighContrast),
            other => Err(format!(
                "unknown theme `{other}`: expected dark, light or high-contrast"
            )),
        }
    }
}

impl Theme {
    /// The theme for `NO_COLOR`'s value: [`Theme::plain`] when it is set and not
    /// empty, else [`Theme::default`].
    pub fn from_env(no_color: Option<&str>) -> Self {
        Theme::choose(ThemeName::Dark, no_color)
    }

    /// The theme `name`, unless `NO_COLOR` (its value given) is set and not empty:
    /// then [`Theme::plain`], whatever the name (see <https://no-color.org>).
    pub fn choose(name: ThemeName, no_color: Option<&str>) -> Self {
        if no_color.is_some_and(|v| !v.is_empty()) {
            return Theme::plain();
        }
        match name {
            ThemeName::Dark => Theme::default(),
            ThemeName::Light => Theme::light(),
            ThemeName::HighContrast => Theme::high_contrast(),
        }
    }

    /// For light terminals: the dark theme with the colours that fade on white
    /// (yellow, cyan, green text) replaced by deeper ones.
    pub fn light() -> Self {
        let b = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            border: Style::new().fg(Color::Gray),
            border_focused: Style::new().fg(Color::Blue),
            heading: [
                b.fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
                b.fg(Color::Blue),
                b.fg(Color::Magenta),
            ],
            code: Style::new().fg(Color::Magenta),
            quote: Style::new().fg(Color::Blue).add_modifier(Modifier::ITALIC),
            bullet: Style::new().fg(Color::Blue),
            done: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            ..Theme::default()
        }
    }

    /// Bold, bright and reversed: the most contrast a terminal can give.
    pub fn high_contrast() -> Self {
        let b = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            border: b,
            border_focused: b.fg(Color::LightYellow),
            pane_title: b.add_modifier(Modifier::REVERSED),
            heading: [
                b.add_modifier(Modifier::UNDERLINED | Modifier::REVERSED),
                b.add_modifier(Modifier::UNDERLINED),
                b,
            ],
            emphasis: b.add_modifier(Modifier::ITALIC),
            strong: b,
            code: b.fg(Color::LightYellow),
            link: b.fg(Color::LightCyan).add_modifier(Modifier::UNDERLINED),
            url: b.fg(Color::LightCyan),
            quote: b.add_modifier(Modifier::ITALIC),
            bullet: b.fg(Color::LightYellow),
            meta: Style::new(),
            speaker_a: b.fg(Color::LightMagenta),
            speaker_b: b.fg(Color::LightCyan),
            selected: b.add_modifier(Modifier::REVERSED),
            module: b.add_modifier(Modifier::UNDERLINED),
            done: b.fg(Color::LightGreen),
            wrong: b.fg(Color::LightRed),
            status: b.add_modifier(Modifier::REVERSED),
            key: b.bg(Color::LightYellow).fg(Color::Black),
            warning: b.bg(Color::LightRed).fg(Color::Black),
            search: b.bg(Color::LightYellow).fg(Color::Black),
            glossary: Style::new().add_modifier(Modifier::UNDERLINED),
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
            glossary: u,
        }
    }
}

impl Theme {
    /// The look of `role`.
    pub fn role(&self, role: Role) -> Style {
        match role {
            Role::Quote => self.quote,
            Role::Bullet => self.bullet,
            Role::Meta => self.meta,
            Role::Module => self.module,
            Role::Heading1 => self.heading[0],
            Role::Heading2 => self.heading[1],
            Role::Heading3 => self.heading[2],
            Role::SpeakerA => self.speaker_a,
            Role::SpeakerB => self.speaker_b,
            Role::Emphasis => self.emphasis,
            Role::Strong => self.strong,
            Role::Code => self.code,
            Role::Url => self.url,
            Role::Link => self.link,
            Role::Glossary => self.glossary,
            Role::Done => self.done,
            Role::Wrong => self.wrong,
            Role::Key => self.key,
            Role::Warning => self.warning,
            Role::Selected => self.selected,
            Role::Search => self.search,
        }
    }

    /// The terminal style of a semantic style: each of its roles' looks patched
    /// over the last in [`Role`]'s order, then its own modifiers added.
    pub fn style(&self, style: doc::Style) -> Style {
        let mut out = style
            .roles()
            .fold(Style::new(), |s, r| s.patch(self.role(r)));
        let m = style.modifiers;
        for (ours, theirs) in [
            (doc::Modifier::BOLD, Modifier::BOLD),
            (doc::Modifier::ITALIC, Modifier::ITALIC),
            (doc::Modifier::UNDERLINED, Modifier::UNDERLINED),
            (doc::Modifier::REVERSED, Modifier::REVERSED),
            (doc::Modifier::CROSSED_OUT, Modifier::CROSSED_OUT),
            (doc::Modifier::DIM, Modifier::DIM),
        ] {
            if m.contains(ours) {
                out = out.add_modifier(theirs);
            }
        }
        out
    }

    /// A document span as a terminal span.
    pub fn span(&self, span: &doc::Span) -> ratatui::text::Span<'static> {
        ratatui::text::Span::styled(span.content.clone(), self.style(span.style))
    }

    /// A document line as a terminal line.
    pub fn line(&self, line: &doc::Line) -> ratatui::text::Line<'static> {
        ratatui::text::Line::from(line.spans.iter().map(|s| self.span(s)).collect::<Vec<_>>())
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
            glossary: Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_over_any_theme() {
        for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
            assert_eq!(Theme::choose(name, Some("1")), Theme::plain());
            assert_ne!(Theme::choose(name, Some("")), Theme::plain());
        }
    }

    #[test]
    fn the_plain_theme_has_no_colour_at_all() {
        let t = Theme::plain();
        let styles = [
            t.border,
            t.border_focused,
            t.pane_title,
            t.heading[0],
            t.heading[1],
            t.heading[2],
            t.emphasis,
            t.strong,
            t.code,
            t.glossary,
            t.link,
            t.url,
            t.quote,
            t.bullet,
            t.meta,
            t.speaker_a,
            t.speaker_b,
            t.selected,
            t.module,
            t.done,
            t.wrong,
            t.status,
            t.key,
            t.warning,
            t.search,
        ];
        assert!(styles.iter().all(|s| s.fg.is_none() && s.bg.is_none()));
    }

    #[test]
    fn the_light_theme_keeps_pale_colours_off_text() {
        let t = Theme::light();
        for s in [t.heading[0], t.heading[1], t.code, t.quote, t.bullet] {
            assert!(!matches!(
                s.fg,
                Some(Color::Yellow | Color::Cyan | Color::LightYellow)
            ));
        }
        assert_eq!("light".parse::<ThemeName>(), Ok(ThemeName::Light));
        assert!(
            "pink"
                .parse::<ThemeName>()
                .unwrap_err()
                .contains("high-contrast")
        );
    }
}
