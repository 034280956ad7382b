//! The glossary: loading `glossary.yaml` (and its errors), the bundled glossary,
//! terms underlined in lessons, the glossary pane and search over the glossary.

use std::fs;

use crate::common::*;
use amphi::app::{Action, Mode, Panel};
use amphi::course::{Item, load_bundled, load_dir};
use amphi::glossary::Matcher;
use ratatui::style::Modifier;

const COURSE: &str = "id: g\ntitle: G\nmodules: [m.yaml]\n";
const MODULE: &str = "id: m\ntitle: M\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: \"The GAFA and big data.\"\n";

fn course_with_glossary(glossary: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("course.yaml"), COURSE).unwrap();
    fs::write(dir.path().join("m.yaml"), MODULE).unwrap();
    fs::write(dir.path().join("glossary.yaml"), glossary).unwrap();
    dir
}

#[test]
fn a_course_without_glossary_loads_with_an_empty_one() {
    let dir = course_with_glossary("");
    fs::remove_file(dir.path().join("glossary.yaml")).unwrap();
    assert!(load_dir(dir.path()).unwrap().glossary.is_empty());
}

#[test]
fn glossary_entries_load_in_order() {
    let dir = course_with_glossary(
        "terms:\n  - term: GAFA\n    definition: Four firms.\n    aliases: [GAFAs]\n  - term: big data\n    definition: Lots of data.\n",
    );
    let course = load_dir(dir.path()).unwrap();
    let terms: Vec<&str> = course.glossary.iter().map(|e| e.term.as_str()).collect();
    assert_eq!(terms, ["GAFA", "big data"]);
    assert_eq!(course.glossary[0].aliases, ["GAFAs"]);
}

fn problems_of(glossary: &str) -> Vec<(Option<usize>, Option<usize>, String)> {
    let dir = course_with_glossary(glossary);
    let report = load_dir(dir.path()).expect_err("the glossary is invalid");
    for p in &report.problems {
        assert!(p.file.ends_with("/glossary.yaml"), "{p}");
    }
    report
        .problems
        .into_iter()
        .map(|p| (p.line, p.column, p.message.to_string()))
        .collect()
}

#[test]
fn a_missing_definition_is_located_at_the_entry() {
    let p = problems_of("terms:\n  - term: GAFA\n    definition: ok\n  - term: NATU\n");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].0, p[0].1), (Some(4), Some(5)));
    assert!(p[0].2.contains("missing field `definition`"), "{}", p[0].2);
}

#[test]
fn an_unknown_field_is_located_at_the_typo() {
    let p = problems_of("terms:\n  - term: GAFA\n    defintion: x\n");
    assert_eq!((p[0].0, p[0].1), (Some(3), Some(5)), "{p:?}");
    assert!(p[0].2.contains("defintion"), "{}", p[0].2);
}

#[test]
fn duplicate_terms_and_aliases_are_reported_at_the_second() {
    let p = problems_of(
        "terms:\n  - term: Big Data\n    definition: a\n  - term: GAFA\n    definition: b\n    aliases: [GAFAs]\n  - term: big data\n    definition: c\n  - term: gafas\n    definition: d\n",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(
        p[0],
        (
            Some(7),
            Some(5),
            "duplicate glossary term `big data` (already given for `Big Data`)".into()
        )
    );
    assert_eq!((p[1].0, p[1].1), (Some(9), Some(5)));
    assert!(p[1].2.contains("`gafas`"), "{}", p[1].2);
}

#[test]
fn more_than_a_hundred_aliases_are_refused_at_the_list() {
    let aliases: Vec<String> = (0..101).map(|i| format!("alias {i}")).collect();
    let glossary = format!(
        "terms:\n  - term: GAFA\n    definition: Four firms.\n    aliases: [{}]\n",
        aliases.join(", ")
    );
    assert_eq!(
        problems_of(&glossary),
        vec![(
            Some(4),
            Some(5),
            "glossary term `GAFA` has 101 aliases: a term may have at most 100".into()
        )]
    );
    // A hundred are fine.
    let glossary = glossary.replace(", alias 100]", "]");
    let dir = course_with_glossary(&glossary);
    assert_eq!(load_dir(dir.path()).unwrap().glossary[0].aliases.len(), 100);
}

#[test]
fn an_empty_definition_is_reported() {
    let p = problems_of("terms:\n  - term: GAFA\n    definition: \"  \"\n");
    assert_eq!(
        p,
        vec![(
            Some(3),
            Some(5),
            "glossary term `GAFA` has an empty definition".into()
        )]
    );
}

#[test]
fn the_bundled_glossary_has_the_terms_of_the_article_and_each_is_used() {
    let course = load_bundled().unwrap();
    let terms: Vec<&str> = course.glossary.iter().map(|e| e.term.as_str()).collect();
    for t in [
        "GAFA",
        "NATU",
        "dark social",
        "flawsome",
        "brand content",
        "newsjacking",
        "civic tech",
        "top of mind",
        "empowerment",
        "big data",
    ] {
        assert!(terms.contains(&t), "{t} is in the glossary");
    }
    // Every term is used in some lesson or interview, as the reader sees it.
    let mut used = vec![false; course.glossary.len()];
    let m = Matcher::new(&course.glossary);
    for (_, _, _, item) in course.items() {
        if matches!(item, Item::Quiz(_)) {
            continue;
        }
        for f in m.find(&amphi::search::item_text(item)) {
            used[f.entry] = true;
        }
    }
    for (e, used) in course.glossary.iter().zip(used) {
        assert!(used, "`{}` appears in no lesson or interview", e.term);
    }
}

/// Whether the cell text `word` is drawn underlined somewhere in the content.
fn underlined_on_screen(app: &amphi::app::App, word: &str) -> bool {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    let buf = terminal.backend().buffer();
    let text = screen_text(buf);
    text.lines().enumerate().any(|(y, line)| {
        line.match_indices(word).any(|(x, _)| {
            let x = line[..x].chars().count() as u16;
            (0..word.chars().count() as u16).all(|i| {
                buf[(x + i, y as u16)]
                    .modifier
                    .contains(Modifier::UNDERLINED)
            })
        })
    })
}

#[test]
fn glossary_terms_are_underlined_in_lessons() {
    let mut app = app(120, 40);
    // The first lesson speaks of the NATU (a glossary term); "Netflix" is not one.
    let underlined_natu = underlined_on_screen(&app, "NATU");
    assert!(underlined_natu, "NATU is underlined");
    assert!(!underlined_on_screen(&app, "Netflix"));
    send(&mut app, &[Action::Bottom]);
    assert!(!underlined_on_screen(&app, "Netflix"));
}

/// Where the glossary pane lists `term` (from 0): its place in alphabetical
/// order.
fn place_of(app: &amphi::app::App, term: &str) -> usize {
    let entry = app
        .course
        .glossary
        .iter()
        .position(|e| e.term == term)
        .expect("the term is in the glossary");
    app.glossary
        .order()
        .iter()
        .position(|&e| e == entry)
        .expect("every entry is listed")
}

#[test]
fn the_glossary_pane_lists_terms_in_alphabetical_order() {
    // Written out of order, with capitals, an accent and punctuation.
    let dir = course_with_glossary(
        "terms:\n  - term: Zeitgeist\n    definition: z.\n  - term: émotion\n    definition: e.\n  - term: « dark social »\n    definition: d.\n  - term: GAFA\n    definition: g.\n  - term: big data\n    definition: b.\n  - term: Ecology\n    definition: c.\n",
    );
    let course = load_dir(dir.path()).unwrap();
    let mut app = amphi::app::App::new(
        course,
        amphi::progress::State::default(),
        amphi::theme::Theme::plain(),
    );
    send(&mut app, &[Action::Resize(80, 24), Action::OpenGlossary]);
    let screen = render(&app, 80, 24);
    let at = |term: &str| {
        screen
            .find(term)
            .unwrap_or_else(|| panic!("{term} is listed:\n{screen}"))
    };
    let listed = [
        "big data",
        "« dark social »",
        "Ecology",
        "émotion",
        "GAFA",
        "Zeitgeist",
    ];
    for pair in listed.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "{} before {}:\n{screen}",
            pair[0],
            pair[1]
        );
    }
    // The first entry is selected, and Enter lists the uses of that one.
    send(&mut app, &[Action::Confirm]);
    assert_eq!(
        app.modals.search().map(|p| p.query.as_str()),
        Some("big data")
    );
}

#[test]
fn the_glossary_pane_lists_terms_and_enter_shows_where_one_is_used() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::OpenGlossary]);
    assert_eq!(Mode::of(&app), Mode::List);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Glossary"));
    // Down to NATU, Enter: the search panel lists where it is used.
    let natu = place_of(&app, "NATU");
    send(&mut app, &vec![Action::Down; natu]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Netflix, Airbnb, Tesla and Uber"),
        "{screen}"
    );
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.panel().is_none());
    let panel = app.modals.search().expect("the search panel opens");
    assert_eq!(panel.query, "NATU");
    assert!(panel.hits.len() > 3);
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.search().is_none());
    assert_eq!(app.reader.highlight.as_deref(), Some("NATU"));
}

#[test]
fn search_covers_the_glossary_and_opens_its_entry() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::OpenSearch]);
    let keys: Vec<Action> = "mégadonnées".chars().map(Action::Input).collect();
    send(&mut app, &keys);
    let panel = app.modals.search().unwrap();
    let g = panel
        .hits
        .iter()
        .position(|h| h.field == amphi::search::Field::Glossary)
        .expect("a glossary hit");
    let entry = panel.hits[g].item;
    assert_eq!(app.course.glossary[entry].term, "big data");
    assert!(render(&app, 120, 40).contains("Glossary · "));
    let downs = vec![Action::Down; g];
    send(&mut app, &downs);
    send(&mut app, &[Action::Confirm]);
    assert_eq!(
        app.modals.panel(),
        Some(&Panel::Glossary {
            selected: place_of(&app, "big data")
        }),
        "the pane opens on the entry found"
    );
    // Esc closes the pane.
    send(&mut app, &[Action::Back]);
    assert!(app.modals.panel().is_none());
}

#[test]
fn glossary_pane_screens() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        send(
            &mut app,
            &[Action::OpenGlossary, Action::Down, Action::Down],
        );
        insta::assert_snapshot!(format!("glossary_{w}x{h}"), render(&app, w, h));
    }
}

#[test]
fn a_course_without_glossary_says_so_in_the_pane() {
    let dir = course_with_glossary("");
    fs::remove_file(dir.path().join("glossary.yaml")).unwrap();
    let course = load_dir(dir.path()).unwrap();
    let mut app = amphi::app::App::new(
        course,
        amphi::progress::State::default(),
        amphi::theme::Theme::plain(),
    );
    send(
        &mut app,
        &[Action::Resize(80, 24), Action::OpenGlossary, Action::Down],
    );
    assert!(render(&app, 80, 24).contains("This course has no glossary"));
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.search().is_none() && app.modals.panel().is_none());
}

#[test]
fn every_pane_draws_at_every_size_without_overflow() {
    for (w, h) in [
        (200, 60),
        (120, 40),
        (80, 24),
        (60, 16),
        (44, 14),
        (30, 8),
        (1, 1),
    ] {
        let mut app = app(w, h);
        send(&mut app, &[Action::AddBookmark]);
        for open in [
            Action::OpenGlossary,
            Action::OpenBookmarks,
            Action::EditNote,
        ] {
            send(
                &mut app,
                &[open, Action::Input('x'), Action::Down, Action::Bottom],
            );
            let screen = render(&app, w, h);
            assert!(
                screen
                    .lines()
                    .all(|l| unicode_width::UnicodeWidthStr::width(l) <= usize::from(w)),
                "{w}x{h}:\n{screen}"
            );
            send(&mut app, &[Action::Back]);
            assert!(app.modals.panel().is_none());
        }
    }
}

#[test]
fn glossary_text_is_sanitised_at_load() {
    let dir = course_with_glossary(
        "terms:\n  - term: \"GA\\e[31mFA\"\n    definition: \"red\\e[2J\\u202e text\"\n    aliases: [\"x\\u0007y\"]\n",
    );
    let course = load_dir(dir.path()).unwrap();
    let e = &course.glossary[0];
    for s in [&e.term, &e.definition, &e.aliases[0]] {
        assert!(
            !s.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{s:?}"
        );
    }
}
