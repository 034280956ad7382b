//! Pictures drawn with half-block characters: each cell shows two pixels, the
//! upper one as the `▀`'s colour and the lower one as the cell's background.
//!
//! The pixels come from [`crate::app::images::ImageStore::scaled`], made on the
//! preparing thread for the pane's width: drawing copies colours only. A picture
//! partly scrolled out of the pane is clipped by rows. A picture not scaled yet
//! leaves its rows blank (the preparing thread is making it).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

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
        let Some(picture) = app.images.scaled(source, cols, rows) else {
            continue;
        };
        let y = text.y + u16::try_from(screen_row).unwrap_or(u16::MAX);
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
