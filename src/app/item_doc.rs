//! The open item's text, built from the app's state with the document layer's
//! builders ([`crate::doc::views`]).

use super::{App, Focus, Stage, note_of};
use crate::course::{Item, Target};
use crate::doc::views::{self, ItemDoc};
use crate::doc::{Block, Doc, Span};

/// The open item's text, its images given the natural size of the pictures
/// already decoded ([`super::images::ImageStore::fill`]: a look-up, no I/O).
pub fn item_doc(app: &App) -> ItemDoc {
    let mut built = build(app);
    app.images.fill(&mut built.doc);
    built
}

fn build(app: &App) -> ItemDoc {
    let (mi, _) = app.nav.current;
    if let Some(session) = app.modals.review() {
        return views::review(
            &app.course,
            app.progress(),
            session,
            app.due_for_review,
            app.nav.focus == Focus::Content,
        );
    }
    match app.current_item() {
        Some(item @ (Item::Lesson(_) | Item::Interview(_))) => {
            let note = note_of(app, app.nav.current.0, app.nav.current.1);
            let doc = views::reading_doc(item, Some(&app.reader.interview), note, &app.glossary);
            ItemDoc::plain(doc.unwrap_or_default())
        }
        Some(Item::Quiz(q)) => match app.quizzes.get(&app.nav.current) {
            Some(state) => {
                let module = &app.course.modules[mi].id;
                let focused = app.nav.focus == Focus::Content;
                // Only the questions shown with their explanation need their link.
                let mut shown = vec![false; q.questions.len()];
                let asked = match state.stage {
                    Stage::Feedback => std::slice::from_ref(&state.session.current),
                    Stage::Result { .. } => &state.session.asked[..],
                    _ => &[],
                };
                for &i in asked {
                    if let Some(s) = shown.get_mut(i) {
                        *s = true;
                    }
                }
                let mut resolver = crate::course::Resolver::new(&app.course);
                let targets: Vec<Option<Target>> = q
                    .questions
                    .iter()
                    .zip(&shown)
                    .map(|(x, &shown)| resolver.resolve(mi, x.see.as_ref().filter(|_| shown)?))
                    .collect();
                let mut built =
                    views::quiz(q, state, app.progress(), module, focused, &targets, &[]);
                if let Some(note) = note_of(app, app.nav.current.0, app.nav.current.1) {
                    built
                        .doc
                        .blocks
                        .extend(crate::doc::notes::note_blocks(note));
                }
                built
            }
            None => ItemDoc::default(),
        },
        None => ItemDoc::plain(Doc {
            blocks: vec![Block::text(vec![Span::raw("This course has no items.")])],
        }),
    }
}
