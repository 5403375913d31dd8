//! The body of a session envelope (`qunce/session`): a tab's undo and redo
//! steps, so they survive a reload (issue 25). Each step is one plan's state
//! before and after; the plan states are stored once each and the steps
//! point at them. Read by `restore()` like every other input: a step that
//! points nowhere, or at a plan that cannot be read, is dropped.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{read_plan, Repair, RestoreError};
use crate::domain::plan::clamp_timestamp;
use crate::domain::{Plan, PlanId};

/// Steps kept across a reload (undo and redo together): enough to take back
/// a working session, small enough to write on every save.
pub const MAX_SESSION_STEPS: usize = 30;

/// One undoable change to one plan: its state before and after (`None` =
/// the plan did not exist).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanEdit {
    pub id: PlanId,
    pub before: Option<Plan>,
    pub after: Option<Plan>,
    pub at_ms: i64,
    /// What was typed in, if anything: consecutive edits of the same thing
    /// merge into one undo step.
    pub merge: Option<String>,
}

/// A tab's undo and redo steps, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    pub undo: Vec<PlanEdit>,
    pub redo: Vec<PlanEdit>,
}

#[derive(Serialize)]
struct Step<'a> {
    id: &'a PlanId,
    before: Option<usize>,
    after: Option<usize>,
    at_ms: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    merge: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct Body<'a> {
    plans: Vec<&'a Plan>,
    undo: Vec<Step<'a>>,
    redo: Vec<Step<'a>>,
}

/// The newest [`MAX_SESSION_STEPS`] steps (redo first: they are the newest
/// undone ones), each plan state written once.
pub(super) fn body<'a>(undo: &'a [PlanEdit], redo: &'a [PlanEdit]) -> Body<'a> {
    let keep_redo = redo.len().min(MAX_SESSION_STEPS);
    let keep_undo = undo.len().min(MAX_SESSION_STEPS - keep_redo);
    let undo = &undo[undo.len() - keep_undo..];
    let redo = &redo[redo.len() - keep_redo..];
    let mut plans: Vec<&Plan> = Vec::new();
    let mut out = Body { plans: Vec::new(), undo: Vec::new(), redo: Vec::new() };
    for (edits, into) in [(undo, &mut out.undo), (redo, &mut out.redo)] {
        for e in edits {
            let before = index_of(&mut plans, e.before.as_ref());
            let after = index_of(&mut plans, e.after.as_ref());
            into.push(Step { id: &e.id, before, after, at_ms: e.at_ms, merge: e.merge.as_deref() });
        }
    }
    out.plans = plans;
    out
}

/// Where `plan` is in `plans`, added if it is not there yet.
fn index_of<'a>(plans: &mut Vec<&'a Plan>, plan: Option<&'a Plan>) -> Option<usize> {
    let plan = plan?;
    Some(plans.iter().position(|q| *q == plan).unwrap_or_else(|| {
        plans.push(plan);
        plans.len() - 1
    }))
}

/// Reads the body of a session envelope (called by `restore()`); steps
/// that cannot be read are dropped and reported.
pub(super) fn read(
    mut body: Map<String, Value>,
    version: u64,
    repairs: &mut Vec<Repair>,
) -> Result<Session, RestoreError> {
    let plans: Vec<Option<Plan>> = match body.remove("plans") {
        Some(Value::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                Value::Object(p) => read_plan(p, version, &mut Vec::new()).ok(),
                _ => None,
            })
            .collect(),
        _ => return Err(RestoreError::MissingBody),
    };
    let mut steps = |key: &str, repairs: &mut Vec<Repair>| -> Vec<PlanEdit> {
        let Some(Value::Array(items)) = body.remove(key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (index, item) in items.into_iter().enumerate() {
            let plan = |k: &str| -> Result<Option<Plan>, ()> {
                match item.get(k) {
                    None | Some(Value::Null) => Ok(None),
                    Some(v) => {
                        let i = v.as_u64().ok_or(())? as usize;
                        plans.get(i).cloned().flatten().map(Some).ok_or(())
                    }
                }
            };
            let id = item.get("id").and_then(Value::as_str).and_then(PlanId::parse);
            let at = item.get("at_ms").and_then(Value::as_i64);
            let merge = item.get("merge").and_then(Value::as_str).map(str::to_owned);
            match (id, at, plan("before"), plan("after")) {
                (Some(id), Some(at), Ok(before), Ok(after))
                    if (before.is_some() || after.is_some())
                        && [&before, &after].iter().all(|p| p.as_ref().is_none_or(|p| p.id == id)) =>
                {
                    out.push(PlanEdit { id, before, after, at_ms: clamp_timestamp(at), merge });
                }
                _ => repairs.push(Repair::SnapshotDropped { index }),
            }
        }
        out
    };
    let undo = steps("undo", repairs);
    let redo = steps("redo", repairs);
    Ok(Session { undo, redo })
}
