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

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use crate::app::Action;
use crate::course::yaml::{self, Block, Locator, Node, NodeValue, Resolved};
use crate::ui::layout::DEFAULT_MEASURE;
use crate::ui::theme::ThemeName;

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
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: ThemeName::Dark,
            measure: DEFAULT_MEASURE,
            keys: Bindings::default(),
            hyperlinks: crate::hyperlink::HyperlinkMode::Auto,
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
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((l, c)) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

/// A key as bindings name it: a code and whether Ctrl is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    /// The key.
    pub code: KeyCode,
    /// Ctrl held.
    pub ctrl: bool,
}

impl KeySpec {
    /// Parses a key name: one character (`q`, `?`, `G`), a named key (`Space`,
    /// `Tab`, `BackTab`, `Enter`, `Esc`, `Backspace`, `Delete`, `Up`, `Down`,
    /// `Left`, `Right`, `Home`, `End`, `PageUp`, `PageDown`, `F1`..`F12`), either
    /// optionally after `ctrl-`. Names are case-insensitive except single
    /// characters.
    ///
    /// # Errors
    /// A message saying which names are accepted.
    pub fn parse(name: &str) -> Result<KeySpec, String> {
        let (ctrl, rest) = match name.get(..5) {
            Some(p) if p.eq_ignore_ascii_case("ctrl-") && name.len() > 5 => (true, &name[5..]),
            _ => (false, name),
        };
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c != ' ' => {
                KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
            }
            _ => {
                let lower = rest.to_ascii_lowercase();
                NAMED
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(&lower))
                    .map(|&(_, code)| code)
                    .or_else(|| {
                        let n: u8 = lower.strip_prefix('f')?.parse().ok()?;
                        (1..=12).contains(&n).then_some(KeyCode::F(n))
                    })
                    .ok_or_else(|| {
                        format!(
                            "unknown key `{}`: write one character, a name such as Space, Tab, \
                             Enter, Esc, Up, PageDown or F2, optionally after `ctrl-`",
                            crate::text::sanitize(name)
                        )
                    })?
            }
        };
        Ok(KeySpec { code, ctrl })
    }

    /// Whether `key` is this key.
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl != self.ctrl {
            return false;
        }
        match (self.code, key.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) if self.ctrl => a.eq_ignore_ascii_case(&b),
            (a, b) => a == b,
        }
    }
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        match self.code {
            KeyCode::Char(c) if c != ' ' => f.write_char(c),
            KeyCode::F(n) => write!(f, "F{n}"),
            code => {
                let name = NAMED.iter().find(|(_, k)| *k == code).map_or("?", |n| n.0);
                f.write_str(name)
            }
        }
    }
}

const NAMED: &[(&str, KeyCode)] = &[
    ("Space", KeyCode::Char(' ')),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
];

/// One action that can be bound: its name in the config file, the action, its
/// default keys and what it does.
struct Bindable {
    name: &'static str,
    action: Action,
    keys: &'static [&'static str],
    doc: &'static str,
}

/// Every action the config file can bind, with today's keys. Keys of other
/// actions (Enter, Esc, the quiz keys, text entry) are fixed.
const BINDABLE: &[Bindable] = &[
    b(
        "quit",
        Action::Quit,
        &["q"],
        "leave amphi (progress is saved)",
    ),
    b("help", Action::ToggleHelp, &["?"], "show or hide every key"),
    b("about", Action::ToggleAbout, &["i"], "about the course"),
    b("search", Action::OpenSearch, &["/"], "search the course"),
    b(
        "next-match",
        Action::NextMatch,
        &["n"],
        "next search match (after a search)",
    ),
    b(
        "prev-match",
        Action::PrevMatch,
        &["N"],
        "previous search match",
    ),
    b("next-item", Action::NextItem, &["n"], "open the next item"),
    b(
        "prev-item",
        Action::PrevItem,
        &["p"],
        "open the previous item",
    ),
    b(
        "switch-focus",
        Action::SwitchFocus,
        &["Tab", "BackTab"],
        "outline <-> content",
    ),
    b(
        "focus-outline",
        Action::FocusOutline,
        &["h", "Left"],
        "go to the outline",
    ),
    b(
        "focus-mode",
        Action::ToggleFocusMode,
        &["z"],
        "hide or show the outline",
    ),
    b(
        "speaker",
        Action::CycleSpeaker,
        &["s"],
        "interview: one speaker's turns, then all",
    ),
    b(
        "drill",
        Action::ToggleDrill,
        &["d"],
        "interview: start or leave the recall drill",
    ),
    b("up", Action::Up, &["Up", "k"], "up one line or item"),
    b(
        "down",
        Action::Down,
        &["Down", "j"],
        "down one line or item",
    ),
    b("page-up", Action::PageUp, &["PageUp", "b"], "one page up"),
    b(
        "page-down",
        Action::PageDown,
        &["PageDown", "Space"],
        "one page down",
    ),
    b("top", Action::Top, &["Home", "g"], "to the top"),
    b("bottom", Action::Bottom, &["End", "G"], "to the bottom"),
    b(
        "code-left",
        Action::ScrollCode(false),
        &["<"],
        "scroll long code lines back left",
    ),
    b(
        "code-right",
        Action::ScrollCode(true),
        &[">"],
        "scroll long code lines right",
    ),
];

const fn b(
    name: &'static str,
    action: Action,
    keys: &'static [&'static str],
    doc: &'static str,
) -> Bindable {
    Bindable {
        name,
        action,
        keys,
        doc,
    }
}

/// The names of the actions a config file can bind, in the order
/// `amphi config --print-default` lists them.
pub fn action_names() -> impl Iterator<Item = &'static str> {
    BINDABLE.iter().map(|b| b.name)
}

/// Key bindings: the actions whose keys the config file changed, with their new
/// keys (which replace the defaults). Empty means every default key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bindings {
    /// Index into the bindable actions → the keys now bound to it.
    changed: BTreeMap<usize, Vec<KeySpec>>,
}

impl Bindings {
    /// The action for `key`, given `default`, the action the built-in key map
    /// chose for it in the current mode.
    ///
    /// A key the config bound to an action gives that action (the built-in
    /// meaning of a key that also has one in this mode wins only when that meaning
    /// is itself still bound to the key). A bindable action whose keys were
    /// changed no longer answers to its old keys. Other keys keep their meaning.
    pub fn resolve(&self, key: &KeyEvent, default: Option<Action>) -> Option<Action> {
        let bindable = default
            .as_ref()
            .and_then(|a| BINDABLE.iter().position(|b| &b.action == a));
        if let Some(i) = bindable {
            match self.changed.get(&i) {
                None => return default,
                Some(keys) if keys.iter().any(|k| k.matches(key)) => return default,
                Some(_) => {}
            }
        }
        if let Some((&i, _)) = self
            .changed
            .iter()
            .find(|(_, keys)| keys.iter().any(|k| k.matches(key)))
        {
            return Some(BINDABLE[i].action.clone());
        }
        if bindable.is_some() { None } else { default }
    }

    /// The actions whose keys the config file changed, by name (in the order of
    /// [`action_names`]), with their keys.
    pub fn changed(&self) -> impl Iterator<Item = (&'static str, &[KeySpec])> {
        self.changed
            .iter()
            .map(|(&i, keys)| (BINDABLE[i].name, keys.as_slice()))
    }

    /// The keys bound to the action named `name` (see [`action_names`]), or
    /// `None` for an unknown name.
    pub fn keys_of(&self, name: &str) -> Option<Vec<KeySpec>> {
        let i = BINDABLE.iter().position(|b| b.name == name)?;
        Some(
            self.changed
                .get(&i)
                .cloned()
                .unwrap_or_else(|| default_specs(i)),
        )
    }
}

/// The built-in keys of bindable action `i`.
fn default_specs(i: usize) -> Vec<KeySpec> {
    BINDABLE[i]
        .keys
        .iter()
        .map(|k| KeySpec::parse(k).expect("built-in key names parse"))
        .collect()
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
}

/// A key list, or one key on its own.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// The settings a config file may hold, in the order of [`default_text`].
const SETTINGS: [&str; 4] = ["theme", "hyperlinks", "measure", "keys"];

/// What a node is, in words, for messages: `the text `wide``, `a list`.
fn shown(node: &Node) -> String {
    match &node.value {
        NodeValue::Scalar(s) if s.plain && s.text.is_empty() => "nothing".into(),
        NodeValue::Scalar(s) => match s.resolved {
            Resolved::Int(_) | Resolved::Float(_) => format!("the number {}", s.text),
            Resolved::Text => format!("the text `{}`", crate::text::sanitize(&s.text)),
            _ => format!("`{}`", s.text),
        },
        NodeValue::List(_) => "a list".into(),
        NodeValue::Map(_) => "a map".into(),
        NodeValue::Alias => "an alias".into(),
    }
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
fn check_shape(root: &[(Node, Node)]) -> Result<(), (Option<(usize, usize)>, String)> {
    for (key, value) in root {
        let Some(name) = text_of(key) else {
            return Err((
                Some(key.at),
                format!("a setting must be a name, not {}", shown(key)),
            ));
        };
        let wrong = |expected: &str| {
            Err((
                Some(value.at),
                format!("{name}: expected {expected}, not {}", shown(value)),
            ))
        };
        match name {
            "theme" | "hyperlinks" => {
                if !matches!(&value.value, NodeValue::Scalar(s) if s.resolved == Resolved::Text) {
                    return wrong(if name == "theme" {
                        "dark, light or high-contrast"
                    } else {
                        "auto, always or never"
                    });
                }
            }
            "measure" => {
                if !matches!(&value.value, NodeValue::Scalar(s) if matches!(s.resolved, Resolved::Int(_)))
                {
                    return wrong(&format!(
                        "a whole number of columns, {MIN_MEASURE} to {MAX_MEASURE}"
                    ));
                }
            }
            "keys" => {
                let NodeValue::Map(actions) = &value.value else {
                    return wrong("a map of actions to keys, such as `quit: [q, ctrl-q]`");
                };
                for (action, keys) in actions {
                    let action = text_of(action).unwrap_or("?");
                    let is_name = |k: &Node| matches!(&k.value, NodeValue::Scalar(s) if s.resolved == Resolved::Text);
                    let wrong = match &keys.value {
                        NodeValue::List(items) => items.iter().find(|k| !is_name(k)),
                        _ => Some(keys).filter(|k| !is_name(k)),
                    };
                    if let Some(wrong) = wrong {
                        return Err((
                            Some(wrong.at),
                            format!(
                                "keys.{}: expected a key name or a list of key names, not {} \
                                 (put a key that YAML reads as a number or as true or false in \
                                 quotes: \"1\")",
                                crate::text::sanitize(action),
                                shown(wrong)
                            ),
                        ));
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
                    Some((_, s)) => format!("unknown setting `{other}`; did you mean `{s}`?"),
                    None => format!(
                        "unknown setting `{other}`; the settings are {}",
                        SETTINGS.join(", ")
                    ),
                };
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
    let err = |at: Option<(usize, usize)>, message: String| ConfigError {
        file: file.to_string(),
        at,
        message,
    };
    let blank = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---"
    });
    if !blank {
        // Syntax errors first, before the shape of what was written is looked at.
        yaml::parse::<serde::de::IgnoredAny>(file, text)
            .map_err(|p| err(p.line.zip(p.column), p.message))?;
    }
    let tree = if blank { None } else { yaml::tree(text) };
    let root: &[(Node, Node)] = match tree.as_ref().map(|n| &n.value) {
        Some(NodeValue::Map(entries)) => entries,
        _ => &[],
    };
    check_shape(root).map_err(|(at, message)| err(at, message))?;
    let raw: RawConfig = if blank {
        RawConfig::default()
    } else {
        yaml::parse(file, text).map_err(|p| err(p.line.zip(p.column), p.message))?
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
    if let Some(theme) = raw.theme {
        config.theme = theme
            .parse()
            .map_err(|e| err(value_at("theme"), format!("theme: {e}")))?;
    }
    if let Some(m) = raw.measure {
        if !(i64::from(MIN_MEASURE)..=i64::from(MAX_MEASURE)).contains(&m) {
            return Err(err(
                value_at("measure"),
                format!(
                    "measure: {m} is out of range: the text column is {MIN_MEASURE} to {MAX_MEASURE} columns wide"
                ),
            ));
        }
        config.measure = m as u16;
    }
    if let Some(h) = raw.hyperlinks {
        config.hyperlinks = h
            .parse()
            .map_err(|e| err(value_at("hyperlinks"), format!("hyperlinks: {e}")))?;
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
        let Some(i) = BINDABLE.iter().position(|b| b.name == name) else {
            let names: Vec<&str> = action_names().collect();
            return Err(err(
                at,
                format!(
                    "keys.{}: unknown action; the actions are {}",
                    crate::text::sanitize(&name),
                    names.join(", ")
                ),
            ));
        };
        let list = match list {
            OneOrMany::One(k) => vec![k],
            OneOrMany::Many(ks) => ks,
        };
        let written = key_nodes(&name);
        if list.is_empty() {
            return Err(err(
                written.as_ref().map(|(list, _)| list.at).or(at),
                format!(
                    "keys.{name}: no keys: give at least one (or leave the action out for its default keys)"
                ),
            ));
        }
        let mut specs = Vec::with_capacity(list.len());
        for (n, k) in list.iter().enumerate() {
            let key_at = written
                .as_ref()
                .and_then(|(_, each)| each.get(n))
                .map(|k| k.at);
            let spec = KeySpec::parse(k)
                .map_err(|e| err(key_at.or(at), format!("keys.{name}[{n}]: {e}")))?;
            specs.push(spec);
        }
        let defaults = config.keys.keys_of(name.as_str()).unwrap_or_default();
        if specs != defaults {
            config.keys.changed.insert(i, specs);
        }
    }
    // A key newly given to an action while another action still has it would be
    // silently ignored where both apply: say so. (Actions that share a default
    // key, like next-item and next-match on `n`, apply in different situations.)
    for (&i, keys) in &config.keys.changed {
        let own = default_specs(i);
        for key in keys.iter().filter(|k| !own.contains(k)) {
            for (j, other) in BINDABLE.iter().enumerate() {
                let theirs = config
                    .keys
                    .changed
                    .get(&j)
                    .cloned()
                    .unwrap_or_else(|| default_specs(j));
                let designed = default_specs(j).iter().any(|k| own.contains(k));
                if j != i && !designed && theirs.contains(key) {
                    let name = BINDABLE[i].name;
                    return Err(err(
                        locator.key(keys_block, name).or(keys_at),
                        format!(
                            "keys.{name}: `{}` is also the key of {}; give {} other keys too (keys.{}: [...])",
                            key, other.name, other.name, other.name
                        ),
                    ));
                }
            }
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
                message: format!("cannot read the config file: {e}"),
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
/// --print-default` prints. It parses back to [`Config::default`].
pub fn default_text() -> String {
    let mut out = String::from(
        "# amphi configuration (YAML). Put it in the platform config folder\n\
         # (~/.config/amphi/config.yaml on Linux) or pass --config FILE or AMPHI_CONFIG.\n\
         # Every setting is optional; --theme, --measure, AMPHI_THEME and AMPHI_MEASURE\n\
         # win over this file, and NO_COLOR turns colour off whatever the theme.\n\n\
         # Colour theme: dark, light or high-contrast.\n\
         theme: dark\n\n\
         # Clickable links (OSC 8 hyperlinks) where the terminal supports them: auto\n\
         # (on, except in plain mode and on the Linux console), always (on, except in\n\
         # plain mode) or never. Only http, https and mailto addresses are linked.\n\
         hyperlinks: auto\n\n",
    );
    let _ = write!(
        out,
        "# Widest text column, in columns ({MIN_MEASURE} to {MAX_MEASURE}); wider terminals centre it.\n\
         measure: {DEFAULT_MEASURE}\n\n\
         # Key bindings: action: [keys]. The keys given replace the action's defaults.\n\
         # A key is one character, or Space, Tab, BackTab, Enter, Esc, Backspace, Delete,\n\
         # Up, Down, Left, Right, Home, End, PageUp, PageDown, F1..F12, each optionally\n\
         # after ctrl- (ctrl-c always quits). Enter, Esc and the quiz keys are fixed.\n\
         keys:\n"
    );
    let width = BINDABLE.iter().map(|b| b.name.len()).max().unwrap_or(0);
    for bind in BINDABLE {
        let keys: Vec<String> = bind.keys.iter().map(|k| yaml_scalar(k)).collect();
        let entry = format!("{}: [{}]", bind.name, keys.join(", "));
        let _ = writeln!(out, "  {entry:<w$}  # {}", bind.doc, w = width + 2 + 16);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_round_trip() {
        for name in [
            "q", "?", "G", "Space", "Tab", "PageDown", "F5", "ctrl-x", "/",
        ] {
            let spec = KeySpec::parse(name).unwrap();
            assert_eq!(spec.to_string(), name);
        }
        assert!(KeySpec::parse("F13").is_err());
        assert!(KeySpec::parse("Foo").is_err());
        assert!(KeySpec::parse("").is_err());
    }
}
