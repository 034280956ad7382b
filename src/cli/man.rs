//! `amphi man`: the manual page, in roff, in the learner's language.

use std::io;

use crate::i18n::{Language, tr};

/// The manual page in `lang`, in roff, from the clap definition (in `lang`,
/// see [`super::help::localise`]): clap_mangen's title, name, synopsis,
/// description and options, then a COMMANDS section with each command's full
/// help (there are no separate `amphi-check(1)` pages), then the examples and
/// the version. The page starts with `.TH`, as man pages do. In English the
/// section titles are clap_mangen's; in another language they come from the
/// catalogues (`cli-man-*`).
pub(super) fn page(lang: Language, out: &mut Vec<u8>) -> io::Result<()> {
    let mut cmd = super::clap_command_in(lang);
    cmd.build();
    // The help's headings (`Options :`) are not the man page's sections.
    let for_mangen = cmd.clone().mut_args(|a| a.help_heading(None));
    let man = clap_mangen::Man::new(for_mangen);
    let mut head = Vec::new();
    man.render_title(&mut head)?;
    let head = String::from_utf8(head).map_err(io::Error::other)?;
    // What roff puts before every rendering (the definition of its
    // apostrophe); written once, after `.TH`.
    let (preamble, title_line) = head.split_once(".TH").unwrap_or(("", &head));
    let mut title_line = format!(".TH{}", title_line.trim_end());
    let strip = |text: String| {
        if preamble.is_empty() {
            text
        } else {
            text.replace(preamble, "")
        }
    };
    // Each section rendered alone, its `.SH` line in `lang` (the English
    // catalogue says clap_mangen's titles).
    let mut parts = Vec::new();
    let mut section =
        |id: &str, render: &dyn Fn(&mut Vec<u8>) -> io::Result<()>| -> io::Result<()> {
            let mut text = Vec::new();
            render(&mut text)?;
            let text = String::from_utf8(text).map_err(io::Error::other)?;
            let text = strip(text);
            let body = match text.split_once('\n') {
                Some((first, body)) if first.starts_with(".SH") => body,
                _ => &text,
            };
            parts.extend(sh(&tr(lang, id, &[])).into_bytes());
            parts.extend(body.as_bytes());
            Ok(())
        };
    section("cli-man-name", &|w| man.render_name_section(w))?;
    section("cli-man-synopsis", &|w| man.render_synopsis_section(w))?;
    section("cli-man-description", &|w| {
        man.render_description_section(w)
    })?;
    section("cli-man-options", &|w| man.render_options_section(w))?;
    let mut commands = Vec::new();
    for sub in cmd
        .get_subcommands_mut()
        .filter(|c| c.get_name() != "help" && !c.is_hide_set())
    {
        let name = sub.get_name().to_owned();
        commands.extend(request("SS", &[&format!("amphi {name}")]).as_bytes());
        commands.extend(b".nf\n");
        no_fill(&sub.render_long_help().to_string(), &mut commands);
        commands.extend(b".fi\n");
    }
    section("cli-man-commands", &|w| {
        w.extend(b".SH\n");
        w.extend(&commands);
        Ok(())
    })?;
    // The examples, aligned as in `--help`: not filled.
    let examples = cmd
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    section("cli-man-examples", &|w| {
        w.extend(b".SH\n.nf\n");
        no_fill(&examples, w);
        w.extend(b".fi\n");
        Ok(())
    })?;
    section("cli-man-version", &|w| man.render_version_section(w))?;
    if lang != Language::En {
        // clap_mangen leaves out the empty date, so that `man` would take the
        // source for the date and the manual's name for the source.
        let source = format!("amphi {}", env!("CARGO_PKG_VERSION"));
        let manual = tr(lang, "cli-man-manual", &[]);
        title_line = request("TH", &["amphi", "1", "", &source, &manual]);
    }
    out.extend(format!("{}\n{preamble}", title_line.trim_end()).into_bytes());
    // French typography's no-break spaces as roff's own (`\~`): troff has no
    // glyph for U+202F and drops U+00A0 outside UTF-8 terminals.
    let parts = String::from_utf8(parts).map_err(io::Error::other)?;
    out.extend(parts.replace(['\u{a0}', '\u{202f}'], "\\~").into_bytes());
    Ok(())
}

/// A section heading in roff: `.SH TITLE`.
fn sh(title: &str) -> String {
    request("SH", &[title])
}

/// The roff request `name` with `args`, on one line: each argument quoted
/// when it is empty or has a space, its backslashes and hyphens as roff
/// writes them.
fn request(name: &str, args: &[&str]) -> String {
    let mut line = format!(".{name}");
    for arg in args {
        let arg = arg.replace('\\', "\\e").replace('-', "\\-");
        if arg.is_empty() || arg.contains(' ') {
            line.push_str(&format!(" \"{arg}\""));
        } else {
            line.push(' ');
            line.push_str(&arg);
        }
    }
    line.push('\n');
    line
}

/// `text` (a help) for a roff no-fill block, its long lines wrapped.
fn no_fill(text: &str, out: &mut Vec<u8>) {
    for line in text.trim_end().lines() {
        for piece in wrap(line, MAN_WIDTH) {
            out.extend(roff_literal(&piece).as_bytes());
            out.push(b'\n');
        }
    }
}

/// Columns of a command's help in the man page (which indents it by 7 more).
const MAN_WIDTH: usize = 72;

/// `line` cut at spaces into lines of at most `width` columns where it can be,
/// each continuation indented like `line`; the spaces between words stay as
/// they are (examples are aligned in columns).
fn wrap(line: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let indent = &line[..line.len() - line.trim_start().len()];
    let mut lines = Vec::new();
    let mut current = indent.to_owned();
    let mut rest = &line[indent.len()..];
    while !rest.is_empty() {
        let after = rest.trim_start_matches(' ');
        let spaces = &rest[..rest.len() - after.len()];
        let end = after.find(' ').unwrap_or(after.len());
        let word = &after[..end];
        rest = &after[end..];
        if word.is_empty() {
            break;
        }
        let fits = current.width() + spaces.width() + word.width() <= width;
        if current.len() > indent.len() && !fits {
            lines.push(std::mem::replace(&mut current, indent.to_owned()));
        } else {
            current.push_str(spaces);
        }
        current.push_str(word);
    }
    lines.push(current);
    lines
}

/// A line of text for a roff no-fill block: shown as it is.
fn roff_literal(line: &str) -> String {
    let line = line.replace('\\', "\\e").replace('-', "\\-");
    if line.starts_with(['.', '\'']) {
        format!("\\&{line}")
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_help_lines_are_wrapped_for_the_man_page() {
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("  a bb ccc dddd", 8), ["  a bb", "  ccc", "  dddd"]);
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            ["averyveryverylongword", "x"]
        );
        assert_eq!(roff_literal(".x -y \\z"), "\\&.x \\-y \\ez");
        // Columns of examples stay aligned.
        assert_eq!(wrap("  a    b  c", 20), ["  a    b  c"]);
        assert_eq!(wrap("  a    b  c", 8), ["  a    b", "  c"]);
    }
}
