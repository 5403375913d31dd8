//! The summary as plain text for a WeChat group notice.

use crate::i18n::{Key, Lang};
use crate::summary::Summary;

/// Display width: CJK and other wide characters count 2.
fn width(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    if wide {
        2
    } else {
        1
    }
}

/// Lines of at most [`WECHAT_WIDTH`] columns for a group notice.
pub const WECHAT_WIDTH: usize = 36;

fn wrap(text: &str, indent: &str, out: &mut String) {
    let mut col = 0;
    let mut line = String::new();
    for word in split_keep(text) {
        let w: usize = word.chars().map(width).sum();
        if col + w > WECHAT_WIDTH && col > 0 {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_owned();
            col = indent.chars().map(width).sum();
            let word = word.trim_start();
            line.push_str(word);
            col += word.chars().map(width).sum::<usize>();
            continue;
        }
        line.push_str(word);
        col += w;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// Splits into pieces that may not be broken: a Latin word with the spaces
/// before it, or a single wide character.
fn split_keep(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if width(c) == 2 {
            if i > start {
                pieces.push(&text[start..i]);
            }
            pieces.push(&text[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
            in_word = false;
        } else if c == ' ' && in_word {
            pieces.push(&text[start..i]);
            start = i;
            in_word = false;
        } else if c != ' ' {
            in_word = true;
        }
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

/// The summary as plain text to paste into a WeChat group notice: short
/// lines, 【】 headings, no Markdown symbols.
pub fn wechat(s: &Summary, lang: Lang) -> String {
    let colon = lang.colon();
    let mut out = String::new();
    wrap(&format!("【{}】", s.title.replace('\n', " ")), "", &mut out);
    for section in s.sections.iter().filter(|s| !s.rows.is_empty()) {
        out.push('\n');
        wrap(&format!("▌{}", section.title), "", &mut out);
        for r in &section.rows {
            let head = if r.value.is_empty() {
                format!("{}{colon}", r.label)
            } else {
                format!("{}{colon}{}", r.label, r.value.replace('\n', " "))
            };
            wrap(&head, "  ", &mut out);
            for item in &r.items {
                wrap(&format!("· {}", item.replace('\n', " ")), "  ", &mut out);
            }
        }
    }
    out.push('\n');
    wrap(lang.t(Key::SummaryMadeWith), "", &mut out);
    out
}
