//! Notes: the editor, saving into the state file, showing under the item, and
//! `amphi notes` exporting them.

use crate::common::*;
use amphi::app::{Action, CaretMove, Effect, Mode, Panel};

fn type_text(app: &mut amphi::app::App, text: &str) {
    let keys: Vec<Action> = text
        .chars()
        .map(|c| {
            if c == '\n' {
                Action::Confirm
            } else {
                Action::Input(c)
            }
        })
        .collect();
    send(app, &keys);
}

fn key_of(app: &amphi::app::App) -> String {
    let (mi, ii) = app.nav.current;
    let m = &app.course.modules[mi];
    amphi::progress::item_key(&m.id, m.items[ii].id())
}

#[test]
fn a_note_is_typed_saved_on_close_and_shown_under_the_item() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::EditNote]);
    assert_eq!(Mode::of(&app), Mode::Note);
    // Letters that are keys elsewhere (q, g, m) are text here.
    type_text(&mut app, "quite good\nmore");
    send(
        &mut app,
        &[
            Action::Up,
            Action::Caret(CaretMove::End),
            Action::Input('!'),
        ],
    );
    send(&mut app, &[Action::Backspace, Action::Input('?')]);
    let Some(Panel::Note(editor)) = app.modals.panel() else {
        panic!("the editor is open")
    };
    assert_eq!(editor.field.text, "quite good?\nmore");
    let effects = send(&mut app, &[Action::SaveNote]);
    assert!(effects.contains(&Effect::Save));
    assert!(app.modals.panel().is_none());
    let note = &app.progress().notes[&key_of(&app)];
    assert_eq!(
        (note.text.as_str(), note.updated_at),
        ("quite good?\nmore", NOW)
    );
    // Shown at the end of the item.
    send(&mut app, &[Action::Bottom]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Your note") && screen.contains("quite good?"),
        "{screen}"
    );
    // Reopened with its text; Esc also saves; emptied, the note is deleted.
    send(&mut app, &[Action::EditNote]);
    let Some(Panel::Note(editor)) = app.modals.panel() else {
        panic!("the editor is open")
    };
    assert_eq!(editor.field.text, "quite good?\nmore");
    let clear = vec![Action::Backspace; 20];
    send(&mut app, &clear);
    let effects = send(&mut app, &[Action::Back]);
    assert!(effects.contains(&Effect::Save));
    assert!(app.progress().notes.is_empty());
}

#[test]
fn quitting_from_the_editor_keeps_the_note() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::EditNote]);
    type_text(&mut app, "unsaved");
    let effects = send(&mut app, &[Action::Quit]);
    assert_eq!(effects, vec![Effect::Save, Effect::Quit]);
    assert_eq!(app.progress().notes[&key_of(&app)].text, "unsaved");
}

#[test]
fn pasted_text_goes_into_the_note_without_controls() {
    let mut app = app(120, 40);
    send(
        &mut app,
        &[Action::EditNote, Action::Paste("a\r\nb\u{1b}[2J".into())],
    );
    send(&mut app, &[Action::SaveNote]);
    assert_eq!(app.progress().notes[&key_of(&app)].text, "a\nb[2J");
}

#[test]
fn notes_editor_screens() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        send(&mut app, &[Action::EditNote]);
        type_text(
            &mut app,
            "NATU: Netflix, Airbnb, Tesla, Uber.\nThey walk into old sectors from the outside; compare with the GAFA.",
        );
        send(&mut app, &[Action::Up]);
        insta::assert_snapshot!(format!("notes_editor_{w}x{h}"), render(&app, w, h));
    }
}

#[test]
fn amphi_notes_exports_markdown_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let mut app = app(120, 40);
    send(&mut app, &[Action::EditNote]);
    type_text(&mut app, "First note\nsecond line");
    send(
        &mut app,
        &[Action::SaveNote, Action::NextItem, Action::EditNote],
    );
    type_text(&mut app, "On the second item");
    send(&mut app, &[Action::SaveNote]);
    std::fs::write(&state, serde_json::to_string(&app.state).unwrap()).unwrap();

    let run = |args: &[&str]| {
        let out = crate::common::isolated::amphi()
            .args(args)
            .env("AMPHI_STATE", &state)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run(&["notes"]);
    let m0 = &app.course.modules[0];
    assert!(
        md.starts_with(&format!("# Notes: {}", app.course.info.title)),
        "{md}"
    );
    assert!(md.contains(&format!("## {}", m0.title)), "{md}");
    assert!(md.contains(&format!("### {}", m0.items[0].title())), "{md}");
    assert!(md.contains("First note\nsecond line"), "{md}");
    let first = md.find("First note").unwrap();
    assert!(
        md.find("On the second item").unwrap() > first,
        "course order"
    );

    let json: serde_json::Value =
        serde_json::from_str(&run(&["notes", "--format", "json"])).unwrap();
    assert_eq!(json["course"], app.course.info.id.as_str());
    let notes = json["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0]["item_title"], m0.items[0].title());
    assert_eq!(notes[0]["module_title"], m0.title.as_str());
    assert_eq!(notes[0]["text"], "First note\nsecond line");
    assert_eq!(notes[1]["item"], m0.items[1].id());

    // Without notes: a line saying so.
    let empty = dir.path().join("empty.json");
    let out = crate::common::isolated::amphi()
        .args(["notes"])
        .env("AMPHI_STATE", &empty)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("No notes yet"));
}

#[test]
fn a_hand_edited_note_with_escapes_draws_inert() {
    let mut app = app(120, 40);
    let key = key_of(&app);
    app.progress_mut().notes.insert(
        key,
        amphi::progress::Note {
            text: "bad \u{1b}[2J\u{7}\u{202e}text".into(),
            updated_at: 0,
        },
    );
    send(&mut app, &[Action::EditNote]);
    let forbidden = |s: &str| {
        s.chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}')
    };
    let screen = render(&app, 120, 40);
    assert!(!forbidden(&screen), "{screen:?}");
    assert!(screen.contains("bad [2Jtext"), "{screen}");
    send(&mut app, &[Action::Back, Action::Bottom]);
    assert!(!forbidden(&render(&app, 120, 40)));
}

#[test]
fn keys_open_the_panes_and_type_in_the_editor() {
    use amphi::app::action_for_key;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = app(120, 40);
    let key = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let r = |app: &amphi::app::App, k: KeyEvent| action_for_key(Mode::of(app), app, &k);
    assert_eq!(r(&app, key('e')), Some(Action::OpenGlossary));
    assert_eq!(r(&app, key('g')), Some(Action::Top));
    assert_eq!(r(&app, key('m')), Some(Action::AddBookmark));
    assert_eq!(r(&app, key('\'')), Some(Action::OpenBookmarks));
    assert_eq!(r(&app, key('M')), Some(Action::OpenBookmarks));
    assert_eq!(r(&app, key('a')), Some(Action::EditNote));
    send(&mut app, &[Action::OpenBookmarks]);
    assert_eq!(r(&app, key('d')), Some(Action::DeleteEntry));
    assert_eq!(r(&app, key('q')), Some(Action::Back), "q closes a list");
    send(&mut app, &[Action::Back, Action::EditNote]);
    assert_eq!(
        r(&app, key('q')),
        Some(Action::Input('q')),
        "q is text in a note"
    );
    assert_eq!(r(&app, key('g')), Some(Action::Input('g')));
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(r(&app, ctrl_s), Some(Action::SaveNote));
    assert_eq!(
        r(&app, KeyEvent::from(KeyCode::Esc)),
        Some(Action::SaveNote)
    );
    assert_eq!(
        r(&app, KeyEvent::from(KeyCode::Enter)),
        Some(Action::Confirm)
    );
}

#[test]
fn a_tab_typed_in_a_note_is_kept_as_spaces() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut app = app(120, 40);
    send(&mut app, &[Action::EditNote]);
    for code in [
        KeyCode::Char('a'),
        KeyCode::Tab,
        KeyCode::Char('b'),
        KeyCode::Esc,
    ] {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let action = amphi::app::action_for_event(&app, &event).expect("a key of the editor");
        amphi::app::update(&mut app, action);
    }
    assert!(
        app.modals.panel().is_none(),
        "Esc saved and closed the editor"
    );
    let key = key_of(&app);
    assert_eq!(app.progress().notes[&key].text, "a    b");
}
