//! The bundled course against its source article: no run of eight words copied
//! from the article, and every use of the interview marked as a paraphrase with
//! its source, in every edition (the English original and the French edition in
//! `course/fr/`, whose language is the article's own, so the check bites there).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use amphi::course::{Course, DirFiles, Item, load_dir, load_edition};

/// The article the bundled course is built on (INfluencia, 27 March 2016), in
/// `../shared/` beside the repository.
const ARTICLE: &str = "seeds/000_def2820a8716f2ee.txt";

/// The bundled course's folder.
const COURSE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/course");

/// How many consecutive words shared with the article count as copying.
const RUN: usize = 8;

/// The words of `text`, lower-cased: maximal runs of letters and digits (any
/// script), so that `l’espace` is `l`, `espace` and `2.0` is `2`, `0`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every file under `dir`, sorted, recursively.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The runs of `RUN` words of `course_text` that also occur in `article`.
fn shared_runs(article: &[String], course_text: &str) -> Vec<String> {
    let runs: HashSet<&[String]> = article.windows(RUN).collect();
    let mut found: Vec<String> = words(course_text)
        .windows(RUN)
        .filter(|w| runs.contains(w))
        .map(|w| w.join(" "))
        .collect();
    found.dedup();
    found
}

#[test]
fn the_word_splitter_is_unicode_aware_and_case_blind() {
    assert_eq!(
        words("L’Élargissement de l'espace, 2.0 — ÇA!"),
        ["l", "élargissement", "de", "l", "espace", "2", "0", "ça"]
    );
    let article = words("Il y a une civilisation 2.0 : le digital construit un nouvel imaginaire.");
    assert_eq!(
        shared_runs(
            &article,
            "As INfluencia put it, « il y a une CIVILISATION 2.0, le digital »."
        ),
        [
            "il y a une civilisation 2 0 le",
            "y a une civilisation 2 0 le digital"
        ]
    );
    assert!(shared_runs(&article, "une civilisation 2.0 : le digital construit").is_empty());
}

#[test]
fn no_course_file_shares_a_run_of_eight_words_with_the_article() {
    let Some(article) = crate::common::outside::shared(ARTICLE) else {
        return;
    };
    let article = article.as_path();
    let text = fs::read_to_string(article)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", article.display()));
    let article_words = words(&text);
    assert!(article_words.len() > 500, "the article looks truncated");

    let mut files = Vec::new();
    files_under(Path::new(COURSE), &mut files);
    assert!(files.len() >= 5, "only {} files under course/", files.len());
    // The French edition is under course/ too, so the walk covers it.
    let french = files
        .iter()
        .filter(|f| f.starts_with(Path::new(COURSE).join("fr")))
        .count();
    assert!(
        french >= 9,
        "only {french} files of the French edition checked"
    );
    let mut copied = Vec::new();
    for file in &files {
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        let shown = file
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(file);
        for run in shared_runs(&article_words, &text) {
            copied.push(format!("{}: «{run}»", shown.display()));
        }
    }
    assert!(
        copied.is_empty(),
        "these runs of {RUN} words are copied from the source article; write them in your own words:\n{}",
        copied.join("\n")
    );
}

/// Whether `text` draws on the interview or the magazine's presentation.
fn draws_on_the_article(text: &str) -> bool {
    text.contains("André") || text.contains("INfluencia")
}

/// The paragraph of a lesson that starts with `Source:` (or, in French
/// typography, `Source :`), if any.
fn source_paragraph(body: &str) -> Option<String> {
    body.split("\n\n")
        .map(str::trim)
        .find(|p| {
            p.strip_prefix("Source").is_some_and(|rest| {
                rest.trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                    .starts_with(':')
            })
        })
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The bundled course in each of its editions: the original, then each edition.
fn every_edition() -> Vec<Course> {
    let original = load_dir(Path::new(COURSE)).unwrap_or_else(|r| panic!("{r}"));
    let mut all: Vec<Course> = original
        .info
        .editions
        .iter()
        .map(|e| load_edition(&DirFiles::new(COURSE), &e.folder).unwrap_or_else(|r| panic!("{r}")))
        .collect();
    all.insert(0, original);
    all
}

#[test]
fn the_bundled_course_has_a_french_edition() {
    let all = every_edition();
    let languages: Vec<&str> = all.iter().map(|c| c.info.language.as_str()).collect();
    assert_eq!(languages, ["en", "fr"]);
    assert!(
        all[1].info.title.starts_with("Sociologie du web"),
        "{}",
        all[1].info.title
    );
}

#[test]
fn every_use_of_the_interview_shows_its_source_and_says_paraphrased() {
    for course in every_edition() {
        uses_show_their_source(&course);
    }
}

fn uses_show_their_source(course: &Course) {
    let mut problems = Vec::new();
    let mut modules_using_it = 0;
    for module in &course.modules {
        let mut uses_it = false;
        let mut shows_source = false;
        for item in &module.items {
            match item {
                Item::Interview(interview) => {
                    uses_it = true;
                    let note = interview.note.as_deref().unwrap_or("");
                    if !note.to_lowercase().contains("paraphrase") {
                        problems.push(format!(
                            "{}/{}: the interview's note does not say it is a paraphrase",
                            module.id, interview.id
                        ));
                    }
                }
                Item::Lesson(lesson) if draws_on_the_article(&lesson.body) => {
                    uses_it = true;
                    match source_paragraph(&lesson.body) {
                        Some(line)
                            if line.contains("INfluencia")
                                && line.contains("2016")
                                && line.to_lowercase().contains("paraphrase") =>
                        {
                            shows_source = true;
                        }
                        Some(line) => problems.push(format!(
                            "{}/{}: the source line must name INfluencia, the date and say paraphrased: {line}",
                            module.id, lesson.id
                        )),
                        None => problems.push(format!(
                            "{}/{}: draws on the interview but shows no `Source:` line",
                            module.id, lesson.id
                        )),
                    }
                }
                _ => {}
            }
        }
        if uses_it {
            modules_using_it += 1;
            if !shows_source {
                problems.push(format!(
                    "module {}: uses the interview but no lesson shows its source",
                    module.id
                ));
            }
        }
    }
    assert!(
        modules_using_it >= 5,
        "{}: {modules_using_it} modules use the interview",
        course.info.language
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
