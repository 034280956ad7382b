//! The files a course offers the learner (`files:` on any item) and videos
//! (`kind: video`): their paths checked against the course folder, the sizes
//! shown, the transcripts read into cues.
//!
//! A listed file that is missing is a warning (the course still opens; the
//! learner is told when opening it); a path that leaves the course folder
//! (absolute, `..`, a symbolic link out) is an error, as for `body_file`
//! ([`super::files::safe_components`], [`CourseFiles::size`]). A transcript is
//! the video's text, so a missing or malformed one is an error, located at its
//! own line.

use super::files::{CourseFiles, NOT_FOUND, file_message};
use super::load::{MAX_COURSE_BYTES, over_course_limit};
use super::model::{CourseFile, Item, Module, Video};
use super::problem::{Problem, Report};
use super::transcript::{self, Format};
use super::validate::{about, named};
use super::yaml::{self, Block, Locator};
use crate::i18n::Message;
use crate::text::sanitize_line;

/// What the loader lends to read a module's media.
pub(super) struct Media<'a> {
    /// The course folder.
    pub files: &'a dyn CourseFiles,
    /// Bytes read so far (transcripts count towards [`MAX_COURSE_BYTES`]).
    pub total: &'a mut usize,
    /// Errors.
    pub problems: &'a mut Vec<Problem>,
    /// Warnings: listed files that are missing.
    pub missing: &'a mut Vec<Problem>,
}

/// Sanitises the titles of an item's offered files (their paths are
/// sanitised once checked, by [`Media::resolve`]).
pub(super) fn sanitize_files(item: &mut Item) {
    let files = match item {
        Item::Lesson(x) => &mut x.files,
        Item::Interview(x) => &mut x.files,
        Item::Quiz(x) => &mut x.files,
        Item::Video(x) => &mut x.files,
    };
    for f in files {
        f.title = sanitize_line(&f.title);
    }
}

impl Media<'_> {
    /// Checks every offered file and video of `module` (whose file's text is
    /// `src`), notes their sizes and reads the transcripts.
    ///
    /// # Errors
    /// The problem of the transcript that takes the course over
    /// [`MAX_COURSE_BYTES`].
    pub fn resolve(&mut self, module: &mut Module, src: &str) -> Result<(), Report> {
        let shown = self.files.display(&module.file);
        let loc = Locator::new(src);
        let blocks = loc.entries_or_rest(loc.root(), "items", module.items.len());
        for (item, &block) in module.items.iter_mut().zip(&blocks) {
            let owner = named(item.kind(), item.id());
            let files = match item {
                Item::Lesson(x) => &mut x.files,
                Item::Interview(x) => &mut x.files,
                Item::Quiz(x) => &mut x.files,
                Item::Video(x) => &mut x.files,
            };
            self.offered(files, &owner, &shown, &loc, block);
            if let Item::Video(v) = item {
                self.video(v, owner, &shown, &loc, block)?;
            }
        }
        Ok(())
    }

    /// The files under `files:`.
    fn offered(
        &mut self,
        files: &mut [CourseFile],
        owner: &Message,
        shown: &str,
        loc: &Locator,
        block: Block,
    ) {
        if files.len() > super::validate::MAX_ENTRIES {
            // Validation says so.
            return;
        }
        let blocks = loc.entries_or_rest(block, "files", files.len());
        for (f, &fblock) in files.iter_mut().zip(&blocks) {
            let at = loc
                .key_value(fblock, "path", &f.path)
                .or_else(|| loc.key(fblock, "path"))
                .or_else(|| loc.key(block, "files"));
            f.size = self.check(&f.path, owner, shown, at);
            f.path = sanitize_line(&f.path);
        }
    }

    /// The size of the file at `path`, or `None` with a warning (missing) or an
    /// error (outside the folder, unreadable) at `at`.
    fn check(
        &mut self,
        path: &str,
        owner: &Message,
        shown: &str,
        at: Option<(usize, usize)>,
    ) -> Option<u64> {
        match self.files.size(path) {
            Ok(n) => Some(n),
            Err(e) if e == NOT_FOUND => {
                self.missing.push(
                    Problem::new(
                        shown,
                        about(
                            owner.clone(),
                            Message::new("load-file-missing").arg("path", path),
                        ),
                    )
                    .at(at),
                );
                None
            }
            Err(e) => {
                let problem = Message::new("load-file-refused")
                    .arg("path", path)
                    .arg("problem", file_message(&e));
                self.problems
                    .push(Problem::new(shown, about(owner.clone(), problem)).at(at));
                None
            }
        }
    }

    /// A video's `file` and `transcript`.
    fn video(
        &mut self,
        v: &mut Video,
        owner: Message,
        shown: &str,
        loc: &Locator,
        block: Block,
    ) -> Result<(), Report> {
        if let Some(path) = &v.file {
            let at = loc
                .key_value(block, "file", path)
                .or_else(|| loc.key(block, "file"));
            self.check(path, &owner, shown, at);
            v.file = Some(sanitize_line(path));
        }
        let Some(path) = v.transcript.clone() else {
            return Ok(());
        };
        let at = loc
            .key_value(block, "transcript", &path)
            .or_else(|| loc.key(block, "transcript"));
        v.transcript = Some(sanitize_line(&path));
        let Some(format) = Format::of_path(&path) else {
            self.problems.push(
                Problem::new(
                    shown,
                    about(
                        owner,
                        Message::new("load-transcript-format").arg("path", &path),
                    ),
                )
                .at(at),
            );
            return Ok(());
        };
        let bytes = match self.files.read(&path) {
            Ok(b) => b,
            Err(e) => {
                let problem = Message::new("load-transcript-refused")
                    .arg("path", &path)
                    .arg("problem", file_message(&e));
                self.problems
                    .push(Problem::new(shown, about(owner, problem)).at(at));
                return Ok(());
            }
        };
        if *self.total + bytes.len() > MAX_COURSE_BYTES {
            return Err(over_course_limit(&self.files.display(&path)));
        }
        *self.total += bytes.len();
        let file = self.files.display(&path);
        let text = match yaml::decode(&file, &bytes) {
            Ok(t) => t,
            Err(p) => {
                self.problems.push(p);
                return Ok(());
            }
        };
        match transcript::parse(text, format) {
            Ok(mut cues) => {
                for c in &mut cues {
                    c.text = sanitize_line(&c.text);
                }
                if cues.is_empty() {
                    self.problems.push(
                        Problem::new(
                            shown,
                            about(
                                owner,
                                Message::new("load-transcript-no-cues").arg("path", &path),
                            ),
                        )
                        .at(at),
                    );
                }
                v.cues = cues;
            }
            Err(e) => self
                .problems
                .push(Problem::new(&file, e.message).at(Some((e.line, 1)))),
        }
        Ok(())
    }
}
