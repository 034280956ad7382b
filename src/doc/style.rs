//! Semantic styles: what a piece of text *is* (a heading, a wrong answer, a key
//! name), not how it looks.
//!
//! A [`Doc`](super::Doc) holds [`Span`]s whose [`Style`] is a set of [`Role`]s and a
//! few text [`Modifier`]s. The terminal's colours come later: the UI turns a
//! `Style` into a terminal style with the learner's theme
//! ([`crate::theme::Theme::style`]) when it draws. So a built and wrapped text
//! does not depend on the theme, and changing the theme never rebuilds one.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// What a piece of text is. The UI's theme gives each role a look.
///
/// When a span has several roles (a link inside a heading, a glossary term in a
/// quote), the theme applies them in the order of this enum, so a later role's
/// colour wins over an earlier one's and every role's modifiers add up: an
/// enclosing block's role comes first, the inline roles after, and the marks
/// that must show over anything (a selection, a search match) last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Role {
    /// Block quote bars and text.
    Quote,
    /// List bullets and numbers.
    Bullet,
    /// Secondary text: sources, notes, hints.
    Meta,
    /// A module title.
    Module,
    /// A level-1 heading (an item's title).
    Heading1,
    /// A level-2 heading.
    Heading2,
    /// A level-3 heading or deeper.
    Heading3,
    /// An interviewer's name.
    SpeakerA,
    /// The other speakers' names.
    SpeakerB,
    /// `*emphasis*`.
    Emphasis,
    /// `**strong**`.
    Strong,
    /// Inline code and code blocks.
    Code,
    /// A link's address, shown after its text.
    Url,
    /// Link text.
    Link,
    /// A glossary term in the text.
    Glossary,
    /// Marks of things done and right answers.
    Done,
    /// Marks of wrong answers and failed quizzes.
    Wrong,
    /// Key names in hints.
    Key,
    /// Warnings.
    Warning,
    /// The selected row (a quiz choice under the cursor).
    Selected,
    /// A search match.
    Search,
}

impl Role {
    /// Every role, in the order the theme applies them.
    pub const ALL: [Role; 21] = [
        Role::Quote,
        Role::Bullet,
        Role::Meta,
        Role::Module,
        Role::Heading1,
        Role::Heading2,
        Role::Heading3,
        Role::SpeakerA,
        Role::SpeakerB,
        Role::Emphasis,
        Role::Strong,
        Role::Code,
        Role::Url,
        Role::Link,
        Role::Glossary,
        Role::Done,
        Role::Wrong,
        Role::Key,
        Role::Warning,
        Role::Selected,
        Role::Search,
    ];

    /// The heading role for a Markdown heading level (1 and up; 0 is taken as 1,
    /// levels past 3 as 3).
    pub fn heading(level: usize) -> Role {
        match level {
            0 | 1 => Role::Heading1,
            2 => Role::Heading2,
            _ => Role::Heading3,
        }
    }

    fn bit(self) -> u32 {
        1 << (self as u8)
    }
}

/// Text modifiers that are part of what the text is, whatever the theme: a
/// strikethrough, the caret of a text field (reversed). A set of bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Modifier(u8);

impl Modifier {
    /// Bold.
    pub const BOLD: Modifier = Modifier(1);
    /// Italic.
    pub const ITALIC: Modifier = Modifier(1 << 1);
    /// Underlined.
    pub const UNDERLINED: Modifier = Modifier(1 << 2);
    /// Foreground and background swapped (a caret).
    pub const REVERSED: Modifier = Modifier(1 << 3);
    /// Struck through.
    pub const CROSSED_OUT: Modifier = Modifier(1 << 4);
    /// Faint.
    pub const DIM: Modifier = Modifier(1 << 5);

    /// Whether every bit of `other` is set in `self`.
    pub fn contains(self, other: Modifier) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether no bit is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for Modifier {
    type Output = Modifier;
    fn bitor(self, rhs: Modifier) -> Modifier {
        Modifier(self.0 | rhs.0)
    }
}

/// A span's semantic style: the roles it plays and the modifiers it carries.
/// `Style::default()` is plain body text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Style {
    roles: u32,
    /// Modifiers added whatever the theme says.
    pub modifiers: Modifier,
}

impl Style {
    /// Plain body text.
    pub const fn new() -> Self {
        Style {
            roles: 0,
            modifiers: Modifier(0),
        }
    }

    /// Text playing `role`.
    pub fn role(role: Role) -> Self {
        Style {
            roles: role.bit(),
            modifiers: Modifier::default(),
        }
    }

    /// This style with `role` added.
    pub fn with(mut self, role: Role) -> Self {
        self.roles |= role.bit();
        self
    }

    /// Whether the style plays `role`.
    pub fn has(self, role: Role) -> bool {
        self.roles & role.bit() != 0
    }

    /// The roles, in the order the theme applies them.
    pub fn roles(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.has(*r))
    }

    /// Both styles together: every role and modifier of each.
    pub fn patch(self, other: Style) -> Self {
        Style {
            roles: self.roles | other.roles,
            modifiers: self.modifiers | other.modifiers,
        }
    }

    /// This style with `m` added.
    pub fn add_modifier(mut self, m: Modifier) -> Self {
        self.modifiers = self.modifiers | m;
        self
    }

    /// This style, bold.
    pub fn bold(self) -> Self {
        self.add_modifier(Modifier::BOLD)
    }

    /// This style, reversed (a caret).
    pub fn reversed(self) -> Self {
        self.add_modifier(Modifier::REVERSED)
    }

    /// This style, struck through.
    pub fn crossed_out(self) -> Self {
        self.add_modifier(Modifier::CROSSED_OUT)
    }
}

impl From<Role> for Style {
    fn from(role: Role) -> Self {
        Style::role(role)
    }
}

/// A run of text with one [`Style`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Span {
    /// The text (already sanitised: course text never holds control characters
    /// by the time it is a span).
    pub content: Cow<'static, str>,
    /// What the text is.
    pub style: Style,
}

impl Span {
    /// Plain text.
    pub fn raw(content: impl Into<Cow<'static, str>>) -> Self {
        Span {
            content: content.into(),
            style: Style::default(),
        }
    }

    /// Text with `style` (a [`Style`] or a [`Role`]).
    pub fn styled(content: impl Into<Cow<'static, str>>, style: impl Into<Style>) -> Self {
        Span {
            content: content.into(),
            style: style.into(),
        }
    }

    /// Display width, in terminal columns.
    pub fn width(&self) -> usize {
        self.content.width()
    }
}

/// One line of spans (a wrapped row, or a hard line before wrapping).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    /// The spans, left to right.
    pub spans: Vec<Span>,
}

impl Line {
    /// Display width, in terminal columns.
    pub fn width(&self) -> usize {
        self.spans.iter().map(Span::width).sum()
    }
}

impl std::fmt::Display for Line {
    /// The line's text, its spans joined (no styles).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.spans.iter().try_for_each(|s| f.write_str(&s.content))
    }
}

impl From<Vec<Span>> for Line {
    fn from(spans: Vec<Span>) -> Self {
        Line { spans }
    }
}

impl From<Span> for Line {
    fn from(span: Span) -> Self {
        Line { spans: vec![span] }
    }
}

impl From<String> for Line {
    fn from(text: String) -> Self {
        Line::from(Span::raw(text))
    }
}

impl From<&'static str> for Line {
    fn from(text: &'static str) -> Self {
        Line::from(Span::raw(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_come_back_in_the_themes_order_whatever_the_order_added() {
        let s = Style::role(Role::Search)
            .with(Role::Heading1)
            .patch(Style::role(Role::Code));
        let roles: Vec<Role> = s.roles().collect();
        assert_eq!(roles, vec![Role::Heading1, Role::Code, Role::Search]);
        assert!(s.has(Role::Code) && !s.has(Role::Link));
    }

    #[test]
    fn every_role_is_listed_once_in_order() {
        for (i, r) in Role::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i);
        }
    }

    #[test]
    fn modifiers_add_up() {
        let s = Style::new().bold().patch(Style::new().reversed());
        assert!(s.modifiers.contains(Modifier::BOLD | Modifier::REVERSED));
        assert!(!s.modifiers.contains(Modifier::ITALIC));
        assert_eq!(Style::default(), Style::new());
    }
}
