//! `amphi import`'s progress on stderr: what it is doing (reading the source,
//! converting, writing N files, checking the course) and, while writing, a bar
//! of files written. Drawn only when stderr is a terminal (a pipe or a test
//! sees nothing), at most 20 times a second, and cleared when the import ends,
//! so the report printed on stdout stands alone.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress line of one import.
pub struct ImportProgress {
    bar: Option<ProgressBar>,
}

impl ImportProgress {
    /// A progress line on stderr when it is a terminal, else one that draws
    /// nothing.
    pub fn on_stderr() -> Self {
        Self::new(std::io::stderr().is_terminal())
    }

    /// A progress line drawn on stderr when `shown`.
    pub fn new(shown: bool) -> Self {
        if !shown {
            return ImportProgress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(100));
        ImportProgress { bar: Some(bar) }
    }

    /// Says what is being done now (`reading openedx-demo-course`).
    pub fn stage(&self, what: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(crate::text::sanitize(what));
        }
    }

    /// Turns the line into a bar of `total` files being written.
    pub fn writing(&self, total: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(total as u64);
            bar.set_position(0);
            bar.set_style(
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} files")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.set_message("writing");
        }
    }

    /// One more file written.
    pub fn wrote_one(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}

impl Drop for ImportProgress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
