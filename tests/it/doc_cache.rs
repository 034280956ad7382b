//! Rendered lines cached per item and width: opening an item again, or coming
//! back to a width already laid out, neither parses markdown nor wraps again, and
//! what the text is built from (note, theme, course) still shows when it changes.

use std::sync::Arc;

use crate::common::*;
use amphi::app::{Action, Reloaded};
use amphi::course::Item;
use amphi::doc::markdown::parses;

fn is_lesson(app: &amphi::app::App) -> bool {
    matches!(app.current_item(), Some(Item::Lesson(_)))
}

#[test]
fn an_item_opened_again_is_not_parsed_nor_wrapped_again() {
    let mut app = app(120, 40);
    assert!(is_lesson(&app));
    let (doc, rows) = (
        Arc::clone(&app.reader.view.doc),
        Arc::clone(&app.reader.view.rows),
    );
    send(&mut app, &[Action::NextItem]);
    assert_ne!(app.nav.current, (0, 0));
    let before = parses();
    send(
        &mut app,
        &[Action::PrevItem, Action::NextItem, Action::PrevItem],
    );
    assert_eq!(app.nav.current, (0, 0));
    assert_eq!(parses(), before, "back and forth parses nothing");
    assert!(Arc::ptr_eq(&app.reader.view.doc, &doc));
    assert!(
        Arc::ptr_eq(&app.reader.view.rows, &rows),
        "same rows, not wrapped again"
    );

    // Another width is wrapped once; coming back to the first reuses its rows.
    send(&mut app, &[Action::Resize(70, 40)]);
    let narrow = Arc::clone(&app.reader.view.rows);
    assert!(!Arc::ptr_eq(&narrow, &rows));
    assert!(narrow.iter().all(|r| r.line.width() <= 70));
    send(&mut app, &[Action::Resize(120, 40)]);
    assert!(Arc::ptr_eq(&app.reader.view.rows, &rows));
    send(&mut app, &[Action::Resize(70, 40)]);
    assert!(Arc::ptr_eq(&app.reader.view.rows, &narrow));
    assert_eq!(parses(), before);
}

#[test]
fn a_changed_note_theme_or_course_shows_on_the_next_open_and_a_theme_reuses_the_text() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::NextItem, Action::PrevItem]);
    let before = parses();

    // A note written in the editor shows at once.
    send(
        &mut app,
        &[Action::EditNote, Action::Input('h'), Action::Input('i')],
    );
    send(&mut app, &[Action::SaveNote, Action::Bottom]);
    assert!(render(&app, 120, 40).contains("Your note"));
    assert!(parses() > before, "the item was built again with its note");

    // A note changed behind the app's back (another instance's state merged).
    let (mi, ii) = app.nav.current;
    let key = amphi::progress::item_key(
        &app.course.modules[mi].id,
        app.course.modules[mi].items[ii].id(),
    );
    app.progress_mut().notes.get_mut(&key).unwrap().text = "changed elsewhere".into();
    send(
        &mut app,
        &[Action::NextItem, Action::PrevItem, Action::Bottom],
    );
    assert!(render(&app, 120, 40).contains("changed elsewhere"));

    // Another theme: the cached text holds roles, not colours, so it is reused,
    // and the next frame draws it in the new theme's colours.
    let title_fg = |app: &amphi::app::App| {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        t.draw(|f| amphi::ui::draw(f, app)).unwrap();
        let buf = t.backend().buffer().clone();
        let title = app.course.modules[mi].items[ii].title().to_string();
        let text = app.areas().text;
        let (y, x) = (text.y..text.bottom())
            .find_map(|y| {
                let row: String = (text.x..text.right())
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect();
                row.find(&title)
                    .map(|b| (y, text.x + row[..b].chars().count() as u16))
            })
            .expect("the title in the content pane");
        buf[(x, y)].fg
    };
    app.settings.theme = amphi::theme::Theme::default();
    send(&mut app, &[Action::Top]);
    let dark = title_fg(&app);
    let doc = Arc::clone(&app.reader.view.doc);
    app.settings.theme = amphi::theme::Theme::light();
    send(&mut app, &[Action::NextItem, Action::PrevItem, Action::Top]);
    assert!(
        Arc::ptr_eq(&app.reader.view.doc, &doc),
        "the text was not built again"
    );
    let light = title_fg(&app);
    assert_eq!(dark, amphi::theme::Theme::default().heading[0].fg.unwrap());
    assert_eq!(light, amphi::theme::Theme::light().heading[0].fg.unwrap());

    // `amphi preview` reloads the course: nothing cached survives.
    let mut course = app.course.clone();
    if let Item::Lesson(l) = &mut course.modules[mi].items[ii] {
        l.title = "A title edited on disk".into();
    }
    send(&mut app, &[Action::Reload(Reloaded(Box::new(Ok(course))))]);
    assert!(app.reader.docs.len() <= 1);
    send(&mut app, &[Action::Top]);
    assert!(render(&app, 120, 40).contains("A title edited on disk"));
}
