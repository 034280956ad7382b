//! A parsed GIFT bank ([`super::GiftBank`]) turned into an amphi course: the
//! files to write (course.yaml and one module file per top-level category) and
//! a [`ImportReport`] saying, for each GIFT kind, what was converted,
//! approximated (and how) and left out (and why). Nothing is dropped in
//! silence.
//!
//! The mapping (also in `docs/importing.md`):
//! - one module per top-level `$CATEGORY` (Moodle's `$course$`, `$system$`,
//!   `$module$`, `$cat$` prefixes and its `top` level are skipped), or one
//!   module `Questions` for the questions before any category;
//! - deeper categories become sections of their module (one per subcategory
//!   path, in order of first appearance; the module's own questions come first,
//!   in a section named like the module); a module without subcategories has
//!   its items directly;
//! - in a module or section, each description becomes a lesson, then all its
//!   questions form one quiz (`Quiz`, or `Quiz: section` in a section;
//!   pass mark 50 %): keeping every quiz whole keeps
//!   its id, and so the learner's progress, when a newer export adds text;
//! - ids: a question's `[id:]`, else its title, else `q` and its place in its
//!   quiz, slugged and made unique in order, so that re-importing a newer
//!   export of the same bank keeps the progress.
//!
//! YAML is written through [`crate::course::yaml::to_string`] from typed values:
//! no text of the bank is ever pasted into YAML.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::course::MAX_ENTRIES;
use crate::i18n::{Language, Message, tr};

/// The language of the words amphi writes into a course made from a GIFT
/// bank (titles such as "Quiz: …", prompts of questions made from code): a
/// bank declares no language, nor does the course written (so English). Not
/// the command's: these words are the course's, read by its learners.
const COURSE_LANGUAGE: Language = Language::En;

/// The catalogue's `id` in [`COURSE_LANGUAGE`].
fn said(id: &str) -> String {
    tr(COURSE_LANGUAGE, id, &[])
}
use crate::import::course_files::{
    CourseFile, Ids, Item, ModuleFile, Num, NumericAnswer, Pair, Question, QuestionExtra,
    SectionFile, Tolerance, slug, unique,
};
pub use crate::import::report::{Converted, CourseSummary, ImportReport, KindReport, Note};

use super::{FormattedText, GiftBank, GiftKind, GiftQuestion, NumericalValue, TextFormat};

/// The pass mark of every imported quiz, in percent (GIFT banks have none).
pub const PASS_MARK: u8 = 50;

/// What to call the course.
#[derive(Debug, Clone)]
pub struct CourseOptions {
    /// The course id (see [`course_id_for`]).
    pub id: String,
    /// The course title.
    pub title: String,
}

/// The report's kinds, in the order shown.
const KINDS: [&str; 10] = [
    "category",
    "description",
    "essay",
    "true/false",
    "multiple choice",
    "multiple answer",
    "short answer",
    "matching",
    "missing word",
    "numerical",
];

/// The course id for a bank read from a file named `stem` (without its
/// extension): `gift.` and the stem slugged, so importing a newer export of the
/// same file keeps the progress.
pub fn course_id_for(stem: &str) -> String {
    let slug = slug(stem);
    if slug.is_empty() {
        "gift.bank".to_string()
    } else {
        format!("gift.{slug}")
    }
}

// ---------------------------------------------------------------- text

/// `text` as amphi shows it: HTML (`[html]`, or `[moodle]` text holding tags)
/// turned into Markdown-ish plain text, other formats kept. With `one_line`,
/// every run of white space becomes one space (prompts, choices, feedback).
/// Images found are pushed to `images` (their address or alt text).
fn convert(text: &FormattedText, one_line: bool, images: &mut Vec<String>) -> String {
    let html = match text.format {
        TextFormat::Html => true,
        TextFormat::Moodle => looks_like_html(&text.text),
        TextFormat::Plain | TextFormat::Markdown => false,
    };
    let out = if html && text.format == TextFormat::Moodle {
        // Moodle's own format turns every line end into a `<br>`.
        html_to_text(&text.text.replace('\n', "<br>"), !one_line, images)
    } else if html {
        html_to_text(&text.text, !one_line, images)
    } else if !one_line && matches!(text.format, TextFormat::Plain | TextFormat::Moodle) {
        return plain_to_markdown(&text.text);
    } else if one_line && text.format == TextFormat::Markdown {
        // Shown as plain text: Moodle would render the marks, not show them.
        return crate::import::mdbook::course::plain(&text.text);
    } else {
        text.text.clone()
    };
    if one_line {
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    } else if html {
        drop_final_breaks(&tidy_lines(&out))
    } else {
        tidy_lines(&out)
    }
}

/// `text` without the hard-break backslash ending a paragraph (a `<br>` before
/// `</p>`), which Markdown would show as a backslash. A line whose trailing
/// backslashes are even in number ends in escaped backslashes, not a break.
fn drop_final_breaks(text: &str) -> String {
    // A line that is only a break (`<br><br>`) is a blank line.
    let text = tidy_lines(
        &text
            .lines()
            .map(|l| if l.trim() == "\\" { "" } else { l })
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let last = lines.get(i + 1).is_none_or(|next| next.trim().is_empty());
        let slashes = line.len() - line.trim_end_matches('\\').len();
        let line = if last && slashes % 2 == 1 {
            line[..line.len() - 1].trim_end()
        } else {
            line
        };
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

fn looks_like_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "<p", "<br", "<b>", "<i>", "<strong", "<em>", "<div", "<span", "<ul", "<ol", "<li", "<img",
        "<a ", "<pre", "<code", "<h1", "<h2", "<h3", "<table", "<sup", "<sub", "&nbsp;", "&amp;",
        "&lt;", "&gt;",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// Plain text (`[plain]`, or `[moodle]` text without HTML) as a lesson's
/// Markdown that shows it as Moodle does: as typed, every line on its own (a
/// hard break between the lines of a paragraph), Markdown's marks escaped.
fn plain_to_markdown(text: &str) -> String {
    tidy_lines(text)
        .split("\n\n")
        .map(|para| {
            para.lines()
                .map(|line| escape_markdown(line, true))
                .collect::<Vec<_>>()
                .join("\\\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `text` with the characters Markdown would read as marks escaped (emphasis,
/// code, links, HTML, tables, strikethrough, math, `&name;`), and, on each
/// line that starts a line of the lesson (every line but the first unless
/// `at_line_start`), a leading `#`, `-`, `+`, `=` or `1.` that would start a
/// heading or a list.
fn escape_markdown(text: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        let mut escape_at = None;
        if i > 0 || at_line_start {
            if body.starts_with(['#', '-', '+', '=']) {
                escape_at = Some(0);
            } else {
                let digits =
                    body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if digits > 0 && body[digits..].starts_with(['.', ')']) {
                    escape_at = Some(digits);
                }
            }
        }
        for (at, c) in body.char_indices() {
            // `[` stays: amphi reads `\[` as display math; an escaped `]`
            // is enough to break a link. `&` only before a reference's name.
            let reference = c == '&'
                && body[at + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#');
            if Some(at) == escape_at || reference || "\\`*_]<>|~$".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Trailing spaces removed and at most one blank line in a row.
fn tidy_lines(text: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// Minimal HTML to Markdown: paragraphs, line breaks, lists, emphasis, code,
/// links (`text (address)`) and images (`[image: alt]`, listed in `images`);
/// other tags dropped, character references decoded.
///
/// Without `markdown` (for one-line texts, shown as plain text), emphasis and
/// code marks are not written.
fn html_to_text(html: &str, markdown: bool, images: &mut Vec<String>) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut href: Vec<Option<String>> = Vec::new();
    let mut in_pre = false;
    let mut pre_start = 0;
    while let Some(c) = rest.chars().next() {
        // A tag starts with `<` then a letter, `/` or `!`; any other `<` is text.
        let tag_start = c == '<'
            && rest[1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!');
        if tag_start {
            let Some(end) = rest.find('>') else {
                out.push_str(&decode_entities(rest));
                break;
            };
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            match name.as_str() {
                // A hard break in a lesson (one dropped at a paragraph's end
                // by `drop_final_breaks`).
                "br" if markdown && !in_pre => out.push_str("\\\n"),
                "br" => out.push('\n'),
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "table"
                | "tr" | "blockquote" => out.push_str("\n\n"),
                // In a lesson, preformatted text is a code block (its fence
                // chosen once its text is known).
                "pre" if markdown && !closing && !in_pre => {
                    in_pre = true;
                    out.push_str("\n\n");
                    pre_start = out.len();
                }
                "pre" if markdown && closing && in_pre => {
                    in_pre = false;
                    let code = out.split_off(pre_start);
                    let code = code.trim_matches('\n');
                    let mut longest = 0;
                    let mut run = 0;
                    for c in code.chars() {
                        run = if c == '`' { run + 1 } else { 0 };
                        longest = longest.max(run);
                    }
                    let fence = "`".repeat((longest + 1).max(3));
                    out.push_str(&format!("{fence}\n{code}\n{fence}\n\n"));
                }
                "pre" => {
                    in_pre = !closing;
                    out.push_str("\n\n");
                }
                "li" if !closing => out.push_str("\n- "),
                "td" | "th" if !closing => out.push(' '),
                "b" | "strong" if markdown && !in_pre => out.push_str("**"),
                "i" | "em" if markdown && !in_pre => out.push('*'),
                "code" if markdown && !in_pre => out.push('`'),
                "a" if !closing => href.push(attribute(tag, "href")),
                "a" => {
                    if let Some(Some(url)) = href.pop() {
                        // In a lesson the text before was escaped: so is the address.
                        let url = if markdown && !in_pre {
                            escape_markdown(&url, false)
                        } else {
                            url
                        };
                        if !out.ends_with(url.as_str()) {
                            out.push_str(&format!(" ({url})"));
                        }
                    }
                }
                "img" => {
                    let alt = attribute(tag, "alt").filter(|a| !a.trim().is_empty());
                    let src = attribute(tag, "src").unwrap_or_default();
                    images.push(if src.is_empty() {
                        alt.clone().unwrap_or_default()
                    } else {
                        src
                    });
                    let alt = alt.unwrap_or_else(|| said("import-course-no-description"));
                    out.push_str(&tr(
                        COURSE_LANGUAGE,
                        "import-course-image",
                        &[("alt", alt.into())],
                    ));
                }
                _ => {}
            }
        } else {
            // Up to the next `<` after this character.
            let first = c.len_utf8();
            let next = rest[first..].find('<').map_or(rest.len(), |i| i + first);
            let text = decode_entities(&rest[..next]);
            if markdown && !in_pre {
                // A line end in HTML is a space (`<br>` and `<p>` break lines).
                let at_line_start = out.is_empty() || out.ends_with('\n');
                let flat = text.replace(['\n', '\r'], " ");
                let flat = if at_line_start {
                    flat.trim_start()
                } else {
                    &flat
                };
                out.push_str(&escape_markdown(flat, at_line_start));
            } else {
                out.push_str(&text);
            }
            rest = &rest[next..];
        }
    }
    out
}

/// The value of `name="…"` (or `'…'`) in a tag's text, references decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let start = from + at;
        from = start + name.len();
        let before_ok = start == 0 || lower.as_bytes()[start - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - after.len() + 1;
        let value = tag[value_start..].trim_start();
        let (quote, body) = match value.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
            _ => (None, value),
        };
        let end = match quote {
            Some(q) => body.find(q).unwrap_or(body.len()),
            None => body
                .find(|c: char| c.is_whitespace() || c == '/')
                .unwrap_or(body.len()),
        };
        return Some(decode_entities(&body[..end]));
    }
    None
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric
/// references decoded; any other `&` kept as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // `;` within 12 bytes (bytes, not a slice: the 12th may split a character).
        let end = rest.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32)
                    .filter(|c| !c.is_control() || *c == '\n' || *c == '\t'),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------- mapping

/// The categories of a `$CATEGORY` path as amphi groups them: the levels,
/// without Moodle's context prefix and `top` level (`//` is a `/` in a name).
fn levels(path: &str) -> Vec<String> {
    let mut levels = Vec::new();
    let mut current = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '/' {
            if chars.peek() == Some(&'/') {
                chars.next();
                current.push('/');
            } else {
                levels.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    levels.push(current);
    let mut levels: Vec<String> = levels
        .into_iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    if levels
        .first()
        .is_some_and(|l| ["$course$", "$system$", "$module$", "$cat$"].contains(&l.as_str()))
    {
        levels.remove(0);
    }
    if levels
        .first()
        .is_some_and(|l| l.eq_ignore_ascii_case("top"))
    {
        levels.remove(0);
    }
    levels
}

/// The report under construction.
struct Tally {
    kinds: BTreeMap<&'static str, KindReport>,
}

impl Tally {
    fn new() -> Self {
        Tally {
            kinds: KINDS
                .iter()
                .map(|&k| {
                    (
                        k,
                        KindReport {
                            kind: k,
                            found: 0,
                            converted: 0,
                            approximated: Vec::new(),
                            left_out: Vec::new(),
                        },
                    )
                })
                .collect(),
        }
    }

    fn entry(&mut self, kind: &'static str) -> &mut KindReport {
        self.kinds.get_mut(kind).expect("every kind is in KINDS")
    }

    fn finish(mut self) -> Vec<KindReport> {
        KINDS
            .iter()
            .filter_map(|k| self.kinds.remove(k))
            .filter(|k| k.found > 0)
            .collect()
    }
}

/// The GIFT kind a question is reported under.
fn kind_name(q: &GiftQuestion) -> &'static str {
    if q.blank.is_some() {
        return "missing word";
    }
    match &q.kind {
        GiftKind::Description => "description",
        GiftKind::Essay => "essay",
        GiftKind::TrueFalse { .. } => "true/false",
        GiftKind::MultipleChoice { single: true, .. } => "multiple choice",
        GiftKind::MultipleChoice { single: false, .. } => "multiple answer",
        GiftKind::ShortAnswer { .. } => "short answer",
        GiftKind::Matching { .. } => "matching",
        GiftKind::Numerical { .. } => "numerical",
    }
}

/// One module or section being built: its lessons and questions.
struct Group {
    title: String,
    lessons: Vec<Item>,
    questions: Vec<Question>,
    question_ids: Ids,
}

impl Group {
    fn new(title: String) -> Self {
        Group {
            title,
            lessons: Vec::new(),
            questions: Vec::new(),
            question_ids: Ids::default(),
        }
    }
}

struct Module {
    title: String,
    /// The module's own group first, then one per subcategory path.
    groups: Vec<(Vec<String>, Group)>,
    item_ids: Ids,
}

/// Turns `bank` (read from a file) into a course named by `options`.
///
/// # Errors
/// When the course would break one of amphi's limits (more than
/// [`MAX_ENTRIES`] modules, items in a module, sections, or questions in one
/// category's quiz), and the YAML serialiser's message (not expected: every
/// value is a string, a number or a list or map of them).
pub fn to_course(bank: &GiftBank, options: &CourseOptions) -> Result<Converted, Message> {
    let mut tally = Tally::new();
    let mut modules: Vec<Module> = Vec::new();

    // Categories: each that holds a question becomes a module or a section.
    let used: HashSet<&str> = bank
        .questions
        .iter()
        .filter_map(|q| q.category.as_deref())
        .collect();
    for c in &bank.categories {
        let entry = tally.entry("category");
        entry.found += 1;
        if used.contains(c.path.as_str()) {
            entry.converted += 1;
        } else {
            entry.left_out.push(Note {
                file: String::new(),
                line: c.line,
                name: c.path.clone(),
                message: Message::new("import-gift-category-unused"),
            });
        }
    }

    // Where each module and group is, by title and path (maps, not searches:
    // a hostile bank may hold a hundred thousand categories).
    let mut module_at: HashMap<String, usize> = HashMap::new();
    let mut group_at: HashMap<(usize, Vec<String>), usize> = HashMap::new();
    for q in &bank.questions {
        let mut path = q.category.as_deref().map(levels).unwrap_or_default();
        let module_title = if path.is_empty() {
            said("import-course-questions")
        } else {
            path.remove(0)
        };
        let m = match module_at.get(&module_title) {
            Some(&m) => m,
            None => {
                module_at.insert(module_title.clone(), modules.len());
                modules.push(Module {
                    title: module_title.clone(),
                    groups: vec![(Vec::new(), Group::new(module_title.clone()))],
                    item_ids: Ids::default(),
                });
                modules.len() - 1
            }
        };
        let module = &mut modules[m];
        let g = match group_at.get(&(m, path.clone())) {
            Some(&g) => g,
            None if path.is_empty() => 0,
            None => {
                group_at.insert((m, path.clone()), module.groups.len());
                module
                    .groups
                    .push((path.clone(), Group::new(path.join(" / "))));
                module.groups.len() - 1
            }
        };
        let kind = kind_name(q);
        tally.entry(kind).found += 1;
        let mut notes = Vec::new();
        let (group, item_ids) = {
            let Module {
                groups, item_ids, ..
            } = module;
            (&mut groups[g].1, item_ids)
        };
        match question(q, group, item_ids, &mut notes) {
            Ok(Converted1::Question(question)) => group.questions.push(question),
            Ok(Converted1::Lesson(lesson)) => group.lessons.push(lesson),
            Err(why) => {
                tally.entry(kind).left_out.push(Note {
                    file: String::new(),
                    line: q.line,
                    name: q.name(),
                    message: why,
                });
                continue;
            }
        }
        let entry = tally.entry(kind);
        if notes.is_empty() {
            entry.converted += 1;
        } else {
            entry.approximated.push(Note {
                file: String::new(),
                line: q.line,
                name: q.name(),
                message: if notes.len() == 1 {
                    notes.remove(0)
                } else {
                    Message::several(notes)
                },
            });
        }
    }

    // The files.
    let mut files = Vec::new();
    let mut module_paths = Vec::new();
    let mut module_ids = Ids::default();
    let (mut item_count, mut question_count) = (0, 0);
    for (n, module) in modules.into_iter().enumerate() {
        let base = slug(&module.title);
        let id = unique(
            if base.is_empty() {
                format!("module-{}", n + 1)
            } else {
                base
            }
            .as_str(),
            &mut module_ids,
        );
        let mut item_ids = module.item_ids;
        let groups: Vec<(Vec<String>, Group)> = module
            .groups
            .into_iter()
            .filter(|(_, g)| !g.lessons.is_empty() || !g.questions.is_empty())
            .collect();
        if groups.is_empty() {
            continue;
        }
        let sectioned = groups.len() > 1 || !groups[0].0.is_empty();
        let mut items = Vec::new();
        let mut sections = Vec::new();
        let mut section_ids = Ids::default();
        for (path, group) in groups {
            let quiz_base = if path.is_empty() {
                "quiz".to_string()
            } else {
                let s = slug(&path.join("-"));
                if s.is_empty() {
                    "section-quiz".into()
                } else {
                    format!("{s}-quiz")
                }
            };
            if group.questions.len() > MAX_ENTRIES {
                return Err(Message::new("import-gift-category-too-many-questions")
                    .arg("category", group.title.as_str())
                    .arg("count", group.questions.len())
                    .arg("max", MAX_ENTRIES));
            }
            let mut group_items = group.lessons;
            if !group.questions.is_empty() {
                question_count += group.questions.len();
                group_items.push(Item::Quiz {
                    id: unique(&quiz_base, &mut item_ids),
                    title: if path.is_empty() {
                        said("import-course-quiz-alone")
                    } else {
                        tr(
                            COURSE_LANGUAGE,
                            "import-course-quiz",
                            &[("chapter", group.title.as_str().into())],
                        )
                    },
                    pass_mark: PASS_MARK,
                    max_attempts: None,
                    show_answers: None,
                    questions: group.questions,
                });
            }
            item_count += group_items.len();
            if sectioned {
                let base = if path.is_empty() {
                    "main".to_string()
                } else {
                    slug(&path.join("-"))
                };
                let base = if base.is_empty() {
                    "section".into()
                } else {
                    base
                };
                sections.push(SectionFile {
                    id: unique(&base, &mut section_ids),
                    title: group.title,
                    items: group_items,
                });
            } else {
                items = group_items;
            }
        }
        if items.len() > MAX_ENTRIES || sections.len() > MAX_ENTRIES {
            return Err(Message::new("import-gift-category-too-many-items")
                .arg("category", module.title.as_str())
                .arg("max", MAX_ENTRIES));
        }
        if module_paths.len() == MAX_ENTRIES {
            return Err(Message::new("import-gift-too-many-categories").arg("max", MAX_ENTRIES));
        }
        let file = format!(
            "modules/{:02}-{}.yaml",
            module_paths.len() + 1,
            ascii_slug(&id)
        );
        let text = crate::course::yaml::to_string(&ModuleFile {
            id,
            title: module.title,
            items,
            sections,
        })?;
        files.push((file.clone(), text));
        module_paths.push(file);
    }

    let course = CourseFile {
        id: options.id.clone(),
        title: options.title.clone(),
        description: said("import-course-gift-description"),
        language: None,
        modules: module_paths.clone(),
    };
    files.insert(
        0,
        (
            "course.yaml".into(),
            crate::course::yaml::to_string(&course)?,
        ),
    );

    let warnings = bank
        .warnings
        .iter()
        .map(|w| Note {
            file: String::new(),
            line: w.line,
            name: String::new(),
            message: w.kind.message(),
        })
        .collect();
    Ok(Converted {
        files,
        copies: Vec::new(),
        report: ImportReport {
            format: "gift",
            course: CourseSummary {
                id: options.id.clone(),
                title: options.title.clone(),
                modules: module_paths.len(),
                items: item_count,
                questions: question_count,
            },
            kinds: tally.finish(),
            warnings,
        },
    })
}

/// A file-name part: ASCII letters, digits and `-` only (ids may hold other
/// letters), never empty.
fn ascii_slug(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let s = s.trim_matches('-');
    if s.is_empty() {
        "module".into()
    } else {
        s.chars().take(40).collect()
    }
}

enum Converted1 {
    Question(Question),
    Lesson(Item),
}

/// A question's id: its `[id:]`, else its title, else `q` and its place.
fn question_id(q: &GiftQuestion, position: usize, taken: &mut Ids) -> String {
    let base =
        q.id.as_deref()
            .map(slug)
            .filter(|s| !s.is_empty())
            .or_else(|| q.title.as_deref().map(slug).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| format!("q{position}"));
    unique(&base, taken)
}

fn some(text: String) -> Option<String> {
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}

/// Percent of a Moodle fraction, for messages: `50 %`, `33.33 %` (`33,33 %`
/// in French).
fn percent(fraction: f64) -> Message {
    let p = fraction * 100.0;
    if (p - p.round()).abs() < 1e-9 {
        Message::new("import-percent").arg("value", format!("{}", p.round()))
    } else {
        let digits = format!("{p:.2}");
        let (whole, part) = digits.split_once('.').unwrap_or((&digits, "00"));
        Message::new("import-percent-decimal")
            .arg("whole", whole)
            .arg("fraction", part)
    }
}

/// One question (or description) converted; `notes` gets each approximation.
///
/// # Errors
/// Why it is left out.
fn question(
    q: &GiftQuestion,
    group: &mut Group,
    item_ids: &mut Ids,
    notes: &mut Vec<Message>,
) -> Result<Converted1, Message> {
    let mut images = Vec::new();
    let position = group.questions.len() + 1;
    let mut explanation = convert(&q.general_feedback, true, &mut images);

    if let GiftKind::Description = q.kind {
        let body = convert(&q.text, false, &mut images);
        if body.trim().is_empty() {
            return Err(Message::new("import-gift-description-empty"));
        }
        let base =
            q.id.as_deref()
                .map(slug)
                .filter(|s| !s.is_empty())
                .or_else(|| q.title.as_deref().map(slug).filter(|s| !s.is_empty()))
                .unwrap_or_else(|| format!("text-{}", group.lessons.len() + 1));
        note_images(&images, notes);
        if !q.tags.is_empty() {
            notes.push(tags_dropped(&q.tags));
        }
        return Ok(Converted1::Lesson(Item::Lesson {
            id: unique(&base, item_ids),
            title: shown_name(q),
            body,
        }));
    }

    let mut prompt = convert(&q.text, true, &mut images);
    if prompt.trim().is_empty() {
        prompt = shown_name(q);
        if q.title.is_some() {
            notes.push(Message::new("import-gift-empty-text-title"));
        }
    }
    let id_taken = &mut group.question_ids;

    let question = match &q.kind {
        GiftKind::Description => unreachable!("handled above"),
        GiftKind::Essay => Question::Reflection {
            id: question_id(q, position, id_taken),
            prompt,
            explanation: some(explanation),
            hints: Vec::new(),
        },
        GiftKind::TrueFalse {
            answer,
            feedback_true,
            feedback_false,
        } => {
            let mut feedback = BTreeMap::new();
            for (key, text) in [(true, feedback_true), (false, feedback_false)] {
                if let Some(t) = some(convert(text, true, &mut images)) {
                    feedback.insert(key, t);
                }
            }
            Question::TrueFalse {
                id: question_id(q, position, id_taken),
                prompt,
                answer: *answer,
                feedback,
                explanation: some(explanation),
            }
        }
        GiftKind::MultipleChoice { single, answers } => {
            // Choices as amphi needs them: not blank, not twice.
            let mut choices: Vec<String> = Vec::new();
            let mut seen: HashMap<String, usize> = HashMap::new();
            let mut fractions: Vec<f64> = Vec::new();
            let mut feedback = BTreeMap::new();
            for a in answers {
                let text = convert(&a.text, true, &mut images);
                if text.is_empty() {
                    if a.fraction != 0.0 {
                        notes.push(
                            Message::new("import-gift-empty-answer-dropped")
                                .arg("worth", percent(a.fraction)),
                        );
                    }
                    continue;
                }
                if let Some(&k) = seen.get(&text) {
                    notes.push(
                        Message::new("import-gift-answer-twice").arg("answer", text.as_str()),
                    );
                    fractions[k] = fractions[k].max(a.fraction);
                    continue;
                }
                seen.insert(text.clone(), choices.len());
                choices.push(text);
                fractions.push(a.fraction);
                if let Some(f) = some(convert(&a.feedback, true, &mut images)) {
                    feedback.insert(choices.len(), f);
                }
            }
            if choices.len() < 2 {
                return Err(Message::new("import-gift-too-few-choices"));
            }
            // Moodle shuffles the choices (its default); authors write the
            // right one first. One fixed order drawn from the prompt keeps the
            // answer from always being choice 1, the same at every import.
            let order = stable_order(choices.len(), &prompt);
            let choices: Vec<String> = order.iter().map(|&i| choices[i].clone()).collect();
            let fractions: Vec<f64> = order.iter().map(|&i| fractions[i]).collect();
            let feedback: BTreeMap<usize, String> = order
                .iter()
                .enumerate()
                .filter_map(|(new, old)| feedback.get(&(old + 1)).map(|f| (new + 1, f.clone())))
                .collect();
            if *single {
                let best = (0..fractions.len())
                    .max_by(|&a, &b| fractions[a].total_cmp(&fractions[b]).then(b.cmp(&a)))
                    .unwrap_or(0);
                if fractions[best] <= 0.0 {
                    return Err(Message::new("import-gift-no-credit"));
                }
                if fractions[best] < 1.0 {
                    notes.push(
                        Message::new("import-gift-best-answer")
                            .arg("worth", percent(fractions[best])),
                    );
                }
                for (i, f) in fractions.iter().enumerate() {
                    if i != best && *f > 0.0 {
                        notes.push(
                            Message::new("import-gift-partial-choice-wrong")
                                .arg("choice", i + 1)
                                .arg("worth", percent(*f)),
                        );
                    }
                }
                Question::SingleChoice {
                    id: question_id(q, position, id_taken),
                    prompt,
                    choices,
                    answer: best + 1,
                    feedback,
                    explanation: some(explanation),
                    extra: QuestionExtra::default(),
                }
            } else {
                let right: Vec<usize> = (0..fractions.len())
                    .filter(|&i| fractions[i] > 0.0)
                    .map(|i| i + 1)
                    .collect();
                if right.is_empty() {
                    return Err(Message::new("import-gift-no-credit"));
                }
                notes.push(Message::new("import-gift-weights-become-right-wrong"));
                Question::MultipleChoice {
                    id: question_id(q, position, id_taken),
                    prompt,
                    choices,
                    answers: right,
                    feedback,
                    explanation: some(explanation),
                    extra: QuestionExtra::default(),
                }
            }
        }
        GiftKind::ShortAnswer { answers } => {
            let mut accepted = Vec::new();
            let mut accepted_set = HashSet::new();
            let mut wildcards = Vec::new();
            for a in answers {
                let text = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let fb = convert(&a.feedback, true, &mut images);
                if a.fraction >= 1.0 {
                    if text.contains('*') {
                        wildcards.push(text.clone());
                    } else if !text.is_empty() && accepted_set.insert(text.clone()) {
                        accepted.push(text.clone());
                    }
                } else {
                    notes.push(
                        Message::new("import-gift-partial-answer-refused")
                            .arg("answer", text.as_str())
                            .arg("worth", percent(a.fraction)),
                    );
                }
                if !fb.is_empty() {
                    notes.push(
                        Message::new("import-gift-feedback-to-explanation")
                            .arg("answer", text.as_str()),
                    );
                    let label = if text == "*" {
                        said("import-course-any-other-answer")
                    } else {
                        tr(
                            COURSE_LANGUAGE,
                            "import-course-quoted",
                            &[("text", text.as_str().into())],
                        )
                    };
                    let line = [("label", label.into()), ("feedback", fb.as_str().into())];
                    explanation = join(
                        &explanation,
                        &tr(COURSE_LANGUAGE, "import-course-feedback", &line),
                    );
                }
            }
            if let Some(blank) = &q.blank {
                if !wildcards.is_empty() {
                    notes.push(Message::new("import-gift-wildcard-blank"));
                }
                if accepted.is_empty() {
                    return Err(Message::new("import-gift-no-answer-for-blank"));
                }
                let text = gap_text(&blank.before, &blank.after, q.text.format, &mut images);
                note_images(&images, notes);
                return Ok(Converted1::Question(Question::FillBlanks {
                    id: question_id(q, position, id_taken),
                    prompt: match q.title {
                        Some(_) => shown_name(q),
                        None => said("import-course-fill-blank"),
                    },
                    text,
                    blanks: vec![accepted],
                    explanation: some(explanation),
                }));
            }
            let pattern = if wildcards.is_empty() {
                None
            } else {
                Some(
                    wildcards
                        .iter()
                        .map(|w| {
                            let parts: Vec<String> = w
                                .to_lowercase()
                                .split('*')
                                .map(regex_lite::escape)
                                .collect();
                            format!("(?:{})", parts.join(".*"))
                        })
                        .collect::<Vec<_>>()
                        .join("|"),
                )
            };
            if accepted.is_empty() && pattern.is_none() {
                return Err(Message::new("import-gift-no-right-answer"));
            }
            Question::ShortAnswer {
                id: question_id(q, position, id_taken),
                prompt,
                answers: accepted,
                pattern,
                explanation: some(explanation),
                extra: QuestionExtra::default(),
            }
        }
        GiftKind::Matching { pairs } => {
            let mut out: Vec<Pair> = Vec::new();
            let (mut lefts, mut rights) = (HashSet::new(), HashSet::new());
            for p in pairs {
                let left = convert(&p.question, true, &mut images);
                let right = p.answer.split_whitespace().collect::<Vec<_>>().join(" ");
                if left.is_empty() {
                    notes.push(
                        Message::new("import-gift-extra-wrong-answer")
                            .arg("answer", right.as_str()),
                    );
                    continue;
                }
                if !rights.insert(right.clone()) {
                    return Err(
                        Message::new("import-gift-two-items-match").arg("answer", right.as_str())
                    );
                }
                if !lefts.insert(left.clone()) {
                    return Err(Message::new("import-gift-item-twice").arg("item", left.as_str()));
                }
                out.push(Pair { left, right });
            }
            if out.len() < 2 {
                return Err(Message::new("import-gift-too-few-pairs"));
            }
            Question::Matching {
                id: question_id(q, position, id_taken),
                prompt,
                pairs: out,
                explanation: some(explanation),
            }
        }
        GiftKind::Numerical { answers } => {
            let mut out = Vec::new();
            for a in answers {
                let fb = some(convert(&a.feedback, true, &mut images));
                let credit = (a.fraction.clamp(0.0, 1.0) * 100.0).round() as u8;
                if a.fraction < 0.0 {
                    notes.push(
                        Message::new("import-gift-negative-weight")
                            .arg("worth", percent(a.fraction)),
                    );
                }
                let (answer, tolerance, range) = match a.value {
                    NumericalValue::Any => {
                        match fb {
                            Some(fb) => {
                                notes.push(Message::new(
                                    "import-gift-other-feedback-to-explanation",
                                ));
                                let line = [
                                    ("label", said("import-course-any-other-answer").into()),
                                    ("feedback", fb.as_str().into()),
                                ];
                                explanation = join(
                                    &explanation,
                                    &tr(COURSE_LANGUAGE, "import-course-feedback", &line),
                                );
                            }
                            None if a.fraction > 0.0 => notes.push(
                                Message::new("import-gift-any-answer-dropped")
                                    .arg("worth", percent(a.fraction)),
                            ),
                            None => {}
                        }
                        continue;
                    }
                    NumericalValue::Tolerance { value, tolerance } => (
                        Some(value),
                        (tolerance != 0.0).then_some(tolerance.abs()),
                        None,
                    ),
                    NumericalValue::Range { min, max } => (None, None, Some([min, max])),
                };
                let finite = answer.is_none_or(f64::is_finite)
                    && tolerance.is_none_or(f64::is_finite)
                    && range.is_none_or(|[a, b]| a.is_finite() && b.is_finite() && a <= b);
                if !finite {
                    notes.push(Message::new("import-gift-unusable-number").arg("line", a.line));
                    continue;
                }
                out.push(NumericAnswer {
                    answer: answer.map(Num),
                    tolerance: tolerance.map(|t| Tolerance::Absolute(Num(t))),
                    range: range.map(|[a, b]| [Num(a), Num(b)]),
                    credit: (credit != 100).then_some(credit),
                    feedback: fb,
                });
            }
            if !out.iter().any(|a| a.credit.is_none()) {
                return Err(Message::new("import-gift-no-full-credit-number"));
            }
            Question::Numeric {
                id: question_id(q, position, id_taken),
                prompt,
                answers: out,
                explanation: some(explanation),
                extra: QuestionExtra::default(),
            }
        }
    };
    let entries = match &question {
        Question::SingleChoice { choices, .. } | Question::MultipleChoice { choices, .. } => {
            choices.len()
        }
        Question::ShortAnswer { answers, .. } => answers.len(),
        Question::Matching { pairs, .. } => pairs.len(),
        Question::Numeric { answers, .. } => answers.len(),
        _ => 0,
    };
    if entries > MAX_ENTRIES {
        return Err(Message::new("import-gift-too-many-answers")
            .arg("count", entries)
            .arg("max", MAX_ENTRIES));
    }
    if !q.tags.is_empty() {
        notes.push(tags_dropped(&q.tags));
    }
    if q.blank.is_some() {
        notes.push(Message::new("import-gift-blank-in-prompt"));
    }
    note_images(&images, notes);
    // A text with preformatted code (a program to read) is shown whole, as
    // the shared text of a group of one: on one line its lines run together.
    let html = q.text.format == TextFormat::Html
        || (q.text.format == TextFormat::Moodle && looks_like_html(&q.text.text));
    let code = (html && q.text.text.to_ascii_lowercase().contains("<pre"))
        || (q.text.format == TextFormat::Markdown && q.text.text.contains("```"));
    if code && q.blank.is_none() {
        let stimulus = convert(&q.text, false, &mut Vec::new());
        let mut question = question;
        let base = match &mut question {
            Question::SingleChoice { id, prompt, .. } => {
                *prompt = said("import-course-choose-one");
                id.clone()
            }
            Question::MultipleChoice { id, prompt, .. } => {
                *prompt = said("import-course-choose-every");
                id.clone()
            }
            Question::TrueFalse { id, prompt, .. } => {
                *prompt = said("import-course-statement-true");
                id.clone()
            }
            Question::ShortAnswer { id, prompt, .. }
            | Question::Matching { id, prompt, .. }
            | Question::Numeric { id, prompt, .. }
            | Question::Reflection { id, prompt, .. } => {
                *prompt = said("import-course-answer-above");
                id.clone()
            }
            _ => return Ok(Converted1::Question(question)),
        };
        return Ok(Converted1::Question(Question::Group {
            id: unique(&format!("{base}-text"), &mut group.question_ids),
            stimulus,
            questions: vec![question],
        }));
    }
    Ok(Converted1::Question(question))
}

/// The text of a `fill_blanks` question: the two sides of the blank, each
/// converted on its own (so a tag cannot swallow the gap), braces that would
/// read as a gap broken apart, and `{{1}}` between them.
fn gap_text(before: &str, after: &str, format: TextFormat, images: &mut Vec<String>) -> String {
    let side = |text: &str, images: &mut Vec<String>| {
        let mut out = convert(
            &FormattedText {
                text: text.to_string(),
                format,
            },
            true,
            images,
        );
        while out.contains("{{") || out.contains("}}") {
            out = out.replace("{{", "{ {").replace("}}", "} }");
        }
        out
    };
    let mut text = side(before, images);
    if text.ends_with(['{', '}']) || (!text.is_empty() && before.ends_with(char::is_whitespace)) {
        text.push(' ');
    }
    text.push_str("{{1}}");
    let after_text = side(after, images);
    if after_text.starts_with(['{', '}'])
        || (!after_text.is_empty() && after.starts_with(char::is_whitespace))
    {
        text.push(' ');
    }
    text.push_str(&after_text);
    text
}

/// The question's name ([`GiftQuestion::name`]) as shown: a title keeps its
/// HTML (Moodle would clean it), so tags are taken out here; never blank.
/// A permutation of `0..n` drawn from `seed` (FNV-1a seeding a xorshift, as
/// the mdBook mapping orders its choices): `order[k]` is the written choice
/// shown at place `k`. The same seed gives the same order at every import.
fn stable_order(n: usize, seed: &str) -> Vec<usize> {
    let mut state: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.bytes() {
        state ^= u64::from(b);
        state = state.wrapping_mul(0x0100_0000_01b3);
    }
    let mut order: Vec<usize> = (0..n).collect();
    for k in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (k as u64 + 1)) as usize;
        order.swap(k, j);
    }
    order
}

fn shown_name(q: &GiftQuestion) -> String {
    let name = convert(
        &FormattedText {
            text: q.name(),
            format: TextFormat::Html,
        },
        true,
        &mut Vec::new(),
    );
    if name.is_empty() {
        said("import-course-question")
    } else {
        name
    }
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a} {b}")
    }
}

fn note_images(images: &[String], notes: &mut Vec<Message>) {
    for i in images {
        notes.push(Message::new("import-gift-image-not-copied").arg("image", i.as_str()));
    }
}

/// "its tags (a, b) are not kept".
fn tags_dropped(tags: &[String]) -> Message {
    Message::new("import-gift-tags-dropped").arg("tags", tags.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::course_files::MAX_SLUG;

    fn html(text: &str, one_line: bool) -> (String, Vec<String>) {
        let mut images = Vec::new();
        let out = convert(
            &FormattedText {
                text: text.into(),
                format: TextFormat::Html,
            },
            one_line,
            &mut images,
        );
        (out, images)
    }

    #[test]
    fn html_becomes_markdown_in_lessons_and_plain_text_on_one_line() {
        let text =
            "<p>A <strong>big</strong> <em>cat</em> &amp; <code>x</code></p><p>Two<br>lines</p>";
        assert_eq!(html(text, false).0, "A **big** *cat* & `x`\n\nTwo\\\nlines");
        assert_eq!(html(text, true).0, "A big cat & x Two lines");
    }

    #[test]
    fn links_images_and_references_are_kept_as_text() {
        let (out, images) = html(
            "See <a href='https://e.org/a?b=1&amp;c=2'>this</a>: <img src=\"p.png\" alt=\"a map\"> &#233;&#xE8; &bogus; 5 &lt; 6",
            true,
        );
        assert_eq!(
            out,
            "See this (https://e.org/a?b=1&c=2): [image: a map] éè &bogus; 5 < 6"
        );
        assert_eq!(images, ["p.png"]);
    }

    #[test]
    fn an_unclosed_tag_and_a_lone_ampersand_do_not_panic() {
        assert_eq!(html("a < b & c", true).0, "a < b & c");
        assert_eq!(html("&#1114112; &#0;", true).0, "&#1114112; &#0;");
    }

    #[test]
    fn moodle_text_is_html_only_when_it_holds_tags() {
        let mut images = Vec::new();
        let plain = FormattedText {
            text: "2 < 3 and <b>bold</b>".into(),
            format: TextFormat::Moodle,
        };
        assert_eq!(convert(&plain, true, &mut images), "2 < 3 and bold");
        let markdown = FormattedText {
            text: "**kept** <b>too</b>".into(),
            format: TextFormat::Markdown,
        };
        // Markdown is not HTML: its tags stay text; on one line its marks go.
        assert_eq!(convert(&markdown, true, &mut images), "kept <b>too</b>");
        assert_eq!(
            convert(&markdown, false, &mut images),
            "**kept** <b>too</b>"
        );
    }

    #[test]
    fn category_paths_lose_moodle_prefixes_and_keep_escaped_slashes() {
        assert_eq!(levels("$course$/top/Biology/Cells"), ["Biology", "Cells"]);
        assert_eq!(levels("$system$/A//B/C"), ["A/B", "C"]);
        assert_eq!(levels("Plain"), ["Plain"]);
        assert!(levels("$course$/top").is_empty());
    }

    #[test]
    fn slugs_are_ids_amphi_accepts() {
        assert_eq!(slug("Où sont les processeurs ?"), "ou-sont-les-processeurs");
        assert_eq!(slug("(Q1/2)"), "q1-2");
        assert_eq!(slug("Вопрос 1"), "вопрос-1");
        assert_eq!(slug("!!!"), "");
        assert!(slug(&"x".repeat(500)).chars().count() <= MAX_SLUG);
        assert_eq!(course_id_for("My Bank"), "gift.my-bank");
        assert_eq!(course_id_for("???"), "gift.bank");
    }
}
