//! The key table: every key of the command modes (the outline, reading, a quiz
//! screen), with the name the config file binds it by, its action, its default
//! keys, the modes where it applies and its line in the help overlay.
//!
//! Three things are made from [`KEYS`] alone, so they cannot disagree:
//!
//! - the key map of the command modes ([`lookup`], used by
//!   [`super::action_for_key`]; text entry and the panels keep their own keys there);
//! - the names the config file accepts and their defaults ([`bindable`],
//!   [`names`]), and the learner's changes to them ([`Bindings`]);
//! - the help overlay's lines ([`help_lines`]).

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, App, Mode, Stage};
use crate::i18n::{Language, tr};

/// One row of the key table.
pub struct Key {
    /// The name the config file binds it by (`quit`, `next-item`), or `None`
    /// for a fixed key.
    pub name: Option<&'static str>,
    /// What the keys do; `None` only for the help line about the mouse (which
    /// has no keys: see `src/app/mouse.rs`).
    pub action: Option<Action>,
    /// The default keys, as [`KeySpec::parse`] reads them. For
    /// [`Action::Choose`], the digits: each chooses its own number.
    pub keys: &'static [&'static str],
    /// The modes where the keys do this.
    pub modes: &'static [Mode],
    /// Only while this holds (such as: a search is highlighted); a row with a
    /// condition wins over one without for the same key while it holds.
    pub when: Option<fn(&App) -> bool>,
    /// Its place in the help overlay.
    pub help: Help,
}

/// Where a row of the key table shows in the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// A help line of its own, saying this: a message id of the catalogues
    /// (`assets/i18n/`), such as `help-quit`.
    Line(&'static str),
    /// On the line above, paired key by key with its first row (`↑ ↓  k j`:
    /// up and down).
    Pair,
    /// On the line above, after its keys and two spaces (`h ←  Esc`).
    Then,
}

/// The outline, reading and a quiz screen: where most keys apply.
const COMMANDS: &[Mode] = &[Mode::Outline, Mode::Reading, Mode::Quiz];
/// The open item (not the outline).
const CONTENT: &[Mode] = &[Mode::Reading, Mode::Quiz];
const READING: &[Mode] = &[Mode::Reading];
const QUIZ: &[Mode] = &[Mode::Quiz];
/// Everywhere a hint may be asked for, typing an answer included.
const HINT: &[Mode] = &[Mode::Outline, Mode::Reading, Mode::Quiz, Mode::Typing];

/// A row that the config file can bind, by `name`.
const fn bind(
    name: &'static str,
    action: Action,
    keys: &'static [&'static str],
    modes: &'static [Mode],
    help: Help,
) -> Key {
    Key {
        name: Some(name),
        action: Some(action),
        keys,
        modes,
        when: None,
        help,
    }
}

/// A row whose keys are fixed.
const fn fixed(
    action: Action,
    keys: &'static [&'static str],
    modes: &'static [Mode],
    help: Help,
) -> Key {
    Key {
        name: None,
        action: Some(action),
        keys,
        modes,
        when: None,
        help,
    }
}

/// `key`, applying only while `holds`.
const fn only_when(holds: fn(&App) -> bool, mut key: Key) -> Key {
    key.when = Some(holds);
    key
}

/// A search is highlighted in the open item.
fn highlighted(app: &App) -> bool {
    app.reader.highlight.is_some()
}

/// A quiz question is being answered.
fn asking(app: &App) -> bool {
    app.current_quiz()
        .is_some_and(|(_, s)| s.stage == Stage::Asking)
}

/// The screen shows a "Read again" link.
fn linked(app: &App) -> bool {
    !app.reader.view.links.is_empty()
}

/// Every key of the command modes, in the order of the help overlay.
pub const KEYS: &[Key] = &[
    bind(
        "up",
        Action::Up,
        &["Up", "k"],
        COMMANDS,
        Help::Line("help-scroll"),
    ),
    bind("down", Action::Down, &["Down", "j"], COMMANDS, Help::Pair),
    bind(
        "page-up",
        Action::PageUp,
        &["PageUp", "b"],
        COMMANDS,
        Help::Line("help-page"),
    ),
    bind(
        "page-down",
        Action::PageDown,
        &["PageDown", "Space"],
        COMMANDS,
        Help::Pair,
    ),
    bind(
        "top",
        Action::Top,
        &["g", "Home"],
        COMMANDS,
        Help::Line("help-top-bottom"),
    ),
    bind(
        "bottom",
        Action::Bottom,
        &["G", "End"],
        COMMANDS,
        Help::Pair,
    ),
    bind(
        "switch-focus",
        Action::SwitchFocus,
        &["Tab", "BackTab"],
        COMMANDS,
        Help::Line("help-focus"),
    ),
    fixed(Action::SwitchFocus, &["o"], COMMANDS, Help::Then),
    fixed(
        Action::Confirm,
        &["Enter"],
        COMMANDS,
        Help::Line("help-open"),
    ),
    fixed(Action::Forward, &["l", "Right"], COMMANDS, Help::Then),
    bind(
        "focus-outline",
        Action::FocusOutline,
        &["h", "Left"],
        COMMANDS,
        Help::Line("help-back"),
    ),
    fixed(Action::Back, &["Esc"], COMMANDS, Help::Then),
    bind(
        "code-left",
        Action::ScrollCode(false),
        &["<"],
        CONTENT,
        Help::Line("help-code-scroll"),
    ),
    bind(
        "code-right",
        Action::ScrollCode(true),
        &[">"],
        CONTENT,
        Help::Pair,
    ),
    bind(
        "next-item",
        Action::NextItem,
        &["n"],
        COMMANDS,
        Help::Line("help-next-item"),
    ),
    bind("prev-item", Action::PrevItem, &["p"], COMMANDS, Help::Pair),
    bind(
        "search",
        Action::OpenSearch,
        &["/"],
        COMMANDS,
        Help::Line("help-search"),
    ),
    only_when(
        highlighted,
        bind(
            "next-match",
            Action::NextMatch,
            &["n"],
            READING,
            Help::Line("help-next-match"),
        ),
    ),
    bind(
        "prev-match",
        Action::PrevMatch,
        &["N"],
        COMMANDS,
        Help::Pair,
    ),
    fixed(
        Action::OpenGlossary,
        &["e"],
        COMMANDS,
        Help::Line("help-glossary"),
    ),
    fixed(
        Action::AddBookmark,
        &["m"],
        COMMANDS,
        Help::Line("help-bookmark"),
    ),
    fixed(
        Action::OpenBookmarks,
        &["'"],
        COMMANDS,
        Help::Line("help-bookmarks"),
    ),
    fixed(Action::OpenBookmarks, &["M"], COMMANDS, Help::Then),
    fixed(Action::EditNote, &["a"], COMMANDS, Help::Line("help-note")),
    fixed(
        Action::Choose(0),
        &["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        COMMANDS,
        Help::Line("help-choose"),
    ),
    only_when(asking, fixed(Action::Toggle, &["Space"], QUIZ, Help::Then)),
    bind(
        "speaker",
        Action::CycleSpeaker,
        &["s"],
        COMMANDS,
        Help::Line("help-speaker"),
    ),
    bind("drill", Action::ToggleDrill, &["d"], COMMANDS, Help::Then),
    fixed(
        Action::Answer(true),
        &["t"],
        COMMANDS,
        Help::Line("help-true-false"),
    ),
    fixed(Action::Answer(false), &["f"], COMMANDS, Help::Pair),
    fixed(Action::Retake, &["r"], COMMANDS, Help::Line("help-retake")),
    fixed(Action::RetakeWrong, &["R"], COMMANDS, Help::Pair),
    fixed(
        Action::ShowLastAttempt,
        &["L"],
        COMMANDS,
        Help::Line("help-last-attempt"),
    ),
    fixed(Action::ShowHint, &["H"], COMMANDS, Help::Line("help-hint")),
    fixed(Action::ShowHint, &["F1"], HINT, Help::Then),
    fixed(
        Action::ToggleStimulus,
        &["x"],
        COMMANDS,
        Help::Line("help-shared-text"),
    ),
    fixed(
        Action::StartReview,
        &["v"],
        COMMANDS,
        Help::Line("help-review"),
    ),
    fixed(
        Action::NextMark,
        &["w"],
        COMMANDS,
        Help::Line("help-next-mistake"),
    ),
    only_when(
        linked,
        fixed(Action::OpenLink, &["o"], QUIZ, Help::Line("help-reread")),
    ),
    fixed(
        Action::GoBack,
        &["Backspace"],
        COMMANDS,
        Help::Line("help-back-to-quiz"),
    ),
    fixed(
        Action::ShowMastery,
        &["O"],
        COMMANDS,
        Help::Line("help-mastery"),
    ),
    Key {
        name: None,
        action: None,
        keys: &[],
        modes: &[],
        when: None,
        help: Help::Line("help-mouse"),
    },
    bind(
        "switch-edition",
        Action::SwitchEdition,
        &["E"],
        COMMANDS,
        Help::Line("help-switch-edition"),
    ),
    bind(
        "about",
        Action::ToggleAbout,
        &["i"],
        COMMANDS,
        Help::Line("help-about"),
    ),
    bind(
        "focus-mode",
        Action::ToggleFocusMode,
        &["z"],
        COMMANDS,
        Help::Line("help-focus-mode"),
    ),
    bind(
        "help",
        Action::ToggleHelp,
        &["?"],
        COMMANDS,
        Help::Line("help-help"),
    ),
    bind(
        "quit",
        Action::Quit,
        &["q"],
        COMMANDS,
        Help::Line("help-quit"),
    ),
    fixed(Action::Quit, &["ctrl-c"], COMMANDS, Help::Then),
];

impl Key {
    /// The default keys, parsed.
    pub fn specs(&self) -> impl Iterator<Item = KeySpec> + '_ {
        self.keys
            .iter()
            .map(|k| KeySpec::parse(k).expect("the key table's key names parse"))
    }

    /// What `key` does by this row (the digit pressed, for a choice).
    fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        match (self.action.as_ref()?, key.code) {
            (Action::Choose(_), KeyCode::Char(c)) => Some(Action::Choose(c.to_digit(10)? as usize)),
            (action, _) => Some(action.clone()),
        }
    }
}

/// Whether `key` is `spec` for the built-in key map: Ctrl counts only when
/// `spec` asks for it (other modifiers never count).
fn pressed(spec: &KeySpec, key: &KeyEvent) -> bool {
    if spec.ctrl {
        spec.matches(key)
    } else {
        spec.code == key.code
    }
}

/// The table's action for `key` in `mode`, before the config file's bindings
/// (see [`Bindings::resolve`]): the first row with a condition that holds, else
/// the first row without one.
pub fn lookup(mode: Mode, app: &App, key: &KeyEvent) -> Option<Action> {
    let applies = |k: &&Key| k.modes.contains(&mode) && k.specs().any(|spec| pressed(&spec, key));
    KEYS.iter()
        .filter(applies)
        .find(|k| k.when.is_some_and(|holds| holds(app)))
        .or_else(|| KEYS.iter().filter(applies).find(|k| k.when.is_none()))
        .and_then(|k| k.action_for(key))
}

/// How a key shows in the help overlay (`↑`, `PgDn`, `Ctrl-C`); `None` for
/// `BackTab`, which goes with `Tab`.
fn shown(spec: &KeySpec, lang: Language) -> Option<String> {
    (spec.code != KeyCode::BackTab).then(|| spec.label(lang))
}

impl KeySpec {
    /// How this key shows to the learner in `lang` (the help overlay, the
    /// status bar's hints, notices): the arrows as `↑ ↓ ← →`, a letter as
    /// itself, a named key in the language's words from the catalogues
    /// (`key-enter`: `Enter`, `Entrée`; `key-page-down`: `PgDn`, `Pg.Suiv`),
    /// and with Ctrl held `key-ctrl` around it (`Ctrl-C`, the letter in
    /// capitals). The config file's syntax is [`KeySpec`]'s `Display`
    /// (`ctrl-c`, `PageDown`), never translated.
    pub fn label(&self, lang: Language) -> String {
        let name = match self.code {
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::F(n) => format!("F{n}"),
            code => match label_id(code) {
                Some(id) => tr(lang, id, &[]),
                None => KeySpec {
                    ctrl: false,
                    ..*self
                }
                .to_string(),
            },
        };
        if self.ctrl {
            tr(lang, "key-ctrl", &[("key", name.into())])
        } else {
            name
        }
    }
}

/// The catalogue's id of the name of a named key (`key-enter`), `None` for
/// the others (letters, arrows, function keys).
fn label_id(code: KeyCode) -> Option<&'static str> {
    Some(match code {
        KeyCode::Char(' ') => "key-space",
        KeyCode::Tab => "key-tab",
        KeyCode::BackTab => "key-backtab",
        KeyCode::Enter => "key-enter",
        KeyCode::Esc => "key-esc",
        KeyCode::Backspace => "key-backspace",
        KeyCode::Delete => "key-delete",
        KeyCode::Home => "key-home",
        KeyCode::End => "key-end",
        KeyCode::PageUp => "key-page-up",
        KeyCode::PageDown => "key-page-down",
        _ => return None,
    })
}

/// The key named `name` in the config file's syntax (`Enter`, `ctrl-s`, `F1`)
/// as the learner sees it in `lang` ([`KeySpec::label`]); a name that does
/// not parse shows as it is.
pub fn label(name: &str, lang: Language) -> String {
    KeySpec::parse(name).map_or_else(|_| name.to_string(), |k| k.label(lang))
}

impl Key {
    /// The keys as the help overlay shows them (`↑`, `PgDn`, `Ctrl-C`; the
    /// digits as `1–9`; `BackTab` goes with `Tab`).
    pub fn shown_keys(&self, lang: Language) -> Vec<String> {
        shown_keys(self, lang)
    }
}

fn shown_keys(key: &Key, lang: Language) -> Vec<String> {
    if matches!(key.action, Some(Action::Choose(_))) {
        let (first, last) = (key.keys.first(), key.keys.last());
        return vec![format!("{}–{}", first.unwrap_or(&""), last.unwrap_or(&""))];
    }
    key.specs().filter_map(|s| shown(&s, lang)).collect()
}

/// The help overlay's lines, as (keys, what they do), made from [`KEYS`]: a
/// row with [`Help::Line`] starts a line; the rows after it with
/// [`Help::Pair`] pair their keys with its keys one by one, those with
/// [`Help::Then`] follow after two spaces.
pub fn help_lines(lang: Language) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    let mut rows = KEYS.iter().peekable();
    while let Some(first) = rows.next() {
        let Help::Line(text) = first.help else {
            continue;
        };
        let mut paired = vec![shown_keys(first, lang)];
        let mut then = Vec::new();
        while let Some(next) = rows.next_if(|k| !matches!(k.help, Help::Line(_))) {
            match next.help {
                Help::Pair => paired.push(shown_keys(next, lang)),
                _ => then.push(shown_keys(next, lang).join(" ")),
            }
        }
        let mut groups: Vec<String> = if first.keys.is_empty() {
            vec![crate::i18n::tr(lang, "help-mouse-keys", &[])]
        } else if paired.len() == 1 {
            vec![paired[0].join(" ")]
        } else {
            let columns = paired.iter().map(Vec::len).max().unwrap_or(0);
            (0..columns)
                .map(|c| {
                    paired
                        .iter()
                        .filter_map(|keys| keys.get(c).map(String::as_str))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        };
        groups.extend(then);
        lines.push((groups.join("  "), crate::i18n::tr(lang, text, &[])));
    }
    lines
}

/// An action the config file can bind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bindable {
    /// Its name in the config file.
    pub name: &'static str,
    /// Its default keys, as [`KeySpec::parse`] reads them.
    pub keys: &'static [&'static str],
    /// What it does: the text of its help line, in the language asked of
    /// [`bindable`] (the config file's comments).
    pub about: String,
}

/// The actions the config file can bind, in the order of [`KEYS`], with the
/// text of the help line each is on in `lang`.
pub fn bindable(lang: Language) -> impl Iterator<Item = Bindable> {
    let mut about = "";
    KEYS.iter().filter_map(move |k| {
        if let Help::Line(text) = k.help {
            about = text;
        }
        Some(Bindable {
            name: k.name?,
            keys: k.keys,
            about: crate::i18n::tr(lang, about, &[]),
        })
    })
}

/// The names of the actions the config file can bind (see [`bindable`]).
pub fn names() -> impl Iterator<Item = &'static str> {
    KEYS.iter().filter_map(|k| k.name)
}

/// The index in [`KEYS`] of the bindable row named `name`.
fn index_of(name: &str) -> Option<usize> {
    KEYS.iter().position(|k| k.name == Some(name))
}

/// Key bindings: the actions whose keys the config file changed, with their new
/// keys (which replace the defaults). Empty means every default key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bindings {
    /// Index into [`KEYS`] (of a bindable row) → the keys now bound to it.
    changed: BTreeMap<usize, Vec<KeySpec>>,
}

impl Bindings {
    /// The action for `key`, given `default`, the action the built-in key map
    /// chose for it in the current mode.
    ///
    /// A key the config bound to an action gives that action (the built-in
    /// meaning of a key that also has one in this mode wins only when that meaning
    /// is itself still bound to the key). A bindable action whose keys were
    /// changed no longer answers to its old keys (nor to the fixed keys of the
    /// same action, such as `o` for `switch-focus`). Other keys keep their meaning.
    pub fn resolve(&self, key: &KeyEvent, default: Option<Action>) -> Option<Action> {
        let bindable = default.as_ref().and_then(|a| {
            KEYS.iter()
                .position(|k| k.name.is_some() && k.action.as_ref() == Some(a))
        });
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
            return KEYS[i].action.clone();
        }
        if bindable.is_some() { None } else { default }
    }

    /// The actions whose keys the config file changed, by name (in the order of
    /// [`names`]), with their keys.
    pub fn changed(&self) -> impl Iterator<Item = (&'static str, &[KeySpec])> {
        self.changed
            .iter()
            .map(|(&i, keys)| (KEYS[i].name.unwrap_or("?"), keys.as_slice()))
    }

    /// The keys bound to the action named `name` (see [`names`]), or `None` for
    /// an unknown name.
    pub fn keys_of(&self, name: &str) -> Option<Vec<KeySpec>> {
        let i = index_of(name)?;
        Some(
            self.changed
                .get(&i)
                .cloned()
                .unwrap_or_else(|| KEYS[i].specs().collect()),
        )
    }

    /// Binds the action named `name` to `keys` instead of its defaults (keys
    /// equal to the defaults change nothing).
    ///
    /// # Errors
    /// `name` is not one of [`names`].
    pub fn bind(&mut self, name: &str, keys: Vec<KeySpec>) -> Result<(), UnknownAction> {
        let i = index_of(name).ok_or(UnknownAction)?;
        if keys == KEYS[i].specs().collect::<Vec<_>>() {
            self.changed.remove(&i);
        } else {
            self.changed.insert(i, keys);
        }
        Ok(())
    }

    /// A key newly given to the action named `name` that another bindable
    /// action still has, as (the key, the other action's name): it would be
    /// silently ignored where both apply. Actions that share a default key (like
    /// `next-item` and `next-match` on `n`) apply in different situations and do
    /// not clash.
    pub fn clash(&self, name: &str) -> Option<(KeySpec, &'static str)> {
        let i = index_of(name)?;
        let keys = self.changed.get(&i)?;
        let own: Vec<KeySpec> = KEYS[i].specs().collect();
        for key in keys.iter().filter(|k| !own.contains(k)) {
            for (j, other) in KEYS.iter().enumerate() {
                let Some(other_name) = other.name else {
                    continue;
                };
                let defaults: Vec<KeySpec> = other.specs().collect();
                let designed = defaults.iter().any(|k| own.contains(k));
                let theirs = self.changed.get(&j).unwrap_or(&defaults);
                if j != i && !designed && theirs.contains(key) {
                    return Some((*key, other_name));
                }
            }
        }
        None
    }
}

/// A name that is not one of the bindable actions' ([`names`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownAction;

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
    /// [`UnknownKey`], whose message says which names are accepted.
    pub fn parse(name: &str) -> Result<KeySpec, UnknownKey> {
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
                    .ok_or_else(|| UnknownKey {
                        name: crate::text::sanitize(name),
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

/// A key name the config file gave that is none of [`KeySpec::parse`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey {
    /// The name as written, sanitised.
    pub name: String,
}

impl UnknownKey {
    /// What is wrong and which names are accepted, in `lang` (the catalogue's
    /// `keys-unknown`): the config file's key syntax stays English in it, as
    /// the file is written so.
    pub fn message(&self, lang: Language) -> String {
        self.said().render(lang)
    }

    /// The message, to be said later in the reader's language.
    pub fn said(&self) -> crate::i18n::Message {
        crate::i18n::Message::new("keys-unknown").arg("name", self.name.as_str())
    }
}

/// In English: the message of [`UnknownKey::message`].
impl fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for UnknownKey {}

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

    #[test]
    fn keys_show_in_the_learner_s_language_and_parse_in_english() {
        let fr = |n: &str| label(n, Language::Fr);
        let en = |n: &str| label(n, Language::En);
        assert_eq!(en("Enter"), "Enter");
        assert_eq!(fr("Enter"), "Entrée");
        assert_eq!(fr("Space"), "Espace");
        assert_eq!(fr("Esc"), "Échap");
        assert_eq!(fr("Tab"), "Tab");
        assert_eq!(fr("PageDown"), "Pg.Suiv");
        assert_eq!(en("PageDown"), "PgDn");
        assert_eq!(fr("Backspace"), "Retour arrière");
        assert_eq!(fr("ctrl-s"), "Ctrl-S");
        assert_eq!(fr("ctrl-Enter"), "Ctrl-Entrée");
        assert_eq!(fr("Up"), "↑");
        assert_eq!(fr("F1"), "F1");
        assert_eq!(fr("q"), "q");
        // The config file's syntax is never translated.
        assert_eq!(KeySpec::parse("Enter").unwrap().to_string(), "Enter");
        assert!(KeySpec::parse("Entrée").is_err());
        assert!(KeySpec::parse("Échap").is_err());
    }

    #[test]
    fn an_unknown_key_is_said_in_the_language_chosen() {
        let e = KeySpec::parse("Foo").unwrap_err();
        assert!(e.to_string().starts_with("unknown key `Foo`"), "{e}");
        let fr = e.message(Language::Fr);
        assert!(fr.starts_with("touche inconnue"), "{fr}");
        // The names to write stay the config file's.
        assert!(fr.contains("Space") && fr.contains("ctrl-"), "{fr}");
    }

    #[test]
    fn every_key_of_the_table_parses() {
        for row in KEYS {
            assert_eq!(row.specs().count(), row.keys.len());
        }
    }
}
