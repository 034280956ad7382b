//! What the learner can ask for, and what the app asks the outside world to do.

/// One thing the learner asked for. Keys and mouse events map to actions (see
/// [`super::keymap`]); only [`super::update`] acts on them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave amphi (progress is saved first).
    Quit,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Open the search panel.
    OpenSearch,
    /// Scroll to the next match of the search in the open item.
    NextMatch,
    /// Scroll to the previous match of the search in the open item.
    PrevMatch,
    /// Show or hide what the course is about: description, authors, sources.
    ToggleAbout,
    /// Open the course's next edition in another language ([`super::App::editions`])
    /// at the same item, with the same progress.
    SwitchEdition,
    /// Close an overlay or leave text entry.
    Back,
    /// Move focus between the outline and the content.
    SwitchFocus,
    /// Move focus to the outline; in the outline, fold the section the
    /// selection is in (see [`crate::course::Section`]).
    FocusOutline,
    /// Hide or show the outline while reading (focus mode).
    ToggleFocusMode,
    /// Move the selection or the scroll up one line.
    Up,
    /// Move the selection or the scroll down one line.
    Down,
    /// One page up.
    PageUp,
    /// One page down.
    PageDown,
    /// To the top.
    Top,
    /// To the bottom.
    Bottom,
    /// Scroll the content by this many lines (negative is up), as the mouse wheel does.
    Scroll(i32),
    /// Open the selected item, start the quiz, submit the answer, go on: the main
    /// action of the screen.
    Confirm,
    /// `l` or `→`: what [`Action::Confirm`] does (open the selected item, read
    /// on, start a quiz, go on after an answer), except that it never submits an
    /// answer: a stray arrow must not cost a point.
    Forward,
    /// Open the next item of the course.
    NextItem,
    /// Open the previous item of the course.
    PrevItem,
    /// Scroll the open item's code blocks sideways by
    /// [`CODE_SCROLL_STEP`](super::CODE_SCROLL_STEP) columns: to the right (`true`,
    /// showing more of long lines) or back to the left (`false`).
    ScrollCode(bool),
    /// Quiz: pick or toggle the choice with this number (from 1).
    Choose(usize),
    /// Quiz: pick or toggle the choice under the cursor; in an ordering question,
    /// grab or drop the item under the cursor.
    Toggle,
    /// Quiz: answer a true/false question.
    Answer(bool),
    /// Scroll to the next marked block (on a quiz review, the next mistake),
    /// wrapping around to the first.
    NextMark,
    /// Start a review session of the questions due (see
    /// [`crate::progress::review`]).
    StartReview,
    /// Quiz feedback or review: open the lesson passage linked from the question
    /// (on a review, the first question with a link on screen), at its heading.
    OpenLink,
    /// Back to the quiz a "Read again" link was followed from.
    GoBack,
    /// Show the mastery of the course's learning objectives.
    ShowMastery,
    /// Quiz: reveal the current question's hint.
    ShowHint,
    /// Quiz group: show the shared text (stimulus) folded on a short screen, or
    /// fold it again; in plain mode, say it again.
    ToggleStimulus,
    /// Quiz: start a new attempt from the result screen (or the quiz's page).
    Retake,
    /// Quiz: practise only the questions got wrong (a practice attempt that does
    /// not change the best score), from the result screen, or from the quiz's
    /// page the last finished attempt's.
    RetakeWrong,
    /// Quiz page: show the result and review of the last finished attempt again
    /// (after amphi was reopened, the page starts at its intro).
    ShowLastAttempt,
    /// Quiz: type a character into a short answer.
    Input(char),
    /// Quiz: delete the character before the caret in a short answer.
    Backspace,
    /// Quiz: delete the character after the caret in a short answer.
    Delete,
    /// Quiz: move the caret in a short answer.
    Caret(super::CaretMove),
    /// Text pasted into the terminal (bracketed paste): typed into a short
    /// answer, ignored elsewhere, never read as commands.
    Paste(String),
    /// Interview: show only the next speaker's turns, then all again.
    CycleSpeaker,
    /// Interview: start or leave the recall drill.
    ToggleDrill,
    /// Select the block of the open text that opens something (a course file,
    /// a video's play line or transcript line), by its index in
    /// [`ContentView::targets`](super::ContentView::targets), as a click does.
    SelectTarget(usize),
    /// Open item (module index, item index) and read it, as a click in the
    /// outline does.
    OpenItem(usize, usize),
    /// Select the row of section (module index, section index) in the outline
    /// and fold or unfold it, as a click on it does.
    ToggleSection(usize, usize),
    /// Move the outline's selection by this many items (negative is up), as the
    /// mouse wheel over the outline does.
    OutlineScroll(i32),
    /// The terminal gained (`true`) or lost (`false`) the focus.
    Focus(bool),
    /// The terminal is now this many columns wide and rows high.
    Resize(u16, u16),
    /// Open the glossary pane.
    OpenGlossary,
    /// Bookmark the current position.
    AddBookmark,
    /// Open the bookmarks list.
    OpenBookmarks,
    /// In a list pane: delete the selected entry (a bookmark).
    DeleteEntry,
    /// Open the note editor on the open item.
    EditNote,
    /// In the note editor: save the note and close the editor.
    SaveNote,
    /// `amphi preview`: the course was read again after its files changed.
    Reload(Reloaded),
    /// An item's text, built ahead of time on another thread (see
    /// [`super::prepare`]).
    Prepared(PreparedText),
}

/// A text prepared ahead of time, as an action (see [`super::prepare`]).
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedText(pub Box<super::prepare::Prepared>);

// Styles and text only: equality is reflexive.
impl Eq for PreparedText {}

/// A course read again from disk (see [`crate::preview`]): the new course, or the
/// report of why it cannot be opened (the app then keeps the last good one).
#[derive(Debug, Clone, PartialEq)]
pub struct Reloaded(pub Box<Result<crate::course::Course, crate::course::Report>>);

// Courses hold numbers (`f64`) but never NaN: validation refuses them.
impl Eq for Reloaded {}

/// A side effect that [`super::update`] asks the run loop to carry out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the progress state to the state file.
    Save,
    /// Leave the event loop.
    Quit,
    /// Build these items' texts ahead of time, off the event loop if possible,
    /// and give each result back as [`Action::Prepared`] (see [`super::prepare`]).
    Prepare(Vec<super::prepare::PrepareJob>),
    /// Start a program (the system's opener on a course file, a video player),
    /// detached, without a shell (see [`super::open`]).
    Launch(super::open::Launch),
}
