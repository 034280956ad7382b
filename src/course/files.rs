//! Where course files come from: a folder on disk, or the bundled course embedded in
//! the binary. Paths written in a course are checked here so none can leave the
//! course folder.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::yaml::MAX_FILE_BYTES;

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
        return Err("the path is empty".into());
    }
    if path.chars().any(char::is_control) {
        return Err("the path contains a control character".into());
    }
    if path.starts_with(['/', '\\']) || path.as_bytes().get(1) == Some(&b':') {
        return Err("the path is absolute; write it relative to the course folder".into());
    }
    let mut parts = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                return Err("the path leaves the course folder (`..` is not allowed)".into());
            }
            p => parts.push(p),
        }
    }
    if parts.is_empty() {
        return Err("the path does not name a file".into());
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
            .map_err(|e| format!("cannot open the course folder: {e}"))?;
        let real = full.canonicalize().map_err(|e| describe_io(&e))?;
        if !real.starts_with(&root) {
            return Err(format!(
                "the path resolves to {}, outside the course folder",
                real.display()
            ));
        }
        if real.is_dir() {
            return Err("the path names a folder, not a file".into());
        }
        // A FIFO or a device would block or never end: only plain files are read.
        match std::fs::metadata(&real) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err("not a regular file (a pipe, socket or device)".into()),
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

/// The message [`CourseFiles::read`] gives for a file that does not exist.
pub const NOT_FOUND: &str = "file not found";

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => NOT_FOUND.into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
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
}
