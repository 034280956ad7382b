//! What is in front of the panes: one stack of [`Modal`]s, read by the key map
//! ([`super::Mode::of`]) and by [`super::update`] alike, so that the two cannot
//! rank them differently.
//!
//! Which combinations occur (read from `update` and the key map): a review
//! session stays open under an overlay, the search or a panel (their keys work on
//! a quiz screen); the reload banner of `amphi preview` comes with anything; but
//! an overlay, the search and a panel never show together (each takes every key
//! that would open another, and going from the glossary to the search, or back,
//! closes one before opening the other). So the stack has at most three layers,
//! always in this order, bottom to top: the review session, the reload banner,
//! and the one modal that takes the keys.

use super::{Overlay, Panel, ReviewSession, SearchPanel};
use crate::course::Report;

/// One thing drawn in front of the panes.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// A review session, shown in the content pane instead of the open item. Its
    /// keys are those of a quiz screen (the content pane's, when it has focus).
    Review(Box<ReviewSession>),
    /// `amphi preview`: why the course on disk could not be reloaded, shown over
    /// the last good course until a reload works. It takes no keys.
    ReloadError(Report),
    /// The glossary pane, the bookmarks list or the note editor: takes the keys.
    Panel(Panel),
    /// The search panel: takes the keys.
    Search(SearchPanel),
    /// Help, about, the resume card or mastery: takes the keys.
    Overlay {
        /// Which overlay.
        overlay: Overlay,
        /// Lines its text is scrolled by (clamped to its length by `update`).
        scroll: u16,
    },
}

impl Modal {
    /// The modal's layer: where it goes in the stack (0 at the bottom).
    fn layer(&self) -> u8 {
        match self {
            Modal::Review(_) => 0,
            Modal::ReloadError(_) => 1,
            Modal::Panel(_) | Modal::Search(_) | Modal::Overlay { .. } => 2,
        }
    }

    /// Whether the modal takes the keys while it is in front.
    pub fn takes_keys(&self) -> bool {
        self.layer() == 2
    }
}

/// The modals open, bottom to top: at most one per layer (a review session, the
/// reload banner, then one of a panel, the search and an overlay), in that order.
/// The last one is in front.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Modals {
    stack: Vec<Modal>,
}

impl Modals {
    /// The modals open, bottom to top (the order they are drawn in).
    pub fn iter(&self) -> impl Iterator<Item = &Modal> {
        self.stack.iter()
    }

    /// The modal that takes the keys, if one is open: a panel, the search or an
    /// overlay (always the top of the stack). A review session and the reload
    /// banner leave the keys to the panes.
    pub fn front(&self) -> Option<&Modal> {
        self.stack.last().filter(|m| m.takes_keys())
    }

    /// Whether a modal that takes the keys is open.
    pub fn has_front(&self) -> bool {
        self.front().is_some()
    }

    /// Opens `modal` in its layer, in place of the one there (opening a panel
    /// closes the search or an overlay, and so on).
    pub fn open(&mut self, modal: Modal) {
        let layer = modal.layer();
        self.stack.retain(|m| m.layer() != layer);
        let at = self
            .stack
            .iter()
            .position(|m| m.layer() > layer)
            .unwrap_or(self.stack.len());
        self.stack.insert(at, modal);
    }

    /// Closes the modal that takes the keys and returns it, if one is open.
    pub fn close_front(&mut self) -> Option<Modal> {
        if self.has_front() {
            self.stack.pop()
        } else {
            None
        }
    }

    /// Closes the modals for which `which` holds.
    fn close(&mut self, which: impl Fn(&Modal) -> bool) {
        self.stack.retain(|m| !which(m));
    }

    /// Opens `overlay` at its top (in place of a panel or the search).
    pub fn open_overlay(&mut self, overlay: Overlay) {
        self.open(Modal::Overlay { overlay, scroll: 0 });
    }

    /// The overlay shown, if any.
    pub fn overlay(&self) -> Option<Overlay> {
        self.stack.iter().find_map(|m| match m {
            Modal::Overlay { overlay, .. } => Some(*overlay),
            _ => None,
        })
    }

    /// Lines the overlay's text is scrolled by (0 when none is shown).
    pub fn overlay_scroll(&self) -> u16 {
        self.stack
            .iter()
            .find_map(|m| match m {
                Modal::Overlay { scroll, .. } => Some(*scroll),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// Scrolls the overlay shown to line `to` (nothing when none is shown).
    pub fn set_overlay_scroll(&mut self, to: u16) {
        for m in &mut self.stack {
            if let Modal::Overlay { scroll, .. } = m {
                *scroll = to;
            }
        }
    }

    /// Closes the overlay, if one is shown.
    pub fn close_overlay(&mut self) {
        self.close(|m| matches!(m, Modal::Overlay { .. }));
    }

    /// The search panel, while it is open.
    pub fn search(&self) -> Option<&SearchPanel> {
        self.stack.iter().find_map(|m| match m {
            Modal::Search(s) => Some(s),
            _ => None,
        })
    }

    /// The search panel, to change.
    pub fn search_mut(&mut self) -> Option<&mut SearchPanel> {
        self.stack.iter_mut().find_map(|m| match m {
            Modal::Search(s) => Some(s),
            _ => None,
        })
    }

    /// Closes the search panel, if it is open.
    pub fn close_search(&mut self) {
        self.close(|m| matches!(m, Modal::Search(_)));
    }

    /// The glossary pane, bookmarks list or note editor, while one is open.
    pub fn panel(&self) -> Option<&Panel> {
        self.stack.iter().find_map(|m| match m {
            Modal::Panel(p) => Some(p),
            _ => None,
        })
    }

    /// The open panel, to change.
    pub fn panel_mut(&mut self) -> Option<&mut Panel> {
        self.stack.iter_mut().find_map(|m| match m {
            Modal::Panel(p) => Some(p),
            _ => None,
        })
    }

    /// Closes the open panel and returns it, if one is open.
    pub fn take_panel(&mut self) -> Option<Panel> {
        let at = self
            .stack
            .iter()
            .position(|m| matches!(m, Modal::Panel(_)))?;
        match self.stack.remove(at) {
            Modal::Panel(p) => Some(p),
            _ => None,
        }
    }

    /// The review session under way, if any.
    pub fn review(&self) -> Option<&ReviewSession> {
        self.stack.iter().find_map(|m| match m {
            Modal::Review(r) => Some(&**r),
            _ => None,
        })
    }

    /// The review session, to change.
    pub fn review_mut(&mut self) -> Option<&mut ReviewSession> {
        self.stack.iter_mut().find_map(|m| match m {
            Modal::Review(r) => Some(&mut **r),
            _ => None,
        })
    }

    /// Ends the review session, if one is under way.
    pub fn close_review(&mut self) {
        self.close(|m| matches!(m, Modal::Review(_)));
    }

    /// Why the course on disk was not reloaded, while the banner shows.
    pub fn reload_error(&self) -> Option<&Report> {
        self.stack.iter().find_map(|m| match m {
            Modal::ReloadError(r) => Some(r),
            _ => None,
        })
    }

    /// Shows the reload banner with `report`, or closes it (`None`).
    pub fn set_reload_error(&mut self, report: Option<Report>) {
        match report {
            Some(report) => self.open(Modal::ReloadError(report)),
            None => self.close(|m| matches!(m, Modal::ReloadError(_))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_layer_holds_one_modal_and_the_key_taker_is_on_top() {
        let mut m = Modals::default();
        m.open_overlay(Overlay::Help);
        m.set_overlay_scroll(3);
        m.set_reload_error(Some(Report::default()));
        let help = Modal::Overlay {
            overlay: Overlay::Help,
            scroll: 3,
        };
        assert_eq!(m.front(), Some(&help));
        m.open(Modal::Search(SearchPanel::default()));
        assert_eq!(m.overlay(), None, "the search took the overlay's place");
        assert_eq!(m.overlay_scroll(), 0);
        assert!(m.search().is_some());
        assert_eq!(m.iter().count(), 2);
        assert!(matches!(m.iter().next(), Some(Modal::ReloadError(_))));
        m.close_front();
        assert_eq!(m.front(), None, "the banner takes no keys");
        assert!(m.reload_error().is_some());
        m.set_reload_error(None);
        assert_eq!(m, Modals::default());
    }
}
