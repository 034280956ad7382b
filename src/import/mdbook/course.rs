//! A read mdBook book ([`super::Book`]) turned into an amphi course: the files
//! to write (course.yaml, one module file per module, one Markdown lesson file
//! per chapter part, the images and files chapters use) and an
//! [`ImportReport`] saying what was converted, approximated and left out.
//!
//! The mapping (also in `docs/importing.md`):
//! - modules: the prefix chapters form a first module (titled by the chapter
//!   when there is one, else *Introduction*); each part (`# Part`) is a
//!   module, its top-level chapters within it; a top-level chapter outside any
//!   part (a book without parts) is a module of its own, its sub-chapters
//!   within it; the suffix chapters form a last module (*Appendix* when there
//!   are several);
//! - in a module, when some chapter has sub-chapters of its own, each
//!   top-level chapter is a section (a chapter-module's own text first, in a
//!   section of its own); otherwise the module holds its lessons directly. A
//!   section holds its chapter's lessons, then those of its sub-chapters at
//!   every depth, flattened in order; numbered chapters keep their number in
//!   their title (`2.1. Steeping`);
//! - a chapter is a lesson (`lessons/<its path>.md`); each `{{#quiz}}` in it
//!   cuts it: the text before is a lesson, the quiz a quiz item, the text
//!   after a lesson `(continued)`;
//! - draft chapters are left out, and so are chapters whose file is missing
//!   or outside the book;
//! - images are copied under `media/` and their paths rewritten; links to
//!   other files of the book copy them and offer them with the lesson; a link
//!   to another chapter becomes its text and the lesson's title (amphi's
//!   lessons cannot link to an item);
//! - ids: a module's from its part title or its chapter's path, a lesson's
//!   from its chapter's path, a quiz's the lesson's and `-quiz`, a question's
//!   its `id` (else `q` and its place): the same for a newer version of the
//!   book, so progress is kept.
//!
//! YAML is written through [`crate::course::yaml::to_string`] from typed
//! values: no text of the book is pasted into YAML.

use std::collections::{BTreeMap, HashMap, HashSet};

use mdbook_quiz_schema::{MultipleChoiceAnswerFormat, ShortAnswerResponseFormat};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::course::MAX_ENTRIES;
use crate::i18n::{Language, Message, tr};
use crate::import::course_files::{
    CourseFile, FileRef, Ids, Item, ModuleFile, Num, NumericAnswer, Question, QuestionExtra,
    SectionFile, slug, unique,
};
pub use crate::import::report::{Converted, CourseSummary, ImportReport, KindReport, Note};

use super::{Book, Chapter, ChapterText, Outcome, QuizEntry, QuizFile, Segment, SummaryItem};

/// The pass mark of every imported quiz, in percent (mdbook-quiz has none).
pub const PASS_MARK: u8 = 50;

/// The report's kinds, in the order shown.
const KINDS: [&str; 11] = [
    "part",
    "chapter",
    "draft chapter",
    "include",
    "image",
    "link",
    "quiz",
    "MultipleChoice",
    "ShortAnswer",
    "Tracing",
    "other question",
];

/// The course id of a book titled `title`: `mdbook.` and the title slugged.
pub fn course_id_for(title: &str) -> String {
    let s = slug(title);
    if s.is_empty() {
        "mdbook.book".into()
    } else {
        format!("mdbook.{s}")
    }
}

/// The book's title: book.toml's, else the summary's `# Title` when it is
/// not just "Summary", else `fallback` (the folder's name).
pub fn book_title(book: &Book, fallback: &str) -> String {
    let from_toml = book
        .config
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty());
    let from_summary = book
        .summary
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("summary"));
    from_toml
        .or(from_summary)
        .unwrap_or_else(|| one_line(fallback))
}

/// Counts per kind.
#[derive(Default)]
struct Tally {
    kinds: BTreeMap<&'static str, KindReport>,
}

impl Tally {
    fn entry(&mut self, kind: &'static str) -> &mut KindReport {
        self.kinds.entry(kind).or_insert_with(|| KindReport {
            kind,
            found: 0,
            converted: 0,
            approximated: Vec::new(),
            left_out: Vec::new(),
        })
    }
    fn converted(&mut self, kind: &'static str) {
        let e = self.entry(kind);
        e.found += 1;
        e.converted += 1;
    }
    fn approximated(&mut self, kind: &'static str, note: Note) {
        let e = self.entry(kind);
        e.found += 1;
        e.approximated.push(note);
    }
    fn left_out(&mut self, kind: &'static str, note: Note) {
        let e = self.entry(kind);
        e.found += 1;
        e.left_out.push(note);
    }
    fn finish(mut self) -> Vec<KindReport> {
        KINDS.iter().filter_map(|k| self.kinds.remove(k)).collect()
    }
}

/// `course.yaml` with the book's authors (a field only this importer
/// fills, so [`CourseFile`] stays as the other importers build it).
#[derive(serde::Serialize)]
struct BookCourseFile {
    #[serde(flatten)]
    course: CourseFile,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<String>,
}

/// A group of a module's chapters: its section's id and title (none when
/// the module has no sections), and its chapters in order.
type Group<'b> = (Option<(String, String)>, Vec<&'b Chapter>);

/// A module to write: its chapters, grouped in sections or not.
struct ModulePlan<'b> {
    id: String,
    title: String,
    /// `(section id and title, chapters in order)`; one group with no
    /// section when the module has no sections.
    groups: Vec<Group<'b>>,
    /// The part it comes from (for the report), with its line.
    part: Option<usize>,
}

/// The book as course files and a report. `fallback_title` names the course
/// when neither book.toml nor the summary gives a title.
///
/// # Errors
/// A sentence when the course would break one of amphi's limits (more than
/// [`MAX_ENTRIES`] modules or items in a module), or YAML cannot be written.
pub fn to_course(book: &Book, fallback_title: &str) -> Result<Converted, Message> {
    let title = book_title(book, fallback_title);
    let id = course_id_for(&title);
    let lang = course_language(book);
    let plans = plan(book, lang);
    let mut m = Mapper {
        book,
        lang,
        tally: Tally::default(),
        files: Vec::new(),
        copies: Vec::new(),
        copied: HashMap::new(),
        taken_paths: HashSet::new(),
        titles: HashMap::new(),
        places: HashMap::new(),
        questions: 0,
    };
    // Every chapter's lesson title, for links between chapters.
    for p in &plans {
        for (_, chapters) in &p.groups {
            for c in chapters {
                if let Some(path) = &c.path {
                    m.titles
                        .entry(path.clone())
                        .or_insert_with(|| lesson_title(c, lang));
                }
            }
        }
    }

    let summary_file = format!("{}/SUMMARY.md", book.config.src);
    let mut module_paths = Vec::new();
    let mut items_total = 0;
    let mut module_ids = Ids::default();
    for p in &plans {
        let mut item_ids = Ids::default();
        let mut section_ids = Ids::default();
        let mut chapter_firsts: Vec<(String, String)> = Vec::new();
        let mut items = Vec::new();
        let mut sections = Vec::new();
        let sectioned = p.groups.iter().any(|(s, _)| s.is_some());
        for (section, chapters) in &p.groups {
            let mut group_items = Vec::new();
            for c in chapters {
                let made = m.chapter_items(c, &mut item_ids);
                if let (Some(path), Some(first)) = (&c.path, made.first()) {
                    chapter_firsts.push((path.clone(), item_id(first).to_string()));
                }
                group_items.extend(made);
            }
            if group_items.is_empty() {
                continue;
            }
            items_total += group_items.len();
            match section {
                Some((sid, stitle)) if sectioned => sections.push(SectionFile {
                    id: unique(sid, &mut section_ids),
                    title: stitle.clone(),
                    items: group_items,
                }),
                _ => items.extend(group_items),
            }
        }
        if items.is_empty() && sections.is_empty() {
            if let Some(line) = p.part {
                m.tally.left_out(
                    "part",
                    Note::in_file(
                        summary_file.clone(),
                        line,
                        p.title.clone(),
                        Message::new("import-mdbook-part-empty"),
                    ),
                );
            }
            continue;
        }
        if p.part.is_some() {
            m.tally.converted("part");
        }
        if items.len() > MAX_ENTRIES || sections.len() > MAX_ENTRIES {
            return Err(Message::new("import-mdbook-part-too-large")
                .arg("title", p.title.as_str())
                .arg("max", MAX_ENTRIES));
        }
        if module_paths.len() == MAX_ENTRIES {
            return Err(Message::new("import-mdbook-too-many-modules").arg("max", MAX_ENTRIES));
        }
        let mid = unique(&p.id, &mut module_ids);
        for (path, item) in chapter_firsts {
            m.places.entry(path).or_insert((mid.clone(), item));
        }
        let file = format!(
            "modules/{:02}-{}.yaml",
            module_paths.len() + 1,
            safe_part(&mid)
        );
        let text = crate::course::yaml::to_string(&ModuleFile {
            id: mid,
            title: p.title.clone(),
            items,
            sections,
        })?;
        m.files.push((file.clone(), text));
        module_paths.push(file);
    }

    resolve_chapter_links(&mut m);

    for d in &book.directives {
        let name = format!("{{{{#{} {}}}}}", d.name, d.arg);
        let note = |message: &Message| {
            Note::in_file(d.file.clone(), d.line, name.clone(), message.clone())
        };
        match &d.outcome {
            Outcome::Done => m.tally.converted("include"),
            Outcome::Approximated(why) => m.tally.approximated("include", note(why)),
            Outcome::LeftOut(why) => m.tally.left_out("include", note(why)),
        }
    }

    let description = book
        .config
        .description
        .as_deref()
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| tr(lang, "import-course-mdbook-description", &[]));
    let course = BookCourseFile {
        course: CourseFile {
            id: id.clone(),
            title: title.clone(),
            description,
            language: book
                .config
                .language
                .as_deref()
                .map(one_line)
                .filter(|l| !l.is_empty()),
            modules: module_paths.clone(),
        },
        authors: book
            .config
            .authors
            .iter()
            .map(|a| one_line(a))
            .filter(|a| !a.is_empty())
            .collect(),
    };
    let mut files = vec![(
        "course.yaml".to_string(),
        crate::course::yaml::to_string(&course)?,
    )];
    files.append(&mut m.files);

    let warnings = book
        .warnings
        .iter()
        .map(|w| Note::in_file(w.file.clone(), w.line, String::new(), w.message.clone()))
        .collect();
    Ok(Converted {
        files,
        copies: m.copies,
        report: ImportReport {
            format: "mdbook",
            course: CourseSummary {
                id,
                title,
                modules: module_paths.len(),
                items: items_total,
                questions: m.questions,
            },
            kinds: m.tally.finish(),
            warnings,
        },
    })
}

/// The language of the words amphi writes into the course (titles such as
/// "Quiz: …", prompts of questions made from a code block): the book's
/// `language` when amphi speaks it, else English. Not the command's: these
/// words are the course's, read by its learners.
fn course_language(book: &Book) -> Language {
    book.config
        .language
        .as_deref()
        .and_then(Language::from_tag)
        .unwrap_or_default()
}

/// The modules, in order, from the summary.
fn plan(book: &Book, lang: Language) -> Vec<ModulePlan<'_>> {
    let s = &book.summary;
    let mut plans = Vec::new();
    if !s.prefix.is_empty() {
        plans.push(ModulePlan {
            id: "prefix".into(),
            title: if s.prefix.len() == 1 {
                s.prefix[0].name.clone()
            } else {
                tr(lang, "import-course-introduction", &[])
            },
            groups: vec![(None, s.prefix.iter().collect())],
            part: None,
        });
    }
    let mut part: Option<(String, usize, Vec<&Chapter>)> = None;
    fn finish_part<'b>(
        part: Option<(String, usize, Vec<&'b Chapter>)>,
        plans: &mut Vec<ModulePlan<'b>>,
    ) {
        if let Some((title, line, chapters)) = part {
            let id = slug(&title);
            plans.push(ModulePlan {
                id: if id.is_empty() { "part".into() } else { id },
                title,
                groups: groups(None, &chapters),
                part: Some(line),
            });
        }
    }
    for item in &s.numbered {
        match item {
            SummaryItem::PartTitle { title, line } => {
                finish_part(part.take(), &mut plans);
                part = Some((title.clone(), *line, Vec::new()));
            }
            SummaryItem::Chapter(c) => match &mut part {
                Some((_, _, chapters)) => chapters.push(c),
                None => {
                    let nested: Vec<&Chapter> = c.nested.iter().collect();
                    plans.push(ModulePlan {
                        id: chapter_id(c),
                        title: c.name.clone(),
                        groups: groups(Some(c), &nested),
                        part: None,
                    });
                }
            },
            SummaryItem::Separator => {}
        }
    }
    finish_part(part, &mut plans);
    if !s.suffix.is_empty() {
        plans.push(ModulePlan {
            id: "suffix".into(),
            title: if s.suffix.len() == 1 {
                s.suffix[0].name.clone()
            } else {
                tr(lang, "import-course-appendix", &[])
            },
            groups: vec![(None, s.suffix.iter().collect())],
            part: None,
        });
    }
    plans
}

/// A module's groups: sections when some child has sub-chapters, else one
/// group.
fn groups<'b>(own: Option<&'b Chapter>, children: &[&'b Chapter]) -> Vec<Group<'b>> {
    let sectioned = children.iter().any(|c| !c.nested.is_empty());
    let mut out = Vec::new();
    if sectioned {
        if let Some(own) = own {
            out.push((Some((chapter_id(own), own.name.clone())), vec![own]));
        }
        for c in children {
            let mut all = Vec::new();
            flatten(c, &mut all);
            out.push((Some((chapter_id(c), c.name.clone())), all));
        }
    } else {
        let mut all: Vec<&Chapter> = own.into_iter().collect();
        for c in children {
            flatten(c, &mut all);
        }
        out.push((None, all));
    }
    out
}

fn flatten<'b>(c: &'b Chapter, out: &mut Vec<&'b Chapter>) {
    out.push(c);
    for n in &c.nested {
        flatten(n, out);
    }
}

/// Marks around a link to a chapter in a lesson's text until the chapter's
/// item is known: `OPEN path MID text CLOSE` (characters of Unicode's private
/// use area, which a book's text never needs; any found in it are dropped).
const LINK_OPEN: char = '\u{F8F0}';
const LINK_MID: char = '\u{F8F1}';
const LINK_CLOSE: char = '\u{F8F2}';

/// The id of an item made from a chapter.
fn item_id(item: &Item) -> &str {
    match item {
        Item::Lesson { id, .. }
        | Item::LessonFile { id, .. }
        | Item::Quiz { id, .. }
        | Item::Video { id, .. } => id,
    }
}

/// Writes the links between chapters of every lesson text: each marked link
/// becomes `[text](item:module/item)`, to the first item made from the
/// chapter (the link's `#part` dropped: mdBook's anchors are not always
/// amphi's heading slugs); a chapter that made no item leaves its text and
/// title, reported.
fn resolve_chapter_links(m: &mut Mapper) {
    let mut lost: Vec<(String, String)> = Vec::new();
    for (path, text) in &mut m.files {
        if !path.ends_with(".md") || !text.contains(LINK_OPEN) {
            continue;
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find(LINK_OPEN) {
            out.push_str(&rest[..at]);
            let after = &rest[at + LINK_OPEN.len_utf8()..];
            let Some(close) = after.find(LINK_CLOSE) else {
                rest = after;
                continue;
            };
            let inner = &after[..close];
            rest = &after[close + LINK_CLOSE.len_utf8()..];
            let (cp, shown) = inner.split_once(LINK_MID).unwrap_or(("", inner));
            match m.places.get(cp) {
                Some((module, item)) => {
                    out.push_str(&format!("[{shown}](item:{module}/{item})"));
                }
                None => {
                    let title = m.titles.get(cp).cloned().unwrap_or_default();
                    let see = [("text", shown.into()), ("title", title.as_str().into())];
                    out.push_str(&tr(m.lang, "import-course-see-chapter", &see));
                    lost.push((cp.to_string(), title));
                }
            }
        }
        out.push_str(rest);
        out.retain(|c| ![LINK_OPEN, LINK_MID, LINK_CLOSE].contains(&c));
        *text = out;
    }
    for (cp, title) in lost {
        m.tally.approximated(
            "link",
            Note::in_file(
                cp,
                0,
                title,
                Message::new("import-mdbook-link-to-empty-chapter"),
            ),
        );
    }
}

/// A chapter's id: its path without `.md`, slugged; a draft's name slugged.
fn chapter_id(c: &Chapter) -> String {
    let base = match &c.path {
        Some(p) => slug(p.strip_suffix(".md").unwrap_or(p)),
        None => slug(&c.name),
    };
    if base.is_empty() {
        "chapter".into()
    } else {
        base
    }
}

/// A chapter's lesson title: its number (when numbered) and its name.
fn lesson_title(c: &Chapter, lang: Language) -> String {
    let name = one_line(&c.name);
    let name = if name.is_empty() {
        tr(lang, "import-course-untitled-chapter", &[])
    } else {
        name
    };
    if c.number.is_empty() {
        name
    } else {
        format!("{} {name}", c.number_label())
    }
}

/// Markdown as one line of plain text, for prompts, choices and
/// explanations: emphasis marks dropped, code spans kept in backticks, a
/// link as its text then its address in brackets, blocks joined by spaces.
/// (The GIFT mapping uses it for `[markdown]` prompts too.)
pub(crate) fn plain(md: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(md) {
        match event {
            Event::Text(t) => out.push_str(&t),
            Event::Code(c) => {
                out.push('`');
                out.push_str(&c);
                out.push('`');
            }
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::TableCell,
            ) => out.push(' '),
            Event::Start(Tag::Item) => out.push_str(" - "),
            Event::Start(Tag::Link { .. }) => {}
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(&h),
            _ => {}
        }
    }
    one_line(&out)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file-name part: ASCII letters, digits, `-`, `_`, `.` (not first);
/// never empty.
fn safe_part(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    while out.starts_with('.') {
        out.replace_range(0..1, "_");
    }
    if out.is_empty() { "_".into() } else { out }
}

/// A `/`-separated path made of [`safe_part`]s.
fn safe_path(p: &str) -> String {
    p.split('/')
        .filter(|s| !s.is_empty())
        .map(safe_part)
        .collect::<Vec<_>>()
        .join("/")
}

struct Mapper<'b> {
    book: &'b Book,
    /// The language of the words amphi writes into the course (the book's).
    lang: Language,
    tally: Tally,
    files: Vec<(String, String)>,
    copies: Vec<(String, Vec<u8>)>,
    /// Book path → course path of every file copied.
    copied: HashMap<String, String>,
    /// Every course path written.
    taken_paths: HashSet<String>,
    /// Chapter path (relative to `src`) → its lesson's title.
    titles: HashMap<String, String>,
    /// Each chapter's first item, by chapter path: (module id, item id), known
    /// once its module is made; links between chapters are written with it at
    /// the end ([`resolve_chapter_links`]).
    places: HashMap<String, (String, String)>,
    questions: usize,
}

impl Mapper<'_> {
    fn summary_note(&self, c: &Chapter, message: impl Into<crate::i18n::Message>) -> Note {
        Note::in_file(
            format!("{}/SUMMARY.md", self.book.config.src),
            c.line,
            c.name.clone(),
            message,
        )
    }

    /// `want`, or `want` with `-2`, `-3`… before its extension, unused yet.
    fn new_path(&mut self, want: &str) -> String {
        let (stem, ext) = match want.rsplit_once('.') {
            Some((s, e)) if !s.ends_with('/') && !s.is_empty() => (s.to_string(), format!(".{e}")),
            _ => (want.to_string(), String::new()),
        };
        let mut path = want.to_string();
        let mut n = 2;
        while !self.taken_paths.insert(path.clone()) {
            path = format!("{stem}-{n}{ext}");
            n += 1;
        }
        path
    }

    /// The items of chapter `c`: its lessons and quizzes.
    fn chapter_items(&mut self, c: &Chapter, ids: &mut Ids) -> Vec<Item> {
        let Some(path) = &c.path else {
            let note = self.summary_note(c, Message::new("import-mdbook-draft-chapter"));
            self.tally.left_out("draft chapter", note);
            return Vec::new();
        };
        let book = self.book;
        let Some(chapter) = book.chapters.get(path) else {
            let why =
                book.missing.get(path).cloned().unwrap_or_else(|| {
                    Message::new("import-mdbook-chapter-unread").arg("file", path)
                });
            let note = self.summary_note(c, why);
            self.tally.left_out("chapter", note);
            return Vec::new();
        };
        let base = chapter_id(c);
        let title = lesson_title(c, self.lang);
        let mut items = Vec::new();
        let mut lessons = 0;
        let mut quizzes = 0usize;
        for segment in &chapter.segments {
            match segment {
                Segment::Text(text) => {
                    let text = if lessons == 0 {
                        drop_title_heading(text, &c.name)
                    } else {
                        text.clone()
                    };
                    if text.trim().is_empty() {
                        continue;
                    }
                    lessons += 1;
                    let (body, files) = self.rewrite(chapter, &text);
                    let stem = safe_path(path.strip_suffix(".md").unwrap_or(path));
                    let file = if lessons == 1 {
                        self.new_path(&format!("lessons/{stem}.md"))
                    } else {
                        self.new_path(&format!("lessons/{stem}-{lessons}.md"))
                    };
                    self.files.push((file.clone(), body));
                    let (id, title) = if lessons == 1 {
                        (unique(&base, ids), title.clone())
                    } else {
                        (
                            unique(&format!("{base}-{lessons}"), ids),
                            tr(
                                self.lang,
                                "import-course-continued",
                                &[("title", title.as_str().into())],
                            ),
                        )
                    };
                    items.push(Item::LessonFile {
                        id,
                        title,
                        body_file: file,
                        files,
                    });
                }
                Segment::Quiz(q) => {
                    let questions = match &q.quiz {
                        Ok(quiz) => self.quiz_questions(quiz, &q.file),
                        Err(why) => {
                            self.tally.left_out(
                                "quiz",
                                Note::in_file(
                                    q.file.clone(),
                                    0,
                                    c.name.clone(),
                                    Message::new("import-mdbook-quiz-not-read")
                                        .arg("why", why.clone()),
                                ),
                            );
                            continue;
                        }
                    };
                    if questions.is_empty() {
                        self.tally.left_out(
                            "quiz",
                            Note::in_file(
                                q.file.clone(),
                                0,
                                c.name.clone(),
                                Message::new("import-mdbook-quiz-empty"),
                            ),
                        );
                        continue;
                    }
                    self.tally.converted("quiz");
                    quizzes += 1;
                    let chapter = one_line(&c.name);
                    let (id, qtitle) = if quizzes == 1 {
                        (
                            format!("{base}-quiz"),
                            tr(
                                self.lang,
                                "import-course-quiz",
                                &[("chapter", chapter.as_str().into())],
                            ),
                        )
                    } else {
                        (
                            format!("{base}-quiz-{quizzes}"),
                            tr(
                                self.lang,
                                "import-course-quiz-n",
                                &[
                                    ("number", quizzes.into()),
                                    ("chapter", chapter.as_str().into()),
                                ],
                            ),
                        )
                    };
                    items.push(Item::Quiz {
                        id: unique(&id, ids),
                        title: qtitle,
                        pass_mark: PASS_MARK,
                        max_attempts: None,
                        show_answers: None,
                        questions,
                    });
                }
            }
        }
        if items.is_empty() {
            let note = self.summary_note(c, Message::new("import-mdbook-chapter-empty"));
            self.tally.left_out("chapter", note);
        } else {
            self.tally.converted("chapter");
        }
        items
    }

    /// A chapter's Markdown with its images copied and paths rewritten, its
    /// links to chapters made text, its links to other files of the book
    /// copied and offered with the lesson; and the files offered.
    fn rewrite(&mut self, chapter: &ChapterText, text: &str) -> (String, Vec<FileRef>) {
        let text = hide_rust_lines(text);
        let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        let mut offered = Vec::new();
        let events: Vec<(Event<'_>, std::ops::Range<usize>)> =
            Parser::new_ext(&text, pulldown_cmark::Options::ENABLE_TABLES)
                .into_offset_iter()
                .collect();
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            i += 1;
            if edits.last().is_some_and(|(r, _)| range.start < r.end) {
                continue;
            }
            let (is_image, dest) = match event {
                Event::Start(Tag::Image { dest_url, .. }) => (true, dest_url.to_string()),
                Event::Start(Tag::Link {
                    link_type: pulldown_cmark::LinkType::Email,
                    ..
                }) => continue,
                Event::Start(Tag::Link { dest_url, .. }) => (false, dest_url.to_string()),
                _ => continue,
            };
            // The text inside, as written (for a link) or read (for alt text).
            let raw = &text[range.clone()];
            let mut inner = String::new();
            let mut j = i;
            while j < events.len() {
                match &events[j].0 {
                    Event::End(TagEnd::Image) | Event::End(TagEnd::Link) => break,
                    Event::Text(t) | Event::Code(t) => inner.push_str(t),
                    _ => {}
                }
                j += 1;
            }
            let split = raw.rfind("](");
            let inner_raw = match split {
                Some(at) if raw.starts_with('[') => raw[1..at].to_string(),
                Some(at) if raw.starts_with("![") => raw[2..at].to_string(),
                _ => inner.clone(),
            };
            let line = super::line_at(&text, range.start);
            let note = |message: Message| {
                Note::in_file(chapter.file.clone(), line, one_line(&inner), message)
            };
            if is_external(&dest) {
                if is_image {
                    self.tally.approximated(
                        "image",
                        note(
                            Message::new("import-mdbook-image-web")
                                .arg("address", dest.to_string()),
                        ),
                    );
                }
                continue;
            }
            if dest.starts_with('#') || dest.is_empty() {
                continue;
            }
            let file_part = dest.split(['#', '?']).next().unwrap_or("");
            let file_part = super::percent_decode(file_part);
            if is_image {
                match self.copy(chapter, &file_part) {
                    Ok(course_path) => {
                        edits.push((range.clone(), format!("![{inner_raw}]({course_path})")));
                        self.tally.converted("image");
                    }
                    Err(why) => self.tally.left_out(
                        "image",
                        note(Message::new("import-mdbook-image-not-copied").arg("why", why)),
                    ),
                }
                continue;
            }
            // A link to a chapter?
            let target = super::normalise(&std::path::Path::new(&chapter.dir).join(&file_part));
            let src = &self.book.config.src;
            let chapter_path = target.as_deref().and_then(|t| {
                let rel = if src == "." {
                    Some(t)
                } else {
                    t.strip_prefix(src.as_str())
                        .and_then(|r| r.strip_prefix('/'))
                };
                rel.map(|r| match r.strip_suffix(".html") {
                    Some(stem) => format!("{stem}.md"),
                    None => r.to_string(),
                })
            });
            let is_md = file_part.ends_with(".md") || file_part.ends_with(".html");
            if let Some(cp) = chapter_path.filter(|_| is_md) {
                if self.titles.contains_key(&cp) {
                    // Written once the chapter's item is known.
                    edits.push((
                        range.clone(),
                        format!("{LINK_OPEN}{cp}{LINK_MID}{inner_raw}{LINK_CLOSE}"),
                    ));
                    self.tally.converted("link");
                } else {
                    edits.push((range.clone(), inner_raw.clone()));
                    self.tally.left_out(
                        "link",
                        note(
                            Message::new("import-mdbook-link-not-a-chapter")
                                .arg("file", file_part.as_str()),
                        ),
                    );
                }
                continue;
            }
            match self.copy(chapter, &file_part) {
                Ok(course_path) => {
                    let name = course_path.rsplit('/').next().unwrap_or("").to_string();
                    edits.push((
                        range.clone(),
                        tr(
                            self.lang,
                            "import-course-offered-file",
                            &[
                                ("text", inner_raw.as_str().into()),
                                ("file", name.as_str().into()),
                            ],
                        ),
                    ));
                    let title = one_line(&inner);
                    offered.push(FileRef {
                        title: if title.is_empty() {
                            name.clone()
                        } else {
                            title
                        },
                        path: course_path,
                    });
                    self.tally.approximated(
                        "link",
                        note(
                            Message::new("import-mdbook-link-to-file")
                                .arg("file", file_part.as_str()),
                        ),
                    );
                }
                Err(why) => {
                    self.tally.left_out(
                        "link",
                        note(Message::new("import-mdbook-link-left").arg("why", why)),
                    );
                }
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (range, with) in edits {
            out.push_str(&text[at..range.start]);
            out.push_str(&with);
            at = range.end;
        }
        out.push_str(&text[at..]);
        (out, offered)
    }

    /// Copies the file `link` of `chapter` (once), and returns its course path.
    fn copy(&mut self, chapter: &ChapterText, link: &str) -> Result<String, Message> {
        let asset = self.book.read_asset(chapter, link)?;
        if let Some(done) = self.copied.get(&asset.path) {
            return Ok(done.clone());
        }
        let src = &self.book.config.src;
        let rel = asset
            .path
            .strip_prefix(&format!("{src}/"))
            .unwrap_or(&asset.path)
            .to_string();
        let course_path = self.new_path(&format!("media/{}", safe_path(&rel)));
        self.copied.insert(asset.path, course_path.clone());
        self.copies.push((course_path.clone(), asset.bytes));
        Ok(course_path)
    }

    /// The questions of an mdbook-quiz file, in order; consecutive questions
    /// of one `multipart` key form a group with its text.
    fn quiz_questions(&mut self, quiz: &QuizFile, file: &str) -> Vec<Question> {
        let mut ids = Ids::default();
        let mut out: Vec<Question> = Vec::new();
        let mut i = 0;
        while i < quiz.questions.len() {
            let entry = &quiz.questions[i];
            let shared = entry
                .multipart
                .as_ref()
                .and_then(|k| quiz.multipart.get(k).map(|t| (k, t)));
            match shared {
                Some((key, text)) => {
                    let mut parts = Vec::new();
                    let mut j = i;
                    while j < quiz.questions.len()
                        && quiz.questions[j].multipart.as_ref() == Some(key)
                    {
                        let e = &quiz.questions[j];
                        for q in self.question(e, file, &mut ids, true) {
                            match q {
                                q @ Question::Group { .. } => out.push(q),
                                q => parts.push(q),
                            }
                        }
                        j += 1;
                    }
                    if !parts.is_empty() {
                        let gid = unique(&format!("part-{}", slug_or(key, "group")), &mut ids);
                        out.push(Question::Group {
                            id: gid,
                            stimulus: text.clone(),
                            questions: parts,
                        });
                    }
                    i = j;
                }
                None => {
                    let qs = self.question(entry, file, &mut ids, false);
                    out.extend(qs);
                    i += 1;
                }
            }
        }
        out
    }

    /// One mdbook-quiz question as amphi questions (none when left out; a
    /// group for a Tracing question or a prompt with blocks).
    fn question(
        &mut self,
        e: &QuizEntry,
        file: &str,
        ids: &mut Ids,
        in_group: bool,
    ) -> Vec<Question> {
        use super::Question as Q;
        let kind = kind_of(e);
        let name =
            e.id.clone()
                .unwrap_or_else(|| format!("question {}", e.index));
        let note = |m: Message| Note::in_file(file.to_string(), 0, name.clone(), m);
        let q = match &e.question {
            Ok(q) => q,
            Err(why) => {
                self.tally.left_out(kind, note(why.clone()));
                return Vec::new();
            }
        };
        let base =
            e.id.as_deref()
                .map(slug)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| format!("q{}", e.index));
        let mut approx: Vec<Message> = Vec::new();
        if e.multipart.is_some() && !in_group {
            approx.push(
                Message::new("import-mdbook-multipart-missing").arg("table", "`[multipart]`"),
            );
        }
        let made: Vec<Question> = match q {
            Q::MultipleChoice(mc) => {
                let f = &mc.0;
                let context = f.context.as_ref().map(|c| plain(&c.0));
                let answers: Vec<String> = match &f.answer.answer {
                    MultipleChoiceAnswerFormat::Single(a) => vec![a.0.clone()],
                    MultipleChoiceAnswerFormat::Multi(v) => v.iter().map(|a| a.0.clone()).collect(),
                };
                let distractors: Vec<String> =
                    f.prompt.distractors.iter().map(|d| d.0.clone()).collect();
                let mut choices: Vec<(String, bool)> = Vec::new();
                for (text, right) in answers
                    .iter()
                    .map(|a| (a, true))
                    .chain(distractors.iter().map(|d| (d, false)))
                {
                    if text.contains('\n') && text.trim().contains('\n') {
                        approx.push(Message::new("import-mdbook-choice-lines"));
                    }
                    let t = plain(text);
                    if t.is_empty() {
                        approx.push(Message::new("import-mdbook-choice-empty"));
                        continue;
                    }
                    if choices.iter().any(|(c, _)| *c == t) {
                        approx.push(
                            Message::new("import-mdbook-choice-twice").arg("choice", t.as_str()),
                        );
                        continue;
                    }
                    choices.push((t, right));
                }
                let right = choices.iter().filter(|(_, r)| *r).count();
                if right == 0 || choices.len() < 2 {
                    self.tally
                        .left_out(kind, note(Message::new("import-mdbook-choice-too-few")));
                    return Vec::new();
                }
                order_choices(
                    &mut choices,
                    &f.prompt.prompt.0,
                    f.prompt.answer_index,
                    f.prompt.sort_answers == Some(true),
                );
                if f.prompt.sort_answers != Some(true) && f.prompt.answer_index.is_none() {
                    approx.push(Message::new("import-mdbook-choice-order"));
                }
                let texts: Vec<String> = choices.iter().map(|(t, _)| t.clone()).collect();
                let rights: Vec<usize> = choices
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, r))| *r)
                    .map(|(k, _)| k + 1)
                    .collect();
                let (prompt, stimulus) = self.prompt(
                    &f.prompt.prompt.0,
                    in_group,
                    &mut approx,
                    &tr(
                        self.lang,
                        if right == 1 {
                            "import-course-choose-one"
                        } else {
                            "import-course-choose-every"
                        },
                        &[],
                    ),
                );
                let id = unique(&base, ids);
                let q = if rights.len() == 1 {
                    Question::SingleChoice {
                        id,
                        prompt,
                        choices: texts,
                        answer: rights[0],
                        feedback: BTreeMap::new(),
                        explanation: context,
                        extra: QuestionExtra::default(),
                    }
                } else {
                    Question::MultipleChoice {
                        id,
                        prompt,
                        choices: texts,
                        answers: rights,
                        feedback: BTreeMap::new(),
                        explanation: context,
                        extra: QuestionExtra::default(),
                    }
                };
                wrap(q, stimulus, &base, ids)
            }
            Q::ShortAnswer(sa) => {
                let f = &sa.0;
                let context = f.context.as_ref().map(|c| plain(&c.0));
                let mut answers = vec![one_line(&f.answer.answer)];
                for a in f.answer.alternatives.iter().flatten() {
                    let a = one_line(a);
                    if !answers.contains(&a) {
                        answers.push(a);
                    }
                }
                answers.retain(|a| !a.is_empty());
                if answers.is_empty() {
                    self.tally
                        .left_out(kind, note(Message::new("import-mdbook-answer-blank")));
                    return Vec::new();
                }
                match f.prompt.response {
                    Some(ShortAnswerResponseFormat::Long)
                    | Some(ShortAnswerResponseFormat::Code) => {
                        approx.push(Message::new("import-mdbook-long-answer"));
                    }
                    _ => {}
                }
                let (prompt, stimulus) = self.prompt(
                    &f.prompt.prompt.0,
                    in_group,
                    &mut approx,
                    &tr(self.lang, "import-course-type-answer", &[]),
                );
                let id = unique(&base, ids);
                wrap(
                    Question::ShortAnswer {
                        id,
                        prompt,
                        answers,
                        pattern: None,
                        explanation: context,
                        extra: QuestionExtra::default(),
                    },
                    stimulus,
                    &base,
                    ids,
                )
            }
            Q::Tracing(t) => {
                let f = &t.0;
                let context = f.context.as_ref().map(|c| plain(&c.0));
                if in_group {
                    approx.push(Message::new("import-mdbook-tracing-multipart"));
                }
                let program = f.prompt.program.trim_end_matches('\n');
                let mut parts = vec![Question::TrueFalse {
                    id: unique(&format!("{base}-compiles"), ids),
                    prompt: tr(self.lang, "import-course-tracing-compiles", &[]),
                    answer: f.answer.does_compile,
                    feedback: BTreeMap::new(),
                    explanation: None,
                }];
                if f.answer.does_compile {
                    match f.answer.stdout.as_deref().map(one_line) {
                        Some(out) if !out.is_empty() => {
                            let several = f
                                .answer
                                .stdout
                                .as_deref()
                                .is_some_and(|s| s.trim().contains('\n'));
                            parts.push(Question::ShortAnswer {
                                id: unique(&format!("{base}-output"), ids),
                                prompt: tr(
                                    self.lang,
                                    if several {
                                        "import-course-tracing-output-lines"
                                    } else {
                                        "import-course-tracing-output"
                                    },
                                    &[],
                                ),
                                answers: vec![out],
                                pattern: None,
                                explanation: None,
                                extra: QuestionExtra::default(),
                            });
                        }
                        _ => approx.push(Message::new("import-mdbook-tracing-no-output")),
                    }
                } else if let Some(n) = f.answer.line_number {
                    parts.push(Question::Numeric {
                        id: unique(&format!("{base}-line"), ids),
                        prompt: tr(self.lang, "import-course-tracing-line", &[]),
                        answers: vec![NumericAnswer {
                            answer: Some(Num(n as f64)),
                            tolerance: None,
                            range: None,
                            credit: None,
                            feedback: None,
                        }],
                        explanation: None,
                        extra: QuestionExtra::default(),
                    });
                } else {
                    approx.push(Message::new("import-mdbook-tracing-no-line"));
                }
                // The context explains the whole answer: after the last part
                // only, so that it does not give the next part away.
                if let Some(
                    Question::TrueFalse { explanation, .. }
                    | Question::ShortAnswer { explanation, .. }
                    | Question::Numeric { explanation, .. },
                ) = parts.last_mut()
                {
                    *explanation = context;
                }
                let width = program.lines().count().to_string().len();
                let code = program
                    .lines()
                    .enumerate()
                    .map(|(k, l)| format!("{:>width$} | {l}", k + 1))
                    .collect::<Vec<_>>()
                    .join("\n");
                let fence = fence_for(&code);
                vec![Question::Group {
                    id: unique(&base, ids),
                    stimulus: format!(
                        "{}\n\n{fence}rust\n{code}\n{fence}\n",
                        tr(self.lang, "import-course-tracing-stimulus", &[])
                    ),
                    questions: parts,
                }]
            }
        };
        if made.is_empty() {
            return made;
        }
        self.questions += count_questions(&made);
        if approx.is_empty() {
            self.tally.converted(kind);
        } else {
            let message = if approx.len() == 1 {
                approx.remove(0)
            } else {
                Message::several(approx)
            };
            self.tally.approximated(kind, note(message));
        }
        made
    }

    /// A prompt's Markdown as amphi's one-paragraph prompt, or, when it holds
    /// code or several paragraphs (and the question is not in a group), a
    /// stimulus to make a group of and `ask` as the prompt.
    fn prompt(
        &self,
        md: &str,
        in_group: bool,
        approx: &mut Vec<Message>,
        ask: &str,
    ) -> (String, Option<String>) {
        let md = md.trim();
        let blocks = md.contains("\n\n") || md.contains("```") || md.contains("\n    ");
        if !blocks {
            return (plain(md), None);
        }
        if in_group {
            approx.push(Message::new("import-mdbook-prompt-one-line"));
            return (plain(md), None);
        }
        (ask.to_string(), Some(md.to_string()))
    }
}

/// `q`, or a group of `q` with `stimulus` (id `<base>-text`).
fn wrap(q: Question, stimulus: Option<String>, base: &str, ids: &mut Ids) -> Vec<Question> {
    match stimulus {
        None => vec![q],
        Some(stimulus) => vec![Question::Group {
            id: unique(&format!("{base}-text"), ids),
            stimulus,
            questions: vec![q],
        }],
    }
}

fn count_questions(qs: &[Question]) -> usize {
    qs.iter()
        .map(|q| match q {
            Question::Group { questions, .. } => questions.len(),
            _ => 1,
        })
        .sum()
}

fn kind_of(e: &QuizEntry) -> &'static str {
    match e.kind.as_str() {
        "MultipleChoice" => "MultipleChoice",
        "ShortAnswer" => "ShortAnswer",
        "Tracing" => "Tracing",
        _ => "other question",
    }
}

fn slug_or(s: &str, or: &str) -> String {
    let s = slug(s);
    if s.is_empty() { or.to_string() } else { s }
}

/// Puts the choices in their shown order: sorted by text, the one answer at
/// `answer_index`, or a fixed order drawn from the prompt (so the right answer
/// is not always first, and a new import gives the same order).
fn order_choices(
    choices: &mut Vec<(String, bool)>,
    prompt: &str,
    answer_index: Option<usize>,
    sort: bool,
) {
    if sort {
        choices.sort_by(|a, b| a.0.cmp(&b.0));
        return;
    }
    if let Some(at) = answer_index
        && choices.iter().filter(|(_, r)| *r).count() == 1
    {
        let k = choices.iter().position(|(_, r)| *r).unwrap_or(0);
        let right = choices.remove(k);
        let at = at.min(choices.len());
        choices.insert(at, right);
        return;
    }
    // FNV-1a of the prompt seeds a small xorshift: stable across imports.
    let mut seed: u64 = 0xcbf2_9ce4_8422_2325;
    for b in prompt.bytes() {
        seed ^= u64::from(b);
        seed = seed.wrapping_mul(0x0100_0000_01b3);
    }
    for k in (1..choices.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let j = (seed % (k as u64 + 1)) as usize;
        choices.swap(k, j);
    }
}

/// Whether `dest` is a web address or another scheme (`mailto:`…).
fn is_external(dest: &str) -> bool {
    if dest.starts_with("//") {
        return true;
    }
    match dest.find(':') {
        Some(i) => {
            let scheme = &dest[..i];
            !scheme.is_empty()
                && scheme.len() > 1
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// A code fence longer than any run of backticks in `code`.
fn fence_for(code: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    "`".repeat((longest + 1).max(3))
}

/// `text` without its first line when that is a heading (`# ` to `###### `:
/// the Rust book's sub-chapters start with `## `) repeating the chapter's
/// `name` (amphi shows the lesson's title above its text).
fn drop_title_heading(text: &str, name: &str) -> String {
    let trimmed = text.trim_start_matches(['\n', '\r', ' ']);
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    let first = first.trim_end();
    let level = first.len() - first.trim_start_matches('#').len();
    if (1..=6).contains(&level)
        && let Some(h) = first[level..].strip_prefix(' ')
        && one_line(h.trim_end_matches('#')).eq_ignore_ascii_case(&one_line(name))
    {
        return rest.to_string();
    }
    text.to_string()
}

/// Rust code blocks without the lines mdBook hides (`# ` at the start, or a
/// lone `#`); `##` at the start shows as `#`, as mdBook shows it.
fn hide_rust_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<(char, usize)> = None;
    let mut rust = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        let fence_char = t.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = fence_char.map_or(0, |c| t.chars().take_while(|x| *x == c).count());
        match fence {
            None if indent < 4 && run >= 3 => {
                let c = fence_char.unwrap_or('`');
                let info = t[run..].trim();
                let lang = info
                    .split([',', ' '])
                    .next()
                    .unwrap_or("")
                    .trim_start_matches('{');
                rust = lang == "rust";
                fence = Some((c, run));
                out.push_str(line);
                continue;
            }
            Some((c, n))
                if indent < 4
                    && fence_char == Some(c)
                    && run >= n
                    && t[run..].trim().is_empty() =>
            {
                fence = None;
                out.push_str(line);
                continue;
            }
            Some(_) if rust => {
                let body = line.trim_end_matches(['\n', '\r']);
                let code = body.trim_start();
                if code == "#" || code.starts_with("# ") {
                    continue;
                }
                if let Some(rest) = code.strip_prefix("##") {
                    let lead = &body[..body.len() - code.len()];
                    out.push_str(lead);
                    out.push('#');
                    out.push_str(rest);
                    out.push_str(&line[body.len()..]);
                    continue;
                }
            }
            _ => {}
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_rust_lines_are_dropped_only_in_rust_blocks() {
        let md = "# Title\n\n```rust\n# fn main() {\nlet x = 1;\n##[derive(Debug)]\n# }\n```\n\n```text\n# kept\n```\n";
        let out = hide_rust_lines(md);
        assert_eq!(
            out,
            "# Title\n\n```rust\nlet x = 1;\n#[derive(Debug)]\n```\n\n```text\n# kept\n```\n"
        );
    }

    #[test]
    fn choices_keep_a_stable_order_that_does_not_always_put_the_answer_first() {
        let make = || {
            vec![
                ("a".to_string(), true),
                ("b".to_string(), false),
                ("c".to_string(), false),
                ("d".to_string(), false),
            ]
        };
        let mut firsts = HashSet::new();
        for p in ["one", "two", "three", "four", "five", "six"] {
            let mut x = make();
            order_choices(&mut x, p, None, false);
            let mut y = make();
            order_choices(&mut y, p, None, false);
            assert_eq!(x, y, "the same prompt gives the same order");
            firsts.insert(x[0].0.clone());
        }
        assert!(firsts.len() > 1, "{firsts:?}");
        let mut x = make();
        order_choices(&mut x, "p", Some(2), false);
        assert_eq!(x[2].0, "a");
        let mut x = vec![("b".to_string(), false), ("a".to_string(), true)];
        order_choices(&mut x, "p", None, true);
        assert_eq!(x[0].0, "a");
    }

    #[test]
    fn markdown_in_prompts_becomes_one_line_of_plain_text() {
        assert_eq!(
            plain("Which teas come from *Camellia sinensis*?\n\nPick **all**."),
            "Which teas come from Camellia sinensis? Pick all."
        );
        assert_eq!(plain("What is `flat`?"), "What is `flat`?");
        assert_eq!(plain("a\n\n```\nx = 1\n```"), "a x = 1");
    }

    #[test]
    fn a_repeated_title_heading_is_dropped() {
        assert_eq!(drop_title_heading("# Water\n\nText", "water"), "\nText");
        assert_eq!(
            drop_title_heading("# Other\n\nText", "Water"),
            "# Other\n\nText"
        );
        // The Rust book's sub-chapters start with `## Title`.
        assert_eq!(
            drop_title_heading("## Hello, World!\n\nText", "Hello, World!"),
            "\nText"
        );
        assert_eq!(drop_title_heading("#Water\n", "Water"), "#Water\n");
    }

    #[test]
    fn web_addresses_are_external_and_paths_are_not() {
        assert!(is_external("https://example.org/a.png"));
        assert!(is_external("mailto:a@b.c"));
        assert!(is_external("//cdn/a.png"));
        assert!(!is_external("img/a.png"));
        assert!(!is_external("C:/x.png"));
    }
}
