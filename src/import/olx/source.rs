//! The files of an OLX export, read into memory.
//!
//! (First version: a folder read as it is, with no safety check; the archive
//! reader and the limits come next.)

use std::collections::BTreeMap;
use std::path::Path;

/// The export's files: path relative to the folder holding `course.xml`
/// (`/`-separated, e.g. `problem/abc.xml`, `static/images/a.png`) → bytes.
#[derive(Debug, Clone, Default)]
pub struct OlxSource {
    /// The files, by relative path.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl OlxSource {
    /// Reads the folder holding `course.xml`.
    ///
    /// # Errors
    /// When a file cannot be read.
    pub fn open(path: &Path) -> Result<Self, String> {
        let mut files = BTreeMap::new();
        read_into(path, "", &mut files).map_err(|e| e.to_string())?;
        Ok(OlxSource { files })
    }

    /// A file's text, when it exists and is UTF-8.
    pub fn text(&self, rel: &str) -> Option<&str> {
        self.files
            .get(rel)
            .and_then(|b| std::str::from_utf8(b).ok())
    }
}

fn read_into(
    dir: &Path,
    prefix: &str,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        let kind = entry.file_type()?;
        if kind.is_dir() {
            read_into(&entry.path(), &format!("{rel}/"), files)?;
        } else if kind.is_file() {
            files.insert(rel, std::fs::read(entry.path())?);
        }
    }
    Ok(())
}

/// Parses an OLX file's XML: no DTD (so no entity expansion and no external
/// entity).
///
/// # Errors
/// roxmltree's message, with its line and column.
pub fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            ..Default::default()
        },
    )
    .map_err(|e| e.to_string())
}
