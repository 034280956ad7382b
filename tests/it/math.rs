//! Math in course text (`tests/fixtures/valid/math`): formulas drawn in the
//! lesson (inline and display, centred), in an interview turn, in a quiz's
//! prompt, choices, feedback and explanation, and in a glossary definition, in
//! the panes at 80x24 and 120x40 and in plain mode; search finds a formula by
//! its Unicode text.

use crate::common::{open_item, render, send};
use amphi::app::{Action, App, update};
use amphi::progress::State;
use amphi::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn course() -> amphi::course::Course {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/math");
    amphi::course::load_dir(&dir).expect("the math fixture is valid")
}

fn math_app(w: u16, h: u16, plain: bool) -> App {
    let mut app = App::new(course(), State::default(), Theme::plain());
    app.settings.plain = plain;
    update(&mut app, Action::Resize(w, h));
    app
}

/// The quiz with the second choice (a wrong one, with feedback) submitted.
fn quiz_feedback(app: &mut App) {
    open_item(app, 0, 2);
    send(
        app,
        &[
            Action::Confirm,
            Action::Down,
            Action::Toggle,
            Action::Confirm,
        ],
    );
}

#[test]
fn the_lesson_draws_its_formulas_in_the_panes_and_in_plain_mode() {
    for plain in [false, true] {
        for (w, h) in SIZES {
            let app = math_app(w, h, plain);
            let screen = render(&app, w, h);
            let mode = if plain { "plain" } else { "panes" };
            insta::assert_snapshot!(format!("math_lesson_{mode}_{w}x{h}"), screen);
            assert!(
                screen.contains("A quadratic ax² + bx + c = 0 with a ≠ 0"),
                "{screen}"
            );
            assert!(
                !screen.contains("\\frac"),
                "no TeX where a formula is drawn:\n{screen}"
            );
            // The display formula is centred: its rule has as much room on
            // each side of it (one column apart at most) in the text column.
            let rule = screen
                .lines()
                // Plain mode draws rules with `-` (no box drawing).
                .find(|l| l.contains("x = ─") || l.contains("x = --"))
                .expect("the quadratic formula's rule");
            let text: String = rule.chars().skip_while(|c| *c != ' ' && !plain).collect();
            let inner = text.trim_end_matches([' ', '┃', '│']);
            let left = inner.chars().take_while(|c| *c == ' ').count();
            assert!(left > 10, "indented as centred: {rule:?}");
        }
    }
}

#[test]
fn a_formula_that_cannot_be_drawn_shows_its_source() {
    let mut app = math_app(120, 40, false);
    send(&mut app, &[Action::PageDown]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains(r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}"),
        "{screen}"
    );
    // Code and an escaped dollar keep their dollars.
    assert!(
        screen.contains("Code keeps its dollars: $x$, and a price is $5."),
        "{screen}"
    );
}

#[test]
fn interview_turns_draw_their_formulas() {
    for (w, h) in SIZES {
        let mut app = math_app(w, h, false);
        open_item(&mut app, 0, 1);
        let screen = render(&app, w, h);
        insta::assert_snapshot!(format!("math_interview_{w}x{h}"), screen);
        assert!(screen.contains("Why is π ≈ 3.14?"), "{screen}");
        assert!(screen.contains("C = 2πr"), "{screen}");
    }
}

#[test]
fn quiz_prompt_choices_feedback_and_explanation_draw_their_formulas() {
    for plain in [false, true] {
        for (w, h) in SIZES {
            let mut app = math_app(w, h, plain);
            quiz_feedback(&mut app);
            let screen = render(&app, w, h);
            let mode = if plain { "plain" } else { "panes" };
            insta::assert_snapshot!(format!("math_quiz_feedback_{mode}_{w}x{h}"), screen);
            let flat = crate::common::flat(&screen);
            for shown in [
                "When does ax² + bx + c = 0 have two real roots?",
                "1. b² − 4ac > 0",
                "The answer: 1. b² − 4ac > 0",
                "“b² − 4ac = 0”: With Δ = 0 the two roots are one: x = −b/(2a).",
                "Two real roots when Δ = b² − 4ac > 0, by √Δ in the formula.",
            ] {
                assert!(flat.contains(shown), "{shown:?} in:\n{screen}");
            }
            assert!(!screen.contains('$'), "no dollar left:\n{screen}");
        }
    }
}

#[test]
fn the_glossary_draws_formulas_in_definitions() {
    let mut app = math_app(120, 40, false);
    send(&mut app, &[Action::OpenGlossary]);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("The number φ = (1 + √5)/2 ≈ 1.618, with φ² = φ + 1."),
        "{screen}"
    );
}

#[test]
fn search_finds_a_formula_by_its_unicode_text() {
    let course = course();
    let found = |q: &str| {
        amphi::search::search(&course, q)
            .iter()
            .map(|h| (h.field, h.module, h.item))
            .collect::<Vec<_>>()
    };
    use amphi::search::Field;
    // `$\alpha$` and `\(\Delta = …\)` in the lesson.
    assert!(found("α").contains(&(Field::Text, 0, 0)));
    assert!(found("Δ = b² − 4ac").contains(&(Field::Text, 0, 0)));
    // An interview turn, a choice, the glossary.
    assert!(found("2πr").contains(&(Field::Text, 0, 1)));
    assert!(found("b² − 4ac < 0").contains(&(Field::Text, 0, 2)));
    assert!(found("φ²").contains(&(Field::Glossary, 0, 0)));
    // The TeX is not what is searched.
    assert!(found("alpha").is_empty());
}
