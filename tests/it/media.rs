//! Course files (`files:`) and videos (`kind: video`): loading, checking,
//! selecting and opening them, transcripts on screen and in search, and a
//! video read to its end.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use amphi::app::open::{Launch, Programs};
use amphi::app::{Action, App, Effect, update};
use amphi::course::{Item, Problem, load_dir};
use amphi::progress::State;
use amphi::theme::Theme;

use crate::common::{NOW, render, send};

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

fn fixed_clock() -> u64 {
    NOW
}

/// The media fixture in an app of `w`×`h`, with these programs installed.
fn media_app(w: u16, h: u16, programs: Programs) -> App {
    let dir = fixture("valid", "media");
    let course = load_dir(&dir).expect("the media fixture is valid");
    let mut app = App::new(course, State::default(), Theme::plain());
    app.clock = fixed_clock;
    app.course_folder = Some(dir.canonicalize().unwrap());
    app.programs = programs;
    update(&mut app, Action::Resize(w, h));
    app
}

const ALL: Programs = Programs {
    opener: true,
    mpv: true,
};
const NO_MPV: Programs = Programs {
    opener: true,
    mpv: false,
};

/// Opens item `i` of the first module.
fn open(app: &mut App, i: usize) {
    update(app, Action::OpenItem(0, i));
    assert_eq!(app.nav.current, (0, i));
}

fn launches(effects: &[Effect]) -> Vec<&Launch> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Launch(l) => Some(l),
            _ => None,
        })
        .collect()
}

fn args(l: &Launch) -> Vec<String> {
    l.args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

fn opener() -> &'static str {
    amphi::app::open::opener().0
}

#[test]
fn the_fixture_loads_files_sizes_durations_and_both_transcripts() {
    let course = load_dir(&fixture("valid", "media")).unwrap();
    let items = &course.modules[0].items;
    let files = items[0].files();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].path, "handouts/walk.pdf");
    let real = std::fs::metadata(fixture("valid", "media").join("data/boats.csv")).unwrap();
    assert_eq!(files[1].size, Some(real.len()));
    let Item::Video(vtt) = &items[1] else {
        panic!("a video")
    };
    assert_eq!(vtt.duration, 12 * 60 + 34);
    assert_eq!(vtt.cues.len(), 3);
    assert_eq!(
        vtt.cues[0].text,
        "Mara: Good morning. This post by the steps is the tide gauge."
    );
    assert_eq!(vtt.cues[2].start_ms, 724_000);
    let Item::Video(srt) = &items[2] else {
        panic!("a video")
    };
    assert_eq!(srt.duration, 95);
    assert_eq!(srt.cues.len(), 3, "CRLF, tags and overlaps read");
    assert_eq!(srt.cues[0].text, "Ilse: I started on the small crane.");
    let Item::Video(url_only) = &items[3] else {
        panic!("a video")
    };
    assert!(url_only.cues.is_empty() && url_only.transcript.is_none());
    assert_eq!(url_only.duration, 62);
}

/// The single problem of the invalid fixture `case`.
fn only_problem(case: &str) -> Problem {
    let report = load_dir(&fixture("invalid", case)).expect_err("invalid");
    assert_eq!(report.problems.len(), 1, "{report}");
    report.problems[0].clone()
}

fn at(p: &Problem) -> (String, usize, usize) {
    let dir = fixture("invalid", "x");
    let base = dir.parent().unwrap().display().to_string();
    (
        p.file.trim_start_matches(&base).to_string(),
        p.line.unwrap_or(0),
        p.column.unwrap_or(0),
    )
}

#[test]
fn invalid_media_is_reported_at_its_line() {
    let p = only_problem("media-file-outside");
    assert_eq!(at(&p), ("/media-file-outside/modules/a.yaml".into(), 10, 9));
    assert_eq!(
        p.message.to_string(),
        "lesson `one`: file `../../secrets.csv`: the path leaves the course folder (`..` is not allowed)"
    );
    let p = only_problem("media-bad-duration");
    assert_eq!(at(&p), ("/media-bad-duration/modules/a.yaml".into(), 7, 15));
    assert!(
        p.message.to_string().contains("not `12:75`"),
        "{}",
        p.message
    );
    let p = only_problem("media-bad-transcript");
    assert_eq!(
        at(&p),
        ("/media-bad-transcript/transcripts/talk.vtt".into(), 6, 1)
    );
    assert!(
        p.message.to_string().contains("cue timing"),
        "{}",
        p.message
    );
    let p = only_problem("media-file-and-url");
    assert_eq!(at(&p), ("/media-file-and-url/modules/a.yaml".into(), 9, 5));
    assert_eq!(
        p.message.to_string(),
        "video `talk` has both `file` and `url`; keep one"
    );
    let p = only_problem("media-no-source");
    assert_eq!(at(&p), ("/media-no-source/modules/a.yaml".into(), 5, 5));
    assert!(
        p.message
            .to_string()
            .starts_with("video `talk` has neither `file` nor `url`")
    );
}

/// A course folder of its own, with this module file and these extra files.
fn temp_course(module: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    };
    write(
        "course.yaml",
        "id: t\ntitle: T\nmodules:\n  - modules/a.yaml\n",
    );
    write("modules/a.yaml", module);
    for (p, t) in files {
        write(p, t);
    }
    dir
}

#[test]
fn a_missing_file_is_a_warning_and_an_absolute_one_an_error() {
    let module = "id: a\ntitle: A\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: Text.\n    files:\n      - title: Gone\n        path: gone.pdf\n";
    let dir = temp_course(module, &[]);
    let files = amphi::course::DirFiles::new(dir.path());
    let (result, warnings) = amphi::author::check::check_course(&files);
    assert!(result.is_ok(), "a missing file does not make it invalid");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!((warnings[0].line, warnings[0].column), (Some(10), Some(9)));
    assert_eq!(
        warnings[0].message.to_string(),
        "lesson `l`: file `gone.pdf` is missing from the course folder"
    );
    let course = load_dir(dir.path()).unwrap();
    assert_eq!(course.modules[0].items[0].files()[0].size, None);

    let absolute = module.replace("gone.pdf", "/etc/passwd");
    let dir = temp_course(&absolute, &[]);
    let report = load_dir(dir.path()).unwrap_err();
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0]
            .message
            .to_string()
            .contains("the path is absolute"),
        "{report}"
    );
}

#[cfg(unix)]
#[test]
fn a_file_linked_out_of_the_folder_is_an_error() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.csv"), "a,b\n").unwrap();
    let module = "id: a\ntitle: A\nitems:\n  - kind: lesson\n    id: l\n    title: L\n    body: Text.\n    files:\n      - title: Linked\n        path: data.csv\n";
    let dir = temp_course(module, &[]);
    std::os::unix::fs::symlink(
        outside.path().join("secret.csv"),
        dir.path().join("data.csv"),
    )
    .unwrap();
    let report = load_dir(dir.path()).unwrap_err();
    assert_eq!(report.problems.len(), 1);
    let p = &report.problems[0];
    assert!(
        p.message.to_string().contains("outside the course folder"),
        "{p}"
    );
    assert_eq!((p.line, p.column), (Some(10), Some(9)));
}

#[test]
fn enter_on_a_file_opens_it_with_the_system_opener() {
    let mut app = media_app(100, 30, NO_MPV);
    open(&mut app, 0);
    assert_eq!(app.reader.view.target, None, "nothing selected at first");
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    let effects = update(&mut app, Action::Confirm);
    let l = launches(&effects);
    assert_eq!(l.len(), 1, "{effects:?}");
    assert_eq!(l[0].program, opener());
    let folder = app.course_folder.clone().unwrap();
    let file = folder.join("data").join("boats.csv");
    assert_eq!(l[0].args.last(), Some(&OsString::from(file)));
    assert_eq!(
        l[0].check,
        Some((folder, "data/boats.csv".to_string())),
        "checked again before it starts"
    );
    assert_eq!(
        app.notice.as_deref(),
        Some(format!("Opening boats.csv with {}", opener()).as_str())
    );
}

#[test]
fn enter_without_a_file_selected_reads_on() {
    let mut app = media_app(100, 30, NO_MPV);
    open(&mut app, 0);
    let effects = update(&mut app, Action::Confirm);
    assert!(launches(&effects).is_empty());
    // The lesson is short: Enter went on to the next item.
    assert_eq!(app.nav.current, (0, 1));
}

#[test]
fn a_click_selects_a_file() {
    let mut app = media_app(100, 30, NO_MPV);
    open(&mut app, 0);
    update(&mut app, Action::SelectTarget(1));
    assert_eq!(app.reader.view.target, Some(1));
    let effects = update(&mut app, Action::Confirm);
    assert!(
        args(launches(&effects)[0])
            .last()
            .unwrap()
            .ends_with("boats.csv")
    );
}

#[test]
fn a_transcript_line_plays_at_its_time_in_mpv() {
    let mut app = media_app(100, 30, ALL);
    open(&mut app, 2);
    // Play line selected: ↓ goes to the first cue, then the second.
    send(&mut app, &[Action::Down, Action::Down]);
    let effects = update(&mut app, Action::Confirm);
    let l = launches(&effects);
    assert_eq!(l[0].program, "mpv");
    assert_eq!(
        args(l[0]),
        ["--start=5", "--", "https://example.org/videos/crane-panel"]
    );
    assert_eq!(l[0].check, None, "an address: nothing to check");
    assert_eq!(
        app.notice.as_deref(),
        Some("Playing https://example.org/videos/crane-panel at 0:05 with mpv")
    );
}

#[test]
fn a_video_file_plays_from_the_start_and_without_mpv_with_the_opener() {
    let mut app = media_app(100, 30, ALL);
    open(&mut app, 1);
    let effects = update(&mut app, Action::Confirm);
    let l = launches(&effects);
    let file = app
        .course_folder
        .clone()
        .unwrap()
        .join("media")
        .join("tide-talk.mp4");
    assert_eq!(l[0].program, "mpv");
    assert_eq!(
        l[0].args,
        vec![OsString::from("--"), OsString::from(file.clone())]
    );

    let mut app = media_app(100, 30, NO_MPV);
    open(&mut app, 1);
    // The last cue, at 12:04.
    send(
        &mut app,
        &[Action::Down, Action::Down, Action::Down, Action::Down],
    );
    let effects = update(&mut app, Action::Confirm);
    let l = launches(&effects);
    assert_eq!(l[0].program, opener());
    assert_eq!(l[0].args.last(), Some(&OsString::from(file)));
    let notice = app.notice.clone().unwrap();
    assert!(
        notice.starts_with(&format!(
            "Opening tide-talk.mp4 with {}, from the start",
            opener()
        )) && notice.contains("mpv is not installed")
            && notice.contains("12:04"),
        "{notice}"
    );
}

#[test]
fn no_program_and_no_folder_are_said_not_started() {
    let none = Programs {
        opener: false,
        mpv: false,
    };
    let mut app = media_app(100, 30, none);
    open(&mut app, 3);
    let effects = update(&mut app, Action::Confirm);
    assert!(launches(&effects).is_empty());
    assert_eq!(
        app.notice.as_deref(),
        Some(
            format!(
                "Cannot play https://example.org/videos/quay-trailer: neither mpv nor {} is installed.",
                opener()
            )
            .as_str()
        )
    );

    let mut app = media_app(100, 30, NO_MPV);
    app.course_folder = None;
    open(&mut app, 0);
    send(&mut app, &[Action::Down]);
    let effects = update(&mut app, Action::Confirm);
    assert!(launches(&effects).is_empty());
    assert_eq!(
        app.notice.as_deref(),
        Some(amphi::app::open::no_folder(app.settings.language).as_str())
    );
}

#[test]
fn a_video_without_transcript_says_so_and_enter_plays() {
    let mut app = media_app(80, 24, NO_MPV);
    open(&mut app, 3);
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("No transcript: press Enter to play"),
        "{screen}"
    );
    let effects = update(&mut app, Action::Confirm);
    assert_eq!(
        args(launches(&effects)[0]).last().unwrap(),
        "https://example.org/videos/quay-trailer"
    );
}

#[test]
fn screens_with_files_and_a_transcript() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = media_app(w, h, ALL);
        open(&mut app, 0);
        update(&mut app, Action::Down);
        insta::assert_snapshot!(format!("media_lesson_files_{w}x{h}"), render(&app, w, h));
        open(&mut app, 1);
        send(&mut app, &[Action::Down, Action::Down]);
        insta::assert_snapshot!(format!("media_transcript_{w}x{h}"), render(&app, w, h));
    }
}

#[test]
fn plain_mode_shows_files_and_transcript_and_says_the_selection() {
    let mut app = media_app(80, 24, NO_MPV);
    app.settings.plain = true;
    update(&mut app, Action::Resize(80, 24));
    open(&mut app, 0);
    update(&mut app, Action::Down);
    let screen = render(&app, 80, 24);
    insta::assert_snapshot!("media_plain_lesson_files_80x24", screen);
    assert!(
        crate::common::flat(&screen)
            .contains("Selected: file Walk handout, walk.pdf. Enter opens it."),
        "{screen}"
    );
    open(&mut app, 1);
    send(&mut app, &[Action::Down]);
    let screen = render(&app, 80, 24);
    insta::assert_snapshot!("media_plain_transcript_80x24", screen);
    assert!(
        crate::common::flat(&screen).contains("Selected: transcript line at 0:01. Enter opens it."),
        "{screen}"
    );
}

#[test]
fn a_search_finds_words_of_a_transcript_and_jumps_there() {
    let mut app = media_app(100, 30, NO_MPV);
    update(&mut app, Action::OpenSearch);
    for c in "barometer".chars() {
        update(&mut app, Action::Input(c));
    }
    let panel = app.modals.search().expect("the search panel");
    assert_eq!(panel.hits.len(), 1, "{:?}", panel.hits);
    let hit = &panel.hits[0];
    assert_eq!((hit.module, hit.item), (0, 1));
    update(&mut app, Action::Confirm);
    assert_eq!(app.nav.current, (0, 1));
    let screen = render(&app, 100, 30);
    assert!(
        screen.contains("12:04  So when the barometer falls"),
        "{screen}"
    );
}

#[test]
fn a_video_is_done_once_its_transcript_is_read_to_the_end() {
    // Short enough a pane that the transcript does not fit.
    let mut app = media_app(60, 12, NO_MPV);
    open(&mut app, 1);
    let module = app.course.modules[0].id.clone();
    let read = |app: &App| app.progress().is_read(&module, "tide-talk");
    assert!(
        !app.reader.view.at_end(),
        "the transcript is longer than the pane"
    );
    assert!(!read(&app));
    let mut guard = 0;
    while !app.reader.view.at_end() && guard < 50 {
        update(&mut app, Action::Down);
        guard += 1;
    }
    let effects = update(&mut app, Action::Down);
    assert!(read(&app), "read to its end, as a lesson is");
    let _ = effects;
    let done = app.course_completion();
    assert_eq!(done.done, 1);
}

#[cfg(unix)]
#[test]
fn the_terminal_layer_starts_the_program_without_a_shell() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("args.txt");
    let script = dir.path().join("fake-opener");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '{}'; done\n",
            out.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let launch = Launch {
        program: script.display().to_string(),
        args: vec!["--".into(), "a file; rm -rf ~ $(echo no).pdf".into()],
        check: None,
        what: "x".into(),
    };
    amphi::tui::start(&launch).expect("started");
    let mut text = String::new();
    for _ in 0..100 {
        text = std::fs::read_to_string(&out).unwrap_or_default();
        if text.lines().count() == 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        text, "--\na file; rm -rf ~ $(echo no).pdf\n",
        "arguments as given"
    );

    let missing = Launch {
        program: "amphi-no-such-opener".into(),
        args: vec![],
        check: None,
        what: "walk.pdf".into(),
    };
    assert_eq!(
        amphi::tui::start(&missing).unwrap_err(),
        "Cannot open walk.pdf: amphi-no-such-opener is not installed."
    );
    let gone = Launch {
        check: Some((dir.path().to_path_buf(), "gone.pdf".into())),
        ..missing
    };
    assert_eq!(
        amphi::tui::start(&gone).unwrap_err(),
        "walk.pdf is missing from the course folder."
    );
    assert!(amphi::tui::on_path(
        "fake-opener",
        Some(dir.path().as_os_str())
    ));
    assert!(!amphi::tui::on_path(
        "args.txt",
        Some(dir.path().as_os_str())
    ));
}

/// The text of block `b` of the open item.
fn block_text(app: &App, b: usize) -> String {
    app.reader.view.doc.blocks[b]
        .lines
        .iter()
        .flatten()
        .map(|s| s.content.as_ref())
        .collect()
}

#[test]
fn every_target_is_the_block_that_shows_it_on_every_kind_of_item() {
    let mut app = media_app(100, 30, NO_MPV);
    // The quiz's page (its intro) shows its file after its title.
    open(&mut app, 4);
    let targets = app.reader.view.targets.clone();
    assert_eq!(targets.len(), 1);
    assert!(
        block_text(&app, targets[0].0).starts_with("Boat counts — boats.csv"),
        "{}",
        block_text(&app, targets[0].0)
    );
    update(&mut app, Action::Down);
    let effects = update(&mut app, Action::Confirm);
    assert!(
        args(launches(&effects)[0])
            .last()
            .unwrap()
            .ends_with("boats.csv")
    );
    for (i, want) in [
        (0, "Walk handout — walk.pdf"),
        (1, "Gauge readings — boats.csv"),
    ] {
        open(&mut app, i);
        let first = app.reader.view.targets[0].0;
        assert!(block_text(&app, first).starts_with(want), "item {i}");
    }
}

#[test]
fn control_characters_in_a_transcript_never_reach_the_screen() {
    let module = "id: a\ntitle: A\nitems:\n  - kind: video\n    id: v\n    title: V\n    duration: 5\n    url: https://example.org/v\n    transcript: t.srt\n";
    let dir = temp_course(
        module,
        &[(
            "t.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nred \u{1b}[31malert\u{7}\n",
        )],
    );
    let course = load_dir(dir.path()).unwrap();
    let Item::Video(v) = &course.modules[0].items[0] else {
        panic!("a video")
    };
    assert!(
        !v.cues[0].text.chars().any(char::is_control),
        "{:?}",
        v.cues[0].text
    );
}

#[test]
fn no_size_panics_on_files_and_transcripts() {
    for (w, h) in [(1, 1), (10, 3), (20, 6), (33, 9), (200, 60)] {
        for plain in [false, true] {
            let mut app = media_app(80, 24, ALL);
            app.settings.plain = plain;
            for i in 0..5 {
                update(&mut app, Action::Resize(80, 24));
                open(&mut app, i);
                update(&mut app, Action::Resize(w, h));
                send(&mut app, &[Action::Down, Action::Down, Action::Up]);
                let _ = render(&app, w, h);
            }
        }
    }
}

#[test]
fn adding_a_course_copies_its_offered_files_whole() {
    let src = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&fixture("valid", "media"), src.path());
    // A video file over the 4 MiB a course text may be: copied whole all the same.
    let big = vec![b'v'; 5 * 1024 * 1024];
    std::fs::write(src.path().join("media/tide-talk.mp4"), &big).unwrap();
    let home = tempfile::tempdir().unwrap();
    let library = amphi::library::Library::new(home.path().join("courses"));
    let (_, source) = library.add(src.path(), false, false).expect("added");
    let copy = source.folder().expect("a copy").to_path_buf();
    for file in [
        "handouts/walk.pdf",
        "data/boats.csv",
        "transcripts/tide-talk.vtt",
    ] {
        assert_eq!(
            std::fs::read(copy.join(file)).unwrap(),
            std::fs::read(src.path().join(file)).unwrap(),
            "{file}"
        );
    }
    assert_eq!(
        std::fs::metadata(copy.join("media/tide-talk.mp4"))
            .unwrap()
            .len(),
        big.len() as u64
    );
}
