//! The "Files" block an item shows for the course files it offers, and the
//! video screen (its play line and transcript), with the blocks the learner can
//! select and open ([`Opens`]).
//!
//! The blocks that open something are at places worked out from the item alone
//! ([`targets`]), so that a text taken from the cache (built before, on another
//! thread) needs no list of its own: a lesson's or an interview's files come
//! right after its title; a video shows its title, its files, a line about the
//! video, the play line, then its transcript, one cue a block.

use super::model::{Block, Doc};
use super::style::{Role, Span, Style};
use crate::course::transcript::clock;
use crate::course::{CourseFile, Item, Video};
use crate::i18n::{Language, tr};

/// What a selected block opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opens {
    /// The item's offered file with this index (in [`Item::files`]).
    File(usize),
    /// The video, from its start.
    Play,
    /// The video at the start of this transcript cue (index in
    /// [`Video::cues`]).
    Cue(usize),
    /// The target of a lesson's link to an item (index in the lesson's
    /// resolved links, [`crate::course::Jumps::of`]).
    Item(usize),
}

/// `12 KB`, `3.4 MB`: a file size for people (units of 1,000 bytes).
pub fn size_label(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if value < 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

/// The last component of a course path: the file's name.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\'])
        .find(|p| !p.is_empty())
        .unwrap_or(path)
}

/// The "Files" heading and one block per file: `▸ Title — name.pdf · 12 KB`
/// (`missing` when the loader did not find it). Empty for no files.
pub fn files_blocks(lang: Language, files: &[CourseFile]) -> Vec<Block> {
    if files.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::text(vec![
        Span::styled(tr(lang, "files-title", &[]), Style::role(Role::Heading2)),
        Span::styled(
            format!(" · {}", tr(lang, "files-keys", &[])),
            Style::role(Role::Meta),
        ),
    ])];
    for f in files {
        let size = f
            .size
            .map_or_else(|| tr(lang, "files-missing", &[]), size_label);
        blocks.push(
            Block::text(vec![
                Span::styled(f.title.clone(), Style::role(Role::Link)),
                Span::styled(
                    format!(" — {} · {size}", file_name(&f.path)),
                    Style::role(Role::Meta),
                ),
            ])
            .tight()
            .prefixed(vec![Span::raw("▸ ")], vec![Span::raw("  ")]),
        );
    }
    blocks
}

/// `files_blocks` placed after the title (block 0) of `doc`.
pub fn insert_files(lang: Language, doc: &mut Doc, files: &[CourseFile]) {
    let at = doc.blocks.len().min(1);
    let blocks = files_blocks(lang, files);
    doc.blocks.splice(at..at, blocks);
}

/// The blocks of a video before its transcript: what it is and how it plays.
fn video_head(lang: Language, v: &Video) -> Vec<Block> {
    let source = match (&v.file, &v.url) {
        (Some(f), _) => file_name(f).to_string(),
        (None, Some(u)) => u.clone(),
        (None, None) => String::new(),
    };
    let info = Block::text(vec![Span::styled(
        format!(
            "{} · {} · {source}",
            tr(lang, "pane-video", &[]),
            clock(v.duration)
        ),
        Style::role(Role::Meta),
    )]);
    let play = tr(
        lang,
        if v.cues.is_empty() {
            "video-no-transcript"
        } else {
            "video-play"
        },
        &[],
    );
    let play = Block::text(vec![Span::styled(play, Style::role(Role::Link))])
        .prefixed(vec![Span::raw("▶ ")], vec![Span::raw("  ")]);
    vec![info, play]
}

/// A video: its title, files, a line on the video, the play line, then its
/// transcript (`Transcript` and one cue a block, `12:04  words`, wrapped under
/// the words).
pub fn video(lang: Language, v: &Video) -> Doc {
    let mut blocks = vec![Block::text(vec![Span::styled(
        v.title.clone(),
        Style::role(Role::Heading1),
    )])];
    blocks.extend(files_blocks(lang, &v.files));
    blocks.extend(video_head(lang, v));
    if !v.cues.is_empty() {
        blocks.push(Block::text(vec![
            Span::styled(
                tr(lang, "video-transcript", &[]),
                Style::role(Role::Heading2),
            ),
            Span::styled(
                format!(" · {}", tr(lang, "video-transcript-keys", &[])),
                Style::role(Role::Meta),
            ),
        ]));
        let width = v
            .cues
            .iter()
            .map(|c| clock(c.start_ms / 1000).len())
            .max()
            .unwrap_or(0);
        for c in &v.cues {
            let time = format!("{:>width$}  ", clock(c.start_ms / 1000));
            blocks.push(
                Block::text(vec![Span::raw(c.text.clone())])
                    .tight()
                    .prefixed(
                        vec![Span::styled(time, Style::role(Role::Meta))],
                        vec![Span::raw(" ".repeat(width + 2))],
                    ),
            );
        }
    }
    Doc { blocks }
}

/// The blocks of `item`'s text (as [`crate::doc::views::reading_doc`] builds a
/// lesson, an interview or a video, or a quiz's page at its intro) that the
/// learner can select, with what each opens, in text order.
pub fn targets(item: &Item) -> Vec<(usize, Opens)> {
    targets_with_jumps(item, &[])
}

/// Like [`targets`], with a lesson's links to items (`jumps`, the lesson's
/// resolved links) after its files, in text order, each at the block
/// [`crate::doc::views::lesson_with_jumps`] shows it in (the lesson's text is
/// parsed again only when it has such links).
pub fn targets_with_jumps(item: &Item, jumps: &[crate::course::Jump]) -> Vec<(usize, Opens)> {
    let files = item.files();
    // The title is block 0, the "Files" heading block 1.
    let mut out: Vec<(usize, Opens)> = (0..files.len()).map(|i| (2 + i, Opens::File(i))).collect();
    if let Item::Video(v) = item {
        let after_files = if files.is_empty() { 1 } else { 2 + files.len() };
        // The line on the video, then the play line, then `Transcript`.
        out.push((after_files + 1, Opens::Play));
        let first_cue = after_files + 3;
        out.extend((0..v.cues.len()).map(|i| (first_cue + i, Opens::Cue(i))));
    }
    if let Item::Lesson(l) = item
        && !jumps.is_empty()
    {
        // The title, then the files (a heading and one block each), then the body.
        let body_at = if files.is_empty() { 1 } else { 2 + files.len() };
        // Block indices only: the language of amphi's words does not move them.
        let (_, _, at) = super::markdown::to_doc_with_jumps(Language::En, &l.body, jumps);
        out.extend(at.into_iter().map(|(b, j)| (body_at + b, Opens::Item(j))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::Cue;

    fn file(title: &str, path: &str, size: Option<u64>) -> CourseFile {
        CourseFile {
            title: title.into(),
            path: path.into(),
            size,
        }
    }

    fn text(b: &Block) -> String {
        b.lines[0].iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn sizes_and_names() {
        assert_eq!(size_label(812), "812 B");
        assert_eq!(size_label(12_400), "12 KB");
        assert_eq!(size_label(3_400_000), "3.4 MB");
        assert_eq!(file_name("data/survey.csv"), "survey.csv");
        assert_eq!(file_name("a.pdf"), "a.pdf");
    }

    #[test]
    fn the_targets_are_the_blocks_that_show_them() {
        let v = Video {
            id: "v".into(),
            title: "Talk".into(),
            duration: 754,
            file: None,
            url: Some("https://example.org/talk".into()),
            transcript: Some("t.vtt".into()),
            cues: vec![
                Cue {
                    start_ms: 0,
                    end_ms: 1000,
                    text: "first words".into(),
                },
                Cue {
                    start_ms: 724_000,
                    end_ms: 730_000,
                    text: "last words".into(),
                },
            ],
            files: vec![
                file("Slides", "slides.pdf", Some(2048)),
                file("Data", "d/x.csv", None),
            ],
        };
        let doc = video(crate::i18n::Language::En, &v);
        let targets = targets(&Item::Video(v));
        let shown: Vec<(String, Opens)> = targets
            .iter()
            .map(|&(b, o)| (text(&doc.blocks[b]), o))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Slides — slides.pdf · 2.0 KB".to_string(), Opens::File(0)),
                ("Data — x.csv · missing".to_string(), Opens::File(1)),
                ("Play from the start".to_string(), Opens::Play),
                ("first words".to_string(), Opens::Cue(0)),
                ("last words".to_string(), Opens::Cue(1)),
            ]
        );
        assert_eq!(doc.blocks.len(), targets.last().unwrap().0 + 1);
        let prefix: String = doc.blocks[targets[4].0].first_prefix[0].content.to_string();
        assert_eq!(prefix, "12:04  ");
    }

    #[test]
    fn a_video_without_transcript_says_so() {
        let v = Video {
            id: "v".into(),
            title: "Talk".into(),
            duration: 65,
            file: Some("media/talk.mp4".into()),
            url: None,
            transcript: None,
            cues: Vec::new(),
            files: Vec::new(),
        };
        let doc = video(crate::i18n::Language::En, &v);
        let t = targets(&Item::Video(v));
        assert_eq!(t, vec![(2, Opens::Play)]);
        assert_eq!(text(&doc.blocks[2]), "No transcript: press Enter to play");
        assert_eq!(text(&doc.blocks[1]), "Video · 1:05 · talk.mp4");
    }
}
