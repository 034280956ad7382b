//! The course cache (src/course/cache.rs): a hit gives the same course as a full
//! load; any change to a course file, a damaged entry or an invalid course means a
//! full load that reports every problem.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use amphi::course::cache::{CourseCache, Outcome};
use amphi::course::load_dir;

/// A copy of the bundled course's folder, its files dated an hour ago (files
/// modified moments ago are not cached).
fn course_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("course");
    copy_dir(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("course")
            .as_path(),
        &dir,
    );
    (tmp, dir)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
            set_age(&target, 3600);
        }
    }
}

fn set_age(path: &Path, seconds: u64) {
    let when = SystemTime::now() - Duration::from_secs(seconds);
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

/// A cache in a temporary folder that keeps courses of any size.
fn cache() -> (tempfile::TempDir, CourseCache) {
    let tmp = tempfile::tempdir().unwrap();
    let mut cache = CourseCache::new(tmp.path().join("courses"));
    cache.min_bytes = 0;
    (tmp, cache)
}

fn entries(cache: &CourseCache) -> Vec<PathBuf> {
    fs::read_dir(cache.dir())
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_hit_gives_the_same_course_as_a_full_load() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    let uncached = load_dir(&dir).unwrap();
    let (first, outcome) = cache.load_dir(&dir);
    assert_eq!(outcome, Outcome::Written);
    assert_eq!(first.unwrap(), uncached);
    let (second, outcome) = cache.load_dir(&dir);
    assert_eq!(outcome, Outcome::Hit);
    assert_eq!(second.unwrap(), uncached);
    assert_eq!(entries(&cache).len(), 1);
}

#[test]
fn an_edited_module_file_is_loaded_again() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    assert_eq!(cache.load_dir(&dir).1, Outcome::Written);
    let module = fs::read_dir(dir.join("modules"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = fs::read_to_string(&module).unwrap();
    let title_line = text.lines().find(|l| l.starts_with("title:")).unwrap();
    fs::write(
        &module,
        text.replacen(title_line, "title: An edited title", 1),
    )
    .unwrap();
    set_age(&module, 60);
    let (course, outcome) = cache.load_dir(&dir);
    assert_ne!(outcome, Outcome::Hit);
    let course = course.unwrap();
    assert!(course.modules.iter().any(|m| m.title == "An edited title"));
    assert_eq!(course, load_dir(&dir).unwrap());
    // The new entry is used from then on.
    assert_eq!(cache.load_dir(&dir), (Ok(course), Outcome::Hit));
}

#[test]
fn a_touched_file_of_the_same_size_is_loaded_again() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    let _ = cache.load_dir(&dir);
    set_age(&dir.join("course.yaml"), 1800);
    assert_eq!(cache.load_dir(&dir).1, Outcome::Written);
    let body = fs::read_dir(dir.join("lessons"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    set_age(&body, 1200);
    assert_eq!(cache.load_dir(&dir).1, Outcome::Written);
    assert_eq!(cache.load_dir(&dir).1, Outcome::Hit);
}

#[test]
fn an_edit_that_breaks_the_course_is_reported_in_full_and_never_cached() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    let _ = cache.load_dir(&dir);
    let manifest = dir.join("course.yaml");
    let text = fs::read_to_string(&manifest).unwrap();
    fs::write(&manifest, text.replacen("title:", "titel:", 1)).unwrap();
    set_age(&manifest, 60);
    let expected = load_dir(&dir).unwrap_err();
    for _ in 0..2 {
        let (result, outcome) = cache.load_dir(&dir);
        assert_eq!(outcome, Outcome::Loaded("the course is not valid".into()));
        assert_eq!(result.unwrap_err().to_string(), expected.to_string());
    }
}

#[test]
fn a_deleted_body_file_is_reported_not_served_from_the_cache() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    let _ = cache.load_dir(&dir);
    let body = fs::read_dir(dir.join("lessons"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fs::remove_file(&body).unwrap();
    let (result, outcome) = cache.load_dir(&dir);
    assert_ne!(outcome, Outcome::Hit);
    let report = result.unwrap_err().to_string();
    assert!(report.contains("file not found"), "{report}");
}

#[test]
fn a_damaged_entry_is_ignored_and_rewritten() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    let uncached = load_dir(&dir).unwrap();
    let _ = cache.load_dir(&dir);
    let entry = entries(&cache).pop().unwrap();
    let good = fs::read(&entry).unwrap();
    let mut damaged: Vec<Vec<u8>> = vec![
        Vec::new(),
        good[..good.len() / 2].to_vec(),
        b"not a cache entry at all".to_vec(),
    ];
    for at in [0, 9, good.len() / 3, good.len() - 1] {
        let mut bad = good.clone();
        bad[at] ^= 0x40;
        damaged.push(bad);
    }
    for bad in damaged {
        fs::write(&entry, &bad).unwrap();
        let (course, outcome) = cache.load_dir(&dir);
        assert_eq!(outcome, Outcome::Written, "a damaged entry is not used");
        assert_eq!(course.unwrap(), uncached);
        assert_eq!(fs::read(&entry).unwrap(), good, "and it is rewritten");
    }
}

#[test]
fn an_unwritable_or_unreadable_cache_only_means_a_full_load() {
    let (_t, dir) = course_copy();
    let tmp = tempfile::tempdir().unwrap();
    // The cache "folder" is a file: nothing can be written under it.
    let blocker = tmp.path().join("file");
    fs::write(&blocker, "x").unwrap();
    let mut cache = CourseCache::new(blocker.join("courses"));
    cache.min_bytes = 0;
    let (course, outcome) = cache.load_dir(&dir);
    assert!(matches!(outcome, Outcome::Loaded(ref why) if why.contains("cannot write")));
    assert_eq!(course.unwrap(), load_dir(&dir).unwrap());
}

#[test]
fn files_modified_moments_ago_are_not_cached() {
    let (_t, dir) = course_copy();
    let (_c, cache) = cache();
    fs::write(
        dir.join("course.yaml"),
        fs::read(dir.join("course.yaml")).unwrap(),
    )
    .unwrap();
    let (course, outcome) = cache.load_dir(&dir);
    assert!(course.is_ok());
    assert!(matches!(outcome, Outcome::Loaded(ref why) if why.contains("moments ago")));
    assert!(entries(&cache).is_empty());
}

#[test]
fn small_courses_are_not_cached_by_default() {
    let (_t, dir) = course_copy();
    let tmp = tempfile::tempdir().unwrap();
    let cache = CourseCache::new(tmp.path().join("courses"));
    let (_, outcome) = cache.load_dir(&dir);
    assert!(matches!(outcome, Outcome::Loaded(ref why) if why.contains("small")));
}

#[test]
fn at_most_max_entries_are_kept() {
    let (_c, cache) = cache();
    let mut keep = Vec::new();
    for _ in 0..amphi::course::cache::MAX_ENTRIES + 2 {
        let (t, dir) = course_copy();
        assert_eq!(cache.load_dir(&dir).1, Outcome::Written);
        keep.push(t);
    }
    assert_eq!(entries(&cache).len(), amphi::course::cache::MAX_ENTRIES);
}

/// A course without the optional `glossary.yaml` is cached (its absence is part
/// of the entry), and a glossary added later is read, not missed.
#[test]
fn a_course_without_a_glossary_is_cached_until_one_appears() {
    let (_t, dir) = course_copy();
    let glossary = fs::read(dir.join("glossary.yaml")).unwrap();
    fs::remove_file(dir.join("glossary.yaml")).unwrap();
    let (_c, cache) = cache();
    assert_eq!(cache.load_dir(&dir).1, Outcome::Written);
    let (course, outcome) = cache.load_dir(&dir);
    assert_eq!(outcome, Outcome::Hit);
    assert!(course.unwrap().glossary.is_empty());

    fs::write(dir.join("glossary.yaml"), glossary).unwrap();
    set_age(&dir.join("glossary.yaml"), 3600);
    let (course, outcome) = cache.load_dir(&dir);
    assert_ne!(outcome, Outcome::Hit, "the new glossary is read");
    assert!(!course.unwrap().glossary.is_empty());
}

#[test]
fn the_bundled_course_is_cached_whatever_its_size_and_a_damaged_entry_is_rewritten() {
    let tmp = tempfile::tempdir().unwrap();
    // The default size threshold: the bundled course is below it and cached anyway.
    let cache = CourseCache::new(tmp.path().join("courses"));
    let uncached = amphi::course::load_bundled().unwrap();
    let (first, outcome) = cache.load_bundled();
    assert_eq!(outcome, Outcome::Written);
    assert_eq!(first.unwrap(), uncached);
    let (second, outcome) = cache.load_bundled();
    assert_eq!(outcome, Outcome::Hit);
    assert_eq!(second.unwrap(), uncached);

    let entry = entries(&cache).pop().unwrap();
    let good = fs::read(&entry).unwrap();
    let mut bad = good.clone();
    bad[good.len() / 2] ^= 0x40;
    fs::write(&entry, &bad).unwrap();
    let (again, outcome) = cache.load_bundled();
    assert_eq!(outcome, Outcome::Written, "a damaged entry is not used");
    assert_eq!(again.unwrap(), uncached);
    assert_eq!(fs::read(&entry).unwrap(), good, "and it is rewritten");
}

#[test]
fn the_bundled_french_edition_has_an_entry_of_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = CourseCache::new(tmp.path().join("courses"));
    let files = amphi::course::bundled_files();
    let uncached = amphi::course::load_edition(&files, "fr").unwrap();
    let (first, outcome) = cache.load_bundled_edition(Some("fr"));
    assert_eq!(outcome, Outcome::Written);
    assert_eq!(first.unwrap(), uncached);
    // The original's entry is another one: both are kept, each a hit.
    let (english, outcome) = cache.load_bundled();
    assert_eq!(outcome, Outcome::Written);
    assert_eq!(english.unwrap().info.language, "en");
    assert_eq!(entries(&cache).len(), 2);
    let (second, outcome) = cache.load_bundled_edition(Some("fr"));
    assert_eq!(outcome, Outcome::Hit);
    let second = second.unwrap();
    assert_eq!(second, uncached);
    assert_eq!(second.info.language, "fr");
    assert_eq!(cache.load_bundled().1, Outcome::Hit);
}
