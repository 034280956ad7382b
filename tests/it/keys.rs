//! The key table (`amphi::app::keys::KEYS`) is the one home of the command
//! modes' keys: each key it lists does its action in each of its modes, every
//! key that acts there is in it, a rebound action answers to its new keys, and
//! the help overlay shows every row's keys.

use crate::common::*;
use amphi::app::keys::{self, Bindings, Help, KEYS, Key, KeySpec};
use amphi::app::{Action, App, Mode, Stage, action_for_key, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const COMMANDS: [Mode; 3] = [Mode::Outline, Mode::Reading, Mode::Quiz];

fn press(spec: &KeySpec) -> KeyEvent {
    let modifiers = if spec.ctrl {
        KeyModifiers::CONTROL
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(spec.code, modifiers)
}

/// Apps in the states the table's conditions ask for: first one where none
/// holds (reading the first lesson), then a highlighted search, a quiz
/// question being answered, a screen with a "Read again" link.
fn states() -> Vec<(&'static str, App)> {
    let plain = app(120, 40);
    let mut highlighted = app(120, 40);
    highlighted.reader.highlight = Some("web".into());
    let mut asking = app(120, 40);
    let (qi, _) = asking.course.modules[0].final_quiz().unwrap();
    open_item(&mut asking, 0, qi);
    update(&mut asking, Action::Confirm);
    assert_eq!(asking.current_quiz().unwrap().1.stage, Stage::Asking);
    let mut linked = app(120, 40);
    linked.reader.view.links = vec![(
        0,
        amphi::course::Target {
            module: 0,
            item: 0,
            lesson_title: "A lesson".into(),
            heading: None,
        },
    )];
    vec![
        ("no condition", plain),
        ("a highlighted search", highlighted),
        ("a question asked", asking),
        ("a Read again link", linked),
    ]
}

/// The index of the first state where `row`'s condition holds (where no
/// condition holds, for a row without one).
fn state_for(row: &Key, states: &[(&'static str, App)]) -> usize {
    match row.when {
        None => 0,
        Some(holds) => states
            .iter()
            .position(|(_, app)| holds(app))
            .unwrap_or_else(|| panic!("no test state for {:?}'s condition", row.action)),
    }
}

/// What `row` should do for `spec`: its action (for the digits, the choice).
fn expected(row: &Key, spec: &KeySpec) -> Action {
    match (row.action.clone().unwrap(), spec.code) {
        (Action::Choose(_), KeyCode::Char(c)) => Action::Choose(c.to_digit(10).unwrap() as usize),
        (action, _) => action,
    }
}

#[test]
fn every_key_of_the_table_does_its_action_in_each_of_its_modes() {
    let states = states();
    for row in KEYS.iter().filter(|r| r.action.is_some()) {
        assert!(!row.modes.is_empty(), "{:?} applies nowhere", row.action);
        assert!(!row.keys.is_empty(), "{:?} has no keys", row.action);
        let app = &states[state_for(row, &states)].1;
        for &mode in row.modes {
            for spec in row.specs() {
                assert_eq!(
                    action_for_key(mode, app, &press(&spec)),
                    Some(expected(row, &spec)),
                    "`{spec}` in {mode:?} (row {:?})",
                    row.name.unwrap_or("fixed")
                );
            }
        }
    }
}

/// Every key that could be pressed: each character a keyboard types, the
/// named keys and F1–F12, with and without Ctrl.
fn every_key() -> Vec<KeyEvent> {
    let mut codes: Vec<KeyCode> = (' '..='~').map(KeyCode::Char).collect();
    codes.extend([
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
    ]);
    codes.extend((1..=12).map(KeyCode::F));
    codes
        .into_iter()
        .flat_map(|c| {
            [
                KeyEvent::new(c, KeyModifiers::NONE),
                KeyEvent::new(c, KeyModifiers::CONTROL),
            ]
        })
        .collect()
}

#[test]
fn every_key_that_acts_in_the_command_modes_is_in_the_table() {
    for (what, app) in states() {
        for mode in COMMANDS {
            for key in every_key() {
                let Some(action) = action_for_key(mode, &app, &key) else {
                    continue;
                };
                let listed = KEYS.iter().any(|row| {
                    row.modes.contains(&mode)
                        && row.specs().any(|spec| {
                            let same = if spec.ctrl {
                                spec.matches(&key)
                            } else {
                                spec.code == key.code
                            };
                            same && expected(row, &spec) == action
                        })
                });
                assert!(
                    listed,
                    "{key:?} gives {action:?} in {mode:?} ({what}) but is not in the key table"
                );
            }
        }
    }
}

#[test]
fn a_rebound_action_answers_to_its_new_key_and_not_its_old_ones() {
    let mut states = states();
    let f12 = KeySpec::parse("F12").unwrap();
    for name in keys::names() {
        let row = KEYS.iter().find(|r| r.name == Some(name)).unwrap();
        let action = row.action.clone().unwrap();
        let at = state_for(row, &states);
        let app = &mut states[at].1;
        let mut bindings = Bindings::default();
        bindings.bind(name, vec![f12]).unwrap();
        app.settings.keys = bindings;
        let app = &states[at].1;
        for &mode in row.modes {
            assert_eq!(
                action_for_key(mode, app, &press(&f12)),
                Some(action.clone()),
                "{name} rebound to F12, in {mode:?}"
            );
            for spec in row
                .specs()
                .filter(|s| !(s.ctrl && s.code == KeyCode::Char('c')))
            {
                assert_ne!(
                    action_for_key(mode, app, &press(&spec)),
                    Some(action.clone()),
                    "{name} rebound: its old key `{spec}` in {mode:?}"
                );
            }
        }
        states[at].1.settings.keys = Bindings::default();
    }
}

/// The help line each row is on, by index in [`keys::help_lines`].
fn line_of_each_row() -> Vec<usize> {
    let mut line = 0;
    let mut out = Vec::new();
    for (i, row) in KEYS.iter().enumerate() {
        if matches!(row.help, Help::Line(_)) && i > 0 {
            line += 1;
        }
        out.push(line);
    }
    out
}

#[test]
fn the_help_overlay_shows_every_row_and_only_the_table_s_keys() {
    assert!(
        matches!(KEYS[0].help, Help::Line(_)),
        "the first row starts a line"
    );
    let lines = keys::help_lines(amphi::i18n::Language::En);
    let of = line_of_each_row();
    // Every row's keys are on its line, and every line says something in
    // each language (its message id exists).
    for lang in amphi::i18n::Language::ALL {
        for (line, (_, text)) in keys::help_lines(lang).iter().enumerate() {
            assert!(
                !text.is_empty() && !text.starts_with("help-"),
                "{lang} {line}: {text}"
            );
        }
    }
    for (i, row) in KEYS.iter().enumerate() {
        let (label, text) = &lines[of[i]];
        assert!(!text.is_empty());
        let tokens: Vec<&str> = label.split_whitespace().collect();
        for shown in row.shown_keys(amphi::i18n::Language::En) {
            assert!(
                tokens.contains(&shown.as_str()),
                "{:?}'s key {shown} is not on its help line {label:?}",
                row.name
            );
        }
    }
    // Every key on a line is one of its rows' keys.
    for (n, (label, _)) in lines.iter().enumerate() {
        let own: Vec<String> = KEYS
            .iter()
            .enumerate()
            .filter(|(i, _)| of[*i] == n)
            .flat_map(|(_, row)| row.shown_keys(amphi::i18n::Language::En))
            .collect();
        for token in label.split_whitespace() {
            assert!(
                own.iter().any(|k| k == token) || (token == "mouse" && own.is_empty()),
                "{token} on the help line {label:?} is not a key of its rows"
            );
        }
    }
    // Every bindable action has a help line that names it by its keys.
    for name in keys::names() {
        let i = KEYS.iter().position(|r| r.name == Some(name)).unwrap();
        assert!(
            !KEYS[i].shown_keys(amphi::i18n::Language::En).is_empty(),
            "{name} shows no key"
        );
    }
    // And the overlay draws those lines.
    let mut app = app(200, 80);
    update(&mut app, Action::ToggleHelp);
    let screen = render(&app, 200, 80);
    for (label, text) in &lines {
        assert!(
            screen
                .lines()
                .any(|l| l.contains(label.as_str()) && l.contains(text)),
            "{label} {text} not in the help overlay:\n{screen}"
        );
    }
}

#[test]
fn the_commands_page_lists_every_bindable_action() {
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/commands.md")).unwrap();
    for name in keys::names() {
        assert!(
            page.contains(&format!("`{name}`")),
            "docs/commands.md lacks `{name}`"
        );
    }
}
