//! `fill_blanks`: a cloze, a text with numbered gaps `{{1}}`, `{{2}}`… to type
//! into.

use super::{Given, Input, Interaction, Kind, Response, accepts, partial, typed};
use crate::i18n::{Language, Message};

/// A `fill_blanks` key, borrowed from [`crate::course::AnswerKey::FillBlanks`].
#[derive(Debug, Clone, Copy)]
pub struct FillBlanks<'a> {
    /// The text with its gaps.
    pub text: &'a str,
    /// Accepted answers for each gap, gap 1 first (matched like short answers).
    pub blanks: &'a [Vec<String>],
    /// Whether `é` and `e` count as the same letter.
    pub ignore_accents: bool,
}

impl FillBlanks<'_> {
    /// Right gaps minus wrong ones over the number of gaps, floored at 0; empty
    /// gaps count as neither.
    pub fn credit(&self, typed: &[String]) -> f64 {
        let filled: Vec<(usize, &String)> = typed
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.trim().is_empty())
            .collect();
        let hits = filled.iter().filter(|(i, t)| self.fills(*i, t)).count();
        partial(hits, filled.len() - hits, self.blanks.len())
    }

    /// Whether `typed` fills gap `gap` (from 0); `false` for a gap it does not have.
    pub fn fills(&self, gap: usize, typed: &str) -> bool {
        self.blanks
            .get(gap)
            .is_some_and(|ok| accepts(ok, None, self.ignore_accents, typed))
    }
}

/// The gaps' texts written out: `[1] text`, `—` for an empty one, joined with
/// `; ` (sanitised: they come from the state file).
pub(super) fn describe(typed: &[String]) -> String {
    typed
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let t = crate::text::sanitize_line(t);
            format!("[{}] {}", i + 1, if t.is_empty() { "—".into() } else { t })
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The xAPI form of the gaps' texts, joined with `[,]`.
pub(super) fn xapi_response(blanks: &[String]) -> String {
    blanks
        .iter()
        .map(|b| typed(b))
        .collect::<Vec<_>>()
        .join("[,]")
}

/// Most correct response patterns given for a fill-in-the-blanks question: one
/// per combination of accepted answers, up to this many.
pub const MAX_BLANK_PATTERNS: usize = 32;

/// The correct responses of a fill-in-the-blanks question: every combination of
/// accepted answers, one per blank joined with `[,]`; `None` when a blank has no
/// answer or there are more than [`MAX_BLANK_PATTERNS`] combinations.
pub fn blank_patterns(blanks: &[Vec<String>]) -> Option<Vec<String>> {
    let mut patterns = vec![String::new()];
    for (i, accepted) in blanks.iter().enumerate() {
        if accepted.is_empty() || patterns.len() * accepted.len() > MAX_BLANK_PATTERNS {
            return None;
        }
        patterns = patterns
            .iter()
            .flat_map(|p| {
                accepted.iter().map(move |a| {
                    if i == 0 {
                        a.clone()
                    } else {
                        format!("{p}[,]{a}")
                    }
                })
            })
            .collect();
    }
    Some(
        patterns
            .into_iter()
            .map(|p| format!("{{case_matters=false}}{p}"))
            .collect(),
    )
}

impl Kind for FillBlanks<'_> {
    fn name(&self) -> &'static str {
        "fill_blanks"
    }

    fn describe_answer(&self, _shuffle: bool, _lang: Language) -> String {
        self.blanks
            .iter()
            .enumerate()
            .map(|(i, ok)| format!("[{}] {}", i + 1, ok.first().map_or("", String::as_str)))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn shuffled(&self, _shuffle: bool) -> Option<usize> {
        None
    }

    fn hash_fields(&self, field: &mut dyn FnMut(&str)) {
        field(self.text);
        field(&self.ignore_accents.to_string());
        for b in self.blanks {
            field(&b.len().to_string());
            b.iter().for_each(|a| field(a));
        }
    }

    fn search_texts(&self) -> Vec<&str> {
        Vec::new()
    }

    fn words(&self) -> usize {
        crate::text::count_words(self.text)
    }

    fn checks(&self) -> Vec<(Message, &'static str)> {
        let mut out = Vec::new();
        let blanks = self.blanks;
        let gaps = crate::quiz::gaps(self.text);
        let numbers: Vec<usize> = gaps.iter().map(|g| g.number).collect();
        let expected: Vec<usize> = (1..=blanks.len()).collect();
        let mut sorted = numbers.clone();
        sorted.sort_unstable();
        if blanks.is_empty() {
            out.push((Message::new("load-no-blanks"), "blanks"));
        } else if sorted != expected {
            // The gaps are arguments: `{{1}}` is no catalogue text.
            let gaps = if numbers.is_empty() {
                crate::i18n::Value::from(Message::new("load-none"))
            } else {
                numbers
                    .iter()
                    .map(|n| format!("{{{{{n}}}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into()
            };
            out.push((
                Message::new("load-gaps-numbering")
                    .arg("gaps", gaps)
                    .arg("first", "{{1}}")
                    .arg("last", format!("{{{{{}}}}}", blanks.len())),
                "text",
            ));
        }
        if let Some(i) = blanks
            .iter()
            .position(|ok| ok.iter().all(|a| a.trim().is_empty()))
        {
            out.push((
                Message::new("load-gap-no-answer").arg("gap", i + 1),
                "blanks",
            ));
        }
        out
    }

    fn lists(&self) -> Vec<(usize, &'static str)> {
        let widest = self.blanks.iter().map(Vec::len).max().unwrap_or(0);
        vec![(self.blanks.len(), "blanks"), (widest, "blanks")]
    }

    fn choices(&self) -> Option<usize> {
        None
    }

    fn label(&self) -> &'static str {
        "fill in the blanks"
    }

    fn input(&self) -> Input {
        Input::Blanks {
            gaps: self.blanks.len(),
        }
    }

    fn choice(&self, _i: usize) -> Option<&str> {
        None
    }

    fn response(&self, given: Given) -> Option<Response> {
        let Given::Blanks(all) = given else {
            return None;
        };
        all.iter()
            .any(|b| !b.trim().is_empty())
            .then_some(Response::Blanks(all))
    }

    fn interaction(&self) -> Interaction<'_> {
        Interaction {
            kind: "fill-in",
            components: Vec::new(),
            pattern: blank_patterns(self.blanks),
        }
    }
}
