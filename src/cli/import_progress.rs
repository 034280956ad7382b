//! `amphi import`'s progress on stderr: what it is doing (reading the source,
//! converting, writing N files, checking the course) and, while writing, a bar
//! of files written. Drawn only when stderr is a terminal (a pipe or a test
//! sees nothing), at most 20 times a second, and cleared when the import ends,
//! so the report printed on stdout stands alone.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::{Language, Message};

/// The progress line of one import, in one language.
pub struct ImportProgress {
    bar: Option<ProgressBar>,
    lang: Language,
}

impl ImportProgress {
    /// A progress line on stderr when it is a terminal, else one that draws
    /// nothing.
    pub fn on_stderr(lang: Language) -> Self {
        Self::new(std::io::stderr().is_terminal(), lang)
    }

    /// A progress line drawn on stderr when `shown`, its words in `lang`.
    pub fn new(shown: bool, lang: Language) -> Self {
        if !shown {
            return ImportProgress { bar: None, lang };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(100));
        ImportProgress {
            bar: Some(bar),
            lang,
        }
    }

    /// Says what is being done now (`reading openedx-demo-course`).
    pub fn stage(&self, what: &Message) {
        if let Some(bar) = &self.bar {
            bar.set_message(crate::text::sanitize(&what.render(self.lang)));
        }
    }

    /// Turns the line into a bar of `total` files being written.
    pub fn writing(&self, total: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(total as u64);
            bar.set_position(0);
            // The template's own words, with indicatif's placeholders kept
            // for it to fill: `{msg} [{bar:30}] {pos}/{len} files`.
            let template = Message::new("import-progress-bar")
                .arg("msg", "{msg}")
                .arg("bar", "[{bar:30}]")
                .arg("pos", "{pos}")
                .arg("len", "{len}")
                .render(self.lang);
            bar.set_style(
                ProgressStyle::with_template(&template)
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.set_message(Message::new("import-progress-writing").render(self.lang));
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
