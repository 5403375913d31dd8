//! Every file and text made from a plan, in one place: what it holds, its
//! file name and its MIME type. The app only hands an [`ExportFile`] to the
//! browser's download service; the renderers are pure and tested natively.
//!
//! - plan file: the stored envelope, re-importable ([`plan_file`]);
//! - backup of all plans ([`backup_file`]);
//! - Markdown summary ([`markdown_file`], [`markdown()`]);
//! - WeChat group-notice text, copied rather than downloaded ([`wechat()`]);
//! - the KPI simulator's daily series as CSV ([`kpi_csv_file`], [`csv()`]);
//! - a stored value that could not be read, byte for byte ([`raw_file`]).

#[cfg(feature = "ui-strings")]
mod board;
mod csv;
mod markdown;
mod wechat;

#[cfg(feature = "ui-strings")]
pub use board::{board_csv, board_file, board_markdown};
pub use csv::csv;
pub use markdown::{markdown, md_escape};
pub use wechat::{wechat, NoticeOptions};

use crate::domain::Plan;
use crate::i18n::Lang;
use crate::persist::{encode_backup, encode_plan};
use crate::summary::Summary;

/// A file to offer for download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    pub name: String,
    pub mime: &'static str,
    pub body: String,
}

const JSON: &str = "application/json";

/// `name` as the start of a file name that every system accepts: no
/// `\\ / : * ? " < > |` or control characters, no leading or trailing dots
/// or spaces, at most 60 characters, not a name Windows reserves (`CON`,
/// `NUL`, `COM1`, …); `qunce` if nothing is left.
pub fn safe_file_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c.is_control() || matches!(c, '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
            continue;
        }
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    let out: String = out.trim_matches([' ', '.']).chars().take(60).collect();
    let out = out.trim_matches([' ', '.']).to_owned();
    let stem = out.split('.').next().unwrap_or_default().to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.ends_with(|c: char| c.is_ascii_digit()));
    if out.is_empty() {
        "qunce".to_owned()
    } else if reserved {
        format!("qunce-{out}")
    } else {
        out
    }
}

/// The file-name stem of a plan's files: its name (or "qunce-plan") and
/// `date` (`YYYY-MM-DD`, the caller's local date).
fn stem(plan: &Plan, date: &str) -> String {
    let name = if plan.name.trim().is_empty() { "qunce-plan" } else { &plan.name };
    format!("{}-{date}", safe_file_name(name))
}

/// A plan as `<name>-<date>.json`: its envelope exactly as stored.
pub fn plan_file(plan: &Plan, date: &str) -> ExportFile {
    ExportFile { name: format!("{}.json", stem(plan, date)), mime: JSON, body: encode_plan(plan) }
}

/// Every plan as one backup file, `qunce-plans-<stamp>.json` (`stamp` is
/// the local date and time the caller formats, e.g. `2026-12-04-1930`).
pub fn backup_file(plans: &[&Plan], stamp: &str) -> ExportFile {
    ExportFile { name: format!("qunce-plans-{stamp}.json"), mime: JSON, body: encode_backup(plans) }
}

/// The summary as `<name>-<date>.md`.
pub fn markdown_file(plan: &Plan, summary: &Summary, lang: Lang, date: &str) -> ExportFile {
    ExportFile {
        name: format!("{}.md", stem(plan, date)),
        mime: "text/markdown;charset=utf-8",
        body: markdown(summary, lang),
    }
}

/// The KPI simulator's daily series of plan `plan_name`,
/// `<name>-KPI-<date>.csv` (`body` from [`csv()`]).
pub fn kpi_csv_file(plan_name: &str, date: &str, body: String) -> ExportFile {
    let name = if plan_name.trim().is_empty() { "qunce-plan" } else { plan_name };
    ExportFile {
        name: format!("{}-KPI-{date}.csv", safe_file_name(name)),
        mime: "text/csv;charset=utf-8",
        body,
    }
}

/// A stored value set aside at start-up, as a text file named after its key
/// (every character but ASCII letters, digits and `-` becomes `_`).
pub fn raw_file(key: &str, raw: String) -> ExportFile {
    let safe: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    ExportFile { name: format!("{safe}.txt"), mime: "text/plain", body: raw }
}
