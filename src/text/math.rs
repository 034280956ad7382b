//! TeX math in course text, as text a terminal can draw.
//!
//! A formula is parsed by `pulldown-latex` (a pull parser that follows TeX's
//! grammar and names what it does not know), read into a small tree, and drawn
//! in one of two ways:
//!
//! - [`inline`]: one line of Unicode text, for `$…$` and `\(…\)` in running text.
//!   Greek letters and operators come from the parser (`\alpha` is `α`, `\le`
//!   is `≤`); scripts become Unicode sub- and superscripts where every character
//!   has one (`x^2` is `x²`, `a_{i+1}` is `aᵢ₊₁`), else `x^q` or `x_(max)`;
//!   `\frac{a}{b}` is `a⁄b` (or `(a + 1)/b` when a part is more than one symbol);
//!   `\sqrt{x}` is `√x`.
//! - [`display`]: lines of text for `$$…$$` and `\[…\]`, laid out in two
//!   dimensions: fractions over a rule, roots under a bar, sums and limits with
//!   their bounds above and below, tall brackets. The caller centres the lines.
//!
//! What cannot be drawn honestly (an unknown command, an environment such as
//! `align` or a matrix, a font or a root index with no Unicode form, a formula
//! that does not parse) is an [`Unsupported`]: the caller shows the TeX source
//! instead, never a mangled guess.
//!
//! [`find`] locates the formulas in a text (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`,
//! outside code), and [`to_unicode`] replaces each by its inline form, for the
//! texts drawn on one line and for search.
//!
//! Layer 0: no terminal types. Output never holds a control character (text
//! inside `\text{…}` is passed through [`super::sanitize_inline`]).

use std::borrow::Cow;
use std::ops::Range;

use pulldown_latex::event::{
    Content, DelimiterType, Event, Font, Grouping, ScriptPosition, ScriptType, StateChange, Visual,
};
use pulldown_latex::{Parser, ParserError, Storage};
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthStr;

/// Longest formula source, in bytes, that is drawn; a longer one is shown as
/// its source.
pub const MAX_SOURCE: usize = 4000;

/// Deepest nesting of groups, fractions and scripts that is drawn.
const MAX_DEPTH: usize = 40;

/// Why a formula is shown as its TeX source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// One line saying what could not be drawn, such as `unknown command`.
    pub reason: String,
}

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for Unsupported {}

fn unsupported(reason: &str) -> Unsupported {
    Unsupported {
        reason: reason.to_string(),
    }
}

impl From<ParserError> for Unsupported {
    fn from(e: ParserError) -> Self {
        // The parser's message is `parsing error: <what>` followed by a drawing of
        // the context; the first line is what an author needs.
        let text = e.to_string();
        let first = text.lines().next().unwrap_or("the formula does not parse");
        let what = first.strip_prefix("parsing error: ").unwrap_or(first);
        Unsupported {
            reason: super::sanitize_line(what),
        }
    }
}

/// A formula laid out in two dimensions by [`display`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The lines, top to bottom, without trailing spaces. Each is at most
    /// `width` display columns wide; the caller centres them all by the same
    /// amount.
    pub lines: Vec<String>,
    /// Width of the widest line, in display columns.
    pub width: usize,
}

/// How a node spaces itself from its neighbours (TeX's atom classes, reduced).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Ord,
    Op,
    Bin,
    Rel,
    Open,
    Close,
    Punct,
    Func,
    Space,
}

/// A formula read from the parser's events.
#[derive(Debug, Clone)]
enum Node {
    Atom(String, Class),
    Row(Vec<Node>),
    Frac(Box<Node>, Box<Node>),
    Root(Box<Node>, Option<Box<Node>>),
    /// Scripts beside the base; `limits`: drawn above and below it in display
    /// (`\sum`, `\lim`).
    Scripts {
        base: Box<Node>,
        sub: Option<Box<Node>>,
        sup: Option<Box<Node>>,
        limits: bool,
    },
    /// Something set above or below the base (`\overset`, `\underbrace`).
    Stack {
        base: Box<Node>,
        over: Option<Box<Node>>,
        under: Option<Box<Node>>,
    },
    /// An accent drawn as a combining mark (`\hat{x}` is `x̂`); `each`: on every
    /// character of the base (`\overline{AB}`).
    Accent(Box<Node>, char, bool),
    Delimited(Option<char>, Box<Node>, Option<char>),
}

impl Node {
    fn class(&self) -> Class {
        match self {
            Node::Atom(_, c) => *c,
            Node::Scripts { base, .. } | Node::Stack { base, .. } | Node::Accent(base, _, _) => {
                base.class()
            }
            Node::Row(_) | Node::Frac(..) | Node::Root(..) | Node::Delimited(..) => Class::Ord,
        }
    }
}

type Events<'s, 'a> = &'a mut Parser<'s>;

fn next_event<'s>(events: Events<'s, '_>) -> Result<Event<'s>, Unsupported> {
    match events.next() {
        None => Err(unsupported("the formula ends too early")),
        Some(Err(e)) => Err(e.into()),
        Some(Ok(e)) => Ok(e),
    }
}

/// The next element (a symbol, a group, a fraction…), state changes before it
/// skipped.
fn next_element(events: Events, font: Option<Font>, depth: usize) -> Result<Node, Unsupported> {
    loop {
        match next_event(events)? {
            Event::StateChange(_) => {}
            ev => return element(ev, events, font, depth),
        }
    }
}

/// The elements of a group up to its `End`.
fn group(events: Events, mut font: Option<Font>, depth: usize) -> Result<Vec<Node>, Unsupported> {
    let mut items = Vec::new();
    loop {
        match next_event(events)? {
            Event::End => return Ok(items),
            Event::StateChange(StateChange::Font(f)) => font = f,
            Event::StateChange(_) => {}
            ev => items.push(element(ev, events, font, depth)?),
        }
    }
}

/// Space of at least a third of an em shows as one column; thinner or negative
/// space as none.
fn space(width: Option<pulldown_latex::event::Dimension>) -> Node {
    use pulldown_latex::event::DimensionUnit;
    let ems = width.map_or(0.0, |d| match d.unit {
        DimensionUnit::Em => d.value,
        DimensionUnit::Mu => d.value / 18.0,
        DimensionUnit::Ex => d.value / 2.0,
        _ => d.value / 10.0,
    });
    if ems >= 0.25 {
        Node::Atom(" ".to_string(), Class::Space)
    } else {
        Node::Row(Vec::new())
    }
}

fn element(
    ev: Event,
    events: Events,
    font: Option<Font>,
    depth: usize,
) -> Result<Node, Unsupported> {
    if depth > MAX_DEPTH {
        return Err(unsupported("the formula is nested too deeply"));
    }
    let d = depth + 1;
    Ok(match ev {
        Event::Content(c) => atom(c, font)?,
        Event::Begin(Grouping::Normal) => Node::Row(group(events, font, d)?),
        Event::Begin(Grouping::LeftRight(l, r)) => {
            Node::Delimited(l, Box::new(Node::Row(group(events, font, d)?)), r)
        }
        Event::Begin(_) | Event::EnvironmentFlow(_) => {
            return Err(unsupported(
                "environments (align, matrices, cases…) are not drawn",
            ));
        }
        Event::End => return Err(unsupported("a group closes that was not opened")),
        Event::Visual(Visual::Fraction(None)) => {
            let num = next_element(events, font, d)?;
            let den = next_element(events, font, d)?;
            Node::Frac(Box::new(num), Box::new(den))
        }
        Event::Visual(Visual::Fraction(Some(_))) => {
            return Err(unsupported(
                "fractions without a rule (binom, atop) are not drawn",
            ));
        }
        Event::Visual(Visual::SquareRoot) => {
            Node::Root(Box::new(next_element(events, font, d)?), None)
        }
        Event::Visual(Visual::Root) => {
            let radicand = next_element(events, font, d)?;
            let index = next_element(events, font, d)?;
            Node::Root(Box::new(radicand), Some(Box::new(index)))
        }
        Event::Visual(Visual::Negation) => negate(next_element(events, font, d)?)?,
        Event::Script { ty, position } => {
            let base = next_element(events, font, d)?;
            let (sub, sup) = match ty {
                ScriptType::Subscript => (Some(next_element(events, font, d)?), None),
                ScriptType::Superscript => (None, Some(next_element(events, font, d)?)),
                ScriptType::SubSuperscript => {
                    let sub = next_element(events, font, d)?;
                    (Some(sub), Some(next_element(events, font, d)?))
                }
            };
            match position {
                ScriptPosition::Right | ScriptPosition::Movable => Node::Scripts {
                    base: Box::new(base),
                    sub: sub.map(Box::new),
                    sup: sup.map(Box::new),
                    limits: position == ScriptPosition::Movable,
                },
                ScriptPosition::AboveBelow => above_below(base, sub, sup),
            }
        }
        Event::Space { width, .. } => space(width),
        Event::StateChange(_) => Node::Row(Vec::new()),
    })
}

/// The combining mark an accent character stands for, and whether it goes on
/// every character of its base.
fn accent_mark(c: char, below: bool) -> Option<(char, bool)> {
    Some(match (c, below) {
        ('^' | 'ˆ', false) => ('\u{302}', false),
        ('~' | '˜', false) => ('\u{303}', false),
        ('‾' | '¯', false) => ('\u{305}', true),
        ('→', false) => ('\u{20d7}', false),
        ('˙', false) => ('\u{307}', false),
        ('¨', false) => ('\u{308}', false),
        ('ˇ', false) => ('\u{30c}', false),
        ('˘', false) => ('\u{306}', false),
        ('´', false) => ('\u{301}', false),
        ('`', false) => ('\u{300}', false),
        ('_' | '‾', true) => ('\u{332}', true),
        _ => return None,
    })
}

fn above_below(base: Node, sub: Option<Node>, sup: Option<Node>) -> Node {
    let mark = match (&sub, &sup) {
        (None, Some(Node::Atom(s, _))) => single(s).and_then(|c| accent_mark(c, false)),
        (Some(Node::Atom(s, _)), None) => single(s).and_then(|c| accent_mark(c, true)),
        _ => None,
    };
    match mark {
        Some((mark, each)) => Node::Accent(Box::new(base), mark, each),
        None => Node::Stack {
            base: Box::new(base),
            over: sup.map(Box::new),
            under: sub.map(Box::new),
        },
    }
}

fn single(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// `\not` before a relation: its precomposed negation (`\not=` is `≠`).
fn negate(node: Node) -> Result<Node, Unsupported> {
    if let Node::Atom(s, class) = &node
        && let Some(c) = single(s)
    {
        let negated: String = [c, '\u{338}'].iter().copied().nfc().collect();
        if negated.chars().count() == 1 {
            return Ok(Node::Atom(negated, *class));
        }
    }
    Err(unsupported("this negation has no Unicode character"))
}

fn atom(c: Content, font: Option<Font>) -> Result<Node, Unsupported> {
    Ok(match c {
        Content::Text(t) => Node::Atom(super::sanitize_inline(t).into_owned(), Class::Ord),
        Content::Number(n) => Node::Atom(styled(n, font)?, Class::Ord),
        Content::Function(f) => Node::Atom(super::sanitize_inline(f).into_owned(), Class::Func),
        Content::Ordinary { content, .. } => {
            Node::Atom(styled(content.encode_utf8(&mut [0; 4]), font)?, Class::Ord)
        }
        Content::LargeOp { content, .. } => Node::Atom(content.to_string(), Class::Op),
        Content::BinaryOp { content, .. } => Node::Atom(content.to_string(), Class::Bin),
        Content::Relation { content, .. } => {
            let mut buf = [0u8; 8];
            let bytes = content.encode_utf8_to_buf(&mut buf);
            Node::Atom(String::from_utf8_lossy(bytes).into_owned(), Class::Rel)
        }
        Content::Delimiter { content, ty, .. } => Node::Atom(
            content.to_string(),
            match ty {
                DelimiterType::Open => Class::Open,
                DelimiterType::Close => Class::Close,
                DelimiterType::Fence => Class::Rel,
            },
        ),
        Content::Punctuation(p) => Node::Atom(p.to_string(), Class::Punct),
    })
}

/// An alphabet of Unicode's mathematical alphanumeric symbols: the code points
/// of its capital A, small a and digit 0 (when it has them), and the letters
/// Unicode placed elsewhere (in Letterlike Symbols).
type Alphabet = (u32, Option<u32>, Option<u32>, &'static [(char, char)]);

/// `text` in `font`: the letters and digits of Unicode's mathematical
/// alphanumeric symbols (`\mathbb{R}` is `ℝ`, `\mathbf{v}` is `𝐯`).
fn styled(text: &str, font: Option<Font>) -> Result<String, Unsupported> {
    // (capital A, small a, digit 0) of each alphabet, and the letters that
    // Unicode placed in Letterlike Symbols instead.
    let (upper, lower, digit, holes): Alphabet = match font {
        None | Some(Font::Italic) | Some(Font::UpRight) => {
            return Ok(super::sanitize_inline(text).into_owned());
        }
        Some(Font::Bold) => (0x1D400, Some(0x1D41A), Some(0x1D7CE), &[]),
        Some(Font::DoubleStruck) => (
            0x1D538,
            Some(0x1D552),
            Some(0x1D7D8),
            &[
                ('C', 'ℂ'),
                ('H', 'ℍ'),
                ('N', 'ℕ'),
                ('P', 'ℙ'),
                ('Q', 'ℚ'),
                ('R', 'ℝ'),
                ('Z', 'ℤ'),
            ],
        ),
        Some(Font::Script) => (
            0x1D49C,
            Some(0x1D4B6),
            None,
            &[
                ('B', 'ℬ'),
                ('E', 'ℰ'),
                ('F', 'ℱ'),
                ('H', 'ℋ'),
                ('I', 'ℐ'),
                ('L', 'ℒ'),
                ('M', 'ℳ'),
                ('R', 'ℛ'),
                ('e', 'ℯ'),
                ('g', 'ℊ'),
                ('o', 'ℴ'),
            ],
        ),
        Some(Font::Fraktur) => (
            0x1D504,
            Some(0x1D51E),
            None,
            &[('C', 'ℭ'), ('H', 'ℌ'), ('I', 'ℑ'), ('R', 'ℜ'), ('Z', 'ℨ')],
        ),
        Some(Font::SansSerif) => (0x1D5A0, Some(0x1D5BA), Some(0x1D7E2), &[]),
        Some(Font::Monospace) => (0x1D670, Some(0x1D68A), Some(0x1D7F6), &[]),
        Some(_) => return Err(unsupported("this font has no Unicode letters")),
    };
    text.chars()
        .map(|c| {
            if let Some((_, h)) = holes.iter().find(|(from, _)| *from == c) {
                return Ok(*h);
            }
            let code = match c {
                'A'..='Z' => Some(upper + (c as u32 - 'A' as u32)),
                'a'..='z' => lower.map(|l| l + (c as u32 - 'a' as u32)),
                '0'..='9' => digit.map(|d| d + (c as u32 - '0' as u32)),
                _ => return Ok(c),
            };
            code.and_then(char::from_u32)
                .ok_or_else(|| unsupported("this font has no Unicode letters"))
        })
        .collect::<Result<String, _>>()
        // What is not a letter or a digit is kept, made safe like any text.
        .map(|s| super::sanitize_inline(&s).into_owned())
}

/// Parses `tex` into a tree.
fn parse(tex: &str) -> Result<Node, Unsupported> {
    if tex.len() > MAX_SOURCE {
        return Err(unsupported("the formula is too long to draw"));
    }
    let storage = Storage::new();
    let mut events = Parser::new(tex, &storage);
    let mut items = Vec::new();
    let mut font = None;
    while let Some(ev) = events.next() {
        match ev? {
            Event::StateChange(StateChange::Font(f)) => font = f,
            Event::StateChange(_) => {}
            ev => items.push(element(ev, &mut events, font, 0)?),
        }
    }
    Ok(Node::Row(items))
}

// Inline: one line.

/// `tex` (the inside of `$…$`, without the dollars) as one line of Unicode
/// text, or why it cannot be drawn (show the source then).
///
/// ```
/// assert_eq!(amphi::text::math::inline(r"\alpha^2 + \beta_i").unwrap(), "α² + βᵢ");
/// assert_eq!(amphi::text::math::inline(r"\frac{1}{2}").unwrap(), "1⁄2");
/// assert!(amphi::text::math::inline(r"\unknown").is_err());
/// ```
pub fn inline(tex: &str) -> Result<String, Unsupported> {
    let node = parse(tex)?;
    let text = flat(&node)?;
    Ok(squeeze(text.trim()))
}

/// Runs of spaces as one.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// Whether a space goes between two neighbours of these classes (`prev` has
/// already been read as unary or binary).
fn spaced(prev: Class, cur: Class) -> bool {
    use Class::*;
    match (prev, cur) {
        (Space, _) | (_, Space) => false,
        (Rel, _) | (_, Rel) | (Bin, _) | (_, Bin) => true,
        (Punct, _) => true,
        (Func | Op, Ord | Func | Op | Open) => true,
        _ => false,
    }
}

/// The classes of a row's items as they are spaced: a `-` or `+` with nothing
/// before it to operate on is unary (an ordinary symbol).
fn row_classes(items: &[Node]) -> Vec<Class> {
    let mut out: Vec<Class> = Vec::with_capacity(items.len());
    let mut prev: Option<Class> = None;
    for item in items {
        let mut c = item.class();
        if c == Class::Bin
            && matches!(
                prev,
                None | Some(Class::Bin | Class::Rel | Class::Open | Class::Punct | Class::Op)
            )
        {
            c = Class::Ord;
        }
        if c != Class::Space {
            prev = Some(c);
        }
        out.push(c);
    }
    out
}

/// Whether `s` reads as one symbol, so that it needs no brackets around it as a
/// numerator, a radicand or a base: a number (`12`, `0.5`), or one letter with
/// its primes and scripts (`x`, `α`, `xᵢ²`, `f′`). `2a` is not: `b/2a` would
/// read as `(b/2)a`.
fn simple(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    if first.is_ascii_digit() {
        return rest.chars().all(|c| c.is_ascii_digit() || c == '.');
    }
    first.is_alphabetic()
        && !is_script_char(first)
        && rest
            .chars()
            .all(|c| c == '′' || c == '″' || is_script_char(c))
}

fn is_script_char(c: char) -> bool {
    SUPERSCRIPTS.iter().any(|(_, s)| *s == c) || SUBSCRIPTS.iter().any(|(_, s)| *s == c)
}

fn bracketed(s: &str) -> String {
    if simple(s) {
        s.to_string()
    } else {
        format!("({s})")
    }
}

fn flat(node: &Node) -> Result<String, Unsupported> {
    Ok(match node {
        Node::Atom(s, _) => s.clone(),
        Node::Row(items) => {
            let classes = row_classes(items);
            let mut out = String::new();
            let mut prev: Option<Class> = None;
            for (item, class) in items.iter().zip(classes) {
                let s = flat(item)?;
                if s.is_empty() {
                    continue;
                }
                if prev.is_some_and(|p| spaced(p, class)) {
                    out.push(' ');
                }
                out.push_str(&s);
                prev = Some(class);
            }
            out
        }
        Node::Frac(n, d) => {
            let (n, d) = (flat(n)?, flat(d)?);
            if simple(&n) && simple(&d) {
                format!("{n}\u{2044}{d}")
            } else {
                format!("{}/{}", bracketed(&n), bracketed(&d))
            }
        }
        Node::Root(r, index) => {
            let r = bracketed(&flat(r)?);
            match index {
                None => format!("√{r}"),
                Some(i) => format!("{}{r}", root_sign(&flat(i)?)?),
            }
        }
        Node::Scripts { base, sub, sup, .. } => {
            let mut out = flat(base)?;
            if matches!(**base, Node::Row(_) | Node::Frac(..)) && !simple(&out) {
                out = format!("({out})");
            }
            if let Some(sub) = sub {
                out.push_str(&script(&flat(sub)?, false));
            }
            if let Some(sup) = sup {
                out.push_str(&script(&flat(sup)?, true));
            }
            out
        }
        Node::Stack { .. } => {
            return Err(unsupported(
                "text over or under a symbol is drawn in display math only",
            ));
        }
        Node::Accent(base, mark, each) => accented(&flat(base)?, *mark, *each)?,
        Node::Delimited(l, body, r) => {
            let mut out = String::new();
            out.extend(*l);
            out.push_str(&flat(body)?);
            out.extend(*r);
            out
        }
    })
}

/// A root sign with index `index`: `∛`, `∜`, or the index as a superscript.
fn root_sign(index: &str) -> Result<String, Unsupported> {
    match index {
        "3" => Ok("∛".to_string()),
        "4" => Ok("∜".to_string()),
        _ => to_script(index, true)
            .map(|i| format!("{i}√"))
            .ok_or_else(|| unsupported("this root's index has no superscript form")),
    }
}

fn accented(base: &str, mark: char, each: bool) -> Result<String, Unsupported> {
    if each {
        let mut out = String::new();
        for c in base.chars() {
            out.push(c);
            if !c.is_whitespace() {
                out.push(mark);
            }
        }
        Ok(out)
    } else if single(base).is_some() {
        Ok(format!("{base}{mark}"))
    } else {
        Err(unsupported(
            "an accent over more than one symbol is not drawn",
        ))
    }
}

/// A script after its base: Unicode sub- or superscript characters when each
/// character has one, else `^x`, `_x`, `^(…)`, `_(…)`.
fn script(s: &str, sup: bool) -> String {
    if s.chars().all(|c| c == '′' || c == '″') && sup {
        return s.to_string();
    }
    if let Some(mapped) = to_script(s, sup) {
        return mapped;
    }
    let mark = if sup { '^' } else { '_' };
    if single(s).is_some() || simple(s) && s.chars().count() <= 1 {
        format!("{mark}{s}")
    } else {
        format!("{mark}({s})")
    }
}

const SUPERSCRIPTS: &[(char, char)] = &[
    ('0', '⁰'),
    ('1', '¹'),
    ('2', '²'),
    ('3', '³'),
    ('4', '⁴'),
    ('5', '⁵'),
    ('6', '⁶'),
    ('7', '⁷'),
    ('8', '⁸'),
    ('9', '⁹'),
    ('+', '⁺'),
    ('−', '⁻'),
    ('-', '⁻'),
    ('=', '⁼'),
    ('(', '⁽'),
    (')', '⁾'),
    ('a', 'ᵃ'),
    ('b', 'ᵇ'),
    ('c', 'ᶜ'),
    ('d', 'ᵈ'),
    ('e', 'ᵉ'),
    ('f', 'ᶠ'),
    ('g', 'ᵍ'),
    ('h', 'ʰ'),
    ('i', 'ⁱ'),
    ('j', 'ʲ'),
    ('k', 'ᵏ'),
    ('l', 'ˡ'),
    ('m', 'ᵐ'),
    ('n', 'ⁿ'),
    ('o', 'ᵒ'),
    ('p', 'ᵖ'),
    ('r', 'ʳ'),
    ('s', 'ˢ'),
    ('t', 'ᵗ'),
    ('u', 'ᵘ'),
    ('v', 'ᵛ'),
    ('w', 'ʷ'),
    ('x', 'ˣ'),
    ('y', 'ʸ'),
    ('z', 'ᶻ'),
    ('A', 'ᴬ'),
    ('B', 'ᴮ'),
    ('D', 'ᴰ'),
    ('E', 'ᴱ'),
    ('G', 'ᴳ'),
    ('H', 'ᴴ'),
    ('I', 'ᴵ'),
    ('J', 'ᴶ'),
    ('K', 'ᴷ'),
    ('L', 'ᴸ'),
    ('M', 'ᴹ'),
    ('N', 'ᴺ'),
    ('O', 'ᴼ'),
    ('P', 'ᴾ'),
    ('R', 'ᴿ'),
    ('T', 'ᵀ'),
    ('U', 'ᵁ'),
    ('V', 'ⱽ'),
    ('W', 'ᵂ'),
    ('α', 'ᵅ'),
    ('β', 'ᵝ'),
    ('γ', 'ᵞ'),
    ('δ', 'ᵟ'),
    ('ε', 'ᵋ'),
    ('θ', 'ᶿ'),
    ('ι', 'ᶥ'),
    ('φ', 'ᵠ'),
    ('χ', 'ᵡ'),
    ('∞', '᪲'),
];

const SUBSCRIPTS: &[(char, char)] = &[
    ('0', '₀'),
    ('1', '₁'),
    ('2', '₂'),
    ('3', '₃'),
    ('4', '₄'),
    ('5', '₅'),
    ('6', '₆'),
    ('7', '₇'),
    ('8', '₈'),
    ('9', '₉'),
    ('+', '₊'),
    ('−', '₋'),
    ('-', '₋'),
    ('=', '₌'),
    ('(', '₍'),
    (')', '₎'),
    ('a', 'ₐ'),
    ('e', 'ₑ'),
    ('h', 'ₕ'),
    ('i', 'ᵢ'),
    ('j', 'ⱼ'),
    ('k', 'ₖ'),
    ('l', 'ₗ'),
    ('m', 'ₘ'),
    ('n', 'ₙ'),
    ('o', 'ₒ'),
    ('p', 'ₚ'),
    ('r', 'ᵣ'),
    ('s', 'ₛ'),
    ('t', 'ₜ'),
    ('u', 'ᵤ'),
    ('v', 'ᵥ'),
    ('x', 'ₓ'),
    ('β', 'ᵦ'),
    ('γ', 'ᵧ'),
    ('ρ', 'ᵨ'),
    ('φ', 'ᵩ'),
    ('χ', 'ᵪ'),
];

fn superscript(c: char) -> Option<char> {
    SUPERSCRIPTS.iter().find(|(b, _)| *b == c).map(|(_, s)| *s)
}

fn subscript(c: char) -> Option<char> {
    SUBSCRIPTS.iter().find(|(b, _)| *b == c).map(|(_, s)| *s)
}

/// `s` in Unicode super- or subscript characters (spaces dropped), if every
/// character has one.
fn to_script(s: &str, sup: bool) -> Option<String> {
    let map = if sup { superscript } else { subscript };
    let out: Option<String> = s.chars().filter(|c| *c != ' ').map(map).collect();
    out.filter(|o| !o.is_empty())
}

// Display: two dimensions.

/// A rectangle of text: `rows` all `width` columns wide, `base` the row that
/// lines up with the text beside it.
#[derive(Debug, Clone)]
struct Boxed {
    rows: Vec<String>,
    width: usize,
    base: usize,
}

impl Boxed {
    fn line(s: String) -> Boxed {
        let width = s.width();
        Boxed {
            rows: vec![s],
            width,
            base: 0,
        }
    }

    fn empty() -> Boxed {
        Boxed {
            rows: Vec::new(),
            width: 0,
            base: 0,
        }
    }

    fn height(&self) -> usize {
        self.rows.len()
    }

    /// `self` then `other`, baselines lined up.
    fn beside(self, other: Boxed) -> Boxed {
        if self.rows.is_empty() {
            return other;
        }
        if other.rows.is_empty() {
            return self;
        }
        let above = self.base.max(other.base);
        let below = (self.height() - self.base).max(other.height() - other.base);
        let mut rows = Vec::with_capacity(above + below);
        for r in 0..above + below {
            let mut row = String::new();
            for b in [&self, &other] {
                let at = (r + b.base).checked_sub(above);
                match at.and_then(|i| b.rows.get(i)) {
                    Some(s) => row.push_str(s),
                    None => row.push_str(&" ".repeat(b.width)),
                }
            }
            rows.push(row);
        }
        Boxed {
            rows,
            width: self.width + other.width,
            base: above,
        }
    }

    /// `self`'s rows centred in `width` columns.
    fn centred(&self, width: usize) -> Vec<String> {
        let left = (width - self.width) / 2;
        let right = width - self.width - left;
        self.rows
            .iter()
            .map(|r| format!("{}{r}{}", " ".repeat(left), " ".repeat(right)))
            .collect()
    }

    /// Boxes stacked, centred; the baseline is `base_of`'s baseline.
    fn stack(parts: &[&Boxed], base_of: usize) -> Boxed {
        let width = parts.iter().map(|p| p.width).max().unwrap_or(0);
        let mut rows = Vec::new();
        let mut base = 0;
        for (i, p) in parts.iter().enumerate() {
            if i == base_of {
                base = rows.len() + p.base;
            }
            rows.extend(p.centred(width));
        }
        Boxed { rows, width, base }
    }
}

/// `tex` (the inside of `$$…$$`, without the dollars) laid out in two
/// dimensions, or why it cannot be drawn (show the source then).
///
/// ```
/// let layout = amphi::text::math::display(r"\frac{a+b}{2}").unwrap();
/// assert_eq!(layout.lines, [" a + b", "───────", "   2"]);
/// assert_eq!(layout.width, 7);
/// ```
pub fn display(tex: &str) -> Result<Layout, Unsupported> {
    let node = parse(tex)?;
    let b = boxed(&node)?;
    Ok(Layout {
        lines: b.rows.iter().map(|r| r.trim_end().to_string()).collect(),
        width: b.width,
    })
}

fn boxed(node: &Node) -> Result<Boxed, Unsupported> {
    Ok(match node {
        Node::Atom(s, _) => Boxed::line(s.clone()),
        Node::Row(items) => {
            let classes = row_classes(items);
            let mut out = Boxed::empty();
            let mut prev: Option<Class> = None;
            for (item, class) in items.iter().zip(classes) {
                let b = boxed(item)?;
                if b.width == 0 {
                    continue;
                }
                if prev.is_some_and(|p| spaced(p, class)) {
                    out = out.beside(Boxed::line(" ".to_string()));
                }
                out = out.beside(b);
                prev = Some(class);
            }
            out
        }
        Node::Frac(n, d) => {
            let (n, d) = (boxed(n)?, boxed(d)?);
            let rule = Boxed::line("─".repeat(n.width.max(d.width) + 2));
            let mut b = Boxed::stack(&[&n, &rule, &d], 1);
            b.base = n.height();
            b
        }
        Node::Root(r, index) => {
            let r = boxed(r)?;
            let sign = match index {
                None => "√".to_string(),
                Some(i) => root_sign(&flat(i)?)?,
            };
            let pad = " ".repeat(sign.width().saturating_sub(1));
            let mut rows = vec![format!("{pad} {}", "─".repeat(r.width))];
            for (i, row) in r.rows.iter().enumerate() {
                if i + 1 == r.height() {
                    rows.push(format!("{sign}{row}"));
                } else {
                    rows.push(format!("{pad}│{row}"));
                }
            }
            Boxed {
                rows,
                width: r.width + sign.width(),
                base: r.base + 1,
            }
        }
        Node::Scripts {
            base,
            sub,
            sup,
            limits,
        } => {
            let b = boxed(base)?;
            let sub_b = sub.as_deref().map(boxed).transpose()?;
            let sup_b = sup.as_deref().map(boxed).transpose()?;
            if *limits {
                let empty = Boxed::empty();
                return Ok(Boxed::stack(
                    &[
                        sup_b.as_ref().unwrap_or(&empty),
                        &b,
                        sub_b.as_ref().unwrap_or(&empty),
                    ],
                    1,
                ));
            }
            // Scripts that all have Unicode forms stay on the base's line.
            let one_line = |s: &Option<Boxed>, sup: bool| match s {
                None => Some(String::new()),
                Some(s) if s.height() == 1 => {
                    let text = s.rows[0].trim();
                    if sup && text.chars().all(|c| c == '′' || c == '″') {
                        Some(text.to_string())
                    } else {
                        to_script(text, sup)
                    }
                }
                Some(_) => None,
            };
            if b.height() == 1
                && let (Some(lo), Some(hi)) = (one_line(&sub_b, false), one_line(&sup_b, true))
            {
                return Ok(Boxed::line(format!("{}{lo}{hi}", b.rows[0])));
            }
            let sw = sub_b.as_ref().map_or(0, |s| s.width);
            let pw = sup_b.as_ref().map_or(0, |s| s.width);
            let width = sw.max(pw);
            let mut rows = Vec::new();
            let left = " ".repeat(b.width);
            if let Some(p) = &sup_b {
                for r in &p.rows {
                    rows.push(format!("{left}{r}{}", " ".repeat(width - p.width)));
                }
            }
            let top = rows.len();
            for r in &b.rows {
                rows.push(format!("{r}{}", " ".repeat(width)));
            }
            if let Some(s) = &sub_b {
                for r in &s.rows {
                    rows.push(format!("{left}{r}{}", " ".repeat(width - s.width)));
                }
            }
            Boxed {
                rows,
                width: b.width + width,
                base: top + b.base,
            }
        }
        Node::Stack { base, over, under } => {
            let b = boxed(base)?;
            let o = over.as_deref().map(boxed).transpose()?;
            let u = under.as_deref().map(boxed).transpose()?;
            let empty = Boxed::empty();
            Boxed::stack(
                &[
                    o.as_ref().unwrap_or(&empty),
                    &b,
                    u.as_ref().unwrap_or(&empty),
                ],
                1,
            )
        }
        Node::Accent(..) => Boxed::line(flat(node)?),
        Node::Delimited(l, body, r) => {
            let b = boxed(body)?;
            if b.height() <= 1 {
                return Ok(Boxed::line(flat(node)?));
            }
            let left = l.map(|c| tall(c, b.height(), true)).transpose()?;
            let right = r.map(|c| tall(c, b.height(), false)).transpose()?;
            let mut out = Boxed::empty();
            for part in [left, Some(b.rows.clone()), right].into_iter().flatten() {
                let width = part.first().map_or(0, |s| s.width());
                out = out.beside(Boxed {
                    rows: part,
                    width,
                    base: b.base,
                });
            }
            out
        }
    })
}

/// A delimiter `h` rows tall.
fn tall(c: char, h: usize, _left: bool) -> Result<Vec<String>, Unsupported> {
    let (top, mid, bottom, centre) = match c {
        '(' => ('⎛', '⎜', '⎝', None),
        ')' => ('⎞', '⎟', '⎠', None),
        '[' => ('⎡', '⎢', '⎣', None),
        ']' => ('⎤', '⎥', '⎦', None),
        '{' => ('⎧', '⎪', '⎩', Some('⎨')),
        '}' => ('⎫', '⎪', '⎭', Some('⎬')),
        '|' | '∣' => ('│', '│', '│', None),
        '‖' | '∥' => ('‖', '‖', '‖', None),
        '⌈' => ('⎡', '⎢', '⎢', None),
        '⌉' => ('⎤', '⎥', '⎥', None),
        '⌊' => ('⎢', '⎢', '⎣', None),
        '⌋' => ('⎥', '⎥', '⎦', None),
        _ => return Err(unsupported("this delimiter is not drawn tall")),
    };
    Ok((0..h)
        .map(|i| {
            let c = if i == 0 {
                top
            } else if i + 1 == h {
                bottom
            } else if centre.is_some() && i == h / 2 {
                centre.unwrap_or(mid)
            } else {
                mid
            };
            c.to_string()
        })
        .collect())
}

// Finding formulas in text.

/// A formula found in a text by [`find`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the whole formula in the text, delimiters included.
    pub range: Range<usize>,
    /// Byte range of its TeX source, delimiters left out.
    pub tex: Range<usize>,
    /// Whether it is display math (`$$…$$`, `\[…\]`).
    pub display: bool,
}

/// The formulas in `text`, in order: `$$…$$` and `\[…\]` (display), `$…$` and
/// `\(…\)` (inline), outside code spans and fenced code. As in pulldown-cmark's
/// math extension, an inline `$` opens only before a character that is not a
/// space and closes only after one, so `$5 and $10` holds no formula; `\$` is a
/// dollar sign.
pub fn find(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut unclosed = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    let mut fence: Option<&[u8]> = None;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if line_start {
            let indent = rest.iter().take_while(|b| **b == b' ').count();
            let after = &rest[indent..];
            let marker = if after.starts_with(b"```") {
                Some(&b"```"[..])
            } else if after.starts_with(b"~~~") {
                Some(&b"~~~"[..])
            } else {
                None
            };
            match (fence, marker) {
                (None, Some(m)) if indent < 4 => fence = Some(m),
                (Some(f), Some(m)) if f == m && indent < 4 => fence = None,
                _ => {}
            }
        }
        if fence.is_some() || (line_start && rest.starts_with(b"    ")) {
            // In fenced or indented code: skip the line.
            let end = rest
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |p| i + p + 1);
            i = end;
            line_start = true;
            continue;
        }
        line_start = false;
        match bytes[i] {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'`' => {
                // A code span: its closing run of as many backticks, if any.
                let run = rest.iter().take_while(|b| **b == b'`').count();
                i = code_span_end(text, i, run, &mut unclosed).unwrap_or(i + run);
            }
            b'\\' => {
                let next = bytes.get(i + 1).copied();
                let closer: Option<(&str, bool)> = match next {
                    Some(b'(') => Some(("\\)", false)),
                    Some(b'[') => Some(("\\]", true)),
                    _ => None,
                };
                if let Some((closer, display)) = closer
                    && let Some(at) = text[i + 2..paragraph_end(text, i)].find(closer)
                {
                    let end = i + 2 + at + 2;
                    out.push(Found {
                        range: i..end,
                        tex: i + 2..i + 2 + at,
                        display,
                    });
                    i = end;
                } else {
                    // `\$`, `\\`, `\(` with no end: the escaped character is text.
                    i += 1 + next.map_or(0, utf8_len);
                }
            }
            b'$' => {
                if rest.starts_with(b"$$") {
                    if let Some(at) = text[i + 2..paragraph_end(text, i)].find("$$") {
                        let end = i + 2 + at + 2;
                        out.push(Found {
                            range: i..end,
                            tex: i + 2..i + 2 + at,
                            display: true,
                        });
                        i = end;
                    } else {
                        i += 2;
                    }
                    continue;
                }
                let opens = bytes
                    .get(i + 1)
                    .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'$');
                let close = opens
                    .then(|| {
                        let mut j = i + 1;
                        while j < bytes.len() {
                            match bytes[j] {
                                b'\\' => j += 2,
                                b'$' if !bytes[j - 1].is_ascii_whitespace()
                                    && bytes.get(j + 1) != Some(&b'$') =>
                                {
                                    return Some(j);
                                }
                                b'\n' if bytes.get(j + 1) == Some(&b'\n') => return None,
                                _ => j += 1,
                            }
                        }
                        None
                    })
                    .flatten();
                match close {
                    Some(j) => {
                        out.push(Found {
                            range: i..j + 1,
                            tex: i + 1..j,
                            display: false,
                        });
                        i = j + 1;
                    }
                    None => i += 1,
                }
            }
            b => i += utf8_len(b),
        }
    }
    out
}

/// Where the paragraph holding byte `from` of `text` ends: at its first blank
/// line (a formula, like any inline Markdown, does not cross one), or the end.
fn paragraph_end(text: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(nl) = text[at..].find('\n') {
        let next = at + nl + 1;
        let line_end = text[next..].find('\n').map_or(text.len(), |e| next + e);
        if text[next..line_end].trim().is_empty() {
            return next;
        }
        at = next;
    }
    text.len()
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// `text` with each formula [`find`] finds replaced by its [`inline`] form
/// (display math too, on the line), and `\$` by `$`; a formula that cannot be
/// drawn keeps its source, delimiters included. Borrowed when `text` holds no
/// formula (most texts).
pub fn to_unicode(text: &str) -> Cow<'_, str> {
    let found = find(text);
    if found.is_empty() && !text.contains("\\$") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in found {
        out.push_str(&text[at..f.range.start].replace("\\$", "$"));
        match inline(&text[f.tex.clone()]) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str(&text[f.range.clone()]),
        }
        at = f.range.end;
    }
    out.push_str(&text[at..].replace("\\$", "$"));
    Cow::Owned(out)
}

/// `markdown` with `\(…\)` written `$…$` and `\[…\]` written `$$…$$`, so that
/// pulldown-cmark's math extension (which knows only dollars) finds them too;
/// code is left alone. Borrowed when there is nothing to rewrite.
pub fn with_dollars(markdown: &str) -> Cow<'_, str> {
    let found: Vec<Found> = find(markdown)
        .into_iter()
        .filter(|f| markdown[f.range.start..].starts_with('\\'))
        .collect();
    if found.is_empty() {
        return Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len());
    let mut at = 0;
    for f in found {
        out.push_str(&markdown[at..f.range.start]);
        let tex = markdown[f.tex.clone()].trim();
        let fence = if f.display { "$$" } else { "$" };
        if tex.is_empty() {
            out.push_str(&markdown[f.range.clone()]);
        } else {
            out.push_str(fence);
            out.push_str(tex);
            out.push_str(fence);
        }
        at = f.range.end;
    }
    out.push_str(&markdown[at..]);
    Cow::Owned(out)
}

/// Whether `text` holds an opening `$$` or `\[` with no closing one: the byte
/// offset of the first such opener. Code spans and fenced code are skipped as
/// [`find`] skips them.
pub fn unclosed_display(text: &str) -> Option<usize> {
    let found = find(text);
    let mut covered = found.iter().map(|f| f.range.clone()).peekable();
    let mut i = 0;
    let bytes = text.as_bytes();
    // Walk the text outside the formulas found and outside code, looking for an
    // opener `find` left alone.
    let code = code_ranges(text);
    let mut code = code.iter().peekable();
    while i < bytes.len() {
        if let Some(r) = covered.peek()
            && r.start <= i
        {
            i = i.max(r.end);
            covered.next();
            continue;
        }
        // The code ranges come in order: drop those behind, skip the one here.
        while code.peek().is_some_and(|r| r.end <= i) {
            code.next();
        }
        if let Some(r) = code.peek()
            && r.start <= i
        {
            i = r.end;
            continue;
        }
        if bytes[i] == b'\\' {
            if bytes.get(i + 1) == Some(&b'[') {
                return Some(i);
            }
            i += 2;
            continue;
        }
        if bytes[i..].starts_with(b"$$") {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Where the code span opened by the run of `run` backticks at byte `i` of
/// `text` ends (just after its closing run of exactly `run` backticks), or
/// `None` when nothing closes it. `unclosed` remembers, per run length, from
/// which byte on no closing run exists, so that many openers without a closer
/// cost one scan of the text per run length rather than one each.
fn code_span_end(
    text: &str,
    i: usize,
    run: usize,
    unclosed: &mut std::collections::HashMap<usize, usize>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let from = i + run;
    if unclosed.get(&run).is_some_and(|&at| at <= from) {
        return None;
    }
    let ticks = &text[i..from];
    let close = text[from..].match_indices(ticks).find(|(at, _)| {
        bytes.get(from + at + run) != Some(&b'`') && (*at == 0 || bytes[from + at - 1] != b'`')
    });
    match close {
        Some((at, _)) => Some(from + at + run),
        None => {
            unclosed.insert(run, from);
            None
        }
    }
}

/// Byte ranges of code (fenced blocks, indented lines, code spans) in `text`,
/// as [`find`] skips them.
fn code_ranges(text: &str) -> Vec<Range<usize>> {
    // Reuse `find` on a text where every formula delimiter is inert: what is
    // left between the delimiters it skips is what it treats as code. Simpler:
    // scan again with the same rules.
    let bytes = text.as_bytes();
    let mut unclosed = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    let mut fence: Option<(&[u8], usize)> = None;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if line_start {
            let indent = rest.iter().take_while(|b| **b == b' ').count();
            let after = &rest[indent..];
            let marker = if after.starts_with(b"```") {
                Some(&b"```"[..])
            } else if after.starts_with(b"~~~") {
                Some(&b"~~~"[..])
            } else {
                None
            };
            match (fence, marker) {
                (None, Some(m)) if indent < 4 => fence = Some((m, i)),
                (Some((f, start)), Some(m)) if f == m && indent < 4 => {
                    let end = rest
                        .iter()
                        .position(|b| *b == b'\n')
                        .map_or(bytes.len(), |p| i + p + 1);
                    out.push(start..end);
                    fence = None;
                    i = end;
                    continue;
                }
                _ => {}
            }
        }
        if fence.is_some() || (line_start && rest.starts_with(b"    ")) {
            let end = rest
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |p| i + p + 1);
            if fence.is_none() {
                out.push(i..end);
            }
            i = end;
            line_start = true;
            continue;
        }
        line_start = bytes[i] == b'\n';
        if bytes[i] == b'`' {
            let run = rest.iter().take_while(|b| **b == b'`').count();
            match code_span_end(text, i, run, &mut unclosed) {
                Some(end) => {
                    out.push(i..end);
                    i = end;
                }
                None => i += run,
            }
            continue;
        }
        i += 1;
    }
    if let Some((_, start)) = fence {
        out.push(start..bytes.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_table() {
        let cases: &[(&str, &str)] = &[
            (r"\alpha + \beta = \gamma", "α + β = γ"),
            (r"\Omega \pi \theta", "Ωπθ"),
            (r"x^2 + y^2 = z^2", "x² + y² = z²"),
            (r"a_{i+1}", "aᵢ₊₁"),
            (r"x_i^2", "xᵢ²"),
            (r"x^q", "x^q"),
            (r"a_{\text{max}}", "aₘₐₓ"),
            (r"a_{\text{Max}}", "a_(Max)"),
            (r"e^{i\pi} + 1 = 0", "e^(iπ) + 1 = 0"),
            (r"\frac{1}{2}", "1⁄2"),
            (r"\frac{a+b}{c}", "(a + b)/c"),
            (r"\frac{1}{1+\frac{1}{x}}", "1/(1 + 1⁄x)"),
            (r"-\frac{b}{2a}", "−b/(2a)"),
            (r"\frac{x_i^2}{n}", "xᵢ²⁄n"),
            (r"\sqrt{2a}", "√(2a)"),
            (r"\sqrt{x}", "√x"),
            (r"\sqrt{x^2+y^2}", "√(x² + y²)"),
            (r"\sqrt[3]{8} = 2", "∛8 = 2"),
            (r"\sqrt[n]{x}", "ⁿ√x"),
            (r"\sum_{i=1}^n i", "∑ᵢ₌₁ⁿ i"),
            (r"\int_0^1 f(x)\,dx", "∫₀¹ f(x)dx"),
            (r"\lim_{x \to 0} \frac{\sin x}{x}", "lim_(x → 0) (sin x)/x"),
            (r"\le \ge \neq \approx \in \infty", "≤ ≥ ≠ ≈ ∈ ∞"),
            (r"a \not= b", "a ≠ b"),
            (r"-x + 1", "−x + 1"),
            (r"f'(x)", "f′(x)"),
            (r"\mathbb{R}^n", "ℝⁿ"),
            (r"\mathbf{v}", "𝐯"),
            (r"\hat{x} + \vec{v}", "x̂ + v⃗"),
            (r"\overline{AB}", "A̅B̅"),
            (r"\left( a + b \right)^2", "(a + b)²"),
            (r"f(x, y)", "f(x, y)"),
            (r"\{1, 2\}", "{1, 2}"),
            (r"", ""),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(tex, want)| inline(tex).as_deref() != Ok(*want))
            .map(|(tex, want)| format!("{tex:?}: {:?}, want {want:?}", inline(tex)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn what_cannot_be_drawn_is_unsupported() {
        for tex in [
            r"\foo{x}",
            r"\frac{a}{",
            r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}",
            r"\begin{align} a &= b \end{align}",
            r"\binom{n}{k}",
            r"\sqrt[q]{x}",
            r"\overset{d}{=}",
            r"\hat{xy}",
            r"}",
        ] {
            assert!(inline(tex).is_err(), "inline({tex:?}) = {:?}", inline(tex));
        }
        let e = inline(r"\foo").unwrap_err();
        assert!(e.reason.contains("unknown"), "{e}");
        let deep = "{".repeat(200) + &"}".repeat(200);
        assert!(inline(&deep).is_err());
        assert!(inline(&"x".repeat(MAX_SOURCE + 1)).is_err());
    }

    fn shown(tex: &str) -> Vec<String> {
        let lines = display(tex).expect("drawn").lines;
        eprintln!("{tex}:\n{}", lines.join("\n"));
        lines
    }

    #[test]
    fn display_table() {
        assert_eq!(shown(r"\frac{a}{b}"), [" a", "───", " b"]);
        assert_eq!(
            shown(r"x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}"),
            [
                "           ────────",
                "     −b ± √b² − 4ac",
                "x = ────────────────",
                "           2a",
            ]
        );
        assert_eq!(shown(r"\sum_{i=1}^{n} i^2"), ["  n", "  ∑   i²", "i = 1"]);
        assert_eq!(shown(r"\sqrt{\frac{a}{b}}"), [" ───", "│ a", "│───", "√ b"]);
        assert_eq!(shown(r"x^2 + y_i"), ["x² + yᵢ"]);
        assert_eq!(shown(r"e^{-x^2}"), [" −x²", "e"]);
        assert_eq!(
            shown(r"\left(\frac{a}{b}\right)^2"),
            ["     2", "⎛ a ⎞", "⎜───⎟", "⎝ b ⎠"]
        );
        assert_eq!(shown(r"\overset{\text{def}}{=}"), ["def", " ="]);
        let l = display(r"\frac{1}{2}").unwrap();
        assert_eq!(l.width, 3);
        assert!(display(r"\begin{matrix} a \end{matrix}").is_err());
    }

    #[test]
    fn formulas_are_found_outside_code() {
        let text = "a $x$ b $$y$$ c \\(z\\) d \\[w\\] `$no$` $5 and $10 \\$3";
        let found: Vec<(&str, bool)> = find(text)
            .iter()
            .map(|f| (&text[f.tex.clone()], f.display))
            .collect();
        assert_eq!(
            found,
            [("x", false), ("y", true), ("z", false), ("w", true)]
        );
        let fenced = "```\n$x$\n```\n$y$";
        let found: Vec<&str> = find(fenced)
            .iter()
            .map(|f| &fenced[f.tex.clone()])
            .collect();
        assert_eq!(found, ["y"]);
        assert_eq!(
            to_unicode(r"costs \$5; $\alpha$ and $\foo$"),
            r"costs $5; α and $\foo$"
        );
        assert!(matches!(to_unicode("plain"), Cow::Borrowed(_)));
        assert_eq!(
            with_dollars("a \\( x \\) b \\[y\\] `\\(z\\)` $w$"),
            "a $x$ b $$y$$ `\\(z\\)` $w$"
        );
    }

    #[test]
    fn unclosed_display_math_is_found() {
        assert_eq!(unclosed_display("a $$x$$ b"), None);
        assert_eq!(unclosed_display("a $$x b"), Some(2));
        assert_eq!(unclosed_display("a \\[x b"), Some(2));
        assert_eq!(unclosed_display("`$$` and\n```\n$$\n```\n"), None);
        // A formula does not cross a blank line.
        assert_eq!(unclosed_display("a $$ b\n\n$$c$$"), Some(2));
        assert_eq!(unclosed_display("a $$ b\nc $$"), None);
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics_or_draws_a_control(tex in "\\PC{0,60}|[\\\\{}^_$a-z0-9 ()\\[\\]&]{0,60}") {
            if let Ok(s) = inline(&tex) {
                proptest::prop_assert!(!s.chars().any(char::is_control), "{s:?}");
            }
            if let Ok(l) = display(&tex) {
                for line in &l.lines {
                    proptest::prop_assert!(!line.chars().any(char::is_control), "{line:?}");
                    proptest::prop_assert!(line.width() <= l.width);
                }
            }
            let _ = find(&tex);
            let _ = unclosed_display(&tex);
            let u = to_unicode(&tex);
            proptest::prop_assert!(u.len() <= tex.len() * 8 + 8);
        }

        #[test]
        fn commands_and_controls_never_reach_the_output(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    r"\frac", r"\sqrt", "^", "_", "{", "}", "x", "2", r"\alpha", r"\sum",
                    r"\left(", r"\right)", r"\text{a\u{1b}b}", "+", "=", r"\hat", r"\mathbb",
                    "\u{7}", r"\not", r"\lim", " ",
                ]),
                0..24,
            )
        ) {
            let tex: String = parts.concat();
            for out in [inline(&tex).ok(), display(&tex).ok().map(|l| l.lines.join("\n"))]
                .into_iter()
                .flatten()
            {
                proptest::prop_assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{tex:?} -> {out:?}");
            }
        }
    }
}
