//! Clickable links in the terminal (OSC 8 hyperlinks), made safe for untrusted
//! course text.
//!
//! # How links reach the terminal
//!
//! A link in a lesson is drawn as ordinary styled text (its words, then its address
//! in brackets); the cells of ratatui's buffer never hold an escape sequence. What
//! makes the text clickable is written beside the frame, by the event loop:
//!
//! 1. [`crate::ui::links::visible`] works out, from `&App` alone like every other
//!    drawing function, which screen cells show which link: a list of
//!    [`LinkRegion`]s.
//! 2. After ratatui has drawn the frame, [`Hyperlinker::after_draw`] writes the
//!    cells of each region again, copied from the frame just drawn, between
//!    `ESC ] 8 ; ; URI ESC \` and `ESC ] 8 ; ; ESC \`. The terminal shows the same
//!    characters in the same places, now carrying the link.
//! 3. Before the next frame, [`Hyperlinker::before_draw`] writes the cells of the
//!    last frame's regions that are gone again without a link, as they were:
//!    ratatui redraws only the cells that changed, and would otherwise leave a
//!    cell that still shows the same character linked to an address it no longer
//!    belongs to.
//!
//! This was chosen over ratatui's hyperlink example, which puts the whole OSC 8
//! sequence into cell symbols (two characters per cell to get the widths right):
//! there, the buffer holds escapes, so `TestBackend` snapshots show escape bytes
//! instead of the screen, the check that no escape from course text reaches a cell
//! (tests/it/hostile_text.rs) could no longer tell amphi's escapes from a leak, and
//! ratatui's diffing and width arithmetic (`Buffer::diff` skips the columns after
//! a symbol by the symbol's display width) would be working on symbols that are
//! not what the terminal shows (ratatui 0.30.1 added
//! `CellDiffOption::ForcedWidth` to patch the widths, but the escapes stay in the
//! buffer). Here the buffer stays exactly what the learner sees, with hyperlinks
//! on or off.
//!
//! # What addresses are linked
//!
//! [`LinkTarget::parse`] decides. Only `http://`, `https://` (with a host) and
//! `mailto:` addresses are linked; anything else (relative paths, `javascript:`,
//! `file:`, `data:`…) is shown as text only. An address holding any control
//! character (C0, DEL, C1), a bidirectional control, or a placeholder that
//! [`crate::text::sanitize`] put in place of a control (U+2400–U+2426, U+FFFD) is
//! not linked: it came from a hostile or broken course. Every other character
//! outside printable ASCII, and `;`, is percent-encoded (UTF-8 bytes, `%XX`), so
//! the URI written between `ESC ] 8 ; ;` and `ESC \` is printable ASCII without
//! `;`: it can neither end the sequence early nor add parameters. Addresses longer
//! than [`MAX_URI`] bytes once encoded are not linked (terminals cut them).

use std::io::{self, Write};
use std::sync::Arc;

use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};

/// The longest URI linked, in bytes after percent-encoding: the limit VTE (GNOME
/// Terminal) and others apply, suggested by the OSC 8 specification.
pub const MAX_URI: usize = 2083;

/// The schemes linked, lower case.
pub const SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// Ends a hyperlink: `ESC ] 8 ; ; ESC \`.
pub const CLOSE: &str = "\u{1b}]8;;\u{1b}\\";

/// Whether links are made clickable: the `hyperlinks` config setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HyperlinkMode {
    /// On, except in plain mode and on the Linux console (`TERM=linux`), whose
    /// escape parser does not know OSC 8.
    #[default]
    Auto,
    /// On, except in plain mode.
    Always,
    /// Off: links are text only.
    Never,
}

impl std::str::FromStr for HyperlinkMode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(HyperlinkMode::Auto),
            "always" => Ok(HyperlinkMode::Always),
            "never" => Ok(HyperlinkMode::Never),
            other => Err(format!(
                "unknown value `{}`: expected auto, always or never",
                crate::text::sanitize(other)
            )),
        }
    }
}

impl HyperlinkMode {
    /// Whether to write hyperlinks, given plain mode and the `TERM` variable's
    /// value. Plain mode (for screen readers and braille displays) never gets
    /// them; `NO_COLOR` does not matter.
    pub fn enabled(self, plain: bool, term: Option<&str>) -> bool {
        match self {
            _ if plain => false,
            HyperlinkMode::Never => false,
            HyperlinkMode::Always => true,
            HyperlinkMode::Auto => term != Some("linux"),
        }
    }
}

/// An address that is safe to write inside an OSC 8 sequence (see the module
/// documentation): printable ASCII without `;`, of an allowed scheme. Cheap to
/// clone.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkTarget(Arc<str>);

impl LinkTarget {
    /// The address `url` made safe to link, or `None` when it must not be linked:
    /// a scheme other than [`SCHEMES`], an `http(s)` address without a host, a
    /// control character or a sanitising placeholder anywhere in it, or more than
    /// [`MAX_URI`] bytes once percent-encoded.
    pub fn parse(url: &str) -> Option<LinkTarget> {
        let forbidden = |c: char| {
            c.is_control()
                || c.is_whitespace()
                || matches!(
                    c,
                    '\u{2400}'..='\u{2426}'
                        | '\u{fffd}'
                        | '\u{200e}'
                        | '\u{200f}'
                        | '\u{061c}'
                        | '\u{202a}'..='\u{202e}'
                        | '\u{2066}'..='\u{2069}'
                )
        };
        if url.is_empty() || url.chars().any(forbidden) {
            return None;
        }
        let (scheme, rest) = url.split_once(':')?;
        let scheme = scheme.to_ascii_lowercase();
        if !SCHEMES.contains(&scheme.as_str()) {
            return None;
        }
        let ok = if scheme == "mailto" {
            !rest.is_empty()
        } else {
            rest.strip_prefix("//")
                .is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        };
        if !ok {
            return None;
        }
        let mut out = String::with_capacity(url.len());
        for c in url.chars() {
            if c.is_ascii_graphic() && c != ';' {
                out.push(c);
            } else {
                let mut bytes = [0u8; 4];
                for b in c.encode_utf8(&mut bytes).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            if out.len() > MAX_URI {
                return None;
            }
        }
        Some(LinkTarget(out.into()))
    }

    /// The address as written to the terminal.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The sequence that starts a hyperlink to this address:
    /// `ESC ] 8 ; ; URI ESC \` (no parameters).
    pub fn open(&self) -> String {
        format!("\u{1b}]8;;{}\u{1b}\\", self.0)
    }
}

/// Screen cells that show a link: `width` columns from (`x`, `y`), in terminal
/// coordinates (columns and rows from 0 at the top left).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRegion {
    /// First column.
    pub x: u16,
    /// Row.
    pub y: u16,
    /// Columns.
    pub width: u16,
    /// Where the link leads.
    pub target: LinkTarget,
}

/// A backend amphi can write hyperlinks through: the terminal's, which takes
/// bytes. The test backend has no bytes to take: hyperlinks are not written.
pub trait LinkOutput {
    /// Where hyperlink sequences and the cells between them go, if anywhere.
    fn link_output(&mut self) -> Option<&mut dyn Write> {
        None
    }
}

impl<W: Write> LinkOutput for CrosstermBackend<W> {
    fn link_output(&mut self) -> Option<&mut dyn Write> {
        Some(self)
    }
}

impl LinkOutput for TestBackend {}

/// Cells as drawn: (column, row, cell).
type Cells = Vec<(u16, u16, Cell)>;

/// The cells of a region as drawn, without the columns covered by a wide
/// character before them.
fn region_cells(buffer: &Buffer, r: &LinkRegion) -> Cells {
    let mut cells = Vec::new();
    let mut covered = 0usize;
    for x in r.x..r.x.saturating_add(r.width) {
        let Some(cell) = buffer.cell((x, r.y)) else {
            break;
        };
        if covered > 0 {
            covered -= 1;
            continue;
        }
        if cell.diff_option == CellDiffOption::Skip {
            continue;
        }
        // As ratatui's diff does: a wide symbol covers the columns after it.
        covered = usize::from(cell.cell_width()).saturating_sub(1);
        cells.push((x, r.y, cell.clone()));
    }
    cells
}

/// Writes `cells` through ratatui's crossterm drawing (cursor moves, colours and
/// modifiers, then a reset), into `out`.
fn write_cells(out: &mut dyn Write, cells: &[(u16, u16, Cell)]) -> io::Result<()> {
    let mut backend = CrosstermBackend::new(out);
    backend.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
}

/// Keeps the terminal's hyperlinks in step with the frames drawn (see the module
/// documentation): which regions were last written as links, with their cells.
#[derive(Debug, Default)]
pub struct Hyperlinker {
    shown: Vec<(LinkRegion, Cells)>,
    size: (u16, u16),
}

impl Hyperlinker {
    /// Before drawing a frame of `size` (columns, rows) whose links will be
    /// `next`: writes the last frame's link cells that are not in `next` again
    /// without a link, as they were drawn. Nothing is written after a resize
    /// (ratatui then clears the whole screen). ratatui's draw that follows moves
    /// or hides the cursor as the frame wants.
    ///
    /// # Errors
    /// Writing to `out`.
    pub fn before_draw(
        &mut self,
        out: &mut dyn Write,
        size: (u16, u16),
        next: &[LinkRegion],
    ) -> io::Result<()> {
        let shown = std::mem::take(&mut self.shown);
        if size != self.size {
            self.size = size;
            return Ok(());
        }
        let stale: Cells = shown
            .into_iter()
            .filter(|(r, _)| !next.contains(r))
            .flat_map(|(_, cells)| cells)
            .collect();
        if !stale.is_empty() {
            write_cells(out, &stale)?;
        }
        Ok(())
    }

    /// After a frame was drawn into `buffer`: writes the cells of each of
    /// `regions` again, as links, and flushes `out`. Call only when the frame
    /// shows no cursor (links are only found when no text entry is open), as
    /// the cursor is left after the last link.
    ///
    /// # Errors
    /// Writing to `out`.
    pub fn after_draw(
        &mut self,
        out: &mut dyn Write,
        buffer: &Buffer,
        regions: &[LinkRegion],
    ) -> io::Result<()> {
        for r in regions {
            let cells = region_cells(buffer, r);
            if cells.is_empty() {
                continue;
            }
            out.write_all(r.target.open().as_bytes())?;
            write_cells(out, &cells)?;
            out.write_all(CLOSE.as_bytes())?;
            self.shown.push((r.clone(), cells));
        }
        out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    fn target(url: &str) -> Option<String> {
        LinkTarget::parse(url).map(|t| t.as_str().to_string())
    }

    #[test]
    fn web_and_mail_addresses_are_linked_as_they_are() {
        for url in [
            "https://example.org/",
            "http://example.org/a/b?c=d&e=f#g",
            "HTTPS://Example.org/%41",
            "mailto:someone@example.org",
        ] {
            assert_eq!(target(url).as_deref(), Some(url));
        }
    }

    #[test]
    fn other_schemes_and_relative_addresses_are_not_linked() {
        for url in [
            "",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "ftp://example.org",
            "lessons/intro.md",
            "/absolute",
            "#anchor",
            "https:",
            "https://",
            "https:///path",
            "http:example.org",
            "mailto:",
        ] {
            assert_eq!(target(url), None, "{url:?}");
        }
    }

    #[test]
    fn control_characters_and_their_placeholders_are_never_linked() {
        for url in [
            "https://example.org/\u{1b}]0;PWNED\u{7}",
            "https://example.org/\u{1b}\\",
            "https://example.org/\u{7}",
            "https://example.org/a\u{0}b",
            "https://example.org/\u{7f}",
            "https://example.org/\u{9b}2J",
            "https://example.org/\u{9c}",
            "https://example.org/\u{9d}0;x",
            "https://example.org/\r\n",
            "https://example.org/\u{202e}gpj",
            "https://example.org/\u{2066}",
            "https://example.org/\u{241b}]0;PWNED\u{2407}",
            "https://example.org/\u{fffd}",
            "https://example.org/a b",
        ] {
            assert_eq!(target(url), None, "{url:?}");
        }
    }

    #[test]
    fn semicolons_and_non_ascii_are_percent_encoded() {
        assert_eq!(
            target("https://example.org/a;b").as_deref(),
            Some("https://example.org/a%3Bb")
        );
        // A `;` trick: parameters smuggled in after the address stay in it.
        assert_eq!(
            target("https://x.org/;;id=evil").as_deref(),
            Some("https://x.org/%3B%3Bid=evil")
        );
        assert_eq!(
            target("https://fr.wikipedia.org/wiki/Sociologie_du_réseau").as_deref(),
            Some("https://fr.wikipedia.org/wiki/Sociologie_du_r%C3%A9seau")
        );
    }

    #[test]
    fn overlong_addresses_are_not_linked() {
        let long = format!("https://example.org/{}", "a".repeat(MAX_URI));
        assert_eq!(target(&long), None);
        let wide = format!("https://example.org/{}", "é".repeat(MAX_URI / 6 + 1));
        assert_eq!(target(&wide), None, "counted after encoding");
        let fits = format!("https://example.org/{}", "a".repeat(100));
        assert!(target(&fits).is_some());
    }

    #[test]
    fn the_sequences_are_osc_8_without_parameters() {
        let t = LinkTarget::parse("https://example.org/x").unwrap();
        assert_eq!(t.open(), "\u{1b}]8;;https://example.org/x\u{1b}\\");
        assert_eq!(CLOSE, "\u{1b}]8;;\u{1b}\\");
    }

    /// Whatever the address, the open sequence is `ESC ] 8 ; ;`, printable ASCII
    /// without `;`, then `ESC \`: it cannot end early or take parameters.
    #[test]
    fn no_address_breaks_out_of_the_sequence() {
        let nasty = [
            "https://a.org/\u{1b}\\\u{1b}]0;x\u{7}",
            "https://a.org/;\u{1b}",
            "https://a.org/\u{9c}\u{90}\u{9e}\u{9f}",
            "https://a.org/x\u{7}y",
            "https://a.org/;;;",
            "https://a.org/ünï🙂;\\",
            "mailto:a@b.org;\u{85}",
        ];
        for url in nasty {
            let Some(t) = LinkTarget::parse(url) else {
                continue;
            };
            let open = t.open();
            let uri = open
                .strip_prefix("\u{1b}]8;;")
                .and_then(|s| s.strip_suffix("\u{1b}\\"))
                .expect("the frame of the sequence");
            assert!(
                uri.chars().all(|c| c.is_ascii_graphic() && c != ';'),
                "{url:?} gave {uri:?}"
            );
        }
    }

    #[test]
    fn modes_follow_plain_mode_and_the_linux_console() {
        use HyperlinkMode::*;
        assert!(Auto.enabled(false, Some("xterm-256color")));
        assert!(Auto.enabled(false, None));
        assert!(!Auto.enabled(false, Some("linux")));
        assert!(Always.enabled(false, Some("linux")));
        for mode in [Auto, Always, Never] {
            assert!(!mode.enabled(true, Some("xterm")), "{mode:?} in plain mode");
        }
        assert!(!Never.enabled(false, Some("xterm")));
        assert_eq!("always".parse(), Ok(Always));
        assert!("yes".parse::<HyperlinkMode>().is_err());
    }

    fn region(x: u16, width: u16, url: &str) -> LinkRegion {
        LinkRegion {
            x,
            y: 0,
            width,
            target: LinkTarget::parse(url).unwrap(),
        }
    }

    #[test]
    fn a_region_is_written_again_between_the_sequences() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, 1));
        buffer.set_string(0, 0, "Qb日c", Style::new().fg(Color::Blue));
        let mut out = Vec::new();
        let mut h = Hyperlinker::default();
        h.before_draw(&mut out, (10, 1), &[]).unwrap();
        assert!(out.is_empty());
        let links = [region(1, 4, "https://example.org/")];
        h.after_draw(&mut out, &buffer, &links).unwrap();
        let text = String::from_utf8(out).unwrap();
        let open = "\u{1b}]8;;https://example.org/\u{1b}\\";
        let start = text.find(open).expect("opened");
        let end = text.rfind(CLOSE).expect("closed");
        let inside = &text[start + open.len()..end];
        // The cells b, 日 (two columns, its second one not written) and c, from
        // column 1 of row 0 (a cursor move to 2;1, 1-based).
        assert!(inside.starts_with("\u{1b}[1;2H"), "{inside:?}");
        assert!(inside.contains("b日\u{1b}[1;5Hc"), "{inside:?}");
        assert!(!text.contains('Q'), "only the region: {text:?}");
    }

    #[test]
    fn links_gone_from_the_next_frame_are_written_again_without_the_link() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, 1));
        buffer.set_string(0, 0, "abcdef", Style::new());
        let mut h = Hyperlinker::default();
        let mut out = Vec::new();
        h.before_draw(&mut out, (10, 1), &[]).unwrap();
        let first = [
            region(0, 2, "https://a.org/"),
            region(3, 2, "https://b.org/"),
        ];
        h.after_draw(&mut out, &buffer, &first).unwrap();
        // The next frame keeps the first link only: the second's cells go back.
        let mut out = Vec::new();
        h.before_draw(&mut out, (10, 1), &first[..1]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("\u{1b}]"), "no link written: {text:?}");
        assert!(text.contains("\u{1b}[1;4Hde"), "{text:?}");
        // After a resize nothing is written: the screen is cleared anyway.
        let mut out = Vec::new();
        h.after_draw(&mut out, &buffer, &first).unwrap();
        let mut out = Vec::new();
        h.before_draw(&mut out, (20, 2), &[]).unwrap();
        assert!(out.is_empty());
    }
}
