//! Where amphi keeps its files: the platform folders (data, config, cache) and
//! `AMPHI_DATA_DIR`, each refused when it is not an absolute path.
//!
//! A relative `HOME` (or `AMPHI_DATA_DIR`) would make every path below it
//! relative to the working folder, so amphi would create `.local/share/amphi/`
//! wherever it was started. Such a base is treated like a missing home: no
//! folder is known, [`problem`] says why, and the callers fall back as they do
//! without a home (the TUI studies with a scratch state and says progress is not
//! kept; commands that need the state file say what to pass instead). The XDG
//! variables need no check here: `directories` already ignores relative ones,
//! as the XDG specification says.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Environment variable that moves amphi's whole data folder (installed courses
/// and the default state file). Must be an absolute path.
pub const DATA_DIR_ENV: &str = "AMPHI_DATA_DIR";

/// Why `HOME` cannot be used, when it is set, not empty and not absolute.
fn relative_home(home: Option<OsString>) -> Option<String> {
    let home = home.filter(|h| !h.is_empty())?;
    let path = Path::new(&home);
    (!path.is_absolute()).then(|| {
        format!(
            "HOME is not an absolute path ({}), so amphi keeps no files under it",
            crate::text::sanitize_inline(&path.to_string_lossy())
        )
    })
}

/// `AMPHI_DATA_DIR` as given: `Ok(None)` when unset or empty, an error when
/// relative.
fn data_dir_env(value: Option<OsString>) -> Result<Option<PathBuf>, String> {
    match value.filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if Path::new(&v).is_absolute() => Ok(Some(PathBuf::from(v))),
        Some(v) => Err(format!(
            "{DATA_DIR_ENV} is not an absolute path ({}), so amphi keeps no files under it",
            crate::text::sanitize_inline(&Path::new(&v).to_string_lossy())
        )),
    }
}

/// The platform folders for amphi, or `None` when no usable home is known
/// (unset, or relative: see the module's doc).
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    if cfg!(unix) && relative_home(std::env::var_os("HOME")).is_some() {
        return None;
    }
    directories::ProjectDirs::from("", "", "amphi")
}

/// amphi's data folder: `AMPHI_DATA_DIR` when set, else the platform data folder
/// (`$XDG_DATA_HOME/amphi`, by default `~/.local/share/amphi`, on Linux;
/// `~/Library/Application Support/amphi` on macOS; `%APPDATA%\amphi\data` on
/// Windows). `None` when neither is usable ([`problem`] says why).
pub fn data_dir() -> Option<PathBuf> {
    match data_dir_env(std::env::var_os(DATA_DIR_ENV)) {
        Ok(Some(dir)) => Some(dir),
        Ok(None) => project_dirs().map(|d| d.data_dir().to_path_buf()),
        Err(_) => None,
    }
}

/// Why amphi has no data folder, in a sentence: a relative `AMPHI_DATA_DIR`
/// or `HOME`, or no home at all. `None` when [`data_dir`] is known.
pub fn problem() -> Option<String> {
    if let Err(e) = data_dir_env(std::env::var_os(DATA_DIR_ENV)) {
        return Some(e);
    }
    if data_dir().is_some() {
        return None;
    }
    if cfg!(unix)
        && let Some(why) = relative_home(std::env::var_os("HOME"))
    {
        return Some(why);
    }
    Some("no home folder is known".to_string())
}

/// Reads the file at `path` when it is a regular file (a symbolic link to one is
/// followed) of at most `limit` bytes.
///
/// A FIFO, socket or device is never opened (reading one would block or never
/// end), and a file larger than `limit` is not read.
///
/// # Errors
/// The error of `metadata` or `read` as it is (so `NotFound` stays `NotFound`);
/// `InvalidInput` for a path that is not a regular file and `FileTooLarge` for a
/// file over `limit` bytes, each with a message that says so.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a pipe, socket, device or folder)",
        ));
    }
    if meta.len() > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!(
                "{} bytes, more than the {limit} amphi reads from such a file",
                meta.len()
            ),
        ));
    }
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // A file that grows while it is read still stops at the limit.
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("more than the {limit} bytes amphi reads from such a file"),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_home_is_refused_and_an_absolute_one_is_not() {
        assert!(relative_home(Some("rel/home".into())).is_some());
        assert!(relative_home(Some(".".into())).is_some());
        assert_eq!(relative_home(Some("/home/learner".into())), None);
        assert_eq!(relative_home(Some("".into())), None);
        assert_eq!(relative_home(None), None);
    }

    #[test]
    fn a_relative_data_dir_is_an_error_naming_the_variable() {
        let err = data_dir_env(Some("data".into())).unwrap_err();
        assert!(
            err.contains("AMPHI_DATA_DIR") && err.contains("(data)"),
            "{err}"
        );
        assert_eq!(
            data_dir_env(Some("/srv/amphi".into())),
            Ok(Some(PathBuf::from("/srv/amphi")))
        );
        assert_eq!(data_dir_env(Some("".into())), Ok(None));
    }

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, b"12345").unwrap();
        assert_eq!(read_regular(&file, 5).unwrap(), b"12345");
        let e = read_regular(&file, 4).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::FileTooLarge);
        let e = read_regular(dir.path(), 100).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
        let e = read_regular(&dir.path().join("absent"), 100).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::NotFound);
        #[cfg(unix)]
        {
            // A FIFO would block a plain read for ever: it is refused unopened.
            let fifo = dir.path().join("fifo");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                let e = read_regular(&fifo, 100).unwrap_err();
                assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
            }
            assert_eq!(
                read_regular(Path::new("/dev/zero"), 100)
                    .unwrap_err()
                    .kind(),
                std::io::ErrorKind::InvalidInput
            );
        }
    }
}
