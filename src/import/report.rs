//! The conversion report every importer gives: the course written, and for
//! each kind of source component how many were found, converted exactly,
//! approximated (and how) and left out (and why), with the source reader's
//! warnings. `amphi import` prints it, writes it as `IMPORT.md`, and gives it
//! as JSON (`docs/commands.md` documents that shape).

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::i18n::{Language, Message, Value};

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
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The source file, relative to the source (empty for a one-file source).
    pub file: String,
    /// The 1-based line, when known (0: the whole file).
    pub line: usize,
    /// The question's name (empty for a warning).
    pub name: String,
    /// What happened (for an approximation, every way it differs, joined by
    /// `; `), put into words when shown; JSON gets English.
    pub message: crate::i18n::Message,
}

impl ImportReport {
    /// The report as Markdown in English: see [`Self::to_markdown_in`].
    pub fn to_markdown(&self, source: &str) -> String {
        self.to_markdown_in(source, Language::En)
    }

    /// The report as Markdown in `lang`, for the terminal and for
    /// `IMPORT.md`: the course, a table of the kinds, then every
    /// approximation, every component left out and every warning, each with
    /// its place in `source`. Kinds are named as the source's users know
    /// them, in `lang` (JSON keeps the English keys).
    pub fn to_markdown_in(&self, source: &str, lang: Language) -> String {
        let say = |m: Message| m.render(lang);
        let mut s = String::new();
        let c = &self.course;
        s.push_str(&say(Message::new("import-report-title")
            .arg("source", source)
            .arg("format", self.format_message())));
        s.push_str("\n\n");
        s.push_str(&say(Message::new("import-report-course")
            .arg("id", c.id.as_str())
            .arg("title", c.title.as_str())
            .arg("modules", c.modules)
            .arg("items", c.items)
            .arg("questions", c.questions)));
        s.push_str("\n\n");
        let short = self.short_name();
        let header = [
            say(Message::new("import-report-kind").arg("format", short)),
            say(Message::new("import-report-found")),
            say(Message::new("import-report-converted")),
            say(Message::new("import-report-approximated-column")),
            say(Message::new("import-report-left-out-column")),
        ];
        s.push_str(&format!("| {} |\n", header.join(" | ")));
        s.push_str("|---|---|---|---|---|\n");
        for k in &self.kinds {
            s.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                self.kind_name(k.kind, lang),
                k.found,
                k.converted,
                k.approximated.len(),
                k.left_out.len()
            ));
        }
        let section = |s: &mut String, title: &str, pick: &dyn Fn(&KindReport) -> &Vec<Note>| {
            let mut notes: Vec<(&str, &Note)> = self
                .kinds
                .iter()
                .flat_map(|k| pick(k).iter().map(move |n| (k.kind, n)))
                .collect();
            if notes.is_empty() {
                return;
            }
            s.push_str(&format!("\n## {title}\n\n"));
            notes.sort_by(|(_, a), (_, b)| (&a.file, a.line).cmp(&(&b.file, b.line)));
            for (kind, n) in notes {
                let line = Message::new("import-report-note")
                    .arg("place", n.place_message())
                    .arg("kind", self.kind_name(kind, lang))
                    .arg("name", n.name.replace('\n', " "))
                    .arg("message", n.message.clone());
                s.push_str(&format!("- {}\n", say(line)));
            }
        };
        section(
            &mut s,
            &say(Message::new("import-report-approximated")),
            &|k| &k.approximated,
        );
        section(&mut s, &say(Message::new("import-report-left-out")), &|k| {
            &k.left_out
        });
        if !self.warnings.is_empty() {
            let title = say(Message::new("import-report-warnings").arg("format", short));
            s.push_str(&format!("\n## {title}\n\n"));
            for w in &self.warnings {
                let line = Message::new("import-report-warning")
                    .arg("place", w.place_message())
                    .arg("message", w.message.clone());
                s.push_str(&format!("- {}\n", say(line)));
            }
        }
        s
    }

    /// The format's name in titles: `GIFT`, `Open edX`, `mdBook` (names,
    /// the same in every language); another format's key as it is.
    pub fn format_name(&self) -> &'static str {
        match self.format {
            "gift" => "GIFT",
            "olx" => "Open edX",
            "mdbook" => "mdBook",
            other => other,
        }
    }

    /// [`Self::format_name`] as a message (an unknown format in words).
    fn format_message(&self) -> Message {
        match self.format {
            "gift" | "olx" | "mdbook" => Message::verbatim(self.format_name()),
            _ => Message::new("import-report-unknown-format"),
        }
    }

    /// The format's short name, in the table's header: `GIFT`, `OLX`, `mdBook`.
    fn short_name(&self) -> &'static str {
        match self.format {
            "olx" => "OLX",
            "gift" | "mdbook" => self.format_name(),
            _ => "?",
        }
    }

    /// The name of `kind` as the format's users know it, in `lang`: GIFT's
    /// kinds as Moodle names them, mdBook's parts of a book; mdbook-quiz's
    /// types (`MultipleChoice`) and Open edX's components (`html`,
    /// `problem`) are names of the source's own, shown as written.
    pub fn kind_name(&self, kind: &str, lang: Language) -> String {
        match kind_id(self.format, kind) {
            Some(id) => crate::i18n::tr(lang, id, &[]),
            None => kind.to_string(),
        }
    }

    /// The [`KindReport`] of `kind`, if the source has any.
    pub fn kind(&self, kind: &str) -> Option<&KindReport> {
        self.kinds.iter().find(|k| k.kind == kind)
    }
}

/// The catalogue id naming `kind` of `format`, when amphi has words for it.
fn kind_id(format: &str, kind: &str) -> Option<&'static str> {
    Some(match (format, kind) {
        ("gift", "category") => "import-kind-gift-category",
        ("gift", "description") => "import-kind-gift-description",
        ("gift", "essay") => "import-kind-gift-essay",
        ("gift", "true/false") => "import-kind-gift-true-false",
        ("gift", "multiple choice") => "import-kind-gift-multiple-choice",
        ("gift", "multiple answer") => "import-kind-gift-multiple-answer",
        ("gift", "short answer") => "import-kind-gift-short-answer",
        ("gift", "matching") => "import-kind-gift-matching",
        ("gift", "missing word") => "import-kind-gift-missing-word",
        ("gift", "numerical") => "import-kind-gift-numerical",
        ("mdbook", "part") => "import-kind-mdbook-part",
        ("mdbook", "chapter") => "import-kind-mdbook-chapter",
        ("mdbook", "draft chapter") => "import-kind-mdbook-draft-chapter",
        ("mdbook", "include") => "import-kind-mdbook-include",
        ("mdbook", "image") => "import-kind-mdbook-image",
        ("mdbook", "link") => "import-kind-mdbook-link",
        ("mdbook", "quiz") => "import-kind-mdbook-quiz",
        ("mdbook", "other question") => "import-kind-mdbook-other-question",
        _ => return None,
    })
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

    /// Where, as the report says it in English: `line 3`,
    /// `problem/a.xml`, `src/x.md:3`.
    pub fn place(&self) -> String {
        self.place_message().to_string()
    }

    /// Where, as a message to say in the reader's language.
    pub fn place_message(&self) -> Message {
        match (self.file.is_empty(), self.line) {
            (true, 0) => Message::new("import-place-source"),
            (true, l) => Message::new("import-place-line").arg("line", l),
            (false, 0) => Message::verbatim(self.file.clone()),
            (false, l) => Message::verbatim(format!("{}:{l}", self.file)),
        }
    }

    /// The message's code for machines: its catalogue id, or for several
    /// ways joined by `; ` their ids joined the same way; `None` for text
    /// that is not amphi's (a library's error).
    pub fn code(&self) -> Option<String> {
        code_of(&self.message)
    }
}

fn code_of(message: &Message) -> Option<String> {
    if message.id() == Some("message-several")
        && let Some(Value::List(items, _)) = message.get("all")
    {
        let codes: Vec<String> = items
            .iter()
            .filter_map(|v| match v {
                Value::Message(m) => code_of(m),
                _ => None,
            })
            .collect();
        return (!codes.is_empty()).then(|| codes.join("; "));
    }
    message.id().map(str::to_string)
}

/// `{file, line, name, message, code}`: empty file and name, line 0 and no
/// code are left out; `message` is English (machine output is
/// language-neutral), `code` its catalogue id (see [`Note::code`]).
impl Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        if !self.file.is_empty() {
            map.serialize_entry("file", &self.file)?;
        }
        if !is_zero(&self.line) {
            map.serialize_entry("line", &self.line)?;
        }
        if !self.name.is_empty() {
            map.serialize_entry("name", &self.name)?;
        }
        map.serialize_entry("message", &self.message)?;
        if let Some(code) = self.code() {
            map.serialize_entry("code", &code)?;
        }
        map.end()
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::gift::{GiftProblem, GiftWarning, ProblemKind, WarningKind};
    use crate::import::mdbook::BookError;

    const NBSP: char = '\u{a0}';
    const NNBSP: char = '\u{202f}';

    fn fr(m: &Message) -> String {
        m.render(Language::Fr)
    }

    #[test]
    fn gift_warnings_and_refusals_are_said_in_french_with_code_left_alone() {
        let crlf = GiftWarning {
            line: 1,
            kind: WarningKind::CrLf,
        };
        assert_eq!(
            fr(&crlf.message()),
            format!(
                "ligne 1{NBSP}: les lignes finissent par CRLF{NNBSP}; elles sont lues comme LF"
            )
        );
        assert_eq!(
            crlf.to_string(),
            "line 1: lines end in CRLF; they are read as LF"
        );
        // GIFT's own marks are quoted as they are: no space inside `::`.
        assert_eq!(
            fr(&WarningKind::UnclosedTitle.message()),
            format!(
                "`::` ouvre un titre qui n'est jamais fermé{NBSP}: la question n'a pas de titre"
            )
        );
        let brace = GiftProblem {
            line: 3,
            kind: ProblemKind::BraceMismatch,
        };
        assert_eq!(
            fr(&brace.message()),
            format!("ligne 3{NBSP}: un bloc de réponses demande à la fois `{{` et `}}`")
        );
        assert_eq!(
            brace.to_string(),
            "line 3: an answer block needs both `{` and `}`"
        );
        let few = GiftProblem {
            line: 2,
            kind: ProblemKind::TooFewAnswers { needed: 1 },
        };
        assert_eq!(
            fr(&few.message()),
            format!("ligne 2{NBSP}: ce type de question demande au moins une réponse")
        );
    }

    #[test]
    fn a_gift_weight_is_a_french_percentage() {
        let bank = crate::import::gift::parse("::q:: Tea? {=yes ~%33.33333%maybe ~no}").unwrap();
        let options = crate::import::gift::course::CourseOptions {
            id: "gift.t".into(),
            title: "t".into(),
        };
        let report = crate::import::gift::course::to_course(&bank, &options)
            .unwrap()
            .report;
        let note = &report.kind("multiple choice").unwrap().approximated[0];
        let en = note.message.to_string();
        assert!(
            en.ends_with(" gives 33.33 % in Moodle; here it is wrong"),
            "{en}"
        );
        let said = fr(&note.message);
        assert!(
            said.ends_with(&format!(
                " vaut 33,33{NNBSP}% dans Moodle{NNBSP}; ici, il est faux"
            )),
            "{said}"
        );
        assert_eq!(
            note.code().as_deref(),
            Some("import-gift-partial-choice-wrong")
        );
    }

    #[test]
    fn mdbook_refusals_are_said_in_french() {
        let e = BookError::NotUtf8 {
            file: "src/a.md".into(),
            line: 4,
        };
        assert_eq!(
            fr(&e.message()),
            format!(
                "src/a.md{NBSP}: la ligne 4 n'est pas en UTF-8{NBSP}: enregistrez le fichier en UTF-8 puis importez-le de nouveau"
            )
        );
        assert_eq!(
            e.to_string(),
            "src/a.md: line 4 is not UTF-8: save the file as UTF-8 and import it again"
        );
    }

    fn report() -> ImportReport {
        let several = Message::several([
            Message::new("import-gift-tags-dropped").arg("tags", "a, b"),
            Message::new("import-gift-blank-in-prompt"),
        ]);
        ImportReport {
            format: "gift",
            course: CourseSummary {
                id: "gift.b".into(),
                title: "Banque".into(),
                modules: 1,
                items: 2,
                questions: 1,
            },
            kinds: vec![KindReport {
                kind: "missing word",
                found: 1,
                converted: 0,
                approximated: vec![Note::at_line(4, "q", several)],
                left_out: Vec::new(),
            }],
            warnings: vec![Note::at_line(0, "", Message::new("import-gift-empty"))],
        }
    }

    #[test]
    fn the_markdown_report_is_said_in_each_language() {
        let r = report();
        assert_eq!(
            r.to_markdown("b.gift"),
            "# Import of b.gift (GIFT)\n\n\
             Course `gift.b` “Banque”: 1 module, 2 items, 1 question.\n\n\
             | GIFT kind | found | converted | approximated | left out |\n\
             |---|---|---|---|---|\n\
             | missing word | 1 | 0 | 1 | 0 |\n\n\
             ## Approximated\n\n\
             - line 4, missing word “q”: its tags (a, b) are not kept; the blank stays in the prompt as `_____`; the answers fill it\n\n\
             ## Warnings from the GIFT reader\n\n\
             - the source: the file holds no question\n"
        );
        assert_eq!(
            r.to_markdown_in("b.gift", Language::Fr),
            format!(
                "# Importation de b.gift (GIFT)\n\n\
                 Cours `gift.b` «{NBSP}Banque{NBSP}»{NBSP}: 1 module, 2 éléments, 1 question.\n\n\
                 | type GIFT | trouvés | convertis | approximés | laissés de côté |\n\
                 |---|---|---|---|---|\n\
                 | mot manquant | 1 | 0 | 1 | 0 |\n\n\
                 ## Convertis approximativement\n\n\
                 - ligne 4, mot manquant «{NBSP}q{NBSP}»{NBSP}: ses étiquettes (a, b) ne sont pas conservées{NNBSP}; \
                 le blanc reste dans l'énoncé sous la forme `_____`{NNBSP}; les réponses le remplissent\n\n\
                 ## Avertissements de la lecture GIFT\n\n\
                 - la source{NBSP}: le fichier ne contient aucune question\n"
            )
        );
    }

    #[test]
    fn json_notes_are_english_with_their_codes() {
        let r = report();
        let json = serde_json::to_value(&r).unwrap();
        let note = &json["kinds"][0]["approximated"][0];
        assert_eq!(
            note["message"],
            "its tags (a, b) are not kept; the blank stays in the prompt as `_____`; the answers fill it"
        );
        assert_eq!(
            note["code"],
            "import-gift-tags-dropped; import-gift-blank-in-prompt"
        );
        assert_eq!(note["line"], 4);
        let warning = &json["warnings"][0];
        assert_eq!(warning["code"], "import-gift-empty");
        assert!(warning.get("line").is_none() && warning.get("name").is_none());
        let verbatim = Note::in_file("a.md", 0, "", "a library's words");
        let v = serde_json::to_value(&verbatim).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"file": "a.md", "message": "a library's words"})
        );
    }
}
