//! Which screen cells show which link, for the terminal to make them clickable
//! (see [`crate::hyperlink`] for how they are written, and why beside the frame).

use crate::app::App;
use crate::hyperlink::LinkRegion;

use crate::app::layout;

/// The links the content pane shows for `app`, in terminal cells: one region per
/// stretch of a wrapped row (a link wrapped over two rows gives two regions).
///
/// Empty when hyperlinks are off, in plain mode, when the terminal is too small,
/// and whenever anything is drawn over the content pane (an overlay, a panel,
/// the search, a reload error, the outline over the content): a region is only
/// given where the frame shows the link's own text.
pub fn visible(app: &App) -> Vec<LinkRegion> {
    if !app.settings.hyperlinks
        || app.settings.plain
        || app
            .modals
            .iter()
            .any(|m| !matches!(m, crate::app::Modal::Review(_)))
    {
        return Vec::new();
    }
    let (w, h) = app.terminal.size;
    let areas = app.areas();
    if areas.too_small
        || w < layout::MIN_WIDTH
        || h < layout::MIN_HEIGHT
        || (areas.outline_overlay && !areas.outline.is_empty())
    {
        return Vec::new();
    }
    let text = areas.text;
    let v = &app.reader.view;
    let mut out = Vec::new();
    for (i, row) in v
        .rows
        .iter()
        .skip(v.scroll)
        .take(usize::from(text.height))
        .enumerate()
    {
        if v.hscroll > 0 && v.doc.scrolls_sideways(row.block) {
            continue;
        }
        for link in &row.links {
            let start = link.start.min(usize::from(text.width));
            let end = link.end.min(usize::from(text.width));
            if end > start {
                out.push(LinkRegion {
                    x: text.x + start as u16,
                    y: text.y + i as u16,
                    width: (end - start) as u16,
                    target: link.target.clone(),
                });
            }
        }
    }
    out
}
