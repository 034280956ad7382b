//! clap's errors on a wrong command line, in the learner's language.
//!
//! In English clap writes its own message. In another language, [`render`]
//! writes the same message from the catalogues (`cli-clap-*`), from the
//! error's kind ([`clap::error::ErrorKind`]) and what clap knows of it
//! ([`clap::error::ContextKind`]: the argument, the value refused, the
//! values possible, the usage, clap's tips); the exit code stays clap's (2).
//! It is styled as clap styles it (the labels and the usage heading) when
//! colour is wanted, and every value quoted from the command line or the
//! environment is sanitised ([`crate::text::sanitize`]).

use std::error::Error as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Arg, Language, tr};

/// Two spaces: where clap indents a list or a tip under its message.
const TAB: &str = "  ";

/// The message of `e`, a usage error (`e.use_stderr()`), in `lang`, ending
/// in a line break, as clap would write it in English: the error, a list
/// (the values possible, the arguments missing), clap's tips, the usage, and
/// where to find more; with clap's styles (ANSI) when `color`.
pub fn render(e: &clap::Error, lang: Language, color: bool) -> String {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| tr(lang, id, args);
    let clean = |s: &str| crate::text::sanitize(s);
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(clean(s)),
        _ => None,
    };
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.iter().map(|s| clean(s)).collect(),
        _ => Vec::new(),
    };
    let styles = clap::builder::Styles::default();
    let styled = |style: &clap::builder::styling::Style, text: String| {
        if color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text
        }
    };
    let number = |kind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n as i64),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let values_list = |id: &str, values: Vec<String>| {
        if values.is_empty() {
            String::new()
        } else {
            format!("\n{TAB}{}", t(id, &[("values", values.join(", ").into())]))
        }
    };
    let message = match (e.kind(), arg.as_deref(), value.as_deref()) {
        (ErrorKind::UnknownArgument, Some(a), _) => {
            t("cli-clap-unknown-argument", &[("arg", a.into())])
        }
        (ErrorKind::InvalidValue, Some(a), Some(v)) => {
            let first = if v.is_empty() {
                t("cli-clap-value-required", &[("arg", a.into())])
            } else {
                t(
                    "cli-clap-invalid-value",
                    &[("arg", a.into()), ("value", v.into())],
                )
            };
            first + &values_list("cli-clap-possible-values", strings(ContextKind::ValidValue))
        }
        (ErrorKind::ValueValidation, Some(a), Some(v)) => {
            let reason = reason(a, lang)
                .unwrap_or_else(|| clean(&e.source().map(ToString::to_string).unwrap_or_default()));
            t(
                "cli-clap-value-validation",
                &[
                    ("arg", a.into()),
                    ("value", v.into()),
                    ("reason", reason.into()),
                ],
            )
        }
        (ErrorKind::TooManyValues, Some(a), Some(v)) => t(
            "cli-clap-too-many-values",
            &[("arg", a.into()), ("value", v.into())],
        ),
        (ErrorKind::NoEquals, Some(a), _) => t("cli-clap-no-equals", &[("arg", a.into())]),
        (ErrorKind::TooFewValues, Some(a), _) => t(
            "cli-clap-too-few-values",
            &[
                ("arg", a.into()),
                ("min", number(ContextKind::MinValues).unwrap_or(0).into()),
                (
                    "count",
                    number(ContextKind::ActualNumValues).unwrap_or(0).into(),
                ),
            ],
        ),
        (ErrorKind::WrongNumberOfValues, Some(a), _) => t(
            "cli-clap-wrong-number-of-values",
            &[
                ("arg", a.into()),
                (
                    "expected",
                    number(ContextKind::ExpectedNumValues).unwrap_or(0).into(),
                ),
                (
                    "count",
                    number(ContextKind::ActualNumValues).unwrap_or(0).into(),
                ),
            ],
        ),
        (ErrorKind::ArgumentConflict, _, _) => conflict(e, lang),
        (ErrorKind::InvalidSubcommand, _, _) | (ErrorKind::MissingSubcommand, _, _)
            if text(ContextKind::InvalidSubcommand).is_some() =>
        {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            if e.kind() == ErrorKind::InvalidSubcommand {
                t("cli-clap-invalid-subcommand", &[("name", name.into())])
            } else {
                t("cli-clap-missing-subcommand", &[("name", name.into())])
                    + &values_list(
                        "cli-clap-subcommands",
                        strings(ContextKind::ValidSubcommand),
                    )
            }
        }
        (ErrorKind::MissingRequiredArgument, _, _) => {
            let missing = strings(ContextKind::InvalidArg);
            let mut m = t(
                "cli-clap-missing-required",
                &[("count", (missing.len() as i64).into())],
            );
            for a in missing {
                m.push_str(&format!("\n{TAB}{a}"));
            }
            m
        }
        (ErrorKind::InvalidUtf8, _, _) => t("cli-clap-invalid-utf8", &[]),
        _ => t("cli-clap-bad-command-line", &[]),
    };
    let label = styled(styles.get_error(), t("cli-clap-error-label", &[]));
    let mut out = t(
        "cli-clap-error",
        &[("label", label.into()), ("message", message.into())],
    );
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let names: Vec<String> = match e.get(kind) {
            Some(ContextValue::String(s)) => vec![clean(s)],
            Some(ContextValue::Strings(v)) => v.iter().map(|s| clean(s)).collect(),
            _ => Vec::new(),
        };
        if !names.is_empty() {
            let quoted: Vec<String> = names.iter().map(|n| quote(n, lang)).collect();
            tips.push(t(
                "cli-clap-tip-similar",
                &[
                    ("count", (names.len() as i64).into()),
                    ("names", quoted.join(", ").into()),
                ],
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|s| tip(&clean(&s.to_string()), lang)));
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!(
                "\n{TAB}{}",
                t(
                    "cli-clap-tip",
                    &[
                        (
                            "label",
                            styled(styles.get_valid(), t("cli-clap-tip-label", &[])).into()
                        ),
                        ("tip", tip.into())
                    ]
                )
            ));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap's `Usage: ` before it.
        let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
        let heading = styled(styles.get_usage(), t("cli-help-usage", &[]));
        out.push_str(&format!("\n\n{heading} {usage}"));
    }
    out.push_str("\n\n");
    out.push_str(&t("cli-clap-more", &[("flag", "--help".into())]));
    out.push('\n');
    out
}

/// `text` between the language's quotation marks.
fn quote(text: &str, lang: Language) -> String {
    tr(lang, "cli-clap-quoted", &[("text", text.into())])
}

/// The message of an `ArgumentConflict`: an argument given twice, or with
/// another argument (or several), or a command with an argument.
fn conflict(e: &clap::Error, lang: Language) -> String {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| tr(lang, id, args);
    let prior = e.get(ContextKind::PriorArg);
    if let Some(ContextValue::String(a)) = e.get(ContextKind::InvalidArg) {
        match prior {
            Some(ContextValue::String(p)) if p == a => {
                t("cli-clap-conflict-twice", &[("arg", a.into())])
            }
            Some(ContextValue::String(p)) => t(
                "cli-clap-conflict",
                &[("arg", a.into()), ("other", p.into())],
            ),
            Some(ContextValue::Strings(others)) => {
                let mut m = t("cli-clap-conflict-list", &[("arg", a.into())]);
                for o in others {
                    m.push_str(&format!("\n{TAB}{o}"));
                }
                m
            }
            _ => t("cli-clap-conflict-others", &[("arg", a.into())]),
        }
    } else if let Some(ContextValue::String(name)) = e.get(ContextKind::InvalidSubcommand) {
        let other = match prior {
            Some(ContextValue::String(p)) => p.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            _ => String::new(),
        };
        t(
            "cli-clap-conflict-subcommand",
            &[("name", name.into()), ("other", other.into())],
        )
    } else {
        t("cli-clap-bad-command-line", &[])
    }
}

/// Why a value of `arg` (as clap names it: `--measure <COLUMNS>`) is refused,
/// for the options whose checks amphi knows; `None` for the others (their
/// parser's own message is shown).
fn reason(arg: &str, lang: Language) -> Option<String> {
    let option = arg.split(' ').next().unwrap_or(arg);
    let id = match option {
        "--measure" => "cli-clap-reason-measure",
        "--theme" => "cli-clap-reason-theme",
        "--lang" => "cli-clap-reason-lang",
        _ => return None,
    };
    Some(tr(lang, id, &[]))
}

/// One of clap's tips (written by clap in English) in `lang`, known by the
/// places of its quoted words: `to pass 'X' as a value, use 'Y'`, `'X'
/// exists`, `subcommand 'X' exists; to use it, remove the '--' before it`.
/// Another tip is shown as clap wrote it.
fn tip(english: &str, lang: Language) -> String {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| tr(lang, id, args);
    let parts: Vec<&str> = english.split('\'').collect();
    match parts.as_slice() {
        [_, name, _, "--", _] => t("cli-clap-tip-remove-dashes", &[("name", (*name).into())]),
        [_, value, _, form, ""] => t(
            "cli-clap-tip-pass-value",
            &[("value", (*value).into()), ("use", (*form).into())],
        ),
        ["", name, _] => t("cli-clap-tip-exists", &[("name", (*name).into())]),
        _ => english.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(args: &[&str]) -> clap::Error {
        super::super::clap_command_in(Language::Fr)
            .try_get_matches_from(args)
            .unwrap_err()
    }

    #[test]
    fn clap_s_tips_are_said_in_french() {
        assert_eq!(
            tip("to pass '--x' as a value, use '-- --x'", Language::Fr),
            "pour donner «\u{a0}--x\u{a0}» comme valeur, écrivez «\u{a0}-- --x\u{a0}»"
        );
        assert_eq!(
            tip("'check --format' exists", Language::Fr),
            "«\u{a0}check --format\u{a0}» existe"
        );
        assert!(
            tip(
                "subcommand 'check' exists; to use it, remove the '--' before it",
                Language::Fr
            )
            .starts_with("la sous-commande «\u{a0}check\u{a0}» existe\u{202f};")
        );
        assert_eq!(quote("x", Language::Fr), "«\u{a0}x\u{a0}»");
        assert_eq!(quote("x", Language::En), "'x'");
    }

    #[test]
    fn each_kind_of_error_has_its_french_message() {
        let cases: [(&[&str], ErrorKind, &str); 7] = [
            (
                &["amphi", "list", "--format", "xml"],
                ErrorKind::UnknownArgument,
                "erreur\u{a0}: argument inattendu «\u{a0}--format\u{a0}»",
            ),
            (
                &["amphi", "check", "--format", "xml"],
                ErrorKind::InvalidValue,
                "erreur\u{a0}: valeur incorrecte «\u{a0}xml\u{a0}» pour «\u{a0}--format <FORMAT>\u{a0}»\n  [valeurs possibles\u{a0}: text, json]",
            ),
            (
                &["amphi", "check", "--format"],
                ErrorKind::InvalidValue,
                "«\u{a0}--format <FORMAT>\u{a0}» demande une valeur",
            ),
            (
                &["amphi", "--measure", "5"],
                ErrorKind::ValueValidation,
                "pour «\u{a0}--measure <COLONNES>\u{a0}»\u{a0}: il faut un nombre de colonnes de 20 à 1000",
            ),
            (
                &["amphi", "remove"],
                ErrorKind::MissingRequiredArgument,
                "cet argument obligatoire manque\u{a0}:\n  <ID>",
            ),
            (
                &["amphi", "config", "--path", "--check"],
                ErrorKind::ArgumentConflict,
                "l'argument «\u{a0}--path\u{a0}» ne peut pas s'employer avec «\u{a0}--check\u{a0}»",
            ),
            (
                &["amphi", "help", "chek"],
                ErrorKind::InvalidSubcommand,
                "sous-commande inconnue «\u{a0}chek\u{a0}»",
            ),
        ];
        for (args, kind, expected) in cases {
            let e = error(args);
            assert_eq!(e.kind(), kind, "{args:?}");
            let text = render(&e, Language::Fr, false);
            assert!(text.contains(expected), "{args:?}:\n{text}");
            assert!(
                text.ends_with("\n\nPour en savoir plus, essayez «\u{a0}--help\u{a0}».\n"),
                "{text}"
            );
            for english in ["error:", "Usage:", "For more", "possible values", "tip:"] {
                assert!(!text.contains(english), "{english} in {text}");
            }
        }
        let unknown = render(&error(&["amphi", "check", "--x"]), Language::Fr, false);
        assert!(
            unknown.contains("\n\n  astuce\u{a0}: pour donner «\u{a0}--x\u{a0}» comme valeur"),
            "{unknown}"
        );
        assert!(
            unknown.contains("\n\nUtilisation\u{a0}: amphi check [OPTIONS] [DOSSIER]\n"),
            "{unknown}"
        );
        // In colour, the labels and the heading as clap styles them.
        let styles = clap::builder::Styles::default();
        let colored = render(&error(&["amphi", "check", "--x"]), Language::Fr, true);
        let (error, usage) = (styles.get_error(), styles.get_usage());
        let label = format!("{}erreur{}\u{a0}: ", error.render(), error.render_reset());
        assert!(colored.starts_with(&label), "{colored:?}");
        let heading = format!(
            "{}Utilisation\u{a0}:{} amphi",
            usage.render(),
            usage.render_reset()
        );
        assert!(colored.contains(&heading), "{colored:?}");
    }
}
