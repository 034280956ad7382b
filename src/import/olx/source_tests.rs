//! Unit tests of the export reader's pieces: member names, the course root,
//! the counted stream and the XML messages. The sources themselves (folders,
//! archives, hostile ones) are tested in `tests/it/import_olx_source.rs`.

use super::*;

#[test]
fn member_names_are_made_relative_and_dot_parts_dropped() {
    let p = |n: &str| member_path(n).unwrap();
    assert_eq!(p("course/course.xml").as_deref(), Some("course/course.xml"));
    assert_eq!(
        p("./course//static/./a.png").as_deref(),
        Some("course/static/a.png")
    );
    assert_eq!(p("./"), None);
    assert_eq!(p("."), None);
}

#[test]
fn member_names_climbing_out_or_absolute_are_refused() {
    for (name, why) in [
        ("../evil", "`..`"),
        ("course/../../evil", "`..`"),
        ("course/..", "`..`"),
        ("/etc/passwd", "absolute"),
        ("//x", "absolute"),
        ("course\\..\\..\\evil", "`..`"),
        ("course/a\\..", "`..`"),
        ("\\windows\\x", "absolute"),
        ("C:evil", "absolute"),
        ("c:/evil", "absolute"),
    ] {
        let e = member_path(name).unwrap_err();
        assert!(
            matches!(e, OlxSourceError::UnsafeName { .. }),
            "{name}: {e:?}"
        );
        let m = e.to_string();
        assert!(m.contains(why) && m.contains(name), "{m}");
    }
    // `..` inside a name is only a name.
    assert_eq!(
        member_path("course/a..b").unwrap().as_deref(),
        Some("course/a..b")
    );
}

#[test]
fn the_course_root_is_the_shallowest_course_xml_within_two_levels() {
    let root = |paths: &[&str]| course_root(paths.iter().copied());
    assert_eq!(root(&["course.xml", "a/course.xml"]).unwrap(), "");
    assert_eq!(
        root(&["export/course/course.xml", "x/a.xml"]).unwrap(),
        "export/course/"
    );
    assert_eq!(
        root(&["course/course.xml", "course/static/course.xml"]).unwrap(),
        "course/"
    );
    // Not a `course.xml`, or deeper than two levels.
    assert!(matches!(
        root(&["a/b/c/course.xml", "mycourse.xml", "a/xcourse.xml"]),
        Err(OlxSourceError::NoCourseXml)
    ));
}

#[test]
fn two_courses_at_the_same_depth_are_named_in_the_error() {
    let e = course_root(["b/course.xml", "a/course.xml"].into_iter()).unwrap_err();
    let m = e.to_string();
    assert!(m.contains("a/course.xml, b/course.xml"), "{m}");
    assert!(m.contains("several courses"), "{m}");
}

#[test]
fn the_counted_stream_stops_past_its_cap() {
    let data = [7u8; 100];
    let mut c = Counted {
        inner: &data[..],
        read: 0,
        cap: 60,
        stopped: None,
    };
    let mut out = Vec::new();
    assert!(c.read_to_end(&mut out).is_err());
    assert!(matches!(c.stopped, Some(Stopped::Cap)));
    assert!(out.len() <= 100);
    // Exactly at the cap is allowed.
    let mut c = Counted {
        inner: &data[..],
        read: 0,
        cap: 100,
        stopped: None,
    };
    assert_eq!(c.read_to_end(&mut Vec::new()).unwrap(), 100);
}

#[test]
fn a_billion_laughs_is_refused_as_a_dtd_with_its_place() {
    let xml = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<problem>&lol9;</problem>"#;
    let e = parse_xml(xml).unwrap_err();
    assert!(e.starts_with("2:1: a DTD"), "{e}");
    assert!(e.contains("refused"), "{e}");
}

#[test]
fn an_external_entity_is_refused_and_never_read() {
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<p>&x;</p>";
    let e = parse_xml(xml).unwrap_err();
    assert!(e.starts_with("2:1: a DTD"), "{e}");
    // Without a DTD, the reference is unknown and says where it is.
    let e = parse_xml("<p>\n  &x;</p>").unwrap_err();
    assert!(e.starts_with("2:"), "{e}");
    assert!(e.contains("unknown entity reference 'x'"), "{e}");
    assert!(!e.contains(" at 2:"), "the position is said once: {e}");
}

#[test]
fn xml_errors_give_line_and_column_and_the_file() {
    let e = parse_xml("<problem>\n  <p>a</q>\n</problem>").unwrap_err();
    assert!(e.starts_with("2:"), "{e}");
    assert_eq!(
        xml_error_at("problem/a.xml", &e),
        format!("problem/a.xml:{e}")
    );
    let e = parse_xml("<problem>\n<p>").unwrap_err();
    assert_eq!(e, "2:4: the XML ends before its elements are closed");
    let e = parse_xml("").unwrap_err();
    assert_eq!(xml_error_at("x.xml", &e), "x.xml: the XML has no element");
}

#[test]
fn the_node_limit_is_set() {
    let many = format!("<a>{}</a>", "<b/>".repeat(MAX_XML_NODES as usize + 1));
    let e = parse_xml(&many).unwrap_err();
    assert!(e.contains(&MAX_XML_NODES.to_string()), "{e}");
    let fewer = format!("<a>{}</a>", "<b/>".repeat(1000));
    assert!(parse_xml(&fewer).is_ok());
}

#[test]
fn xml_over_its_size_is_refused_before_parsing() {
    let big = format!("<a>{}</a>", "x".repeat(MAX_XML_BYTES));
    let e = parse_xml(&big).unwrap_err();
    assert!(e.contains("larger than"), "{e}");
}

#[test]
fn an_export_file_is_parsed_by_name() {
    let mut s = OlxSource::default();
    s.files.insert("course.xml".into(), b"<course/>".to_vec());
    s.files.insert("bad.xml".into(), b"<a>\n<b></a>".to_vec());
    s.files
        .insert("latin1.xml".into(), b"<a>\n\xe9</a>".to_vec());
    assert_eq!(
        s.xml("course.xml")
            .unwrap()
            .root_element()
            .tag_name()
            .name(),
        "course"
    );
    assert!(s.xml("bad.xml").unwrap_err().starts_with("bad.xml:2:"));
    assert_eq!(s.xml("latin1.xml").unwrap_err(), "latin1.xml:2: not UTF-8");
    assert!(s.xml("none.xml").unwrap_err().contains("no such file"));
}

#[test]
fn hostile_names_are_escaped_in_messages() {
    assert_eq!(shown("a\u{1b}[31mb"), "a\\u{1b}[31mb");
    assert_eq!(shown("x\u{202e}y"), "x\\u{202e}y");
    assert_eq!(shown("é/ü.xml"), "é/ü.xml");
}

#[test]
fn errors_become_strings_with_their_message() {
    let e = OlxSourceError::NoCourseXml;
    let m = e.to_string();
    let s: String = e.into();
    assert_eq!(s, m);
    fn uses_question_mark() -> Result<(), String> {
        Err(OlxSourceError::NoCourseXml)?;
        Ok(())
    }
    assert!(
        uses_question_mark()
            .unwrap_err()
            .starts_with("no course.xml in it")
    );
}

/// A small valid `.tar.gz`'s tar stream: a folder, two files, a name longer
/// than a tar header holds (a GNU long-name member).
fn small_tar() -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    let mut add = |name: &str, data: &[u8]| {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        b.append_data(&mut h, name, data).unwrap();
    };
    add("course/course.xml", b"<course url_name=\"r\"/>");
    add("course/static/a.png", &[0x89; 300]);
    add(
        &format!("course/static/{}.txt", "long".repeat(40)),
        b"long name",
    );
    b.into_inner().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[test]
fn the_small_archive_reads_with_its_long_name() {
    let gz = gzip(&small_tar());
    let s = read_archive(&gz[..], gz.len() as u64, &Limits::default()).unwrap();
    assert_eq!(s.files.len(), 3);
    assert!(
        s.files
            .contains_key(&format!("static/{}.txt", "long".repeat(40)))
    );
}

#[test]
fn damaged_archives_are_refused_or_read_but_never_panic() {
    let tar = small_tar();
    let gz = gzip(&tar);
    let limits = Limits {
        max_file_bytes: 4096,
        max_total_bytes: 1 << 20,
        max_entries: 50,
        ..Limits::default()
    };
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut refused = 0;
    for round in 0..600 {
        // Bytes changed in the tar stream (headers are its first bytes and
        // every 512 after a member), or in the compressed stream.
        let in_tar = round % 2 == 0;
        let mut bytes = if in_tar { tar.clone() } else { gz.clone() };
        for _ in 0..1 + round % 3 {
            let at = (next() as usize) % bytes.len();
            bytes[at] = next() as u8;
        }
        if round % 7 == 0 {
            let keep = (next() as usize) % bytes.len();
            bytes.truncate(keep);
        }
        let input = if in_tar { gzip(&bytes) } else { bytes };
        if read_archive(&input[..], input.len() as u64, &limits).is_err() {
            refused += 1;
        }
    }
    assert!(refused > 100, "the damage is seen: {refused} refused");
}
