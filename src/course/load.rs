//! Loading a course: `course.yaml`, then each module file, then lesson bodies, then
//! sanitising every string, then semantic validation.

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::files::{CourseFiles, DirFiles};
use super::model::{AnswerKey, Course, CourseInfo, Item, Module, Source};
use super::problem::{Problem, Report};
use super::{bundled_files, shape, validate, yaml};
use crate::i18n::Message;
use crate::schema::SchemaFile;
use crate::text::{sanitize, sanitize_line};

/// The manifest file at the root of every course folder.
pub const MANIFEST: &str = "course.yaml";

/// The optional glossary file at the root of a course folder.
pub const GLOSSARY: &str = "glossary.yaml";

/// Most bytes a whole course may hold: `course.yaml`, the module files and the
/// `body_file`s together, a file counted each time it is named (64 MiB). Loading
/// stops at the file that goes over.
pub const MAX_COURSE_BYTES: usize = 64 * 1024 * 1024;

/// The problem of the file that takes the course over [`MAX_COURSE_BYTES`].
pub(super) fn over_course_limit(file: &str) -> Report {
    let p = Problem::new(
        file,
        Message::new("load-course-too-large").arg("mib", MAX_COURSE_BYTES >> 20),
    );
    Report { problems: vec![p] }
}

/// Why a file of the course could not be read, from [`CourseFiles::read`]'s
/// error: every reason the file readers give, in amphi's words
/// ([`super::file_message`]: not found, permission denied, an unsafe path, a
/// folder that cannot be opened…), anything else as it is.
fn read_error(e: String) -> Message {
    super::file_message(&e)
}

/// Loads and validates the bundled course.
///
/// # Errors
/// A [`Report`] if the bundled course is invalid (a test guards against that).
pub fn load_bundled() -> Result<Course, Report> {
    load(&bundled_files())
}

/// Loads and validates the edition of the course in `files` that is in its
/// folder `folder` (an entry of its `editions`), read through the original's
/// files so it cannot leave the original's folder.
///
/// # Errors
/// A [`Report`] when the folder is not a safe relative path, or listing every
/// problem of the edition.
pub fn load_edition(files: &dyn CourseFiles, folder: &str) -> Result<Course, Report> {
    let sub = super::editions::SubFiles::new(files, folder).map_err(|e| Report {
        problems: vec![Problem::new(files.display(folder), e)],
    })?;
    load(&sub)
}

/// Loads and validates the course in folder `dir`.
///
/// # Errors
/// A [`Report`] listing every problem found.
pub fn load_dir(dir: &Path) -> Result<Course, Report> {
    load(&DirFiles::new(dir))
}

/// Loads and validates a course from `files`.
///
/// Every module file is read even when an earlier one is broken, so the report lists
/// every problem found, not only the first.
///
/// # Errors
/// A [`Report`] with one [`Problem`] per syntax error (one per file at most, since
/// parsing stops there), per structural error (every unknown, repeated or missing
/// field and value of the wrong type, see [`super::shape`]), per unreadable file
/// and per semantic error.
pub fn load(files: &dyn CourseFiles) -> Result<Course, Report> {
    let loaded = load_parts(files)?;
    if loaded.problems.is_empty() {
        Ok(loaded.course)
    } else {
        Err(Report {
            problems: loaded.problems,
        })
    }
}

/// A course as far as it could be read, valid or not, with the texts of its files:
/// what `amphi check` needs to look past the errors for warnings.
#[derive(Debug)]
pub struct Loaded {
    /// The course, without the module files that could not be read or parsed.
    pub course: Course,
    /// `course.yaml` as (name shown to the author, text).
    pub manifest: (String, String),
    /// Each module of `course.modules`, in the same order, as (name shown, text).
    pub sources: Vec<(String, String)>,
    /// Every error found; the course is valid when there is none.
    pub problems: Vec<Problem>,
    /// `glossary.yaml` as (name shown, text), when the course has one that parsed.
    pub glossary_source: Option<(String, String)>,
    /// Files the course offers (`files:`, a video's `file`) that are missing:
    /// warnings, not errors (`amphi check` shows them; the learner is told when
    /// opening one).
    pub missing: Vec<Problem>,
}

/// Loads a course from `files` like [`load`], but keeps what was read when there
/// are errors.
///
/// # Errors
/// A [`Report`] when not even the manifest can be read, or when the course is over
/// [`MAX_COURSE_BYTES`].
pub fn load_parts(files: &dyn CourseFiles) -> Result<Loaded, Report> {
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let manifest_name = files.display(MANIFEST);
    let manifest_text = match files.read(MANIFEST) {
        Ok(bytes) => bytes,
        Err(e) => {
            let p = Problem::new(manifest_name, read_error(e));
            return Err(Report { problems: vec![p] });
        }
    };
    let manifest_src = match yaml::decode(&manifest_name, &manifest_text) {
        Ok(s) => s,
        Err(p) => return Err(Report { problems: vec![p] }),
    };
    let info: CourseInfo = match shape::parse(&manifest_name, manifest_src, SchemaFile::Course) {
        Ok(info) => info,
        Err(problems) => return Err(Report { problems }),
    };
    let mut total = manifest_text.len();

    let mut modules = Vec::new();
    let mut sources = Vec::new();
    // Over the limit, validation says so; reading thousands of files first would
    // only delay it.
    let paths = if info.modules.len() > validate::MAX_ENTRIES {
        &[][..]
    } else {
        &info.modules[..]
    };
    // Reading stays on this thread (`files` need not be shareable) and in order;
    // parsing, which is most of the time, is spread over the cores; the results are
    // then taken in file order, so the problems come in the same order, and the
    // size limit stops at the same file, as on one thread.
    let (read, jobs) = read_in_order(files, paths, total);
    let parsed = parse_all(&read, &jobs);
    drop(jobs);
    for ((path, (shown, bytes)), parsed) in paths.iter().zip(read).zip(parsed) {
        match bytes {
            Ok(len) if total + len > MAX_COURSE_BYTES => {
                let mut report = over_course_limit(&shown);
                report.problems.splice(0..0, problems);
                return Err(report);
            }
            Ok(len) => total += len,
            Err(e) => {
                let at = find_list_entry(manifest_src, path);
                let message = Message::new("load-module-file")
                    .arg("path", path)
                    .arg("error", read_error(e));
                problems.push(Problem::new(&manifest_name, message).at(at));
                continue;
            }
        }
        match parsed {
            Some(Ok((mut module, text))) => {
                module.file = path.clone();
                // Over the limit, validation says so without reading every body.
                if module.items.len() <= validate::MAX_ENTRIES
                    && let Err(over) =
                        resolve_bodies(files, &mut module, &text, &mut total, &mut problems)
                {
                    problems.extend(over.problems);
                    return Err(Report { problems });
                }
                if module.items.len() <= validate::MAX_ENTRIES {
                    let mut media = super::media::Media {
                        files,
                        total: &mut total,
                        problems: &mut problems,
                        missing: &mut missing,
                    };
                    if let Err(over) = media.resolve(&mut module, &text) {
                        problems.extend(over.problems);
                        return Err(Report { problems });
                    }
                }
                modules.push(module);
                sources.push((shown, text));
            }
            Some(Err(found)) => problems.extend(found),
            None => {}
        }
    }

    let (glossary, glossary_source) = load_glossary(files, &mut total, &mut problems);
    let mut course = Course {
        info,
        modules,
        glossary,
    };
    sanitize_info(&mut course.info);
    set_decimal_mark(&mut course);
    // Bodies read from files, once the course is known not to be over the limit.
    for module in &mut course.modules {
        for item in &mut module.items {
            if let Item::Lesson(l) = item
                && l.body_file.is_some()
            {
                l.body = sanitize(&l.body);
            }
        }
    }
    for e in &mut course.glossary {
        e.term = sanitize_line(&e.term);
        e.definition = sanitize_line(&e.definition);
        e.aliases.iter_mut().for_each(|a| *a = sanitize_line(a));
    }
    let manifest = (manifest_name, manifest_src.to_owned());
    problems.extend(validate::validate(&course, &manifest, &sources));
    problems.extend(super::editions::check_manifest(&course, &manifest));
    Ok(Loaded {
        course,
        manifest,
        sources,
        problems,
        glossary_source,
        missing,
    })
}

/// The glossary's entries, and its (name shown, text) when it parsed.
type GlossaryRead = (Vec<super::model::GlossaryEntry>, Option<(String, String)>);

/// Reads and checks `glossary.yaml` when the course has one (none is no problem).
fn load_glossary(
    files: &dyn CourseFiles,
    total: &mut usize,
    problems: &mut Vec<Problem>,
) -> GlossaryRead {
    let shown = files.display(GLOSSARY);
    let bytes = match files.read(GLOSSARY) {
        Err(e) if e == super::NOT_FOUND => return (Vec::new(), None),
        Err(e) => {
            problems.push(Problem::new(shown, read_error(e)));
            return (Vec::new(), None);
        }
        Ok(b) if *total + b.len() > MAX_COURSE_BYTES => {
            problems.extend(over_course_limit(&shown).problems);
            return (Vec::new(), None);
        }
        Ok(b) => b,
    };
    *total += bytes.len();
    let parsed = yaml::decode(&shown, &bytes)
        .map_err(|p| vec![p])
        .and_then(|text| {
            Ok((
                text,
                shape::parse::<super::model::GlossaryFile>(&shown, text, SchemaFile::Glossary)?,
            ))
        });
    match parsed {
        Ok((text, file)) => {
            problems.extend(validate::validate_glossary(&file.terms, &shown, text));
            let source = Some((shown.clone(), text.to_owned()));
            (file.terms, source)
        }
        Err(found) => {
            problems.extend(found);
            (Vec::new(), None)
        }
    }
}

/// One module file as read: its name for messages, then the length of its bytes,
/// or why it could not be read.
type ReadFile = (String, Result<usize, String>);

/// The bytes of one module file, taken by the thread that parses it.
type Job = Mutex<Option<Vec<u8>>>;

/// Reads the module files at `paths` in order, with `total` bytes already read,
/// stopping after the file that takes the module files alone over
/// [`MAX_COURSE_BYTES`] (the loader stops there or earlier, counting the bodies).
fn read_in_order(
    files: &dyn CourseFiles,
    paths: &[String],
    mut total: usize,
) -> (Vec<ReadFile>, Vec<Job>) {
    let mut read = Vec::with_capacity(paths.len());
    let mut jobs = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = files.display(path);
        match files.read(path) {
            Ok(bytes) => {
                total += bytes.len();
                read.push((shown, Ok(bytes.len())));
                if total > MAX_COURSE_BYTES {
                    // Refused for its size, whatever it holds: not parsed.
                    jobs.push(Mutex::new(None));
                    break;
                }
                jobs.push(Mutex::new(Some(bytes)));
            }
            Err(e) => {
                read.push((shown, Err(e)));
                jobs.push(Mutex::new(None));
            }
        }
    }
    (read, jobs)
}

/// A module file decoded and parsed, with its text (kept for validation's
/// line numbers), or its problems.
type Parsed = Result<(Module, String), Vec<Problem>>;

/// Decodes and parses the bytes of every job (named for messages as in `read`) on
/// up to one thread per core (at most [`MAX_PARSERS`]); `None` for the files that
/// were not read. The bytes are dropped once decoded. Results are in job order.
fn parse_all(read: &[ReadFile], jobs: &[Job]) -> Vec<Option<Parsed>> {
    fn parse_one(shown: &str, bytes: &[u8]) -> Parsed {
        let text = yaml::decode(shown, bytes).map_err(|p| vec![p])?.to_owned();
        let mut module = shape::parse::<Module>(shown, &text, SchemaFile::Module)?;
        sanitize_module(&mut module);
        Ok((module, text))
    }
    let next = AtomicUsize::new(0);
    let run = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else { break };
            // Each job is taken once, by one thread: the lock is never contended.
            let bytes = job.lock().map_or(None, |mut b| b.take());
            done.push((i, bytes.map(|b| parse_one(&read[i].0, &b))));
        }
        done
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(MAX_PARSERS)
        .min(jobs.len());
    let done = if threads <= 1 {
        run()
    } else {
        std::thread::scope(|scope| {
            let workers: Vec<_> = (1..threads).map(|_| scope.spawn(run)).collect();
            let mut done = run();
            for w in workers {
                // A panic in a parser is a bug: it goes on as it would on one thread.
                done.extend(w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
            done
        })
    };
    let mut out: Vec<Option<Parsed>> = (0..jobs.len()).map(|_| None).collect();
    for (i, parsed) in done {
        out[i] = parsed;
    }
    out
}

/// Most threads that parse module files at once.
pub const MAX_PARSERS: usize = 4;

/// Where `- path` is written in a YAML list.
fn find_list_entry(src: &str, value: &str) -> Option<(usize, usize)> {
    src.lines().enumerate().find_map(|(i, line)| {
        let t = line.trim_start();
        let rest = t.strip_prefix('-')?.trim();
        let unq = rest.trim_matches(['"', '\'']);
        (unq == value).then(|| (i + 1, line.len() - t.len() + 1))
    })
}

/// Reads the `body_file` of every lesson of `module` into its `body`, adding the
/// bytes read to `total`.
///
/// # Errors
/// The problem of the body file that takes `total` over [`MAX_COURSE_BYTES`]; the
/// lessons after it are left unread.
fn resolve_bodies(
    files: &dyn CourseFiles,
    module: &mut Module,
    src: &str,
    total: &mut usize,
    problems: &mut Vec<Problem>,
) -> Result<(), Report> {
    let shown = files.display(&module.file);
    let locator = yaml::Locator::new(src);
    let blocks = super::validate::item_blocks(&locator, module);
    for (item, &block) in module.items.iter_mut().zip(&blocks) {
        let Item::Lesson(lesson) = item else { continue };
        let Some(path) = lesson.body_file.clone() else {
            continue;
        };
        // Found only for a problem: on long lists written in flow style it is a
        // search through the rest of the file.
        let at = || {
            locator
                .key_value(block, "body_file", &path)
                .or_else(|| locator.key(block, "body_file"))
        };
        if !lesson.body.is_empty() {
            problems.push(
                Problem::new(
                    &shown,
                    Message::new("load-body-and-body-file").arg("id", &lesson.id),
                )
                .at(at()),
            );
            continue;
        }
        let bytes = files.read(&path);
        if let Ok(b) = &bytes {
            if *total + b.len() > MAX_COURSE_BYTES {
                return Err(over_course_limit(&files.display(&path)));
            }
            *total += b.len();
        }
        let result = bytes.map_err(read_error).and_then(|bytes| {
            yaml::decode(&files.display(&path), &bytes)
                .map(str::to_owned)
                .map_err(|p| p.message)
        });
        match result {
            Ok(body) if body.trim().is_empty() => problems.push(
                Problem::new(
                    &shown,
                    Message::new("load-body-file-empty")
                        .arg("id", &lesson.id)
                        .arg("path", &path),
                )
                .at(at()),
            ),
            Ok(body) => lesson.body = body,
            Err(e) => problems.push(
                Problem::new(
                    &shown,
                    Message::new("load-body-file-error")
                        .arg("id", &lesson.id)
                        .arg("path", &path)
                        .arg("error", e),
                )
                .at(at()),
            ),
        }
    }
    Ok(())
}

fn sanitize_source(s: &mut Source) {
    s.publication = sanitize_line(&s.publication);
    s.date = sanitize_line(&s.date);
    for v in [&mut s.title, &mut s.author, &mut s.url, &mut s.note]
        .into_iter()
        .flatten()
    {
        *v = sanitize_line(v);
    }
}

/// Tells each numeric question whether the course's `language` writes decimals
/// with a comma ([`crate::quiz::decimal_comma`]), which decides how a typed
/// number reads.
fn set_decimal_mark(course: &mut Course) {
    let comma = crate::quiz::decimal_comma(&course.info.language);
    for module in &mut course.modules {
        for item in &mut module.items {
            if let Item::Quiz(quiz) = item {
                for question in &mut quiz.questions {
                    if let AnswerKey::Numeric { decimal_comma, .. } = &mut question.key {
                        *decimal_comma = comma;
                    }
                }
            }
        }
    }
}

/// Makes every string of the course's own fields safe to draw (see
/// [`crate::text::sanitize`]); its modules are sanitised as they are parsed
/// ([`sanitize_module`]). One-line fields are also folded onto one line.
fn sanitize_info(info: &mut CourseInfo) {
    info.title = sanitize_line(&info.title);
    info.subtitle = sanitize_line(&info.subtitle);
    info.language = sanitize_line(&info.language);
    info.version = sanitize_line(&info.version);
    info.description = sanitize(&info.description);
    info.authors.iter_mut().for_each(|a| *a = sanitize_line(a));
    if let Some(s) = &mut info.source {
        sanitize_source(s);
    }
}

/// Makes every string of `module` safe to draw, like [`sanitize_info`]. Bodies
/// read from a `body_file` later are sanitised once all are read.
fn sanitize_module(module: &mut Module) {
    {
        module.title = sanitize_line(&module.title);
        module.summary = sanitize_line(&module.summary);
        for s in &mut module.sections {
            s.title = sanitize_line(&s.title);
            s.summary = sanitize_line(&s.summary);
        }
        for o in &mut module.objectives {
            o.title = sanitize_line(&o.title);
        }
        for item in &mut module.items {
            super::media::sanitize_files(item);
            match item {
                Item::Lesson(l) => {
                    l.title = sanitize_line(&l.title);
                    l.body = sanitize(&l.body);
                }
                Item::Interview(iv) => {
                    iv.title = sanitize_line(&iv.title);
                    sanitize_source(&mut iv.source);
                    if let Some(n) = &mut iv.note {
                        *n = sanitize_line(n);
                    }
                    for p in &mut iv.participants {
                        p.name = sanitize_line(&p.name);
                        p.role = sanitize_line(&p.role);
                    }
                    for t in &mut iv.turns {
                        t.text = sanitize(t.text.trim_end());
                    }
                }
                Item::Video(v) => {
                    // Its paths and cues are sanitised once checked and read
                    // (`media.rs`).
                    v.title = sanitize_line(&v.title);
                    if let Some(u) = &mut v.url {
                        *u = sanitize_line(u);
                    }
                }
                Item::Quiz(q) => {
                    q.title = sanitize_line(&q.title);
                    for g in &mut q.groups {
                        g.stimulus = sanitize(g.stimulus.trim_end());
                    }
                    for question in &mut q.questions {
                        question.prompt = sanitize(question.prompt.trim_end());
                        question.explanation = sanitize(question.explanation.trim_end());
                        for o in &mut question.objectives {
                            *o = sanitize_line(o);
                        }
                        for h in &mut question.hints {
                            *h = sanitize(h.trim_end());
                        }
                        for f in question
                            .choice_feedback
                            .values_mut()
                            .chain(question.missed_feedback.values_mut())
                        {
                            *f = sanitize(f.trim_end());
                        }
                        crate::quiz::kinds::sanitize(&mut question.key);
                    }
                }
            }
        }
    }
}
