//! Where each pane goes, for a terminal size. Pure geometry, shared by drawing and
//! by `update` (which needs the text width to lay text out).

use ratatui::layout::Rect;

use crate::app::Focus;

/// Smallest terminal the app draws its panes in: columns.
pub const MIN_WIDTH: u16 = 40;
/// Smallest terminal the app draws its panes in: rows.
pub const MIN_HEIGHT: u16 = 10;
/// Below this width the outline is not a pane of its own: the content takes the
/// whole width and the outline opens over it (an overlay) while it has focus.
pub const TWO_PANE_WIDTH: u16 = 100;
/// Widest the outline overlay gets, in columns.
pub const OVERLAY_OUTLINE_WIDTH: u16 = 48;
/// Default widest text column, in columns: longer lines are hard to read, so in
/// wide terminals the text is centred in a column this wide.
pub const DEFAULT_MEASURE: u16 = 88;

/// What shapes the layout besides the terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Which pane has focus (in one-pane layouts, the one shown).
    pub focus: Focus,
    /// Focus mode: the outline is hidden unless it has focus.
    pub focus_mode: bool,
    /// Widest text column, in columns.
    pub measure: u16,
}

impl LayoutOptions {
    /// Two panes when they fit, the default measure.
    pub fn new(focus: Focus) -> Self {
        LayoutOptions {
            focus,
            focus_mode: false,
            measure: DEFAULT_MEASURE,
        }
    }
}

/// The areas of one frame. Empty rectangles are hidden panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    /// The outline pane, border included.
    pub outline: Rect,
    /// The content pane, border included.
    pub content: Rect,
    /// Where content text goes (inside the border and padding; the scrollbar sits on
    /// the right border).
    pub text: Rect,
    /// The status bar (one row).
    pub status: Rect,
    /// Whether the terminal is too small for the panes.
    pub too_small: bool,
    /// Whether the outline is drawn over the content (narrow terminals and focus
    /// mode) rather than beside it.
    pub outline_overlay: bool,
}

/// The areas for a terminal of `size` (columns, rows).
pub fn areas(size: (u16, u16), options: LayoutOptions) -> Areas {
    let focus = options.focus;
    let (w, h) = size;
    if w < MIN_WIDTH || h < MIN_HEIGHT {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let status = Rect::new(0, h - 1, w, 1);
    let body_h = h - 1;
    let two_panes = w >= TWO_PANE_WIDTH && !options.focus_mode;
    let (outline, content) = if two_panes {
        let ow = (w * 3 / 10).clamp(26, 40);
        (
            Rect::new(0, 0, ow, body_h),
            Rect::new(ow, 0, w - ow, body_h),
        )
    } else if focus == Focus::Outline {
        // The outline opens over the left of the content, which stays laid out.
        let ow = (w * 6 / 10).clamp(30, OVERLAY_OUTLINE_WIDTH).min(w);
        (Rect::new(0, 0, ow, body_h), Rect::new(0, 0, w, body_h))
    } else {
        (Rect::default(), Rect::new(0, 0, w, body_h))
    };
    let text = if content.width >= 6 && content.height >= 3 {
        let width = content.width - 4;
        let measure = options.measure.max(20);
        // Centre a column of at most `measure` in a wide pane.
        let (x, width) = if width > measure {
            (content.x + 2 + (width - measure) / 2, measure)
        } else {
            (content.x + 2, width)
        };
        Rect::new(x, content.y + 1, width, content.height - 2)
    } else {
        Rect::default()
    };
    Areas {
        outline,
        content,
        text,
        status,
        too_small: false,
        outline_overlay: !two_panes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fit_inside_the_terminal_at_every_size() {
        for w in 0..200u16 {
            for h in 0..60u16 {
                for (focus, focus_mode) in [
                    (Focus::Outline, false),
                    (Focus::Content, false),
                    (Focus::Content, true),
                    (Focus::Outline, true),
                ] {
                    let options = LayoutOptions {
                        focus_mode,
                        measure: 30,
                        ..LayoutOptions::new(focus)
                    };
                    let a = areas((w, h), options);
                    assert!(a.text.width <= 30);
                    let screen = Rect::new(0, 0, w, h);
                    for r in [a.outline, a.content, a.text, a.status] {
                        assert!(
                            r.is_empty() || screen.contains(r.as_position()),
                            "{r:?} in {w}x{h}"
                        );
                        assert!(r.right() <= w && r.bottom() <= h, "{r:?} in {w}x{h}");
                    }
                    assert_eq!(a.too_small, w < MIN_WIDTH || h < MIN_HEIGHT);
                }
            }
        }
    }

    #[test]
    fn wide_panes_centre_a_column_no_wider_than_the_measure() {
        let a = areas((200, 50), LayoutOptions::new(Focus::Content));
        assert_eq!(a.text.width, DEFAULT_MEASURE);
        let left = a.text.x - a.content.x;
        let right = a.content.right() - a.text.right();
        assert!(left.abs_diff(right) <= 1, "centred: {left} and {right}");
        let narrow = areas((100, 30), LayoutOptions::new(Focus::Content));
        assert!(narrow.text.width < DEFAULT_MEASURE);
        assert_eq!(narrow.text.x, narrow.content.x + 2);
    }

    #[test]
    fn focus_mode_hides_the_outline_until_it_has_focus() {
        let options = LayoutOptions {
            focus_mode: true,
            ..LayoutOptions::new(Focus::Content)
        };
        let a = areas((120, 40), options);
        assert!(a.outline.is_empty());
        assert_eq!(a.content.width, 120);
        let b = areas(
            (120, 40),
            LayoutOptions {
                focus: Focus::Outline,
                ..options
            },
        );
        assert!(b.outline_overlay && b.outline.width < 120);
        assert_eq!(b.content.width, 120, "the content stays under the outline");
    }

    #[test]
    fn below_100_columns_the_outline_is_an_overlay() {
        let a = areas((99, 30), LayoutOptions::new(Focus::Content));
        assert!(a.outline.is_empty() && a.outline_overlay);
        assert_eq!(a.content.width, 99);
        let b = areas((80, 24), LayoutOptions::new(Focus::Outline));
        assert_eq!((b.outline.width, b.content.width), (48, 80));
        assert_eq!(
            b.text,
            areas((80, 24), LayoutOptions::new(Focus::Content)).text
        );
        let c = areas((100, 30), LayoutOptions::new(Focus::Content));
        assert!(!c.outline_overlay && !c.outline.is_empty());
    }
}
