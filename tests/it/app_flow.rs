//! The app as a state machine: actions in, state and effects out, no terminal.

use crate::common::*;
use amphi::app::{Action, Effect, Focus, Mode, Stage, update};
use amphi::course::Item;
use amphi::progress::{Anchor, Position, State};

#[test]
fn a_fresh_start_opens_the_first_item_with_the_content_focused() {
    let app = app(120, 40);
    assert_eq!(app.nav.current, (0, 0));
    assert_eq!(app.nav.focus, Focus::Content);
    assert_eq!(app.reader.view.scroll, 0);
    assert!(!app.reader.view.rows.is_empty());
    assert_eq!(Mode::of(&app), Mode::Reading);
}

#[test]
fn scrolling_to_the_end_marks_the_item_read_and_saves_once() {
    let mut app = app(120, 40);
    assert!(
        app.reader.view.rows.len() > 40,
        "the first lesson is longer than a screen"
    );
    assert!(send(&mut app, &[Action::Down]).is_empty());
    assert_eq!(app.reader.view.scroll, 1);
    let effects = send(&mut app, &[Action::Bottom]);
    assert_eq!(effects, vec![Effect::Save]);
    let module = &app.course.modules[0];
    assert!(app.progress().is_read(&module.id, module.items[0].id()));
    assert!(
        send(&mut app, &[Action::Up, Action::Bottom]).is_empty(),
        "read once"
    );
}

#[test]
fn page_keys_and_scroll_stay_in_range() {
    let mut app = app(80, 24);
    send(&mut app, &[Action::PageUp, Action::Up, Action::Scroll(-10)]);
    assert_eq!(app.reader.view.scroll, 0);
    send(&mut app, &[Action::PageDown]);
    assert_eq!(
        app.reader.view.scroll,
        usize::from(app.reader.view.height) - 1
    );
    send(&mut app, &[Action::Scroll(100_000)]);
    assert_eq!(app.reader.view.scroll, app.reader.view.max_scroll());
    send(&mut app, &[Action::Top]);
    assert_eq!(app.reader.view.scroll, 0);
}

#[test]
fn next_and_previous_items_cross_modules_and_stop_at_the_ends() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::PrevItem]);
    assert_eq!(app.nav.current, (0, 0));
    let first_module_len = app.course.modules[0].items.len();
    for _ in 0..first_module_len {
        send(&mut app, &[Action::NextItem]);
    }
    assert_eq!(app.nav.current, (1, 0));
    send(&mut app, &[Action::PrevItem]);
    assert_eq!(app.nav.current, (0, first_module_len - 1));
    let total = app.course.item_count();
    for _ in 0..total + 3 {
        send(&mut app, &[Action::NextItem]);
    }
    let last = app.course.modules.len() - 1;
    assert_eq!(
        app.nav.current,
        (last, app.course.modules[last].items.len() - 1)
    );
}

#[test]
fn the_outline_moves_the_selection_and_enter_opens() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::SwitchFocus]);
    assert_eq!(app.nav.focus, Focus::Outline);
    send(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(app.nav.selected, (0, 2));
    assert_eq!(
        app.nav.current,
        (0, 0),
        "moving the selection does not open"
    );
    send(&mut app, &[Action::Confirm]);
    assert_eq!(app.nav.current, (0, 2));
    assert_eq!(app.nav.focus, Focus::Content);
    send(&mut app, &[Action::FocusOutline, Action::Bottom]);
    let last = app.course.modules.len() - 1;
    assert_eq!(app.nav.selected.0, last);
}

#[test]
fn passing_the_end_of_module_quiz_after_reading_completes_the_module() {
    let mut app = app(120, 40);
    read_module(&mut app, 0);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    assert!(matches!(app.current_quiz().unwrap().1.stage, Stage::Intro));
    let effects = take_quiz(&mut app, true);
    assert!(!effects.is_empty() && effects.iter().all(|e| *e == Effect::Save));
    assert!(
        app.progress().open_attempts.is_empty(),
        "a finished attempt is no longer open"
    );
    let (quiz, state) = app.current_quiz().unwrap();
    let n = quiz.questions.len();
    let max: f64 = quiz.questions.iter().map(|q| q.weight).sum();
    match state.stage {
        Stage::Result { score, passed, .. } => {
            assert_eq!((score.points, score.max), (max, max));
            assert!(passed);
        }
        other => panic!("expected the result, got {other:?}"),
    }
    let module = app.course.modules[0].clone();
    assert!(app.progress().module_complete(&module));
    let attempt = &app.progress().attempts[0];
    assert_eq!(attempt.started_at, NOW);
    assert_eq!(attempt.answers.len(), n);
    assert!(attempt.answers.iter().all(|a| a.correct));
    assert_eq!(attempt.module, module.id);
}

#[test]
fn failing_the_quiz_records_the_attempt_and_allows_a_retake() {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    take_quiz(&mut app, false);
    let (_, state) = app.current_quiz().unwrap();
    assert!(matches!(state.stage, Stage::Result { passed: false, .. }));
    assert_eq!(app.progress().attempts.len(), 1);
    assert!(!app.progress().attempts[0].passed);
    send(&mut app, &[Action::Retake]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert_eq!(state.session.current, 0);
    assert!(state.session.answers.iter().all(Option::is_none));
}

#[test]
fn enter_alone_never_answers_and_says_what_to_do() {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm, Action::Down, Action::Confirm]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert_eq!(state.session.answers[0], None);
    assert!(app.notice.as_deref().unwrap().contains("first"));
    send(&mut app, &[Action::Toggle]);
    assert_eq!(app.notice, None, "the next key clears the notice");
    send(&mut app, &[Action::Confirm]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Feedback);
    assert_eq!(
        state.session.answers[0],
        Some(amphi::quiz::Response::Choice(1))
    );
}

#[test]
fn keys_type_into_a_short_answer_instead_of_quitting() {
    let mut app = app(120, 40);
    let (qi, quiz) = app.course.modules[0].final_quiz().unwrap();
    let short = quiz
        .questions
        .iter()
        .position(|q| matches!(q.key, amphi::course::AnswerKey::ShortAnswer { .. }))
        .expect("the quiz has a short answer question");
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    for _ in 0..short {
        answer_and_go_on(&mut app, true);
    }
    assert_eq!(Mode::of(&app), Mode::Typing);
    let key =
        ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('q'));
    let action = amphi::app::action_for_key(Mode::of(&app), &app, &key);
    assert_eq!(action, Some(Action::Input('q')));
    send(
        &mut app,
        &[Action::Input('q'), Action::Input('x'), Action::Backspace],
    );
    assert_eq!(app.current_quiz().unwrap().1.field.text, "q");
}

#[test]
fn quit_saves_the_position_with_a_width_independent_anchor() {
    let mut app = app(120, 40);
    open_item(&mut app, 0, 1);
    send(
        &mut app,
        &[
            Action::Down,
            Action::Down,
            Action::Down,
            Action::Down,
            Action::Down,
        ],
    );
    let anchor = app.reader.view.anchor();
    let effects = send(&mut app, &[Action::Quit]);
    assert_eq!(effects, vec![Effect::Save, Effect::Quit]);
    let module = &app.course.modules[0];
    let pos = app.progress().position.clone().unwrap();
    assert_eq!(pos.module, module.id);
    assert_eq!(pos.item, module.items[1].id());
    assert_eq!(pos.anchor, anchor);
    assert_ne!(anchor, Anchor::default());
}

#[test]
fn reopening_resumes_the_same_item_and_line_even_at_another_width() {
    let mut first = app(120, 40);
    open_item(&mut first, 0, 1);
    send(&mut first, &[Action::Scroll(7)]);
    let top_block = first.reader.view.rows[first.reader.view.scroll].block;
    send(&mut first, &[Action::Quit]);
    let state = first.state.clone();

    let same = app_with(state.clone(), 120, 40);
    assert_eq!(same.nav.current, (0, 1));
    assert_eq!(same.reader.view.scroll, 7);

    let narrow = app_with(state, 80, 24);
    assert_eq!(narrow.nav.current, (0, 1));
    assert_eq!(
        narrow.reader.view.rows[narrow.reader.view.scroll].block,
        top_block
    );
}

#[test]
fn a_position_that_no_longer_exists_falls_back_without_panic() {
    let mut state = State::default();
    let course = amphi::course::load_bundled().unwrap();
    let p = amphi::progress::CourseProgress {
        position: Some(Position {
            module: course.modules[1].id.clone(),
            item: "renamed-away".into(),
            anchor: Anchor {
                block: 999,
                line: 999,
                hash: None,
            },
        }),
        ..Default::default()
    };
    state.courses.insert(course.info.id.clone(), p);
    let app = app_with(state, 80, 24);
    assert_eq!(app.nav.current, (1, 0));
    assert_eq!(app.reader.view.scroll, 0);
}

#[test]
fn an_anchor_past_the_end_is_clamped() {
    let mut state = State::default();
    let course = amphi::course::load_bundled().unwrap();
    let p = amphi::progress::CourseProgress {
        position: Some(Position {
            module: course.modules[0].id.clone(),
            item: course.modules[0].items[0].id().into(),
            anchor: Anchor {
                block: 10_000,
                line: 3,
                hash: None,
            },
        }),
        ..Default::default()
    };
    state.courses.insert(course.info.id.clone(), p);
    let app = app_with(state, 80, 24);
    assert_eq!(app.reader.view.scroll, app.reader.view.max_scroll());
}

#[test]
fn help_opens_and_any_key_closes_it_without_acting() {
    let mut app = app(80, 24);
    send(&mut app, &[Action::ToggleHelp]);
    assert_eq!(app.modals.overlay(), Some(amphi::app::Overlay::Help));
    assert_eq!(Mode::of(&app), Mode::Help);
    send(&mut app, &[Action::NextItem]);
    assert_eq!(app.modals.overlay(), None);
    assert_eq!(app.nav.current, (0, 0), "the key only closed the help");
}

#[test]
fn narrow_terminals_show_one_pane_and_keep_the_position() {
    let mut app = app(60, 20);
    assert!(app.areas().outline.is_empty());
    send(&mut app, &[Action::Scroll(4)]);
    let anchor = app.reader.view.anchor();
    send(&mut app, &[Action::SwitchFocus]);
    // The outline opens over the content, which stays laid out beneath.
    assert!(app.areas().outline_overlay && !app.areas().outline.is_empty());
    assert_eq!(app.areas().content.width, 60);
    send(&mut app, &[Action::SwitchFocus]);
    assert_eq!(app.reader.view.anchor(), anchor);
}

#[test]
fn every_item_kind_is_in_the_bundled_course() {
    let app = app(80, 24);
    for m in &app.course.modules {
        assert!(m.items.iter().any(|i| matches!(i, Item::Lesson(_))));
        // The final assessment is a quiz over the whole course: no interview of
        // its own.
        if m.id != "final-assessment" {
            assert!(m.items.iter().any(|i| matches!(i, Item::Interview(_))));
        }
        assert!(matches!(m.items.last(), Some(Item::Quiz(_))));
    }
}

#[test]
fn resizing_rewraps_without_losing_the_top_block() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::Scroll(20)]);
    let block = app.reader.view.rows[app.reader.view.scroll].block;
    update(&mut app, Action::Resize(70, 20));
    assert_eq!(app.reader.view.rows[app.reader.view.scroll].block, block);
    update(&mut app, Action::Resize(160, 30));
    assert_eq!(app.reader.view.rows[app.reader.view.scroll].block, block);
}

#[test]
fn quitting_mid_quiz_keeps_the_attempt_and_reopening_resumes_it() {
    let mut app = app(120, 40);
    let (qi, quiz) = app.course.modules[0].final_quiz().unwrap();
    let quiz = quiz.clone();
    let ordering = quiz
        .questions
        .iter()
        .position(|q| matches!(q.key, amphi::course::AnswerKey::Ordering { .. }))
        .unwrap();
    open_item(&mut app, 0, qi);
    let effects = send(&mut app, &[Action::Confirm]);
    assert_eq!(effects, vec![Effect::Save], "starting an attempt saves it");
    let shown_order = app.current_quiz().unwrap().1.session.shuffled[ordering].clone();
    for _ in 0..2 {
        answer_and_go_on(&mut app, true);
    }
    let answers_before = app.current_quiz().unwrap().1.session.answers.clone();
    send(&mut app, &[Action::Quit]);
    let card = render(
        &crate::common::app_with_card(app.state.clone(), 120, 40),
        120,
        40,
    );
    assert!(
        card.contains("Quiz in progress: question 3 of 8, 2 answered so far."),
        "{card}"
    );
    let key = format!("{}/{}", app.course.modules[0].id, quiz.id);
    let open = app.progress().open_attempts[&key].clone();
    assert_eq!(open.answers.len(), 2);
    assert_eq!(open.current, quiz.questions[2].id);
    assert_eq!(open.started_at, NOW);

    // The state goes through JSON, as it does through the state file.
    let json = serde_json::to_string(&app.state).unwrap();
    let state: amphi::progress::State = serde_json::from_str(&json).unwrap();
    let mut again = app_with(state, 120, 40);
    assert_eq!(again.nav.current, (0, qi));
    let (_, resumed) = again.current_quiz().unwrap();
    assert_eq!(resumed.stage, Stage::Asking);
    assert_eq!(resumed.session.current, 2);
    assert_eq!(resumed.session.answers, answers_before);
    assert_eq!(resumed.session.shuffled[ordering], shown_order);

    // Finishing the resumed attempt records every answer once.
    let n = quiz.questions.len();
    for _ in 2..n {
        answer_and_go_on(&mut again, true);
    }
    let attempt = again.progress().attempts.last().unwrap().clone();
    assert_eq!(attempt.answers.len(), n);
    assert!(attempt.passed);
    assert_eq!(attempt.started_at, NOW);
    assert!(again.progress().open_attempts.is_empty());
}

#[test]
fn a_stored_attempt_that_no_longer_fits_the_quiz_is_trimmed_on_resume() {
    let course = amphi::course::load_bundled().unwrap();
    let (qi, quiz) = course.modules[0].final_quiz().unwrap();
    let mut open = amphi::progress::OpenAttempt {
        started_at: 5,
        current: "removed-question".into(),
        ..Default::default()
    };
    // A response of the wrong shape for the first question, and one for a
    // question that no longer exists.
    open.answers.insert(
        quiz.questions[0].id.clone(),
        amphi::quiz::Response::Text("x".into()),
    );
    open.answers
        .insert("gone".into(), amphi::quiz::Response::Bool(true));
    let mut progress = amphi::progress::CourseProgress::default();
    progress
        .open_attempts
        .insert(format!("{}/{}", course.modules[0].id, quiz.id), open);
    progress.position = Some(Position {
        module: course.modules[0].id.clone(),
        item: quiz.id.clone(),
        anchor: Anchor::default(),
    });
    let mut state = State::default();
    state.courses.insert(course.info.id.clone(), progress);
    let app = app_with(state, 80, 24);
    assert_eq!(app.nav.current, (0, qi));
    let (_, resumed) = app.current_quiz().unwrap();
    assert_eq!(resumed.stage, Stage::Asking);
    assert_eq!(resumed.session.current, 0);
    assert!(resumed.session.answers.iter().all(Option::is_none));
}

#[test]
fn the_review_jumps_between_mistakes() {
    let mut app = app(80, 24);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    take_quiz(&mut app, false);
    let marks = app.reader.view.marks.clone();
    assert!(marks.len() >= 2, "several mistakes to jump between");
    let text_of = |app: &amphi::app::App, i: usize| -> String {
        app.reader.view.rows[i]
            .line
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect()
    };
    for &block in marks.iter().chain(marks.first()) {
        send(&mut app, &[Action::NextMark]);
        let first = app
            .reader
            .view
            .rows
            .iter()
            .position(|r| r.block == block && r.line.width() > 0)
            .unwrap();
        let shown =
            app.reader.view.scroll..app.reader.view.scroll + usize::from(app.reader.view.height);
        assert!(shown.contains(&first), "mistake block {block} is on screen");
        assert!(text_of(&app, first).starts_with('✗'));
        if first <= app.reader.view.max_scroll() {
            assert_eq!(app.reader.view.scroll, first, "the mistake is at the top");
        }
    }
}

#[test]
fn overlays_scroll_with_the_arrows_and_close_on_other_keys() {
    let mut app = app(40, 10);
    send(&mut app, &[Action::ToggleHelp]);
    let first = render(&app, 40, 10);
    assert!(
        !first.contains("quit (progress"),
        "the help is longer than 40x10"
    );
    for _ in 0..200 {
        send(&mut app, &[Action::Down]);
    }
    assert_eq!(
        app.modals.overlay(),
        Some(amphi::app::Overlay::Help),
        "arrows keep it open"
    );
    let last = render(&app, 40, 10);
    assert!(
        last.contains("quit (progress"),
        "the last key is reachable:\n{last}"
    );
    let bottom = app.modals.overlay_scroll();
    send(&mut app, &[Action::Up]);
    assert_eq!(
        app.modals.overlay_scroll(),
        bottom - 1,
        "scrolling back starts at once"
    );
    send(&mut app, &[Action::NextItem]);
    assert_eq!(app.modals.overlay(), None);
    assert_eq!(app.nav.current, (0, 0), "the closing key did nothing else");
}

#[test]
fn focus_mode_hides_the_outline_and_keeps_the_reading_position() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::Scroll(10)]);
    let anchor = app.reader.view.anchor();
    send(&mut app, &[Action::ToggleFocusMode]);
    assert!(app.settings.focus_mode);
    assert!(app.areas().outline.is_empty());
    assert_eq!(app.reader.view.anchor().block, anchor.block);
    let screen = render(&app, 120, 40);
    assert!(!screen.contains("Outline"), "{screen}");
    send(&mut app, &[Action::ToggleFocusMode]);
    assert!(!app.areas().outline.is_empty());
}

#[test]
fn wide_terminals_keep_lines_to_a_readable_measure() {
    let app = app(220, 50);
    assert_eq!(app.reader.view.width, amphi::app::layout::DEFAULT_MEASURE);
    assert!(app.reader.view.rows.iter().all(|r| r.line.width() <= 88));
}

#[test]
fn pasted_text_goes_into_a_short_answer_and_never_acts() {
    let mut app = app(120, 40);
    let (qi, quiz) = app.course.modules[0].final_quiz().unwrap();
    let short = quiz
        .questions
        .iter()
        .position(|q| matches!(q.key, amphi::course::AnswerKey::ShortAnswer { .. }))
        .unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    for _ in 0..short {
        answer_and_go_on(&mut app, true);
    }
    let effects = send(
        &mut app,
        &[Action::Paste("quite\nlong\tq answer\u{1b}".into())],
    );
    assert!(!effects.contains(&Effect::Quit));
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking, "a paste never submits");
    assert_eq!(state.field.text, "quite long q answer");
    // The caret edits in the middle of the answer.
    send(
        &mut app,
        &[
            Action::Caret(amphi::app::CaretMove::Home),
            Action::Input('a'),
            Action::Caret(amphi::app::CaretMove::End),
            Action::Backspace,
            Action::Caret(amphi::app::CaretMove::Left),
            Action::Delete,
        ],
    );
    assert_eq!(
        app.current_quiz().unwrap().1.field.text,
        "aquite long q answ"
    );
}

#[test]
fn every_module_quiz_can_be_passed_with_full_marks_through_the_keys() {
    for m in 0..app(100, 30).course.modules.len() {
        let mut app = app(100, 30);
        let (qi, _) = app.course.modules[m].final_quiz().unwrap();
        open_item(&mut app, m, qi);
        take_quiz(&mut app, true);
        let (quiz, state) = app.current_quiz().unwrap();
        let max: f64 = quiz.questions.iter().map(|q| q.weight).sum();
        match state.stage {
            Stage::Result { score, passed, .. } => {
                assert_eq!(score.points, max, "module {m}");
                assert!(passed);
            }
            other => panic!("module {m}: {other:?}"),
        }
    }
}

#[test]
fn wrong_answers_to_the_new_kinds_earn_nothing_and_hints_show_on_request() {
    let mut app = app(100, 30);
    let (qi, quiz) = app.course.modules[1].final_quiz().unwrap();
    let matching = quiz
        .questions
        .iter()
        .position(|q| matches!(q.key, amphi::course::AnswerKey::Matching { .. }))
        .unwrap();
    open_item(&mut app, 1, qi);
    send(&mut app, &[Action::Confirm]);
    for _ in 0..matching {
        answer_and_go_on(&mut app, true);
    }
    assert_eq!(app.current_quiz().unwrap().1.hints_shown(), 0);
    send(&mut app, &[Action::ShowHint]);
    assert_eq!(app.current_quiz().unwrap().1.hints_shown(), 1);
    assert!(render(&app, 100, 30).contains("Hint: Ask what each feature"));
    let a = answer_actions(&app, false);
    send(&mut app, &a);
    let (quiz, state) = app.current_quiz().unwrap();
    let answer = state.session.answers[matching].clone().unwrap();
    assert_eq!(
        amphi::quiz::points(quiz, &quiz.questions[matching], Some(&answer)),
        0.0
    );
}

/// The app with module 1's final quiz changed by `edit`, and that quiz open.
fn with_quiz_settings(edit: impl Fn(&mut amphi::course::Quiz)) -> amphi::app::App {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    if let Item::Quiz(q) = &mut app.course.modules[0].items[qi] {
        edit(q);
    }
    open_item(&mut app, 0, qi);
    app
}

#[test]
fn max_attempts_stops_a_retake_and_says_why() {
    let mut app = with_quiz_settings(|q| q.max_attempts = Some(1));
    assert!(render(&app, 120, 40).contains("Attempts allowed: 1 (1 left)."));
    take_quiz(&mut app, false);
    // The result screen offers no retake once every attempt is used.
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Not passed, and no attempts are left"),
        "{screen}"
    );
    assert!(!screen.contains("retake"), "{screen}");
    assert!(!screen.contains("R practise"), "{screen}");
    send(&mut app, &[Action::Retake]);
    let (_, state) = app.current_quiz().unwrap();
    assert!(
        matches!(state.stage, Stage::Result { .. }),
        "no new attempt"
    );
    assert!(app.notice.as_deref().unwrap().contains("No attempts left"));
    assert_eq!(app.progress().attempts.len(), 1);
}

#[test]
fn after_submit_goes_straight_on_and_shows_answers_in_the_review() {
    let mut app = with_quiz_settings(|q| {
        q.show_answers = amphi::course::ShowAnswers::AfterSubmit;
    });
    send(&mut app, &[Action::Confirm]);
    let a = answer_actions(&app, false);
    send(&mut app, &a);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking, "no feedback between questions");
    assert_eq!(state.session.current, 1);
    let n = app.current_quiz().unwrap().0.questions.len();
    for _ in 1..n {
        let a = answer_actions(&app, false);
        send(&mut app, &a);
    }
    let (_, state) = app.current_quiz().unwrap();
    assert!(matches!(state.stage, Stage::Result { passed: false, .. }));
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Right answer:"), "{screen}");
}

#[test]
fn after_pass_and_never_keep_right_answers_hidden() {
    for (setting, right, shows) in [
        (amphi::course::ShowAnswers::AfterPass, false, false),
        (amphi::course::ShowAnswers::Never, true, false),
        (amphi::course::ShowAnswers::Never, false, false),
    ] {
        let mut app = with_quiz_settings(|q| q.show_answers = setting);
        send(&mut app, &[Action::Confirm]);
        let n = app.current_quiz().unwrap().0.questions.len();
        for _ in 0..n {
            // Answer the first question wrong so there is something to reveal.
            let r = right && app.current_quiz().unwrap().1.session.current > 0;
            let a = answer_actions(&app, r);
            send(&mut app, &a);
        }
        let (_, state) = app.current_quiz().unwrap();
        assert!(matches!(state.stage, Stage::Result { .. }), "{setting:?}");
        let screen = render(&app, 120, 40);
        assert_eq!(
            screen.contains("Right answer:"),
            shows,
            "{setting:?}\n{screen}"
        );
    }
}

#[test]
fn practising_the_wrong_questions_asks_only_those_and_keeps_the_best_score() {
    let mut app = app(120, 40);
    let (qi, quiz) = app.course.modules[0].final_quiz().unwrap();
    let quiz = quiz.clone();
    let n = quiz.questions.len();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    // Right on the first question, wrong on the others.
    for k in 0..n {
        answer_and_go_on(&mut app, k == 0);
    }
    let best = app
        .progress()
        .best_percent(&app.course.modules[0].id, &quiz.id);
    send(&mut app, &[Action::RetakeWrong]);
    let (_, state) = app.current_quiz().unwrap();
    assert_eq!(state.stage, Stage::Asking);
    assert!(state.session.is_practice());
    assert_eq!(state.session.asked, (1..n).collect::<Vec<_>>());
    assert_eq!(state.session.current, 1, "starts at the first mistake");
    assert!(render(&app, 120, 40).contains(&format!("Practice · Question 1 of {}", n - 1)));
    for _ in 1..n {
        answer_and_go_on(&mut app, true);
    }
    let last = app.progress().attempts.last().unwrap().clone();
    assert!(last.practice);
    assert!(last.passed, "every practised question right");
    assert_eq!(last.answers.len(), n - 1);
    let module = app.course.modules[0].id.clone();
    assert_eq!(app.progress().best_percent(&module, &quiz.id), best);
    assert!(
        !app.progress().quiz_passed(&module, &quiz.id),
        "practice never passes a quiz"
    );
}

#[test]
fn nothing_is_laid_out_before_the_terminal_size_is_known() {
    // A huge first lesson wrapped at a made-up width of one column was millions of
    // rows at start-up (see docs/performance.md).
    let app = amphi::app::App::new(
        amphi::course::load_bundled().unwrap(),
        State::default(),
        amphi::theme::Theme::plain(),
    );
    assert!(app.reader.view.rows.is_empty());
    assert_eq!(app.reader.view.width, 0);
}

#[test]
fn reopening_shows_where_you_were_until_any_key() {
    let mut first = app(120, 40);
    open_item(&mut first, 0, 1);
    send(&mut first, &[Action::Scroll(7)]);
    let (qi, _) = first.course.modules[0].final_quiz().unwrap();
    // A finished attempt elsewhere, to be reported on the card.
    open_item(&mut first, 0, qi);
    take_quiz(&mut first, false);
    open_item(&mut first, 0, 1);
    send(&mut first, &[Action::Scroll(7)]);
    send(&mut first, &[Action::Quit]);
    let top: String = first.reader.view.rows[first.reader.view.scroll + 1]
        .line
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect();

    let mut again = crate::common::app_with_card(first.state.clone(), 120, 40);
    assert_eq!(again.modals.overlay(), Some(amphi::app::Overlay::Resume));
    let card = render(&again, 120, 40);
    assert!(card.contains("Welcome back"), "{card}");
    assert!(card.contains(&format!(
        "You were on: {}",
        again.course.modules[0].items[1].title()
    )));
    assert!(
        card.contains("Last quiz: The exponential web › Check your understanding · 0 %")
            && card.contains("not passed"),
        "{card}"
    );
    assert!(card.contains("Up next:"), "{card}");
    let words: Vec<&str> = top.split_whitespace().take(3).collect();
    // Spaces folded: a list item's bullet is followed by two.
    let flat = card.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&words.join(" ")),
        "the last lines read: {words:?}\n{card}"
    );
    // The key that dismisses the card does nothing else.
    send(&mut again, &[Action::NextItem]);
    assert_eq!(again.modals.overlay(), None);
    assert_eq!(again.nav.current, (0, 1));

    // A first visit shows no card.
    assert_eq!(app(80, 24).modals.overlay(), None);
}

#[test]
fn shuffled_quizzes_keep_their_order_through_resume_and_review() {
    let mut app = with_quiz_settings(|q| {
        q.shuffle = true;
        for question in &mut q.questions {
            question.shuffle = true;
        }
    });
    send(&mut app, &[Action::Confirm]);
    let (quiz, state) = app.current_quiz().unwrap();
    let quiz = quiz.clone();
    let asked = state.session.asked.clone();
    let mut sorted = asked.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..quiz.questions.len()).collect::<Vec<_>>());
    assert_eq!(
        state.session.current, asked[0],
        "starts with the first shuffled question"
    );

    // A shuffled single choice: the digit picks the choice shown on that row.
    let first = &quiz.questions[asked[0]];
    if let amphi::course::AnswerKey::SingleChoice { .. } = first.key {
        send(&mut app, &[Action::Choose(1)]);
        let state = app.current_quiz().unwrap().1;
        assert_eq!(
            state.picked.iter().copied().collect::<Vec<_>>(),
            vec![state.shown(0)]
        );
    }
    // Answer two questions right, then quit and come back.
    send(&mut app, &[Action::Confirm]);
    answer_and_go_on(&mut app, true);
    let a = answer_actions(&app, true);
    send(&mut app, &a);
    send(&mut app, &[Action::Confirm, Action::Quit]);
    let json = serde_json::to_string(&app.state).unwrap();
    let state: amphi::progress::State = serde_json::from_str(&json).unwrap();
    let mut again = app_with(state, 120, 40);
    let (_, resumed) = again.current_quiz().unwrap();
    assert_eq!(
        resumed.session.asked, asked,
        "the same order after resuming"
    );
    assert!(!resumed.session.is_practice());
    let n = quiz.questions.len();
    while !matches!(again.current_quiz().unwrap().1.stage, Stage::Result { .. }) {
        answer_and_go_on(&mut again, true);
    }
    let attempt = again.progress().attempts.last().unwrap().clone();
    assert_eq!(attempt.answers.len(), n);
    assert!(!attempt.practice);
    // Every question but the first (picked blindly on row 1) was answered right
    // through the shuffled rows.
    let wrong: Vec<&str> = attempt
        .answers
        .iter()
        .filter(|a| !a.correct)
        .map(|a| a.question.as_str())
        .collect();
    assert!(
        wrong.iter().all(|id| *id == quiz.questions[asked[0]].id),
        "{wrong:?}"
    );
    // The review follows the order the questions were asked in.
    let screen = render(&again, 120, 40);
    let first_prompt: String = quiz.questions[asked[0]].prompt.chars().take(30).collect();
    assert!(screen.contains(&format!("1. {first_prompt}")), "{screen}");
}

#[test]
fn up_next_after_a_passed_quiz_is_the_module_s_first_unread_lesson() {
    let mut first = app(120, 40);
    let (qi, _) = first.course.modules[0].final_quiz().unwrap();
    // Straight to the end-of-module quiz, passed, without reading the lessons.
    open_item(&mut first, 0, qi);
    take_quiz(&mut first, true);
    send(&mut first, &[Action::Quit]);
    assert!(
        first.progress().read.is_empty(),
        "no lesson read: {:?}",
        first.progress().read
    );
    let again = crate::common::app_with_card(first.state.clone(), 120, 40);
    let card = render(&again, 120, 40);
    let lesson = again.course.modules[0].items[0].title();
    assert!(
        card.contains(&format!("Up next: {lesson} (module 1)")),
        "the first unread lesson of module 1, not module 2:\n{card}"
    );
}

/// The text of row `i` of `app`'s open item.
fn row_text(app: &amphi::app::App, i: usize) -> String {
    app.reader.view.rows[i]
        .line
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect()
}

#[test]
fn paragraphs_added_above_the_saved_place_do_not_move_the_reader() {
    let mut first = app(120, 40);
    send(&mut first, &[Action::Scroll(12)]);
    // The first row shown is a line of text (not the blank row between blocks).
    while row_text(&first, first.reader.view.scroll).trim().is_empty() {
        send(&mut first, &[Action::Down]);
    }
    let top = row_text(&first, first.reader.view.scroll);
    send(&mut first, &[Action::Quit]);
    let saved = first.progress().position.clone().unwrap();
    assert!(
        saved.anchor.hash.is_some(),
        "the block's text hash is saved"
    );
    // It survives the state file.
    let json = serde_json::to_string(&first.state).unwrap();
    let state: State = serde_json::from_str(&json).unwrap();
    assert_eq!(state, first.state);

    // The author adds two paragraphs at the top of the lesson.
    let mut course = amphi::course::load_bundled().unwrap();
    let Item::Lesson(lesson) = &mut course.modules[0].items[0] else {
        panic!("the first item is a lesson");
    };
    lesson.body = format!(
        "A paragraph added since.\n\nAnd another one, longer than the first.\n\n{}",
        lesson.body
    );
    let mut again = amphi::app::App::new(course, state, amphi::theme::Theme::plain());
    update(&mut again, Action::Resize(120, 40));
    assert_eq!(
        row_text(&again, again.reader.view.scroll),
        top,
        "the same line at the top"
    );
    let card = render(&again, 120, 40);
    let words: Vec<&str> = top.split_whitespace().take(4).collect();
    assert!(
        card.contains(&words.join(" ")),
        "the card quotes the line read: {words:?}\n{card}"
    );

    // A position saved before the hash existed resumes by the block's index.
    let mut old = first.state.clone();
    let id = old.courses.keys().next().unwrap().clone();
    let position = old.courses.get_mut(&id).unwrap().position.as_mut().unwrap();
    position.anchor.hash = None;
    let course = amphi::course::load_bundled().unwrap();
    let mut plain = amphi::app::App::new(course, old, amphi::theme::Theme::plain());
    update(&mut plain, Action::Resize(120, 40));
    assert_eq!(row_text(&plain, plain.reader.view.scroll), top);
}
