//! Selecting and opening the blocks of the open text that open something (a
//! course file, a video's play line, a transcript line: see
//! [`crate::doc::media`]), the way a text browser moves between links: ↓ and ↑
//! go to the next or previous one while the selected one is on screen (the text
//! scrolls to show it), else to the first (last) one on screen, else they
//! scroll as usual; a click selects one; Enter opens the selected one while it
//! is on screen, else reads on as always.

use super::open;
use super::{Action, App, Effect};
use crate::doc::media::Opens;
use crate::i18n::tr;

/// The first and last row of each block of the open text (`None` for a block
/// with no rows), skipping a block's blank separator row.
fn block_rows(app: &App) -> Vec<Option<(usize, usize)>> {
    let v = &app.reader.view;
    let mut out = vec![None; v.doc.blocks.len()];
    for (i, r) in v.rows.iter().enumerate() {
        if r.line.width() == 0 && r.line_in_block == 0 {
            continue;
        }
        if let Some(slot) = out.get_mut(r.block) {
            *slot = Some(slot.map_or((i, i), |(first, _)| (first, i)));
        }
    }
    out
}

/// Whether target `t` has a row on screen.
fn on_screen(app: &App, rows: &[Option<(usize, usize)>], t: usize) -> bool {
    let v = &app.reader.view;
    let bottom = v.scroll + usize::from(v.height.max(1));
    v.targets
        .get(t)
        .and_then(|&(block, _)| rows.get(block).copied().flatten())
        .is_some_and(|(first, last)| last >= v.scroll && first < bottom)
}

/// The selected target, when it is on screen.
pub fn selected_on_screen(app: &App) -> Option<usize> {
    let t = app.reader.view.target?;
    on_screen(app, &block_rows(app), t).then_some(t)
}

/// Selects target `t` and scrolls the text so that all of it shows (its first
/// row when it is taller than the pane).
fn select(app: &mut App, rows: &[Option<(usize, usize)>], t: usize) {
    let v = &mut app.reader.view;
    let Some((first, last)) = v
        .targets
        .get(t)
        .and_then(|&(b, _)| rows.get(b).copied().flatten())
    else {
        return;
    };
    v.target = Some(t);
    let h = usize::from(v.height.max(1));
    if last >= v.scroll + h {
        v.scroll = last + 1 - h;
    }
    if first < v.scroll {
        v.scroll = first;
    }
    v.scroll = v.scroll.min(v.max_scroll());
    // A link to an item may sit among others in one paragraph or table (the
    // whole block shows selected): the status line names its target.
    if matches!(v.targets.get(t), Some((_, Opens::Item(_)))) && !app.settings.plain {
        app.notice = said(app);
    }
}

/// ↓ (`down`) or ↑ over the targets; returns whether it moved the selection
/// (else the key scrolls as usual).
pub fn step(app: &mut App, down: bool) -> bool {
    if app.reader.view.targets.is_empty() {
        return false;
    }
    let rows = block_rows(app);
    let n = app.reader.view.targets.len();
    let next = match app.reader.view.target {
        Some(t) if on_screen(app, &rows, t) => {
            if down {
                (t + 1 < n).then_some(t + 1)
            } else {
                t.checked_sub(1)
            }
        }
        _ => {
            let mut visible = (0..n).filter(|&t| on_screen(app, &rows, t));
            if down { visible.next() } else { visible.last() }
        }
    };
    match next {
        Some(t) => {
            select(app, &rows, t);
            true
        }
        None => false,
    }
}

/// A click on target `t`: selects it.
pub fn click(app: &mut App, t: usize) {
    let rows = block_rows(app);
    select(app, &rows, t);
}

/// Enter on the selected target (on screen): what to start, and the status
/// line that says so; a message when nothing can start. Returns whether a
/// target was selected on screen (else Enter reads on).
pub fn confirm(app: &mut App, effects: &mut Vec<Effect>) -> bool {
    let Some(t) = selected_on_screen(app) else {
        return false;
    };
    let Some(&(_, opens)) = app.reader.view.targets.get(t) else {
        return false;
    };
    if let Opens::Item(j) = opens {
        let (mi, ii) = app.nav.current;
        if let Some(jump) = app.jumps.of(mi, ii).get(j).cloned() {
            let heading = jump.heading.as_ref().map(|(n, _)| *n);
            super::update::follow(app, jump.module, jump.item, heading);
            app.notice = Some(tr(app.settings.language, "notice-back-from-link", &[]));
        }
        return true;
    }
    let Some(item) = app.current_item() else {
        return false;
    };
    let folder = app.files_folder();
    match open::launch(
        app.settings.language,
        item,
        opens,
        folder.as_deref(),
        app.programs,
    ) {
        Ok((launch, notice)) => {
            app.notice = Some(notice);
            effects.push(Effect::Launch(launch));
        }
        Err(why) => app.notice = Some(why),
    }
    true
}

/// The keys of the targets, before the pane's own: ↑ and ↓ move between them,
/// a click selects one, Enter opens the selected one. Returns whether `action`
/// was taken.
pub fn keys(app: &mut App, action: &Action, effects: &mut Vec<Effect>) -> bool {
    match *action {
        Action::Down => step(app, true),
        Action::Up => step(app, false),
        Action::SelectTarget(t) => {
            click(app, t);
            true
        }
        Action::Confirm => confirm(app, effects),
        _ => false,
    }
}

/// The selected target in words, for plain mode's spoken line, when it is on
/// screen: `Selected: file Walk handout, walk.pdf. Enter opens it.`
pub fn said(app: &App) -> Option<String> {
    let t = selected_on_screen(app)?;
    let &(_, opens) = app.reader.view.targets.get(t)?;
    let lang = app.settings.language;
    if let Opens::Item(j) = opens {
        let (mi, ii) = app.nav.current;
        let jump = app.jumps.of(mi, ii).get(j)?;
        let mut place = jump.title.clone();
        if let Some((_, h)) = &jump.heading {
            place.push_str(&format!(" › {h}"));
        }
        return Some(tr(lang, "said-selected-link", &[("place", place.into())]));
    }
    let item = app.current_item()?;
    let target = open::describe(lang, item, opens);
    Some(tr(lang, "open-said-selected", &[("target", target.into())]))
}
