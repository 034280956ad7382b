//! `amphi man`: the manual page, in roff.

use std::io;

/// The manual page, in roff, from the clap definition: clap_mangen's title, name,
/// synopsis, description and options, then a COMMANDS section with each
/// command's full help (there are no separate `amphi-check(1)` pages), then the
/// examples and the version. The page starts with `.TH`, as man pages do.
pub(super) fn page(out: &mut Vec<u8>) -> io::Result<()> {
    /// What roff puts before every rendering; written once, after `.TH`.
    const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let mut cmd = super::clap_command();
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut parts = Vec::new();
    man.render_title(&mut parts)?;
    man.render_name_section(&mut parts)?;
    man.render_synopsis_section(&mut parts)?;
    man.render_description_section(&mut parts)?;
    man.render_options_section(&mut parts)?;
    parts.extend(b".SH COMMANDS\n");
    for sub in cmd
        .get_subcommands_mut()
        .filter(|c| c.get_name() != "help" && !c.is_hide_set())
    {
        let name = sub.get_name().to_owned();
        parts.extend(format!(".SS \"amphi {name}\"\n.nf\n").as_bytes());
        for line in sub.render_long_help().to_string().trim_end().lines() {
            for piece in wrap(line, MAN_WIDTH) {
                parts.extend(roff_literal(&piece).as_bytes());
                parts.push(b'\n');
            }
        }
        parts.extend(b".fi\n");
    }
    man.render_extra_section(&mut parts)?;
    man.render_version_section(&mut parts)?;
    let page = String::from_utf8(parts)
        .map_err(io::Error::other)?
        .replace(PREAMBLE, "");
    let (title, rest) = page.split_once('\n').unwrap_or((&page, ""));
    out.extend(format!("{title}\n{PREAMBLE}{rest}").into_bytes());
    Ok(())
}

/// Columns of a command's help in the man page (which indents it by 7 more).
const MAN_WIDTH: usize = 72;

/// `line` cut at spaces into lines of at most `width` columns where it can be,
/// each continuation indented like `line`.
fn wrap(line: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let indent = &line[..line.len() - line.trim_start().len()];
    let mut lines = Vec::new();
    let mut current = indent.to_owned();
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        let fits = current.width() + 1 + word.width() <= width;
        if current.len() > indent.len() && !fits {
            lines.push(std::mem::replace(&mut current, indent.to_owned()));
        }
        if current.len() > indent.len() {
            current.push(' ');
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
    }
}
