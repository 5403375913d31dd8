use qunce_core::domain::{Plan, PlanId};
use qunce_core::persist::library::{self, plan_key, RecoveryReason, BACKUP_PREFIX, PREFS_KEY};
use qunce_core::persist::{encode_plan, Kv, KvError, MemoryKv, RestoreError};
use serde_json::json;

fn plan(id: &str, name: &str) -> Plan {
    Plan::new(PlanId::parse(id).unwrap(), name, 1000)
}

#[test]
fn saves_and_loads_plans() {
    let kv = MemoryKv::new();
    library::save_plan(&kv, &plan("a", "A")).unwrap();
    library::save_plan(&kv, &plan("b", "B")).unwrap();
    let loaded = library::load(&kv, 5);
    assert_eq!(loaded.plans.len(), 2);
    assert!(loaded.recovered.is_empty());
    assert!(loaded.backups.is_empty());
}

#[test]
fn unreadable_value_is_moved_to_a_backup_key_untouched() {
    let kv =
        MemoryKv::with(&[("qunce.plan.x", "{not json"), ("qunce.plan.a", &encode_plan(&plan("a", "A")))]);
    let loaded = library::load(&kv, 777);
    assert_eq!(loaded.plans.len(), 1, "the readable plan still loads");
    assert_eq!(loaded.recovered.len(), 1);
    let rec = &loaded.recovered[0];
    assert_eq!(rec.key, "qunce.plan.x");
    assert_eq!(rec.reason, RecoveryReason::Unreadable(RestoreError::NotJson));
    let backup = rec.backup_key.clone().expect("backed up");
    assert!(backup.starts_with(BACKUP_PREFIX));
    assert_eq!(kv.get(&backup).as_deref(), Some("{not json"));
    assert_eq!(kv.get("qunce.plan.x"), None, "original moved, not copied twice");
    assert_eq!(loaded.backups.len(), 1);
    assert_eq!(loaded.backups[0].bytes, 9);
}

#[test]
fn newer_version_is_kept_aside_not_overwritten() {
    let newer = json!({"type": "qunce/plan", "version": 99, "plan": {"id": "a"}}).to_string();
    let kv = MemoryKv::with(&[("qunce.plan.a", &newer)]);
    let loaded = library::load(&kv, 1);
    assert!(loaded.plans.is_empty());
    assert_eq!(
        loaded.recovered[0].reason,
        RecoveryReason::Unreadable(RestoreError::NewerVersion { version: 99 })
    );
    let key = loaded.recovered[0].backup_key.clone().unwrap();
    assert_eq!(kv.get(&key), Some(newer));
}

#[test]
fn when_backup_cannot_be_written_the_original_stays() {
    let kv = MemoryKv::with(&[("qunce.plan.x", "garbage")]);
    kv.fail_writes(Some(KvError::Full));
    let loaded = library::load(&kv, 1);
    assert_eq!(loaded.recovered[0].backup_key, None);
    assert_eq!(kv.get("qunce.plan.x").as_deref(), Some("garbage"));
}

#[test]
fn lossy_repair_keeps_the_original_and_rewrites_once() {
    let raw = json!({"type": "qunce/plan", "version": 1, "plan": {"id": "a", "name": "A", "created_ms": 1, "updated_ms": 1, "tiers": 5}}).to_string();
    let kv = MemoryKv::with(&[("qunce.plan.a", &raw)]);
    let first = library::load(&kv, 10);
    assert_eq!(first.plans.len(), 1);
    assert_eq!(first.recovered[0].reason, RecoveryReason::Repaired);
    let backup = first.recovered[0].backup_key.clone().unwrap();
    assert_eq!(kv.get(&backup), Some(raw));
    // The repaired plan was written back: the next start is clean.
    let second = library::load(&kv, 20);
    assert!(second.recovered.is_empty());
    assert_eq!(second.plans, first.plans);
    assert_eq!(second.backups.len(), 1);
}

#[test]
fn plan_under_the_wrong_key_is_set_aside() {
    let kv = MemoryKv::with(&[
        ("qunce.plan.a", &encode_plan(&plan("a", "A"))),
        ("qunce.plan.b", &encode_plan(&plan("a", "A again"))),
    ]);
    let loaded = library::load(&kv, 1);
    assert_eq!(loaded.plans.len(), 1);
    assert_eq!(loaded.plans[0].name, "A");
    assert_eq!(loaded.recovered[0].key, "qunce.plan.b");
    assert_eq!(loaded.recovered[0].reason, RecoveryReason::Misplaced);
}

#[test]
fn corrupt_prefs_are_backed_up_and_defaults_used() {
    let kv = MemoryKv::with(&[(PREFS_KEY, "[]")]);
    let loaded = library::load(&kv, 1);
    assert_eq!(loaded.prefs, Default::default());
    assert_eq!(loaded.recovered[0].key, PREFS_KEY);
    assert_eq!(kv.get(PREFS_KEY), None);
}

#[test]
fn foreign_keys_are_left_alone() {
    let kv = MemoryKv::with(&[("other-app", "{bad"), ("qunce.unknown", "x")]);
    let loaded = library::load(&kv, 1);
    assert!(loaded.recovered.is_empty());
    assert_eq!(kv.snapshot().len(), 2);
}

#[test]
fn two_recoveries_in_one_millisecond_get_distinct_backups() {
    let kv = MemoryKv::with(&[("qunce.plan.x", "bad1"), ("qunce.plan.y", "bad2")]);
    let loaded = library::load(&kv, 5);
    let keys: Vec<_> = loaded.recovered.iter().filter_map(|r| r.backup_key.clone()).collect();
    assert_eq!(keys.len(), 2);
    assert_ne!(keys[0], keys[1]);
    assert_eq!(loaded.backups.len(), 2);
}

#[test]
fn remove_plan_deletes_its_key() {
    let kv = MemoryKv::new();
    let p = plan("a", "A");
    library::save_plan(&kv, &p).unwrap();
    assert!(kv.get(&plan_key(&p.id)).is_some());
    library::remove_plan(&kv, &p.id).unwrap();
    assert!(kv.get(&plan_key(&p.id)).is_none());
}
