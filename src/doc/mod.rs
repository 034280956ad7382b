//! The document layer: what the content pane shows, as data.
//!
//! Every text amphi shows in its panes is first built as a [`Doc`]: blocks of
//! spans whose styles are semantic [`Role`]s, not colours. [`Doc::wrap`] lays it
//! out for one width into [`Row`]s; the UI copies the visible rows into the frame
//! and gives each role its look from the learner's theme
//! ([`crate::theme::Theme`]).
//!
//! - [`style`]: roles, modifiers, spans and lines;
//! - [`model`]: blocks, rows and wrapping per width;
//! - [`markdown`]: CommonMark (pulldown-cmark) to a `Doc`;
//! - [`views`]: the builders for lessons, interviews, quiz screens and review
//!   sessions; [`interview`], [`notes`] and [`glossary`] for the interview's
//!   views, the learner's note and glossary terms in the text; [`media`] for the
//!   files an item offers and the video screen (play line, transcript).
//!
//! This layer sits below `app` and `ui`: it imports the domain (`course`, `quiz`,
//! `progress`, `glossary`) and `hyperlink`'s link targets, never `app`, `ui` or a
//! terminal library, so builders are pure functions of their arguments (they run
//! on the preparing thread too).

pub mod glossary;
pub mod interview;
pub mod markdown;
pub mod media;
pub mod model;
pub mod notes;
pub mod style;
pub mod views;

pub use model::{Block, Doc, Image, Link, Row, RowLink};
pub use style::{Line, Modifier, Role, Span, Style};
