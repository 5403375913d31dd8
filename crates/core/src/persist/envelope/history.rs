//! The body of a history envelope (`qunce/history`): a plan's saved
//! versions, each a share-link code. How versions are taken and stored is
//! `persist::history`; this is only the format and how `restore()` reads it.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Repair, RestoreError};
use crate::domain::plan::clamp_timestamp;
use crate::domain::PlanId;
use crate::persist::code::{is_code_char, MAX_LINK_CHARS};

/// Versions kept a plan.
pub const MAX_SNAPSHOTS: usize = 30;

/// One saved version: when (the plan's `updated_ms`) and the plan as a link code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub at_ms: i64,
    pub code: String,
}

/// The versions of one plan, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct History {
    pub id: Option<PlanId>,
    pub snapshots: Vec<Snapshot>,
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
                if !code.is_empty() && code.len() <= MAX_LINK_CHARS && code.chars().all(is_code_char) =>
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
