//! Texts prepared before the learner opens them.
//!
//! Opening a lesson parses its Markdown and wraps it to the pane's width: under a
//! millisecond for an ordinary lesson, but about 2 ms of parsing and 10–15 ms of
//! wrapping for a 200 KB one, and some 200 ms for a 70,000-line one. So that `n`,
//! `p` and Enter in the outline cost the same whatever the size of the item they
//! open, the items the learner is likely to open next are built ahead of time, off
//! the event loop's thread:
//!
//! 1. after every action that changes the open item, the outline selection or the
//!    pane width, [`super::update`] returns [`Effect::Prepare`](super::Effect) with
//!    a [`PrepareJob`] for each of the next and previous items in reading order and
//!    the item selected in the outline, unless its text is already in
//!    [`super::Reader::docs`] for that width (quizzes are never prepared: they depend
//!    on the quiz screen's state);
//! 2. the run loop hands the jobs to a [`Worker`] thread (or, in tests, runs them
//!    itself after the frame: [`PrepareJob::run`] is a pure function);
//! 3. each result comes back as [`Action::Prepared`](super::Action) and `update`
//!    puts it into the cache, if it still matches: same course (no reload since),
//!    same note and interview view as the item would now be built with.
//!
//! A job is a copy of everything the text is built from (the item, the note,
//! the glossary matcher by `Arc`), so the worker never reads the app.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::doc_cache::Inputs;
use super::images::ImageStore;
use crate::course::Item;
use crate::doc::{Doc, Row};
use crate::glossary::Matcher;
use crate::progress::Note;

/// Everything needed to build and wrap one item's text, away from the app.
#[derive(Debug, Clone, PartialEq)]
pub struct PrepareJob {
    /// (module index, item index) of the item.
    pub item: (usize, usize),
    /// The item (a lesson or an interview).
    pub source: Item,
    /// What the text is built from besides the item (note text, interview view).
    pub inputs: Inputs,
    /// The learner's note on the item, shown under its text.
    pub note: Option<Note>,
    /// The glossary terms to underline.
    pub glossary: Arc<Matcher>,
    /// The course's links to items, shown with their targets' titles.
    pub jumps: Arc<crate::course::Jumps>,
    /// The pane width to wrap to, in columns.
    pub width: u16,
    /// [`super::doc_cache::DocCache::generation`] when the job was made: a result
    /// from before a course reload is dropped.
    pub generation: u64,
    /// The course's pictures: the job reads, decodes and scales the images of
    /// the text it builds (see [`super::images`]).
    pub images: Arc<ImageStore>,
    /// For the open item whose pictures are not ready: the text shown now,
    /// whose pictures the job makes ready (it builds no text of its own).
    pub shown: Option<Arc<Doc>>,
}

/// A prepared text: what [`PrepareJob::run`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// (module index, item index) of the item.
    pub item: (usize, usize),
    /// What the text was built from besides the item.
    pub inputs: Inputs,
    /// The generation of the job.
    pub generation: u64,
    /// The text, `None` when the item was not a lesson or an interview.
    pub doc: Option<Doc>,
    /// The width `rows` were wrapped to, in columns.
    pub width: u16,
    /// The text wrapped to `width`.
    pub rows: Vec<Row>,
    /// Whether the job made the open item's pictures ready (its text is to be
    /// laid out again; `doc` is `None`).
    pub images_for_open: bool,
}

impl PrepareJob {
    /// Builds and wraps the item's text exactly as opening it would.
    pub fn run(self) -> Prepared {
        if let Some(shown) = &self.shown {
            // Decoded, then sized, then scaled to the width.
            self.images.load(shown);
            let mut sized = Doc::clone(shown);
            self.images.fill(&mut sized);
            self.images.scale_for(&sized, self.width);
            return Prepared {
                item: self.item,
                inputs: self.inputs,
                generation: self.generation,
                doc: None,
                width: self.width,
                rows: Vec::new(),
                images_for_open: true,
            };
        }
        let mut doc = crate::doc::views::reading_doc(
            self.inputs.lang,
            &self.source,
            self.inputs.interview.as_ref(),
            self.note.as_ref(),
            &self.glossary,
            self.jumps.of(self.item.0, self.item.1),
        );
        if let Some(doc) = &mut doc {
            self.images.load(doc);
            self.images.fill(doc);
            self.images.scale_for(doc, self.width);
        }
        let rows = doc.as_ref().map(|d| d.wrap(self.width)).unwrap_or_default();
        Prepared {
            item: self.item,
            inputs: self.inputs,
            generation: self.generation,
            doc,
            width: self.width,
            rows,
            images_for_open: false,
        }
    }
}

/// A thread that runs [`PrepareJob`]s one after the other and sends each result
/// on. A new batch of jobs replaces the jobs of the last batch not yet started
/// (the learner moved on: they are no longer the likely next items).
#[derive(Debug)]
pub struct Worker {
    jobs: mpsc::Sender<Vec<PrepareJob>>,
}

impl Worker {
    /// Starts the thread; `send` gets each result and returns `false` once nobody
    /// listens any more (the thread then ends). The thread also ends when the
    /// worker is dropped.
    ///
    /// # Errors
    /// When the thread cannot be started.
    pub fn start(send: impl Fn(Prepared) -> bool + Send + 'static) -> std::io::Result<Self> {
        let (jobs, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("amphi-prepare".into())
            .spawn(move || work(&rx, &send))?;
        Ok(Worker { jobs })
    }

    /// Queues a batch of jobs in place of any not yet started.
    pub fn submit(&self, batch: Vec<PrepareJob>) {
        // The thread is gone only when `send` found nobody listening: nothing to do.
        let _ = self.jobs.send(batch);
    }
}

fn work(rx: &Receiver<Vec<PrepareJob>>, send: &dyn Fn(Prepared) -> bool) {
    let mut batch = match rx.recv() {
        Ok(batch) => batch,
        Err(_) => return,
    };
    loop {
        let mut newer = None;
        for job in batch {
            // Jobs of a newer batch come first: drop the rest of this one.
            match rx.try_recv() {
                Ok(b) => {
                    newer = Some(b);
                    break;
                }
                Err(TryRecvError::Disconnected) => return,
                Err(TryRecvError::Empty) => {}
            }
            if !send(job.run()) {
                return;
            }
        }
        batch = match newer {
            Some(b) => b,
            None => match rx.recv() {
                Ok(b) => b,
                Err(_) => return,
            },
        };
        // Only the latest of several waiting batches matters.
        while let Ok(b) = rx.try_recv() {
            batch = b;
        }
    }
}
