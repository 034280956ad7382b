//! `amphi --help` in the learner's language.
//!
//! The English help is the clap derive's doc comments on [`super::Cli`] and
//! [`super::Command`], shown by clap as they are. In another language,
//! [`localise`] rebuilds every word of it from the catalogues: the top-level
//! and each command's one-line and long descriptions (`cli-help-about`,
//! `cli-help-long-about`, `cli-help-cmd-<command>`, `cli-help-long-<command>`),
//! examples, the help of every option and argument (`cli-help-arg-<id>`,
//! `cli-help-opt-<command>-<id>`) and of each value of a `ValueEnum` option
//! (`cli-help-value-<command>-<id>-<value>`), and clap's own words (headings,
//! `-h` and `-V`, `[default: …]`, `[env: …]`, `[possible values: …]`,
//! `cli-clap-*`): clap's are hidden and ours are written into each option's
//! help, in the same places, so that a French help has the same lines as the
//! English one; the placeholders of the usage lines too (`<FICHIER>`,
//! `[COMMANDE]`, from `cli-help-placeholder-<name>`). clap's errors are
//! rendered in the language by [`super::usage_error`]. The examples come from
//! the catalogues in every language ([`with_examples`]).
//!
//! The language is chosen before parsing ([`language_before_parsing`]):
//! `--lang` read from the raw arguments, then `AMPHI_LANG`, the config file's
//! `language`, the locale.
//!
//! Left in every language: what the learner types (`--format`, `text`), and
//! clap's `[OPTIONS]` in the usage lines (the same word in French).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, Command};
use unicode_width::UnicodeWidthStr;

use crate::i18n::{Language, choose::Locale, tr};

/// The global options (and the course argument) whose help comes from
/// `cli-help-arg-<id>`.
#[cfg(test)]
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

/// `cmd` (the derive's command line) with the examples of the top level and
/// of each command after their help, in `lang`, from the catalogues
/// (`cli-help-examples`, `cli-help-examples-<command>`; in English too: the
/// examples are words for people, and the doc comments have none).
pub fn with_examples(cmd: Command, lang: Language) -> Command {
    let t = |id: &str| examples(&tr(lang, id, &[]));
    let mut cmd = cmd.after_help(t("cli-help-examples"));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let text = t(&format!("cli-help-examples-{name}"));
        cmd = cmd.mut_subcommand(&name, |sub| sub.after_help(text));
    }
    cmd
}

/// `cmd` (the command line as [`super::clap_command`] makes it, not yet
/// built) with its help in `lang`, built (clap adds its `help` command then);
/// English leaves it as the doc comments wrote it, unbuilt.
pub fn localise(cmd: Command, lang: Language) -> Command {
    if lang == Language::En {
        return cmd;
    }
    let words = Words::new(lang);
    let mut english = cmd.clone();
    english.build();
    let mut cmd = localise_command(cmd, &english, None, &words)
        .subcommand_value_name(words.command_placeholder)
        .mut_args(|a| placeholders(a, &words));
    let globals: Vec<Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set() && !a.is_hide_set())
        .cloned()
        .collect();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let Some(en) = english.find_subcommand(&name) else {
            continue;
        };
        cmd = cmd.mut_subcommand(&name, |sub| {
            let mut sub = localise_command(sub, en, Some(&name), &words);
            sub = sub.mut_args(|a| placeholders(a, &words));
            // A global option is copied into the command when it is built,
            // with the long help the top level gives it; a command that
            // English shows in the short form gets its own copy without,
            // which keeps its `--help` short too.
            if !long_help_exists(en) {
                for g in &globals {
                    if sub.get_arguments().all(|a| a.get_id() != g.get_id()) {
                        sub = sub.arg(g.clone().long_help(None));
                    }
                }
            }
            sub
        });
    }
    // clap adds its `help` command when the command line is built.
    cmd.build();
    let about = words.t("cli-help-cmd-help");
    let template = words.template.clone();
    let heading = words.arguments;
    let arg_help = words.t("cli-help-arg-help-command");
    let command_placeholder = words.command_placeholder;
    cmd.mut_subcommand("help", |h| {
        let mut h = h.about(about).help_template(template);
        let own: Vec<String> = h
            .get_arguments()
            .filter(|a| a.is_positional())
            .map(|a| a.get_id().to_string())
            .collect();
        for id in own {
            h = h.mut_arg(&id, |a| {
                a.help(arg_help.clone())
                    .help_heading(heading)
                    .value_name(command_placeholder)
            });
        }
        h
    })
}

/// The words of one language that every command's help uses.
struct Words {
    lang: Language,
    /// The template of a help page: clap's, with the usage heading in the language.
    template: String,
    /// The headings, without their colon (clap writes it after them).
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
    /// The placeholder of a command in the usage line (`[COMMAND]`).
    command_placeholder: &'static str,
    /// Each placeholder's name in lower case (`file`) and its word (`FICHIER`).
    placeholders: Vec<(String, &'static str)>,
}

impl Words {
    fn new(lang: Language) -> Words {
        let t = |id: &str| tr(lang, id, &[]);
        let usage = clap::builder::Styles::default().get_usage().to_owned();
        Words {
            lang,
            // Styled as clap styles its `Usage:` (clap leaves the styles out
            // when it writes to no terminal).
            template: format!(
                "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
                usage.render(),
                t("cli-help-usage"),
                usage.render_reset()
            ),
            commands: heading(&t("cli-clap-heading-commands")),
            arguments: heading(&t("cli-clap-heading-arguments")),
            options: heading(&t("cli-clap-heading-options")),
            command_placeholder: Box::leak(t("cli-help-placeholder-command").into_boxed_str()),
            placeholders: crate::i18n::message_ids(lang)
                .into_iter()
                .filter_map(|id| {
                    let name = id.strip_prefix("cli-help-placeholder-")?.to_owned();
                    Some((name, &*Box::leak(t(&id).into_boxed_str())))
                })
                .collect(),
        }
    }

    fn t(&self, id: &str) -> String {
        tr(self.lang, id, &[])
    }

    fn t_with(&self, id: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> String {
        tr(self.lang, id, args)
    }
}

/// `arg` with its placeholders (`<FILE>`) in the language of `words`, from
/// `cli-help-placeholder-<name>`; a placeholder the catalogues do not have
/// stays as it is.
fn placeholders(arg: Arg, words: &Words) -> Arg {
    let Some(names) = arg.get_value_names() else {
        return arg;
    };
    let names: Vec<&'static str> = names
        .iter()
        .map(|n| {
            let name = n.as_str().to_lowercase();
            match words.placeholders.iter().find(|(id, _)| *id == name) {
                Some((_, word)) => *word,
                None => Box::leak(n.as_str().to_owned().into_boxed_str()),
            }
        })
        .collect();
    arg.value_names(names)
}

/// `text`, or none, as clap's setters take it.
fn resettable(text: Option<String>) -> clap::builder::Resettable<clap::builder::StyledStr> {
    match text {
        Some(t) => clap::builder::Resettable::Value(t.into()),
        None => clap::builder::Resettable::Reset,
    }
}

/// A heading as clap takes it: `Options :` less the colon clap writes, made
/// once per run (clap takes a `&'static str` without its `string` feature).
fn heading(text: &str) -> &'static str {
    let text = text.strip_suffix(':').unwrap_or(text);
    Box::leak(text.to_owned().into_boxed_str())
}

/// Whether clap shows `en` (built) in its long form on `--help`, as clap
/// decides it: a long description, or an option with a long help or with
/// values that have their own help.
pub fn long_help_exists(en: &Command) -> bool {
    en.get_long_about().is_some()
        || en.get_before_long_help().is_some()
        || en.get_after_long_help().is_some()
        || en.get_arguments().any(|a| {
            !a.is_hide_set()
                && (a.get_long_help().is_some()
                    || a.is_hide_long_help_set()
                    || a.is_hide_short_help_set()
                    || (!a.is_hide_possible_values_set()
                        && a.get_possible_values()
                            .iter()
                            .any(|v| v.get_help().is_some())))
        })
}

/// `cmd` (the top level when `name` is `None`, else command `name`) with its
/// descriptions, examples, options and clap's words in the language of
/// `words`; `en` is the same command in English, built.
fn localise_command(cmd: Command, en: &Command, name: Option<&str>, words: &Words) -> Command {
    let long = long_help_exists(en);
    let (about, long_about) = match name {
        None => (
            "cli-help-about".to_owned(),
            "cli-help-long-about".to_owned(),
        ),
        Some(n) => (format!("cli-help-cmd-{n}"), format!("cli-help-long-{n}")),
    };
    let long_about = en.get_long_about().map(|_| words.t(&long_about));
    let help_flag = {
        let arg = Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help_heading(words.options)
            .display_order(LAST);
        if long {
            arg.help(words.t("cli-help-flag-help-more"))
                .long_help(words.t("cli-help-flag-help-summary"))
        } else {
            arg.help(words.t("cli-help-flag-help"))
        }
    };
    let mut cmd = cmd
        .about(words.t(&about))
        .long_about(resettable(long_about))
        .help_template(words.template.clone())
        .subcommand_help_heading(words.commands)
        .disable_help_flag(true);
    // clap lists the headings in the order of the arguments, and a changed
    // argument goes last: the arguments first, then the options, then the
    // flags clap would add (after the options, as clap puts them).
    let mut own: Vec<(bool, String)> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .map(|a| (!a.is_positional(), a.get_id().to_string()))
        .collect();
    own.sort_by_key(|(option, _)| *option);
    let own: Vec<String> = own.into_iter().map(|(_, id)| id).collect();
    for id in own {
        let Some(en_arg) = en.get_arguments().find(|a| a.get_id() == id.as_str()) else {
            continue;
        };
        let dashed = id.replace('_', "-");
        let text_id = match name {
            None => format!("cli-help-arg-{dashed}"),
            Some(n) => format!("cli-help-opt-{n}-{dashed}"),
        };
        let (help, long_help) = arg_help(en_arg, name, &dashed, &words.t(&text_id), long, words);
        let heading = if en_arg.is_positional() {
            words.arguments
        } else {
            words.options
        };
        let takes_values = en_arg.get_action().takes_values();
        cmd = cmd.mut_arg(&id, |a| {
            // clap's notes are written into the help above, in the language.
            let a = a
                .help(help)
                .long_help(resettable(long_help))
                .hide_env(true)
                .help_heading(heading);
            if takes_values {
                a.hide_default_value(true).hide_possible_values(true)
            } else {
                a
            }
        });
    }
    cmd = cmd.arg(help_flag);
    if name.is_none() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words.t("cli-help-flag-version"))
                .help_heading(words.options)
                .display_order(LAST),
        );
    }
    cmd
}

/// The display order of `-h` and `-V`: after every option, where clap puts
/// its own.
const LAST: usize = 10_000;

/// The help (`-h`) and long help (`--help`, when the command has a long
/// form) of option `en` (English, built) of command `name`, its text being
/// `text`, with clap's notes in the language and where clap puts them:
/// `[env: …]`, `[default: …]` and `[possible values: …]` after the text, or
/// in the long help in a paragraph of their own, the values with their own
/// help in a list before it.
fn arg_help(
    en: &Arg,
    name: Option<&str>,
    dashed: &str,
    text: &str,
    long: bool,
    words: &Words,
) -> (String, Option<String>) {
    let mut notes = Vec::new();
    if let Some(env) = en.get_env().filter(|_| !en.is_hide_env_set()) {
        let env = env.to_string_lossy();
        notes.push(words.t_with("cli-clap-env", &[("name", env.as_ref().into())]));
    }
    let defaults = en.get_default_values();
    if en.get_action().takes_values() && !en.is_hide_default_value_set() && !defaults.is_empty() {
        let value: Vec<String> = defaults
            .iter()
            .map(|d| d.to_string_lossy().into_owned())
            .collect();
        notes.push(words.t_with("cli-clap-default", &[("value", value.join(" ").into())]));
    }
    let values: Vec<_> = if en.is_hide_possible_values_set() {
        Vec::new()
    } else {
        en.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    let inline_values = || {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        words.t_with(
            "cli-clap-possible-values",
            &[("values", names.join(", ").into())],
        )
    };
    let listed = long && values.iter().any(|v| v.get_help().is_some());
    let mut short_notes = notes.clone();
    if !values.is_empty() {
        short_notes.push(inline_values());
    }
    let help = std::iter::once(text.to_owned())
        .chain(short_notes)
        .collect::<Vec<_>>()
        .join(" ");
    if !long {
        return (help, None);
    }
    let mut long_help = text.to_owned();
    if listed {
        let width = values
            .iter()
            .map(|v| v.get_name().width())
            .max()
            .unwrap_or(0);
        long_help.push_str("\n\n");
        long_help.push_str(&words.t("cli-clap-possible-values-heading"));
        for v in &values {
            let value = v.get_name();
            let help = match name {
                Some(n) => words.t(&format!("cli-help-value-{n}-{dashed}-{value}")),
                None => words.t(&format!("cli-help-value-{dashed}-{value}")),
            };
            let padded = format!("{}{help}", " ".repeat(width - value.width()));
            long_help.push_str("\n- ");
            long_help.push_str(&words.t_with(
                "cli-clap-value-item",
                &[("value", value.into()), ("help", padded.into())],
            ));
        }
    } else if !values.is_empty() {
        notes.push(inline_values());
    }
    if !notes.is_empty() {
        long_help.push_str("\n\n");
        long_help.push_str(&notes.join(" "));
    }
    (help, Some(long_help))
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
        // English help comes from the derive's doc comments; the `cli-help-*`
        // messages of en.ftl are its copy for translators, kept the same here:
        // descriptions, long descriptions, options and their values' help.
        use clap::CommandFactory;
        let mut cmd = super::super::Cli::command();
        cmd.build();
        let en = |id: &str| tr(Language::En, id, &[]);
        let text = |s: Option<&clap::builder::StyledStr>| s.map(ToString::to_string);
        assert_eq!(text(cmd.get_about()), Some(en("cli-help-about")));
        assert_eq!(text(cmd.get_long_about()), Some(en("cli-help-long-about")));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = sub.get_name();
            assert_eq!(
                text(sub.get_about()),
                Some(en(&format!("cli-help-cmd-{name}"))),
                "{name}"
            );
            if let Some(long) = text(sub.get_long_about()) {
                assert_eq!(long, en(&format!("cli-help-long-{name}")), "{name}");
            }
            for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
                if arg.get_id() == "help" {
                    continue;
                }
                let dashed = arg.get_id().as_str().replace('_', "-");
                let id = format!("cli-help-opt-{name}-{dashed}");
                assert_eq!(text(arg.get_help()), Some(en(&id)), "{id}");
                for value in arg.get_possible_values() {
                    if let Some(help) = value.get_help() {
                        let id = format!("cli-help-value-{name}-{dashed}-{}", value.get_name());
                        assert_eq!(help.to_string(), en(&id), "{id}");
                    }
                }
            }
        }
        for id in GLOBAL_OPTIONS {
            let arg = cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
            assert_eq!(
                text(arg.get_help()),
                Some(en(&format!("cli-help-arg-{id}"))),
                "{id}"
            );
        }
        // The flags clap adds, as clap words them.
        let check = cmd.find_subcommand("check").unwrap();
        let help = check
            .get_arguments()
            .find(|a| a.get_id() == "help")
            .unwrap();
        assert_eq!(text(help.get_help()), Some(en("cli-help-flag-help-more")));
        assert_eq!(
            text(help.get_long_help()),
            Some(en("cli-help-flag-help-summary"))
        );
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
