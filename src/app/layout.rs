//! Where each pane goes, for a terminal size. Pure geometry, shared by drawing and
//! by `update` (which needs the text width to lay text out).

use ratatui::layout::{Constraint, Layout, Rect};

use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus};
use crate::course::Item;

/// Smallest terminal the app draws its panes in: columns.
pub const MIN_WIDTH: u16 = 40;
/// Smallest terminal the app draws its panes in: rows.
pub const MIN_HEIGHT: u16 = 10;
/// Below this width the outline is not a pane of its own: the content takes the
/// whole width and the outline opens over it (an overlay) while it has focus.
pub const TWO_PANE_WIDTH: u16 = 100;
/// Widest the outline overlay's base width gets, in columns (it grows past it
/// when titles need more: see [`areas`]).
pub const OVERLAY_OUTLINE_WIDTH: u16 = 48;
/// Narrowest text column the outline pane leaves the content when it grows
/// for long titles, in columns (the measure when that is narrower): about 60
/// characters, a comfortable line.
pub const MIN_READING_WIDTH: u16 = 64;
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
    /// The outline's natural width, border included: what it needs to show
    /// every title whole ([`outline_natural_width`]); 0 for the base
    /// width alone.
    pub outline_natural: u16,
}

impl LayoutOptions {
    /// Two panes when they fit, the default measure, the outline at its base
    /// width.
    pub fn new(focus: Focus) -> Self {
        LayoutOptions {
            focus,
            focus_mode: false,
            measure: DEFAULT_MEASURE,
            outline_natural: 0,
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
///
/// From [`TWO_PANE_WIDTH`] columns on (outside focus mode) the outline is a pane
/// beside the content. Its base width is 3/10 of the screen, 26 to 40 columns;
/// it grows to its natural width (every title whole) up to 2/5 of the screen,
/// as long as the content keeps a text column of its measure or
/// [`MIN_READING_WIDTH`] columns, whichever is narrower. The text column is then
/// at most the measure, centred in the content pane.
///
/// Narrower (or in focus mode), the outline opens over the content while it has
/// focus: 3/5 of the screen, 30 to [`OVERLAY_OUTLINE_WIDTH`] columns, growing to
/// its natural width up to all but 4 columns of the screen (a click there closes
/// it).
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
    let natural = options.outline_natural;
    let (outline, content) = if two_panes {
        let base = (w * 3 / 10).clamp(26, 40);
        let reading = options.measure.clamp(20, MIN_READING_WIDTH);
        // Border and padding of the content pane: 4 columns beside its text.
        let cap = (w * 2 / 5).min(w.saturating_sub(reading + 4));
        let ow = natural.clamp(base, cap.max(base));
        (
            Rect::new(0, 0, ow, body_h),
            Rect::new(ow, 0, w - ow, body_h),
        )
    } else if focus == Focus::Outline {
        // The outline opens over the left of the content, which stays laid out.
        let base = (w * 6 / 10).clamp(30, OVERLAY_OUTLINE_WIDTH).min(w);
        let ow = natural.clamp(base, w.saturating_sub(4).max(base));
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

/// The areas in plain mode for a terminal of `size`: a header row, the text in
/// the full width below it, the spoken line at the bottom in `status_rows` rows
/// (see [`crate::app::spoken::status_rows`]; at least one, and at most what leaves the text one
/// row). The outline, when it has focus, takes the text's place.
pub fn plain_areas(size: (u16, u16), focus: Focus, status_rows: u16) -> Areas {
    let (w, h) = size;
    if w < 20 || h < 4 {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let status_rows = status_rows.clamp(1, h - 2);
    let body = Rect::new(0, 1, w, h - 1 - status_rows);
    let (outline, content) = match focus {
        Focus::Outline => (body, Rect::default()),
        Focus::Content => (Rect::default(), body),
    };
    Areas {
        outline,
        content: body,
        text: if content.is_empty() { body } else { content },
        status: Rect::new(0, h - status_rows, w, status_rows),
        too_small: false,
        outline_overlay: true,
    }
}

// Floating windows: overlays and panes open above the status bar, centred.

/// `area` without its last row, the status bar's: overlays open above it, so
/// that the status bar stays in view.
pub fn above_status(area: Rect) -> Rect {
    Rect {
        height: area.height.saturating_sub(1),
        ..area
    }
}

/// Columns of padding between a floating window's side borders and its text,
/// on each side, the same in every window (overlays, panes, the preview's
/// error banner): text never touches a border.
pub const PADDING: u16 = 1;

/// A centred rectangle of at most `w`×`h` inside `area`, taking all of `area`'s
/// width when at most 4 columns would be left beside it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = centered_width(area.width, w);
    let [popup] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(ratatui::layout::Flex::Center)
        .areas(popup);
    popup
}

/// The width of a window [`centered`] in `room` columns when it asks for `w`:
/// `w`, or all of `room` when at most 4 columns would be left beside it.
pub fn centered_width(room: u16, w: u16) -> u16 {
    // Side margins too thin to show what is below (a column or two of another
    // pane's border) only look broken: take the whole width instead.
    if room.saturating_sub(w) <= 4 { room } else { w }
}

// The outline's geometry: its natural width, where each module's rows start,
// which row is at the top, and which item a row stands for. The outline's text
// is drawn by the UI's outline pane (`src/ui/outline.rs`).

/// Columns the rows of a section's items are indented by, beside those of a
/// module without sections.
pub const SECTION_INDENT: usize = 2;

/// Columns kept for a section's count in the outline's natural width: `99/99 ✓`
/// with the spaces around it.
const SECTION_COUNT_ALLOWANCE: usize = 9;

/// Columns kept for a reading time in the outline's natural width: room for
/// `~12 min` or `5m of ~12m` with the space before it.
const TIME_ALLOWANCE: usize = 11;

/// The outline's natural width, border included: what it needs for every
/// module and item title of `course` to show whole beside its marks, a short
/// reading time or a quiz's best score. The layout grows the outline pane
/// towards it ([`areas`]).
pub fn outline_natural_width(course: &crate::course::Course) -> u16 {
    // Inside the border: a module row is its mark (2), its title, a column
    // kept before the edge and a reading time; an item row is its pointer and
    // mark (4), its title, a column before the edge and a reading time (a quiz:
    // its best score, ` 100%`).
    let widest = course
        .modules
        .iter()
        .enumerate()
        .flat_map(|(mi, m)| {
            let module = 2 + format!("{}. {}", mi + 1, m.title).width() + 1 + TIME_ALLOWANCE;
            // Items of a section are indented by [`SECTION_INDENT`]; a section
            // row is its fold mark (3), its title and its count (` 12/12 ✓`).
            let indent = if m.sections.is_empty() {
                0
            } else {
                SECTION_INDENT
            };
            let items = m.items.iter().map(move |item| {
                let after = match item {
                    Item::Quiz(_) => " 100%".width(),
                    _ => TIME_ALLOWANCE,
                };
                indent + 4 + item.title().width() + 1 + after
            });
            let sections = m
                .sections
                .iter()
                .map(|s| 3 + s.title.width() + 1 + SECTION_COUNT_ALLOWANCE);
            std::iter::once(module).chain(sections).chain(items)
        })
        .max()
        .unwrap_or(0);
    u16::try_from(widest + 2).unwrap_or(u16::MAX)
}

/// What an outline row below a module's title and gauge stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlinePick {
    /// Item (module index, item index).
    Item(usize, usize),
    /// The row of section (module index, section index), which folds and
    /// unfolds its items.
    Section(usize, usize),
}

/// The rows of module `mi` below its title and gauge, in order: its items, or
/// with sections each section's row followed, when it is unfolded, by its
/// items.
pub fn module_entries(app: &App, mi: usize) -> Vec<OutlinePick> {
    let Some(module) = app.course.modules.get(mi) else {
        return Vec::new();
    };
    if module.sections.is_empty() {
        return (0..module.items.len())
            .map(|ii| OutlinePick::Item(mi, ii))
            .collect();
    }
    let mut out = Vec::new();
    for (si, section) in module.sections.iter().enumerate() {
        out.push(OutlinePick::Section(mi, si));
        if app.nav.unfolded.contains(&(mi, si)) {
            out.extend(section.items.clone().map(|ii| OutlinePick::Item(mi, ii)));
        }
    }
    out
}

/// How many rows [`module_entries`] gives module `mi`, counted without
/// listing them.
fn module_entry_count(app: &App, mi: usize) -> usize {
    let module = &app.course.modules[mi];
    if module.sections.is_empty() {
        return module.items.len();
    }
    module.sections.len()
        + module
            .sections
            .iter()
            .enumerate()
            .filter(|(si, _)| app.nav.unfolded.contains(&(mi, *si)))
            .map(|(_, s)| s.items.len())
            .sum::<usize>()
}

/// Every row of the outline the selection can rest on (items and sections
/// shown, folded items left out), in order.
pub fn outline_picks(app: &App) -> Vec<OutlinePick> {
    (0..app.course.modules.len())
        .flat_map(|mi| module_entries(app, mi))
        .collect()
}

/// The row selected in the outline: a section's, or an item's. An item
/// hidden in a folded section is shown by its section's row.
pub fn selected_pick(app: &App) -> OutlinePick {
    if let Some((mi, si)) = app.nav.selected_section {
        return OutlinePick::Section(mi, si);
    }
    let (mi, ii) = app.nav.selected;
    match app.course.modules.get(mi).and_then(|m| m.section_of(ii)) {
        Some(si) if !app.nav.unfolded.contains(&(mi, si)) => OutlinePick::Section(mi, si),
        _ => OutlinePick::Item(mi, ii),
    }
}

/// The outline's rows above each module's first row (two rows per module: title
/// and gauge, then one per item and section shown), and the number of rows in
/// all.
pub fn outline_module_starts(app: &App) -> (Vec<usize>, usize) {
    let mut starts = Vec::with_capacity(app.course.modules.len());
    let mut at = 0;
    for mi in 0..app.course.modules.len() {
        starts.push(at);
        at += 2 + module_entry_count(app, mi);
    }
    (starts, at)
}

/// The first row shown in an outline `height` rows high: the selected row is
/// kept visible, roughly centred when the outline is long. Its row is counted,
/// not laid out: only the rows on screen are built.
pub fn outline_offset(app: &App, height: u16) -> usize {
    let height = usize::from(height);
    let (starts, total) = outline_module_starts(app);
    let pick = selected_pick(app);
    let mi = match pick {
        OutlinePick::Item(mi, _) | OutlinePick::Section(mi, _) => mi,
    };
    let target = starts.get(mi).map_or(0, |s| {
        let at = module_entries(app, mi).iter().position(|&p| p == pick);
        s + 2 + at.unwrap_or(0)
    });
    let max_offset = total.saturating_sub(height);
    target.saturating_sub(height / 2).min(max_offset)
}

/// The row at screen row `y` in an outline drawn in `area` (border included),
/// if it is an item's or a section's: what a click there acts on. Counted from
/// the rows' positions, laying out one module's rows at most.
pub fn outline_pick_at(app: &App, area: Rect, y: u16) -> Option<OutlinePick> {
    let inner = area.inner(ratatui::layout::Margin::new(1, 1));
    if inner.is_empty() || y < inner.y || y >= inner.bottom() {
        return None;
    }
    let row = outline_offset(app, inner.height) + usize::from(y - inner.y);
    let (starts, total) = outline_module_starts(app);
    if row >= total {
        return None;
    }
    let mi = starts.partition_point(|&s| s <= row).checked_sub(1)?;
    let at = (row - starts[mi]).checked_sub(2)?;
    module_entries(app, mi).get(at).copied()
}

/// The item whose row is at screen row `y` in an outline drawn in `area`
/// (border included), if any (see [`outline_pick_at`]).
pub fn outline_item_at(app: &App, area: Rect, y: u16) -> Option<(usize, usize)> {
    match outline_pick_at(app, area, y)? {
        OutlinePick::Item(mi, ii) => Some((mi, ii)),
        OutlinePick::Section(..) => None,
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
    fn the_outline_grows_to_its_natural_width_within_a_share_and_a_reading_column() {
        let with = |w: u16, natural: u16| {
            areas(
                (w, 40),
                LayoutOptions {
                    outline_natural: natural,
                    ..LayoutOptions::new(Focus::Content)
                },
            )
        };
        // Short titles: the base width, 3/10 of the screen.
        assert_eq!(with(120, 20).outline.width, 36);
        // Long ones: up to 2/5 of the screen, the text keeping 64 columns.
        let a = with(120, 73);
        assert_eq!((a.outline.width, a.text.width), (48, 68));
        assert_eq!(with(100, 73).outline.width, 32, "the text keeps 64");
        assert_eq!(with(100, 73).text.width, MIN_READING_WIDTH);
        assert_eq!(with(182, 73).outline.width, 72);
        let wide = with(183, 73);
        assert_eq!((wide.outline.width, wide.text.width), (73, DEFAULT_MEASURE));
        assert_eq!(with(250, 73).outline.width, 73, "no wider than needed");
        // A narrower measure is kept whole.
        let narrow = areas(
            (120, 40),
            LayoutOptions {
                outline_natural: 90,
                measure: 50,
                ..LayoutOptions::new(Focus::Content)
            },
        );
        assert_eq!((narrow.outline.width, narrow.text.width), (48, 50));
        // The overlay: all but 4 columns at most.
        let overlay = |w: u16, natural: u16| {
            areas(
                (w, 24),
                LayoutOptions {
                    outline_natural: natural,
                    ..LayoutOptions::new(Focus::Outline)
                },
            )
            .outline
            .width
        };
        assert_eq!(overlay(50, 73), 46);
        assert_eq!(overlay(40, 73), 36);
        assert_eq!(overlay(80, 73), 73);
        assert_eq!(overlay(80, 20), 48, "short titles: the base width");
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
