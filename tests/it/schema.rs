//! The JSON Schemas of the course files (`assets/schema/`): generated from the
//! model, committed, and describing the real format, so the bundled course, the
//! test fixtures of valid courses and a new course all validate, and broken
//! files do not.
//!
//! When the model changes, `AMPHI_UPDATE_SCHEMA=1 cargo test --test it schema::`
//! rewrites the committed files; review and commit them.

use std::path::{Path, PathBuf};

use amphi::schema::SchemaFile;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn committed(file: SchemaFile) -> PathBuf {
    Path::new(ROOT).join("assets/schema").join(file.file_name())
}

#[test]
fn the_committed_schemas_are_up_to_date() {
    let update = std::env::var_os("AMPHI_UPDATE_SCHEMA").is_some_and(|v| !v.is_empty());
    for file in SchemaFile::ALL {
        let path = committed(file);
        let fresh = file.text();
        if update {
            std::fs::write(&path, &fresh).unwrap();
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == fresh,
            "{} is stale: the model changed. Regenerate with \
             `AMPHI_UPDATE_SCHEMA=1 cargo test --test it schema::`, review and commit it.",
            path.display()
        );
    }
}

#[test]
fn the_hidden_command_prints_the_committed_schemas() {
    for (arg, file) in [
        ("course", SchemaFile::Course),
        ("module", SchemaFile::Module),
    ] {
        let out = crate::common::isolated::amphi()
            .args(["schema", arg])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(String::from_utf8(out.stdout).unwrap(), file.text());
    }
}

/// Without the `schema-validation` feature (which `.ci/run` turns on) the tests
/// that validate courses against the schemas are not built: say so.
#[cfg(not(feature = "schema-validation"))]
#[test]
fn courses_validate_against_the_schemas() {
    crate::common::outside::skip(
        "validating courses against the JSON Schemas needs `cargo test --features schema-validation`",
    );
}

/// Courses validated against the schemas with `jsonschema`.
#[cfg(feature = "schema-validation")]
mod validation {
    use super::*;
    use serde_json::Value;

    /// A YAML document as JSON, as an editor's YAML language server sees it
    /// (map keys written as numbers, like choice feedback `1:`, become strings).
    fn yaml_to_json(text: &str) -> Value {
        fn convert(v: serde_yaml::Value) -> Value {
            match v {
                serde_yaml::Value::Null => Value::Null,
                serde_yaml::Value::Bool(b) => Value::Bool(b),
                serde_yaml::Value::Number(n) => serde_json::to_value(n).unwrap(),
                serde_yaml::Value::String(s) => Value::String(s),
                serde_yaml::Value::Sequence(items) => items.into_iter().map(convert).collect(),
                serde_yaml::Value::Mapping(map) => Value::Object(
                    map.into_iter()
                        .map(|(k, v)| {
                            let key = match convert(k) {
                                Value::String(s) => s,
                                other => other.to_string(),
                            };
                            (key, convert(v))
                        })
                        .collect(),
                ),
                serde_yaml::Value::Tagged(t) => convert(t.value),
            }
        }
        convert(serde_yaml::from_str(text).expect("YAML"))
    }

    /// A validator of `file`'s schema as generated (equal to the committed one, as
    /// `the_committed_schemas_are_up_to_date` checks; not read from disk, which that
    /// test may be rewriting).
    fn validator(file: SchemaFile) -> jsonschema::Validator {
        jsonschema::validator_for(&file.schema()).expect("a valid JSON Schema")
    }

    /// The schema errors of the YAML file at `path`, as one line each.
    fn errors(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
        let instance = yaml_to_json(&std::fs::read_to_string(path).unwrap());
        validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }

    /// Every course file of the course in `dir` validates.
    fn assert_course_validates(dir: &Path) {
        let course = validator(SchemaFile::Course);
        let module = validator(SchemaFile::Module);
        let manifest = dir.join("course.yaml");
        assert_eq!(
            errors(&course, &manifest),
            Vec::<String>::new(),
            "{}",
            manifest.display()
        );
        let info = yaml_to_json(&std::fs::read_to_string(&manifest).unwrap());
        let modules = info["modules"].as_array().unwrap();
        assert!(!modules.is_empty());
        for m in modules {
            let path = dir.join(m.as_str().unwrap());
            assert_eq!(
                errors(&module, &path),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
        }
        let glossary = dir.join("glossary.yaml");
        if glossary.exists() {
            let validator = validator(SchemaFile::Glossary);
            assert_eq!(
                errors(&validator, &glossary),
                Vec::<String>::new(),
                "{}",
                glossary.display()
            );
        }
    }

    #[test]
    fn a_glossary_of_the_wrong_shape_fails_its_schema() {
        let validator = validator(SchemaFile::Glossary);
        let dir = tempfile::tempdir().unwrap();
        for (what, text) in [
            ("a term without a definition", "terms:\n  - term: GAFA\n"),
            (
                "an unknown field",
                "terms:\n  - term: GAFA\n    definition: x\n    see: y\n",
            ),
            (
                "aliases that are not a list",
                "terms:\n  - term: a\n    definition: b\n    aliases: c\n",
            ),
        ] {
            let path = dir.path().join("glossary.yaml");
            std::fs::write(&path, text).unwrap();
            assert!(!errors(&validator, &path).is_empty(), "{what} must fail");
        }
    }

    #[test]
    fn the_bundled_course_validates() {
        assert_course_validates(&Path::new(ROOT).join("course"));
        // And its French edition (an edition is a whole course in its folder).
        assert_course_validates(&Path::new(ROOT).join("course/fr"));
    }

    #[test]
    fn valid_fixtures_and_a_new_course_validate() {
        for dir in [
            "tests/fixtures/valid/minimal",
            "tests/fixtures/valid/every-option",
            "tests/fixtures/valid/editions",
            "tests/fixtures/valid/editions/fr",
            "tests/fixtures/cli/progress-course",
        ] {
            assert_course_validates(&Path::new(ROOT).join(dir));
        }
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("tea");
        let out = crate::common::isolated::amphi()
            .arg("new")
            .arg(&dir)
            .args(["--title", "Tea"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_course_validates(&dir);
    }

    #[test]
    fn shape_errors_are_caught_by_the_schema() {
        let module = validator(SchemaFile::Module);
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            (
                "an unknown item field",
                "items:\n  - kind: lesson\n    id: l\n    title: L\n    body: x\n    extra: 1\n",
            ),
            (
                "an unknown kind",
                "items:\n  - kind: slideshow\n    id: v\n    title: V\n",
            ),
            (
                "a field of another kind",
                "items:\n  - kind: lesson\n    id: l\n    title: L\n    turns: []\n",
            ),
            (
                "a question without its answer",
                "items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: single_choice\n        id: a\n        prompt: P\n        choices: [x, y]\n",
            ),
            (
                "a pass mark over 100",
                "items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 101\n    questions: []\n",
            ),
            (
                "a wrong type",
                "items:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: high\n    questions: []\n",
            ),
        ];
        for (what, items) in cases {
            let path = dir.path().join("m.yaml");
            std::fs::write(&path, format!("id: m\ntitle: M\n{items}")).unwrap();
            assert!(
                !errors(&module, &path).is_empty(),
                "{what} passes the schema"
            );
        }
        // And the same file without the mistake passes.
        let path = dir.path().join("ok.yaml");
        std::fs::write(
            &path,
            "id: m\ntitle: M\nitems:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    questions:\n      - kind: single_choice\n        id: a\n        prompt: P\n        choices: [x, y]\n        answer: 2\n        feedback:\n          1: \"No.\"\n",
        )
        .unwrap();
        assert_eq!(errors(&module, &path), Vec::<String>::new());
    }
}
