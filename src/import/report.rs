//! The conversion report every importer gives: the course written, and for
//! each kind of source component how many were found, converted exactly,
//! approximated (and how) and left out (and why), with the source reader's
//! warnings. `amphi import` prints it, writes it as `IMPORT.md`, and gives it
//! as JSON (`docs/commands.md` documents that shape).

use serde::Serialize;

/// A course made from a source: the files, relative to the course folder, and
/// the report.
#[derive(Debug, Clone)]
pub struct Converted {
    /// `(path, text)`: `course.yaml` first, then module files and lessons.
    /// Paths are made of ASCII letters, digits, `-`, `_`, `.` and `/` only.
    pub files: Vec<(String, String)>,
    /// `(path, bytes)`: files copied from the source (images, documents), with
    /// the same rule for paths.
    pub copies: Vec<(String, Vec<u8>)>,
    /// What was converted, approximated and left out.
    pub report: ImportReport,
}

/// The conversion report (also its JSON shape, see `docs/commands.md`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ImportReport {
    /// The source format: `"gift"`, `"olx"` or `"mdbook"`.
    pub format: &'static str,
    /// The course written.
    pub course: CourseSummary,
    /// One entry per kind of source component met (GIFT kinds and
    /// `category`; OLX components; mdBook chapters and quiz questions), in a
    /// fixed order per format.
    pub kinds: Vec<KindReport>,
    /// The source reader's warnings, in source order.
    pub warnings: Vec<Note>,
}

/// The course written.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CourseSummary {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// How many modules.
    pub modules: usize,
    /// How many items (lessons and quizzes).
    pub items: usize,
    /// How many questions, over all quizzes.
    pub questions: usize,
}

/// What became of one kind of source component.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KindReport {
    /// The kind, in the source's own terms (GIFT: `description`, `essay`,
    /// `true/false`, `multiple choice`, `multiple answer`, `short answer`,
    /// `matching`, `missing word`, `numerical` or `category`).
    pub kind: &'static str,
    /// How many the bank holds.
    pub found: usize,
    /// How many were converted exactly.
    pub converted: usize,
    /// Those converted with an approximation, and how.
    pub approximated: Vec<Note>,
    /// Those left out, and why.
    pub left_out: Vec<Note>,
}

/// A note about one place of the source: a file of it, a line, or both.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Note {
    /// The source file, relative to the source (empty for a one-file source).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The 1-based line, when known (0: the whole file).
    #[serde(skip_serializing_if = "is_zero")]
    pub line: usize,
    /// The question's name (empty for a warning).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// What happened (for an approximation, every way it differs, joined by
    /// `; `), put into words when shown; JSON gets English.
    pub message: crate::i18n::Message,
}

impl ImportReport {
    /// The report as Markdown, for the terminal and for `IMPORT.md`: the
    /// course, a table of the kinds, then every approximation, every component
    /// left out and every warning, each with its place in `source`.
    pub fn to_markdown(&self, source: &str) -> String {
        let mut s = String::new();
        let c = &self.course;
        s.push_str(&format!(
            "# Import of {source} ({})\n\n",
            self.format_name()
        ));
        s.push_str(&format!(
            "Course `{}` “{}”: {} module{}, {} item{}, {} question{}.\n\n",
            c.id,
            c.title,
            c.modules,
            plural(c.modules),
            c.items,
            plural(c.items),
            c.questions,
            plural(c.questions)
        ));
        s.push_str(&format!(
            "| {} kind | found | converted | approximated | left out |\n",
            self.short_name()
        ));
        s.push_str("|---|---|---|---|---|\n");
        for k in &self.kinds {
            s.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                k.kind,
                k.found,
                k.converted,
                k.approximated.len(),
                k.left_out.len()
            ));
        }
        let section = |s: &mut String, title: &str, pick: &dyn Fn(&KindReport) -> &Vec<Note>| {
            let notes: Vec<(&str, &Note)> = self
                .kinds
                .iter()
                .flat_map(|k| pick(k).iter().map(move |n| (k.kind, n)))
                .collect();
            if notes.is_empty() {
                return;
            }
            s.push_str(&format!("\n## {title}\n\n"));
            let mut notes = notes;
            notes.sort_by(|(_, a), (_, b)| (&a.file, a.line).cmp(&(&b.file, b.line)));
            for (kind, n) in notes {
                s.push_str(&format!(
                    "- {}, {kind} “{}”: {}\n",
                    n.place(),
                    n.name.replace('\n', " "),
                    n.message
                ));
            }
        };
        section(&mut s, "Approximated", &|k| &k.approximated);
        section(&mut s, "Left out", &|k| &k.left_out);
        if !self.warnings.is_empty() {
            s.push_str(&format!(
                "\n## Warnings from the {} reader\n\n",
                self.short_name()
            ));
            for w in &self.warnings {
                s.push_str(&format!("- {}: {}\n", w.place(), w.message));
            }
        }
        s
    }

    /// The format's name in titles: `GIFT`, `Open edX`, `mdBook`.
    pub fn format_name(&self) -> &'static str {
        match self.format {
            "gift" => "GIFT",
            "olx" => "Open edX",
            "mdbook" => "mdBook",
            _ => "unknown format",
        }
    }

    /// The format's short name, in the table's header: `GIFT`, `OLX`, `mdBook`.
    fn short_name(&self) -> &'static str {
        match self.format {
            "olx" => "OLX",
            _ => self.format_name(),
        }
    }

    /// The [`KindReport`] of `kind`, if the source has any.
    pub fn kind(&self, kind: &str) -> Option<&KindReport> {
        self.kinds.iter().find(|k| k.kind == kind)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Note {
    /// A note about `line` of a one-file source.
    pub fn at_line(
        line: usize,
        name: impl Into<String>,
        message: impl Into<crate::i18n::Message>,
    ) -> Self {
        Note {
            file: String::new(),
            line,
            name: name.into(),
            message: message.into(),
        }
    }

    /// A note about `file` of the source (and `line` of it, when not 0).
    pub fn in_file(
        file: impl Into<String>,
        line: usize,
        name: impl Into<String>,
        message: impl Into<crate::i18n::Message>,
    ) -> Self {
        Note {
            file: file.into(),
            line,
            name: name.into(),
            message: message.into(),
        }
    }

    /// Where, as the report says it: `line 3`, `problem/a.xml`, `src/x.md:3`.
    pub fn place(&self) -> String {
        match (self.file.is_empty(), self.line) {
            (true, 0) => "the source".to_string(),
            (true, l) => format!("line {l}"),
            (false, 0) => self.file.clone(),
            (false, l) => format!("{}:{l}", self.file),
        }
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
