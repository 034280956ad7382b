//! `amphi --help` in the learner's language.
//!
//! The English help is the clap derive's doc comments on [`super::Cli`] and
//! [`super::Command`]; in another language, [`localise`] replaces, from the
//! catalogues (`cli-help-*` ids), the top-level about and examples, every
//! command's one-line description, examples and options, the global
//! options' help, the `help` and `version` flags and the headings. The language is chosen before parsing
//! ([`language_before_parsing`]): `--lang` read from the raw arguments, then
//! `AMPHI_LANG`, the config file's `language`, the locale.
//!
//! Not yet localised (English in every language): each command's long
//! description (a French `--help` shows the one-line one), the descriptions
//! of the values of `--format` (`text: …`), and clap's own words (`[default:
//! …]`, `[env: …]`, `[possible values: …]`, its error messages).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction};

use crate::i18n::{Language, choose::Locale, tr};

/// The global options (and the course argument) whose help comes from
/// `cli-help-arg-<id>`.
const GLOBAL_OPTIONS: [&str; 7] = [
    "course", "theme", "measure", "plain", "lang", "config", "state",
];

/// The language of the help and of clap's words, known before the command
/// line is parsed: `--lang X` or `--lang=X` among `args` (the first being the
/// program's name), else `AMPHI_LANG`, else the `language` of the config file
/// (`--config`, `AMPHI_CONFIG`, else the platform's), else the locale; `var`
/// reads the environment. A value that does not parse counts as none (clap
/// then reports it, in English).
pub fn language_before_parsing(
    args: &[OsString],
    var: &dyn Fn(&str) -> Option<String>,
) -> Language {
    let mut flag = None;
    let mut config = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if a == "--lang" {
            flag = it.next().and_then(|v| v.to_str()?.parse().ok());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            flag = v.parse().ok();
        } else if a == "--config" {
            config = it.next().map(PathBuf::from);
        } else if let Some(v) = a.strip_prefix("--config=") {
            config = Some(PathBuf::from(v));
        }
    }
    let flag = flag.or_else(|| var("AMPHI_LANG").and_then(|v| v.parse().ok()));
    let config = config.or_else(|| {
        var(crate::config::CONFIG_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    let from_config = || {
        crate::config::load(config.as_deref())
            .ok()
            .and_then(|c| c.language)
    };
    let configured = if flag.is_some() { None } else { from_config() };
    crate::i18n::choose(flag, configured, None, &Locale::from_vars(var))
}

/// `cmd` (the derive's [`clap::Command`], before the global options are
/// copied into the commands) with its help in `lang`; English leaves it as
/// the doc comments wrote it.
pub fn localise(cmd: clap::Command, lang: Language) -> clap::Command {
    if lang == Language::En {
        return cmd;
    }
    let t = |id: &str| tr(lang, id, &[]);
    // clap takes a heading as a `&'static str` (its `string` feature would
    // take a `String`): a word, made once per run.
    let commands: &'static str = Box::leak(t("cli-help-commands").into_boxed_str());
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t("cli-help-usage")
    );
    let help_flag = |long: bool| {
        let arg = Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t("cli-help-flag-help"));
        if long { arg.global(true) } else { arg }
    };
    let mut cmd = cmd
        .about(t("cli-help-about"))
        .long_about(t("cli-help-long-about"))
        .after_help(examples(&t("cli-help-examples")))
        .help_template(template.clone())
        .subcommand_help_heading(commands)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(help_flag(true))
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("cli-help-flag-version")),
        );
    // "Arguments" and "Options", clap's headings, are the same words in French.
    for id in GLOBAL_OPTIONS {
        let help = t(&format!("cli-help-arg-{id}"));
        cmd = cmd.mut_arg(id, |a| a.help(help).long_help(None));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let about = t(&format!("cli-help-cmd-{name}"));
        cmd = cmd.mut_subcommand(&name, |sub| {
            let sub = sub
                .about(about)
                .long_about(None)
                .help_template(template.clone())
                .disable_help_flag(true);
            let examples = examples(&t(&format!("cli-help-examples-{name}")));
            let mut sub = sub.after_help(examples);
            // The command's own options and arguments.
            let own: Vec<String> = sub
                .get_arguments()
                .map(|a| a.get_id().to_string())
                .filter(|id| id != "help")
                .collect();
            for id in own {
                let help = t(&format!("cli-help-opt-{name}-{}", id.replace('_', "-")));
                sub = sub.mut_arg(&id, |a| a.help(help).long_help(None));
            }
            sub
        });
    }
    cmd
}

/// An examples' message, its lines after the first indented by two spaces
/// (Fluent takes a continuation line's indentation away).
fn examples(text: &str) -> String {
    let mut lines = text.lines();
    let mut out = lines.next().unwrap_or_default().to_string();
    for l in lines {
        out.push_str("\n  ");
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_english_catalogue_says_what_the_doc_comments_say() {
        // English help comes from the derive; the `cli-help-*` messages of
        // en.ftl are its copy for translators, kept the same here.
        use clap::CommandFactory;
        let cmd = super::super::Cli::command();
        let en = |id: &str| tr(Language::En, id, &[]);
        let after = |c: &clap::Command| c.get_after_help().map(ToString::to_string);
        assert_eq!(after(&cmd), Some(examples(&en("cli-help-examples"))));
        assert_eq!(
            cmd.get_about().map(ToString::to_string),
            Some(en("cli-help-about"))
        );
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            assert_eq!(
                after(sub),
                Some(examples(&en(&format!("cli-help-examples-{name}")))),
                "{name}"
            );
            assert_eq!(
                sub.get_about().map(ToString::to_string),
                Some(en(&format!("cli-help-cmd-{name}"))),
                "{name}"
            );
        }
        for sub in cmd.get_subcommands() {
            for arg in sub.get_arguments() {
                let id = format!("cli-help-opt-{}-{}", sub.get_name(), arg.get_id());
                assert_eq!(
                    arg.get_help().map(ToString::to_string),
                    Some(en(&id.replace('_', "-"))),
                    "{id}"
                );
            }
        }
        for id in GLOBAL_OPTIONS {
            let arg = cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
            assert_eq!(
                arg.get_help().map(ToString::to_string),
                Some(en(&format!("cli-help-arg-{id}"))),
                "{id}"
            );
        }
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let fr = |n: &str| (n == "LC_ALL").then(|| "fr_FR.UTF-8".to_string());
        let none = |_: &str| None;
        assert_eq!(
            language_before_parsing(&args(&["amphi", "--help"]), &fr),
            Language::Fr
        );
        assert_eq!(
            language_before_parsing(&args(&["amphi", "--lang", "en", "-h"]), &fr),
            Language::En
        );
        assert_eq!(
            language_before_parsing(&args(&["amphi", "list", "--lang=fr", "-h"]), &none),
            Language::Fr
        );
        // After `--`, a word is an argument, not an option.
        assert_eq!(
            language_before_parsing(&args(&["amphi", "--", "--lang", "fr"]), &none),
            Language::En
        );
        let env = |n: &str| (n == "AMPHI_LANG").then(|| "fr".to_string());
        assert_eq!(
            language_before_parsing(&args(&["amphi"]), &env),
            Language::Fr
        );
    }
}
