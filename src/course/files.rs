//! Where course files come from: a folder on disk, or the bundled course embedded in
//! the binary. Paths written in a course are checked here so none can leave the
//! course folder.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::yaml::MAX_FILE_BYTES;
use crate::i18n::{Language, Message};

/// The English words of message `id` (with `arg` set to `value`): what the
/// [`CourseFiles`] methods return. Their errors stay `String`s, English, for
/// the code that compares them with [`NOT_FOUND`]; [`file_message`] gives back the
/// message, to be said in any language.
fn said(id: &'static str, arg: Option<(&'static str, String)>) -> String {
    let mut m = Message::new(id);
    if let Some((name, value)) = arg {
        m = m.arg(name, value);
    }
    m.render(Language::En)
}

/// The messages [`CourseFiles::read`], [`CourseFiles::size`] and
/// [`safe_components`] give, with the argument each takes, if any.
const FILE_MESSAGES: [(&str, Option<&str>); 12] = [
    ("load-path-empty", None),
    ("load-path-control", None),
    ("load-path-absolute", None),
    ("load-path-leaves", None),
    ("load-path-no-file", None),
    ("load-folder-unreadable", Some("error")),
    ("load-path-outside", Some("path")),
    ("load-path-folder", None),
    ("load-path-not-regular", None),
    ("load-file-not-found", None),
    ("load-permission-denied", None),
    ("load-cannot-read", Some("error")),
];

/// The message behind an error of [`CourseFiles::read`], [`CourseFiles::size`]
/// or [`safe_components`] (English text, see [`said`]), so that it can be said
/// in the reader's language; any other text (another source's error) is kept
/// verbatim.
pub fn file_message(error: &str) -> Message {
    for (id, arg) in FILE_MESSAGES {
        match arg {
            None if said(id, None) == error => return Message::new(id),
            None => {}
            Some(name) => {
                // The words around the argument, found with a mark in its place.
                let template = said(id, Some((name, "\u{0}".to_string())));
                let Some((before, after)) = template.split_once('\u{0}') else {
                    continue;
                };
                if let Some(value) = error
                    .strip_prefix(before)
                    .and_then(|rest| rest.strip_suffix(after))
                {
                    return Message::new(id).arg(name, value);
                }
            }
        }
    }
    Message::verbatim(error)
}

/// A read-only view of a course folder.
pub trait CourseFiles {
    /// Reads the file at `path`, relative to the course folder, `/`-separated.
    ///
    /// A file longer than the loader's size limit (4 MiB) may be cut one byte past
    /// the limit: the loader refuses it all the same, without reading gigabytes
    /// first.
    ///
    /// # Errors
    /// A message (without the file name) when the path leaves the folder or the
    /// file cannot be read: exactly [`NOT_FOUND`] when it does not exist, which
    /// the loader takes as "absent" for an optional file (`glossary.yaml`).
    fn read(&self, path: &str) -> Result<Vec<u8>, String>;

    /// How to name `path` in messages to the author, such as `course/modules/a.yaml`.
    fn display(&self, path: &str) -> String;

    /// The size in bytes of the file at `path` (a course file offered to the
    /// learner, a video), checked like [`CourseFiles::read`] but not read.
    ///
    /// # Errors
    /// As [`CourseFiles::read`]: exactly [`NOT_FOUND`] when the file does not
    /// exist. The default reads the file (sources that cannot tell its size
    /// otherwise).
    fn size(&self, path: &str) -> Result<u64, String> {
        self.read(path).map(|b| b.len() as u64)
    }
}

/// Checks that `path` (as written in a course) stays inside the course folder and
/// returns its components.
///
/// # Errors
/// A message when the path is empty, holds a control character, is absolute (`/x`,
/// `\x`, `C:x`), or has a `..` component; `\` counts as a separator on every
/// platform.
pub fn safe_components(path: &str) -> Result<Vec<&str>, String> {
    if path.trim().is_empty() {
        return Err(said("load-path-empty", None));
    }
    if path.chars().any(char::is_control) {
        return Err(said("load-path-control", None));
    }
    if path.starts_with(['/', '\\']) || path.as_bytes().get(1) == Some(&b':') {
        return Err(said("load-path-absolute", None));
    }
    let mut parts = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                return Err(said("load-path-leaves", None));
            }
            p => parts.push(p),
        }
    }
    if parts.is_empty() {
        return Err(said("load-path-no-file", None));
    }
    Ok(parts)
}

/// A course folder on disk.
#[derive(Debug, Clone)]
pub struct DirFiles {
    root: PathBuf,
    shown: String,
}

impl DirFiles {
    /// A view of the folder `root`; messages name files under `root` as given.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        let shown = root.display().to_string();
        DirFiles { root, shown }
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl DirFiles {
    /// The real path of the regular file at `path` (as written in the course),
    /// after the checks [`CourseFiles::read`] documents.
    fn resolve(&self, path: &str) -> Result<PathBuf, String> {
        let parts = safe_components(path)?;
        let full = parts.iter().fold(self.root.clone(), |p, c| p.join(c));
        // A symbolic link may still point outside: compare the resolved paths.
        let root = self
            .root
            .canonicalize()
            .map_err(|e| said("load-folder-unreadable", Some(("error", e.to_string()))))?;
        let real = full.canonicalize().map_err(|e| describe_io(&e))?;
        if !real.starts_with(&root) {
            let real = real.display().to_string();
            return Err(said("load-path-outside", Some(("path", real))));
        }
        if real.is_dir() {
            return Err(said("load-path-folder", None));
        }
        // A FIFO or a device would block or never end: only plain files are read.
        match std::fs::metadata(&real) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(said("load-path-not-regular", None)),
            Err(e) => return Err(describe_io(&e)),
        }
        Ok(real)
    }
}

impl CourseFiles for DirFiles {
    fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        let real = self.resolve(path)?;
        read_at_most(&real, MAX_FILE_BYTES + 1).map_err(|e| describe_io(&e))
    }

    fn size(&self, path: &str) -> Result<u64, String> {
        let real = self.resolve(path)?;
        std::fs::metadata(&real)
            .map(|m| m.len())
            .map_err(|e| describe_io(&e))
    }

    fn display(&self, path: &str) -> String {
        let base = self.shown.trim_end_matches(['/', '\\']);
        format!("{base}/{path}")
    }
}

/// The first `limit` bytes of the file at `path` (all of it when it is shorter).
///
/// Course files are read through this so that a huge file (or one that grows while
/// it is read) costs no more than `limit` bytes: the loader refuses any file longer
/// than [`MAX_FILE_BYTES`], so reading one byte more is enough to know.
fn read_at_most(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let expected = file
        .metadata()
        .map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX));
    let mut bytes = Vec::with_capacity(expected.min(limit));
    file.take(u64::try_from(limit).unwrap_or(u64::MAX))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The message [`CourseFiles::read`] gives for a file that does not exist:
/// the English of `load-file-not-found` (a test keeps them equal).
pub const NOT_FOUND: &str = "file not found";

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => NOT_FOUND.into(),
        std::io::ErrorKind::PermissionDenied => said("load-permission-denied", None),
        _ => said("load-cannot-read", Some(("error", e.to_string()))),
    }
}

/// A course folder embedded in the binary.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFiles {
    dir: &'static include_dir::Dir<'static>,
    shown: &'static str,
}

impl EmbeddedFiles {
    /// A view of an embedded folder; messages name files as `shown/path`.
    pub fn new(dir: &'static include_dir::Dir<'static>, shown: &'static str) -> Self {
        EmbeddedFiles { dir, shown }
    }
}

impl CourseFiles for EmbeddedFiles {
    fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        let parts = safe_components(path)?;
        let joined = parts.join("/");
        self.dir
            .get_file(&joined)
            .map(|f| f.contents().to_vec())
            .ok_or_else(|| NOT_FOUND.to_string())
    }

    fn display(&self, path: &str) -> String {
        format!("{}/{path}", self.shown)
    }

    fn size(&self, path: &str) -> Result<u64, String> {
        let joined = safe_components(path)?.join("/");
        self.dir
            .get_file(&joined)
            .map(|f| f.contents().len() as u64)
            .ok_or_else(|| NOT_FOUND.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_folder() {
        assert_eq!(safe_components("a/./b.md").unwrap(), vec!["a", "b.md"]);
        assert!(safe_components("../x").is_err());
        assert!(safe_components("a\\..\\..\\x").is_err());
        assert!(safe_components("/etc/passwd").is_err());
        assert!(safe_components("\\x").is_err());
        assert!(safe_components("C:x").is_err());
        assert!(safe_components("").is_err());
        assert!(safe_components("./").is_err());
        assert!(safe_components("a\u{1b}[31m.md").is_err());
    }

    #[test]
    fn errors_give_back_their_message_in_any_language() {
        assert_eq!(said("load-file-not-found", None), NOT_FOUND);
        let leaves = safe_components("../x").unwrap_err();
        assert_eq!(
            leaves,
            "the path leaves the course folder (`..` is not allowed)"
        );
        let m = file_message(&leaves);
        assert_eq!(m.id(), Some("load-path-leaves"));
        assert_eq!(
            m.render(Language::Fr),
            "le chemin sort du dossier du cours (`..` est interdit)"
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let folder = DirFiles::new(dir.path()).read("sub").unwrap_err();
        assert_eq!(file_message(&folder).id(), Some("load-path-folder"));
        let outside = said("load-path-outside", Some(("path", "/etc/x".into())));
        let m = file_message(&outside);
        assert_eq!(m.id(), Some("load-path-outside"));
        assert_eq!(m.to_string(), outside);
        assert_eq!(
            m.render(Language::Fr),
            "le chemin mène à /etc/x, hors du dossier du cours"
        );
        assert_eq!(file_message("a library's words").id(), None);
    }
}
