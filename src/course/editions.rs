//! Courses in several languages: an original course names its editions
//! (`editions:` in its `course.yaml`), each a whole course in a folder inside the
//! original's, with the same `id` and `edition_of: <that id>`.
//!
//! Progress is stored under the course id and the module, item and question ids,
//! so an edition that keeps every id of its original shares the learner's read
//! marks, attempts, bookmarks and notes: switching language loses nothing. This
//! module reads an edition through the original's files ([`SubFiles`]), checks
//! the manifest's `editions` and `edition_of` ([`check_manifest`]), and compares an
//! edition with its original ([`compare`]) for `amphi check`.

use std::collections::{HashMap, HashSet};

use super::files::{CourseFiles, safe_components};
use super::model::{AnswerKey, Course, Item, Question};
use super::problem::Problem;
use super::yaml::Locator;
use crate::i18n::Message;

/// The files of a folder inside another source of course files: an edition's
/// folder inside its original's. Paths are checked like any course path, then
/// read under `prefix` from the outer source `inner` (a reference, or a shared
/// [`EditionFiles`] pointer), so an edition can no more leave the original's
/// folder than the original can.
pub struct SubFiles<I> {
    inner: I,
    prefix: String,
}

/// [`SubFiles`] owning its shared outer source: what the app keeps to read an
/// edition's images while it runs (the outer source is the original's files,
/// shared with the thread that prepares texts).
pub type EditionFiles = SubFiles<std::sync::Arc<dyn CourseFiles + Send + Sync>>;

impl<I> SubFiles<I> {
    /// The folder `folder` (as written in `editions`, relative) of `inner`.
    ///
    /// # Errors
    /// The message of [`safe_components`] when `folder` is not a safe relative path.
    pub fn new(inner: I, folder: &str) -> Result<Self, String> {
        let prefix = safe_components(folder)?.join("/");
        Ok(SubFiles { inner, prefix })
    }

    fn full(&self, path: &str) -> Result<String, String> {
        Ok(format!(
            "{}/{}",
            self.prefix,
            safe_components(path)?.join("/")
        ))
    }
}

impl<I, F> CourseFiles for SubFiles<I>
where
    I: std::ops::Deref<Target = F>,
    F: CourseFiles + ?Sized,
{
    fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        self.inner.read(&self.full(path)?)
    }

    fn display(&self, path: &str) -> String {
        self.inner.display(&format!("{}/{path}", self.prefix))
    }

    fn size(&self, path: &str) -> Result<u64, String> {
        self.inner.size(&self.full(path)?)
    }
}

/// The folder of `course`'s edition in `language` (a tag such as `fr` or
/// `fr-CA`; only its primary part is compared, case-blind), or `None` when the
/// course's own language is that one or it has no such edition.
pub fn edition_folder<'c>(course: &'c Course, language: &str) -> Option<&'c str> {
    let want = primary(language);
    if want.is_empty() || primary(&course.info.language) == want {
        return None;
    }
    course
        .info
        .editions
        .iter()
        .find(|e| primary(&e.language) == want)
        .map(|e| e.folder.as_str())
}

/// The primary subtag of a language tag or locale, lower-cased: `fr` for `fr`,
/// `fr-CA`, `fr_FR.UTF-8` and `FR`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Checks the `editions` and `edition_of` of the manifest `(name, text)` of
/// `course`: each edition's folder a safe relative path, languages written,
/// distinct and other than the course's own, and an edition naming its own id.
pub(super) fn check_manifest(course: &Course, manifest: &(String, String)) -> Vec<Problem> {
    let (name, src) = manifest;
    let info = &course.info;
    let loc = Locator::new(src);
    let root = loc.root();
    let mut out = Vec::new();
    if let Some(of) = &info.edition_of {
        let at = loc.key(root, "edition_of");
        if *of != info.id {
            out.push(
                Problem::new(
                    name,
                    Message::new("edition-of-not-id")
                        .arg("of", of)
                        .arg("id", &info.id),
                )
                .at(at),
            );
        }
        if !info.editions.is_empty() {
            out.push(
                Problem::new(name, Message::new("edition-lists-editions"))
                    .at(loc.key(root, "editions")),
            );
        }
        if info.language.trim().is_empty() {
            out.push(Problem::new(name, Message::new("edition-needs-language")).at(at));
        }
    }
    if info.editions.is_empty() {
        return out;
    }
    if info.language.trim().is_empty() {
        out.push(
            Problem::new(name, Message::new("edition-original-needs-language"))
                .at(loc.key(root, "editions")),
        );
    }
    let blocks = loc.entries_or_rest(root, "editions", info.editions.len());
    let mut languages: HashSet<String> = HashSet::from([primary(&info.language)]);
    let mut folders = HashSet::new();
    for (edition, &block) in info.editions.iter().zip(&blocks) {
        let lang_at = loc
            .key_value(block, "language", &edition.language)
            .or_else(|| loc.key(block, "language"));
        let folder_at = loc
            .key_value(block, "folder", &edition.folder)
            .or_else(|| loc.key(block, "folder"));
        let lang = primary(&edition.language);
        if lang.is_empty() {
            out.push(Problem::new(name, Message::new("edition-language-empty")).at(lang_at));
        } else if !languages.insert(lang.clone()) {
            out.push(
                Problem::new(
                    name,
                    Message::new("edition-language-taken").arg("language", &edition.language),
                )
                .at(lang_at),
            );
        }
        match safe_components(&edition.folder) {
            Err(e) => out.push(
                Problem::new(
                    name,
                    Message::new("edition-folder-bad")
                        .arg("folder", &edition.folder)
                        .arg("error", e),
                )
                .at(folder_at),
            ),
            Ok(parts) => {
                if !folders.insert(parts.join("/")) {
                    out.push(
                        Problem::new(
                            name,
                            Message::new("edition-folder-twice").arg("folder", &edition.folder),
                        )
                        .at(folder_at),
                    );
                }
            }
        }
    }
    out
}

/// How an edition differs from its original, for `amphi check`.
#[derive(Debug, Default)]
pub struct Differences {
    /// What makes the two disagree on the learner's progress: a module, item or
    /// question whose kind differs, a question whose right answer differs (or
    /// whose number of items, pairs or blanks does), an id or language that does
    /// not match.
    pub errors: Vec<Problem>,
    /// What the edition lacks or adds: ids of the original missing from it
    /// (their progress is not shown in the edition), ids it has that the original
    /// has not, glossary ids missing or added, a glossary of another length
    /// (counting the terms without an id).
    pub warnings: Vec<Problem>,
}

/// One edition as read: the course, its manifest and module sources as (name
/// shown, text), as [`super::Loaded`] holds them.
pub struct EditionSource<'a> {
    /// The edition's course.
    pub course: &'a Course,
    /// Its `course.yaml`.
    pub manifest: &'a (String, String),
    /// Each module's file, in the order of `course.modules`.
    pub sources: &'a [(String, String)],
    /// Its `glossary.yaml`, when it has one.
    pub glossary: Option<&'a (String, String)>,
}

/// Where `id: <id>` is written in `src` from line `from` on (1-based), as
/// (line, column): the first such line, or `None`.
fn id_line(src: &str, id: &str, from: usize) -> Option<(usize, usize)> {
    src.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find_map(|(i, line)| {
            let t = line.trim_start().trim_start_matches("- ").trim_start();
            let v = t.strip_prefix("id:")?.trim();
            let v = v.trim_matches(['"', '\'']);
            (v == id).then(|| (i + 1, line.len() - line.trim_start().len() + 1))
        })
}

/// The right answer of `q` in a form that does not depend on the language:
/// the right choices by position, the true or false, the numbers accepted with
/// their credit, how many items, pairs or blanks; `None` for answers written
/// as text (which a translation rewords) and for reflections.
fn language_free_answer(q: &Question) -> Option<String> {
    match &q.key {
        AnswerKey::SingleChoice { .. } | AnswerKey::MultipleChoice { .. } => q
            .key
            .choices_and_right()
            .map(|(n, right)| format!("{n} choices, right: {right:?}")),
        AnswerKey::TrueFalse { answer } => Some(answer.to_string()),
        AnswerKey::Numeric { answers, .. } => Some(
            answers
                .iter()
                .map(|a| format!("{:?} {}", a.value, a.credit))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        AnswerKey::Ordering { items } => Some(format!("{} items", items.len())),
        AnswerKey::Matching { pairs } => Some(format!("{} pairs", pairs.len())),
        AnswerKey::FillBlanks { blanks, .. } => Some(format!("{} blanks", blanks.len())),
        AnswerKey::ShortAnswer { .. } | AnswerKey::Reflection { .. } => None,
    }
}

/// Compares `edition` with `original`: every module, item and question id of
/// one should be in the other, with the same kind and the same right answer
/// (choices by position, numbers by value); objectives and sections by id.
/// Problems are placed in the edition's files.
pub fn compare(original: &Course, edition: &EditionSource<'_>) -> Differences {
    let mut d = Differences::default();
    let ed = edition.course;
    let (mname, msrc) = edition.manifest;
    let mloc = Locator::new(msrc);
    if ed.info.id != original.info.id {
        d.errors.push(
            Problem::new(
                mname,
                Message::new("edition-id-differs")
                    .arg("id", &ed.info.id)
                    .arg("original", &original.info.id),
            )
            .at(mloc.key(mloc.root(), "id")),
        );
    }
    let modules_at = mloc.key(mloc.root(), "modules");
    let ed_modules: HashMap<&str, usize> = ed
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let orig_modules: HashSet<&str> = original.modules.iter().map(|m| m.id.as_str()).collect();
    for om in &original.modules {
        let Some(&mi) = ed_modules.get(om.id.as_str()) else {
            d.warnings.push(
                Problem::new(
                    mname,
                    Message::new("edition-module-missing").arg("module", &om.id),
                )
                .at(modules_at),
            );
            continue;
        };
        let em = &ed.modules[mi];
        let (file, src) = edition
            .sources
            .get(mi)
            .map_or((mname.as_str(), ""), |(f, s)| (f.as_str(), s.as_str()));
        let top = Some((1, 1));
        for (what, orig_ids, ed_ids) in [
            (
                "objective",
                om.objectives
                    .iter()
                    .map(|o| o.id.as_str())
                    .collect::<Vec<_>>(),
                em.objectives
                    .iter()
                    .map(|o| o.id.as_str())
                    .collect::<Vec<_>>(),
            ),
            (
                "section",
                om.sections.iter().map(|s| s.id.as_str()).collect(),
                em.sections.iter().map(|s| s.id.as_str()).collect(),
            ),
        ] {
            for id in &orig_ids {
                if !ed_ids.contains(id) {
                    d.warnings.push(
                        Problem::new(
                            file,
                            Message::new("edition-part-missing")
                                .arg("what", what)
                                .arg("id", *id)
                                .arg("module", &om.id),
                        )
                        .at(top),
                    );
                }
            }
            for id in &ed_ids {
                if !orig_ids.contains(id) {
                    d.warnings.push(
                        Problem::new(
                            file,
                            Message::new("edition-part-extra")
                                .arg("what", what)
                                .arg("id", *id)
                                .arg("module", &om.id),
                        )
                        .at(id_line(src, id, 1).or(top)),
                    );
                }
            }
        }
        compare_items(om, em, file, src, &mut d);
    }
    for em in &ed.modules {
        if !orig_modules.contains(em.id.as_str()) {
            let at = edition
                .sources
                .iter()
                .find(|(f, _)| f.ends_with(&em.file))
                .and_then(|(_, s)| id_line(s, &em.id, 1));
            let file = edition
                .sources
                .iter()
                .find(|(f, _)| f.ends_with(&em.file))
                .map_or(mname.clone(), |(f, _)| f.clone());
            d.warnings.push(
                Problem::new(
                    file,
                    Message::new("edition-module-extra").arg("module", &em.id),
                )
                .at(at),
            );
        }
    }
    compare_glossaries(original, edition, &mut d);
    d
}

/// Compares the glossary of `edition` with `original`'s: entries with an `id`
/// by id (an id of the original missing from the edition, or one the original
/// has not, is a warning, like items), the entries without one by their number
/// (translated terms cannot be matched by their words).
fn compare_glossaries(original: &Course, edition: &EditionSource<'_>, d: &mut Differences) {
    let ed = edition.course;
    let (mname, _) = edition.manifest;
    let (gname, gsrc) = match edition.glossary {
        Some((n, s)) => (n.clone(), s.as_str()),
        None => (mname.clone(), ""),
    };
    let gloc = Locator::new(gsrc);
    let terms_at = edition
        .glossary
        .and_then(|_| gloc.key(gloc.root(), "terms"));
    let with_ids = |c: &Course| -> Vec<String> {
        c.glossary
            .iter()
            .filter(|e| !e.id.is_empty())
            .map(|e| e.id.clone())
            .collect()
    };
    let (orig_ids, ed_ids) = (with_ids(original), with_ids(ed));
    // Ids of one side the other lacks: missing from the edition (placed at its
    // `terms`), or extra in it (placed at the id's own line).
    let sides = [
        (
            original,
            &orig_ids,
            &ed_ids,
            "edition-glossary-id-missing",
            false,
        ),
        (ed, &ed_ids, &orig_ids, "edition-glossary-id-extra", true),
    ];
    for (course, ids, others, message, in_edition) in sides {
        for id in ids.iter().filter(|id| !others.contains(id)) {
            let term = course
                .glossary
                .iter()
                .find(|e| e.id == *id)
                .map_or("", |e| e.term.as_str());
            let at = if in_edition {
                id_line(gsrc, id, 1).or(terms_at)
            } else {
                terms_at
            };
            d.warnings.push(
                Problem::new(
                    gname.clone(),
                    Message::new(message).arg("id", id).arg("term", term),
                )
                .at(at),
            );
        }
    }
    let no_id = |c: &Course| c.glossary.iter().filter(|e| e.id.is_empty()).count();
    let (orig_rest, ed_rest) = (no_id(original), no_id(ed));
    if orig_rest == ed_rest {
        return;
    }
    let id = if orig_ids.is_empty() && ed_ids.is_empty() {
        "edition-glossary-count"
    } else {
        "edition-glossary-count-no-id"
    };
    let message = Message::new(id)
        .arg("count", ed_rest)
        .arg("original", orig_rest);
    d.warnings.push(Problem::new(gname, message).at(terms_at));
}

/// Compares the items (and their questions) of module `om` of the original with
/// those of `em` of the edition, whose file is `file` with text `src`.
fn compare_items(
    om: &super::model::Module,
    em: &super::model::Module,
    file: &str,
    src: &str,
    d: &mut Differences,
) {
    let ed_items: HashMap<&str, &Item> = em.items.iter().map(|i| (i.id(), i)).collect();
    let orig_items: HashSet<&str> = om.items.iter().map(Item::id).collect();
    let module_line = id_line(src, &em.id, 1).or(Some((1, 1)));
    for oi in &om.items {
        let Some(ei) = ed_items.get(oi.id()) else {
            d.warnings.push(
                Problem::new(
                    file,
                    Message::new("edition-item-missing")
                        .arg("kind", oi.kind())
                        .arg("item", oi.id())
                        .arg("module", &om.id),
                )
                .at(module_line),
            );
            continue;
        };
        let item_at = id_line(src, ei.id(), 1);
        if oi.kind() != ei.kind() {
            d.errors.push(
                Problem::new(
                    file,
                    Message::new("edition-item-kind-differs")
                        .arg("item", ei.id())
                        .arg("kind", ei.kind())
                        .arg("original", oi.kind()),
                )
                .at(item_at),
            );
            continue;
        }
        let (Item::Quiz(oq), Item::Quiz(eq)) = (oi, ei) else {
            continue;
        };
        let from = item_at.map_or(1, |(l, _)| l);
        let ed_qs: HashMap<&str, &Question> =
            eq.questions.iter().map(|q| (q.id.as_str(), q)).collect();
        let orig_qs: HashSet<&str> = oq.questions.iter().map(|q| q.id.as_str()).collect();
        for q in &oq.questions {
            let Some(e) = ed_qs.get(q.id.as_str()) else {
                d.warnings.push(
                    Problem::new(
                        file,
                        Message::new("edition-question-missing")
                            .arg("question", &q.id)
                            .arg("quiz", &oq.id),
                    )
                    .at(item_at),
                );
                continue;
            };
            let at = id_line(src, &e.id, from).or(item_at);
            if q.key.kind() != e.key.kind() {
                d.errors.push(
                    Problem::new(
                        file,
                        Message::new("edition-question-kind-differs")
                            .arg("question", &e.id)
                            .arg("kind", e.key.kind())
                            .arg("original", q.key.kind()),
                    )
                    .at(at),
                );
            } else if language_free_answer(q) != language_free_answer(e) {
                d.errors.push(
                    Problem::new(
                        file,
                        Message::new("edition-answer-differs").arg("question", &e.id),
                    )
                    .at(at),
                );
            }
        }
        for e in &eq.questions {
            if !orig_qs.contains(e.id.as_str()) {
                d.warnings.push(
                    Problem::new(
                        file,
                        Message::new("edition-question-extra")
                            .arg("question", &e.id)
                            .arg("quiz", &eq.id),
                    )
                    .at(id_line(src, &e.id, from).or(item_at)),
                );
            }
        }
    }
    for ei in &em.items {
        if !orig_items.contains(ei.id()) {
            d.warnings.push(
                Problem::new(
                    file,
                    Message::new("edition-item-extra")
                        .arg("kind", ei.kind())
                        .arg("item", ei.id())
                        .arg("module", &em.id),
                )
                .at(id_line(src, ei.id(), 1)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Language, message_ids};

    /// The catalogue ids of `Message::new("…")` in `src`.
    fn ids(src: &str) -> Vec<&str> {
        src.split("Message::new(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    }

    #[test]
    fn every_edition_message_is_in_every_catalogue() {
        let mut used = ids(include_str!("editions.rs"));
        used.extend(ids(include_str!("../author/check.rs")));
        used.retain(|id| id.starts_with("edition-"));
        // Ids picked at run time (a shorthand, or one of a pair in a table).
        used.extend([
            "edition-glossary-count",
            "edition-glossary-count-no-id",
            "edition-glossary-id-missing",
            "edition-glossary-id-extra",
        ]);
        assert!(used.len() >= 25, "{used:?}");
        for lang in Language::ALL {
            let known = message_ids(lang);
            for id in &used {
                assert!(known.iter().any(|k| k == id), "{id} missing in {lang}");
            }
        }
    }
}
