//! Links from questions back to lessons (`see:`), heading slugs, and the checks of
//! those links and of learning objectives.
//!
//! A heading's slug follows GitHub's rule: the heading's text (inline markup
//! dropped) in lower case, each space turned into `-`, every character that is
//! not a letter, a digit, `-` or `_` dropped (accented letters are letters, so
//! they stay). A slug met again in the same lesson gets `-1`, then `-2`… So
//! `## Dark social: the "think" & "do"` is `dark-social-the-think--do`.

use std::collections::{HashMap, HashSet};
use std::fmt;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Deserializer};

use super::model::{Course, Item};
use super::problem::Problem;
use super::validate::{about, named};
use super::yaml::Locator;
use crate::i18n::{Message, Value};
use crate::text::sanitize_line;

/// Where a question points back to: a lesson, in its own module or another one,
/// and maybe a heading in it. Written `lesson-id`, `lesson-id#heading-slug` or
/// `module-id/lesson-id#heading-slug`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct See {
    /// The module of the lesson; `None` for the question's own module.
    pub module: Option<String>,
    /// The lesson's item id.
    pub lesson: String,
    /// The slug of a heading of the lesson; `None` for the lesson's top.
    pub heading: Option<String>,
}

impl See {
    /// Reads a link as written in a course file.
    ///
    /// # Errors
    /// A message saying what a link looks like, when `text` has an empty part, more
    /// than one `/` or more than one `#`.
    pub fn parse(text: &str) -> Result<See, Message> {
        let bad = || Message::new("load-not-a-see-link").arg("link", sanitize_line(text));
        let text = text.trim();
        let (path, heading) = match text.split_once('#') {
            Some((p, h)) if !h.is_empty() && !h.contains('#') => (p, Some(h.to_string())),
            Some(_) => return Err(bad()),
            None => (text, None),
        };
        let (module, lesson) = match path.split_once('/') {
            Some((m, l)) if !m.is_empty() && !l.contains('/') => (Some(m.to_string()), l),
            Some(_) => return Err(bad()),
            None => (None, path),
        };
        if lesson.is_empty() {
            return Err(bad());
        }
        Ok(See {
            module,
            lesson: lesson.to_string(),
            heading,
        })
    }
}

impl fmt::Display for See {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(m) = &self.module {
            write!(f, "{m}/")?;
        }
        f.write_str(&self.lesson)?;
        if let Some(h) = &self.heading {
            write!(f, "#{h}")?;
        }
        Ok(())
    }
}

impl schemars::JsonSchema for See {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "See".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([^/#\\s]+/)?[^/#\\s]+(#[^#\\s]+)?$",
            "description": "The lesson passage the question tests: `lesson-id`, `lesson-id#heading-slug` or `module-id/lesson-id#heading-slug`."
        })
    }
}

impl<'de> Deserialize<'de> for See {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = See;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                // serde's words around it are English: so is this.
                f.write_str(&Message::new("load-expecting-see-link").to_string())
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<See, E> {
                See::parse(&sanitize_line(v)).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

/// The plain text of every heading of a CommonMark text, in order (inline markup
/// dropped; the same headings, in the same order, as the lesson screen shows).
pub fn headings(markdown: &str) -> Vec<String> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut out = Vec::new();
    let mut open: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match (event, open.as_mut()) {
            (Event::Start(Tag::Heading { .. }), _) => open = Some(String::new()),
            (Event::End(TagEnd::Heading(_)), _) => out.extend(open.take()),
            (Event::Text(t) | Event::Code(t), Some(h)) => h.push_str(&t),
            (Event::SoftBreak | Event::HardBreak, Some(h)) => h.push(' '),
            _ => {}
        }
    }
    out
}

/// The slug of one heading text (see the module documentation).
pub fn slug(text: &str) -> String {
    text.trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The slugs of every heading of a CommonMark text, in order, repeats numbered
/// `-1`, `-2`… as GitHub does.
pub fn heading_slugs(markdown: &str) -> Vec<String> {
    slugs_of(&headings(markdown))
}

fn slugs_of(headings: &[String]) -> Vec<String> {
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(headings.len());
    for h in headings {
        let base = slug(h);
        let mut candidate = base.clone();
        while taken.contains(&candidate) {
            let n = next.entry(base.clone()).or_insert(0);
            *n += 1;
            candidate = format!("{base}-{n}");
        }
        taken.insert(candidate.clone());
        out.push(candidate);
    }
    out
}

/// A link resolved in a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Index of the lesson's module.
    pub module: usize,
    /// Index of the lesson in its module.
    pub item: usize,
    /// The lesson's title.
    pub lesson_title: String,
    /// The heading linked to, as (index among the lesson's headings, its text).
    pub heading: Option<(usize, String)>,
}

/// Where `see`, written in a question of module `from` (an index), points in
/// `course`; `None` when there is no such lesson or heading.
pub fn resolve(course: &Course, from: usize, see: &See) -> Option<Target> {
    Resolver::new(course).resolve(from, see)
}

/// Resolves links in one course, reading each lesson's headings once however
/// many links point into it.
pub struct Resolver<'c> {
    course: &'c Course,
    /// By (module index, item index): the lesson's heading texts and slugs.
    lessons: HashMap<(usize, usize), (Vec<String>, Vec<String>)>,
}

impl<'c> Resolver<'c> {
    /// A resolver for `course`.
    pub fn new(course: &'c Course) -> Self {
        Resolver {
            course,
            lessons: HashMap::new(),
        }
    }

    /// Where `see`, written in a question of module `from` (an index), points;
    /// `None` when there is no such lesson or heading.
    pub fn resolve(&mut self, from: usize, see: &See) -> Option<Target> {
        let course = self.course;
        let module = match &see.module {
            Some(id) => course.module_index(id)?,
            None => from,
        };
        let (item, lesson) = course
            .modules
            .get(module)?
            .items
            .iter()
            .enumerate()
            .find_map(|(i, it)| match it {
                Item::Lesson(l) if l.id == see.lesson => Some((i, l)),
                _ => None,
            })?;
        let heading = match &see.heading {
            None => None,
            Some(s) => {
                let (texts, slugs) = self.headings_of(module, item, &lesson.body);
                let n = slugs.iter().position(|h| h == s)?;
                Some((n, texts[n].clone()))
            }
        };
        Some(Target {
            module,
            item,
            lesson_title: lesson.title.clone(),
            heading,
        })
    }

    fn headings_of(
        &mut self,
        module: usize,
        item: usize,
        body: &str,
    ) -> &(Vec<String>, Vec<String>) {
        self.lessons.entry((module, item)).or_insert_with(|| {
            let texts = headings(body);
            let slugs = slugs_of(&texts);
            (texts, slugs)
        })
    }
}

/// The scheme of a link to an item in lesson text: `[text](item:module-id/item-id#slug)`.
pub const ITEM_SCHEME: &str = "item:";

/// A link to an item written in lesson text, after its `item:` scheme:
/// `item-id`, `item-id#heading-slug` or `module-id/item-id#heading-slug`
/// (the same forms as [`See`], for any kind of item).
pub fn parse_item_link(dest: &str) -> Option<Result<See, Message>> {
    let rest = dest.strip_prefix(ITEM_SCHEME)?;
    Some(See::parse(rest).map_err(|_| {
        // The forms are arguments: French typography would space their `:`.
        let forms = Value::or([
            "`item:item-id`",
            "`item:item-id#heading-slug`",
            "`item:module-id/item-id#heading-slug`",
        ]);
        Message::new("load-not-an-item-link")
            .arg("link", sanitize_line(dest))
            .arg("forms", forms)
    }))
}

/// Every `item:` link of a CommonMark text, in order: (address as written,
/// byte offset of the link's `[` in the text).
pub fn item_links(markdown: &str) -> Vec<(String, usize)> {
    if !markdown.contains(ITEM_SCHEME) {
        return Vec::new();
    }
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH;
    Parser::new_ext(markdown, options)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with(ITEM_SCHEME) => {
                Some((dest_url.to_string(), range.start))
            }
            _ => None,
        })
        .collect()
}

/// A link to an item, resolved in its course: where Enter takes the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jump {
    /// The address as written (`item:module/item#slug`).
    pub dest: String,
    /// Index of the target's module.
    pub module: usize,
    /// Index of the target item in its module.
    pub item: usize,
    /// The heading linked to (a lesson's), as (index among its headings, its text).
    pub heading: Option<(usize, String)>,
    /// The target item's title.
    pub title: String,
}

/// The resolved `item:` links of every lesson of a course, found once when it
/// is opened. Links that do not resolve (the loader reports them as errors)
/// are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jumps {
    by_item: HashMap<(usize, usize), Vec<Jump>>,
}

impl Jumps {
    /// The links of every lesson of `course`.
    pub fn new(course: &Course) -> Jumps {
        let mut resolver = Resolver::new(course);
        let mut by_item = HashMap::new();
        for (mi, module) in course.modules.iter().enumerate() {
            for (ii, item) in module.items.iter().enumerate() {
                let Item::Lesson(l) = item else { continue };
                let jumps: Vec<Jump> = item_links(&l.body)
                    .into_iter()
                    .filter_map(|(dest, _)| {
                        let link = parse_item_link(&dest)?.ok()?;
                        let (module, item, heading) = resolver.resolve_item(mi, &link).ok()?;
                        let title = course.modules[module].items[item].title().to_string();
                        Some(Jump {
                            dest,
                            module,
                            item,
                            heading,
                            title,
                        })
                    })
                    .collect();
                if !jumps.is_empty() {
                    by_item.insert((mi, ii), jumps);
                }
            }
        }
        Jumps { by_item }
    }

    /// The resolved links of the lesson at (module index, item index), in text order.
    pub fn of(&self, module: usize, item: usize) -> &[Jump] {
        self.by_item.get(&(module, item)).map_or(&[], Vec::as_slice)
    }
}

/// Where an `item:` link leads: (module index, item index, the heading as
/// (index among the lesson's headings, its text)).
pub type ItemPlace = (usize, usize, Option<(usize, String)>);

impl Resolver<'_> {
    /// Where an `item:` link written in module `from` points: (module index,
    /// item index, heading); or what is wrong with it.
    pub fn resolve_item(&mut self, from: usize, link: &See) -> Result<ItemPlace, Message> {
        let course = self.course;
        let no_module = |id: &str| {
            Message::new("load-no-module").arg("id", id).arg(
                "modules",
                listed(course.modules.iter().map(|m| m.id.clone())),
            )
        };
        let module = match &link.module {
            Some(id) => course.module_index(id).ok_or_else(|| no_module(id))?,
            None => from,
        };
        let m = course
            .modules
            .get(module)
            .ok_or_else(|| no_module(link.module.as_deref().unwrap_or_default()))?;
        let item = m
            .items
            .iter()
            .position(|i| i.id() == link.lesson)
            .ok_or_else(|| {
                Message::new("load-no-item")
                    .arg("module", &m.id)
                    .arg("item", &link.lesson)
                    .arg("items", listed(m.items.iter().map(|i| i.id().to_string())))
            })?;
        let Some(slug) = &link.heading else {
            return Ok((module, item, None));
        };
        let Item::Lesson(lesson) = &m.items[item] else {
            return Err(Message::new("load-link-not-a-lesson")
                .arg("item", &link.lesson)
                .arg("module", &m.id));
        };
        let (texts, slugs) = self.headings_of(module, item, &lesson.body);
        match slugs.iter().position(|h| h == slug) {
            Some(n) => Ok((module, item, Some((n, texts[n].clone())))),
            None => Err(no_heading(&lesson.id, slug, slugs)),
        }
    }
}

/// Line and column (from 1, in characters) of byte `at` of `text` (the end
/// of `text` when `at` is past it).
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Where byte `at` of a lesson's inline `body` (or a group's `stimulus`: the
/// key at `key`, line and column from 1) is in the module file `src`, when the
/// text is a literal block (`body: |`, each of its lines one line of the file,
/// indented): (line, column). `None` for another style.
pub fn in_literal_body(
    src: &str,
    key: (usize, usize),
    body: &str,
    at: usize,
) -> Option<(usize, usize)> {
    let lines: Vec<&str> = src.lines().collect();
    let key_line = lines.get(key.0.checked_sub(1)?)?;
    let after = key_line
        .get(key.1.checked_sub(1)?..)?
        .split_once(':')?
        .1
        .trim();
    if !after.starts_with('|') {
        return None;
    }
    let indent = lines
        .iter()
        .skip(key.0)
        .find(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())?;
    let (line, col) = line_col(body, at);
    Some((key.0 + line, indent + col))
}

/// Checks the `item:` links of every lesson: each an error at its own line and
/// column in the lesson's `body_file` or in a `body: |` block (at the `body`
/// key for an inline body of another style).
fn check_item_links(course: &Course, modules: &[(String, String)], out: &mut Vec<Problem>) {
    let max = super::validate::MAX_ENTRIES;
    let mut resolver = Resolver::new(course);
    for (mi, (module, (file, src))) in course.modules.iter().zip(modules).enumerate() {
        if module.items.len() > max {
            continue;
        }
        let mut found: Vec<(usize, usize, Message)> = Vec::new();
        for (ii, item) in module.items.iter().enumerate() {
            let Item::Lesson(l) = item else { continue };
            for (dest, at) in item_links(&l.body) {
                let problem = match parse_item_link(&dest) {
                    Some(Ok(link)) => resolver.resolve_item(mi, &link).err(),
                    Some(Err(e)) => Some(e),
                    None => None,
                };
                if let Some(msg) = problem {
                    let shown = sanitize_line(&dest);
                    let msg = Message::new("load-item-link")
                        .arg("lesson", &l.id)
                        .arg("link", shown)
                        .arg("problem", msg);
                    found.push((ii, at, msg));
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        let loc = Locator::new(src);
        let blocks = super::validate::item_blocks(&loc, module);
        for (ii, at, msg) in found {
            let Item::Lesson(l) = &module.items[ii] else {
                continue;
            };
            out.push(match &l.body_file {
                Some(path) => {
                    // Named as the module file is (`course/modules/a.yaml`).
                    let folder = file.strip_suffix(module.file.as_str()).unwrap_or("");
                    Problem::new(format!("{folder}{path}"), msg).at(Some(line_col(&l.body, at)))
                }
                None => {
                    let key = blocks.get(ii).and_then(|&b| loc.key(b, "body"));
                    let at = key
                        .and_then(|k| in_literal_body(src, k, &l.body, at))
                        .or(key)
                        .or_else(|| blocks.get(ii).and_then(|&b| loc.key(b, "id")));
                    Problem::new(file.clone(), msg).at(at)
                }
            });
        }
    }
}

/// How many names a message lists before `…`.
const SHOWN: usize = 10;

/// Names as a message lists them: `` `a`, `b`, … `` (at most [`SHOWN`]), or
/// "none".
fn listed(names: impl Iterator<Item = String>) -> Value {
    listed_or(names, "load-none")
}

/// [`listed`], with `none` the message for no name (French says "aucune" of
/// lessons, "aucun" of modules).
fn listed_or(names: impl Iterator<Item = String>, none: &'static str) -> Value {
    let all: Vec<String> = names.take(SHOWN + 1).map(|n| format!("`{n}`")).collect();
    match all.len() {
        0 => Message::new(none).into(),
        n if n > SHOWN => format!("{}, …", all[..SHOWN].join(", ")).into(),
        _ => all.join(", ").into(),
    }
}

/// "lesson `id` has no heading with the slug `slug` (its headings: …)".
fn no_heading(lesson: &str, slug: &str, slugs: &[String]) -> Message {
    Message::new("load-no-heading")
        .arg("lesson", lesson)
        .arg("slug", slug)
        .arg("headings", listed(slugs.iter().cloned()))
}

/// Checks every module's objectives and every question's `see` and `objectives`.
///
/// `modules` holds (name shown to the author, text) for each module of `course`.
pub(super) fn check(course: &Course, modules: &[(String, String)], out: &mut Vec<Problem>) {
    // Objective id → index of the module declaring it.
    let mut declared: HashMap<&str, usize> = HashMap::new();
    for (mi, (module, (file, src))) in course.modules.iter().zip(modules).enumerate() {
        if module.objectives.is_empty() {
            continue;
        }
        let loc = Locator::new(src);
        let max = super::validate::MAX_ENTRIES;
        if module.objectives.len() > max {
            let owner = named("module", &module.id);
            if let Some(p) =
                super::validate::too_many(module.objectives.len(), "objectives", owner, file)
            {
                out.push(p.at(loc.key(loc.root(), "objectives")));
            }
            continue;
        }
        let blocks = loc.entries_or_rest(loc.root(), "objectives", module.objectives.len());
        for (o, &block) in module.objectives.iter().zip(&blocks) {
            let at = || {
                loc.key_value(block, "id", &o.id)
                    .or_else(|| loc.key(block, "id"))
            };
            super::validate::check_id(&o.id, "objective", file, at, out);
            if let Some(first) = declared.insert(&o.id, mi) {
                out.push(
                    Problem::new(
                        file,
                        Message::new("load-duplicate-objective")
                            .arg("id", &o.id)
                            .arg("module", &course.modules[first].id),
                    )
                    .at(at()),
                );
            }
            if o.title.trim().is_empty() {
                out.push(
                    Problem::new(
                        file,
                        Message::new("load-objective-empty-title").arg("id", &o.id),
                    )
                    .at(loc.key(block, "title").or_else(at)),
                );
            }
        }
    }
    check_item_links(course, modules, out);
    let max = super::validate::MAX_ENTRIES;
    let mut resolver = Resolver::new(course);
    // The declared ids as a message lists them, made at the first unknown one.
    let mut known: Option<Value> = None;
    for (mi, (module, (file, src))) in course.modules.iter().zip(modules).enumerate() {
        if module.items.len() > max {
            continue;
        }
        // Found first, located after: locating reads the file.
        let mut found: Vec<(usize, usize, &'static str, Message)> = Vec::new();
        for (ii, item) in module.items.iter().enumerate() {
            let Item::Quiz(quiz) = item else { continue };
            if quiz.questions.len() > max {
                continue;
            }
            for (qi, q) in quiz.questions.iter().enumerate() {
                if let Some(see) = &q.see
                    && let Some(msg) = see_problem(&mut resolver, mi, see)
                {
                    let msg = about(
                        named("question", &q.id),
                        Message::new("load-see-link")
                            .arg("see", format!("see: {see}"))
                            .arg("problem", msg),
                    );
                    found.push((ii, qi, "see", msg));
                }
                for id in q.objectives.iter().take(max) {
                    if !declared.contains_key(id.as_str()) {
                        let known = known.get_or_insert_with(|| {
                            let mut all: Vec<&str> = declared.keys().copied().collect();
                            all.sort_unstable();
                            listed(all.into_iter().map(String::from))
                        });
                        let msg = about(
                            named("question", &q.id),
                            Message::new("load-unknown-objective")
                                .arg("id", sanitize_line(id))
                                .arg("declared", known.clone()),
                        );
                        found.push((ii, qi, "objectives", msg));
                    }
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        let loc = Locator::new(src);
        let items = super::validate::item_blocks(&loc, module);
        // The question blocks of the quiz of the last problem (problems come quiz
        // by quiz): found once per quiz, not once per problem.
        let mut questions: Option<(usize, Vec<super::yaml::Block>)> = None;
        for (ii, qi, key, msg) in found {
            let Item::Quiz(quiz) = &module.items[ii] else {
                continue;
            };
            if questions.as_ref().is_none_or(|(at, _)| *at != ii) {
                let blocks = loc.entries_or_rest(items[ii], "questions", quiz.questions.len());
                questions = Some((ii, blocks));
            }
            let Some((_, questions)) = &questions else {
                continue;
            };
            let q = &quiz.questions[qi];
            let at = loc
                .key(questions[qi], key)
                .or_else(|| loc.key_value(questions[qi], "id", &q.id));
            out.push(Problem::new(file, msg).at(at));
        }
    }
}

/// What is wrong with `see` in a question of module `from`, if anything.
fn see_problem(resolver: &mut Resolver, from: usize, see: &See) -> Option<Message> {
    if resolver.resolve(from, see).is_some() {
        return None;
    }
    let course = resolver.course;
    let module = match &see.module {
        Some(id) => match course.module_index(id) {
            Some(m) => m,
            None => {
                return Some(Message::new("load-no-module").arg("id", id).arg(
                    "modules",
                    listed(course.modules.iter().map(|m| m.id.clone())),
                ));
            }
        },
        None => from,
    };
    let m = &course.modules[module];
    let Some(item) = m.items.iter().find(|i| i.id() == see.lesson) else {
        let lessons = m
            .items
            .iter()
            .filter(|i| matches!(i, Item::Lesson(_)))
            .map(|i| i.id().to_string());
        return Some(
            Message::new("load-no-lesson")
                .arg("module", &m.id)
                .arg("lesson", &see.lesson)
                .arg("lessons", listed_or(lessons, "load-none-lessons")),
        );
    };
    let Item::Lesson(lesson) = item else {
        return Some(
            Message::new("load-see-not-a-lesson")
                .arg("item", &see.lesson)
                .arg("module", &m.id)
                .arg("kind", item.kind()),
        );
    };
    let slug = see.heading.as_ref()?;
    let item = m.items.iter().position(|i| i.id() == see.lesson)?;
    // Resolving failed, so the slug is not among the lesson's.
    let slugs = &resolver.headings_of(module, item, &lesson.body).1;
    Some(no_heading(&lesson.id, slug, slugs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_github() {
        assert_eq!(slug("Why the NATU grow"), "why-the-natu-grow");
        assert_eq!(
            slug("Dark social: the \"think\" & \"do\""),
            "dark-social-the-think--do"
        );
        assert_eq!(slug("Ère numérique, 2.0"), "ère-numérique-20");
        assert_eq!(slug("snake_case and-dash"), "snake_case-and-dash");
        assert_eq!(
            heading_slugs("# A\n\n## A\n\ntext\n\n## A\n\n## `Code` *em*\n"),
            vec!["a", "a-1", "a-2", "code-em"]
        );
    }

    #[test]
    fn item_links_are_found_with_their_offsets_and_parsed() {
        let md = "A [b](item:m/b#h) and [c](https://x.org) and\n\n| t |\n|---|\n| [d](item:d) |\n";
        let found = item_links(md);
        assert_eq!(
            found,
            vec![("item:m/b#h".to_string(), 2), ("item:d".to_string(), 60)]
        );
        assert_eq!(&md[60..61], "[");
        assert_eq!(
            parse_item_link("item:m/b#h"),
            Some(Ok(See {
                module: Some("m".into()),
                lesson: "b".into(),
                heading: Some("h".into()),
            }))
        );
        assert_eq!(parse_item_link("https://x.org"), None);
        for bad in ["item:", "item:a/b/c", "item:#h", "item:a#b#c"] {
            let err = parse_item_link(bad).unwrap().unwrap_err();
            assert_eq!(err.id(), Some("load-not-an-item-link"), "{bad}: {err}");
            assert!(
                err.to_string().contains("is not an item link"),
                "{bad}: {err}"
            );
        }
        assert!(item_links("no links here").is_empty());
    }

    #[test]
    fn links_parse_in_three_forms() {
        let see = |m: Option<&str>, l: &str, h: Option<&str>| See {
            module: m.map(String::from),
            lesson: l.into(),
            heading: h.map(String::from),
        };
        assert_eq!(See::parse("intro"), Ok(see(None, "intro", None)));
        assert_eq!(See::parse("intro#a-b"), Ok(see(None, "intro", Some("a-b"))));
        assert_eq!(
            See::parse("m2/intro#a"),
            Ok(see(Some("m2"), "intro", Some("a")))
        );
        assert_eq!(See::parse("m2/intro#a").unwrap().to_string(), "m2/intro#a");
        for bad in ["", "#a", "intro#", "a/b/c", "/intro", "m/", "a#b#c"] {
            assert!(See::parse(bad).is_err(), "{bad:?}");
        }
    }
}
