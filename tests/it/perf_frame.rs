//! What the speed work must not break: the end of a very long lesson is reachable
//! and drawn (no `u16` row count), the outline draws the selected item wherever
//! it is in a long course, and the status bar's remembered completion follows
//! progress.

use std::fmt::Write as _;
use std::fs;

use crate::common::render;
use amphi::app::{Action, App, update};
use amphi::progress::State;
use amphi::theme::Theme;

/// A course of `modules` modules of `lessons` short lessons, the first lesson of
/// the first module `long_lines` lines long (each its own row: hard breaks).
fn course(modules: usize, lessons: usize, long_lines: usize) -> (tempfile::TempDir, App) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut manifest = String::from("id: perf\ntitle: Perf\nmodules:\n");
    fs::create_dir_all(dir.join("modules")).unwrap();
    for m in 0..modules {
        writeln!(manifest, "  - modules/m{m}.yaml").unwrap();
        let mut module = format!("id: m{m}\ntitle: Module {m}\nitems:\n");
        for l in 0..lessons {
            if m == 0 && l == 0 && long_lines > 0 {
                module.push_str(
                    "  - kind: lesson\n    id: long\n    title: Long\n    body_file: long.md\n",
                );
            } else {
                writeln!(
                    module,
                    "  - kind: lesson\n    id: l{l}\n    title: Lesson {m}.{l}\n    body: Text of lesson {m}.{l}."
                )
                .unwrap();
            }
        }
        fs::write(dir.join(format!("modules/m{m}.yaml")), module).unwrap();
    }
    fs::write(dir.join("course.yaml"), manifest).unwrap();
    let mut long = String::new();
    for i in 1..=long_lines {
        writeln!(long, "line {i}  ").unwrap();
    }
    fs::write(dir.join("long.md"), long).unwrap();
    let course = amphi::course::load_dir(dir).unwrap();
    (tmp, App::new(course, State::default(), Theme::plain()))
}

#[test]
fn the_70000th_line_of_a_lesson_is_reachable_and_drawn() {
    let (_t, mut app) = course(1, 2, 70_000);
    update(&mut app, Action::Resize(200, 60));
    assert!(
        app.reader.view.rows.len() >= 70_000,
        "{} rows",
        app.reader.view.rows.len()
    );
    assert!(app.reader.view.rows.len() > usize::from(u16::MAX));
    update(&mut app, Action::Bottom);
    assert!(
        app.reader.view.scroll > usize::from(u16::MAX),
        "scroll {}",
        app.reader.view.scroll
    );
    let screen = render(&app, 200, 60);
    assert!(screen.contains("line 70000"), "{screen}");
    assert!(!screen.contains("line 69000 "), "{screen}");
    // And back up, one row at a time, from there.
    update(&mut app, Action::Up);
    assert_eq!(app.reader.view.scroll, app.reader.view.max_scroll() - 1);
}

#[test]
fn the_outline_shows_the_selected_item_deep_in_a_long_course() {
    let (_t, mut app) = course(60, 20, 0);
    update(&mut app, Action::Resize(120, 30));
    update(&mut app, Action::FocusOutline);
    // Down through the outline to module 41, item 8 (each module: 20 items).
    for _ in 0..(40 * 20 + 7) {
        update(&mut app, Action::Down);
    }
    assert_eq!(app.nav.selected, (40, 7));
    let screen = render(&app, 120, 30);
    assert!(screen.contains("Lesson 40.7"), "{screen}");
    assert!(screen.contains("41. Module 40"), "{screen}");
    assert!(!screen.contains("Lesson 0.1 "), "{screen}");
}

#[test]
fn the_remembered_completion_follows_progress() {
    let (_t, mut app) = course(3, 4, 0);
    update(&mut app, Action::Resize(120, 30));
    let counted = |app: &App| app.progress().course_completion(&app.course);
    assert_eq!(app.course_completion(), counted(&app));
    let before = app.course_completion();
    let (m, i) = (1, 2);
    let (module, item) = (
        app.course.modules[m].id.clone(),
        app.course.modules[m].items[i].id().to_owned(),
    );
    app.progress_mut().mark_read(&module, &item, 0);
    assert_eq!(app.course_completion(), counted(&app));
    assert_eq!(app.course_completion().done, before.done + 1);
    let screen = render(&app, 120, 30);
    let pct = counted(&app).percent();
    assert!(screen.contains(&format!("{pct} % done")), "{screen}");
}
