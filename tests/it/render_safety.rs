//! Drawing never panics, at any size, and never draws outside the frame: a quick
//! sweep of small sizes, and the resize storm (every screen at every size from 1x1
//! to 200x60, stepped).

use crate::common::*;
use amphi::app::{Action, App, update};
use amphi::course::Item;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[test]
fn every_screen_draws_at_every_small_size_without_panic() {
    type Setup = Box<dyn Fn(&mut App)>;
    let screens: Vec<Setup> = vec![
        Box::new(|_| {}),
        Box::new(|a| {
            send(a, &[Action::FocusOutline]);
        }),
        Box::new(|a| {
            send(a, &[Action::ToggleHelp]);
        }),
        Box::new(|a| {
            send(a, &[Action::ToggleAbout]);
        }),
        Box::new(|a| {
            let (qi, _) = a.course.modules[0].final_quiz().unwrap();
            open_item(a, 0, qi);
            send(a, &[Action::Confirm]);
        }),
        // Every modal, in the panes and in plain mode.
        Box::new(|a| {
            send(a, &[Action::OpenSearch, Action::Input('w')]);
        }),
        Box::new(|a| {
            send(a, &[Action::OpenGlossary]);
        }),
        Box::new(|a| {
            send(a, &[Action::AddBookmark, Action::OpenBookmarks]);
        }),
        Box::new(|a| {
            send(a, &[Action::EditNote, Action::Input('x')]);
        }),
        Box::new(|a| {
            let problem = amphi::course::Problem::new("course/course.yaml", "title: missing");
            let report = amphi::course::Report {
                problems: vec![problem; 6],
            };
            let reloaded = amphi::app::Reloaded(Box::new(Err(report)));
            send(a, &[Action::Reload(reloaded)]);
        }),
    ];
    for (screen, plain) in screens
        .iter()
        .flat_map(|s| [false, true].map(|plain| (s, plain)))
    {
        let mut app = app(80, 24);
        app.settings.plain = plain;
        screen(&mut app);
        for w in (0..=130u16).step_by(3).chain([1, 2, 39, 40, 41, 69, 70]) {
            for h in (0..=45u16).step_by(4).chain([1, 2, 9, 10, 11]) {
                update(&mut app, Action::Resize(w, h));
                let _ = render(&app, w, h);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Resize storm

/// The sizes of the storm, about 550: every combination of the small and boundary
/// sizes (all of 1..=12 in each dimension, the layout's breakpoints 39/40/41 and
/// 69/70/71, and the largest, 200 and 60), then every other width from 13 to 200
/// and every other height from 13 to 60 once each, paired with heights (widths)
/// taken in turn from a few short, usual and tall ones. (Every pair of the full
/// 200x60 grid, times 17 screens, would take minutes in a debug build.)
fn storm_sizes() -> Vec<(u16, u16)> {
    let key_widths: Vec<u16> = (1..=12).chain([39, 40, 41, 69, 70, 71, 200]).collect();
    let key_heights: Vec<u16> = (1..=12).chain([39, 40, 41, 60]).collect();
    let mut sizes: Vec<(u16, u16)> = Vec::new();
    for &w in &key_widths {
        for &h in &key_heights {
            sizes.push((w, h));
        }
    }
    let some_heights = [3, 24, 60, 13, 7, 41, 1, 33];
    for (n, w) in (13..=200).enumerate() {
        sizes.push((w, some_heights[n % some_heights.len()]));
    }
    let some_widths = [5, 80, 200, 41, 1, 120];
    for (n, h) in (13..=60).enumerate() {
        sizes.push((some_widths[n % some_widths.len()], h));
    }
    sizes.sort_unstable();
    sizes.dedup();
    sizes
}

/// Resizes `app` to every size of [`storm_sizes`] and draws it each time.
///
/// A panic anywhere in layout or drawing fails the test. Nothing can be written
/// outside the frame: ratatui's `Buffer` holds exactly width × height cells, and
/// indexing it at a position outside its area (`buf[(x, y)]`, which widgets and
/// `set_string` use) panics ("index outside of buffer"), while the non-panicking
/// accessors (`cell_mut`) return `None`. So a write outside the buffer shows up
/// here as a panic, and the checks below also confirm each frame kept its size.
fn storm(app: &mut App, sizes: &[(u16, u16)], what: &str) {
    for &(w, h) in sizes {
        update(app, Action::Resize(w, h));
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
        let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            terminal
                .draw(|f| amphi::ui::draw(f, app))
                .expect("draw into a test backend");
        }));
        assert!(drawn.is_ok(), "{what}: drawing at {w}x{h} panicked");
        let area = terminal.backend().buffer().area;
        assert_eq!((area.width, area.height), (w, h), "{what} at {w}x{h}");
    }
}

/// The first place of each question kind in the course: (module, item, question).
fn one_question_of_each_kind(app: &App) -> Vec<(&'static str, usize, usize, usize)> {
    let mut found: Vec<(&'static str, usize, usize, usize)> = Vec::new();
    for (m, module) in app.course.modules.iter().enumerate() {
        for (i, item) in module.items.iter().enumerate() {
            let Item::Quiz(quiz) = item else { continue };
            for (q, question) in quiz.questions.iter().enumerate() {
                let kind = question.key.kind();
                if !found.iter().any(|f| f.0 == kind) {
                    found.push((kind, m, i, q));
                }
            }
        }
    }
    found
}

/// Opens quiz `m`/`i`, starts it and answers questions right up to question `q`,
/// which is left asked (or, with `answer`, answered wrong: its feedback).
fn reach_question(app: &mut App, m: usize, i: usize, q: usize, answer: bool) {
    open_item(app, m, i);
    send(app, &[Action::Confirm]);
    for _ in 0..q {
        let actions = answer_actions(app, true);
        send(app, &actions);
        send(app, &[Action::Confirm]);
    }
    if answer {
        let actions = answer_actions(app, false);
        send(app, &actions);
    }
}

fn first_of(app: &App, kind: &str) -> (usize, usize) {
    app.course
        .modules
        .iter()
        .enumerate()
        .find_map(|(m, module)| {
            let i = module.items.iter().position(|it| it.kind() == kind)?;
            Some((m, i))
        })
        .unwrap_or_else(|| panic!("the bundled course has no {kind}"))
}

#[test]
fn resize_storm_every_screen_at_every_size() {
    type Setup = Box<dyn Fn(&mut App)>;
    let probe = app(80, 24);
    let (lm, li) = first_of(&probe, "lesson");
    let (im, ii) = first_of(&probe, "interview");
    let (qm, qi) = first_of(&probe, "quiz");
    let mut screens: Vec<(String, Setup)> = vec![
        ("lesson".into(), Box::new(move |a| open_item(a, lm, li))),
        ("interview".into(), Box::new(move |a| open_item(a, im, ii))),
        ("quiz intro".into(), Box::new(move |a| open_item(a, qm, qi))),
        (
            "feedback".into(),
            Box::new(move |a| reach_question(a, qm, qi, 0, true)),
        ),
        (
            "result".into(),
            Box::new(move |a| {
                open_item(a, qm, qi);
                take_quiz(a, false);
            }),
        ),
        (
            "help".into(),
            Box::new(|a| {
                send(a, &[Action::ToggleHelp]);
            }),
        ),
        (
            "about".into(),
            Box::new(|a| {
                send(a, &[Action::ToggleAbout]);
            }),
        ),
        (
            "outline focused".into(),
            Box::new(|a| {
                send(a, &[Action::FocusOutline, Action::Down]);
            }),
        ),
        (
            "focus mode".into(),
            Box::new(move |a| {
                open_item(a, lm, li);
                send(a, &[Action::ToggleFocusMode]);
            }),
        ),
    ];
    let kinds = one_question_of_each_kind(&probe);
    for &(kind, m, i, q) in &kinds {
        screens.push((
            format!("{kind} question"),
            Box::new(move |a| reach_question(a, m, i, q, false)),
        ));
    }
    for kind in [
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
    ] {
        assert!(
            kinds.iter().any(|k| k.0 == kind),
            "the bundled course has no {kind} question"
        );
    }

    let sizes = storm_sizes();
    for (w, h) in [(1, 1), (12, 12), (200, 60), (39, 41), (70, 7)] {
        assert!(sizes.contains(&(w, h)), "{w}x{h} missing");
    }
    for (what, setup) in &screens {
        let mut app = app(80, 24);
        setup(&mut app);
        storm(&mut app, &sizes, what);
    }
}

/// Whether `c` is a character of a flag emoji (a regional indicator or a tag).
fn flag_char(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c) || ('\u{E0000}'..='\u{E007F}').contains(&c)
}

#[test]
fn flag_emoji_leave_no_stray_cells_after_scrolling_or_closing_an_overlay() {
    let dir = tempfile::tempdir().unwrap();
    let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    let line = format!("🇫🇷 France, 🇩🇪 Germany, {scotland} Scotland and a lone 🇫 letter.");
    let body: String = (0..60)
        .map(|i| format!("      Paragraph {i}: {line}\n\n"))
        .collect();
    std::fs::write(
        dir.path().join("course.yaml"),
        "id: flags\ntitle: \"Flags 🇪🇺\"\nmodules: [m.yaml]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.yaml"),
        format!(
            "id: m\ntitle: \"Europe 🇪🇺\"\nitems:\n  - kind: lesson\n    id: l\n    title: \"🇫🇷 and 🇩🇪\"\n    body: |\n{body}"
        ),
    )
    .unwrap();
    let course = amphi::course::load_dir(dir.path()).expect("a valid course");
    let theme = amphi::theme::Theme::plain();
    let mut app = App::new(course, amphi::progress::State::default(), theme);
    app.clock = || crate::common::NOW;
    for (w, h) in [(120u16, 40u16), (80, 24)] {
        update(&mut app, Action::Resize(w, h));
        // One terminal through every step, so each frame is drawn as a diff of
        // the one before, as on a real terminal.
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let steps: &[&[Action]] = &[
            &[],
            &[Action::Scroll(3)],
            &[Action::PageDown],
            &[Action::ToggleHelp],
            &[Action::Back],
            &[Action::Scroll(-1)],
            &[Action::OpenGlossary],
            &[Action::Back],
            &[Action::SwitchFocus],
            &[Action::SwitchFocus],
        ];
        for (n, actions) in steps.iter().enumerate() {
            for a in *actions {
                update(&mut app, a.clone());
            }
            terminal.draw(|f| amphi::ui::draw(f, &app)).unwrap();
            let drawn = terminal.backend().buffer().clone();
            let fresh = crate::common::render(&app, w, h);
            assert_eq!(
                crate::common::screen_text(&drawn),
                fresh,
                "{w}x{h} step {n}: the screen drawn in steps is the screen drawn at once"
            );
            for cell in drawn.content() {
                assert!(
                    !cell.symbol().chars().any(flag_char),
                    "{w}x{h} step {n}: a flag character reached the screen:\n{fresh}"
                );
            }
            if n == 0 && w == 120 {
                let shown = "[FR] France, [DE] Germany, [GB-SCT] Scotland and a lone [F] letter.";
                assert!(fresh.contains(shown), "{fresh}");
            }
        }
    }
}
