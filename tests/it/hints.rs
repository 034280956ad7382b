//! Progressive hints and reflection questions, on the fixture course
//! `tests/fixtures/valid/hints`: revealing hints, their cost, writing a
//! reflection, quitting mid-quiz and resuming, the review, the state file, the
//! notes export and xAPI; snapshots at 80x24 and 120x40, and plain mode.

use std::path::Path;

use crate::common::{NOW, render, screen_text, send};
use amphi::app::{Action, App, Effect, Stage, update};
use amphi::progress::State;
use amphi::quiz::Response;
use amphi::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn fixture() -> amphi::course::Course {
    amphi::course::load_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/hints"),
    )
    .expect("the hints fixture is valid")
}

fn fixed_clock() -> u64 {
    NOW
}

/// The fixture course in an app with `state`, laid out for `w`×`h`.
fn hints_app(state: State, w: u16, h: u16) -> App {
    let mut app = App::new(fixture(), state, Theme::plain());
    app.clock = fixed_clock;
    update(&mut app, Action::Resize(w, h));
    if app.modals.overlay() == Some(amphi::app::Overlay::Resume) {
        update(&mut app, Action::ToggleHelp);
    }
    app
}

/// Opens quiz item `i` of the fixture's module and starts it.
fn start_quiz(app: &mut App, i: usize) {
    crate::common::open_item(app, 0, i);
    send(app, &[Action::Confirm]);
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Input(c));
    }
}

/// The check quiz on its first question (three hints, 10 % each), two revealed.
fn two_hints_shown(app: &mut App) {
    start_quiz(app, 1);
    send(app, &[Action::ShowHint, Action::ShowHint]);
}

/// The check quiz answered up to its reflection, which is being written.
fn writing_a_reflection(app: &mut App) {
    two_hints_shown(app);
    type_text(app, "2");
    send(app, &[Action::Confirm, Action::Confirm]);
    // Around 80 °C, the second choice.
    send(app, &[Action::Choose(2), Action::Confirm, Action::Confirm]);
    type_text(app, "Boiling water, five minutes.");
    send(app, &[Action::Paste("\n".into())]);
    type_text(app, "Next time: cooler, shorter.");
}

/// The check quiz finished: the review with hints used and reflections.
fn finished(app: &mut App) {
    writing_a_reflection(app);
    send(app, &[Action::Confirm, Action::Confirm]);
    type_text(app, "A smoky lapsang.");
    send(app, &[Action::Confirm, Action::Confirm]);
}

#[test]
fn hints_are_revealed_one_at_a_time_and_say_how_many_are_left() {
    let mut app = hints_app(State::default(), 120, 40);
    start_quiz(&mut app, 1);
    let screen = render(&app, 120, 40);
    // A typed answer: F1 reveals (H would be typed).
    assert!(
        screen.lines().last().unwrap().contains("F1 hint (3 left)"),
        "{screen}"
    );
    assert!(!screen.contains("Hint 1 of 3"), "{screen}");
    send(&mut app, &[Action::ShowHint, Action::ShowHint]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Hint 1 of 3: Less than a black tea."),
        "{screen}"
    );
    assert!(
        screen.contains("Hint 2 of 3: Between one and three minutes."),
        "{screen}"
    );
    assert!(!screen.contains("Hint 3 of 3"), "{screen}");
    assert!(screen.contains("2 hints used, −20 %"), "{screen}");
    let status = screen.lines().last().unwrap();
    assert!(status.contains("hint (1 left)"), "{status}");
    send(&mut app, &[Action::ShowHint, Action::ShowHint]);
    assert_eq!(
        app.current_quiz().unwrap().1.hints_shown(),
        3,
        "no fourth hint"
    );
    assert!(
        !render(&app, 120, 40)
            .lines()
            .last()
            .unwrap()
            .contains("left")
    );
}

#[test]
fn hints_cost_points_and_are_kept_in_the_finished_attempt() {
    let mut app = hints_app(State::default(), 120, 40);
    finished(&mut app);
    let attempt = app.progress().attempts.last().expect("an attempt").clone();
    // 2 − 20 % of 2 on the first question, 1 on the second; reflections count nothing.
    assert!(
        (attempt.score.points - 2.6).abs() < 1e-9,
        "{:?}",
        attempt.score
    );
    assert_eq!(attempt.score.max, 3.0);
    assert!(attempt.passed);
    let used: Vec<(String, usize)> = attempt
        .answers
        .iter()
        .map(|a| (a.question.clone(), a.hints))
        .collect();
    assert_eq!(used[0], ("green-minutes".into(), 2));
    assert!(used[1..].iter().all(|(_, n)| *n == 0), "{used:?}");
    // The reflections are kept as written, and never a mistake.
    let own = attempt
        .answers
        .iter()
        .find(|a| a.question == "own-cup")
        .unwrap();
    assert_eq!(
        own.response,
        Response::Text("Boiling water, five minutes.\nNext time: cooler, shorter.".into())
    );
    assert!(own.correct);
    // In the state file: `hints` where some were used, absent elsewhere.
    let json = serde_json::to_value(&attempt).unwrap();
    assert_eq!(json["answers"][0]["hints"], 2);
    assert!(json["answers"][1].get("hints").is_none(), "{json}");
    let back: amphi::progress::Attempt = serde_json::from_value(json).unwrap();
    assert_eq!(back, attempt);
}

#[test]
fn an_answer_record_without_hints_loads_as_none_used() {
    let record: amphi::progress::AnswerRecord = serde_json::from_value(serde_json::json!({
        "question": "q1", "response": {"bool": true}, "correct": true
    }))
    .unwrap();
    assert_eq!(record.hints, 0);
    let open: amphi::progress::OpenAttempt =
        serde_json::from_value(serde_json::json!({"started_at": 1, "current": "q1"})).unwrap();
    assert!(open.hints.is_empty());
    assert!(
        serde_json::to_value(&open).unwrap().get("hints").is_none(),
        "left out when empty"
    );
}

#[test]
fn hints_revealed_stay_revealed_when_the_quiz_is_reopened() {
    let mut app = hints_app(State::default(), 120, 40);
    two_hints_shown(&mut app);
    let effects = send(&mut app, &[Action::Quit]);
    assert!(effects.contains(&Effect::Save));
    let stored = app.state.clone();
    let open = stored.courses["hints"].open_attempts["tea/check"].clone();
    assert_eq!(open.hints.get("green-minutes"), Some(&2));
    // Through the state file's JSON, as a restart would.
    let text = serde_json::to_string(&stored).unwrap();
    let again = hints_app(serde_json::from_str(&text).unwrap(), 120, 40);
    let (_, state) = again.current_quiz().expect("back on the quiz");
    assert_eq!(state.stage, Stage::Asking);
    assert_eq!(state.hints_shown(), 2);
    let screen = render(&again, 120, 40);
    assert!(screen.contains("Hint 2 of 3"), "{screen}");
}

#[test]
fn an_empty_reflection_is_refused_and_the_question_stays_open() {
    let mut app = hints_app(State::default(), 120, 40);
    writing_a_reflection(&mut app);
    // Erase what was written, then try to submit blank lines.
    for _ in 0..200 {
        update(&mut app, Action::Backspace);
    }
    send(&mut app, &[Action::Paste("\n\n".into()), Action::Confirm]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("Write something first")),
        "{:?}",
        app.notice
    );
}

#[test]
fn enter_starts_a_new_line_and_ctrl_s_submits_a_reflection() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mode = |app: &App| amphi::app::Mode::of(app);
    let mut app = hints_app(State::default(), 120, 40);
    writing_a_reflection(&mut app);
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        amphi::app::action_for_key(mode(&app), &app, &enter),
        Some(Action::Paste("\n".into()))
    );
    let save = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        amphi::app::action_for_key(mode(&app), &app, &save),
        Some(Action::Confirm)
    );
    let status = render(&app, 120, 40);
    let status = status.lines().last().unwrap();
    assert!(
        status.contains("Ctrl-S submit") && status.contains("Enter new line"),
        "{status}"
    );
}

#[test]
fn a_quiz_of_reflections_only_is_completed_once_submitted() {
    let mut app = hints_app(State::default(), 120, 40);
    start_quiz(&mut app, 2);
    type_text(&mut app, "Sencha, two minutes.");
    send(&mut app, &[Action::Confirm, Action::Confirm]);
    let attempt = app.progress().attempts.last().unwrap();
    assert!(attempt.passed, "completed whatever the pass mark");
    assert_eq!(attempt.score.max, 0.0);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Completed ✓"), "{screen}");
    assert!(screen.contains("Sencha, two minutes."), "{screen}");
    assert!(app.progress().quiz_passed("tea", "journal"));
    // The outline shows it done, with no percentage of nothing.
    assert!(screen.contains("completed"), "{screen}");
    assert!(!screen.contains("Tea journal 0%"), "{screen}");
    assert!(!screen.contains("passed 0 %"), "{screen}");
}

#[test]
fn the_notes_export_has_the_reflections_with_their_prompts() {
    let mut app = hints_app(State::default(), 120, 40);
    finished(&mut app);
    let course = fixture();
    let mut out = Vec::new();
    amphi::author::notes::write_notes(
        &course,
        app.progress(),
        amphi::author::notes::NotesFormat::Markdown,
        &mut out,
    )
    .unwrap();
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("## Reflections"), "{md}");
    assert!(
        md.contains("### Steeping tea › Check your steeping"),
        "{md}"
    );
    assert!(
        md.contains("**How do you steep your own tea, and what would you change now?**"),
        "{md}"
    );
    assert!(
        md.contains("Boiling water, five minutes.\nNext time: cooler, shorter."),
        "{md}"
    );
    let mut out = Vec::new();
    amphi::author::notes::write_notes(
        &course,
        app.progress(),
        amphi::author::notes::NotesFormat::Json,
        &mut out,
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let reflections = json["reflections"].as_array().unwrap();
    assert_eq!(reflections.len(), 2, "{json}");
    assert_eq!(reflections[1]["question"], "favourite");
    assert_eq!(reflections[1]["text"], "A smoky lapsang.");
}

#[test]
fn xapi_says_the_hints_used_and_reflections_are_long_fill_in_without_success() {
    let mut app = hints_app(State::default(), 120, 40);
    finished(&mut app);
    let statements = amphi::export::xapi_statements(&fixture(), app.progress(), "learner");
    let all = statements.as_array().unwrap();
    let answered = |id: &str| {
        all.iter()
            .find(|s| {
                s["verb"]["id"]
                    .as_str()
                    .is_some_and(|v| v.ends_with("answered"))
                    && s["object"]["id"].as_str().is_some_and(|o| o.ends_with(id))
            })
            .unwrap_or_else(|| panic!("no statement for {id}"))
            .clone()
    };
    let first = answered("/question/green-minutes");
    assert_eq!(
        first["result"]["extensions"][amphi::export::HINTS_EXTENSION],
        2
    );
    let second = answered("/question/green-water");
    assert!(second["result"].get("extensions").is_none(), "{second}");
    let own = answered("/question/own-cup");
    assert_eq!(
        own["object"]["definition"]["interactionType"],
        "long-fill-in"
    );
    assert!(own["result"].get("success").is_none(), "{own}");
    assert!(own["result"].get("score").is_none(), "{own}");
    assert!(
        own["result"]["response"]
            .as_str()
            .is_some_and(|r| r.contains("Boiling water")),
        "{own}"
    );
}

#[test]
fn snapshots_of_hints_a_reflection_and_the_review() {
    for (w, h) in SIZES {
        let mut app = hints_app(State::default(), w, h);
        two_hints_shown(&mut app);
        insta::assert_snapshot!(format!("hints_two_of_three_{w}x{h}"), render(&app, w, h));
        let mut app = hints_app(State::default(), w, h);
        writing_a_reflection(&mut app);
        insta::assert_snapshot!(format!("reflection_writing_{w}x{h}"), render(&app, w, h));
        let mut app = hints_app(State::default(), w, h);
        finished(&mut app);
        // The review, scrolled to the questions.
        send(&mut app, &[Action::PageDown]);
        insta::assert_snapshot!(
            format!("hints_reflection_review_{w}x{h}"),
            render(&app, w, h)
        );
    }
}

#[test]
fn plain_mode_shows_the_hints_and_the_reflection() {
    let mut app = hints_app(State::default(), 80, 24);
    app.settings.plain = true;
    update(&mut app, Action::Resize(80, 24));
    two_hints_shown(&mut app);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Hint 2 of 3"), "{screen}");
    insta::assert_snapshot!("hints_plain_80x24", screen);
    let mut app = hints_app(State::default(), 80, 24);
    app.settings.plain = true;
    update(&mut app, Action::Resize(80, 24));
    writing_a_reflection(&mut app);
    terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Next time: cooler, shorter."), "{screen}");
    insta::assert_snapshot!("reflection_plain_80x24", screen);
}

#[test]
fn hints_and_reflections_draw_at_every_small_size_without_panic() {
    let setups: [fn(&mut App); 3] = [two_hints_shown, writing_a_reflection, finished];
    for setup in setups {
        let mut app = hints_app(State::default(), 120, 40);
        setup(&mut app);
        for (w, h) in [
            (1, 1),
            (2, 3),
            (10, 4),
            (20, 6),
            (39, 12),
            (60, 15),
            (99, 30),
            (200, 60),
        ] {
            update(&mut app, Action::Resize(w, h));
            let _ = render(&app, w, h);
            app.settings.plain = !app.settings.plain;
            let _ = render(&app, w, h);
            app.settings.plain = !app.settings.plain;
        }
    }
}
