//! After a quiz: the result screen's first screen, the last attempt's review
//! after reopening, the mistakes `w` lands on, and how the question screen words
//! a multiple-choice question and its missed choices.

use crate::common::*;
use amphi::app::{Action, App, Mode, Stage, action_for_key};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// Module 1's end-of-module quiz, open at its intro.
fn open_final_quiz(app: &mut App) -> usize {
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(app, 0, qi);
    qi
}

/// Takes the open quiz answering question `k` right when `right(k)`.
fn take_with(app: &mut App, right: impl Fn(usize) -> bool) {
    send(app, &[Action::Confirm]);
    let n = app.current_quiz().unwrap().0.questions.len();
    for k in 0..n {
        answer_and_go_on(app, right(k));
    }
    assert!(matches!(
        app.current_quiz().unwrap().1.stage,
        Stage::Result { .. }
    ));
}

/// The rows of the content pane as drawn (the first screen of the result).
fn first_screen(app: &App, w: u16, h: u16) -> Vec<String> {
    render(app, w, h).lines().map(str::to_string).collect()
}

#[test]
fn the_result_puts_score_verdict_and_keys_on_its_first_screen() {
    let mut app = app(80, 24);
    open_final_quiz(&mut app);
    // Wrong on every second question (2, 4, …): not passed.
    take_with(&mut app, |k| k % 2 == 0);
    let (quiz, _) = app.current_quiz().unwrap();
    let n = quiz.questions.len();
    let wrong: Vec<usize> = (0..n).filter(|k| k % 2 == 1).collect();
    let opening: String = quiz.questions[0].prompt.chars().take(20).collect();
    let rows = first_screen(&app, 80, 24);
    let row_of = |what: &str| rows.iter().position(|r| r.contains(what));
    let score = row_of("Score: ").expect("the score");
    let verdict = row_of("Not passed").expect("the verdict");
    let keys = row_of("r retake").expect("the keys on the first screen");
    let review = row_of("Review: ").expect("the review's heading");
    let first_question = row_of(&format!("1. {opening}")).expect("the review starts");
    assert!(score < verdict && verdict < keys && keys < review && review < first_question);
    let keys = flat(&rows[keys..review].join("\n"));
    assert_eq!(
        keys,
        format!(
            "r retake · R practise the {} wrong ones · w next mistake · o read again (first link on screen) · Enter or n next item",
            wrong.len()
        )
    );
    // The keys act from there.
    send(&mut app, &[Action::RetakeWrong]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.session.asked, wrong);
}

#[test]
fn reopening_offers_the_last_attempts_review_practice_and_retake() {
    let mut first = app(80, 24);
    let qi = open_final_quiz(&mut first);
    take_with(&mut first, |k| k != 1 && k != 4);
    let result = first_screen(&first, 80, 24);
    let marks = first.reader.view.marks.clone();
    // amphi reopened: the quiz's page starts at its intro.
    let mut again = app_with(first.state.clone(), 80, 24);
    open_item(&mut again, 0, qi);
    assert_eq!(again.current_quiz().unwrap().1.stage, Stage::Intro);
    let intro = flat(&render(&again, 80, 24));
    assert!(
        intro.contains("Last attempt: 6/8 (75 %) · passed · 2 answers wrong"),
        "{intro}"
    );
    assert!(
        intro.contains(
            "Enter or r start a new attempt · L review your last attempt · R practise its mistakes"
        ),
        "{intro}"
    );
    // L shows the same result and review as when the attempt ended.
    let l = action_for_key(Mode::of(&again), &again, &key('L')).unwrap();
    assert_eq!(l, Action::ShowLastAttempt);
    send(&mut again, &[l]);
    assert_eq!(first_screen(&again, 80, 24), result);
    assert_eq!(again.reader.view.marks, marks);
    // w jumps to its mistakes, and R practises them.
    send(&mut again, &[Action::NextMark]);
    assert!(
        again
            .notice
            .as_deref()
            .unwrap()
            .starts_with("Mistake 1 of 2")
    );
    send(&mut again, &[Action::RetakeWrong]);
    let (_, state) = again.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert_eq!(state.session.asked, vec![1, 4]);
    // Straight from the intro, R practises the last attempt's mistakes.
    let mut third = app_with(first.state.clone(), 80, 24);
    open_item(&mut third, 0, qi);
    let r = action_for_key(Mode::of(&third), &third, &key('R')).unwrap();
    send(&mut third, &[r]);
    let (_, state) = third.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert!(state.session.is_practice());
    assert_eq!(state.session.asked, vec![1, 4]);
    // And r starts a new full attempt.
    let mut fourth = app_with(first.state.clone(), 80, 24);
    open_item(&mut fourth, 0, qi);
    send(&mut fourth, &[Action::Retake]);
    let (_, state) = fourth.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert!(!state.session.is_practice());
}

#[test]
fn with_no_attempt_left_the_last_review_still_opens() {
    let mut app = app(80, 24);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    if let amphi::course::Item::Quiz(q) = &mut app.course.modules[0].items[qi] {
        q.max_attempts = Some(1);
    }
    open_item(&mut app, 0, qi);
    take_with(&mut app, |k| k > 0);
    let mut again = App::new(
        app.course.clone(),
        app.state.clone(),
        app.settings.theme.clone(),
    );
    send(&mut again, &[Action::Resize(80, 24)]);
    if again.modals.overlay().is_some() {
        // Dismiss the "where you were" card.
        send(&mut again, &[Action::ToggleHelp]);
    }
    open_item(&mut again, 0, qi);
    let intro = render(&again, 80, 24);
    assert!(intro.contains("No attempts left"), "{intro}");
    assert!(intro.contains("L review your last attempt"), "{intro}");
    assert!(!intro.contains("R practise"), "{intro}");
    send(&mut again, &[Action::RetakeWrong]);
    assert!(
        again
            .notice
            .as_deref()
            .unwrap()
            .contains("No attempts left")
    );
    assert_eq!(again.current_quiz().unwrap().1.stage, Stage::Intro);
    send(&mut again, &[Action::ShowLastAttempt]);
    assert!(matches!(
        again.current_quiz().unwrap().1.stage,
        Stage::Result { passed: true, .. }
    ));
}

/// The cells of the content pane's row `y` whose symbol is not blank, with
/// whether each is in reverse video.
fn reversed_text(app: &App, w: u16, h: u16, y: u16) -> Vec<bool> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let text = app.areas().text;
    (text.x..text.x + text.width)
        .map(|x| &buffer[(x, text.y + y)])
        .filter(|c| !c.symbol().trim().is_empty())
        .map(|c| c.modifier.contains(Modifier::REVERSED))
        .collect()
}

#[test]
fn w_marks_the_mistake_it_lands_on_and_names_it() {
    let mut app = app(80, 24);
    open_final_quiz(&mut app);
    // Wrong on questions 2, 5 and 7.
    take_with(&mut app, |k| ![1, 4, 6].contains(&k));
    for (n, question) in [(1, 2), (2, 5), (3, 7), (1, 2)] {
        send(&mut app, &[Action::NextMark]);
        let said = format!("Mistake {n} of 3: question {question}");
        assert!(
            app.notice.as_deref().unwrap().starts_with(&said),
            "{:?}",
            app.notice
        );
        let screen = render(&app, 80, 24);
        assert!(screen.lines().last().unwrap().contains(&said), "{screen}");
        // The row it landed on is marked, the rows of other questions are not.
        let (landed, _) = app.reader.view.mark_at.unwrap();
        let block = app.reader.view.marks[landed];
        let top = app.reader.view.scroll;
        for y in 0..app.reader.view.height {
            let Some(row) = app.reader.view.rows.get(top + usize::from(y)) else {
                break;
            };
            let cells = reversed_text(&app, 80, 24, y);
            if cells.is_empty() {
                continue;
            }
            if row.block == block {
                assert!(cells.iter().all(|&r| r), "row {y} of the landed mistake");
            } else {
                assert!(cells.iter().all(|&r| !r), "row {y} is not marked");
            }
        }
        let first = app
            .reader
            .view
            .rows
            .iter()
            .position(|r| r.block == block && r.line.width() > 0)
            .unwrap();
        let text: String = app.reader.view.rows[first]
            .line
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert!(text.starts_with(&format!("✗ {question}. ")), "{text}");
    }
    // In plain mode (screen readers), the status line says it in words.
    app.settings.plain = true;
    send(&mut app, &[Action::Resize(80, 24), Action::NextMark]);
    let screen = render(&app, 80, 24);
    let status = screen.lines().last().unwrap();
    assert!(
        status.starts_with("Mistake ") && status.contains(" of 3: question "),
        "{screen}"
    );
}

#[test]
fn w_with_no_mistake_says_so() {
    let mut app = app(80, 24);
    open_final_quiz(&mut app);
    take_quiz(&mut app, true);
    let scroll = app.reader.view.scroll;
    let w = action_for_key(Mode::of(&app), &app, &key('w')).unwrap();
    send(&mut app, &[w]);
    assert_eq!(app.reader.view.scroll, scroll);
    assert_eq!(
        app.notice.as_deref(),
        Some("No mistakes to jump to: every answer was right.")
    );
}

/// Module 1's quiz open at its multiple-choice question (question 2).
fn at_multiple_choice(app: &mut App) {
    open_final_quiz(app);
    send(app, &[Action::Confirm]);
    answer_and_go_on(app, true);
    let (quiz, state) = app.current_quiz().unwrap();
    assert!(matches!(
        quiz.questions[state.session.current].key,
        amphi::course::AnswerKey::MultipleChoice { .. }
    ));
}

/// The open multiple-choice question: each row as shown (from 1) with its
/// choice's text and whether it is right.
fn shown_choices(app: &App) -> (String, Vec<(usize, String, bool)>) {
    let (quiz, state) = app.current_quiz().unwrap();
    let q = &quiz.questions[state.session.current];
    let amphi::course::AnswerKey::MultipleChoice { choices, answers } = &q.key else {
        panic!("a multiple-choice question");
    };
    let rows = (0..choices.len())
        .map(|r| {
            let c = state.shown(r);
            (r + 1, choices[c].clone(), answers.contains(&(c + 1)))
        })
        .collect();
    (q.prompt.clone(), rows)
}

#[test]
fn a_multiple_choice_question_says_choose_all_that_apply_once() {
    let mut app = app(120, 40);
    at_multiple_choice(&mut app);
    let (prompt, _) = shown_choices(&app);
    assert!(
        prompt.ends_with("(choose all that apply)"),
        "the course's own prompt says it too: {prompt}"
    );
    let screen = render(&app, 120, 40);
    assert_eq!(
        screen.matches("choose all that apply").count(),
        1,
        "{screen}"
    );
    let n = app.current_quiz().unwrap().0.questions.len();
    assert!(
        screen.contains(&format!("Question 2 of {n} · choose all that apply")),
        "{screen}"
    );
}

#[test]
fn a_right_choice_left_unticked_is_marked_missed_in_words() {
    for plain in [false, true] {
        let mut app = app(120, 40);
        app.settings.plain = plain;
        send(&mut app, &[Action::Resize(120, 40)]);
        at_multiple_choice(&mut app);
        let (_, rows) = shown_choices(&app);
        // Tick one right choice and one wrong one; the other right ones are
        // left unticked.
        let right = rows.iter().find(|r| r.2).unwrap().0;
        let wrong = rows.iter().find(|r| !r.2).unwrap().0;
        send(
            &mut app,
            &[
                Action::Choose(right),
                Action::Choose(wrong),
                Action::Confirm,
            ],
        );
        let screen = render(&app, 120, 40);
        let row = |start: &str| {
            screen
                .lines()
                .find(|l| l.contains(start))
                .unwrap_or_else(|| panic!("{start} in {screen}"))
                .to_string()
        };
        let mut missed = 0;
        for (n, text, is_right) in &rows {
            let ticked = *n == right || *n == wrong;
            let mark = if ticked { "[x]" } else { "[ ]" };
            let r = row(&format!("{mark} {n}. {text}"));
            match (ticked, is_right) {
                (true, true) => assert!(r.contains('✓') && !r.contains("missed"), "{r}"),
                (true, false) => assert!(r.contains('✗'), "{r}"),
                (false, true) => {
                    missed += 1;
                    assert!(r.contains("○ missed") && !r.contains('✓'), "{r}");
                }
                (false, false) => assert!(!r.contains("missed"), "{r}"),
            }
        }
        assert!(missed > 0 || rows.iter().filter(|r| r.2).count() == 1);
    }
}
