//! The interview view: filtering by speaker, and the recall drill (answers hidden,
//! revealed one by one with Enter).

use crate::common::{app, open_item, render, send};
use amphi::app::interview::{answer_count, drill_turns, speakers};
use amphi::app::{Action, App, Mode, action_for_key};
use amphi::course::Item;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// An app with the first interview of the bundled course open.
fn on_interview() -> (App, amphi::course::Interview) {
    on_interview_at(120, 40)
}

fn on_interview_at(w: u16, h: u16) -> (App, amphi::course::Interview) {
    let mut app = app(w, h);
    let (mi, ii, iv) = app
        .course
        .items()
        .find_map(|(mi, ii, _, item)| match item {
            Item::Interview(iv) => Some((mi, ii, iv.clone())),
            _ => None,
        })
        .unwrap();
    open_item(&mut app, mi, ii);
    (app, iv)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn s_and_d_are_interview_keys() {
    let (app, _) = on_interview();
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('s')),
        Some(Action::CycleSpeaker)
    );
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('d')),
        Some(Action::ToggleDrill)
    );
    // On a lesson they say where they work rather than nothing.
    let mut lesson = crate::common::app(120, 40);
    for (c, why) in [
        ('s', "s (one speaker's turns) works in interviews."),
        ('d', "d (recall drill) works in interviews."),
    ] {
        let action = action_for_key(Mode::Reading, &lesson, &key(c)).unwrap();
        let before = crate::common::render(&lesson, 120, 40);
        amphi::app::update(&mut lesson, action);
        assert_eq!(lesson.notice.as_deref(), Some(why));
        let after = crate::common::render(&lesson, 120, 40);
        assert!(after.contains(why), "{after}");
        let text = |s: &str| s.lines().take(39).collect::<Vec<_>>().join("\n");
        assert_eq!(text(&before), text(&after), "nothing else changes");
    }
}

#[test]
fn the_filter_cycles_through_each_speaker_then_all() {
    let (mut app, iv) = on_interview();
    let who = speakers(&iv);
    assert!(who.len() >= 2, "the interview has two speakers");
    let full = render(&app, 120, 40);
    for (n, id) in who.iter().enumerate() {
        send(&mut app, &[Action::CycleSpeaker]);
        assert_eq!(app.reader.interview.speaker.as_deref(), Some(*id));
        let name = &iv.participant(id).unwrap().name;
        let screen = render(&app, 120, 40);
        assert!(screen.contains(&format!("Only {name}'s turns")), "{screen}");
        let count = iv.turns.iter().filter(|t| &t.speaker == id).count();
        assert!(screen.contains(&format!("({count} of {})", iv.turns.len())));
        // No turn of another speaker: no line of the text starts with their name.
        for other in who.iter().filter(|o| *o != id) {
            let other_name = &iv.participant(other).unwrap().name;
            let heading = format!("┃ {other_name}");
            let bad: Vec<&str> = screen.lines().filter(|l| l.contains(&heading)).collect();
            assert!(bad.is_empty(), "{other_name} in: {bad:?}");
        }
        if n == 0 {
            insta::assert_snapshot!("interview_filtered_120x40", screen);
        }
    }
    send(&mut app, &[Action::CycleSpeaker]);
    assert_eq!(app.reader.interview.speaker, None, "then every turn again");
    assert_eq!(render(&app, 120, 40), full);
}

#[test]
fn the_drill_hides_each_answer_until_enter() {
    let (mut app, iv) = on_interview_at(120, 40);
    let total = answer_count(&iv);
    assert!(total >= 2, "{total} answers");
    let (shown, hidden) = drill_turns(&iv, 0);
    assert!(
        hidden && shown.len() == 1,
        "the first question, its answer hidden"
    );
    send(&mut app, &[Action::ToggleDrill]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains(&format!("answer 1 of {total} is hidden")),
        "{screen}"
    );
    assert!(screen.contains("[ answer hidden — Enter reveals it ]"));
    let first_answer: String = iv.turns[1]
        .text
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        !screen.contains(&first_answer),
        "the answer is hidden:\n{screen}"
    );
    insta::assert_snapshot!("interview_drill_120x40", screen);
    send(&mut app, &[Action::Confirm]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains(&format!("answer 2 of {total} is hidden")),
        "{screen}"
    );
    assert_eq!(
        app.reader.view.scroll,
        app.reader.view.max_scroll(),
        "scrolled to the new turn"
    );
    for _ in 1..total {
        send(&mut app, &[Action::Confirm]);
    }
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains(&format!("all {total} answers revealed")),
        "{screen}"
    );
    send(&mut app, &[Action::ToggleDrill]);
    assert!(!app.reader.interview.drill);
    assert!(!render(&app, 120, 40).contains("Recall drill"));
}

#[test]
fn the_drill_never_marks_the_interview_read() {
    // Short enough that the whole interview never fits at once.
    let (mut app, iv) = on_interview_at(100, 12);
    let module = app.course.modules[app.nav.current.0].id.clone();
    assert!(!app.progress().is_read(&module, &iv.id));
    send(&mut app, &[Action::ToggleDrill]);
    for _ in 0..answer_count(&iv) {
        send(&mut app, &[Action::Confirm, Action::Bottom]);
    }
    assert!(
        !app.progress().is_read(&module, &iv.id),
        "not from the drill"
    );
    send(&mut app, &[Action::ToggleDrill, Action::Bottom]);
    assert!(
        app.progress().is_read(&module, &iv.id),
        "from the full view"
    );
}

#[test]
fn opening_another_item_resets_the_view() {
    let (mut app, _) = on_interview();
    send(
        &mut app,
        &[Action::ToggleDrill, Action::NextItem, Action::PrevItem],
    );
    assert!(!app.reader.interview.partial());
}
