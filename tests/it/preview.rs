//! `amphi preview`: a course read again from disk comes into the app as
//! [`Action::Reload`] through `update` (the place is kept, a broken course shows
//! its problems over the last good one), and `amphi::preview::watch` turns file
//! changes into those actions.

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use amphi::app::{Action, Reloaded, update};
use amphi::course::{Course, Item, Lesson, Problem, Report};

fn reload(result: Result<Course, Report>) -> Action {
    Action::Reload(Reloaded(Box::new(result)))
}

fn lesson(id: &str, title: &str) -> Item {
    Item::Lesson(Lesson {
        id: id.into(),
        title: title.into(),
        body: "New text.".into(),
        body_file: None,
        files: Vec::new(),
    })
}

/// The ids of the open item.
fn open_ids(app: &amphi::app::App) -> (String, String) {
    let (mi, ii) = app.nav.current;
    let m = &app.course.modules[mi];
    (m.id.clone(), m.items[ii].id().to_owned())
}

#[test]
fn a_new_course_keeps_the_open_item_and_the_place_in_it() {
    let mut app = crate::common::app(100, 30);
    crate::common::open_item(&mut app, 0, 0);
    update(&mut app, Action::Scroll(12));
    let anchor = app.reader.view.anchor();
    assert!(anchor.block > 0, "scrolled into the lesson: {anchor:?}");
    let ids = open_ids(&app);

    // The author adds a lesson before the open one and renames the module.
    let mut edited = app.course.clone();
    edited.modules[0].title = "Renamed module".into();
    edited.modules[0]
        .items
        .insert(0, lesson("intro", "A new first lesson"));
    app.notice = Some("a notice".into());
    let effects = update(&mut app, reload(Ok(edited)));
    assert!(
        !effects.contains(&amphi::app::Effect::Save),
        "a reload saves nothing"
    );
    assert_eq!(app.course.modules[0].title, "Renamed module");
    assert_eq!(app.nav.current, (0, 1), "the same item, now second");
    assert_eq!(open_ids(&app), ids);
    assert_eq!(
        app.reader.view.anchor(),
        anchor,
        "at the same place in its text"
    );
    assert_eq!(
        app.notice.as_deref(),
        Some("a notice"),
        "a reload is not a key"
    );
    let screen = crate::common::render(&app, 100, 30);
    assert!(screen.contains("Renamed module"), "{screen}");
    assert!(screen.contains("A new first les"), "{screen}");
}

#[test]
fn a_broken_course_is_shown_over_the_last_good_one_until_fixed() {
    let mut app = crate::common::app(100, 30);
    crate::common::open_item(&mut app, 0, 1);
    update(&mut app, Action::Scroll(5));
    let anchor = app.reader.view.anchor();
    let before = app.course.clone();
    let ids = open_ids(&app);

    let problem = Problem::new(
        "course/modules/01-exponential-web.yaml",
        "title: invalid type",
    )
    .at(Some((3, 8)));
    let report = Report {
        problems: vec![problem],
    };
    update(&mut app, reload(Err(report.clone())));
    assert_eq!(app.modals.reload_error(), Some(&report));
    assert_eq!(app.course, before, "the last good course stays open");
    assert_eq!(open_ids(&app), ids);
    assert_eq!(app.reader.view.anchor(), anchor);
    let screen = crate::common::render(&app, 100, 30);
    assert!(
        screen.contains("Not reloaded: the course has errors"),
        "{screen}"
    );
    assert!(
        screen.contains("course/modules/01-exponential-web.yaml:3:8: title: invalid type"),
        "the place and the message:\n{screen}"
    );
    assert!(screen.contains("Showing the last good version"), "{screen}");
    insta::assert_snapshot!("reload_error_banner", screen);

    // Still readable: keys work under the banner.
    update(&mut app, Action::Scroll(1));
    assert!(app.modals.reload_error().is_some(), "until a reload works");

    update(&mut app, reload(Ok(before)));
    assert_eq!(app.modals.reload_error(), None);
    let screen = crate::common::render(&app, 100, 30);
    assert!(!screen.contains("Not reloaded"), "{screen}");
}

#[test]
fn a_removed_item_gives_way_to_the_nearest_one() {
    let mut app = crate::common::app(100, 30);
    let last = app.course.modules[1].items.len() - 1;
    crate::common::open_item(&mut app, 1, last);
    let mut edited = app.course.clone();
    edited.modules[1].items.pop();
    edited.modules.truncate(2);
    update(&mut app, reload(Ok(edited)));
    assert_eq!(app.nav.current, (1, last - 1));
    assert_eq!(
        app.reader.view.scroll, 0,
        "a different item opens at its top"
    );

    // A removed module: the last one left.
    let mut edited = app.course.clone();
    edited.modules.truncate(1);
    update(&mut app, reload(Ok(edited)));
    assert_eq!(app.nav.current.0, 0);
    assert!(app.nav.current.1 < app.course.modules[0].items.len());
}

/// Waits for the next reload sent by the watcher.
fn next_reload(rx: &mpsc::Receiver<Action>) -> Result<Course, Report> {
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(Action::Reload(Reloaded(result))) => *result,
        other => panic!("expected a reload, got {other:?}"),
    }
}

#[test]
fn file_changes_become_reload_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("course");
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal"),
        &dir,
    );
    let (tx, rx) = mpsc::channel();
    let watch = amphi::preview::watch(dir.clone(), move |a| tx.send(a).is_ok()).unwrap();

    let body = dir.join("lessons/from-file.md");
    fs::write(&body, "# A lesson from a file\n\nEdited text.\n").unwrap();
    let course = next_reload(&rx).expect("still valid");
    let Item::Lesson(l) = &course.modules[0].items[1] else {
        panic!("a lesson")
    };
    assert!(l.body.contains("Edited text."), "{}", l.body);

    let module = dir.join("modules/02-more.yaml");
    let text = fs::read_to_string(&module).unwrap();
    fs::write(&module, text.replace("title: \"More\"", "title: [\"More\"")).unwrap();
    let report = next_reload(&rx).expect_err("broken");
    let p = &report.problems[0];
    assert!(p.file.ends_with("modules/02-more.yaml"), "{p}");
    assert!(p.line.is_some(), "located: {p}");

    fs::write(&module, text).unwrap();
    next_reload(&rx).expect("fixed");

    // Reading the files (as a reload does) triggers nothing more.
    std::thread::sleep(amphi::preview::DEBOUNCE * 3);
    while rx.try_recv().is_ok() {}
    amphi::course::load_dir(&dir).unwrap();
    assert!(
        rx.recv_timeout(amphi::preview::DEBOUNCE * 5).is_err(),
        "no reload without a change"
    );
    drop(watch);
}

/// An item read, then edited on disk: after the reload it is marked "changed
/// since you read it", and its reading estimate follows the new text.
#[test]
fn an_item_edited_after_it_was_read_says_so_after_the_reload() {
    let mut app = crate::common::app(120, 40);
    crate::common::read_module(&mut app, 0);
    assert!(!amphi::app::reading::changed(&app, 0, 0));
    let before = app.item_words(0, 0);

    let mut course = amphi::course::load_bundled().unwrap();
    if let Item::Lesson(l) = &mut course.modules[0].items[0] {
        l.body
            .push_str(&"\n\nA whole new paragraph of words.".repeat(50));
    }
    update(&mut app, reload(Ok(course)));
    assert!(
        amphi::app::reading::changed(&app, 0, 0),
        "the edited lesson is marked changed"
    );
    assert!(
        !amphi::app::reading::changed(&app, 0, 1),
        "the others are not"
    );
    assert_eq!(app.item_words(0, 0), before + 300, "6 words × 50 more");
}

#[test]
fn the_course_completion_follows_a_reload_at_once() {
    let mut app = crate::common::app(120, 40);
    crate::common::read_module(&mut app, 0);
    let before = app.course_completion();
    // The author removes every module but the first, which the learner read.
    let mut edited = app.course.clone();
    edited.modules.truncate(1);
    update(&mut app, reload(Ok(edited)));
    let after = app.course_completion();
    assert_eq!(after.total, app.course.modules[0].items.len());
    assert!(after.total < before.total, "{before:?} then {after:?}");
    assert!(
        crate::common::render(&app, 120, 40).contains(&format!("{} % done", after.percent())),
        "the status bar shows it before any key"
    );
}

/// A copy of the course with a French edition (`tests/fixtures/valid/editions`)
/// in a temporary folder, and an app open on it as `amphi preview` opens it:
/// the original first, the French edition one `E` away.
fn tea_preview() -> (tempfile::TempDir, std::path::PathBuf, amphi::app::App) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tea");
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/editions"),
        &dir,
    );
    let mut all = amphi::preview::read_again(&dir)
        .into_iter()
        .map(|r| r.unwrap());
    let mut app = amphi::app::App::new(
        all.next().unwrap(),
        amphi::progress::State::default(),
        amphi::theme::Theme::plain(),
    );
    app.editions = all.collect();
    update(&mut app, Action::Resize(100, 30));
    (tmp, dir, app)
}

/// Each course [`amphi::preview::read_again`] reads, given to the app as the
/// watcher gives it.
fn reload_all(app: &mut amphi::app::App, dir: &Path) {
    for result in amphi::preview::read_again(dir) {
        update(app, reload(result));
    }
}

#[test]
fn an_edition_edited_on_disk_is_read_again_and_stays_open() {
    let (_tmp, dir, mut app) = tea_preview();
    assert_eq!(app.course.info.language, "en");
    assert_eq!(app.editions.len(), 1);
    // The author switches to the French edition and opens its lesson.
    update(&mut app, Action::SwitchEdition);
    assert_eq!(app.course.info.language, "fr");
    crate::common::open_item(&mut app, 0, 0);

    // ...then edits the French lesson's title.
    let file = dir.join("fr/modules/01-tea.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("title: \"L'eau\"", "title: \"L'eau chaude\""),
    )
    .unwrap();
    reload_all(&mut app, &dir);
    assert_eq!(
        app.course.info.language, "fr",
        "the edition open stays open"
    );
    assert_eq!(app.course.modules[0].items[0].title(), "L'eau chaude");
    assert_eq!(app.nav.current, (0, 0), "at the same item");
    assert_eq!(app.editions.len(), 1, "the original, one E away");
    let screen = crate::common::render(&app, 100, 30);
    assert!(screen.contains("L'eau chaude"), "{screen}");

    // An edit of the original reaches it too, while French stays open.
    let file = dir.join("modules/01-tea.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("title: \"Water\"", "title: \"Hot water\""),
    )
    .unwrap();
    reload_all(&mut app, &dir);
    assert_eq!(app.course.info.language, "fr");
    update(&mut app, Action::SwitchEdition);
    assert_eq!(app.course.info.language, "en");
    assert_eq!(app.course.modules[0].items[0].title(), "Hot water");
}

#[test]
fn a_broken_edition_shows_its_problems_over_the_last_good_one() {
    let (_tmp, dir, mut app) = tea_preview();
    update(&mut app, Action::SwitchEdition);
    let before = app.course.clone();
    let file = dir.join("fr/modules/01-tea.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("title: \"Le thé\"", "title: [\"Le thé\""),
    )
    .unwrap();
    let results = amphi::preview::read_again(&dir);
    assert_eq!(results.len(), 2, "the original, then the edition's report");
    assert!(results[0].is_ok());
    let report = results[1].as_ref().expect_err("the edition is broken");
    assert!(
        report.problems[0].file.ends_with("fr/modules/01-tea.yaml"),
        "{report}"
    );
    reload_all(&mut app, &dir);
    assert_eq!(
        app.course, before,
        "the last good French edition stays open"
    );
    assert!(app.modals.reload_error().is_some());
    let screen = crate::common::render(&app, 100, 30);
    assert!(screen.contains("fr/modules/01-tea.yaml"), "{screen}");

    // Fixed: the banner goes.
    fs::write(&file, text).unwrap();
    reload_all(&mut app, &dir);
    assert_eq!(app.modals.reload_error(), None);
    assert_eq!(app.course.info.language, "fr");
}

#[test]
fn an_edition_the_original_no_longer_lists_gives_way_to_the_original() {
    let (_tmp, dir, mut app) = tea_preview();
    update(&mut app, Action::SwitchEdition);
    assert_eq!(app.course.info.language, "fr");
    let manifest = dir.join("course.yaml");
    let text = fs::read_to_string(&manifest).unwrap();
    let cut = text.find("editions:").unwrap();
    fs::write(&manifest, &text[..cut]).unwrap();
    reload_all(&mut app, &dir);
    assert_eq!(app.course.info.language, "en");
    assert!(app.editions.is_empty(), "{:?}", app.editions.len());
    // Listed again: one E away again, the original staying open.
    fs::write(&manifest, text).unwrap();
    reload_all(&mut app, &dir);
    assert_eq!(app.course.info.language, "en");
    assert_eq!(app.editions.len(), 1);
    assert_eq!(app.editions[0].info.language, "fr");
}

#[test]
fn a_change_in_an_editions_files_reloads_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tea");
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/editions"),
        &dir,
    );
    let (tx, rx) = mpsc::channel();
    let watch = amphi::preview::watch(dir.clone(), move |a| tx.send(a).is_ok()).unwrap();
    let file = dir.join("fr/modules/01-tea.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("title: \"L'eau\"", "title: \"L'eau chaude\""),
    )
    .unwrap();
    let original = next_reload(&rx).expect("the original first");
    assert_eq!(original.info.edition_of, None);
    let french = next_reload(&rx).expect("then the French edition");
    assert_eq!(french.info.language, "fr");
    assert_eq!(french.modules[0].items[0].title(), "L'eau chaude");
    drop(watch);
}
