//! Mouse events to actions: the wheel scrolls the pane under the pointer, a
//! click opens an outline item, picks a quiz choice or selects a course file or
//! transcript line. Positions are resolved
//! against the layout computed from the app's state and size (no drawing).

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{Action, App, Focus, Stage};

/// Lines the wheel scrolls the content by per notch.
const WHEEL_LINES: i32 = 3;

/// The action for a mouse event in `app`, if any.
pub fn action_for_mouse(app: &App, mouse: &MouseEvent) -> Option<Action> {
    let at = Position::new(mouse.column, mouse.row);
    let areas = app.areas();
    if areas.too_small {
        return None;
    }
    // The outline is drawn over the content in narrow layouts: it comes first.
    let in_outline = !areas.outline.is_empty() && areas.outline.contains(at);
    let overlay_up = app.modals.overlay().is_some() || app.modals.search().is_some();
    match mouse.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let down = mouse.kind == MouseEventKind::ScrollDown;
            if in_outline && !overlay_up {
                Some(Action::OutlineScroll(if down { 1 } else { -1 }))
            } else {
                Some(Action::Scroll(if down {
                    WHEEL_LINES
                } else {
                    -WHEEL_LINES
                }))
            }
        }
        MouseEventKind::Down(MouseButton::Left) if !overlay_up => {
            if in_outline {
                use super::layout::OutlinePick;
                return match super::layout::outline_pick_at(app, areas.outline, at.y)? {
                    OutlinePick::Item(mi, ii) => Some(Action::OpenItem(mi, ii)),
                    OutlinePick::Section(mi, si) => Some(Action::ToggleSection(mi, si)),
                };
            }
            if app.nav.focus == Focus::Outline && areas.outline_overlay {
                // A click beside the outline overlay closes it.
                return Some(Action::Back);
            }
            if let Some(t) = target_at(app, areas.text, at) {
                return Some(Action::SelectTarget(t));
            }
            choice_at(app, areas.text, at).map(Action::Choose)
        }
        _ => None,
    }
}

/// The target (a course file, a video's play or transcript line: its index in
/// the open text's targets) at `at` in the text area, if any.
fn target_at(app: &App, text: Rect, at: Position) -> Option<usize> {
    if !text.contains(at) || app.nav.focus == Focus::Outline && app.areas().outline_overlay {
        return None;
    }
    let view = &app.reader.view;
    let row = view.rows.get(view.scroll + usize::from(at.y - text.y))?;
    if row.line.width() == 0 {
        return None;
    }
    view.targets.iter().position(|&(b, _)| b == row.block)
}

/// The number (from 1, as shown) of the quiz choice at `at` in the text area,
/// when a question is being asked and a choice row is there.
fn choice_at(app: &App, text: Rect, at: Position) -> Option<usize> {
    let (_, state) = app.current_quiz()?;
    if state.stage != Stage::Asking || !text.contains(at) {
        return None;
    }
    let view = &app.reader.view;
    let row = view.scroll + usize::from(at.y - text.y);
    let block = view.rows.get(row)?.block;
    // The block's first row holds its marker: `› ( ) 2. …` or `  [x] 3. …`.
    let first = view.rows.iter().find(|r| r.block == block)?;
    let line: String = first
        .line
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect();
    choice_number(&line)
}

/// The choice number of a choice row's text, such as 2 for `› (•) 2. Text`.
fn choice_number(line: &str) -> Option<usize> {
    let rest = line
        .strip_prefix("› ")
        .or_else(|| line.strip_prefix("  "))?;
    let rest = ["( ) ", "(•) ", "[ ] ", "[x] "]
        .iter()
        .find_map(|m| rest.strip_prefix(m))?;
    let (n, _) = rest.split_once(". ")?;
    n.parse().ok().filter(|&n| n >= 1)
}

#[cfg(test)]
mod tests {
    use super::choice_number;

    #[test]
    fn choice_rows_are_recognised() {
        assert_eq!(choice_number("› ( ) 2. Yes"), Some(2));
        assert_eq!(choice_number("  [x] 10. No"), Some(10));
        assert_eq!(choice_number("  plain text 2. no"), None);
        assert_eq!(choice_number("  ( ) x. no"), None);
    }
}
