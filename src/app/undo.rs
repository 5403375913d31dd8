//! Undo and redo of plan edits: every change to a plan is a step holding the
//! plan before and after; typing bursts in one field merge into one step.

use qunce_core::domain::{Plan, PlanId};
use qunce_core::persist::encode_plan;

use super::AppState;

/// Undo keeps this many steps.
pub const MAX_UNDO: usize = 100;
/// A plan's state is kept as a saved version after this many edits, so a
/// long session never leaves only the plan's first version behind.
pub const VERSION_EVERY_EDITS: u32 = 25;
/// Edits to one plan's text closer together than this are one undo step, so
/// undo takes back a burst of typing rather than a single letter.
pub const UNDO_MERGE_MS: i64 = 1500;

/// One undoable change to one plan (the core's, so a tab's steps can be
/// kept in session storage through `restore()`); consecutive edits of the
/// same thing within [`UNDO_MERGE_MS`] merge into one undo step.
pub use qunce_core::persist::PlanEdit;

impl AppState {
    /// Adds an undo step (or merges it into the last one) and clears redo.
    pub(super) fn record(&mut self, edit: PlanEdit) {
        self.session_rev += 1;
        self.redo.clear();
        let count = self.edits_since_version.entry(edit.id.clone()).or_default();
        *count += 1;
        if *count >= VERSION_EVERY_EDITS {
            self.edits_since_version.remove(&edit.id);
            self.version_due.insert(edit.id.clone());
        }
        if let Some(last) = self.undo.last_mut() {
            let close = edit.at_ms.saturating_sub(last.at_ms) < UNDO_MERGE_MS && edit.at_ms >= last.at_ms;
            if edit.merge.is_some() && edit.merge == last.merge && last.id == edit.id && close {
                last.after = edit.after;
                last.at_ms = edit.at_ms;
                return;
            }
        }
        self.undo.push(edit);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
    }

    pub(super) fn undo_last(&mut self) -> Option<()> {
        let edit = self.undo.pop()?;
        self.session_rev += 1;
        self.set_plan(&edit.id, edit.before.clone());
        self.redo.push(edit);
        Some(())
    }

    pub(super) fn redo_last(&mut self) -> Option<()> {
        let edit = self.redo.pop()?;
        self.session_rev += 1;
        self.set_plan(&edit.id, edit.after.clone());
        self.undo.push(edit);
        Some(())
    }

    /// Takes up the undo and redo steps this tab kept before a reload
    /// (`qunce.session` in session storage, read through `restore()`). A
    /// plan's steps are kept only if its newest undo step ends, and its
    /// newest redo step starts, where the plan is now: if another tab, an
    /// import or a restore changed it since, they would overwrite that.
    pub fn resume_session(&mut self, session: qunce_core::persist::Session) {
        let here = |id: &PlanId, s: &AppState| s.plan(id).cloned();
        let mut ok: std::collections::BTreeMap<PlanId, bool> = std::collections::BTreeMap::new();
        for e in session.undo.iter().rev() {
            ok.entry(e.id.clone()).or_insert_with(|| e.after == here(&e.id, self));
        }
        let mut redo_ok: std::collections::BTreeMap<PlanId, bool> = std::collections::BTreeMap::new();
        for e in session.redo.iter().rev() {
            redo_ok.entry(e.id.clone()).or_insert_with(|| e.before == here(&e.id, self));
        }
        let keep =
            |id: &PlanId| ok.get(id).copied().unwrap_or(true) && redo_ok.get(id).copied().unwrap_or(true);
        self.undo = session.undo.into_iter().filter(|e| keep(&e.id)).collect();
        self.redo = session.redo.into_iter().filter(|e| keep(&e.id)).collect();
    }
}

/// The path of the one text or number that differs between two versions
/// (`/channels/0/reach`), or `None` if the change is structural (a channel
/// added, a mix applied): only typing in one field merges into one undo step.
pub fn typed_field<T: serde::Serialize>(before: &T, after: &T) -> Option<String> {
    typed_field_in_json(&serde_json::to_string(before).ok()?, &serde_json::to_string(after).ok()?)
}

/// [`typed_field`] between two plans, through the saved-data encoder (the
/// wasm already holds it: no serialiser is compiled in for this).
pub fn typed_plan_field(before: &Plan, after: &Plan) -> Option<String> {
    typed_field_in_json(&encode_plan(before), &encode_plan(after))
}

/// [`typed_field`] between two JSON texts.
fn typed_field_in_json(before: &str, after: &str) -> Option<String> {
    let value = |s: &str| serde_json::from_str::<serde_json::Value>(s).ok();
    let (a, b) = (value(before)?, value(after)?);
    let mut found = None;
    let mut path = String::new();
    walk(&a, &b, &mut path, &mut found).then_some(found).flatten()
}

/// Walks two JSON values side by side; `found` gets the path of the one
/// string or number that differs. `false` if anything else differs.
fn walk(a: &serde_json::Value, b: &serde_json::Value, path: &mut String, found: &mut Option<String>) -> bool {
    use serde_json::Value;
    match (a, b) {
        _ if a == b => true,
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => x.iter().all(|(k, va)| {
            y.get(k).is_some_and(|vb| {
                let len = path.len();
                path.push('/');
                path.push_str(k);
                let ok = walk(va, vb, path, found);
                path.truncate(len);
                ok
            })
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().all(|(i, (va, vb))| {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                let ok = walk(va, vb, path, found);
                path.truncate(len);
                ok
            })
        }
        (Value::String(_) | Value::Number(_), Value::String(_) | Value::Number(_)) if found.is_none() => {
            *found = Some(path.clone());
            true
        }
        _ => false,
    }
}
