//! Sections, the third level of the outline (`tests/fixtures/valid/sections`):
//! folding and unfolding by key and by click, moving over folded sections, the
//! open item's section unfolded on opening and on resume, the content pane's
//! title and plain mode naming the section, as behaviour and as snapshots.

use std::path::Path;

use crate::common::{render, send};
use amphi::app::layout::{OutlinePick, outline_pick_at, selected_pick};
use amphi::app::{Action, App, Focus, action_for_event, update};
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

/// The sections fixture in an app with `state`, laid out for `w`×`h`.
fn sections_app(state: State, w: u16, h: u16) -> App {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/sections");
    let course = amphi::course::load_dir(&dir).expect("the sections fixture is valid");
    let mut app = App::new(course, state, Theme::plain());
    app.clock = || crate::common::NOW;
    update(&mut app, Action::Resize(w, h));
    if app.modals.overlay().is_some() {
        update(&mut app, Action::ToggleHelp);
    }
    app
}

fn outline_app(w: u16, h: u16) -> App {
    let mut app = sections_app(State::default(), w, h);
    send(&mut app, &[Action::FocusOutline]);
    app
}

#[test]
fn only_the_open_items_section_starts_unfolded() {
    let app = outline_app(120, 40);
    assert_eq!(app.nav.current, (0, 0));
    assert!(
        app.nav.unfolded.contains(&(0, 0)),
        "the first item's section"
    );
    assert!(
        !app.nav.unfolded.contains(&(0, 1)),
        "the other starts folded"
    );
    let picks = amphi::app::layout::outline_picks(&app);
    assert_eq!(
        picks,
        [
            OutlinePick::Section(0, 0),
            OutlinePick::Item(0, 0),
            OutlinePick::Item(0, 1),
            OutlinePick::Section(0, 1),
            OutlinePick::Item(1, 0),
            OutlinePick::Item(1, 1),
        ],
        "the folded section's items are not rows"
    );
}

#[test]
fn moving_down_skips_a_folded_sections_items_and_enter_unfolds_it() {
    let mut app = outline_app(120, 40);
    send(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(selected_pick(&app), OutlinePick::Section(0, 1));
    send(&mut app, &[Action::Down]);
    assert_eq!(
        selected_pick(&app),
        OutlinePick::Item(1, 0),
        "folded: straight to the next module's first item"
    );
    send(&mut app, &[Action::Up, Action::Confirm]);
    assert!(app.nav.unfolded.contains(&(0, 1)), "Enter unfolds");
    assert_eq!(app.nav.focus, Focus::Outline, "and stays in the outline");
    send(&mut app, &[Action::Down]);
    assert_eq!(selected_pick(&app), OutlinePick::Item(0, 2), "into it now");
    // `l` (Forward) on the section row folds it again.
    send(&mut app, &[Action::Up, Action::Forward]);
    assert!(!app.nav.unfolded.contains(&(0, 1)));
    // Enter on an item still opens it.
    send(
        &mut app,
        &[Action::Top, Action::Down, Action::Down, Action::Confirm],
    );
    assert_eq!(app.nav.current, (0, 1));
    assert_eq!(app.nav.focus, Focus::Content);
}

#[test]
fn h_folds_the_section_of_the_selected_item_and_selects_its_row() {
    let mut app = outline_app(120, 40);
    send(&mut app, &[Action::Down]);
    assert_eq!(selected_pick(&app), OutlinePick::Item(0, 1));
    send(&mut app, &[Action::FocusOutline]);
    assert!(!app.nav.unfolded.contains(&(0, 0)), "folded");
    assert_eq!(selected_pick(&app), OutlinePick::Section(0, 0));
    assert_eq!(app.notice, None, "h acted, no notice that it does not");
    // In a module without sections, h still says what it does not do.
    send(&mut app, &[Action::Bottom, Action::FocusOutline]);
    assert!(app.notice.is_some());
}

#[test]
fn opening_an_item_unfolds_its_section() {
    let mut app = outline_app(120, 40);
    assert!(!app.nav.unfolded.contains(&(0, 1)));
    send(&mut app, &[Action::OpenItem(0, 3)]);
    assert!(app.nav.unfolded.contains(&(0, 1)));
    assert_eq!(selected_pick(&app), OutlinePick::Item(0, 3));
    // `n` and `p` do too.
    let mut app = outline_app(120, 40);
    send(&mut app, &[Action::FocusOutline]);
    assert!(!app.nav.unfolded.contains(&(0, 0)), "folded by h");
    send(&mut app, &[Action::NextItem]);
    assert!(
        app.nav.unfolded.contains(&(0, 0)),
        "item 2 of the section opened"
    );
}

#[test]
fn resume_unfolds_the_section_of_the_item_left_open() {
    let mut app = sections_app(State::default(), 120, 40);
    send(&mut app, &[Action::OpenItem(0, 2), Action::Quit]);
    let state = app.state.clone();
    let ids = (
        state.courses["sections"].position.clone(),
        app.course.modules[0].items[2].id().to_owned(),
    );
    assert!(ids.0.is_some(), "the position was recorded");
    let back = sections_app(state, 120, 40);
    assert_eq!(back.nav.current, (0, 2));
    assert!(
        back.nav.unfolded.contains(&(0, 1)),
        "its section is unfolded"
    );
    assert!(!back.nav.unfolded.contains(&(0, 0)), "the other is not");
}

fn click(column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn feed(app: &mut App, event: &Event) -> Option<Action> {
    let action = action_for_event(app, event)?;
    update(app, action.clone());
    Some(action)
}

/// The screen row of the outline row standing for `pick`.
fn row_of(app: &App, pick: OutlinePick) -> u16 {
    let outline = app.areas().outline;
    (0..outline.bottom())
        .find(|&y| outline_pick_at(app, outline, y) == Some(pick))
        .expect("the row is on screen")
}

#[test]
fn a_click_on_a_section_row_folds_and_unfolds_it() {
    for (w, h) in [(120, 40), (80, 24)] {
        // At 80 columns the outline is an overlay, open while it has focus.
        let mut app = outline_app(w, h);
        let y = row_of(&app, OutlinePick::Section(0, 1));
        assert_eq!(
            feed(&mut app, &click(3, y)),
            Some(Action::ToggleSection(0, 1))
        );
        assert!(app.nav.unfolded.contains(&(0, 1)), "{w}x{h}: unfolded");
        assert_eq!(selected_pick(&app), OutlinePick::Section(0, 1));
        let screen = render(&app, w, h);
        assert!(screen.contains("Trying it"), "{w}x{h}:\n{screen}");
        // A click on an item of it opens the item.
        let y = row_of(&app, OutlinePick::Item(0, 3));
        assert_eq!(feed(&mut app, &click(6, y)), Some(Action::OpenItem(0, 3)));
        assert_eq!(app.nav.current, (0, 3));
        // A second click on the section row folds it.
        send(&mut app, &[Action::FocusOutline]);
        let y = row_of(&app, OutlinePick::Section(0, 0));
        feed(&mut app, &click(3, y));
        assert!(!app.nav.unfolded.contains(&(0, 0)), "{w}x{h}: folded");
        let screen = render(&app, w, h);
        assert!(!screen.contains("First steps"), "{w}x{h}:\n{screen}");
    }
}

#[test]
fn a_section_counts_its_items_done_and_the_content_title_names_it() {
    let mut app = sections_app(State::default(), 120, 40);
    app.progress_mut().mark_read("grouped", "first", 0);
    app.progress_mut().mark_read("grouped", "second", 0);
    send(&mut app, &[Action::OpenItem(0, 2), Action::FocusOutline]);
    let screen = render(&app, 120, 40);
    let row = |title: &str| {
        screen
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("no row for {title}:\n{screen}"))
            .to_string()
    };
    assert!(row("▾ The basics").contains("2/2 ✓"), "{screen}");
    assert!(row("▾ Practice").contains("0/2"), "{screen}");
    assert!(screen.contains("Lesson · Practice"), "{screen}");
    // A module without sections keeps its title alone.
    send(&mut app, &[Action::OpenItem(1, 0)]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("┌ Lesson ─") || screen.contains("┏ Lesson ━"),
        "{screen}"
    );
    assert!(!screen.contains("Lesson ·"), "{screen}");
}

#[test]
fn the_outline_with_sections_120x40() {
    let mut app = outline_app(120, 40);
    app.progress_mut().mark_read("grouped", "first", 0);
    send(&mut app, &[Action::Down, Action::Down, Action::Down]);
    insta::assert_snapshot!("sections_outline_120x40", render(&app, 120, 40));
}

#[test]
fn the_outline_with_sections_80x24() {
    let mut app = outline_app(80, 24);
    send(&mut app, &[Action::OpenItem(0, 3), Action::FocusOutline]);
    insta::assert_snapshot!("sections_outline_80x24", render(&app, 80, 24));
}

#[test]
fn the_outline_with_sections_in_plain_mode() {
    let mut app = outline_app(80, 24);
    app.settings.plain = true;
    send(&mut app, &[Action::Resize(80, 24), Action::Down]);
    let screen = render(&app, 80, 24);
    insta::assert_snapshot!("sections_outline_plain_80x24", screen);
    let spoken = amphi::app::spoken::status(&app);
    assert_eq!(
        spoken,
        "Outline: item 2 of 6 in section The basics, Second steps, unread. Enter opens it."
    );
    send(&mut app, &[Action::Down]);
    let spoken = amphi::app::spoken::status(&app);
    assert_eq!(
        spoken,
        "Outline: section 2 of 2 in module 1, Practice, 0 of 2 done, folded. Enter unfolds it."
    );
    // Reading: the spoken line says the section too.
    send(&mut app, &[Action::OpenItem(0, 2)]);
    let spoken = amphi::app::spoken::status(&app);
    assert!(
        spoken.starts_with("Module 1 item 3 of 4 in section Practice, unread."),
        "{spoken}"
    );
}

#[test]
fn at_its_natural_width_every_title_with_sections_shows_whole() {
    let mut app = outline_app(120, 40);
    // Every section unfolded, and a long section title and item title.
    app.course.modules[0].sections[1].title = "A much longer section title than the rest".into();
    if let amphi::course::Item::Lesson(l) = &mut app.course.modules[0].items[2] {
        l.title = "An item title long enough to set the width".into();
    }
    app.nav.unfolded.extend([(0, 0), (0, 1)]);
    let natural = usize::from(amphi::app::layout::outline_natural_width(&app.course));
    let rows = amphi::ui::outline::visible_rows(&app, natural - 2, 0, 100);
    let text: Vec<String> = rows
        .iter()
        .map(|r| r.line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    for title in [
        "A much longer section title than the rest",
        "An item title long enough to set the width",
    ] {
        assert!(
            text.iter().any(|t| t.contains(title)),
            "{title} cut at {natural}: {text:#?}"
        );
    }
}

#[test]
fn exported_notes_name_the_section_and_flat_modules_stay_as_they_were() {
    let mut app = sections_app(State::default(), 120, 40);
    for key in ["grouped/third", "flat/only"] {
        app.progress_mut().notes.insert(
            key.into(),
            amphi::progress::Note {
                text: "A note.".into(),
                updated_at: crate::common::NOW,
            },
        );
    }
    let notes = amphi::author::notes::notes(&app.course, app.progress());
    assert_eq!(
        (notes[0].section.as_str(), notes[0].section_title.as_str()),
        ("practice", "Practice")
    );
    assert_eq!(notes[1].section, "");
    let mut json = Vec::new();
    amphi::author::notes::write_notes(
        &app.course,
        app.progress(),
        amphi::author::notes::NotesFormat::Json,
        &mut json,
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["notes"][0]["section_title"], "Practice");
    assert!(
        json["notes"][1].get("section").is_none(),
        "no section field for a module without sections: {json}"
    );
    let mut markdown = Vec::new();
    amphi::author::notes::write_notes(
        &app.course,
        app.progress(),
        amphi::author::notes::NotesFormat::Markdown,
        &mut markdown,
    )
    .unwrap();
    let markdown = String::from_utf8(markdown).unwrap();
    assert!(markdown.contains("### Practice › Trying it"), "{markdown}");
    assert!(markdown.contains("### The only lesson"), "{markdown}");
}

#[test]
fn the_path_to_an_item_names_its_section_when_it_has_one() {
    let app = sections_app(State::default(), 120, 40);
    assert_eq!(app.course.modules[0].path_to(3), "Grouped › Practice");
    assert_eq!(app.course.modules[1].path_to(1), "Flat");
}

#[test]
fn no_terminal_size_panics_with_sections() {
    let mut app = outline_app(120, 40);
    app.nav.unfolded.extend([(0, 0), (0, 1)]);
    send(&mut app, &[Action::Down, Action::Down]);
    for plain in [false, true] {
        app.settings.plain = plain;
        for w in (0..130u16).step_by(3) {
            for h in (0..45u16).step_by(4) {
                send(&mut app, &[Action::Resize(w, h)]);
                let _ = render(&app, w.max(1), h.max(1));
                let outline = app.areas().outline;
                for y in 0..h {
                    let _ = outline_pick_at(&app, outline, y);
                }
            }
        }
    }
}

#[test]
fn the_wheel_over_the_outline_moves_over_sections_and_skips_folded_items() {
    let mut app = outline_app(120, 40);
    send(&mut app, &[Action::OutlineScroll(2)]);
    assert_eq!(selected_pick(&app), OutlinePick::Section(0, 1));
    send(&mut app, &[Action::OutlineScroll(1)]);
    assert_eq!(
        selected_pick(&app),
        OutlinePick::Item(1, 0),
        "folded: skipped"
    );
    send(&mut app, &[Action::OutlineScroll(-3)]);
    assert_eq!(selected_pick(&app), OutlinePick::Item(0, 0));
}
