//! Workshop boards kept in the browser (issue 24): each board is the chat
//! text a trainer pasted, named and dated, in its own key
//! (`qunce.board.<id>`), never mixed with the user's plans. The plans on a
//! board are read again from the links in its text, so a board holds no
//! plan data of its own. Read through `restore()` like everything stored.

use serde::Serialize;
use serde_json::{Map, Value};

use super::envelope::{Repair, RestoreError};
use super::kv::{Kv, KvError};
use super::{restore, Doc};
use crate::domain::plan::{clamp_timestamp, clean_name};
use crate::domain::PlanId;

pub const BOARD_PREFIX: &str = "qunce.board.";
/// Longest chat text kept on a board.
pub const MAX_CHAT_BYTES: usize = 256 * 1024;
/// Boards kept; the oldest goes when a new one would pass this.
pub const MAX_BOARDS: usize = 20;

/// One workshop's board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Board {
    pub id: PlanId,
    pub name: String,
    pub created_ms: i64,
    pub updated_ms: i64,
    /// What was pasted: the chat or the links, as they were.
    pub chat: String,
    /// Names the trainer gave columns, by [`column_key`] of their link
    /// (a column keeps its name while the chat around it changes).
    pub labels: Vec<(String, String)>,
    /// The day (from 1) the board compares members on; `None`: the
    /// shortest horizon among its plans.
    pub day: Option<u32>,
}

/// Most column names kept on a board.
pub const MAX_LABELS: usize = 200;
/// Longest column name, in characters.
pub const MAX_LABEL_CHARS: usize = 24;
/// Latest day a board can compare on (the simulator's longest horizon).
pub const MAX_DAY: u32 = 3650;

/// A column's key in [`Board::labels`]: the CRC-32 of its link's code, in
/// hex (short, and the code itself is already in the chat).
pub fn column_key(code: &str) -> String {
    format!("{:08x}", crc32fast::hash(code.as_bytes()))
}

impl Board {
    /// The name the trainer gave the column of `code`, if any.
    pub fn label(&self, code: &str) -> Option<&str> {
        let key = column_key(code);
        self.labels.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// The board with the column of `code` named `name` (an empty name
    /// removes the label: the sender's name from the chat shows again).
    pub fn with_label(&self, code: &str, name: &str) -> Board {
        let key = column_key(code);
        let name: String = clean_name(name).chars().take(MAX_LABEL_CHARS).collect();
        let mut labels: Vec<(String, String)> =
            self.labels.iter().filter(|(k, _)| *k != key).cloned().collect();
        if !name.trim().is_empty() {
            labels.push((key, name.trim().to_owned()));
        }
        if labels.len() > MAX_LABELS {
            labels.drain(..labels.len() - MAX_LABELS);
        }
        Board { labels, ..self.clone() }
    }
}

pub fn board_key(id: &PlanId) -> String {
    format!("{BOARD_PREFIX}{id}")
}

/// Reads the body of a board envelope (called by `restore()`).
pub(super) fn read(mut body: Map<String, Value>, repairs: &mut Vec<Repair>) -> Result<Board, RestoreError> {
    let id = body.remove("id").and_then(|v| v.as_str().and_then(PlanId::parse)).ok_or(RestoreError::BadId)?;
    let text = |v: Option<Value>| match v {
        Some(Value::String(s)) => s,
        _ => String::new(),
    };
    let raw_name = text(body.remove("name"));
    let name = clean_name(&raw_name);
    if name != raw_name {
        repairs.push(Repair::NameCleaned);
    }
    let mut chat = text(body.remove("chat"));
    if chat.len() > MAX_CHAT_BYTES {
        let mut end = MAX_CHAT_BYTES;
        while !chat.is_char_boundary(end) {
            end -= 1;
        }
        chat.truncate(end);
        repairs.push(Repair::SectionClamped { section: "chat" });
    }
    let stamp = |v: Option<Value>| v.and_then(|v| v.as_i64()).map(clamp_timestamp).unwrap_or(0);
    let created_ms = stamp(body.remove("created_ms"));
    let updated_ms = stamp(body.remove("updated_ms")).max(created_ms);
    // Column names: [key, name] pairs; one that is not is dropped and said.
    let mut labels = Vec::new();
    match body.remove("labels") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                let pair = match &item {
                    Value::Array(p) if p.len() == 2 => p[0].as_str().zip(p[1].as_str()),
                    _ => None,
                };
                let ok = pair.filter(|(k, n)| {
                    k.len() == 8 && k.bytes().all(|b| b.is_ascii_hexdigit()) && !n.trim().is_empty()
                });
                match ok {
                    Some((k, n)) if labels.len() < MAX_LABELS => {
                        let clean: String = clean_name(n).chars().take(MAX_LABEL_CHARS).collect();
                        if clean != n {
                            repairs.push(Repair::NameCleaned);
                        }
                        labels.push((k.to_ascii_lowercase(), clean.trim().to_owned()));
                    }
                    _ => repairs.push(Repair::SectionClamped { section: "labels" }),
                }
            }
        }
        Some(_) => repairs.push(Repair::SectionReset { section: "labels" }),
    }
    let day = match body.remove("day") {
        None | Some(Value::Null) => None,
        Some(v) => {
            let d = v.as_u64().filter(|d| (1..=u64::from(MAX_DAY)).contains(d));
            if d.is_none() {
                repairs.push(Repair::SectionReset { section: "day" });
            }
            d.map(|d| d as u32)
        }
    };
    Ok(Board { id, name, created_ms, updated_ms, chat, labels, day })
}

/// Every stored board that can be read, most recently used first. One that
/// cannot be read is left as it is (never overwritten) and not listed.
pub fn list(kv: &dyn Kv) -> Vec<Board> {
    let mut out: Vec<Board> = kv
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(BOARD_PREFIX))
        .filter_map(|k| {
            let raw = kv.get(&k)?;
            match restore(&raw).ok()?.doc {
                Doc::Board(b) if board_key(&b.id) == k => Some(b),
                _ => None,
            }
        })
        .collect();
    out.sort_by(|a, b| b.updated_ms.cmp(&a.updated_ms).then_with(|| a.id.cmp(&b.id)));
    out
}

/// Stores `board` (its chat cut to [`MAX_CHAT_BYTES`]); when that makes
/// more than [`MAX_BOARDS`], the least recently used other board goes.
/// Returns the boards now kept (as [`list`] would: no second read).
pub fn save(kv: &dyn Kv, board: &Board) -> Result<Vec<Board>, KvError> {
    kv.set(&board_key(&board.id), &super::envelope::encode_board(board))?;
    let mut all = list(kv);
    let gone: Vec<PlanId> = all
        .iter()
        .filter(|b| b.id != board.id)
        .skip(MAX_BOARDS.saturating_sub(1))
        .map(|b| b.id.clone())
        .collect();
    for id in &gone {
        kv.remove(&board_key(id))?;
    }
    all.retain(|b| !gone.contains(&b.id));
    Ok(all)
}

pub fn remove(kv: &dyn Kv, id: &PlanId) -> Result<(), KvError> {
    kv.remove(&board_key(id))
}
