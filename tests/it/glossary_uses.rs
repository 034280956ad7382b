//! "Where it is used" from the glossary pane: the uses of a term are found as the
//! glossary underlines them, by its term and its aliases, whole words only.

use std::fs;

use crate::common::*;
use amphi::app::{Action, App, Panel, update};
use amphi::course::load_dir;
use amphi::progress::State;
use amphi::search::{Field, term_uses};
use amphi::theme::Theme;
use ratatui::style::Modifier;

fn glossary_index(app: &App, term: &str) -> usize {
    app.course
        .glossary
        .iter()
        .position(|e| e.term == term)
        .expect("the term is in the glossary")
}

/// Where the glossary pane lists `term`: it lists the entries alphabetically.
fn glossary_place(app: &App, term: &str) -> usize {
    let entry = glossary_index(app, term);
    app.glossary
        .order()
        .iter()
        .position(|&e| e == entry)
        .expect("every entry is listed")
}

/// Opens the glossary pane on `term` and presses Enter.
fn uses_of(app: &mut App, term: &str) {
    let at = glossary_place(app, term);
    send(app, &[Action::OpenGlossary]);
    send(app, &vec![Action::Down; at]);
    send(app, &[Action::Confirm]);
}

#[test]
fn the_uses_of_gafa_include_those_written_big_four() {
    let mut app = app(120, 40);
    uses_of(&mut app, "GAFA");
    let panel = app.modals.search().expect("the search panel opens");
    assert_eq!(panel.query, "GAFA");
    let contexts: Vec<&str> = panel.hits.iter().map(|h| h.context.as_str()).collect();
    assert!(
        contexts.iter().any(|c| c.contains("Big Four")),
        "{contexts:#?}"
    );
    assert!(contexts.iter().any(|c| c.contains("GAFA")), "{contexts:#?}");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Uses of GAFA, GAFAs, Big Four (whole words)"),
        "the panel says what it looked for: {screen}"
    );
    // Other entries whose definitions use the term are listed after the
    // course's uses; the entry itself is not.
    let glossary: Vec<&str> = panel
        .hits
        .iter()
        .filter(|h| h.field == Field::Glossary)
        .map(|h| h.context.as_str())
        .collect();
    assert!(
        glossary.iter().any(|c| c.starts_with("NATU: "))
            && glossary.iter().any(|c| c.starts_with("turbocapitalism: ")),
        "{glossary:#?}"
    );
    assert!(
        panel
            .hits
            .iter()
            .all(|h| h.field != Field::Glossary || h.item != glossary_index(&app, "GAFA")),
        "not the entry itself"
    );
    let first_glossary = panel
        .hits
        .iter()
        .position(|h| h.field == Field::Glossary)
        .unwrap();
    assert!(
        panel.hits[first_glossary..]
            .iter()
            .all(|h| h.field == Field::Glossary),
        "after the course's uses"
    );
    // The title "From the Big Four to the NATU" is a use.
    let title = panel
        .hits
        .iter()
        .position(|h| h.field == Field::Title && h.context.contains("Big Four"))
        .expect("a title using the alias");

    // Its first use in the text is highlighted after the jump, alias included.
    let text_hit = panel
        .hits
        .iter()
        .position(|h| h.field == Field::Text && h.context.contains("Big Four"))
        .unwrap();
    assert!(title < text_hit);
    send(&mut app, &vec![Action::Down; text_hit]);
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.search().is_none());
    assert_eq!(
        app.reader.highlight_term,
        Some(glossary_index(&app, "GAFA"))
    );
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
    let buf = terminal.backend().buffer();
    let screen = screen_text(buf);
    let highlighted = |word: &str| {
        screen.lines().enumerate().any(|(y, line)| {
            line.match_indices(word).any(|(x, _)| {
                let x = line[..x].chars().count() as u16;
                (0..word.chars().count() as u16)
                    .all(|i| buf[(x + i, y as u16)].modifier.contains(Modifier::REVERSED))
            })
        })
    };
    assert!(highlighted("Big Four"), "{screen}");

    // `n` moves to the next row holding a use, alias or term.
    let row_text = |app: &App, i: usize| -> String {
        app.reader.view.rows[i]
            .line
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect()
    };
    let before = app.reader.view.scroll;
    send(&mut app, &[Action::NextMatch]);
    assert!(app.reader.view.scroll > before);
    let shown = row_text(&app, app.reader.view.scroll + 2);
    assert!(
        !app.highlight_query().unwrap().find(&shown).is_empty(),
        "{shown}"
    );

    // `/` reopens the same list; typing makes it a plain search again.
    send(&mut app, &[Action::OpenSearch]);
    let panel = app.modals.search().unwrap();
    assert_eq!(panel.term, Some(glossary_index(&app, "GAFA")));
    assert!(panel.hits.iter().any(|h| h.context.contains("Big Four")));
    send(&mut app, &[Action::Input('s')]);
    let panel = app.modals.search().unwrap();
    assert_eq!((panel.query.as_str(), panel.term), ("GAFAs", None));
}

#[test]
fn uses_are_whole_words_and_the_longest_term_wins() {
    let (_dir, course) = tiny_course(
        "\"Technology is not tech. Civic tech is civic. TECH again, and techs.\"",
        "terms:\n  - term: tech\n    definition: d\n    aliases: [techs]\n  - term: civic tech\n    definition: d\n",
    );
    let mut app = App::new(course, State::default(), Theme::plain());
    update(&mut app, Action::Resize(120, 40));
    let hits = term_uses(&app.course, &app.glossary, 0);
    let contexts: Vec<&str> = hits.iter().map(|h| h.context.as_str()).collect();
    // One line, so one row; its uses: "tech." , "TECH", "techs", not
    // "Technology", not the "tech" of "Civic tech".
    assert_eq!(hits.len(), 1, "{contexts:#?}");
    let line = &hits[0].context;
    let uses: Vec<&str> = amphi::search::Query::Term(&app.glossary, 0)
        .find(line)
        .into_iter()
        .map(|r| &line[r])
        .collect();
    assert_eq!(uses, ["tech", "TECH", "techs"]);
    assert_eq!(term_uses(&app.course, &app.glossary, 1).len(), 1);
    // A plain search finds the line (with every "tech", inside words too: 5),
    // and both glossary entries.
    let found = amphi::search::search(&app.course, "tech");
    assert_eq!(found.len(), 1 + 2, "{found:#?}");
    assert_eq!(amphi::search::find_in(&found[0].context, "tech").len(), 5);
}

#[test]
fn a_definition_using_the_term_is_listed_and_opens_that_entry() {
    let mut app = app(120, 40);
    uses_of(&mut app, "GAFA");
    let hits = &app.modals.search().unwrap().hits;
    let natu = hits
        .iter()
        .position(|h| h.field == Field::Glossary && h.context.starts_with("NATU: "))
        .expect("NATU's definition says \"more than the GAFA did\"");
    assert!(
        hits[natu].context.contains("GAFA"),
        "{}",
        hits[natu].context
    );
    send(&mut app, &vec![Action::Down; natu]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Glossary · NATU: "),
        "the row says where: {screen}"
    );
    insta::assert_snapshot!("uses_with_glossary_120x40", screen);
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.search().is_none());
    assert_eq!(
        app.modals.panel(),
        Some(&Panel::Glossary {
            selected: glossary_place(&app, "NATU")
        }),
        "the glossary pane, on NATU"
    );
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Netflix, Airbnb, Tesla and Uber"),
        "{screen}"
    );

    // The same at 80x24.
    let mut app = crate::common::app(80, 24);
    uses_of(&mut app, "GAFA");
    let natu = app
        .modals
        .search()
        .unwrap()
        .hits
        .iter()
        .position(|h| h.field == Field::Glossary && h.context.starts_with("NATU: "))
        .unwrap();
    send(&mut app, &vec![Action::Down; natu]);
    insta::assert_snapshot!("uses_with_glossary_80x24", render(&app, 80, 24));
    send(&mut app, &[Action::Confirm]);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Glossary · "), "the pane is open: {screen}");
    assert!(screen.contains("NATU"), "{screen}");
}

#[test]
fn definitions_are_matched_as_the_text_is_whole_words_longest_first() {
    let (_dir, course) = tiny_course(
        "Nothing here.",
        "terms:\n\
         \x20 - term: tech\n    definition: Short for technology; also techs.\n    aliases: [techs]\n\
         \x20 - term: civic tech\n    definition: TECHS for citizens.\n\
         \x20 - term: gadget\n    definition: A technology toy, sold as civic tech.\n",
    );
    let app = App::new(course, State::default(), Theme::plain());
    let listed = |entry: usize| -> Vec<(usize, String)> {
        term_uses(&app.course, &app.glossary, entry)
            .into_iter()
            .map(|h| {
                assert_eq!(h.field, Field::Glossary, "no use in the lesson");
                (h.item, h.context)
            })
            .collect()
    };
    // "TECHS" (an alias, any case) in civic tech's definition; not "technology",
    // not the "tech" of "civic tech", not tech's own definition.
    assert_eq!(
        listed(0),
        vec![(1, "civic tech: TECHS for citizens.".into())]
    );
    assert_eq!(
        listed(1),
        vec![(2, "gadget: A technology toy, sold as civic tech.".into())]
    );
    assert!(listed(2).is_empty());
}

/// A course of one lesson with `body` (a YAML scalar) and the glossary file
/// `glossary`, in a temporary folder (kept while the first value lives).
fn tiny_course(body: &str, glossary: &str) -> (tempfile::TempDir, amphi::course::Course) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("course.yaml"),
        "id: g\ntitle: G\nmodules: [m.yaml]\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("m.yaml"),
        format!(
            "id: m\ntitle: M\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: {body}\n"
        ),
    )
    .unwrap();
    fs::write(dir.path().join("glossary.yaml"), glossary).unwrap();
    let course = load_dir(dir.path()).expect("valid course");
    (dir, course)
}
