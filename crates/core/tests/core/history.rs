//! Saved versions of a plan: when they are taken, how many are kept, how
//! they are stored and read back, restoring one, and that an unreadable
//! history is never overwritten.

use qunce_core::domain::Plan;
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::history::{add, History, MAX_SNAPSHOTS, SNAPSHOT_EVERY_MS};
use qunce_core::persist::{restore, Doc, Repair, RestoreError};

use crate::id;
use crate::link::example_plan;

const MIN: i64 = 60_000;
const T0: i64 = 1_790_000_000_000;

fn plan_at(name: &str, at: i64) -> Plan {
    let mut p = example_plan(Example::PaidCircle, Lang::En);
    p.id = id("v");
    p.name = name.into();
    p.updated_ms = at;
    p
}

#[test]
fn a_version_is_kept_at_most_every_ten_minutes_and_only_when_different() {
    let mut h = History::default();
    assert!(add(&mut h, &plan_at("a", T0), None), "the first save is kept");
    assert!(!add(&mut h, &plan_at("b", T0 + 9 * MIN), None), "too soon");
    assert!(add(&mut h, &plan_at("c", T0 + 10 * MIN), None), "ten minutes on");
    let c = plan_at("c", T0 + 10 * MIN);
    assert!(!add(&mut h, &c, Some(&c)), "the very same plan is not kept twice");
    let names: Vec<String> = h.snapshots.iter().map(|s| s.plan().unwrap().name).collect();
    assert_eq!(names, ["a", "c"]);
    assert_eq!(h.id, Some(id("v")));
}

#[test]
fn a_restore_keeps_the_state_before_it_whatever_the_time() {
    let mut h = History::default();
    add(&mut h, &plan_at("old", T0), None);
    let before = plan_at("edited", T0 + MIN);
    let restored = plan_at("old", T0 + 2 * MIN);
    assert!(add(&mut h, &restored, Some(&before)));
    let names: Vec<String> = h.snapshots.iter().map(|s| s.plan().unwrap().name).collect();
    assert_eq!(names, ["old", "edited", "old"]);
}

#[test]
fn at_most_thirty_versions_are_kept_oldest_dropped_first() {
    let mut h = History::default();
    for i in 0..(MAX_SNAPSHOTS as i64 + 7) {
        add(&mut h, &plan_at(&format!("n{i}"), T0 + i * SNAPSHOT_EVERY_MS), None);
    }
    assert_eq!(h.snapshots.len(), MAX_SNAPSHOTS);
    assert_eq!(h.snapshots[0].plan().unwrap().name, "n7");
}

#[test]
fn a_history_round_trips_through_restore_and_bad_versions_are_dropped() {
    let mut h = History::default();
    add(&mut h, &plan_at("a", T0), None);
    let text = qunce_core::persist::envelope::encode_history(&h);
    let Doc::History(back) = restore(&text).unwrap().doc else { panic!("a history") };
    assert_eq!(back, h);

    let raw = format!(
        r#"{{"type":"qunce/history","version":1,"history":{{"id":"v","snapshots":[{{"at_ms":5,"code":"{}"}},{{"at_ms":"x"}},{{"code":"<script>"}},7]}}}}"#,
        h.snapshots[0].code
    );
    let r = restore(&raw).unwrap();
    let Doc::History(back) = r.doc.clone() else { panic!() };
    assert_eq!(back.snapshots.len(), 1);
    assert!(r.repairs.contains(&Repair::SnapshotDropped { index: 1 }));
    assert!(r.repairs.contains(&Repair::SnapshotDropped { index: 3 }));
    assert!(r.is_lossy());
    assert_eq!(
        restore(r#"{"type":"qunce/history","version":9,"history":{}}"#).unwrap_err(),
        RestoreError::NewerVersion { version: 9 }
    );
    assert_eq!(
        restore(r#"{"type":"qunce/history","version":1,"history":{"id":"a b"}}"#).unwrap_err(),
        RestoreError::BadId
    );
}

#[test]
fn the_frozen_history_fixture_still_restores() {
    let raw = include_str!("../../../../tests/fixtures/history-v1.json");
    let Doc::History(h) = restore(raw).unwrap().doc else { panic!("a history") };
    assert_eq!(h.id, Some(id("mi4k2x0a7b3c9d1e")));
    assert_eq!(h.snapshots.len(), 2);
    let plans: Vec<Plan> = h.snapshots.iter().map(|s| s.plan().unwrap()).collect();
    assert!(plans.iter().all(|p| p.id == id("mi4k2x0a7b3c9d1e")));
    assert_ne!(plans[0], plans[1]);
}

/// Undo and redo survive a reload (issue 25): a tab's steps are written as
/// a `qunce/session` envelope, each plan state once, at most
/// `MAX_SESSION_STEPS` of them, and read back through `restore()`.
mod session {
    use super::*;
    use qunce_core::persist::{encode_session, PlanEdit, MAX_SESSION_STEPS};

    /// A plan as the editor holds it (created before its last edit).
    fn plan_at(name: &str, at: i64) -> Plan {
        let mut p = super::plan_at(name, at);
        p.created_ms = T0 - MIN;
        p
    }

    fn step(before: Option<&Plan>, after: Option<&Plan>, at: i64) -> PlanEdit {
        PlanEdit { id: id("v"), before: before.cloned(), after: after.cloned(), at_ms: at, merge: None }
    }

    fn read(raw: &str) -> (qunce_core::persist::Session, Vec<Repair>) {
        let r = restore(raw).unwrap();
        match r.doc {
            Doc::Session(s) => (s, r.repairs),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn undo_and_redo_steps_round_trip_with_each_plan_stored_once() {
        let (a, b, c) = (plan_at("a", T0), plan_at("b", T0 + MIN), plan_at("c", T0 + 2 * MIN));
        let mut typed = step(Some(&a), Some(&b), T0 + MIN);
        typed.merge = Some("/name".into());
        let undo = vec![step(None, Some(&a), T0), typed];
        let redo = vec![step(Some(&b), Some(&c), T0 + 2 * MIN)];
        let raw = encode_session(&undo, &redo);
        let (s, repairs) = read(&raw);
        assert!(repairs.is_empty(), "{repairs:?}");
        assert!(s.undo == undo && s.redo == redo, "the steps read back as written");
        let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(v["session"]["plans"].as_array().unwrap().len(), 3, "a, b and c once each");
    }

    #[test]
    fn only_the_newest_steps_are_kept_redo_first() {
        let plans: Vec<Plan> = (0..50).map(|k| plan_at(&format!("p{k}"), T0 + k * MIN)).collect();
        let undo: Vec<PlanEdit> =
            (1..45).map(|k| step(Some(&plans[k - 1]), Some(&plans[k]), T0 + k as i64)).collect();
        let redo: Vec<PlanEdit> =
            (45..50).map(|k| step(Some(&plans[k - 1]), Some(&plans[k]), T0 + k as i64)).collect();
        let (s, _) = read(&encode_session(&undo, &redo));
        assert!(s.redo == redo);
        assert_eq!(s.undo.len(), MAX_SESSION_STEPS - redo.len());
        assert!(s.undo.last() == undo.last(), "the newest undo steps");
    }

    #[test]
    fn steps_that_point_nowhere_or_at_another_plan_are_dropped() {
        let a = plan_at("a", T0);
        let good = encode_session(&[step(None, Some(&a), T0)], &[]);
        let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
        let steps = v["session"]["undo"].as_array_mut().unwrap();
        steps.push(serde_json::json!({"id": "v", "before": 7, "after": 0, "at_ms": T0}));
        steps.push(serde_json::json!({"id": "other", "before": null, "after": 0, "at_ms": T0}));
        steps.push(serde_json::json!({"id": "v", "before": null, "after": null, "at_ms": T0}));
        steps.push(serde_json::json!("nonsense"));
        let (s, repairs) = read(&v.to_string());
        assert_eq!(s.undo.len(), 1);
        assert_eq!(repairs.len(), 4);
        assert!(matches!(
            restore(r#"{"type":"qunce/session","version":3,"session":{}}"#),
            Err(RestoreError::MissingBody)
        ));
    }
}
