//! "Where it is used" from the glossary pane: the uses of a term are found as the
//! glossary underlines them, by its term and its aliases, whole words only.

mod common;

use std::fs;

use amphi::app::{Action, App, update};
use amphi::course::load_dir;
use amphi::progress::State;
use amphi::search::{Field, term_uses};
use amphi::ui::theme::Theme;
use common::*;
use ratatui::style::Modifier;

fn glossary_index(app: &App, term: &str) -> usize {
    app.course
        .glossary
        .iter()
        .position(|e| e.term == term)
        .expect("the term is in the glossary")
}

/// Opens the glossary pane on `term` and presses Enter.
fn uses_of(app: &mut App, term: &str) {
    let at = glossary_index(app, term);
    send(app, &[Action::OpenGlossary]);
    send(app, &vec![Action::Down; at]);
    send(app, &[Action::Confirm]);
}

#[test]
fn the_uses_of_gafa_include_those_written_big_four() {
    let mut app = app(120, 40);
    uses_of(&mut app, "GAFA");
    let panel = app.search.as_ref().expect("the search panel opens");
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
    assert!(
        panel.hits.iter().all(|h| h.field != Field::Glossary),
        "uses in the course, not the entry itself"
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
    assert!(app.search.is_none());
    assert_eq!(app.highlight_term, Some(glossary_index(&app, "GAFA")));
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
        app.view.rows[i]
            .line
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect()
    };
    let before = app.view.scroll;
    send(&mut app, &[Action::NextMatch]);
    assert!(app.view.scroll > before);
    let shown = row_text(&app, app.view.scroll + 2);
    assert!(
        !app.highlight_query().unwrap().find(&shown).is_empty(),
        "{shown}"
    );

    // `/` reopens the same list; typing makes it a plain search again.
    send(&mut app, &[Action::OpenSearch]);
    let panel = app.search.as_ref().unwrap();
    assert_eq!(panel.term, Some(glossary_index(&app, "GAFA")));
    assert!(panel.hits.iter().any(|h| h.context.contains("Big Four")));
    send(&mut app, &[Action::Input('s')]);
    let panel = app.search.as_ref().unwrap();
    assert_eq!((panel.query.as_str(), panel.term), ("GAFAs", None));
}

#[test]
fn uses_are_whole_words_and_the_longest_term_wins() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("course.yaml"),
        "id: g\ntitle: G\nmodules: [m.yaml]\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("m.yaml"),
        "id: m\ntitle: M\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: \"Technology is not tech. Civic tech is civic. TECH again, and techs.\"\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("glossary.yaml"),
        "terms:\n  - term: tech\n    definition: d\n    aliases: [techs]\n  - term: civic tech\n    definition: d\n",
    )
    .unwrap();
    let course = load_dir(dir.path()).expect("valid course");
    let mut app = App::new(course, State::default(), Theme::plain());
    update(&mut app, Action::Resize(120, 40));
    let hits = term_uses(&app.course, &app.glossary, 0);
    let contexts: Vec<&str> = hits.iter().map(|h| h.context.as_str()).collect();
    // "tech." , "TECH", "techs": not "Technology", not the "tech" of "Civic tech".
    assert_eq!(hits.len(), 3, "{contexts:#?}");
    assert_eq!(term_uses(&app.course, &app.glossary, 1).len(), 1);
    // A plain search finds every "tech", inside words too (5 in the text), and
    // both glossary entries.
    assert_eq!(amphi::search::search(&app.course, "tech").len(), 5 + 2);
}
