//! The course library through the real binary: `amphi add` (copy, `--link`,
//! `--force`, an invalid course refused), `amphi list` (progress and last study
//! date from the state file) and `amphi remove` (with and without `--yes`, without
//! a terminal), each in a temporary data folder (`XDG_DATA_HOME`, or
//! `AMPHI_DATA_DIR`) and a temporary state file.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use amphi::progress::{CourseProgress, State, Store};

const BIN: &str = env!("CARGO_BIN_EXE_amphi");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A temporary home for one test: data, config and cache folders, a state file
/// and room for course folders.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The library folder amphi uses under `XDG_DATA_HOME`.
    fn courses(&self) -> PathBuf {
        self.path("data/amphi/courses")
    }

    fn state(&self) -> PathBuf {
        self.path("state.json")
    }

    /// `amphi ARGS` with the XDG folders and the state file here, no terminal.
    fn command(&self, args: &[&OsStr]) -> Command {
        let mut cmd = Command::new(BIN);
        crate::common::isolated::isolate(&mut cmd, &self.path("home"));
        cmd.args(args)
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("AMPHI_STATE", self.state())
            .env_remove("AMPHI_DATA_DIR")
            .env_remove("NO_COLOR")
            .stdin(Stdio::null());
        cmd
    }

    fn amphi(&self, args: &[&str]) -> Output {
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        self.command(&args).output().expect("run amphi")
    }

    /// A new course (from `amphi new`) in `rel`, with `id` and `title`.
    fn new_course(&self, rel: &str, id: &str, title: &str) -> PathBuf {
        let dir = self.path(rel);
        let out = self.amphi(&["new", dir.to_str().unwrap(), "--title", title, "--id", id]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        dir
    }

    fn add(&self, dir: &Path, flags: &[&str]) -> Output {
        let mut args = vec!["add"];
        args.extend_from_slice(flags);
        args.push(dir.to_str().unwrap());
        self.amphi(&args)
    }

    fn list(&self) -> String {
        let out = self.amphi(&["list"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    }

    fn load_state(&self) -> State {
        Store::new(self.state()).load().unwrap().state
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The row of `amphi list` whose first column is `id`, split into columns.
fn row<'a>(list: &'a str, id: &str) -> Vec<&'a str> {
    let line = list
        .lines()
        .find(|l| l.split_whitespace().next() == Some(id))
        .unwrap_or_else(|| panic!("no row for {id} in:\n{list}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Progress with `items` read at [`common::NOW`] in module `getting-started`.
fn progress_in(items: &[&str]) -> CourseProgress {
    let mut p = CourseProgress::default();
    for item in items {
        p.mark_read("getting-started", item, crate::common::NOW);
    }
    p
}

fn write_state(home: &Home, courses: &[(&str, CourseProgress)]) {
    let mut state = State::default();
    for (id, p) in courses {
        state.courses.insert((*id).to_string(), p.clone());
    }
    Store::new(home.state()).save(&state).unwrap();
}

#[test]
fn add_copies_the_course_files_and_list_shows_it_after_the_bundled_course() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    let out = home.add(&src, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let copy = home.courses().join("tea");
    assert!(
        stdout(&out).contains(&copy.display().to_string()),
        "{}",
        stdout(&out)
    );
    // The files the course is made of, and nothing else (the author's README).
    for file in [
        "course.yaml",
        "modules/01-getting-started.yaml",
        "lessons/longer-reading.md",
    ] {
        assert_eq!(
            std::fs::read(copy.join(file)).unwrap(),
            std::fs::read(src.join(file)).unwrap(),
            "{file} copied as it is"
        );
    }
    assert!(!copy.join("README.md").exists());

    // The copy stays when the source goes.
    std::fs::remove_dir_all(&src).unwrap();
    let list = home.list();
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[0].starts_with("ID"), "{list}");
    assert!(lines[1].starts_with("sociology-of-the-web"), "{list}");
    assert_eq!(
        row(&list, "tea"),
        ["tea", "0 %", "0/1", "never", "installed", "Brewing tea"]
    );
}

#[test]
fn add_refuses_an_invalid_course_with_the_check_errors_and_installs_nothing() {
    let home = Home::new();
    let bad = Path::new(ROOT).join("tests/fixtures/invalid/missing-field");
    let out = home.add(&bad, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("does not check, so it was not added"), "{err}");
    // The problems as `amphi check` gives them: file:line:column, source line.
    assert!(
        err.contains("modules/a.yaml:8:5: lesson `two`: missing field `title`"),
        "{err}"
    );
    assert!(err.contains("8 |   - kind: lesson"), "{err}");
    assert!(err.trim_end().ends_with("1 error in 1 file"), "{err}");
    let installed = std::fs::read_dir(home.courses()).map_or(0, |d| d.count());
    assert_eq!(installed, 0, "nothing installed");

    let missing = home.add(&home.path("nowhere"), &[]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no such folder"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn adding_an_id_again_needs_force_and_the_bundled_id_is_refused() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));

    let again = home.new_course("tea2", "tea", "Tea, second edition");
    let out = home.add(&again, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("already installed"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(row(&home.list(), "tea")[5], "Brewing tea", "unchanged");

    let out = home.add(&again, &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(row(&home.list(), "tea")[5], "Tea, second edition");

    let clash = home.new_course("web", "sociology-of-the-web", "Not the bundled one");
    let out = home.add(&clash, &["--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bundled course"), "{}", stderr(&out));
}

#[test]
fn a_linked_course_is_read_from_its_folder_and_removing_it_leaves_the_folder() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    let out = home.add(&src, &["--link"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let link = home.courses().join("tea.link");
    let target = std::fs::read_to_string(&link).unwrap();
    assert_eq!(
        target.trim_end(),
        src.canonicalize().unwrap().to_str().unwrap()
    );
    assert!(!home.courses().join("tea").exists(), "nothing copied");

    // An edit in the folder shows at once.
    let manifest = src.join("course.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("Brewing tea", "Brewing green tea")).unwrap();
    let list = home.list();
    let tea = row(&list, "tea");
    assert_eq!(tea[4], format!("linked {}", target.trim_end()));
    assert_eq!(tea[5], "Brewing green tea");

    // A copy replaces the link with --force (and the other way round).
    assert_eq!(home.add(&src, &["--force"]).status.code(), Some(0));
    assert!(!link.exists() && home.courses().join("tea").is_dir());
    assert_eq!(
        home.add(&src, &["--link", "--force"]).status.code(),
        Some(0)
    );
    assert!(link.exists() && !home.courses().join("tea").exists());

    let out = home.amphi(&["remove", "tea"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("the folder itself is untouched"),
        "{}",
        stdout(&out)
    );
    assert!(!link.exists());
    assert!(manifest.is_file(), "the course folder stays");
    assert!(home.list().lines().all(|l| !l.starts_with("tea ")));
}

#[test]
fn list_shows_progress_quizzes_and_the_last_study_date_from_the_state_file() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));
    // Two of the four items read, the later one a day after NOW.
    let mut p = progress_in(&["welcome"]);
    p.mark_read(
        "getting-started",
        "longer-reading",
        crate::common::NOW + 86_400,
    );
    write_state(&home, &[("tea", p)]);
    let list = home.list();
    assert_eq!(
        row(&list, "tea"),
        [
            "tea",
            "50 %",
            "0/1",
            "2026-01-02",
            "installed",
            "Brewing tea"
        ]
    );
    assert_eq!(row(&list, "sociology-of-the-web")[3], "never");
}

#[test]
fn remove_with_yes_deletes_the_course_and_its_progress_and_keeps_the_rest() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));
    write_state(
        &home,
        &[
            ("tea", progress_in(&["welcome"])),
            ("other", progress_in(&["x"])),
        ],
    );
    let out = home.amphi(&["remove", "tea", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("Removed the course `tea`"), "{said}");
    assert!(
        said.contains("Deleted the progress in `tea` (1 item read, 0 quiz attempts)"),
        "{said}"
    );
    assert!(!home.courses().join("tea").exists());
    let state = home.load_state();
    assert!(!state.courses.contains_key("tea"));
    assert!(state.courses.contains_key("other"), "other progress kept");
}

#[test]
fn remove_without_a_terminal_and_without_yes_keeps_the_progress_and_says_so() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));
    write_state(&home, &[("tea", progress_in(&["welcome"]))]);
    let out = home.amphi(&["remove", "tea"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("Kept the progress in `tea`"), "{said}");
    assert!(said.contains("no terminal to ask on"), "{said}");
    assert!(
        !home.courses().join("tea").exists(),
        "the course is removed"
    );
    assert!(
        home.load_state().courses.contains_key("tea"),
        "progress kept"
    );

    // Adding it back finds the progress again.
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));
    assert_eq!(row(&home.list(), "tea")[1], "25 %");
    assert_eq!(home.amphi(&["remove", "tea"]).status.code(), Some(0));

    // Progress left behind can be deleted later on its own.
    let out = home.amphi(&["remove", "tea", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("No course `tea` is installed"),
        "{}",
        stdout(&out)
    );
    assert!(!home.load_state().courses.contains_key("tea"));
}

#[test]
fn remove_refuses_the_bundled_course_and_unknown_ids() {
    let home = Home::new();
    let out = home.amphi(&["remove", "sociology-of-the-web", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot be removed"),
        "{}",
        stderr(&out)
    );

    let src = home.new_course("tea", "tea", "Brewing tea");
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));
    let out = home.amphi(&["remove", "coffee"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("installed: tea"), "{}", stderr(&out));
}

#[test]
fn amphi_data_dir_replaces_the_platform_data_folder() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    let data = home.path("elsewhere");
    let out = home
        .command(&[OsStr::new("add"), src.as_os_str()])
        .env("AMPHI_DATA_DIR", &data)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(data.join("courses/tea/course.yaml").is_file());
    assert!(!home.courses().exists(), "the XDG folder is not used");
}

#[test]
fn an_installed_course_opens_and_checks_by_id() {
    let home = Home::new();
    let src = home.new_course("tea", "tea", "Brewing tea");
    assert_eq!(home.add(&src, &[]).status.code(), Some(0));
    // Without a terminal amphi stops after loading the course: an id that
    // resolves gets that far; an unknown one is a course that cannot be opened.
    let out = home.amphi(&["tea"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("interactive terminal"),
        "{}",
        stderr(&out)
    );
    let out = home.amphi(&["coffee"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot open the course"),
        "{}",
        stderr(&out)
    );

    // The commands that take a course folder take an installed id too.
    let out = home.amphi(&["check", "tea"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Brewing tea: valid"),
        "{}",
        stdout(&out)
    );
    write_state(&home, &[("tea", progress_in(&["welcome"]))]);
    let out = home.amphi(&["progress", "--format", "csv", "tea"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("getting-started"), "{}", stdout(&out));
    // A folder of that name wins over the id.
    std::fs::create_dir(home.path("cwd")).unwrap();
    let check_in_cwd = || {
        home.command(&[OsStr::new("check"), OsStr::new("tea")])
            .current_dir(home.path("cwd"))
            .output()
            .unwrap()
    };
    assert_eq!(
        check_in_cwd().status.code(),
        Some(0),
        "the id: no folder `tea` here"
    );
    std::fs::create_dir(home.path("cwd/tea")).unwrap();
    assert_eq!(
        check_in_cwd().status.code(),
        Some(1),
        "the empty folder `tea`, not the id"
    );
}

#[test]
fn the_bundled_course_opens_and_checks_by_the_id_list_shows() {
    let home = Home::new();
    let id = "sociology-of-the-web";
    assert_eq!(row(&home.list(), id)[0], id, "amphi list shows this id");
    // Without a terminal amphi stops after loading the course: the id resolves.
    let out = home.amphi(&[id]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("interactive terminal"),
        "{}",
        stderr(&out)
    );
    let out = home.amphi(&["check", id]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Sociology of the Web"),
        "{}",
        stdout(&out)
    );
    let out = home.amphi(&["progress", id]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A folder of that name wins over the id.
    std::fs::create_dir_all(home.path(&format!("cwd/{id}"))).unwrap();
    let out = home
        .command(&[OsStr::new("check"), OsStr::new(id)])
        .current_dir(home.path("cwd"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the empty folder, not the id");
}

#[test]
fn add_copies_the_editions_in_other_languages_too() {
    let home = Home::new();
    let src = home.path("tea");
    crate::common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/editions"),
        &src,
    );
    let out = home.add(&src, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let copy = home.courses().join("tea-course");
    for file in [
        "course.yaml",
        "modules/01-tea.yaml",
        "glossary.yaml",
        "fr/course.yaml",
        "fr/modules/01-tea.yaml",
        "fr/glossary.yaml",
    ] {
        assert_eq!(
            std::fs::read(copy.join(file)).unwrap(),
            std::fs::read(src.join(file)).unwrap(),
            "{file} copied as it is"
        );
    }
    let french = amphi::course::load_edition(&amphi::course::DirFiles::new(&copy), "fr")
        .unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(french.info.title, "Faire le thé");
}

/// The pictures a course's texts show are not read by the loader (the reader
/// decodes them later), but they are part of the course: `amphi add` copies
/// them with the rest, and a missing one (which `check` warns about) does not
/// stop the install.
#[test]
fn add_copies_the_images_the_lessons_show() {
    let home = Home::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/images");
    let out = home.add(&src, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let id = "images";
    let copy = home.courses().join(id);
    for file in [
        "figures/bars.png",
        "figures/gradient.jpg",
        "figures/blink.gif",
    ] {
        assert_eq!(
            std::fs::read(copy.join(file)).unwrap_or_default(),
            std::fs::read(src.join(file)).unwrap(),
            "{file} copied as it is"
        );
    }
    assert!(!copy.join("figures/missing.png").exists());
}
