//! The warnings of `amphi check`: what is legal but likely wrong.
//!
//! A warning does not make a course invalid (the learner can open it, and
//! `amphi check` still exits with 0); it points at what an author probably did not
//! mean. Warnings are located like errors, at the line of the offending key. The
//! list, with its thresholds, is in `docs/course-format.md` (section *Warnings*):
//!
//! - a lesson with no words (only markup or punctuation; an empty body is an
//!   error already) or that still holds a placeholder (`TODO`, `TBD`, `FIXME`);
//! - a quiz in which no question has an explanation;
//! - a module longer than [`LONG_MODULE_ITEMS`] items or [`LONG_MODULE_WORDS`] words;
//! - a glossary term that no lesson or interview uses (neither the term nor one of
//!   its aliases, found as [`crate::glossary::Matcher`] finds them on screen);
//! - images (`![alt](path)` in a lesson): a remote address (never fetched), a
//!   path that leaves the course folder, a file that is missing, and one that is
//!   not a PNG, JPEG or GIF amphi can draw (SVG included), or is too large; each
//!   shows its alt text to learners ([`image_warnings`], which reads the files);
//! - math: a `$$` or `\[` that opens display math and never closes, and a formula
//!   amphi cannot draw (an unknown command, an environment…), which learners see
//!   as its TeX source ([`crate::text::math`]). In a lesson it is placed at its
//!   own line and column (in the `body_file`, or in a `body: |` block); in other
//!   texts at their key.

use crate::course::yaml::Locator;
use crate::course::{Item, Loaded, Module, Problem, in_literal_body, line_col};
use crate::i18n::Message;

/// A module with more items than this is reported as long.
pub const LONG_MODULE_ITEMS: usize = 20;

/// A module with more words than this (lesson text, interview turns, quiz
/// prompts, choices and explanations) is reported as long: at about 200 words a
/// minute, half an hour of reading.
pub const LONG_MODULE_WORDS: usize = 6000;

/// Words that mark text as not written yet, matched as whole words in capitals.
pub const PLACEHOLDERS: [&str; 3] = ["TODO", "TBD", "FIXME"];

/// Every warning about the course in `loaded`, in course order.
///
/// Only the modules that could be read are looked at, so a course with errors
/// gets the warnings of its readable parts; the glossary's unused terms are only
/// looked for in a course without errors (a module that could not be read may be
/// where a term is used).
pub fn warnings(loaded: &Loaded) -> Vec<Problem> {
    let mut out = Vec::new();
    for (module, (file, src)) in loaded.course.modules.iter().zip(&loaded.sources) {
        module_warnings(module, file, src, &mut out);
    }
    // Offered files missing from the folder, found by the loader.
    out.extend(loaded.missing.iter().cloned());
    if let Some((file, src)) = &loaded.glossary_source
        && loaded.problems.is_empty()
    {
        glossary_warnings(loaded, file, src, &mut out);
    }
    out
}

/// Warnings about the images of the course's lessons (see the module
/// documentation): each located at the image's own line and column, like math.
/// Reads the image files from `files` (their headers only are decoded).
pub fn image_warnings(loaded: &Loaded, files: &dyn crate::course::CourseFiles) -> Vec<Problem> {
    let mut out = Vec::new();
    for (module, (file, src)) in loaded.course.modules.iter().zip(&loaded.sources) {
        let loc = Locator::new(src);
        let blocks = loc.entries_or_rest(loc.root(), "items", module.items.len());
        for (item, &block) in module.items.iter().zip(&blocks) {
            match item {
                Item::Lesson(lesson) => {
                    for (image, problem) in image_problems(&lesson.body, files) {
                        let shown = crate::text::sanitize_line(&image.dest);
                        let message = Message::new("lint-image-in-lesson")
                            .arg("lesson", &lesson.id)
                            .arg("image", shown)
                            .arg("problem", problem);
                        out.push(match &lesson.body_file {
                            Some(path) => Problem::new(path.clone(), message)
                                .at(Some(line_col(&lesson.body, image.at))),
                            None => {
                                let key = loc.key(block, "body");
                                let at = key
                                    .and_then(|k| in_literal_body(src, k, &lesson.body, image.at));
                                Problem::new(file.clone(), message).at(at.or(key))
                            }
                        });
                    }
                }
                Item::Quiz(quiz) if !quiz.groups.is_empty() => {
                    // Each group is a `kind: group` entry of the quiz's questions,
                    // in order; when the text and the model disagree (flow style),
                    // the quiz's own place is given.
                    let entries: Vec<_> = loc
                        .entries(block, "questions")
                        .into_iter()
                        .filter(|&e| loc.key_value(e, "kind", "group").is_some())
                        .collect();
                    for (n, group) in quiz.groups.iter().enumerate() {
                        let gblock = entries
                            .get(n)
                            .copied()
                            .filter(|_| entries.len() == quiz.groups.len());
                        for (image, problem) in image_problems(&group.stimulus, files) {
                            let shown = crate::text::sanitize_line(&image.dest);
                            let message = Message::new("lint-image-in-stimulus")
                                .arg("quiz", &quiz.id)
                                .arg("group", &group.id)
                                .arg("image", shown)
                                .arg("problem", problem);
                            let key = gblock.and_then(|g| loc.key(g, "stimulus"));
                            let at = key
                                .and_then(|k| in_literal_body(src, k, &group.stimulus, image.at))
                                .or(key)
                                .or_else(|| loc.key_value(block, "id", &quiz.id));
                            out.push(Problem::new(file.clone(), message).at(at));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The images of the markdown `text` that cannot be shown, each with why (in
/// words that follow the image's address).
fn image_problems(
    text: &str,
    files: &dyn crate::course::CourseFiles,
) -> Vec<(crate::course::images::ImageRef, Message)> {
    use crate::course::images::{Place, place, probe, refs};
    let mut out = Vec::new();
    let unshown = |why: Message| Message::new("lint-image-unshown").arg("why", why);
    for image in refs(text) {
        let problem = match place(&image.dest) {
            Place::Remote => Message::new("lint-image-remote"),
            Place::Refused(why) => unshown(why),
            Place::Local(path) => match files.read(&path) {
                Err(e) => unshown(crate::course::file_message(&e)),
                Ok(bytes) => match probe(&bytes) {
                    Ok(_) => continue,
                    Err(e) => unshown(e),
                },
            },
        };
        out.push((image, problem));
    }
    out
}

/// Glossary terms used nowhere: underlined nowhere and listed for nothing.
fn glossary_warnings(loaded: &Loaded, file: &str, src: &str, out: &mut Vec<Problem>) {
    let entries = &loaded.course.glossary;
    let matcher = crate::glossary::Matcher::new(entries);
    let mut used = vec![false; entries.len()];
    for (_, _, _, item) in loaded.course.items() {
        let texts: Vec<&str> = match item {
            Item::Lesson(l) => vec![l.body.as_str()],
            Item::Interview(iv) => iv.turns.iter().map(|t| t.text.as_str()).collect(),
            Item::Quiz(_) => Vec::new(),
            Item::Video(v) => v.cues.iter().map(|c| c.text.as_str()).collect(),
        };
        for text in texts {
            for found in matcher.find(text) {
                if let Some(u) = used.get_mut(found.entry) {
                    *u = true;
                }
            }
        }
    }
    let loc = Locator::new(src);
    let blocks = loc.entries_or_rest(loc.root(), "terms", entries.len());
    for ((entry, used), block) in entries.iter().zip(used).zip(blocks) {
        for (_, message) in math_problems(&entry.definition) {
            out.push(
                Problem::new(
                    file,
                    Message::new("lint-in-term")
                        .arg("term", &entry.term)
                        .arg("message", message),
                )
                .at(loc.key(block, "definition")),
            );
        }
        if !used {
            out.push(
                Problem::new(
                    file,
                    Message::new("lint-term-unused").arg("term", &entry.term),
                )
                .at(loc.key(block, "term")),
            );
        }
    }
}

fn module_warnings(module: &Module, file: &str, src: &str, out: &mut Vec<Problem>) {
    let loc = Locator::new(src);
    let root = loc.root();
    let words: usize = module.items.iter().map(item_words).sum();
    if module.items.len() > LONG_MODULE_ITEMS || words > LONG_MODULE_WORDS {
        out.push(
            Problem::new(
                file,
                Message::new("lint-long-module")
                    .arg("id", &module.id)
                    .arg("items", module.items.len())
                    .arg("words", words)
                    .arg("max_items", LONG_MODULE_ITEMS)
                    .arg("max_words", LONG_MODULE_WORDS),
            )
            .at(loc.key(root, "id").or_else(|| loc.key(root, "items"))),
        );
    }
    let blocks = crate::course::item_blocks(&loc, module);
    for (item, &block) in module.items.iter().zip(&blocks) {
        let id = item.id();
        let at_id = || {
            loc.key_value(block, "id", id)
                .or_else(|| loc.key(block, "id"))
        };
        match item {
            Item::Lesson(lesson) => {
                let at = || {
                    loc.key(block, "body")
                        .or_else(|| loc.key(block, "body_file"))
                        .or_else(at_id)
                };
                if !lesson.body.trim().is_empty() && count_words(&lesson.body) == 0 {
                    out.push(
                        Problem::new(file, Message::new("lint-lesson-no-words").arg("id", id))
                            .at(at()),
                    );
                } else if let Some(marker) = placeholder(&lesson.body) {
                    out.push(
                        Problem::new(
                            file,
                            Message::new("lint-placeholder")
                                .arg("id", id)
                                .arg("marker", marker),
                        )
                        .at(at()),
                    );
                }
            }
            Item::Quiz(quiz) => {
                let explained = quiz
                    .questions
                    .iter()
                    .any(|q| !q.explanation.trim().is_empty());
                if !quiz.questions.is_empty() && !explained {
                    out.push(
                        Problem::new(file, Message::new("lint-no-explanation").arg("id", id))
                            .at(at_id()),
                    );
                }
            }
            Item::Interview(_) | Item::Video(_) => {}
        }
        math_item_warnings(item, (file, src), &loc, block, out);
    }
}

/// What is wrong with the math of `text`: (byte offset, message) for an opening
/// `$$` or `\[` that never closes and for each formula that cannot be drawn.
fn math_problems(text: &str) -> Vec<(usize, Message)> {
    use crate::text::math;
    let mut out = Vec::new();
    for f in math::find(text) {
        let tex = &text[f.tex.clone()];
        let drawn = if f.display {
            math::display(tex).map(|_| ())
        } else {
            math::inline(tex).map(|_| ())
        };
        if let Err(e) = drawn {
            // The reason is the math layout's own words (src/text/math.rs).
            out.push((
                f.range.start,
                Message::new("lint-math-source").arg("why", e.to_string()),
            ));
        }
    }
    if let Some(at) = math::unclosed_display(text) {
        let opener = if text[at..].starts_with('$') {
            "$$"
        } else {
            "\\["
        };
        out.push((at, Message::new("lint-math-unclosed").arg("opener", opener)));
    }
    out.sort_by_key(|(at, _)| *at);
    out
}

/// Math warnings of `item` (see [`math_problems`]).
fn math_item_warnings(
    item: &Item,
    (file, src): (&str, &str),
    loc: &Locator,
    block: crate::course::yaml::Block,
    out: &mut Vec<Problem>,
) {
    let id = item.id();
    match item {
        Item::Lesson(lesson) => {
            for (at, message) in math_problems(&lesson.body) {
                let message = Message::new("lint-in-lesson")
                    .arg("id", id)
                    .arg("message", message);
                let problem = match &lesson.body_file {
                    Some(path) => {
                        Problem::new(path.clone(), message).at(Some(line_col(&lesson.body, at)))
                    }
                    None => {
                        let key = loc.key(block, "body");
                        let place = key.and_then(|k| in_literal_body(src, k, &lesson.body, at));
                        Problem::new(file, message).at(place.or(key))
                    }
                };
                out.push(problem);
            }
        }
        Item::Interview(iv) => {
            for turn in &iv.turns {
                for (_, message) in math_problems(&turn.text) {
                    out.push(
                        Problem::new(
                            file,
                            Message::new("lint-in-interview")
                                .arg("id", id)
                                .arg("message", message),
                        )
                        .at(loc.key(block, "turns")),
                    );
                }
            }
        }
        Item::Quiz(quiz) => {
            let blocks = loc.entries_or_rest(block, "questions", quiz.questions.len());
            for (q, &qb) in quiz.questions.iter().zip(&blocks) {
                let mut texts: Vec<(&str, &str)> =
                    vec![("prompt", &q.prompt), ("explanation", &q.explanation)];
                texts.extend(q.choice_feedback.values().map(|f| ("feedback", f.as_str())));
                texts.extend(q.missed_feedback.values().map(|f| ("missed", f.as_str())));
                // The choices, for a kind with choices (their texts are shown
                // with their formulas as Unicode).
                let choices: Vec<String> = crate::quiz::kind_of(&q.key, |k| {
                    (0..k.choices().unwrap_or(0))
                        .filter_map(|i| k.choice(i).map(str::to_string))
                        .collect()
                });
                texts.extend(choices.iter().map(|c| ("choices", c.as_str())));
                for (key, text) in texts {
                    for (_, message) in math_problems(text) {
                        out.push(
                            Problem::new(
                                file,
                                Message::new("lint-in-question")
                                    .arg("quiz", id)
                                    .arg("question", &q.id)
                                    .arg("message", message),
                            )
                            .at(loc.key(qb, key).or_else(|| loc.key(qb, "id"))),
                        );
                    }
                }
            }
        }
        // Transcripts are plain words: no math is drawn in them.
        Item::Video(_) => {}
    }
}

/// The words a learner reads in `item`.
fn item_words(item: &Item) -> usize {
    match item {
        Item::Lesson(l) => count_words(&l.body),
        Item::Interview(iv) => iv.turns.iter().map(|t| count_words(&t.text)).sum(),
        Item::Video(v) => v.cues.iter().map(|c| count_words(&c.text)).sum(),
        Item::Quiz(q) => q
            .questions
            .iter()
            .map(|q| {
                let key = crate::quiz::kind_of(&q.key, |k| k.words());
                count_words(&q.prompt) + count_words(&q.explanation) + key
            })
            .sum(),
    }
}

pub use crate::text::count_words;

/// The first placeholder marker written as a whole word in `text`.
fn placeholder(text: &str) -> Option<&'static str> {
    text.split(|c: char| !c.is_alphanumeric())
        .find_map(|w| PLACEHOLDERS.iter().find(|&&p| p == w).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_need_a_letter_or_a_digit() {
        assert_eq!(count_words("# Title\n\n---\n\n* * *"), 1);
        assert_eq!(count_words("  "), 0);
        assert_eq!(count_words("One, two — 3."), 3);
    }

    #[test]
    fn placeholders_are_whole_words_in_capitals() {
        assert_eq!(placeholder("Write this. TODO"), Some("TODO"));
        assert_eq!(placeholder("(FIXME: numbers)"), Some("FIXME"));
        assert_eq!(placeholder("todo list, TODOS, Todo"), None);
    }
}
