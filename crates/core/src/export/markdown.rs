//! The summary as a Markdown file.

use crate::i18n::{Key, Lang};
use crate::summary::{clean, Summary};

/// Escapes every ASCII punctuation character CommonMark could read as
/// markup, so typed text can never become a link, an image, HTML or a table.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in clean(s).chars() {
        match c {
            '\n' => out.push(' '),
            // Plan text never starts a line (it follows our own markup), so
            // line-start markers such as `-`, `+` or `1.` need no escape.
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '!' | '|' | '<' | '>'
            | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The summary as Markdown: a heading per step, a list item per row. Plan
/// text is escaped, so it never turns into markup.
pub fn markdown(s: &Summary, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", md_escape(&s.title));
    for section in &s.sections {
        out.push_str(&format!("## {}\n\n", md_escape(&section.title)));
        if section.rows.is_empty() {
            out.push_str(&format!("{}\n\n", md_escape(lang.t(Key::StatusEmpty))));
            continue;
        }
        for r in &section.rows {
            out.push_str(&format!("- **{}**", md_escape(&r.label)));
            if !r.value.is_empty() {
                out.push_str(&format!(" {}", md_escape(&r.value)));
            }
            out.push('\n');
            for item in &r.items {
                out.push_str(&format!("  - {}\n", md_escape(item)));
            }
        }
        out.push('\n');
    }
    out.push_str(&format!("---\n\n{}\n", md_escape(lang.t(Key::SummaryMadeWith))));
    out
}
