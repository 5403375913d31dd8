//! What a share-link code is made of, and finding codes in text. A leaf of
//! `persist`: the codec (`link`) and the history format (which stores codes)
//! both build on it, and it depends on nothing.

/// Where a code starts in a link's fragment.
pub const LINK_PREFIX: &str = "#/s/";
/// Links longer than this are refused before any decoding (the longest plan
/// the editors allow compresses to well under it).
pub const MAX_LINK_CHARS: usize = 200_000;

/// The part after `#/s/`: the longest run of the characters a link code
/// is made of (`A–Z a–z 0–9 - _ .`), so whatever chat apps append
/// (`&from=…`, `?isappinstalled=0`), whitespace from copying, or the
/// sentence around a pasted link (`看这个…谢谢。`) is left out.
pub fn link_code(link: &str) -> Option<&str> {
    let start = link.find(LINK_PREFIX)? + LINK_PREFIX.len();
    let code = &link[start..];
    let end = code.find(|c: char| !is_code_char(c)).unwrap_or(code.len());
    Some(&code[..end])
}

/// Links read from one paste.
pub const MAX_PASTED_LINKS: usize = 60;

/// The codes of every share link in `text`, in order, as
/// [`link_code`] reads them, so links inside sentences, wrapped in
/// punctuation or followed by `&from=…` are found.
pub fn find_codes(text: &str) -> Vec<&str> {
    let mut codes = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find(LINK_PREFIX) {
        let code = link_code(&rest[pos..]).unwrap_or_default();
        codes.push(code);
        rest = &rest[pos + LINK_PREFIX.len() + code.len()..];
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
