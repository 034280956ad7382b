//! Open edX course exports (OLX): the course folder (`course.xml`, `chapter/`,
//! `sequential/`, `vertical/`, `html/`, `problem/`, `video/`, `static/`…) or the
//! export's `.tar.gz`, turned into an amphi course.
//!
//! - [`source`]: the export's files read safely into memory (folder or
//!   archive), and its XML parsed with no DTD;
//! - [`html`]: an `html` component's HTML as CommonMark, math kept;
//! - [`problem`]: one capa problem as amphi questions;
//! - [`course`]: the mapping of the whole course (chapter → module,
//!   sequential → section, vertical → items) and its report.

pub mod course;
pub mod html;
pub mod problem;
pub mod source;
