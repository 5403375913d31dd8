//! Saved versions of each plan, so work from an earlier day can be looked at
//! and brought back after the session's undo is gone.
//!
//! One key a plan, `qunce.history.<id>`, holding the envelope
//! `{"type":"qunce/history","version":1,"history":{"id":…,"snapshots":[{"at_ms":…,"code":"z1.…"}]}}`.
//! Each version is stored as a share-link code (`persist::link`, format 1):
//! compressed against the example dictionaries, checksummed, and read back
//! through `decode_link` and so `restore()` like every other input. A version
//! is taken when a plan is saved and the newest one is at least
//! [`SNAPSHOT_EVERY_MS`] older (by the plan's own edit time), and always just
//! before a version is restored; at most [`MAX_SNAPSHOTS`] are kept, oldest
//! dropped first. History is best effort: a failed write never blocks saving
//! the plan, and a history that cannot be read is left untouched (not
//! overwritten) — start-up does not read histories at all.

use serde::Serialize;
use serde_json::{Map, Value};

use super::envelope::{encode_history, restore, Doc, Repair, RestoreError};
use super::kv::Kv;
use super::link::{decode_link, encode_link, is_code_char, LinkError, LINK_PREFIX};
use crate::domain::plan::clamp_timestamp;
use crate::domain::{Plan, PlanId};

pub const HISTORY_PREFIX: &str = "qunce.history.";
/// A new version at most this often while a plan is being edited.
pub const SNAPSHOT_EVERY_MS: i64 = 10 * 60 * 1000;
/// Versions kept a plan.
pub const MAX_SNAPSHOTS: usize = 30;

/// One saved version: when (the plan's `updated_ms`) and the plan as a link code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub at_ms: i64,
    pub code: String,
}

impl Snapshot {
    pub fn of(plan: &Plan) -> Snapshot {
        let link = encode_link(plan);
        let code = link.strip_prefix(LINK_PREFIX).unwrap_or(&link).to_owned();
        Snapshot { at_ms: plan.updated_ms, code }
    }

    /// The plan this version holds.
    pub fn plan(&self) -> Result<Plan, LinkError> {
        decode_link(&format!("{LINK_PREFIX}{}", self.code)).map(|s| s.plan)
    }
}

/// The versions of one plan, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct History {
    pub id: Option<PlanId>,
    pub snapshots: Vec<Snapshot>,
}

pub fn history_key(id: &PlanId) -> String {
    format!("{HISTORY_PREFIX}{id}")
}

/// Reads the body of a history envelope (called by `restore()`); versions
/// that are not readable are dropped and reported.
pub(super) fn read(mut body: Map<String, Value>, repairs: &mut Vec<Repair>) -> Result<History, RestoreError> {
    let id = body.remove("id").and_then(|v| v.as_str().and_then(PlanId::parse)).ok_or(RestoreError::BadId)?;
    let items = match body.remove("snapshots") {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(RestoreError::MissingBody),
    };
    let mut snapshots = Vec::with_capacity(items.len().min(MAX_SNAPSHOTS));
    for (index, item) in items.into_iter().enumerate() {
        let at = item.get("at_ms").and_then(Value::as_i64);
        let code = item.get("code").and_then(Value::as_str);
        match (at, code) {
            (Some(at), Some(code))
                if !code.is_empty() && code.len() <= 200_000 && code.chars().all(is_code_char) =>
            {
                snapshots.push(Snapshot { at_ms: clamp_timestamp(at), code: code.to_owned() });
            }
            _ => repairs.push(Repair::SnapshotDropped { index }),
        }
    }
    snapshots.sort_by_key(|s| s.at_ms);
    if snapshots.len() > MAX_SNAPSHOTS {
        snapshots.drain(..snapshots.len() - MAX_SNAPSHOTS);
    }
    Ok(History { id: Some(id), snapshots })
}

/// What is stored for plan `id`: `Ok(None)` if nothing, `Err` if the stored
/// value cannot be read as this plan's history (then it must not be
/// overwritten).
pub fn load(kv: &dyn Kv, id: &PlanId) -> Result<Option<History>, RestoreError> {
    let Some(raw) = kv.get(&history_key(id)) else {
        return Ok(None);
    };
    match restore(&raw)?.doc {
        Doc::History(h) if h.id.as_ref() == Some(id) => Ok(Some(h)),
        _ => Err(RestoreError::UnknownType),
    }
}

/// Adds versions to `history` for a save of `plan`: first `before` (the plan
/// just before a restore, always kept), then `plan` itself if the newest
/// version is at least [`SNAPSHOT_EVERY_MS`] older. Returns whether anything
/// changed. Pure, for the tests; [`note`] stores the result.
pub fn add(history: &mut History, plan: &Plan, before: Option<&Plan>) -> bool {
    let mut changed = false;
    let mut push = |h: &mut History, s: Snapshot| {
        if h.snapshots.last().is_some_and(|last| last.code == s.code) {
            return;
        }
        h.snapshots.push(s);
        changed = true;
    };
    if let Some(before) = before {
        push(history, Snapshot::of(before));
    }
    let due = history
        .snapshots
        .last()
        .is_none_or(|last| plan.updated_ms.saturating_sub(last.at_ms) >= SNAPSHOT_EVERY_MS);
    if due || before.is_some() {
        push(history, Snapshot::of(plan));
    }
    if history.snapshots.len() > MAX_SNAPSHOTS {
        history.snapshots.drain(..history.snapshots.len() - MAX_SNAPSHOTS);
    }
    history.id.get_or_insert_with(|| plan.id.clone());
    changed
}

/// Records a save of `plan` in its stored history (see [`add`]). A history
/// that cannot be read is left as it is; a write that fails is dropped —
/// the plan itself is already saved.
pub fn note(kv: &dyn Kv, plan: &Plan, before: Option<&Plan>) {
    let mut history = match load(kv, &plan.id) {
        Ok(Some(h)) => h,
        Ok(None) => History { id: Some(plan.id.clone()), snapshots: Vec::new() },
        Err(_) => return,
    };
    if add(&mut history, plan, before) {
        let _ = kv.set(&history_key(&plan.id), &encode_history(&history));
    }
}

/// Removes a plan's history (when the plan is deleted for good).
pub fn remove(kv: &dyn Kv, id: &PlanId) {
    let _ = kv.remove(&history_key(id));
}
