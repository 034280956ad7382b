//! Open edX course exports (OLX): the course folder (`course.xml`, `chapter/`,
//! `sequential/`, `vertical/`, `html/`, `problem/`, `video/`, `static/`…) or the
//! export's `.tar.gz`, turned into an amphi course.
//!
//! - [`source`]: the export's files read safely into memory (folder or
//!   archive), and its XML parsed with no DTD;
//! - [`html`]: an `html` component's HTML as CommonMark, math kept;
//! - [`problem`]: one capa problem as amphi questions;
//! - [`course`]: the mapping of the whole course (chapter → module,
//!   sequential → section, vertical → items) and its report;
//! - [`said`]: the importer's notes and errors as catalogue messages, with
//!   their English words at hand.
//!
//! The report's notes and the refusals are said in the reader's language (the
//! catalogue section `import-olx`); the few words amphi writes into the course
//! itself (a lesson saying what a left-out component held, a prompt for a
//! question that has none) are in the course's language when amphi speaks it
//! (`course.xml`'s `language`), else in English.

pub mod course;
pub mod html;
pub mod problem;
pub mod said;
pub mod source;
