//! Reading time: the estimate for each item and module (words at
//! [`WORDS_PER_MINUTE`]) and the time actually spent, counted from the learner's
//! input while amphi has the terminal's focus; and what is known of each item's
//! content (its word count, counted a module at a time when first asked for, and
//! its content hash); see [`Facts`].

use crate::course::{Course, Item, Module};
use crate::progress::{CourseProgress, content_hash, item_key};

use std::sync::OnceLock;

use super::{Action, App};

impl App {
    /// Words in item `ii` of module `mi` (0 for a quiz or an unknown item);
    /// counts the module's words at the first call ([`Facts`]).
    pub fn item_words(&self, mi: usize, ii: usize) -> usize {
        self.facts
            .module_counts(&self.course, mi)
            .and_then(|m| m.get(ii))
            .copied()
            .unwrap_or(0)
    }

    /// Words in the lessons and interviews of module `mi` (0 for an unknown
    /// module); counts them at the first call ([`Facts`]).
    pub fn module_words(&self, mi: usize) -> usize {
        self.facts
            .module_counts(&self.course, mi)
            .map_or(0, |m| m.iter().sum())
    }
}

/// Reading speed the estimates assume, in words per minute.
pub const WORDS_PER_MINUTE: usize = 200;

/// Seconds a lesson's or interview's last line must have been on screen for the
/// item to count as read when the learner did not scroll to it (an item that
/// fits on one screen): checked at the next input, by [`App::clock`]. Scrolling
/// to the end (a key or the wheel moving the text on) counts at once.
pub const READ_AFTER_SECONDS: u64 = 5;

/// A pause longer than this, in seconds, counts as time away: nothing of it is
/// counted as spent on the item.
pub const IDLE_CUTOFF: u64 = 5 * 60;

/// Word counts and content hashes of every item, by (module index, item index).
///
/// Words are counted lazily, a module at a time, the first time anything asks
/// for them ([`App::item_words`], [`App::module_words`]): in practice when the
/// outline draws one of the module's rows or one of its items is open. Counting
/// the whole course before the first frame made a 9 MB course start slowly, and
/// the outline only ever shows a screenful of modules. Counting reads the source
/// text ([`word_count`], no Markdown is parsed) and is cached in a [`OnceLock`],
/// so drawing from `&App` can fill the cache and later frames cost nothing.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Words per item, by module; empty until the module is first asked about.
    words: Vec<OnceLock<Vec<usize>>>,
    hashes: Vec<Vec<String>>,
}

impl Facts {
    /// Hashes the items of `course` that `progress` holds a hash of (the only
    /// ones that can have changed since); other items are hashed when they are
    /// read or passed ([`store_hash`]), and words are counted a module at a time
    /// when first asked for, so start-up does not grow with the course's text.
    pub fn of(course: &Course, progress: &CourseProgress) -> Facts {
        let words = course.modules.iter().map(|_| OnceLock::new()).collect();
        let hashes = course
            .modules
            .iter()
            .map(|m| {
                m.items
                    .iter()
                    .map(|item| {
                        if progress
                            .hashes
                            .contains_key(&item_key(&m.id, &hashed_id(course, item.id())))
                        {
                            content_hash(item)
                        } else {
                            String::new()
                        }
                    })
                    .collect()
            })
            .collect();
        Facts { words, hashes }
    }

    /// The words of module `mi`'s items of `course` (the course these facts were
    /// made of), counted at the first call; `None` for an unknown module.
    fn module_counts(&self, course: &Course, mi: usize) -> Option<&[usize]> {
        let module = course.modules.get(mi)?;
        let counts = self
            .words
            .get(mi)?
            .get_or_init(|| module.items.iter().map(word_count).collect());
        Some(counts)
    }

    /// Whether module `mi`'s words have been counted yet (for tests of the lazy
    /// counting).
    pub fn counted(&self, mi: usize) -> bool {
        self.words.get(mi).is_some_and(|w| w.get().is_some())
    }

    /// The content hash of item `ii` of module `mi` ("" for an unknown item).
    pub fn hash(&self, mi: usize, ii: usize) -> &str {
        self.hashes
            .get(mi)
            .and_then(|m| m.get(ii))
            .map_or("", String::as_str)
    }
}

/// Words a learner reads in a lesson or interview (see
/// [`crate::text::count_words`]: Markdown marks alone are not words); 0 for a
/// quiz (its time depends on the answers).
pub fn word_count(item: &Item) -> usize {
    use crate::text::count_words;
    match item {
        Item::Lesson(l) => count_words(&l.body),
        Item::Interview(iv) => iv.turns.iter().map(|t| count_words(&t.text)).sum(),
        Item::Quiz(_) => 0,
        Item::Video(v) => v.cues.iter().map(|c| count_words(&c.text)).sum(),
    }
}

/// Minutes to read `words` at [`WORDS_PER_MINUTE`], rounded up (0 for no words).
pub fn estimate_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE)
}

/// Seconds spent on item `item` of `module`.
pub fn item_seconds(progress: &CourseProgress, module: &Module, item: &Item) -> u64 {
    progress
        .seconds
        .get(&item_key(&module.id, item.id()))
        .copied()
        .unwrap_or(0)
}

/// Seconds spent on all items of `module`, at most `u64::MAX` (the counts come
/// from the state file, which may hold anything).
pub fn module_seconds(progress: &CourseProgress, module: &Module) -> u64 {
    module
        .items
        .iter()
        .map(|i| item_seconds(progress, module, i))
        .fold(0, u64::saturating_add)
}

/// Counts time spent before `action` is applied: the time since the previous
/// input goes to the open item when the pause was at most [`IDLE_CUTOFF`] and
/// amphi had the focus. Focus lost stops the count; focus gained and any input
/// restart it. A resize is not input. The time comes from `app.clock`.
pub fn tick(app: &mut App, action: &Action) {
    let now = (app.clock)();
    match action {
        Action::Resize(..) => {}
        Action::Focus(false) => {
            credit(app, now);
            app.terminal.focused = false;
            app.terminal.last_input = None;
        }
        Action::Focus(true) => {
            app.terminal.focused = true;
            app.terminal.last_input = Some(now);
        }
        _ => {
            if app.terminal.focused {
                credit(app, now);
            }
            // Input while "unfocused" means a focus report was missed: count again.
            app.terminal.focused = true;
            app.terminal.last_input = Some(now);
        }
    }
}

/// Adds the time since the last input to the open item, if the pause was short.
fn credit(app: &mut App, now: u64) {
    let Some(last) = app.terminal.last_input else {
        return;
    };
    let gap = now.saturating_sub(last);
    if gap == 0 || gap > IDLE_CUTOFF {
        return;
    }
    let Some(key) = app.item_key_of(app.nav.current) else {
        return;
    };
    let seconds = app.progress_mut().seconds.entry(key).or_insert(0);
    *seconds = seconds.saturating_add(gap);
}

/// Stores the open item's content hash as the one read or passed. Returns
/// whether it changed (and so must be saved).
pub(crate) fn store_hash(app: &mut App, mi: usize, ii: usize) -> bool {
    let Some(module) = app.course.modules.get(mi) else {
        return false;
    };
    let Some(item) = module.items.get(ii) else {
        return false;
    };
    let key = item_key(&module.id, &hashed_id(&app.course, item.id()));
    // Hashed once per course load: a key press at the end of a read item calls
    // this again, and a 2.6 MB lesson takes over a millisecond to hash.
    let known = app.facts.hash(mi, ii);
    let hash = if known.is_empty() {
        content_hash(item)
    } else {
        known.to_string()
    };
    if let Some(slot) = app.facts.hashes.get_mut(mi).and_then(|m| m.get_mut(ii)) {
        slot.clone_from(&hash);
    }
    let progress = app.progress_mut();
    if progress.hashes.get(&key) == Some(&hash) {
        return false;
    }
    progress.hashes.insert(key, hash);
    true
}

/// Whether item `ii` of module `mi` changed since it was read or passed.
pub fn changed(app: &App, mi: usize, ii: usize) -> bool {
    let Some(module) = app.course.modules.get(mi) else {
        return false;
    };
    let Some(item) = module.items.get(ii) else {
        return false;
    };
    app.progress().changed_since(
        &module.id,
        &hashed_id(&app.course, item.id()),
        app.facts.hash(mi, ii),
    )
}

/// The item id under which `course` keeps the content hash of item `id`: the
/// id itself in an original, `id@language` in an edition (`edition_of`), so
/// each edition notices changes to its own text and switching language does not
/// mark every item read as changed.
pub fn hashed_id<'a>(course: &Course, id: &'a str) -> std::borrow::Cow<'a, str> {
    if course.info.edition_of.is_some() {
        std::borrow::Cow::Owned(format!("{id}@{}", course.info.language))
    } else {
        std::borrow::Cow::Borrowed(id)
    }
}
