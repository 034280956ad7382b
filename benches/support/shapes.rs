//! Valid courses of a given size in four shapes, for the benches of `amphi check`
//! and of the first frame (`benches/linear.rs`) and for the tests that guard
//! against quadratic costs and check signals during a long load (`tests/it/`,
//! through `tests/it/common/mod.rs`), which include this file
//! with `#[path]`.
//!
//! - [`Shape::SmallLessons`]: many lessons of 2 to 3 KB, 50 to a module file;
//! - [`Shape::HugeLesson`]: one lesson holding the whole size, in a `body_file`.
//!   A file may hold at most 4 MiB (docs/course-format.md, "Limits"), so from
//!   4 MiB on the size is split into lessons of [`HUGE_LESSON_BYTES`] (4 MB), one
//!   module each: a 16 MB course is four such lessons;
//! - [`Shape::LargeGlossary`]: a glossary of one term per 1,700 bytes of course
//!   (625 terms at 1 MB, 9,411 at 16 MB; a glossary may hold 10,000), whose terms
//!   the lessons use, about one word in ten;
//! - [`Shape::ManyAliases`]: terms of 100 aliases each (the most a term may have),
//!   the glossary a fifth of the course (3.2 MB at 16 MB, under the 4 MiB of a
//!   file), the lessons using the aliases.
//!
//! Sizes are the bytes of all the course's files together (at least the size
//! asked, by less than one lesson more). The text is deterministic: the same
//! shape and size always write the same bytes.

use std::fmt::Write as _;
use std::path::Path;

/// The four shapes of course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Many lessons of 2 to 3 KB.
    SmallLessons,
    /// One huge lesson (four of 4 MB at 16 MB: a file holds at most 4 MiB).
    HugeLesson,
    /// Thousands of glossary terms, used in the lessons.
    LargeGlossary,
    /// Glossary terms of 100 aliases each, the aliases used in the lessons.
    ManyAliases,
}

/// Every shape, in the order the benches and the test go through them.
pub const SHAPES: [Shape; 4] = [
    Shape::SmallLessons,
    Shape::HugeLesson,
    Shape::LargeGlossary,
    Shape::ManyAliases,
];

/// One megabyte, as the sizes of the benches count it.
pub const MB: usize = 1_000_000;

/// The largest lesson [`Shape::HugeLesson`] writes: 4 MB, under the 4 MiB a file
/// may hold.
pub const HUGE_LESSON_BYTES: usize = 4 * MB;

/// Aliases of each term of [`Shape::ManyAliases`]: the most a term may have.
pub const ALIASES: usize = 100;

impl Shape {
    /// A short name for bench ids and messages: `small_lessons`, `huge_lesson`,
    /// `large_glossary`, `many_aliases`.
    pub fn name(self) -> &'static str {
        match self {
            Shape::SmallLessons => "small_lessons",
            Shape::HugeLesson => "huge_lesson",
            Shape::LargeGlossary => "large_glossary",
            Shape::ManyAliases => "many_aliases",
        }
    }
}

/// What [`write`] wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Written {
    /// Files written.
    pub files: usize,
    /// Bytes written, all files together.
    pub bytes: usize,
    /// Lessons in the course.
    pub lessons: usize,
    /// Glossary terms.
    pub terms: usize,
}

/// SplitMix64, so the text never depends on a crate's generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[rustfmt::skip]
const WORDS: &[&str] = &[
    "the", "web", "network", "platform", "learner", "course", "knowledge", "public",
    "space", "collective", "community", "market", "brand", "crisis", "signal", "trust",
    "data", "content", "audience", "message", "culture", "society", "economy", "speed",
    "of", "and", "to", "in", "a", "with", "for", "their", "every", "new", "open",
    "réseau", "société", "économie", "données", "marché", "confiance", "cœur", "déjà",
    "très", "où", "être", "élève", "forêt", "communauté", "numérique", "savoir",
];

const SYLLABLES: &[&str] = &[
    "ka", "ve", "ri", "mo", "tu", "sa", "le", "po", "ni", "da", "gu", "fe", "zo", "bi", "xa", "wy",
];

/// A made-up word for `n`, different for every `n`: its base-16 digits as
/// syllables, after a prefix that no word of [`WORDS`] starts with.
fn coined(prefix: &str, mut n: usize) -> String {
    let mut s = String::from(prefix);
    loop {
        s.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            return s;
        }
    }
}

/// Term `n` of the glossary.
fn term(n: usize) -> String {
    coined("qu", n)
}

/// Alias `a` of term `n`: two words, unique over the glossary.
fn alias(n: usize, a: usize) -> String {
    format!("{} {}", coined("jo", n), coined("ha", a))
}

/// Glossary words a lesson may use.
enum Uses {
    None,
    /// Terms `0..n`.
    Terms(usize),
    /// Aliases of terms `0..n`.
    Aliases(usize),
}

/// Markdown of about `bytes` bytes: `##` sections of paragraphs, a list now and
/// then, lines of at most 72 columns; one word in ten is a glossary word of `uses`.
fn lesson(rng: &mut Rng, bytes: usize, uses: &Uses) -> String {
    let mut out = String::with_capacity(bytes + 200);
    let mut section = 0;
    while out.len() < bytes {
        section += 1;
        let _ = write!(out, "## Section {section}\n\n");
        for p in 0..3 {
            let list = p == 2 && section % 3 == 0;
            let mut line = String::from(if list { "- " } else { "" });
            for w in 0..60 {
                let word = match uses {
                    Uses::Terms(n) if w % 10 == 5 => term(rng.below(*n)),
                    Uses::Aliases(n) if w % 10 == 5 => alias(rng.below(*n), rng.below(ALIASES)),
                    Uses::None | Uses::Terms(_) | Uses::Aliases(_) => {
                        let word = WORDS[rng.below(WORDS.len())];
                        match rng.below(20) {
                            0 => format!("*{word}*"),
                            1 => format!("`{word}`"),
                            _ => word.to_string(),
                        }
                    }
                };
                if line.len() + word.len() + 1 > 72 {
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line = String::from(if list { "  " } else { "" });
                }
                line.push_str(&word);
                line.push(' ');
                if list && w % 20 == 19 {
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line = String::from("- ");
                }
            }
            out.push_str(line.trim_end());
            out.push_str(".\n\n");
        }
    }
    out
}

/// Writes a course of `shape` and of at least `bytes` bytes of files into `dir`
/// (created if needed). `course.yaml` lists the module files; lessons are written
/// in the module files, but for [`Shape::HugeLesson`] in `lessons/*.md`.
///
/// # Errors
/// When a file cannot be written.
pub fn write(shape: Shape, bytes: usize, dir: &Path) -> std::io::Result<Written> {
    let mut written = Written::default();
    // The glossary first: the lessons use its words.
    let (uses, glossary) = glossary(shape, bytes);
    written.terms = match uses {
        Uses::None => 0,
        Uses::Terms(n) | Uses::Aliases(n) => n,
    };
    let mut put = |rel: &str, text: &str| -> std::io::Result<()> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
        written.files += 1;
        written.bytes += text.len();
        Ok(())
    };
    let mut rng = Rng(bytes as u64 ^ shape as u64);
    let glossary_bytes = glossary.as_ref().map_or(0, String::len);
    if let Some(text) = &glossary {
        put("glossary.yaml", text)?;
    }

    // Module files until the course holds `bytes`.
    let mut modules = Vec::new();
    let manifest_guess = 200;
    let mut total = glossary_bytes + manifest_guess;
    while total < bytes || modules.is_empty() {
        let m = modules.len() + 1;
        let id = format!("m{m:04}");
        let mut module = format!("id: {id}\ntitle: \"Module {m}\"\nitems:\n");
        match shape {
            Shape::HugeLesson => {
                let size = (bytes - total.min(bytes)).clamp(1, HUGE_LESSON_BYTES);
                let body = lesson(&mut rng, size, &uses);
                let rel = format!("lessons/{id}.md");
                let _ = write!(
                    module,
                    "  - kind: lesson\n    id: huge\n    title: \"A huge lesson\"\n    body_file: {rel}\n"
                );
                total += body.len();
                put(&rel, &body)?;
                written.lessons += 1;
            }
            Shape::SmallLessons | Shape::LargeGlossary | Shape::ManyAliases => {
                for l in 1..=50 {
                    if total + module.len() >= bytes && l > 1 {
                        break;
                    }
                    let body = lesson(&mut rng, 2_000, &uses);
                    let _ = write!(
                        module,
                        "  - kind: lesson\n    id: l{l:02}\n    title: \"Lesson {m}.{l}\"\n    body: |\n"
                    );
                    for line in body.lines() {
                        if !line.is_empty() {
                            module.push_str("      ");
                            module.push_str(line);
                        }
                        module.push('\n');
                    }
                    written.lessons += 1;
                }
            }
        }
        total += module.len();
        put(&format!("modules/{id}.yaml"), &module)?;
        modules.push(id);
    }
    let mut manifest = format!(
        "id: org.example.{}\ntitle: \"A generated course: {}, {} bytes asked\"\nmodules:\n",
        shape.name().replace('_', "-"),
        shape.name(),
        bytes
    );
    for id in &modules {
        let _ = writeln!(manifest, "  - modules/{id}.yaml");
    }
    put("course.yaml", &manifest)?;
    Ok(written)
}

/// The glossary of `shape` for a course of `bytes`, and the words it gives the
/// lessons to use.
fn glossary(shape: Shape, bytes: usize) -> (Uses, Option<String>) {
    let mut g = String::from("terms:\n");
    let mut terms = 0;
    match shape {
        Shape::SmallLessons | Shape::HugeLesson => (Uses::None, None),
        Shape::LargeGlossary => {
            while terms < (bytes / 1_700).clamp(1, 10_000) {
                let _ = write!(
                    g,
                    "  - term: {}\n    definition: >-\n      A made-up word of the generated course, number {terms}; it\n      stands for nothing and is used in the lessons.\n",
                    term(terms)
                );
                terms += 1;
            }
            (Uses::Terms(terms), Some(g))
        }
        Shape::ManyAliases => {
            while terms == 0 || (g.len() < bytes / 5 && terms < 10_000) {
                let _ = write!(
                    g,
                    "  - term: {}\n    definition: A made-up word with {ALIASES} aliases.\n    aliases: [",
                    term(terms)
                );
                for a in 0..ALIASES {
                    if a > 0 {
                        g.push_str(", ");
                    }
                    g.push_str(&alias(terms, a));
                }
                g.push_str("]\n");
                terms += 1;
            }
            (Uses::Aliases(terms), Some(g))
        }
    }
}
