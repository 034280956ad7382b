//! The course picker: keys to actions, `update_picker`, the event loop with
//! scripted events, and its screens (insta snapshots through `TestBackend` at
//! 80×24 and 120×40; no size panics).

use amphi::app::picker::{
    Picker, PickerAction, PickerEntry, PickerOutcome, picker_action_for_event, update_picker,
};
use amphi::library::{Entry, Source, Summary};
use amphi::progress::{CourseProgress, State};
use amphi::theme::Theme;
use amphi::tui::run_picker;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn entry(
    id: &str,
    source: &'static str,
    title: &str,
    percent: u32,
    last: Option<u64>,
) -> PickerEntry {
    PickerEntry {
        id: id.into(),
        source,
        summary: Summary {
            title: title.into(),
            percent: Some(percent),
            quizzes: (percent as usize / 20, 5),
            last_studied: last,
        },
        problem: None,
    }
}

/// Three courses, as `amphi` shows them: the bundled one studied, an installed
/// one never opened, a linked one whose folder has gone.
fn picker() -> Picker {
    let mut broken = entry("ghost", "linked", "ghost", 0, None);
    broken.summary.percent = None;
    broken.problem = Some("the folder /home/me/courses/ghost is gone".into());
    Picker::new(
        vec![
            entry(
                "sociology-of-the-web",
                "bundled",
                "Sociology of the Web — Civilisation 2.0 and Collective Intelligence",
                40,
                Some(crate::common::NOW),
            ),
            entry(
                "tea",
                "installed",
                "Brewing tea",
                100,
                Some(crate::common::NOW - 86_400 * 3),
            ),
            broken,
        ],
        Theme::plain(),
    )
}

fn render(picker: &Picker, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| amphi::ui::picker::draw(f, picker))
        .unwrap();
    crate::common::screen_text(terminal.backend().buffer())
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn keys_map_to_picker_actions() {
    let cases = [
        (KeyCode::Down, PickerAction::Down),
        (KeyCode::Char('j'), PickerAction::Down),
        (KeyCode::Up, PickerAction::Up),
        (KeyCode::Char('k'), PickerAction::Up),
        (KeyCode::Home, PickerAction::Top),
        (KeyCode::Char('G'), PickerAction::Bottom),
        (KeyCode::Enter, PickerAction::Open),
        (KeyCode::Char('q'), PickerAction::Quit),
        (KeyCode::Esc, PickerAction::Quit),
    ];
    for (code, action) in cases {
        assert_eq!(
            picker_action_for_event(&key(code)),
            Some(action),
            "{code:?}"
        );
    }
    assert_eq!(picker_action_for_event(&key(KeyCode::Char('x'))), None);
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(picker_action_for_event(&ctrl_c), Some(PickerAction::Quit));
}

#[test]
fn the_course_studied_last_is_selected_at_first() {
    let mut entries = picker().entries;
    assert_eq!(Picker::new(entries.clone(), Theme::plain()).selected, 0);
    entries[1].summary.last_studied = Some(crate::common::NOW + 1);
    assert_eq!(Picker::new(entries.clone(), Theme::plain()).selected, 1);
    for e in &mut entries {
        e.summary.last_studied = None;
    }
    assert_eq!(
        Picker::new(entries, Theme::plain()).selected,
        0,
        "none studied"
    );
}

#[test]
fn moving_stays_within_the_list_and_enter_opens_the_selected_course() {
    let mut p = picker();
    assert_eq!(update_picker(&mut p, PickerAction::Up), PickerOutcome::Stay);
    assert_eq!(p.selected, 0);
    update_picker(&mut p, PickerAction::Down);
    assert_eq!(p.selected, 1);
    assert_eq!(
        update_picker(&mut p, PickerAction::Open),
        PickerOutcome::Open(1)
    );
    update_picker(&mut p, PickerAction::Bottom);
    update_picker(&mut p, PickerAction::Down);
    assert_eq!(p.selected, 2);
    update_picker(&mut p, PickerAction::Top);
    assert_eq!(p.selected, 0);
    assert_eq!(
        update_picker(&mut p, PickerAction::Quit),
        PickerOutcome::Quit
    );
}

#[test]
fn a_course_that_cannot_be_opened_says_why_and_stays() {
    let mut p = picker();
    update_picker(&mut p, PickerAction::Bottom);
    assert_eq!(
        update_picker(&mut p, PickerAction::Open),
        PickerOutcome::Stay
    );
    let notice = p.notice.clone().expect("a notice");
    assert!(
        notice.contains("Cannot open `ghost`") && notice.contains("is gone"),
        "{notice}"
    );
    let screen = render(&p, 80, 24);
    assert!(
        screen
            .lines()
            .last()
            .unwrap()
            .contains("Cannot open `ghost`"),
        "{screen}"
    );
    update_picker(&mut p, PickerAction::Up);
    assert_eq!(p.notice, None, "the next key clears it");
}

#[test]
fn the_event_loop_returns_the_course_chosen_or_none_on_quit() {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let events = [key(KeyCode::Char('j')), key(KeyCode::Enter)].map(Ok);
    let mut p = picker();
    assert_eq!(run_picker(&mut terminal, &mut p, events).unwrap(), Some(1));
    let mut p = picker();
    let events = [key(KeyCode::Down), key(KeyCode::Char('q'))].map(Ok);
    assert_eq!(run_picker(&mut terminal, &mut p, events).unwrap(), None);
    let mut p = picker();
    assert_eq!(
        run_picker(&mut terminal, &mut p, []).unwrap(),
        None,
        "events end"
    );
}

#[test]
fn entries_sum_up_the_progress_of_their_course() {
    let course = amphi::course::load_bundled().unwrap();
    let module = course.modules[0].id.clone();
    let item = course.modules[0].items[0].id().to_string();
    let mut progress = CourseProgress::default();
    progress.mark_read(&module, &item, crate::common::NOW);
    let mut state = State::default();
    state.courses.insert(course.info.id.clone(), progress);
    let total = course.item_count();
    let lib_entry = Entry {
        id: course.info.id.clone(),
        source: Source::Bundled,
        course: Ok(course),
        edition_title: None,
    };
    let e = PickerEntry::new(&lib_entry, &state);
    assert_eq!(e.source, "bundled");
    assert_eq!(e.summary.percent, Some((100 / total) as u32));
    assert_eq!(e.summary.quizzes, (0, 6));
    assert_eq!(e.summary.last_studied, Some(crate::common::NOW));
    assert_eq!(e.problem, None);
}

#[test]
fn picker_at_80x24() {
    let mut p = picker();
    update_picker(&mut p, PickerAction::Down);
    insta::assert_snapshot!(render(&p, 80, 24));
}

#[test]
fn picker_at_120x40() {
    insta::assert_snapshot!(render(&picker(), 120, 40));
}

#[test]
fn the_selected_course_stays_visible_in_a_long_list() {
    let mut p = Picker::new(
        (0..30)
            .map(|i| {
                entry(
                    &format!("c{i}"),
                    "installed",
                    &format!("Course number {i}"),
                    0,
                    None,
                )
            })
            .collect(),
        Theme::plain(),
    );
    update_picker(&mut p, PickerAction::Bottom);
    let screen = render(&p, 80, 24);
    assert!(screen.contains("› Course number 29"), "{screen}");
    assert!(screen.contains("30 of 30"), "{screen}");
    assert!(!screen.contains("Course number 0 "), "{screen}");
}

#[test]
fn no_size_panics_and_tiny_terminals_say_so() {
    let p = picker();
    for w in 0..=40 {
        for h in 0..=10 {
            render(&p, w, h);
        }
    }
    assert!(render(&p, 20, 5).contains("Terminal too small"));
    assert!(
        render(&p, 30, 6).contains("› Sociology"),
        "the smallest drawn size shows the selected course"
    );
}

#[test]
fn picker_in_french_at_80x24_and_120x40() {
    let mut p = picker();
    p.language = amphi::i18n::Language::Fr;
    let small = render(&p, 80, 24);
    assert!(small.contains("Choisir un cours"), "{small}");
    insta::assert_snapshot!("picker_fr_80x24", small);
    insta::assert_snapshot!("picker_fr_120x40", render(&p, 120, 40));
}
