//! A message said later: a catalogue id with its arguments, kept as data and
//! put into words only when it is shown, in the reader's language.
//!
//! Code below the interface (the course loader's diagnostics, the importers'
//! notes, the library's refusals) does not know who will read what it finds,
//! nor in which language: it returns a [`Message`], and the command or screen
//! that shows it calls [`Message::render`] with the language chosen (or
//! `to_string()`, which is English). The message's id is language-neutral, so
//! machine output can carry it as a code.
//!
//! ```
//! use amphi::i18n::{Language, Message, Value};
//! let choices = Value::or(["`a`", "`b`", "`c`"]);
//! let m = Message::new("message-expected").arg("expected", choices);
//! assert_eq!(m.to_string(), "expected `a`, `b` or `c`");
//! assert_eq!(m.render(Language::Fr), "attendu\u{a0}: `a`, `b` ou `c`");
//! assert_eq!(m.id(), Some("message-expected"));
//! ```
//!
//! Text that is not amphi's own words (a library's error, a course's text
//! quoted whole) is [`Message::verbatim`]: shown as it is in every language.

use std::borrow::Cow;
use std::fmt;

use super::{Arg, Language, tr};

/// A message to put into words later, in any language (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message(Kind);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Kind {
    /// A catalogue message: its id and its named arguments, in order.
    Said {
        id: Cow<'static, str>,
        args: Vec<(&'static str, Value)>,
    },
    /// Text shown as it is in every language.
    Verbatim(String),
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// Text shown as it is (a name, a quoted value, a file).
    Text(String),
    /// A whole number: shown in digits, and used by plural selectors
    /// (`{ $count -> [one] … *[other] … }`).
    Count(i64),
    /// Another message, put into words in the same language first (a phrase
    /// such as "the question `q1`" inside "unknown field in {$place}").
    Message(Message),
    /// Several values joined the language's way: `a, b and c` / `a, b et c`
    /// ([`Join::And`]), `a, b or c` / `a, b ou c` ([`Join::Or`]).
    List(Vec<Value>, Join),
}

/// How the last two items of a [`Value::List`] are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Join {
    /// "and" (catalogue message `list-and`).
    And,
    /// "or" (catalogue message `list-or`).
    Or,
    /// Every item after a semicolon, `a; b; c` (catalogue message
    /// `list-semicolons`, so French gets its space before `;`).
    Semicolons,
}

impl Message {
    /// The catalogue message `id`, with no arguments yet (add them with
    /// [`Message::arg`]). The id must exist in `assets/i18n/en.ftl` (and every
    /// other catalogue): a test of each area renders its messages.
    pub fn new(id: &'static str) -> Self {
        Message(Kind::Said {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        })
    }

    /// Text shown as it is in every language: a library's own error text, or
    /// a course's words quoted whole. Not for amphi's own words.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Message(Kind::Verbatim(text.into()))
    }

    /// Several messages said one after the other, joined by `; ` in the
    /// language's typography: every way an approximation differs, say.
    pub fn several(messages: impl IntoIterator<Item = Message>) -> Self {
        let all = messages.into_iter().map(Value::Message).collect();
        Message::new("message-several").arg("all", Value::List(all, Join::Semicolons))
    }

    /// This message with the argument `name` (the catalogue's `$name`) set to
    /// `value`. Setting a name twice keeps the last value.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        if let Kind::Said { args, .. } = &mut self.0 {
            let value = value.into();
            match args.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = value,
                None => args.push((name, value)),
            }
        }
        self
    }

    /// The catalogue id, `None` for verbatim text. Language-neutral: machine
    /// output may give it as the message's code.
    pub fn id(&self) -> Option<&str> {
        match &self.0 {
            Kind::Said { id, .. } => Some(id),
            Kind::Verbatim(_) => None,
        }
    }

    /// The value of argument `name`, if set.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match &self.0 {
            Kind::Said { args, .. } => args.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
            Kind::Verbatim(_) => None,
        }
    }

    /// The message in `lang`'s words (English where `lang`'s catalogue lacks
    /// it, the id where English lacks it too; see [`tr`]). Never panics.
    pub fn render(&self, lang: Language) -> String {
        match &self.0 {
            Kind::Verbatim(text) => text.clone(),
            Kind::Said { id, args } => {
                let words: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|(name, value)| (*name, value.to_arg(lang)))
                    .collect();
                tr(lang, id, &words)
            }
        }
    }

    /// This message with `f` applied to every text it holds (verbatim text,
    /// text arguments, nested messages' texts): how the course layer
    /// sanitises what it quotes. Catalogue words are left alone.
    #[must_use]
    pub fn map_text(self, f: &dyn Fn(&str) -> String) -> Self {
        Message(match self.0 {
            Kind::Verbatim(text) => Kind::Verbatim(f(&text)),
            Kind::Said { id, args } => Kind::Said {
                id,
                args: args.into_iter().map(|(n, v)| (n, v.map_text(f))).collect(),
            },
        })
    }
}

impl Value {
    /// `items` joined with "and" in the language's way.
    pub fn and<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect(), Join::And)
    }

    /// `items` joined with "or" in the language's way.
    pub fn or<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect(), Join::Or)
    }

    /// The value as a Fluent argument in `lang`.
    fn to_arg(&self, lang: Language) -> Arg<'static> {
        match self {
            Value::Text(s) => Arg::Text(Cow::Owned(s.clone())),
            #[allow(clippy::cast_precision_loss)]
            Value::Count(n) => Arg::Number(*n as f64),
            Value::Message(_) | Value::List(..) => Arg::Text(Cow::Owned(self.words(lang))),
        }
    }

    /// The value in words in `lang`.
    fn words(&self, lang: Language) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Count(n) => n.to_string(),
            Value::Message(m) => m.render(lang),
            Value::List(items, join) => {
                let mut words: Vec<String> = items.iter().map(|v| v.words(lang)).collect();
                match words.len() {
                    0 => String::new(),
                    1 => words.remove(0),
                    _ if *join == Join::Semicolons => {
                        let mut words = words.into_iter();
                        let first = words.next().unwrap_or_default();
                        words.fold(first, |head, last| {
                            let args = [("head", head.into()), ("last", last.into())];
                            tr(lang, "list-semicolons", &args)
                        })
                    }
                    _ => {
                        let last = words.pop().unwrap_or_default();
                        let id = match join {
                            Join::And => "list-and",
                            _ => "list-or",
                        };
                        let head = words.join(", ");
                        tr(lang, id, &[("head", head.into()), ("last", last.into())])
                    }
                }
            }
        }
    }

    fn map_text(self, f: &dyn Fn(&str) -> String) -> Self {
        match self {
            Value::Text(s) => Value::Text(f(&s)),
            Value::Count(n) => Value::Count(n),
            Value::Message(m) => Value::Message(m.map_text(f)),
            Value::List(items, join) => {
                Value::List(items.into_iter().map(|v| v.map_text(f)).collect(), join)
            }
        }
    }
}

/// English, the language of logs and of tests' messages.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

/// English words, as [`Message`]'s `Display`, so JSON written for machines is
/// the same in every language (the id goes beside it where a code helps).
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// Text not (yet) in the catalogues, shown as it is: see [`Message::verbatim`].
impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::verbatim(text)
    }
}

/// Text not (yet) in the catalogues, shown as it is: see [`Message::verbatim`].
impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::verbatim(text)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}

impl From<Message> for Value {
    fn from(m: Message) -> Self {
        Value::Message(m)
    }
}

macro_rules! count_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            #[allow(clippy::cast_possible_wrap, clippy::cast_possible_truncation, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Value::Count(n as i64)
            }
        }
    )*};
}
count_value!(usize, u64, u32, u16, u8, i64, i32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_the_language_way() {
        let v = Value::and(["a", "b", "c"]);
        assert_eq!(v.words(Language::En), "a, b and c");
        assert_eq!(v.words(Language::Fr), "a, b et c");
        assert_eq!(Value::or(["a", "b"]).words(Language::Fr), "a ou b");
        assert_eq!(Value::or(["a"]).words(Language::En), "a");
        assert_eq!(Value::or(Vec::<String>::new()).words(Language::En), "");
        let several = Message::several(["a".into(), "b".into(), "c".into()]);
        assert_eq!(several.to_string(), "a; b; c");
        assert_eq!(several.render(Language::Fr), "a\u{202f}; b\u{202f}; c");
    }

    #[test]
    fn nested_messages_and_counts_are_said_in_the_same_language() {
        let inner = Message::new("message-expected").arg("expected", Value::or(["x", "y"]));
        let outer = Message::new("quiz-questions").arg("count", 1);
        assert_eq!(outer.render(Language::Fr), "1 question");
        assert_eq!(inner.render(Language::En), "expected x or y");
        assert_eq!(inner.render(Language::Fr), "attendu\u{a0}: x ou y");
        let holder = Message::new("message-expected").arg("expected", inner);
        assert_eq!(holder.to_string(), "expected expected x or y");
    }

    #[test]
    fn map_text_reaches_every_text_but_not_the_catalogue() {
        let m = Message::new("message-expected")
            .arg("expected", Value::and(["a\u{1b}", "b"]))
            .map_text(&|s| s.replace('\u{1b}', "?"));
        assert_eq!(m.to_string(), "expected a? and b");
        let v = Message::verbatim("x\u{7}").map_text(&|s| s.replace('\u{7}', "?"));
        assert_eq!(v.to_string(), "x?");
        assert_eq!(v.id(), None);
    }

    #[test]
    fn arg_set_twice_keeps_the_last_and_get_reads_it() {
        let m = Message::new("quiz-questions")
            .arg("count", 1)
            .arg("count", 3);
        assert_eq!(m.get("count"), Some(&Value::Count(3)));
        assert_eq!(m.to_string(), "3 questions");
    }

    #[test]
    fn json_gets_english() {
        let m = Message::new("quiz-questions").arg("count", 2);
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"2 questions\"");
    }
}
