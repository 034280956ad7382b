//! Which edition of a course opens: the one in the learner's language, read
//! from the locale here (the terminal side) and passed down as data; the app
//! gets the others to switch to (`E`, [`crate::app::Action::SwitchEdition`]).

use crate::course::{self, Course, CourseFiles, editions};

/// The learner's language from the locale, as its primary tag (`fr` for
/// `fr_FR.UTF-8`): the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
/// and not empty, as POSIX orders them; `None` when none is, or it is `C` or
/// `POSIX` (no language). `var` reads an environment variable (the process's
/// own in the binary, a map in tests).
pub fn locale_language(var: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))?;
    let tag = editions::primary(&value);
    (!tag.is_empty() && tag != "c" && tag != "posix").then_some(tag)
}

/// The language whose edition opens, most specific first: `flag` (`--lang` or
/// `AMPHI_LANG` on this run), then `remembered` (the edition the learner last
/// chose with `E`, [`crate::progress::CourseProgress::edition`]; empty when
/// none), then `config` (the config file's `language`), then `locale` (see
/// [`locale_language`]). `None` when there is none of them: the original opens.
pub fn opening_language(
    flag: Option<crate::i18n::Language>,
    remembered: &str,
    config: Option<crate::i18n::Language>,
    locale: Option<String>,
) -> Option<String> {
    flag.map(|l| l.code().to_owned())
        .or_else(|| (!remembered.trim().is_empty()).then(|| remembered.trim().to_owned()))
        .or_else(|| config.map(|l| l.code().to_owned()))
        .or(locale)
}

/// The language of the edition of `course` (an original) that opens for
/// `language` (from [`opening_language`]): that language when the course has
/// an edition in it, else the course's own. What a command about that course
/// speaks, as the terminal interface would ([`crate::cli::command_language`]).
pub fn opening_edition_language(course: &Course, language: Option<&str>) -> String {
    language
        .filter(|l| editions::edition_folder(course, l).is_some())
        .map_or_else(|| course.info.language.clone(), str::to_owned)
}

/// Every edition of `course` (read from `files`, the files it was loaded from),
/// the one to open first: the edition in `language` when the course has one,
/// else `course` itself; then the others in the order the original lists them,
/// the original among them. An edition that does not load is left out (`amphi
/// check` reports why); a course without `editions` gives itself alone.
pub fn editions(course: Course, files: &dyn CourseFiles, language: Option<&str>) -> Vec<Course> {
    editions_with(course, language, &|folder| {
        course::load_edition(files, folder).ok()
    })
}

/// [`editions`], each edition read by `load` from its folder (the bundled
/// course's through the course cache: see
/// [`course::cache::load_bundled_edition_cached`]); `None` for one that does not
/// load.
pub fn editions_with(
    course: Course,
    language: Option<&str>,
    load: &dyn Fn(&str) -> Option<Course>,
) -> Vec<Course> {
    if course.info.editions.is_empty() {
        return vec![course];
    }
    let chosen = language.and_then(|l| editions::edition_folder(&course, l).map(str::to_owned));
    let folders: Vec<String> = course
        .info
        .editions
        .iter()
        .map(|e| e.folder.clone())
        .collect();
    let id = course.info.id.clone();
    let mut all = vec![(None, course)];
    for folder in folders {
        if let Some(ed) = load(&folder)
            && ed.info.id == id
        {
            all.push((Some(folder), ed));
        }
    }
    let first = all
        .iter()
        .position(|(f, _)| f.is_some() && *f == chosen)
        .unwrap_or(0);
    all.rotate_left(first);
    all.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_locale_language_follows_posix_order() {
        assert_eq!(
            locale_language(&env(&[("LANG", "fr_FR.UTF-8")])).as_deref(),
            Some("fr")
        );
        assert_eq!(
            locale_language(&env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB")])).as_deref(),
            Some("en")
        );
        assert_eq!(
            locale_language(&env(&[("LC_ALL", "fr_CA"), ("LC_MESSAGES", "en_GB")])).as_deref(),
            Some("fr")
        );
        assert_eq!(
            locale_language(&env(&[("LC_ALL", ""), ("LANG", "fr_BE@euro")])).as_deref(),
            Some("fr")
        );
        assert_eq!(locale_language(&env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(locale_language(&env(&[("LANG", "POSIX")])), None);
        assert_eq!(locale_language(&env(&[])), None);
    }

    #[test]
    fn this_runs_flag_then_the_remembered_edition_then_config_then_locale() {
        use crate::i18n::Language::{En, Fr};
        let fr = || Some("fr".to_owned());
        // --lang on this run wins over the edition the learner chose.
        assert_eq!(
            opening_language(Some(En), "fr", Some(Fr), fr()).as_deref(),
            Some("en")
        );
        // The remembered edition wins over the config file and the locale.
        assert_eq!(
            opening_language(None, "fr", Some(En), Some("en".into())).as_deref(),
            Some("fr")
        );
        assert_eq!(
            opening_language(None, "en", None, fr()).as_deref(),
            Some("en")
        );
        // Nothing remembered: the config file, then the locale.
        assert_eq!(
            opening_language(None, "", Some(En), fr()).as_deref(),
            Some("en")
        );
        assert_eq!(
            opening_language(None, " ", None, fr()).as_deref(),
            Some("fr")
        );
        assert_eq!(opening_language(None, "", None, None), None);
    }

    #[test]
    fn the_bundled_course_opens_in_french_for_a_french_learner() {
        let files = course::bundled_files();
        let english = course::load(&files).expect("the bundled course loads");
        let all = editions(english.clone(), &files, Some("fr"));
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].info.language, "fr");
        assert_eq!(all[0].info.id, english.info.id);
        assert_eq!(all[1].info.language, "en");
        let all = editions(english.clone(), &files, Some("en"));
        assert_eq!(all[0].info.language, "en");
        let all = editions(english, &files, None);
        assert_eq!(all[0].info.language, "en");
        assert_eq!(all[1].info.language, "fr");
    }
}
