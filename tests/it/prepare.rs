//! Texts prepared ahead of time (src/app/prepare.rs): the items next to the open
//! one and the one selected in the outline are built and wrapped off the event
//! loop, exactly as opening them would, so that opening them parses nothing; a
//! result that no longer matches (a reload, a changed note) is dropped.

use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;
use amphi::app::prepare::{PrepareJob, Worker};
use amphi::app::{Action, Effect, PreparedText, update};
use amphi::doc::markdown::parses;
use amphi::progress::{Note, item_key};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn jobs(effects: &[Effect]) -> Vec<PrepareJob> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Prepare(jobs) => Some(jobs.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

fn adopt(app: &mut amphi::app::App, jobs: Vec<PrepareJob>) {
    for job in jobs {
        update(app, Action::Prepared(PreparedText(Box::new(job.run()))));
    }
}

fn with_note_on(app: &mut amphi::app::App, (mi, ii): (usize, usize), text: &str) {
    let key = item_key(
        &app.course.modules[mi].id,
        app.course.modules[mi].items[ii].id(),
    );
    app.progress_mut().notes.insert(
        key,
        Note {
            text: text.into(),
            updated_at: NOW,
        },
    );
}

#[test]
fn the_neighbours_and_the_selection_are_prepared_as_opening_builds_them() {
    let mut app = app(120, 40);
    open_item(&mut app, 0, 1);
    // The next item is an interview; give it a note, which its text shows.
    with_note_on(&mut app, (0, 2), "my note on the interview");
    let effects = update(&mut app, Action::Resize(100, 40));
    let made = jobs(&effects);
    let items: Vec<_> = made.iter().map(|j| j.item).collect();
    assert_eq!(items, [(0, 0), (0, 2)], "the previous and the next item");
    let width = app.reader.view.width;
    assert!(made.iter().all(|j| j.width == width));

    for job in made {
        let prepared = job.run();
        let mut fresh = app_with(app.state.clone(), 100, 40);
        open_item(&mut fresh, prepared.item.0, prepared.item.1);
        assert_eq!(
            prepared.doc.as_ref(),
            Some(&*fresh.reader.view.doc),
            "same text"
        );
        assert_eq!(prepared.rows, *fresh.reader.view.rows, "same rows");
    }

    // Moving the outline selection prepares the selected item too, but never a
    // quiz (its screen depends on the quiz state): module 1's fifth item is one.
    send(
        &mut app,
        &[Action::FocusOutline, Action::Down, Action::Down],
    );
    let effects = update(&mut app, Action::Down);
    assert_eq!(app.nav.selected, (0, 4));
    assert!(jobs(&effects).iter().all(|j| j.item != (0, 4)));
    let effects = update(&mut app, Action::Down);
    assert_eq!(app.nav.selected, (1, 0));
    assert!(jobs(&effects).iter().any(|j| j.item == (1, 0)));
}

#[test]
fn opening_a_prepared_item_parses_nothing() {
    let mut app = app(120, 40);
    let effects = update(&mut app, Action::Resize(110, 40));
    adopt(&mut app, jobs(&effects));
    let before = parses();
    let effects = update(&mut app, Action::NextItem);
    assert_eq!(app.nav.current, (0, 1));
    assert_eq!(parses(), before, "the next item was ready");
    // Its own next item is asked for now, and only that (the previous is cached).
    let items: Vec<_> = jobs(&effects).iter().map(|j| j.item).collect();
    assert_eq!(items, [(0, 2)]);
    adopt(&mut app, jobs(&effects));
    let before = parses();
    update(&mut app, Action::NextItem);
    assert_eq!(parses(), before);
    assert!(app.reader.view.rows.iter().all(|r| r.line.width() <= 110));
}

#[test]
fn a_prepared_text_that_no_longer_matches_is_dropped() {
    // A note written on the next item after its text was prepared.
    let mut app = app(120, 40);
    let effects = update(&mut app, Action::Resize(110, 40));
    let jobs_made = jobs(&effects);
    with_note_on(&mut app, (0, 1), "written after");
    adopt(&mut app, jobs_made);
    let before = parses();
    update(&mut app, Action::NextItem);
    assert!(parses() > before, "built again");
    assert!(
        app.reader
            .view
            .shown_text()
            .any(|l| l.contains("written after"))
            || app
                .reader
                .view
                .rows
                .iter()
                .any(|r| r.line.to_string().contains("written after"))
    );

    // A course reloaded after the text was prepared (amphi preview).
    let mut app = crate::common::app(120, 40);
    let effects = update(&mut app, Action::Resize(110, 40));
    let jobs_made = jobs(&effects);
    let mut edited = app.course.clone();
    if let amphi::course::Item::Lesson(l) = &mut edited.modules[0].items[1] {
        l.body = "A body rewritten by the author.".into();
    }
    update(
        &mut app,
        Action::Reload(amphi::app::Reloaded(Box::new(Ok(edited)))),
    );
    adopt(&mut app, jobs_made);
    update(&mut app, Action::NextItem);
    assert!(
        app.reader
            .view
            .rows
            .iter()
            .any(|r| r.line.to_string().contains("rewritten by the author")),
        "the new text, not the one prepared from the old course"
    );
}

#[test]
fn the_worker_sends_every_result_and_a_newer_batch_replaces_the_rest() {
    let mut app = app(120, 40);
    let effects = update(&mut app, Action::Resize(110, 40));
    let job = jobs(&effects).remove(0);
    let (tx, rx) = mpsc::channel();
    let worker = Worker::start(move |p| tx.send(p.item).is_ok()).unwrap();

    worker.submit(vec![job.clone()]);
    let got = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(got, job.item);

    // Batch A (many jobs), then at once batch B: once a B result came, no A
    // result follows, and B's jobs are all done.
    let mut a = job.clone();
    a.item = (9, 9);
    let mut b = job.clone();
    b.item = (7, 7);
    worker.submit(vec![a; 50]);
    worker.submit(vec![b.clone(), b]);
    let mut seen = Vec::new();
    while seen.iter().filter(|&&i| i == (7, 7)).count() < 2 {
        seen.push(rx.recv_timeout(Duration::from_secs(10)).unwrap());
    }
    let first_b = seen.iter().position(|&i| i == (7, 7)).unwrap();
    assert!(seen[first_b..].iter().all(|&i| i == (7, 7)), "{seen:?}");
    assert!(seen.len() < 52, "most of batch A was dropped: {seen:?}");
    drop(worker);
}

#[test]
fn the_run_loop_prepares_after_the_frame_when_there_is_no_worker() {
    let mut app = app(120, 40);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    let key = |c| {
        Ok(Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )))
    };
    let mut save = |_: &amphi::progress::State| Ok(None);
    amphi::tui::run(&mut terminal, &mut app, vec![key('n')], &mut save).unwrap();
    assert_eq!(app.nav.current, (0, 1));
    let before = parses();
    update(&mut app, Action::NextItem);
    assert_eq!(parses(), before, "the item after the next one was prepared");
}

#[test]
fn the_search_hit_or_bookmark_selected_is_prepared_before_enter() {
    let mut app = app(120, 40);
    send(&mut app, &[Action::OpenSearch]);
    let mut effects = Vec::new();
    for c in "civic tech".chars() {
        effects.extend(update(&mut app, Action::Input(c)));
    }
    // Move down the results to a hit in a module other than the first.
    let panel = app.modals.search().unwrap();
    let far = panel
        .hits
        .iter()
        .position(|h| h.module > 0 && h.field != amphi::search::Field::Glossary)
        .expect("a hit beyond module 1");
    for _ in 0..far {
        effects.extend(update(&mut app, Action::Down));
    }
    let hit = app.modals.search().unwrap().hits[far].clone();
    let made = jobs(&effects);
    assert!(
        made.iter().any(|j| j.item == (hit.module, hit.item)),
        "the selected hit's item is prepared"
    );
    adopt(&mut app, made);
    let before = parses();
    update(&mut app, Action::Confirm);
    assert_eq!(app.nav.current, (hit.module, hit.item));
    assert_eq!(parses(), before, "the jump parsed nothing");

    // A bookmark selected in the list.
    let mut app = crate::common::app(120, 40);
    open_item(&mut app, 1, 1);
    send(&mut app, &[Action::AddBookmark]);
    open_item(&mut app, 0, 0);
    app.reader.docs.clear();
    let effects = update(&mut app, Action::OpenBookmarks);
    let made = jobs(&effects);
    assert!(
        made.iter().any(|j| j.item == (1, 1)),
        "{:?}",
        made.iter().map(|j| j.item).collect::<Vec<_>>()
    );
}
