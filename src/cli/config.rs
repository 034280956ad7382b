//! `amphi config`: the default config file, where the config file is, or whether
//! it reads.

use std::io::Write;

use super::{Cli, Failure, shown_path};
use crate::i18n::tr;

/// Prints the default config (`print_default`), the config file's path (`path`),
/// or checks the config file and says it is fine.
///
/// # Errors
/// A usage [`Failure`] when the config file does not read, or output fails.
pub(super) fn run(
    cli: &Cli,
    print_default: bool,
    path: bool,
    out: &mut Vec<u8>,
) -> Result<u8, Failure> {
    let lang = super::command_language(cli, None);
    let file = cli
        .config
        .clone()
        .or_else(crate::config::default_config_path);
    if print_default {
        out.extend(crate::config::default_text_in(lang).as_bytes());
    } else if path {
        match file {
            Some(f) => writeln!(out, "{}", shown_path(&f)),
            None => writeln!(out, "{}", tr(lang, "cli-config-no-folder", &[])),
        }
        .map_err(|e| Failure::usage(e.to_string()))?;
    } else {
        crate::config::load(cli.config.as_deref()).map_err(|e| {
            Failure::usage(tr(
                lang,
                "cli-config-bad",
                &[("error", e.render(lang).into())],
            ))
        })?;
        let shown = file.map_or_else(|| tr(lang, "cli-config-defaults", &[]), |f| shown_path(&f));
        let ok = tr(lang, "cli-config-ok", &[("file", shown.into())]);
        writeln!(out, "{ok}").map_err(|e| Failure::usage(e.to_string()))?;
    }
    Ok(0)
}
