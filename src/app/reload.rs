//! `amphi preview`: a course read again from disk replaces the open one, keeping
//! the learner's place.

use super::App;
use crate::course::{Course, Report};

impl App {
    /// Takes a course read again from disk: the original or one of its
    /// editions ([`crate::preview::read_again`] sends each).
    ///
    /// A valid course replaces the same edition (the original, or the edition
    /// in the same language): when it is the one open, the same item (by module
    /// and item id) stays open at the same place in its text; when it is gone,
    /// the item at the same position (or the nearest) opens at its top. Quiz
    /// screens start again from the progress state (open attempts resume), the
    /// glossary and the cached texts are built again, and an open search
    /// closes (its matches were in the old text). An edition not open is put in
    /// [`App::editions`] for `E`, and an edition the original no longer lists
    /// is dropped (the original opens if it was the one open). An invalid course
    /// is kept out: the last good one stays readable and the reload banner
    /// ([`super::Modal::ReloadError`]) holds the report.
    pub(crate) fn reload(&mut self, result: Result<Course, Report>) {
        let course = match result {
            Ok(course) => course,
            Err(report) => {
                self.modals.set_reload_error(Some(report));
                return;
            }
        };
        self.modals.set_reload_error(None);
        if same_edition(&self.course, &course) {
            self.take_course(course);
        } else if let Some(slot) = self.editions.iter_mut().find(|c| same_edition(c, &course)) {
            *slot = course;
        } else {
            self.editions.push(course);
        }
        // The editions the original lists now, the original among them.
        let Some(original) = std::iter::once(&self.course)
            .chain(&self.editions)
            .find(|c| c.info.edition_of.is_none())
            .cloned()
        else {
            return;
        };
        let listed = |c: &Course| {
            c.info.edition_of.is_none()
                || crate::course::editions::edition_folder(&original, &c.info.language).is_some()
        };
        self.editions.retain(listed);
        if !listed(&self.course) {
            self.editions.retain(|c| c.info.edition_of.is_some());
            self.take_course(original);
            // Images are read in the original's folder now.
            let mode = self.images.mode();
            self.images =
                std::sync::Arc::new(super::images::ImageStore::new(self.edition_files(), mode));
        }
    }

    /// Puts `course` in place of the open one as [`App::reload`] does for a valid
    /// course (same item, same place, helpers built again) and returns the one
    /// it replaces (for [`super::Action::SwitchEdition`]).
    pub(crate) fn take_course(&mut self, course: Course) -> Course {
        let (mi, ii) = self.nav.current;
        let ids = self.course.modules.get(mi).and_then(|m| {
            let item = m.items.get(ii)?;
            Some((m.id.clone(), item.id().to_owned()))
        });
        let anchor = self
            .reader
            .pending_anchor
            .unwrap_or_else(|| self.reader.view.anchor());
        let old = std::mem::replace(&mut self.course, course);
        self.search_index = None;
        self.glossary = std::sync::Arc::new(crate::glossary::Matcher::new(&self.course.glossary));
        self.jumps = std::sync::Arc::new(crate::course::Jumps::new(&self.course));
        self.outline_natural = super::layout::outline_natural_width(&self.course);
        self.reader.docs.clear();
        self.images.clear();
        // The course's completion was counted for the old items.
        self.completion.set(None);
        self.progress_mut();
        self.facts = super::reading::Facts::of(&self.course, self.progress());
        self.quizzes.clear();
        self.modals.close_search();
        // Section indices of the old course: the open item's section unfolds again.
        self.nav.unfolded.clear();
        self.nav.selected_section = None;
        let same = ids.and_then(|(m, i)| {
            let nm = self.course.module_index(&m)?;
            let ni = self.course.modules[nm]
                .items
                .iter()
                .position(|x| x.id() == i)?;
            Some((nm, ni))
        });
        let (to, kept) = match same {
            Some(at) => (Some(at), true),
            None => (self.nearest(mi, ii), false),
        };
        let Some((nm, ni)) = to else {
            return old;
        };
        self.open(nm, ni);
        if kept {
            self.reader.pending_anchor = Some(anchor);
            self.rebuild();
        }
        old
    }

    /// The item at (`mi`, `ii`), or the nearest one that exists.
    fn nearest(&self, mi: usize, ii: usize) -> Option<(usize, usize)> {
        let modules = &self.course.modules;
        let mi = mi.min(modules.len().checked_sub(1)?);
        match modules[mi].items.len() {
            0 => modules
                .iter()
                .position(|m| !m.items.is_empty())
                .map(|m| (m, 0)),
            n => Some((mi, ii.min(n - 1))),
        }
    }
}

/// Whether `a` and `b` are the same edition of a course: both the original
/// (no `edition_of`), or both editions in the same language.
fn same_edition(a: &Course, b: &Course) -> bool {
    use crate::course::editions::primary;
    match (&a.info.edition_of, &b.info.edition_of) {
        (None, None) => true,
        (Some(_), Some(_)) => primary(&a.info.language) == primary(&b.info.language),
        _ => false,
    }
}
