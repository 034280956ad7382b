//! amphi's integration tests, as one test binary: each `tests/X.rs` used to link the
//! whole crate on its own, which cost minutes of CI on two cores. Each module is
//! one area; `cargo test --test it MODULE::` runs one of them.

mod common;

mod app_flow;
mod architecture;
mod bookmarks;
mod cache;
mod cli_check;
mod cli_commands;
mod cli_export;
mod code_scroll;
mod config;
mod course_source;
mod doc_cache;
mod docs_example;
mod e2e_tmux;
mod folders;
mod fuzz_regressions;
mod glossary;
mod glossary_uses;
mod hostile_text;
mod hyperlinks;
mod interview;
mod key_notices;
mod layout;
mod library;
mod limits;
mod loader;
mod mastery;
mod notes;
mod outline_times;
mod overlays;
mod perf_frame;
mod picker;
mod picker_e2e;
mod plain;
mod prepare;
mod preview;
mod preview_tmux;
mod quiz_review;
mod reading;
mod render_safety;
mod review_flow;
mod schema;
mod scores;
mod screens;
mod search_flow;
mod see_links;
mod shuffle_props;
mod state_concurrent;
mod state_crash;
mod state_signals;
mod state_times;
mod state_unwritable;
mod state_version;
