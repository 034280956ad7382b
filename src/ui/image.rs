//! Pictures drawn with half-block characters: each cell shows two pixels, the
//! upper one as the `▀`'s colour and the lower one as the cell's background.
//!
//! The pixels come from [`crate::app::images::ImageStore::scaled`], made on the
//! preparing thread for the pane's width: drawing copies colours only. A picture
//! partly scrolled out of the pane is clipped by rows. A picture not scaled yet
//! leaves its rows blank (the preparing thread is making it).
//!
//! With a graphics protocol ([`crate::app::images::ImageMode::Graphics`]), a
//! picture wholly in the pane is drawn from its encoded copy
//! ([`crate::app::images::ImageStore::encoded`], made on the preparing thread
//! too) by `ratatui_image::Image`: the escape sequence sits in the picture's
//! first cell (kitty: each row's first cell holds unicode placeholders) and the
//! other cells are skipped, so a frame that draws anything else there (the
//! picture scrolled, another item) overwrites it. A picture partly out of the
//! pane, or not encoded yet, is drawn with half-blocks.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::course::images::Picture;

/// Draws the pictures of the rows shown in `text` (the content pane's text area,
/// the view scrolled as `app.reader.view` says).
pub fn draw_pictures(buf: &mut Buffer, app: &App, text: Rect) {
    let v = &app.reader.view;
    for (screen_row, row) in v
        .rows
        .iter()
        .skip(v.scroll)
        .take(usize::from(text.height))
        .enumerate()
    {
        let Some(block) = v.doc.blocks.get(row.block) else {
            continue;
        };
        let Some((left, cols, rows)) = block.picture(v.width) else {
            continue;
        };
        let gap = usize::from(block.gap && row.block > 0);
        let Some(i) = row.line_in_block.checked_sub(gap) else {
            continue;
        };
        if i >= usize::from(rows) {
            continue;
        }
        let Some(source) = block.image.as_ref().map(|im| im.source.as_str()) else {
            continue;
        };
        let y = text.y + u16::try_from(screen_row).unwrap_or(u16::MAX);
        // Whole in the pane: its first row shown, and its last.
        let whole = i <= screen_row
            && screen_row - i + usize::from(rows) <= usize::from(text.height)
            && left.saturating_add(cols) <= text.width;
        if whole && let Some(encoded) = app.images.encoded(source, cols, rows) {
            if i == 0 {
                let area = Rect::new(text.x + left, y, cols, rows).intersection(*buf.area());
                if area.width == cols && area.height == rows {
                    ratatui_image::Image::new(&encoded).render(area, buf);
                    one_column_wide(buf, area);
                }
            }
            continue;
        }
        let Some(picture) = app.images.scaled(source, cols, rows) else {
            continue;
        };
        draw_row(
            buf,
            &picture,
            i as u32,
            text.x + left,
            y,
            cols.min(text.width.saturating_sub(left)),
        );
    }
}

/// Gives the cells of `area` holding an escape sequence a width of one column:
/// ratatui measures a symbol's width from its text, and would otherwise take a
/// sequence of thousands of characters for as many columns and leave the cells
/// after it (the caption, the rest of the pane) unwritten.
#[allow(deprecated)] // ratatui-image 10 marks its cells with `Cell::skip`
fn one_column_wide(buf: &mut Buffer, area: Rect) {
    const ONE: std::num::NonZeroU16 = std::num::NonZeroU16::MIN;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y))
                && cell.diff_option != CellDiffOption::Skip
                && !cell.skip
                && cell.symbol().contains('\x1b')
            {
                cell.set_diff_option(CellDiffOption::ForcedWidth(ONE));
            }
        }
    }
}

/// Draws row `i` of `picture` (pixel rows `2i` and `2i + 1`) at (`x`, `y`),
/// `cols` cells wide.
fn draw_row(buf: &mut Buffer, picture: &Picture, i: u32, x: u16, y: u16, cols: u16) {
    for c in 0..cols {
        let Some(cell) = buf.cell_mut((x + c, y)) else {
            continue;
        };
        let top = colour(picture.pixel(u32::from(c), 2 * i));
        let bottom = colour(picture.pixel(u32::from(c), 2 * i + 1));
        match (top, bottom) {
            (Some(t), Some(b)) => {
                cell.set_symbol("▀").set_fg(t).set_bg(b);
            }
            (Some(t), None) => {
                cell.set_symbol("▀").set_fg(t).set_bg(Color::Reset);
            }
            (None, Some(b)) => {
                cell.set_symbol("▄").set_fg(b).set_bg(Color::Reset);
            }
            (None, None) => {
                cell.set_symbol(" ").set_bg(Color::Reset);
            }
        }
    }
}

/// A pixel's colour, `None` when it is mostly transparent (the pane's own
/// background shows).
fn colour([r, g, b, a]: [u8; 4]) -> Option<Color> {
    (a >= 128).then_some(Color::Rgb(r, g, b))
}
