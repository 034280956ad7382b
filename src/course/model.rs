//! Course data types. Every string here has been sanitised by [`crate::text`] at load.

use serde::Deserialize;

/// A whole course: the metadata of `course.yaml` and its modules, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// What `course.yaml` says about the course.
    pub info: CourseInfo,
    /// The modules, in the order `course.yaml` lists their files.
    pub modules: Vec<Module>,
    /// The terms of the optional `glossary.yaml`, in the order written (empty
    /// without one; the glossary pane lists them alphabetically, see
    /// [`crate::glossary::alphabetical`]).
    pub glossary: Vec<GlossaryEntry>,
}

/// `glossary.yaml`: a map with the list `terms`.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a glossary: a map with the list `terms`"
)]
pub struct GlossaryFile {
    /// The entries, in any order: the glossary pane lists them alphabetically.
    pub terms: Vec<GlossaryEntry>,
}

/// One glossary term: shown in the glossary pane and underlined where lessons and
/// interviews use it.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a glossary entry: a map with `term` and `definition`"
)]
pub struct GlossaryEntry {
    /// The term as shown, such as `dark social`.
    pub term: String,
    /// What it means, one paragraph.
    pub definition: String,
    /// Other spellings that count as the term in the text, plurals included
    /// (`GAFAs`, `top-of-mind`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Optional stable identifier, such as `dark-social`: letters, digits, `-`,
    /// `_` and `.`, unique in the glossary. An edition's entry keeps the id of
    /// the original's entry it translates, so that `amphi check` can say which
    /// terms an edition lacks or adds. Empty when not given.
    #[serde(default)]
    pub id: String,
}

/// The contents of `course.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "the course manifest: a map with `id`, `title` and `modules`"
)]
pub struct CourseInfo {
    /// Stable identifier; progress is stored under it.
    pub id: String,
    /// Title shown in the status bar and outline.
    pub title: String,
    /// Optional second line of the title.
    #[serde(default)]
    pub subtitle: String,
    /// Language tag of the course text, such as `en` or `fr`.
    #[serde(default)]
    pub language: String,
    /// Authors of the course (people or teams), as written.
    #[serde(default)]
    pub authors: Vec<String>,
    /// The course's own version, free text such as `1.0.0`.
    #[serde(default)]
    pub version: String,
    /// A paragraph or two describing the course (CommonMark).
    #[serde(default)]
    pub description: String,
    /// Credits: the work the course is built on.
    #[serde(default)]
    pub source: Option<Source>,
    /// Module file paths, relative to the course folder, in study order.
    pub modules: Vec<String>,
    /// The editions of this course in other languages, each a folder inside this
    /// course folder holding a whole course with the same `id` (see
    /// `docs/course-format.md`, *Courses in several languages*). Empty for a
    /// course in one language, and in an edition itself.
    #[serde(default)]
    pub editions: Vec<Edition>,
    /// In an edition's `course.yaml`: the id of the course it translates, which
    /// must also be its own `id` (progress is stored under it, so a learner keeps
    /// every mark when switching edition). `None` in an original.
    #[serde(default)]
    pub edition_of: Option<String>,
}

/// One entry of `editions`: a translation of the course, in its own folder.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an edition: a map with `language` and `folder`"
)]
pub struct Edition {
    /// The edition's language tag, such as `fr`: the same as the `language` its
    /// own `course.yaml` declares.
    pub language: String,
    /// The folder holding the edition, relative to this course folder, such as
    /// `fr` (it holds its own `course.yaml`, modules and glossary).
    pub folder: String,
}

/// A published work that a course or an interview excerpt comes from.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a source: a map with `publication` and `date`"
)]
pub struct Source {
    /// Publication name, such as a magazine (`INfluencia`).
    pub publication: String,
    /// Publication date as written by the author, ideally ISO 8601 (`2016-03-27`).
    pub date: String,
    /// Title of the work, in its original language.
    #[serde(default)]
    pub title: Option<String>,
    /// Author or interviewee credit.
    #[serde(default)]
    pub author: Option<String>,
    /// Where the work can be read.
    #[serde(default)]
    pub url: Option<String>,
    /// Any remark on how the source is used (for example, that passages are paraphrased).
    #[serde(default)]
    pub note: Option<String>,
}

/// One module: a titled, ordered list of items ending, usually, in a quiz.
///
/// Read from a module file through the file's own shape (`ModuleFile` in
/// `course/de.rs`: `items`, or `sections` that each hold items), so a field
/// added here is read there too.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// Identifier, unique within the course.
    pub id: String,
    /// Title shown in the outline.
    pub title: String,
    /// One or two sentences on what the module covers.
    pub summary: String,
    /// The items, in study order: with sections, the items of every section,
    /// the first section's first.
    pub items: Vec<Item>,
    /// The module's sections, in order, each covering consecutive [`Module::items`];
    /// empty when the module file lists its `items` directly.
    pub sections: Vec<Section>,
    /// What a learner should be able to do after the module; questions name them
    /// by id (see [`Question::objectives`]).
    pub objectives: Vec<Objective>,
    /// Path of the module file relative to the course folder (set by the loader).
    pub file: String,
}

/// A titled group of a module's items (`sections:` in the module file), the
/// third level of the outline, as a sequential is in Open edX.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Identifier, unique within the module.
    pub id: String,
    /// Title shown in the outline and beside the open item's kind.
    pub title: String,
    /// One or two sentences on what the section covers (may be empty).
    pub summary: String,
    /// Indices in [`Module::items`] of the section's items: consecutive, never
    /// empty once the course is valid.
    pub items: std::ops::Range<usize>,
}

impl Module {
    /// The index in [`Module::sections`] of the section holding item `ii`, if the
    /// module has sections.
    pub fn section_of(&self, ii: usize) -> Option<usize> {
        self.sections.iter().position(|s| s.items.contains(&ii))
    }

    /// The section holding item `ii`, if the module has sections.
    pub fn section_at(&self, ii: usize) -> Option<&Section> {
        self.sections.get(self.section_of(ii)?)
    }

    /// Where item `ii` is, as a path of titles for the places amphi names an
    /// item with its module: `Module title › Section title`, or the module's
    /// title alone when it has no sections.
    pub fn path_to(&self, ii: usize) -> String {
        match self.section_at(ii) {
            Some(s) => format!("{} › {}", self.title, s.title),
            None => self.title.clone(),
        }
    }
}

impl Module {
    /// The end-of-module quiz: the last quiz item of the module, if any.
    pub fn final_quiz(&self) -> Option<(usize, &Quiz)> {
        self.items
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, item)| match item {
                Item::Quiz(quiz) => Some((i, quiz)),
                _ => None,
            })
    }
}

/// A learning objective declared by a module: `{id, title}`. Ids are unique
/// across the course, so a question of any module may name it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an objective: a map with `id` and `title`"
)]
pub struct Objective {
    /// Identifier, unique within the course.
    pub id: String,
    /// What the learner can do, in a short sentence.
    pub title: String,
}

/// One thing to study in a module. In YAML each item is a map whose first key is
/// `kind` (`lesson`, `interview`, `quiz` or `video`).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text to read.
    Lesson(Lesson),
    /// An interview excerpt: a dialogue between named speakers.
    Interview(Interview),
    /// Questions to answer, graded against a pass mark.
    Quiz(Quiz),
    /// A video to watch, read through its transcript (see [`Video`]).
    Video(Video),
}

impl Item {
    /// The item's identifier, unique within its module.
    pub fn id(&self) -> &str {
        match self {
            Item::Lesson(x) => &x.id,
            Item::Interview(x) => &x.id,
            Item::Quiz(x) => &x.id,
            Item::Video(x) => &x.id,
        }
    }

    /// The item's title.
    pub fn title(&self) -> &str {
        match self {
            Item::Lesson(x) => &x.title,
            Item::Interview(x) => &x.title,
            Item::Quiz(x) => &x.title,
            Item::Video(x) => &x.title,
        }
    }

    /// The YAML `kind` of the item: `lesson`, `interview`, `quiz` or `video`.
    pub fn kind(&self) -> &'static str {
        match self {
            Item::Lesson(_) => "lesson",
            Item::Interview(_) => "interview",
            Item::Quiz(_) => "quiz",
            Item::Video(_) => "video",
        }
    }

    /// The course files the item offers (its `files:`), in the order written.
    pub fn files(&self) -> &[CourseFile] {
        match self {
            Item::Lesson(x) => &x.files,
            Item::Interview(x) => &x.files,
            Item::Quiz(x) => &x.files,
            Item::Video(x) => &x.files,
        }
    }
}

/// A file of the course folder that an item offers the learner (a PDF handout, a
/// CSV data set…), opened with the system's opener. In YAML: `{title, path}`.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a course file: a map with `title` and `path`"
)]
pub struct CourseFile {
    /// What the file is, as the learner sees it (`Survey handout`).
    pub title: String,
    /// Path of the file relative to the course folder, `/`-separated; it may not
    /// leave the folder (no absolute path, no `..`, no symbolic link out).
    pub path: String,
    /// Its size in bytes when the course was loaded; `None` when the file was
    /// missing (`amphi check` warns) or the course is not on disk. Set by the
    /// loader.
    #[serde(skip)]
    pub size: Option<u64>,
}

/// A video: watched outside amphi (a file of the course folder or an address),
/// read in amphi through its optional transcript.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Video {
    /// Identifier, unique within the module.
    pub id: String,
    /// Title shown in the outline and above the transcript.
    pub title: String,
    /// How long the video runs, in seconds. In YAML a whole number of seconds
    /// (`754`) or a text `mm:ss` or `h:mm:ss` (`"12:34"`, `"1:02:03"`).
    #[serde(deserialize_with = "super::de::duration")]
    #[schemars(with = "super::de::DurationSchema")]
    pub duration: u64,
    /// The video file, relative to the course folder (give `file` or `url`).
    #[serde(default)]
    pub file: Option<String>,
    /// Where the video is published: an `http://` or `https://` address (give
    /// `file` or `url`).
    #[serde(default)]
    pub url: Option<String>,
    /// A transcript file inside the course folder: WebVTT (`.vtt`) or SubRip
    /// (`.srt`).
    #[serde(default)]
    pub transcript: Option<String>,
    /// The transcript's cues, in time order (read from `transcript` by the
    /// loader; empty without one).
    #[serde(skip)]
    pub cues: Vec<Cue>,
    /// Course files offered with the video.
    #[serde(default)]
    pub files: Vec<CourseFile>,
}

/// One cue of a transcript: a span of time and what is said in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// When the cue starts, in milliseconds from the start of the video.
    pub start_ms: u64,
    /// When it ends, in milliseconds (at or after `start_ms`).
    pub end_ms: u64,
    /// The words, on one line, tags removed (`<v Name>` becomes `Name: `).
    pub text: String,
}

/// A lesson: CommonMark text, written inline (`body`) or in a file (`body_file`).
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Identifier, unique within the module.
    pub id: String,
    /// Title shown in the outline and above the text.
    pub title: String,
    /// The lesson text (CommonMark). When `body_file` is given, the loader fills this
    /// with that file's contents.
    #[serde(default)]
    pub body: String,
    /// Path of a `.md` file holding the text, relative to the course folder.
    #[serde(default)]
    pub body_file: Option<String>,
    /// Course files offered with the lesson (see [`CourseFile`]).
    #[serde(default)]
    pub files: Vec<CourseFile>,
}

/// An interview excerpt: turns of speech between participants.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    /// Identifier, unique within the module.
    pub id: String,
    /// Title shown in the outline and above the dialogue.
    pub title: String,
    /// Where the interview was published.
    pub source: Source,
    /// The people who speak, each with an id used by the turns.
    pub participants: Vec<Participant>,
    /// What was said, in order.
    pub turns: Vec<Turn>,
    /// How the text relates to the original, such as "Paraphrased, not quoted".
    #[serde(default)]
    pub note: Option<String>,
    /// Course files offered with the interview (see [`CourseFile`]).
    #[serde(default)]
    pub files: Vec<CourseFile>,
}

impl Interview {
    /// The participant with this id, if any.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }
}

/// Someone who speaks in an interview.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a participant: a map with `id` and `name`"
)]
pub struct Participant {
    /// Identifier used by [`Turn::speaker`], unique within the interview.
    pub id: String,
    /// Name shown before each of their turns.
    pub name: String,
    /// Role shown on their first turn, such as "interviewer".
    #[serde(default)]
    pub role: String,
}

/// One turn of speech.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a turn of speech: a map with `speaker` and `text`"
)]
pub struct Turn {
    /// The id of the participant speaking.
    pub speaker: String,
    /// What they said (plain text; blank lines separate paragraphs).
    pub text: String,
}

/// A quiz: questions graded against a pass mark.
#[derive(Debug, Clone, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// Identifier, unique within the module.
    pub id: String,
    /// Title shown in the outline and above the questions.
    pub title: String,
    /// The score needed to pass, in percent (0–100) of the maximum score.
    #[serde(deserialize_with = "super::de::pass_mark")]
    #[schemars(range(max = 100))]
    pub pass_mark: u32,
    /// The questions, in order: every question of the quiz, the parts of its
    /// groups in place (see [`Quiz::groups`]). In YAML an entry may be a group
    /// (`kind: group`), whose parts are read into this list where it stands.
    #[serde(deserialize_with = "super::de::quiz_questions")]
    #[schemars(with = "Vec<super::de::QuizEntry>")]
    pub questions: Vec<Question>,
    /// How partly right answers score (see [`Scoring`]).
    #[serde(default)]
    pub scoring: Scoring,
    /// How many attempts a learner may make; unlimited when absent.
    #[serde(default)]
    pub max_attempts: Option<u32>,
    /// When right answers and explanations are shown (see [`ShowAnswers`]).
    #[serde(default)]
    pub show_answers: ShowAnswers,
    /// Whether the questions are asked in a new random order for each attempt
    /// (kept for the attempt, also when resumed and reviewed).
    #[serde(default)]
    pub shuffle: bool,
    /// Course files offered on the quiz's page (see [`CourseFile`]).
    #[serde(default)]
    pub files: Vec<CourseFile>,
    /// The question groups (`kind: group` entries of `questions`): parts sharing
    /// one stimulus, in the order written; empty for a quiz without groups.
    /// Filled by the reader of `questions`, not a key of its own.
    #[serde(skip)]
    #[schemars(skip)]
    pub groups: Vec<QuestionGroup>,
}

/// Questions sharing one stimulus (a passage, a table, a figure, a formula):
/// a `kind: group` entry of a quiz's `questions`. Its parts are ordinary
/// questions of [`Quiz::questions`], next to each other; each is graded on its
/// own, and a shuffled quiz moves the group as one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionGroup {
    /// Identifier, unique within the quiz among groups and questions.
    pub id: String,
    /// The shared text (CommonMark: paragraphs, tables, images, math), shown
    /// above each part.
    pub stimulus: String,
    /// The parts: indices into [`Quiz::questions`], in order (never empty once
    /// the course validated).
    pub questions: std::ops::Range<usize>,
}

impl Quiz {
    /// The group question `index` is a part of, with the group's index, if any.
    pub fn group_of(&self, index: usize) -> Option<(usize, &QuestionGroup)> {
        self.groups
            .iter()
            .enumerate()
            .find(|(_, g)| g.questions.contains(&index))
    }
}

/// When a quiz shows right answers and explanations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ShowAnswers {
    /// After each question: right or wrong, the right answer and the explanation.
    #[default]
    AfterEach,
    /// Only on the review after the last question.
    AfterSubmit,
    /// On the review, and only once the attempt passed.
    AfterPass,
    /// Never: the review shows the learner's answers and points only.
    Never,
}

impl Quiz {
    /// Whether the right answers and explanations may be shown once the quiz was
    /// submitted: always, except with [`ShowAnswers::Never`], and with
    /// [`ShowAnswers::AfterPass`] only once `passed`.
    pub fn reveals_answers(&self, passed: bool) -> bool {
        match self.show_answers {
            ShowAnswers::AfterEach | ShowAnswers::AfterSubmit => true,
            ShowAnswers::AfterPass => passed,
            ShowAnswers::Never => false,
        }
    }

    /// Whether a question's verdict, right answer and explanation follow it at once.
    pub fn feedback_after_each(&self) -> bool {
        self.show_answers == ShowAnswers::AfterEach
    }

    /// Whether the review of a finished attempt shows right answers and
    /// explanations.
    pub fn review_shows_answers(&self, passed: bool) -> bool {
        match self.show_answers {
            ShowAnswers::AfterEach | ShowAnswers::AfterSubmit => true,
            ShowAnswers::AfterPass => passed,
            ShowAnswers::Never => false,
        }
    }
}

/// How a quiz scores questions that are partly right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scoring {
    /// `multiple_choice`, `matching` and `fill_blanks` give partial credit: right
    /// picks minus wrong picks, over the number of right ones, floored at 0, times
    /// the question's weight. Other kinds are all or nothing.
    #[default]
    Partial,
    /// A question earns its weight only when wholly right.
    AllOrNothing,
}

/// One quiz question. In YAML a question is a map whose first key is `kind`.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Identifier, unique within the quiz.
    pub id: String,
    /// The question as shown to the learner.
    pub prompt: String,
    /// Shown after the learner answers: why the right answer is right.
    pub explanation: String,
    /// Points the question is worth when wholly right (default 1): a finite
    /// number ≥ 0, fractions allowed. A question of weight 0 is practice: asked,
    /// graded and reviewed, but it adds nothing to the score or its maximum.
    pub weight: f64,
    /// Hints the learner may reveal one at a time before answering, in order
    /// (`hints:` in the file, or a single `hint:`, which is a list of one).
    pub hints: Vec<String>,
    /// The share of the question's points each hint revealed costs, in percent
    /// (0–100); `None` when hints are free. The question never scores below 0.
    pub hint_cost: Option<u32>,
    /// Feedback shown when a choice was picked, right or wrong, by choice number
    /// (from 1): for `single_choice` and `multiple_choice`, and for `true_false`
    /// with 1 for true and 2 for false (`feedback: {true: …, false: …}`).
    pub choice_feedback: std::collections::BTreeMap<usize, String>,
    /// Feedback shown under a right choice the learner did not pick, by choice
    /// number (from 1): `missed: {2: …}`, for `single_choice` and
    /// `multiple_choice`.
    pub missed_feedback: std::collections::BTreeMap<usize, String>,
    /// Whether the choices are shown in a new random order for each attempt (only
    /// for `single_choice` and `multiple_choice`; ordering and matching always are).
    pub shuffle: bool,
    /// The lesson passage the question tests, shown with the explanation.
    pub see: Option<super::links::See>,
    /// Ids of the objectives the question tests (declared by any module).
    pub objectives: Vec<String>,
    /// What kind of question it is and what counts as right.
    pub key: AnswerKey,
}

/// The right answer of a question, by kind.
///
/// Choice numbers count from 1, as the learner sees them on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerKey {
    /// Exactly one choice is right.
    SingleChoice {
        /// The choices, in display order.
        choices: Vec<String>,
        /// Number of the right choice, from 1.
        answer: usize,
    },
    /// Any number of choices are right; the learner must pick exactly those.
    MultipleChoice {
        /// The choices, in display order.
        choices: Vec<String>,
        /// Numbers of the right choices, from 1.
        answers: Vec<usize>,
    },
    /// A statement that is true or false.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
    },
    /// A typed answer, matched loosely (see [`crate::quiz::normalize_answer`]).
    ShortAnswer {
        /// Every accepted answer.
        answers: Vec<String>,
        /// A regular expression that also accepts an answer (see [`AnswerPattern`]).
        pattern: Option<AnswerPattern>,
        /// Whether `é` and `e` count as the same letter (default: they differ).
        ignore_accents: bool,
    },
    /// Items to put in order; the learner sees them shuffled.
    Ordering {
        /// The items, in the right order.
        items: Vec<String>,
    },
    /// Pairs to match: the learner picks the right side for each left side, from
    /// the right sides shown shuffled.
    Matching {
        /// (left, right) pairs as they belong together.
        pairs: Vec<(String, String)>,
    },
    /// A cloze: a text with numbered gaps `{{1}}`, `{{2}}`… to type into.
    FillBlanks {
        /// The text with its gaps.
        text: String,
        /// Accepted answers for each gap, gap 1 first (matched like short answers).
        blanks: Vec<Vec<String>>,
        /// Whether `é` and `e` count as the same letter (default: they differ).
        ignore_accents: bool,
    },
    /// A number: one or more accepted answers (a value within a tolerance, or a
    /// range), each with its share of the points and its feedback.
    Numeric {
        /// The accepted answers, in the order written; the best one that
        /// matches gives its credit and feedback (see
        /// [`crate::quiz::kinds::Numeric::best`]).
        answers: Vec<NumericAnswer>,
        /// A unit shown after the input, such as `billion dollars`.
        unit: Option<String>,
        /// Whether the course's language writes decimals with a comma (`fr`,
        /// `de`…: see [`crate::quiz::decimal_comma`]), which decides how a typed
        /// `1,000` or `1.000` reads ([`crate::quiz::parse_number_in`]). Set by the
        /// loader from `course.yaml`'s `language`.
        decimal_comma: bool,
    },
    /// An ungraded question (`reflection`, or `essay`): the learner writes an
    /// answer of several lines, which is kept and never scored.
    Reflection {
        /// Shown once the learner has written theirs: what the author would
        /// have written (plain text, like an explanation).
        model_answer: Option<String>,
    },
}

/// A number from a course file with the text the author wrote for it, so that
/// it is shown as written (`1.50`, not `1.5`).
#[derive(Debug, Clone, PartialEq)]
pub struct NumberText {
    /// The value (finite).
    pub value: f64,
    /// The author's text, such as `1.50` or `-3`.
    pub text: String,
}

impl NumberText {
    /// A number with the shortest text that reads back as it (for tests and
    /// numbers not from a file).
    pub fn of(value: f64) -> Self {
        NumberText {
            value,
            text: crate::quiz::show_number(value),
        }
    }
}

/// How far from a numeric answer a response may be and still match.
#[derive(Debug, Clone, PartialEq)]
pub enum Tolerance {
    /// Plus or minus this much, in the answer's unit (`tolerance: 0.05`).
    Absolute(NumberText),
    /// Plus or minus this percentage of the answer (`tolerance: 5%`; the text
    /// is the number without its `%`).
    Percent(NumberText),
}

/// What one accepted numeric answer matches.
#[derive(Debug, Clone, PartialEq)]
pub enum NumericValue {
    /// A value, within an optional tolerance (exact without one).
    Exact {
        /// The value.
        answer: NumberText,
        /// How far a response may be from it.
        tolerance: Option<Tolerance>,
    },
    /// Every number from `low` to `high`, both included (`range: [1, 2]`).
    Range {
        /// The lowest number that matches.
        low: NumberText,
        /// The highest number that matches.
        high: NumberText,
    },
}

/// One accepted answer of a numeric question.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericAnswer {
    /// What it matches.
    pub value: NumericValue,
    /// Its share of the question's points, in percent (0–100, like
    /// `pass_mark`; 100 when not written).
    pub credit: f64,
    /// Shown after the learner's answer when this is the best answer it
    /// matches; empty for none.
    pub feedback: String,
}

/// A regular expression that accepts a short answer: it must match the whole
/// answer after [`crate::quiz::normalize_answer`] (lower case, straight quotes, single
/// spaces), and accents too when the question ignores them; so write letters in
/// lower case (ASCII letters match either case). The syntax is that of the
/// `regex-lite` crate (Rust's `regex` syntax without Unicode classes such as
/// `\p{L}`); it is compiled once, at load, and a bad pattern is a load error.
#[derive(Debug, Clone)]
pub struct AnswerPattern {
    source: String,
    regex: regex_lite::Regex,
}

impl AnswerPattern {
    /// Compiles `source`, anchored at both ends and case-insensitive.
    ///
    /// # Errors
    /// The parser's message when `source` is not a valid pattern, or is longer than
    /// 1,000 characters.
    pub fn new(source: &str) -> Result<Self, String> {
        if source.chars().count() > 1000 {
            return Err("is longer than 1,000 characters".into());
        }
        let regex = regex_lite::RegexBuilder::new(&format!("^(?:{source})$"))
            .case_insensitive(true)
            .size_limit(1 << 20)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(AnswerPattern {
            source: source.to_string(),
            regex,
        })
    }

    /// The pattern as the author wrote it.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern matches the whole of `text`.
    pub fn matches(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

impl schemars::JsonSchema for AnswerPattern {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AnswerPattern".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "maxLength": 1000,
            "description": "A regular expression (regex-lite syntax) that must match the whole answer, after folding (lower case, straight quotes, single spaces)."
        })
    }
}

impl PartialEq for AnswerPattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

impl AnswerKey {
    /// For a choice question (`single_choice`, `multiple_choice`): how many
    /// choices it has and the numbers of the right ones, counting from 1.
    /// `None` for every other kind.
    pub fn choices_and_right(&self) -> Option<(usize, Vec<usize>)> {
        match self {
            AnswerKey::SingleChoice { choices, answer } => Some((choices.len(), vec![*answer])),
            AnswerKey::MultipleChoice { choices, answers } => {
                Some((choices.len(), answers.clone()))
            }
            AnswerKey::TrueFalse { .. }
            | AnswerKey::ShortAnswer { .. }
            | AnswerKey::Ordering { .. }
            | AnswerKey::Matching { .. }
            | AnswerKey::FillBlanks { .. }
            | AnswerKey::Numeric { .. }
            | AnswerKey::Reflection { .. } => None,
        }
    }

    /// The YAML `kind` of the question.
    pub fn kind(&self) -> &'static str {
        crate::quiz::kind_of(self, |k| k.name())
    }
}

impl Course {
    /// Finds a module index by id.
    pub fn module_index(&self, module_id: &str) -> Option<usize> {
        self.modules.iter().position(|m| m.id == module_id)
    }

    /// Every item in study order, as (module index, item index, module, item).
    pub fn items(&self) -> impl Iterator<Item = (usize, usize, &Module, &Item)> {
        self.modules.iter().enumerate().flat_map(|(mi, module)| {
            module
                .items
                .iter()
                .enumerate()
                .map(move |(ii, item)| (mi, ii, module, item))
        })
    }

    /// Total number of items across all modules.
    pub fn item_count(&self) -> usize {
        self.modules.iter().map(|m| m.items.len()).sum()
    }
}
