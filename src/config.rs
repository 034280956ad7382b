//! The learner's configuration file: theme, measure and key bindings.
//!
//! The file is YAML, `config.yaml` in the platform config folder (see
//! [`default_config_path`]), or the file given with `--config` or
//! [`CONFIG_ENV`]. Every setting is optional; a missing default file means the
//! defaults. Command-line flags and their environment variables win over the file.
//!
//! ```yaml
//! theme: light
//! measure: 72
//! keys:
//!   quit: [q, ctrl-q]
//!   next-item: [n, ")"]
//! ```
//!
//! Parsing goes through the crate's one YAML entry point
//! ([`crate::course::yaml`]), so errors carry a line and column.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::app::keys::{self, Bindings, KeySpec};
use crate::app::layout::DEFAULT_MEASURE;
use crate::course::shape::found as shown;
use crate::course::yaml::{self, Block, Locator, Node, NodeValue, Resolved};
use crate::i18n::{Message, Value};
use crate::theme::ThemeName;

/// Environment variable naming the config file (as `--config` does).
pub const CONFIG_ENV: &str = "AMPHI_CONFIG";

/// The largest config file amphi reads, in bytes (1 MiB).
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Narrowest accepted measure, in columns.
pub const MIN_MEASURE: u16 = 20;
/// Widest accepted measure, in columns.
pub const MAX_MEASURE: u16 = 1000;

/// The default config file: `config.yaml` in the platform config folder
/// (`~/.config/amphi/` on Linux), or `None` when no home folder is known.
pub fn default_config_path() -> Option<PathBuf> {
    crate::folders::project_dirs().map(|d| d.config_dir().join("config.yaml"))
}

/// The settings read from a config file, defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The colour theme (before `NO_COLOR`, which still wins).
    pub theme: ThemeName,
    /// Widest text column, in columns ([`MIN_MEASURE`]..=[`MAX_MEASURE`]).
    pub measure: u16,
    /// Key bindings.
    pub keys: Bindings,
    /// Whether links are clickable (OSC 8), see [`crate::hyperlink`].
    pub hyperlinks: crate::hyperlink::HyperlinkMode,
    /// Whether course images are drawn (see [`crate::app::images`]).
    pub images: crate::app::images::ImageSetting,
    /// How drawn images are drawn: the terminal's graphics protocol or
    /// half-blocks (`AMPHI_IMAGE_PROTOCOL` wins over it; see
    /// `tui::graphics_protocol`).
    pub image_protocol: crate::app::images::ProtocolSetting,
    /// The language of amphi's own words (`en`, `fr`); `None` leaves it to the
    /// course and the locale (see [`crate::i18n::choose`]). `--lang` wins.
    pub language: Option<crate::i18n::Language>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: ThemeName::Dark,
            measure: DEFAULT_MEASURE,
            keys: Bindings::default(),
            hyperlinks: crate::hyperlink::HyperlinkMode::Auto,
            images: crate::app::images::ImageSetting::Auto,
            image_protocol: crate::app::images::ProtocolSetting::Auto,
            language: None,
        }
    }
}

/// A bad config file: where, and what is wrong (naming the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file, as given.
    pub file: String,
    /// Line and column, both from 1, when known.
    pub at: Option<(usize, usize)>,
    /// What is wrong, starting with the key, such as ``keys.quit[1]: unknown key `Foo` ``.
    pub message: crate::i18n::Message,
}

impl ConfigError {
    /// `file:line:column: message` with the message in `lang`'s words, sanitised.
    pub fn render(&self, lang: crate::i18n::Language) -> String {
        let file = crate::text::sanitize_inline(&self.file);
        let words = self.message.render(lang);
        let message = crate::text::sanitize_inline(&words);
        match self.at {
            Some((l, c)) => format!("{file}:{l}:{c}: {message}"),
            None => format!("{file}: {message}"),
        }
    }
}

/// In English (see [`ConfigError::render`]), sanitised
/// ([`crate::text::sanitize_inline`]): the file's name and the values the
/// message quotes (an unknown theme) are the learner's, not amphi's.
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(crate::i18n::Language::En))
    }
}

impl std::error::Error for ConfigError {}

/// The names of the actions a config file can bind, in the order
/// `amphi config --print-default` lists them (the key table's, see
/// [`crate::app::keys`]).
pub fn action_names() -> impl Iterator<Item = &'static str> {
    keys::names()
}

/// The file as written: every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    theme: Option<String>,
    measure: Option<i64>,
    #[serde(default)]
    keys: Option<BTreeMap<String, OneOrMany>>,
    hyperlinks: Option<String>,
    images: Option<String>,
    image_protocol: Option<String>,
    language: Option<String>,
}

/// A key list, or one key on its own.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// The settings a config file may hold, in the order of [`default_text`].
const SETTINGS: [&str; 7] = [
    "theme",
    "language",
    "hyperlinks",
    "images",
    "image_protocol",
    "measure",
    "keys",
];

/// The values each setting given by name takes, for messages.
const THEMES: [&str; 3] = ["dark", "light", "high-contrast"];
const MODES: [&str; 3] = ["auto", "always", "never"];
const PROTOCOLS: [&str; 5] = ["auto", "kitty", "iterm2", "sixel", "halfblocks"];

/// `setting: message`: what is wrong with the setting `setting` (`theme`,
/// `keys.quit[1]`).
fn in_setting(setting: &str, message: impl Into<Value>) -> Message {
    Message::new("config-in-setting")
        .arg("setting", setting)
        .arg("message", message)
}

/// "unknown value `x`: expected a, b or c" for the setting `setting`.
fn unknown_value(setting: &str, value: &str, values: &[&str]) -> Message {
    let id = if setting == "theme" {
        "config-unknown-theme"
    } else {
        "config-unknown-value"
    };
    in_setting(
        setting,
        Message::new(id)
            .arg("value", crate::text::sanitize(value))
            .arg("values", Value::or(values.iter().copied())),
    )
}

/// The text of a scalar node.
fn text_of(node: &Node) -> Option<&str> {
    match &node.value {
        NodeValue::Scalar(s) => Some(&s.text),
        _ => None,
    }
}

/// The shape of a config file, checked on its nodes before serde reads it, so
/// that every mistake is told in amphi's words at the place of the value: an
/// unknown setting (with the closest name), a theme or link mode that is not
/// text, a measure that is not a whole number, key bindings that are not a map
/// of key names or lists of key names.
fn check_shape(root: &[(Node, Node)]) -> Result<(), (Option<(usize, usize)>, Message)> {
    for (key, value) in root {
        let Some(name) = text_of(key) else {
            return Err((
                Some(key.at),
                Message::new("config-setting-not-name").arg("found", shown(key)),
            ));
        };
        let wrong = |expected: Value| {
            let message = Message::new("config-expected")
                .arg("expected", expected)
                .arg("found", shown(value));
            Err((Some(value.at), in_setting(name, message)))
        };
        match name {
            "theme" | "hyperlinks" | "images" | "image_protocol" | "language" => {
                if !matches!(&value.value, NodeValue::Scalar(s) if s.resolved == Resolved::Text) {
                    let codes: Vec<&str> = crate::i18n::Language::ALL
                        .iter()
                        .map(|l| l.code())
                        .collect();
                    return wrong(Value::or(
                        match name {
                            "theme" => &THEMES[..],
                            "language" => &codes[..],
                            "image_protocol" => &PROTOCOLS[..],
                            _ => &MODES[..],
                        }
                        .iter()
                        .copied(),
                    ));
                }
            }
            "measure" => {
                if !matches!(&value.value, NodeValue::Scalar(s) if matches!(s.resolved, Resolved::Int(_)))
                {
                    let expected = Message::new("config-expected-measure")
                        .arg("min", MIN_MEASURE)
                        .arg("max", MAX_MEASURE);
                    return wrong(expected.into());
                }
            }
            "keys" => {
                let NodeValue::Map(actions) = &value.value else {
                    return wrong(Message::new("config-expected-keys").into());
                };
                for (action, keys) in actions {
                    let action = text_of(action).unwrap_or("?");
                    let is_name = |k: &Node| matches!(&k.value, NodeValue::Scalar(s) if s.resolved == Resolved::Text);
                    let wrong = match &keys.value {
                        NodeValue::List(items) => items.iter().find(|k| !is_name(k)),
                        _ => Some(keys).filter(|k| !is_name(k)),
                    };
                    if let Some(wrong) = wrong {
                        let setting = format!("keys.{}", crate::text::sanitize(action));
                        let message =
                            Message::new("config-expected-key-names").arg("found", shown(wrong));
                        return Err((Some(wrong.at), in_setting(&setting, message)));
                    }
                }
            }
            other => {
                let other = crate::text::sanitize(other);
                let near = SETTINGS
                    .iter()
                    .map(|s| (strsim::jaro_winkler(&other, s), *s))
                    .filter(|(score, _)| *score >= 0.8)
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                let message = match near {
                    Some((_, s)) => Message::new("config-unknown-setting-near").arg("near", s),
                    None => {
                        Message::new("config-unknown-setting").arg("settings", SETTINGS.join(", "))
                    }
                };
                let message = message.arg("name", other);
                return Err((Some(key.at), message));
            }
        }
    }
    Ok(())
}

/// Parses a config file's text (`file` names it in errors).
///
/// # Errors
/// A [`ConfigError`] naming the setting at fault (`theme`, `measure`,
/// `keys.<action>`, `keys.<action>[n]`) with the line and column of the value
/// (of the key for an unknown setting or action): unknown settings, a value of
/// the wrong type, an unknown theme, a measure out of range, an unknown action
/// name, an unknown key name or an empty key list.
pub fn parse(file: &str, text: &str) -> Result<Config, ConfigError> {
    let said = |at: Option<(usize, usize)>, message: crate::i18n::Message| ConfigError {
        file: file.to_string(),
        at,
        message,
    };
    let err = said;
    let blank = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---"
    });
    if !blank {
        // Syntax errors first, before the shape of what was written is looked at.
        yaml::parse::<serde::de::IgnoredAny>(file, text)
            .map_err(|p| said(p.line.zip(p.column), p.message))?;
    }
    let tree = if blank { None } else { yaml::tree(text) };
    let root: &[(Node, Node)] = match tree.as_ref().map(|n| &n.value) {
        Some(NodeValue::Map(entries)) => entries,
        _ => &[],
    };
    check_shape(root).map_err(|(at, message)| said(at, message))?;
    let raw: RawConfig = if blank {
        RawConfig::default()
    } else {
        yaml::parse(file, text).map_err(|p| said(p.line.zip(p.column), p.message))?
    };
    let value = |name: &str| {
        root.iter()
            .find(|(k, _)| text_of(k) == Some(name))
            .map(|(_, v)| v)
    };
    let value_at = |name: &str| value(name).map(|v| v.at);
    let locator = Locator::new(text);
    let root_block = locator.root();
    let mut config = Config::default();
    // A value the setting does not take is told in amphi's words (the parsers'
    // own errors say the same in English).
    if let Some(theme) = raw.theme {
        config.theme = theme
            .parse()
            .map_err(|_| err(value_at("theme"), unknown_value("theme", &theme, &THEMES)))?;
    }
    if let Some(m) = raw.measure {
        if !(i64::from(MIN_MEASURE)..=i64::from(MAX_MEASURE)).contains(&m) {
            let message = Message::new("config-measure-range")
                .arg("value", m)
                .arg("min", MIN_MEASURE)
                .arg("max", MAX_MEASURE);
            return Err(err(value_at("measure"), in_setting("measure", message)));
        }
        config.measure = m as u16;
    }
    if let Some(h) = raw.hyperlinks {
        config.hyperlinks = h.parse().map_err(|_| {
            err(
                value_at("hyperlinks"),
                unknown_value("hyperlinks", &h, &MODES),
            )
        })?;
    }
    if let Some(i) = raw.images {
        config.images = i
            .parse()
            .map_err(|_| err(value_at("images"), unknown_value("images", &i, &MODES)))?;
    }
    if let Some(p) = raw.image_protocol {
        config.image_protocol = p.parse().map_err(|_| {
            err(
                value_at("image_protocol"),
                unknown_value("image_protocol", &p, &PROTOCOLS),
            )
        })?;
    }
    if let Some(l) = raw.language {
        config.language = Some(l.parse().map_err(|_| {
            let codes: Vec<&str> = crate::i18n::Language::ALL
                .iter()
                .map(|l| l.code())
                .collect();
            let message = Message::new("config-unknown-language")
                .arg("value", crate::text::sanitize_line(&l))
                .arg("codes", codes.join(", "));
            err(value_at("language"), in_setting("language", message))
        })?);
    }
    // Each action's keys as written: the node of the list (or of the one key),
    // and the node of each key.
    let key_nodes = |action: &str| -> Option<(&Node, Vec<&Node>)> {
        let NodeValue::Map(actions) = &value("keys")?.value else {
            return None;
        };
        let (_, keys) = actions.iter().find(|(a, _)| text_of(a) == Some(action))?;
        let each = match &keys.value {
            NodeValue::List(items) => items.iter().collect(),
            _ => vec![keys],
        };
        Some((keys, each))
    };
    let keys_at = locator.key(root_block, "keys");
    let keys_block = Block {
        start: keys_at.map_or(1, |(l, _)| l + 1),
        end: root_block.end,
        indent: None,
    };
    for (name, list) in raw.keys.unwrap_or_default() {
        let at = locator.key(keys_block, &name).or(keys_at);
        let setting = format!("keys.{}", crate::text::sanitize(&name));
        if !keys::names().any(|n| n == name) {
            let names: Vec<&str> = action_names().collect();
            let message = Message::new("config-unknown-action").arg("actions", names.join(", "));
            return Err(err(at, in_setting(&setting, message)));
        }
        let list = match list {
            OneOrMany::One(k) => vec![k],
            OneOrMany::Many(ks) => ks,
        };
        let written = key_nodes(&name);
        if list.is_empty() {
            return Err(err(
                written.as_ref().map(|(list, _)| list.at).or(at),
                in_setting(&setting, Message::new("config-no-keys")),
            ));
        }
        let mut specs = Vec::with_capacity(list.len());
        for (n, k) in list.iter().enumerate() {
            let key_at = written
                .as_ref()
                .and_then(|(_, each)| each.get(n))
                .map(|k| k.at);
            // The key table's own words, whatever it gives (text or a message).
            let spec = KeySpec::parse(k).map_err(|e| {
                err(
                    key_at.or(at),
                    in_setting(&format!("{setting}[{n}]"), e.said()),
                )
            })?;
            specs.push(spec);
        }
        config
            .keys
            .bind(&name, specs)
            .expect("the name is one of the actions");
    }
    // A key newly given to an action while another action still has it would be
    // silently ignored where both apply: say so, at the last action written that
    // takes a key another one has.
    let written: Vec<&str> = match value("keys").map(|v| &v.value) {
        Some(NodeValue::Map(actions)) => actions.iter().filter_map(|(a, _)| text_of(a)).collect(),
        _ => Vec::new(),
    };
    for name in written.iter().rev() {
        if let Some((key, other)) = config.keys.clash(name) {
            let message = Message::new("config-key-clash")
                .arg("key", key.to_string())
                .arg("other", other);
            return Err(err(
                locator.key(keys_block, name).or(keys_at),
                in_setting(&format!("keys.{name}"), message),
            ));
        }
    }
    Ok(config)
}

/// Reads the config file: the one given (`--config` or [`CONFIG_ENV`]), which
/// must exist, or else the default one if it exists, or else the defaults.
///
/// # Errors
/// A [`ConfigError`] for a file that cannot be read (also one that is not a
/// regular file, or is larger than [`MAX_CONFIG_BYTES`]) or does not parse.
pub fn load(given: Option<&Path>) -> Result<Config, ConfigError> {
    let (path, must_exist) = match given {
        Some(p) => (p.to_path_buf(), true),
        None => match default_config_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    let name = path.display().to_string();
    // A config file is a few kilobytes; a FIFO or device is never opened.
    let bytes = match crate::folders::read_regular(&path, MAX_CONFIG_BYTES) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
            return Ok(Config::default());
        }
        Err(e) => {
            return Err(ConfigError {
                file: name,
                at: None,
                message: Message::new("config-cannot-read")
                    .arg("error", Message::verbatim(e.to_string())),
            });
        }
    };
    let text = yaml::decode(&name, &bytes).map_err(|p| ConfigError {
        file: name.clone(),
        at: None,
        message: p.message,
    })?;
    parse(&name, text)
}

/// A commented config file holding every default: what `amphi config
/// --print-default` prints. It parses back to [`Config::default`]. Its
/// comments are English; see [`default_text_in`] for another language.
pub fn default_text() -> String {
    default_text_in(crate::i18n::Language::En)
}

/// [`default_text`] with its comments in `lang` (the catalogue's
/// `config-template-*`); the settings, values and key names stay as the file
/// writes them, so every language's text parses to the same defaults.
pub fn default_text_in(lang: crate::i18n::Language) -> String {
    use crate::i18n::tr;
    // `# ` before each line of a catalogue message.
    let comment = |id: &str, args: &[(&str, crate::i18n::Arg<'_>)]| {
        let mut text = String::new();
        for line in tr(lang, id, args).lines() {
            let _ = writeln!(text, "# {}", line.trim_end());
        }
        text
    };
    let mut out = comment("config-template-head", &[]);
    for (id, setting) in [
        ("config-template-theme", "theme: dark"),
        ("config-template-language", "# language: en"),
        ("config-template-hyperlinks", "hyperlinks: auto"),
        ("config-template-images", "images: auto"),
        ("config-template-image-protocol", "image_protocol: auto"),
    ] {
        let _ = write!(out, "\n{}{setting}\n", comment(id, &[]));
    }
    let range = [("min", MIN_MEASURE.into()), ("max", MAX_MEASURE.into())];
    let _ = write!(
        out,
        "\n{}measure: {DEFAULT_MEASURE}\n\n{}keys:\n",
        comment("config-template-measure", &range),
        comment("config-template-keys", &[]),
    );
    let width = keys::names().map(str::len).max().unwrap_or(0);
    for bind in keys::bindable(lang) {
        let keys: Vec<String> = bind.keys.iter().map(|k| yaml_scalar(k)).collect();
        let entry = format!("{}: [{}]", bind.name, keys.join(", "));
        let _ = writeln!(out, "  {entry:<w$}  # {}", bind.about, w = width + 2 + 16);
    }
    out
}

/// A key name as a YAML flow scalar: quoted unless plainly alphanumeric.
fn yaml_scalar(k: &str) -> String {
    if k.chars().all(|c| c.is_ascii_alphanumeric()) {
        k.to_string()
    } else {
        format!("\"{k}\"")
    }
}
