//! `amphi import` for Open edX exports (OLX): each mapping rule on a small
//! export written here, then the Open edX demo course of
//! `../shared/corpora/olx/` imported with its report's counts, loaded and
//! checked clean, its ids stable, its images copied and its `jump_to_id` links
//! resolved.

use std::path::Path;

use crate::common::import_report::counts;
use crate::common::isolated::{amphi, import, os};
use crate::common::outside::shared;
use amphi::import::olx::course::{CourseOptions, to_course};
use amphi::import::olx::source::OlxSource;
use amphi::import::report::Converted;
use serde_yaml::Value;

/// Writes an export of `files` (path, content) in a new temporary folder.
fn export(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn convert(dir: &Path) -> Converted {
    let source = OlxSource::open(dir).expect("the export reads");
    to_course(&source, &CourseOptions::default()).expect("it converts")
}

/// Writes the converted course in a new temporary folder and loads it (it
/// must be valid).
fn written(c: &Converted) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let texts = c.files.iter().map(|(p, t)| (p, t.as_bytes()));
    let copies = c.copies.iter().map(|(p, b)| (p, b.as_slice()));
    for (rel, bytes) in texts.chain(copies) {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    if let Err(report) = amphi::course::load_dir(dir.path()) {
        let all: String = c
            .files
            .iter()
            .map(|(p, t)| format!("# {p}\n{t}\n"))
            .collect();
        panic!("the imported course must load:\n{report}\n{all}");
    }
    dir
}

fn file<'a>(c: &'a Converted, path: &str) -> &'a str {
    c.files
        .iter()
        .find(|(p, _)| p == path)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| {
            panic!(
                "no {path} in {:?}",
                c.files.iter().map(|f| &f.0).collect::<Vec<_>>()
            )
        })
}

fn yaml(c: &Converted, path: &str) -> Value {
    serde_yaml::from_str(file(c, path)).unwrap()
}

const COURSE_XML: &[u8] = br#"<course url_name="run1" org="Org X" course="Phys 101"/>"#;

/// A course of one chapter, one sequential, one vertical holding `unit`.
fn one_unit(unit: &str) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("course.xml", COURSE_XML.to_vec()),
        (
            "course/run1.xml",
            br#"<course display_name="Physics" language="fr"><chapter url_name="ch1"/></course>"#
                .to_vec(),
        ),
        (
            "chapter/ch1.xml",
            br#"<chapter display_name="Week 1"><sequential url_name="seq1"/></chapter>"#.to_vec(),
        ),
        (
            "sequential/seq1.xml",
            br#"<sequential display_name="Basics"><vertical url_name="unit1"/></sequential>"#
                .to_vec(),
        ),
        (
            "vertical/unit1.xml",
            format!(r#"<vertical display_name="First unit">{unit}</vertical>"#).into_bytes(),
        ),
    ]
}

fn export_of(files: Vec<(&'static str, Vec<u8>)>) -> tempfile::TempDir {
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (*p, b.as_slice())).collect();
    export(&refs)
}

#[test]
fn chapters_sequentials_and_units_become_modules_sections_and_items() {
    let mut files = one_unit(
        r#"<html url_name="h1"/><html url_name="h2"/><video url_name="v1" display_name="Talk" youtube_id_1_0="abcDEF12345"/><html display_name="Inline"><p>Third <b>part</b></p></html>"#,
    );
    files.push((
        "html/h1.xml",
        br#"<html filename="h1" display_name="One"/>"#.to_vec(),
    ));
    files.push(("html/h1.html", b"<h2>Start</h2><p>First part.</p>".to_vec()));
    files.push((
        "html/h2.xml",
        br#"<html filename="h2" display_name="Two"/>"#.to_vec(),
    ));
    files.push(("html/h2.html", b"<p>Second part.</p>".to_vec()));
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);

    let course = yaml(&c, "course.yaml");
    assert_eq!(course["id"], "olx.org-x.phys-101");
    assert_eq!(course["title"], "Physics");
    assert_eq!(course["language"], "fr");
    let m = yaml(&c, "modules/01-ch1.yaml");
    assert_eq!(m["id"], "ch1");
    assert_eq!(m["title"], "Week 1");
    let section = &m["sections"][0];
    assert_eq!(section["id"], "seq1");
    assert_eq!(section["title"], "Basics");
    let items = section["items"].as_sequence().unwrap();
    // Two html in a row: one lesson, named after the unit, its id the first
    // component's; the video breaks the run; the inline html after it is a
    // second lesson.
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[0]["kind"], "lesson");
    assert_eq!(items[0]["id"], "h1");
    assert_eq!(items[0]["title"], "First unit");
    let body = file(&c, items[0]["body_file"].as_str().unwrap());
    assert_eq!(body, "## Start\n\nFirst part.\n\nSecond part.\n");
    assert_eq!(items[1]["kind"], "video");
    assert_eq!(
        items[1]["url"],
        "https://www.youtube.com/watch?v=abcDEF12345"
    );
    // The course says `language="fr"`: amphi's own words in it are French.
    assert_eq!(items[2]["title"], "First unit (suite)");
    assert_eq!(
        file(&c, items[2]["body_file"].as_str().unwrap()),
        "Third **part**\n"
    );
    assert_eq!(counts(&c.report, "chapter"), (1, 1, 0, 0));
    assert_eq!(counts(&c.report, "sequential"), (1, 1, 0, 0));
    assert_eq!(counts(&c.report, "vertical"), (1, 1, 0, 0));
    assert_eq!(counts(&c.report, "html"), (3, 3, 0, 0));
    assert_eq!(c.report.format, "olx");
    assert_eq!(c.report.course.items, 3);
}

#[test]
fn static_images_and_documents_are_copied_and_offered() {
    let mut files = one_unit(r#"<html url_name="h1"/>"#);
    files.push(("html/h1.xml", br#"<html filename="h1"/>"#.to_vec()));
    files.push((
        "html/h1.html",
        br#"<p><img src="/static/My Chart.png" alt="The chart"></p><p>Read <a href="/static/notes.pdf">the notes</a> and <img src="/c4x/Org/C/asset/thank_you.png" alt="Thanks"></p>"#.to_vec(),
    ));
    files.push(("static/My Chart.png", b"\x89PNG chart".to_vec()));
    files.push(("static/notes.pdf", b"%PDF notes".to_vec()));
    files.push(("static/thank you.png", b"\x89PNG thanks".to_vec()));
    files.push(("static/unused.png", b"\x89PNG unused".to_vec()));
    let dir = export_of(files);
    let c = convert(dir.path());
    let m = yaml(&c, "modules/01-ch1.yaml");
    let lesson = &m["sections"][0]["items"][0];
    let body = file(&c, lesson["body_file"].as_str().unwrap());
    assert!(body.contains("![The chart](static/My-Chart.png)"), "{body}");
    assert!(body.contains("[the notes](static/notes.pdf)"), "{body}");
    // Open edX writes a space of a file's name as `_` in its addresses.
    assert!(body.contains("![Thanks](static/thank-you.png)"), "{body}");
    assert_eq!(lesson["files"][0]["path"], "static/notes.pdf");
    let mut copied: Vec<&str> = c.copies.iter().map(|(p, _)| p.as_str()).collect();
    copied.sort_unstable();
    assert_eq!(
        copied,
        [
            "static/My-Chart.png",
            "static/notes.pdf",
            "static/thank-you.png"
        ],
        "only what the course uses is copied"
    );
    assert_eq!(
        c.copies
            .iter()
            .find(|(p, _)| p == "static/notes.pdf")
            .unwrap()
            .1,
        b"%PDF notes"
    );
    written(&c);
}

#[test]
fn a_video_gets_its_transcript_and_a_duration_from_its_last_cue() {
    let mut files = one_unit(
        r#"<video url_name="v1" display_name="Talk" transcripts="{&quot;en&quot;: &quot;talk-en.srt&quot;, &quot;fr&quot;: &quot;talk-fr.srt&quot;}" html5_sources="[]" handout="/static/slides.pdf"/>"#,
    );
    // No YouTube id: the HTML5 source.
    files[4].1 = br#"<vertical display_name="U"><video url_name="v1"/></vertical>"#.to_vec();
    files.push((
        "video/v1.xml",
        br#"<video display_name="Talk" youtube_id_1_0="" html5_sources="[&quot;https://cdn.example.org/talk.mp4&quot;]" transcripts="{&quot;en&quot;: &quot;talk-en.srt&quot;, &quot;fr&quot;: &quot;talk-fr.srt&quot;}" handout="/static/slides.pdf"/>"#.to_vec(),
    ));
    let srt = "1\n00:00:00,000 --> 00:00:02,000\nBonjour.\n\n2\n00:01:00,000 --> 00:01:04,500\nAu revoir.\n";
    files.push(("static/talk-fr.srt", srt.as_bytes().to_vec()));
    files.push((
        "static/talk-en.srt",
        b"1\n00:00:00,000 --> 00:00:01,000\nHello.\n".to_vec(),
    ));
    files.push(("static/slides.pdf", b"%PDF".to_vec()));
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    let m = yaml(&c, "modules/01-ch1.yaml");
    let v = &m["sections"][0]["items"][0];
    assert_eq!(v["kind"], "video");
    assert_eq!(v["id"], "v1");
    assert_eq!(v["url"], "https://cdn.example.org/talk.mp4");
    // The course's language (fr) first.
    assert_eq!(v["transcript"], "transcripts/talk-fr.srt");
    assert_eq!(v["duration"], 65, "the last cue ends at 1:04.5");
    assert_eq!(v["files"][0]["path"], "static/slides.pdf");
    let (found, _, approximated, _) = counts(&c.report, "video");
    assert_eq!((found, approximated), (1, 1));
    let note = c.report.kind("video").unwrap().approximated[0]
        .message
        .to_string();
    assert!(note.contains("last cue") && note.contains("“fr”"), "{note}");
}

#[test]
fn components_with_no_equivalent_are_reported_and_their_text_kept() {
    let files = one_unit(
        r#"<html display_name="Intro"><p>Vote below.</p></html><poll url_name="p1" display_name="Favourite" question="Which *one* do you like?" answers="[[&quot;R&quot;, {&quot;label&quot;: &quot;Red&quot;}], [&quot;B&quot;, {&quot;label&quot;: &quot;Blue&quot;}]]"/><discussion url_name="d1" display_name="Talk about it"/><lti_consumer url_name="l1"/><word_cloud url_name="w1"/><library_content url_name="lib1"/><split_test url_name="s1"/>"#,
    );
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    for kind in [
        "poll",
        "discussion",
        "lti",
        "word_cloud",
        "library_content",
        "split_test",
    ] {
        assert_eq!(counts(&c.report, kind), (1, 0, 0, 1), "{kind}");
    }
    let why = c.report.kind("poll").unwrap().left_out[0]
        .message
        .to_string();
    assert!(why.contains("vote"), "{why}");
    let m = yaml(&c, "modules/01-ch1.yaml");
    let lesson = &m["sections"][0]["items"][0];
    let body = file(&c, lesson["body_file"].as_str().unwrap());
    // The course says `language="fr"`: the line amphi writes is French (an
    // English course's is tested in `import_olx_i18n`).
    assert!(
        body.starts_with(
            "Vote below.\n\n*poll «\u{a0}Favourite\u{a0}» non importé\u{a0}: un sondage recueille"
        ),
        "{body}"
    );
    assert!(body.contains("Which \\*one\\* do you like?"), "{body}");
    assert!(body.contains("- Red\n- Blue"), "{body}");
    let md = c.report.to_markdown("export");
    assert!(md.contains("| discussion | 1 | 0 | 0 | 1 |"), "{md}");
}

#[test]
fn problems_go_through_the_problem_converter_and_are_reported() {
    let mut files =
        one_unit(r#"<html url_name="h1"/><problem url_name="p1"/><problem url_name="p2"/>"#);
    files.push(("html/h1.xml", br#"<html filename="h1"/>"#.to_vec()));
    files.push(("html/h1.html", b"<p>Before the problems.</p>".to_vec()));
    for p in ["problem/p1.xml", "problem/p2.xml"] {
        files.push((
            p,
            br#"<problem display_name="Q"><multiplechoiceresponse><label>Pick</label><choicegroup><choice correct="true">A</choice><choice correct="false">B</choice></choicegroup></multiplechoiceresponse></problem>"#.to_vec(),
        ));
    }
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    // Every problem is counted under the kind the converter gives it.
    let problems: usize = c
        .report
        .kinds
        .iter()
        .filter(|k| !["chapter", "sequential", "vertical", "html"].contains(&k.kind))
        .map(|k| k.found)
        .sum();
    assert_eq!(problems, 2);
    let m = yaml(&c, "modules/01-ch1.yaml");
    let items = m["sections"][0]["items"].as_sequence().unwrap();
    assert_eq!(items[0]["kind"], "lesson");
    if let Some(quiz) = items.iter().find(|i| i["kind"] == "quiz") {
        // One quiz for the unit's problems, named and identified after it.
        assert_eq!(quiz["id"], "unit1");
        assert_eq!(quiz["title"], "First unit");
        assert_eq!(quiz["pass_mark"], 50);
        assert_eq!(items.iter().filter(|i| i["kind"] == "quiz").count(), 1);
    }
}

#[test]
fn jump_to_id_links_lead_to_the_item_made_from_the_unit() {
    let files = vec![
        ("course.xml", COURSE_XML.to_vec()),
        (
            "course/run1.xml",
            br#"<course display_name="C"><chapter url_name="ch1" display_name="One"><sequential url_name="s1" display_name="S"><vertical url_name="u1" display_name="U1"><html url_name="h1"/></vertical></sequential></chapter><chapter url_name="ch2" display_name="Two"><sequential url_name="s2" display_name="S2"><vertical url_name="u2" display_name="U2"><video url_name="v2" youtube_id_1_0="x1"/><html url_name="h2"/></vertical></sequential></chapter></course>"#.to_vec(),
        ),
        ("html/h1.xml", br#"<html filename="h1"/>"#.to_vec()),
        (
            "html/h1.html",
            br#"<p>See <a href="/jump_to_id/u2">the second unit</a>, <a href="/jump_to_id/h2">its text</a> and <a href="/jump_to_id/gone">nothing</a>.</p>"#.to_vec(),
        ),
        ("html/h2.xml", br#"<html filename="h2"/>"#.to_vec()),
        ("html/h2.html", b"<p>Target.</p>".to_vec()),
    ];
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    let body = file(&c, "lessons/ch1/h1.md");
    assert_eq!(
        body,
        "See [the second unit](item:ch2/v2), [its text](item:ch2/h2) and nothing.\n"
    );
    let note = c.report.kind("html").unwrap().approximated[0]
        .message
        .to_string();
    assert!(note.contains("kept as text"), "{note}");
}

#[test]
fn graded_subsections_take_the_grading_policys_pass_mark() {
    // Checked through the report's quiz when the problem converter makes
    // questions; here, that the policy is read does not break a course
    // without problems, and an empty chapter is reported.
    let files = vec![
        ("course.xml", COURSE_XML.to_vec()),
        (
            "course/run1.xml",
            br#"<course display_name="C"><chapter url_name="ch1" display_name="Empty"/><chapter url_name="ch2" display_name="Full"><sequential url_name="s" graded="true" format="Exam"><vertical url_name="u"><html url_name="h"/></vertical></sequential></chapter></course>"#.to_vec(),
        ),
        ("html/h.xml", br#"<html filename="h"/>"#.to_vec()),
        ("html/h.html", b"<p>Text.</p>".to_vec()),
        (
            "policies/run1/grading_policy.json",
            br#"{"GRADE_CUTOFFS": {"A": 0.9, "Pass": 0.6}}"#.to_vec(),
        ),
    ];
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    assert_eq!(counts(&c.report, "chapter"), (2, 1, 0, 1));
    assert_eq!(c.report.course.modules, 1);
}

#[test]
fn an_export_with_nothing_to_show_or_no_course_is_refused() {
    let files = vec![
        ("course.xml", COURSE_XML.to_vec()),
        (
            "course/run1.xml",
            br#"<course display_name="C"><chapter url_name="ch1"/></course>"#.to_vec(),
        ),
    ];
    let dir = export_of(files);
    let source = OlxSource::open(dir.path()).unwrap();
    let err = to_course(&source, &CourseOptions::default()).err().unwrap();
    assert!(err.contains("nothing in the export"), "{err}");

    let files = vec![("course.xml", COURSE_XML.to_vec())];
    let dir = export_of(files);
    let source = OlxSource::open(dir.path()).unwrap();
    let err = to_course(&source, &CourseOptions::default()).err().unwrap();
    assert!(err.contains("course/run1.xml"), "{err}");
}

#[test]
fn the_command_imports_a_folder_and_reports_in_json() {
    let mut files = one_unit(r#"<html url_name="h1"/><discussion url_name="d"/>"#);
    files.push(("html/h1.xml", br#"<html filename="h1"/>"#.to_vec()));
    files.push(("html/h1.html", b"<p>Hello.</p>".to_vec()));
    let dir = export_of(files);
    let out = dir.path().join("out");
    let (code, stdout, stderr) = import(&[
        dir.path().as_os_str(),
        os("--out"),
        out.as_os_str(),
        os("--format"),
        os("json"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["format"], "olx");
    assert_eq!(json["course"]["id"], "olx.org-x.phys-101");
    assert!(out.join("IMPORT.md").is_file());
    assert!(out.join("lessons/ch1/h1.md").is_file());

    // A folder without course.xml, forced as OLX: refused, nothing written.
    let empty = tempfile::tempdir().unwrap();
    let out2 = empty.path().join("out");
    let (code, _, stderr) = import(&[
        empty.path().as_os_str(),
        os("--from"),
        os("olx"),
        os("--out"),
        out2.as_os_str(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("course.xml"), "{stderr}");
    assert!(!out2.exists());
}

// ---------------------------------------------------------------- demo course

fn demo() -> Option<std::path::PathBuf> {
    shared("corpora/olx/openedx-demo-course")
}

#[test]
fn the_demo_course_imports_with_its_counts() {
    let Some(root) = demo() else { return };
    let c = convert(&root);
    written(&c);
    let r = &c.report;
    assert_eq!(counts(r, "chapter"), (6, 6, 0, 0));
    assert_eq!(counts(r, "sequential"), (17, 17, 0, 0));
    assert_eq!(counts(r, "vertical"), (58, 58, 0, 0));
    let (found, converted, approximated, left_out) = counts(r, "html");
    assert_eq!(found, 266);
    assert_eq!(converted + approximated + left_out, 266);
    // The 62 that hold only a script or styles (the course's "CSS" blocks…),
    // and one frame whose page the export does not hold.
    assert_eq!(left_out, 63);
    let (found, _, approximated, left_out) = counts(r, "video");
    assert_eq!((found, left_out), (11, 0));
    assert_eq!(
        approximated, 11,
        "durations come from transcripts, or are unknown"
    );
    for (kind, n) in [
        ("discussion", 1),
        ("poll", 1),
        ("survey", 1),
        ("openassessment", 2),
        ("lti", 2),
        ("library_content", 1),
        ("drag-and-drop-v2", 1),
        ("staff graded", 2),
        ("done", 1),
        ("wiki", 1),
    ] {
        assert_eq!(counts(r, kind), (n, 0, 0, n), "{kind}");
    }
    assert_eq!(counts(r, "annotatable"), (1, 0, 1, 0));
    let mine = [
        "chapter",
        "sequential",
        "vertical",
        "html",
        "video",
        "discussion",
        "poll",
        "survey",
        "openassessment",
        "lti",
        "library_content",
        "drag-and-drop-v2",
        "staff graded",
        "done",
        "wiki",
        "annotatable",
    ];
    let problems: usize = r
        .kinds
        .iter()
        .filter(|k| !mine.contains(&k.kind))
        .map(|k| k.found)
        .sum();
    assert_eq!(problems, 23, "the 23 problems of the units, by kind");
    // (found, converted, approximated, left out) of the units' problems.
    for (kind, n) in [
        ("multiplechoiceresponse", (4, 3, 1, 0)),
        ("choiceresponse", (2, 2, 0, 0)),
        ("optionresponse", (1, 1, 0, 0)),
        ("multi-part", (1, 1, 0, 0)),
        ("numericalresponse", (3, 1, 1, 1)),
        ("stringresponse", (4, 3, 1, 0)),
        ("formularesponse", (1, 0, 0, 1)),
        ("imageresponse", (1, 0, 0, 1)),
        ("customresponse", (4, 0, 0, 4)),
        ("annotationresponse", (1, 0, 0, 1)),
        ("schematicresponse", (1, 0, 0, 1)),
    ] {
        assert_eq!(counts(r, kind), n, "{kind}");
    }
    assert_eq!(r.course.questions, 14, "the questions of the quizzes");
    assert_eq!(r.course.modules, 6);
    assert_eq!(r.course.id, "olx.openedx.demox");
    assert_eq!(r.course.title, "Open edX Demo Course");
}

#[test]
fn the_demo_course_keeps_its_ids_images_and_links() {
    let Some(root) = demo() else { return };
    let first = convert(&root);
    let second = convert(&root);
    assert_eq!(
        first.files, second.files,
        "a second import gives the same files, so the same ids"
    );

    // A lesson with an image: the image is copied, byte for byte.
    let (path, body) = first
        .files
        .iter()
        .find(|(_, t)| {
            t.contains("![a diagram representation of an Open edX course showing only the sections")
        })
        .expect("the lesson on the course structure");
    assert!(path.starts_with("lessons/"));
    assert!(body.contains("(static/course_structure_1.png)"), "{body}");
    let copied = &first
        .copies
        .iter()
        .find(|(p, _)| p == "static/course_structure_1.png")
        .expect("the image is copied")
        .1;
    assert_eq!(
        copied,
        &std::fs::read(root.join("static/course_structure_1.png")).unwrap()
    );

    // The contents table's `jump_to_id` links lead to the units' items.
    let (_, body) = first
        .files
        .iter()
        .find(|(_, t)| t.contains("[Single-Select Multiple Choice]("))
        .expect("the contents table");
    assert!(!body.contains("jump_to_id"), "{body}");
    let at = body.find("[Single-Select Multiple Choice](").unwrap();
    let address: String = body[at..]
        .split_once("](")
        .unwrap()
        .1
        .chars()
        .take_while(|c| *c != ')')
        .collect();
    let (module, item) = address
        .strip_prefix("item:")
        .and_then(|a| a.split_once('/'))
        .expect("item:module/item");
    let module_file = first
        .files
        .iter()
        .find(|(p, t)| p.starts_with("modules/") && t.starts_with(&format!("id: {module}\n")))
        .expect("the linked module");
    assert!(
        module_file.1.contains(&format!("id: {item}\n")),
        "{address}"
    );
}

#[test]
fn the_demo_course_imported_by_the_command_checks_clean() {
    let Some(root) = demo() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("demo");
    let (code, stdout, stderr) = import(&[root.as_os_str(), os("--out"), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("| chapter | 6 | 6 | 0 | 0 |"), "{stdout}");
    let report = std::fs::read_to_string(out.join("IMPORT.md")).unwrap();
    assert!(
        report.starts_with("# Import of openedx-demo-course (Open edX)\n"),
        "{report}"
    );
    let check = amphi().arg("check").arg(&out).output().unwrap();
    let text = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{text}");
    assert!(text.contains("0 errors"), "{text}");
}

#[test]
fn nested_units_and_conditional_content_are_read_in_place() {
    let files = one_unit(
        r#"<html display_name="A"><p>Outer.</p></html><vertical display_name="Inner"><html display_name="B"><p>Inner.</p></html></vertical><conditional><show sources="x"/><html display_name="C"><p>Shown.</p></html></conditional><split_test url_name="ab" display_name="Test"/>"#,
    );
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    let m = yaml(&c, "modules/01-ch1.yaml");
    let items = m["sections"][0]["items"].as_sequence().unwrap();
    assert_eq!(items.len(), 1, "one lesson: {items:?}");
    let body = file(&c, items[0]["body_file"].as_str().unwrap());
    assert_eq!(body, "Outer.\n\nInner.\n\nShown.\n");
    assert_eq!(counts(&c.report, "vertical"), (2, 2, 0, 0));
    assert_eq!(counts(&c.report, "conditional"), (1, 0, 1, 0));
    assert_eq!(counts(&c.report, "split_test"), (1, 0, 0, 1));
}

#[test]
fn a_video_file_of_the_export_is_copied_and_html_may_stand_alone() {
    let mut files = one_unit(
        r#"<video url_name="v" display_name="Clip" html5_sources="[&quot;/static/clip.mp4&quot;]" end_time="00:01:30"/><html url_name="h"/><video url_name="none" display_name="Nowhere"/>"#,
    );
    files.push(("static/clip.mp4", b"not really a video".to_vec()));
    // An old export: the unit names `html/h.html` by the url_name alone.
    files.push(("html/h.html", b"<p>Alone.</p>".to_vec()));
    let dir = export_of(files);
    let c = convert(dir.path());
    written(&c);
    let m = yaml(&c, "modules/01-ch1.yaml");
    let items = m["sections"][0]["items"].as_sequence().unwrap();
    assert_eq!(items[0]["file"], "static/clip.mp4");
    assert_eq!(items[0]["duration"], 90, "from the clip's end time");
    assert!(items[0]["url"].is_null());
    assert_eq!(
        file(&c, items[1]["body_file"].as_str().unwrap()),
        "Alone.\n"
    );
    assert_eq!(counts(&c.report, "video"), (2, 0, 1, 1));
    assert!(c.copies.iter().any(|(p, _)| p == "static/clip.mp4"));
}

/// Issue 15's journey: the demo course imported by the command, opened, a
/// lesson read with its picture, the video's transcript, a multiple-choice
/// and a numeric problem answered, quit, reopened where the learner was.
#[test]
fn the_imported_demo_course_opens_shows_its_images_and_resumes() {
    use crate::common::tmux::{BIN, Tmux, require_tmux, sh_quote};
    let Some(root) = demo() else { return };
    require_tmux();
    let t = Tmux::new("olx");
    let course = t.path("demo");
    let (code, _, stderr) = import(&[root.as_os_str(), os("--out"), course.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let start = || {
        t.start_command(
            120,
            40,
            &format!(
                "env -u NO_COLOR AMPHI_STATE={} AMPHI_DATA_DIR={} {} {}",
                sh_quote(&t.path("state.json").to_string_lossy()),
                sh_quote(&t.path("data").to_string_lossy()),
                sh_quote(BIN),
                sh_quote(&course.to_string_lossy()),
            ),
        );
    };
    start();
    // The first lesson: its picture drawn (half-blocks in tmux), its alt text
    // as the caption below it, not the `[image: …]` shown for a missing file.
    t.wait_for(&[
        "Welcome to the Open edX® platform",
        "The Open edX Logo",
        "Module 1/6",
    ]);
    // Pictures are decoded after the lesson opens: the caption may show as
    // `[image: …]` for a moment.
    t.wait_until("the logo drawn", |s| {
        s.contains('▀') && !s.contains("[image: The Open edX Logo]")
    });
    // The next item: the video, read through its transcript.
    t.keys(&["n"]);
    t.wait_for(&[
        "Video · 2:39",
        "Transcript",
        "0:00  Welcome to the Open edX® platform.",
    ]);
    // A multiple-choice problem, found by searching: Lion is right.
    let open_quiz = |query: &str, title: &str| {
        t.keys(&["/"]);
        t.type_text(query);
        t.wait_for(&[&format!("quiz · {title}")]);
        // The quiz is the fifth result for both queries (lessons of the same
        // name come first).
        t.keys(&["Down", "Down", "Down", "Down", "Enter"]);
        t.wait_for(&[title, "Press Enter to start."]);
        t.keys(&["Enter"]);
    };
    open_quiz("Single-Select", "Single-Select Multiple Choice Problems");
    t.wait_for(&[
        "Question 1 of 2 · one answer",
        "Which animal was often used as a symbol for Ancient Rome?",
        "1. Lion",
    ]);
    t.keys(&["1", "Enter"]);
    t.wait_for(&["✓ Right."]);
    // A numeric problem: 600 with a tolerance of 5, so 602 is right.
    t.keys(&["Escape"]);
    open_quiz("Numerical Input", "Numerical Input Problems");
    t.wait_for(&["Question 1 of 2 · type a number", "What is 120 × 5?"]);
    t.type_text("602");
    t.keys(&["Enter"]);
    t.wait_for(&["Your answer: 602", "✓ Right."]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    t.drop_session();
    // Reopened: the welcome-back card names the numeric quiz, and going on
    // resumes its attempt at the second question.
    start();
    t.wait_for(&["Welcome back", "You were on:", "Numerical Input Problems"]);
    t.keys(&["x"]);
    t.wait_for(&["Numerical Input Problems", "Question 2 of 2"]);
}
