//! Searching the course: the panel, jumping to a match, moving between matches.

use crate::common::*;
use amphi::app::{Action, Focus, Mode};

fn type_query(app: &mut amphi::app::App, q: &str) {
    send(app, &[Action::OpenSearch]);
    assert_eq!(Mode::of(app), Mode::Search);
    let keys: Vec<Action> = q.chars().map(Action::Input).collect();
    send(app, &keys);
}

fn row_text(app: &amphi::app::App, i: usize) -> String {
    app.reader.view.rows[i]
        .line
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect()
}

#[test]
fn typing_finds_matches_ignoring_case_and_accents() {
    let mut app = app(120, 40);
    type_query(&mut app, "ANDRE");
    let panel = app.modals.search().unwrap();
    assert!(panel.hits.len() > 5, "André is everywhere");
    assert!(
        panel
            .hits
            .iter()
            .all(|h| amphi::search::fold(&h.context).contains("andre"))
    );
    // Letters that are keys elsewhere are part of the query here.
    send(&mut app, &[Action::Backspace, Action::Input('q')]);
    assert_eq!(app.modals.search().unwrap().query, "ANDRq");
    assert!(app.modals.search().unwrap().hits.is_empty());
}

#[test]
fn enter_jumps_to_the_match_and_n_moves_between_matches() {
    let mut app = app(120, 40);
    type_query(&mut app, "madrigal");
    let hit = app.modals.search().unwrap().hits[0].clone();
    send(&mut app, &[Action::Confirm]);
    assert!(app.modals.search().is_none());
    assert_eq!(app.nav.current, (hit.module, hit.item));
    assert_eq!(app.nav.focus, Focus::Content);
    assert_eq!(app.reader.highlight.as_deref(), Some("madrigal"));
    let shown: Vec<String> = (app.reader.view.scroll
        ..app.reader.view.scroll + usize::from(app.reader.view.height))
        .filter(|&i| i < app.reader.view.rows.len())
        .map(|i| row_text(&app, i))
        .collect();
    assert!(
        shown.iter().any(|t| t.to_lowercase().contains("madrigal")),
        "the match is on screen"
    );
    // n and N move between matches instead of between items while highlighted.
    let key =
        ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('n'));
    assert_eq!(
        amphi::app::action_for_key(Mode::of(&app), &app, &key),
        Some(Action::NextMatch)
    );
    let item = app.nav.current;
    send(&mut app, &[Action::NextMatch, Action::PrevMatch]);
    assert_eq!(app.nav.current, item, "matches stay in the item");
    // Esc clears the highlight; n is next item again.
    send(&mut app, &[Action::Back]);
    assert!(app.reader.highlight.is_none());
    assert_eq!(app.nav.focus, Focus::Content);
    assert_eq!(
        amphi::app::action_for_key(Mode::of(&app), &app, &key),
        Some(Action::NextItem)
    );
}

#[test]
fn matches_are_highlighted_on_screen() {
    let mut app = amphi::app::App::new(
        amphi::course::load_bundled().unwrap(),
        amphi::progress::State::default(),
        amphi::theme::Theme::default(),
    );
    amphi::app::update(&mut app, Action::Resize(120, 40));
    type_query(&mut app, "natu");
    send(&mut app, &[Action::Confirm]);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
    let buffer = terminal.backend().buffer();
    let area = app.areas().text;
    let highlighted: String = (area.y..area.bottom())
        .flat_map(|y| (area.x..area.right()).map(move |x| (x, y)))
        .filter(|&p| buffer[p].bg == ratatui::style::Color::Yellow)
        .map(|p| buffer[p].symbol().to_string())
        .collect();
    assert!(
        highlighted.to_lowercase().contains("natu"),
        "{highlighted:?}"
    );
}

#[test]
fn the_search_panel_on_screen() {
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut app = app(w, h);
        type_query(&mut app, "dark social");
        insta::assert_snapshot!(format!("search_panel_{w}x{h}"), render(&app, w, h));
    }
}

#[test]
fn escape_closes_the_panel_and_keeps_the_place() {
    let mut app = app(80, 24);
    send(&mut app, &[Action::Scroll(5)]);
    let scroll = app.reader.view.scroll;
    type_query(&mut app, "gafa");
    send(&mut app, &[Action::Back]);
    assert!(app.modals.search().is_none());
    assert_eq!(app.reader.view.scroll, scroll);
    assert_eq!(app.nav.current, (0, 0));
}

#[test]
fn a_jump_that_shows_the_last_line_reads_the_item_after_a_moment() {
    use amphi::app::reading::READ_AFTER_SECONDS;
    use std::cell::Cell;
    thread_local! {
        static NOW: Cell<u64> = const { Cell::new(crate::common::NOW) };
    }
    let mut app = app(100, 30);
    app.clock = || NOW.with(Cell::get);
    type_query(&mut app, "the last question leads to the next lesson");
    send(&mut app, &[Action::Confirm]);
    let (m, i) = app.nav.current;
    let read = |app: &amphi::app::App| {
        let module = &app.course.modules[m];
        app.progress().is_read(&module.id, module.items[i].id())
    };
    assert!(
        app.reader.view.at_end(),
        "the match is near the end of its lesson"
    );
    assert!(!read(&app), "a jump is not reading");
    // The end stays on screen for a moment: read at the next key.
    NOW.with(|n| n.set(n.get() + READ_AFTER_SECONDS));
    let effects = send(&mut app, &[Action::ToggleHelp]);
    assert!(read(&app));
    assert!(effects.contains(&amphi::app::Effect::Save));
}

/// The course is folded for searching once, at the first search, and again only
/// when `amphi preview` brings a new version of it.
#[test]
fn the_search_index_is_built_once_and_follows_a_reloaded_course() {
    use amphi::app::Reloaded;
    use amphi::course::Item;
    let mut app = app(120, 40);
    assert!(
        app.search_index.is_none(),
        "nothing is folded before a search"
    );
    send(&mut app, &[Action::OpenSearch]);
    send(
        &mut app,
        &"natu".chars().map(Action::Input).collect::<Vec<_>>(),
    );
    let built = app.search_index.clone().expect("built at the first search");
    assert!(!app.modals.search().unwrap().hits.is_empty());
    send(&mut app, &[Action::Backspace, Action::Input('u')]);
    assert_eq!(app.search_index.as_ref(), Some(&built), "kept while typing");

    // A new version of the course: its new word is found, the old index is gone.
    let mut course = amphi::course::load_bundled().unwrap();
    if let Item::Lesson(l) = &mut course.modules[0].items[0] {
        l.body.push_str("\n\nA brand-new zyxwvut paragraph.\n");
    }
    send(&mut app, &[Action::Back]);
    amphi::app::update(&mut app, Action::Reload(Reloaded(Box::new(Ok(course)))));
    send(&mut app, &[Action::OpenSearch]);
    send(
        &mut app,
        &"zyxwvut".chars().map(Action::Input).collect::<Vec<_>>(),
    );
    assert_eq!(app.modals.search().unwrap().hits.len(), 1);
}

#[test]
fn n_visits_every_line_with_matches_in_turn_and_says_which() {
    // "GAFA" is on several lines of the first lesson, some near its end where
    // the text cannot scroll them to the top.
    let mut app = app(120, 40);
    type_query(&mut app, "gafa");
    let hit = app.modals.search().unwrap().hits[0].clone();
    assert_eq!((hit.module, hit.item), (0, 0));
    send(&mut app, &[Action::Confirm]);
    let rows_with_matches: Vec<usize> = (0..app.reader.view.rows.len())
        .filter(|&i| row_text(&app, i).to_lowercase().contains("gafa"))
        .collect();
    let n = rows_with_matches.len();
    assert!(n >= 3, "{n} lines with GAFA");
    let mut seen = Vec::new();
    for k in 0..n {
        send(&mut app, &[Action::NextMatch]);
        let (index, _) = app.reader.view.match_at.expect("a line is current");
        seen.push(index);
        let notice = app.notice.clone().unwrap_or_default();
        assert!(
            notice.starts_with(&format!("Line {} of {n} with matches", index + 1)),
            "after n #{k}: {notice}"
        );
        let row = rows_with_matches[index];
        assert!(
            (app.reader.view.scroll..app.reader.view.scroll + usize::from(app.reader.view.height))
                .contains(&row),
            "line {index} is on screen"
        );
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), n, "every line visited once in {n} presses");
    // N goes back, wrapping from the first to the last.
    let before = app.reader.view.match_at.unwrap().0;
    send(&mut app, &[Action::PrevMatch]);
    assert_eq!(app.reader.view.match_at.unwrap().0, (before + n - 1) % n);
}

#[test]
fn several_words_are_found_in_any_order_one_row_a_line_as_wide_as_the_panel() {
    let mut app = app(120, 40);
    type_query(&mut app, "Big Four NATU");
    let hits = app.modals.search().unwrap().hits.clone();
    assert!(!hits.is_empty(), "every word, not the phrase");
    let phrase = hits.len();
    send(&mut app, &[Action::Back]);
    type_query(&mut app, "natu four BIG");
    assert_eq!(
        app.modals.search().unwrap().hits.len(),
        phrase,
        "in any order"
    );
    // The whole phrase first: "the Big Four" is also found apart ("the" and
    // "Big Four" elsewhere on the line), after the lines that hold it as typed.
    send(&mut app, &[Action::Back]);
    type_query(&mut app, "the Big Four");
    let hits = app.modals.search().unwrap().hits.clone();
    let as_typed: Vec<bool> = hits
        .iter()
        .map(|h| amphi::search::fold(&h.context).contains("the big four"))
        .collect();
    let apart = as_typed.iter().position(|t| !t).expect("some apart");
    assert!(
        apart > 0 && as_typed[apart..].iter().all(|t| !t),
        "{hits:#?}"
    );
    // A line with several matches is one row: "a" is many times on most lines.
    send(&mut app, &[Action::Back]);
    type_query(&mut app, "a");
    let hits = &app.modals.search().unwrap().hits;
    let mut lines = std::collections::HashSet::new();
    for h in hits
        .iter()
        .filter(|h| h.field == amphi::search::Field::Text)
    {
        assert!(
            lines.insert((h.module, h.item, h.context.clone())),
            "two rows for one line: {h:?}"
        );
    }
    // Excerpts fill the panel's width: the rows of long lines reach its border.
    send(&mut app, &[Action::Back]);
    type_query(&mut app, "dark social");
    let screen = render(&app, 120, 40);
    // The rows whose text runs up to the panel's right border.
    let full = screen
        .lines()
        .filter(|l| l.contains(" · "))
        .filter(|l| {
            let inner = l.split('┃').nth(1).unwrap_or_default();
            // One column of padding inside the border (ui::PADDING), then text.
            let inner = inner.strip_suffix(' ').unwrap_or(inner);
            !inner.ends_with(' ')
        })
        .count();
    assert!(full >= 12, "rows up to the panel's border:\n{screen}");
}
