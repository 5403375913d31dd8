//! The summary as plain text for a WeChat group notice, written for the
//! group's members: what the community is, for whom, its value, threshold,
//! rhythm and rules, and the way up — without the operator's figures
//! (readiness, profit model, budget, forecasts, chances) unless asked for.
//! One line per row and per item, no hard line breaks inside a sentence:
//! WeChat wraps the text itself at the reader's screen width.

use crate::i18n::{Key, Lang};
use crate::summary::Summary;

/// What goes into the notice besides what members need.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoticeOptions {
    /// The operator's figures too: every step of the summary.
    pub figures: bool,
    /// The plan's share link, on the last line.
    pub link: Option<String>,
}

/// A row's label as the start of a line: a label that has a colon of its
/// own ("核心：谁来带领") keeps it as a dot, so no line has two colons
/// before its value.
fn label(text: &str, lang: Lang) -> String {
    let text = text.replace(['：', ':'], " · ").replace("  ", " ");
    format!("{}{}", text.trim(), lang.colon())
}

/// One paragraph: line breaks inside a value become spaces.
fn flat(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for part in text.split(['\n', '\r']).map(str::trim).filter(|s| !s.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The notice text of `s`, in `lang`.
pub fn wechat(s: &Summary, lang: Lang, options: &NoticeOptions) -> String {
    let mut out = format!("【{}】\n", flat(&s.title));
    for section in &s.sections {
        let rows: Vec<_> = section.rows.iter().filter(|r| options.figures || !r.internal).collect();
        if rows.is_empty() {
            continue;
        }
        out.push('\n');
        if options.figures {
            out.push_str(&format!("▌{}\n", flat(&section.title)));
        }
        for r in rows {
            out.push_str(&label(&r.label, lang));
            out.push_str(&flat(&r.value));
            out.push('\n');
            for item in &r.items {
                out.push_str(&format!("· {}\n", flat(item)));
            }
        }
    }
    if let Some(link) = &options.link {
        out.push('\n');
        out.push_str(&label(lang.t(Key::NoticeLink), lang));
        out.push_str(link);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(lang.t(Key::SummaryMadeWith));
    out.push('\n');
    out
}
