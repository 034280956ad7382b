//! [`Said`]: a message of the Open edX importer (a note, a refusal, an XML
//! error) with its English words at hand.
//!
//! The importer's notes and errors are catalogue [`Message`]s, put into the
//! reader's language when shown (`render`). Callers and tests written when
//! they were English `String`s keep working: a [`Said`] derefs to its English
//! text (the same as `to_string()`) and compares equal to it.
//!
//! ```
//! use amphi::i18n::{Language, Message};
//! use amphi::import::olx::said::Said;
//! let s = Said::from(Message::new("import-olx-no-response"));
//! assert_eq!(s, "it has no response to grade");
//! assert!(s.starts_with("it has"));
//! assert_eq!(s.render(Language::Fr), "il n’a aucune réponse à noter");
//! ```

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use crate::i18n::{Language, Message, Value};

/// A message and its English text (see the module docs). Two are equal when
/// their messages are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    message: Message,
    english: String,
}

impl Said {
    /// The message, to put into words in any language.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message in `lang`'s words.
    pub fn render(&self, lang: Language) -> String {
        self.message.render(lang)
    }

    /// The message, for a [`crate::import::report::Note`] or a caller's error.
    pub fn into_message(self) -> Message {
        self.message
    }
}

impl From<Message> for Said {
    fn from(message: Message) -> Self {
        let english = message.to_string();
        Said { message, english }
    }
}

impl From<Said> for Message {
    fn from(s: Said) -> Self {
        s.message
    }
}

impl From<&Said> for Message {
    fn from(s: &Said) -> Self {
        s.message.clone()
    }
}

/// The message as an argument of another (said in the same language).
impl From<Said> for Value {
    fn from(s: Said) -> Self {
        Value::Message(s.message)
    }
}

/// The English text, for callers whose errors are strings.
impl From<Said> for String {
    fn from(s: Said) -> Self {
        s.english
    }
}

/// The English text.
impl Deref for Said {
    type Target = str;

    fn deref(&self) -> &str {
        &self.english
    }
}

/// The English text (`join`, `contains` and the like on lists of notes).
impl Borrow<str> for Said {
    fn borrow(&self) -> &str {
        &self.english
    }
}

impl AsRef<str> for Said {
    fn as_ref(&self) -> &str {
        &self.english
    }
}

/// English, as [`Message`]'s `Display`.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english)
    }
}

impl PartialEq<str> for Said {
    fn eq(&self, other: &str) -> bool {
        self.english == other
    }
}

impl PartialEq<&str> for Said {
    fn eq(&self, other: &&str) -> bool {
        self.english == *other
    }
}

impl PartialEq<String> for Said {
    fn eq(&self, other: &String) -> bool {
        self.english == *other
    }
}
