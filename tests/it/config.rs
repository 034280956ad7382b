//! The config file: the printed default parses back to the defaults, each kind
//! of mistake is reported naming its key and line, bindings change the keys, and
//! the binary refuses a bad config (exit 2) before it needs a terminal.

use amphi::app::KeySpec;
use amphi::app::{Action, Mode, action_for_key};
use amphi::config::{self, Config};
use amphi::theme::ThemeName;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn the_printed_default_parses_back_to_the_defaults() {
    let text = config::default_text();
    assert!(text.starts_with("# amphi configuration"), "{text}");
    assert!(text.contains("\ntheme: dark\n") && text.contains("\nmeasure: 88\n"));
    assert!(text.contains("\nimages: auto\n"), "{text}");
    assert!(text.contains("\nimage_protocol: auto\n"), "{text}");
    for name in config::action_names() {
        assert!(
            text.contains(&format!("\n  {name}: [")),
            "{name} listed:\n{text}"
        );
    }
    assert_eq!(config::parse("default", &text).unwrap(), Config::default());
}

#[test]
fn an_empty_or_comment_only_file_means_the_defaults() {
    assert_eq!(config::parse("c", "").unwrap(), Config::default());
    assert_eq!(
        config::parse("c", "# nothing\n").unwrap(),
        Config::default()
    );
}

#[test]
fn settings_are_read() {
    let c = config::parse("c", "theme: high-contrast\nmeasure: 60\nkeys:\n  quit: x\n").unwrap();
    assert_eq!(c.theme, ThemeName::HighContrast);
    assert_eq!(c.measure, 60);
    assert_eq!(c.images, amphi::app::images::ImageSetting::Auto);
    let never = config::parse("c", "images: never\n").unwrap();
    assert_eq!(never.images, amphi::app::images::ImageSetting::Never);
    use amphi::app::images::{Protocol, ProtocolSetting};
    assert_eq!(c.image_protocol, ProtocolSetting::Auto);
    for (text, want) in [
        ("kitty", ProtocolSetting::Force(Protocol::Kitty)),
        ("iterm2", ProtocolSetting::Force(Protocol::Iterm2)),
        ("sixel", ProtocolSetting::Force(Protocol::Sixel)),
        ("halfblocks", ProtocolSetting::HalfBlocks),
        ("auto", ProtocolSetting::Auto),
    ] {
        let c = config::parse("c", &format!("image_protocol: {text}\n")).unwrap();
        assert_eq!(c.image_protocol, want, "{text}");
    }
    let quit = c.keys.keys_of("quit").unwrap();
    assert_eq!(quit, vec![KeySpec::parse("x").unwrap()]);
}

#[test]
fn the_language_setting_names_a_language_amphi_speaks() {
    use amphi::i18n::Language;
    assert_eq!(Config::default().language, None);
    let fr = config::parse("c", "language: fr\n").unwrap();
    assert_eq!(fr.language, Some(Language::Fr));
    let en = config::parse("c", "language: EN\n").unwrap();
    assert_eq!(en.language, Some(Language::En));
    let bad = config::parse("c.yaml", "language: de\n").unwrap_err();
    assert_eq!(
        bad.to_string(),
        "c.yaml:1:11: language: unknown language `de`; amphi speaks en, fr"
    );
    let number = config::parse("c.yaml", "language: 3\n").unwrap_err();
    assert!(
        number
            .to_string()
            .starts_with("c.yaml:1:11: language: expected en or fr, not"),
        "{number}"
    );
}

/// Each mistake: (file text, expected `file:line:column: message` start).
#[test]
fn mistakes_name_the_key_and_its_line() {
    let cases = [
        ("theme: blue\n", "c.yaml:1:8: theme: unknown theme `blue`"),
        (
            "hyperlinks: often\n",
            "c.yaml:1:13: hyperlinks: unknown value `often`",
        ),
        (
            "images: sometimes\n",
            "c.yaml:1:9: images: unknown value `sometimes`: expected auto, always or never",
        ),
        (
            "images: [auto]\n",
            "c.yaml:1:9: images: expected auto, always or never, not a list",
        ),
        (
            "image_protocol: x11\n",
            "c.yaml:1:17: image_protocol: unknown value `x11`: expected auto, kitty, iterm2, sixel or halfblocks",
        ),
        (
            "image_protocol: 3\n",
            "c.yaml:1:17: image_protocol: expected auto, kitty, iterm2, sixel or halfblocks, not",
        ),
        ("measure: 5\n", "c.yaml:1:10: measure: 5 is out of range"),
        (
            "measure: wide\n",
            "c.yaml:1:10: measure: expected a whole number of columns, 20 to 1000, not the text `wide`",
        ),
        (
            "measure: 72.5\n",
            "c.yaml:1:10: measure: expected a whole number",
        ),
        (
            "theme: [dark]\n",
            "c.yaml:1:8: theme: expected dark, light or high-contrast, not a list",
        ),
        (
            "colour: red\n",
            "c.yaml:1:1: unknown setting `colour`; the settings are",
        ),
        (
            "themes: dark\n",
            "c.yaml:1:1: unknown setting `themes`; did you mean `theme`?",
        ),
        (
            "keys: q\n",
            "c.yaml:1:7: keys: expected a map of actions to keys",
        ),
        (
            "keys:\n  quit: [q, 1]\n",
            "c.yaml:2:13: keys.quit: expected a key name",
        ),
        (
            "measure: 70\nkeys:\n  quit: [q]\n  qiut: [x]\n",
            "c.yaml:4:3: keys.qiut: unknown action",
        ),
        (
            "keys:\n  quit: [q, Foo]\n",
            "c.yaml:2:13: keys.quit[1]: unknown key `Foo`",
        ),
        ("keys:\n  help: []\n", "c.yaml:2:9: keys.help: no keys"),
        (
            "keys:\n  next-item: [q]\n",
            "c.yaml:2:3: keys.next-item: `q` is also the key of quit; give quit other keys too",
        ),
        (
            "keys:\n  help: [x]\n  quit: [x, q]\n",
            "c.yaml:3:3: keys.quit: `x` is also the key of help",
        ),
        ("keys: [a\n", "c.yaml:"),
    ];
    for (text, expected) in cases {
        let e = config::parse("c.yaml", text).unwrap_err().to_string();
        assert!(
            e.starts_with(expected),
            "{text:?} gave {e:?}, not {expected:?}"
        );
        // amphi's own words, not serde's.
        for serde in [
            "invalid type",
            "i64",
            "expected one of",
            "untagged",
            "variant",
        ] {
            assert!(!e.contains(serde), "{text:?} gave {e:?}");
        }
    }
}

#[test]
fn keys_moved_between_actions_or_shared_by_design_are_fine() {
    // quit moves to x and next-item takes q: no key left with two meanings.
    assert!(config::parse("c.yaml", "keys:\n  quit: [x]\n  next-item: [q]\n").is_ok());
    // next-item and next-match share `n` by default (one applies after a search).
    assert!(config::parse("c.yaml", "keys:\n  next-item: [n, ctrl-n]\n").is_ok());
}

#[test]
fn a_rebound_action_answers_to_its_new_keys_only() {
    let mut app = crate::common::app(120, 40);
    let c = config::parse("c", "keys:\n  quit: [x, ctrl-q]\n  next-item: [\")\"]\n").unwrap();
    app.settings.keys = c.keys;
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('x')),
        Some(Action::Quit)
    );
    let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for_key(Mode::Reading, &app, &ctrl_q),
        Some(Action::Quit)
    );
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('q')),
        None,
        "q no longer quits"
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for_key(Mode::Reading, &app, &ctrl_c),
        Some(Action::Quit)
    );
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key(')')),
        Some(Action::NextItem)
    );
    assert_eq!(action_for_key(Mode::Reading, &app, &key('n')), None);
    // Keys not rebound keep their meaning; text entry is never rebound.
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('j')),
        Some(Action::Down)
    );
    assert_eq!(
        action_for_key(Mode::Search, &app, &key('x')),
        Some(Action::Input('x'))
    );
    // The help lists what the config changed.
    let mut help = crate::common::app(120, 40);
    help.settings.keys = app.settings.keys.clone();
    amphi::app::update(&mut help, Action::ToggleHelp);
    let screen = crate::common::render(&help, 120, 40);
    assert!(screen.contains("Changed by your config file:"), "{screen}");
    assert!(screen.contains("quit: x ctrl-q"), "{screen}");
    // The status bar names the new quit key.
    let status = crate::common::render(&app, 120, 40);
    assert!(
        status.lines().last().unwrap().contains(" x quit"),
        "{status}"
    );
}

#[test]
fn a_bound_key_wins_over_a_fixed_quiz_key() {
    let mut app = crate::common::app(120, 40);
    app.settings.keys = config::parse("c", "keys:\n  help: [t]\n").unwrap().keys;
    assert_eq!(
        action_for_key(Mode::Quiz, &app, &key('t')),
        Some(Action::ToggleHelp)
    );
    assert_eq!(
        action_for_key(Mode::Quiz, &app, &key('f')),
        Some(Action::Answer(false))
    );
}

fn amphi(args: &[&str], config: &std::path::Path) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    crate::common::isolated::amphi()
        .args(args)
        .env("AMPHI_CONFIG", config)
        .env("AMPHI_STATE", dir.path().join("state.json"))
        .env_remove("AMPHI_THEME")
        .env_remove("AMPHI_MEASURE")
        .output()
        .expect("run amphi")
}

#[test]
fn the_binary_refuses_a_bad_config_before_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.yaml");
    std::fs::write(&file, "keys:\n  qiut: [x]\n").unwrap();
    // No terminal here: the config error must come first, with exit code 2.
    let out = amphi(&[], &file);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad config file:") && err.contains("config.yaml:2:3: keys.qiut"),
        "{err}"
    );
    let out = amphi(&["config", "--check"], &file);
    assert_eq!(out.status.code(), Some(2), "config --check fails too");
    // A missing file given explicitly is an error too.
    let out = amphi(&[], &dir.path().join("missing.yaml"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the config file"));
}

#[test]
fn config_command_prints_the_default_and_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.yaml");
    let out = amphi(&["config", "--print-default"], &file);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, config::default_text());
    std::fs::write(&file, &text).unwrap();
    let out = amphi(&["config", "--check"], &file);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = amphi(&["config", "--path"], &file);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        file.display().to_string()
    );
}

#[test]
fn flags_win_over_the_config_file() {
    use clap::Parser;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.yaml");
    std::fs::write(&file, "theme: light\nmeasure: 60\n").unwrap();
    let f = file.to_str().unwrap();
    let cli = amphi::cli::Cli::try_parse_from(["amphi", "--config", f]).unwrap();
    let s = amphi::cli::settings(&cli).unwrap();
    assert_eq!((s.theme, s.measure), (ThemeName::Light, 60));
    let cli = amphi::cli::Cli::try_parse_from([
        "amphi",
        "--config",
        f,
        "--theme",
        "high-contrast",
        "--measure",
        "70",
    ])
    .unwrap();
    let s = amphi::cli::settings(&cli).unwrap();
    assert_eq!((s.theme, s.measure), (ThemeName::HighContrast, 70));
}

#[test]
fn the_language_is_chosen_most_specific_first() {
    use amphi::i18n::Language;
    use clap::Parser;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.yaml");
    let f = file.to_str().unwrap();
    let fr_locale = |n: &str| (n == "LANG").then(|| "fr_FR.UTF-8".to_string());
    let no_locale = |_: &str| None;
    let lang = |config: &str,
                flag: &[&str],
                course: Option<&str>,
                env: &dyn Fn(&str) -> Option<String>| {
        std::fs::write(&file, config).unwrap();
        let mut args = vec!["amphi", "--config", f];
        args.extend(flag);
        let cli = amphi::cli::Cli::try_parse_from(args).unwrap();
        let s = amphi::cli::settings(&cli).unwrap();
        amphi::cli::language(&s, course, env)
    };
    // --lang, then the config file, then the course, then the locale.
    assert_eq!(
        lang("language: fr\n", &["--lang", "en"], Some("fr"), &fr_locale),
        Language::En
    );
    assert_eq!(
        lang("language: en\n", &[], Some("fr"), &fr_locale),
        Language::En
    );
    assert_eq!(lang("", &[], Some("fr"), &no_locale), Language::Fr);
    assert_eq!(lang("", &[], Some("en"), &fr_locale), Language::En);
    assert_eq!(lang("", &[], None, &fr_locale), Language::Fr);
    assert_eq!(lang("", &[], None, &no_locale), Language::En);
    // A language amphi does not speak is refused on the command line.
    let err = amphi::cli::Cli::try_parse_from(["amphi", "--lang", "de"]).unwrap_err();
    assert!(err.to_string().contains("amphi speaks en, fr"), "{err}");
}

#[test]
fn the_code_scroll_keys_are_bindable_and_listed() {
    let text = config::default_text();
    assert!(text.contains("\n  code-left: [\"<\"]"), "{text}");
    assert!(text.contains("\n  code-right: [\">\"]"), "{text}");
    let c = config::parse("c", "keys:\n  code-right: [L]\n  code-left: H\n").unwrap();
    assert_eq!(
        c.keys.keys_of("code-right").unwrap(),
        vec![KeySpec::parse("L").unwrap()]
    );
    assert_eq!(
        c.keys.keys_of("code-left").unwrap(),
        vec![KeySpec::parse("H").unwrap()]
    );
    let mut app = crate::common::app(120, 40);
    app.settings.keys = c.keys;
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('L')),
        Some(Action::ScrollCode(true))
    );
    assert_eq!(
        action_for_key(Mode::Reading, &app, &key('H')),
        Some(Action::ScrollCode(false))
    );
    assert_eq!(action_for_key(Mode::Reading, &app, &key('>')), None);
    assert_eq!(action_for_key(Mode::Reading, &app, &key('<')), None);
}

#[cfg(unix)]
#[test]
fn a_config_path_that_is_a_fifo_or_a_device_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("config.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo works");
    for path in [fifo.as_path(), std::path::Path::new("/dev/zero")] {
        // A read of either would never end; the test harness would hang here.
        let out = amphi(&["config", "--check"], path);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
}

/// `amphi --lang fr config --print-default`: the comments in French, the
/// settings, values and key names as the file writes them, so the text parses
/// back to the same defaults as the English one.
#[test]
fn the_default_config_file_speaks_french_and_parses_to_the_same_defaults() {
    use amphi::i18n::Language;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.yaml");
    let out = amphi(&["--lang", "fr", "config", "--print-default"], &file);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, config::default_text_in(Language::Fr));
    assert!(
        text.starts_with("# Configuration d'amphi (YAML)."),
        "{text}"
    );
    assert!(text.contains("# Thème de couleurs\u{a0}: dark"), "{text}");
    assert!(text.contains("  quit: "), "{text}");
    assert!(!text.contains("Colour theme"), "{text}");
    let english = config::parse("c.yaml", &config::default_text()).unwrap();
    assert_eq!(config::parse("c.yaml", &text).unwrap(), english);
    assert_eq!(english, config::Config::default());
}
