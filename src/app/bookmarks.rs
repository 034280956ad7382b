//! Bookmarks: marking the current position and going back to it.

use super::{App, Focus};
use crate::i18n::tr;
use crate::progress::Bookmark;

/// Words of the marked line kept in a bookmark's label.
const LABEL_WORDS: usize = 8;

/// Bookmarks the first line shown of the open item, labelled with the item title
/// and the first words of that line. Returns whether a bookmark was added (not
/// when the same place is already marked; a notice says so).
pub(super) fn add(app: &mut App) -> bool {
    let (mi, ii) = app.nav.current;
    let Some(module) = app.course.modules.get(mi) else {
        return false;
    };
    let Some(item) = module.items.get(ii) else {
        return false;
    };
    let anchor = app.reader.view.anchor();
    let line = app.reader.view.shown_text().next().unwrap_or_default();
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut first = words[..words.len().min(LABEL_WORDS)].join(" ");
    if words.len() > LABEL_WORDS {
        first.push('…');
    }
    let label = if first.is_empty() || first == item.title() {
        item.title().to_string()
    } else {
        format!("{} — {first}", item.title())
    };
    let bookmark = Bookmark {
        module: module.id.clone(),
        item: item.id().to_string(),
        anchor,
        label,
        created_at: (app.clock)(),
    };
    let exists = app.progress().bookmarks.iter().any(|b| {
        (&b.module, &b.item, b.anchor) == (&bookmark.module, &bookmark.item, bookmark.anchor)
    });
    let lang = app.settings.language;
    if exists {
        app.notice = Some(tr(lang, "bookmarks-already", &[]));
        return false;
    }
    app.notice = Some(tr(
        lang,
        "bookmarks-added",
        &[("label", bookmark.label.as_str().into())],
    ));
    app.progress_mut().bookmarks.push(bookmark);
    true
}

/// Opens the item of bookmark `index` at its place. A bookmark whose item is no
/// longer in the course says so in a notice.
pub(super) fn jump(app: &mut App, index: usize) {
    let Some(b) = app.progress().bookmarks.get(index).cloned() else {
        return;
    };
    let found = app.course.items().find_map(|(mi, ii, module, item)| {
        (module.id == b.module && item.id() == b.item).then_some((mi, ii))
    });
    let Some((mi, ii)) = found else {
        let item = crate::text::sanitize_line(&crate::progress::item_key(&b.module, &b.item));
        app.notice = Some(tr(
            app.settings.language,
            "bookmarks-gone",
            &[("item", item.into())],
        ));
        return;
    };
    app.nav.focus = Focus::Content;
    app.open(mi, ii);
    if app.reader.view.rows.is_empty() {
        app.reader.pending_anchor = Some(b.anchor);
    } else {
        app.reader.view.scroll = app
            .reader
            .view
            .row_of(b.anchor)
            .min(app.reader.view.max_scroll());
    }
    app.rebuild_or_relayout();
}
