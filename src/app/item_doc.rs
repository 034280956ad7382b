//! The open item's text, built from the app's state with the document layer's
//! builders ([`crate::doc::views`]).

use super::{App, Focus, Stage, note_of};
use crate::course::{Item, Target};
use crate::doc::views::{self, ItemDoc};
use crate::doc::{Block, Doc, Span};

/// The blocks of the open item's text that open something (see
/// [`crate::doc::media::targets`]): a lesson's, an interview's or a video's,
/// or a quiz's files on its page (its intro); none on a review.
pub fn targets(app: &App) -> Vec<(usize, crate::doc::media::Opens)> {
    if app.modals.review().is_some() {
        return Vec::new();
    }
    match app.current_item() {
        Some(Item::Quiz(_)) => {
            let intro = app
                .quizzes
                .get(&app.nav.current)
                .is_some_and(|s| s.stage == Stage::Intro);
            match app.current_item() {
                Some(item) if intro => crate::doc::media::targets(item),
                _ => Vec::new(),
            }
        }
        Some(item) => {
            let (mi, ii) = app.nav.current;
            crate::doc::media::targets_with_jumps(item, app.jumps.of(mi, ii))
        }
        None => Vec::new(),
    }
}

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
            app.settings.language,
            &app.course,
            app.progress(),
            session,
            app.due_for_review,
            app.nav.focus == Focus::Content,
        );
    }
    match app.current_item() {
        Some(item @ (Item::Lesson(_) | Item::Interview(_) | Item::Video(_))) => {
            let note = note_of(app, app.nav.current.0, app.nav.current.1);
            let doc = views::reading_doc(
                app.settings.language,
                item,
                Some(&app.reader.interview),
                note,
                &app.glossary,
                app.jumps.of(app.nav.current.0, app.nav.current.1),
            );
            ItemDoc::plain(doc.unwrap_or_default())
        }
        Some(Item::Quiz(q)) => match app.quizzes.get(&app.nav.current) {
            Some(state) => {
                let lang = app.settings.language;
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
                let mut built = if q.groups.is_empty() {
                    views::quiz(
                        lang,
                        q,
                        state,
                        app.progress(),
                        module,
                        focused,
                        &targets,
                        &[],
                    )
                } else {
                    let docs = stimuli(app, q);
                    // Letters type into a typed answer: Esc leaves it first.
                    let key = if state.typing(q) {
                        crate::i18n::tr(lang, "key-then-x", &[])
                    } else {
                        "x".to_string()
                    };
                    let stimuli = views::Stimuli {
                        docs: &docs,
                        folded: folds(app),
                        key: &key,
                    };
                    let links = (&targets[..], &[][..]);
                    views::quiz_grouped(
                        lang,
                        q,
                        state,
                        app.progress(),
                        module,
                        focused,
                        links,
                        stimuli,
                    )
                };
                if state.stage == Stage::Intro && !q.files.is_empty() {
                    // The quiz's files on its page, after its title.
                    let files = crate::doc::media::files_blocks(app.settings.language, &q.files);
                    let n = files.len();
                    let at = built.doc.blocks.len().min(1);
                    built.doc.blocks.splice(at..at, files);
                    let shift = |b: &mut usize| {
                        if *b >= at {
                            *b += n;
                        }
                    };
                    built.keep_visible.iter_mut().for_each(shift);
                    built.marks.iter_mut().for_each(shift);
                    built.links.iter_mut().for_each(|(b, _)| shift(b));
                }
                if let Some(note) = note_of(app, app.nav.current.0, app.nav.current.1) {
                    built
                        .doc
                        .blocks
                        .extend(crate::doc::notes::note_blocks(app.settings.language, note));
                }
                built
            }
            None => ItemDoc::default(),
        },
        None => ItemDoc::plain(Doc {
            blocks: vec![Block::text(vec![Span::raw(crate::i18n::tr(
                app.settings.language,
                "course-no-items",
                &[],
            ))])],
        }),
    }
}

/// The stimuli of `q`'s groups, in order, as the cache holds them (built by
/// [`App::rebuild`] beforehand); stops at the first one not cached (the quiz
/// screen then builds the rest itself).
fn stimuli(app: &App, q: &crate::course::Quiz) -> Vec<std::sync::Arc<Doc>> {
    let width = app.text_size().0;
    (0..q.groups.len())
        .map_while(|g| {
            app.reader
                .docs
                .stimulus_cached(app.nav.current, g, width)
                .map(|(doc, _)| doc)
        })
        .collect()
}

/// Whether the stimulus of the part being answered folds to a one-line bar:
/// it would take more than half the text's height (the question needs the
/// rest), and the learner did not ask to see it (x). Never in plain mode, where
/// the whole text is read out.
fn folds(app: &App) -> bool {
    if app.settings.plain || app.reader.stimulus_shown {
        return false;
    }
    let Some((g, _)) = app.current_group() else {
        return false;
    };
    let (width, height) = app.text_size();
    let rows = app
        .reader
        .docs
        .stimulus_cached(app.nav.current, g, width)
        .and_then(|(_, rows)| rows);
    rows.is_some_and(|rows| height > 0 && rows * 2 > usize::from(height))
}
