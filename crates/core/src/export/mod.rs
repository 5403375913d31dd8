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

mod csv;
mod markdown;
mod wechat;

pub use csv::csv;
pub use markdown::{markdown, md_escape};
pub use wechat::{wechat, WECHAT_WIDTH};

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

/// A plan as `qunce-<id>.json`: its envelope exactly as stored.
pub fn plan_file(plan: &Plan) -> ExportFile {
    ExportFile { name: format!("qunce-{}.json", plan.id), mime: JSON, body: encode_plan(plan) }
}

/// Every plan as one backup file, `qunce-plans-<stamp>.json` (`stamp` is
/// the local date and time the caller formats, e.g. `2026-12-04-1930`).
pub fn backup_file(plans: &[&Plan], stamp: &str) -> ExportFile {
    ExportFile { name: format!("qunce-plans-{stamp}.json"), mime: JSON, body: encode_backup(plans) }
}

/// The summary as `qunce-<id>.md`.
pub fn markdown_file(plan: &Plan, summary: &Summary, lang: Lang) -> ExportFile {
    ExportFile {
        name: format!("qunce-{}.md", plan.id),
        mime: "text/markdown;charset=utf-8",
        body: markdown(summary, lang),
    }
}

/// The KPI simulator's daily series, `qunce-kpi.csv` (`body` from [`csv()`]).
pub fn kpi_csv_file(body: String) -> ExportFile {
    ExportFile { name: "qunce-kpi.csv".to_owned(), mime: "text/csv", body }
}

/// A stored value set aside at start-up, as a text file named after its key
/// (every character but ASCII letters, digits and `-` becomes `_`).
pub fn raw_file(key: &str, raw: String) -> ExportFile {
    let safe: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    ExportFile { name: format!("{safe}.txt"), mime: "text/plain", body: raw }
}
