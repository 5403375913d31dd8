//! The workshop board's reading of a chat (issue 24): who sent which link.
//! A trainer copies the workshop group's chat into the board; WeChat and
//! QQ copy a message as a "name time" line above it (desktop and phone,
//! and inside forwarded "[聊天记录]" blocks), or as "name: message" on one
//! line. The chat is cut into messages by those lines, and each message's
//! links (found as `persist::code::find_codes` finds them, so a link broken
//! over two lines still counts) are its sender's.

use crate::persist::code::find_codes;

mod table;
pub use table::{common_day, facts, table, Cell, Facts, Rank, Row, Table, TierFacts};

/// One link as posted: by whom (if the chat says), and the start of the
/// message it was in, to quote when the link cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    pub sender: Option<String>,
    pub code: String,
    /// The message's first line with text, at most [`QUOTE_CHARS`] characters.
    pub quote: String,
}

/// Characters of a message quoted beside a link that cannot be read.
pub const QUOTE_CHARS: usize = 40;
/// Longest name taken for a sender.
pub const MAX_SENDER_CHARS: usize = 24;

/// Every link in `chat`, in order, with its sender.
pub fn posts(chat: &str) -> Vec<Post> {
    let mut out = Vec::new();
    for (sender, body) in messages(chat) {
        let quote: String = body
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default()
            .chars()
            .take(QUOTE_CHARS)
            .collect();
        for code in find_codes(&body) {
            out.push(Post { sender: sender.clone(), code, quote: quote.clone() });
        }
    }
    out
}

/// The line the board writes above a link read by its camera: a message
/// of its own, with no sender (the trainer can name its column).
pub const CAMERA_MARKS: [&str; 2] = ["[扫码]", "[camera]"];

/// The chat cut into messages: (sender, text). A "name time" line starts a
/// message of the lines below it; a "name: text" line is a message of its
/// own (with any lines below it that start no message); text before any
/// sender line, or below a [`CAMERA_MARKS`] line, has no sender.
pub fn messages(chat: &str) -> Vec<(Option<String>, String)> {
    let mut out: Vec<(Option<String>, String)> = Vec::new();
    let mut current: (Option<String>, String) = (None, String::new());
    let flush = |m: &mut (Option<String>, String), out: &mut Vec<(Option<String>, String)>| {
        if !m.1.trim().is_empty() {
            out.push(std::mem::take(m));
        }
    };
    for line in chat.lines() {
        if CAMERA_MARKS.contains(&line.trim()) {
            flush(&mut current, &mut out);
            current = (None, String::new());
        } else if let Some(name) = header_sender(line) {
            flush(&mut current, &mut out);
            current = (Some(name), String::new());
        } else if let Some((name, text)) = inline_sender(line) {
            flush(&mut current, &mut out);
            current = (Some(name), format!("{text}\n"));
        } else {
            current.1.push_str(line);
            current.1.push('\n');
        }
    }
    flush(&mut current, &mut out);
    out
}

/// A name as chat apps show it, cleaned: no QQ number or WeChat id in
/// brackets after it, no group badge before it, trimmed, at most
/// [`MAX_SENDER_CHARS`]; `None` if nothing is left or it looks like a link
/// or a sentence rather than a name.
fn name(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    // "李雷(12345678)" or "Lily<lily@example.com>": the id goes.
    for (open, close) in [('(', ')'), ('（', '）'), ('<', '>')] {
        if s.ends_with(close) {
            if let Some(at) = s.rfind(open) {
                s = s[..at].trim_end();
            }
        }
    }
    // "【组长】李雷": a badge goes.
    if let Some(rest) = s.strip_prefix('【').and_then(|r| r.split_once('】')) {
        s = rest.1.trim();
    }
    let n = s.chars().count();
    let looks_like_text = s.contains("://")
        || s.contains("#/")
        || s.contains('/') && !s.contains(' ')
        || s.ends_with(['。', '.', '!', '！', '?', '？']);
    (n > 0 && n <= MAX_SENDER_CHARS && !looks_like_text).then(|| s.to_owned())
}

/// Whether `s` is a time of day: "9:05", "21:34", "21:34:07".
fn is_time(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `s` is a date as chat apps write it: "2026/12/4", "2026-12-04",
/// "12月4日", "2026年12月4日", "昨天", "星期四", "Yesterday", "12/4".
fn is_date(s: &str) -> bool {
    let words = ["昨天", "前天", "今天", "Yesterday", "Today"];
    if words.contains(&s) || s.starts_with("星期") || s.starts_with("周") && s.chars().count() == 2 {
        return true;
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    digits >= 2 && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | '年' | '月' | '日'))
}

/// The sender of a "name time" line ("李雷 21:34", "李雷 2026/12/4
/// 21:34:07", "Lily Wang 12/4 9:05 PM", "李雷(12345678) 21:34:07").
fn header_sender(line: &str) -> Option<String> {
    let line = line.trim();
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    if matches!(words.last(), Some(&"AM" | &"PM" | &"上午" | &"下午")) {
        words.pop();
    }
    let time = words.pop()?;
    if !is_time(time) {
        return None;
    }
    while words.last().is_some_and(|w| is_date(w)) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    name(&words.join(" "))
}

/// The sender and text of a "name: text" line ("李雷：看看我的方案 https://…").
/// The name is what comes before the first colon, if it is a name (so
/// "https://…" or "注意：…" sentences are not taken for one).
fn inline_sender(line: &str) -> Option<(String, &str)> {
    let at = line.find([':', '：'])?;
    let (who, rest) = line.split_at(at);
    let rest = rest.trim_start_matches([':', '：']).trim();
    // "21:34", "请在 21:34 前": a time, not a name and a message.
    if who.ends_with(|c: char| c.is_ascii_digit()) && rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if rest.is_empty()
        || rest.starts_with("//")
        || who.trim().is_empty()
        || who.contains(' ') && who.trim().len() > 20
    {
        return None;
    }
    // A name is short and has no sentence punctuation or link in it.
    if who.contains(['，', ',', '。', '、', '#', '?', '？', '[', '【']) && !who.trim_start().starts_with('【')
    {
        return None;
    }
    name(who).map(|n| (n, rest))
}

/// One column of the board: a plan, who sent it first, and who else sent
/// the same link or the same plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Column<T> {
    pub sender: Option<String>,
    pub code: String,
    pub plan: T,
    /// Other senders of the same plan (each once), in order.
    pub also: Vec<String>,
    /// Posts merged into this column (the same link or the same plan again).
    pub merged: usize,
}

/// The board's columns from the posts: each link read once by `read`; a
/// link posted again, or another link to the same plan (`same`), joins the
/// column of its first post. Links that cannot be read are returned with
/// their post, to be named by sender and quoted.
pub fn columns<T: Clone, E: Clone>(
    posts: &[Post],
    mut read: impl FnMut(&str) -> Result<T, E>,
    same: impl Fn(&T, &T) -> bool,
) -> (Vec<Column<T>>, Vec<(Post, E)>) {
    let mut cols: Vec<Column<T>> = Vec::new();
    let mut bad: Vec<(Post, E)> = Vec::new();
    for post in posts {
        if bad.iter().any(|(p, _)| p.code == post.code) {
            continue;
        }
        let existing = cols.iter().position(|c| c.code == post.code);
        let plan = match existing {
            Some(_) => None,
            None => match read(&post.code) {
                Ok(plan) => Some(plan),
                Err(e) => {
                    bad.push((post.clone(), e));
                    continue;
                }
            },
        };
        let at = existing.or_else(|| plan.as_ref().and_then(|p| cols.iter().position(|c| same(&c.plan, p))));
        match (at, plan) {
            (Some(i), _) => {
                let col = &mut cols[i];
                col.merged += 1;
                if let Some(who) = &post.sender {
                    if col.sender.as_ref() != Some(who) && !col.also.contains(who) {
                        col.also.push(who.clone());
                    }
                }
            }
            (None, Some(plan)) => cols.push(Column {
                sender: post.sender.clone(),
                code: post.code.clone(),
                plan,
                also: Vec::new(),
                merged: 0,
            }),
            (None, None) => {}
        }
    }
    (cols, bad)
}

/// How many people the columns come from: every named sender once, and
/// each column without a sender as one more.
pub fn people<T>(cols: &[Column<T>]) -> usize {
    let mut named: Vec<&str> =
        cols.iter().flat_map(|c| c.sender.iter().chain(c.also.iter())).map(String::as_str).collect();
    named.sort_unstable();
    named.dedup();
    named.len() + cols.iter().filter(|c| c.sender.is_none()).count()
}
