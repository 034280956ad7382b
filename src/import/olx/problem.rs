//! One OLX problem (a capa `<problem>`) as amphi questions.
//!
//! The mapping (also in `docs/importing.md`, "Problems"):
//! - each response element (`multiplechoiceresponse`, `choiceresponse`,
//!   `optionresponse`, `stringresponse`, `numericalresponse`) is one graded
//!   part, except an `optionresponse`, whose every `optioninput` (dropdown) is
//!   one; see [`responses`];
//! - a part's prompt is its `<label>` (and `<description>`); the problem's other
//!   text is shared: one part with a short paragraph of text before it becomes
//!   one question with that text in its prompt; otherwise the parts form one
//!   [`Question::Group`] with the text as its stimulus;
//! - `<solution>` → explanation (of its part, or of the last part when it is
//!   the problem's), `<demandhint>` → `hints` of every part, the problem's
//!   `weight` split evenly over the parts, `max_attempts` and `showanswer` →
//!   [`ProblemOutput`] for the quiz;
//! - a problem whose values a Python script computes (`$x` in its text), or
//!   whose responses amphi cannot grade (custom Python or JavaScript, formulas,
//!   circuits, images, drag and drop…) is left out, and a lesson says what it
//!   asked.

mod responses;
#[cfg(test)]
mod tests;
mod text;

use std::collections::{BTreeMap, HashMap};

use roxmltree::Node;

use super::html::{HtmlContext, to_inline, to_markdown_in};
use super::said::Said;
use super::source::parse_xml;
use crate::i18n::{Language, Message};
use crate::import::course_files::{Num, NumericAnswer, Question, QuestionExtra, slug};
use text::{Cut, attr, inner_html, inside};

/// A problem to convert.
pub struct ProblemInput<'a> {
    /// Its `url_name` (the file name under `problem/`), the base of its ids.
    pub url_name: &'a str,
    /// The problem file's XML text.
    pub xml: &'a str,
    /// How addresses in its text are rewritten.
    pub html: &'a HtmlContext<'a>,
}

/// What a problem became.
#[derive(Default)]
pub struct ProblemOutput {
    /// Its questions: usually one; a problem of several parts is one
    /// [`Question::Group`] holding them.
    pub questions: Vec<Question>,
    /// The report's kind for it: the response element's name
    /// (`multiplechoiceresponse`, `customresponse`…), `multi-part` for a
    /// problem of several responses (but of several of one kind that amphi
    /// does not convert: that kind), `problem` for one without any, and
    /// `other response` for a response element amphi does not know.
    pub kind: &'static str,
    /// How it was approximated (empty when converted exactly); each derefs
    /// to its English text.
    pub approximated: Vec<Said>,
    /// Why it was left out, when it was.
    pub left_out: Option<Said>,
    /// Markdown saying what was there, for a problem left out that carries
    /// text (a lesson takes its place).
    pub lesson: Option<String>,
    /// `max_attempts`, when the problem sets it (a whole number above 0).
    pub max_attempts: Option<u32>,
    /// The problem's `weight` (points), when set; already split over the
    /// questions' own `weight`.
    pub weight: Option<f64>,
    /// amphi's `show_answers` for the problem's `showanswer` (`after_each`,
    /// `after_submit`, `after_pass` or `never`), when the problem sets one.
    pub show_answer: Option<&'static str>,
}

/// The response elements amphi converts.
const CONVERTED: [&str; 5] = [
    "multiplechoiceresponse",
    "choiceresponse",
    "optionresponse",
    "stringresponse",
    "numericalresponse",
];

/// Response elements amphi cannot grade, and the catalogue message saying
/// why (the report's words).
const NOT_CONVERTED: [(&str, &str); 12] = [
    ("customresponse", "import-olx-response-custom"),
    ("formularesponse", "import-olx-response-formula"),
    ("schematicresponse", "import-olx-response-schematic"),
    ("imageresponse", "import-olx-response-image"),
    ("annotationresponse", "import-olx-response-annotation"),
    ("symbolicresponse", "import-olx-response-symbolic"),
    ("coderesponse", "import-olx-response-code"),
    ("externalresponse", "import-olx-response-external"),
    ("javascriptresponse", "import-olx-response-javascript"),
    ("choicetextresponse", "import-olx-response-choicetext"),
    ("truefalseresponse", "import-olx-response-truefalse"),
    ("chemicalequationresponse", "import-olx-response-chemical"),
];

/// Elements that are the input side of a response (never text to read).
const INPUTS: [&str; 26] = [
    "choicegroup",
    "checkboxgroup",
    "radiogroup",
    "optioninput",
    "textline",
    "textbox",
    "formulaequationinput",
    "responseparam",
    "additional_answer",
    "stringequalhint",
    "regexphint",
    "correcthint",
    "hintgroup",
    "jsinput",
    "imageinput",
    "schematic",
    "answer",
    "drag_and_drop_input",
    "designprotein2dinput",
    "editamoleculeinput",
    "chemicalequationinput",
    "annotationinput",
    "crystallography",
    "vsepr_input",
    "filesubmission",
    "targetedfeedbackset",
];

/// Converts one problem, writing the words amphi adds to the course (a
/// lesson's line saying why a problem is not a question, default prompts) in
/// English. Never panics: XML that does not parse, or a problem with nothing
/// amphi can grade, is left out with the reason.
pub fn convert(input: &ProblemInput<'_>) -> ProblemOutput {
    convert_in(input, Language::En)
}

/// [`convert`], the words amphi adds to the course in `lang` (the course's
/// language). The report's notes are [`Message`]s, said in any language.
pub fn convert_in(input: &ProblemInput<'_>, lang: Language) -> ProblemOutput {
    let doc = match parse_xml(input.xml) {
        Ok(doc) => doc,
        Err(e) => {
            return ProblemOutput {
                kind: "problem",
                left_out: Some(
                    Message::new("import-olx-problem-xml")
                        .arg("error", e.into_message())
                        .into(),
                ),
                ..ProblemOutput::default()
            };
        }
    };
    let root = doc.root_element();
    let mut out = ProblemOutput {
        kind: "problem",
        max_attempts: attr(root, "max_attempts")
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|&n| n > 0),
        weight: attr(root, "weight")
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|w| w.is_finite() && *w >= 0.0),
        ..ProblemOutput::default()
    };
    for (name, read) in [
        ("weight", out.weight.is_some()),
        ("max_attempts", out.max_attempts.is_some()),
    ] {
        if let Some(v) = attr(root, name).filter(|v| !read && *v != "null") {
            out.approximated.push(
                Message::new("import-olx-not-a-number")
                    .arg("name", name)
                    .arg("value", v)
                    .into(),
            );
        }
    }
    if let Some(value) = attr(root, "showanswer") {
        let (amphi, note) = show_answer(value);
        out.show_answer = amphi;
        out.approximated.extend(note.map(Said::from));
    }
    let p = Problem {
        src: input.xml,
        root,
        html: input.html,
    };
    let responses: Vec<Node<'_, '_>> = root
        .descendants()
        .filter(|n| is_response(*n) && !inside_response(*n))
        .collect();
    out.kind = match responses.as_slice() {
        [] => "problem",
        [one] => kind_name(one.tag_name().name()),
        _ => "multi-part",
    };
    // Several responses of one kind amphi does not convert: reported as that
    // kind, for one reason.
    let first = responses.first().map(|r| r.tag_name().name());
    let one_kind = first.filter(|f| responses.iter().all(|r| r.tag_name().name() == *f));
    if responses.is_empty() {
        return p.left_out(out, Message::new("import-olx-no-response"), lang);
    }
    if let Some(vars) = script_variables(input.xml, root) {
        let why = Message::new("import-olx-python-script").arg("names", vars);
        return p.left_out(out, why, lang);
    }

    // The parts, response by response.
    let mut parts: Vec<Part> = Vec::new();
    let mut skipped: Vec<Skipped> = Vec::new();
    let several = responses.len() > 1;
    for (n, response) in responses.iter().enumerate() {
        let name = response.tag_name().name();
        let part = several.then_some(n + 1);
        if !CONVERTED.contains(&name) {
            skipped.push(Skipped {
                part,
                name,
                why: Why::Not(why_not(*response)),
            });
            continue;
        }
        match responses::convert(&p, *response, lang) {
            Ok(built) => {
                for mut part in built {
                    out.approximated
                        .extend(std::mem::take(&mut part.notes).into_iter().map(Said::from));
                    part.response = Some(*response);
                    parts.push(part);
                }
            }
            Err(why) => skipped.push(Skipped {
                part,
                name,
                why: Why::Failed(why),
            }),
        }
    }
    if parts.is_empty() {
        if let Some(tag) = one_kind
            && !CONVERTED.contains(&tag)
        {
            out.kind = kind_name(tag);
            let why = why_not(responses[0]);
            let why = match responses.len() {
                1 => Message::new("import-olx-problem-not").arg("why", why),
                n => Message::new("import-olx-parts-not")
                    .arg("count", n)
                    .arg("why", why),
            };
            return p.left_out(out, why, lang);
        }
        let why = if responses.len() == 1 {
            match skipped.remove(0).why {
                Why::Failed(why) => why,
                Why::Not(why) => Message::new("import-olx-problem-not").arg("why", why),
            }
        } else {
            Message::new("import-olx-no-part-gradable").arg(
                "parts",
                Message::several(skipped.into_iter().map(Skipped::message)),
            )
        };
        return p.left_out(out, why, lang);
    }
    for s in skipped {
        out.approximated.push(
            Message::new("import-olx-part-left-out")
                .arg("part", s.message())
                .into(),
        );
    }

    p.finish(input, parts, &mut out, lang);
    out
}

/// The report's kind for a response element (a `&'static str`).
fn kind_name(tag: &str) -> &'static str {
    CONVERTED
        .iter()
        .copied()
        .chain(NOT_CONVERTED.iter().map(|(k, _)| *k))
        .find(|k| *k == tag)
        .unwrap_or("other response")
}

fn is_response(node: Node<'_, '_>) -> bool {
    node.is_element() && {
        let name = node.tag_name().name();
        name.ends_with("response") && name != "response"
    }
}

fn inside_response(node: Node<'_, '_>) -> bool {
    node.ancestors().skip(1).any(is_response)
}

/// A response (or part) that makes no question, and why.
struct Skipped<'n> {
    /// Its number from 1, in a problem of several parts.
    part: Option<usize>,
    /// Its element's name.
    name: &'n str,
    why: Why,
}

/// Why a response makes no question.
enum Why {
    /// A kind amphi does not convert ([`why_not`]: said after the response,
    /// "`customresponse` is graded by…").
    Not(Message),
    /// A kind amphi converts, but this one could not be (a clause of its
    /// own: "no choice is marked right").
    Failed(Message),
}

impl Skipped<'_> {
    /// `part 1 (customresponse) is graded by…`, `stringresponse: it has no
    /// answer`.
    fn message(self) -> Message {
        let id = match (&self.why, self.part) {
            (Why::Not(_), Some(_)) => "import-olx-part-not",
            (Why::Not(_), None) => "import-olx-response-not",
            (Why::Failed(_), Some(_)) => "import-olx-part-failed",
            (Why::Failed(_), None) => "import-olx-response-failed",
        };
        let (Why::Not(why) | Why::Failed(why)) = self.why;
        Message::new(id)
            .arg("part", self.part.unwrap_or(0))
            .arg("name", self.name)
            .arg("why", why)
    }
}

/// Why a response amphi does not convert is left out: a phrase said after
/// the response ("is graded by…"; see the catalogue's `import-olx-response-*`).
fn why_not(response: Node<'_, '_>) -> Message {
    let name = response.tag_name().name();
    let has = |tag: &str| response.descendants().any(|n| n.has_tag_name(tag));
    if name == "customresponse" && has("jsinput") {
        return Message::new("import-olx-response-jsinput");
    }
    if has("drag_and_drop_input") {
        return Message::new("import-olx-response-drag-and-drop");
    }
    NOT_CONVERTED.iter().find(|(k, _)| *k == name).map_or_else(
        || Message::new("import-olx-response-unknown").arg("name", name),
        |(_, why)| Message::new(why),
    )
}

/// The names a `loncapa/python` script assigns that the problem's text or
/// attributes use as `$name`, listed (`$x, $y`); `None` when none is used.
fn script_variables(src: &str, root: Node<'_, '_>) -> Option<String> {
    let scripts: Vec<Node<'_, '_>> = root
        .descendants()
        .filter(|n| {
            n.has_tag_name("script") && n.attribute("type").is_some_and(|t| t.contains("python"))
        })
        .collect();
    if scripts.is_empty() {
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    for s in &scripts {
        for line in s.text().unwrap_or("").lines() {
            let line = line.trim_start();
            let name: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let rest = line[name.len()..].trim_start();
            if !name.is_empty()
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && rest.starts_with('=')
                && !rest.starts_with("==")
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
    }
    // The problem's source outside its scripts.
    let mut outside = String::new();
    let mut from = 0;
    for s in &scripts {
        let r = s.range();
        outside.push_str(src.get(from..r.start).unwrap_or(""));
        from = r.end.max(from);
    }
    outside.push_str(src.get(from..).unwrap_or(""));
    let used: Vec<String> = names
        .into_iter()
        .filter(|n| {
            let plain = format!("${n}");
            let braced = format!("${{{n}}}");
            outside.match_indices(&plain).any(|(at, _)| {
                !outside[at + plain.len()..]
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            }) || outside.contains(&braced)
        })
        .map(|n| format!("${n}"))
        .collect();
    (!used.is_empty()).then(|| used.join(", "))
}

/// amphi's `show_answers` for Open edX's `showanswer`, and a note when the
/// meaning changes.
fn show_answer(value: &str) -> (Option<&'static str>, Option<Message>) {
    let note = |to: &str, why: &'static str| {
        Some(
            Message::new("import-olx-showanswer")
                .arg("value", value)
                .arg("why", Message::new(why))
                .arg("to", to),
        )
    };
    match value {
        "always" | "attempted" | "attempted_no_past_due" => (Some("after_each"), None),
        "answered" => (
            Some("after_pass"),
            note("after_pass", "import-olx-showanswer-answered"),
        ),
        "never" => (Some("never"), None),
        "correct_or_past_due" => (
            Some("after_pass"),
            note("after_pass", "import-olx-showanswer-correct-or-past-due"),
        ),
        "closed"
        | "finished"
        | "past_due"
        | "after_attempts"
        | "after_all_attempts"
        | "after_all_attempts_or_correct" => (
            Some("after_submit"),
            note("after_submit", "import-olx-showanswer-finished"),
        ),
        _ => (
            None,
            Some(Message::new("import-olx-showanswer-unknown").arg("value", value)),
        ),
    }
}

/// The problem being converted: its source, root and address rewriting.
pub(super) struct Problem<'a, 'input> {
    src: &'a str,
    root: Node<'a, 'input>,
    html: &'a HtmlContext<'a>,
}

/// One graded part, before it gets its id and weight.
pub(super) struct Part<'a, 'input> {
    /// The prompt, when the response gives one (label, description…).
    prompt: Option<String>,
    /// The answer side.
    answer: Answer,
    /// Choices shuffled.
    shuffle: bool,
    /// From the response's own `<solution>`, and feedback with no other home.
    explanation: Vec<String>,
    /// What was approximated.
    notes: Vec<Message>,
    /// The response it comes from.
    response: Option<Node<'a, 'input>>,
}

/// What a part asks.
pub(super) enum Answer {
    Single {
        choices: Vec<String>,
        answer: usize,
        feedback: BTreeMap<usize, String>,
    },
    Multiple {
        choices: Vec<String>,
        answers: Vec<usize>,
        feedback: BTreeMap<usize, String>,
        missed: BTreeMap<usize, String>,
    },
    Short {
        answers: Vec<String>,
        pattern: Option<String>,
    },
    Numeric {
        answers: Vec<NumericAnswer>,
    },
    /// Any answer was right: an unscored reflection.
    Reflection,
}

impl<'a, 'input> Problem<'a, 'input> {
    /// `node`'s content as one line of text (a prompt, a choice, a hint).
    fn inline(&self, node: Node<'_, '_>, cut: &dyn Fn(Node<'_, '_>) -> Cut) -> String {
        to_inline(&inner_html(self.src, node, cut), self.html)
    }

    /// The problem's text to read (its HTML, without scripts, solutions,
    /// hints, the responses' inputs, and their labels unless `labels`, then
    /// each a paragraph), as HTML source. In a response inside a table cell,
    /// `marker` gives what stands in its place.
    fn text_html(&self, marker: &dyn Fn(Node<'_, '_>) -> Option<String>, labels: bool) -> String {
        let cut = |n: Node<'_, '_>| -> Cut {
            let name = n.tag_name().name();
            let content = || inner_html(self.src, n, &|_| Cut::Keep);
            if name == "clarification" {
                return Cut::Replace(format!(" ({})", content()));
            }
            if matches!(name, "label" | "description") && inside_response(n) {
                return if labels {
                    Cut::Replace(format!("<p>{}</p>", content()))
                } else {
                    Cut::Drop
                };
            }
            if matches!(name, "script" | "solution" | "demandhint" | "style")
                || INPUTS.contains(&name)
            {
                return Cut::Drop;
            }
            if is_response(n) {
                return marker(n).map_or(Cut::Unwrap, Cut::Replace);
            }
            if matches!(name, "text" | "startouttext" | "endouttext") {
                return Cut::Unwrap;
            }
            Cut::Keep
        };
        inner_html(self.src, self.root, &cut)
    }

    /// `out` left out, `because`, with a lesson saying what it asked (in
    /// `lang`, the course's language).
    fn left_out(&self, mut out: ProblemOutput, because: Message, lang: Language) -> ProblemOutput {
        out.approximated.clear();
        out.lesson = self.lesson(&because, lang);
        out.left_out = Some(because.into());
        out
    }

    /// `html` as Markdown, amphi's own words in `lang`.
    fn markdown(&self, html: &str, lang: Language) -> super::html::HtmlMarkdown {
        to_markdown_in(html, self.html, lang)
    }

    /// A lesson for a problem left out: why (`because`), what it asked, and
    /// its solution, in `lang`; `None` when it has no text.
    fn lesson(&self, because: &Message, lang: Language) -> Option<String> {
        let text = self
            .markdown(&self.text_html(&|_| None, true), lang)
            .markdown;
        if text.trim().is_empty() {
            return None;
        }
        let mut md = Message::new("import-olx-lesson-not-a-question")
            .arg("why", because.clone())
            .render(lang);
        md.push_str("\n\n");
        md.push_str(text.trim());
        for s in self
            .root
            .descendants()
            .filter(|n| n.has_tag_name("solution"))
        {
            let sol = self
                .markdown(&inner_html(self.src, s, &solution_cut), lang)
                .markdown;
            if !sol.trim().is_empty() {
                md.push_str("\n\n**");
                md.push_str(&Message::new("import-olx-lesson-solution").render(lang));
                md.push_str("**\n\n");
                md.push_str(sol.trim());
            }
        }
        md.push('\n');
        Some(md)
    }

    /// The text that asks a response's question when it has no label: its own
    /// paragraphs (before its input), or else the paragraph just before it;
    /// `None` when neither is there or is short enough for a prompt.
    fn lead_text(&self, response: Node<'_, '_>) -> Option<String> {
        let text_block = |n: &Node<'_, '_>| {
            n.is_element()
                && matches!(
                    n.tag_name().name(),
                    "p" | "div" | "span" | "b" | "strong" | "em" | "i"
                )
        };
        let own: Vec<String> = response
            .children()
            .filter(text_block)
            .map(|n| self.inline(n, &|_| Cut::Keep))
            .filter(|t| !t.is_empty())
            .collect();
        let text = if own.is_empty() {
            let before = response.prev_sibling_element().filter(text_block)?;
            self.inline(before, &|_| Cut::Keep)
        } else {
            own.join(" ")
        };
        some(text).filter(|t| t.chars().count() <= 500)
    }

    /// A `<solution>`'s text, as one line (an explanation).
    fn solution(&self, node: Node<'_, '_>, notes: &mut Vec<Message>) -> Option<String> {
        if node.descendants().any(|n| n.has_tag_name("img")) {
            notes.push(Message::new("import-olx-solution-images"));
        }
        some(self.inline(node, &solution_cut))
    }

    /// Puts the parts together: ids, prompts, the shared text, the problem's
    /// solution and hints, the weights.
    fn finish(
        &self,
        input: &ProblemInput<'_>,
        mut parts: Vec<Part<'a, 'input>>,
        out: &mut ProblemOutput,
        lang: Language,
    ) {
        let base = match slug(input.url_name) {
            s if s.is_empty() => "problem".to_string(),
            s => s,
        };
        let n = parts.len();
        let table_cell = |r: Node<'_, '_>| inside(r, &["td", "th"]);
        // The part numbers (from 1) of each response, for those in a table.
        let mut numbers: HashMap<roxmltree::NodeId, Vec<String>> = HashMap::new();
        for (i, part) in parts.iter().enumerate() {
            if let Some(r) = part.response {
                numbers
                    .entry(r.id())
                    .or_default()
                    .push(format!("<strong>[{}]</strong>", i + 1));
            }
        }
        let marker = |r: Node<'_, '_>| -> Option<String> {
            if n < 2 || !table_cell(r) {
                return None;
            }
            Some(
                numbers
                    .get(&r.id())
                    .map(|m| m.join(" "))
                    .unwrap_or_default(),
            )
        };
        let shared_html = self.text_html(&marker, false);
        let shared_inline = to_inline(&shared_html, self.html);
        // Text to share: words, or an image (a figure the question is about).
        let shared = !shared_inline.is_empty() || has_image(self.root);
        let simple = n == 1 && is_simple(self.root) && !shared_inline.is_empty();
        // Prompts the response does not give: in a table, its row and column;
        // else the text just before its input (kept in the shared text too).
        for (i, part) in parts.iter_mut().enumerate() {
            if part.prompt.is_some() || simple {
                continue;
            }
            let Some(r) = part.response else { continue };
            if table_cell(r)
                && let Some(p) = cell_prompt(r)
            {
                part.prompt = Some(if n > 1 { format!("[{}] {p}", i + 1) } else { p });
            } else {
                part.prompt = self.lead_text(r);
            }
        }
        let mut questions = Vec::with_capacity(n);
        // The problem's own solutions and hints.
        let mut problem_notes = Vec::new();
        let solutions: Vec<String> = self
            .root
            .descendants()
            .filter(|s| s.has_tag_name("solution") && !inside_response(*s))
            .filter_map(|s| self.solution(s, &mut problem_notes))
            .collect();
        out.approximated
            .extend(problem_notes.into_iter().map(Said::from));
        let hints: Vec<String> = self
            .root
            .descendants()
            .filter(|d| d.has_tag_name("demandhint"))
            .flat_map(|d| d.children().filter(|h| h.has_tag_name("hint")))
            .filter_map(|h| some(self.inline(h, &|_| Cut::Keep)))
            .collect();
        if self.root.descendants().any(|d| d.has_tag_name("hintgroup")) {
            out.approximated
                .push(Message::new("import-olx-hintgroup").into());
        }
        let weight = out.weight.map(|w| w / n as f64);
        for (i, mut part) in parts.into_iter().enumerate() {
            let last = i + 1 == n;
            if last {
                part.explanation.extend(solutions.iter().cloned());
            }
            let mut prompt = part.prompt.take().unwrap_or_default();
            if simple {
                prompt = if prompt.is_empty() {
                    shared_inline.clone()
                } else {
                    format!("{shared_inline} {prompt}")
                };
            }
            if prompt.is_empty() {
                prompt = Message::new(default_prompt(&part.answer)).render(lang);
            }
            let id = if n == 1 && (simple || !shared) {
                base.clone()
            } else {
                format!("{base}.{}", i + 1)
            };
            questions.push(question(id, prompt, part, weight, hints.clone()));
        }
        if n == 1 && (simple || !shared) {
            out.questions = questions;
        } else {
            let stimulus = self.markdown(&shared_html, lang);
            out.approximated
                .extend(stimulus.notes.into_iter().map(Said::from));
            let stimulus = stimulus.markdown.trim().to_string();
            let stimulus = if stimulus.is_empty() {
                attr(self.root, "display_name")
                    .map(str::to_string)
                    .unwrap_or_else(|| {
                        Message::new("import-olx-parts-stimulus")
                            .arg("count", n)
                            .render(lang)
                    })
            } else {
                stimulus
            };
            out.questions = vec![Question::Group {
                id: base,
                stimulus,
                questions,
            }];
        }
    }
}

/// `text` when not blank.
fn some(text: String) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// In a solution: the boilerplate first paragraph `Explanation` left out.
fn solution_cut(n: Node<'_, '_>) -> Cut {
    let first_element = n.prev_sibling_element().is_none();
    if n.has_tag_name("p") && first_element {
        let t = text::plain_text(n);
        if t.trim_end_matches(':').eq_ignore_ascii_case("explanation") {
            return Cut::Drop;
        }
    }
    Cut::Keep
}

/// Whether the problem's text outside the responses' inputs is short and plain
/// enough to go into a prompt: at most one block of text, no image, table,
/// list, code or displayed formula.
fn is_simple(root: Node<'_, '_>) -> bool {
    const RICH: [&str; 10] = [
        "img", "table", "ul", "ol", "pre", "video", "iframe", "audio", "h3", "h4",
    ];
    let text_nodes = |n: Node<'_, '_>| {
        !inside(
            n,
            &["script", "solution", "demandhint", "label", "description"],
        ) && !inside(n, &INPUTS)
    };
    if root
        .descendants()
        .any(|n| n.is_element() && RICH.contains(&n.tag_name().name()) && text_nodes(n))
    {
        return false;
    }
    let texts: Vec<&str> = root
        .descendants()
        .filter(|n| n.is_text() && text_nodes(*n))
        .filter_map(|n| n.text())
        .filter(|t| !t.trim().is_empty())
        .collect();
    let blocks = root
        .descendants()
        .filter(|n| {
            n.is_element()
                && matches!(
                    n.tag_name().name(),
                    "p" | "div" | "h1" | "h2" | "h5" | "h6" | "blockquote"
                )
                && text_nodes(*n)
                && !n
                    .descendants()
                    .skip(1)
                    .any(|d| d.has_tag_name("p") || d.has_tag_name("div"))
                && !text::plain_text(*n).is_empty()
        })
        .count();
    let all: String = texts.concat();
    blocks <= 1 && !all.contains("\\[") && !all.contains("$$") && all.chars().count() <= 600
}

/// Whether the problem's text (outside solutions, hints and inputs) shows an
/// image.
fn has_image(root: Node<'_, '_>) -> bool {
    root.descendants().any(|n| {
        n.has_tag_name("img")
            && !inside(n, &["script", "solution", "demandhint"])
            && !inside(n, &INPUTS)
    })
}

/// The prompt of a response in a table cell without a label: the row's first
/// cell and the column's header, such as `Theory of Relativity — Country`.
fn cell_prompt(response: Node<'_, '_>) -> Option<String> {
    let cell = response
        .ancestors()
        .find(|a| a.has_tag_name("td") || a.has_tag_name("th"))?;
    let row = cell.parent_element().filter(|r| r.has_tag_name("tr"))?;
    let cells: Vec<Node<'_, '_>> = row
        .children()
        .filter(|c| c.has_tag_name("td") || c.has_tag_name("th"))
        .collect();
    let column = cells.iter().position(|c| *c == cell)?;
    let row_head = cells
        .first()
        .filter(|c| **c != cell)
        .map(|c| text::plain_text(*c))
        .filter(|t| !t.is_empty());
    let table = row.ancestors().find(|a| a.has_tag_name("table"))?;
    let header_row = table.descendants().find(|d| d.has_tag_name("tr"))?;
    let col_head = (header_row != row)
        .then(|| {
            header_row
                .children()
                .filter(|c| c.has_tag_name("td") || c.has_tag_name("th"))
                .nth(column)
                .map(text::plain_text)
        })
        .flatten()
        .filter(|t| !t.is_empty());
    match (row_head, col_head) {
        (Some(r), Some(c)) => Some(format!("{r} — {c}")),
        (Some(t), None) | (None, Some(t)) => Some(t),
        (None, None) => None,
    }
}

/// The catalogue message of a prompt for a part that has none.
fn default_prompt(answer: &Answer) -> &'static str {
    match answer {
        Answer::Single { .. } => "import-olx-prompt-single",
        Answer::Multiple { .. } => "import-olx-prompt-multiple",
        Answer::Short { .. } => "import-olx-prompt-short",
        Answer::Numeric { .. } => "import-olx-prompt-numeric",
        Answer::Reflection => "import-olx-prompt-reflection",
    }
}

/// The question a part becomes.
fn question(
    id: String,
    prompt: String,
    part: Part<'_, '_>,
    weight: Option<f64>,
    hints: Vec<String>,
) -> Question {
    let explanation = some(part.explanation.join(" "));
    let extra = |missed: BTreeMap<usize, String>| QuestionExtra {
        weight: weight.map(Num),
        hints: hints.clone(),
        shuffle: part.shuffle,
        missed,
    };
    match part.answer {
        Answer::Single {
            choices,
            answer,
            feedback,
        } => Question::SingleChoice {
            id,
            prompt,
            choices,
            answer,
            feedback,
            explanation,
            extra: extra(BTreeMap::new()),
        },
        Answer::Multiple {
            choices,
            answers,
            feedback,
            missed,
        } => Question::MultipleChoice {
            id,
            prompt,
            choices,
            answers,
            feedback,
            explanation,
            extra: extra(missed),
        },
        Answer::Short { answers, pattern } => Question::ShortAnswer {
            id,
            prompt,
            answers,
            pattern,
            explanation,
            extra: extra(BTreeMap::new()),
        },
        Answer::Numeric { answers } => Question::Numeric {
            id,
            prompt,
            answers,
            explanation,
            extra: extra(BTreeMap::new()),
        },
        Answer::Reflection => Question::Reflection {
            id,
            prompt,
            explanation,
            hints,
        },
    }
}
