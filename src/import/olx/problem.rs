//! One OLX problem (a capa `<problem>`) as amphi questions.
//!
//! (First version: every problem is left out; the conversion comes next.)

use super::html::HtmlContext;
use crate::import::course_files::Question;

/// A problem to convert.
pub struct ProblemInput<'a> {
    /// Its `url_name` (the file name under `problem/`), the base of its ids.
    pub url_name: &'a str,
    /// The problem file's XML text.
    pub xml: &'a str,
    /// How addresses in its text are rewritten.
    pub html: &'a HtmlContext<'a>,
}

/// What a problem became.
#[derive(Default)]
pub struct ProblemOutput {
    /// Its questions: usually one; a problem of several parts is one
    /// [`Question::Group`] holding them.
    pub questions: Vec<Question>,
    /// The report's kind for it (`multiplechoiceresponse`, `custom python`…).
    pub kind: &'static str,
    /// How it was approximated (empty when converted exactly).
    pub approximated: Vec<String>,
    /// Why it was left out, when it was.
    pub left_out: Option<String>,
    /// Markdown saying what was there, for a problem left out that carries
    /// text (a lesson takes its place).
    pub lesson: Option<String>,
    /// `max_attempts`, when the problem sets it.
    pub max_attempts: Option<u32>,
    /// The problem's `weight` (points), when set.
    pub weight: Option<f64>,
}

/// Converts one problem.
pub fn convert(input: &ProblemInput<'_>) -> ProblemOutput {
    let _ = (input.url_name, input.xml, input.html);
    ProblemOutput {
        kind: "problem",
        left_out: Some("problems are not converted yet".into()),
        ..ProblemOutput::default()
    }
}
