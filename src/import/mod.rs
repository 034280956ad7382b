//! Importers: reading other tools' quiz and course formats.
//!
//! Each format has a pure parser here that knows nothing of amphi's course
//! model: it reads the format exactly as its home tool does and says, with
//! line numbers, where that reading likely differs from what the author
//! meant. A mapping on top of each parser turns what was read into amphi
//! course files and a conversion report; the `amphi import` command
//! (`crate::cli`) writes them.
//!
//! - [`gift`]: GIFT, Moodle's plain-text quiz format; [`gift::course`] maps a
//!   bank to a course.
//! - [`olx`]: Open edX course exports.
//! - [`mdbook`]: mdBook books and their mdbook-quiz quizzes; [`mdbook::course`]
//!   maps a book to a course.
//!
//! Shared by every mapping: [`course_files`], the typed course files an
//! importer writes and the ids it makes, and [`report`], the conversion report.

pub mod course_files;
pub mod gift;
pub mod mdbook;
pub mod olx;
pub mod report;
