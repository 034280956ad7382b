//! `amphi import` of mdBook books: the tea-book fixture (every feature of the
//! importer) imports with the report's counts, loads, passes `amphi check`
//! without error and keeps its ids across imports; its quizzes become the
//! questions and groups documented in docs/importing.md; hostile books
//! (includes and images out of the book, a chapter too large) are refused or
//! reported, and nothing of outside the book reaches the course.

use std::path::{Path, PathBuf};

use crate::common::import_report::counts;
use crate::common::isolated::{amphi, import};
use amphi::import::mdbook::course::to_course;
use amphi::import::mdbook::read_book;
use serde_yaml::Value;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/mdbook/tea-book")
}

fn yaml(dir: &Path, rel: &str) -> Value {
    serde_yaml::from_str(&std::fs::read_to_string(dir.join(rel)).unwrap()).unwrap()
}

/// Imports the fixture with the real binary into a new folder.
fn imported() -> (tempfile::TempDir, PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("tea");
    let (code, stdout, stderr) =
        import(&[fixture().as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    (tmp, out, stdout)
}

#[test]
fn the_tea_book_imports_with_its_counts() {
    let book = read_book(&fixture()).unwrap();
    let converted = to_course(&book, "tea-book").unwrap();
    let r = &converted.report;
    assert_eq!(r.format, "mdbook");
    assert_eq!(r.course.id, "mdbook.a-pot-of-tea");
    assert_eq!(r.course.title, "A Pot of Tea");
    assert_eq!(
        (r.course.modules, r.course.items, r.course.questions),
        (4, 12, 10)
    );
    assert_eq!(counts(r, "part"), (2, 2, 0, 0));
    assert_eq!(counts(r, "chapter"), (9, 9, 0, 0));
    assert_eq!(counts(r, "draft chapter"), (1, 0, 0, 1));
    // include (range), include (anchor), playground, rustdoc_include, title.
    assert_eq!(counts(r, "include"), (5, 2, 2, 1));
    assert_eq!(counts(r, "image"), (1, 1, 0, 0));
    // Three links to chapters (now links to their items), one to a data file,
    // one to a missing chapter.
    assert_eq!(counts(r, "link"), (5, 3, 1, 1));
    assert_eq!(counts(r, "quiz"), (2, 2, 0, 0));
    assert_eq!(counts(r, "MultipleChoice"), (4, 1, 3, 0));
    assert_eq!(counts(r, "ShortAnswer"), (2, 2, 0, 0));
    assert_eq!(counts(r, "Tracing"), (2, 2, 0, 0));
    assert_eq!(counts(r, "other question"), (1, 0, 0, 1));
    let kinds: Vec<&str> = r.kinds.iter().map(|k| k.kind).collect();
    assert_eq!(
        kinds,
        [
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
            "other question"
        ]
    );
    let ordering = &r.kind("other question").unwrap().left_out[0];
    assert_eq!(ordering.file, "src/quizzes/leaves.toml");
    assert!(
        ordering.message.to_string().contains("Ordering"),
        "{ordering:?}"
    );
    let draft = &r.kind("draft chapter").unwrap().left_out[0];
    assert_eq!((draft.file.as_str(), draft.line), ("src/SUMMARY.md", 11));
    let copies: Vec<&str> = converted.copies.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(copies, ["media/images/leaf.png", "media/data/gardens.csv"]);
}

#[test]
fn the_imported_book_loads_and_checks_without_error() {
    let (_tmp, out, stdout) = imported();
    assert!(stdout.contains("# Import of tea-book (mdBook)"), "{stdout}");
    assert!(out.join("IMPORT.md").is_file());
    let course = amphi::course::load_dir(&out).expect("the course loads");
    assert_eq!(course.modules.len(), 4);
    let check = amphi().arg("check").arg(&out).output().unwrap();
    let text = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{text}");
    assert!(!text.contains("error"), "{text}");
    assert!(text.contains("valid"), "{text}");
}

#[test]
fn parts_chapters_and_quizzes_become_modules_sections_lessons_and_quiz_items() {
    let (_tmp, out, _) = imported();
    let course = yaml(&out, "course.yaml");
    assert_eq!(course["language"], "en");
    assert_eq!(course["authors"][1], "Bo Kettle");
    let modules: Vec<String> = course["modules"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_string())
        .collect();
    let titles: Vec<String> = modules
        .iter()
        .map(|m| yaml(&out, m)["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        titles,
        [
            "Before the kettle",
            "Growing",
            "Brewing",
            "A glossary of cups"
        ]
    );

    let growing = yaml(&out, &modules[1]);
    let sections = growing["sections"].as_sequence().unwrap();
    assert_eq!(sections.len(), 2, "The plant has sub-chapters: sections");
    let items: Vec<(String, String)> = sections[0]["items"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                i["title"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = [
        ("growing-plant", "1. The plant"),
        ("growing-leaves", "1.1. Leaves and buds"),
        ("growing-leaves-quiz", "Quiz: Leaves and buds"),
        ("growing-leaves-2", "1.1. Leaves and buds (continued)"),
        ("growing-picking", "1.1.1. Picking by hand"),
    ];
    assert_eq!(items, expect.map(|(a, b)| (a.to_string(), b.to_string())));
    assert_eq!(
        sections[0]["items"][0]["body_file"],
        "lessons/growing/plant.md"
    );
    let plant = std::fs::read_to_string(out.join("lessons/growing/plant.md")).unwrap();
    assert!(
        !plant.starts_with("# The plant"),
        "the repeated title is dropped"
    );
    assert!(plant.contains("![A single tea leaf, pointed and glossy](media/images/leaf.png)"));
    assert!(plant.contains("1. Pick in the morning") && !plant.contains("Rules of the garden"));
    assert!(
        plant.contains("[Leaves and buds](item:growing/growing-leaves)"),
        "{plant}"
    );
    assert_eq!(
        std::fs::read(out.join("media/images/leaf.png")).unwrap(),
        std::fs::read(fixture().join("src/images/leaf.png")).unwrap()
    );
    let leaves = std::fs::read_to_string(out.join("lessons/growing/leaves.md")).unwrap();
    assert!(
        leaves.contains("fn sort(harvest") && !leaves.contains("ANCHOR"),
        "{leaves}"
    );
    assert!(!leaves.contains("struct Leaf"), "only the anchor's lines");
    let after = std::fs::read_to_string(out.join("lessons/growing/leaves-2.md")).unwrap();
    assert!(
        after.contains("{{#include not-a-file.md}}") && !after.contains("\\{{"),
        "{after}"
    );
    let where_ = &sections[1]["items"][0];
    assert_eq!(where_["files"][0]["path"], "media/data/gardens.csv");

    let brewing = yaml(&out, &modules[2]);
    let ids = |section: &Value| -> Vec<String> {
        section["items"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&brewing["sections"][0]),
        ["brewing-water", "brewing-water-quiz"]
    );
    assert_eq!(
        ids(&brewing["sections"][1]),
        ["brewing-steeping", "brewing-timing"]
    );
    let prefix = yaml(&out, &modules[0]);
    assert_eq!(ids(&prefix), ["preface"], "a module without sections");
    let steeping = std::fs::read_to_string(out.join("lessons/brewing/steeping.md")).unwrap();
    assert!(steeping.contains("```rust\nfn main() {"), "{steeping}");
    assert!(!steeping.contains("{{#title"), "{steeping}");
}

#[test]
fn mdbook_quiz_questions_become_amphi_questions_and_groups() {
    let (_tmp, out, _) = imported();
    let growing = yaml(&out, "modules/02-growing.yaml");
    let quiz = &growing["sections"][0]["items"][2];
    let qs = quiz["questions"].as_sequence().unwrap();
    assert_eq!(qs.len(), 4, "{qs:?}");
    let single = &qs[0];
    assert_eq!(single["kind"], "single_choice");
    assert_eq!(single["id"], "two-leaves");
    let n = single["answer"].as_u64().unwrap() as usize;
    assert_eq!(
        single["choices"][n - 1],
        "The bud and the two leaves below it"
    );
    assert!(
        single["explanation"]
            .as_str()
            .unwrap()
            .contains("two leaves and a bud")
    );
    let multi = &qs[1];
    assert_eq!(multi["kind"], "multiple_choice");
    let right: Vec<&str> = multi["answers"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|a| {
            multi["choices"][a.as_u64().unwrap() as usize - 1]
                .as_str()
                .unwrap()
        })
        .collect();
    let mut right = right;
    right.sort();
    assert_eq!(right, ["Black tea", "Green tea", "Oolong"]);
    let short = &qs[2];
    assert_eq!(short["kind"], "short_answer");
    assert_eq!(short["answers"][0], "plucking table");
    assert_eq!(short["answers"].as_sequence().unwrap().len(), 3);
    let multipart = &qs[3];
    assert_eq!(multipart["kind"], "group");
    assert!(
        multipart["stimulus"]
            .as_str()
            .unwrap()
            .contains("thirty kilograms")
    );
    assert_eq!(
        multipart["questions"][1]["choices"][1], "7 kg",
        "answerIndex 1"
    );

    let brewing = yaml(&out, "modules/03-brewing.yaml");
    let qs = brewing["sections"][0]["items"][1]["questions"]
        .as_sequence()
        .unwrap()
        .clone();
    let compiles = &qs[0];
    assert_eq!(compiles["kind"], "group");
    assert_eq!(compiles["id"], "steep-print");
    assert!(
        compiles["stimulus"]
            .as_str()
            .unwrap()
            .contains("```rust\n1 | fn main() {"),
        "the program, its lines numbered"
    );
    assert!(
        compiles["questions"][0]["explanation"].is_null(),
        "the context, which tells the output, comes after the last part only"
    );
    assert_eq!(compiles["questions"][0]["kind"], "true_false");
    assert_eq!(compiles["questions"][0]["answer"], true);
    assert_eq!(compiles["questions"][1]["kind"], "short_answer");
    assert_eq!(compiles["questions"][1]["answers"][0], "green black");
    assert!(
        compiles["questions"][1]["explanation"]
            .as_str()
            .unwrap()
            .contains("own line")
    );
    let fails = &qs[1];
    assert_eq!(fails["questions"][0]["answer"], false);
    assert_eq!(fails["questions"][1]["kind"], "numeric");
    assert_eq!(fails["questions"][1]["id"], "steep-borrow-line");
    assert_eq!(fails["questions"][1]["answers"][0]["answer"], 4);
    assert!(
        fails["stimulus"]
            .as_str()
            .unwrap()
            .contains("4 |     println!(\"{pot}\");")
    );
    let code_prompt = &qs[2];
    assert_eq!(
        code_prompt["kind"], "group",
        "a prompt with code is a stimulus"
    );
    assert!(
        code_prompt["stimulus"]
            .as_str()
            .unwrap()
            .contains("```rust")
    );
    assert_eq!(code_prompt["questions"][0]["id"], "boil-twice");
}

#[test]
fn ids_are_the_same_across_two_imports() {
    let (_a, one, _) = imported();
    let (_b, two, _) = imported();
    let mut files = Vec::new();
    for entry in walk(&one) {
        let rel = entry.strip_prefix(&one).unwrap().to_path_buf();
        files.push(rel);
    }
    files.sort();
    assert!(files.len() > 10);
    for rel in files {
        assert_eq!(
            std::fs::read(one.join(&rel)).unwrap(),
            std::fs::read(two.join(&rel)).unwrap(),
            "{}",
            rel.display()
        );
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A book in `dir` from `(path, text)` pairs.
fn write_book(dir: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

#[test]
fn hostile_includes_and_images_are_refused_and_nothing_outside_the_book_is_copied() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("secret.txt"), "SECRET-TEXT").unwrap();
    std::fs::write(tmp.path().join("secret.png"), "SECRET-PNG").unwrap();
    let book = tmp.path().join("book");
    write_book(
        &book,
        &[
            ("book.toml", "[book]\ntitle = \"Hostile\"\n"),
            ("src/SUMMARY.md", "- [A](a.md)\n- [Out](../../secret.txt)\n"),
            (
                "src/a.md",
                "Text.\n\n{{#include ../../secret.txt}}\n\n![x](../../secret.png)\n\n{{#include a.md}}\n",
            ),
        ],
    );
    let out = tmp.path().join("out");
    let (code, stdout, stderr) = import(&[book.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    for f in walk(&out) {
        let bytes = std::fs::read(&f).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("SECRET-"), "{}: {text}", f.display());
    }
    assert!(
        stdout.contains("../../secret.txt leaves the book folder"),
        "{stdout}"
    );
    assert!(stdout.contains("a cycle"), "{stdout}");
    assert!(
        stdout.contains("not copied: ../../secret.png leaves the book folder"),
        "{stdout}"
    );
    assert!(!out.join("media").exists());
}

#[test]
fn a_chapter_too_large_refuses_the_book_with_nothing_written() {
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("book");
    let big = "a".repeat(amphi::import::mdbook::MAX_FILE_BYTES + 1);
    write_book(
        &book,
        &[
            ("book.toml", ""),
            ("src/SUMMARY.md", "- [A](a.md)\n"),
            ("src/a.md", &big),
        ],
    );
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[book.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("src/a.md is larger than"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_book_of_drafts_only_is_refused_and_the_json_report_says_mdbook() {
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("book");
    write_book(
        &book,
        &[("book.toml", ""), ("src/SUMMARY.md", "- [Later]()\n")],
    );
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[book.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("nothing in"), "{stderr}");
    assert!(!out.exists());

    let (code, stdout, stderr) = import(&[
        fixture().as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["format"], "mdbook");
    assert_eq!(json["course"]["id"], "mdbook.a-pot-of-tea");
}

#[test]
fn a_book_without_parts_makes_a_module_of_each_top_level_chapter() {
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("tides");
    write_book(
        &book,
        &[
            ("book.toml", "[book]\n"),
            (
                "src/SUMMARY.md",
                "# Tides\n\n- [Moon](moon.md)\n    - [Pull](moon/pull.md)\n- [Coasts](coasts.md)\n",
            ),
            ("src/moon.md", "# Moon\n\nThe moon pulls the sea."),
            ("src/moon/pull.md", "Twice a day."),
            ("src/coasts.md", "Some coasts have none."),
        ],
    );
    let converted = to_course(&read_book(&book).unwrap(), "tides").unwrap();
    assert_eq!(
        converted.report.course.id, "mdbook.tides",
        "the summary's title"
    );
    let module = |name: &str| -> Value {
        let (_, text) = converted.files.iter().find(|(p, _)| p == name).unwrap();
        serde_yaml::from_str(text).unwrap()
    };
    let moon = module("modules/01-moon.yaml");
    assert_eq!(moon["title"], "Moon");
    assert_eq!(moon["items"][0]["title"], "1. Moon");
    assert_eq!(moon["items"][1]["id"], "moon-pull");
    assert_eq!(moon["items"][1]["title"], "1.1. Pull");
    assert_eq!(module("modules/02-coasts.yaml")["id"], "coasts");
}

#[test]
fn a_prompt_with_code_is_a_group_of_one_that_says_neither_part_1_of_1_nor_1_parts() {
    use crate::common::{NOW, open_item, render, send};
    use amphi::app::{Action, App, update};
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("book");
    write_book(
        &book,
        &[
            ("book.toml", "[book]\ntitle = \"Code\"\n"),
            ("src/SUMMARY.md", "- [A](a.md)\n"),
            ("src/a.md", "Text.\n\n{{#quiz q.toml}}\n"),
            (
                "src/q.toml",
                "[[questions]]\nid = \"v\"\ntype = \"ShortAnswer\"\nprompt.prompt = \"\"\"\nGiven\n\n```rust\nlet v = 2 + 2;\n```\n\nwhat is `v`?\n\"\"\"\nanswer.answer = \"4\"\n",
            ),
        ],
    );
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[book.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    for plain in [false, true] {
        let course = amphi::course::load_dir(&out).unwrap();
        let mut app = App::new(
            course,
            amphi::progress::State::default(),
            amphi::theme::Theme::plain(),
        );
        app.clock = || NOW;
        app.settings.plain = plain;
        update(&mut app, Action::Resize(80, 24));
        if app.modals.overlay().is_some() {
            update(&mut app, Action::ToggleHelp);
        }
        open_item(&mut app, 0, 1);
        send(&mut app, &[Action::Confirm]);
        let screen = render(&app, 80, 24);
        assert!(screen.contains("let v = 2 + 2;"), "{screen}");
        assert!(
            screen.contains("Shared text for the question below"),
            "{screen}"
        );
        assert!(
            screen.contains("Type the answer to the question above."),
            "{screen}"
        );
        assert!(
            !screen.contains("Part 1 of 1") && !screen.contains("1 parts"),
            "{screen}"
        );
        if plain {
            let said = amphi::app::spoken::status(&app);
            assert!(
                said.starts_with("Shared text for the question: Given"),
                "{said}"
            );
            assert!(!said.contains("part 1 of 1"), "{said}");
        }
    }
}

#[test]
fn from_mdbook_on_a_file_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("book.toml");
    std::fs::write(&file, "[book]\n").unwrap();
    let out = tmp.path().join("out");
    let (code, _, stderr) = import(&[
        file.as_os_str(),
        "--from".as_ref(),
        "mdbook".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("the folder holding book.toml"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_chapter_link_that_is_only_a_fragment_is_left_out_saying_so() {
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("book");
    write_book(
        &book,
        &[
            ("book.toml", ""),
            ("src/SUMMARY.md", "- [Frag](#part)\n- [Ok](ok.md)\n"),
            ("src/ok.md", "Fine.\n"),
        ],
    );
    let out = tmp.path().join("out");
    let (code, stdout, stderr) = import(&[book.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("chapter “Frag”: its link names no file"),
        "{stdout}"
    );
}

#[test]
fn in_french_the_book_s_report_is_french() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("tea");
    let output = amphi()
        .args(["--lang", "fr", "import"])
        .arg(fixture())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report = std::fs::read_to_string(out.join("IMPORT.md")).unwrap();
    let expected = [
        "# Importation de tea-book (mdBook)",
        "| type mdBook | trouvés | convertis | approximés | laissés de côté |",
        "| chapitre en brouillon | 1 | 0 | 0 | 1 |",
        "| MultipleChoice | 4 | 1 | 3 | 0 |",
        "| autre question | 1 | 0 | 0 | 1 |",
        "- src/SUMMARY.md:11, chapitre en brouillon «\u{a0}Tea in orbit\u{a0}»\u{a0}: un chapitre en brouillon (sans fichier)\u{a0}: mdBook ne le construit pas non plus",
        "- src/quizzes/leaves.toml, autre question «\u{a0}order-steps\u{a0}»\u{a0}: son type `Ordering` n'est aucun de ceux de mdbook-quiz\u{a0}: MultipleChoice, ShortAnswer ou Tracing",
    ];
    for line in expected {
        assert!(report.lines().any(|l| l == line), "{line:?} in\n{report}");
    }
}

/// Every note of the tea book and of a book full of the reader's traps is
/// said in French in other words than in English, each with its code.
#[test]
fn no_book_note_is_left_in_english_in_french() {
    use amphi::i18n::Language;
    let tmp = tempfile::tempdir().unwrap();
    let traps = tmp.path().join("traps");
    for (rel, text) in [
        ("book.toml", "[book]\ntitle = 3\n"),
        (
            "src/SUMMARY.md",
            "- [A](a.md)\n- just text\n- [Gone](gone.md)\n\n## Not a part\n",
        ),
        (
            "src/a.md",
            "# A\n\n{{#include nope.md}}\n\n{{#include a.md}}\n\n{{#include b.txt:nowhere}}\n\n{{#quiz q.toml}}\n\n![web](https://example.org/a.png)\n\n[file](missing.csv)\n",
        ),
        ("src/b.txt", "text\n"),
        ("src/q.toml", "title = \"no questions\"\n"),
    ] {
        let path = traps.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let mut notes = 0;
    for dir in [fixture(), traps] {
        let book = read_book(&dir).unwrap();
        let r = to_course(&book, "book").unwrap().report;
        let all = r
            .kinds
            .iter()
            .flat_map(|k| k.approximated.iter().chain(&k.left_out))
            .chain(&r.warnings);
        for note in all {
            notes += 1;
            let en = note.message.render(Language::En);
            let fr = note.message.render(Language::Fr);
            assert!(note.code().is_some(), "{en} has no code");
            assert_ne!(fr, en, "left in English");
        }
    }
    assert!(notes >= 20, "{notes}");
}

/// The words amphi writes into the course follow the book's `language`, not
/// the command's: a French book gets French quiz titles and prompts even
/// when imported with `--lang en`, and its report is in English then.
#[test]
fn a_french_book_gets_french_words_in_its_course() {
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("livre");
    for (rel, text) in [
        (
            "book.toml",
            "[book]\ntitle = \"Le thé\"\nlanguage = \"fr\"\n",
        ),
        (
            "src/SUMMARY.md",
            "- [Feuilles](a.md)\n\n[X](x.md)\n[Y](y.md)\n",
        ),
        ("src/a.md", "# Feuilles\n\nDu texte.\n\n{{#quiz q.toml}}\n"),
        ("src/x.md", "# X\n\nx\n"),
        ("src/y.md", "# Y\n\ny\n"),
        (
            "src/q.toml",
            "[[questions]]\nid = \"vert\"\ntype = \"MultipleChoice\"\nprompt.prompt = \"Voici du code.\\n\\n```\\nthe()\\n```\"\nprompt.distractors = [\"noir\"]\nanswer.answer = \"vert\"\nprompt.answerIndex = 0\n",
        ),
    ] {
        let path = book.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let out = tmp.path().join("out");
    let output = amphi()
        .args(["--lang", "en", "import"])
        .arg(&book)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("# Import of livre (mdBook)"), "{stdout}");
    let course = amphi::course::load_dir(&out).expect("the course loads");
    assert_eq!(course.info.language, "fr");
    let titles: Vec<&str> = course.modules.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, ["Feuilles", "Annexe"]);
    let first = std::fs::read_dir(out.join("modules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let text = std::fs::read_to_string(first).unwrap();
    assert!(text.contains("Quiz\u{a0}: Feuilles"), "{text}");
    assert!(
        text.contains("Choisissez la réponse à la question ci-dessus."),
        "{text}"
    );
    assert!(
        course
            .info
            .description
            .starts_with("Importé d'un livre mdBook par `amphi import`\u{a0}:"),
        "{}",
        course.info.description
    );
}
