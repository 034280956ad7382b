//! `amphi export --xapi`: the learner's progress as xAPI statements
//! ([`crate::export::xapi_statements`]), written to a file or standard output.

use std::path::Path;

use super::Failure;
use crate::export::xapi_statements;

/// Carries out `amphi export --xapi [PATH] [--actor NAME] [--out FILE]`: the
/// statements of the learner's `progress` in `course`, written to `file` or,
/// without one, to `out`.
///
/// # Errors
/// A [`Failure`] with code 2 when the output file cannot be written.
pub fn run(
    course: &crate::course::Course,
    progress: &crate::progress::CourseProgress,
    actor: Option<&str>,
    file: Option<&Path>,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    run_in(
        crate::i18n::Language::En,
        course,
        progress,
        actor,
        file,
        out,
    )
}

/// [`run`] with its one message (a file that cannot be written) in `lang`;
/// the statements are the same in every language.
///
/// # Errors
/// As [`run`].
pub fn run_in(
    lang: crate::i18n::Language,
    course: &crate::course::Course,
    progress: &crate::progress::CourseProgress,
    actor: Option<&str>,
    file: Option<&Path>,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    let usage = |message: String| Failure { code: 2, message };
    let user = std::env::var("USER").ok().filter(|u| !u.trim().is_empty());
    let actor = actor
        .map(str::to_owned)
        .or(user)
        .unwrap_or_else(|| "learner".into());
    let statements = xapi_statements(course, progress, &actor);
    let mut json = serde_json::to_vec_pretty(&statements).map_err(|e| usage(e.to_string()))?;
    json.push(b'\n');
    match file {
        Some(f) => std::fs::write(f, json).map_err(|e| {
            usage(crate::i18n::tr(
                lang,
                "cli-cannot-write",
                &[
                    ("file", f.display().to_string().into()),
                    ("error", e.to_string().into()),
                ],
            ))
        })?,
        None => out.extend(json),
    }
    Ok(0)
}
