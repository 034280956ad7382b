//! Where each pane goes, for a terminal size. Pure geometry, shared by drawing and
//! by `update` (which needs the text width to lay text out).

use ratatui::layout::Rect;

use crate::app::Focus;

/// Smallest terminal the app draws its panes in: columns.
pub const MIN_WIDTH: u16 = 40;
/// Smallest terminal the app draws its panes in: rows.
pub const MIN_HEIGHT: u16 = 10;
/// Below this width only the focused pane is shown.
pub const TWO_PANE_WIDTH: u16 = 70;

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
}

/// The areas for a terminal of `size` (columns, rows) with `focus`.
pub fn areas(size: (u16, u16), focus: Focus) -> Areas {
    let (w, h) = size;
    if w < MIN_WIDTH || h < MIN_HEIGHT {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let status = Rect::new(0, h - 1, w, 1);
    let body_h = h - 1;
    let (outline, content) = if w >= TWO_PANE_WIDTH {
        let ow = (w * 3 / 10).clamp(26, 40);
        (
            Rect::new(0, 0, ow, body_h),
            Rect::new(ow, 0, w - ow, body_h),
        )
    } else if focus == Focus::Outline {
        (Rect::new(0, 0, w, body_h), Rect::default())
    } else {
        (Rect::default(), Rect::new(0, 0, w, body_h))
    };
    let text = if content.width >= 6 && content.height >= 3 {
        Rect::new(
            content.x + 2,
            content.y + 1,
            content.width - 4,
            content.height - 2,
        )
    } else {
        Rect::default()
    };
    Areas {
        outline,
        content,
        text,
        status,
        too_small: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fit_inside_the_terminal_at_every_size() {
        for w in 0..200u16 {
            for h in 0..60u16 {
                for focus in [Focus::Outline, Focus::Content] {
                    let a = areas((w, h), focus);
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
}
