//! Question groups (`kind: group` in a quiz's `questions`): loading and the
//! loader's refusals, grading part by part, shuffling a group as one unit,
//! resuming mid-group, the stimulus above each part (folded on a short screen,
//! `x` shows it), the review, plain mode and search.

use std::path::{Path, PathBuf};

use crate::common::*;
use amphi::app::{Action, App, Stage, update};
use amphi::course::{Course, Item, Quiz, load_dir};
use amphi::progress::State;
use amphi::quiz::Session;
use amphi::theme::Theme;

fn fixture(group: &str, case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(group)
        .join(case)
}

fn course() -> Course {
    load_dir(&fixture("valid", "groups")).expect("the groups fixture loads")
}

/// The quiz item `ii` of the fixture's only module.
fn quiz_at(course: &Course, ii: usize) -> &Quiz {
    match &course.modules[0].items[ii] {
        Item::Quiz(q) => q,
        other => panic!("item {ii} is a {}", other.kind()),
    }
}

/// The fixture course in an app laid out for `w`×`h`.
fn groups_app(state: State, w: u16, h: u16, plain: bool) -> App {
    let mut app = App::new(course(), state, Theme::plain());
    app.clock = || NOW;
    app.settings.plain = plain;
    update(&mut app, Action::Resize(w, h));
    if app.modals.overlay().is_some() {
        update(&mut app, Action::ToggleHelp);
    }
    app
}

/// The mixed quiz (item 1) open and started.
fn started(w: u16, h: u16) -> App {
    let mut app = groups_app(State::default(), w, h, false);
    open_item(&mut app, 0, 1);
    send(&mut app, &[Action::Confirm]);
    app
}

fn current(app: &App) -> usize {
    app.current_quiz().unwrap().1.session.current
}

#[test]
fn a_group_loads_as_parts_in_place_with_its_stimulus_beside() {
    let course = course();
    let quiz = quiz_at(&course, 1);
    let ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "warmup",
            "square-of-3",
            "grows",
            "column",
            "kepler-square",
            "kepler-what"
        ]
    );
    assert_eq!(quiz.groups.len(), 2);
    assert_eq!(quiz.groups[0].id, "squares");
    assert_eq!(quiz.groups[0].questions, 1..4);
    assert!(quiz.groups[0].stimulus.contains("| 3 | 9  |"));
    assert!(quiz.groups[0].stimulus.contains("$x^2$"));
    assert_eq!(quiz.groups[1].questions, 4..6);
    assert_eq!(quiz.group_of(0).map(|(g, _)| g), None);
    assert_eq!(quiz.group_of(3).map(|(g, _)| g), Some(0));
    assert_eq!(quiz.group_of(5).map(|(g, _)| g), Some(1));
    // A lesson's quiz without groups has none.
    let minimal = load_dir(&fixture("valid", "minimal")).unwrap();
    for (_, _, _, item) in minimal.items() {
        if let Item::Quiz(q) = item {
            assert!(q.groups.is_empty());
        }
    }
}

/// The only problem of the invalid fixture `case`: (line, column, message).
fn only_problem(case: &str) -> (usize, usize, String) {
    let report = load_dir(&fixture("invalid", case)).expect_err("the fixture is invalid");
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let p = &report.problems[0];
    assert!(p.file.ends_with("modules/a.yaml"), "{}", p.file);
    (p.line.unwrap(), p.column.unwrap(), p.message.to_string())
}

#[test]
fn a_group_inside_a_group_is_refused_at_its_kind() {
    let (line, column, message) = only_problem("group-nested");
    assert_eq!((line, column), (17, 19));
    assert!(message.contains("groups do not nest"), "{message}");
}

#[test]
fn an_empty_group_a_blank_stimulus_and_a_clashing_id_are_refused_where_written() {
    assert_eq!(
        only_problem("group-empty"),
        (
            16,
            9,
            "group `nothing`: the group has no questions: give it at least one part".into()
        )
    );
    assert_eq!(
        only_problem("group-blank-stimulus"),
        (
            11,
            9,
            "group `blank`: the stimulus is empty: it is the text every part is about".into()
        )
    );
    assert_eq!(
        only_problem("group-id-clash"),
        (
            14,
            9,
            "group `q1`: the id `q1` is also a question's in quiz `quiz`: groups and questions need ids of their own".into()
        )
    );
}

#[test]
fn each_part_is_graded_on_its_own_and_scores_add_up() {
    let mut app = started(120, 40);
    // warmup right, then the three parts of the table: right, wrong, right.
    for right in [true, true, false, true] {
        answer_and_go_on(&mut app, right);
    }
    let (quiz, state) = app.current_quiz().unwrap();
    let marks: Vec<bool> = (0..4)
        .map(|i| {
            state.session.answers[i]
                .as_ref()
                .is_some_and(|r| amphi::quiz::grade(&quiz.questions[i].key, r))
        })
        .collect();
    assert_eq!(marks, [true, true, false, true]);
    // The passage's two parts: the first right, the second (two right
    // choices) half right, with one of them ticked.
    answer_and_go_on(&mut app, true);
    send(&mut app, &[Action::Choose(1), Action::Confirm]);
    let feedback = flat(&render(&app, 120, 40));
    assert!(
        feedback.contains("Partly right: 0.5 of 1 point"),
        "{feedback}"
    );
    assert!(feedback.contains("Part 2 of 2"), "{feedback}");
    send(&mut app, &[Action::Confirm]);
    let attempt = app.progress().attempts.last().expect("the attempt ended");
    assert_eq!(attempt.answers.len(), 6, "one record per part");
    assert_eq!(attempt.score.max, 6.0);
    assert_eq!(attempt.score.points, 4.5);
}

/// Whether each group's parts come one after the other, in order, in `asked`.
fn groups_whole(quiz: &Quiz, asked: &[usize]) -> bool {
    quiz.groups.iter().all(|g| {
        let at = asked.iter().position(|&i| i == g.questions.start);
        at.is_some_and(|at| {
            asked[at..]
                .iter()
                .take(g.questions.len())
                .copied()
                .eq(g.questions.clone())
        })
    })
}

#[test]
fn a_shuffled_quiz_moves_each_group_as_one_unit() {
    let course = course();
    let quiz = quiz_at(&course, 2);
    assert!(quiz.shuffle);
    let mut orders = std::collections::BTreeSet::new();
    for seed in 0..200 {
        let session = Session::start(quiz, 0, seed);
        let mut sorted = session.asked.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..quiz.questions.len()).collect::<Vec<_>>());
        assert!(
            groups_whole(quiz, &session.asked),
            "seed {seed}: {:?}",
            session.asked
        );
        orders.insert(session.asked);
    }
    // Four units (three questions and the pair): every one of the 24 orders.
    assert_eq!(orders.len(), 24);
}

#[test]
fn quitting_mid_group_resumes_on_the_next_part_with_its_stimulus() {
    let mut app = started(120, 40);
    answer_and_go_on(&mut app, true); // warmup
    answer_and_go_on(&mut app, true); // part 1 of the table
    assert_eq!(current(&app), 2);
    send(&mut app, &[Action::Quit]);
    let json = serde_json::to_string(&app.state).unwrap();
    let state: State = serde_json::from_str(&json).unwrap();
    let mut again = groups_app(state, 120, 40, false);
    assert_eq!(again.nav.current, (0, 1));
    let (_, resumed) = again.current_quiz().unwrap();
    assert_eq!(resumed.stage, Stage::Asking);
    assert_eq!(resumed.session.current, 2);
    let screen = render(&again, 120, 40);
    assert!(screen.contains("Part 2 of 3"), "{screen}");
    assert!(
        screen.contains("The table gives x² for a few values of x."),
        "{screen}"
    );
    for _ in 2..6 {
        answer_and_go_on(&mut again, true);
    }
    let attempt = again.progress().attempts.last().unwrap();
    assert_eq!(attempt.answers.len(), 6);
    assert!(attempt.passed);
}

#[test]
fn a_part_shows_its_stimulus_above_it() {
    let mut app = started(80, 24);
    answer_and_go_on(&mut app, true);
    let small = render(&app, 80, 24);
    assert!(small.contains("Shared text"), "{small}");
    assert!(small.contains("Part 1 of 3"), "{small}");
    insta::assert_snapshot!("group_part_80x24", small);
    let mut app = started(120, 40);
    answer_and_go_on(&mut app, true);
    answer_and_go_on(&mut app, true);
    let large = render(&app, 120, 40);
    assert!(large.contains("Part 2 of 3"), "{large}");
    insta::assert_snapshot!("group_part_120x40", large);
}

#[test]
fn on_a_short_screen_the_stimulus_folds_and_x_shows_it() {
    let mut app = started(80, 15);
    answer_and_go_on(&mut app, true);
    // On a typed answer, letters type: the bar says to leave the field first.
    assert!(flat(&render(&app, 80, 15)).contains("Esc, then x to show it"));
    answer_and_go_on(&mut app, true);
    let folded = render(&app, 80, 15);
    assert!(folded.contains("▸ Shared text"), "{folded}");
    assert!(
        !folded.contains("| 3"),
        "the table is folded away:\n{folded}"
    );
    assert!(
        folded.contains("x shared text"),
        "the status bar names the key:\n{folded}"
    );
    insta::assert_snapshot!("group_folded_80x15", folded);
    send(&mut app, &[Action::ToggleStimulus]);
    let shown = render(&app, 80, 15);
    assert!(
        shown.contains("Shared text for the 3 parts below"),
        "from its start:\n{shown}"
    );
    assert!(!shown.contains("▸ Shared text"), "{shown}");
    assert!(shown.contains("The table gives"), "{shown}");
    send(&mut app, &[Action::ToggleStimulus]);
    assert!(render(&app, 80, 15).contains("▸ Shared text"));
    // A taller window unfolds it, a shorter one folds it again.
    send(&mut app, &[Action::Resize(80, 40)]);
    assert!(!render(&app, 80, 40).contains("▸ Shared text"));
    send(&mut app, &[Action::Resize(80, 15)]);
    assert!(render(&app, 80, 15).contains("▸ Shared text"));
}

#[test]
fn x_outside_a_group_says_what_it_is_for() {
    let mut app = started(80, 24);
    send(&mut app, &[Action::ToggleStimulus]);
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("shared text of a question group"),
        "{notice}"
    );
}

#[test]
fn the_stimulus_is_built_once_while_its_parts_are_answered() {
    let mut app = groups_app(State::default(), 120, 40, false);
    assert_eq!(app.reader.docs.stimulus_builds(), 0);
    open_item(&mut app, 0, 1);
    send(&mut app, &[Action::Confirm]);
    answer_and_go_on(&mut app, true);
    let built = app.reader.docs.stimulus_builds();
    assert_eq!(built, 2, "each of the two groups' stimuli, once");
    // Keys on a part and the next two parts build nothing again.
    send(&mut app, &[Action::Down, Action::Up]);
    answer_and_go_on(&mut app, true);
    answer_and_go_on(&mut app, false);
    send(&mut app, &[Action::Down]);
    assert_eq!(app.reader.docs.stimulus_builds(), built);
}

#[test]
fn the_review_shows_each_stimulus_once_above_its_parts() {
    let mut app = started(120, 40);
    for right in [true, true, false, true, true, false] {
        answer_and_go_on(&mut app, right);
    }
    assert!(matches!(
        app.current_quiz().unwrap().1.stage,
        Stage::Result { .. }
    ));
    let doc = &app.reader.view.doc;
    let text: Vec<String> = doc
        .blocks
        .iter()
        .map(|b| {
            b.lines
                .iter()
                .flatten()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect();
    let at = |what: &str| text.iter().position(|t| t.contains(what));
    let table = at("Shared text of questions 2–4").expect("the table's stimulus");
    let passage = at("Shared text of questions 5–6").expect("the passage's stimulus");
    assert_eq!(
        text.iter()
            .filter(|t| t.contains("The table gives"))
            .count(),
        1,
        "once"
    );
    let part = |n: usize| at(&format!("{n}. ")).unwrap();
    assert!(part(1) < table && table < part(2) && part(4) < passage && passage < part(5));
    // The whole review, scrolled through on a large screen.
    send(&mut app, &[Action::PageDown]);
    insta::assert_snapshot!("group_review_120x40", render(&app, 120, 40));
}

#[test]
fn plain_mode_says_the_stimulus_before_the_first_part_and_again_on_x() {
    let mut app = groups_app(State::default(), 80, 24, true);
    open_item(&mut app, 0, 1);
    send(&mut app, &[Action::Confirm]);
    answer_and_go_on(&mut app, true);
    let first = amphi::app::spoken::status(&app);
    assert!(
        first.starts_with("Shared text for 3 questions: The table gives x² for a few values of x."),
        "{first}"
    );
    assert!(first.contains("Question 2 of 6, part 1 of 3."), "{first}");
    answer_and_go_on(&mut app, true);
    let second = amphi::app::spoken::status(&app);
    assert!(!second.contains("The table gives"), "{second}");
    assert!(
        second.starts_with("x says the shared text again."),
        "{second}"
    );
    send(&mut app, &[Action::ToggleStimulus]);
    let again = amphi::app::spoken::status(&app);
    assert!(again.contains("The table gives"), "{again}");
    let screen = render(&app, 80, 24);
    assert!(!screen.contains("▸"), "plain mode never folds:\n{screen}");
    assert!(
        !screen
            .chars()
            .any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
        "no box drawing in plain mode:\n{screen}"
    );
    insta::assert_snapshot!("group_plain_80x24", screen);
}

#[test]
fn search_finds_a_stimulus_and_leads_to_its_quiz() {
    let course = course();
    let hits = amphi::search::search(&course, "Kepler noticed");
    let hit = hits.first().expect("the stimulus is searched");
    let found = format!("{hit:?}");
    assert!(found.contains("Kepler"), "{found}");
    assert_eq!((hit.module, hit.item), (0, 1), "{found}");
}

#[test]
fn the_docs_example_of_a_group_loads() {
    let doc = include_str!("../../docs/course-format.md");
    let section = doc
        .split("### Question groups")
        .nth(1)
        .expect("docs/course-format.md has a Question groups section");
    let block = section
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("the section has a YAML example");
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("modules")).unwrap();
    std::fs::write(
        tmp.path().join("course.yaml"),
        "id: doc\ntitle: Doc\nmodules:\n  - modules/a.yaml\n",
    )
    .unwrap();
    let indented: String = block.lines().map(|l| format!("  {l}\n")).collect();
    std::fs::write(
        tmp.path().join("modules/a.yaml"),
        format!("id: a\ntitle: A\nitems:\n{indented}"),
    )
    .unwrap();
    let course = load_dir(tmp.path()).expect("the example loads");
    let quiz = quiz_at(&course, 0);
    assert_eq!(quiz.questions.len(), 3);
    assert_eq!(quiz.groups.len(), 1);
    assert_eq!(quiz.groups[0].questions, 1..3);
    assert!(quiz.groups[0].stimulus.contains("| Sencha | 8 €   |"));
}

#[test]
fn parts_due_for_review_come_back_with_their_stimulus() {
    let mut app = started(120, 40);
    // The table's second and third parts wrong: both due for review.
    for right in [true, true, false, false, true, true] {
        answer_and_go_on(&mut app, right);
    }
    assert_eq!(app.due_for_review, 2);
    send(&mut app, &[Action::StartReview]);
    let session = app.modals.review().expect("a review session");
    assert_eq!(
        session.quiz.groups.len(),
        1,
        "the two parts share their group"
    );
    assert_eq!(session.quiz.groups[0].questions, 0..2);
    let screen = flat(&render(&app, 120, 40));
    assert!(
        screen.contains("The table gives x² for a few values of x."),
        "{screen}"
    );
    assert!(screen.contains("Part 1 of 2"), "{screen}");
}

#[test]
fn a_quiz_resumed_on_a_short_screen_folds_its_stimulus_from_the_first_frame() {
    let mut app = started(120, 40);
    answer_and_go_on(&mut app, true);
    answer_and_go_on(&mut app, true);
    send(&mut app, &[Action::Quit]);
    // As amphi starts: the course opens before the terminal's size is known,
    // with the "where you were" card up when the size comes.
    let mut again = App::new(course(), app.state.clone(), Theme::plain());
    again.clock = || NOW;
    update(&mut again, Action::Resize(80, 15));
    update(&mut again, Action::ToggleHelp);
    let screen = render(&again, 80, 15);
    assert!(screen.contains("▸ Shared text"), "{screen}");
}

/// A shuffled quiz of `sizes.len()` units: a size of 1 is a lone question, a
/// larger one a group of that many parts.
fn shuffled_quiz(sizes: &[usize]) -> Quiz {
    let mut yaml = String::from(
        "id: m\ntitle: M\nitems:\n  - kind: quiz\n    id: q\n    title: Q\n    pass_mark: 50\n    shuffle: true\n    questions:\n",
    );
    let mut n = 0;
    let mut question = |indent: &str, yaml: &mut String| {
        n += 1;
        yaml.push_str(&format!(
            "{indent}- kind: true_false\n{indent}  id: q{n}\n{indent}  prompt: \"Q{n}?\"\n{indent}  answer: true\n"
        ));
    };
    for (u, &size) in sizes.iter().enumerate() {
        if size == 1 {
            question("      ", &mut yaml);
        } else {
            yaml.push_str(&format!(
                "      - kind: group\n        id: g{u}\n        stimulus: \"Text {u}.\"\n        questions:\n"
            ));
            for _ in 0..size {
                question("          ", &mut yaml);
            }
        }
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("modules")).unwrap();
    std::fs::write(
        tmp.path().join("course.yaml"),
        "id: p\ntitle: P\nmodules:\n  - modules/m.yaml\n",
    )
    .unwrap();
    std::fs::write(tmp.path().join("modules/m.yaml"), yaml).unwrap();
    let course = load_dir(tmp.path()).expect("the generated quiz loads");
    quiz_at(&course, 0).clone()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    #[test]
    fn any_shuffle_keeps_every_group_whole_and_in_order(
        sizes in proptest::collection::vec(1usize..5, 1..8),
        seed in proptest::prelude::any::<u64>(),
    ) {
        let quiz = shuffled_quiz(&sizes);
        let session = Session::start(&quiz, 0, seed);
        let mut sorted = session.asked.clone();
        sorted.sort_unstable();
        proptest::prop_assert_eq!(sorted, (0..quiz.questions.len()).collect::<Vec<_>>());
        proptest::prop_assert!(groups_whole(&quiz, &session.asked), "{:?}", session.asked);
    }
}
