//! Links to items in lesson text (`[text](item:module/item#slug)`): checked at
//! load with the lesson file's line and column, shown as the link text and the
//! target's title, selected with ↓/↑ or a click, and followed with Enter.

use std::path::{Path, PathBuf};

use crate::common::*;
use amphi::app::{Action, App, update};
use amphi::course::{Jumps, Problem, load_dir};
use amphi::doc::media::Opens;
use amphi::progress::State;
use amphi::theme::Theme;

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

fn links_app(w: u16, h: u16) -> App {
    let course = load_dir(&fixture("valid", "item-links")).expect("the fixture is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    app.clock = || NOW;
    update(&mut app, Action::Resize(w, h));
    update(&mut app, Action::OpenItem(0, 0));
    assert_eq!(app.nav.current, (0, 0));
    app
}

fn problem(dir: &Path, file: &str, at: (usize, usize), message: &str) -> Problem {
    Problem {
        file: format!("{}/{file}", dir.display()),
        line: Some(at.0),
        column: Some(at.1),
        message: message.into(),
    }
}

#[test]
fn links_resolve_to_items_of_this_and_other_modules_and_headings() {
    let course = load_dir(&fixture("valid", "item-links")).unwrap();
    let jumps = Jumps::new(&course);
    let contents: Vec<(String, usize, usize, Option<usize>, String)> = jumps
        .of(0, 0)
        .iter()
        .map(|j| {
            (
                j.dest.clone(),
                j.module,
                j.item,
                j.heading.as_ref().map(|h| h.0),
                j.title.clone(),
            )
        })
        .collect();
    assert_eq!(
        contents,
        vec![
            ("item:buds".into(), 0, 1, None, "Leaves and buds".into()),
            (
                "item:leaves/buds#withering".into(),
                0,
                1,
                Some(1),
                "Leaves and buds".into()
            ),
            (
                "item:water/temperature".into(),
                1,
                0,
                None,
                "Water temperature".into()
            ),
            ("item:buds".into(), 0, 1, None, "Leaves and buds".into()),
            ("item:check".into(), 0, 2, None, "Check your leaves".into()),
            (
                "item:leaves/check".into(),
                0,
                2,
                None,
                "Check your leaves".into()
            ),
        ]
    );
    assert_eq!(jumps.of(0, 1).len(), 1, "buds links back to the contents");
    assert_eq!(jumps.of(1, 0).len(), 1);
    assert!(jumps.of(0, 2).is_empty(), "a quiz has no lesson text");
}

#[test]
fn unknown_modules_items_and_headings_are_errors_at_the_link() {
    let dir = fixture("invalid", "item-link-bad-targets");
    let found = load_dir(&dir).expect_err("invalid").problems;
    let intro = "lessons/intro.md";
    assert_eq!(
        found,
        vec![
            problem(
                &dir,
                intro,
                (5, 19),
                "lesson `intro`: link `item:c/basics`: there is no module `c` (modules: `a`, `b`)"
            ),
            problem(
                &dir,
                intro,
                (5, 59),
                "lesson `intro`: link `item:b/outro`: module `b` has no item `outro` \
                 (its items: `basics`, `quiz`)"
            ),
            problem(
                &dir,
                intro,
                (7, 22),
                "lesson `intro`: link `item:b/basics#first-step`: lesson `basics` has no \
                 heading with the slug `first-step` (its headings: `first-steps`)"
            ),
            problem(
                &dir,
                intro,
                (8, 24),
                "lesson `intro`: link `item:b/quiz#top`: `quiz` in module `b` is not a \
                 lesson: only a lesson has headings to link to"
            ),
            problem(
                &dir,
                intro,
                (9, 14),
                "lesson `intro`: link `item:a/b/c`: `item:a/b/c` is not an item link: write \
                 `item:item-id`, `item:item-id#heading-slug` or \
                 `item:module-id/item-id#heading-slug`"
            ),
            problem(
                &dir,
                "modules/a.yaml",
                (11, 5),
                "lesson `inline`: link `item:nowhere`: module `a` has no item `nowhere` \
                 (its items: `intro`, `inline`, `literal`)"
            ),
            // In a `body: |` block, at the link itself.
            problem(
                &dir,
                "modules/a.yaml",
                (18, 51),
                "lesson `literal`: link `item:b/away`: module `b` has no item `away` \
                 (its items: `basics`, `quiz`)"
            ),
        ]
    );
}

#[test]
fn links_show_the_targets_title_never_the_address() {
    let app = links_app(120, 40);
    let screen = render(&app, 120, 40);
    // The paragraph with its links, as one text.
    let text: Vec<String> = app
        .reader
        .view
        .doc
        .blocks
        .iter()
        .map(|b| {
            b.lines
                .iter()
                .flatten()
                .map(|s| s.content.as_ref())
                .collect()
        })
        .collect();
    assert!(
        text.contains(
            &"Start with the leaves → Leaves and buds, then read about withering → \
              Leaves and buds › Withering and water → Water temperature."
                .to_string()
        ),
        "{text:?}"
    );
    assert!(
        flat(&screen).contains("Quiz Check yourself → Check your leaves"),
        "{screen}"
    );
    assert!(!screen.contains("item:"), "{screen}");
}

#[test]
fn screens_with_links() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = links_app(w, h);
        update(&mut app, Action::Down);
        insta::assert_snapshot!(format!("item_links_lesson_{w}x{h}"), render(&app, w, h));
    }
}

#[test]
fn down_selects_each_link_and_enter_opens_its_item_at_the_heading() {
    // Short enough that the heading is scrolled to.
    let mut app = links_app(80, 12);
    let opens: Vec<Opens> = app.reader.view.targets.iter().map(|&(_, o)| o).collect();
    // Two links to the same address open the same target.
    assert_eq!(opens, [0, 1, 2, 0, 4, 5].map(Opens::Item));
    update(&mut app, Action::Down);
    assert_eq!(app.reader.view.target, Some(0));
    update(&mut app, Action::Down);
    assert_eq!(app.reader.view.target, Some(1));
    // The status line names the selected link's target.
    let screen = render(&app, 80, 12);
    assert!(
        flat(&screen).contains("Selected: link to Leaves and buds › Withering."),
        "{screen}"
    );
    // The second link: leaves/buds#withering.
    update(&mut app, Action::Confirm);
    assert_eq!(app.nav.current, (0, 1));
    let top: String = app.reader.view.rows[app.reader.view.scroll]
        .line
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect();
    assert_eq!(top, "Withering");
    let screen = render(&app, 80, 12);
    assert!(
        flat(&screen).contains("Backspace: back to where the link was."),
        "{screen}"
    );
    update(&mut app, Action::GoBack);
    assert_eq!(
        app.nav.current,
        (0, 0),
        "Backspace comes back to the contents"
    );
}

#[test]
fn a_link_to_another_module_and_to_a_quiz_open_them() {
    let mut app = links_app(120, 40);
    update(&mut app, Action::SelectTarget(2));
    update(&mut app, Action::Confirm);
    assert_eq!(app.nav.current, (1, 0));
    update(&mut app, Action::GoBack);
    // The link in the table, to the quiz.
    update(&mut app, Action::SelectTarget(4));
    update(&mut app, Action::Confirm);
    assert_eq!(app.nav.current, (0, 2));
}

#[test]
fn plain_mode_says_the_selected_link() {
    let mut app = links_app(80, 24);
    app.settings.plain = true;
    update(&mut app, Action::Resize(80, 24));
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    let screen = render(&app, 80, 24);
    assert!(
        flat(&screen).contains("Selected: link to Leaves and buds › Withering. Enter opens it."),
        "{screen}"
    );
}
