//! Share links: a whole plan in the URL fragment, never in the query, so
//! nothing reaches a server.
//!
//! ```text
//! #/s/z1.<dict>.<data>.<check>
//! ```
//! - `z1` — the codec tag and link-format version: raw DEFLATE, then
//!   base64url without padding. A later format gets a new tag; this one is
//!   decoded for as long as Qunce exists.
//! - `<dict>` — which frozen preset dictionary the data was compressed
//!   against: `0` none, `1`–`8` the example plans as they were when format 1
//!   was released, `9`–`16` as they are in saved-data format 2 (`dict/`,
//!   never edited — a test pins their checksums). A plan started from an
//!   example shares most of its text with it, so its link carries little
//!   more than what the user changed.
//! - `<check>` — CRC-32 of the decompressed text, 8 hex digits: a truncated
//!   or altered link is refused instead of half-read.
//!
//! The decompressed text is the same envelope as storage, and goes through
//! the one [`restore()`](super::restore) (its plan-only form,
//! [`restore_plan`](super::envelope::restore_plan)). Whatever chat apps append after an
//! `&` or `?` is ignored.

use miniz_oxide::deflate::core::{compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

pub use super::code::{
    clean_code, find_codes, is_code_char, link_code, page_hash, route_path, shared_code, unescape,
    LINK_PREFIX, MAX_LINK_CHARS, MAX_PASTED_LINKS, QUERY_PREFIX,
};
use super::envelope::{encode_plan, restore_plan, Doc, RestoreError, Restored};
use crate::domain::Plan;

/// The fragment prefix of a share link.
/// The codec tag of link format 1.
pub const CODEC: &str = "z1";
/// The decompressed text may not grow past this (a "zip bomb" guard).
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
/// Links up to this long are comfortable in chat apps and QR codes.
pub const COMFORT_CHARS: usize = 1_000;
/// Over this, the page suggests a file instead.
pub const WARN_CHARS: usize = 2_000;

/// The frozen dictionaries, by number (1-based): 1–8 the examples of
/// saved-data format 1, 9–16 those of format 2 (the one target, the default
/// threshold and tiers of issue 23 and 21).
pub const DICTS: [&[u8]; 16] = [
    include_bytes!("dict/1-job-zh.json"),
    include_bytes!("dict/2-job-en.json"),
    include_bytes!("dict/3-home-zh.json"),
    include_bytes!("dict/4-home-en.json"),
    include_bytes!("dict/5-paid-zh.json"),
    include_bytes!("dict/6-paid-en.json"),
    include_bytes!("dict/7-school-zh.json"),
    include_bytes!("dict/8-school-en.json"),
    include_bytes!("dict/9-job-zh.json"),
    include_bytes!("dict/10-job-en.json"),
    include_bytes!("dict/11-home-zh.json"),
    include_bytes!("dict/12-home-en.json"),
    include_bytes!("dict/13-paid-zh.json"),
    include_bytes!("dict/14-paid-en.json"),
    include_bytes!("dict/15-school-zh.json"),
    include_bytes!("dict/16-school-en.json"),
];

/// CRC-32 of each frozen dictionary. The shared-link viewer does not carry
/// [`DICTS`]: the page fetches the one dictionary a link names
/// (`dict-<n>.json`, written into the build by scripts/viewer.sh), and it is
/// used only if it matches its sum here (see [`decode_code_given`]).
pub const DICT_SUMS: [u32; 16] = [
    // Format 1's examples.
    0x706a8b31, 0x9a8dff5d, 0x994fe17d, 0xcf0ae175, 0xe558e2a4, 0x7733297b, 0x8a5e3548, 0x8ff40a1a,
    // Format 2's (saved-data version 2).
    0x321455ed, 0x8d7a97b7, 0x4221ebe4, 0x5526d941, 0x92923ec3, 0x6f9fb851, 0x0c042760, 0xf56b1ca3,
];

/// DEFLATE looks back at most this far, so only a dictionary's tail counts.
const WINDOW: usize = 32 * 1024;

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Not a Qunce share link at all (no `#/s/` part).
    NotALink,
    /// Over [`MAX_LINK_CHARS`].
    TooLong {
        chars: usize,
    },
    /// A codec tag this build does not know: made by a newer Qunce.
    NewerFormat {
        tag: String,
    },
    /// Pieces missing, or characters outside the alphabet: cut off or
    /// mangled on the way.
    Damaged,
    /// The text does not match its checksum: altered or truncated.
    BadChecksum,
    /// Decoded, but not a plan (a bad envelope, a preferences blob, …).
    Restore(RestoreError),
    NotAPlan,
}

/// A plan read from a link, with what `restore()` had to repair.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedPlan {
    pub plan: Plan,
    pub repaired: bool,
}

/// The fragment (`#/s/…`) that carries `plan`.
pub fn encode_link(plan: &Plan) -> String {
    format!("{LINK_PREFIX}{}", encode_code(plan))
}

/// The code that carries `plan` (a link's fragment without `#/s/`; saved
/// versions store it as it is).
pub fn encode_code(plan: &Plan) -> String {
    let text = encode_plan(plan);
    let (dict, data) = smallest(text.as_bytes());
    let check = crc32fast::hash(text.as_bytes());
    format!("{CODEC}.{dict}.{}.{check:08x}", base64url(&data))
}

/// Compresses against every dictionary and keeps the shortest result.
fn smallest(text: &[u8]) -> (usize, Vec<u8>) {
    let mut best = (0, deflate(&[], text));
    for (i, dict) in DICTS.iter().enumerate() {
        let data = deflate(dict, text);
        if data.len() < best.1.len() {
            best = (i + 1, data);
        }
    }
    best
}

/// Reads a link: a whole URL, or just its fragment. Never panics.
pub fn decode_link(link: &str) -> Result<SharedPlan, LinkError> {
    decode_clean(&link_code(link).ok_or(LinkError::NotALink)?, built_in)
}

/// Reads a code (what follows `#/s/`, up to where it ends, read leniently
/// as [`link_code`] reads it: see `persist::code`). Never panics.
pub fn decode_code(code: &str) -> Result<SharedPlan, LinkError> {
    decode_clean(&clean_code(code), built_in)
}

fn built_in(n: usize) -> Option<&'static [u8]> {
    DICTS.get(n.wrapping_sub(1)).copied()
}

/// The dictionary a code was compressed against: `Some(0)` for none,
/// `Some(n)` for [`DICTS`]`[n - 1]`; `None` when the code does not name one
/// readably (then [`decode_code`] says what is wrong with it).
pub fn code_dict(code: &str) -> Option<usize> {
    let code = clean_code(code);
    let mut parts = code.split('.');
    if parts.next()? != CODEC {
        return None;
    }
    let dict = parts.next()?;
    match dict.parse::<usize>() {
        Ok(0) => Some(0),
        Ok(n) if n <= DICT_SUMS.len() && !dict.starts_with('0') => Some(n),
        _ => None,
    }
}

/// [`decode_code`] with the dictionary the code names supplied by the
/// caller (the viewer, which fetched it) instead of taken from [`DICTS`].
/// `None` if it was not supplied or is not the frozen one (its CRC-32 is
/// not [`DICT_SUMS`]'s): then the caller cannot read this code itself.
pub fn decode_code_given(code: &str, dict: Option<&[u8]>) -> Option<Result<SharedPlan, LinkError>> {
    let given = |n: usize| dict.filter(|d| DICT_SUMS.get(n.wrapping_sub(1)) == Some(&crc32fast::hash(d)));
    match code_dict(code) {
        Some(n) if n > 0 && given(n).is_none() => None,
        _ => Some(decode_clean(&clean_code(code), given)),
    }
}

/// Reads a code that is only code characters, with the dictionaries `dict`
/// gives by number.
fn decode_clean<'a>(
    code: &str,
    dict_for: impl Fn(usize) -> Option<&'a [u8]>,
) -> Result<SharedPlan, LinkError> {
    if code.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars: code.chars().count() });
    }
    let mut parts = code.split('.');
    let tag = parts.next().unwrap_or_default();
    if tag != CODEC {
        // A tag followed by more parts is a newer format; a code of this
        // family ("z" and a number) cut short is damage; anything else was
        // never a Qunce link (another site's `#/s/…`).
        let looks_like_tag = !tag.is_empty()
            && tag.len() <= 8
            && tag.bytes().all(|b| b.is_ascii_alphanumeric())
            && code.split('.').count() >= 3;
        let ours = tag.strip_prefix('z').is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
        return Err(if looks_like_tag {
            LinkError::NewerFormat { tag: tag.to_owned() }
        } else if ours || tag.is_empty() {
            LinkError::Damaged
        } else {
            LinkError::NotALink
        });
    }
    let (Some(dict), Some(data), Some(check), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(LinkError::Damaged);
    };
    let dict: &[u8] = match dict.parse::<usize>() {
        Ok(0) => &[],
        // No leading zeros: one spelling per dictionary.
        Ok(n) if n <= DICT_SUMS.len() && !dict.starts_with('0') => dict_for(n).ok_or(LinkError::Damaged)?,
        _ => return Err(LinkError::Damaged),
    };
    if check.len() != 8 {
        return Err(LinkError::Damaged);
    }
    let check = u32::from_str_radix(check, 16).map_err(|_| LinkError::Damaged)?;
    let data = unbase64url(data).ok_or(LinkError::Damaged)?;
    let text = inflate(dict, &data).ok_or(LinkError::BadChecksum)?;
    if crc32fast::hash(&text) != check {
        return Err(LinkError::BadChecksum);
    }
    let text = String::from_utf8(text).map_err(|_| LinkError::BadChecksum)?;
    match restore_plan(&text) {
        // A migration from an older format is not a repair the user must hear of.
        Ok(Restored { doc: Doc::Plan(plan), repairs }) => {
            Ok(SharedPlan { plan: *plan, repaired: repairs.iter().any(|r| r.is_lossy()) })
        }
        Ok(_) | Err(RestoreError::NotAPlan) => Err(LinkError::NotAPlan),
        Err(e) => Err(LinkError::Restore(e)),
    }
}

fn deflate(dict: &[u8], text: &[u8]) -> Vec<u8> {
    // Raw DEFLATE (negative window bits: no zlib header), best compression.
    let mut c = CompressorOxide::new(create_comp_flags_from_zip_params(9, -15, 0));
    let dict = &dict[dict.len().saturating_sub(WINDOW)..];
    let mut out = Vec::new();
    if !dict.is_empty() {
        // A sync flush ends the dictionary's blocks on a byte boundary and
        // keeps the window, so the text's blocks may point back into it; the
        // link carries only the bytes after that boundary.
        run(&mut c, dict, TDEFLFlush::Sync, &mut out);
        out.clear();
    }
    run(&mut c, text, TDEFLFlush::Finish, &mut out);
    out
}

fn run(c: &mut CompressorOxide, mut input: &[u8], flush: TDEFLFlush, out: &mut Vec<u8>) {
    let mut buf = vec![0u8; input.len() + input.len() / 8 + 1024];
    loop {
        let (status, used, written) = compress(c, input, &mut buf, flush);
        out.extend_from_slice(&buf[..written.min(buf.len())]);
        input = &input[used.min(input.len())..];
        // Done (finish), or a sync flush that had room to write everything.
        let drained = written < buf.len() && input.is_empty();
        if status != miniz_oxide::deflate::core::TDEFLStatus::Okay || drained {
            return;
        }
    }
}

/// Inflates `data` as if `dict` came before it; `None` if the data is not
/// valid DEFLATE or grows past [`MAX_TEXT_BYTES`].
fn inflate(dict: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    let dict = &dict[dict.len().saturating_sub(WINDOW)..];
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let limit = dict.len() + MAX_TEXT_BYTES;
    let mut out = dict.to_vec();
    out.resize((dict.len() + data.len() * 4 + 64).min(limit), 0);
    let mut r = Box::<DecompressorOxide>::default();
    let (mut input, mut pos) = (data, dict.len());
    loop {
        let (status, used, written) = decompress(&mut r, input, &mut out, pos, flags);
        pos += written;
        input = input.get(used..)?;
        match status {
            TINFLStatus::Done => {
                out.truncate(pos);
                return Some(out.split_off(dict.len()));
            }
            TINFLStatus::HasMoreOutput if out.len() < limit => {
                let grown = out.len().saturating_mul(2).min(limit);
                out.resize(grown, 0);
            }
            _ => return None,
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url (RFC 4648 §5) without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            s.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    s
}

/// The inverse of [`base64url`]; `None` for any character outside the
/// alphabet or an impossible length.
pub fn unbase64url(s: &str) -> Option<Vec<u8>> {
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}
