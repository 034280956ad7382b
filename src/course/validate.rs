//! Semantic checks: what a well-formed YAML file can still get wrong.
//!
//! Every problem is reported, not only the first, each located at the line that
//! holds the offending key where that line can be found.

use std::collections::{HashMap, HashSet};

use super::model::{AnswerKey, Course, CourseFile, Interview, Item, Question, Quiz, Video};
use super::problem::Problem;
use super::yaml::{Block, Locator};
use crate::i18n::{Message, Value};

/// A thing of the course named by its kind and id, as messages name it:
/// `lesson `intro``, `quiz `q1`` (`kind` is `lesson`, `quiz`, `interview`,
/// `video`, `module`, `question`, `group`, `section`…; each language names it
/// in its own words).
pub(crate) fn named(kind: &str, id: &str) -> Message {
    Message::new("load-named").arg("kind", kind).arg("id", id)
}

/// `owner: message`: a problem said of one thing of the course.
pub(crate) fn about(owner: Message, message: Message) -> Message {
    Message::new("load-about")
        .arg("owner", owner)
        .arg("message", message)
}

/// Checks `course` and returns every problem found.
///
/// `manifest` is `course.yaml` as (name shown to the author, text); `modules` holds
/// the same for each module of `course.modules`, in the same order.
pub fn validate(
    course: &Course,
    manifest: &(String, String),
    modules: &[(String, String)],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let (manifest_name, manifest_src) = manifest;
    let manifest_loc = Locator::new(manifest_src);
    let root = manifest_loc.root();
    let at = |key: &str| manifest_loc.key(root, key);
    check_id(
        &course.info.id,
        "course",
        manifest_name,
        || at("id"),
        &mut out,
    );
    if course.info.title.trim().is_empty() {
        out.push(
            Problem::new(manifest_name, Message::new("load-course-title-empty")).at(at("title")),
        );
    }
    if course.info.modules.is_empty() {
        out.push(
            Problem::new(manifest_name, Message::new("load-course-no-modules")).at(at("modules")),
        );
    }
    for (list, key) in [
        (&course.info.modules, "modules"),
        (&course.info.authors, "authors"),
    ] {
        let owner = Message::new("load-the-course");
        if let Some(p) = too_many(list.len(), key, owner, manifest_name) {
            out.push(p.at(at(key)));
        }
    }

    let mut module_ids: HashMap<&str, &str> = HashMap::new();
    for (module, (file, src)) in course.modules.iter().zip(modules) {
        let loc = Locator::new(src);
        let root = loc.root();
        let module_at = loc.key(root, "id");
        check_id(&module.id, "module", file, || module_at, &mut out);
        if let Some(first) = module_ids.insert(&module.id, file) {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-duplicate-module")
                        .arg("id", &module.id)
                        .arg("first", first),
                )
                .at(module_at),
            );
        }
        if module.title.trim().is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-module-empty-title").arg("id", &module.id),
                )
                .at(loc.key(root, "title")),
            );
        }
        if module.items.is_empty() && module.sections.is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-module-no-items").arg("id", &module.id),
                )
                .at(loc.key(root, "items").or_else(|| loc.key(root, "sections"))),
            );
        }
        let owner = named("module", &module.id);
        if let Some(p) = too_many(module.sections.len(), "sections", owner.clone(), file) {
            out.push(p.at(loc.key(root, "sections")));
            continue;
        }
        if let Some(p) = too_many(module.items.len(), "items", owner, file) {
            out.push(p.at(loc.key(root, "items").or_else(|| loc.key(root, "sections"))));
            continue;
        }
        check_sections(module, file, &loc, &mut out);
        let blocks = item_blocks(&loc, module);
        // Each id with the index of the first item that has it.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (ii, (item, &block)) in module.items.iter().zip(&blocks).enumerate() {
            let id = item.id();
            // Located only for a problem: in a long flow-style list each search
            // runs through the rest of the file.
            let at = || {
                loc.key_value(block, "id", id)
                    .or_else(|| loc.key(block, "id"))
            };
            if let Some(&first) = seen.get(id) {
                // With sections, the two sections the id is in.
                let message = Message::new("load-duplicate-item")
                    .arg("id", id)
                    .arg("module", &module.id);
                let message = match (module.section_of(first), module.section_of(ii)) {
                    (Some(a), Some(b)) => Message::new("load-duplicate-item-in-sections")
                        .arg("id", id)
                        .arg("module", &module.id)
                        .arg("section", &module.sections[b].id)
                        .arg("first", &module.sections[a].id),
                    _ => message,
                };
                out.push(Problem::new(file, message).at(at()));
            } else {
                seen.insert(id, ii);
            }
            check_id(id, "item", file, at, &mut out);
            if item.title().trim().is_empty() {
                out.push(
                    Problem::new(
                        file,
                        Message::new("load-item-empty-title").arg("owner", named(item.kind(), id)),
                    )
                    .at(loc.key(block, "title").or_else(at)),
                );
            }
            match item {
                Item::Lesson(lesson) => {
                    if lesson.body.trim().is_empty() && lesson.body_file.is_none() {
                        out.push(
                            Problem::new(file, Message::new("load-lesson-no-text").arg("id", id))
                                .at(loc.key(block, "body").or_else(at)),
                        );
                    }
                }
                Item::Interview(iv) => check_interview(iv, file, &loc, block, &mut out),
                Item::Quiz(quiz) => check_quiz(quiz, file, &loc, block, &mut out),
                Item::Video(v) => check_video(v, file, &loc, block, &mut out),
            }
            check_files(
                item.files(),
                named(item.kind(), id),
                file,
                &loc,
                block,
                &mut out,
            );
        }
    }
    super::links::check(course, modules, &mut out);
    out
}

/// Checks the files an item offers (`files:`): each with a title, not too
/// many. Their paths are checked against the folder as they are looked up, by
/// the loader (`media.rs`).
fn check_files(
    files: &[CourseFile],
    owner: Message,
    file: &str,
    loc: &Locator,
    block: Block,
    out: &mut Vec<Problem>,
) {
    if let Some(p) = too_many(files.len(), "files", owner.clone(), file) {
        out.push(p.at(loc.key(block, "files")));
        return;
    }
    let blocks = loc.entries_or_rest(block, "files", files.len());
    for (f, &fblock) in files.iter().zip(&blocks) {
        if f.title.trim().is_empty() {
            out.push(
                Problem::new(
                    file,
                    about(
                        owner.clone(),
                        Message::new("load-file-empty-title").arg("path", &f.path),
                    ),
                )
                .at(loc.key(fblock, "title").or_else(|| loc.key(fblock, "path"))),
            );
        }
    }
}

/// Where each item of `module` is written in its file (`loc`), in the order of
/// [`super::model::Module::items`]: the entries of `items`, or of each section's
/// `items` in turn (see [`Locator::entries_or_rest`] for how approximate).
pub(crate) fn item_blocks(loc: &Locator, module: &super::model::Module) -> Vec<Block> {
    let root = loc.root();
    if module.sections.is_empty() {
        return loc.entries_or_rest(root, "items", module.items.len());
    }
    let sections = loc.entries_or_rest(root, "sections", module.sections.len());
    module
        .sections
        .iter()
        .zip(sections)
        .flat_map(|(section, block)| loc.entries_or_rest(block, "items", section.items.len()))
        .collect()
}

/// The sections of `module`: ids well formed and unique within the module,
/// titles written, none empty.
fn check_sections(
    module: &super::model::Module,
    file: &str,
    loc: &Locator,
    out: &mut Vec<Problem>,
) {
    let blocks = loc.entries_or_rest(loc.root(), "sections", module.sections.len());
    let mut seen = HashSet::new();
    for (section, &block) in module.sections.iter().zip(&blocks) {
        let id = section.id.as_str();
        let at = || {
            loc.key_value(block, "id", id)
                .or_else(|| loc.key(block, "id"))
        };
        check_id(id, "section", file, at, out);
        if !seen.insert(id) {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-duplicate-section")
                        .arg("id", id)
                        .arg("module", &module.id),
                )
                .at(at()),
            );
        }
        if section.title.trim().is_empty() {
            out.push(
                Problem::new(file, Message::new("load-section-empty-title").arg("id", id))
                    .at(loc.key(block, "title").or_else(at)),
            );
        }
        if section.items.is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-section-no-items")
                        .arg("id", id)
                        .arg("module", &module.id),
                )
                .at(loc.key(block, "items").or_else(at)),
            );
        }
    }
}

/// Checks a video: exactly one of `file` and `url`, and an address amphi may
/// hand to a player (`http://` or `https://` with a host, no spaces).
fn check_video(v: &Video, file: &str, loc: &Locator, block: Block, out: &mut Vec<Problem>) {
    let id = &v.id;
    match (&v.file, &v.url) {
        (Some(_), Some(_)) => out.push(
            Problem::new(file, Message::new("load-video-file-and-url").arg("id", id))
                .at(loc.key(block, "url")),
        ),
        (None, None) => out.push(
            Problem::new(
                file,
                Message::new("load-video-no-file-or-url").arg("id", id),
            )
            .at(loc
                .key_value(block, "id", id)
                .or_else(|| loc.key(block, "id"))),
        ),
        (None, Some(url)) if !is_web_address(url) => out.push(
            Problem::new(
                file,
                Message::new("load-video-bad-url")
                    .arg("id", id)
                    .arg("url", url),
            )
            .at(loc.key(block, "url")),
        ),
        _ => {}
    }
}

/// `http://host…` or `https://host…`, without white space or control characters.
pub(super) fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Most aliases one glossary term may have (100): a plural, a spelling, an
/// acronym or two are what aliases are for, and every alias is looked for in
/// every text.
pub const MAX_ALIASES: usize = 100;

/// Checks the entries of `glossary.yaml` (`src` is its text, `file` its name):
/// every term and definition written, no term or alias given twice (compared
/// ignoring case and accents, as the text is searched).
pub fn validate_glossary(
    entries: &[super::model::GlossaryEntry],
    file: &str,
    src: &str,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let loc = Locator::new(src);
    let root = loc.root();
    let owner = Message::new("load-the-glossary");
    if let Some(p) = too_many(entries.len(), "terms", owner, file) {
        return vec![p.at(loc.key(root, "terms"))];
    }
    let blocks = loc.entries_or_rest(root, "terms", entries.len());
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut ids: HashMap<&str, &str> = HashMap::new();
    for (entry, &block) in entries.iter().zip(&blocks) {
        let at = || {
            loc.key_value(block, "term", &entry.term)
                .or_else(|| loc.key(block, "term"))
        };
        let term = crate::text::sanitize_line(&entry.term);
        if entry.term.trim().is_empty() {
            out.push(Problem::new(file, Message::new("load-term-empty")).at(at()));
        }
        if !entry.id.is_empty() || loc.key(block, "id").is_some() {
            let id_at = || {
                loc.key_value(block, "id", &entry.id)
                    .or_else(|| loc.key(block, "id"))
            };
            check_id(&entry.id, "glossary", file, id_at, &mut out);
            if let Some(first) = ids.insert(entry.id.as_str(), &entry.term)
                && !entry.id.is_empty()
            {
                out.push(
                    Problem::new(
                        file,
                        Message::new("load-duplicate-glossary-id")
                            .arg("id", crate::text::sanitize_line(&entry.id))
                            .arg("first", crate::text::sanitize_line(first)),
                    )
                    .at(id_at()),
                );
            }
        }
        if entry.aliases.len() > MAX_ALIASES {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-term-too-many-aliases")
                        .arg("term", &term)
                        .arg("count", entry.aliases.len())
                        .arg("max", MAX_ALIASES),
                )
                .at(loc.key(block, "aliases").or_else(at)),
            );
            continue;
        }
        if entry.definition.trim().is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-term-empty-definition").arg("term", &term),
                )
                .at(loc.key(block, "definition").or_else(at)),
            );
        }
        for (i, name) in std::iter::once(&entry.term)
            .chain(&entry.aliases)
            .enumerate()
        {
            let key = crate::text::fold(name.trim());
            if key.is_empty() {
                if i > 0 {
                    out.push(
                        Problem::new(
                            file,
                            Message::new("load-term-empty-alias").arg("term", &term),
                        )
                        .at(loc.key(block, "aliases").or_else(at)),
                    );
                }
                continue;
            }
            if let Some(first) = seen.insert(key, &entry.term) {
                let id = if i == 0 {
                    "load-duplicate-term"
                } else {
                    "load-duplicate-alias"
                };
                let name = crate::text::sanitize_line(name);
                let first = crate::text::sanitize_line(first);
                out.push(
                    Problem::new(file, Message::new(id).arg("name", name).arg("first", first)).at(
                        if i == 0 {
                            at()
                        } else {
                            loc.key(block, "aliases").or_else(at)
                        },
                    ),
                );
            }
        }
    }
    out
}

/// Ids are keys in the progress file and appear in messages: keep them simple.
pub(super) fn check_id(
    id: &str,
    what: &str,
    file: &str,
    at: impl FnOnce() -> Option<(usize, usize)>,
    out: &mut Vec<Problem>,
) {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !ok {
        out.push(
            Problem::new(
                file,
                Message::new("load-bad-id")
                    .arg("what", what)
                    .arg("id", crate::text::sanitize_line(id)),
            )
            .at(at()),
        );
    }
}

fn check_interview(
    iv: &Interview,
    file: &str,
    loc: &Locator,
    block: Block,
    out: &mut Vec<Problem>,
) {
    for (n, key) in [
        (iv.participants.len(), "participants"),
        (iv.turns.len(), "turns"),
    ] {
        if let Some(p) = too_many(n, key, named("interview", &iv.id), file) {
            out.push(p.at(loc.key(block, key)));
            return;
        }
    }
    let mut ids = HashSet::new();
    let blocks = loc.entries_or_rest(block, "participants", iv.participants.len());
    for (p, &pblock) in iv.participants.iter().zip(&blocks) {
        let at = || {
            loc.key_value(pblock, "id", &p.id)
                .or_else(|| loc.key(pblock, "id"))
        };
        check_id(&p.id, "participant", file, at, out);
        if p.name.trim().is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-participant-empty-name")
                        .arg("id", &p.id)
                        .arg("interview", &iv.id),
                )
                .at(loc.key(pblock, "name").or_else(at)),
            );
        }
        if !ids.insert(p.id.as_str()) {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-duplicate-participant")
                        .arg("id", &p.id)
                        .arg("interview", &iv.id),
                )
                .at(at()),
            );
        }
    }
    for (value, key) in [
        (&iv.source.publication, "publication"),
        (&iv.source.date, "date"),
    ] {
        if value.trim().is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-interview-source-empty")
                        .arg("interview", &iv.id)
                        .arg("key", key),
                )
                .at(loc.key(block, "source")),
            );
        }
    }
    if iv.turns.is_empty() {
        out.push(
            Problem::new(
                file,
                Message::new("load-interview-no-turns").arg("id", &iv.id),
            )
            .at(loc.key(block, "turns")),
        );
    }
    // Named in the message about an unknown speaker: a few are enough.
    let mut known: Vec<String> = iv
        .participants
        .iter()
        .take(KNOWN_SHOWN)
        .map(|p| format!("`{}`", p.id))
        .collect();
    if iv.participants.len() > KNOWN_SHOWN {
        known.push("…".into());
    }
    let blocks = loc.entries_or_rest(block, "turns", iv.turns.len());
    for (n, (turn, &tblock)) in iv.turns.iter().zip(&blocks).enumerate() {
        if turn.text.trim().is_empty() {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-turn-no-text")
                        .arg("turn", n + 1)
                        .arg("interview", &iv.id),
                )
                .at(loc.key(tblock, "text").or(loc.key(tblock, "speaker"))),
            );
        }
        if !ids.contains(turn.speaker.as_str()) {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-unknown-speaker")
                        .arg("speaker", turn.speaker.escape_default().to_string())
                        .arg("interview", &iv.id)
                        .arg(
                            "known",
                            if known.is_empty() {
                                Value::from(Message::new("load-none-declared"))
                            } else {
                                Value::from(known.join(", "))
                            },
                        ),
                )
                .at(loc
                    .key_value(tblock, "speaker", &turn.speaker)
                    .or(loc.key(tblock, "speaker"))),
            );
        }
    }
}

/// Checks a quiz: its own settings, then each question (see [`check_question`]).
fn check_quiz(quiz: &Quiz, file: &str, loc: &Locator, block: Block, out: &mut Vec<Problem>) {
    if !check_quiz_settings(quiz, file, loc, block, out) {
        return;
    }
    let mut seen = HashSet::new();
    let blocks = if quiz.groups.is_empty() {
        loc.entries_or_rest(block, "questions", quiz.questions.len())
    } else {
        check_groups(quiz, file, loc, block, out)
    };
    for (q, &qblock) in quiz.questions.iter().zip(&blocks) {
        if !seen.insert(q.id.as_str()) {
            out.push(
                Problem::new(
                    file,
                    Message::new("load-duplicate-question")
                        .arg("id", &q.id)
                        .arg("quiz", &quiz.id),
                )
                .at(question_at(q, loc, qblock)),
            );
        }
        check_question(q, file, loc, qblock, out);
    }
}

/// Checks a quiz's groups (`kind: group` entries of `questions`): each has a
/// unique id (among groups and questions), a stimulus and at least one part.
/// Returns the block of each question of [`Quiz::questions`], the parts of a
/// group found inside its entry.
fn check_groups(
    quiz: &Quiz,
    file: &str,
    loc: &Locator,
    block: Block,
    out: &mut Vec<Problem>,
) -> Vec<Block> {
    let entries = loc.entries(block, "questions");
    let mut blocks = Vec::with_capacity(quiz.questions.len());
    let mut group_blocks = Vec::with_capacity(quiz.groups.len());
    for &entry in &entries {
        if loc.key_value(entry, "kind", "group").is_some() {
            group_blocks.push(entry);
            blocks.extend(loc.entries(entry, "questions"));
        } else {
            blocks.push(entry);
        }
    }
    if blocks.len() != quiz.questions.len() || group_blocks.len() != quiz.groups.len() {
        // The text and the model disagree (flow style, anchors): locate each
        // question by the quiz alone.
        blocks = vec![block; quiz.questions.len()];
        group_blocks = vec![block; quiz.groups.len()];
    }
    let question_ids: HashSet<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
    let mut seen = HashSet::new();
    for (g, &gblock) in quiz.groups.iter().zip(&group_blocks) {
        let at = || {
            loc.key_value(gblock, "id", &g.id)
                .or_else(|| loc.key(gblock, "id"))
        };
        let here = |msg: Message, key: &str| {
            Problem::new(file, about(named("group", &g.id), msg))
                .at(loc.key(gblock, key).or_else(at))
        };
        check_id(&g.id, "group", file, at, out);
        if question_ids.contains(g.id.as_str()) {
            out.push(here(
                Message::new("load-group-id-is-a-question")
                    .arg("id", &g.id)
                    .arg("quiz", &quiz.id),
                "id",
            ));
        } else if !seen.insert(g.id.as_str()) {
            out.push(here(
                Message::new("load-duplicate-group")
                    .arg("id", &g.id)
                    .arg("quiz", &quiz.id),
                "id",
            ));
        }
        if g.stimulus.trim().is_empty() {
            out.push(here(Message::new("load-group-empty-stimulus"), "stimulus"));
        }
        if g.questions.is_empty() {
            out.push(here(Message::new("load-group-no-questions"), "questions"));
        }
    }
    blocks
}

/// Checks a quiz's own settings: its pass mark and how many questions it has.
/// Returns whether its questions may be checked one by one (not when there are
/// over [`MAX_ENTRIES`]: see [`too_many`]).
fn check_quiz_settings(
    quiz: &Quiz,
    file: &str,
    loc: &Locator,
    block: Block,
    out: &mut Vec<Problem>,
) -> bool {
    if quiz.pass_mark > 100 {
        out.push(
            Problem::new(
                file,
                Message::new("load-pass-mark")
                    .arg("mark", quiz.pass_mark)
                    .arg("quiz", &quiz.id),
            )
            .at(loc.key(block, "pass_mark")),
        );
    }
    if quiz.questions.is_empty() {
        out.push(
            Problem::new(
                file,
                Message::new("load-quiz-no-questions").arg("id", &quiz.id),
            )
            .at(loc.key(block, "questions")),
        );
    }
    let owner = named("quiz", &quiz.id);
    if let Some(p) = too_many(quiz.questions.len(), "questions", owner, file) {
        out.push(p.at(loc.key(block, "questions")));
        return false;
    }
    true
}

/// Where question `q` (the entry at `qblock`) is named: its `id`'s line and
/// column, if found.
fn question_at(q: &Question, loc: &Locator, qblock: Block) -> Option<(usize, usize)> {
    loc.key_value(qblock, "id", &q.id)
        .or_else(|| loc.key(qblock, "id"))
}

/// Checks one question (the entry at `qblock`): what every kind shares (its id,
/// the length of its lists, its prompt), then its answer key
/// ([`check_answer_key`]) and its per-choice feedback ([`check_choice_feedback`]).
/// Its uniqueness within the quiz is [`check_quiz`]'s.
fn check_question(q: &Question, file: &str, loc: &Locator, qblock: Block, out: &mut Vec<Problem>) {
    let at = || question_at(q, loc, qblock);
    let here = |msg: Message, key: &str| {
        Problem::new(file, about(named("question", &q.id), msg))
            .at(loc.key(qblock, key).or_else(at))
    };
    check_id(&q.id, "question", file, at, out);
    if let Some((n, key)) = longest_list(&q.key)
        && let Some(p) = too_many(n, key, named("question", &q.id), file)
    {
        out.push(p.at(loc.key(qblock, key).or_else(at)));
        return;
    }
    if q.prompt.trim().is_empty() {
        out.push(here(Message::new("load-prompt-empty"), "prompt"));
    }
    check_answer_key(&q.key, &here, out);
    check_choice_feedback(q, &here, out);
    check_hints(q, loc, qblock, &here, out);
    // A reflection is never scored: points or a cost for it would mean nothing.
    if !crate::quiz::kinds::scored(&q.key) {
        for key in ["weight", "hint_cost"] {
            if loc.key(qblock, key).is_some() {
                out.push(here(
                    Message::new("load-reflection-scored").arg("key", key),
                    key,
                ));
            }
        }
    }
}

/// Checks a question's hints: `hint` and `hints` are not both given, no hint is
/// empty, and `hint_cost` is a percentage (and only with hints). `here` as for
/// [`check_answer_key`].
fn check_hints(
    q: &Question,
    loc: &Locator,
    qblock: Block,
    here: &impl Fn(Message, &str) -> Problem,
    out: &mut Vec<Problem>,
) {
    if loc.key(qblock, "hint").is_some() && loc.key(qblock, "hints").is_some() {
        out.push(here(Message::new("load-hint-and-hints"), "hints"));
    } else if let Some(n) = q.hints.iter().position(|h| h.trim().is_empty()) {
        let key = if loc.key(qblock, "hint").is_some() {
            "hint"
        } else {
            "hints"
        };
        out.push(here(
            Message::new("load-hint-empty").arg("hint", n + 1),
            key,
        ));
    }
    match q.hint_cost {
        Some(cost) if cost > 100 => out.push(here(
            Message::new("load-hint-cost").arg("cost", cost),
            "hint_cost",
        )),
        Some(_) if q.hints.is_empty() => {
            out.push(here(Message::new("load-hint-cost-no-hints"), "hint_cost"));
        }
        Some(_) | None => {}
    }
}

/// The checks of each question kind on its answer key (its choices, answers,
/// items, pairs, gaps or number), which the kind itself says
/// ([`crate::quiz::kinds`]). `here(message, key)` makes the problem, located at
/// `key` of the question.
fn check_answer_key(
    key: &AnswerKey,
    here: &impl Fn(Message, &str) -> Problem,
    out: &mut Vec<Problem>,
) {
    for (message, key) in crate::quiz::kind_of(key, |k| k.checks()) {
        out.push(here(message, key));
    }
}

/// Checks a question's per-choice `feedback`: only choice questions have it, and
/// only for choices they have. `here` as for [`check_answer_key`].
fn check_choice_feedback(
    q: &Question,
    here: &impl Fn(Message, &str) -> Problem,
    out: &mut Vec<Problem>,
) {
    match crate::quiz::kind_of(&q.key, |k| k.choices()) {
        Some(n) => {
            if let Some(bad) = q.choice_feedback.keys().find(|&&k| k == 0 || k > n) {
                out.push(here(
                    Message::new("load-feedback-choice")
                        .arg("choice", *bad)
                        .arg("count", n),
                    "feedback",
                ));
            }
        }
        None if !q.choice_feedback.is_empty() => {
            out.push(here(Message::new("load-feedback-not-choices"), "feedback"));
        }
        None => {}
    }
    check_missed_feedback(q, here, out);
}

/// Checks a question's `missed` feedback: only for choice questions, and only
/// for right choices (a wrong one cannot be missed). `here` as for
/// [`check_answer_key`].
fn check_missed_feedback(
    q: &Question,
    here: &impl Fn(Message, &str) -> Problem,
    out: &mut Vec<Problem>,
) {
    if q.missed_feedback.is_empty() {
        return;
    }
    let Some((n, right)) = q.key.choices_and_right() else {
        out.push(here(Message::new("load-missed-not-choices"), "missed"));
        return;
    };
    if let Some(bad) = q.missed_feedback.keys().find(|&&k| k == 0 || k > n) {
        out.push(here(
            Message::new("load-missed-choice")
                .arg("choice", *bad)
                .arg("count", n),
            "missed",
        ));
    } else if let Some(wrong) = q.missed_feedback.keys().find(|k| !right.contains(k)) {
        out.push(here(
            Message::new("load-missed-wrong").arg("choice", *wrong),
            "missed",
        ));
    }
}

/// Most entries any one list of a course may hold: modules, authors, items,
/// participants, turns, questions, and the lists of a question (choices, answers,
/// items to order, pairs, blanks).
pub const MAX_ENTRIES: usize = 10_000;

/// How many participant ids a message about an unknown speaker lists.
const KNOWN_SHOWN: usize = 10;

/// The problem of a list of `n` entries, the value of `key` in `owner`, when `n`
/// is over [`MAX_ENTRIES`]. Its entries are then left unchecked: the problem is
/// found in a moment, where checking and locating each entry could take long.
pub(crate) fn too_many(n: usize, key: &str, owner: Message, file: &str) -> Option<Problem> {
    (n > MAX_ENTRIES).then(|| {
        Problem::new(
            file,
            Message::new("load-too-many")
                .arg("owner", owner)
                .arg("count", n)
                .arg("key", key)
                .arg("max", MAX_ENTRIES),
        )
    })
}

/// The longest list of a question's answer key, as (entries, key in the file).
fn longest_list(key: &AnswerKey) -> Option<(usize, &'static str)> {
    let lists = crate::quiz::kind_of(key, |k| k.lists());
    lists.into_iter().max_by_key(|&(n, _)| n)
}
