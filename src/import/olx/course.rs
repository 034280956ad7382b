//! An OLX export mapped to an amphi course: chapter → module, sequential →
//! section, vertical → items.
//!
//! The mapping (also in `docs/importing.md`, "Open edX (OLX)"):
//!
//! - `course.xml` names the course's file (`course/<url_name>.xml`): its
//!   `display_name` is the title, its `language` the course's language, and
//!   `olx.<org>.<course>` its id (see [`course_id_for`]);
//! - each `chapter` is a module, each `sequential` a section of it, and the
//!   components of each `vertical` (unit) its items, in order; a component is
//!   written inline or points by `url_name` to its own file
//!   (`html/x.xml` + `html/x.html`, `problem/x.xml`, `video/x.xml`…);
//! - `html` components next to one another in a unit form **one lesson**
//!   (Open edX shows them as one page, without their names): titled with the
//!   unit's name, its id the first component's `url_name`; the lesson's text is
//!   a Markdown file `lessons/<module>/<item>.md`;
//! - the problems of a unit form **one quiz**, titled with the unit's name, its
//!   id the unit's `url_name`, placed where its first problem is; its pass mark
//!   is the grading policy's lowest cutoff when the subsection is graded, else
//!   [`PASS_MARK`];
//! - `video` is a video item: its YouTube or HTML5 address, its transcript
//!   (`.srt` or `.vtt` in `static/`, or Open edX's `.sjson`, turned into SRT)
//!   copied under `transcripts/`, its duration from its clip times, else from
//!   the transcript's last cue (reported as approximated);
//! - static files that lessons show or link to (`/static/x.png`,
//!   `/c4x/…/asset/x`, `/asset-v1:…@x`) are copied under `static/`; images are
//!   shown in the text, other files are also offered as the lesson's `files:`;
//! - `/jump_to_id/<url_name>` links become links to items, written
//!   `item:module/item`, the item made from that unit or component;
//! - components with no equivalent (discussion, poll, survey, LTI, open
//!   response assessment, drag and drop, library content, split test…) are
//!   left out and reported; where they carry text (a poll's question, an
//!   assessment's prompt), the lesson says what was there.
//!
//! Ids come from the `url_name`s (slugged, made unique), so importing a newer
//! export of the same course keeps the learner's progress. Links to units are
//! resolved by converting twice: the first pass finds where every unit and
//! component went.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use roxmltree::Node;

use super::html::{self, HtmlContext};
use super::problem::{self, ProblemInput};
use super::said::Said;
use super::source::{OlxSource, in_file, parse_xml};
use crate::course::MAX_ENTRIES;
use crate::i18n::{Language, Message};
use crate::import::course_files::{
    CourseFile, FileRef, Ids, Item, ModuleFile, Question, SectionFile, slug, unique,
};
pub use crate::import::report::{Converted, CourseSummary, ImportReport, KindReport, Note};

/// The pass mark of a quiz in a subsection that is not graded, or when the
/// grading policy gives none, in percent.
pub const PASS_MARK: u8 = 50;

/// What to call the course, when not what the export says.
#[derive(Debug, Clone, Default)]
pub struct CourseOptions {
    /// The course id; `None`: [`course_id_for`] the export's org and course.
    pub id: Option<String>,
    /// The course title; `None`: the course's `display_name`.
    pub title: Option<String>,
}

/// The course id for an export of course `course` by organisation `org`
/// (the attributes of `course.xml`): `olx.<org>.<course>`, slugged; the run is
/// left out, so a later run of the same course keeps the progress.
pub fn course_id_for(org: &str, course: &str) -> String {
    let parts: Vec<String> = [org, course]
        .iter()
        .map(|p| slug(p))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        "olx.course".into()
    } else {
        format!("olx.{}", parts.join("."))
    }
}

/// The report's kinds that come first, in this order; the problems' kinds and
/// the components left out follow in order of first appearance.
const STRUCTURE: [&str; 5] = ["chapter", "sequential", "vertical", "html", "video"];

/// Where each unit and component went: its `url_name` → `module/item`.
type Jumps = HashMap<String, String>;

/// Turns the export in `source` into a course. The words amphi writes into
/// the course on its own behalf (a lesson saying what a component left out
/// held, a prompt for a question that has none, a fallback title) are French
/// when the export's `language` is French, else English; the report's notes
/// are [`Message`]s, said in the reader's language.
///
/// # Errors
/// When there is no `course.xml` (or the course file it names), when one of
/// the course's XML files does not parse, when the course would break one of
/// amphi's limits, or when nothing in it can be imported: a [`Said`], to
/// render in the reader's language (it derefs to its English text).
pub fn to_course(source: &OlxSource, options: &CourseOptions) -> Result<Converted, Said> {
    let (_, jumps) = build(source, options, &Jumps::new())?;
    let (converted, _) = build(source, options, &jumps)?;
    Ok(converted)
}

// ---------------------------------------------------------------- report

#[derive(Default)]
struct Tally {
    kinds: Vec<KindReport>,
}

impl Tally {
    fn new() -> Self {
        let mut t = Tally::default();
        for k in STRUCTURE {
            t.entry(k);
        }
        t
    }

    fn entry(&mut self, kind: &'static str) -> &mut KindReport {
        let at = match self.kinds.iter().position(|k| k.kind == kind) {
            Some(at) => at,
            None => {
                self.kinds.push(KindReport {
                    kind,
                    found: 0,
                    converted: 0,
                    approximated: Vec::new(),
                    left_out: Vec::new(),
                });
                self.kinds.len() - 1
            }
        };
        &mut self.kinds[at]
    }

    fn found(&mut self, kind: &'static str) {
        self.entry(kind).found += 1;
    }

    /// One more of `kind` converted, exactly when `notes` is empty (the
    /// approximation's note says every way it differs).
    fn converted<M: Into<Message>>(
        &mut self,
        kind: &'static str,
        file: &str,
        name: &str,
        notes: impl IntoIterator<Item = M>,
    ) {
        let notes: Vec<Message> = notes.into_iter().map(Into::into).collect();
        let e = self.entry(kind);
        if notes.is_empty() {
            e.converted += 1;
        } else {
            e.approximated
                .push(Note::in_file(file, 0, name, Message::several(notes)));
        }
    }

    fn left_out(&mut self, kind: &'static str, file: &str, name: &str, why: impl Into<Message>) {
        self.entry(kind)
            .left_out
            .push(Note::in_file(file, 0, name, why));
    }
}

/// No notes: converted exactly.
const EXACT: [Message; 0] = [];

/// The report's kind for a component with no equivalent, and the catalogue
/// message saying why.
fn left_out_kind(tag: &str) -> (&'static str, &'static str) {
    match tag {
        "discussion" => ("discussion", "import-olx-no-discussion"),
        "poll" | "poll_question" => ("poll", "import-olx-no-poll"),
        "survey" => ("survey", "import-olx-no-survey"),
        "word_cloud" => ("word_cloud", "import-olx-no-word-cloud"),
        "lti" | "lti_consumer" => ("lti", "import-olx-no-lti"),
        "openassessment" => ("openassessment", "import-olx-no-openassessment"),
        "drag-and-drop-v2" => ("drag-and-drop-v2", "import-olx-no-drag-and-drop"),
        "library_content" => ("library_content", "import-olx-no-library-content"),
        "split_test" => ("split_test", "import-olx-no-split-test"),
        "done" => ("done", "import-olx-no-done"),
        "edx_sga" | "staffgradedxblock" => ("staff graded", "import-olx-no-staff-graded"),
        "wiki" => ("wiki", "import-olx-no-wiki"),
        "scorm" => ("scorm", "import-olx-no-scorm"),
        _ => ("other component", "import-olx-no-other"),
    }
}

/// The language of the words amphi writes into a course whose `language` is
/// `tag`: that language when amphi speaks it, else English.
fn words_language(tag: Option<&str>) -> Language {
    tag.and_then(Language::from_tag).unwrap_or_default()
}

/// `<tag>: why`, the report's reason for an element it names by its tag.
fn tag_why(tag: &str, why: Message) -> Message {
    Message::new("import-olx-tag-why")
        .arg("tag", tag)
        .arg("why", why)
}

// ---------------------------------------------------------------- files

/// The export's static files copied into the course, and the addresses that
/// lead to them.
struct Statics<'s> {
    source: &'s OlxSource,
    /// A file's name under `static/`, and the same with spaces as `_` and in
    /// lower case (Open edX's addresses write spaces as `_`) → its path.
    index: HashMap<String, &'s str>,
    /// Source path → course path, for those copied.
    copied: BTreeMap<String, String>,
    taken: HashSet<String>,
}

impl<'s> Statics<'s> {
    fn new(source: &'s OlxSource) -> Self {
        let mut index = HashMap::new();
        for path in source.files.keys() {
            if let Some(name) = path.strip_prefix("static/") {
                index.insert(name.to_string(), path.as_str());
                index.entry(loose_name(name)).or_insert(path.as_str());
            }
        }
        Statics {
            source,
            index,
            copied: BTreeMap::new(),
            taken: HashSet::new(),
        }
    }

    /// The course path of the static file named `name` (as written after
    /// `/static/`), copied on first use; `None` when the export lacks it.
    fn copy(&mut self, name: &str, under: &str) -> Option<String> {
        let path = self
            .index
            .get(name)
            .or_else(|| self.index.get(&loose_name(name)))
            .copied()?;
        if let Some(done) = self.copied.get(path) {
            return Some(done.clone());
        }
        let rel = path.strip_prefix("static/").unwrap_or(path);
        let base = format!("{under}/{}", safe_path(rel));
        let mut dest = base.clone();
        let mut n = 2;
        while !self.taken.insert(dest.clone()) {
            dest = match base.rsplit_once('.') {
                Some((stem, ext)) if !stem.ends_with('/') => format!("{stem}-{n}.{ext}"),
                _ => format!("{base}-{n}"),
            };
            n += 1;
        }
        self.copied.insert(path.to_string(), dest.clone());
        Some(dest)
    }

    fn copies(&self) -> Vec<(String, Vec<u8>)> {
        self.copied
            .iter()
            .filter_map(|(src, dest)| {
                self.source
                    .files
                    .get(src)
                    .map(|bytes| (dest.clone(), bytes.clone()))
            })
            .collect()
    }
}

fn loose_name(name: &str) -> String {
    name.replace(' ', "_").to_lowercase()
}

/// A relative path made of ASCII letters, digits, `-`, `_`, `.` and `/` only
/// (what [`Converted`] promises), each part not empty and not `.` or `..`.
fn safe_path(rel: &str) -> String {
    rel.split('/')
        .filter(|p| !p.is_empty())
        .map(|part| {
            let mut s = String::new();
            for c in part.chars() {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    s.push(c);
                } else if !s.ends_with('-') {
                    s.push('-');
                }
            }
            let s = s.trim_matches('-').to_string();
            if s.is_empty() || s.chars().all(|c| c == '.') {
                "file".to_string()
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `%XX` decoded (invalid sequences kept).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The name under `static/` an address points to: `/static/x`, `static/x`,
/// `/c4x/org/course/asset/x`, `/asset-v1:org+course+run+type@asset+block@x`.
fn static_name(addr: &str) -> Option<String> {
    let addr = addr.trim();
    let addr = addr.split(['?', '#']).next().unwrap_or(addr);
    let name = if let Some(n) = addr
        .strip_prefix("/static/")
        .or(addr.strip_prefix("static/"))
    {
        n.to_string()
    } else if let Some(rest) = addr.strip_prefix("/c4x/") {
        rest.splitn(4, '/').nth(3)?.to_string()
    } else if addr.starts_with("/asset-v1:") || addr.starts_with("asset-v1:") {
        addr.rsplit_once("block@")?.1.to_string()
    } else {
        return None;
    };
    let name = percent_decode(&name);
    (!name.is_empty()).then_some(name)
}

fn is_image(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// The address rewriting for one lesson or problem: static files copied,
/// `jump_to_id` links resolved, and the files to offer beside the lesson.
struct Resolver<'a, 's> {
    statics: &'a RefCell<Statics<'s>>,
    jumps: &'a Jumps,
    files: RefCell<Vec<FileRef>>,
}

impl Resolver<'_, '_> {
    fn resolve(&self, addr: &str) -> Option<String> {
        let trimmed = addr.trim();
        if let Some(rest) = trimmed
            .strip_prefix("/jump_to_id/")
            .or(trimmed.strip_prefix("jump_to_id/"))
        {
            let id = rest.split(['/', '?', '#']).next().unwrap_or(rest);
            return self.jumps.get(id).map(|t| format!("item:{t}"));
        }
        if let Some(target) = self.jumps.get(trimmed) {
            // A unit's bare `url_name`, as Studio writes a relative link.
            return Some(format!("item:{target}"));
        }
        let name = static_name(trimmed)?;
        let dest = self.statics.borrow_mut().copy(&name, "static")?;
        if !is_image(&dest) {
            let mut files = self.files.borrow_mut();
            if !files.iter().any(|f| f.path == dest) {
                let title = name.rsplit('/').next().unwrap_or(&name).to_string();
                files.push(FileRef {
                    title,
                    path: dest.clone(),
                });
            }
        }
        Some(dest)
    }
}

// ---------------------------------------------------------------- XML

/// An element and the file it was read from (with that file's text, for
/// components written inline).
#[derive(Clone, Copy)]
struct El<'a, 's> {
    node: Node<'a, 's>,
    file: &'a str,
    text: &'s str,
}

impl<'a, 's> El<'a, 's> {
    fn attr(&self, name: &str) -> Option<&'a str> {
        self.node.attribute(name)
    }

    fn name(&self) -> String {
        self.attr("display_name")
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    }

    fn url_name(&self) -> &'a str {
        self.attr("url_name").unwrap_or("")
    }

    fn children(&self) -> impl Iterator<Item = El<'a, 's>> + '_ {
        let (file, text) = (self.file, self.text);
        self.node
            .children()
            .filter(Node::is_element)
            .map(move |node| El { node, file, text })
    }

    fn tag(&self) -> &'a str {
        self.node.tag_name().name()
    }
}

/// A parsed file kept alive while its elements are walked.
struct Loaded<'s> {
    file: String,
    text: &'s str,
    doc: roxmltree::Document<'s>,
}

/// The file `<tag>/<url_name>.xml` when `el` points to it (no child
/// elements, and the file exists), parsed.
fn pointed<'s>(source: &'s OlxSource, el: &El<'_, 's>) -> Result<Option<Loaded<'s>>, Message> {
    let url = el.url_name();
    if url.is_empty() || el.node.children().any(|c| c.is_element()) {
        return Ok(None);
    }
    let file = format!("{}/{}.xml", el.tag(), url);
    let Some(text) = source.text(&file) else {
        return Ok(None);
    };
    let doc = parse_xml(text).map_err(|e| in_file(&file, e))?;
    Ok(Some(Loaded { file, text, doc }))
}

/// `el` itself, or the element of the file it points to, with the pointer's
/// attributes (its `display_name`, say) kept when the file lacks them.
macro_rules! deref {
    ($source:expr, $el:expr, $loaded:ident) => {{
        $loaded = pointed($source, &$el)?;
        match &$loaded {
            Some(l) => El {
                node: l.doc.root_element(),
                file: l.file.as_str(),
                text: l.text,
            },
            None => $el,
        }
    }};
}

/// The text inside an element, as written in its file (for HTML and problems
/// written inline).
fn inner_text<'s>(el: &El<'_, 's>) -> &'s str {
    let kids: Vec<Node> = el.node.children().collect();
    match (kids.first(), kids.last()) {
        (Some(a), Some(b)) => el.text.get(a.range().start..b.range().end).unwrap_or(""),
        _ => "",
    }
}

// ---------------------------------------------------------------- mapping

/// An item being made from a unit.
enum Pending {
    Lesson(Lesson),
    Quiz {
        title: String,
        questions: Vec<Question>,
        ids: Vec<String>,
        attempts: Vec<Option<u32>>,
        /// Each problem's `showanswer`, when it sets one.
        show: Vec<Option<String>>,
    },
    Ready(Item, Vec<String>),
}

/// A lesson made of the Markdown of components next to one another.
struct Lesson {
    id: String,
    title: String,
    pieces: Vec<String>,
    files: Vec<FileRef>,
    /// The `url_name`s of its components (link targets).
    ids: Vec<String>,
}

struct Build<'s> {
    source: &'s OlxSource,
    tally: Tally,
    statics: RefCell<Statics<'s>>,
    jumps_in: &'s Jumps,
    jumps: Jumps,
    language: Option<String>,
    graded_pass_mark: u8,
    files: Vec<(String, String)>,
    copies: Vec<(String, Vec<u8>)>,
    items: usize,
    questions: usize,
}

fn build<'s>(
    source: &'s OlxSource,
    options: &CourseOptions,
    jumps_in: &'s Jumps,
) -> Result<(Converted, Jumps), Said> {
    build_said(source, options, jumps_in).map_err(Said::from)
}

fn build_said<'s>(
    source: &'s OlxSource,
    options: &CourseOptions,
    jumps_in: &'s Jumps,
) -> Result<(Converted, Jumps), Message> {
    let top_text = source
        .text("course.xml")
        .ok_or_else(|| Message::new("import-olx-no-course-file"))?;
    let top_doc = parse_xml(top_text).map_err(|e| in_file("course.xml", e))?;
    let top = El {
        node: top_doc.root_element(),
        file: "course.xml",
        text: top_text,
    };
    if top.tag() != "course" {
        return Err(Message::new("import-olx-not-a-course"));
    }
    let url_name = top.url_name().to_string();
    let loaded;
    let course = deref!(source, top, loaded);
    if loaded.is_none() && !url_name.is_empty() && !top.node.children().any(|c| c.is_element()) {
        return Err(Message::new("import-olx-course-file-missing")
            .arg("file", format!("course/{url_name}.xml")));
    }
    let attr = |n: &str| course.attr(n).or_else(|| top.attr(n)).unwrap_or("");
    let language = Some(attr("language").trim().to_string()).filter(|l| {
        !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    let lang = words_language(language.as_deref());
    let id = options
        .id
        .clone()
        .unwrap_or_else(|| course_id_for(attr("org"), attr("course")));
    let title = options.title.clone().unwrap_or_else(|| {
        let n = course.name();
        if n.is_empty() {
            Message::new("import-olx-course-title").render(lang)
        } else {
            n
        }
    });

    let mut b = Build {
        source,
        tally: Tally::new(),
        statics: RefCell::new(Statics::new(source)),
        jumps_in,
        jumps: Jumps::new(),
        language: language.clone(),
        graded_pass_mark: grading_pass_mark(source, &url_name),
        files: Vec::new(),
        copies: Vec::new(),
        items: 0,
        questions: 0,
    };

    let mut module_ids = Ids::default();
    let mut modules = Vec::new();
    for ch in course.children() {
        match ch.tag() {
            "chapter" => {
                if let Some(m) = b.chapter(ch, &mut module_ids)? {
                    if modules.len() == MAX_ENTRIES {
                        return Err(
                            Message::new("import-olx-too-many-chapters").arg("limit", MAX_ENTRIES)
                        );
                    }
                    modules.push(m);
                }
            }
            tag => {
                let (kind, why) = left_out_kind(tag);
                b.tally.found(kind);
                let shown = non_blank(ch.name(), ch.url_name().to_string(), tag);
                b.tally
                    .left_out(kind, ch.file, &shown, tag_why(tag, Message::new(why)));
            }
        }
    }

    let mut module_paths = Vec::new();
    let mut files = Vec::new();
    for (n, m) in modules.into_iter().enumerate() {
        let path = format!("modules/{:02}-{}.yaml", n + 1, safe_path(&m.id));
        files.push((
            path.clone(),
            crate::course::yaml::to_string(&m).map_err(Message::verbatim)?,
        ));
        module_paths.push(path);
    }
    if module_paths.is_empty() {
        return Err(Message::new("import-olx-nothing"));
    }
    let description = source
        .text("about/short_description.html")
        .map(|h| html::to_inline(h, &HtmlContext { resolve: &|_| None }))
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| Message::new("import-olx-course-description").render(lang));
    let course_file = CourseFile {
        id: id.clone(),
        title: title.clone(),
        description,
        language,
        modules: module_paths.clone(),
    };
    files.insert(
        0,
        (
            "course.yaml".into(),
            crate::course::yaml::to_string(&course_file).map_err(Message::verbatim)?,
        ),
    );
    files.append(&mut b.files);
    let mut copies = b.statics.borrow().copies();
    copies.append(&mut b.copies);

    let kinds = std::mem::take(&mut b.tally.kinds)
        .into_iter()
        .filter(|k| k.found > 0)
        .collect();
    let report = ImportReport {
        format: "olx",
        course: CourseSummary {
            id,
            title,
            modules: module_paths.len(),
            items: b.items,
            questions: b.questions,
        },
        kinds,
        warnings: Vec::new(),
    };
    Ok((
        Converted {
            files,
            copies,
            report,
        },
        b.jumps,
    ))
}

/// The pass mark of graded quizzes: the lowest grade cutoff of
/// `policies/<run>/grading_policy.json`, in percent; [`PASS_MARK`] without one.
fn grading_pass_mark(source: &OlxSource, run: &str) -> u8 {
    let text = source
        .text(&format!("policies/{run}/grading_policy.json"))
        .or_else(|| {
            source
                .files
                .keys()
                .find(|k| k.starts_with("policies/") && k.ends_with("/grading_policy.json"))
                .and_then(|k| source.text(k))
        });
    let Some(text) = text else { return PASS_MARK };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        return PASS_MARK;
    };
    json.get("GRADE_CUTOFFS")
        .and_then(|c| c.as_object())
        .and_then(|c| {
            c.values()
                .filter_map(serde_json::Value::as_f64)
                .filter(|v| (0.0..=1.0).contains(v))
                .min_by(|a, b| a.total_cmp(b))
        })
        .map_or(PASS_MARK, |v| (v * 100.0).round() as u8)
}

fn id_from(url_name: &str, fallback: &str) -> String {
    let s = slug(url_name);
    if s.is_empty() {
        let f = slug(fallback);
        if f.is_empty() { "x".into() } else { f }
    } else {
        s
    }
}

impl<'s> Build<'s> {
    fn chapter(
        &mut self,
        el: El<'_, 's>,
        module_ids: &mut Ids,
    ) -> Result<Option<ModuleFile>, Message> {
        let loaded;
        let ch = deref!(self.source, el, loaded);
        self.tally.found("chapter");
        let title = non_blank(
            ch.name(),
            el.name(),
            &self.words("import-olx-title-chapter"),
        );
        let id = unique(&id_from(el.url_name(), &title), module_ids);
        let mut item_ids = Ids::default();
        let mut section_ids = Ids::default();
        let mut sections = Vec::new();
        for seq in ch.children() {
            if seq.tag() != "sequential" {
                // A unit or component right under a chapter: a section of its own.
                let items = self.unit_or_component(seq, &id, &mut item_ids, PASS_MARK)?;
                if !items.is_empty() {
                    let t = non_blank(seq.name(), String::new(), &title);
                    sections.push(SectionFile {
                        id: unique(&id_from(seq.url_name(), &t), &mut section_ids),
                        title: t,
                        items,
                    });
                }
                continue;
            }
            let loaded;
            let s = deref!(self.source, seq, loaded);
            self.tally.found("sequential");
            let stitle = non_blank(
                s.name(),
                seq.name(),
                &self.words("import-olx-title-section"),
            );
            let graded = s
                .attr("graded")
                .is_some_and(|g| g.eq_ignore_ascii_case("true"));
            let pass = if graded {
                self.graded_pass_mark
            } else {
                PASS_MARK
            };
            let mut items = Vec::new();
            for v in s.children() {
                items.extend(self.unit_or_component(v, &id, &mut item_ids, pass)?);
            }
            if items.is_empty() {
                self.tally.left_out(
                    "sequential",
                    s.file,
                    &stitle,
                    Message::new("import-olx-empty-subsection"),
                );
                continue;
            }
            self.tally.converted("sequential", s.file, &stitle, EXACT);
            if items.len() > MAX_ENTRIES {
                return Err(Message::new("import-olx-too-many-items")
                    .arg("title", stitle)
                    .arg("limit", MAX_ENTRIES));
            }
            sections.push(SectionFile {
                id: unique(&id_from(seq.url_name(), &stitle), &mut section_ids),
                title: stitle,
                items,
            });
        }
        if sections.is_empty() {
            self.tally.left_out(
                "chapter",
                ch.file,
                &title,
                Message::new("import-olx-empty-chapter"),
            );
            return Ok(None);
        }
        if sections.len() > MAX_ENTRIES {
            return Err(Message::new("import-olx-too-many-subsections")
                .arg("title", title)
                .arg("limit", MAX_ENTRIES));
        }
        self.tally.converted("chapter", ch.file, &title, EXACT);
        Ok(Some(ModuleFile {
            id,
            title,
            items: Vec::new(),
            sections,
        }))
    }

    /// A vertical's items, or those of a component standing where a unit
    /// should (an implicit unit of one component).
    fn unit_or_component(
        &mut self,
        el: El<'_, 's>,
        module: &str,
        item_ids: &mut Ids,
        pass: u8,
    ) -> Result<Vec<Item>, Message> {
        if el.tag() == "vertical" {
            return self.vertical(el, module, item_ids, pass);
        }
        let mut pending = Vec::new();
        let title = non_blank(
            el.name(),
            String::new(),
            &self.words("import-olx-title-unit"),
        );
        self.component(el, &title, &mut pending, 0)?;
        self.finish_unit(pending, el.url_name(), module, item_ids, pass)
    }

    fn vertical(
        &mut self,
        el: El<'_, 's>,
        module: &str,
        item_ids: &mut Ids,
        pass: u8,
    ) -> Result<Vec<Item>, Message> {
        let loaded;
        let v = deref!(self.source, el, loaded);
        self.tally.found("vertical");
        let title = non_blank(v.name(), el.name(), &self.words("import-olx-title-unit"));
        let mut pending = Vec::new();
        for c in v.children() {
            self.component(c, &title, &mut pending, 0)?;
        }
        let items = self.finish_unit(pending, el.url_name(), module, item_ids, pass)?;
        if items.is_empty() {
            self.tally.left_out(
                "vertical",
                v.file,
                &title,
                Message::new("import-olx-empty-unit"),
            );
        } else {
            self.tally.converted("vertical", v.file, &title, EXACT);
        }
        Ok(items)
    }

    /// The lesson being written at the end of `pending`, started when needed.
    fn lesson<'p>(pending: &'p mut Vec<Pending>, id: &str, title: &str) -> &'p mut Lesson {
        if !matches!(pending.last(), Some(Pending::Lesson(_))) {
            pending.push(Pending::Lesson(Lesson {
                id: id.to_string(),
                title: title.to_string(),
                pieces: Vec::new(),
                files: Vec::new(),
                ids: Vec::new(),
            }));
        }
        match pending.last_mut() {
            Some(Pending::Lesson(l)) => l,
            _ => unreachable!("a lesson was just pushed"),
        }
    }

    /// The language of the words amphi writes into the course: the course's
    /// when amphi speaks it, else English.
    fn lang(&self) -> Language {
        words_language(self.language.as_deref())
    }

    /// The catalogue message `id` in the course's language.
    fn words(&self, id: &'static str) -> String {
        Message::new(id).render(self.lang())
    }

    /// `html` as Markdown, amphi's own words in the course's language.
    fn markdown(&self, html: &str, resolve: &dyn Fn(&str) -> Option<String>) -> html::HtmlMarkdown {
        html::to_markdown_in(html, &HtmlContext { resolve }, self.lang())
    }

    fn resolver(&self) -> Resolver<'_, 's> {
        Resolver {
            statics: &self.statics,
            jumps: self.jumps_in,
            files: RefCell::new(Vec::new()),
        }
    }

    /// One component of a unit, added to `pending`.
    fn component(
        &mut self,
        el: El<'_, 's>,
        unit_title: &str,
        pending: &mut Vec<Pending>,
        depth: usize,
    ) -> Result<(), Message> {
        let loaded;
        let c = deref!(self.source, el, loaded);
        let tag = el.tag();
        let url = el.url_name().to_string();
        let name = non_blank(c.name(), el.name(), "");
        let titled = c
            .node
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let name = non_blank(name, titled, "");
        let shown = if name.is_empty() {
            url.clone()
        } else {
            name.clone()
        };
        match tag {
            "html" => {
                self.tally.found("html");
                let html_text = match c.attr("filename") {
                    Some(f) => self
                        .source
                        .text(&format!("html/{f}.html"))
                        .or_else(|| self.source.text(&format!("html/{f}")))
                        .map(str::to_string),
                    // No file named: the HTML inside, else `html/<url_name>.html`.
                    None if c.node.has_children() => Some(inner_text(&c).to_string()),
                    None => self
                        .source
                        .text(&format!("html/{url}.html"))
                        .map(str::to_string),
                };
                let Some(html_text) = html_text else {
                    self.tally.left_out(
                        "html",
                        c.file,
                        &shown,
                        Message::new("import-olx-html-file-missing"),
                    );
                    return Ok(());
                };
                let r = self.resolver();
                let resolve = |a: &str| r.resolve(a);
                let md = self.markdown(&html_text, &resolve);
                let files = r.files.into_inner();
                if md.markdown.trim().is_empty() {
                    let why = if md.notes.is_empty() {
                        Message::new("import-olx-empty")
                    } else {
                        Message::new("import-olx-nothing-to-read")
                            .arg("notes", Message::several(md.notes))
                    };
                    self.tally.left_out("html", c.file, &shown, why);
                    return Ok(());
                }
                let lesson = Self::lesson(pending, &url, unit_title);
                lesson.pieces.push(md.markdown);
                lesson.ids.push(url.clone());
                for f in files {
                    if !lesson.files.contains(&f) {
                        lesson.files.push(f);
                    }
                }
                self.tally.converted("html", c.file, &shown, md.notes);
            }
            "problem" => {
                let xml = match &loaded {
                    Some(l) => l.text,
                    None => el.text.get(el.node.range()).unwrap_or(""),
                };
                let r = self.resolver();
                let resolve = |a: &str| r.resolve(a);
                let ctx = HtmlContext { resolve: &resolve };
                let out = problem::convert_in(
                    &ProblemInput {
                        url_name: &url,
                        xml,
                        html: &ctx,
                    },
                    self.lang(),
                );
                let files = r.files.into_inner();
                let kind = out.kind;
                self.tally.found(kind);
                if !out.questions.is_empty() {
                    self.tally
                        .converted(kind, c.file, &shown, out.approximated.clone());
                    let at = pending
                        .iter()
                        .position(|p| matches!(p, Pending::Quiz { .. }));
                    let at = match at {
                        Some(at) => at,
                        None => {
                            pending.push(Pending::Quiz {
                                title: unit_title.to_string(),
                                questions: Vec::new(),
                                ids: Vec::new(),
                                attempts: Vec::new(),
                                show: Vec::new(),
                            });
                            pending.len() - 1
                        }
                    };
                    let showanswer = parse_xml(xml).ok().and_then(|d| {
                        d.root_element()
                            .attribute("showanswer")
                            .map(|s| s.trim().to_ascii_lowercase())
                            .filter(|s| !s.is_empty())
                    });
                    if let Pending::Quiz {
                        questions,
                        ids,
                        attempts,
                        show,
                        ..
                    } = &mut pending[at]
                    {
                        questions.extend(out.questions);
                        ids.push(url.clone());
                        attempts.push(out.max_attempts);
                        show.push(showanswer);
                    }
                } else {
                    let why = out.left_out.clone().map_or_else(
                        || Message::new("import-olx-no-question"),
                        Said::into_message,
                    );
                    self.tally.left_out(kind, c.file, &shown, why);
                }
                if let Some(text) = out.lesson.filter(|t| !t.trim().is_empty()) {
                    let lesson = Self::lesson(pending, &url, unit_title);
                    lesson.pieces.push(text);
                    lesson.ids.push(url.clone());
                    for f in files {
                        if !lesson.files.contains(&f) {
                            lesson.files.push(f);
                        }
                    }
                }
            }
            "video" => {
                self.tally.found("video");
                match self.video(&c, &name) {
                    Ok((item, notes)) => {
                        self.tally.converted("video", c.file, &shown, notes);
                        pending.push(Pending::Ready(item, vec![url.clone()]));
                    }
                    Err(why) => self.tally.left_out("video", c.file, &shown, why),
                }
            }
            "vertical" | "conditional" if depth < 20 => {
                // A unit inside a unit, or content shown on a condition: its
                // components, in place.
                let kind = if tag == "vertical" {
                    "vertical"
                } else {
                    "conditional"
                };
                self.tally.found(kind);
                let notes = if tag == "conditional" {
                    vec![Message::new("import-olx-conditional")]
                } else {
                    Vec::new()
                };
                self.tally.converted(kind, c.file, &shown, notes);
                for child in c.children() {
                    if child.tag() == "show" {
                        continue;
                    }
                    self.component(child, unit_title, pending, depth + 1)?;
                }
            }
            "annotatable" => {
                self.tally.found("annotatable");
                let r = self.resolver();
                let resolve = |a: &str| r.resolve(a);
                let md = self.markdown(inner_text(&c), &resolve);
                if md.markdown.trim().is_empty() {
                    self.tally.left_out(
                        "annotatable",
                        c.file,
                        &shown,
                        Message::new("import-olx-empty"),
                    );
                    return Ok(());
                }
                let mut notes = md.notes;
                notes.insert(0, Message::new("import-olx-annotations"));
                let lesson = Self::lesson(pending, &url, unit_title);
                lesson.pieces.push(md.markdown);
                lesson.ids.push(url.clone());
                self.tally.converted("annotatable", c.file, &shown, notes);
            }
            _ => {
                let (kind, why) = left_out_kind(tag);
                self.tally.found(kind);
                let why = if kind == "other component" {
                    tag_why(tag, Message::new(why))
                } else {
                    Message::new(why)
                };
                self.tally.left_out(kind, c.file, &shown, why.clone());
                let r = self.resolver();
                if let Some(text) = self.left_out_text(&c, tag, &r) {
                    let label = name.clone();
                    let said = if label.is_empty() {
                        Message::new("import-olx-lesson-not-imported")
                            .arg("tag", tag)
                            .arg("why", why)
                    } else {
                        Message::new("import-olx-lesson-not-imported-named")
                            .arg("tag", tag)
                            .arg("name", html::escape_text(&label))
                            .arg("why", why)
                    };
                    let piece = format!("{}\n\n{text}", said.render(self.lang()));
                    let files = r.files.into_inner();
                    let lesson = Self::lesson(pending, &url, unit_title);
                    lesson.pieces.push(piece);
                    lesson.ids.push(url.clone());
                    for f in files {
                        if !lesson.files.contains(&f) {
                            lesson.files.push(f);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// What a component left out said (a poll's question and answers, an
    /// assessment's prompt…), as Markdown; `None` when it says nothing.
    fn left_out_text(&self, c: &El<'_, 's>, tag: &str, r: &Resolver<'_, 's>) -> Option<String> {
        let mut parts = Vec::new();
        for a in ["question", "question_text", "instructions", "prompt"] {
            if let Some(t) = c.attr(a).filter(|t| !t.trim().is_empty()) {
                parts.push(html::escape_text(t));
            }
        }
        let labels =
            |json: &str, pick: &dyn Fn(&serde_json::Value) -> Option<String>| -> Vec<String> {
                serde_json::from_str::<serde_json::Value>(json)
                    .ok()
                    .and_then(|v| v.as_array().cloned())
                    .unwrap_or_default()
                    .iter()
                    .filter_map(pick)
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| format!("- {}", html::escape_text(&l)))
                    .collect()
            };
        let label_of = |v: &serde_json::Value| -> Option<String> {
            let second = v.get(1)?;
            second.as_str().map(str::to_string).or_else(|| {
                second
                    .get("label")
                    .and_then(|l| l.as_str())
                    .map(str::to_string)
            })
        };
        match tag {
            "poll" => {
                let answers = labels(c.attr("answers").unwrap_or("[]"), &label_of);
                if !answers.is_empty() {
                    parts.push(answers.join("\n"));
                }
            }
            "survey" => {
                let questions = labels(c.attr("questions").unwrap_or("[]"), &label_of);
                if !questions.is_empty() {
                    parts.push(questions.join("\n"));
                }
                let answers: Vec<String> = labels(c.attr("answers").unwrap_or("[]"), &label_of)
                    .into_iter()
                    .map(|a| a.trim_start_matches("- ").to_string())
                    .collect();
                if !answers.is_empty() {
                    parts.push(
                        Message::new("import-olx-lesson-answers")
                            .arg("answers", answers.join(", "))
                            .render(self.lang()),
                    );
                }
            }
            "openassessment" => {
                for p in c.node.descendants().filter(|n| n.has_tag_name("prompt")) {
                    let html_text: String = p
                        .descendants()
                        .filter(|n| n.has_tag_name("description"))
                        .filter_map(|n| n.text())
                        .collect();
                    let resolve = |a: &str| r.resolve(a);
                    let md = self.markdown(&html_text, &resolve);
                    if !md.markdown.trim().is_empty() {
                        parts.push(md.markdown);
                    }
                }
            }
            _ => {}
        }
        (!parts.is_empty()).then(|| parts.join("\n\n"))
    }

    /// A video item and how it was approximated, or why it is left out.
    fn video(&mut self, c: &El<'_, 's>, name: &str) -> Result<(Item, Vec<Message>), Message> {
        let mut notes = Vec::new();
        let youtube = c
            .attr("youtube_id_1_0")
            .filter(|y| !y.trim().is_empty())
            .map(str::to_string)
            .or_else(|| {
                c.attr("youtube")?.split(',').find_map(|p| {
                    let (speed, id) = p.trim().split_once(':')?;
                    (speed.trim().parse::<f64>().ok()? == 1.0 && !id.trim().is_empty())
                        .then(|| id.trim().to_string())
                })
            });
        let html5: Vec<String> = c
            .attr("html5_sources")
            .and_then(|j| serde_json::from_str::<Vec<String>>(j).ok())
            .unwrap_or_default()
            .into_iter()
            .chain(
                c.node
                    .children()
                    .filter(|n| n.has_tag_name("source"))
                    .filter_map(|n| n.attribute("src").map(str::to_string)),
            )
            .collect();
        let url = match youtube {
            Some(id)
                if id
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_') =>
            {
                Some(format!("https://www.youtube.com/watch?v={id}"))
            }
            _ => html5
                .iter()
                .find(|s| {
                    let l = s.to_ascii_lowercase();
                    (l.starts_with("https://") || l.starts_with("http://"))
                        && !s.contains(char::is_whitespace)
                })
                .cloned(),
        };
        // A video file of the export (`/static/talk.mp4`) is copied.
        let file = if url.is_none() {
            html5.iter().find_map(|s| {
                let name = static_name(s)?;
                self.statics.borrow_mut().copy(&name, "static")
            })
        } else {
            None
        };
        if url.is_none() && file.is_none() {
            return Err(Message::new("import-olx-video-nowhere"));
        }

        // The transcript: the course's language first, then English, then any.
        let mut candidates: Vec<(String, String)> = Vec::new();
        if let Some(map) = c
            .attr("transcripts")
            .and_then(|j| serde_json::from_str::<BTreeMap<String, String>>(j).ok())
        {
            candidates.extend(map);
        }
        for t in c.node.children().filter(|n| n.has_tag_name("transcript")) {
            if let (Some(lang), Some(src)) = (t.attribute("language"), t.attribute("src"))
                && !candidates.iter().any(|(_, s)| s == src)
            {
                candidates.push((lang.to_string(), src.to_string()));
            }
        }
        if let Some(sub) = c.attr("sub").filter(|s| !s.trim().is_empty()) {
            candidates.push(("en".into(), format!("subs_{sub}.srt.sjson")));
        }
        let lang = self.language.clone().unwrap_or_else(|| "en".into());
        candidates.sort_by_key(|(l, _)| {
            if *l == lang {
                0
            } else if l == "en" {
                1
            } else {
                2
            }
        });
        let mut transcript = None;
        let mut last_ms = None;
        for (l, src) in &candidates {
            let Some(bytes) = self.source.files.get(&format!("static/{src}")) else {
                continue;
            };
            let Ok(text) = std::str::from_utf8(bytes) else {
                continue;
            };
            let (text, ext) = if src.ends_with(".sjson") {
                match sjson_to_srt(text) {
                    Some(t) => (t, "srt"),
                    None => continue,
                }
            } else {
                let ext = src.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
                (text.to_string(), if ext == "vtt" { "vtt" } else { "srt" })
            };
            let format = if ext == "vtt" {
                crate::course::transcript::Format::WebVtt
            } else {
                crate::course::transcript::Format::SubRip
            };
            match crate::course::transcript::parse(&text, format) {
                Ok(cues) if !cues.is_empty() => {
                    last_ms = cues.iter().map(|c| c.end_ms).max();
                    let stem = src.rsplit_once('.').map_or(src.as_str(), |(s, _)| s);
                    let stem = stem.strip_suffix(".srt").unwrap_or(stem);
                    let path = format!("transcripts/{}.{ext}", safe_path(stem).replace('/', "-"));
                    if !self.copies.iter().any(|(p, _)| *p == path) {
                        self.copies.push((path.clone(), text.into_bytes()));
                    }
                    transcript = Some(path);
                    let others: Vec<&str> = candidates
                        .iter()
                        .filter(|(o, s)| o != l && s != src)
                        .map(|(o, _)| o.as_str())
                        .collect();
                    if !others.is_empty() {
                        notes.push(
                            Message::new("import-olx-one-transcript")
                                .arg("language", l)
                                .arg("others", others.join(", ")),
                        );
                    }
                    break;
                }
                _ => notes.push(Message::new("import-olx-transcript-unreadable").arg("file", src)),
            }
        }
        if transcript.is_none() && candidates.is_empty() {
            notes.push(Message::new("import-olx-no-transcript"));
        }

        // The duration: the asset's, else the transcript's last cue, else
        // the clip's end time (the video runs at least that long).
        let clock = |a: &str| c.attr(a).and_then(parse_clock).filter(|&t| t > 0);
        let asset = c
            .node
            .descendants()
            .find(|n| n.has_tag_name("video_asset"))
            .and_then(|n| n.attribute("duration"))
            .and_then(|d| d.parse::<f64>().ok())
            .filter(|d| *d >= 1.0 && *d < 360_000.0);
        let duration = match (asset, last_ms, clock("end_time")) {
            (Some(d), _, _) => d.round() as u64,
            (None, Some(ms), _) => {
                notes.push(Message::new("import-olx-duration-from-cue"));
                ms.div_ceil(1000).min(360_000)
            }
            (None, None, Some(end)) => {
                notes.push(Message::new("import-olx-duration-from-end-time"));
                end
            }
            (None, None, None) => {
                notes.push(Message::new("import-olx-no-duration"));
                0
            }
        };
        if clock("start_time").is_some() || clock("end_time").is_some() {
            notes.push(Message::new("import-olx-clip"));
        }

        let mut files = Vec::new();
        let r = self.resolver();
        for (attr, title) in [
            ("handout", "import-olx-file-handout"),
            ("track", "import-olx-file-track"),
        ] {
            if let Some(a) = c.attr(attr).filter(|a| !a.trim().is_empty())
                && let Some(path) = r.resolve(a)
                && !files.iter().any(|f: &FileRef| f.path == path)
            {
                files.push(FileRef {
                    title: self.words(title),
                    path,
                });
            }
        }
        let title = if name.is_empty() {
            self.words("import-olx-title-video")
        } else {
            name.to_string()
        };
        Ok((
            Item::Video {
                id: String::new(),
                title,
                duration,
                url,
                file,
                transcript,
                files,
            },
            notes,
        ))
    }

    /// The items of a unit from what its components gave, ids given, lessons
    /// written to their files, link targets recorded.
    fn finish_unit(
        &mut self,
        pending: Vec<Pending>,
        unit_url: &str,
        module: &str,
        item_ids: &mut Ids,
        pass: u8,
    ) -> Result<Vec<Item>, Message> {
        let mut items = Vec::new();
        let mut first_lesson = true;
        for p in pending {
            let (item, targets) = match p {
                Pending::Lesson(l) => {
                    let id = unique(&id_from(&l.id, &l.title), item_ids);
                    let title = if first_lesson {
                        l.title
                    } else {
                        Message::new("import-olx-title-continued")
                            .arg("title", l.title)
                            .render(self.lang())
                    };
                    first_lesson = false;
                    let path = format!("lessons/{}/{}.md", safe_path(module), safe_path(&id));
                    let mut body = l.pieces.join("\n\n");
                    body.push('\n');
                    self.files.push((path.clone(), body));
                    (
                        Item::LessonFile {
                            id,
                            title,
                            body_file: path,
                            files: l.files,
                        },
                        l.ids,
                    )
                }
                Pending::Quiz {
                    title,
                    mut questions,
                    ids,
                    attempts,
                    show,
                } => {
                    if questions.len() > MAX_ENTRIES {
                        return Err(Message::new("import-olx-too-many-questions")
                            .arg("title", title)
                            .arg("limit", MAX_ENTRIES));
                    }
                    dedupe_question_ids(&mut questions);
                    self.questions += questions.len();
                    let base = if unit_url.is_empty() {
                        format!(
                            "{}-quiz",
                            id_from(ids.first().map_or("", String::as_str), &title)
                        )
                    } else {
                        id_from(unit_url, &title)
                    };
                    (
                        Item::Quiz {
                            id: unique(&base, item_ids),
                            title,
                            pass_mark: pass,
                            max_attempts: quiz_attempts(&attempts),
                            show_answers: quiz_show_answers(&show),
                            questions,
                        },
                        ids,
                    )
                }
                Pending::Ready(mut item, ids) => {
                    if let Item::Video { id, title, .. } = &mut item {
                        *id = unique(
                            &id_from(ids.first().map_or("", String::as_str), title),
                            item_ids,
                        );
                    }
                    (item, ids)
                }
            };
            let item_id = match &item {
                Item::Lesson { id, .. }
                | Item::Quiz { id, .. }
                | Item::LessonFile { id, .. }
                | Item::Video { id, .. } => id.clone(),
            };
            let target = format!("{module}/{item_id}");
            if items.is_empty() && !unit_url.is_empty() {
                self.jumps.insert(unit_url.to_string(), target.clone());
            }
            for t in targets.into_iter().filter(|t| !t.is_empty()) {
                self.jumps.entry(t).or_insert_with(|| target.clone());
            }
            items.push(item);
        }
        self.items += items.len();
        Ok(items)
    }
}

/// A quiz's attempts: the most any of its problems allows, when every one
/// sets a limit (an Open edX limit is per problem; amphi's is per quiz).
fn quiz_attempts(attempts: &[Option<u32>]) -> Option<u32> {
    if attempts.is_empty() || attempts.iter().any(Option::is_none) {
        return None;
    }
    attempts.iter().flatten().copied().max().filter(|&n| n > 0)
}

/// A quiz's `show_answers` from its problems' `showanswer`, when those that
/// set one agree: `never` is `never`, `always` amphi's default (after each
/// question), any other (`finished`, `attempted`, `answered`, `past_due`…)
/// `after_submit` (in the review, after the last question).
fn quiz_show_answers(show: &[Option<String>]) -> Option<&'static str> {
    let set: Vec<&str> = show.iter().flatten().map(String::as_str).collect();
    let first = *set.first()?;
    if set.iter().any(|s| *s != first) {
        return None;
    }
    match first {
        "never" => Some("never"),
        "always" => None,
        _ => Some("after_submit"),
    }
}

fn non_blank(a: String, b: String, fallback: &str) -> String {
    if !a.trim().is_empty() {
        a
    } else if !b.trim().is_empty() {
        b
    } else {
        fallback.to_string()
    }
}

/// `hh:mm:ss` (or `mm:ss`, or seconds) as whole seconds.
fn parse_clock(text: &str) -> Option<u64> {
    let mut total = 0f64;
    for part in text.trim().split(':') {
        total = total * 60.0 + part.trim().parse::<f64>().ok()?;
    }
    (0.0..360_000.0)
        .contains(&total)
        .then(|| total.round() as u64)
}

/// Open edX's `.sjson` transcript (`{"start": [ms…], "end": [ms…], "text":
/// […]}`) as SubRip.
fn sjson_to_srt(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let starts = v.get("start")?.as_array()?;
    let ends = v.get("end")?.as_array()?;
    let texts = v.get("text")?.as_array()?;
    let time = |ms: u64| {
        format!(
            "{:02}:{:02}:{:02},{:03}",
            ms / 3_600_000,
            ms / 60_000 % 60,
            ms / 1000 % 60,
            ms % 1000
        )
    };
    let mut out = String::new();
    for (i, ((s, e), t)) in starts.iter().zip(ends).zip(texts).enumerate() {
        let (s, e) = (s.as_u64()?, e.as_u64()?);
        let t = t.as_str()?.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() || e < s {
            continue;
        }
        out.push_str(&format!("{}\n{} --> {}\n{t}\n\n", i + 1, time(s), time(e)));
    }
    (!out.is_empty()).then_some(out)
}

/// Question ids made unique within a quiz (problems' ids come from their
/// `url_name`s, but two parts could meet).
fn dedupe_question_ids(questions: &mut [Question]) {
    let mut ids = Ids::default();
    for q in questions.iter_mut() {
        let id = question_id(q);
        let new = unique(id, &mut ids);
        *id = new;
    }
}

fn question_id(q: &mut Question) -> &mut String {
    match q {
        Question::SingleChoice { id, .. }
        | Question::MultipleChoice { id, .. }
        | Question::TrueFalse { id, .. }
        | Question::ShortAnswer { id, .. }
        | Question::Matching { id, .. }
        | Question::FillBlanks { id, .. }
        | Question::Numeric { id, .. }
        | Question::Reflection { id, .. }
        | Question::Group { id, .. } => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn course_ids_leave_the_run_out() {
        assert_eq!(course_id_for("OpenedX", "DemoX"), "olx.openedx.demox");
        assert_eq!(course_id_for("", "Phys 101"), "olx.phys-101");
        assert_eq!(course_id_for("", ""), "olx.course");
    }

    #[test]
    fn static_addresses_name_their_file() {
        assert_eq!(
            static_name("/static/a%20b.png?raw").as_deref(),
            Some("a b.png")
        );
        assert_eq!(
            static_name("static/img/x.png").as_deref(),
            Some("img/x.png")
        );
        assert_eq!(
            static_name("/c4x/Org/C/asset/x.pdf").as_deref(),
            Some("x.pdf")
        );
        assert_eq!(
            static_name("/asset-v1:Org+C+R+type@asset+block@slide.png").as_deref(),
            Some("slide.png")
        );
        assert_eq!(static_name("https://x.org/a.png"), None);
        assert_eq!(static_name("/static/"), None);
        assert_eq!(percent_decode("%E2%9C%93 %zz %"), "✓ %zz %");
    }

    #[test]
    fn course_paths_are_plain_ascii_and_stay_inside() {
        assert_eq!(safe_path("My Chart (1).png"), "My-Chart-1-.png");
        assert_eq!(safe_path("../../etc/passwd"), "file/file/etc/passwd");
        assert_eq!(safe_path("é/ü.png"), "file/.png");
        assert_eq!(safe_path("a//b"), "a/b");
    }

    #[test]
    fn clock_times_and_sjson_transcripts() {
        assert_eq!(parse_clock("00:12:57"), Some(777));
        assert_eq!(parse_clock("1:05"), Some(65));
        assert_eq!(parse_clock("x"), None);
        let srt = sjson_to_srt(
            r#"{"start": [0, 61500], "end": [1000, 62000], "text": ["Hi", " there  you "]}"#,
        )
        .unwrap();
        assert_eq!(
            srt,
            "1\n00:00:00,000 --> 00:00:01,000\nHi\n\n2\n00:01:01,500 --> 00:01:02,000\nthere you\n\n"
        );
        assert!(
            crate::course::transcript::parse(&srt, crate::course::transcript::Format::SubRip)
                .is_ok()
        );
        assert_eq!(sjson_to_srt("[]"), None);
    }

    #[test]
    fn the_pass_mark_is_the_lowest_grade_cutoff() {
        let mut source = OlxSource::default();
        assert_eq!(grading_pass_mark(&source, "run"), PASS_MARK);
        source.files.insert(
            "policies/run/grading_policy.json".into(),
            br#"{"GRADE_CUTOFFS": {"A": 0.9, "B": 0.72}}"#.to_vec(),
        );
        assert_eq!(grading_pass_mark(&source, "run"), 72);
        source.files.insert(
            "policies/run/grading_policy.json".into(),
            b"{not json".to_vec(),
        );
        assert_eq!(grading_pass_mark(&source, "run"), PASS_MARK);
    }
}

#[cfg(test)]
mod quiz_options {
    use super::*;

    #[test]
    fn attempts_and_answers_follow_the_problems() {
        assert_eq!(quiz_attempts(&[Some(2), Some(3)]), Some(3));
        assert_eq!(quiz_attempts(&[Some(2), None]), None);
        assert_eq!(quiz_attempts(&[]), None);
        let s = |v: &[&str]| v.iter().map(|x| Some(x.to_string())).collect::<Vec<_>>();
        assert_eq!(quiz_show_answers(&s(&["never", "never"])), Some("never"));
        assert_eq!(quiz_show_answers(&s(&["always"])), None);
        assert_eq!(quiz_show_answers(&s(&["finished"])), Some("after_submit"));
        assert_eq!(quiz_show_answers(&s(&["never", "always"])), None);
        assert_eq!(quiz_show_answers(&[None]), None);
    }
}

#[cfg(test)]
mod unit_items {
    use super::*;
    use std::collections::BTreeMap as Map;

    fn tf(id: &str) -> Question {
        Question::TrueFalse {
            id: id.into(),
            prompt: "Sky is blue".into(),
            answer: true,
            feedback: Map::new(),
            explanation: None,
        }
    }

    #[test]
    fn a_units_problems_make_one_quiz_named_after_the_unit() {
        let source = OlxSource::default();
        let jumps = Jumps::new();
        let mut b = Build {
            source: &source,
            tally: Tally::new(),
            statics: RefCell::new(Statics::new(&source)),
            jumps_in: &jumps,
            jumps: Jumps::new(),
            language: None,
            graded_pass_mark: 70,
            files: Vec::new(),
            copies: Vec::new(),
            items: 0,
            questions: 0,
        };
        let pending = vec![
            Pending::Lesson(Lesson {
                id: "h1".into(),
                title: "Unit".into(),
                pieces: vec!["Text.".into()],
                files: Vec::new(),
                ids: vec!["h1".into()],
            }),
            Pending::Quiz {
                title: "Unit".into(),
                questions: vec![tf("p1"), tf("p1")],
                ids: vec!["p1".into(), "p2".into()],
                attempts: vec![Some(1), Some(2)],
                show: vec![Some("never".into()), None],
            },
        ];
        let mut item_ids = Ids::default();
        let items = b
            .finish_unit(pending, "u1", "m", &mut item_ids, 70)
            .unwrap();
        assert_eq!(items.len(), 2);
        let Item::Quiz {
            id,
            title,
            pass_mark,
            max_attempts,
            show_answers,
            questions,
        } = &items[1]
        else {
            panic!("a quiz")
        };
        assert_eq!(
            (id.as_str(), title.as_str(), *pass_mark),
            ("u1", "Unit", 70)
        );
        assert_eq!((*max_attempts, *show_answers), (Some(2), Some("never")));
        let ids: Vec<String> = questions
            .iter()
            .map(|q| crate::course::yaml::to_string(q).unwrap())
            .collect();
        assert!(
            ids[0].contains("id: p1") && ids[1].contains("id: p1-2"),
            "{ids:?}"
        );
        assert_eq!(b.jumps.get("u1").map(String::as_str), Some("m/h1"));
        assert_eq!(b.jumps.get("p2").map(String::as_str), Some("m/u1"));
        assert_eq!((b.items, b.questions), (2, 2));
        assert_eq!(
            b.files[0],
            ("lessons/m/h1.md".to_string(), "Text.\n".to_string())
        );

        // The quiz, with its attempts and answers, is a quiz amphi loads.
        let dir = tempfile::tempdir().unwrap();
        let module = ModuleFile {
            id: "m".into(),
            title: "M".into(),
            items: Vec::new(),
            sections: vec![SectionFile {
                id: "s".into(),
                title: "S".into(),
                items,
            }],
        };
        let course = CourseFile {
            id: "olx.t".into(),
            title: "T".into(),
            description: "D".into(),
            language: None,
            modules: vec!["m.yaml".into()],
        };
        std::fs::create_dir_all(dir.path().join("lessons/m")).unwrap();
        std::fs::write(dir.path().join("lessons/m/h1.md"), "Text.\n").unwrap();
        std::fs::write(
            dir.path().join("m.yaml"),
            crate::course::yaml::to_string(&module).unwrap(),
        )
        .unwrap();
        std::fs::write(
            dir.path().join("course.yaml"),
            crate::course::yaml::to_string(&course).unwrap(),
        )
        .unwrap();
        let loaded = crate::course::load_dir(dir.path()).unwrap_or_else(|r| panic!("{r}"));
        let crate::course::Item::Quiz(quiz) = &loaded.modules[0].items[1] else {
            panic!("a quiz");
        };
        assert_eq!(quiz.max_attempts, Some(2));
        assert_eq!(quiz.pass_mark, 70);
    }
}
