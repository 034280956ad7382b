//! The files an importer writes, as typed values: a course.yaml, module files
//! with their sections, items and questions, serialised through
//! [`crate::course::yaml::to_string`] so that no text of a source is ever pasted
//! into YAML. Every importer (`gift`, `olx`, `mdbook`) builds these; the field
//! names are those of `docs/course-format.md`, and a field left empty is not
//! written.
//!
//! Also the ids: [`slug`] makes an id from a source's name or title, and
//! [`Ids`] with [`unique`] keeps them unique in a scope, so that importing a
//! newer export of the same source gives the same ids (and keeps progress).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest id made from a title, in characters.
pub const MAX_SLUG: usize = 60;

/// `text` made into an id: accents removed, lower case, letters and digits (and
/// `_`, `.`) kept, every run of anything else one `-`, at most [`MAX_SLUG`]
/// characters; empty when nothing is left.
pub fn slug(text: &str) -> String {
    let mut id = String::new();
    for c in text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() || c == '_' || c == '.' {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
        if id.chars().count() >= MAX_SLUG {
            break;
        }
    }
    let id: String = id.trim_matches(['-', '.']).nfc().collect();
    id
}

/// Ids given out in one scope (a course's modules, a module's items, a
/// quiz's questions), with the next suffix to try for each base, so that
/// thousands of questions with one title stay linear.
#[derive(Default)]
pub struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

/// `base` or, when taken, `base-2`, `base-3`…; recorded in `ids`.
pub fn unique(base: &str, ids: &mut Ids) -> String {
    if ids.taken.insert(base.to_string()) {
        return base.to_string();
    }
    let n = ids.next.entry(base.to_string()).or_insert(2);
    loop {
        let id = format!("{base}-{n}");
        *n += 1;
        if ids.taken.insert(id.clone()) {
            return id;
        }
    }
}

/// `course.yaml`.
#[derive(Serialize)]
pub struct CourseFile {
    /// The course id (progress is kept under it).
    pub id: String,
    /// The course title.
    pub title: String,
    /// One paragraph about the course.
    pub description: String,
    /// The course's language (`fr`, `en-GB`…), when the source says it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The module files, relative to the course folder, in order.
    pub modules: Vec<String>,
}

/// A module file: its items, or its sections (never both).
#[derive(Serialize)]
pub struct ModuleFile {
    /// The module id.
    pub id: String,
    /// The module title.
    pub title: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// Its items, when it has no sections.
    pub items: Vec<Item>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// Its sections, when it has no items of its own.
    pub sections: Vec<SectionFile>,
}

/// A section of a module.
#[derive(Serialize)]
pub struct SectionFile {
    /// The section id.
    pub id: String,
    /// The section title.
    pub title: String,
    /// Its items.
    pub items: Vec<Item>,
}

/// An item of a module or section, as written (`kind:` first).
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Item {
    Lesson {
        id: String,
        title: String,
        body: String,
    },
    /// A lesson whose text is a Markdown file of the course (`body_file`,
    /// relative to the course folder), with the course files it offers.
    #[serde(rename = "lesson")]
    LessonFile {
        id: String,
        title: String,
        body_file: String,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        files: Vec<FileRef>,
    },
    Quiz {
        id: String,
        title: String,
        pass_mark: u8,
        /// How many attempts a learner may make (unlimited when `None`).
        #[serde(skip_serializing_if = "Option::is_none")]
        max_attempts: Option<u32>,
        /// `after_each`, `after_submit`, `after_pass` or `never` (amphi's
        /// default, `after_each`, when `None`).
        #[serde(skip_serializing_if = "Option::is_none")]
        show_answers: Option<&'static str>,
        questions: Vec<Question>,
    },
    /// A video: watched at its `url` (or `file` in the course), read through
    /// its transcript (a `.srt` or `.vtt` path in the course).
    Video {
        id: String,
        title: String,
        /// Whole seconds.
        duration: u64,
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        file: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        transcript: Option<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        files: Vec<FileRef>,
    },
}

/// A file of the course offered with an item (`files:`).
#[derive(Serialize, Clone, PartialEq, Debug)]
pub struct FileRef {
    /// What the file is, as the learner sees it.
    pub title: String,
    /// Its path in the course folder.
    pub path: String,
}

/// An amphi question, as written.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Question {
    SingleChoice {
        id: String,
        prompt: String,
        choices: Vec<String>,
        answer: usize,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        feedback: BTreeMap<usize, String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
        #[serde(flatten)]
        extra: QuestionExtra,
    },
    MultipleChoice {
        id: String,
        prompt: String,
        choices: Vec<String>,
        answers: Vec<usize>,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        feedback: BTreeMap<usize, String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
        #[serde(flatten)]
        extra: QuestionExtra,
    },
    TrueFalse {
        id: String,
        prompt: String,
        answer: bool,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        feedback: BTreeMap<bool, String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
    },
    ShortAnswer {
        id: String,
        prompt: String,
        answers: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pattern: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
        #[serde(flatten)]
        extra: QuestionExtra,
    },
    Matching {
        id: String,
        prompt: String,
        pairs: Vec<Pair>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
    },
    FillBlanks {
        id: String,
        prompt: String,
        text: String,
        blanks: Vec<Vec<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
    },
    Numeric {
        id: String,
        prompt: String,
        answers: Vec<NumericAnswer>,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
        #[serde(flatten)]
        extra: QuestionExtra,
    },
    Reflection {
        id: String,
        prompt: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        hints: Vec<String>,
    },
    /// Several questions about one shared text (the stimulus).
    Group {
        id: String,
        stimulus: String,
        questions: Vec<Question>,
    },
}

/// The fields of a question beyond its kind's own that an importer may set,
/// each left out of the file when empty (see `docs/course-format.md`,
/// "Questions"): flattened into the choice, short answer and numeric kinds.
#[derive(Serialize, Default)]
pub struct QuestionExtra {
    /// Points when wholly right (amphi's default, 1, when `None`); 0 makes a
    /// practice question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<Num>,
    /// Hints revealed one at a time before answering.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    /// Choices in a new random order for each attempt (`single_choice` and
    /// `multiple_choice` only).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub shuffle: bool,
    /// Shown under a right choice left unpicked, by choice number from 1
    /// (`single_choice` and `multiple_choice` only, right choices only).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub missed: BTreeMap<usize, String>,
}

/// A matching pair.
#[derive(Serialize)]
pub struct Pair {
    /// The item.
    pub left: String,
    /// Its answer.
    pub right: String,
}

/// A number written as a whole number when it is one (`3`, not `3.0`): amphi
/// shows numeric answers as written.
#[derive(Clone, Copy)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// How far from a numeric answer a response may be: a number in the answer's
/// unit, or a percentage of the answer (written `5%`).
#[derive(Clone, Copy)]
pub enum Tolerance {
    /// Plus or minus this much.
    Absolute(Num),
    /// Plus or minus this percentage of the answer.
    Percent(Num),
}

impl Serialize for Tolerance {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tolerance::Absolute(n) => n.serialize(s),
            Tolerance::Percent(Num(p)) => s.serialize_str(&format!("{p}%")),
        }
    }
}

/// One accepted numeric answer: a value with a tolerance, or a range, with its
/// credit in percent and feedback.
#[derive(Serialize)]
pub struct NumericAnswer {
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The value.
    pub answer: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Tolerance around the value.
    pub tolerance: Option<Tolerance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Inclusive range, instead of a value.
    pub range: Option<[Num; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Credit in percent (100 when absent).
    pub credit: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Shown when this answer matches.
    pub feedback: Option<String>,
}
