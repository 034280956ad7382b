//! Importers: reading other tools' quiz and course formats.
//!
//! Each format has a pure parser here that knows nothing of amphi's course
//! model: it reads the format exactly as its home tool does and says, with
//! line numbers, where that reading likely differs from what the author
//! meant. Mapping a parsed bank to an amphi course, and the `amphi import`
//! command, come on top of these parsers (not written yet).
//!
//! - [`gift`]: GIFT, Moodle's plain-text quiz format.

pub mod gift;
