//! Plain mode: no box drawing, no colour, one column, and every state change
//! said in words on the last line.

use crate::common::{answer_actions, open_item, send};
use amphi::app::{Action, App, update};
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn plain_app(w: u16, h: u16) -> App {
    let course = amphi::course::load_bundled().unwrap();
    let mut app = App::new(course, State::default(), Theme::plain());
    app.settings.plain = true;
    update(&mut app, Action::Resize(w, h));
    app
}

fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| amphi::ui::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

fn status_line(app: &App, w: u16, h: u16) -> String {
    let text = crate::common::screen_text(&draw(app, w, h));
    text.lines().last().unwrap().trim_end().to_string()
}

/// No box-drawing character and no colour anywhere on the screen.
fn assert_plain(buffer: &Buffer) {
    for cell in buffer.content() {
        let c = cell.symbol().chars().next().unwrap_or(' ');
        assert!(
            !('\u{2500}'..='\u{257f}').contains(&c),
            "box drawing {c:?} in:\n{}",
            crate::common::screen_text(buffer)
        );
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

#[test]
fn a_lesson_is_one_linear_column() {
    let app = plain_app(80, 24);
    let buffer = draw(&app, 80, 24);
    assert_plain(&buffer);
    let screen = crate::common::screen_text(&buffer);
    let first = screen.lines().next().unwrap();
    assert!(first.starts_with("Lesson: "), "{first}");
    assert!(
        screen
            .lines()
            .nth(1)
            .unwrap()
            .starts_with(app.course.modules[0].items[0].title()),
        "the text starts at column 0:\n{screen}"
    );
    insta::assert_snapshot!("plain_lesson_80x24", screen);
    assert!(status_line(&app, 80, 24).starts_with("Module 1 item 1 of "));
}

#[test]
fn the_outline_is_a_list_in_words() {
    let mut app = plain_app(80, 24);
    send(&mut app, &[Action::FocusOutline]);
    let buffer = draw(&app, 80, 24);
    assert_plain(&buffer);
    let screen = crate::common::screen_text(&buffer);
    assert!(screen.contains("Module 1: "), "{screen}");
    assert!(
        screen.contains("> Lesson: "),
        "the selection is marked:\n{screen}"
    );
    assert!(
        screen.contains("(unread, open, about 4 min to read)"),
        "{screen}"
    );
    assert!(
        screen.contains("(0 of 5 done, about 9 min to read)"),
        "a module's reading time:\n{screen}"
    );
    assert!(status_line(&app, 80, 24).starts_with("Outline: item 1 of "));
    insta::assert_snapshot!("plain_outline_80x24", screen);
}

#[test]
fn quiz_changes_are_said_in_words() {
    let mut app = plain_app(80, 24);
    let (qi, quiz) = app.course.modules[0].final_quiz().unwrap();
    let n = quiz.questions.len();
    open_item(&mut app, 0, qi);
    assert!(status_line(&app, 80, 24).starts_with(&format!("Quiz, {n} questions")));
    send(&mut app, &[Action::Confirm]);
    assert!(
        status_line(&app, 80, 24).starts_with(&format!("Question 1 of {n}.")),
        "{}",
        status_line(&app, 80, 24)
    );
    let wrong = answer_actions(&app, false);
    send(&mut app, &wrong);
    let status = status_line(&app, 80, 24);
    assert!(
        status.starts_with(&format!("Question 1 of {n}. Answer recorded: wrong.")),
        "{status}"
    );
    assert_plain(&draw(&app, 80, 24));
    send(&mut app, &[Action::Confirm]);
    let right = answer_actions(&app, true);
    send(&mut app, &right);
    let status = status_line(&app, 80, 24);
    assert!(
        status.starts_with(&format!("Question 2 of {n}. Answer recorded: right.")),
        "{status}"
    );
}

#[test]
fn overlays_and_tiny_terminals_stay_plain() {
    let mut app = plain_app(60, 16);
    send(&mut app, &[Action::ToggleHelp]);
    let buffer = draw(&app, 60, 16);
    assert_plain(&buffer);
    assert!(status_line(&app, 60, 16).contains("Any key closes it"));
    let mut tiny = plain_app(12, 3);
    update(&mut tiny, Action::Down);
    let screen = crate::common::screen_text(&draw(&tiny, 12, 3));
    assert!(screen.contains("Terminal"), "{screen}");
}

#[test]
fn term_dumb_chooses_plain_mode() {
    assert!(amphi::cli::plain_wanted(false, Some("dumb")));
    assert!(amphi::cli::plain_wanted(true, Some("xterm-256color")));
    assert!(!amphi::cli::plain_wanted(false, Some("xterm-256color")));
    assert!(!amphi::cli::plain_wanted(false, None));
    use clap::Parser;
    let cli = amphi::cli::Cli::try_parse_from(["amphi", "--plain"]).unwrap();
    assert!(cli.plain);
}

/// The rows of the spoken line on `screen` (the status area of `app`), joined
/// with spaces.
fn spoken_on_screen(app: &App, w: u16, h: u16) -> String {
    let screen = crate::common::screen_text(&draw(app, w, h));
    let status = app.areas().status;
    let rows: Vec<&str> = screen
        .lines()
        .skip(usize::from(status.y))
        .take(usize::from(status.height))
        .map(str::trim_end)
        .collect();
    rows.join(" ").trim().to_string()
}

#[test]
fn the_spoken_line_wraps_whole_and_the_text_gives_it_room() {
    for w in [20u16, 28, 40, 60, 80] {
        let mut app = plain_app(w, 16);
        // Reading, in the outline, in a quiz's feedback, with a notice.
        let mut states: Vec<Vec<Action>> = vec![vec![], vec![Action::FocusOutline]];
        states.push(vec![Action::Back]);
        for actions in states {
            send(&mut app, &actions);
            let spoken = amphi::app::spoken::status(&app);
            assert_eq!(
                spoken_on_screen(&app, w, 16),
                spoken,
                "whole at {w} columns"
            );
            let status = app.areas().status;
            assert_eq!(status.bottom(), 16);
            assert_eq!(
                app.areas().text.bottom(),
                status.y,
                "the text ends where the spoken line starts"
            );
            if app.nav.focus == amphi::app::Focus::Content {
                assert_eq!(app.reader.view.height, app.areas().text.height, "at {w}");
            }
        }
        let (quiz, _) = app.course.modules[0].final_quiz().unwrap();
        open_item(&mut app, 0, quiz);
        send(&mut app, &[Action::Confirm]);
        let wrong = answer_actions(&app, false);
        send(&mut app, &wrong);
        let spoken = amphi::app::spoken::status(&app);
        assert!(spoken.contains("Answer recorded: wrong."), "{spoken}");
        assert_eq!(spoken_on_screen(&app, w, 16), spoken, "at {w} columns");
        assert_eq!(app.reader.view.height, app.areas().text.height, "at {w}");
        app.notice = Some(
            "A notice long enough to need more than one row of a narrow screen, said whole.".into(),
        );
        assert_eq!(
            spoken_on_screen(&app, w, 16),
            amphi::app::spoken::status(&app),
            "a notice at {w} columns"
        );
    }
}

/// The screen of `app` in plain mode, checked plain, with its spoken line.
fn plain_screen(app: &App) -> (String, String) {
    let buffer = draw(app, 80, 24);
    assert_plain(&buffer);
    let screen = crate::common::screen_text(&buffer);
    (screen, spoken_on_screen(app, 80, 24))
}

#[test]
fn the_search_panel_is_a_list_in_words() {
    let mut app = plain_app(80, 24);
    send(&mut app, &[Action::OpenSearch]);
    for c in "web".chars() {
        update(&mut app, Action::Input(c));
    }
    let (screen, spoken) = plain_screen(&app);
    assert!(screen.contains("Search: web"), "{screen}");
    assert!(
        screen.contains("\n> "),
        "the selected hit is marked:\n{screen}"
    );
    assert!(spoken.starts_with("Search: "), "{spoken}");
    assert!(spoken.contains("Esc closes"), "{spoken}");
}

#[test]
fn the_glossary_is_a_list_in_words() {
    let mut app = plain_app(80, 24);
    send(&mut app, &[Action::OpenGlossary, Action::Down]);
    let order = app.glossary.order();
    let second = &app.course.glossary[order[1]];
    let (screen, spoken) = plain_screen(&app);
    let n = app.course.glossary.len();
    assert!(
        screen.contains(&format!("Glossary, {n} terms:")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("> {}", second.term)),
        "the selected term is marked:\n{screen}"
    );
    let first_words: String = second
        .definition
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(screen.contains(&first_words), "its definition:\n{screen}");
    assert_eq!(
        spoken,
        format!(
            "Glossary: term 2 of {n}, {}. Enter lists where it is used, Esc closes.",
            second.term
        )
    );
}

#[test]
fn the_bookmarks_list_is_in_words() {
    let mut app = plain_app(80, 24);
    send(&mut app, &[Action::OpenBookmarks]);
    let (screen, spoken) = plain_screen(&app);
    assert!(screen.contains("Bookmarks, 0:"), "{screen}");
    assert!(screen.contains("No bookmarks yet"), "{screen}");
    assert_eq!(spoken, "Bookmarks: none yet. Esc closes.");
    send(&mut app, &[Action::Back, Action::AddBookmark]);
    send(&mut app, &[Action::OpenBookmarks]);
    let (screen, spoken) = plain_screen(&app);
    let label = app.progress().bookmarks[0].label.clone();
    assert!(
        screen.contains(&format!("> 1.1 {label}")),
        "place and label, marked:\n{screen}"
    );
    assert_eq!(
        spoken,
        "Bookmarks: 1 of 1. Enter jumps, d deletes, Esc closes."
    );
}

#[test]
fn the_note_editor_shows_the_text_as_typed() {
    let mut app = plain_app(80, 24);
    send(&mut app, &[Action::EditNote]);
    for c in "first".chars() {
        update(&mut app, Action::Input(c));
    }
    send(&mut app, &[Action::Confirm]);
    for c in "second".chars() {
        update(&mut app, Action::Input(c));
    }
    let title = app.current_item().unwrap().title().to_string();
    let (screen, spoken) = plain_screen(&app);
    assert!(screen.contains(&format!("Note on {title}:")), "{screen}");
    assert!(screen.contains("\nfirst"), "{screen}");
    assert!(screen.contains("\nsecond"), "{screen}");
    assert_eq!(
        spoken,
        format!("Note on {title}: line 2 of 2, column 7. Esc saves and closes.")
    );
}

#[test]
fn a_reload_error_is_shown_and_said() {
    use amphi::app::Reloaded;
    use amphi::course::{Problem, Report};
    let mut app = plain_app(80, 24);
    let report = Report {
        problems: vec![Problem::new("course/course.yaml", "title: missing").at(Some((2, 1)))],
    };
    update(&mut app, Action::Reload(Reloaded(Box::new(Err(report)))));
    let (screen, spoken) = plain_screen(&app);
    assert!(
        screen.contains("Not reloaded: the course has errors"),
        "{screen}"
    );
    assert!(
        screen.contains("course/course.yaml:2:1: title: missing"),
        "{screen}"
    );
    assert!(
        spoken.starts_with(
            "Course not reloaded: 1 problem, the last good version is shown. Module 1 item 1"
        ),
        "{spoken}"
    );
}

#[test]
fn a_review_session_is_named_and_said() {
    let mut app = plain_app(80, 24);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    let n = app.current_quiz().unwrap().0.questions.len();
    for k in 0..n {
        let answer = answer_actions(&app, k != 0);
        send(&mut app, &answer);
        send(&mut app, &[Action::Confirm]);
    }
    send(&mut app, &[Action::StartReview]);
    assert!(app.modals.review().is_some());
    let (screen, spoken) = plain_screen(&app);
    assert!(
        screen.starts_with("Review: Review · 1 question due — "),
        "{screen}"
    );
    assert!(spoken.starts_with("Question 1 of 1."), "{spoken}");
}
