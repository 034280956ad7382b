//! Reading time (estimates, time spent counted from input while focused, with a
//! fake clock) and content hashes (an item changed since it was read or passed is
//! marked so instead of silently keeping its mark).

use std::sync::atomic::{AtomicU64, Ordering};

use crate::common::{app, open_item, render, send, take_quiz};
use amphi::app::reading::{IDLE_CUTOFF, WORDS_PER_MINUTE, estimate_minutes, word_count};
use amphi::app::{Action, App, update};
use amphi::course::Item;
use amphi::progress::{State, item_key};
use amphi::theme::Theme;

// The fake clock's time, in seconds; each test that uses it owns one thread-local
// value so that tests running in parallel do not disturb each other.
thread_local! {
    static NOW: AtomicU64 = const { AtomicU64::new(1_000_000) };
}

fn fake_clock() -> u64 {
    NOW.with(|n| n.load(Ordering::SeqCst))
}

fn advance(secs: u64) {
    NOW.with(|n| n.fetch_add(secs, Ordering::SeqCst));
}

fn spent(app: &App, m: usize, i: usize) -> u64 {
    let module = &app.course.modules[m];
    let key = item_key(&module.id, module.items[i].id());
    app.progress().seconds.get(&key).copied().unwrap_or(0)
}

#[test]
fn estimates_are_words_at_200_a_minute_rounded_up() {
    assert_eq!(WORDS_PER_MINUTE, 200);
    assert_eq!(estimate_minutes(0), 0);
    assert_eq!(estimate_minutes(1), 1);
    assert_eq!(estimate_minutes(200), 1);
    assert_eq!(estimate_minutes(201), 2);
    let course = amphi::course::load_bundled().unwrap();
    let lesson = &course.modules[0].items[0];
    let words = word_count(lesson);
    assert!(words > 50, "the first lesson has {words} words");
    let app = app(120, 40);
    let screen = render(&app, 120, 40);
    let expected = format!("~{} min read", estimate_minutes(words));
    assert!(screen.contains(&expected), "{expected} in:\n{screen}");
    assert!(
        screen.contains("module ~"),
        "the module's estimate:\n{screen}"
    );
}

#[test]
fn time_is_counted_between_inputs_while_focused_and_not_across_long_pauses() {
    let mut app = app(120, 40);
    app.clock = fake_clock;
    update(&mut app, Action::Down);
    advance(40);
    update(&mut app, Action::Down);
    assert_eq!(spent(&app, 0, 0), 40, "40 s between two keys");
    advance(IDLE_CUTOFF + 1);
    update(&mut app, Action::Down);
    assert_eq!(
        spent(&app, 0, 0),
        40,
        "a pause over the cutoff counts as away"
    );
    advance(30);
    update(&mut app, Action::Focus(false));
    assert_eq!(spent(&app, 0, 0), 70, "time up to the focus loss counts");
    advance(120);
    update(&mut app, Action::Focus(true));
    assert_eq!(spent(&app, 0, 0), 70, "time without focus does not");
    advance(20);
    update(&mut app, Action::NextItem);
    assert_eq!(
        spent(&app, 0, 0),
        90,
        "time before the key goes to the item it left"
    );
    advance(90);
    update(&mut app, Action::Down);
    assert_eq!(spent(&app, 0, 1), 90, "then to the next item");
    advance(10);
    update(&mut app, Action::Resize(100, 30));
    assert_eq!(spent(&app, 0, 1), 90, "a resize is not input");
    // Saved in the state file's shape.
    let json = serde_json::to_string(&app.state).unwrap();
    assert!(json.contains("\"seconds\":{"), "{json}");
    // The module's total shows once a minute is reached.
    let screen = render(&app, 120, 40);
    assert!(screen.contains("1 min spent"), "{screen}");
    assert!(
        screen.contains("module ~") && screen.contains(", 3 min spent"),
        "{screen}"
    );
}

#[test]
fn an_old_state_without_times_or_hashes_loads() {
    let json = r#"{"version":1,"courses":{"c":{"read":{"m/a":5}}}}"#;
    let state: State = serde_json::from_str(json).unwrap();
    let p = &state.courses["c"];
    assert!(p.seconds.is_empty() && p.hashes.is_empty());
    let back = serde_json::to_string(&state).unwrap();
    assert!(!back.contains("seconds") && !back.contains("hashes"));
}

/// The state after reading item `i` of module `m` to its end.
fn state_after_reading(m: usize, i: usize) -> State {
    let mut app = app(120, 40);
    open_item(&mut app, m, i);
    send(&mut app, &[Action::Bottom]);
    let module = &app.course.modules[m];
    assert!(app.progress().is_read(&module.id, module.items[i].id()));
    app.state.clone()
}

fn app_on(course: amphi::course::Course, state: State) -> App {
    let mut app = App::new(course, state, Theme::plain());
    update(&mut app, Action::Resize(120, 40));
    if app.modals.overlay().is_some() {
        update(&mut app, Action::ToggleHelp);
    }
    app
}

#[test]
fn an_item_changed_since_it_was_read_is_marked_until_read_again() {
    let state = state_after_reading(0, 0);
    let course = amphi::course::load_bundled().unwrap();
    // Unchanged: read, not marked.
    let same = app_on(course.clone(), state.clone());
    let screen = render(&same, 120, 40);
    assert!(!screen.contains("changed since"), "{screen}");
    // The lesson's text changes.
    let mut edited = course.clone();
    let Item::Lesson(l) = &mut edited.modules[0].items[0] else {
        panic!("the first item is a lesson")
    };
    l.body.push_str("\n\nA paragraph added later.");
    let mut app = app_on(edited, state);
    open_item(&mut app, 0, 0);
    update(&mut app, Action::Top);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Lesson · changed since you read it"),
        "{screen}"
    );
    // The outline row of the open item: pointer, then the mark.
    assert!(screen.contains("▶! "), "the outline marks it:\n{screen}");
    // Reading it to the end again clears the mark (and is saved).
    let effects = send(&mut app, &[Action::Bottom]);
    assert!(!effects.is_empty(), "the new hash is saved");
    assert!(!render(&app, 120, 40).contains("changed since"));
}

#[test]
fn a_quiz_changed_since_it_was_passed_says_so() {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    take_quiz(&mut app, true);
    let state = app.state.clone();
    let mut course = amphi::course::load_bundled().unwrap();
    if let Item::Quiz(q) = &mut course.modules[0].items[qi] {
        q.questions[0].prompt.push_str(" (reworded)");
    }
    let mut app = app_on(course, state);
    open_item(&mut app, 0, qi);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Quiz · changed since you passed it"),
        "{screen}"
    );
}

/// The bundled course with the first module's two lessons cut to one short
/// paragraph each (both fit on a 120×40 screen), in an app on the fake clock.
fn short_lessons_app() -> App {
    let mut course = amphi::course::load_bundled().unwrap();
    for i in 0..2 {
        let Item::Lesson(l) = &mut course.modules[0].items[i] else {
            panic!("module 1 starts with two lessons");
        };
        l.body = "One short paragraph.".into();
    }
    let mut app = App::new(course, State::default(), Theme::plain());
    app.clock = fake_clock;
    update(&mut app, Action::Resize(120, 40));
    assert!(
        app.reader.view.at_end(),
        "the short lesson fits on the screen"
    );
    app
}

fn is_read(app: &App, m: usize, i: usize) -> bool {
    let module = &app.course.modules[m];
    app.progress().is_read(&module.id, module.items[i].id())
}

#[test]
fn a_short_item_passed_over_with_n_is_not_read() {
    use amphi::app::reading::READ_AFTER_SECONDS;
    let mut app = short_lessons_app();
    assert!(!is_read(&app, 0, 0), "not read the moment it opens");
    // Straight on to the next item, and on again a second later.
    send(&mut app, &[Action::NextItem]);
    advance(1);
    send(&mut app, &[Action::NextItem]);
    assert_eq!(app.nav.current, (0, 2));
    assert!(!is_read(&app, 0, 0) && !is_read(&app, 0, 1), "passed over");
    // Back on the second lesson for a moment: read at the next key.
    send(&mut app, &[Action::PrevItem]);
    advance(READ_AFTER_SECONDS - 1);
    send(&mut app, &[Action::Up]);
    assert!(!is_read(&app, 0, 1), "not yet");
    advance(1);
    let effects = send(&mut app, &[Action::NextItem]);
    assert!(is_read(&app, 0, 1), "on screen for {READ_AFTER_SECONDS} s");
    assert!(effects.contains(&amphi::app::Effect::Save));
    assert!(!is_read(&app, 0, 0));
    // The time counts while the end stays on screen: two short visits do not add up.
    open_item(&mut app, 0, 0);
    advance(READ_AFTER_SECONDS - 1);
    send(&mut app, &[Action::NextItem, Action::PrevItem]);
    advance(READ_AFTER_SECONDS - 1);
    send(&mut app, &[Action::Up]);
    assert!(
        !is_read(&app, 0, 0),
        "two visits of {} s",
        READ_AFTER_SECONDS - 1
    );
    // Quitting after a moment on it counts (the quit saves it).
    advance(1);
    let effects = send(&mut app, &[Action::Quit]);
    assert!(is_read(&app, 0, 0));
    assert!(effects.contains(&amphi::app::Effect::Save));
}

#[test]
fn scrolling_to_the_end_reads_at_once_even_a_short_item() {
    let mut app = short_lessons_app();
    // A key that scrolls on, with the end on screen: read with no time passed.
    send(&mut app, &[Action::Down]);
    assert!(is_read(&app, 0, 0));
    send(&mut app, &[Action::NextItem, Action::Bottom]);
    assert!(is_read(&app, 0, 1));
    // A long item: read once scrolled to its end, at once.
    open_item(&mut app, 1, 0);
    assert!(!app.reader.view.at_end() && !is_read(&app, 1, 0));
    while !app.reader.view.at_end() {
        send(&mut app, &[Action::Scroll(3)]);
    }
    assert!(app.reader.view.at_end());
    assert!(is_read(&app, 1, 0));
}
