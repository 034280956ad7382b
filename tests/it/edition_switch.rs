//! Switching the bundled course between its English original and its French
//! edition (`E`, docs/course-format.md, *Courses in several languages*): the
//! same item stays open, and every read mark, attempt, bookmark and note is
//! still there, since both editions share the course id; the learner's locale
//! picks the edition that opens.

use amphi::app::{Action, App, action_for_event, update};
use amphi::cli::editions::editions;
use amphi::course::{Course, bundled_files, load_bundled};
use amphi::progress::State;
use amphi::theme::Theme;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::common::{open_item, read_module, render, send, take_quiz};

/// The bundled course's editions, the one for `language` first.
fn bundled(language: Option<&str>) -> Vec<Course> {
    editions(
        load_bundled().expect("the bundled course"),
        &bundled_files(),
        language,
    )
}

/// An app on the bundled course opened for a learner whose language is
/// `language`, laid out for `w`×`h`.
fn app_for(language: Option<&str>, w: u16, h: u16) -> App {
    let mut all = bundled(language);
    let course = all.remove(0);
    let mut app = App::new(course, State::default(), Theme::plain());
    app.editions = all;
    app.clock = || crate::common::NOW;
    update(&mut app, Action::Resize(w, h));
    app
}

/// Presses `E` as the terminal reports it (a capital E, with Shift).
fn press_e(app: &mut App) {
    let key = Event::Key(KeyEvent::new(KeyCode::Char('E'), KeyModifiers::SHIFT));
    let action = action_for_event(app, &key);
    assert_eq!(action, Some(Action::SwitchEdition), "E switches edition");
    send(app, &[Action::SwitchEdition]);
}

#[test]
fn a_french_learner_gets_the_french_edition_and_others_the_english() {
    let fr = bundled(Some("fr"));
    assert_eq!(fr[0].info.language, "fr");
    assert!(fr[0].info.title.starts_with("Sociologie du web"));
    assert_eq!(fr[1].info.language, "en");
    assert_eq!(bundled(Some("en"))[0].info.language, "en");
    assert_eq!(bundled(Some("de"))[0].info.language, "en");
    assert_eq!(bundled(None)[0].info.language, "en");
}

#[test]
fn switching_keeps_the_open_item_and_every_mark() {
    let mut app = app_for(None, 120, 40);
    assert_eq!(app.course.info.language, "en");
    read_module(&mut app, 0);
    let quiz = app.course.modules[0]
        .items
        .iter()
        .position(|i| i.id() == "module-quiz")
        .unwrap();
    open_item(&mut app, 0, quiz);
    take_quiz(&mut app, true);
    open_item(&mut app, 0, 0);
    send(&mut app, &[Action::AddBookmark]);
    let before = app.progress().clone();
    assert!(!before.read.is_empty());
    assert!(!before.attempts.is_empty());
    assert_eq!(before.bookmarks.len(), 1);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("From the Big Four to the NATU"), "{screen}");

    press_e(&mut app);
    assert_eq!(app.course.info.language, "fr");
    assert_eq!(app.nav.current, (0, 0), "the same item stays open");
    let after = app.progress();
    assert_eq!(after.read, before.read, "the same read marks");
    assert_eq!(after.attempts, before.attempts, "the same attempts");
    assert_eq!(after.bookmarks, before.bookmarks, "the same bookmarks");
    // No item read in English is marked as changed in French.
    let n = app.course.modules[0].items.len();
    for ii in 0..n {
        assert!(
            !amphi::app::reading::changed(&app, 0, ii),
            "item {ii} shows as changed after the switch"
        );
    }
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Des Big Four aux NATU"), "{screen}");
    assert!(screen.contains("Le web exponentiel"), "{screen}");
    insta::assert_snapshot!("french_edition_120x40", screen);

    press_e(&mut app);
    assert_eq!(app.course.info.language, "en");
    assert_eq!(app.nav.current, (0, 0));
    assert_eq!(app.progress().read, before.read);
    assert!(render(&app, 120, 40).contains("From the Big Four to the NATU"));
}

#[test]
fn the_french_edition_at_80x24() {
    let mut app = app_for(Some("fr"), 80, 24);
    assert_eq!(app.course.info.language, "fr");
    open_item(&mut app, 0, 0);
    let screen = render(&app, 80, 24);
    insta::assert_snapshot!("french_edition_80x24", screen);
}

#[test]
fn a_numeric_answer_with_a_decimal_comma_counts_in_the_french_edition() {
    let mut app = app_for(Some("fr"), 120, 40);
    let (mi, ii) = (0, 4);
    assert_eq!(app.course.modules[mi].items[ii].id(), "module-quiz");
    open_item(&mut app, mi, ii);
    send(&mut app, &[Action::Confirm]);
    // Move to q4, the numeric question (Uber's rise, 27.5 %), answering the
    // first three right.
    for _ in 0..3 {
        crate::common::answer_and_go_on(&mut app, true);
    }
    let (quiz, state) = app.current_quiz().unwrap();
    assert_eq!(quiz.questions[state.session.current].id, "q4");
    let typed: Vec<Action> = "27,5".chars().map(Action::Input).collect();
    send(&mut app, &typed);
    send(&mut app, &[Action::Confirm, Action::Confirm]);
    for _ in 4..8 {
        crate::common::answer_and_go_on(&mut app, true);
    }
    let attempt = app.progress().attempts.last().expect("a finished attempt");
    let q4 = attempt
        .answers
        .iter()
        .find(|a| a.question == "q4")
        .expect("q4 answered");
    assert!(q4.correct, "27,5 is right in the French edition: {q4:?}");
}

#[test]
fn without_another_edition_the_key_says_so() {
    let mut app = crate::common::app(80, 24);
    send(&mut app, &[Action::SwitchEdition]);
    assert_eq!(app.course.info.language, "en");
    assert!(app.notice.as_deref().unwrap_or("").contains("no edition"));
}

#[test]
fn an_editions_files_and_images_are_read_in_its_own_folder() {
    use amphi::course::{DirFiles, load_dir};
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/editions");
    let files: std::sync::Arc<dyn amphi::course::CourseFiles + Send + Sync> =
        std::sync::Arc::new(DirFiles::new(&dir));
    let all = editions(load_dir(&dir).unwrap(), files.as_ref(), Some("fr"));
    let mut all = all.into_iter();
    let mut app = App::new(all.next().unwrap(), State::default(), Theme::plain());
    app.editions = all.collect();
    app.course_folder = Some(dir.clone());
    app.course_files = Some(files);
    assert_eq!(app.course.info.language, "fr");
    assert_eq!(app.edition_folder(), Some("fr"));
    assert_eq!(app.files_folder(), Some(dir.join("fr")));
    let read = |app: &App| {
        let bytes = app.edition_files().unwrap().read("course.yaml").unwrap();
        String::from_utf8(bytes).unwrap()
    };
    assert!(
        read(&app).contains("edition_of"),
        "the edition's own course.yaml"
    );

    send(&mut app, &[Action::SwitchEdition]);
    assert_eq!(app.course.info.language, "en");
    assert_eq!(app.edition_folder(), None);
    assert_eq!(app.files_folder(), Some(dir.clone()));
    assert!(
        !read(&app).contains("edition_of"),
        "the original's course.yaml"
    );
}

#[test]
fn plain_mode_says_which_edition_opened_and_shows_its_text() {
    let mut app = app_for(None, 80, 24);
    app.settings.plain = true;
    open_item(&mut app, 0, 0);
    send(&mut app, &[Action::SwitchEdition]);
    // No language was chosen, so amphi speaks the edition's: French.
    let said = amphi::app::spoken::status(&app);
    assert!(said.contains("Édition\u{a0}: Sociologie du web"), "{said}");
    assert!(said.contains("(fr)"), "{said}");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Des Big Four aux NATU"), "{screen}");
    assert!(
        screen.contains("Édition\u{a0}: Sociologie du web"),
        "{screen}"
    );
}

/// A learner who chose a language (`--lang`, the config file) keeps it when
/// switching edition: only the course's text changes.
#[test]
fn a_chosen_language_stays_when_the_edition_switches() {
    let mut app = app_for(None, 80, 24);
    app.settings.plain = true;
    app.settings.language_follows_course = false;
    open_item(&mut app, 0, 0);
    send(&mut app, &[Action::SwitchEdition]);
    let said = amphi::app::spoken::status(&app);
    assert!(said.contains("Edition: Sociologie du web"), "{said}");
    assert_eq!(app.settings.language, amphi::i18n::Language::En);
}

/// The edition a learner chose with `E` is kept in the progress state and
/// opens the next run, whatever the locale says; `--lang` on that run still
/// wins. The interface follows the edition unless a language was chosen.
#[test]
fn the_edition_chosen_with_e_opens_next_time_whatever_the_locale() {
    use amphi::cli::editions::opening_language;
    use amphi::i18n::Language;
    // An English locale: the English original opens.
    let mut app = app_for(Some("en"), 120, 40);
    open_item(&mut app, 0, 0);
    assert_eq!(app.progress().edition, "", "nothing chosen yet");
    let key = Event::Key(KeyEvent::new(KeyCode::Char('E'), KeyModifiers::SHIFT));
    let action = action_for_event(&app, &key).expect("E is bound");
    let effects = update(&mut app, action);
    assert!(
        effects.contains(&amphi::app::Effect::Save),
        "the choice is saved at once: {effects:?}"
    );
    assert_eq!(app.progress().edition, "fr");

    // The state file as written, read back by the next run.
    let text = serde_json::to_string(&app.state).unwrap();
    assert!(text.contains(r#""edition":"fr""#), "{text}");
    let state: State = serde_json::from_str(&text).unwrap();
    let id = app.course.info.id.clone();
    let remembered = state.courses[&id].edition.as_str();

    // The next run, with an English locale and no --lang: French again.
    let language = opening_language(None, remembered, None, Some("en".into()));
    let mut all = bundled(language.as_deref());
    assert_eq!(all[0].info.language, "fr");
    let course = all.remove(0);
    // Nothing chosen: the interface speaks the edition's language.
    let config = amphi::config::Config::default();
    let english_locale = |n: &str| (n == "LANG").then(|| "en_GB.UTF-8".to_owned());
    let interface = amphi::cli::language(&config, Some(&course.info.language), &english_locale);
    assert_eq!(interface, Language::Fr);
    let mut again = App::new(course, state.clone(), Theme::plain());
    again.editions = all;
    again.set_language(interface);
    again.clock = || crate::common::NOW;
    update(&mut again, Action::Resize(120, 40));
    if again.modals.overlay() == Some(amphi::app::Overlay::Resume) {
        send(&mut again, &[Action::ToggleHelp]);
    }
    let screen = render(&again, 120, 40);
    assert!(screen.contains("Des Big Four aux NATU"), "{screen}");
    assert!(screen.contains("Le web exponentiel"), "{screen}");

    // The config file's language loses to the remembered edition (only the
    // interface speaks it)...
    let language = opening_language(None, remembered, Some(Language::En), None);
    assert_eq!(bundled(language.as_deref())[0].info.language, "fr");
    // ...but --lang (or AMPHI_LANG) on this run wins.
    let language = opening_language(Some(Language::En), remembered, None, Some("fr".into()));
    assert_eq!(bundled(language.as_deref())[0].info.language, "en");

    // Switching back to the original is remembered too.
    send(&mut again, &[Action::SwitchEdition]);
    assert_eq!(again.course.info.language, "en");
    assert_eq!(again.progress().edition, "en");
    let language = opening_language(None, &again.progress().edition, None, Some("fr".into()));
    assert_eq!(bundled(language.as_deref())[0].info.language, "en");
}

/// A state file written before the edition was remembered loads, opens the
/// edition of the locale, and is written back without the field until the
/// learner switches.
#[test]
fn an_old_state_file_has_no_edition_and_keeps_none_until_a_switch() {
    let text = include_str!("../fixtures/state/v1.json");
    let state: State = serde_json::from_str(text).expect("v1 loads");
    let web = &state.courses["sociology-of-the-web"];
    assert_eq!(web.edition, "");
    let written = serde_json::to_string(&state).unwrap();
    assert!(!written.contains("edition"), "{written}");
    let language =
        amphi::cli::editions::opening_language(None, &web.edition, None, Some("fr".into()));
    assert_eq!(bundled(language.as_deref())[0].info.language, "fr");
}
