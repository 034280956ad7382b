//! GIFT, Moodle's plain-text quiz format, read exactly as Moodle's importer
//! (`question/format/gift/format.php` and `qformat_default::readquestions`)
//! reads it.
//!
//! [`parse`] turns a bank into [`GiftQuestion`]s (with the category each one is
//! filed under) plus [`GiftWarning`]s, each naming a line: places where Moodle
//! reads the file differently from what its author most likely meant (a
//! `~%100%` answer without `=` makes a multiple-answer question, a `$CATEGORY`
//! line without a blank line after it swallows the next question, …). It fails
//! only where Moodle refuses the file: with Moodle's default "stop on error",
//! one question Moodle cannot read (an unclosed `{`, a multiple-choice question
//! with one answer, a matching pair without `->`, …) refuses the whole file.
//! The error still carries what the other blocks parse into.
//! `docs/importing.md` lists the traps and their warnings for authors.
//!
//! What Moodle does, step by step:
//! - The file is split into lines on `\n` (a file without any `\n` but with
//!   `\r` is split on `\r`, like an old Mac file); a UTF-8 BOM at the start is
//!   dropped; every line is trimmed of spaces, TABs, `\r`, `\0` and `\x0B`
//!   (so CRLF and indentation vanish).
//! - A blank line ends a block. So does a line that is just `0` (PHP's
//!   `empty("0")`): warned about.
//! - In a block, lines starting with `//` are comments; `[id:…]` and
//!   `[tag:…]` in them give the question's id number and tags.
//! - The rest is joined with `\n`, escapes are replaced (`\\` is a backslash,
//!   `\~ \= \# \{ \} \:` are the characters, `\n` is a newline), then: a block
//!   starting `$CATEGORY:` names a category (everything after it, other lines
//!   included); `::title::` names the question; the first `{` and the first
//!   `}` delimit the answers; `[html]`, `[markdown]`, `[plain]` or `[moodle]`
//!   at the start of a text sets its format.
//!
//! Invalid UTF-8 is the caller's concern: [`parse`] takes `&str`. An importer
//! reading a file should refuse bytes that are not UTF-8 and name the line of
//! the first bad byte, which [`first_invalid_utf8_line`] finds (Moodle itself
//! would store the bytes as they are and show mojibake).
//!
//! Input is limited to [`MAX_INPUT_BYTES`]; the parser works in time linear in
//! the input (up to a log factor) and never panics.
//!
//! Where this parser knowingly differs from Moodle: titles are not passed
//! through Moodle's `clean_param(PARAM_TEXT)` (HTML tags in a title are kept)
//! nor shortened to 255 characters; a category path has its escapes replaced
//! (Moodle keeps its internal `&&058;` placeholders in it); an untitled
//! question has no title (Moodle makes a name from its first 80 characters,
//! see [`GiftQuestion::name`]); empty `[tag:]`s are dropped (Moodle drops them
//! when it saves).

pub mod course;
mod php;

use php::{
    find, is_numeric, is_php_space, php_empty, php_number, php_substr, php_substr_replace,
    php_trim, rfind, trim_range,
};
use std::collections::HashMap;

use crate::i18n::{Message, Value};
use std::fmt;

/// The largest input [`parse`] accepts, in bytes (4 MiB: the largest real
/// banks we know are tens of kilobytes).
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// The format of a piece of text, from the `[format]` tag that starts it, or
/// inherited (the question text defaults to `Moodle`; answers and feedback
/// default to the question text's format).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFormat {
    /// `[moodle]`, Moodle's own auto-format (the default).
    Moodle,
    /// `[html]`.
    Html,
    /// `[plain]`.
    Plain,
    /// `[markdown]`.
    Markdown,
}

impl TextFormat {
    fn from_name(name: &[u8]) -> Option<TextFormat> {
        match name {
            b"moodle" => Some(TextFormat::Moodle),
            b"html" => Some(TextFormat::Html),
            b"plain" => Some(TextFormat::Plain),
            b"markdown" => Some(TextFormat::Markdown),
            _ => None,
        }
    }
}

/// A text with its format, escapes replaced and trimmed, as Moodle stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct FormattedText {
    /// The text (may be empty, may contain newlines).
    pub text: String,
    /// Its format.
    pub format: TextFormat,
}

/// What a bank parses into.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GiftBank {
    /// Every `$CATEGORY:` block, in order (a category may have no question).
    pub categories: Vec<GiftCategory>,
    /// The questions Moodle imports, in order.
    pub questions: Vec<GiftQuestion>,
    /// Places where Moodle's reading likely differs from the author's intent,
    /// in line order.
    pub warnings: Vec<GiftWarning>,
}

/// A `$CATEGORY:` block.
#[derive(Debug, Clone, PartialEq)]
pub struct GiftCategory {
    /// The path after `$CATEGORY:`, trimmed, as Moodle reads it: `/`
    /// separates levels (`//` is a slash in a name), and it may start with
    /// `$course$`, `$system$`, `$module$` or `$cat$`.
    pub path: String,
    /// The 1-based line of `$CATEGORY:`.
    pub line: usize,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct GiftQuestion {
    /// The 1-based line where the question starts (after its comment lines).
    pub line: usize,
    /// The path of the last `$CATEGORY:` before it, if any.
    pub category: Option<String>,
    /// The `::title::`, escapes replaced and trimmed; `None` when there is none.
    pub title: Option<String>,
    /// The first `[id:…]` of the question's comment lines.
    pub id: Option<String>,
    /// The `[tag:…]`s of the question's comment lines, in order.
    pub tags: Vec<String>,
    /// The question text without its answer block, as Moodle keeps it: for a
    /// missing-word question the block is replaced by `_____`.
    pub text: FormattedText,
    /// The missing-word blank, when text follows the answer block.
    pub blank: Option<Blank>,
    /// The general feedback (`####…` at the end of the answer block).
    pub general_feedback: FormattedText,
    /// The kind of question and its answers.
    pub kind: GiftKind,
}

/// Where a missing-word question's blank is: the question text is
/// `before` + `_____` + `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct Blank {
    /// The text before the blank (escapes replaced, format tag removed).
    pub before: String,
    /// The text after the blank.
    pub after: String,
}

impl GiftQuestion {
    /// The question's name as Moodle shows it: the title, or else (roughly
    /// as Moodle's `create_default_question_name` does) the first 80
    /// characters of the text without HTML tags, or `Question` when empty.
    pub fn name(&self) -> String {
        if let Some(title) = &self.title {
            return title.clone();
        }
        let mut plain = String::new();
        let mut in_tag = false;
        for c in self.text.text.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
        if plain.is_empty() {
            return crate::i18n::tr(crate::i18n::Language::En, "import-course-question", &[]);
        }
        if plain.chars().count() > 80 {
            let mut short: String = plain.chars().take(77).collect();
            short.push_str("...");
            short
        } else {
            plain
        }
    }
}

/// The kind of a question, with its answers.
#[derive(Debug, Clone, PartialEq)]
pub enum GiftKind {
    /// No answer block: text only (Moodle's "description", worth 0 marks).
    Description,
    /// An empty answer block `{}` (or only general feedback): free text.
    Essay,
    /// `{T}`, `{TRUE}`, `{F}`, `{FALSE}` (exactly these, upper case).
    TrueFalse {
        /// The right answer.
        answer: bool,
        /// The feedback shown to who answered "true".
        feedback_true: FormattedText,
        /// The feedback shown to who answered "false".
        feedback_false: FormattedText,
    },
    /// A block with a `~`.
    MultipleChoice {
        /// Whether Moodle makes it single-answer (radio buttons): only when
        /// the block holds an `=`, whatever the weights.
        single: bool,
        /// The choices, at least two.
        answers: Vec<Choice>,
    },
    /// A block of `=` answers only.
    ShortAnswer {
        /// The accepted answers (`*` is Moodle's wildcard), at least one.
        answers: Vec<ShortAnswer>,
    },
    /// A block of `=left -> right` pairs.
    Matching {
        /// The pairs, at least two; a pair with an empty left side is an
        /// extra wrong right-hand answer.
        pairs: Vec<MatchPair>,
    },
    /// A block starting with `#`.
    Numerical {
        /// The accepted numbers, at least one.
        answers: Vec<NumericalAnswer>,
    },
}

/// A multiple-choice answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The credit for choosing it: 1.0 for `=`, the `%weight%` / 100, else 0.
    /// Moodle does not bound it; a warning says when it is outside −1..=1.
    pub fraction: f64,
    /// The answer text.
    pub text: FormattedText,
    /// The feedback after `#`.
    pub feedback: FormattedText,
    /// The 1-based line where the answer starts.
    pub line: usize,
}

/// A short-answer answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ShortAnswer {
    /// The credit: 1.0 unless a `%weight%` says otherwise.
    pub fraction: f64,
    /// The accepted text (a format tag is removed, not kept).
    pub text: String,
    /// The feedback after `#`.
    pub feedback: FormattedText,
    /// The 1-based line where the answer starts.
    pub line: usize,
}

/// A matching pair.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchPair {
    /// The left side (may carry a format tag; empty for a distractor).
    pub question: FormattedText,
    /// The right side, plain text.
    pub answer: String,
    /// The 1-based line where the pair starts.
    pub line: usize,
}

/// A numerical answer.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericalAnswer {
    /// The accepted numbers.
    pub value: NumericalValue,
    /// The credit: 1.0 unless a `%weight%` says otherwise (0 for `~#…`).
    pub fraction: f64,
    /// The feedback after `#`.
    pub feedback: FormattedText,
    /// The 1-based line where the answer starts.
    pub line: usize,
}

/// The numbers a numerical answer accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumericalValue {
    /// Any answer: `*`, the `~#feedback` catch-all, or a value that is not a
    /// number (Moodle turns it into `*`; warned about).
    Any,
    /// `value:tolerance`, or a bare `value` (tolerance 0).
    Tolerance {
        /// The right value.
        value: f64,
        /// The accepted error either side.
        tolerance: f64,
    },
    /// `min..max`.
    Range {
        /// The lowest accepted value.
        min: f64,
        /// The highest accepted value.
        max: f64,
    },
}

impl NumericalValue {
    /// The value and tolerance Moodle stores: a range becomes its midpoint
    /// and half-width; `None` for [`NumericalValue::Any`].
    pub fn value_and_tolerance(&self) -> Option<(f64, f64)> {
        match *self {
            NumericalValue::Any => None,
            NumericalValue::Tolerance { value, tolerance } => Some((value, tolerance)),
            NumericalValue::Range { min, max } => {
                let mid = (max + min) / 2.0;
                Some((mid, max - mid))
            }
        }
    }
}

/// A place where Moodle's reading likely differs from what the author meant.
#[derive(Debug, Clone, PartialEq)]
pub struct GiftWarning {
    /// The 1-based line it is about.
    pub line: usize,
    /// What it is.
    pub kind: WarningKind,
}

/// The kinds of [`GiftWarning`].
#[derive(Debug, Clone, PartialEq)]
pub enum WarningKind {
    /// The file's lines end in CRLF (read as if they ended in LF).
    CrLf,
    /// The file has no `\n` but `\r`: its lines are split on `\r`.
    CarriageReturnOnly,
    /// A line that is just `0`: Moodle takes it for a blank line, which ends
    /// the question.
    ZeroLine,
    /// Text containing Moodle's internal escape placeholder (`&&058;`, …),
    /// which Moodle turns into the escaped character.
    PlaceholderText,
    /// A `$CATEGORY:` block with more lines: Moodle makes them part of the
    /// category's name, and the question in them is lost.
    CategoryWithoutBlankLine,
    /// A `::title` that is never closed: the title is not read.
    UnclosedTitle,
    /// The same title as the question at `first_line`.
    DuplicateTitle {
        /// The line of the first question with this title.
        first_line: usize,
    },
    /// A format tag alone on its line: it applies to the text on the lines
    /// after it.
    FormatTagAlone,
    /// A question (not a description) whose text is empty.
    EmptyQuestionText,
    /// An indented line in a question whose text is Markdown or holds
    /// `<pre>`: Moodle trims every line, so the indentation is lost.
    IndentationLost,
    /// `}` before the first `{`: Moodle cuts the text at odd places.
    ClosingBraceFirst,
    /// Another `{` after the answer block: it is kept as text.
    SecondAnswerBlock,
    /// An answer with empty text (as `~=` makes): Moodle drops it when it
    /// saves the question.
    EmptyAnswer,
    /// A multiple-choice question without `=` where an answer has full
    /// credit: Moodle makes it multiple-answer (check boxes), not
    /// single-answer as `~%100%` suggests.
    FullCreditInMultipleAnswer,
    /// An answer starting with `%` that Moodle does not read as a weight.
    WeightNotRead,
    /// A weight outside −100 %..=100 %.
    FractionOutOfRange,
    /// A numerical answer that is not a number: Moodle accepts any answer.
    NotANumber,
    /// A short answer `true`/`false` in another case than `T`/`TRUE`/`F`/
    /// `FALSE`: Moodle makes it a short-answer question.
    TrueFalseCase,
}

impl fmt::Display for GiftWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl GiftWarning {
    /// `line N: …`, to say in the reader's language.
    pub fn message(&self) -> Message {
        at_line(self.line, self.kind.message())
    }
}

/// `line N: message`.
fn at_line(line: usize, message: Message) -> Message {
    Message::new("import-at-line")
        .arg("line", line)
        .arg("message", message)
}

/// A bit of GIFT quoted as code (`` `::` ``): an argument, so French
/// spacing never reaches inside it.
fn code(text: &str) -> Value {
    Value::Text(format!("`{text}`"))
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl WarningKind {
    /// What the warning says, to say in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            WarningKind::CrLf => Message::new("import-gift-crlf"),
            WarningKind::CarriageReturnOnly => Message::new("import-gift-cr-only"),
            WarningKind::ZeroLine => Message::new("import-gift-zero-line"),
            WarningKind::PlaceholderText => {
                Message::new("import-gift-placeholder").arg("example", code("&&058;"))
            }
            WarningKind::CategoryWithoutBlankLine => {
                Message::new("import-gift-category-no-blank").arg("mark", code("$CATEGORY:"))
            }
            WarningKind::UnclosedTitle => {
                Message::new("import-gift-unclosed-title").arg("mark", code("::"))
            }
            WarningKind::DuplicateTitle { first_line } => {
                Message::new("import-gift-duplicate-title").arg("line", *first_line)
            }
            WarningKind::FormatTagAlone => Message::new("import-gift-format-tag-alone"),
            WarningKind::EmptyQuestionText => Message::new("import-gift-empty-text"),
            WarningKind::IndentationLost => Message::new("import-gift-indentation-lost"),
            WarningKind::ClosingBraceFirst => Message::new("import-gift-closing-brace-first"),
            WarningKind::SecondAnswerBlock => Message::new("import-gift-second-block"),
            WarningKind::EmptyAnswer => Message::new("import-gift-empty-answer"),
            WarningKind::FullCreditInMultipleAnswer => {
                Message::new("import-gift-full-credit-without-equals")
            }
            WarningKind::WeightNotRead => Message::new("import-gift-weight-not-read")
                .arg("mark", code("%…%"))
                .arg("example", "%50%")
                .arg("negative", "%-33.3%"),
            WarningKind::FractionOutOfRange => {
                Message::new("import-gift-weight-out-of-range").arg("range", "-100%..100%")
            }
            WarningKind::NotANumber => Message::new("import-gift-not-a-number"),
            WarningKind::TrueFalseCase => Message::new("import-gift-true-false-case"),
        }
    }
}

/// Why [`parse`] refuses a bank.
#[derive(Debug, Clone, PartialEq)]
pub enum GiftError {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The input holds no question and no category (Moodle: "no questions
    /// in file").
    Empty,
    /// Moodle refuses the file: some blocks are not questions it can read.
    /// `bank` is what the other blocks parse into (what Moodle imports when
    /// "stop on error" is off).
    Refused {
        /// The blocks Moodle cannot read, in line order.
        problems: Vec<GiftProblem>,
        /// The rest of the bank.
        bank: GiftBank,
    },
}

/// A block Moodle cannot read.
#[derive(Debug, Clone, PartialEq)]
pub struct GiftProblem {
    /// The 1-based line of the block (or of the faulty answer).
    pub line: usize,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// The kinds of [`GiftProblem`].
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A `{` without `}` or a `}` without `{`.
    BraceMismatch,
    /// Fewer answers than the kind needs.
    TooFewAnswers {
        /// How many it needs: 2 for multiple choice and matching, 1 for
        /// short answer and numerical.
        needed: usize,
    },
    /// A matching answer without `->`.
    MatchingWithoutArrow,
    /// A numerical tolerance (after `:`) that is not a number.
    ToleranceNotANumber,
    /// A `min..max` range whose ends are not numbers (Moodle stops with a
    /// PHP type error).
    RangeNotANumber,
    /// A weight with several minus signs (`%--50%`; Moodle stops with a PHP
    /// type error).
    BadWeight,
}

impl fmt::Display for GiftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GiftError::Refused { problems, .. } => {
                for (i, p) in problems.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    write!(f, "{p}")?;
                }
                Ok(())
            }
            other => write!(f, "{}", other.message()),
        }
    }
}

impl GiftError {
    /// Why the bank is refused, to say in the reader's language (Moodle's
    /// refusals joined by `; `: `Display` gives them one per line).
    pub fn message(&self) -> Message {
        match self {
            GiftError::TooLarge { bytes } => Message::new("import-gift-file-too-large")
                .arg("bytes", *bytes)
                .arg("max", MAX_INPUT_BYTES),
            GiftError::Empty => Message::new("import-gift-empty"),
            GiftError::Refused { problems, .. } => {
                Message::several(problems.iter().map(GiftProblem::message))
            }
        }
    }
}

impl std::error::Error for GiftError {}

impl fmt::Display for GiftProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl GiftProblem {
    /// `line N: what is wrong`, to say in the reader's language.
    pub fn message(&self) -> Message {
        let what = match &self.kind {
            ProblemKind::BraceMismatch => Message::new("import-gift-brace-mismatch"),
            ProblemKind::TooFewAnswers { needed } => {
                Message::new("import-gift-too-few-answers").arg("needed", *needed)
            }
            ProblemKind::MatchingWithoutArrow => Message::new("import-gift-matching-no-arrow"),
            ProblemKind::ToleranceNotANumber => {
                Message::new("import-gift-tolerance-not-a-number").arg("mark", code(":"))
            }
            ProblemKind::RangeNotANumber => Message::new("import-gift-range-not-a-number"),
            ProblemKind::BadWeight => Message::new("import-gift-bad-weight"),
        };
        at_line(self.line, what)
    }
}

/// The 1-based line of the first byte that is not UTF-8, or `None` when all
/// of `bytes` is UTF-8. An importer reading a file names this line when it
/// refuses the file.
pub fn first_invalid_utf8_line(bytes: &[u8]) -> Option<usize> {
    match std::str::from_utf8(bytes) {
        Ok(_) => None,
        Err(e) => {
            let upto = &bytes[..e.valid_up_to()];
            Some(1 + upto.iter().filter(|&&b| b == b'\n').count())
        }
    }
}

/// Parses a GIFT bank as Moodle does: the questions and categories, with
/// warnings where Moodle's reading likely differs from the author's intent.
///
/// # Errors
/// [`GiftError::TooLarge`] beyond [`MAX_INPUT_BYTES`]; [`GiftError::Empty`]
/// when there is no question and no category; [`GiftError::Refused`] when
/// a block is one Moodle cannot read (Moodle then refuses the whole file).
pub fn parse(text: &str) -> Result<GiftBank, GiftError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(GiftError::TooLarge { bytes: text.len() });
    }
    let mut reader = Reader::default();
    let lines = split_lines(text, &mut reader.warnings);
    let mut block: Vec<Line<'_>> = Vec::new();
    for (number, line) in lines {
        let trimmed = php_trim(line);
        let indented = matches!(line.first(), Some(b' ' | b'\t'));
        if trimmed.is_empty() || trimmed == b"0" {
            if trimmed == b"0" {
                reader.warn(number, WarningKind::ZeroLine);
            }
            if !block.is_empty() {
                reader.read_block(&block);
                block.clear();
            }
        } else {
            block.push((number, trimmed, indented));
        }
    }
    if !block.is_empty() {
        reader.read_block(&block);
    }
    let Reader {
        mut bank,
        problems,
        mut warnings,
        ..
    } = reader;
    warnings.sort_by_key(|w| w.line);
    bank.warnings = warnings;
    if !problems.is_empty() {
        return Err(GiftError::Refused { problems, bank });
    }
    if bank.questions.is_empty() && bank.categories.is_empty() {
        return Err(GiftError::Empty);
    }
    Ok(bank)
}

/// The lines of the file as PHP's `file()` and Moodle's `readdata` make
/// them, with their 1-based numbers.
fn split_lines<'a>(text: &'a str, warnings: &mut Vec<GiftWarning>) -> Vec<(usize, &'a [u8])> {
    let bytes = text.as_bytes();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let has_lf = bytes.contains(&b'\n');
    if !has_lf && bytes.contains(&b'\r') {
        warnings.push(GiftWarning {
            line: 1,
            kind: WarningKind::CarriageReturnOnly,
        });
        return bytes
            .split(|&b| b == b'\r')
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .collect();
    }
    let mut out = Vec::new();
    let mut crlf_seen = false;
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if !crlf_seen && line.ends_with(b"\r") {
            crlf_seen = true;
            warnings.push(GiftWarning {
                line: i + 1,
                kind: WarningKind::CrLf,
            });
        }
        out.push((i + 1, line));
    }
    out
}

const PLACEHOLDERS: [(&[u8], u8); 7] = [
    (b"&&058;", b':'),
    (b"&&035;", b'#'),
    (b"&&061;", b'='),
    (b"&&123;", b'{'),
    (b"&&125;", b'}'),
    (b"&&126;", b'~'),
    (b"&&010", b'\n'),
];

/// Moodle's `escapedchar_pre`: `\\` becomes a backslash, the other escapes
/// become placeholders.
fn escape_pre(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\\' && i + 1 < s.len() {
            let next = s[i + 1];
            let placeholder = match next {
                b'\\' => Some(&b"&&092;"[..]),
                b':' => Some(&b"&&058;"[..]),
                b'#' => Some(&b"&&035;"[..]),
                b'=' => Some(&b"&&061;"[..]),
                b'{' => Some(&b"&&123;"[..]),
                b'}' => Some(&b"&&125;"[..]),
                b'~' => Some(&b"&&126;"[..]),
                b'n' => Some(&b"&&010"[..]),
                _ => None,
            };
            if let Some(p) = placeholder {
                out.extend_from_slice(p);
                i += 2;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    // Moodle then turns every `&&092;` (its own and any in the text) into `\`.
    let mut done = Vec::with_capacity(out.len());
    let mut i = 0;
    while i < out.len() {
        if out[i..].starts_with(b"&&092;") {
            done.push(b'\\');
            i += 6;
        } else {
            done.push(out[i]);
            i += 1;
        }
    }
    done
}

/// Moodle's `escapedchar_post`: placeholders back to their characters.
fn escape_post(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    'outer: while i < s.len() {
        if s[i] == b'&' {
            for (p, c) in PLACEHOLDERS {
                if s[i..].starts_with(p) {
                    out.push(c);
                    i += p.len();
                    continue 'outer;
                }
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

fn string(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The format tag `s` starts with, and the position of its `]`, as Moodle's
/// `parse_text_with_format` finds it (`[` first, a known name up to the
/// first `]`).
fn format_tag(s: &[u8]) -> Option<(TextFormat, usize)> {
    if s.first() != Some(&b'[') {
        return None;
    }
    // Without `]`, PHP's substr($text, 1, -2) is never a format name.
    let end = s.iter().position(|&b| b == b']')?;
    TextFormat::from_name(&s[1..end]).map(|f| (f, end))
}

/// Moodle's `parse_text_with_format`.
fn text_with_format(s: &[u8], default: TextFormat) -> FormattedText {
    let (format, body) = match format_tag(s) {
        Some((f, end)) => (f, &s[end + 1..]),
        None => (default, s),
    };
    FormattedText {
        text: string(php_trim(&escape_post(body))),
        format,
    }
}

/// Moodle's `commentparser`: `answer#feedback`.
fn comment_parser(s: &[u8], default: TextFormat) -> (FormattedText, FormattedText) {
    match s.iter().position(|&b| b == b'#') {
        Some(i) => (
            text_with_format(php_trim(&s[..i]), default),
            text_with_format(php_trim(&s[i + 1..]), default),
        ),
        None => (
            text_with_format(php_trim(s), default),
            FormattedText {
                text: String::new(),
                format: default,
            },
        ),
    }
}

/// Matches Moodle's weight regex `^%\-*([0-9]{1,2})\.?([0-9]*)%` at the
/// start of `s`.
fn weight_regex(s: &[u8]) -> bool {
    let mut i = 0;
    if s.first() != Some(&b'%') {
        return false;
    }
    i += 1;
    while i < s.len() && s[i] == b'-' {
        i += 1;
    }
    let d = s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    if d == 0 {
        return false;
    }
    // `[0-9]{1,2}` then `\.?` then `[0-9]*`: any run of digits works.
    i += d;
    if i < s.len() && s[i] == b'.' {
        i += 1;
        i += s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    }
    i < s.len() && s[i] == b'%'
}

/// Moodle's `answerweightparser`: the weight and the rest of the answer;
/// `None` where PHP throws (several minus signs).
fn weight_parser(s: &[u8]) -> Option<(f64, &[u8])> {
    let s = &s[1..];
    let end = s.iter().position(|&b| b == b'%')?;
    let value = &s[..end];
    let number = if value.starts_with(b"--") {
        return None;
    } else {
        php_number(value)?
    };
    Some((number / 100.0, &s[end + 1..]))
}

/// Finds the first `[key:…]` token in `s` as Moodle's regex does
/// (`\[key:((?:\\]|[^]<>[:cntrl:]])+)]`), starting at `from`; returns the raw
/// capture and where the match ends.
fn find_token(
    s: &[u8],
    key: &[u8],
    from: usize,
    forbidden: &[u8],
    allow_empty: bool,
) -> Option<(usize, usize, usize)> {
    let mut at = from;
    while at < s.len() {
        let rel = find(&s[at..], key)?;
        let start = at + rel + key.len();
        // Greedy scan: stops at a control character, a forbidden character,
        // the end, or a `]` not preceded by `\`.
        let mut q = start;
        let mut last_pair = None;
        while q < s.len() {
            let b = s[q];
            if b == b']' {
                if q > start && s[q - 1] == b'\\' {
                    last_pair = Some(q);
                    q += 1;
                    continue;
                }
                break;
            }
            if b < 32 || b == 127 || forbidden.contains(&b) {
                break;
            }
            q += 1;
        }
        if q < s.len() && s[q] == b']' && (q > start || allow_empty) {
            return Some((start, q, q + 1));
        }
        if let Some(p) = last_pair {
            // Backtrack: the `\` before this `]` taken as a character, the
            // `]` as the end.
            return Some((start, p, p + 1));
        }
        at = q.max(start);
    }
    None
}

/// Moodle's `extract_idnumber_and_tags_from_comment`.
fn id_and_tags(comment: &[u8]) -> (Option<String>, Vec<String>) {
    let clean = |raw: &[u8]| -> String {
        let t = php_trim(raw);
        let mut out = Vec::with_capacity(t.len());
        let mut i = 0;
        while i < t.len() {
            if t[i] == b'\\' && t.get(i + 1) == Some(&b']') {
                out.push(b']');
                i += 2;
            } else {
                out.push(t[i]);
                i += 1;
            }
        }
        string(&out)
    };
    let id = find_token(comment, b"[id:", 0, b"", false).map(|(s, e, _)| clean(&comment[s..e]));
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some((s, e, next)) = find_token(comment, b"[tag:", from, b"<>`", true) {
        let tag = clean(&comment[s..e]);
        if !tag.is_empty() {
            tags.push(tag);
        }
        from = next;
    }
    (id.filter(|i| !i.is_empty()), tags)
}

#[derive(Default)]
struct Reader {
    bank: GiftBank,
    problems: Vec<GiftProblem>,
    warnings: Vec<GiftWarning>,
    category: Option<String>,
    titles: HashMap<String, usize>,
}

/// A line of a block: its number, its trimmed text, and whether it was
/// indented (with spaces or TABs) before the trim.
type Line<'a> = (usize, &'a [u8], bool);

/// A block's text after joining and escaping, with the map back to lines.
struct Block<'a> {
    t: Vec<u8>,
    /// The line numbers of the block's lines.
    numbers: Vec<usize>,
    /// Lines dropped before `t` starts (by the leading trim).
    lead: usize,
    /// Positions of `\n` in `t`.
    newlines: Vec<usize>,
    lines: &'a [Line<'a>],
}

impl Block<'_> {
    fn line_of(&self, pos: usize) -> usize {
        let idx = self.lead + self.newlines.partition_point(|&n| n < pos);
        self.numbers[idx.min(self.numbers.len() - 1)]
    }
}

impl Reader {
    fn warn(&mut self, line: usize, kind: WarningKind) {
        self.warnings.push(GiftWarning { line, kind });
    }

    fn refuse(&mut self, line: usize, kind: ProblemKind) {
        self.problems.push(GiftProblem { line, kind });
    }

    /// Moodle's `readquestion` on one block of trimmed, non-blank lines.
    fn read_block(&mut self, lines: &[Line<'_>]) {
        let mut comments = Vec::new();
        let mut joined = Vec::new();
        for (i, (_, line, _)) in lines.iter().enumerate() {
            if i > 0 {
                joined.push(b'\n');
            }
            if line.starts_with(b"//") {
                comments.extend_from_slice(line);
                comments.push(b'\n');
                joined.push(b' ');
            } else {
                joined.extend_from_slice(line);
            }
        }
        let trimmed = trim_range(&joined, (0, joined.len()));
        if trimmed.0 == trimmed.1 {
            return;
        }
        let lead = joined[..trimmed.0].iter().filter(|&&b| b == b'\n').count();
        let raw = &joined[trimmed.0..trimmed.1];
        if PLACEHOLDERS.iter().any(|(p, _)| find(raw, p).is_some())
            || find(raw, b"&&092;").is_some()
        {
            let first = lines[lead].0;
            self.warn(first, WarningKind::PlaceholderText);
        }
        let t = escape_pre(raw);
        let newlines = t
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let block = Block {
            t,
            numbers: lines.iter().map(|(n, _, _)| *n).collect(),
            lead,
            newlines,
            lines,
        };
        self.read_text(&block, &comments);
    }

    fn read_text(&mut self, b: &Block<'_>, comments: &[u8]) {
        let t = &b.t;
        let first_line = b.line_of(0);
        if t.starts_with(b"$CATEGORY:") {
            let path = string(&escape_post(php_trim(&t[10..])));
            if !b.newlines.is_empty() {
                self.warn(
                    b.line_of(b.newlines[0] + 1),
                    WarningKind::CategoryWithoutBlankLine,
                );
            }
            self.category = Some(path.clone());
            self.bank.categories.push(GiftCategory {
                path,
                line: first_line,
            });
            return;
        }
        let mut text = (0, t.len());
        let mut title = None;
        if t.starts_with(b"::") {
            text = php_substr(text, 2, None);
            match find(&t[text.0..text.1], b"::") {
                None => self.warn(first_line, WarningKind::UnclosedTitle),
                Some(end) => {
                    let name = &t[text.0..text.0 + end];
                    title = Some(string(php_trim(&escape_post(name))));
                    text = trim_range(t, php_substr(text, end as isize + 2, None));
                }
            }
        }
        let body = &t[text.0..text.1];
        let open = body.iter().position(|&b| b == b'{');
        let close = body.iter().position(|&b| b == b'}');
        let question_line = first_line;
        let (description, answer, start, length) = match (open, close) {
            (None, None) => (true, (text.1, text.1), 0isize, 0isize),
            (Some(o), Some(c)) => {
                let length = c as isize - o as isize;
                if c < o {
                    self.warn(b.line_of(text.0 + c), WarningKind::ClosingBraceFirst);
                } else if body[c + 1..].contains(&b'{') {
                    let second = c + 1 + body[c + 1..].iter().position(|&b| b == b'{').unwrap_or(0);
                    self.warn(b.line_of(text.0 + second), WarningKind::SecondAnswerBlock);
                }
                let a = trim_range(t, php_substr(text, o as isize + 1, Some(length - 1)));
                (false, a, o as isize, length)
            }
            _ => {
                self.refuse(question_line, ProblemKind::BraceMismatch);
                return;
            }
        };
        // The question text, the answer block removed or replaced by a blank.
        let (question_raw, blank) = if description {
            (body.to_vec(), None)
        } else if body.last() == Some(&b'}') {
            (php_substr_replace(body, b"", start, length + 1).0, None)
        } else {
            let (q, at) = php_substr_replace(body, b"_____", start, length + 1);
            (q, Some(at))
        };
        // General feedback: after the last `####`.
        let mut answer = answer;
        let mut general_raw: &[u8] = b"";
        if let Some(g) = rfind(&t[answer.0..answer.1], b"####") {
            general_raw = &t[answer.0 + g + 4..answer.1];
            answer = trim_range(t, (answer.0, answer.0 + g));
        }
        let qtext = text_with_format(&question_raw, TextFormat::Moodle);
        let format = qtext.format;
        let blank = blank.map(|at| {
            let from = format_tag(&question_raw).map_or(0, |(_, end)| (end + 1).min(at));
            let before = escape_post(&question_raw[from..at]);
            let after = escape_post(&question_raw[at + 5..]);
            let start = before
                .iter()
                .position(|&b| !is_php_space(b))
                .unwrap_or(before.len());
            let end = after
                .iter()
                .rposition(|&b| !is_php_space(b))
                .map_or(0, |e| e + 1);
            Blank {
                before: string(&before[start..]),
                after: string(&after[..end]),
            }
        });
        let general_feedback = text_with_format(general_raw, format);
        let (id, tags) = id_and_tags(comments);
        self.format_warnings(b, text, &qtext, &general_feedback);
        let a = &t[answer.0..answer.1];
        let kind = if description {
            GiftKind::Description
        } else if a.is_empty() {
            GiftKind::Essay
        } else if a[0] == b'#' {
            match self.numerical(b, answer, format) {
                Some(k) => k,
                None => return,
            }
        } else if a.contains(&b'~') {
            match self.multichoice(b, answer, format, question_line) {
                Some(k) => k,
                None => return,
            }
        } else if a.contains(&b'=') && find(a, b"->").is_some() {
            match self.matching(b, answer, format, question_line) {
                Some(k) => k,
                None => return,
            }
        } else {
            let check = match a.iter().position(|&b| b == b'#') {
                Some(h) if h > 0 => php_trim(&a[..h]),
                _ => a,
            };
            if matches!(check, b"T" | b"TRUE" | b"F" | b"FALSE") {
                let mut bits = a.splitn(3, |&b| b == b'#');
                let ans = text_with_format(php_trim(bits.next().unwrap_or(b"")), format);
                let empty = FormattedText {
                    text: String::new(),
                    format,
                };
                let wrong = bits
                    .next()
                    .map_or(empty.clone(), |x| text_with_format(php_trim(x), format));
                let right = bits
                    .next()
                    .map_or(empty, |x| text_with_format(php_trim(x), format));
                let answer = ans.text == "T" || ans.text == "TRUE";
                let (feedback_true, feedback_false) = if answer {
                    (right, wrong)
                } else {
                    (wrong, right)
                };
                GiftKind::TrueFalse {
                    answer,
                    feedback_true,
                    feedback_false,
                }
            } else {
                if check.eq_ignore_ascii_case(b"true") || check.eq_ignore_ascii_case(b"false") {
                    self.warn(b.line_of(answer.0), WarningKind::TrueFalseCase);
                }
                match self.short_answer(b, answer, format, question_line) {
                    Some(k) => k,
                    None => return,
                }
            }
        };
        if !matches!(kind, GiftKind::Description) && qtext.text.is_empty() {
            self.warn(question_line, WarningKind::EmptyQuestionText);
        }
        if let Some(title) = &title {
            match self.titles.get(title) {
                Some(&first) => self.warn(
                    first_line,
                    WarningKind::DuplicateTitle { first_line: first },
                ),
                None => {
                    self.titles.insert(title.clone(), first_line);
                }
            }
        }
        self.bank.questions.push(GiftQuestion {
            line: question_line,
            category: self.category.clone(),
            title,
            id,
            tags,
            text: qtext,
            blank,
            general_feedback,
            kind,
        });
    }

    /// Format tags alone on a line, and indentation lost in Markdown or
    /// `<pre>` text.
    fn format_warnings(
        &mut self,
        b: &Block<'_>,
        text: (usize, usize),
        qtext: &FormattedText,
        general: &FormattedText,
    ) {
        let first_index = b.lead + b.newlines.partition_point(|&n| n < text.0);
        let significant = qtext.format == TextFormat::Markdown
            || general.format == TextFormat::Markdown
            || qtext.text.contains("<pre")
            || general.text.contains("<pre");
        let mut indentation_warned = false;
        for (number, line, indented) in b.lines.iter().skip(first_index) {
            if line.starts_with(b"//") {
                continue;
            }
            if matches!(format_tag(line), Some((_, end)) if end + 1 == line.len()) {
                self.warn(*number, WarningKind::FormatTagAlone);
            }
            let answer_line = matches!(line.first(), Some(b'=' | b'~' | b'#' | b'{' | b'}' | b'%'));
            if significant && *indented && !answer_line && !indentation_warned {
                indentation_warned = true;
                self.warn(*number, WarningKind::IndentationLost);
            }
        }
    }

    fn multichoice(
        &mut self,
        b: &Block<'_>,
        answer: (usize, usize),
        format: TextFormat,
        question_line: usize,
    ) -> Option<GiftKind> {
        let t = &b.t;
        let a = &t[answer.0..answer.1];
        let single = a.contains(&b'=');
        // explode('~', str_replace('=', '~=', $answertext)), keeping offsets.
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut start = answer.0;
        for (i, &c) in t.iter().enumerate().take(answer.1).skip(answer.0) {
            match c {
                b'~' => {
                    pieces.push((start, i));
                    start = i + 1;
                }
                b'=' => {
                    pieces.push((start, i));
                    start = i;
                }
                _ => {}
            }
        }
        pieces.push((start, answer.1));
        if php_empty(php_trim(&t[pieces[0].0..pieces[0].1])) {
            pieces.remove(0);
        }
        if pieces.len() < 2 {
            self.refuse(question_line, ProblemKind::TooFewAnswers { needed: 2 });
            return None;
        }
        let mut answers = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let r = trim_range(t, piece);
            let line = b.line_of(r.0);
            let s = &t[r.0..r.1];
            let (fraction, rest) = if s.first() == Some(&b'=') {
                (1.0, &s[1..])
            } else if weight_regex(s) {
                match weight_parser(s) {
                    Some(w) => w,
                    None => {
                        self.refuse(line, ProblemKind::BadWeight);
                        return None;
                    }
                }
            } else {
                if s.first() == Some(&b'%') {
                    self.warn(line, WarningKind::WeightNotRead);
                }
                (0.0, s)
            };
            if !(-1.0..=1.0).contains(&fraction) {
                self.warn(line, WarningKind::FractionOutOfRange);
            }
            let (text, feedback) = comment_parser(rest, format);
            if text.text.is_empty() {
                self.warn(line, WarningKind::EmptyAnswer);
            }
            if !single && fraction >= 1.0 {
                self.warn(line, WarningKind::FullCreditInMultipleAnswer);
            }
            answers.push(Choice {
                fraction,
                text,
                feedback,
                line,
            });
        }
        Some(GiftKind::MultipleChoice { single, answers })
    }

    /// `explode('=', …)` with the first piece dropped when empty, as ranges.
    fn split_equals(t: &[u8], answer: (usize, usize)) -> Vec<(usize, usize)> {
        let mut pieces = Vec::new();
        let mut start = answer.0;
        for (i, &c) in t.iter().enumerate().take(answer.1).skip(answer.0) {
            if c == b'=' {
                pieces.push((start, i));
                start = i + 1;
            }
        }
        pieces.push((start, answer.1));
        if php_empty(php_trim(&t[pieces[0].0..pieces[0].1])) {
            pieces.remove(0);
        }
        pieces
    }

    fn matching(
        &mut self,
        b: &Block<'_>,
        answer: (usize, usize),
        format: TextFormat,
        question_line: usize,
    ) -> Option<GiftKind> {
        let t = &b.t;
        let pieces = Self::split_equals(t, answer);
        if pieces.len() < 2 {
            self.refuse(question_line, ProblemKind::TooFewAnswers { needed: 2 });
            return None;
        }
        let mut pairs = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let r = trim_range(t, piece);
            let line = b.line_of(r.0);
            let s = &t[r.0..r.1];
            let Some(arrow) = find(s, b"->") else {
                self.refuse(line, ProblemKind::MatchingWithoutArrow);
                return None;
            };
            pairs.push(MatchPair {
                question: text_with_format(php_trim(&s[..arrow]), format),
                answer: string(php_trim(&escape_post(&s[arrow + 2..]))),
                line,
            });
        }
        Some(GiftKind::Matching { pairs })
    }

    fn short_answer(
        &mut self,
        b: &Block<'_>,
        answer: (usize, usize),
        format: TextFormat,
        question_line: usize,
    ) -> Option<GiftKind> {
        let t = &b.t;
        let pieces = Self::split_equals(t, answer);
        if pieces.is_empty() {
            self.refuse(question_line, ProblemKind::TooFewAnswers { needed: 1 });
            return None;
        }
        let mut answers = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let r = trim_range(t, piece);
            let line = b.line_of(r.0);
            let s = &t[r.0..r.1];
            let (fraction, rest) = self.weight(s, line)?;
            let (text, feedback) = comment_parser(rest, format);
            answers.push(ShortAnswer {
                fraction,
                text: text.text,
                feedback,
                line,
            });
        }
        Some(GiftKind::ShortAnswer { answers })
    }

    /// A `%weight%` at the start of a short or numerical answer (default 1).
    fn weight<'s>(&mut self, s: &'s [u8], line: usize) -> Option<(f64, &'s [u8])> {
        if weight_regex(s) {
            let Some((w, rest)) = weight_parser(s) else {
                self.refuse(line, ProblemKind::BadWeight);
                return None;
            };
            if !(-1.0..=1.0).contains(&w) {
                self.warn(line, WarningKind::FractionOutOfRange);
            }
            Some((w, rest))
        } else {
            if s.first() == Some(&b'%') {
                self.warn(line, WarningKind::WeightNotRead);
            }
            Some((1.0, s))
        }
    }

    fn numerical(
        &mut self,
        b: &Block<'_>,
        answer: (usize, usize),
        format: TextFormat,
    ) -> Option<GiftKind> {
        let t = &b.t;
        let question_line = b.line_of(answer.0);
        let mut body = (answer.0 + 1, answer.1);
        let wrong = t[body.0..body.1].iter().position(|&b| b == b'~').map(|p| {
            let w = (body.0 + p, body.1);
            body.1 = body.0 + p;
            w
        });
        let pieces = Self::split_equals(t, body);
        if pieces.is_empty() {
            self.refuse(question_line, ProblemKind::TooFewAnswers { needed: 1 });
            return None;
        }
        let mut answers = Vec::with_capacity(pieces.len() + 1);
        for piece in pieces {
            let r = trim_range(t, piece);
            let line = b.line_of(r.0);
            let s = &t[r.0..r.1];
            let (fraction, rest) = self.weight(s, line)?;
            let (text, feedback) = comment_parser(rest, format);
            let v = text.text.as_bytes();
            let value = if let Some(dots) = find(v, b"..").filter(|&d| d > 0) {
                let (Some(min), Some(max)) = (
                    php_number(php_trim(&v[..dots])),
                    php_number(php_trim(&v[dots + 2..])),
                ) else {
                    self.refuse(line, ProblemKind::RangeNotANumber);
                    return None;
                };
                NumericalValue::Range { min, max }
            } else if let Some(colon) = v.iter().position(|&b| b == b':').filter(|&c| c > 0) {
                let tol = php_trim(&v[colon + 1..]);
                let ans = php_trim(&v[..colon]);
                if !is_numeric(tol) {
                    self.refuse(line, ProblemKind::ToleranceNotANumber);
                    return None;
                }
                match (is_numeric(ans), php_number(ans), php_number(tol)) {
                    (true, Some(value), Some(tolerance)) => {
                        NumericalValue::Tolerance { value, tolerance }
                    }
                    _ => {
                        self.warn(line, WarningKind::NotANumber);
                        NumericalValue::Any
                    }
                }
            } else {
                let ans = php_trim(v);
                match php_number(ans).filter(|_| is_numeric(ans)) {
                    Some(value) => NumericalValue::Tolerance {
                        value,
                        tolerance: 0.0,
                    },
                    None => {
                        if ans != b"*" {
                            self.warn(line, WarningKind::NotANumber);
                        }
                        NumericalValue::Any
                    }
                }
            };
            answers.push(NumericalAnswer {
                value,
                fraction,
                feedback,
                line,
            });
        }
        if let Some(w) = wrong {
            let line = b.line_of(w.0);
            let (_, feedback) = comment_parser(&t[w.0..w.1], format);
            answers.push(NumericalAnswer {
                value: NumericalValue::Any,
                fraction: 0.0,
                feedback,
                line,
            });
        }
        Some(GiftKind::Numerical { answers })
    }
}

#[cfg(test)]
mod tests;
