//! Rendered lines cached per item and width.
//!
//! A lesson or an interview is parsed (markdown to [`Doc`]) once, and wrapped
//! once per pane width; opening it again, going back and forth with `n`/`p`, or
//! returning to a width already seen reuses the result. An entry is used only if
//! everything its text was built from is unchanged: the learner's note on the
//! item and (for an interview) the speaker filter and drill. The glossary
//! and the course only change on an `amphi preview` reload, which empties the
//! cache ([`DocCache::clear`]). Quiz and review screens depend on the quiz state
//! and are not cached; the stimulus of a quiz group (the text its parts share)
//! is: built once, its height measured once per width ([`DocCache::stimulus`]).

use std::collections::VecDeque;
use std::sync::Arc;

use super::interview::InterviewView;
use crate::doc::{Doc, Row};

/// Items kept, the least recently used dropped first.
pub const MAX_ITEMS: usize = 32;
/// Widths kept per item, the least recently used dropped first.
pub const MAX_WIDTHS: usize = 4;

/// What an item's text is built from, besides the course and the glossary.
#[derive(Debug, Clone, PartialEq)]
pub struct Inputs {
    /// The text of the learner's note on the item, shown under it.
    pub note: Option<String>,
    /// How an interview is shown (`None` for a lesson).
    pub interview: Option<InterviewView>,
    /// The language of amphi's words in the text (file lists, notes, the
    /// interview's status line).
    pub lang: crate::i18n::Language,
}

#[derive(Debug)]
struct Entry {
    item: (usize, usize),
    inputs: Inputs,
    doc: Arc<Doc>,
    /// (width, rows), the most recently used last.
    rows: Vec<(u16, Arc<Vec<Row>>)>,
}

/// A quiz group's stimulus: which quiz item and group it is, its doc, and its
/// height in rows at the widths measured (the most recently used last).
#[derive(Debug)]
struct Stimulus {
    key: ((usize, usize), usize),
    doc: Arc<Doc>,
    heights: Vec<(u16, usize)>,
}

/// The cache: at most [`MAX_ITEMS`] items, the most recently used last.
#[derive(Debug, Default)]
pub struct DocCache {
    entries: VecDeque<Entry>,
    /// Stimuli of quiz groups, built once (at most [`MAX_ITEMS`], the most
    /// recently used last): a quiz screen is rebuilt on every key press, its
    /// stimulus is not.
    stimuli: VecDeque<Stimulus>,
    /// How many stimuli were built (see [`DocCache::stimulus_builds`]).
    stimulus_builds: u64,
    /// How many times the cache was emptied (see [`DocCache::generation`]).
    generation: u64,
}

impl DocCache {
    /// The cached text of `item` if it was built from `inputs`; an entry built
    /// from other inputs is dropped.
    pub(crate) fn doc(&mut self, item: (usize, usize), inputs: &Inputs) -> Option<Arc<Doc>> {
        let i = self.entries.iter().position(|e| e.item == item)?;
        let entry = self.entries.remove(i)?;
        if entry.inputs != *inputs {
            return None;
        }
        let doc = Arc::clone(&entry.doc);
        self.entries.push_back(entry);
        Some(doc)
    }

    /// Keeps `doc` as the text of `item` built from `inputs`.
    pub(crate) fn insert(&mut self, item: (usize, usize), inputs: Inputs, doc: Arc<Doc>) {
        self.push(Entry {
            item,
            inputs,
            doc,
            rows: Vec::new(),
        });
    }

    /// Keeps `entry` as the most recently used, in place of any entry of its
    /// item, dropping the least recently used one when full.
    fn push(&mut self, entry: Entry) {
        self.entries.retain(|e| e.item != entry.item);
        if self.entries.len() >= MAX_ITEMS {
            self.entries.pop_front();
        }
        self.entries.push_back(entry);
    }

    /// `doc` wrapped to `width`: from the cache when `doc` is a cached text
    /// already wrapped to that width, else wrapped now (and kept if `doc` is
    /// cached).
    pub(crate) fn rows(&mut self, doc: &Arc<Doc>, width: u16) -> Arc<Vec<Row>> {
        let Some(entry) = self.entries.iter_mut().find(|e| Arc::ptr_eq(&e.doc, doc)) else {
            return Arc::new(doc.wrap(width));
        };
        if let Some(i) = entry.rows.iter().position(|(w, _)| *w == width) {
            let hit = entry.rows.remove(i);
            let rows = Arc::clone(&hit.1);
            entry.rows.push(hit);
            return rows;
        }
        let rows = Arc::new(doc.wrap(width));
        if entry.rows.len() >= MAX_WIDTHS {
            entry.rows.remove(0);
        }
        entry.rows.push((width, Arc::clone(&rows)));
        rows
    }

    /// The stimulus of group `group` of the quiz `item`, built by `build` the
    /// first time, and its height in rows at `width` (measured once per width;
    /// 0 at width 0).
    pub(crate) fn stimulus(
        &mut self,
        item: (usize, usize),
        group: usize,
        width: u16,
        build: impl FnOnce() -> Doc,
    ) -> (Arc<Doc>, usize) {
        let key = (item, group);
        let mut entry = match self.stimuli.iter().position(|e| e.key == key) {
            Some(i) => self.stimuli.remove(i).unwrap_or_else(|| unreachable!()),
            None => {
                self.stimulus_builds += 1;
                Stimulus {
                    key,
                    doc: Arc::new(build()),
                    heights: Vec::new(),
                }
            }
        };
        let rows = match entry.heights.iter().find(|(w, _)| *w == width) {
            Some(&(_, rows)) => rows,
            None if width == 0 => 0,
            None => {
                let rows = entry.doc.wrap(width).len();
                if entry.heights.len() >= MAX_WIDTHS {
                    entry.heights.remove(0);
                }
                entry.heights.push((width, rows));
                rows
            }
        };
        let doc = Arc::clone(&entry.doc);
        if self.stimuli.len() >= MAX_ITEMS {
            self.stimuli.pop_front();
        }
        self.stimuli.push_back(entry);
        (doc, rows)
    }

    /// The stimulus of group `group` of the quiz `item` and its height at
    /// `width`, when [`DocCache::stimulus`] built and measured it.
    pub(crate) fn stimulus_cached(
        &self,
        item: (usize, usize),
        group: usize,
        width: u16,
    ) -> Option<(Arc<Doc>, Option<usize>)> {
        let e = self.stimuli.iter().find(|e| e.key == (item, group))?;
        let rows = e.heights.iter().find(|(w, _)| *w == width).map(|(_, r)| *r);
        Some((Arc::clone(&e.doc), rows))
    }

    /// How many stimuli were built since amphi started: stays put while the
    /// learner answers the parts of a group.
    pub fn stimulus_builds(&self) -> u64 {
        self.stimulus_builds
    }

    /// Forgets `item`'s text and its groups' shared texts (its pictures became
    /// ready: they are built again).
    pub(crate) fn forget(&mut self, item: (usize, usize)) {
        self.entries.retain(|e| e.item != item);
        self.stimuli.retain(|e| e.key.0 != item);
    }

    /// Forgets every item (after the course or the glossary changed).
    pub fn clear(&mut self) {
        self.entries.clear();
        self.stimuli.clear();
        self.generation += 1;
    }

    /// How many times [`DocCache::clear`] was called: a text prepared before a
    /// clear was built from another course and must not be kept.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether `item`'s text built from `inputs` is cached, wrapped to `width`
    /// (the order of use is left as it is).
    pub(crate) fn has(&self, item: (usize, usize), inputs: &Inputs, width: u16) -> bool {
        self.entries.iter().any(|e| {
            e.item == item && e.inputs == *inputs && e.rows.iter().any(|(w, _)| *w == width)
        })
    }

    /// Keeps a text prepared ahead of time (see [`super::prepare`]): `doc` as the
    /// text of `item` built from `inputs`, wrapped to `width` as `rows`. When the
    /// item is cached from the same inputs already, only the rows are added (the
    /// cached text stays, so that a view showing it keeps matching it). A new
    /// entry counts as the most recently used: it is about to be.
    pub(crate) fn insert_prepared(
        &mut self,
        item: (usize, usize),
        inputs: Inputs,
        doc: Doc,
        width: u16,
        rows: Vec<Row>,
    ) {
        if let Some(entry) = self
            .entries
            .iter_mut()
            .find(|e| e.item == item && e.inputs == inputs)
        {
            if !entry.rows.iter().any(|(w, _)| *w == width) {
                if entry.rows.len() >= MAX_WIDTHS {
                    entry.rows.remove(0);
                }
                entry.rows.push((width, Arc::new(rows)));
            }
            return;
        }
        self.push(Entry {
            item,
            inputs,
            doc: Arc::new(doc),
            rows: vec![(width, Arc::new(rows))],
        });
    }

    /// How many items are cached.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no item is cached.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Block;
    use crate::doc::Span;

    fn inputs() -> Inputs {
        Inputs {
            note: None,
            interview: None,
            lang: crate::i18n::Language::En,
        }
    }

    fn doc() -> Arc<Doc> {
        Arc::new(Doc {
            blocks: vec![Block::text(vec![Span::raw("one two three")])],
        })
    }

    #[test]
    fn hits_only_with_the_same_inputs_and_stays_bounded() {
        let mut c = DocCache::default();
        let d = doc();
        c.insert((0, 0), inputs(), Arc::clone(&d));
        assert!(Arc::ptr_eq(&c.doc((0, 0), &inputs()).unwrap(), &d));
        let noted = Inputs {
            note: Some("n".into()),
            ..inputs()
        };
        assert!(c.doc((0, 0), &noted).is_none());
        assert!(
            c.doc((0, 0), &inputs()).is_none(),
            "the stale entry is gone"
        );
        for i in 0..MAX_ITEMS + 5 {
            c.insert((1, i), inputs(), doc());
        }
        assert_eq!(c.len(), MAX_ITEMS);
        assert!(c.doc((1, 0), &inputs()).is_none(), "the oldest went first");
        assert!(c.doc((1, MAX_ITEMS + 4), &inputs()).is_some());
    }

    #[test]
    fn rows_are_wrapped_once_per_width() {
        let mut c = DocCache::default();
        let d = doc();
        c.insert((0, 0), inputs(), Arc::clone(&d));
        let a = c.rows(&d, 5);
        let b = c.rows(&d, 5);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(a.len(), 3);
        let wide = c.rows(&d, 40);
        assert_eq!(wide.len(), 1);
        assert!(Arc::ptr_eq(&c.rows(&d, 5), &a));
        // A text that is not cached is wrapped each time.
        let other = doc();
        assert!(!Arc::ptr_eq(&c.rows(&other, 5), &c.rows(&other, 5)));
    }
}
