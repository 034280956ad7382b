//! amphi: a terminal course reader.
//!
//! The crate is split so that the domain never sees the terminal:
//!
//! - [`course`]: the course model, loading from YAML (embedded or from disk) and validation;
//! - [`glossary`]: finding a course's glossary terms in text;
//! - [`hyperlink`]: clickable links (OSC 8), with addresses made safe for the terminal;
//! - [`text`]: sanitising untrusted course text once, at load;
//! - [`i18n`]: the interface in the learner's language (Fluent catalogues), numbers, dates, sorting;
//! - [`quiz`]: the learner's answering state and pure grading;
//! - [`progress`]: the state model (positions, read marks, attempts) and its file store;
//! - [`doc`]: the document layer: what the panes show, as blocks of spans with semantic roles;
//! - [`theme`]: the look of each role and of the UI's chrome;
//! - [`config`]: the learner's config file (theme, measure, key bindings);
//! - [`app`]: actions, key map, `update` and the event loop;
//! - [`tui`]: the event loop on a terminal (draw, read events, update, carry out effects);
//! - [`ui`]: drawing the screens from `&App`, each role given its look by the theme.
//! - [`library`]: courses installed with `amphi add`, and their progress summed up.
//! - [`import`]: importers of other tools' formats (GIFT), as pure parsers.

pub mod app;
pub mod author;
pub mod cli;
pub mod config;
pub mod course;
pub mod doc;
pub mod export;
pub mod folders;
pub mod glossary;
pub mod hyperlink;
pub mod i18n;
pub mod import;
pub mod library;
pub mod preview;
pub mod progress;
pub mod quiz;
pub mod schema;
pub mod search;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
