//! Merging two versions of the state, so that two amphi instances writing the same
//! state file lose nothing of each other's progress.
//!
//! Before each write, the store re-reads the file on disk and merges it with the
//! state in memory ("mine"):
//!
//! - read marks are a union; an item read in both keeps the earlier time;
//! - finished quiz attempts are a union, one attempt being identified by its id
//!   ([`super::Attempt::new_id`]), so two attempts finished in the same second by
//!   two instances are both kept; an attempt without an id (from a file written
//!   before ids) by (module, quiz, start time, finish time); the result is ordered
//!   oldest first;
//! - the position and the open (unfinished) quiz attempts belong to the instance
//!   the learner is using: the saving instance's win. With a *base* (the state this
//!   instance last read or wrote, see [`merge_since`]), they win only where this
//!   instance changed them since, so an instance open on another course does not
//!   put back an old position or an open attempt that was finished elsewhere;
//! - review cards (see [`super::review`]) are merged card by card like the open
//!   attempts: with a base, the saving instance's card wins only where it changed
//!   it since; without one, cards only on disk are added and mine win elsewhere;
//! - an open attempt that a finished attempt (same quiz, same start time) closes is
//!   dropped, whichever instance finished it;
//! - bookmarks are merged one by one: with a base, what this instance added or
//!   deleted since wins, and so does what the other instance did to the others
//!   (a bookmark deleted on either side stays deleted; one added on either side
//!   is kept); without one, a union;
//! - notes are merged item by item: with a base, a change on one side only
//!   (added, edited, deleted) is kept; where both sides changed the same note,
//!   an edit wins over a deletion and of two edits the later wins (by the note's
//!   `updated_at`, the second it was saved; mine on equal times); without a
//!   base, a union, the later note for an item in both;
//! - the edition the learner chose (`edition`) is merged like the position: with
//!   a base, mine wins only where this instance changed it since; without one,
//!   mine, or the disk's where I have none;
//! - time spent per item is the larger count; content hashes are a union, mine
//!   winning for an item in both;
//! - every other field of a course's progress is taken from mine.
//!
//! Nothing is ever removed by a merge except open attempts, which end by design,
//! and what an instance deleted since its base (review cards, bookmarks, notes).
//! The base is the record of deletions: something in it and missing from a side
//! was deleted there.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use super::model::{Attempt, CourseProgress, Note, STATE_VERSION, State, item_key};
use super::review::Card;

/// Merges the state read from disk with the state in memory (`mine`), which wins
/// for the position and the open attempts of every course it has. See the module
/// documentation for the rules.
pub fn merge(disk: State, mine: State) -> State {
    merge_impl(None, disk, mine)
}

/// Like [`merge`], with the state this instance last read or wrote (`base`): the
/// position and each open attempt of `mine` win only where they differ from
/// `base`, that is where this instance changed them; elsewhere the disk's (a newer
/// change by another instance) is kept.
pub fn merge_since(base: &State, disk: State, mine: State) -> State {
    merge_impl(Some(base), disk, mine)
}

fn merge_impl(base: Option<&State>, disk: State, mine: State) -> State {
    let mut out = mine;
    out.version = STATE_VERSION;
    // Fields of a later amphi: kept, ours where both have one.
    for (key, value) in disk.unknown {
        out.unknown.entry(key).or_insert(value);
    }
    // Courses only on disk are kept as they are.
    for (id, theirs) in disk.courses {
        let base = base.map(|b| b.courses.get(&id));
        match out.courses.entry(id) {
            Entry::Vacant(e) => {
                e.insert(theirs);
            }
            Entry::Occupied(mut e) => merge_course(base, theirs, e.get_mut()),
        }
    }
    for course in out.courses.values_mut() {
        close_finished(course);
    }
    out
}

/// Merges `theirs` (from disk) into `ours` (mine). `base` is `None` when there is no
/// base at all (mine wins), `Some(None)` when the base had no progress in this course.
fn merge_course(
    base: Option<Option<&CourseProgress>>,
    theirs: CourseProgress,
    ours: &mut CourseProgress,
) {
    // Read marks: union, earliest time.
    for (key, at) in theirs.read {
        ours.read
            .entry(key)
            .and_modify(|t| *t = (*t).min(at))
            .or_insert(at);
    }

    // Time spent: the larger count (each instance only adds to its own).
    for (key, secs) in theirs.seconds {
        ours.seconds
            .entry(key)
            .and_modify(|s| *s = (*s).max(secs))
            .or_insert(secs);
    }
    // Content hashes: union; mine for an item hashed in both.
    for (key, hash) in theirs.hashes {
        ours.hashes.entry(key).or_insert(hash);
    }
    // Fields of a later amphi: kept, ours where both have one.
    for (key, value) in theirs.unknown {
        ours.unknown.entry(key).or_insert(value);
    }

    // Attempts: union, deduplicated, oldest first.
    let mut attempts = std::mem::take(&mut ours.attempts);
    for a in theirs.attempts {
        if !attempts.iter().any(|b| same_attempt(&a, b)) {
            attempts.push(a);
        }
    }
    // Oldest first; ties in a fixed order, so that both instances agree.
    attempts.sort_by(|a, b| {
        (a.finished_at, a.started_at, &a.module, &a.quiz, &a.id).cmp(&(
            b.finished_at,
            b.started_at,
            &b.module,
            &b.quiz,
            &b.id,
        ))
    });
    ours.attempts = attempts;
    merge_marks(
        base.map(|b| b.map(|b| (&b.bookmarks, &b.notes))),
        theirs.bookmarks,
        theirs.notes,
        ours,
    );

    merge_cards(
        base.map(|b| b.map(|b| &b.review)),
        theirs.review.clone(),
        &mut ours.review,
    );

    match base {
        // No base: the saving instance's position and open attempts win.
        None => {
            if ours.position.is_none() {
                ours.position = theirs.position;
            }
            if ours.edition.is_empty() {
                ours.edition = theirs.edition;
            }
        }
        Some(base) => {
            let base_edition = base.map_or("", |b| b.edition.as_str());
            if ours.edition == base_edition && !theirs.edition.is_empty() {
                // Not switched here since the last read: the disk's choice is newer.
                ours.edition = theirs.edition;
            }
            let base_position = base.and_then(|b| b.position.as_ref());
            if ours.position.as_ref() == base_position {
                // Unchanged here since the last read: the disk's is as new or newer.
                ours.position = theirs.position.or(ours.position.take());
            }
            let empty = BTreeMap::new();
            let base_open = base.map_or(&empty, |b| &b.open_attempts);
            let mut keys: Vec<String> = base_open.keys().cloned().collect();
            keys.extend(theirs.open_attempts.keys().cloned());
            keys.extend(ours.open_attempts.keys().cloned());
            keys.sort();
            keys.dedup();
            for key in keys {
                if ours.open_attempts.get(&key) != base_open.get(&key) {
                    continue; // changed (or closed) here: mine wins
                }
                match theirs.open_attempts.get(&key) {
                    Some(open) => {
                        ours.open_attempts.insert(key, open.clone());
                    }
                    None => {
                        ours.open_attempts.remove(&key);
                    }
                }
            }
        }
    }
}

/// Merges review cards: per key, mine where I changed it since `base` (or, with no
/// base at all, wherever I have one), else the disk's.
fn merge_cards(
    base: Option<Option<&BTreeMap<String, Card>>>,
    theirs: BTreeMap<String, Card>,
    ours: &mut BTreeMap<String, Card>,
) {
    let Some(base) = base else {
        for (key, card) in theirs {
            ours.entry(key).or_insert(card);
        }
        return;
    };
    let empty = BTreeMap::new();
    let base = base.unwrap_or(&empty);
    let mut keys: Vec<String> = base.keys().chain(theirs.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        if ours.get(&key) != base.get(&key) {
            continue; // changed here: mine wins
        }
        match theirs.get(&key) {
            Some(card) => {
                ours.insert(key, *card);
            }
            None => {
                ours.remove(&key);
            }
        }
    }
}

/// A course's bookmarks and notes, as stored.
type Marks<'a> = (&'a Vec<super::Bookmark>, &'a BTreeMap<String, Note>);

/// Bookmarks and notes. Without a base: a union (for a note on the same item,
/// the later, see [`merge_notes`]). With one: bookmarks one by one
/// ([`merge_bookmarks`]) and notes item by item ([`merge_notes`]).
fn merge_marks(
    base: Option<Option<Marks<'_>>>,
    theirs_bookmarks: Vec<super::Bookmark>,
    theirs_notes: BTreeMap<String, Note>,
    ours: &mut CourseProgress,
) {
    match base {
        None => {
            for b in theirs_bookmarks {
                if !ours.bookmarks.iter().any(|o| same_bookmark(o, &b)) {
                    ours.bookmarks.push(b);
                }
            }
            merge_notes(None, theirs_notes, &mut ours.notes);
        }
        Some(base) => {
            let empty_b = Vec::new();
            let empty_n = BTreeMap::new();
            let (base_b, base_n) = base.unwrap_or((&empty_b, &empty_n));
            merge_bookmarks(base_b, theirs_bookmarks, &mut ours.bookmarks);
            merge_notes(Some(base_n), theirs_notes, &mut ours.notes);
        }
    }
}

/// Merges notes item by item. With a `base` (the notes this instance last read
/// or wrote), for each item:
///
/// - changed on one side only (edited, added or deleted): that side's change;
/// - changed on both sides: an edit wins over a deletion (the text someone
///   wrote is never lost to a deletion made without seeing it); two edits keep
///   the later, by [`Note::updated_at`] (when it was saved in the note editor),
///   mine when the times are equal; deleted on both sides stays deleted.
///
/// Without a base, a union, the later note for an item on both sides (mine on
/// equal times).
fn merge_notes(
    base: Option<&BTreeMap<String, Note>>,
    theirs: BTreeMap<String, Note>,
    ours: &mut BTreeMap<String, Note>,
) {
    let Some(base) = base else {
        for (key, note) in theirs {
            match ours.entry(key) {
                Entry::Vacant(e) => {
                    e.insert(note);
                }
                Entry::Occupied(mut e) => {
                    if note.updated_at > e.get().updated_at {
                        e.insert(note);
                    }
                }
            }
        }
        return;
    };
    let mut keys: Vec<String> = base.keys().chain(theirs.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let (b, t) = (base.get(&key), theirs.get(&key));
        let o = ours.get(&key);
        let merged = if o == b {
            t // unchanged here: the disk's, edited or deleted there or not
        } else if t == b {
            continue; // changed here only: mine
        } else {
            match (o, t) {
                (Some(o), Some(t)) if t.updated_at > o.updated_at => Some(t),
                (Some(_), _) => continue, // mine is the later edit, or an edit against a deletion
                (None, t) => t,           // deleted here, edited there (or deleted there too)
            }
        };
        match merged {
            Some(note) => {
                ours.insert(key, note.clone());
            }
            None => {
                ours.remove(&key);
            }
        }
    }
}

/// Whether two bookmarks mark one place: the same module, item and anchor.
fn same_bookmark(a: &super::Bookmark, b: &super::Bookmark) -> bool {
    (&a.module, &a.item, a.anchor) == (&b.module, &b.item, b.anchor)
}

/// Merges the bookmark lists element by element against `base` (the list this
/// instance last read or wrote, which records what it deleted since): a bookmark
/// in the base and missing on either side was deleted there and stays deleted;
/// one not in the base that either side has was added there and is kept; mine
/// wins for one on both sides. The result is ordered by the time each was
/// marked; equal times (files from before `created_at`) keep my order, then the
/// disk's.
fn merge_bookmarks(
    base: &[super::Bookmark],
    theirs: Vec<super::Bookmark>,
    ours: &mut Vec<super::Bookmark>,
) {
    let in_base = |b: &super::Bookmark| base.iter().any(|o| same_bookmark(o, b));
    // Mine, less those deleted on disk since the base.
    ours.retain(|b| !in_base(b) || theirs.iter().any(|t| same_bookmark(t, b)));
    // The disk's, less those deleted here (in the base, not mine) and those I have.
    for t in theirs {
        if !in_base(&t) && !ours.iter().any(|o| same_bookmark(o, &t)) {
            ours.push(t);
        }
    }
    ours.sort_by_key(|b| b.created_at);
}

/// Drops open attempts that a finished attempt at the same quiz, started at the
/// same time, has closed.
fn close_finished(course: &mut CourseProgress) {
    let attempts = &course.attempts;
    course.open_attempts.retain(|key, open| {
        !attempts
            .iter()
            .any(|a| a.started_at == open.started_at && item_key(&a.module, &a.quiz) == *key)
    });
}

/// Whether two attempts are one: the same id when both have one; otherwise (an
/// attempt from a file written before ids, or rewritten by such an amphi) the
/// same module, quiz, start and finish time.
fn same_attempt(a: &Attempt, b: &Attempt) -> bool {
    match (&a.id, &b.id) {
        (Some(x), Some(y)) => x == y,
        _ => {
            a.module == b.module
                && a.quiz == b.quiz
                && a.started_at == b.started_at
                && a.finished_at == b.finished_at
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{OpenAttempt, Position};

    /// States are built from JSON so that fields added to the model later (with
    /// serde defaults, as every field must have to read old files) need no change here.
    fn state(json: serde_json::Value) -> State {
        serde_json::from_value(json).expect("a valid state")
    }

    fn attempt(
        module: &str,
        quiz: &str,
        started: u64,
        finished: u64,
        points: u32,
    ) -> serde_json::Value {
        serde_json::json!({
            "module": module, "quiz": quiz, "started_at": started, "finished_at": finished,
            "score": {"points": points, "max": 4}, "pass_mark": 50, "passed": points >= 2,
            "answers": [],
        })
    }

    fn position(module: &str, item: &str) -> serde_json::Value {
        serde_json::json!({"module": module, "item": item, "anchor": {"block": 0, "line": 0}})
    }

    fn pos(module: &str, item: &str) -> Option<Position> {
        serde_json::from_value(position(module, item)).unwrap()
    }

    fn open(started: u64) -> OpenAttempt {
        OpenAttempt {
            started_at: started,
            current: "q1".into(),
            ..OpenAttempt::default()
        }
    }

    #[test]
    fn read_marks_are_a_union_keeping_the_earliest_time() {
        let disk = state(serde_json::json!({"version": 1, "courses": {
            "c": {"read": {"m/a": 10, "m/b": 30}}}}));
        let mine = state(serde_json::json!({"version": 1, "courses": {
            "c": {"read": {"m/b": 20, "m/c": 40}}}}));
        let merged = merge(disk, mine);
        let read = &merged.courses["c"].read;
        assert_eq!(read.len(), 3);
        assert_eq!(read["m/a"], 10);
        assert_eq!(read["m/b"], 20, "the earlier of 30 and 20");
        assert_eq!(read["m/c"], 40);
    }

    #[test]
    fn attempts_are_a_union_without_duplicates_oldest_first() {
        let disk = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            attempt("m", "q", 1, 2, 1), attempt("m", "q", 5, 6, 3)]}}}),
        );
        let mine = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            attempt("m", "q", 1, 2, 1), attempt("m", "q", 3, 4, 2), attempt("n", "q", 5, 6, 4)]}}}),
        );
        let merged = merge(disk, mine);
        let got: Vec<_> = merged.courses["c"]
            .attempts
            .iter()
            .map(|a| (a.module.as_str(), a.started_at, a.score.points))
            .collect();
        assert_eq!(
            got,
            vec![("m", 1, 1.0), ("m", 3, 2.0), ("m", 5, 3.0), ("n", 5, 4.0)]
        );
    }

    fn card(box_number: u8, lapses: u32) -> serde_json::Value {
        serde_json::json!({"box": box_number, "due_day": 1, "lapses": lapses, "last_answered": 5})
    }

    #[test]
    fn review_cards_changed_here_win_and_the_others_follow_the_disk() {
        let base = state(
            serde_json::json!({"version": 1, "courses": {"c": {"review": {
            "m/q/a": card(1, 1), "m/q/b": card(1, 1), "m/q/c": card(1, 1)}}}}),
        );
        // The other instance promoted a and learnt c (removed it) and missed d.
        let disk = state(
            serde_json::json!({"version": 1, "courses": {"c": {"review": {
            "m/q/a": card(2, 1), "m/q/b": card(1, 1), "m/q/d": card(1, 1)}}}}),
        );
        // This one missed b again.
        let mine = state(
            serde_json::json!({"version": 1, "courses": {"c": {"review": {
            "m/q/a": card(1, 1), "m/q/b": card(1, 2), "m/q/c": card(1, 1)}}}}),
        );
        let merged = merge_since(&base, disk.clone(), mine.clone());
        let got: Vec<(&str, u8, u32)> = merged.courses["c"]
            .review
            .iter()
            .map(|(k, c)| (k.as_str(), c.box_number, c.lapses))
            .collect();
        assert_eq!(got, vec![("m/q/a", 2, 1), ("m/q/b", 1, 2), ("m/q/d", 1, 1)]);
        // Without a base: a union, mine winning where both have a card.
        let merged = merge(disk, mine);
        let got: Vec<(&str, u8, u32)> = merged.courses["c"]
            .review
            .iter()
            .map(|(k, c)| (k.as_str(), c.box_number, c.lapses))
            .collect();
        assert_eq!(
            got,
            vec![
                ("m/q/a", 1, 1),
                ("m/q/b", 1, 2),
                ("m/q/c", 1, 1),
                ("m/q/d", 1, 1)
            ]
        );
    }

    #[test]
    fn courses_on_one_side_only_are_kept() {
        let disk = state(serde_json::json!({"version": 1, "courses": {
            "theirs": {"read": {"m/a": 1}, "position": position("m", "a")}}}));
        let mine = state(serde_json::json!({"version": 1, "courses": {
            "mine": {"read": {"m/b": 2}}}}));
        let merged = merge(disk.clone(), mine.clone());
        assert_eq!(merged.courses["theirs"], disk.courses["theirs"]);
        assert_eq!(merged.courses["mine"], mine.courses["mine"]);
        assert_eq!(merged.version, STATE_VERSION);
    }

    #[test]
    fn without_a_base_my_position_wins_and_the_disk_fills_a_gap() {
        let disk = state(serde_json::json!({"version": 1, "courses": {
            "c": {"position": position("m", "disk")}, "d": {"position": position("m", "disk")}}}));
        let mine = state(serde_json::json!({"version": 1, "courses": {
            "c": {"position": position("m", "mine")}, "d": {}}}));
        let merged = merge(disk, mine);
        assert_eq!(merged.courses["c"].position, pos("m", "mine"));
        assert_eq!(merged.courses["d"].position, pos("m", "disk"));
    }

    #[test]
    fn with_a_base_only_positions_changed_here_win() {
        let base = state(serde_json::json!({"version": 1, "courses": {
            "c": {"position": position("m", "start")}, "d": {"position": position("m", "start")}}}));
        // Another instance moved on in course d; this one moved on in course c.
        let disk = state(serde_json::json!({"version": 1, "courses": {
            "c": {"position": position("m", "start")}, "d": {"position": position("m", "theirs")}}}));
        let mine = state(serde_json::json!({"version": 1, "courses": {
            "c": {"position": position("m", "mine")}, "d": {"position": position("m", "start")}}}));
        let merged = merge_since(&base, disk, mine);
        assert_eq!(merged.courses["c"].position, pos("m", "mine"));
        assert_eq!(
            merged.courses["d"].position,
            pos("m", "theirs"),
            "not put back"
        );
    }

    #[test]
    fn the_chosen_edition_merges_like_the_position() {
        // Without a base: mine, or the disk's where I chose none.
        let disk = state(serde_json::json!({"version": 1, "courses": {
            "c": {"edition": "fr"}, "d": {"edition": "fr"}}}));
        let mine = state(serde_json::json!({"version": 1, "courses": {
            "c": {"edition": "en"}, "d": {}}}));
        let merged = merge(disk, mine);
        assert_eq!(merged.courses["c"].edition, "en");
        assert_eq!(merged.courses["d"].edition, "fr");
        // With a base: another instance switched in d, this one in c.
        let base = state(serde_json::json!({"version": 1, "courses": {
            "c": {"edition": "en"}, "d": {"edition": "en"}}}));
        let disk = state(serde_json::json!({"version": 1, "courses": {
            "c": {"edition": "en"}, "d": {"edition": "fr"}}}));
        let mine = state(serde_json::json!({"version": 1, "courses": {
            "c": {"edition": "fr"}, "d": {"edition": "en"}}}));
        let merged = merge_since(&base, disk, mine);
        assert_eq!(merged.courses["c"].edition, "fr", "switched here");
        assert_eq!(merged.courses["d"].edition, "fr", "not put back");
        // Empty is left out of the file.
        let text = serde_json::to_string(&State::default()).unwrap();
        assert!(!text.contains("edition"), "{text}");
        let mut empty = State::default();
        empty.courses.insert("c".into(), CourseProgress::default());
        let text = serde_json::to_string(&empty).unwrap();
        assert!(!text.contains("edition"), "{text}");
    }

    fn note(text: &str) -> super::super::Note {
        super::super::Note {
            text: text.into(),
            updated_at: 1,
        }
    }

    #[test]
    fn notes_and_bookmarks_follow_whoever_changed_them() {
        let mut c = CourseProgress::default();
        c.notes.insert("m/a".into(), note("a"));
        c.notes.insert("m/b".into(), note("b"));
        let mut base = State::default();
        base.courses.insert("c".into(), c.clone());
        // Elsewhere: a edited, b deleted, a bookmark added. Here: c written.
        let mut theirs = c.clone();
        theirs.notes.insert("m/a".into(), note("a2"));
        theirs.notes.remove("m/b");
        theirs.bookmarks.push(super::super::Bookmark {
            module: "m".into(),
            item: "a".into(),
            anchor: Default::default(),
            label: "A".into(),
            created_at: 1,
        });
        let mut ours = c.clone();
        ours.notes.insert("m/c".into(), note("c"));
        let mut disk = State::default();
        disk.courses.insert("c".into(), theirs.clone());
        let mut mine = State::default();
        mine.courses.insert("c".into(), ours);
        let merged = merge_since(&base, disk.clone(), mine.clone());
        let m = &merged.courses["c"];
        let texts: Vec<(&str, &str)> = m
            .notes
            .iter()
            .map(|(k, n)| (k.as_str(), n.text.as_str()))
            .collect();
        assert_eq!(texts, [("m/a", "a2"), ("m/c", "c")]);
        assert_eq!(m.bookmarks, theirs.bookmarks);
        // Without a base: a union, nothing lost.
        let merged = merge(disk, mine);
        let m = &merged.courses["c"];
        assert_eq!(m.notes.len(), 3);
        assert_eq!(m.notes["m/a"].text, "a", "mine wins for the same item");
        assert_eq!(m.bookmarks.len(), 1);
    }

    fn note_at(text: &str, at: u64) -> Note {
        Note {
            text: text.into(),
            updated_at: at,
        }
    }

    /// A state whose course `c` has these notes, keyed `m/<item>`.
    fn with_notes(notes: &[(&str, Note)]) -> State {
        course_with(|c| {
            for (item, n) in notes {
                c.notes.insert(item_key("m", item), n.clone());
            }
        })
    }

    /// The notes of course `c`, as (item key, text).
    fn note_texts(s: &State) -> Vec<(String, String)> {
        s.courses["c"]
            .notes
            .iter()
            .map(|(k, n)| (k.clone(), n.text.clone()))
            .collect()
    }

    fn texts(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, t)| (item_key("m", k), t.to_string()))
            .collect()
    }

    #[test]
    fn a_note_edited_here_and_deleted_on_disk_keeps_the_edit() {
        let base = with_notes(&[("a", note_at("old", 1))]);
        let disk = with_notes(&[]);
        let mine = with_notes(&[("a", note_at("edited here", 2))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "edited here")]));
    }

    #[test]
    fn a_note_deleted_here_and_edited_on_disk_keeps_the_edit() {
        let base = with_notes(&[("a", note_at("old", 1))]);
        let disk = with_notes(&[("a", note_at("edited there", 2))]);
        let mine = with_notes(&[]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "edited there")]));
    }

    #[test]
    fn an_edit_wins_over_a_deletion_even_when_the_deletion_is_later() {
        // The deletion's time is not recorded; the edit made without seeing it wins.
        let base = with_notes(&[("a", note_at("old", 5))]);
        let disk = with_notes(&[]);
        let mine = with_notes(&[("a", note_at("edited here", 1))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "edited here")]));
    }

    #[test]
    fn a_note_deleted_on_one_side_and_unchanged_on_the_other_is_deleted() {
        let base = with_notes(&[("a", note_at("a", 1)), ("b", note_at("b", 1))]);
        // Here a was deleted; on disk b was.
        let disk = with_notes(&[("a", note_at("a", 1))]);
        let mine = with_notes(&[("b", note_at("b", 1))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[]));
    }

    #[test]
    fn a_note_deleted_on_both_sides_stays_deleted() {
        let base = with_notes(&[("a", note_at("a", 1))]);
        let merged = merge_since(&base, with_notes(&[]), with_notes(&[]));
        assert_eq!(note_texts(&merged), texts(&[]));
    }

    #[test]
    fn a_note_edited_on_both_sides_keeps_the_later_edit() {
        let base = with_notes(&[("a", note_at("old", 1)), ("b", note_at("old", 1))]);
        // a: the disk's edit is later; b: mine is.
        let disk = with_notes(&[("a", note_at("there", 30)), ("b", note_at("there", 20))]);
        let mine = with_notes(&[("a", note_at("here", 20)), ("b", note_at("here", 30))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "there"), ("b", "here")]));
    }

    #[test]
    fn a_note_edited_on_both_sides_in_the_same_second_keeps_mine() {
        let base = with_notes(&[("a", note_at("old", 1))]);
        let disk = with_notes(&[("a", note_at("there", 7))]);
        let mine = with_notes(&[("a", note_at("here", 7))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "here")]));
    }

    #[test]
    fn a_note_added_on_both_sides_keeps_the_later() {
        let base = with_notes(&[]);
        let disk = with_notes(&[("a", note_at("there", 9))]);
        let mine = with_notes(&[("a", note_at("here", 8))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "there")]));
    }

    #[test]
    fn a_note_changed_on_one_side_only_takes_that_change() {
        let base = with_notes(&[("a", note_at("old", 1)), ("b", note_at("old", 1))]);
        // a edited on disk (earlier than nothing: times do not matter here), b here.
        let disk = with_notes(&[("a", note_at("there", 0)), ("b", note_at("old", 1))]);
        let mine = with_notes(&[("a", note_at("old", 1)), ("b", note_at("here", 0))]);
        let merged = merge_since(&base, disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "there"), ("b", "here")]));
    }

    #[test]
    fn without_a_base_a_note_on_both_sides_keeps_the_later() {
        let disk = with_notes(&[("a", note_at("there", 9)), ("b", note_at("there", 1))]);
        let mine = with_notes(&[("a", note_at("here", 8)), ("b", note_at("here", 1))]);
        let merged = merge(disk, mine);
        assert_eq!(note_texts(&merged), texts(&[("a", "there"), ("b", "here")]));
    }

    #[test]
    fn with_a_base_open_attempts_follow_whoever_changed_them() {
        let mut base = State::default();
        let mut c = CourseProgress::default();
        c.open_attempts.insert("m/q1".into(), open(1));
        c.open_attempts.insert("m/q2".into(), open(2));
        c.open_attempts.insert("m/q3".into(), open(3));
        base.courses.insert("c".into(), c.clone());
        // Elsewhere: q1 went on, q2 was dropped. Here: q3 went on, q4 was started.
        let mut theirs = c.clone();
        theirs.open_attempts.insert("m/q1".into(), open(11));
        theirs.open_attempts.remove("m/q2");
        let mut ours = c;
        ours.open_attempts.insert("m/q3".into(), open(33));
        ours.open_attempts.insert("m/q4".into(), open(4));
        let mut disk = State::default();
        disk.courses.insert("c".into(), theirs);
        let mut mine = State::default();
        mine.courses.insert("c".into(), ours);
        let merged = merge_since(&base, disk, mine);
        let got: Vec<_> = merged.courses["c"]
            .open_attempts
            .iter()
            .map(|(k, o)| (k.as_str(), o.started_at))
            .collect();
        assert_eq!(got, vec![("m/q1", 11), ("m/q3", 33), ("m/q4", 4)]);
    }

    #[test]
    fn an_open_attempt_finished_by_the_other_instance_is_closed() {
        let mut mine = state(serde_json::json!({"version": 1, "courses": {"c": {}}}));
        mine.courses
            .get_mut("c")
            .unwrap()
            .open_attempts
            .insert("m/q".into(), open(7));
        let disk = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            attempt("m", "q", 7, 9, 4)]}}}),
        );
        let merged = merge(disk, mine);
        assert!(merged.courses["c"].open_attempts.is_empty());
        assert_eq!(merged.courses["c"].attempts.len(), 1);
    }

    #[test]
    fn merging_with_itself_changes_nothing() {
        let s = state(serde_json::json!({"version": 1, "courses": {"c": {
            "read": {"m/a": 1}, "position": position("m", "a"),
            "attempts": [attempt("m", "q", 1, 2, 3)]}}}));
        assert_eq!(merge(s.clone(), s.clone()), s);
        assert_eq!(merge_since(&s, s.clone(), s.clone()), s);
    }

    fn bookmark(item: &str, at: u64) -> super::super::Bookmark {
        super::super::Bookmark {
            module: "m".into(),
            item: item.into(),
            anchor: Default::default(),
            label: item.into(),
            created_at: at,
        }
    }

    fn course_with(f: impl FnOnce(&mut CourseProgress)) -> State {
        let mut c = CourseProgress::default();
        f(&mut c);
        let mut s = State::default();
        s.courses.insert("c".into(), c);
        s
    }

    fn bookmark_items(s: &State) -> Vec<&str> {
        s.courses["c"]
            .bookmarks
            .iter()
            .map(|b| b.item.as_str())
            .collect()
    }

    #[test]
    fn bookmarks_added_by_both_instances_are_all_kept() {
        let base = course_with(|c| c.bookmarks.push(bookmark("old", 1)));
        let disk = course_with(|c| {
            c.bookmarks.push(bookmark("old", 1));
            c.bookmarks.push(bookmark("theirs", 3));
        });
        let mine = course_with(|c| {
            c.bookmarks.push(bookmark("old", 1));
            c.bookmarks.push(bookmark("mine", 2));
        });
        let merged = merge_since(&base, disk, mine);
        assert_eq!(bookmark_items(&merged), ["old", "mine", "theirs"]);
    }

    #[test]
    fn a_bookmark_deleted_on_either_side_stays_deleted() {
        let base = course_with(|c| {
            c.bookmarks.push(bookmark("a", 1));
            c.bookmarks.push(bookmark("b", 2));
        });
        // Elsewhere: a deleted, c added. Here: b deleted, d added.
        let disk = course_with(|c| {
            c.bookmarks.push(bookmark("b", 2));
            c.bookmarks.push(bookmark("c", 3));
        });
        let mine = course_with(|c| {
            c.bookmarks.push(bookmark("a", 1));
            c.bookmarks.push(bookmark("d", 4));
        });
        let merged = merge_since(&base, disk, mine);
        assert_eq!(bookmark_items(&merged), ["c", "d"]);
    }

    fn with_id(mut a: serde_json::Value, id: &str) -> serde_json::Value {
        a["id"] = id.into();
        a
    }

    #[test]
    fn attempts_finished_in_the_same_second_by_two_instances_are_both_kept() {
        let base = state(serde_json::json!({"version": 1, "courses": {"c": {}}}));
        let disk = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            with_id(attempt("m", "q", 1, 2, 1), "x")]}}}),
        );
        let mine = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            with_id(attempt("m", "q", 1, 2, 3), "y")]}}}),
        );
        for merged in [
            merge_since(&base, disk.clone(), mine.clone()),
            merge(disk, mine),
        ] {
            let ids: Vec<_> = merged.courses["c"]
                .attempts
                .iter()
                .map(|a| a.id.as_deref())
                .collect();
            assert_eq!(ids, [Some("x"), Some("y")]);
        }
    }

    #[test]
    fn attempts_without_an_id_are_matched_by_quiz_and_times() {
        // A file from before ids, and the same attempt with an id that an older
        // amphi dropped when it rewrote the file: one attempt each time.
        let disk = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            attempt("m", "q", 1, 2, 1), attempt("m", "q", 3, 4, 2)]}}}),
        );
        let mine = state(
            serde_json::json!({"version": 1, "courses": {"c": {"attempts": [
            attempt("m", "q", 1, 2, 1), with_id(attempt("m", "q", 3, 4, 2), "z")]}}}),
        );
        let merged = merge(disk, mine);
        let got: Vec<_> = merged.courses["c"]
            .attempts
            .iter()
            .map(|a| (a.started_at, a.id.as_deref()))
            .collect();
        assert_eq!(got, [(1, None), (3, Some("z"))]);
    }

    #[test]
    fn new_attempt_ids_differ_within_one_second() {
        let ids: std::collections::BTreeSet<String> =
            (0..1000).map(|_| Attempt::new_id(7)).collect();
        assert_eq!(ids.len(), 1000);
        assert!(ids.iter().all(|id| id.starts_with("7-")));
    }

    /// One step of one of two instances in [`random_interleavings_of_two_instances_lose_nothing`].
    #[derive(Debug, Clone)]
    enum Step {
        AddBookmark,
        /// Deletes the bookmark at this index (modulo) of those the instance has.
        DeleteBookmark(usize),
        AddNote,
        /// Edits the note at this index (modulo) of those the instance has.
        EditNote(usize),
        /// Deletes the note at this index (modulo) of those the instance has.
        DeleteNote(usize),
        /// Finishes an attempt, every one at the same quiz in the same second.
        FinishAttempt,
        /// Saves as the store does: merges with the base and the disk, writes, adopts.
        Save,
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            3 => Just(Step::AddBookmark),
            2 => any::<usize>().prop_map(Step::DeleteBookmark),
            2 => Just(Step::AddNote),
            2 => any::<usize>().prop_map(Step::EditNote),
            2 => any::<usize>().prop_map(Step::DeleteNote),
            2 => Just(Step::FinishAttempt),
            3 => Just(Step::Save),
        ]
    }

    /// An instance: what it last read or wrote (the store's base) and what it holds.
    struct Instance {
        base: State,
        mine: State,
        /// Every note text (each edit writes a new one) this instance has seen:
        /// its own, and those on disk when it last saved.
        seen: std::collections::BTreeSet<String>,
    }

    /// The last thing done to a note, in the order of the steps.
    #[derive(Debug)]
    enum LastNoteStep {
        /// Written (added or edited) with this text.
        Written(String),
        /// Deleted by an instance that had seen every text the note ever had.
        DeletedKnowingAll,
        /// Deleted by an instance that had not seen some text written elsewhere.
        DeletedUnaware,
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
        #[test]
        fn random_interleavings_of_two_instances_lose_nothing(
            steps in proptest::collection::vec((proptest::bool::ANY, step()), 0..60),
        ) {
            use std::collections::BTreeSet;
            let start = course_with(|c| {
                c.bookmarks.push(bookmark("start", 0));
                c.notes.insert("m/start".into(), note("start"));
            });
            let mut disk = start.clone();
            let seen_at_start = BTreeSet::from(["start".to_string()]);
            let mut instances = [0, 1].map(|_| Instance {
                base: start.clone(),
                mine: start.clone(),
                seen: seen_at_start.clone(),
            });
            // Note texts: every one written per item, the ones on disk so far, the
            // ones deleted (held by the deleting instance), the last step per item.
            let mut written: BTreeMap<String, BTreeSet<String>> =
                BTreeMap::from([("m/start".to_string(), seen_at_start.clone())]);
            let mut disk_seen = seen_at_start;
            let mut killed = BTreeSet::new();
            let mut last: BTreeMap<String, LastNoteStep> =
                BTreeMap::from([("m/start".to_string(), LastNoteStep::Written("start".into()))]);
            let (mut added, mut deleted) = (BTreeSet::from(["start".to_string()]), BTreeSet::new());
            let mut attempts = BTreeSet::new();
            for (n, (which, step)) in steps.into_iter().enumerate() {
                let inst = &mut instances[usize::from(which)];
                let c = inst.mine.courses.get_mut("c").unwrap();
                match step {
                    Step::AddBookmark => {
                        let item = format!("b{n}");
                        c.bookmarks.push(bookmark(&item, n as u64));
                        added.insert(item);
                    }
                    Step::DeleteBookmark(i) if !c.bookmarks.is_empty() => {
                        let b = c.bookmarks.remove(i % c.bookmarks.len());
                        deleted.insert(b.item);
                    }
                    Step::AddNote | Step::EditNote(_) => {
                        let key = match step {
                            Step::EditNote(i) if !c.notes.is_empty() => {
                                c.notes.keys().nth(i % c.notes.len()).unwrap().clone()
                            }
                            Step::EditNote(_) => continue,
                            _ => format!("m/n{n}"),
                        };
                        // A new text each time, saved later than every one before.
                        let text = format!("v{n}");
                        c.notes.insert(key.clone(), note_at(&text, n as u64 + 1));
                        written.entry(key.clone()).or_default().insert(text.clone());
                        inst.seen.insert(text.clone());
                        last.insert(key, LastNoteStep::Written(text));
                    }
                    Step::DeleteNote(i) if !c.notes.is_empty() => {
                        let key = c.notes.keys().nth(i % c.notes.len()).unwrap().clone();
                        let held = c.notes.remove(&key).unwrap();
                        killed.insert(held.text);
                        let knew_all = written[&key].is_subset(&inst.seen);
                        last.insert(key, if knew_all {
                            LastNoteStep::DeletedKnowingAll
                        } else {
                            LastNoteStep::DeletedUnaware
                        });
                    }
                    Step::FinishAttempt => {
                        let mut a: Attempt = serde_json::from_value(attempt("m", "q", 1, 2, 1)).unwrap();
                        a.id = Some(format!("a{n}"));
                        c.attempts.push(a);
                        attempts.insert(format!("a{n}"));
                    }
                    Step::Save => {
                        let merged = merge_since(&inst.base, disk.clone(), inst.mine.clone());
                        disk = merged.clone();
                        inst.base = merged.clone();
                        inst.mine = merged;
                        disk_seen.extend(inst.seen.iter().cloned());
                        inst.seen.clone_from(&disk_seen);
                    }
                    Step::DeleteBookmark(_) | Step::DeleteNote(_) => {}
                }
            }
            // Both quit (each saves), in either order.
            for inst in &mut instances {
                disk = merge_since(&inst.base, disk.clone(), inst.mine.clone());
            }
            let c = &disk.courses["c"];
            let kept: Vec<&String> = added.difference(&deleted).collect();
            let got: Vec<&String> = c.bookmarks.iter().map(|b| &b.item).collect();
            let got_set: BTreeSet<&String> = got.iter().copied().collect();
            proptest::prop_assert_eq!(got.len(), got_set.len(), "each bookmark once");
            proptest::prop_assert_eq!(got_set, kept.into_iter().collect::<BTreeSet<_>>());
            // Notes: nothing invented or brought back; a note last written keeps
            // that text (an edit wins over a deletion that did not see it, and is
            // the latest); one last deleted by an instance that had seen all its
            // texts is gone.
            for key in c.notes.keys() {
                proptest::prop_assert!(written.contains_key(key), "{} invented", key);
            }
            for (key, step) in &last {
                let got = c.notes.get(key).map(|n| n.text.as_str());
                if let Some(text) = got {
                    proptest::prop_assert!(written[key].contains(text), "{}: {} invented", key, text);
                    proptest::prop_assert!(!killed.contains(text), "{}: deleted {} is back", key, text);
                }
                match step {
                    LastNoteStep::Written(text) => {
                        proptest::prop_assert_eq!(got, Some(text.as_str()), "{} lost its last edit", key);
                    }
                    LastNoteStep::DeletedKnowingAll => {
                        proptest::prop_assert_eq!(got, None, "{} was deleted", key);
                    }
                    LastNoteStep::DeletedUnaware => {}
                }
            }
            let ids: Vec<&str> = c.attempts.iter().filter_map(|a| a.id.as_deref()).collect();
            proptest::prop_assert_eq!(ids.len(), attempts.len(), "each attempt once");
            proptest::prop_assert_eq!(
                ids.into_iter().collect::<BTreeSet<_>>(),
                attempts.iter().map(String::as_str).collect::<BTreeSet<_>>()
            );
        }
    }
}
