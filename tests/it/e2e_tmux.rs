//! End-to-end tests: the real `amphi` binary driven in tmux, as a person would use
//! it — keys in, the screen read back with `capture-pane`.
//!
//! Each test runs its own tmux server (`tmux -S <socket in a unique temporary
//! folder>`), killed when the test ends (also when it fails), and its own temporary
//! `AMPHI_STATE` file, so the tests run in parallel and never touch the real home
//! folder or another tmux server.
//!
//! tmux is required: without it these tests fail (they never pass silently).

use std::path::PathBuf;
use std::process::Stdio;

use crate::common::tmux::{BIN, Tmux, sh_quote};
use amphi::course::{AnswerKey, Course, Item, Question};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

// ---------------------------------------------------------------------------
// The harness: tests/it/common/tmux.rs, plus where this test keeps its files
// ---------------------------------------------------------------------------

/// What the journey tests add to the shared harness.
trait Journey {
    /// The state file amphi is given.
    fn state(&self) -> PathBuf;
    /// Starts amphi (bundled course, the temporary state file and an empty course
    /// library of its own) in a new session of `w`×`h`.
    fn start(&self, w: u16, h: u16);
}

impl Journey for Tmux {
    fn state(&self) -> PathBuf {
        self.path("state.json")
    }

    fn start(&self, w: u16, h: u16) {
        let command = format!(
            "env AMPHI_STATE={} AMPHI_DATA_DIR={} NO_COLOR=1 {}",
            sh_quote(&self.state().to_string_lossy()),
            sh_quote(&self.path("data").to_string_lossy()),
            sh_quote(BIN),
        );
        self.start_command(w, h, &command);
    }
}

// ---------------------------------------------------------------------------
// Reading the screen
// ---------------------------------------------------------------------------

/// The first `n` characters of `s`: enough to recognise a title the outline may cut.
fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Column where the content pane starts on `screen`: its top-left corner, the
/// second one on the first row after the outline's (0 without an outline). The
/// outline's width depends on the course's titles.
fn content_x(screen: &str) -> usize {
    let first: Vec<char> = screen.lines().next().unwrap_or("").chars().collect();
    (1..first.len())
        .find(|&x| matches!(first[x], '┏' | '┌') && matches!(first[x - 1], '┐' | '┓'))
        .unwrap_or(0)
}

/// The text rows of the content pane (inside its border, scrollbar cut off),
/// trimmed, top to bottom.
fn content_rows(screen: &str) -> Vec<String> {
    let x = content_x(screen);
    let lines: Vec<&str> = screen.lines().collect();
    // Row 0 is the pane's top border, the last pane row its bottom border, then the
    // status bar.
    lines
        .iter()
        .skip(1)
        .take(usize::from(HEIGHT) - 3)
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            let inner: String = chars
                .iter()
                .skip(x + 1)
                .take(usize::from(WIDTH) - x - 2)
                .collect();
            inner.trim().to_string()
        })
        .collect()
}

/// The first non-blank row of the content pane.
fn first_text_row(screen: &str) -> String {
    content_rows(screen)
        .into_iter()
        .find(|r| !r.is_empty())
        .unwrap_or_default()
}

/// The status bar: the last non-blank line.
fn status_bar(screen: &str) -> String {
    screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// An ordering question as shown: the items in screen order (indices into the
/// question's items), the cursor position and whether an item is held.
#[derive(Debug)]
struct OrderingView {
    order: Vec<usize>,
    cursor: Option<usize>,
    held: bool,
}

fn read_ordering(screen: &str, items: &[String]) -> Option<OrderingView> {
    let rows = content_rows(screen);
    let mut found: Vec<(usize, usize)> = Vec::new(); // (row, item)
    for (item, text) in items.iter().enumerate() {
        let p = prefix(text, 30);
        let hits: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.contains(&format!(". {p}")) || r.contains(&format!("↕ {p}")))
            .map(|(i, _)| i)
            .collect();
        if hits.len() != 1 {
            return None;
        }
        found.push((hits[0], item));
    }
    found.sort();
    let cursor = found.iter().position(|&(r, _)| rows[r].starts_with('›'));
    let held = found.iter().any(|&(r, _)| rows[r].contains('↕'));
    Some(OrderingView {
        order: found.into_iter().map(|(_, i)| i).collect(),
        cursor,
        held,
    })
}

// ---------------------------------------------------------------------------
// Acting as a learner
// ---------------------------------------------------------------------------

/// Answers question `k` (from 0) of `n` right, reading the screen as a person
/// would, and submits it; returns once the feedback is shown.
fn answer_right(t: &Tmux, q: &Question, k: usize, n: usize) {
    let heading = format!("Question {} of {n}", k + 1);
    t.wait_for(&[heading.as_str(), "Enter submit"]);
    match &q.key {
        AnswerKey::SingleChoice { choices, answer } => {
            // Choices may be shuffled: pick the right one by the number shown.
            let shown = shown_number(t, &choices[answer - 1]);
            t.keys(&[&shown.to_string()]);
            let picked = format!("(•) {shown}. {}", prefix(&choices[answer - 1], 30));
            t.wait_for(&[&picked]);
        }
        AnswerKey::MultipleChoice { choices, answers } => {
            let shown: Vec<usize> = answers
                .iter()
                .map(|&a| shown_number(t, &choices[a - 1]))
                .collect();
            for n in &shown {
                t.keys(&[&n.to_string()]);
            }
            let ticked: Vec<String> = answers
                .iter()
                .zip(&shown)
                .map(|(&a, n)| format!("[x] {n}. {}", prefix(&choices[a - 1], 30)))
                .collect();
            let ticked: Vec<&str> = ticked.iter().map(String::as_str).collect();
            let screen = t.wait_for(&ticked);
            assert_eq!(
                screen.matches("[x]").count(),
                answers.len(),
                "only the right choices are ticked:\n{screen}"
            );
        }
        AnswerKey::TrueFalse { answer } => {
            t.keys(&[if *answer { "t" } else { "f" }]);
            t.wait_for(&[if *answer {
                "(•) 1. True"
            } else {
                "(•) 2. False"
            }]);
        }
        AnswerKey::ShortAnswer { answers, .. } => {
            t.type_text(&answers[0]);
            t.wait_for(&[&format!("Your answer: {} ", answers[0])]);
        }
        AnswerKey::Ordering { items } => put_in_order(t, items),
        AnswerKey::Numeric { answers, .. } => {
            let typed = answers[0].example().text.clone();
            t.type_text(&typed);
            t.wait_for(&[&format!("Your answer: {typed} ")]);
        }
        other => panic!(
            "module 1 has no {} question; teach this test to answer one",
            other.kind()
        ),
    }
    t.keys(&["Enter"]);
    let screen = t.wait_until("the feedback", |s| {
        s.contains(&heading) && (s.contains("✓ Right.") || s.contains("✗ Not quite."))
    });
    assert!(
        screen.contains("✓ Right.") && !screen.contains("✗ Not quite."),
        "question {} should be right:\n{screen}",
        k + 1
    );
}

/// The number shown before `choice` on the current question, which is its place
/// in the written list unless the question shuffles its choices.
fn shown_number(t: &Tmux, choice: &str) -> usize {
    let marker = format!(". {}", prefix(choice, 30));
    let number = |s: &str| {
        content_rows(s).iter().find_map(|r| {
            let at = r.find(&marker)?;
            let digits: String = r[..at]
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            digits.parse::<usize>().ok()
        })
    };
    let screen = t.wait_until(&format!("the choice {marker:?}"), |s| number(s).is_some());
    number(&screen).unwrap()
}

/// Sorts a shuffled ordering question with the keys a person would use: go to the
/// item that belongs next, pick it up (Space), carry it up, drop it (Space).
fn put_in_order(t: &Tmux, items: &[String]) {
    let shown = read_ordering_now(t, items, "the ordering items");
    eprintln!("ordering question shown as {:?}", shown.order);
    for target in 0..items.len() {
        let view = read_ordering_now(t, items, "the ordering items");
        if view.order[target] == target {
            continue;
        }
        let mut cursor = view.cursor.expect("a cursor row (›) among the items");
        let j = view.order.iter().position(|&i| i == target).unwrap();
        while cursor < j {
            t.keys(&["Down"]);
            cursor += 1;
        }
        while cursor > j {
            t.keys(&["Up"]);
            cursor -= 1;
        }
        t.keys(&["Space"]);
        let held = format!("↕ {}", prefix(&items[target], 30));
        t.wait_for(&[&held]);
        for _ in target..j {
            t.keys(&["Up"]);
        }
        t.keys(&["Space"]);
        t.wait_until(&format!("item {target} dropped at row {target}"), |s| {
            read_ordering(s, items)
                .is_some_and(|v| !v.held && v.order[target] == target && v.cursor == Some(target))
        });
    }
    let view = read_ordering_now(t, items, "the sorted items");
    assert_eq!(
        view.order,
        (0..items.len()).collect::<Vec<_>>(),
        "the items are in order"
    );
}

fn read_ordering_now(t: &Tmux, items: &[String], what: &str) -> OrderingView {
    let screen = t.wait_until(what, |s| read_ordering(s, items).is_some());
    read_ordering(&screen, items).unwrap()
}

fn bundled() -> Course {
    amphi::course::load_bundled().expect("the bundled course is valid")
}

// ---------------------------------------------------------------------------
// Scenario A: the learner's whole journey
// ---------------------------------------------------------------------------

#[test]
fn a_learner_reads_module_one_passes_its_quiz_quits_and_resumes_where_they_left() {
    let course = bundled();
    let module = &course.modules[0];
    let n_items = module.items.len();
    let (quiz_index, quiz) = module.final_quiz().expect("module 1 has a final quiz");
    assert_eq!(quiz_index, n_items - 1, "the final quiz ends module 1");

    let t = Tmux::new("journey");
    t.start(WIDTH, HEIGHT);

    // The course title is visible.
    let title = prefix(&course.info.title, 20);
    let module_head = format!("1. {}", module.title);
    let screen = t.wait_for(&[&title, &module_head, "Outline"]);
    for item in module.items.iter().filter(|i| !matches!(i, Item::Quiz(_))) {
        let unread = format!("○ {}", prefix(item.title(), 20));
        assert!(screen.contains(&unread), "{unread:?} at first:\n{screen}");
    }

    // Read every lesson and interview of module 1: open each, go to its end.
    for (i, item) in module.items.iter().enumerate() {
        let position = format!(
            "Module 1/{} · Item {}/{n_items}",
            course.modules.len(),
            i + 1
        );
        let item_title = prefix(item.title(), 20);
        let screen = t.wait_until(&format!("item {} open", i + 1), |s| {
            s.contains(&position) && first_text_row(s).contains(&item_title)
        });
        if let Item::Quiz(_) = item {
            assert!(screen.contains("Press Enter to start."), "{screen}");
            break;
        }
        // (An item that fits on one screen is read as soon as it is open.)
        t.keys(&["G"]);
        t.wait_for(&[&format!("✓ {item_title}")]);
        t.keys(&["n"]);
    }

    // Take the final quiz, answering every question right.
    t.wait_for(&[
        &format!(
            "{} questions · pass mark {} %",
            quiz.questions.len(),
            quiz.pass_mark
        ),
        "Press Enter to start.",
    ]);
    t.keys(&["Enter"]);
    let n = quiz.questions.len();
    for (k, q) in quiz.questions.iter().enumerate() {
        answer_right(&t, q, k, n);
        t.wait_for(&[if k + 1 < n {
            "Enter: next question"
        } else {
            "Enter: see your score"
        }]);
        t.keys(&["Enter"]);
    }
    let score = format!(
        "Score: {n} / {n} points (100 %) · pass mark {} %",
        quiz.pass_mark
    );
    let screen = t.wait_for(&[&score, "Passed ✓"]);
    assert!(
        screen.contains(&format!("✓ {module_head}")),
        "module 1 is done in the outline:\n{screen}"
    );

    // Back to lesson 2 of module 1 and scroll down a few lines.
    let lesson2 = prefix(module.items[1].title(), 20);
    for _ in 1..quiz_index {
        t.keys(&["p"]);
    }
    let top = t.wait_until("lesson 2 open at its top", |s| {
        s.contains(&format!("Item 2/{n_items}")) && first_text_row(s).contains(&lesson2)
    });
    let before = content_rows(&top);
    let lines = 4;
    for _ in 0..lines {
        t.keys(&["j"]);
    }
    let scrolled = t.wait_until(&format!("lesson 2 scrolled {lines} lines"), |s| {
        let rows = content_rows(s);
        rows[..rows.len() - lines] == before[lines..]
    });
    let first_line = first_text_row(&scrolled);
    assert!(
        !first_line.is_empty() && !first_line.contains(&lesson2),
        "scrolled past the title:\n{scrolled}"
    );

    // Quit: amphi exits cleanly and the state is on disk.
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0, "amphi exits with 0");
    let state = t.state();
    let text = std::fs::read_to_string(&state).expect("the state file exists after q");
    serde_json::from_str::<serde_json::Value>(&text).expect("the state file is JSON");

    // Start again with the same state: the same place, module 1 done.
    t.drop_session();
    t.start(WIDTH, HEIGHT);
    // A "where you were" card greets a returning learner; any key dismisses it.
    let card = t.wait_for(&["Welcome back", "You were on:", &lesson2]);
    assert!(
        card.contains("Last quiz:"),
        "the card reports the quiz:\n{card}"
    );
    t.keys(&["x"]);
    let shown = content_rows(&scrolled);
    let screen = t.wait_until(
        &format!("amphi resumed in lesson 2 at {first_line:?}"),
        |s| {
            s.contains(&format!("Item 2/{n_items}"))
                && first_text_row(s) == first_line
                && content_rows(s) == shown
        },
    );
    assert!(
        screen.contains(&format!("✓ {module_head}")),
        "module 1 is shown done:\n{screen}"
    );
    let read = n_items - 1;
    assert!(
        screen.contains(&format!("{read}/{read} read · passed")),
        "module 1's gauge is full and its quiz passed:\n{screen}"
    );
    assert!(
        screen.contains(&format!("▶✓ {lesson2}")),
        "lesson 2 is the open item:\n{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

// ---------------------------------------------------------------------------
// Scenario A2: quitting in the middle of a quiz
// ---------------------------------------------------------------------------

#[test]
fn quitting_mid_quiz_keeps_the_attempt_and_reopening_finishes_it() {
    let course = bundled();
    let module = &course.modules[0];
    let (quiz_index, quiz) = module.final_quiz().expect("module 1 has a final quiz");
    let n = quiz.questions.len();
    assert!(n > 2, "module 1's quiz has more than two questions");

    let t = Tmux::new("midquiz");
    t.start(WIDTH, HEIGHT);
    t.wait_for(&["Outline", &format!("1. {}", module.title)]);
    for _ in 0..quiz_index {
        t.keys(&["n"]);
    }
    t.wait_for(&["Press Enter to start."]);
    t.keys(&["Enter"]);
    for (k, q) in quiz.questions.iter().take(2).enumerate() {
        answer_right(&t, q, k, n);
        t.keys(&["Enter"]);
    }
    // On question 3, quit.
    t.wait_for(&[&format!("Question 3 of {n}"), "Enter submit"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(t.state()).unwrap()).unwrap();
    let open =
        &state["courses"][&course.info.id]["open_attempts"][format!("{}/{}", module.id, quiz.id)];
    assert_eq!(
        open["answers"].as_object().map(|a| a.len()),
        Some(2),
        "{state:#}"
    );

    // Reopen: the card, then the same question with the first two answers kept.
    t.drop_session();
    t.start(WIDTH, HEIGHT);
    t.wait_for(&["Welcome back"]);
    t.keys(&["x"]);
    t.wait_for(&[&format!("Question 3 of {n}"), "Enter submit"]);
    for (k, q) in quiz.questions.iter().enumerate().skip(2) {
        answer_right(&t, q, k, n);
        t.keys(&["Enter"]);
    }
    t.wait_for(&[&format!("Score: {n} / {n} points (100 %)"), "Passed ✓"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);

    // One finished attempt with every answer, right; no attempt left open.
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(t.state()).unwrap()).unwrap();
    let progress = &state["courses"][&course.info.id];
    let attempts = progress["attempts"].as_array().expect("attempts");
    assert_eq!(attempts.len(), 1, "{state:#}");
    let answers = attempts[0]["answers"].as_array().unwrap();
    assert_eq!(answers.len(), n);
    assert!(answers.iter().all(|a| a["correct"] == true), "{state:#}");
    let ids: Vec<&str> = answers
        .iter()
        .map(|a| a["question"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, expected);
    assert!(progress.get("open_attempts").is_none(), "{state:#}");
}

// ---------------------------------------------------------------------------
// Scenario B: not a terminal
// ---------------------------------------------------------------------------

#[test]
fn without_a_terminal_amphi_exits_2_with_a_one_line_message() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let out = crate::common::isolated::amphi()
        .env("AMPHI_STATE", &state)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("amphi runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "exit code; stderr: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(
        stderr.starts_with("amphi: ") && stderr.contains("terminal"),
        "the message says a terminal is needed: {stderr:?}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout (no escape codes)");
    assert!(!state.exists(), "no state file written");
}

// ---------------------------------------------------------------------------
// Scenario C: a broken state file
// ---------------------------------------------------------------------------

#[test]
fn a_broken_state_file_is_moved_aside_with_a_warning_and_a_fresh_one_is_written() {
    let t = Tmux::new("broken");
    let state = t.state();
    let old = "{ not json";
    std::fs::write(&state, old).unwrap();
    t.start(WIDTH, HEIGHT);

    let screen = t.wait_for(&["Outline", "Unreadable progress file"]);
    let status = status_bar(&screen);
    assert!(
        status.contains("Unreadable progress file"),
        "the warning is in the status bar: {status:?}"
    );

    let backups: Vec<PathBuf> = std::fs::read_dir(t.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("state.json.broken-"))
        })
        .collect();
    assert_eq!(backups.len(), 1, "one backup: {backups:?}");
    let backup = &backups[0];
    assert_eq!(
        std::fs::read_to_string(backup).unwrap(),
        old,
        "backup keeps the old text"
    );
    let backup_name = backup.file_name().unwrap().to_string_lossy().into_owned();
    // The learner must be told where the old file went: the name must be readable
    // somewhere on the screen (checked last so the other checks still run).
    let names_backup = screen.contains(&backup_name);

    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let fresh = std::fs::read_to_string(&state).expect("a fresh state file after q");
    let json: serde_json::Value = serde_json::from_str(&fresh).expect("valid JSON");
    assert!(json.get("courses").is_some(), "a state: {fresh}");
    assert_eq!(
        std::fs::read_to_string(backup).unwrap(),
        old,
        "backup left alone"
    );

    assert!(
        names_backup,
        "the warning should name the backup {backup_name:?}, but the status bar shows only \
         {status:?}; whole screen:\n{screen}"
    );
}

// ---------------------------------------------------------------------------
// Scenario D: resizing
// ---------------------------------------------------------------------------

#[test]
fn resizing_the_terminal_redraws_and_too_small_is_said() {
    let t = Tmux::new("resize");
    t.start(WIDTH, HEIGHT);
    t.wait_for(&["Outline", "Lesson", "Module 1/"]);

    // Narrow: one pane (the content), no outline.
    t.resize(50, 12);
    let screen = t.wait_until("the 50×12 layout", |s| {
        s.contains("Lesson") && !s.contains("Outline") && s.lines().count() <= 12
    });
    assert!(
        screen.lines().all(|l| l.chars().count() <= 50),
        "nothing drawn past 50 columns:\n{screen}"
    );

    t.resize(30, 8);
    t.wait_for(&["Terminal too small", "30×8"]);

    t.resize(WIDTH, HEIGHT);
    let screen = t.wait_for(&["Outline", "Lesson", "Module 1/"]);
    assert!(!screen.contains("Terminal too small"), "{screen}");

    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0, "q still quits cleanly");
    assert!(t.state().exists(), "state saved on quit");
}

// ---------------------------------------------------------------------------
// Scenario: search, jump, write a note, quit, reopen, export the notes
// ---------------------------------------------------------------------------

#[test]
fn a_learner_searches_jumps_writes_a_note_and_exports_it() {
    let t = Tmux::new("notes");
    t.start(WIDTH, HEIGHT);
    t.wait_for(&["Outline", "Lesson", "Module 1/"]);

    // Search for a word and jump to its first match.
    t.keys(&["/"]);
    t.wait_for(&["Search the course"]);
    t.type_text("alexis c. madrigal");
    t.wait_for(&["matches"]);
    t.keys(&["Enter"]);
    let screen = t.wait_until("the match in the content", |s| {
        !s.contains("Search the course") && content_rows(s).iter().any(|r| r.contains("Madrigal"))
    });
    assert!(
        screen.contains("Dark social"),
        "the jump opened the dark social item:\n{screen}"
    );

    // A note on that item, typed with letters that are keys elsewhere (q, m, g).
    t.keys(&["a"]);
    t.wait_for(&["Note · "]);
    t.type_text("Madrigal quote: ask my group");
    t.keys(&["Enter"]);
    t.type_text("second line");
    t.wait_for(&["ask my group", "second line"]);
    t.keys(&["C-s"]);
    t.wait_for(&["Note saved."]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);

    // Reopen: the note is kept and shown under the item.
    t.drop_session();
    t.start(WIDTH, HEIGHT);
    t.wait_for(&["Welcome back"]);
    t.keys(&["x"]);
    t.wait_until("the card dismissed", |s| !s.contains("Welcome back"));
    t.keys(&["End"]);
    t.wait_for(&["Your note", "ask my group"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);

    // Export: the note's text, under its item's title.
    let out = crate::common::isolated::amphi()
        .args(["notes"])
        .env("AMPHI_STATE", t.state())
        .output()
        .expect("amphi notes runs");
    assert!(out.status.success());
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("Madrigal quote: ask my group\nsecond line"),
        "{md}"
    );
    assert!(md.contains("### Dark social"), "{md}");
}
