//! Opening what an item offers: a course file with the system's opener, a video
//! with `mpv` at a transcript line's time (or the opener, from the start).
//!
//! [`update`](super::update) decides what to start and returns it as data,
//! [`super::Effect::Launch`]; the terminal layer (`src/tui.rs`) starts it,
//! without a shell, detached, with no standard input or output, and never
//! waits for it. Nothing of the course is ever run by amphi: a course file is
//! an argument of the opener (`xdg-open`, `open`, `cmd /c start`), whatever it
//! is (a `.sh` file is opened as any file is, which is the desktop's choice).
//! Whether `mpv` and the opener are installed is found by the terminal layer
//! (on `PATH`, once) and given to the app as [`Programs`]; `update` never looks.
//!
//! The bundled course is embedded in the binary and has no folder: its files
//! are refused with a message rather than written out to a temporary file
//! (amphi would then be writing course bytes where another program runs them).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::course::transcript::clock;
use crate::course::{Item, safe_components};
use crate::doc::media::{Opens, file_name};
use crate::i18n::{Language, tr};

/// The programs the terminal layer found installed (see `tui::find_programs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Programs {
    /// The system's opener ([`opener`]) is on `PATH`.
    pub opener: bool,
    /// `mpv` is on `PATH`.
    pub mpv: bool,
}

impl Default for Programs {
    /// Before anything was looked up: the opener assumed (a failure to start it
    /// is reported then), no `mpv`.
    fn default() -> Self {
        Programs {
            opener: true,
            mpv: false,
        }
    }
}

/// A program to start: `program` with `args`, no shell, detached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    /// The program, looked up on `PATH`: the opener or [`PLAYER`].
    pub program: String,
    /// Its arguments, the file or address last.
    pub args: Vec<OsString>,
    /// A course file to check again just before starting, as (course folder,
    /// path as written in the course): it must still be a regular file inside
    /// the folder (it may have gone, or become a link out, since the load).
    pub check: Option<(PathBuf, String)>,
    /// What is opened, for messages: a file's name or an address.
    pub what: String,
}

/// The video player used when installed: `mpv --start=SECONDS -- FILE_OR_URL`.
pub const PLAYER: &str = "mpv";

/// The system's opener and the arguments before the file: `xdg-open` on Linux
/// and other Unix systems, `open` on macOS, `cmd /c start ""` on Windows (the
/// empty title keeps a quoted path from being taken as the window's title).
pub fn opener() -> (&'static str, &'static [&'static str]) {
    if cfg!(target_os = "windows") {
        ("cmd", &["/c", "start", ""])
    } else if cfg!(target_os = "macos") {
        ("open", &[])
    } else {
        ("xdg-open", &[])
    }
}

/// Said when the course has no folder (the bundled course), in `lang`.
pub fn no_folder(lang: Language) -> String {
    tr(lang, "open-no-folder", &[])
}

/// The full path of `path` (as written in the course, checked at load) in
/// `folder`.
fn in_folder(folder: &Path, path: &str) -> Result<PathBuf, String> {
    let parts = safe_components(path)?;
    Ok(parts.iter().fold(folder.to_path_buf(), |p, c| p.join(c)))
}

/// What to start for `opens` in `item` (of the course in `folder`, `None` for
/// the bundled course) with the `programs` installed, and the status line that
/// says so in `lang` (`Opening walk.pdf with xdg-open`).
///
/// # Errors
/// The message for the learner when nothing can be started: no folder, no
/// program, no such file or cue.
pub fn launch(
    lang: Language,
    item: &Item,
    opens: Opens,
    folder: Option<&Path>,
    programs: Programs,
) -> Result<(Launch, String), String> {
    let (opener, before) = opener();
    let with_opener = |target: OsString, check, what: String| Launch {
        program: opener.to_string(),
        args: before
            .iter()
            .map(OsString::from)
            .chain(std::iter::once(target))
            .collect(),
        check,
        what,
    };
    let said = |id: &str, args: &[(&str, &str)]| {
        let args: Vec<(&str, crate::i18n::Arg)> =
            args.iter().map(|&(n, v)| (n, v.into())).collect();
        tr(lang, id, &args)
    };
    if let Opens::File(i) = opens {
        let f = item
            .files()
            .get(i)
            .ok_or_else(|| said("open-no-file", &[]))?;
        let folder = folder.ok_or_else(|| no_folder(lang))?;
        let name = file_name(&f.path).to_string();
        if !programs.opener {
            return Err(said(
                "open-no-opener",
                &[("name", &name), ("opener", opener)],
            ));
        }
        let full = in_folder(folder, &f.path)?;
        let notice = said("open-opening", &[("name", &name), ("opener", opener)]);
        let check = Some((folder.to_path_buf(), f.path.clone()));
        return Ok((with_opener(full.into(), check, name), notice));
    }
    let Item::Video(v) = item else {
        return Err(said("open-only-video", &[]));
    };
    let start = match opens {
        Opens::Cue(i) => Some(
            v.cues
                .get(i)
                .ok_or_else(|| said("open-no-line", &[]))?
                .start_ms
                / 1000,
        ),
        _ => None,
    };
    let (media, check, what): (OsString, _, String) = match (&v.file, &v.url) {
        (Some(path), _) => {
            let folder = folder.ok_or_else(|| no_folder(lang))?;
            let full = in_folder(folder, path)?;
            let check = Some((folder.to_path_buf(), path.clone()));
            (full.into(), check, file_name(path).to_string())
        }
        (None, Some(url)) => (url.into(), None, url.clone()),
        (None, None) => return Err(said("open-no-media", &[])),
    };
    if programs.mpv {
        let mut args: Vec<OsString> = start
            .map(|s| OsString::from(format!("--start={s}")))
            .into_iter()
            .collect();
        args.push("--".into());
        args.push(media);
        let notice = match start {
            Some(s) => said(
                "open-playing-at",
                &[("name", &what), ("time", &clock(s)), ("player", PLAYER)],
            ),
            None => said("open-playing", &[("name", &what), ("player", PLAYER)]),
        };
        let launch = Launch {
            program: PLAYER.to_string(),
            args,
            check,
            what,
        };
        return Ok((launch, notice));
    }
    if !programs.opener {
        return Err(said(
            "open-cannot-play",
            &[("name", &what), ("player", PLAYER), ("opener", opener)],
        ));
    }
    let notice = match start {
        Some(s) => said(
            "open-opening-from-start",
            &[
                ("name", &what),
                ("opener", opener),
                ("player", PLAYER),
                ("time", &clock(s)),
            ],
        ),
        None => said("open-opening", &[("name", &what), ("opener", opener)]),
    };
    Ok((with_opener(media, check, what.clone()), notice))
}

/// The label of a selected target in words in `lang`, for plain mode's
/// spoken line (`file Walk handout, walk.pdf`).
pub fn describe(lang: Language, item: &Item, opens: Opens) -> String {
    match opens {
        Opens::File(i) => item.files().get(i).map_or_else(String::new, |f| {
            let args = [
                ("title", f.title.as_str().into()),
                ("name", file_name(&f.path).into()),
            ];
            tr(lang, "open-said-file", &args)
        }),
        Opens::Play => tr(lang, "open-said-video", &[]),
        Opens::Cue(i) => match item {
            Item::Video(v) => v.cues.get(i).map_or_else(String::new, |c| {
                let time = clock(c.start_ms / 1000);
                tr(lang, "open-said-cue", &[("time", time.into())])
            }),
            _ => String::new(),
        },
        // Said by `targets::said`, which knows the course's links.
        Opens::Item(_) => String::new(),
    }
}
