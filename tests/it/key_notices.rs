//! Keys of the key table pressed where they do not apply say why in the status
//! bar, and change nothing else.

use crate::common::*;
use amphi::app::{Action, App, Focus, Mode, Stage, action_for_key, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn ch(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn code(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// What a key must leave as it was when it only explains itself.
#[derive(Debug, PartialEq)]
struct Fingerprint {
    current: (usize, usize),
    selected: (usize, usize),
    focus: Focus,
    scroll: usize,
    hscroll: usize,
    quizzes: Vec<((usize, usize), amphi::app::QuizState)>,
    overlay: Option<amphi::app::Overlay>,
    attempts: usize,
    read: usize,
    highlight: Option<String>,
}

fn fingerprint(app: &App) -> Fingerprint {
    let mut quizzes: Vec<_> = app.quizzes.iter().map(|(k, v)| (*k, v.clone())).collect();
    quizzes.sort_by_key(|(k, _)| *k);
    Fingerprint {
        current: app.nav.current,
        selected: app.nav.selected,
        focus: app.nav.focus,
        scroll: app.reader.view.scroll,
        hscroll: app.reader.view.hscroll,
        quizzes,
        overlay: app.modals.overlay(),
        attempts: app.progress().attempts.len(),
        read: app.progress().read.len(),
        highlight: app.reader.highlight.clone(),
    }
}

/// Presses `key` as the app would (key map, then `update`) and checks that it
/// changed nothing but the status bar, which now says `why`.
fn says_why(app: &mut App, key: KeyEvent, why: &str) {
    let before = fingerprint(app);
    let action = action_for_key(Mode::of(app), app, &key)
        .unwrap_or_else(|| panic!("{key:?} maps to nothing: silently ignored"));
    update(app, action.clone());
    assert_eq!(app.notice.as_deref(), Some(why), "{key:?} → {action:?}");
    assert_eq!(fingerprint(app), before, "{key:?} changed nothing else");
    let screen = render(app, 120, 40);
    let status = screen.lines().nth(39).unwrap();
    assert!(status.contains(why), "{status}");
}

/// Module 1's end-of-module quiz open (at its intro).
fn at_quiz() -> App {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    app
}

#[test]
fn reading_keys_that_do_not_apply_say_why() {
    // The first lesson: no interview, no quiz, no wide code, no search.
    let mut app = app(120, 40);
    assert!(matches!(
        app.current_item(),
        Some(amphi::course::Item::Lesson(_))
    ));
    for (key, why) in [
        (ch('d'), "d (recall drill) works in interviews."),
        (ch('s'), "s (one speaker's turns) works in interviews."),
        (ch('H'), "H shows a quiz question's hint, when it has one."),
        (
            code(KeyCode::F(1)),
            "H shows a quiz question's hint, when it has one.",
        ),
        (ch('t'), "t and f answer a true/false question in a quiz."),
        (ch('3'), "1–9 pick a choice in a quiz question."),
        (ch('r'), "r retakes a quiz, from its page or its result."),
        (
            ch('R'),
            "R practises a quiz's wrong answers, from its page or its result.",
        ),
        (
            ch('L'),
            "L shows a quiz's last attempt again, from the quiz's page.",
        ),
        (
            ch('w'),
            "w jumps between the mistakes of a quiz's review, after the quiz.",
        ),
        (
            ch('N'),
            "n and N move between search matches after a search: / searches the course.",
        ),
        (
            ch('>'),
            "No code here is wider than the pane: < and > scroll wide code sideways.",
        ),
        (
            code(KeyCode::Backspace),
            "Backspace goes back to a quiz after o opened a passage to read again.",
        ),
        (ch('p'), "This is the first item of the course."),
    ] {
        says_why(&mut app, key, why);
    }
    // The last item: n has nowhere to go.
    let m = app.course.modules.len() - 1;
    let i = app.course.modules[m].items.len() - 1;
    open_item(&mut app, m, i);
    says_why(&mut app, ch('n'), "This is the last item of the course.");
    // In the outline, h has nowhere to go back to.
    send(&mut app, &[Action::FocusOutline]);
    says_why(
        &mut app,
        ch('h'),
        "In the outline: Enter opens the selected item, Tab goes to the content.",
    );
}

#[test]
fn quiz_keys_that_do_not_apply_say_why() {
    let mut app = at_quiz();
    // The intro of a quiz never taken.
    for (key, why) in [
        (ch('R'), "No finished attempt yet: Enter starts the quiz."),
        (ch('L'), "No finished attempt yet: Enter starts the quiz."),
        (ch('1'), "Press Enter to start the quiz first."),
        (ch('H'), "Press Enter to start the quiz first."),
    ] {
        says_why(&mut app, key, why);
    }
    // Question 1: a single choice of four, without a hint.
    send(&mut app, &[Action::Confirm]);
    for (key, why) in [
        (ch('7'), "No choice 7: this question has 4."),
        (ch('H'), "This question has no hint."),
        (
            ch('t'),
            "This is not a true/false question: t and f answer those.",
        ),
        (
            ch('r'),
            "Finish this attempt first: r retakes the quiz from its result.",
        ),
        (
            ch('R'),
            "Finish this attempt first: R then practises the questions you got wrong.",
        ),
    ] {
        says_why(&mut app, key, why);
    }
    // → and l go on as Enter does, but never submit an answer. (The right
    // choice is picked, so that the attempt ends with every answer right.)
    let pick = answer_actions(&app, true)[0].clone();
    send(&mut app, &[pick]);
    for key in [code(KeyCode::Right), ch('l')] {
        says_why(
            &mut app,
            key,
            "Enter submits your answer (→ and l never do: a stray key never answers).",
        );
    }
    // With the outline focused, quiz keys say where they act.
    send(&mut app, &[Action::FocusOutline]);
    says_why(
        &mut app,
        ch('1'),
        "1–9 acts on the quiz: Tab goes to it first.",
    );
    send(&mut app, &[Action::SwitchFocus, Action::Confirm]);
    assert_eq!(app.current_quiz().unwrap().1.stage, Stage::Feedback);
    says_why(&mut app, ch('2'), "Already answered: Enter goes on.");
    // → goes on after an answer, as Enter does.
    let right = action_for_key(Mode::of(&app), &app, &code(KeyCode::Right)).unwrap();
    send(&mut app, &[right]);
    assert_eq!(app.current_quiz().unwrap().1.stage, Stage::Asking);
    assert_eq!(app.current_quiz().unwrap().1.session.current, 1);
    // A typed answer (question 5, a short answer) has no hint either: F1 says so.
    for _ in 1..4 {
        answer_and_go_on(&mut app, true);
    }
    assert_eq!(Mode::of(&app), Mode::Typing);
    says_why(&mut app, code(KeyCode::F(1)), "This question has no hint.");
    for _ in 4..8 {
        answer_and_go_on(&mut app, true);
    }
    assert!(matches!(
        app.current_quiz().unwrap().1.stage,
        Stage::Result { .. }
    ));
    for (key, why) in [
        (
            ch('t'),
            "The quiz is over: r retakes it (R: only the questions got wrong).",
        ),
        (ch('R'), "Nothing to practise: every answer was right."),
        (
            ch('L'),
            "This is your last attempt's result: w jumps to its mistakes.",
        ),
    ] {
        says_why(&mut app, key, why);
    }
    // Reopened: R on the page of a quiz whose last attempt was all right.
    let mut again = app_with(app.state.clone(), 120, 40);
    let (qi, _) = again.course.modules[0].final_quiz().unwrap();
    open_item(&mut again, 0, qi);
    says_why(
        &mut again,
        ch('R'),
        "Nothing to practise: every answer of your last attempt was right.",
    );
}

#[test]
fn l_and_the_right_arrow_go_on_as_enter_does() {
    // In a lesson: a page down.
    let mut app = app(120, 40);
    let right = action_for_key(Mode::of(&app), &app, &code(KeyCode::Right)).unwrap();
    send(&mut app, &[right]);
    assert!(app.reader.view.scroll > 0);
    assert_eq!(app.notice, None);
    // In the outline: open the selected item.
    send(&mut app, &[Action::FocusOutline, Action::Down]);
    let l = action_for_key(Mode::of(&app), &app, &ch('l')).unwrap();
    send(&mut app, &[l]);
    assert_eq!(app.nav.current, (0, 1));
    assert_eq!(app.nav.focus, Focus::Content);
}
