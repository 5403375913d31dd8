//! Saved versions of each plan, so work from an earlier day can be looked at
//! and brought back after the session's undo is gone.
//!
//! One key a plan, `qunce.history.<id>`, holding the envelope
//! `{"type":"qunce/history","version":1,"history":{"id":…,"snapshots":[{"at_ms":…,"code":"z1.…"}]}}`.
//! Each version is stored as a share-link code (`persist::link`, format 1):
//! compressed against the example dictionaries, checksummed, and read back
//! through `decode_code` and so `restore()` like every other input. A version
//! is taken when a plan is saved and the newest one is at least
//! [`SNAPSHOT_EVERY_MS`] older (by the plan's own edit time), and always just
//! before a version is restored; at most [`MAX_SNAPSHOTS`] are kept, oldest
//! dropped first. History is best effort: a failed write never blocks saving
//! the plan, and a history that cannot be read is left untouched (not
//! overwritten) — start-up does not read histories at all.

use super::envelope::{encode_history, restore, Doc, RestoreError};
pub use super::envelope::{History, Snapshot, MAX_SNAPSHOTS};
use super::kv::Kv;
use super::link::{decode_code, encode_code, LinkError};
use crate::domain::{Plan, PlanId};

pub const HISTORY_PREFIX: &str = "qunce.history.";
/// A new version at most this often while a plan is being edited.
pub const SNAPSHOT_EVERY_MS: i64 = 10 * 60 * 1000;

impl Snapshot {
    pub fn of(plan: &Plan) -> Snapshot {
        Snapshot { at_ms: plan.updated_ms, code: encode_code(plan) }
    }

    /// The plan this version holds.
    pub fn plan(&self) -> Result<Plan, LinkError> {
        decode_code(&self.code).map(|s| s.plan)
    }
}

pub fn history_key(id: &PlanId) -> String {
    format!("{HISTORY_PREFIX}{id}")
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
