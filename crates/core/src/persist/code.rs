//! What a share-link code is made of, and finding codes in text. A leaf of
//! `persist`: the codec (`link`) and the history format (which stores codes)
//! both build on it, and it depends on nothing.
//!
//! Chat apps and people mangle links, so a code is read leniently — and
//! then checked strictly by the codec (its CRC-32), so leniency can never
//! open a different plan:
//! - whatever follows the code is left out: parameters appended in the
//!   fragment or the query (`&from=singlemessage`, `&isappinstalled=0`,
//!   `?nsukey=…`), punctuation, the sentence around a pasted link;
//! - the few characters chat apps percent-encode in a link (`%2E` for a
//!   dot, `%2F`, `%23`, `%2D`, `%5F`, and `%20` or line breaks from a
//!   wrapped copy) are read as what they stand for;
//! - a code broken by spaces or line breaks (a link wrapped when copied) is
//!   joined again while it is not yet complete (`tag.dict.data.check`, the
//!   check 8 hex digits);
//! - besides the fragment form (`#/s/<code>`, what Qunce writes: a fragment
//!   never reaches the host), the query form `?s=<code>` is accepted, for
//!   in-app browsers that drop fragments.

use std::borrow::Cow;

/// Where a code starts in a link's fragment.
pub const LINK_PREFIX: &str = "#/s/";
/// Where a code starts in the query form of a link.
pub const QUERY_PREFIX: &str = "?s=";
/// Links longer than this are refused before any decoding (the longest plan
/// the editors allow compresses to well under it).
pub const MAX_LINK_CHARS: usize = 200_000;

/// `text` with the percent-escapes chat apps put into links decoded: of
/// `# / . - _`, a space and line breaks only (any other escape is left as
/// it is, so it still makes the code damaged rather than different).
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('%') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('%') {
        out.push_str(&rest[..pos]);
        let escaped = rest.get(pos + 1..pos + 3).and_then(|hex| match hex.to_ascii_uppercase().as_str() {
            "23" => Some('#'),
            "2F" => Some('/'),
            "2E" => Some('.'),
            "2D" => Some('-'),
            "5F" => Some('_'),
            "20" => Some(' '),
            "0A" => Some('\n'),
            "0D" => Some('\r'),
            _ => None,
        });
        match escaped {
            Some(c) => {
                out.push(c);
                rest = &rest[pos + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[pos + 1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether `code` has all four parts of a code, its check 8 hex digits.
fn complete(code: &str) -> bool {
    let check = code.rsplit('.').next().unwrap_or_default();
    code.split('.').count() >= 4 && check.len() >= 8 && check.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The code at the start of `text` (already unescaped): code characters,
/// joined across spaces and line breaks while the code is not complete.
/// Also returns how many bytes of `text` it spans.
fn read_code(text: &str) -> (String, usize) {
    let mut code = String::new();
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if is_code_char(c) {
            code.push(c);
            chars.next();
            end = i + c.len_utf8();
        } else if c.is_whitespace() && !code.is_empty() && !complete(&code) {
            // A wrapped link: go on only if code characters follow the gap.
            let rest = &text[i..];
            let after = i + rest.find(|c: char| !c.is_whitespace()).unwrap_or(rest.len());
            if text[after..].chars().next().is_some_and(is_code_char) {
                while chars.peek().is_some_and(|&(j, _)| j < after) {
                    chars.next();
                }
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (code, end)
}

/// Where the first link prefix in `text` starts and the code after it
/// begins: the fragment form, or the query form if it comes first.
fn find_prefix(text: &str) -> Option<(usize, usize)> {
    let fragment = text.find(LINK_PREFIX).map(|p| (p, p + LINK_PREFIX.len()));
    let query = text.find(QUERY_PREFIX).map(|p| (p, p + QUERY_PREFIX.len()));
    match (fragment, query) {
        (Some(f), Some(q)) => Some(if q.0 < f.0 { q } else { f }),
        (f, q) => f.or(q),
    }
}

/// The code of the first link in `link` (a whole URL, a fragment, or text
/// around one), read leniently as the module says; `None` if there is no
/// link prefix at all.
pub fn link_code(link: &str) -> Option<String> {
    let text = unescape(link);
    let (_, start) = find_prefix(&text)?;
    Some(read_code(&text[start..]).0)
}

/// A code as it may arrive after `#/s/` (a route, a saved version): read up
/// to where it ends, unescaped and joined as [`link_code`] does.
pub fn clean_code(code: &str) -> String {
    read_code(&unescape(code)).0
}

/// Links read from one paste.
pub const MAX_PASTED_LINKS: usize = 60;

/// The codes of every share link in `text`, in order, read as
/// [`link_code`] reads them, so links inside sentences, wrapped in
/// punctuation, followed by `&from=…`, percent-encoded or broken over two
/// lines are found. A query-form `?s=` counts only when what follows looks
/// like a code (has its four parts), so a web search link is not taken for
/// a plan.
pub fn find_codes(text: &str) -> Vec<String> {
    let text = unescape(text);
    let mut codes = Vec::new();
    let mut rest: &str = &text;
    while let Some((at, start)) = find_prefix(rest) {
        let (code, len) = read_code(&rest[start..]);
        let query = rest[at..].starts_with(QUERY_PREFIX);
        if !query || code.split('.').count() >= 4 {
            codes.push(code);
        }
        rest = &rest[start + len..];
        if codes.len() == MAX_PASTED_LINKS {
            break;
        }
    }
    codes
}

/// Whether `c` can appear in a link code.
pub fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'
}

/// The fragment a page address opens: its own, or — when it has none and
/// the query carries a share code (`?s=<code>`, the query form of a link,
/// for in-app browsers that drop fragments) — that shared plan's.
pub fn page_hash(hash: &str, search: &str) -> String {
    let bare = hash.is_empty() || hash == "#";
    let code = if bare && search.contains(QUERY_PREFIX) { link_code(search) } else { None };
    match code {
        Some(code) => format!("{LINK_PREFIX}{code}"),
        None => hash.to_owned(),
    }
}

/// The path of a fragment as the app routes it: unescaped (chat apps may
/// percent-encode its slashes and dots), without the `#` and without
/// whatever a chat app appended after the first `&` or `?`.
pub fn route_path(hash: &str) -> String {
    let hash = unescape(hash);
    let hash = hash.strip_prefix('#').unwrap_or(&hash);
    hash.split(['&', '?']).next().unwrap_or_default().to_owned()
}

/// The share code a page address opens, if it is a shared plan's
/// (`#/s/<code>`, or `?s=<code>` with no fragment): what both the editor's
/// router and the shared-link viewer read, so they always agree on which
/// pages are shared plans.
pub fn shared_code(hash: &str, search: &str) -> Option<String> {
    let path = route_path(&page_hash(hash, search));
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    match (parts.next(), parts.next(), parts.next()) {
        (Some("s"), Some(code), None) => Some(code.to_owned()),
        _ => None,
    }
}
