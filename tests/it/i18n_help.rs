//! `--help`, clap's errors and the manual page in French, through the real
//! binary and the command line it parses with: every long description and
//! long option help English has, every value's help, clap's own words, the
//! same lines as the English help; English help and errors stay clap's own.

use std::io::Write;
use std::process::{Command, Stdio};

use amphi::i18n::{Language, tr};

use crate::common::isolated::{BIN, amphi_in, isolate};

/// No-break space, before `:` and inside « » in French.
const NBSP: char = '\u{a0}';

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// The command line in `lang`, built, and every command in it (the top
/// level first), but clap's `help`.
fn commands(lang: Language) -> (clap::Command, Vec<String>) {
    let mut cmd = amphi::cli::clap_command_in(lang);
    cmd.build();
    let names = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .filter(|n| n != "help")
        .collect();
    (cmd, names)
}

/// The help of command `name` (`None`: the top level) of `cmd`, long or short.
fn help_of(cmd: &mut clap::Command, name: Option<&str>, long: bool) -> String {
    let c = match name {
        Some(n) => cmd.find_subcommand_mut(n).unwrap(),
        None => cmd,
    };
    let styled = if long {
        c.render_long_help()
    } else {
        c.render_help()
    };
    styled.to_string()
}

/// clap's words in an English help or error, which French must not show.
const CLAP_WORDS: [&str; 13] = [
    "Usage:",
    "Commands:",
    "Arguments:",
    "Options:",
    "Print help",
    "Print version",
    "see more with",
    "Possible values:",
    "[default:",
    "[env:",
    "[possible values:",
    "error:",
    "For more information",
];

#[test]
fn french_help_has_every_long_help_english_has_and_no_english() {
    let (en, names) = commands(Language::En);
    let (mut fr, _) = commands(Language::Fr);
    let mut everything: Vec<Option<&str>> = vec![None];
    everything.extend(names.iter().map(|n| Some(n.as_str())));
    for name in everything {
        let en_cmd = name.map_or(&en, |n| en.find_subcommand(n).unwrap());
        let fr_cmd = name.map_or(&fr, |n| fr.find_subcommand(n).unwrap());
        let label = name.unwrap_or("amphi");
        // A long description in English has its own in French.
        if let Some(long) = en_cmd.get_long_about() {
            let french = fr_cmd
                .get_long_about()
                .unwrap_or_else(|| panic!("{label}: no French long description"));
            assert_ne!(french.to_string(), long.to_string(), "{label}");
            assert_eq!(
                french.to_string().matches("\n\n").count(),
                long.to_string().matches("\n\n").count(),
                "{label}: the same paragraphs"
            );
        }
        // So does every option's long help (clap's `-h` included).
        for arg in en_cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg.get_id();
            let french = fr_cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
            if arg.get_long_help().is_some() {
                assert!(french.get_long_help().is_some(), "{label} {id}");
            }
            assert_ne!(
                french.get_help().map(ToString::to_string),
                arg.get_help().map(ToString::to_string),
                "{label} {id}: a French help"
            );
        }
        // Neither form of the French help shows an English sentence of the
        // English one, nor clap's English words.
        let mut english_texts: Vec<String> = Vec::new();
        english_texts.extend(en_cmd.get_about().map(ToString::to_string));
        english_texts.extend(
            en_cmd
                .get_long_about()
                .map(|l| {
                    l.to_string()
                        .split("\n\n")
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default(),
        );
        for arg in en_cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            english_texts.extend(arg.get_help().map(ToString::to_string));
            for value in arg.get_possible_values() {
                english_texts.extend(value.get_help().map(ToString::to_string));
            }
        }
        // Words that read the same in both languages (`\`course.yaml\``) are not English.
        english_texts.retain(|t| t.contains(' ') && t.len() > 12);
        for long in [false, true] {
            let french = help_of(&mut fr, name, long);
            for english in english_texts.iter().map(String::as_str).chain(CLAP_WORDS) {
                assert!(
                    !french.contains(english),
                    "`amphi {label} --help` (long: {long}) shows {english:?}:\n{french}"
                );
            }
            for heading in ["Options", "Arguments", "Commandes", "Utilisation"] {
                let bare = format!("{heading}:");
                assert!(!french.contains(&bare), "{bare} in {french}");
            }
        }
    }
}

#[test]
fn french_help_has_the_english_lines() {
    // The same lines, indented the same: French fills clap's places in its
    // own words, with nothing added or left out.
    let (mut en, names) = commands(Language::En);
    let (mut fr, _) = commands(Language::Fr);
    let mut everything: Vec<Option<&str>> = vec![None];
    everything.extend(names.iter().map(|n| Some(n.as_str())));
    let shape = |text: &str| -> Vec<usize> {
        text.lines()
            .map(|l| {
                let l = l.trim_end();
                if l.is_empty() {
                    usize::MAX
                } else {
                    l.len() - l.trim_start().len()
                }
            })
            .collect()
    };
    for name in everything {
        // `--help` shows the long form only when English has one.
        let en_cmd = name.map_or(&en, |n| en.find_subcommand(n).unwrap());
        let has_long = amphi::cli::help::long_help_exists(en_cmd);
        for long in [false, has_long] {
            let e = help_of(&mut en, name, long);
            let f = help_of(&mut fr, name, long);
            assert_eq!(
                shape(&e),
                shape(&f),
                "`amphi {} --help` (long: {long}):\n{e}\n---\n{f}",
                name.unwrap_or("")
            );
        }
    }
}

#[test]
fn french_help_of_a_command_through_the_binary() {
    let home = tempfile::tempdir().unwrap();
    let out = amphi_in(home.path(), "C.UTF-8", &["--lang", "fr", "check", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(
        help.starts_with("Vérifier un dossier de cours et montrer chaque problème avec sa ligne source.\n\nChaque problème commence par une ligne `fichier:ligne:colonne: message`"),
        "{help}"
    );
    for expected in [
        format!("Utilisation{NBSP}: amphi check [OPTIONS] [DOSSIER]"),
        format!("\nArguments{NBSP}:\n  [DOSSIER]\n"),
        format!("\nOptions{NBSP}:\n      --format <FORMAT>\n          Format du rapport\n"),
        format!("          Valeurs possibles{NBSP}:\n"),
        format!("          - text{NBSP}: Des diagnostics à la manière d'un compilateur"),
        format!("          - json{NBSP}: Un seul document JSON"),
        format!("          [par défaut{NBSP}: text]\n"),
        format!("Afficher l'aide (un résumé avec «{NBSP}-h{NBSP}»)"),
    ] {
        assert!(help.contains(&expected), "{expected:?} in:\n{help}");
    }
    // `-h`: clap's notes on the option's line.
    let short = text(&amphi_in(home.path(), "fr_FR.UTF-8", &["progress", "-h"]).stdout);
    assert!(
        short.contains(&format!(
            "Format du rapport [par défaut{NBSP}: text] [valeurs possibles{NBSP}: text, json, csv]"
        )),
        "{short}"
    );
    assert!(
        short.contains(&format!("[variable d'environnement{NBSP}: AMPHI_STATE]")),
        "{short}"
    );
    assert!(
        short.contains(&format!(
            "Afficher l'aide (plus de détails avec «{NBSP}--help{NBSP}»)"
        )),
        "{short}"
    );
    // On a terminal, the usage heading is styled as clap styles `Usage:`.
    let (mut fr, _) = commands(Language::Fr);
    let (mut en, _) = commands(Language::En);
    let style = |text: String, heading: &str| {
        let at = text.find(heading).unwrap();
        text[..at].rsplit('\n').next().unwrap().to_owned()
    };
    assert_eq!(
        style(fr.render_help().ansi().to_string(), "Utilisation"),
        style(en.render_help().ansi().to_string(), "Usage")
    );
    assert!(!style(en.render_help().ansi().to_string(), "Usage").is_empty());
    // The placeholders of the usage lines, in French words.
    let top = text(&amphi_in(home.path(), "fr_FR.UTF-8", &["-h"]).stdout);
    assert!(
        top.contains(&format!(
            "Utilisation{NBSP}: amphi [OPTIONS] [COURS] [COMMANDE]\n"
        )),
        "{top}"
    );
    assert!(top.contains("--state <FICHIER>"), "{top}");
    // The shells have no help of their own: listed on the line.
    let shells = text(&amphi_in(home.path(), "fr_FR.UTF-8", &["completions", "--help"]).stdout);
    assert!(
        shells.contains(&format!(
            "Le shell [valeurs possibles{NBSP}: bash, elvish, fish, powershell, zsh]"
        )),
        "{shells}"
    );
    // The hidden `schema` command's values too.
    let schema = text(&amphi_in(home.path(), "fr_FR.UTF-8", &["schema", "--help"]).stdout);
    assert!(
        schema.contains(&format!("- module{NBSP}:   Un fichier de module")),
        "{schema}"
    );
}

#[test]
fn english_help_and_errors_are_clap_s_own() {
    let home = tempfile::tempdir().unwrap();
    // Help: as clap renders the English command line.
    let (mut en, _) = commands(Language::En);
    for (args, name) in [
        (&["--help"][..], None),
        (&["check", "--help"], Some("check")),
        (&["list", "-h"], Some("list")),
    ] {
        let out = amphi_in(home.path(), "C.UTF-8", args);
        let long = args.contains(&"--help");
        assert_eq!(text(&out.stdout), help_of(&mut en, name, long), "{args:?}");
    }
    // Errors: clap's own message, exit code 2 (without the isolated
    // environment's AMPHI_STATE, which clap's usage would name, as this
    // process does not have it).
    for args in [
        &["list", "--format", "xml"][..],
        &["check", "--format", "xml"],
        &["check", "--x"],
        &["remove"],
        &["--measure", "5"],
        &["config", "--path", "--check"],
    ] {
        let mut cmd = Command::new(BIN);
        isolate(&mut cmd, home.path());
        let out = cmd.env_remove("AMPHI_STATE").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let mut argv = vec!["amphi"];
        argv.extend(args);
        let clap_s = amphi::cli::clap_command()
            .try_get_matches_from(argv)
            .unwrap_err()
            .render()
            .to_string();
        assert_eq!(text(&out.stderr), clap_s, "{args:?}");
        assert!(clap_s.starts_with("error: "), "{clap_s}");
    }
}

#[test]
fn clap_s_errors_speak_french() {
    let home = tempfile::tempdir().unwrap();
    let err = |locale: &str, args: &[&str]| {
        let out = amphi_in(home.path(), locale, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        text(&out.stderr)
    };
    let unexpected = err("C.UTF-8", &["--lang", "fr", "list", "--format", "xml"]);
    assert_eq!(
        unexpected,
        format!(
            "erreur{NBSP}: argument inattendu «{NBSP}--format{NBSP}»\n\nUtilisation{NBSP}: amphi list [OPTIONS]\n\nPour en savoir plus, essayez «{NBSP}--help{NBSP}».\n"
        )
    );
    let invalid = err("fr_FR.UTF-8", &["check", "--format", "xml"]);
    assert!(
        invalid.starts_with(&format!(
            "erreur{NBSP}: valeur incorrecte «{NBSP}xml{NBSP}» pour «{NBSP}--format <FORMAT>{NBSP}»\n  [valeurs possibles{NBSP}: text, json]\n"
        )),
        "{invalid}"
    );
    let tip = err("fr_FR.UTF-8", &["check", "--x"]);
    assert!(
        tip.contains(&format!(
            "\n\n  astuce{NBSP}: pour donner «{NBSP}--x{NBSP}» comme valeur, écrivez «{NBSP}-- --x{NBSP}»\n"
        )),
        "{tip}"
    );
    let missing = err("fr_FR.UTF-8", &["new", "x"]);
    assert!(
        missing.starts_with(&format!(
            "erreur{NBSP}: cet argument obligatoire manque{NBSP}:\n  --title <TITRE>\n\nUtilisation{NBSP}: amphi new --title <TITRE> <DOSSIER>"
        )),
        "{missing}"
    );
    let measure = err("fr_FR.UTF-8", &["--measure", "5"]);
    assert!(
        measure.contains("il faut un nombre de colonnes de 20 à 1000"),
        "{measure}"
    );
    // A `--lang` that does not parse: the locale's language says so.
    let lang = err("fr_FR.UTF-8", &["--lang", "de"]);
    assert!(lang.contains("amphi parle en, fr"), "{lang}");
    let sub = err("fr_FR.UTF-8", &["help", "chek"]);
    assert!(
        sub.starts_with(&format!(
            "erreur{NBSP}: sous-commande inconnue «{NBSP}chek{NBSP}»"
        )),
        "{sub}"
    );
    for e in [unexpected, invalid, tip, missing, measure, lang, sub] {
        for english in CLAP_WORDS {
            assert!(!e.contains(english), "{english} in {e}");
        }
    }
    // A value from the environment is quoted sanitised, as in English.
    let mut cmd = Command::new(BIN);
    isolate(&mut cmd, home.path());
    let out = cmd
        .env("LC_ALL", "fr_FR.UTF-8")
        .env("AMPHI_THEME", "x\u{1b}[2Jy\u{202e}z")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let hostile = text(&out.stderr);
    assert!(hostile.starts_with("erreur"), "{hostile}");
    assert!(!hostile.contains(['\u{1b}', '\u{202e}']), "{hostile:?}");
    // --help and --version still exit 0.
    for args in [&["--help"][..], &["check", "-h"], &["--version"]] {
        let out = amphi_in(home.path(), "fr_FR.UTF-8", args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}

/// The section titles of a roff page.
fn section_titles(page: &str) -> Vec<&str> {
    page.lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .map(|t| t.trim_matches('"'))
        .collect()
}

#[test]
fn the_manual_page_speaks_french() {
    let home = tempfile::tempdir().unwrap();
    let out = amphi_in(home.path(), "C.UTF-8", &["--lang", "fr", "man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(page.starts_with(".TH amphi 1 \"\" \"amphi "), "{page}");
    // roff's definition of the apostrophe, once.
    assert_eq!(page.matches(".ds Aq").count(), 2, "{page}");
    // French no-break spaces as roff's `\~` (troff has no glyph for U+202F).
    assert!(!page.contains(['\u{a0}', '\u{202f}']), "{page}");
    assert!(page.contains("dans le terminal\\~: leçons"), "{page}");
    let titles = section_titles(&page);
    let ids = [
        "cli-man-name",
        "cli-man-synopsis",
        "cli-man-description",
        "cli-man-options",
        "cli-man-commands",
        "cli-man-examples",
        "cli-man-version",
    ];
    let french: Vec<String> = ids.iter().map(|id| tr(Language::Fr, id, &[])).collect();
    assert_eq!(titles, french, "{page}");
    assert_eq!(
        titles,
        [
            "NOM",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDES",
            "EXEMPLES",
            "VERSION"
        ]
    );
    for english in ["NAME", "COMMANDS", "EXTRA", "SUBCOMMANDS", "EXAMPLES"] {
        assert!(!titles.contains(&english), "{english}: {titles:?}");
    }
    for english in [
        "May also be specified",
        "Possible values",
        "[default:",
        "Print help",
        "Usage:",
        "Check a course folder",
        "Examples:",
    ] {
        assert!(!page.contains(english), "{english} in the French page");
    }
    assert!(page.contains("Vérifier un dossier de cours"), "{page}");
    assert!(
        page.contains("[\\fICOURS\\fR] [\\fIcommande\\fR]"),
        "the synopsis: {page}"
    );
    // The English page keeps clap_mangen's titles.
    let en = text(&amphi_in(home.path(), "C.UTF-8", &["man"]).stdout);
    assert_eq!(
        section_titles(&en),
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "EXTRA",
            "VERSION"
        ]
    );
    // `man` renders it, when it is installed (skipped when it is not).
    let Ok(mut man) = Command::new("man")
        .args(["-l", "-"])
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        eprintln!("`man` is not installed: the page is not rendered");
        return;
    };
    man.stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let shown = man.wait_with_output().unwrap();
    assert!(shown.status.success(), "{shown:?}");
    let shown_text = text(&shown.stdout);
    assert!(text(&shown.stderr).is_empty(), "{}", text(&shown.stderr));
    for title in ["NOM", "COMMANDES", "EXEMPLES"] {
        assert!(
            shown_text.lines().any(|l| l == title),
            "{title} in:\n{shown_text}"
        );
    }
    assert!(
        shown_text.contains("Manuel des commandes générales"),
        "{shown_text}"
    );
    assert!(shown_text.contains("Valeurs possibles"), "{shown_text}");
}
