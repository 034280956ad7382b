//! The interface in the learner's language: message catalogues, the choice of
//! language, French typography, numbers, dates and sorting by language.
//!
//! Every word amphi itself says comes from a Fluent catalogue
//! (`assets/i18n/<code>.ftl`, embedded in the binary), looked up with [`tr`]:
//!
//! ```
//! use amphi::i18n::{tr, Language};
//! assert_eq!(tr(Language::En, "quiz-questions", &[("count", 2.into())]), "2 questions");
//! assert_eq!(tr(Language::Fr, "quiz-questions", &[("count", 1.into())]), "1 question");
//! ```
//!
//! [`tr`] never panics: a message missing from a language falls back to
//! English, then to the message id itself; a missing argument shows as
//! `{$name}`. Tests (`tests/it/i18n_strings.rs` and the unit tests here) make
//! sure every id exists in every language with the same variables.
//!
//! Fluent's Unicode isolation marks (FSI, PDI around each argument) are off:
//! they are for bidirectional text in a browser and would reach the terminal as
//! characters. French catalogues go through [`typography::french`] (a narrow
//! no-break space before `; ! ? %`, a no-break space before `:` and inside
//! « »), applied to the catalogue's own text and never to the arguments (a
//! course title or a file name is shown as written).
//!
//! Adding a language: write `assets/i18n/<code>.ftl` with every id of `en.ftl`,
//! add a variant to [`Language`] and one line to [`CATALOGUES`] (see
//! docs/architecture.md).
//!
//! This module imports nothing of amphi's (layer 0).

pub mod choose;
pub mod collate;
pub mod message;
pub mod typography;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use choose::choose;
pub use message::{Join, Message, Value};

/// A language amphi speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Language {
    /// English, the default and the fallback for any missing message.
    #[default]
    En,
    /// French.
    Fr,
}

/// Each language's catalogue, embedded: adding a language adds a line here.
pub const CATALOGUES: &[(Language, &str)] = &[
    (Language::En, include_str!("../../assets/i18n/en.ftl")),
    (Language::Fr, include_str!("../../assets/i18n/fr.ftl")),
];

impl Language {
    /// Every language amphi speaks, English first.
    pub const ALL: [Language; 2] = [Language::En, Language::Fr];

    /// The language's code (`en`, `fr`), as `--lang` and the config file take it.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
        }
    }

    /// The language of a tag or a locale name, by its first subtag, in any
    /// case: `fr`, `fr-CA`, `FR`, `fr_FR.UTF-8`, `fr_BE@euro` are French;
    /// `None` for a language amphi does not speak or an empty tag.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let first = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| first.eq_ignore_ascii_case(l.code()))
    }

    /// Whether this language writes decimals with a comma (`0,5`).
    pub fn decimal_comma(self) -> bool {
        matches!(self, Language::Fr)
    }

    /// The catalogue's source text.
    fn source(self) -> &'static str {
        CATALOGUES
            .iter()
            .find(|(l, _)| *l == self)
            .map_or("", |(_, s)| s)
    }
}

/// `en`, `fr`: the names `--lang` and the config file's `language` accept.
impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|l| s.trim().eq_ignore_ascii_case(l.code()))
            .ok_or_else(|| {
                let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                format!(
                    "unknown language `{}`; amphi speaks {}",
                    crate::text::sanitize_line(s),
                    codes.join(", ")
                )
            })
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// One argument of a message: text, or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text shown as it is (already sanitised by the caller if it is a course's).
    Text(Cow<'a, str>),
    /// A number: shown in digits and used by selectors such as
    /// `{ $count -> [one] … *[other] … }`.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32, f64);

/// The parsed catalogues, one bundle per language, built at the first look-up.
fn bundles() -> &'static [(Language, FluentBundle<FluentResource>)] {
    static BUNDLES: OnceLock<Vec<(Language, FluentBundle<FluentResource>)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|lang| (lang, bundle(lang, lang.source())))
            .collect()
    })
}

/// A bundle of `source` for `lang`: isolation marks off, French typography on
/// the catalogue's text. A catalogue with syntax errors keeps the messages
/// that parsed (the tests make sure there are none).
fn bundle(lang: Language, source: &str) -> FluentBundle<FluentResource> {
    let id =
        unic_langid::LanguageIdentifier::from_bytes(lang.code().as_bytes()).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    if lang == Language::Fr {
        bundle.set_transform(Some(typography::french));
    }
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The bundle of `lang`.
fn bundle_of(lang: Language) -> Option<&'static FluentBundle<FluentResource>> {
    bundles().iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
}

/// Message `id` in `lang` with `args`; English when `lang` lacks it, the id
/// itself when English lacks it too. Never panics; an argument the message
/// names but `args` lacks shows as `{$name}`.
pub fn tr(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format(lang, id, args)
        .or_else(|| format(Language::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Message `id` of `lang` formatted, or `None` when `lang` has no such message.
fn format(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle_of(lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_ref())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned(),
    )
}

/// The ids of the messages of `lang`'s catalogue, in file order.
pub fn message_ids(lang: Language) -> Vec<String> {
    parsed(lang)
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The entries of `lang`'s catalogue, parsed again (for the tests and
/// [`variables`]); syntax errors leave out the entries they break.
fn parsed(lang: Language) -> Vec<fluent_syntax::ast::Entry<&'static str>> {
    match fluent_syntax::parser::parse(lang.source()) {
        Ok(r) => r.body,
        Err((r, _)) => r.body,
    }
}

/// The syntax errors of `lang`'s catalogue, in words (none in a good one).
pub fn syntax_errors(lang: Language) -> Vec<String> {
    match fluent_syntax::parser::parse(lang.source()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// The variables (`$name`) message `id` of `lang` uses, sorted, without
/// repeats; `None` when there is no such message.
pub fn variables(lang: Language, id: &str) -> Option<Vec<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn in_pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                in_expression(expression, out);
            }
        }
    }
    fn in_expression(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => in_inline(i, out),
            Expression::Select { selector, variants } => {
                in_inline(selector, out);
                for v in variants {
                    in_pattern(&v.value, out);
                }
            }
        }
    }
    fn in_inline(i: &InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => in_expression(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    in_inline(a, out);
                }
            }
            _ => {}
        }
    }
    let entries = parsed(lang);
    let message = entries.iter().find_map(|e| match e {
        Entry::Message(m) if m.id.name == id => Some(m),
        _ => None,
    })?;
    let mut out = Vec::new();
    if let Some(p) = &message.value {
        in_pattern(p, &mut out);
    }
    out.sort();
    out.dedup();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_parse_without_errors() {
        for lang in Language::ALL {
            assert_eq!(syntax_errors(lang), Vec::<String>::new(), "{lang}");
            assert!(!message_ids(lang).is_empty(), "{lang}");
        }
    }

    #[test]
    fn every_id_is_in_every_language_with_the_same_variables() {
        let english = message_ids(Language::En);
        for lang in Language::ALL {
            let ids = message_ids(lang);
            for id in &english {
                assert!(ids.contains(id), "`{id}` is missing from {lang}.ftl");
                assert_eq!(
                    variables(lang, id),
                    variables(Language::En, id),
                    "`{id}` has other variables in {lang}.ftl than in en.ftl"
                );
            }
            for id in &ids {
                assert!(
                    english.contains(id),
                    "`{id}` of {lang}.ftl is not in en.ftl"
                );
            }
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), ids.len(), "an id appears twice in {lang}.ftl");
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let q = |lang, n: usize| tr(lang, "quiz-questions", &[("count", n.into())]);
        assert_eq!(q(Language::En, 1), "1 question");
        assert_eq!(q(Language::En, 0), "0 questions");
        assert_eq!(q(Language::En, 2), "2 questions");
        // French: 0 and 1 are singular.
        assert_eq!(q(Language::Fr, 0), "0 question");
        assert_eq!(q(Language::Fr, 1), "1 question");
        assert_eq!(q(Language::Fr, 2), "2 questions");
    }

    #[test]
    fn missing_ids_and_arguments_never_panic() {
        assert_eq!(tr(Language::Fr, "no-such-id", &[]), "no-such-id");
        let shown = tr(Language::Fr, "quiz-questions", &[]);
        assert!(!shown.is_empty());
        assert!(!shown.contains('\u{2068}') && !shown.contains('\u{2069}'));
    }

    #[test]
    fn a_message_missing_in_french_falls_back_to_english() {
        let fr = bundle(Language::Fr, "only-fr = seulement\n");
        assert!(fr.get_message("status-help").is_none());
        // The real catalogues are complete (the test above), so the fallback is
        // checked on the lookup order itself.
        assert_eq!(format(Language::En, "no-such", &[]), None);
        assert!(format(Language::Fr, "status-help", &[]).is_some());
    }

    #[test]
    fn no_isolation_marks_reach_the_output() {
        for lang in Language::ALL {
            for id in message_ids(lang) {
                let vars = variables(lang, &id).unwrap_or_default();
                let args: Vec<(&str, Arg)> =
                    vars.iter().map(|v| (v.as_str(), Arg::from("x"))).collect();
                let s = tr(lang, &id, &args);
                assert!(
                    !s.contains(['\u{2068}', '\u{2069}', '\u{2066}', '\u{2067}']),
                    "{lang} {id}: {s:?}"
                );
            }
        }
    }

    #[test]
    fn french_typography_applies_to_the_catalogue_not_the_arguments() {
        let fr = bundle(Language::Fr, "m = Titre : { $t } ?\n");
        let pattern = fr.get_message("m").and_then(|m| m.value());
        let mut args = FluentArgs::new();
        args.set("t", "a:b?");
        let mut errors = Vec::new();
        let s = fr.format_pattern(pattern.unwrap(), Some(&args), &mut errors);
        assert_eq!(s, "Titre\u{a0}: a:b?\u{202f}?");
    }

    #[test]
    fn tags_and_locales_name_languages() {
        assert_eq!(Language::from_tag("fr_FR.UTF-8"), Some(Language::Fr));
        assert_eq!(Language::from_tag("fr-CA"), Some(Language::Fr));
        assert_eq!(Language::from_tag("EN"), Some(Language::En));
        assert_eq!(Language::from_tag("de_DE"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!("fr".parse::<Language>(), Ok(Language::Fr));
        assert!("de".parse::<Language>().unwrap_err().contains("en, fr"));
    }
}
