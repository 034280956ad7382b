//! The last screens' words in French (issue 17): bookmarks, notes, opening a
//! course file or a video, images not drawn, the reload banner of `amphi
//! preview`, an interview prepared on the worker thread, key names as a French
//! keyboard names them, and what the binary prints at launch and about the
//! state folder, in the language chosen.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use amphi::app::images::{ImageMode, ImageStore};
use amphi::app::open::Programs;
use amphi::app::{Action, App, Effect, Reloaded, update};
use amphi::course::{CourseFiles, DirFiles, Item, Problem, Report};
use amphi::i18n::Language;
use amphi::progress::{Bookmark, State};
use amphi::theme::Theme;

use crate::common::isolated::amphi;
use crate::common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name)
}

/// The bundled course in French, `w`×`h`.
fn french(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    app.set_language(Language::Fr);
    app
}

/// The status bar: the last row of the screen.
fn status_bar(app: &App, w: u16, h: u16) -> String {
    render(app, w, h)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn bookmarks_and_notes_say_their_notices_in_french() {
    let mut app = french(120, 40);
    send(&mut app, &[Action::Down, Action::Down, Action::AddBookmark]);
    let added = app.notice.clone().unwrap();
    assert!(
        added.starts_with("Signet ajouté (' ou M liste les signets)\u{a0}: "),
        "{added}"
    );
    send(&mut app, &[Action::AddBookmark]);
    assert_eq!(app.notice.as_deref(), Some("Cet endroit a déjà un signet."));
    // A bookmark whose item left the course.
    app.progress_mut().bookmarks.insert(
        0,
        Bookmark {
            module: "gone".into(),
            item: "away".into(),
            anchor: Default::default(),
            label: "Gone".into(),
            created_at: NOW,
        },
    );
    send(&mut app, &[Action::OpenBookmarks, Action::Confirm]);
    assert_eq!(
        app.notice.as_deref(),
        Some("L'élément de ce signet (gone/away) n'est plus dans le cours.")
    );
    // A note: the editor's status bar names its key as a French keyboard does.
    send(&mut app, &[Action::EditNote]);
    let bar = status_bar(&app, 120, 40);
    assert!(bar.contains(" Échap enregistrer et fermer"), "{bar}");
    send(&mut app, &[Action::Input('a'), Action::SaveNote]);
    assert_eq!(app.notice.as_deref(), Some("Note enregistrée."));
}

#[test]
fn the_bookmarks_panel_in_french() {
    for (w, h) in SIZES {
        let mut app = french(w, h);
        send(&mut app, &[Action::Down, Action::AddBookmark]);
        send(&mut app, &[Action::NextItem, Action::AddBookmark]);
        send(&mut app, &[Action::OpenBookmarks]);
        let screen = render(&app, w, h);
        assert!(screen.contains("Signets · 2"), "{screen}");
        assert!(screen.contains("Entrée y va"), "{screen}");
        insta::assert_snapshot!(format!("fr_bookmarks_two_{w}x{h}"), screen);
    }
}

/// The media fixture in French, with these programs installed.
fn media_app(programs: Programs, folder: bool) -> App {
    let dir = fixture("media");
    let course = amphi::course::load_dir(&dir).expect("the media fixture is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    app.clock = || NOW;
    app.course_folder = folder.then(|| dir.canonicalize().unwrap());
    app.programs = programs;
    app.set_language(Language::Fr);
    update(&mut app, Action::Resize(100, 30));
    app
}

#[test]
fn opening_a_file_or_a_video_is_said_in_french() {
    let no_mpv = Programs {
        opener: true,
        mpv: false,
    };
    let (opener, _) = amphi::app::open::opener();
    let mut app = media_app(no_mpv, true);
    update(&mut app, Action::OpenItem(0, 0));
    send(&mut app, &[Action::Down, Action::Down, Action::Confirm]);
    assert_eq!(
        app.notice.as_deref(),
        Some(format!("Ouverture de boats.csv avec {opener}").as_str())
    );
    // A transcript line without mpv: the opener, from the start.
    let mut app = media_app(no_mpv, true);
    update(&mut app, Action::OpenItem(0, 2));
    send(&mut app, &[Action::Down, Action::Down, Action::Confirm]);
    let notice = app.notice.clone().unwrap();
    assert!(notice.starts_with("Ouverture de "), "{notice}");
    assert!(
        notice.contains(
            "depuis le début (mpv n'est pas installé\u{a0}: il aurait pu commencer à 0:05)"
        ),
        "{notice}"
    );
    // Nothing to start with, and no folder (the bundled course).
    let none = Programs {
        opener: false,
        mpv: false,
    };
    let mut app = media_app(none, true);
    update(&mut app, Action::OpenItem(0, 3));
    update(&mut app, Action::Confirm);
    let notice = app.notice.clone().unwrap();
    assert!(notice.starts_with("Impossible de lire "), "{notice}");
    assert!(notice.ends_with(" n'est installé."), "{notice}");
    let mut app = media_app(no_mpv, false);
    update(&mut app, Action::OpenItem(0, 0));
    send(&mut app, &[Action::Down, Action::Confirm]);
    assert_eq!(
        app.notice.as_deref(),
        Some(
            "Ce cours est intégré à amphi\u{a0}: ses fichiers n'ont pas de dossier sur le disque \
             d'où les ouvrir."
        )
    );
}

#[test]
fn plain_mode_says_the_selected_file_in_french() {
    let no_mpv = Programs {
        opener: true,
        mpv: false,
    };
    let mut app = media_app(no_mpv, true);
    app.settings.plain = true;
    update(&mut app, Action::Resize(80, 24));
    update(&mut app, Action::OpenItem(0, 0));
    update(&mut app, Action::Down);
    let spoken = amphi::app::spoken::status(&app);
    assert!(
        spoken.contains("Sélectionné\u{a0}: fichier Walk handout, walk.pdf. Entrée l'ouvre."),
        "{spoken}"
    );
    update(&mut app, Action::OpenItem(0, 1));
    update(&mut app, Action::Down);
    let spoken = amphi::app::spoken::status(&app);
    assert!(
        spoken.contains("ligne de transcription à 0:01. Entrée l'ouvre."),
        "{spoken}"
    );
}

#[test]
fn an_image_not_drawn_shows_its_alt_text_in_french() {
    let dir = fixture("images");
    let course = amphi::course::load_dir(&dir).expect("the images fixture is valid");
    for (w, h) in SIZES {
        let mut app = App::new(course.clone(), State::default(), Theme::plain());
        let files: Arc<dyn CourseFiles + Send + Sync> = Arc::new(DirFiles::new(&dir));
        app.images = Arc::new(ImageStore::new(Some(files), ImageMode::Off));
        app.set_language(Language::Fr);
        update(&mut app, Action::Resize(w, h));
        let screen = render(&app, w, h);
        assert!(
            screen.contains("[image\u{a0}: Red and blue bars: the two camps]"),
            "{screen}"
        );
        assert!(!screen.contains("[image: "), "{screen}");
        insta::assert_snapshot!(format!("fr_images_off_{w}x{h}"), screen);
    }
}

#[test]
fn the_reload_banner_of_amphi_preview_in_french() {
    for (w, h) in SIZES {
        let mut app = french(w, h);
        open_item(&mut app, 0, 1);
        let problems = (1..=6)
            .map(|n| Problem::new("course/modules/01.yaml", "title: invalid type").at(Some((n, 8))))
            .collect();
        let report = Report { problems };
        update(&mut app, Action::Reload(Reloaded(Box::new(Err(report)))));
        let screen = render(&app, w, h);
        let flat = flat(&screen);
        // (`flat` makes the no-break spaces plain ones.)
        assert!(
            flat.contains("Pas rechargé : le cours a des erreurs"),
            "{screen}"
        );
        assert!(screen.contains("Pas rechargé\u{a0}: le cours"), "{screen}");
        assert!(
            flat.contains("… et 2 autres (amphi check les liste toutes)"),
            "{screen}"
        );
        assert!(
            flat.contains("La dernière version correcte est affichée"),
            "{screen}"
        );
        assert!(!flat.contains("Not reloaded"), "{screen}");
        insta::assert_snapshot!(format!("fr_reload_banner_{w}x{h}"), screen);
    }
}

/// The text a job built, as lines of words.
fn job_text(job: amphi::app::prepare::PrepareJob) -> String {
    let prepared = job.run();
    let doc = prepared.doc.expect("an interview has a text");
    doc.blocks
        .iter()
        .flat_map(|b| b.lines.iter())
        .map(|l| l.iter().map(|s| s.content.to_string()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_interview_prepared_on_the_worker_thread_speaks_french() {
    let mut app = french(120, 40);
    let ii = app.course.modules[0]
        .items
        .iter()
        .position(|i| matches!(i, Item::Interview(_)))
        .unwrap();
    // The item before the interview: the interview is among the texts prepared next.
    let effects = send(&mut app, &[Action::OpenItem(0, ii - 1)]);
    let jobs: Vec<_> = effects
        .into_iter()
        .filter_map(|e| match e {
            Effect::Prepare(jobs) => Some(jobs),
            _ => None,
        })
        .flatten()
        .filter(|j| j.item == (0, ii))
        .collect();
    let job = jobs.into_iter().next().expect("the interview is prepared");
    assert_eq!(job.inputs.lang, Language::Fr);
    let text = job_text(job);
    assert!(text.contains("Source\u{a0}: INfluencia"), "{text}");
    assert!(text.contains("Note\u{a0}: "), "{text}");
    assert!(
        !text.contains("Source: ") && !text.contains("Note: "),
        "{text}"
    );
}

#[test]
fn the_status_bar_names_keys_as_a_french_keyboard_does() {
    let mut app = french(120, 40);
    send(&mut app, &[Action::EditNote]);
    let bar = status_bar(&app, 120, 40);
    assert!(bar.contains("Échap enregistrer et fermer"), "{bar}");
    assert!(!bar.contains("Esc"), "{bar}");
    let mut english = crate::common::app(120, 40);
    send(&mut english, &[Action::EditNote]);
    let bar = status_bar(&english, 120, 40);
    assert!(bar.contains("Esc save and close"), "{bar}");
    // A key the config file rebinds is shown in French too.
    let mut app = french(160, 40);
    let mut keys = amphi::app::Bindings::default();
    keys.bind("quit", vec![amphi::app::KeySpec::parse("ctrl-q").unwrap()])
        .unwrap();
    app.settings.keys = keys;
    let bar = status_bar(&app, 160, 40);
    assert!(bar.contains("Ctrl-Q quitter"), "{bar}");
    let mut keys = amphi::app::Bindings::default();
    keys.bind("quit", vec![amphi::app::KeySpec::parse("Esc").unwrap()])
        .unwrap();
    app.settings.keys = keys;
    let bar = status_bar(&app, 160, 40);
    assert!(bar.contains("Échap quitter"), "{bar}");
}

/// Runs the binary with `args` in a fresh home, `env` set (and no `LC_ALL`
/// when `env` sets `LANG`, as `env -u LC_ALL` would; a variable given empty
/// is unset); (exit code, stderr).
fn run(args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let mut cmd = amphi();
    cmd.args(args);
    if env.iter().any(|(k, _)| *k == "LANG") {
        cmd.env_remove("LC_ALL");
    }
    for (k, v) in env {
        // An empty value unsets the variable.
        if v.is_empty() {
            cmd.env_remove(k);
        } else {
            cmd.env(k, v);
        }
    }
    let out = cmd
        .stdin(std::process::Stdio::null())
        .output()
        .expect("amphi runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_unknown_key_in_the_config_file_is_said_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.yaml");
    std::fs::write(&config, "keys:\n  quit: [Entrée]\n").unwrap();
    let config = config.to_str().unwrap();
    let (code, err) = run(
        &["--lang", "fr", "config", "--check", "--config", config],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("keys.quit[0]\u{a0}: touche inconnue `Entrée`\u{a0}: écrivez un caractère")
            || err.contains("keys.quit[0]: touche inconnue `Entrée`\u{a0}: écrivez un caractère"),
        "{err}"
    );
    // The config file's key syntax stays English in the message.
    assert!(err.contains("Space, Tab, Enter, Esc"), "{err}");
    let (_, err) = run(
        &["--lang", "en", "config", "--check", "--config", config],
        &[],
    );
    assert!(
        err.contains("unknown key `Entrée`: write one character"),
        "{err}"
    );
    // At launch: `bad config file` in French, with the same message.
    let (code, err) = run(&["--config", config], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("amphi: fichier de configuration incorrect"),
        "{err}"
    );
    assert!(err.contains("touche inconnue"), "{err}");
    // A value `images` does not take.
    std::fs::write(dir.path().join("config.yaml"), "images: sometimes\n").unwrap();
    let (_, err) = run(
        &["--lang", "fr", "config", "--check", "--config", config],
        &[],
    );
    assert!(
        err.contains(
            "images\u{a0}: valeur inconnue `sometimes` (attendu\u{a0}: auto, always ou never)"
        ),
        "{err}"
    );
}

#[test]
fn launch_messages_are_in_the_language_chosen() {
    let fr = [("LANG", "fr_FR.UTF-8")];
    // No terminal: what to do instead.
    let (code, err) = run(&[], &fr);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("amphi: il faut un terminal interactif"),
        "{err}"
    );
    let (_, err) = run(&["review"], &fr);
    assert!(err.contains("il faut un terminal interactif"), "{err}");
    let (_, err) = run(&["--lang", "en"], &fr);
    assert!(
        err.starts_with("amphi: needs an interactive terminal"),
        "{err}"
    );
    // A broken course folder.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("course.yaml"), "title: [\n").unwrap();
    let folder = dir.path().to_str().unwrap();
    let (code, err) = run(&[folder], &fr);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.starts_with("amphi: impossible d'ouvrir le cours\u{a0}:\n"),
        "{err}"
    );
    let (_, err) = run(&["--lang", "en", folder], &fr);
    assert!(err.starts_with("amphi: cannot open the course:\n"), "{err}");
    // A bad AMPHI_IMAGE_PROTOCOL.
    let (code, err) = run(&["--lang", "fr"], &[("AMPHI_IMAGE_PROTOCOL", "vt340")]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("AMPHI_IMAGE_PROTOCOL\u{a0}: valeur inconnue `vt340`"),
        "{err}"
    );
}

#[test]
fn the_state_folder_s_message_is_in_the_command_s_language() {
    // A relative data folder: amphi has nowhere to keep progress.
    let env = [("AMPHI_DATA_DIR", "relative/folder"), ("AMPHI_STATE", "")];
    let (code, err) = run(&["--lang", "fr", "progress"], &env);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("\u{a0}: donnez --state FICHIER ou définissez AMPHI_STATE"),
        "{err}"
    );
    let (_, err) = run(&["--lang", "en", "progress"], &env);
    assert!(
        err.contains(": pass --state FILE or set AMPHI_STATE"),
        "{err}"
    );
    // The terminal interface studies on with a scratch state, and says why
    // once it closes (here: at once, without a terminal).
    let (_, err) = run(&["--lang", "fr"], &env);
    assert!(err.contains("il faut un terminal interactif"), "{err}");
}

/// A course in a temporary folder with one lesson of `paragraphs` short
/// paragraphs.
fn long_course(paragraphs: usize) -> (tempfile::TempDir, amphi::course::Course) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("modules")).unwrap();
    std::fs::write(
        root.join("course.yaml"),
        "id: long\ntitle: \"Long\"\nlanguage: en\nauthors: [\"Tests\"]\nversion: \"1\"\n\
         description: \"A long lesson.\"\nmodules:\n  - modules/01.yaml\n",
    )
    .unwrap();
    let body: String = (1..=paragraphs)
        .map(|n| format!("Paragraph {n} of the lesson.\n\n"))
        .collect();
    std::fs::write(root.join("long.md"), body).unwrap();
    std::fs::write(
        root.join("modules/01.yaml"),
        "id: one\ntitle: \"One\"\nitems:\n  - kind: lesson\n    id: long\n    title: \"Long\"\n    \
         body_file: long.md\n",
    )
    .unwrap();
    let course = amphi::course::load_dir(root).expect("the long course loads");
    (dir, course)
}

#[test]
fn counts_of_thousands_are_grouped_as_each_language_writes_them() {
    let (_dir, course) = long_course(1500);
    for (lang, count, lines) in [
        (Language::En, "of 3,001", "lines 1–"),
        (Language::Fr, "sur 3\u{202f}001", "lignes 1–"),
    ] {
        let mut app = App::new(course.clone(), State::default(), Theme::plain());
        app.set_language(lang);
        update(&mut app, Action::Resize(120, 40));
        open_item(&mut app, 0, 0);
        let screen = render(&app, 120, 40);
        // The pane's frame: `lines 1–37 of 3,001`, `lignes 1–37 sur 3 001`.
        assert!(screen.contains(lines) && screen.contains(count), "{screen}");
        // The same counts in plain mode's spoken line.
        app.settings.plain = true;
        let spoken = amphi::app::spoken::status(&app);
        assert!(spoken.contains(count), "{spoken}");
    }
}

#[test]
fn mastery_counts_are_grouped_too() {
    let m = amphi::progress::ObjectiveMastery {
        objective: amphi::course::Objective {
            id: "o".into(),
            title: "O".into(),
        },
        questions: 12_000,
        attempted: 2_500,
        right: 1_250,
    };
    assert_eq!(
        m.summary_in(Language::En),
        "1,250 of 2,500 right, 50 % (9,500 more questions not attempted yet)"
    );
    let fr = m.summary_in(Language::Fr);
    assert!(
        fr.starts_with("1\u{202f}250 sur 2\u{202f}500 justes"),
        "{fr}"
    );
    assert!(
        fr.contains("encore 9\u{202f}500 questions non tentées"),
        "{fr}"
    );
}

#[test]
fn a_config_error_keeps_its_place_and_says_its_message_in_each_language() {
    let e = amphi::config::parse("c.yaml", "keys:\n  quit: [Foo]\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "c.yaml:2:10: keys.quit[0]: unknown key `Foo`: write one character, a name such as \
         Space, Tab, Enter, Esc, Up, PageDown or F2, optionally after `ctrl-`"
    );
    assert_eq!(e.render(Language::En), e.to_string());
    let fr = e.render(Language::Fr);
    assert!(
        fr.starts_with("c.yaml:2:10: keys.quit[0]\u{a0}: touche inconnue `Foo`\u{a0}: écrivez"),
        "{fr}"
    );
    // Every config error is said in the language: a measure out of range too.
    let e = amphi::config::parse("c.yaml", "measure: 5\n").unwrap_err();
    assert_eq!(
        e.render(Language::Fr),
        "c.yaml:1:10: measure\u{a0}: 5 est hors limites\u{a0}: la colonne de texte fait de 20 à 1000 colonnes de large"
    );
}
