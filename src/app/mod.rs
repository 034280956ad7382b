//! The application: its state ([`App`]), what the learner can ask for ([`Action`]),
//! the key map and the one function that changes state ([`update`]); the event loop
//! that drives it on a terminal is `tui::run` (`src/tui.rs`).
//!
//! `update` returns side effects ([`Effect`]) as data; the run loop carries them
//! out. Drawing reads `&App` only. So a learner's whole session can be replayed in a
//! test with scripted events and a `TestBackend`.

mod action;
mod bookmarks;
pub mod doc_cache;
pub mod images;
pub mod interview;
mod item_doc;
mod keymap;
pub mod keys;
pub mod layout;
pub mod modal;
mod mouse;
mod notes;
pub mod open;
pub mod overlay;
mod panels;
pub mod picker;
pub mod prepare;
pub mod reading;
mod reload;
pub mod spoken;
pub mod targets;
mod update;

pub use crate::quiz::answering::{
    CaretMove, MAX_ANSWER_CHARS, QuizState, ReviewOrigin, ReviewSession, Stage,
};
pub use action::{Action, Effect, PreparedText, Reloaded};
pub use keymap::{Mode, action_for_event, action_for_key, writing};
pub use keys::{Bindings, KeySpec};
pub use modal::{Modal, Modals};
pub use notes::{MAX_NOTE_CHARS, NoteEditor, note_of};
pub use panels::Panel;
pub use update::update;

use std::collections::HashMap;
use std::sync::Arc;

use crate::course::{Course, Item};
use crate::doc::{Doc, Row};
use crate::progress::{Anchor, Completion, CourseProgress, Position, State};
use crate::theme::Theme;
use layout::Areas;

/// Columns the code blocks move sideways per [`Action::ScrollCode`].
pub const CODE_SCROLL_STEP: usize = 8;

/// Which pane receives keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The outline of modules and items.
    Outline,
    /// The content being studied.
    Content,
}

/// A window drawn above the panes; any key closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Every key binding.
    Help,
    /// The course's description, authors, version, sources and modules.
    About,
    /// "Where you were": shown when a course is reopened at a saved place.
    Resume,
    /// Every learning objective of the course with the share of its questions
    /// answered right.
    Mastery,
}

/// The search panel: what is typed, what it finds, which hit is selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchPanel {
    /// The query as typed.
    pub query: String,
    /// The matches in the course, in course order.
    pub hits: Vec<crate::search::Hit>,
    /// Index of the selected hit.
    pub selected: usize,
    /// When the panel lists the uses of a glossary entry (Enter in the glossary
    /// pane): its index; the hits are then its term and aliases as whole words.
    /// Typing in the panel makes it a plain search again.
    pub term: Option<usize>,
}

impl SearchPanel {
    /// What the panel looks for.
    pub fn find<'a>(&'a self, app: &'a App) -> crate::search::Query<'a> {
        match self.term {
            Some(entry) => crate::search::Query::Term(&app.glossary, entry),
            None => crate::search::Query::Text(&self.query),
        }
    }
}

/// The open item's text, laid out for the content pane.
#[derive(Debug, Clone, Default)]
pub struct ContentView {
    /// The text before wrapping (shared with [`Reader::docs`] for a lesson or an
    /// interview).
    pub doc: Arc<Doc>,
    /// The text wrapped to `width` (shared with [`Reader::docs`] likewise).
    pub rows: Arc<Vec<Row>>,
    /// The width `rows` were wrapped to, in columns.
    pub width: u16,
    /// Index of the first row shown.
    pub scroll: usize,
    /// Columns the code blocks are scrolled sideways by (see
    /// [`Doc::row_line`]); 0 when another item opens.
    pub hscroll: usize,
    /// Rows the pane shows at once.
    pub height: u16,
    /// A block that must stay visible (the quiz cursor), if any.
    pub keep_visible: Option<usize>,
    /// Blocks to jump between with [`Action::NextMark`] (quiz review mistakes).
    pub marks: Vec<usize>,
    /// What each of `marks` is called in the status bar (`question 5`).
    pub mark_labels: Vec<String>,
    /// The mark [`Action::NextMark`] moved to last, as (index into `marks`, the
    /// scroll offset it set); the content pane shows that block marked until
    /// the marks change. The jump order goes on from it while the text has not
    /// been scrolled since (the offset is still the scroll).
    pub mark_at: Option<(usize, usize)>,
    /// The line with search matches [`Action::NextMatch`] or
    /// [`Action::PrevMatch`] moved to last, as (index among the lines with
    /// matches, the scroll offset it set), while the text has not been scrolled
    /// since.
    pub match_at: Option<(usize, usize)>,
    /// Blocks showing a "Read again" link, and where it leads ([`Action::OpenLink`]).
    pub links: Vec<(usize, crate::course::Target)>,
    /// Blocks that open something (a course file, a video's play line or
    /// transcript line), in text order (see [`crate::doc::media::targets`]).
    pub targets: Vec<(usize, crate::doc::media::Opens)>,
    /// The one of `targets` selected (its index there), if any: Enter opens it
    /// while it is on screen.
    pub target: Option<usize>,
}

impl ContentView {
    /// The largest useful scroll offset.
    pub fn max_scroll(&self) -> usize {
        self.rows
            .len()
            .saturating_sub(usize::from(self.height.max(1)))
    }

    /// Whether the last row is on screen.
    pub fn at_end(&self) -> bool {
        self.scroll >= self.max_scroll()
    }

    /// The text of the rows from the first one shown down, blank rows skipped.
    pub fn shown_text(&self) -> impl Iterator<Item = String> + '_ {
        self.rows
            .iter()
            .skip(self.scroll)
            .map(|r| {
                r.line
                    .spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .filter(|s| !s.trim().is_empty())
    }

    /// The anchor of the first row shown, with its block's text hash.
    pub fn anchor(&self) -> Anchor {
        self.rows
            .get(self.scroll)
            .map(|r| Anchor {
                block: r.block,
                line: r.line_in_block,
                hash: self
                    .doc
                    .blocks
                    .get(r.block)
                    .map(crate::doc::Block::text_hash),
            })
            .unwrap_or_default()
    }

    /// The block an anchor points at in the current text: the block at its index
    /// when that block's text hash is the anchor's (or the anchor has none);
    /// else the block with the anchor's hash nearest to its index (text was added
    /// or removed above it); else, when no block has that text any more, the
    /// index.
    pub fn block_of(&self, anchor: Anchor) -> usize {
        let Some(hash) = anchor.hash else {
            return anchor.block;
        };
        let blocks = &self.doc.blocks;
        if blocks
            .get(anchor.block)
            .is_some_and(|b| b.text_hash() == hash)
        {
            return anchor.block;
        }
        blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.text_hash() == hash)
            .min_by_key(|(i, _)| i.abs_diff(anchor.block))
            .map_or(anchor.block, |(i, _)| i)
    }

    /// The row an anchor points at in the current layout (its block found by
    /// [`ContentView::block_of`]; clamped to what exists).
    pub fn row_of(&self, anchor: Anchor) -> usize {
        let anchor = Anchor {
            block: self.block_of(anchor),
            ..anchor
        };
        let mut best = 0;
        for (i, r) in self.rows.iter().enumerate() {
            if r.block > anchor.block {
                break;
            }
            best = i;
            if r.block == anchor.block && r.line_in_block >= anchor.line {
                break;
            }
        }
        best
    }
}

/// Where the learner is in the course.
#[derive(Debug, Clone, PartialEq)]
pub struct Navigation {
    /// Which pane has focus.
    pub focus: Focus,
    /// The item selected in the outline: (module index, item index).
    pub selected: (usize, usize),
    /// The item open in the content pane: (module index, item index).
    pub current: (usize, usize),
    /// The quiz a "Read again" link was followed from, as ((module index, item
    /// index), first line shown), until the learner goes back ([`Action::GoBack`]).
    pub return_to: Option<((usize, usize), Anchor)>,
    /// A section's row selected in the outline instead of an item: (module
    /// index, section index). [`Navigation::selected`] then holds the section's
    /// first item.
    pub selected_section: Option<(usize, usize)>,
    /// The sections unfolded in the outline, their items shown: (module index,
    /// section index). The open item's section is unfolded as it opens; the
    /// others start folded.
    pub unfolded: std::collections::BTreeSet<(usize, usize)>,
}

impl Navigation {
    /// Selects the row of section `si` of module `mi` in `course`'s outline.
    pub fn select_section(&mut self, course: &Course, mi: usize, si: usize) {
        if let Some(section) = course.modules.get(mi).and_then(|m| m.sections.get(si)) {
            self.selected = (mi, section.items.start);
            self.selected_section = Some((mi, si));
        }
    }

    /// Selects item `ii` of module `mi` in the outline.
    pub fn select_item(&mut self, mi: usize, ii: usize) {
        self.selected = (mi, ii);
        self.selected_section = None;
    }

    /// Unfolds the section holding item `ii` of module `mi` in `course`, if it
    /// is in one.
    pub fn unfold_section_of(&mut self, course: &Course, mi: usize, ii: usize) {
        if let Some(si) = course.modules.get(mi).and_then(|m| m.section_of(ii)) {
            self.unfolded.insert((mi, si));
        }
    }
}

/// The open item's text as shown, and what it is built from besides the item.
#[derive(Debug)]
pub struct Reader {
    /// The open item's laid-out text.
    pub view: ContentView,
    /// How the open interview is shown (speaker filter, recall drill).
    pub interview: interview::InterviewView,
    /// The search whose matches are highlighted in the open item (after a jump),
    /// moved between with `n` and `N`; Esc clears it.
    pub highlight: Option<String>,
    /// With [`Reader::highlight`]: the glossary entry whose uses are highlighted
    /// instead of the text (after a jump from the uses of a glossary term).
    pub highlight_term: Option<usize>,
    /// Lessons and interviews already laid out, per item and width.
    pub docs: doc_cache::DocCache,
    /// Whether the learner asked (x) to see the shared text of the question
    /// group being answered when it is folded; in plain mode, to hear it again.
    /// Cleared on opening an item.
    pub stimulus_shown: bool,
    /// The text's (width, height) when the open item was last built: a quiz
    /// group's stimulus folds or not by it (see [`App::relayout`]).
    pub(crate) stimulus_size: Option<(u16, u16)>,
    pub(crate) pending_anchor: Option<Anchor>,
    /// Since when the open item's last line has been on screen: ((module index,
    /// item index), seconds since the Unix epoch), or `None` while it is not
    /// (see [`reading::READ_AFTER_SECONDS`]).
    pub(crate) end_on_screen: Option<((usize, usize), u64)>,
}

/// How the learner chose to see amphi: from the command line and the config
/// file, fixed while amphi runs but for focus mode.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Styles.
    pub theme: Theme,
    /// Focus mode: the outline is hidden while reading.
    pub focus_mode: bool,
    /// Widest text column, in columns (see [`layout::DEFAULT_MEASURE`]).
    pub measure: u16,
    /// Key bindings changed by the config file.
    pub keys: Bindings,
    /// Plain mode: no box drawing or colour, one column, state in words (see
    /// `src/ui/plain.rs`).
    pub plain: bool,
    /// Whether links are made clickable in the terminal (OSC 8, see
    /// [`crate::hyperlink`]); set from the config file's `hyperlinks`.
    pub hyperlinks: bool,
    /// The language of amphi's own words, as the binary chose it (see
    /// [`crate::i18n::choose`]); English in a new app.
    pub language: crate::i18n::Language,
    /// Whether [`Settings::language`] follows the open course's (no `--lang`
    /// nor config `language`): switching edition then switches it too.
    pub language_follows_course: bool,
}

/// What amphi knows of the terminal.
#[derive(Debug, Clone, PartialEq)]
pub struct TerminalState {
    /// Terminal size: (columns, rows).
    pub size: (u16, u16),
    /// Whether the terminal has focus (as far as focus reports tell).
    pub focused: bool,
    /// When the last input came, in seconds since the Unix epoch, while focused.
    pub last_input: Option<u64>,
}

/// Everything amphi shows and remembers while it runs.
pub struct App {
    /// The open course.
    pub course: Course,
    /// Where the learner is: focus, the item selected and the item open.
    pub nav: Navigation,
    /// The open item's text as shown: its rows, scroll, highlights, the
    /// interview's view and the texts already laid out.
    pub reader: Reader,
    /// How the learner chose to see amphi (theme, measure, keys, plain mode…).
    pub settings: Settings,
    /// What amphi knows of the terminal: its size and focus.
    pub terminal: TerminalState,
    /// The whole progress state (all courses); this course's part is under its id.
    pub state: State,
    /// Quiz screens by (module index, item index), kept while amphi runs.
    pub quizzes: HashMap<(usize, usize), QuizState>,
    /// What is in front of the panes (a review session, the reload banner, a
    /// panel, the search or an overlay), bottom to top: the key map and
    /// [`update`] both read it (see [`Modals`]).
    pub modals: Modals,
    /// The course folded for searching, built at the first search and kept
    /// while the course is the same.
    pub search_index: Option<crate::search::SearchIndex>,
    /// The outline's natural width for this course, border included
    /// ([`layout::outline_natural_width`]), worked out when the course loads.
    pub outline_natural: u16,
    /// A message for the learner in the status bar (such as a warning), if any.
    pub notice: Option<String>,
    /// The current time in seconds since the Unix epoch (replaceable in tests).
    pub clock: fn() -> u64,
    /// The folder the course was loaded from, absolute; `None` for the bundled
    /// course, whose files then cannot be opened (see [`open`]).
    pub course_folder: Option<std::path::PathBuf>,
    /// The programs installed to open files and play videos, as the terminal
    /// layer found them (see [`open::Programs`]).
    pub programs: open::Programs,
    /// Questions due for review now (refreshed by `update`), for the status bar.
    pub due_for_review: usize,
    /// The course glossary's terms, ready to find in text (shared with the
    /// texts being prepared, see [`prepare`]).
    pub glossary: Arc<crate::glossary::Matcher>,
    /// The course's links to items (`item:` in lesson text), resolved once
    /// (shared with the texts being prepared).
    pub jumps: Arc<crate::course::Jumps>,
    /// Word counts and content hashes of the course's items.
    pub facts: reading::Facts,
    /// The course's images, decoded and scaled on the preparing thread (shared
    /// with it), drawn by the UI; off until the binary sets a store up (see
    /// [`images`]).
    pub images: Arc<images::ImageStore>,
    /// The course's completion, with the (read marks, attempts) counts it was
    /// counted at (see [`App::course_completion`]).
    completion: std::cell::Cell<Option<((usize, usize), Completion)>>,
    /// The files of the original course (the folder on disk, or the bundled
    /// course's), as the binary found them: an edition's images and offered
    /// files are read in its own folder inside them ([`App::edition_folder`]).
    /// `None` in tests and when the files are unknown.
    pub course_files: Option<Arc<dyn crate::course::CourseFiles + Send + Sync>>,
    /// The course's other editions (the same course in other languages, same
    /// id: see `docs/course-format.md`, *Courses in several languages*), in the
    /// order [`Action::SwitchEdition`] goes through them; the edition left goes
    /// to the end. Empty for a course in one language. The binary fills it
    /// (`cli::editions`); `update` never loads a course.
    pub editions: Vec<Course>,
}

/// Seconds since the Unix epoch, from the system clock.
pub fn system_clock() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl App {
    /// An app showing `course`, resumed from `state` where the learner left it.
    pub fn new(course: Course, state: State, theme: Theme) -> Self {
        let mut app = App {
            course,
            state,
            nav: Navigation {
                focus: Focus::Content,
                selected: (0, 0),
                current: (0, 0),
                return_to: None,
                selected_section: None,
                unfolded: std::collections::BTreeSet::new(),
            },
            reader: Reader {
                view: ContentView::default(),
                interview: interview::InterviewView::default(),
                highlight: None,
                highlight_term: None,
                docs: doc_cache::DocCache::default(),
                pending_anchor: None,
                end_on_screen: None,
                stimulus_shown: false,
                stimulus_size: None,
            },
            settings: Settings {
                theme,
                focus_mode: false,
                measure: layout::DEFAULT_MEASURE,
                keys: Bindings::default(),
                plain: false,
                hyperlinks: false,
                language: crate::i18n::Language::En,
                language_follows_course: true,
            },
            terminal: TerminalState {
                size: (0, 0),
                focused: true,
                last_input: None,
            },
            quizzes: HashMap::new(),
            modals: Modals::default(),
            search_index: None,
            outline_natural: 0,
            notice: None,
            clock: system_clock,
            course_folder: None,
            programs: open::Programs::default(),
            due_for_review: 0,
            glossary: Arc::default(),
            jumps: Arc::default(),
            facts: reading::Facts::default(),
            images: Arc::default(),
            completion: std::cell::Cell::new(None),
            editions: Vec::new(),
            course_files: None,
        };
        app.glossary = Arc::new(crate::glossary::Matcher::new(&app.course.glossary));
        app.jumps = Arc::new(crate::course::Jumps::new(&app.course));
        app.outline_natural = layout::outline_natural_width(&app.course);
        app.state
            .courses
            .entry(app.course.info.id.clone())
            .or_default();
        app.facts = reading::Facts::of(&app.course, app.progress());
        let returning = app.progress().position.is_some();
        let resumed = app.progress().resume_at(&app.course);
        if resumed.is_none() {
            // A first visit opens nothing yet: the first item's section shows.
            app.nav.unfold_section_of(&app.course, 0, 0);
        }
        if let Some((mi, ii, anchor)) = resumed {
            app.open(mi, ii);
            app.reader.pending_anchor = Some(anchor);
            if returning {
                app.modals.open_overlay(Overlay::Resume);
            }
        }
        app.refresh_due();
        app
    }

    /// This course's progress.
    pub fn progress(&self) -> &CourseProgress {
        self.state
            .courses
            .get(&self.course.info.id)
            .expect("App::new creates the course's entry")
    }

    /// This course's progress, to change.
    pub fn progress_mut(&mut self) -> &mut CourseProgress {
        self.state
            .courses
            .entry(self.course.info.id.clone())
            .or_default()
    }

    /// Items done in the whole course, as
    /// [`CourseProgress::course_completion`] counts them, counted again only when
    /// the number of read marks or of attempts changed: progress only grows while
    /// amphi runs (a merge with another instance's state is a union), so equal
    /// counts mean equal progress. The status bar shows it at every frame; counting
    /// walks every item and attempt (about a millisecond for 2,200 items).
    pub fn course_completion(&self) -> Completion {
        let progress = self.progress();
        let key = (progress.read.len(), progress.attempts.len());
        if let Some((at, c)) = self.completion.get()
            && at == key
        {
            return c;
        }
        let c = progress.course_completion(&self.course);
        self.completion.set(Some((key, c)));
        c
    }

    /// What is highlighted in the open item, if anything (see
    /// [`Reader::highlight`]).
    pub fn highlight_query(&self) -> Option<crate::search::Query<'_>> {
        let text = self.reader.highlight.as_deref()?;
        Some(match self.reader.highlight_term {
            Some(entry) => crate::search::Query::Term(&self.glossary, entry),
            None => crate::search::Query::Text(text),
        })
    }

    /// The item open in the content pane.
    pub fn current_item(&self) -> Option<&Item> {
        let (mi, ii) = self.nav.current;
        self.course.modules.get(mi)?.items.get(ii)
    }
    /// The folder, inside the original course's folder, of the edition open
    /// now (`fr` for the bundled course in French); `None` for the original.
    pub fn edition_folder(&self) -> Option<&str> {
        self.course.info.edition_of.as_ref()?;
        let original = self.editions.iter().find(|c| c.info.edition_of.is_none())?;
        crate::course::editions::edition_folder(original, &self.course.info.language)
    }

    /// The folder the open edition's offered files are in: [`App::course_folder`],
    /// or inside it the edition's own ([`App::edition_folder`]).
    pub fn files_folder(&self) -> Option<std::path::PathBuf> {
        let base = self.course_folder.clone()?;
        Some(match self.edition_folder() {
            Some(folder) => folder
                .split('/')
                .filter(|c| !c.is_empty())
                .fold(base, |p, c| p.join(c)),
            None => base,
        })
    }

    /// The files the open edition's images are read from: [`App::course_files`],
    /// or the edition's folder inside them.
    pub fn edition_files(&self) -> Option<Arc<dyn crate::course::CourseFiles + Send + Sync>> {
        let files = self.course_files.clone()?;
        match self.edition_folder() {
            Some(folder) => crate::course::editions::EditionFiles::new(files, folder)
                .ok()
                .map(|f| Arc::new(f) as Arc<dyn crate::course::CourseFiles + Send + Sync>),
            None => Some(files),
        }
    }

    /// The progress key (`module-id/item-id`) of item `ii` of module `mi`, or
    /// `None` when there is no such item.
    pub fn item_key_of(&self, (mi, ii): (usize, usize)) -> Option<String> {
        let module = self.course.modules.get(mi)?;
        let item = module.items.get(ii)?;
        Some(crate::progress::item_key(&module.id, item.id()))
    }

    /// The quiz screen shown: the review session's, or the open item's if it is a
    /// quiz.
    pub fn current_quiz(&self) -> Option<(&crate::course::Quiz, &QuizState)> {
        if let Some(r) = self.modals.review() {
            return Some((&r.quiz, &r.state));
        }
        match self.current_item()? {
            Item::Quiz(q) => Some((q, self.quizzes.get(&self.nav.current)?)),
            _ => None,
        }
    }

    /// The pane areas for the current size and focus.
    pub fn areas(&self) -> Areas {
        if self.settings.plain {
            let rows = spoken::status_rows(self, self.terminal.size.0);
            return layout::plain_areas(self.terminal.size, self.nav.focus, rows);
        }
        layout::areas(
            self.terminal.size,
            layout::LayoutOptions {
                focus: self.nav.focus,
                focus_mode: self.settings.focus_mode,
                measure: self.settings.measure,
                outline_natural: self.outline_natural,
            },
        )
    }

    /// Every match of `query` in the course, from the search index (built at
    /// the first search).
    pub(crate) fn search_hits(&mut self, query: &str) -> Vec<crate::search::Hit> {
        let index = self
            .search_index
            .get_or_insert_with(|| crate::search::SearchIndex::new(&self.course));
        index.search(&self.course, query)
    }

    /// Counts the questions due for review at the clock's time.
    pub(crate) fn refresh_due(&mut self) {
        let now = (self.clock)();
        self.due_for_review =
            crate::progress::review::due(&self.course, &self.progress().review, now).len();
    }

    /// Opens item `ii` of module `mi` at its top (leaving any review session).
    pub(crate) fn open(&mut self, mi: usize, ii: usize) {
        self.modals.close_review();
        self.reader.stimulus_shown = false;
        if self.nav.current != (mi, ii) {
            self.reader.interview = interview::InterviewView::default();
        }
        self.nav.current = (mi, ii);
        self.nav.select_item(mi, ii);
        self.nav.unfold_section_of(&self.course, mi, ii);
        self.reader.pending_anchor = None;
        if let Some(Item::Quiz(q)) = self.current_item() {
            let q = q.clone();
            let key = crate::progress::item_key(&self.course.modules[mi].id, &q.id);
            let open = self.progress().open_attempts.get(&key).cloned();
            self.quizzes.entry((mi, ii)).or_insert_with(|| match open {
                Some(open) => QuizState::resume(&q, &open),
                None => QuizState::intro(&q),
            });
        }
        self.reader.view.scroll = 0;
        self.reader.view.hscroll = 0;
        self.reader.view.target = None;
        self.rebuild();
        // A video opens with its play line selected: Enter plays.
        if matches!(self.current_item(), Some(Item::Video(_))) {
            self.reader.view.target = self
                .reader
                .view
                .targets
                .iter()
                .position(|&(_, o)| o == crate::doc::media::Opens::Play);
        }
    }

    /// Speaks `lang` from now on: sets [`Settings::language`] and builds the
    /// open text again (texts built before are dropped: they may hold amphi's
    /// words in the language before).
    pub fn set_language(&mut self, lang: crate::i18n::Language) {
        if self.settings.language == lang {
            return;
        }
        self.settings.language = lang;
        self.reader.docs.clear();
        self.rebuild_keeping_place();
    }

    /// Rebuilds the open item's text (after opening it or a quiz change) and lays it out.
    ///
    /// A lesson or an interview comes from [`Reader::docs`] when it was built
    /// before from the same inputs, and its rows for a width already wrapped too.
    pub(crate) fn rebuild(&mut self) {
        self.reader.view.match_at = None;
        self.prepare_stimuli();
        self.reader.stimulus_size = Some(self.text_size());
        self.reader.view.targets = item_doc::targets(self);
        if self
            .reader
            .view
            .target
            .is_some_and(|t| t >= self.reader.view.targets.len())
        {
            self.reader.view.target = None;
        }
        let inputs = self.doc_inputs();
        match inputs
            .as_ref()
            .and_then(|inputs| self.reader.docs.doc(self.nav.current, inputs))
        {
            Some(doc) => {
                self.reader.view.doc = doc;
                self.reader.view.keep_visible = None;
                self.reader.view.marks = Vec::new();
                self.reader.view.mark_labels = Vec::new();
                self.reader.view.mark_at = None;
                self.reader.view.links = Vec::new();
            }
            None => {
                let built = item_doc::item_doc(self);
                self.reader.view.doc = Arc::new(built.doc);
                self.reader.view.keep_visible = built.keep_visible;
                if self.reader.view.marks != built.marks {
                    self.reader.view.mark_at = None;
                }
                self.reader.view.marks = built.marks;
                self.reader.view.mark_labels = built.mark_labels;
                self.reader.view.links = built.links;
                if let Some(inputs) = inputs {
                    self.reader.docs.insert(
                        self.nav.current,
                        inputs,
                        Arc::clone(&self.reader.view.doc),
                    );
                }
            }
        }
        if self.areas().text.is_empty() {
            // Hidden pane or no size yet: lay out at the last width (never at a
            // made-up one: a huge lesson at one column would be millions of rows),
            // so rows match the text; `relayout` re-wraps when the pane shows.
            let anchor = self
                .reader
                .pending_anchor
                .unwrap_or_else(|| self.reader.view.anchor());
            self.reader.view.rows = if self.reader.view.width == 0 {
                Arc::default()
            } else {
                self.reader
                    .docs
                    .rows(&self.reader.view.doc, self.reader.view.width)
            };
            self.reader.view.scroll = self.reader.view.row_of(anchor);
        }
        self.relayout_with(true);
    }

    /// The width and height the open item's text is laid out in: the text
    /// pane's, or the last ones while it is hidden.
    pub(crate) fn text_size(&self) -> (u16, u16) {
        let text = self.areas().text;
        if text.is_empty() {
            (self.reader.view.width, self.reader.view.height)
        } else {
            (text.width, text.height)
        }
    }

    /// The question group of the part being answered or just answered on the
    /// open quiz (not in a review session), with its index.
    pub fn current_group(&self) -> Option<(usize, &crate::course::QuestionGroup)> {
        if self.modals.review().is_some() {
            return None;
        }
        let (quiz, state) = self.current_quiz()?;
        if !matches!(state.stage, Stage::Asking | Stage::Feedback) {
            return None;
        }
        quiz.group_of(state.session.current)
    }

    /// Builds the stimuli of the open quiz's groups that are not cached yet,
    /// and measures the current part's at the text's width (see
    /// [`doc_cache::DocCache::stimulus`]).
    fn prepare_stimuli(&mut self) {
        if self.modals.review().is_some() {
            return;
        }
        let Some(Item::Quiz(q)) = self.current_item() else {
            return;
        };
        if q.groups.is_empty() {
            return;
        }
        let width = self.text_size().0;
        let current = self.current_group().map(|(g, _)| g);
        // Each group not built yet (with its text), and the current one to
        // measure (its text only when not built yet either).
        let stimuli: Vec<(usize, String)> = q
            .groups
            .iter()
            .enumerate()
            .filter_map(|(g, group)| {
                let built = self
                    .reader
                    .docs
                    .stimulus_cached(self.nav.current, g, width)
                    .is_some();
                match (built, Some(g) == current) {
                    (false, _) => Some((g, group.stimulus.clone())),
                    (true, true) => Some((g, String::new())),
                    (true, false) => None,
                }
            })
            .collect();
        let lang = self.settings.language;
        for (g, text) in stimuli {
            let at = if Some(g) == current { width } else { 0 };
            self.reader.docs.stimulus(self.nav.current, g, at, || {
                crate::doc::views::stimulus_doc(lang, &text)
            });
        }
    }

    /// What the open item's text is built from, when it can be cached: a lesson
    /// or an interview outside a review session.
    fn doc_inputs(&self) -> Option<doc_cache::Inputs> {
        if self.modals.review().is_some() {
            return None;
        }
        self.doc_inputs_of(self.nav.current)
    }

    /// What item `(mi, ii)`'s text would be built from if it were opened now (an
    /// item other than the open one opens with the default interview view);
    /// `None` for a quiz or no item.
    pub(crate) fn doc_inputs_of(&self, (mi, ii): (usize, usize)) -> Option<doc_cache::Inputs> {
        let item = self.course.modules.get(mi)?.items.get(ii)?;
        let interview = match item {
            Item::Lesson(_) | Item::Video(_) => None,
            Item::Interview(_) if (mi, ii) == self.nav.current => {
                Some(self.reader.interview.clone())
            }
            Item::Interview(_) => Some(interview::InterviewView::default()),
            Item::Quiz(_) => return None,
        };
        Some(doc_cache::Inputs {
            note: note_of(self, mi, ii).map(|n| n.text.clone()),
            interview,
            lang: self.settings.language,
        })
    }

    /// Jobs preparing the texts the learner is likely to open next (see
    /// [`prepare`]): the items before and after the open one in reading order,
    /// the one selected in the outline and the one Enter would open from a
    /// search result or a bookmark ([`App::jump_target`]), those not cached yet
    /// for the current width. Empty while the text pane has no width yet, and in plain mode.
    pub(crate) fn prepare_jobs(&self) -> Vec<prepare::PrepareJob> {
        let width = self.reader.view.width;
        if width == 0 || self.settings.plain {
            return Vec::new();
        }
        let mut wanted = Vec::with_capacity(3);
        let mut items = self
            .course
            .modules
            .iter()
            .enumerate()
            .flat_map(|(mi, m)| (0..m.items.len()).map(move |ii| (mi, ii)))
            .peekable();
        let mut before = None;
        while let Some(at) = items.next() {
            if at == self.nav.current {
                wanted.extend(before);
                wanted.extend(items.peek().copied());
                break;
            }
            before = Some(at);
        }
        wanted.push(self.nav.selected);
        wanted.extend(self.jump_target());
        let mut jobs: Vec<prepare::PrepareJob> = Vec::new();
        // The open text's pictures not ready at this width: decoded and scaled
        // first, then the text laid out again (see `App::adopt`).
        if self.images.pending(&self.reader.view.doc, width) {
            let (mi, ii) = self.nav.current;
            if let Some(item) = self.course.modules.get(mi).and_then(|m| m.items.get(ii)) {
                jobs.push(prepare::PrepareJob {
                    item: self.nav.current,
                    source: item.clone(),
                    note: note_of(self, mi, ii).cloned(),
                    inputs: self.doc_inputs().unwrap_or(doc_cache::Inputs {
                        note: None,
                        interview: None,
                        lang: self.settings.language,
                    }),
                    glossary: Arc::clone(&self.glossary),
                    jumps: Arc::clone(&self.jumps),
                    width,
                    generation: self.reader.docs.generation(),
                    images: Arc::clone(&self.images),
                    shown: Some(Arc::clone(&self.reader.view.doc)),
                });
            }
        }
        for at in wanted {
            if at == self.nav.current || jobs.iter().any(|j| j.item == at) {
                continue;
            }
            let Some(inputs) = self.doc_inputs_of(at) else {
                continue;
            };
            if self.reader.docs.has(at, &inputs, width) {
                continue;
            }
            let (mi, ii) = at;
            jobs.push(prepare::PrepareJob {
                item: at,
                source: self.course.modules[mi].items[ii].clone(),
                note: note_of(self, mi, ii).cloned(),
                inputs,
                glossary: Arc::clone(&self.glossary),
                jumps: Arc::clone(&self.jumps),
                width,
                generation: self.reader.docs.generation(),
                images: Arc::clone(&self.images),
                shown: None,
            });
        }
        jobs
    }

    /// The item Enter would open from the list on screen: the search panel's
    /// selected hit, or the bookmarks list's selected bookmark; `None` otherwise.
    pub(crate) fn jump_target(&self) -> Option<(usize, usize)> {
        if let Some(panel) = self.modals.search() {
            let hit = panel.hits.get(panel.selected)?;
            return (hit.field != crate::search::Field::Glossary).then_some((hit.module, hit.item));
        }
        let Some(Panel::Bookmarks { selected }) = self.modals.panel() else {
            return None;
        };
        let b = self.progress().bookmarks.get(*selected)?;
        self.course.items().find_map(|(mi, ii, module, item)| {
            (module.id == b.module && item.id() == b.item).then_some((mi, ii))
        })
    }

    /// Keeps a prepared text in [`Reader::docs`] when it still matches what the item
    /// would be built from now (same course, note and interview view).
    ///
    /// A job for the open item whose pictures were not ready (see
    /// [`App::prepare_jobs`]) lays the open text out again, at the same place:
    /// its images now show.
    pub(crate) fn adopt(&mut self, prepared: prepare::Prepared) {
        if prepared.images_for_open {
            if prepared.item == self.nav.current
                && prepared.generation == self.reader.docs.generation()
            {
                self.reader.docs.forget(prepared.item);
                self.rebuild_keeping_place();
            }
            return;
        }
        let Some(doc) = prepared.doc else {
            return;
        };
        if prepared.generation != self.reader.docs.generation()
            || self.doc_inputs_of(prepared.item).as_ref() != Some(&prepared.inputs)
        {
            return;
        }
        self.reader.docs.insert_prepared(
            prepared.item,
            prepared.inputs,
            doc,
            prepared.width,
            prepared.rows,
        );
    }

    /// Builds the open text again where the reader is: the same anchor, the
    /// same highlights kept by `rebuild`.
    fn rebuild_keeping_place(&mut self) {
        if self.reader.pending_anchor.is_none() && !self.reader.view.rows.is_empty() {
            self.reader.pending_anchor = Some(self.reader.view.anchor());
        }
        self.rebuild();
    }

    /// After a focus or layout change: quiz screens are rebuilt (what they show
    /// depends on focus), other items only re-wrapped (no markdown is parsed again).
    pub(crate) fn rebuild_or_relayout(&mut self) {
        if self.current_quiz().is_some() {
            self.rebuild();
        } else {
            self.relayout();
        }
    }

    /// Wraps the text for the current pane size, keeping the reading position.
    pub(crate) fn relayout(&mut self) {
        // On a part of a question group, whether its stimulus folds depends on
        // the text's size: built again when that changed since it was built.
        if self.current_group().is_some()
            && self.reader.stimulus_size != Some(self.text_size())
            && !self.areas().text.is_empty()
        {
            return self.rebuild();
        }
        self.relayout_with(false);
    }

    fn relayout_with(&mut self, force: bool) {
        let text = self.areas().text;
        if text.is_empty() {
            // Hidden pane or no size yet: keep the position for later.
            return;
        }
        // A reader at the end of a text longer than the pane stays at its end when
        // the pane narrows or gets shorter (the text grows below its top line).
        let keep_end = !force
            && self.reader.pending_anchor.is_none()
            && self.reader.view.keep_visible.is_none()
            && self.reader.view.scroll > 0
            && self.reader.view.at_end();
        let anchor = self
            .reader
            .pending_anchor
            .take()
            .unwrap_or_else(|| self.reader.view.anchor());
        if force || text.width != self.reader.view.width {
            self.reader.view.rows = self.reader.docs.rows(&self.reader.view.doc, text.width);
            self.reader.view.width = text.width;
            self.reader.view.scroll = self.reader.view.row_of(anchor);
        }
        self.reader.view.height = text.height;
        if self.reader.view.hscroll > 0 {
            self.reader.view.hscroll = self
                .reader
                .view
                .hscroll
                .min(self.reader.view.doc.max_hscroll(text.width));
        }
        if let Some(block) = self.reader.view.keep_visible {
            let first = self.reader.view.rows.iter().position(|r| r.block == block);
            let last = self.reader.view.rows.iter().rposition(|r| r.block == block);
            if let (Some(first), Some(last)) = (first, last) {
                let h = usize::from(self.reader.view.height.max(1));
                if last >= self.reader.view.scroll + h {
                    self.reader.view.scroll = last + 1 - h;
                }
                if first < self.reader.view.scroll {
                    self.reader.view.scroll = first;
                }
            }
        }
        if keep_end {
            self.reader.view.scroll = self.reader.view.max_scroll();
        }
        self.reader.view.scroll = self.reader.view.scroll.min(self.reader.view.max_scroll());
    }

    /// Gives the text the height the layout has for it now, without wrapping it
    /// again: in plain mode the spoken line under it grows and shrinks with what
    /// it says (see [`ui::plain::status_rows`]).
    pub(crate) fn fit_text_height(&mut self) {
        let text = self.areas().text;
        if text.is_empty() || text.height == self.reader.view.height {
            return;
        }
        self.reader.view.height = text.height;
        self.reader.view.scroll = self.reader.view.scroll.min(self.reader.view.max_scroll());
    }

    /// Records the current position in the progress state.
    pub(crate) fn sync_position(&mut self) {
        let (mi, ii) = self.nav.current;
        let Some(module) = self.course.modules.get(mi) else {
            return;
        };
        let Some(item) = module.items.get(ii) else {
            return;
        };
        let position = Position {
            module: module.id.clone(),
            item: item.id().to_string(),
            anchor: self
                .reader
                .pending_anchor
                .unwrap_or_else(|| self.reader.view.anchor()),
        };
        self.progress_mut().position = Some(position);
    }
}
