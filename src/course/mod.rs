//! The course model: a course, its modules and their items (lessons, interview
//! excerpts, quizzes, videos), loaded from a folder of YAML files.
//!
//! This module knows nothing about the terminal. [`load`] reads a course from a
//! [`CourseFiles`] source (the bundled course embedded in the binary, or a folder on
//! disk), [`validate`] checks what serde cannot, and every problem found is a
//! [`Problem`] that names its file, line and column where they are known.
//!
//! The format is documented for authors in `docs/course-format.md`.

mod bundled;
pub mod cache;
mod de;
pub mod editions;
mod files;
pub mod images;
mod links;
mod load;
mod media;
mod model;
mod problem;
pub mod shape;
pub mod transcript;
mod validate;
pub(crate) mod yaml;

pub use bundled::bundled_files;
pub use cache::CourseCache;
pub use de::parse_duration;
pub use files::{CourseFiles, DirFiles, EmbeddedFiles, NOT_FOUND, file_message, safe_components};
pub use links::{
    ITEM_SCHEME, Jump, Jumps, Resolver, See, Target, heading_slugs, headings, in_literal_body,
    item_links, line_col, parse_item_link, resolve, slug,
};
pub use load::{Loaded, load, load_bundled, load_dir, load_edition, load_parts};
pub use model::*;
pub use problem::{Problem, Report};
pub use validate::MAX_ENTRIES;
pub(crate) use validate::item_blocks;
