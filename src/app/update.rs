//! `update`: the one place where the app's state changes.

use crate::course::{AnswerKey, Item};
use crate::progress::{AnswerRecord, Attempt, item_key, review};
use crate::quiz::{Input, grade, kind_of};

use super::{Action, App, Effect, Focus, Modal, Mode, Overlay, Panel, QuizState, Stage};

/// Applies `action` to `app` and returns the side effects to carry out, in order.
///
/// Progress is saved (an [`Effect::Save`]) whenever something worth keeping
/// changes: an item read to its end, an attempt finished, and on quit.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if let Action::Prepared(prepared) = action {
        // Not a key either: only the cache changes.
        app.adopt(*prepared.0);
        return Vec::new();
    }
    // What decides the texts worth preparing (see `App::prepare_jobs`).
    let wanted = |app: &App| {
        let target = app.jump_target();
        (
            app.nav.current,
            app.nav.selected,
            target,
            app.reader.view.width,
            app.reader.docs.generation(),
        )
    };
    let before = wanted(app);
    let mut effects = act(app, action);
    if app.settings.plain {
        // The spoken line may now take more or fewer rows.
        app.fit_text_height();
    }
    if wanted(app) != before && !effects.contains(&Effect::Quit) {
        let jobs = app.prepare_jobs();
        if !jobs.is_empty() {
            effects.push(Effect::Prepare(jobs));
        }
    }
    effects
}

/// [`update`] for every action but [`Action::Prepared`], before the texts to
/// prepare are worked out.
///
/// After the checks that come before any key (a reload, the "terminal too small"
/// screen, the reading clock, a focus change, the last notice), the action goes,
/// in this order, to:
///
/// 1. the modal in front, as [`Mode::of`] names it (the key map reads the same
///    value, so the two cannot rank the modals differently): the overlay
///    ([`overlay`]), the search panel ([`search`]) or a panel ([`panel`]);
/// 2. what the modal leaves (Quit, Resize, the wheel under the search), or every
///    action when none is in front, goes to the panes ([`panes`]): the keys that
///    act wherever the panes are ([`app_wide`]), then the pane in front
///    ([`pane`]: the outline, a quiz screen or the text being read).
fn act(app: &mut App, action: Action) -> Vec<Effect> {
    let mut effects = Vec::new();
    // The open item's end may have been on screen long enough by now (see
    // `mark_read_if_seen`): counted before the action can take it away.
    save_if_read(app, false, &mut effects);
    if let Action::Reload(reloaded) = action {
        // Not a key: notices, overlays and the search stay as they are. An item
        // whose text now shows whole (an edit shortened it, or changed it since
        // it was read) is read again as after a key.
        app.reload(*reloaded.0);
        save_if_read(app, false, &mut effects);
        return effects;
    }
    if app.terminal.size != (0, 0)
        && app.areas().too_small
        && !matches!(action, Action::Quit | Action::Resize(..) | Action::Focus(_))
    {
        // The "terminal too small" screen shows nothing of the app: only quitting
        // and a resize act there, so that nothing changes unseen. (Before the
        // first resize the size is not known yet, which is not "too small".)
        return effects;
    }
    super::reading::tick(app, &action);
    if matches!(action, Action::Focus(_)) {
        return effects;
    }
    if !matches!(action, Action::Resize(..)) {
        // A notice stays until the learner's next key.
        app.notice = None;
    }
    let taken = match Mode::of(app) {
        Mode::Help => overlay(app, &action),
        Mode::Search => search(app, &action, &mut effects),
        Mode::List | Mode::Note => panel(app, &action, &mut effects),
        Mode::Outline | Mode::Reading | Mode::Quiz | Mode::Typing => false,
    };
    if !taken {
        panes(app, action, &mut effects);
    }
    effects
}

/// [`mark_read_if_seen`], and a save when it marked the open item read.
fn save_if_read(app: &mut App, scrolled: bool, effects: &mut Vec<Effect>) {
    if mark_read_if_seen(app, scrolled) {
        app.sync_position();
        effects.push(Effect::Save);
    }
}

/// [`Mode::Search`]: the search panel's keys ([`search_panel`]). Returns whether
/// it took `action` (else it goes on to the panes).
fn search(app: &mut App, action: &Action, effects: &mut Vec<Effect>) -> bool {
    let taken = search_panel(app, action);
    if taken {
        // A jump can bring an item's last line on screen.
        save_if_read(app, false, effects);
    }
    taken
}

/// [`Mode::List`] and [`Mode::Note`]: the panel's keys (note editor, glossary or
/// bookmarks: [`super::panels::update`]). Returns whether it took `action` (else
/// it goes on to the panes).
fn panel(app: &mut App, action: &Action, effects: &mut Vec<Effect>) -> bool {
    let taken = super::panels::update(app, action, effects);
    if taken {
        // A jump to a bookmark can bring an item's last line on screen.
        save_if_read(app, false, effects);
        effects.dedup();
    }
    taken
}

/// The panes, with what no modal took: a key that does nothing here says why
/// ([`unavailable`]); Quit saves and quits; the keys that act wherever the panes
/// are act ([`app_wide`]); what is left goes to the pane in front ([`pane`]).
/// Then the open item may have been read to its end, and what is due is counted
/// again.
fn panes(app: &mut App, action: Action, effects: &mut Vec<Effect>) {
    if let Some(why) = unavailable(app, &action) {
        // A key that does nothing here says why, rather than nothing.
        app.notice = Some(why);
        return;
    }
    let action = match action {
        Action::Forward => Action::Confirm,
        other => other,
    };
    if action == Action::Quit {
        app.sync_position();
        *effects = vec![Effect::Save, Effect::Quit];
        return;
    }
    let scrolls_on = scrolls_text_on(app, &action);
    let opened = app.nav.current;
    if let Some(left) = app_wide(app, action, effects) {
        pane(app, left, effects);
    }
    let scrolled = scrolls_on && app.nav.current == opened && app.modals.review().is_none();
    save_if_read(app, scrolled, effects);
    app.refresh_due();
    effects.dedup();
}

/// Opens the next of [`App::editions`] in place of the open course, at the same
/// item and place ([`App::reload`]'s rules), and says which language is open.
/// Progress is the same: every edition has the course's id. The edition chosen
/// is remembered in it (`CourseProgress::edition`), to open next time.
fn switch_edition(app: &mut App, effects: &mut Vec<Effect>) {
    use crate::i18n::{Language, tr};
    if app.editions.is_empty() {
        app.notice = Some(tr(app.settings.language, "notice-no-edition", &[]));
        return;
    }
    let next = app.editions.remove(0);
    let left = app.take_course(next);
    app.editions.push(left);
    app.progress_mut().edition = app.course.info.language.clone();
    effects.push(Effect::Save);
    // Images are read in the edition's own folder.
    let mode = app.images.mode();
    app.images = std::sync::Arc::new(super::images::ImageStore::new(app.edition_files(), mode));
    // Unless the learner chose a language (`--lang`, the config file), amphi
    // speaks the edition's.
    if app.settings.language_follows_course
        && let Some(lang) = Language::from_tag(&app.course.info.language)
    {
        app.set_language(lang);
    }
    let args = [
        ("title", app.course.info.title.as_str().into()),
        ("language", app.course.info.language.as_str().into()),
    ];
    app.notice = Some(tr(app.settings.language, "notice-edition", &args));
}

/// Whether `action` scrolls the open text forward: if the item is still open
/// after it with its end on screen, the learner scrolled it to its end.
fn scrolls_text_on(app: &App, action: &Action) -> bool {
    app.modals.overlay().is_none()
        && match *action {
            Action::Down | Action::PageDown | Action::Bottom | Action::Confirm => {
                app.nav.focus == Focus::Content
            }
            // The wheel over the text scrolls it whichever pane has focus.
            Action::Scroll(n) => n > 0,
            _ => false,
        }
}

/// The keys that act wherever the panes are (Quit is [`panes`]'s): opening a
/// modal, Esc, moving between items, marks and panes, the window's size,
/// scrolling, bookmarks and the interview's keys. Returns the action it left,
/// for the pane in front ([`pane`]).
fn app_wide(app: &mut App, action: Action, effects: &mut Vec<Effect>) -> Option<Action> {
    match action {
        Action::ToggleHelp => app.modals.open_overlay(Overlay::Help),
        Action::ToggleAbout => app.modals.open_overlay(Overlay::About),
        Action::SwitchEdition => switch_edition(app, effects),
        Action::ShowMastery => app.modals.open_overlay(Overlay::Mastery),
        Action::ToggleStimulus => toggle_stimulus(app),
        Action::OpenSearch => open_search(app),
        Action::OpenGlossary => app
            .modals
            .open(Modal::Panel(Panel::Glossary { selected: 0 })),
        Action::OpenBookmarks => app
            .modals
            .open(Modal::Panel(Panel::Bookmarks { selected: 0 })),
        Action::EditNote => super::notes::open(app),
        Action::StartReview => start_review(app),
        Action::Back => back(app),
        Action::OpenLink => open_link(app),
        Action::GoBack => go_back(app),
        Action::NextItem => step_item(app, 1),
        Action::PrevItem => step_item(app, -1),
        Action::OpenItem(mi, ii) => open_item(app, mi, ii),
        Action::OutlineScroll(n) => outline_scroll(app, n),
        Action::ToggleSection(mi, si) => {
            app.nav.focus = Focus::Outline;
            app.nav.select_section(&app.course, mi, si);
            toggle_section(app, mi, si);
            app.rebuild_or_relayout();
        }
        Action::NextMatch => step_match(app, true),
        Action::PrevMatch => step_match(app, false),
        Action::NextMark => next_mark(app),
        Action::SwitchFocus => {
            app.nav.focus = match app.nav.focus {
                Focus::Outline => Focus::Content,
                Focus::Content => Focus::Outline,
            };
            app.rebuild_or_relayout();
        }
        Action::ToggleFocusMode => {
            app.settings.focus_mode = !app.settings.focus_mode;
            app.nav.focus = Focus::Content;
            app.rebuild_or_relayout();
        }
        // In the outline, `h` and `←` fold a section (see [`outline`]).
        Action::FocusOutline if app.nav.focus != Focus::Outline => {
            app.nav.focus = Focus::Outline;
            app.rebuild_or_relayout();
        }
        Action::Resize(w, h) => {
            app.terminal.size = (w, h);
            app.relayout();
        }
        Action::ScrollCode(right) => scroll_code(app, right),
        Action::Scroll(n) => scroll_by(app, n as isize),
        Action::AddBookmark => {
            if super::bookmarks::add(app) {
                effects.push(Effect::Save);
            }
        }
        Action::CycleSpeaker => super::interview::cycle_speaker(app),
        Action::ToggleDrill => super::interview::toggle_drill(app),
        Action::Confirm if app.reader.interview.drill && app.nav.focus == Focus::Content => {
            super::interview::reveal(app);
        }
        left => return Some(left),
    }
    None
}

/// The pane in front, for what neither a modal nor [`app_wide`] took: the outline
/// when it has focus ([`outline`]), else the open item: a quiz screen, a review
/// session's too ([`quiz_screen`]), or the text being read ([`reading`]). These
/// are the modes [`Mode::of`] names below the modals ([`Mode::Typing`] is a quiz
/// screen's).
fn pane(app: &mut App, action: Action, effects: &mut Vec<Effect>) {
    if app.nav.focus == Focus::Outline {
        outline(app, action);
    } else if app.current_quiz().is_some() {
        quiz_screen(app, action, effects);
    } else {
        reading(app, action, effects);
    }
}

/// Opens the search panel: on the highlighted query or glossary term, if any.
fn open_search(app: &mut App) {
    let query = app.reader.highlight.clone().unwrap_or_default();
    let term = app.reader.highlight_term;
    let hits = match term {
        Some(entry) => crate::search::term_uses(&app.course, &app.glossary, entry),
        None => app.search_hits(&query),
    };
    app.modals.open(Modal::Search(super::SearchPanel {
        query,
        hits,
        selected: 0,
        term,
    }));
}

/// Esc in the panes, the first of these that applies: clears the search
/// highlight (in the content pane), closes the review session, closes the outline
/// overlay, else leaves for the outline.
fn back(app: &mut App) {
    if app.reader.highlight.is_some() && app.nav.focus == Focus::Content {
        app.reader.highlight = None;
        app.reader.highlight_term = None;
    } else if app.modals.review().is_some() {
        // Answers given so far are already saved with their cards.
        app.modals.close_review();
        app.reader.view.scroll = 0;
        app.rebuild();
        app.notice = Some(crate::i18n::tr(
            app.settings.language,
            "notice-review-closed",
            &[],
        ));
    } else if app.nav.focus == Focus::Outline && app.areas().outline_overlay {
        app.nav.focus = Focus::Content;
        app.rebuild_or_relayout();
    } else {
        app.nav.focus = Focus::Outline;
        app.rebuild_or_relayout();
    }
}

/// Goes back to where a link was followed from, if one was.
fn go_back(app: &mut App) {
    if let Some(((mi, ii), anchor)) = app.nav.return_to.take() {
        app.nav.focus = Focus::Content;
        app.open(mi, ii);
        app.reader.view.scroll = app
            .reader
            .view
            .row_of(anchor)
            .min(app.reader.view.max_scroll());
    }
}

/// Opens item `ii` of module `mi` in the content pane, if the course has it.
fn open_item(app: &mut App, mi: usize, ii: usize) {
    let exists = app
        .course
        .modules
        .get(mi)
        .is_some_and(|m| ii < m.items.len());
    if exists {
        app.nav.focus = Focus::Content;
        app.open(mi, ii);
    }
}

/// Moves the outline's selection `n` rows down (up when negative), within the
/// course: over the items and sections shown.
fn outline_scroll(app: &mut App, n: i32) {
    let picks = super::layout::outline_picks(app);
    let at = super::layout::selected_pick(app);
    if let Some(pos) = picks.iter().position(|&x| x == at) {
        let to = pos.saturating_add_signed(n as isize).min(picks.len() - 1);
        select_pick(app, picks[to]);
    }
}

/// Selects `pick`'s row in the outline.
fn select_pick(app: &mut App, pick: super::layout::OutlinePick) {
    match pick {
        super::layout::OutlinePick::Item(mi, ii) => app.nav.select_item(mi, ii),
        super::layout::OutlinePick::Section(mi, si) => {
            app.nav.select_section(&app.course, mi, si);
        }
    }
}

/// Folds section `si` of module `mi` in the outline when it is unfolded, and
/// unfolds it otherwise.
fn toggle_section(app: &mut App, mi: usize, si: usize) {
    if !app.nav.unfolded.remove(&(mi, si)) {
        app.nav.unfolded.insert((mi, si));
    }
}

/// Scrolls the open text's code blocks sideways, right or left.
fn scroll_code(app: &mut App, right: bool) {
    let v = &mut app.reader.view;
    v.hscroll = if right {
        (v.hscroll + super::CODE_SCROLL_STEP).min(v.doc.max_hscroll(v.width))
    } else {
        v.hscroll.saturating_sub(super::CODE_SCROLL_STEP)
    };
}

/// Handles `action` in the overlay in front. Returns whether it was used there
/// (else it goes on, as Quit does).
fn overlay(app: &mut App, action: &Action) -> bool {
    if app.modals.overlay() == Some(Overlay::Resume)
        && !matches!(action, Action::Quit | Action::Resize(..))
    {
        // The "where you were" card: any key dismisses it, and only that.
        app.modals.close_overlay();
        return true;
    }
    // Scrolling keys scroll the overlay; Quit quits; any other key closes it.
    let at = app.modals.overlay_scroll();
    let to = match *action {
        Action::Quit => return false,
        Action::Resize(w, h) => {
            app.terminal.size = (w, h);
            app.relayout();
            return true;
        }
        Action::Up => at.saturating_sub(1),
        Action::Down => at.saturating_add(1),
        Action::PageUp => at.saturating_sub(10),
        Action::PageDown => at.saturating_add(10),
        Action::Scroll(n) => at.saturating_add_signed(n.clamp(-100, 100) as i16),
        Action::Top => 0,
        Action::Bottom => u16::MAX,
        _ => {
            app.modals.close_overlay();
            return true;
        }
    };
    let to = to.min(super::overlay::max_scroll(app));
    app.modals.set_overlay_scroll(to);
    true
}

/// All items of the course in order, as (module index, item index).
fn all_items(app: &App) -> Vec<(usize, usize)> {
    app.course.items().map(|(mi, ii, _, _)| (mi, ii)).collect()
}

fn step_item(app: &mut App, delta: isize) {
    // Moving on from a passage opened by a link leaves the way back.
    app.nav.return_to = None;
    let items = all_items(app);
    let Some(pos) = items.iter().position(|&x| x == app.nav.current) else {
        return;
    };
    let next = pos as isize + delta;
    if next < 0 || next as usize >= items.len() {
        app.notice = Some(if delta > 0 {
            crate::i18n::tr(app.settings.language, "notice-last-item", &[])
        } else {
            crate::i18n::tr(app.settings.language, "notice-first-item", &[])
        });
        return;
    }
    let (mi, ii) = items[next as usize];
    app.open(mi, ii);
}

/// The outline with focus: moving over the rows shown (items and sections;
/// a folded section's items are skipped), Enter (and `l`, `→`) opening the
/// selected item or folding and unfolding the selected section, `h` and `←`
/// folding the section the selection is in.
fn outline(app: &mut App, action: Action) {
    use super::layout::OutlinePick;
    let picks = super::layout::outline_picks(app);
    let at = super::layout::selected_pick(app);
    let Some(pos) = picks.iter().position(|&x| x == at) else {
        return;
    };
    let last = picks.len().saturating_sub(1);
    let page = usize::from(app.areas().outline.height.saturating_sub(2).max(1));
    let to = match action {
        Action::Up => pos.saturating_sub(1),
        Action::Down => (pos + 1).min(last),
        Action::PageUp => pos.saturating_sub(page),
        Action::PageDown => (pos + page).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        Action::Confirm => {
            match at {
                OutlinePick::Item(mi, ii) => {
                    app.nav.return_to = None;
                    app.nav.focus = Focus::Content;
                    app.open(mi, ii);
                }
                OutlinePick::Section(mi, si) => {
                    app.nav.select_section(&app.course, mi, si);
                    toggle_section(app, mi, si);
                }
            }
            return;
        }
        Action::FocusOutline => {
            // Folds the section selected, or the one holding the item selected.
            let section = match at {
                OutlinePick::Section(mi, si) => Some((mi, si)),
                OutlinePick::Item(mi, ii) => {
                    app.course.modules[mi].section_of(ii).map(|si| (mi, si))
                }
            };
            if let Some((mi, si)) = section {
                app.nav.unfolded.remove(&(mi, si));
                app.nav.select_section(&app.course, mi, si);
            }
            return;
        }
        _ => pos,
    };
    select_pick(app, picks[to]);
}

fn next_mark(app: &mut App) {
    let v = &app.reader.view;
    let max = v.max_scroll();
    // The first text row of each marked block (its blank separator row skipped).
    let starts: Vec<usize> = v
        .marks
        .iter()
        .filter_map(|&block| {
            let i = v.rows.iter().position(|r| r.block == block)?;
            Some(if v.rows[i].line.width() == 0 {
                i + 1
            } else {
                i
            })
        })
        .collect();
    if starts.is_empty() {
        app.notice = Some(match app.current_quiz().map(|(_, s)| s.stage) {
            Some(Stage::Result { .. }) if app.modals.review().is_none() => {
                crate::i18n::tr(app.settings.language, "notice-no-mistakes", &[])
            }
            Some(Stage::Intro) if app.modals.review().is_none() => {
                crate::i18n::tr(app.settings.language, "notice-w-intro", &[])
            }
            _ => crate::i18n::tr(app.settings.language, "notice-w-elsewhere", &[]),
        });
        return;
    }
    // After a jump (and no scrolling since), the next mark in order, even when
    // the end of the text keeps them all on one screen; otherwise the first
    // below the top row. (Each mark's start is on its own row, so `next`
    // indexes `marks` too.)
    let next = match v.mark_at {
        Some((i, at)) if at == v.scroll => (i + 1) % starts.len(),
        _ => starts.iter().position(|&row| row > v.scroll).unwrap_or(0),
    };
    let row = starts[next].min(max);
    let label = v.mark_labels.get(next).map_or_else(
        || {
            let number = crate::i18n::typography::count(app.settings.language, next + 1);
            crate::i18n::tr(app.settings.language, "quiz-mark", &[("number", number)])
        },
        Clone::clone,
    );
    app.notice = Some(crate::i18n::tr(
        app.settings.language,
        "notice-mistake",
        &[
            ("number", (next + 1).into()),
            ("count", starts.len().into()),
            ("label", label.into()),
        ],
    ));
    app.reader.view.scroll = row;
    app.reader.view.mark_at = Some((next, row));
}

fn scroll_by(app: &mut App, n: isize) {
    let v = &mut app.reader.view;
    v.scroll = v.scroll.saturating_add_signed(n).min(v.max_scroll());
}

/// [`Mode::Reading`]: the keys scroll the text, and Enter reads on: a page down,
/// then the next item.
fn reading(app: &mut App, action: Action, effects: &mut Vec<Effect>) {
    // Course files and transcript lines first (see `targets`).
    if super::targets::keys(app, &action, effects) {
        return;
    }
    if scroll_text(app, &action, true) {
        return;
    }
    if action == Action::Confirm {
        if app.reader.view.at_end() {
            step_item(app, 1);
        } else {
            scroll_by(app, page(app));
        }
    }
}

/// [`Mode::Quiz`] and [`Mode::Typing`]: a quiz screen, a quiz's or a review
/// session's. The page keys scroll it, and ↑ and ↓ too but while a question is
/// asked (they move its cursor there); the rest goes to the quiz ([`quiz`]).
fn quiz_screen(app: &mut App, action: Action, effects: &mut Vec<Effect>) {
    let stage = app.current_quiz().map(|(_, s)| s.stage);
    let lines = matches!(
        stage,
        Some(Stage::Intro | Stage::Feedback | Stage::Result { .. })
    );
    // A quiz's files, on its page (see `targets`).
    if stage == Some(Stage::Intro)
        && app.modals.review().is_none()
        && super::targets::keys(app, &action, effects)
    {
        return;
    }
    if !scroll_text(app, &action, lines) {
        quiz(app, action, effects);
    }
}

/// Rows a page key scrolls the open text: its height less one, at least one.
fn page(app: &App) -> isize {
    app.reader.view.height.saturating_sub(1).max(1) as isize
}

/// Scrolls the open text for a page key, Home and End, and for ↑ and ↓ when
/// `lines`. Returns whether `action` was one of them.
fn scroll_text(app: &mut App, action: &Action, lines: bool) -> bool {
    let page = page(app);
    match action {
        Action::PageUp => scroll_by(app, -page),
        Action::PageDown => scroll_by(app, page),
        Action::Top => app.reader.view.scroll = 0,
        Action::Bottom => app.reader.view.scroll = app.reader.view.max_scroll(),
        Action::Up if lines => scroll_by(app, -1),
        Action::Down if lines => scroll_by(app, 1),
        _ => return false,
    }
    true
}

fn quiz(app: &mut App, action: Action, effects: &mut Vec<Effect>) {
    if app.modals.review().is_some() {
        return review_step(app, action, effects);
    }
    let key = app.nav.current;
    let (mi, ii) = key;
    let Some(Item::Quiz(quiz)) = app.course.modules[mi].items.get(ii).cloned() else {
        return;
    };
    let now = (app.clock)();
    let used = app
        .progress()
        .attempts_at(&app.course.modules[mi].id, &quiz.id)
        .count();
    let attempts_left = quiz.max_attempts.is_none_or(|max| used < max as usize);
    let mut advance_now = false;
    let stage = app.quizzes.get(&key).map(|s| s.stage);
    // On the quiz's page, L shows the last finished attempt's result again, and
    // R practises its mistakes from there.
    let reopen = stage == Some(Stage::Intro)
        && (action == Action::ShowLastAttempt || (action == Action::RetakeWrong && attempts_left));
    let last = if reopen {
        let module = &app.course.modules[mi].id;
        let Some(attempt) = app.progress().attempts_at(module, &quiz.id).last() else {
            return;
        };
        match QuizState::from_attempt(&quiz, attempt) {
            Some(last) => Some(last),
            None => {
                app.notice = Some(crate::i18n::tr(
                    app.settings.language,
                    "notice-questions-gone",
                    &[],
                ));
                return;
            }
        }
    } else {
        None
    };
    let Some(state) = app.quizzes.get_mut(&key) else {
        return;
    };
    let reopened = last.is_some();
    if let Some(last) = last {
        *state = last;
    }
    let mut rebuilt = true;
    match (state.stage, action.clone()) {
        (Stage::Intro, Action::Confirm | Action::Retake | Action::RetakeWrong)
        | (Stage::Result { .. }, Action::Retake | Action::RetakeWrong)
            if !attempts_left =>
        {
            app.notice = Some(crate::i18n::tr(
                app.settings.language,
                "quiz-no-attempts-left",
                &[("max", quiz.max_attempts.unwrap_or_default().into())],
            ));
            rebuilt = false;
        }
        (Stage::Intro, Action::Confirm | Action::Retake) => state.begin(&quiz, now),
        (Stage::Result { .. }, Action::ShowLastAttempt) => {}
        (Stage::Result { .. }, Action::Retake) => state.begin(&quiz, now),
        (Stage::Result { .. }, Action::RetakeWrong) => {
            let wrong: Vec<usize> = state
                .session
                .asked
                .iter()
                .copied()
                .filter(|&i| {
                    !state.session.answers[i]
                        .as_ref()
                        .is_some_and(|r| grade(&quiz.questions[i].key, r))
                })
                .collect();
            if wrong.is_empty() {
                app.notice = Some(crate::i18n::tr(
                    app.settings.language,
                    "notice-nothing-to-practise",
                    &[],
                ));
                rebuilt = false;
            } else {
                state.begin(&quiz, now);
                state.session = state.session.clone().only(wrong);
                state.reset_input(&quiz);
            }
        }
        (Stage::Result { .. }, Action::Confirm) => {
            step_item(app, 1);
            return;
        }
        (Stage::Asking, action) => match asking(state, &quiz, &action) {
            Step::Changed => {}
            Step::Ignored => rebuilt = false,
            Step::Missing(why) => {
                // Enter alone never answers: a stray key must not cost a point.
                app.notice = Some(crate::i18n::tr(app.settings.language, why, &[]));
                rebuilt = false;
            }
            Step::Submitted => {
                // Without feedback after each question, go straight on.
                advance_now = !quiz.feedback_after_each();
            }
        },
        (Stage::Feedback, Action::Confirm) => advance_now = true,
        _ => rebuilt = false,
    }
    if advance_now && advance(app, key, &quiz, now) {
        effects.push(Effect::Save);
        return;
    }
    // A result shown again changed the screen, whatever came after.
    rebuilt |= reopened;
    if rebuilt {
        if matches!(
            action,
            Action::Confirm | Action::Retake | Action::RetakeWrong | Action::ShowLastAttempt
        ) {
            app.reader.view.scroll = 0;
        }
        app.rebuild();
        if sync_open_attempt(app, key, &quiz) {
            effects.push(Effect::Save);
        }
    }
}

/// What a key did to a question being asked.
enum Step {
    /// The inputs changed (or nothing visible did, but the screen may redraw).
    Changed,
    /// The key means nothing here.
    Ignored,
    /// Enter without an answer: this says what to do first (a message id of
    /// the catalogues).
    Missing(&'static str),
    /// The answer was submitted: the stage is now [`Stage::Feedback`].
    Submitted,
}

/// Applies a key to the question `state` is asking (a quiz's or a review's): moves
/// the cursor, picks, types, reveals the hint, or submits on Enter.
fn asking(state: &mut super::QuizState, quiz: &crate::course::Quiz, action: &Action) -> Step {
    let rows = state.rows(quiz);
    match action {
        Action::Up | Action::Down if is_fill_blanks(state, quiz) => {
            let to = if *action == Action::Up {
                state.cursor.saturating_sub(1)
            } else {
                state.cursor + 1
            };
            state.switch_blank(to);
        }
        &Action::Choose(n) if is_matching(state, quiz) => {
            if let Some(&pair) = state.order.get(n.wrapping_sub(1))
                && let Some(slot) = state.matches.get_mut(state.cursor)
            {
                *slot = Some(pair);
            }
        }
        Action::ShowHint => {
            if !state.reveal_hint(quiz) {
                return Step::Ignored;
            }
        }
        Action::Up => {
            if state.grabbed && state.cursor > 0 {
                state.order.swap(state.cursor, state.cursor - 1);
            }
            state.cursor = state.cursor.saturating_sub(1);
        }
        Action::Down => {
            if state.cursor + 1 < rows {
                if state.grabbed {
                    state.order.swap(state.cursor, state.cursor + 1);
                }
                state.cursor += 1;
            }
        }
        &Action::Choose(n) if n >= 1 && n <= rows => {
            state.cursor = n - 1;
            toggle(state, quiz);
        }
        Action::Toggle => toggle(state, quiz),
        &Action::Answer(b) => {
            if state.input(quiz) == Some(Input::TrueFalse) {
                state.cursor = usize::from(!b);
                state.picked = [state.cursor].into();
            }
        }
        &Action::Input(c) if state.input(quiz) == Some(Input::Writing) => {
            state.insert_lines(c.encode_utf8(&mut [0; 4]));
        }
        Action::Paste(text) if state.input(quiz) == Some(Input::Writing) => {
            state.insert_lines(text);
        }
        &Action::Input(c) if state.typing(quiz) => {
            state.insert(c.encode_utf8(&mut [0; 4]));
        }
        Action::Paste(text) if state.typing(quiz) => state.insert(text),
        Action::Backspace => state.delete(true),
        Action::Delete => state.delete(false),
        &Action::Caret(to) => state.move_caret(to),
        Action::Confirm => {
            let missing = match state.input(quiz) {
                Some(Input::ManyChoices { .. }) => "notice-tick-first",
                Some(Input::Text) => "notice-type-first",
                // An empty reflection is not kept: it would say nothing.
                Some(Input::Writing) => "notice-write-first",
                Some(Input::Number) => "notice-number-first",
                Some(Input::Blanks { .. }) => "notice-gap-first",
                Some(Input::Pairs { .. }) => "notice-pair-first",
                None | Some(Input::OneChoice { .. } | Input::TrueFalse | Input::Order { .. }) => {
                    "notice-pick-first"
                }
            };
            // A typed number that does not read as one.
            let not_a_number = state.input(quiz) == Some(Input::Number)
                && state.response(quiz).is_some()
                && !quiz
                    .questions
                    .get(state.session.current)
                    .is_some_and(|q| crate::quiz::reads_number(&q.key, &state.field.text));
            if not_a_number {
                // Refused, not graded: the question stays open.
                return Step::Missing("notice-not-a-number");
            }
            match state.response(quiz) {
                Some(response) => {
                    let i = state.session.current;
                    state.session.answers[i] = Some(response);
                    state.grabbed = false;
                    state.stage = Stage::Feedback;
                    return Step::Submitted;
                }
                None => return Step::Missing(missing),
            }
        }
        _ => return Step::Ignored,
    }
    Step::Changed
}

/// Mirrors the quiz screen's attempt in progress into the progress state (or
/// removes it once the attempt is over). Returns whether the state changed.
fn sync_open_attempt(app: &mut App, key: (usize, usize), quiz: &crate::course::Quiz) -> bool {
    let open = app.quizzes.get(&key).and_then(|s| s.to_open(quiz));
    let stored_key = item_key(&app.course.modules[key.0].id, &quiz.id);
    let progress = app.progress_mut();
    match open {
        Some(open) => {
            let changed = progress.open_attempts.get(&stored_key) != Some(&open);
            progress.open_attempts.insert(stored_key, open);
            changed
        }
        None => progress.open_attempts.remove(&stored_key).is_some(),
    }
}

fn toggle(state: &mut super::QuizState, quiz: &crate::course::Quiz) {
    let Some(q) = state.question(quiz) else {
        return;
    };
    match kind_of(&q.key, |k| k.input()) {
        Input::ManyChoices { .. } => {
            let choice = state.shown(state.cursor);
            if !state.picked.remove(&choice) {
                state.picked.insert(choice);
            }
        }
        Input::Order { .. } => state.grabbed = !state.grabbed,
        Input::Pairs { .. } => {
            // Space gives the left side under the cursor the next option.
            let n = state.order.len();
            if let Some(slot) = state.matches.get_mut(state.cursor)
                && n > 0
            {
                let shown = slot.and_then(|p| state.order.iter().position(|&o| o == p));
                let next = shown.map_or(0, |i| (i + 1) % n);
                *slot = Some(state.order[next]);
            }
        }
        Input::Text | Input::Blanks { .. } | Input::Number | Input::Writing => {}
        Input::OneChoice { .. } | Input::TrueFalse => {
            state.picked = [state.shown(state.cursor)].into();
        }
    }
}

fn is_fill_blanks(state: &super::QuizState, quiz: &crate::course::Quiz) -> bool {
    matches!(
        state.question(quiz).map(|q| &q.key),
        Some(AnswerKey::FillBlanks { .. })
    )
}

fn is_matching(state: &super::QuizState, quiz: &crate::course::Quiz) -> bool {
    matches!(
        state.question(quiz).map(|q| &q.key),
        Some(AnswerKey::Matching { .. })
    )
}

/// Marks the open lesson or interview read when its last line is on screen and
/// either the learner just scrolled it there (`scrolled`: a key or the wheel
/// moving the text on), or it has been on screen for at least
/// [`READ_AFTER_SECONDS`](super::reading::READ_AFTER_SECONDS) by the clock, as
/// of this call (made before and after every action). So an item that fits on
/// one screen is not read by passing over it with `n`. Returns whether
/// something changed (and must be saved).
fn mark_read_if_seen(app: &mut App, scrolled: bool) -> bool {
    let item = app
        .course
        .modules
        .get(app.nav.current.0)
        .and_then(|m| Some((m.id.clone(), m.items.get(app.nav.current.1)?)));
    let readable = item.as_ref().is_some_and(|(_, item)| {
        // An interview counts as read from its full view only.
        !matches!(item, Item::Quiz(_)) && !app.reader.interview.partial()
    });
    if !readable
        || app.modals.review().is_some()
        || app.areas().text.is_empty()
        || app.reader.view.height == 0
        || !app.reader.view.at_end()
    {
        app.reader.end_on_screen = None;
        return false;
    }
    let Some((m, item)) = item else {
        return false;
    };
    let i = item.id().to_string();
    let now = (app.clock)();
    let long_enough = match app.reader.end_on_screen {
        Some((at, since)) if at == app.nav.current => {
            now.saturating_sub(since) >= super::reading::READ_AFTER_SECONDS
        }
        _ => {
            app.reader.end_on_screen = Some((app.nav.current, now));
            false
        }
    };
    if !scrolled && !long_enough {
        return false;
    }
    let (mi, ii) = app.nav.current;
    let new = app.progress_mut().mark_read(&m, &i, now);
    super::reading::store_hash(app, mi, ii) || new
}

/// Handles `action` in the search panel. Returns whether it was used there (else
/// it goes on to the rest of the app, as Quit and Resize do).
pub(super) fn search_panel(app: &mut App, action: &Action) -> bool {
    let Some(panel) = app.modals.search_mut() else {
        return false;
    };
    let last = panel.hits.len().saturating_sub(1);
    let mut requery = false;
    match action {
        Action::Input(c) => {
            panel.query.push(*c);
            requery = true;
        }
        Action::Paste(text) => {
            let clean: String = text
                .chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .filter(|c| !c.is_control())
                .collect();
            panel.query.push_str(&clean);
            requery = true;
        }
        Action::Backspace => {
            panel.query.pop();
            requery = true;
        }
        Action::Up => panel.selected = panel.selected.saturating_sub(1),
        Action::Down => panel.selected = (panel.selected + 1).min(last),
        Action::PageUp => panel.selected = panel.selected.saturating_sub(10),
        Action::PageDown => panel.selected = (panel.selected + 10).min(last),
        Action::Top => panel.selected = 0,
        Action::Bottom => panel.selected = last,
        Action::Back => app.modals.close_search(),
        Action::Confirm => {
            let query = panel.query.clone();
            let term = panel.term;
            if let Some(hit) = panel.hits.get(panel.selected).cloned() {
                app.modals.close_search();
                jump_to_hit(app, &hit, &query, term);
            }
        }
        _ => return false,
    }
    if requery && let Some(query) = app.modals.search().map(|p| p.query.clone()) {
        let hits = app.search_hits(&query);
        if let Some(panel) = app.modals.search_mut() {
            panel.term = None;
            panel.hits = hits;
            panel.selected = 0;
        }
    }
    true
}

/// The rows of the open item's text that hold a match of `query`, in order, one
/// entry per match.
fn match_rows(app: &App) -> Vec<usize> {
    let Some(query) = app.highlight_query() else {
        return Vec::new();
    };
    app.reader
        .view
        .rows
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            let text: String = r.line.spans.iter().map(|s| s.content.as_ref()).collect();
            std::iter::repeat_n(i, query.find(&text).len())
        })
        .collect()
}

/// Follows the "Read again" link of the quiz screen: on feedback its question's,
/// on a review the first one on screen (else the first below, else the last).
/// Opens the lesson with the linked heading at the top of the pane.
fn open_link(app: &mut App) {
    let v = &app.reader.view;
    let (top, bottom) = (v.scroll, v.scroll + usize::from(v.height.max(1)));
    let span = |block: usize| {
        let first = v.rows.iter().position(|r| r.block == block)?;
        let last = v.rows.iter().rposition(|r| r.block == block)?;
        Some((first, last))
    };
    // After `w` (and no scrolling since), the link of the mistake it moved to.
    let of_mark = v
        .mark_at
        .filter(|&(_, at)| at == v.scroll)
        .and_then(|(i, _)| {
            let from = *v.marks.get(i)?;
            let to = v.marks.get(i + 1).copied().unwrap_or(usize::MAX);
            v.links.iter().find(|(b, _)| (from..to).contains(b))
        });
    let chosen = of_mark
        .or_else(|| {
            v.links
                .iter()
                .find(|(b, _)| span(*b).is_some_and(|(f, l)| f < bottom && l >= top))
        })
        .or_else(|| {
            v.links
                .iter()
                .find(|(b, _)| span(*b).is_some_and(|(f, _)| f >= top))
        })
        .or(v.links.last())
        .map(|(_, t)| t.clone());
    let Some(target) = chosen else {
        app.notice = Some(crate::i18n::tr(
            app.settings.language,
            "notice-no-link",
            &[],
        ));
        return;
    };
    let heading = target.heading.as_ref().map(|(n, _)| *n);
    follow(app, target.module, target.item, heading);
    app.notice = Some(crate::i18n::tr(
        app.settings.language,
        "notice-back-to-quiz",
        &[],
    ));
}

/// Opens item `item` of module `module` from a link, the heading number
/// `heading` of a lesson (in the order of [`crate::course::headings`]) at the
/// top of the pane; Backspace comes back to where the link was followed from.
pub(super) fn follow(app: &mut App, module: usize, item: usize, heading: Option<usize>) {
    app.nav.return_to = Some((app.nav.current, app.reader.view.anchor()));
    app.nav.focus = Focus::Content;
    app.reader.highlight = None;
    app.reader.highlight_term = None;
    app.open(module, item);
    let block = match (app.current_item(), heading) {
        (Some(Item::Lesson(l)), Some(n)) => crate::doc::views::lesson_heading_block(l, n),
        _ => None,
    };
    if let Some(block) = block {
        // Past the blank line that sets the heading apart.
        let gap = app.reader.view.doc.blocks.get(block).is_some_and(|b| b.gap);
        let anchor = crate::progress::Anchor {
            block,
            line: usize::from(gap),
            hash: None,
        };
        if app.reader.view.rows.is_empty() {
            app.reader.pending_anchor = Some(anchor);
        } else {
            app.reader.view.scroll = app
                .reader
                .view
                .row_of(anchor)
                .min(app.reader.view.max_scroll());
        }
    }
}

fn jump_to_hit(app: &mut App, hit: &crate::search::Hit, query: &str, term: Option<usize>) {
    app.nav.return_to = None;
    if hit.field == crate::search::Field::Glossary {
        // The pane lists the entries alphabetically: select the entry's place.
        let at = app.glossary.order().iter().position(|&e| e == hit.item);
        app.modals.open(Modal::Panel(Panel::Glossary {
            selected: at.unwrap_or(0),
        }));
        return;
    }
    app.nav.focus = Focus::Content;
    app.open(hit.module, hit.item);
    app.reader.highlight = Some(query.to_string());
    app.reader.highlight_term = term;
    if hit.field == crate::search::Field::Text {
        let rows = match_rows(app);
        if let Some(&row) = rows.get(hit.occurrence).or(rows.last()) {
            // A little context above the match.
            app.reader.view.scroll = row.saturating_sub(2).min(app.reader.view.max_scroll());
        }
    }
}

fn step_match(app: &mut App, forward: bool) {
    if app.reader.highlight.is_none() {
        return;
    }
    let mut rows = match_rows(app);
    rows.dedup();
    let n = rows.len();
    if n == 0 {
        app.notice = Some(crate::i18n::tr(
            app.settings.language,
            "notice-no-match",
            &[],
        ));
        return;
    }
    // After a step (and no scrolling since), the next line in order, even where
    // the end of the text keeps several on one screen; otherwise the first below
    // (above) the line matches are shown at, two rows below the top.
    let at = app.reader.view.scroll + 2;
    let index = match app.reader.view.match_at {
        Some((i, scroll)) if scroll == app.reader.view.scroll && i < n => {
            if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            }
        }
        _ if forward => rows.iter().position(|&r| r > at).unwrap_or(0),
        _ => rows.iter().rposition(|&r| r < at).unwrap_or(n - 1),
    };
    let scroll = rows[index]
        .saturating_sub(2)
        .min(app.reader.view.max_scroll());
    app.reader.view.scroll = scroll;
    app.reader.view.match_at = Some((index, scroll));
    let lang = app.settings.language;
    let count = |n| crate::i18n::typography::count(lang, n);
    app.notice = Some(crate::i18n::tr(
        lang,
        "notice-match-line",
        &[("line", count(index + 1)), ("count", count(n))],
    ));
}

/// Moves a quiz on from an answered question: to the next question, or, after the
/// last one, to the result, recording the attempt. Returns whether the attempt
/// ended (and so must be saved).
fn advance(app: &mut App, key: (usize, usize), quiz: &crate::course::Quiz, now: u64) -> bool {
    let Some(state) = app.quizzes.get_mut(&key) else {
        return false;
    };
    if let Some(next) = state.session.next() {
        state.session.current = next;
        state.stage = Stage::Asking;
        state.reset_input(quiz);
        return false;
    }
    let score = state.session.score(quiz);
    // A quiz of reflections only is completed once submitted.
    let passed = score.passes(quiz.pass_mark) || state.session.only_unscored(quiz);
    state.stage = Stage::Result {
        score,
        passed,
        pass_mark: quiz.pass_mark,
    };
    // In the order asked, with the order each question's items were shown in, so
    // that the attempt can be replayed as the learner saw it.
    let mut orders = std::collections::BTreeMap::new();
    let answers: Vec<AnswerRecord> = state
        .session
        .asked
        .iter()
        .filter_map(|&i| {
            let q = quiz.questions.get(i)?;
            if let Some(order) = state.session.shuffled.get(i).filter(|o| !o.is_empty()) {
                orders.insert(q.id.clone(), order.clone());
            }
            let r = state.session.answers.get(i)?.as_ref()?;
            // A reflection is never scored: it keeps no credit and no weight.
            let scored = crate::quiz::kinds::scored(&q.key);
            Some(AnswerRecord {
                question: q.id.clone(),
                response: r.clone(),
                correct: grade(&q.key, r),
                hints: state.session.hints_used(i),
                credit: scored.then(|| crate::quiz::credit(&q.key, r, quiz.scoring)),
                weight: scored.then_some(q.weight),
            })
        })
        .collect();
    let started_at = state.session.started_at;
    let practice = state.session.is_practice();
    let module = app.course.modules[key.0].id.clone();
    let progress = app.progress_mut();
    for a in &answers {
        let card = review::card_key(&module, &quiz.id, &a.question);
        review::record_answer(&mut progress.review, &card, a.correct, now);
    }
    let attempt = Attempt {
        module,
        quiz: quiz.id.clone(),
        started_at,
        finished_at: now,
        score,
        pass_mark: quiz.pass_mark,
        passed,
        answers,
        orders,
        practice,
        id: Some(Attempt::new_id(now)),
    };
    let practice = attempt.practice;
    app.progress_mut().attempts.push(attempt);
    if passed && !practice {
        super::reading::store_hash(app, key.0, key.1);
    }
    sync_open_attempt(app, key, quiz);
    app.reader.view.scroll = 0;
    app.rebuild();
    app.sync_position();
    true
}

/// Starts a review session of the questions due now, or says when the next is due.
fn start_review(app: &mut App) {
    let now = (app.clock)();
    let due = review::due(&app.course, &app.progress().review, now);
    if due.is_empty() {
        app.notice = Some(
            match review::next_due_day(&app.course, &app.progress().review, now) {
                Some(day) => {
                    let lang = app.settings.language;
                    let at = day.saturating_mul(86_400);
                    let date = crate::i18n::typography::date(lang, at)
                        .unwrap_or_else(|| crate::text::format_date(at));
                    crate::i18n::tr(lang, "notice-next-due", &[("date", date.into())])
                }
                None => crate::i18n::tr(app.settings.language, "notice-nothing-to-review", &[]),
            },
        );
        return;
    }
    let mut questions = Vec::with_capacity(due.len());
    let mut origins = Vec::with_capacity(due.len());
    // Parts of a question group keep their stimulus: due parts of one group that
    // come one after the other share it, as in their quiz.
    let mut groups: Vec<crate::course::QuestionGroup> = Vec::new();
    let mut last_group = None;
    for q in &due {
        let Some(mi) = app.course.module_index(&q.module.id) else {
            continue;
        };
        let Some(ii) = q.module.items.iter().position(|i| i.id() == q.quiz.id) else {
            continue;
        };
        let group = q
            .quiz
            .questions
            .iter()
            .position(|x| x.id == q.question.id)
            .and_then(|i| q.quiz.group_of(i));
        let at = questions.len();
        match group {
            Some((g, _)) if last_group == Some((mi, ii, g)) => {
                if let Some(last) = groups.last_mut() {
                    last.questions.end = at + 1;
                }
            }
            Some((g, from)) => {
                groups.push(crate::course::QuestionGroup {
                    id: format!("{}/{}", q.key, from.id),
                    stimulus: from.stimulus.clone(),
                    questions: at..at + 1,
                });
                last_group = Some((mi, ii, g));
            }
            None => last_group = None,
        }
        questions.push(crate::course::Question {
            id: q.key.to_string(),
            ..q.question.clone()
        });
        origins.push(super::ReviewOrigin {
            card: q.key.to_string(),
            module: mi,
            item: ii,
            before: q.card,
            change: None,
        });
    }
    let n = questions.len();
    let quiz = crate::course::Quiz {
        files: Vec::new(),
        id: "review".into(),
        title: crate::i18n::tr(
            app.settings.language,
            "review-title",
            &[("count", n.into())],
        ),
        pass_mark: 0,
        questions,
        scoring: crate::course::Scoring::AllOrNothing,
        max_attempts: None,
        show_answers: crate::course::ShowAnswers::AfterEach,
        shuffle: false,
        groups,
    };
    let mut state = super::QuizState::intro(&quiz);
    state.begin(&quiz, now);
    app.modals
        .open(Modal::Review(Box::new(super::ReviewSession {
            quiz,
            origins,
            state,
        })));
    app.nav.focus = Focus::Content;
    app.reader.view.scroll = 0;
    app.rebuild();
}

/// A key in a review session: answering moves the question's card at once (and
/// saves), Enter goes on, and Enter on the summary closes the session.
fn review_step(app: &mut App, action: Action, effects: &mut Vec<Effect>) {
    let now = (app.clock)();
    let Some(session) = app.modals.review_mut() else {
        return;
    };
    let quiz = &session.quiz;
    let state = &mut session.state;
    match (state.stage, &action) {
        (Stage::Asking, action) => match asking(state, quiz, action) {
            Step::Changed => {}
            Step::Ignored => return,
            Step::Missing(why) => {
                app.notice = Some(crate::i18n::tr(app.settings.language, why, &[]));
                return;
            }
            Step::Submitted => {
                let i = state.session.current;
                let right = state.session.answers[i]
                    .as_ref()
                    .is_some_and(|r| grade(&quiz.questions[i].key, r));
                let card = session.origins[i].card.clone();
                let change =
                    review::record_answer(&mut app.progress_mut().review, &card, right, now);
                if let Some(origin) = app.modals.review_mut().and_then(|s| s.origins.get_mut(i)) {
                    origin.change = Some(change);
                }
                effects.push(Effect::Save);
            }
        },
        (Stage::Feedback, Action::Confirm) => {
            match state.session.next() {
                Some(next) => {
                    state.session.current = next;
                    state.stage = Stage::Asking;
                    state.reset_input(quiz);
                }
                None => {
                    let score = state.session.score(quiz);
                    state.stage = Stage::Result {
                        score,
                        passed: true,
                        pass_mark: 0,
                    };
                }
            }
            app.reader.view.scroll = 0;
        }
        (Stage::Result { .. }, Action::Confirm) => {
            app.modals.close_review();
            app.reader.view.scroll = 0;
        }
        _ => return,
    }
    app.rebuild();
}

/// Why `action` does nothing in `app`'s current context, for the status bar, or
/// `None` when it acts. Keys are mapped to their action in every mode where a
/// learner might press them (see [`super::keymap`]); this is where a key that
/// does not apply says so, instead of nothing happening.
fn unavailable(app: &App, action: &Action) -> Option<String> {
    let outline = app.nav.focus == Focus::Outline;
    let interview =
        app.modals.review().is_none() && matches!(app.current_item(), Some(Item::Interview(_)));
    // The key bound to a bindable action, for the message.
    let key = |name: &str, default: &str| {
        app.settings
            .keys
            .keys_of(name)
            .and_then(|k| k.first().map(|k| k.label(app.settings.language)))
            .unwrap_or_else(|| default.to_string())
    };
    let asking = app
        .current_quiz()
        .is_some_and(|(_, s)| s.stage == Stage::Asking);
    Some(match action {
        Action::Forward if asking && !outline => {
            crate::i18n::tr(app.settings.language, "notice-enter-submits", &[])
        }
        Action::CycleSpeaker if !interview => crate::i18n::tr(
            app.settings.language,
            "notice-speaker",
            &[("key", key("speaker", "s").into())],
        ),
        Action::ToggleDrill if !interview => crate::i18n::tr(
            app.settings.language,
            "notice-drill",
            &[("key", key("drill", "d").into())],
        ),
        Action::ScrollCode(_) if app.reader.view.doc.max_hscroll(app.reader.view.width) == 0 => {
            crate::i18n::tr(app.settings.language, "notice-no-wide-code", &[])
        }
        Action::NextMatch | Action::PrevMatch if app.reader.highlight.is_none() => {
            crate::i18n::tr(app.settings.language, "notice-n-after-search", &[])
        }
        Action::GoBack if app.nav.return_to.is_none() => {
            crate::i18n::tr(app.settings.language, "notice-backspace", &[])
        }
        Action::FocusOutline if outline && !in_a_section(app) => {
            crate::i18n::tr(app.settings.language, "notice-in-outline", &[])
        }
        Action::Choose(_)
        | Action::Answer(_)
        | Action::ShowHint
        | Action::Retake
        | Action::RetakeWrong
        | Action::ShowLastAttempt => return quiz_key_unavailable(app, action),
        _ => return None,
    })
}

/// Whether the outline's selection is a section's row or an item of a section
/// (where `h` and `←` fold the section).
fn in_a_section(app: &App) -> bool {
    let (mi, ii) = app.nav.selected;
    app.nav.selected_section.is_some()
        || app
            .course
            .modules
            .get(mi)
            .is_some_and(|m| m.section_of(ii).is_some())
}

/// [`unavailable`] for the quiz keys: 1–9, t and f, H, r, R and L.
fn quiz_key_unavailable(app: &App, action: &Action) -> Option<String> {
    let Some((quiz, state)) = app.current_quiz() else {
        return Some(match action {
            Action::Choose(_) => crate::i18n::tr(app.settings.language, "notice-digits", &[]),
            Action::Answer(_) => crate::i18n::tr(app.settings.language, "notice-t-f", &[]),
            Action::ShowHint => crate::i18n::tr(app.settings.language, "notice-h", &[]),
            Action::Retake => crate::i18n::tr(app.settings.language, "notice-r", &[]),
            Action::RetakeWrong => crate::i18n::tr(app.settings.language, "notice-big-r", &[]),
            _ => crate::i18n::tr(app.settings.language, "notice-big-l", &[]),
        });
    };
    let lang = app.settings.language;
    let name = match action {
        Action::Choose(_) => "1–9".to_string(),
        Action::Answer(_) => crate::i18n::tr(lang, "notice-keys-t-f", &[]),
        Action::ShowHint => "H".to_string(),
        Action::Retake => "r".to_string(),
        Action::RetakeWrong => "R".to_string(),
        _ => "L".to_string(),
    };
    if app.nav.focus == Focus::Outline {
        return Some(crate::i18n::tr(
            lang,
            "notice-acts-on-quiz",
            &[("name", name.into())],
        ));
    }
    let answering = matches!(
        action,
        Action::Choose(_) | Action::Answer(_) | Action::ShowHint
    );
    let review = app.modals.review().is_some();
    let last = || {
        let module = &app.course.modules.get(app.nav.current.0)?.id;
        app.progress().attempts_at(module, &quiz.id).last()
    };
    Some(match state.stage {
        Stage::Intro if answering => {
            crate::i18n::tr(app.settings.language, "notice-start-first", &[])
        }
        Stage::Intro => match (action, last()) {
            (Action::Retake, _) => return None,
            (_, None) => crate::i18n::tr(app.settings.language, "notice-no-attempt", &[]),
            (Action::RetakeWrong, Some(a)) if a.answers.iter().all(|r| r.correct) => {
                crate::i18n::tr(
                    app.settings.language,
                    "notice-nothing-to-practise-last",
                    &[],
                )
            }
            _ => return None,
        },
        Stage::Asking | Stage::Feedback if review && !answering => {
            crate::i18n::tr(app.settings.language, "notice-in-review", &[])
        }
        Stage::Asking | Stage::Feedback if !answering => match action {
            Action::Retake => crate::i18n::tr(app.settings.language, "notice-finish-r", &[]),
            Action::RetakeWrong => {
                crate::i18n::tr(app.settings.language, "notice-finish-big-r", &[])
            }
            _ => crate::i18n::tr(app.settings.language, "notice-finish-l", &[]),
        },
        Stage::Feedback => crate::i18n::tr(app.settings.language, "notice-already-answered", &[]),
        Stage::Result { .. } if review => {
            crate::i18n::tr(app.settings.language, "notice-review-over", &[])
        }
        Stage::Result { .. } if answering => {
            crate::i18n::tr(app.settings.language, "notice-quiz-over", &[])
        }
        Stage::Result { .. } => match action {
            Action::ShowLastAttempt => {
                crate::i18n::tr(app.settings.language, "notice-last-result", &[])
            }
            _ => return None,
        },
        Stage::Asking => {
            let question = state.question(quiz)?;
            // By key, then by the inputs the kind needs: every shape is listed, so
            // a new one does not compile until it says what these keys do to it.
            match action {
                Action::ShowHint if question.hints.is_empty() => {
                    crate::i18n::tr(app.settings.language, "notice-no-hint", &[])
                }
                Action::ShowHint if state.hints_shown() >= question.hints.len() => {
                    match question.hints.len() {
                        1 => crate::i18n::tr(app.settings.language, "notice-hint-shown", &[]),
                        n => crate::i18n::tr(lang, "notice-hints-shown", &[("count", n.into())]),
                    }
                }
                Action::Answer(_) => match kind_of(&question.key, |k| k.input()) {
                    Input::TrueFalse => return None,
                    Input::OneChoice { .. }
                    | Input::ManyChoices { .. }
                    | Input::Text
                    | Input::Number
                    | Input::Order { .. }
                    | Input::Pairs { .. }
                    | Input::Blanks { .. }
                    | Input::Writing => {
                        crate::i18n::tr(app.settings.language, "notice-not-true-false", &[])
                    }
                },
                &Action::Choose(n) => match kind_of(&question.key, |k| k.input()) {
                    Input::Pairs { .. } if n > state.order.len() => {
                        let args = [("number", n.into()), ("count", state.order.len().into())];
                        crate::i18n::tr(lang, "notice-no-option", &args)
                    }
                    Input::Pairs { .. } => return None,
                    Input::OneChoice { .. }
                    | Input::ManyChoices { .. }
                    | Input::TrueFalse
                    | Input::Text
                    | Input::Number
                    | Input::Order { .. }
                    | Input::Blanks { .. }
                    | Input::Writing
                        if n > state.rows(quiz) =>
                    {
                        let args = [("number", n.into()), ("count", state.rows(quiz).into())];
                        crate::i18n::tr(lang, "notice-no-choice", &args)
                    }
                    Input::OneChoice { .. }
                    | Input::ManyChoices { .. }
                    | Input::TrueFalse
                    | Input::Text
                    | Input::Number
                    | Input::Order { .. }
                    | Input::Blanks { .. }
                    | Input::Writing => return None,
                },
                _ => return None,
            }
        }
    })
}

/// [`Action::ToggleStimulus`]: on a part of a quiz group, shows the shared
/// text when it is folded (or folds it again); in plain mode the spoken line
/// says it again. Elsewhere, a notice says what the key is for.
fn toggle_stimulus(app: &mut App) {
    if app.current_group().is_none() {
        app.notice = Some(crate::i18n::tr(app.settings.language, "notice-x", &[]));
        return;
    }
    app.reader.stimulus_shown = !app.reader.stimulus_shown;
    app.rebuild();
    if app.reader.stimulus_shown {
        // From its start, above the question (the next key brings the
        // question's row back into view).
        app.reader.view.scroll = 0;
    }
}
