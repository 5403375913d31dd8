//! The plan library on a key-value store.
//!
//! Layout: one key per plan (`qunce.plan.<id>`), so a damaged entry never
//! takes the others with it; `qunce.prefs` for preferences; and
//! `qunce.backup.<ms>.<original key>` for anything that could not be read as
//! it was. Nothing unreadable is ever overwritten: it is copied to a backup
//! key first, and the original is removed only once the copy is stored.

use crate::domain::{Plan, PlanId};

use super::envelope::{encode_plan, encode_prefs, restore, Doc, Prefs, RestoreError};
use super::kv::{Kv, KvError};

pub const PLAN_PREFIX: &str = "qunce.plan.";
pub const PREFS_KEY: &str = "qunce.prefs";
pub const BACKUP_PREFIX: &str = "qunce.backup.";

pub fn plan_key(id: &PlanId) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// Why a stored value was set aside.
#[derive(Clone, Debug, PartialEq)]
pub enum RecoveryReason {
    Unreadable(RestoreError),
    /// It was read, but only by dropping something; the original is kept.
    Repaired,
    /// The key and the plan inside disagree, or two keys hold one plan.
    Misplaced,
}

/// One stored value that was set aside at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    pub key: String,
    /// Where the raw value now is; `None` if it could not be copied (then it
    /// was left untouched under `key`).
    pub backup_key: Option<String>,
    pub reason: RecoveryReason,
}

/// A raw value kept under a backup key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    pub bytes: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    pub prefs: Prefs,
    pub recovered: Vec<Recovery>,
    pub backups: Vec<Backup>,
}

/// Reads every plan and the preferences. Never fails: what cannot be read is
/// moved to a backup key and reported in `recovered`.
pub fn load(kv: &dyn Kv, now_ms: i64) -> Loaded {
    let mut out = Loaded::default();
    let mut keys = kv.keys();
    keys.sort();
    for key in keys {
        if key == PREFS_KEY {
            let Some(raw) = kv.get(&key) else { continue };
            match restore(&raw) {
                Ok(r) => match r.doc {
                    Doc::Prefs(p) => out.prefs = p,
                    Doc::Plan(_) | Doc::Backup(_) | Doc::History(_) | Doc::Session(_) | Doc::Board(_) => {
                        out.recovered.push(set_aside(kv, &key, &raw, now_ms, RecoveryReason::Misplaced))
                    }
                },
                Err(e) => {
                    out.recovered.push(set_aside(kv, &key, &raw, now_ms, RecoveryReason::Unreadable(e)))
                }
            }
        } else if let Some(key_id) = key.strip_prefix(PLAN_PREFIX) {
            let Some(raw) = kv.get(&key) else { continue };
            match restore(&raw) {
                Ok(r) => {
                    let lossy = r.is_lossy();
                    let Doc::Plan(plan) = r.doc else {
                        out.recovered.push(set_aside(kv, &key, &raw, now_ms, RecoveryReason::Misplaced));
                        continue;
                    };
                    if plan.id.as_str() != key_id || out.plans.iter().any(|p| p.id == plan.id) {
                        out.recovered.push(set_aside(kv, &key, &raw, now_ms, RecoveryReason::Misplaced));
                        continue;
                    }
                    if lossy {
                        let rec = copy_aside(kv, &key, &raw, now_ms, RecoveryReason::Repaired);
                        // Rewrite the repaired plan so the same repair (and
                        // backup) is not made again on every start.
                        if rec.backup_key.is_some() {
                            let _ = kv.set(&key, &encode_plan(&plan));
                        }
                        out.recovered.push(rec);
                    }
                    out.plans.push(*plan);
                }
                Err(e) => {
                    out.recovered.push(set_aside(kv, &key, &raw, now_ms, RecoveryReason::Unreadable(e)))
                }
            }
        }
    }
    out.backups = backups(kv);
    out
}

/// Copies `raw` to a fresh backup key and removes the original.
fn set_aside(kv: &dyn Kv, key: &str, raw: &str, now_ms: i64, reason: RecoveryReason) -> Recovery {
    let rec = copy_aside(kv, key, raw, now_ms, reason);
    if rec.backup_key.is_some() {
        let _ = kv.remove(key);
    }
    rec
}

fn copy_aside(kv: &dyn Kv, key: &str, raw: &str, now_ms: i64, reason: RecoveryReason) -> Recovery {
    let mut backup_key = format!("{BACKUP_PREFIX}{now_ms}.{key}");
    let mut n = 1;
    while kv.get(&backup_key).is_some() {
        n += 1;
        backup_key = format!("{BACKUP_PREFIX}{now_ms}-{n}.{key}");
    }
    let stored = kv.set(&backup_key, raw).is_ok() && kv.get(&backup_key).as_deref() == Some(raw);
    Recovery { key: key.to_owned(), backup_key: stored.then_some(backup_key), reason }
}

/// Every backup key, oldest first.
pub fn backups(kv: &dyn Kv) -> Vec<Backup> {
    let mut list: Vec<Backup> = kv
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .map(|key| {
            let bytes = kv.get(&key).map_or(0, |v| v.len());
            Backup { key, bytes }
        })
        .collect();
    list.sort_by(|a, b| a.key.cmp(&b.key));
    list
}

pub fn save_plan(kv: &dyn Kv, plan: &Plan) -> Result<(), KvError> {
    kv.set(&plan_key(&plan.id), &encode_plan(plan))
}

/// Removes a plan and its saved versions.
pub fn remove_plan(kv: &dyn Kv, id: &PlanId) -> Result<(), KvError> {
    kv.remove(&plan_key(id))?;
    super::history::remove(kv, id);
    Ok(())
}

pub fn save_prefs(kv: &dyn Kv, prefs: &Prefs) -> Result<(), KvError> {
    kv.set(PREFS_KEY, &encode_prefs(prefs))
}
