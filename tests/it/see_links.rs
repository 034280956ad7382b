//! `see:` links from questions back to lesson headings: the slug rule, the
//! checks at load (with file, line and column), and following a link from a
//! quiz's feedback and review screens.

use std::path::{Path, PathBuf};

use crate::common::*;
use amphi::app::{Action, Stage};
use amphi::course::{Item, Problem, heading_slugs, load_bundled, load_dir, resolve};

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid")
        .join(case)
}

fn problems(case: &str) -> (PathBuf, Vec<Problem>) {
    let dir = fixture(case);
    match load_dir(&dir) {
        Ok(_) => panic!("{case} loaded, but it is invalid"),
        Err(report) => (dir, report.problems),
    }
}

fn problem(dir: &Path, file: &str, at: (usize, usize), message: &str) -> Problem {
    Problem {
        file: format!("{}/{file}", dir.display()),
        line: Some(at.0),
        column: Some(at.1),
        message: message.into(),
    }
}

#[test]
fn slugs_are_githubs() {
    let md = "## First steps\n\n## Ça va, *déjà* ?\n\n## First steps\n\n### `code` & « quotes »\n";
    assert_eq!(
        heading_slugs(md),
        vec![
            "first-steps",
            "ça-va-déjà-",
            "first-steps-1",
            "code---quotes-"
        ]
    );
}

#[test]
fn links_to_missing_headings_lessons_and_modules_are_located() {
    let (dir, found) = problems("see-bad-targets");
    let a = "modules/a.yaml";
    assert_eq!(
        found,
        vec![
            problem(
                &dir,
                a,
                (41, 9),
                "question `heading`: `see: intro#first-step`: lesson `intro` has no heading \
                 with the slug `first-step` (its headings: `first-steps`, `ça-va-déjà-`)"
            ),
            problem(
                &dir,
                a,
                (46, 9),
                "question `lesson`: `see: b/outro`: module `b` has no lesson `outro` \
                 (its lessons: `basics`)"
            ),
            problem(
                &dir,
                a,
                (51, 9),
                "question `module`: `see: c/intro#first-steps`: there is no module `c` \
                 (modules: `a`, `b`)"
            ),
            problem(
                &dir,
                a,
                (56, 9),
                "question `interview`: `see: talk`: `talk` in module `a` is an interview, \
                 not a lesson"
            ),
        ]
    );
}

#[test]
fn a_malformed_link_is_reported_at_its_value() {
    let (dir, found) = problems("see-malformed");
    assert_eq!(
        found,
        vec![problem(
            &dir,
            "modules/a.yaml",
            (17, 14),
            "items[1].questions[0].see: `intro#start#again` is not a lesson link: write \
             `lesson-id`, `lesson-id#heading-slug` or `module-id/lesson-id#heading-slug`"
        )]
    );
}

#[test]
fn unknown_and_duplicate_objectives_are_located() {
    let (dir, found) = problems("unknown-objective");
    assert_eq!(
        found,
        vec![
            problem(
                &dir,
                "modules/b.yaml",
                (6, 5),
                "duplicate objective id `read-maps` (also declared in module `a`): objective \
                 ids are unique in the course"
            ),
            problem(
                &dir,
                "modules/a.yaml",
                (27, 9),
                "question `q2`: unknown objective `read-map`: no module declares it in \
                 `objectives` (declared: `find-north`, `read-maps`, `use-compass`)"
            ),
        ]
    );
}

#[test]
fn every_bundled_question_links_to_a_heading_and_names_an_objective() {
    let course = load_bundled().unwrap();
    for (mi, _, module, item) in course.items() {
        let Item::Quiz(quiz) = item else { continue };
        assert!(!module.objectives.is_empty(), "module `{}`", module.id);
        for q in &quiz.questions {
            let see = q.see.as_ref().unwrap_or_else(|| panic!("{}: no see", q.id));
            let target = resolve(&course, mi, see).expect("validated at load");
            assert!(target.heading.is_some(), "{}/{}: {see}", module.id, q.id);
            assert!(!q.objectives.is_empty(), "{}/{}", module.id, q.id);
        }
    }
}

/// The text of the first `n` rows shown in the content pane.
fn top_rows(app: &amphi::app::App, n: usize) -> Vec<String> {
    app.reader
        .view
        .rows
        .iter()
        .skip(app.reader.view.scroll)
        .take(n)
        .map(|r| r.line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

#[test]
fn o_on_feedback_opens_the_lesson_at_the_heading_and_backspace_returns() {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    // Question 1 links to big-four-and-natu#meet-the-natu.
    let actions = answer_actions(&app, false);
    send(&mut app, &actions);
    assert_eq!(app.current_quiz().unwrap().1.stage, Stage::Feedback);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("→ Read again: From the Big Four to the NATU › Meet the NATU"),
        "{screen}"
    );

    let key = amphi::app::action_for_key(
        amphi::app::Mode::of(&app),
        &app,
        &ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('o')),
    );
    assert_eq!(key, Some(Action::OpenLink));
    send(&mut app, &[Action::OpenLink]);
    assert_eq!(
        app.nav.current,
        (0, 0),
        "the lesson big-four-and-natu is open"
    );
    assert_eq!(top_rows(&app, 1), vec!["Meet the NATU".to_string()]);
    assert!(app.reader.view.scroll > 0, "scrolled down to the heading");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Backspace: back to the quiz."), "{screen}");

    let key = amphi::app::action_for_key(
        amphi::app::Mode::of(&app),
        &app,
        &ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Backspace),
    );
    assert_eq!(key, Some(Action::GoBack));
    send(&mut app, &[Action::GoBack]);
    assert_eq!(app.nav.current, (0, qi));
    let state = app.current_quiz().unwrap().1;
    assert_eq!(state.stage, Stage::Feedback, "the answer is kept");
    assert_eq!(state.session.current, 0);
}

#[test]
fn o_on_the_review_opens_the_first_link_on_screen() {
    let mut app = app(80, 24);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    // Right, right, then wrong on question 3 (a valuation), right after.
    for i in 0..8 {
        answer_and_go_on(&mut app, i != 2);
    }
    assert!(matches!(
        app.current_quiz().unwrap().1.stage,
        Stage::Result { .. }
    ));
    // At the top of the review, question 1's link is the first on screen.
    send(&mut app, &[Action::OpenLink]);
    assert_eq!(app.nav.current, (0, 0));
    assert_eq!(top_rows(&app, 1), vec!["Meet the NATU".to_string()]);
    send(&mut app, &[Action::GoBack]);
    assert_eq!(app.nav.current, (0, qi));

    // `w` brings the mistake to the top; its link is then the first on screen.
    send(&mut app, &[Action::NextMark]);
    let shown = top_rows(&app, 1).concat();
    assert!(shown.contains("3. A ride-hailing firm"), "{shown}");
    send(&mut app, &[Action::OpenLink]);
    assert_eq!(app.nav.current, (0, 0));
    assert_eq!(top_rows(&app, 1), vec!["Uber as a speedometer".to_string()]);
    // Back where the learner was on the review.
    send(&mut app, &[Action::GoBack]);
    assert!(
        top_rows(&app, 1)
            .concat()
            .contains("3. A ride-hailing firm")
    );
}

#[test]
fn a_heading_too_near_the_end_to_reach_the_top_is_on_screen() {
    // At 120x50 the rest of the lesson after "Uber as a speedometer" is shorter
    // than the pane: the view stops at the end, with the heading on screen.
    let mut app = app(120, 50);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    answer_and_go_on(&mut app, true);
    answer_and_go_on(&mut app, true);
    let actions = answer_actions(&app, true);
    send(&mut app, &actions);
    send(&mut app, &[Action::OpenLink]);
    assert_eq!(app.nav.current, (0, 0));
    assert!(app.reader.view.at_end());
    let shown = top_rows(&app, usize::from(app.reader.view.height));
    assert!(
        shown.iter().any(|r| r == "Uber as a speedometer"),
        "{shown:?}"
    );
}

#[test]
fn a_link_to_another_module_opens_that_module() {
    // Module 3's lesson on civic tech, linked from module 1's quiz by hand.
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    if let Item::Quiz(q) = &mut app.course.modules[0].items[qi] {
        q.questions[0].see = Some(
            amphi::course::See::parse(
                "networked-public-space/civic-tech-and-reticular-humanism#empowerment-or-slacktivism",
            )
            .unwrap(),
        );
    }
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    let actions = answer_actions(&app, true);
    send(&mut app, &actions);
    send(&mut app, &[Action::OpenLink]);
    assert_eq!(app.nav.current.0, 2);
    assert_eq!(
        top_rows(&app, 1),
        vec!["Empowerment or slacktivism?".to_string()]
    );
}

#[test]
fn o_without_a_link_says_so() {
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    if let Item::Quiz(q) = &mut app.course.modules[0].items[qi] {
        q.questions[0].see = None;
    }
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    let actions = answer_actions(&app, true);
    send(&mut app, &actions);
    send(&mut app, &[Action::OpenLink]);
    assert_eq!(app.nav.current, (0, qi));
    assert_eq!(app.notice.as_deref(), Some("No lesson link here."));
}

#[test]
fn review_screen_with_links() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        let (qi, _) = app.course.modules[0].final_quiz().unwrap();
        open_item(&mut app, 0, qi);
        send(&mut app, &[Action::Confirm]);
        for i in 0..7 {
            answer_and_go_on(&mut app, i != 2);
        }
        send(&mut app, &[Action::NextMark]);
        insta::assert_snapshot!(format!("review_with_links_{w}x{h}"), render(&app, w, h));
        send(&mut app, &[Action::OpenLink]);
        insta::assert_snapshot!(
            format!("lesson_opened_from_link_{w}x{h}"),
            render(&app, w, h)
        );
    }
}

#[test]
fn moving_on_from_the_passage_forgets_the_way_back() {
    let mut app = app(80, 24);
    let (qi, _) = app.course.modules[0].final_quiz().unwrap();
    open_item(&mut app, 0, qi);
    send(&mut app, &[Action::Confirm]);
    let actions = answer_actions(&app, true);
    send(&mut app, &actions);
    send(&mut app, &[Action::OpenLink]);
    assert!(app.nav.return_to.is_some());
    send(&mut app, &[Action::NextItem]);
    assert_eq!(app.nav.return_to, None);
    let key = amphi::app::action_for_key(
        amphi::app::Mode::of(&app),
        &app,
        &ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Backspace),
    );
    assert_eq!(key, Some(Action::GoBack));
    let at = app.nav.current;
    send(&mut app, &[Action::GoBack]);
    assert_eq!(app.nav.current, at, "Backspace does nothing while reading");
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.starts_with("Backspace goes back to a quiz after o")),
        "and says why: {:?}",
        app.notice
    );
}

#[test]
fn w_reaches_every_mistake_near_the_end_and_o_opens_that_mistakes_passage() {
    // Every question wrong, on a tall screen: the last mistakes sit near the
    // end of the review, where the text cannot scroll them to the top.
    let mut app = app(120, 40);
    let (qi, _) = app.course.modules[2].final_quiz().unwrap();
    open_item(&mut app, 2, qi);
    send(&mut app, &[Action::Confirm]);
    let n = app.current_quiz().unwrap().0.questions.len();
    for _ in 0..n {
        answer_and_go_on(&mut app, false);
    }
    let marks = app.reader.view.marks.clone();
    assert_eq!(marks.len(), n, "every question is a mistake");
    let links = app.reader.view.links.clone();
    for k in 0..marks.len() {
        // w k+1 times from the top: mistake k.
        send(&mut app, &[Action::Top]);
        for _ in 0..=k {
            send(&mut app, &[Action::NextMark]);
        }
        assert_eq!(
            app.reader.view.mark_at.map(|(i, _)| i),
            Some(k),
            "w reached mistake {k}"
        );
        let mark = marks[k];
        let end = marks.get(k + 1).copied().unwrap_or(usize::MAX);
        let Some((_, expected)) = links.iter().find(|(b, _)| (mark..end).contains(b)) else {
            continue;
        };
        send(&mut app, &[Action::OpenLink]);
        assert_eq!(
            (app.nav.current, app.nav.return_to.is_some()),
            ((expected.module, expected.item), true),
            "o after mistake {k} opens its own passage"
        );
        send(&mut app, &[Action::GoBack]);
        assert_eq!(app.nav.current, (2, qi));
    }
}
