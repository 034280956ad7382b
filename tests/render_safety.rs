//! Drawing never panics, at any size, and never draws outside the frame.

mod common;

use amphi::app::{Action, update};
use common::*;

#[test]
fn every_screen_draws_at_every_small_size_without_panic() {
    type Setup = Box<dyn Fn(&mut amphi::app::App)>;
    let screens: Vec<Setup> = vec![
        Box::new(|_| {}),
        Box::new(|a| {
            send(a, &[Action::FocusOutline]);
        }),
        Box::new(|a| {
            send(a, &[Action::ToggleHelp]);
        }),
        Box::new(|a| {
            send(a, &[Action::ToggleAbout]);
        }),
        Box::new(|a| {
            let (qi, _) = a.course.modules[0].final_quiz().unwrap();
            open_item(a, 0, qi);
            send(a, &[Action::Confirm]);
        }),
    ];
    for screen in &screens {
        let mut app = app(80, 24);
        screen(&mut app);
        for w in (0..=130u16).step_by(3).chain([1, 2, 39, 40, 41, 69, 70]) {
            for h in (0..=45u16).step_by(4).chain([1, 2, 9, 10, 11]) {
                update(&mut app, Action::Resize(w, h));
                let _ = render(&app, w, h);
            }
        }
    }
}
