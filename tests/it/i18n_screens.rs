//! Every screen in French at 80x24 and 120x40: the table of `screens.rs`
//! ([`crate::screens::SCENARIOS`]), drawn with `App::settings.language` set to
//! French as the binary sets it (`--lang fr`, a French course or a French
//! locale), snapshotted as `fr_<name>_<w>x<h>`; then what the French words
//! must say.

use crate::common::*;
use crate::screens::{failed_quiz, open_final_quiz, speaking, two_attempts};
use amphi::app::{Action, App};
use amphi::i18n::Language;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The bundled course in French, the card dismissed, `w`×`h`.
fn french(w: u16, h: u16) -> App {
    speaking(Language::Fr, w, h)
}

#[test]
fn every_screen_in_french() {
    crate::screens::draw_every_screen(Language::Fr, &|name, screen| {
        insta::assert_snapshot!(format!("fr_{name}"), screen);
    });
}

#[test]
fn the_welcome_back_card_after_a_quiz_says_so_in_french() {
    for (w, h) in SIZES {
        let mut again = app_with_card(failed_quiz(), w, h);
        again.set_language(Language::Fr);
        let screen = render(&again, w, h);
        assert!(screen.contains("Dernier quiz"), "{screen}");
    }
}

#[test]
fn the_status_bar_s_hints_shrink_in_french_too() {
    // From wide to narrow: the French words are longer, the bar never
    // overflows and the outline's hint is the last to go.
    for w in [60u16, 70, 80, 100, 120, 160] {
        let app = french(w, 24);
        let screen = render(&app, w, 24);
        let bar = screen.lines().last().unwrap();
        assert!(unicode_width::UnicodeWidthStr::width(bar) <= usize::from(w));
        assert!(bar.contains("Tab") || bar.contains(" o "), "{w}: {bar}");
        assert!(
            !bar.contains(" help ") && !bar.contains(" quit "),
            "{w}: {bar}"
        );
    }
    let wide = render(&french(160, 24), 160, 24);
    let bar = wide.lines().last().unwrap();
    assert!(bar.contains("aide") && bar.contains("quitter"), "{bar}");
}

#[test]
fn past_attempts_have_french_dates() {
    for (w, h) in SIZES {
        let mut again = app_with(two_attempts(), w, h);
        again.set_language(Language::Fr);
        open_final_quiz(&mut again);
        let screen = render(&again, w, h);
        // The common clock is 2026-01-01 00:00 UTC: day first in French.
        assert!(screen.contains("01/01/2026 00:00"), "{screen}");
    }
}

#[test]
fn the_question_counter_says_question_n_of_m_in_french() {
    let mut app = french(120, 40);
    open_final_quiz(&mut app);
    send(&mut app, &[Action::Confirm]);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Question 1 sur 8"), "{screen}");
    assert!(!screen.contains("Question 1 of"), "{screen}");
}

#[test]
fn enter_without_an_answer_says_what_to_do_first_in_french() {
    let mut app = french(120, 40);
    open_final_quiz(&mut app);
    send(&mut app, &[Action::Confirm, Action::Confirm]);
    let notice = app.notice.clone().unwrap_or_default();
    // Typography: a no-break space before the colon.
    assert_eq!(
        notice,
        "Choisissez d'abord une réponse\u{a0}: son numéro, ou ↑↓ puis Espace."
    );
}

#[test]
fn plain_mode_speaks_french_too() {
    for (w, h) in SIZES {
        let mut app = french(w, h);
        app.settings.plain = true;
        send(&mut app, &[Action::Resize(w, h)]);
        open_final_quiz(&mut app);
        send(&mut app, &[Action::Confirm]);
        let spoken = amphi::app::spoken::status(&app);
        assert!(spoken.starts_with("Question 1 sur 8."), "{spoken}");
        assert!(spoken.ends_with("Entrée valide."), "{spoken}");
    }
}
