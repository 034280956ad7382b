//! `amphi new`: a new course folder with one module holding one item of each
//! kind, ready to check, open and change.
//!
//! The files are templates in `src/author/templates/`, compiled into the binary;
//! only the title and the course id are filled in.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::i18n::{Language, Message};

/// The files of a new course in English: (path inside the course folder,
/// template).
const TEMPLATES: [(&str, &str); 5] = [
    ("course.yaml", include_str!("templates/course.yaml")),
    (
        "modules/01-getting-started.yaml",
        include_str!("templates/modules/01-getting-started.yaml"),
    ),
    (
        "lessons/longer-reading.md",
        include_str!("templates/lessons/longer-reading.md"),
    ),
    ("glossary.yaml", include_str!("templates/glossary.yaml")),
    ("README.md", include_str!("templates/README.md")),
];

/// The files of a new course in French: the same course, written in French
/// with `language: fr` (ids and file names in French too; the format's keys
/// stay English).
const TEMPLATES_FR: [(&str, &str); 5] = [
    ("course.yaml", include_str!("templates/fr/course.yaml")),
    (
        "modules/01-premiers-pas.yaml",
        include_str!("templates/fr/modules/01-premiers-pas.yaml"),
    ),
    (
        "lessons/lecture-plus-longue.md",
        include_str!("templates/fr/lessons/lecture-plus-longue.md"),
    ),
    ("glossary.yaml", include_str!("templates/fr/glossary.yaml")),
    ("README.md", include_str!("templates/fr/README.md")),
];

/// The templates of a new course in `lang`.
fn templates(lang: Language) -> &'static [(&'static str, &'static str); 5] {
    match lang {
        Language::En => &TEMPLATES,
        Language::Fr => &TEMPLATES_FR,
    }
}

/// Why a course could not be created. `Display` is English; the command line
/// says it in the learner's language with [`ScaffoldError::render`].
#[derive(Debug)]
pub enum ScaffoldError {
    /// The title is blank or not one line.
    BadTitle,
    /// The id uses characters that ids may not.
    BadId(String),
    /// The folder exists and holds something.
    NotEmpty(PathBuf),
    /// The path exists and is not a folder.
    NotAFolder(PathBuf),
    /// Reading the folder or writing a file failed.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What failed.
        source: io::Error,
    },
}

impl ScaffoldError {
    /// What went wrong, as a message to say in any language.
    pub fn message(&self) -> Message {
        let path = |p: &Path| crate::text::sanitize_line(&p.display().to_string());
        match self {
            ScaffoldError::BadTitle => Message::new("check-new-bad-title"),
            ScaffoldError::BadId(id) => {
                Message::new("check-new-bad-id").arg("id", crate::text::sanitize_line(id))
            }
            ScaffoldError::NotEmpty(p) => Message::new("check-new-not-empty").arg("path", path(p)),
            ScaffoldError::NotAFolder(p) => {
                Message::new("check-new-not-a-folder").arg("path", path(p))
            }
            // The system's words for the error, verbatim.
            ScaffoldError::Io { path: p, source } => Message::new("check-new-cannot-write")
                .arg("path", path(p))
                .arg("error", source.to_string()),
        }
    }

    /// What went wrong, in `lang`'s words.
    pub fn render(&self, lang: Language) -> String {
        self.message().render(lang)
    }
}

/// In English (see [`ScaffoldError::render`]).
impl std::fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

impl std::error::Error for ScaffoldError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ScaffoldError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A course id made from a title: lower case, accents dropped, every run of
/// other characters than letters and digits made one `-`; `my-course` when
/// nothing is left.
pub fn id_from_title(title: &str) -> String {
    let mut id = String::new();
    for c in title
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "my-course".into()
    } else {
        id.nfc().collect()
    }
}

/// Whether `id` is a valid course id (the rule of the loader).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The files of a new course titled `title` with id `id`, as (path inside the
/// course folder, contents).
///
/// # Errors
/// [`ScaffoldError::BadTitle`] or [`ScaffoldError::BadId`].
pub fn course_files(title: &str, id: &str) -> Result<Vec<(&'static str, String)>, ScaffoldError> {
    course_files_in(Language::En, title, id)
}

/// [`course_files`] for a course written in `lang` (its texts, ids and
/// comments; `language:` set to it).
///
/// # Errors
/// [`ScaffoldError::BadTitle`] or [`ScaffoldError::BadId`].
pub fn course_files_in(
    lang: Language,
    title: &str,
    id: &str,
) -> Result<Vec<(&'static str, String)>, ScaffoldError> {
    if title.trim().is_empty() || title.chars().any(char::is_control) {
        return Err(ScaffoldError::BadTitle);
    }
    if !is_valid_id(id) {
        return Err(ScaffoldError::BadId(id.to_owned()));
    }
    let title = title.trim();
    // A JSON string is a YAML double-quoted scalar with the same escapes.
    let title_yaml = serde_json::to_string(title).unwrap_or_default();
    Ok(templates(lang)
        .iter()
        .map(|(path, template)| {
            let values = [
                ("@TITLE_YAML@", title_yaml.as_str()),
                ("@TITLE@", title),
                ("@ID@", id),
            ];
            (*path, fill(template, &values))
        })
        .collect())
}

/// `template` with each `@NAME@` of `values` replaced in one pass, so that a
/// value is never itself searched for placeholders.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    'scan: while let Some(i) = rest.find('@') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        for (name, value) in values {
            if let Some(after) = rest.strip_prefix(name) {
                out.push_str(value);
                rest = after;
                continue 'scan;
            }
        }
        out.push('@');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

/// Creates a new course in `dir` (created if missing; refused if it holds
/// anything) and returns the paths written.
///
/// # Errors
/// A [`ScaffoldError`]; files written before a failure are left in place.
pub fn create(dir: &Path, title: &str, id: &str) -> Result<Vec<PathBuf>, ScaffoldError> {
    create_in(Language::En, dir, title, id)
}

/// [`create`] for a course written in `lang` (see [`course_files_in`]).
///
/// # Errors
/// A [`ScaffoldError`]; files written before a failure are left in place.
pub fn create_in(
    lang: Language,
    dir: &Path,
    title: &str,
    id: &str,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    let files = course_files_in(lang, title, id)?;
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ScaffoldError::Io { path, source }
    };
    match fs::metadata(dir) {
        Ok(m) if !m.is_dir() => return Err(ScaffoldError::NotAFolder(dir.into())),
        Ok(_) => {
            let mut entries = fs::read_dir(dir).map_err(io_err(dir))?;
            if entries.next().is_some() {
                return Err(ScaffoldError::NotEmpty(dir.into()));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(dir)(e)),
    }
    let mut written = Vec::new();
    for (path, text) in files {
        let full = path.split('/').fold(dir.to_path_buf(), |p, c| p.join(c));
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        // Never overwrite: another process may have written there meanwhile.
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&full)
            .map_err(io_err(&full))?;
        file.write_all(text.as_bytes()).map_err(io_err(&full))?;
        written.push(full);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{self, AnswerKey, CourseFiles, Item};

    /// A course held in memory.
    struct Memory(Vec<(&'static str, String)>);

    impl CourseFiles for Memory {
        fn read(&self, path: &str) -> Result<Vec<u8>, String> {
            self.0
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, t)| t.clone().into_bytes())
                .ok_or_else(|| "file not found".into())
        }

        fn display(&self, path: &str) -> String {
            format!("new/{path}")
        }
    }

    #[test]
    fn ids_come_from_titles() {
        assert_eq!(id_from_title("Brewing Tea"), "brewing-tea");
        assert_eq!(id_from_title("  L’économie — 2.0 !  "), "l-economie-2-0");
        assert_eq!(id_from_title("日本語の講座"), "日本語の講座");
        assert_eq!(id_from_title("!!!"), "my-course");
        assert!(is_valid_id(&id_from_title("a/b c")));
    }

    #[test]
    fn the_new_course_is_valid_with_one_item_of_each_kind() {
        for lang in Language::ALL {
            new_course_in(lang);
        }
    }

    /// The new course in `lang`: valid, written in it, one item of each kind.
    fn new_course_in(lang: Language) {
        let title = r#"Tea: "quoted" & \ escaped # not a comment"#;
        let files = course_files_in(lang, title, &id_from_title(title)).unwrap();
        let course = course::load(&Memory(files)).expect("the new course is valid");
        assert_eq!(course.info.title, title);
        assert_eq!(course.info.language, lang.code());
        let welcome = match lang {
            Language::En => "Welcome",
            Language::Fr => "Bienvenue",
        };
        assert_eq!(course.modules[0].items[0].title(), welcome);
        assert_eq!(course.modules.len(), 1);
        let items = &course.modules[0].items;
        let kinds: Vec<&str> = items.iter().map(Item::kind).collect();
        assert_eq!(kinds, ["lesson", "lesson", "interview", "quiz"]);
        assert!(matches!(&items[1], Item::Lesson(l) if l.body_file.is_some()));
        let Item::Quiz(quiz) = &items[3] else {
            unreachable!()
        };
        let kinds: Vec<&str> = quiz.questions.iter().map(|q| q.key.kind()).collect();
        assert_eq!(
            kinds,
            [
                "single_choice",
                "multiple_choice",
                "true_false",
                "short_answer",
                "ordering",
                "matching",
                "fill_blanks",
                "numeric"
            ]
        );
        assert!(matches!(
            quiz.questions[0].key,
            AnswerKey::SingleChoice { answer: 2, .. }
        ));
    }

    #[test]
    fn placeholders_are_filled_once() {
        let v = [("@A@", "@B@"), ("@B@", "b")];
        assert_eq!(fill("x @A@ @B@ a@b.c @", &v), "x @B@ b a@b.c @");
    }

    #[test]
    fn refusals_are_said_in_each_language() {
        let e = course_files("T", "a b").unwrap_err();
        assert_eq!(
            e.to_string(),
            "the id `a b` must be non-empty and use only letters, digits, `-`, `_` and `.`"
        );
        assert_eq!(
            e.render(Language::Fr),
            "l'identifiant `a b` doit être non vide et ne contenir que des lettres, des \
             chiffres, `-`, `_` et `.`"
        );
        let e = ScaffoldError::NotEmpty(PathBuf::from("/tmp/tea"));
        assert_eq!(
            e.render(Language::Fr),
            "/tmp/tea n'est pas vide\u{a0}: donnez un nouveau dossier, ou un dossier vide"
        );
    }

    #[test]
    fn bad_titles_and_ids_are_refused() {
        assert!(matches!(
            course_files("  ", "x"),
            Err(ScaffoldError::BadTitle)
        ));
        assert!(matches!(
            course_files("two\nlines", "x"),
            Err(ScaffoldError::BadTitle)
        ));
        assert!(matches!(
            course_files("T", "a b"),
            Err(ScaffoldError::BadId(_))
        ));
    }
}
