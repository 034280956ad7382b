//! Reading time in the outline: each module and each lesson or interview row
//! shows its estimate (words at 200 a minute) and the minutes spent, in the
//! longest wording that fits the outline's width; words are counted only for
//! the modules the outline shows (or whose item is open), not for the whole
//! course before the first frame.

use std::fmt::Write as _;
use std::fs;

use crate::common::{app_with, render, send};
use amphi::app::reading::{estimate_minutes, word_count};
use amphi::app::{Action, App, update};
use amphi::progress::{State, item_key};
use amphi::theme::Theme;

/// A state in which 2 min 30 s were spent on the first lesson of module 1 and
/// 65 min on the second (longer than its estimate).
fn state_with_time() -> State {
    let course = amphi::course::load_bundled().unwrap();
    let mut app = App::new(course, State::default(), Theme::plain());
    let m = &app.course.modules[0];
    let (a, b) = (
        item_key(&m.id, m.items[0].id()),
        item_key(&m.id, m.items[1].id()),
    );
    let progress = app.progress_mut();
    progress.seconds.insert(a, 150);
    progress.seconds.insert(b, 65 * 60);
    app.state.clone()
}

/// The outline's rows of `screen`: the text between its left border and the
/// content pane, at most `width` columns of it.
fn outline_of(screen: &str, width: usize) -> String {
    screen
        .lines()
        .map(|l| l.chars().take(width).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn outline_times_at_120x40() {
    let app = app_with(state_with_time(), 120, 40);
    let screen = render(&app, 120, 40);
    let outline = outline_of(&screen, usize::from(app.areas().outline.width));
    let course = &app.course;
    let first = estimate_minutes(word_count(&course.modules[0].items[0]));
    // 46 columns inside the border (2/5 of the screen): the short wordings.
    assert!(
        outline.contains(&format!("2m of ~{first}m")),
        "spent and estimate of the first lesson:\n{outline}"
    );
    // A title that the longer wordings would cut keeps a shorter one.
    let second = estimate_minutes(word_count(&course.modules[0].items[1]));
    assert!(
        outline.contains(&format!("Knowledge with a short shelf life  ~{second} min")),
        "{outline}"
    );
    let module: usize = course.modules[1].items.iter().map(word_count).sum();
    assert!(
        outline.contains(&format!("~{} min", estimate_minutes(module))),
        "module 2's estimate:\n{outline}"
    );
    insta::assert_snapshot!("outline_times_120x40", screen);
}

#[test]
fn outline_times_at_80x24_in_the_overlay() {
    let mut app = app_with(state_with_time(), 80, 24);
    send(&mut app, &[Action::SwitchFocus]);
    assert!(app.areas().outline_overlay);
    let screen = render(&app, 80, 24);
    let outline = outline_of(&screen, usize::from(app.areas().outline.width));
    let first = estimate_minutes(word_count(&app.course.modules[0].items[0]));
    // As wide as the longest title needs: the longest wordings.
    assert!(
        outline.contains(&format!("~{first} min · 2 min spent")),
        "{outline}"
    );
    assert!(outline.contains(" min read"), "{outline}");
    for line in outline.lines().take(23) {
        assert!(
            line.ends_with('┃') || line.ends_with('┓') || line.ends_with('┛'),
            "no row runs past the overlay's border: {line:?}"
        );
    }
    insta::assert_snapshot!("outline_times_80x24", screen);
}

#[test]
fn outline_times_at_100x30_the_narrowest_pane() {
    let app = app_with(state_with_time(), 100, 30);
    let screen = render(&app, 100, 30);
    let outline = outline_of(&screen, usize::from(app.areas().outline.width));
    // 30 columns inside: short wordings, titles keep most of the row.
    assert!(!outline.contains(" min spent"), "{outline}");
    assert!(outline.contains(" ~3 min"), "{outline}");
    insta::assert_snapshot!("outline_times_100x30", screen);
}

/// A course of `modules` modules of 3 lessons of a few words each.
fn long_course(modules: usize) -> (tempfile::TempDir, App) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut manifest = String::from("id: long\ntitle: Long\nmodules:\n");
    fs::create_dir_all(dir.join("modules")).unwrap();
    for m in 0..modules {
        writeln!(manifest, "  - modules/m{m}.yaml").unwrap();
        let mut module = format!("id: m{m}\ntitle: Module {m}\nitems:\n");
        for l in 0..3 {
            let body = "word ".repeat(150 * (l + 1));
            writeln!(
                module,
                "  - kind: lesson\n    id: l{l}\n    title: Lesson {m}.{l}\n    body: {body}"
            )
            .unwrap();
        }
        fs::write(dir.join(format!("modules/m{m}.yaml")), module).unwrap();
    }
    fs::write(dir.join("course.yaml"), manifest).unwrap();
    let course = amphi::course::load_dir(dir).unwrap();
    (tmp, App::new(course, State::default(), Theme::plain()))
}

#[test]
fn words_are_counted_only_for_the_modules_the_outline_shows() {
    let (_t, mut app) = long_course(200);
    update(&mut app, Action::Resize(120, 40));
    assert!(
        (0..200).all(|m| !app.facts.counted(m) || m == 0),
        "before the first frame at most the open item's module is counted"
    );
    let screen = render(&app, 120, 40);
    // 38 rows of 5 a module: modules 0 to 7 are on screen.
    assert!(app.facts.counted(0) && app.facts.counted(7), "{screen}");
    assert!(
        (8..200).all(|m| !app.facts.counted(m)),
        "modules below the screen are not counted"
    );
    // 150 + 300 + 450 words: 1 + 2 + 3 min, 900 words a module: 5 min.
    assert!(screen.contains("Lesson 0.2 ") && screen.contains("~3 min"));
    assert!(screen.contains("~5 min"), "{screen}");
    // Going to the end of the outline counts the modules shown there.
    send(&mut app, &[Action::SwitchFocus, Action::Bottom]);
    render(&app, 120, 40);
    assert!(app.facts.counted(199));
    assert!(!app.facts.counted(100), "nor the ones scrolled past");
}
