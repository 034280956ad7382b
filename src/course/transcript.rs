//! Video transcripts: WebVTT (`.vtt`) and SubRip (`.srt`) files read into
//! [`Cue`]s.
//!
//! Written here rather than taken from a crate: in December 2026 the candidates
//! were `subtp` 0.2 (two releases in February 2024, none since, and a `peg`
//! grammar), `webvtt-parser` (a 1.0 beta built on `nom`) and `fasrt` 0.3 (young,
//! with ASS support amphi does not need); none reports a malformed file by its
//! line, which `amphi check` must, and amphi needs only the cues' times and
//! plain words. The subset read here is small: the timing line, cue settings
//! (ignored), `NOTE`/`STYLE`/`REGION` blocks (skipped), tags (`<v Speaker>`
//! becomes `Speaker: `, `<i>`, `<b>`, `<c.x>`, timestamps and the like are
//! removed, as are SubRip's `<font>` and `{\an8}`), the common character
//! references, a byte order mark and CRLF line ends. Cues are returned sorted by
//! start time (stable: overlapping cues keep their order and both stay).

use super::model::Cue;
use crate::i18n::{Message, Value};

/// The transcript formats amphi reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// WebVTT, `.vtt`.
    WebVtt,
    /// SubRip, `.srt`.
    SubRip,
}

impl Format {
    /// The format a transcript path names by its extension (case ignored);
    /// `None` for any other.
    pub fn of_path(path: &str) -> Option<Format> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "vtt" => Some(Format::WebVtt),
            "srt" => Some(Format::SubRip),
            _ => None,
        }
    }
}

/// Most cues a transcript may hold.
pub const MAX_CUES: usize = 10_000;

/// A malformed transcript: the line (from 1) and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptError {
    /// The line, counted from 1.
    pub line: usize,
    /// What is wrong, in amphi's words (said in the reader's language).
    pub message: Message,
}

fn err<T>(line: usize, message: impl Into<Message>) -> Result<T, TranscriptError> {
    Err(TranscriptError {
        line,
        message: message.into(),
    })
}

/// The cues of `text`, a transcript in `format`, sorted by start time. Cues
/// with no words are left out. The text is not sanitised here (the loader
/// does it).
///
/// # Errors
/// The first malformed line: a WebVTT file without its `WEBVTT` first line, a
/// block without a timing line, a bad timestamp, an end before its start, or
/// more than [`MAX_CUES`] cues.
pub fn parse(text: &str, format: Format) -> Result<Vec<Cue>, TranscriptError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // (line number from 1, line)
    let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
    let mut blocks: Vec<&[(usize, &str)]> = Vec::new();
    let mut start = None;
    for (i, (_, line)) in lines.iter().enumerate() {
        match (line.trim().is_empty(), start) {
            (true, Some(s)) => {
                blocks.push(&lines[s..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        blocks.push(&lines[s..]);
    }
    let mut blocks = blocks.into_iter();
    if format == Format::WebVtt {
        let first = blocks.next();
        let ok = first
            .and_then(|b| b.first())
            .is_some_and(|(n, l)| *n == 1 && is_webvtt_signature(l));
        if !ok {
            return err(1, Message::new("load-vtt-signature"));
        }
    }
    let mut cues = Vec::new();
    for block in blocks {
        if format == Format::WebVtt && is_skipped_vtt_block(block[0].1) {
            continue;
        }
        let Some(at) = block.iter().position(|(_, l)| l.contains("-->")) else {
            return err(block[0].0, no_timing());
        };
        // Before the timing: an identifier (WebVTT) or the cue number (SubRip),
        // at most one line.
        if at > 1 {
            return err(block[1].0, no_timing());
        }
        let (n, timing) = block[at];
        let (start_ms, end_ms) = parse_timing(timing, format).map_err(|m| TranscriptError {
            line: n,
            message: m,
        })?;
        let words: Vec<String> = block[at + 1..]
            .iter()
            .map(|(_, l)| strip_markup(l))
            .filter(|l| !l.is_empty())
            .collect();
        let text = words.join(" ");
        if text.is_empty() {
            continue;
        }
        if cues.len() == MAX_CUES {
            return err(n, Message::new("load-too-many-cues").arg("max", MAX_CUES));
        }
        cues.push(Cue {
            start_ms,
            end_ms,
            text,
        });
    }
    cues.sort_by_key(|c| c.start_ms);
    Ok(cues)
}

/// "expected a cue timing such as …" (the example is an argument: French
/// typography would space its colons).
fn no_timing() -> Message {
    Message::new("load-no-timing").arg("example", "`00:01:02.000 --> 00:01:05.000`")
}

/// `WEBVTT`, alone or followed by a space or a tab and anything.
fn is_webvtt_signature(line: &str) -> bool {
    line.strip_prefix("WEBVTT")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// A `NOTE`, `STYLE` or `REGION` block, which holds no cue.
fn is_skipped_vtt_block(first: &str) -> bool {
    ["NOTE", "STYLE", "REGION"].iter().any(|w| {
        first
            .strip_prefix(w)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
    }) && !first.contains("-->")
}

/// `start --> end [settings]` in milliseconds.
fn parse_timing(line: &str, format: Format) -> Result<(u64, u64), Message> {
    let (left, right) = line
        .split_once("-->")
        .ok_or_else(|| Message::new("load-no-arrow"))?;
    let start = left.trim();
    // Cue settings (WebVTT) or coordinates (SubRip) may follow the end time.
    let end = right.split_whitespace().next().unwrap_or("");
    let start_ms = parse_time(start, format)?;
    let end_ms = parse_time(end, format)?;
    if end_ms < start_ms {
        return Err(Message::new("load-cue-backwards")
            .arg("end", crate::text::sanitize_line(end))
            .arg("start", crate::text::sanitize_line(start)));
    }
    Ok((start_ms, end_ms))
}

/// `hh:mm:ss.ttt` or `mm:ss.ttt` (WebVTT), `hh:mm:ss,ttt` (SubRip; a `.` is
/// taken too), in milliseconds.
fn parse_time(time: &str, format: Format) -> Result<u64, Message> {
    let bad = || {
        let example = match format {
            Format::WebVtt => Value::or(["`00:01:02.500`", "`01:02.500`"]),
            Format::SubRip => Value::from("`00:01:02,500`"),
        };
        Message::new("load-bad-time")
            .arg("time", crate::text::sanitize_line(time))
            .arg("example", example)
    };
    let (clock, millis) = time.rsplit_once(['.', ',']).ok_or_else(bad)?;
    if millis.len() != 3 || !millis.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let fields: Vec<&str> = clock.split(':').collect();
    let wanted = match format {
        Format::WebVtt => 2..=3,
        Format::SubRip => 3..=3,
    };
    if !wanted.contains(&fields.len())
        || fields
            .iter()
            .any(|f| f.len() < 2 || f.len() > 6 || !f.bytes().all(|b| b.is_ascii_digit()))
        || fields.iter().skip(1).any(|f| f.len() != 2)
    {
        return Err(bad());
    }
    let numbers: Vec<u64> = fields.iter().filter_map(|f| f.parse().ok()).collect();
    if numbers.iter().rev().take(2).any(|&n| n > 59) {
        return Err(bad());
    }
    let seconds = numbers.iter().fold(0u64, |acc, &n| acc * 60 + n);
    let millis: u64 = millis.parse().map_err(|_| bad())?;
    Ok(seconds * 1000 + millis)
}

/// A payload line as plain words: tags removed (a voice tag `<v Name>` becomes
/// `Name: `), SubRip's `{\…}` overrides removed, character references decoded,
/// runs of white space as one space.
fn strip_markup(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let tag = &rest[1..end];
            if let Some(voice) = tag
                .strip_prefix('v')
                .filter(|t| t.starts_with([' ', '\t', '.']))
            {
                // `<v.loud Name>`: the classes, then the name.
                let name = voice.split_once([' ', '\t']).map_or("", |(_, n)| n).trim();
                if !name.is_empty() {
                    out.push_str(name);
                    out.push_str(": ");
                }
            }
            rest = &rest[end + 1..];
            continue;
        }
        if c == '{'
            && rest[1..].starts_with('\\')
            && let Some(end) = rest.find('}')
        {
            rest = &rest[end + 1..];
            continue;
        }
        if c == '&'
            && let Some((end, _)) = rest.char_indices().take(10).find(|&(_, c)| c == ';')
        {
            let decoded = match &rest[1..end] {
                "amp" => Some("&"),
                "lt" => Some("<"),
                "gt" => Some(">"),
                "nbsp" => Some(" "),
                "quot" => Some("\""),
                "apos" => Some("'"),
                "lrm" | "rlm" => Some(""),
                _ => None,
            };
            if let Some(d) = decoded {
                out.push_str(d);
                rest = &rest[end + 1..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `m:ss` or `h:mm:ss` for a time in seconds, as transcripts and durations are
/// shown (`12:04`, `1:02:03`).
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(start_ms: u64, end_ms: u64, text: &str) -> Cue {
        Cue {
            start_ms,
            end_ms,
            text: text.into(),
        }
    }

    #[test]
    fn webvtt_with_bom_crlf_settings_notes_and_tags() {
        let text = "\u{feff}WEBVTT - a talk\r\n\r\nNOTE written by hand\r\nover two lines\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\nintro\r\n00:01.000 --> 00:04.500 align:start line:0\r\n<v.loud Ada Byron>Hello <i>there</i> &amp; welcome\r\nto the <c.yellow>course</c>\r\n\r\n01:00:02.250 --> 01:00:03.000\r\nLate <00:00:02.500>words\r\n";
        assert_eq!(
            parse(text, Format::WebVtt).unwrap(),
            vec![
                cue(1000, 4500, "Ada Byron: Hello there & welcome to the course"),
                cue(3_602_250, 3_603_000, "Late words"),
            ]
        );
    }

    #[test]
    fn subrip_with_numbers_tags_and_overrides() {
        let text = "1\n00:00:01,000 --> 00:00:02,000\n<i>First</i> line\n{\\an8}second\n\n2\n00:00:03,000 --> 00:00:04,000 X1:10 X2:20\n<font color=\"red\">Two</font>\n";
        assert_eq!(
            parse(text, Format::SubRip).unwrap(),
            vec![cue(1000, 2000, "First line second"), cue(3000, 4000, "Two")]
        );
    }

    #[test]
    fn overlapping_cues_are_kept_in_start_order() {
        let text = "WEBVTT\n\n00:05.000 --> 00:09.000\nlater\n\n00:01.000 --> 00:06.000\nearlier, overlapping\n\n00:05.000 --> 00:07.000\nsame start\n";
        let cues = parse(text, Format::WebVtt).unwrap();
        let texts: Vec<&str> = cues.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["earlier, overlapping", "later", "same start"]);
    }

    #[test]
    fn malformed_files_say_which_line() {
        let no_header = parse("00:01.000 --> 00:02.000\nhi\n", Format::WebVtt).unwrap_err();
        assert_eq!(no_header.line, 1);
        assert!(
            no_header.message.to_string().contains("WEBVTT"),
            "{no_header:?}"
        );

        let bad_time =
            parse("WEBVTT\n\n00:01.000 --> 00:0x.000\nhi\n", Format::WebVtt).unwrap_err();
        assert_eq!(bad_time.line, 3);
        assert!(
            bad_time
                .message
                .to_string()
                .contains("`00:0x.000` is not a time"),
            "{bad_time:?}"
        );

        let backwards =
            parse("1\n00:00:05,000 --> 00:00:01,000\nhi\n", Format::SubRip).unwrap_err();
        assert_eq!(backwards.line, 2);
        assert!(
            backwards.message.to_string().contains("ends"),
            "{backwards:?}"
        );

        let no_timing = parse(
            "1\n00:00:01,000 --> 00:00:02,000\nok\n\njust words\n",
            Format::SubRip,
        )
        .unwrap_err();
        assert_eq!(no_timing.line, 5);

        let sixty = parse("WEBVTT\n\n00:60.000 --> 01:00.000\nx\n", Format::WebVtt).unwrap_err();
        assert_eq!(sixty.line, 3);
        let comma_in_vtt_is_fine_but_two_digit_millis_not =
            parse("1\n00:00:01,00 --> 00:00:02,000\nx\n", Format::SubRip).unwrap_err();
        assert_eq!(comma_in_vtt_is_fine_but_two_digit_millis_not.line, 2);
    }

    #[test]
    fn empty_cues_are_left_out_and_no_input_panics() {
        assert_eq!(
            parse(
                "WEBVTT\n\n00:01.000 --> 00:02.000\n<i></i>\n",
                Format::WebVtt
            )
            .unwrap(),
            vec![]
        );
        for text in [
            "",
            "\u{feff}",
            "WEBVTT",
            "-->",
            "<",
            "&",
            "{\\",
            "1\n-->\n",
            "WEBVTT\n\n<v>\n",
        ] {
            let _ = parse(text, Format::WebVtt);
            let _ = parse(text, Format::SubRip);
        }
        assert_eq!(strip_markup("<v>a &unknown; <b"), "a &unknown; <b");
    }

    #[test]
    fn formats_by_extension_and_clock() {
        assert_eq!(Format::of_path("t/talk.VTT"), Some(Format::WebVtt));
        assert_eq!(Format::of_path("talk.srt"), Some(Format::SubRip));
        assert_eq!(Format::of_path("talk.txt"), None);
        assert_eq!(Format::of_path("vtt"), None);
        assert_eq!(clock(724), "12:04");
        assert_eq!(clock(3723), "1:02:03");
        assert_eq!(clock(5), "0:05");
    }

    proptest::proptest! {
        /// Any text made of the pieces transcripts are made of parses or is
        /// refused with a line inside it, never a panic; cues come sorted with
        /// their end at or after their start and no line breaks in their words.
        #[test]
        fn any_transcript_parses_or_names_a_line(
            pieces in proptest::collection::vec(
                "(WEBVTT|NOTE x|\\n|\\r\\n|-->| |[0-9]{1,3}|[:.,]|<v A>|<i>|</i>|&amp;|&|<|\\{\\\\an8\\}|é|\u{feff}|words)",
                0..40,
            )
        ) {
            let text: String = pieces.concat();
            let lines = text.lines().count().max(1);
            for format in [Format::WebVtt, Format::SubRip] {
                match parse(&text, format) {
                    Ok(cues) => {
                        for pair in cues.windows(2) {
                            proptest::prop_assert!(pair[0].start_ms <= pair[1].start_ms);
                        }
                        for c in &cues {
                            proptest::prop_assert!(c.end_ms >= c.start_ms);
                            proptest::prop_assert!(!c.text.contains('\n'));
                            proptest::prop_assert!(!c.text.is_empty());
                        }
                    }
                    Err(e) => {
                        proptest::prop_assert!(e.line >= 1 && e.line <= lines + 1, "{e:?}");
                    }
                }
            }
        }
    }
}
