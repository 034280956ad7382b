//! Which language amphi speaks: the most specific choice first.
//!
//! 1. `--lang` on the command line;
//! 2. the config file's `language`;
//! 3. the course's `language` (a French course speaks French), when amphi
//!    speaks it;
//! 4. the locale: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`
//!    (`fr_FR.UTF-8` is French; `C` and `POSIX` are English);
//! 5. English.
//!
//! The picker and the commands without a course skip step 3. The environment
//! is passed in as data ([`Locale`]); the terminal and command-line layers
//! read it, never this module.

use super::Language;

/// The locale variables, as the environment has them (`None` when unset).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Locale {
    /// `LC_ALL`.
    pub lc_all: Option<String>,
    /// `LC_MESSAGES`.
    pub lc_messages: Option<String>,
    /// `LANG`.
    pub lang: Option<String>,
}

impl Locale {
    /// The locale read through `get` (such as `|n| std::env::var(n).ok()`).
    pub fn from_vars(get: &dyn Fn(&str) -> Option<String>) -> Locale {
        Locale {
            lc_all: get("LC_ALL"),
            lc_messages: get("LC_MESSAGES"),
            lang: get("LANG"),
        }
    }

    /// The language the locale names: the first non-empty variable decides
    /// (as POSIX says); `C`, `POSIX` or a language amphi does not speak is
    /// English, and so is no variable at all.
    pub fn language(&self) -> Language {
        let first = [&self.lc_all, &self.lc_messages, &self.lang]
            .into_iter()
            .flatten()
            .map(|v| v.trim())
            .find(|v| !v.is_empty());
        first.and_then(Language::from_tag).unwrap_or_default()
    }
}

/// The language to speak, from the command line's `--lang`, the config file's
/// `language`, the course's `language` (`None` for the picker and commands
/// without a course) and the locale, in that order.
pub fn choose(
    flag: Option<Language>,
    config: Option<Language>,
    course: Option<&str>,
    locale: &Locale,
) -> Language {
    flag.or(config)
        .or_else(|| course.and_then(Language::from_tag))
        .unwrap_or_else(|| locale.language())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(lc_all: &str, lc_messages: &str, lang: &str) -> Locale {
        let v = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Locale {
            lc_all: v(lc_all),
            lc_messages: v(lc_messages),
            lang: v(lang),
        }
    }

    #[test]
    fn the_most_specific_choice_wins() {
        let fr_env = locale("", "", "fr_FR.UTF-8");
        let en = Some(Language::En);
        let fr = Some(Language::Fr);
        assert_eq!(choose(en, fr, Some("fr"), &fr_env), Language::En);
        assert_eq!(choose(None, en, Some("fr"), &fr_env), Language::En);
        assert_eq!(choose(None, None, Some("en"), &fr_env), Language::En);
        assert_eq!(
            choose(None, None, Some("fr-FR"), &Locale::default()),
            Language::Fr
        );
        assert_eq!(choose(None, None, None, &fr_env), Language::Fr);
        assert_eq!(choose(None, None, None, &Locale::default()), Language::En);
    }

    #[test]
    fn a_course_in_a_language_amphi_does_not_speak_leaves_it_to_the_locale() {
        let fr_env = locale("", "", "fr_FR.UTF-8");
        assert_eq!(choose(None, None, Some("fi"), &fr_env), Language::Fr);
        assert_eq!(choose(None, None, Some(""), &fr_env), Language::Fr);
    }

    #[test]
    fn the_first_non_empty_locale_variable_decides() {
        assert_eq!(
            locale("fr_FR.UTF-8", "en_US", "en_US").language(),
            Language::Fr
        );
        assert_eq!(locale("", "fr_CA", "en_US").language(), Language::Fr);
        assert_eq!(locale("", "", "fr_BE@euro").language(), Language::Fr);
        // LC_ALL set to C wins over a French LANG.
        assert_eq!(locale("C", "", "fr_FR.UTF-8").language(), Language::En);
        assert_eq!(locale("POSIX", "", "fr_FR").language(), Language::En);
        assert_eq!(locale("C.UTF-8", "", "fr_FR").language(), Language::En);
        // A language amphi does not speak is English, not the next variable.
        assert_eq!(locale("de_DE.UTF-8", "", "fr_FR").language(), Language::En);
        assert_eq!(locale("", "", "").language(), Language::En);
    }

    #[test]
    fn the_locale_is_read_through_the_function_given() {
        let get = |n: &str| (n == "LANG").then(|| "fr_FR.UTF-8".to_string());
        let l = Locale::from_vars(&get);
        assert_eq!(l.lang.as_deref(), Some("fr_FR.UTF-8"));
        assert_eq!(l.lc_all, None);
        assert_eq!(l.language(), Language::Fr);
    }
}
