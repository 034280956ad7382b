//! Reading an Open edX export (`amphi::import::olx::source`): the three forms
//! of a source (the course folder, a folder above it, the `.tar.gz`), and every
//! hostile source refused whole — members climbing out or absolute, links,
//! special files, decompression bombs, too many or too large files, damaged
//! gzip, a gzip that is no tar, links out of a folder. Archives are built here
//! with the `tar` crate (hand-made headers where its builder would refuse the
//! name); the Open edX demo course is read in place from `../shared/`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use amphi::import::olx::source::{
    EXPANSION_FREE_BYTES, Limits, MAX_EXPANSION, OlxSource, OlxSourceError,
};
use flate2::Compression;
use flate2::write::GzEncoder;
use tar::{EntryType, Header};

use crate::common::outside::shared;

/// One member of a test archive.
enum M<'a> {
    /// A regular file.
    File(&'a str, &'a [u8]),
    /// A folder.
    Dir(&'a str),
    /// A member of another type, with a link target when it has one; its
    /// name written straight into the header (the builder would refuse `..`
    /// and absolute names).
    Raw(&'a [u8], EntryType, &'a [u8], &'a [u8]),
}

/// The tar stream of `members`, uncompressed.
fn tar_of(members: &[M<'_>]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for m in members {
        match m {
            M::File(name, data) => {
                let mut h = Header::new_gnu();
                h.set_size(data.len() as u64);
                h.set_mode(0o644);
                b.append_data(&mut h, name, *data).unwrap();
            }
            M::Dir(name) => {
                let mut h = Header::new_gnu();
                h.set_entry_type(EntryType::Directory);
                h.set_mode(0o755);
                h.set_size(0);
                b.append_data(&mut h, name, std::io::empty()).unwrap();
            }
            M::Raw(name, kind, link, data) => {
                let mut h = Header::new_gnu();
                h.as_old_mut().name[..name.len()].copy_from_slice(name);
                h.set_entry_type(*kind);
                h.set_link_name_literal(link).unwrap();
                h.set_mode(0o644);
                h.set_size(data.len() as u64);
                h.set_cksum();
                b.append(&h, *data).unwrap();
            }
        }
    }
    b.into_inner().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// `bytes` written as `export.tar.gz` in a new temporary folder.
fn archive_file(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.tar.gz");
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn open_archive(members: &[M<'_>]) -> Result<OlxSource, OlxSourceError> {
    open_archive_with(members, &Limits::default())
}

fn open_archive_with(members: &[M<'_>], limits: &Limits) -> Result<OlxSource, OlxSourceError> {
    let (_dir, path) = archive_file(&gzip(&tar_of(members)));
    OlxSource::open_with(&path, limits)
}

/// Writes `files` (relative path → text) under `dir`.
fn write_tree(dir: &Path, files: &[(&str, &str)]) {
    for (rel, text) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

fn keys(s: &OlxSource) -> Vec<&str> {
    s.files.keys().map(String::as_str).collect()
}

/// Bytes gzip cannot shrink (a simple xorshift stream).
fn noise(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

const COURSE_XML: &str = r#"<course url_name="2024" org="o" course="c"/>"#;

// ---------------------------------------------------------------------------
// The forms of a source.

#[test]
fn the_folder_holding_course_xml_is_read_whole_by_relative_path() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[
            ("course.xml", COURSE_XML),
            ("chapter/ch1.xml", "<chapter/>"),
            ("static/images/a.png", "PNG"),
        ],
    );
    let s = OlxSource::open(dir.path()).unwrap();
    assert_eq!(
        keys(&s),
        ["chapter/ch1.xml", "course.xml", "static/images/a.png"]
    );
    assert_eq!(s.text("course.xml"), Some(COURSE_XML));
    assert_eq!(s.files["static/images/a.png"], b"PNG");
    // `course.xml` itself names its folder.
    let s2 = OlxSource::open(&dir.path().join("course.xml")).unwrap();
    assert_eq!(s2.files, s.files);
}

#[test]
fn a_folder_above_the_course_keeps_only_the_course_folder() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[
            ("README.md", "outside"),
            ("course/course.xml", COURSE_XML),
            ("course/html/a.html", "<p>a</p>"),
            ("other/notes.txt", "outside"),
        ],
    );
    let s = OlxSource::open(dir.path()).unwrap();
    assert_eq!(keys(&s), ["course.xml", "html/a.html"]);
    // Two levels down is found too; three is not.
    let two = tempfile::tempdir().unwrap();
    write_tree(two.path(), &[("export/course/course.xml", COURSE_XML)]);
    assert_eq!(keys(&OlxSource::open(two.path()).unwrap()), ["course.xml"]);
    let three = tempfile::tempdir().unwrap();
    write_tree(three.path(), &[("a/b/c/course.xml", COURSE_XML)]);
    let e = OlxSource::open(three.path()).unwrap_err();
    assert!(matches!(e, OlxSourceError::NoCourseXml), "{e}");
    assert!(e.to_string().contains("no course.xml"), "{e}");
}

#[test]
fn a_missing_source_says_it_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let e = OlxSource::open(&dir.path().join("nothing.tar.gz")).unwrap_err();
    assert!(matches!(e, OlxSourceError::Io { .. }), "{e:?}");
    assert!(e.to_string().starts_with("cannot read it: "), "{e}");
}

#[test]
fn a_folder_holding_two_courses_is_refused_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[
            ("one/course.xml", COURSE_XML),
            ("two/course.xml", COURSE_XML),
        ],
    );
    let e = OlxSource::open(dir.path()).unwrap_err();
    let m = e.to_string();
    assert!(
        m.contains("one/course.xml") && m.contains("two/course.xml"),
        "{m}"
    );
}

#[test]
fn an_archive_is_read_in_memory_relative_to_its_course_folder() {
    let s = open_archive(&[
        M::Dir("./"),
        M::File("./README.md", b"outside"),
        M::Dir("./course/"),
        M::File("./course/course.xml", COURSE_XML.as_bytes()),
        M::Dir("./course/static/"),
        M::File("./course/static/a b.png", b"PNG"),
        M::File("course/problem/p1.xml", b"<problem/>"),
    ])
    .unwrap();
    assert_eq!(keys(&s), ["course.xml", "problem/p1.xml", "static/a b.png"]);
    assert_eq!(s.files["static/a b.png"], b"PNG");
}

#[test]
fn an_archive_with_a_pax_global_header_as_git_archive_writes_is_read() {
    let comment = b"52 comment=0123456789012345678901234567890123456789\n";
    let s = open_archive(&[
        M::Raw(b"pax_global_header", EntryType::XGlobalHeader, b"", comment),
        M::File("course.xml", COURSE_XML.as_bytes()),
    ])
    .unwrap();
    assert_eq!(keys(&s), ["course.xml"]);
}

#[test]
fn an_archive_holding_two_courses_or_none_is_refused() {
    let e = open_archive(&[
        M::File("a/course.xml", b"<course/>"),
        M::File("b/course.xml", b"<course/>"),
    ])
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::SeveralCourses { .. }), "{e}");
    assert!(e.to_string().contains("a/course.xml, b/course.xml"), "{e}");
    let e = open_archive(&[M::File("a/b.xml", b"<b/>")]).unwrap_err();
    assert!(matches!(e, OlxSourceError::NoCourseXml), "{e}");
}

#[test]
fn a_member_given_twice_counts_once_its_last_version() {
    let s = open_archive(&[
        M::File("course/course.xml", b"<course/>"),
        M::File("course/html/a.html", b"old"),
        M::File("course/course.xml", COURSE_XML.as_bytes()),
        M::File("course/html/a.html", b"new"),
    ])
    .unwrap();
    assert_eq!(keys(&s), ["course.xml", "html/a.html"]);
    assert_eq!(s.files["html/a.html"], b"new");
    assert_eq!(s.text("course.xml"), Some(COURSE_XML));
}

#[test]
fn a_member_that_is_both_a_file_and_a_folder_is_refused() {
    let e = open_archive(&[
        M::File("course/course.xml", COURSE_XML.as_bytes()),
        M::File("course/static/a", b"file"),
        M::File("course/static/a/b.png", b"PNG"),
    ])
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::FileAndFolder { .. }), "{e:?}");
    assert_refused(&e, &["course/static/a is both a file and a folder"]);
}

#[test]
fn version_control_folders_are_skipped_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[
            ("course.xml", COURSE_XML),
            (".git/HEAD", "ref: refs/heads/main"),
            (".git/objects/pack/p.pack", "PACK"),
            ("static/.gitignore", "*.bak"),
        ],
    );
    let s = OlxSource::open(dir.path()).unwrap();
    assert_eq!(keys(&s), ["course.xml", "static/.gitignore"]);
}

// ---------------------------------------------------------------------------
// Hostile archives.

fn assert_refused(e: &OlxSourceError, words: &[&str]) {
    let m = e.to_string();
    for w in words {
        assert!(m.contains(w), "{w:?} is not in {m:?}");
    }
    assert!(
        !m.contains("export.tar.gz"),
        "the caller names the source, not the message: {m}"
    );
}

#[test]
fn a_member_climbing_out_with_dot_dot_is_refused_whole() {
    let e = open_archive(&[
        M::File("course/course.xml", COURSE_XML.as_bytes()),
        M::Raw(b"course/../../evil.sh", EntryType::Regular, b"", b"echo"),
    ])
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::UnsafeName { .. }), "{e:?}");
    assert_refused(&e, &["course/../../evil.sh", "`..`", "outside"]);
    let e = open_archive(&[M::Raw(b"../course.xml", EntryType::Regular, b"", b"x")]).unwrap_err();
    assert!(matches!(e, OlxSourceError::UnsafeName { .. }), "{e:?}");
}

#[test]
fn an_absolute_member_is_refused() {
    let e = open_archive(&[
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::Raw(b"/etc/cron.d/evil", EntryType::Regular, b"", b"x"),
    ])
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::UnsafeName { .. }), "{e:?}");
    assert_refused(&e, &["/etc/cron.d/evil", "absolute"]);
}

#[test]
fn symbolic_and_hard_links_are_refused_naming_their_target() {
    for (kind, words) in [
        (EntryType::Symlink, "symbolic link"),
        (EntryType::Link, "hard link"),
    ] {
        let e = open_archive(&[
            M::File("course.xml", COURSE_XML.as_bytes()),
            M::Raw(b"static/passwd", kind, b"/etc/passwd", b""),
        ])
        .unwrap_err();
        assert!(matches!(e, OlxSourceError::ArchiveLink { .. }), "{e:?}");
        assert_refused(&e, &["static/passwd", words, "/etc/passwd"]);
    }
    // Even a link that stays inside the archive.
    let e = open_archive(&[
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::Raw(b"a.xml", EntryType::Symlink, b"course.xml", b""),
    ])
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::ArchiveLink { .. }), "{e:?}");
}

#[test]
fn devices_fifos_and_other_special_members_are_refused() {
    for (kind, words) in [
        (EntryType::Char, "character device"),
        (EntryType::Block, "block device"),
        (EntryType::Fifo, "FIFO"),
        (EntryType::Continuous, "contiguous"),
        (EntryType::new(b'Z'), "type 'Z'"),
    ] {
        let e = open_archive(&[
            M::File("course.xml", COURSE_XML.as_bytes()),
            M::Raw(b"dev/x", kind, b"", b""),
        ])
        .unwrap_err();
        assert!(matches!(e, OlxSourceError::Special { .. }), "{e:?}");
        assert_refused(&e, &["dev/x", words]);
    }
}

#[test]
fn a_member_name_that_is_not_utf8_is_refused() {
    let e = open_archive(&[
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::Raw(b"static/\xff.png", EntryType::Regular, b"", b"x"),
    ])
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::NameNotUtf8 { .. }), "{e:?}");
}

#[test]
fn a_hostile_name_is_shown_escaped() {
    let e = open_archive(&[M::Raw(b"\x1b[2J/../x", EntryType::Regular, b"", b"x")]).unwrap_err();
    let m = e.to_string();
    assert!(!m.contains('\u{1b}'), "{m:?}");
    assert!(m.contains("\\u{1b}[2J/../x"), "{m}");
}

#[test]
fn a_decompression_bomb_is_stopped_at_the_default_ratio() {
    // 16 MiB of zeros compress to about 16 KiB: allowed 10 MiB (the free
    // bytes), refused when more comes out, whatever the header says.
    let zeros = vec![0u8; 16 << 20];
    let gz = gzip(&tar_of(&[
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::File("static/zeros.bin", &zeros),
    ]));
    assert!((gz.len() as u64) * MAX_EXPANSION < EXPANSION_FREE_BYTES);
    let (_dir, path) = archive_file(&gz);
    let start = Instant::now();
    let e = OlxSource::open(&path).unwrap_err();
    eprintln!("bomb refused in {:?}", start.elapsed());
    assert!(matches!(e, OlxSourceError::Expands { .. }), "{e:?}");
    assert_refused(&e, &["expands to more than 10485760 bytes", "100 times"]);
}

#[test]
fn the_ratio_applies_past_the_free_bytes_only() {
    let zeros = vec![0u8; 300_000];
    let members = [
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::File("static/zeros.bin", &zeros),
    ];
    let small_free = Limits {
        expansion_free_bytes: 100_000,
        ..Limits::default()
    };
    let e = open_archive_with(&members, &small_free).unwrap_err();
    assert!(matches!(e, OlxSourceError::Expands { .. }), "{e:?}");
    // Under the free bytes, the same archive is read.
    let s = open_archive(&members).unwrap();
    assert_eq!(s.files["static/zeros.bin"].len(), 300_000);
}

#[test]
fn an_archive_over_the_total_is_refused() {
    let a = noise(60_000);
    let b = noise(60_001);
    let limits = Limits {
        max_total_bytes: 100_000,
        ..Limits::default()
    };
    let e = open_archive_with(
        &[
            M::File("course.xml", COURSE_XML.as_bytes()),
            M::File("static/a.bin", &a),
            M::File("static/b.bin", &b),
        ],
        &limits,
    )
    .unwrap_err();
    assert!(
        matches!(e, OlxSourceError::TooLarge { limit: 100_000, .. }),
        "{e:?}"
    );
    assert_refused(&e, &["more than 100000 bytes"]);
}

#[test]
fn one_file_over_its_limit_is_refused_and_one_at_it_read() {
    let limits = Limits {
        max_file_bytes: 1000,
        ..Limits::default()
    };
    let big = vec![b'x'; 1001];
    let e = open_archive_with(
        &[
            M::File("course.xml", COURSE_XML.as_bytes()),
            M::File("static/big.txt", &big),
        ],
        &limits,
    )
    .unwrap_err();
    assert!(matches!(e, OlxSourceError::FileTooLarge { .. }), "{e:?}");
    assert_refused(&e, &["static/big.txt", "larger than 1000 bytes"]);
    let ok = vec![b'x'; 1000];
    assert!(
        open_archive_with(
            &[
                M::File("course.xml", COURSE_XML.as_bytes()),
                M::File("static/ok.txt", &ok),
            ],
            &limits,
        )
        .is_ok()
    );
}

#[test]
fn a_header_claiming_a_huge_size_is_refused_though_its_data_is_absent() {
    // The header says 1 TiB; the data is not there.
    let mut h = Header::new_gnu();
    h.set_path("course/static/huge.bin").unwrap();
    h.set_size(1 << 40);
    h.set_mode(0o644);
    h.set_cksum();
    let mut tar = tar_of(&[M::File("course/course.xml", COURSE_XML.as_bytes())]);
    tar.truncate(tar.len() - 1024); // its end-of-archive blocks
    tar.extend_from_slice(h.as_bytes());
    let (_dir, path) = archive_file(&gzip(&tar));
    let e = OlxSource::open(&path).unwrap_err();
    assert!(matches!(e, OlxSourceError::FileTooLarge { .. }), "{e:?}");
}

#[test]
fn a_truncated_archive_is_refused() {
    let data = noise(5000);
    let mut tar = tar_of(&[
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::File("static/a.bin", &data),
    ]);
    let cut = tar.len() - 1024 - 3000;
    tar.truncate(cut);
    let (_dir, path) = archive_file(&gzip(&tar));
    let e = OlxSource::open(&path).unwrap_err();
    assert!(matches!(e, OlxSourceError::Truncated { .. }), "{e:?}");
    assert_refused(&e, &["static/a.bin", "truncated"]);
}

#[test]
fn too_many_members_are_refused() {
    let limits = Limits {
        max_entries: 10,
        ..Limits::default()
    };
    let names: Vec<String> = (0..10).map(|i| format!("html/{i}.html")).collect();
    let mut members = vec![M::File("course.xml", COURSE_XML.as_bytes())];
    members.extend(names.iter().map(|n| M::File(n, b"<p/>")));
    let e = open_archive_with(&members, &limits).unwrap_err();
    assert!(
        matches!(e, OlxSourceError::TooManyEntries { limit: 10, .. }),
        "{e:?}"
    );
    assert_refused(&e, &["more than 10 files and folders"]);
    members.pop();
    assert!(open_archive_with(&members, &limits).is_ok());
}

#[test]
fn damaged_gzip_a_gzip_that_is_no_tar_and_no_gzip_are_told_apart() {
    let good = gzip(&tar_of(&[
        M::File("course.xml", COURSE_XML.as_bytes()),
        M::File("static/a.bin", &noise(20_000)),
    ]));
    // Damaged in the middle of the compressed data.
    let mut damaged = good.clone();
    for b in &mut damaged[100..200] {
        *b ^= 0x5a;
    }
    let (_d1, p1) = archive_file(&damaged);
    let e = OlxSource::open(&p1).unwrap_err();
    assert!(matches!(e, OlxSourceError::BadGzip { .. }), "{e:?}");
    assert_refused(&e, &["gzip compression is damaged"]);
    // Cut short.
    let (_d2, p2) = archive_file(&good[..good.len() / 2]);
    let e = OlxSource::open(&p2).unwrap_err();
    assert!(matches!(e, OlxSourceError::BadGzip { .. }), "{e:?}");
    // Gzip magic, then garbage.
    let (_d3, p3) = archive_file(b"\x1f\x8bnot really gzip at all");
    let e = OlxSource::open(&p3).unwrap_err();
    assert!(matches!(e, OlxSourceError::BadGzip { .. }), "{e:?}");
    // A gzip of text, no tar.
    let text = "course.xml is here, but this is no tar\n".repeat(40);
    let (_d4, p4) = archive_file(&gzip(text.as_bytes()));
    let e = OlxSource::open(&p4).unwrap_err();
    assert!(matches!(e, OlxSourceError::NotTar { .. }), "{e:?}");
    assert_refused(&e, &["is not a tar archive"]);
    // The tar reader quotes what it could not read: only its first clause is
    // kept, so the archive's bytes are not printed.
    let m = e.to_string();
    assert!(!m.contains("no tar") && !m.contains('\n'), "{m}");
    // Not gzip at all.
    let (_d5, p5) = archive_file(b"PK\x03\x04 a zip file");
    let e = OlxSource::open(&p5).unwrap_err();
    assert!(matches!(e, OlxSourceError::NotASource), "{e:?}");
    assert_refused(&e, &["neither a folder holding course.xml nor"]);
}

// ---------------------------------------------------------------------------
// Hostile folders.

#[cfg(unix)]
#[test]
fn a_link_out_of_the_course_folder_is_refused_naming_it() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret"), "s").unwrap();
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("course.xml", COURSE_XML)]);
    std::fs::create_dir(dir.path().join("static")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret"),
        dir.path().join("static/s.txt"),
    )
    .unwrap();
    let e = OlxSource::open(dir.path()).unwrap_err();
    assert!(matches!(e, OlxSourceError::FolderLink { .. }), "{e:?}");
    let m = e.to_string();
    assert!(
        m.contains("static/s.txt") && m.contains("outside the course's folder"),
        "{m}"
    );
    // A relative link climbing out is the same.
    std::fs::remove_file(dir.path().join("static/s.txt")).unwrap();
    std::os::unix::fs::symlink(
        "../../../../../../etc/hostname",
        dir.path().join("static/h"),
    )
    .unwrap();
    let e = OlxSource::open(dir.path()).unwrap_err();
    assert!(matches!(e, OlxSourceError::FolderLink { .. }), "{e:?}");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_inside_is_read_but_to_a_folder_or_nowhere_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[("course.xml", COURSE_XML), ("static/a.png", "PNG")],
    );
    std::os::unix::fs::symlink("a.png", dir.path().join("static/b.png")).unwrap();
    let s = OlxSource::open(dir.path()).unwrap();
    assert_eq!(s.files["static/b.png"], b"PNG");

    std::os::unix::fs::symlink("..", dir.path().join("static/loop")).unwrap();
    let e = OlxSource::open(dir.path()).unwrap_err();
    assert!(
        e.to_string().contains("links to folders are not followed"),
        "{e}"
    );
    std::fs::remove_file(dir.path().join("static/loop")).unwrap();

    std::os::unix::fs::symlink("gone.png", dir.path().join("static/c.png")).unwrap();
    let e = OlxSource::open(dir.path()).unwrap_err();
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("course.xml", COURSE_XML)]);
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let e = OlxSource::open(dir.path()).unwrap_err();
    assert!(matches!(e, OlxSourceError::Special { .. }), "{e:?}");
    assert!(e.to_string().contains("pipe is a FIFO"), "{e}");
}

#[test]
fn a_folder_over_the_limits_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[
            ("course.xml", COURSE_XML),
            ("static/a.txt", &"a".repeat(600)),
            ("static/b.txt", &"b".repeat(600)),
        ],
    );
    let one = Limits {
        max_file_bytes: 500,
        ..Limits::default()
    };
    let e = OlxSource::open_with(dir.path(), &one).unwrap_err();
    assert!(
        matches!(e, OlxSourceError::FileTooLarge { limit: 500, .. }),
        "{e:?}"
    );
    let total = Limits {
        max_total_bytes: 1000,
        ..Limits::default()
    };
    let e = OlxSource::open_with(dir.path(), &total).unwrap_err();
    assert!(matches!(e, OlxSourceError::TooLarge { .. }), "{e:?}");
    let count = Limits {
        max_entries: 3,
        ..Limits::default()
    };
    let e = OlxSource::open_with(dir.path(), &count).unwrap_err();
    assert!(matches!(e, OlxSourceError::TooManyEntries { .. }), "{e:?}");
    assert!(OlxSource::open(dir.path()).is_ok());
}

// ---------------------------------------------------------------------------
// The Open edX demo course.

#[test]
fn the_demo_course_opens_as_a_folder_and_as_its_tar_gz_to_the_same_files() {
    let Some(demo) = shared("corpora/olx/openedx-demo-course") else {
        return;
    };
    let start = Instant::now();
    let folder = OlxSource::open(&demo).unwrap();
    let folder_time = start.elapsed();
    assert!(folder.files.contains_key("course.xml"));
    assert!(folder.files.len() > 500, "{} files", folder.files.len());
    assert!(folder.files.keys().any(|k| k.starts_with("problem/")));
    assert!(folder.files.keys().any(|k| k.starts_with("static/")));
    assert!(
        folder
            .files
            .keys()
            .all(|k| !k.starts_with('/') && !k.contains(".."))
    );

    // Packed the way Open edX exports it: one folder holding the course.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("demo.tar.gz");
    let file = std::fs::File::create(&path).unwrap();
    let mut b = tar::Builder::new(GzEncoder::new(file, Compression::default()));
    b.follow_symlinks(false);
    b.append_dir_all("course", &demo).unwrap();
    b.into_inner().unwrap().finish().unwrap();
    let start = Instant::now();
    let archive = OlxSource::open(&path).unwrap();
    let archive_time = start.elapsed();
    eprintln!(
        "demo course: {} files, {} bytes; opened as a folder in {folder_time:?}, as a {}-byte .tar.gz in {archive_time:?}",
        folder.files.len(),
        folder.files.values().map(Vec::len).sum::<usize>(),
        std::fs::metadata(&path).unwrap().len(),
    );
    let names = |s: &OlxSource| s.files.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&archive), names(&folder));
    let differ: BTreeMap<_, _> = folder
        .files
        .iter()
        .filter(|(k, v)| archive.files.get(*k) != Some(v))
        .collect();
    assert!(differ.is_empty(), "{:?} differ", differ.keys());

    // Its XML parses with no DTD and within the limits.
    for name in folder.files.keys().filter(|k| k.ends_with(".xml")) {
        if let Err(e) = folder.xml(name) {
            panic!("{e}");
        }
    }
}
