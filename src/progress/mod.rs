//! The learner's progress: what was read, every quiz attempt and where they stopped,
//! for every course, in one state file.
//!
//! [`State`] is the model (pure data, keyed by ids so that editing course text never
//! loses progress) and [`Store`] reads and writes it. Nothing here knows about the
//! terminal.

mod hash;
mod mastery;
mod merge;
mod model;
pub mod review;
mod store;

pub use hash::{content_hash, fnv1a, text_hash};
pub use mastery::{ModuleMastery, ObjectiveMastery, mastery, write_mastery, write_mastery_in};
pub use merge::{merge, merge_since};
pub use model::*;
pub use store::{Loaded, STATE_ENV, Store, StoreError, default_state_path};
