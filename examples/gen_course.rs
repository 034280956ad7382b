//! Writes a synthetic amphi course of any size, for benchmarks and time-to-first-frame
//! measurements (see `docs/performance.md`).
//!
//! ```sh
//! cargo run --release --example gen_course -- --out /tmp/big          # 100 x 20: about 9 MB
//! cargo run --release --example gen_course -- --modules 20 --lessons 10 --out /tmp/small
//! cargo run --release --example gen_course -- --modules 2 --lessons 3 --lesson-kb 200 --out /tmp/long
//! cargo run --release --example gen_course -- --modules 2 --lessons 3 --lines 70000 --out /tmp/lines
//! ```
//!
//! Each module has `--lessons` lessons of Markdown (headings, paragraphs, bullet and
//! numbered lists, emphasis, inline and block code, quotes; English and French text
//! with accents), then one interview excerpt and one quiz with one question of each of
//! the five kinds. `--lesson-kb N` or `--lines N` replaces module 1's first lesson
//! with one of about N KB or of exactly N lines, kept in `lessons/long.md`.
//!
//! The output is deterministic: the same arguments write the same bytes. Files are
//! overwritten; files of an earlier, larger run are left in place but nothing names
//! them, so the course ignores them.
//!
//! The benches include this file as a module (`#[path]`) to build the same courses and
//! lessons in memory, so everything but `main` is a plain function of its inputs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::Parser;

/// Command line of the generator.
#[derive(Debug, Clone, Parser)]
#[command(about = "Write a synthetic amphi course (format v1) for benchmarks")]
pub struct Spec {
    /// Number of modules.
    #[arg(long, default_value_t = 100)]
    pub modules: usize,
    /// Lessons per module (each module also gets one interview and one quiz).
    #[arg(long, default_value_t = 20)]
    pub lessons: usize,
    /// Output folder (created if needed).
    #[arg(long)]
    pub out: PathBuf,
    /// Size of an ordinary lesson body, in bytes (about: whole sections are added
    /// until it is reached). The default, with 100 x 20 lessons, makes a course of
    /// about 9 MB.
    #[arg(long, default_value_t = 3500)]
    pub body_bytes: usize,
    /// Make module 1's first lesson about this many KB (in `lessons/long.md`).
    #[arg(long, conflicts_with = "lines")]
    pub lesson_kb: Option<usize>,
    /// Make module 1's first lesson exactly this many lines (in `lessons/long.md`).
    #[arg(long)]
    pub lines: Option<usize>,
    /// Keep every lesson body in its own Markdown file (`body_file`) instead of in
    /// the module file: 100 x 20 is then 2,101 files.
    #[arg(long)]
    pub body_files: bool,
    /// Seed of the pseudo-random text.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

impl Spec {
    /// A spec for `modules` x `lessons` written to `out`, other options at their
    /// defaults.
    pub fn new(modules: usize, lessons: usize, out: impl Into<PathBuf>) -> Self {
        Spec {
            modules,
            lessons,
            out: out.into(),
            body_bytes: 3500,
            lesson_kb: None,
            lines: None,
            body_files: false,
            seed: 1,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Files written (manifest, module files, Markdown files).
    pub files: usize,
    /// Bytes written.
    pub bytes: usize,
    /// Items in all.
    pub items: usize,
}

/// SplitMix64: tiny, fast, and fixed forever (unlike a crate's generator, whose
/// output may change between versions), so the same seed always gives the same text.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One element of `xs`.
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.range(0, xs.len() - 1)]
    }
}

/// A seed for one part of the course, so that each lesson's text depends only on the
/// global seed and its place, not on what was generated before it.
fn sub_seed(seed: u64, a: usize, b: usize) -> u64 {
    let mut r = Rng::new(seed ^ ((a as u64) << 32) ^ (b as u64).wrapping_mul(0x1000_0001));
    r.next_u64()
}

#[rustfmt::skip]
const EN: &[&str] = &[
    "the", "web", "network", "platform", "learner", "course", "knowledge", "public",
    "space", "collective", "intelligence", "community", "market", "brand", "crisis",
    "signal", "trust", "data", "content", "audience", "shares", "message", "culture",
    "society", "economy", "speed", "change", "idea", "question", "answer", "teacher",
    "student", "reads", "builds", "changes", "spreads", "quickly", "slowly", "together",
    "online", "offline", "of", "and", "to", "in", "a", "with", "for", "their", "every",
    "new", "old", "open", "shared", "rumour", "platforms", "users", "rules", "values",
    "habits", "cities", "politics", "work", "media",
];

#[rustfmt::skip]
const FR: &[&str] = &[
    "le", "la", "les", "réseau", "société", "économie", "intelligence", "collective",
    "données", "marché", "crise", "été", "déjà", "très", "où", "naïve", "cœur", "garçon",
    "français", "à", "être", "élève", "clé", "fenêtre", "forêt", "hôpital", "île", "maïs",
    "Noël", "œuvre", "ça", "déçu", "espace", "public", "confiance", "rumeur", "marque",
    "l’économie", "d’être", "qu’on", "aujourd’hui", "après", "où", "plutôt", "voilà", "de",
    "des", "et", "dans", "pour", "avec", "une", "un", "vite", "lentement", "ensemble",
    "communauté", "plateforme", "apprenant", "cours", "savoir", "révolution", "numérique",
];

const CODE: &[&str] = &[
    "fn main() {",
    "    let élèves = vec![\"Zoé\", \"Noël\"];",
    "    for e in &élèves {",
    "        println!(\"bonjour, {e}\");",
    "    }",
    "    let total: u32 = (1..=42).sum(); // déjà calculé",
    "}",
];

fn words(rng: &mut Rng, pool: &[&str], n: usize, markup: bool) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let w = rng.pick(pool);
        if markup && rng.chance(6) {
            let _ = write!(s, "*{w}*");
        } else if markup && rng.chance(4) {
            let _ = write!(s, "**{w}**");
        } else if markup && rng.chance(3) {
            let _ = write!(s, "`{w}`");
        } else {
            s.push_str(w);
        }
    }
    s
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One sentence of 6 to 16 words in one language, capitalised, with a full stop.
pub fn sentence(rng: &mut Rng, french: bool, markup: bool) -> String {
    let pool = if french { FR } else { EN };
    let n = rng.range(6, 16);
    let mut s = capitalised(&words(rng, pool, n, markup));
    if rng.chance(15) {
        s.push_str(if french {
            " : « voilà »"
        } else {
            ", as it were"
        });
    }
    s.push('.');
    s
}

/// A one-line title of a few words.
pub fn title(rng: &mut Rng) -> String {
    let french = rng.chance(50);
    let n = rng.range(2, 5);
    capitalised(&words(rng, if french { FR } else { EN }, n, false))
}

/// Layout of the Markdown source: the width lines are broken at, and whether each
/// break is a hard one (a trailing `\\`), so that every source line shows as one row.
#[derive(Clone, Copy)]
struct Layout {
    width: usize,
    hard: bool,
}

/// Breaks `text` into lines of at most `width` bytes (between words), each with
/// `first` then `rest` in front.
fn fill(text: &str, lay: Layout, first: &str, rest: &str, out: &mut Vec<String>) {
    let mut line = String::from(first);
    let mut empty = true;
    for w in text.split(' ') {
        if !empty && line.len() + 1 + w.len() > lay.width {
            if lay.hard {
                line.push('\\');
            }
            out.push(std::mem::replace(&mut line, String::from(rest)));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(w);
        empty = false;
    }
    out.push(line);
}

fn paragraph(rng: &mut Rng, french: bool, lay: Layout, out: &mut Vec<String>) {
    let n = rng.range(2, 5);
    let text: Vec<String> = (0..n).map(|_| sentence(rng, french, true)).collect();
    fill(&text.join(" "), lay, "", "", out);
}

/// One section of a lesson: a heading, paragraphs, and a list, a code block or a
/// quote. `n` numbers the sections.
fn section(rng: &mut Rng, n: usize, lay: Layout, out: &mut Vec<String>) {
    let level = if n % 4 == 3 { "###" } else { "##" };
    out.push(format!("{level} {n}. {}", title(rng)));
    out.push(String::new());
    paragraph(rng, false, lay, out);
    out.push(String::new());
    match rng.range(0, 3) {
        0 => {
            for i in 0..rng.range(3, 6) {
                let item = sentence(rng, i % 2 == 1, true);
                fill(&item, lay, "- ", "  ", out);
                if rng.chance(20) {
                    let sub = sentence(rng, true, false);
                    fill(&sub, lay, "  - ", "    ", out);
                }
            }
        }
        1 => {
            for i in 1..=rng.range(3, 5) {
                let item = sentence(rng, i % 2 == 0, true);
                fill(&item, lay, &format!("{i}. "), "   ", out);
            }
        }
        2 => {
            out.push("```rust".into());
            let start = rng.range(0, 2);
            out.extend(CODE[start..].iter().map(|l| (*l).to_string()));
            out.push("```".into());
        }
        _ => {
            let text = sentence(rng, true, false) + " " + &sentence(rng, true, true);
            fill(&text, lay, "> ", "> ", out);
        }
    }
    out.push(String::new());
    paragraph(rng, true, lay, out);
    out.push(String::new());
}

/// A lesson body of about `bytes` bytes (at least one section), ending in a newline.
pub fn lesson_markdown(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut lines = Vec::new();
    let mut size = 0;
    let mut n = 1;
    while n == 1 || size < bytes {
        let before = lines.len();
        let lay = Layout {
            width: 72,
            hard: false,
        };
        section(&mut rng, n, lay, &mut lines);
        size += lines[before..].iter().map(|l| l.len() + 1).sum::<usize>();
        n += 1;
    }
    finish(lines)
}

/// A lesson body of exactly `count` lines (at least 1), ending in a newline. Lines are
/// shorter than in [`lesson_markdown`] so that 70,000 of them stay well under the
/// 4 MiB file limit, and end in hard breaks, so that at 60 columns or more each line
/// shows as one row (70,000 lines are more rows than a `u16` can count).
pub fn lesson_lines(seed: u64, count: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut lines = Vec::new();
    let mut n = 1;
    while lines.len() < count.max(1) {
        let lay = Layout {
            width: 56,
            hard: true,
        };
        section(&mut rng, n, lay, &mut lines);
        n += 1;
    }
    lines.truncate(count.max(1));
    // Close a code block cut in the middle, and never end on a blank line.
    let fences = lines.iter().filter(|l| l.starts_with("```")).count();
    let last = lines.last_mut().expect("at least one line");
    if fences % 2 == 1 || last.is_empty() {
        *last = if fences % 2 == 1 {
            "```".into()
        } else {
            "Fin.".into()
        };
    }
    finish(lines)
}

fn finish(mut lines: Vec<String>) -> String {
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// `s` as a double-quoted YAML string.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Writes `text` as a `|` block scalar after `key:` at `indent` spaces.
fn block(out: &mut String, indent: usize, key: &str, text: &str) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{key}: |");
    for line in text.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{pad}  {line}");
        }
    }
}

fn interview(rng: &mut Rng, m: usize, out: &mut String) {
    let _ = writeln!(out, "  - kind: interview");
    let _ = writeln!(out, "    id: interview");
    let _ = writeln!(out, "    title: {}", quoted(&format!("Entretien {m}")));
    out.push_str("    source:\n");
    out.push_str("      publication: \"La Gazette générée\"\n");
    out.push_str("      date: \"2016-03-27\"\n");
    let _ = writeln!(out, "      title: {}", quoted(&title(rng)));
    let _ = writeln!(out, "      url: \"https://example.org/entretien/{m}\"");
    out.push_str("    note: \"Generated text, for benchmarks only.\"\n");
    out.push_str("    participants:\n");
    out.push_str(
        "      - id: host\n        name: \"Camille Dupré\"\n        role: \"intervieweuse\"\n",
    );
    out.push_str(
        "      - id: guest\n        name: \"Jean-Édouard Martin\"\n        role: \"professor\"\n",
    );
    out.push_str("    turns:\n");
    for t in 0..8 {
        let speaker = if t % 2 == 0 { "host" } else { "guest" };
        let _ = writeln!(out, "      - speaker: {speaker}");
        let mut lines = Vec::new();
        for p in 0..if t % 2 == 0 { 1 } else { 2 } {
            if p > 0 {
                lines.push(String::new());
            }
            let n = rng.range(2, 4);
            let text: Vec<String> = (0..n).map(|_| sentence(rng, t % 4 < 2, false)).collect();
            let lay = Layout {
                width: 72,
                hard: false,
            };
            fill(&text.join(" "), lay, "", "", &mut lines);
        }
        block(out, 8, "text", &lines.join("\n"));
    }
}

fn quiz(rng: &mut Rng, m: usize, out: &mut String) {
    let _ = writeln!(out, "  - kind: quiz");
    let _ = writeln!(out, "    id: quiz");
    let _ = writeln!(out, "    title: {}", quoted(&format!("Quiz du module {m}")));
    out.push_str("    pass_mark: 60\n");
    out.push_str("    questions:\n");
    let prompt = |rng: &mut Rng| {
        let french = rng.chance(50);
        quoted(&sentence(rng, french, false))
    };
    let choices = |rng: &mut Rng, n: usize, out: &mut String| {
        for i in 1..=n {
            let _ = writeln!(
                out,
                "          - {}",
                quoted(&format!("{i}) {}", title(rng)))
            );
        }
    };
    let explanation = |rng: &mut Rng, out: &mut String| {
        let _ = writeln!(
            out,
            "        explanation: {}",
            quoted(&sentence(rng, true, false))
        );
    };

    let _ = writeln!(out, "      - kind: single_choice\n        id: q1");
    let _ = writeln!(out, "        prompt: {}", prompt(rng));
    out.push_str("        choices:\n");
    choices(rng, 4, out);
    let _ = writeln!(out, "        answer: {}", rng.range(1, 4));
    explanation(rng, out);

    let _ = writeln!(out, "      - kind: multiple_choice\n        id: q2");
    let _ = writeln!(out, "        prompt: {}", prompt(rng));
    out.push_str("        choices:\n");
    choices(rng, 5, out);
    out.push_str("        answers: [1, 3]\n");
    explanation(rng, out);

    let _ = writeln!(out, "      - kind: true_false\n        id: q3");
    let _ = writeln!(out, "        prompt: {}", prompt(rng));
    let _ = writeln!(out, "        answer: {}", rng.chance(50));
    explanation(rng, out);

    let _ = writeln!(out, "      - kind: short_answer\n        id: q4");
    let _ = writeln!(out, "        prompt: {}", prompt(rng));
    out.push_str("        answers: [\"réseau\", \"reseau\", \"le réseau\"]\n");
    explanation(rng, out);

    let _ = writeln!(out, "      - kind: ordering\n        id: q5");
    let _ = writeln!(out, "        prompt: {}", prompt(rng));
    out.push_str("        items:\n");
    for i in 1..=4 {
        let _ = writeln!(
            out,
            "          - {}",
            quoted(&format!("Étape {i} : {}", title(rng)))
        );
    }
    explanation(rng, out);
}

/// Zero-padded number, at least three digits.
fn num(i: usize, of: usize) -> String {
    let w = of.to_string().len().max(3);
    format!("{i:0w$}")
}

/// Writes the course described by `spec` to `spec.out`.
///
/// # Errors
/// Any I/O error.
pub fn generate(spec: &Spec) -> std::io::Result<Written> {
    let root = &spec.out;
    let mut written = Written::default();
    let mut write = |path: &Path, text: &str| -> std::io::Result<()> {
        let full = root.join(path);
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&full, text)?;
        written.files += 1;
        written.bytes += text.len();
        Ok(())
    };

    let mut manifest = String::new();
    let _ = writeln!(
        manifest,
        "id: org.example.generated-{}x{}",
        spec.modules, spec.lessons
    );
    let _ = writeln!(
        manifest,
        "title: {}",
        quoted(&format!(
            "Cours généré — {} modules × {} leçons",
            spec.modules, spec.lessons
        ))
    );
    manifest.push_str("subtitle: \"A synthetic course for benchmarks\"\nlanguage: fr\n");
    manifest.push_str("authors:\n  - \"amphi gen_course\"\nversion: \"1.0.0\"\n");
    block(
        &mut manifest,
        0,
        "description",
        "Texte généré, en français et en anglais, pour mesurer amphi.\nGenerated text.",
    );
    manifest.push_str("modules:\n");
    for m in 1..=spec.modules {
        let _ = writeln!(manifest, "  - modules/m{}.yaml", num(m, spec.modules));
    }
    write(Path::new("course.yaml"), &manifest)?;

    for m in 1..=spec.modules {
        let mid = format!("m{}", num(m, spec.modules));
        let mut rng = Rng::new(sub_seed(spec.seed, m, 0));
        let mut out = String::new();
        let _ = writeln!(out, "id: {mid}");
        let _ = writeln!(
            out,
            "title: {}",
            quoted(&format!("{m}. {}", title(&mut rng)))
        );
        let _ = writeln!(
            out,
            "summary: {}",
            quoted(&sentence(&mut rng, false, false))
        );
        out.push_str("items:\n");
        for l in 1..=spec.lessons {
            let lid = format!("l{}", num(l, spec.lessons));
            let seed = sub_seed(spec.seed, m, l);
            let long = m == 1 && l == 1 && (spec.lesson_kb.is_some() || spec.lines.is_some());
            out.push_str("  - kind: lesson\n");
            let _ = writeln!(out, "    id: {lid}");
            if long {
                let (body, what) = match (spec.lines, spec.lesson_kb) {
                    (Some(n), _) => (lesson_lines(seed, n), format!("{n} lines")),
                    (None, Some(kb)) => (lesson_markdown(seed, kb * 1024), format!("{kb} KB")),
                    (None, None) => unreachable!("checked above"),
                };
                let _ = writeln!(
                    out,
                    "    title: {}",
                    quoted(&format!("Long lesson ({what})"))
                );
                out.push_str("    body_file: lessons/long.md\n");
                write(Path::new("lessons/long.md"), &body)?;
            } else {
                let mut trng = Rng::new(seed ^ 1);
                let _ = writeln!(out, "    title: {}", quoted(&title(&mut trng)));
                let body = lesson_markdown(seed, spec.body_bytes);
                if spec.body_files {
                    let path = format!("lessons/{mid}/{lid}.md");
                    let _ = writeln!(out, "    body_file: {path}");
                    write(Path::new(&path), &body)?;
                } else {
                    block(&mut out, 4, "body", &body);
                }
            }
        }
        interview(&mut rng, m, &mut out);
        quiz(&mut rng, m, &mut out);
        write(Path::new(&format!("modules/{mid}.yaml")), &out)?;
        written.items += spec.lessons + 2;
    }
    Ok(written)
}

#[allow(dead_code)] // Unused where the benches include this file as a module.
fn main() {
    let spec = Spec::parse();
    if spec.modules == 0 || spec.lessons == 0 {
        eprintln!("gen_course: --modules and --lessons must be at least 1");
        std::process::exit(2);
    }
    match generate(&spec) {
        Ok(w) => println!(
            "{}: {} modules, {} items, {} files, {} bytes",
            spec.out.display(),
            spec.modules,
            w.items,
            w.files,
            w.bytes
        ),
        Err(e) => {
            eprintln!("gen_course: {}: {e}", spec.out.display());
            std::process::exit(1);
        }
    }
}
