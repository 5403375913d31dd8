use qunce_core::domain::{Plan, PlanId, Step};
use qunce_core::i18n::Lang;
use qunce_core::persist::envelope::{MAX_INPUT_BYTES, SCHEMA_VERSION};
use qunce_core::persist::{
    encode_backup, encode_plan, encode_prefs, restore, Doc, Prefs, Repair, RestoreError,
};
use serde_json::json;

fn sample() -> Plan {
    let mut p = Plan::new(PlanId::parse("p1").unwrap(), "社群 A", 1_700_000_000_000);
    p.updated_ms = 1_700_000_500_000;
    p
}

fn plan_of(raw: &str) -> (Plan, Vec<Repair>) {
    match restore(raw) {
        Ok(r) => match r.doc {
            Doc::Plan(p) => (*p, r.repairs),
            other => panic!("expected a plan, got {other:?}"),
        },
        Err(e) => panic!("expected a plan, got {e:?}"),
    }
}

fn env(plan: serde_json::Value) -> String {
    json!({"type": "qunce/plan", "version": SCHEMA_VERSION, "plan": plan}).to_string()
}

#[test]
fn plan_round_trips_exactly() {
    let p = sample();
    let (back, repairs) = plan_of(&encode_plan(&p));
    assert_eq!(back, p);
    assert!(repairs.is_empty());
}

#[test]
fn prefs_round_trip() {
    let prefs = Prefs {
        lang: Some(Lang::Zh),
        last_route: Some("#/plans/p1/kpi".into()),
        last_backup_ms: Some(1_700_000_000_000),
        remind_after_ms: Some(1_700_600_000_000),
    };
    let r = restore(&encode_prefs(&prefs)).unwrap();
    assert_eq!(r.doc, Doc::Prefs(prefs));
}

#[test]
fn backup_file_round_trips_and_drops_only_unreadable_plans() {
    let a = sample();
    let mut b = sample();
    b.id = PlanId::parse("p2").unwrap();
    let r = restore(&encode_backup(&[&a, &b])).unwrap();
    assert_eq!(r.doc, Doc::Backup(vec![a.clone(), b]));

    let raw = json!({"type": "qunce/backup", "version": 1, "plans": [
        serde_json::to_value(&a).unwrap(), {"id": "bad id"}, 7
    ]})
    .to_string();
    let r = restore(&raw).unwrap();
    assert_eq!(r.doc, Doc::Backup(vec![a]));
    assert!(r.repairs.contains(&Repair::PlanDropped { index: 1 }));
    assert!(r.repairs.contains(&Repair::PlanDropped { index: 2 }));
    assert!(r.is_lossy());
}

#[test]
fn frozen_v1_fixtures_still_restore() {
    let (p, repairs) = plan_of(include_str!("../../../../tests/fixtures/plan-v1.json"));
    assert_eq!(p.id.as_str(), "lq3x9k2a7b4c");
    assert_eq!(p.name, "求职社群两周冲刺");
    assert_eq!((p.created_ms, p.updated_ms), (1_763_800_000_000, 1_763_886_400_000));
    assert_eq!(repairs, vec![Repair::Migrated { from: 1 }]);
    let (p, repairs) = plan_of(include_str!("../../../../tests/fixtures/plan-v1-four-steps.json"));
    assert!(repairs.iter().all(|r| !r.is_lossy()), "{repairs:?}");
    assert_eq!(repairs, vec![Repair::Migrated { from: 1 }, Repair::TargetsMerged]);
    // Its KPI step repeated the recruitment target (2,000 by day 14): now one target.
    assert_eq!(p.simulation.targets.len(), 2, "{:?}", p.simulation.targets);
    assert_eq!(p.channels.target.members, 2000);
    assert_eq!(p.simulation.target_note, None);
    assert_eq!(p.channels.channels.len(), 3);
    assert_eq!(p.channels.channels[2].referral.tiers[1].cap, Some(30));
    assert_eq!(p.tiers.levels.len(), 4);
    assert_eq!(p.tiers.promotion.len(), 4);
    assert_eq!(p.simulation.interventions.len(), 2);
    assert_eq!(p.simulation.targets[0].value, 500, "the speaking target is now the first");
    assert!(Step::ALL.iter().all(|s| p.has_content(*s)));
    let r = restore(include_str!("../../../../tests/fixtures/backup-v1.json")).unwrap();
    assert_eq!(r.repairs, vec![Repair::Migrated { from: 1 }, Repair::TargetsMerged]);
    let Doc::Backup(plans) = r.doc else { panic!("a backup") };
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0].id.as_str(), "lq3x9k2a7b4c");
    assert_eq!(plans[1], p, "the four-step plan, field for field");
    let r = restore(include_str!("../../../../tests/fixtures/prefs-v1.json")).unwrap();
    assert_eq!(
        r.doc,
        Doc::Prefs(Prefs {
            lang: Some(Lang::En),
            last_route: Some("#/plans/lq3x9k2a7b4c/tiers".into()),
            ..Default::default()
        })
    );
}

#[test]
fn unknown_fields_survive_a_round_trip() {
    let raw = env(json!({
        "id": "p1", "name": "x", "created_ms": 1, "updated_ms": 2,
        "future_field": {"a": [1, 2]},
        "positioning": {"goal": "learn together", "segments": [{"label": "宝妈"}]}
    }));
    let (p, repairs) = plan_of(&raw);
    assert!(repairs.is_empty(), "{repairs:?}");
    assert_eq!(p.extra.get("future_field"), Some(&json!({"a": [1, 2]})));
    assert!(p.positioning.has_content());
    let (again, _) = plan_of(&encode_plan(&p));
    assert_eq!(again, p);
}

/// Every way stored text can be broken, and what restore() must answer.
#[test]
fn corrupt_inputs_are_refused_with_a_reason() {
    let cases: Vec<(&str, String, RestoreError)> = vec![
        ("empty", String::new(), RestoreError::Empty),
        ("whitespace", "  \n ".into(), RestoreError::Empty),
        ("not json", "hello".into(), RestoreError::NotJson),
        ("truncated", encode_plan(&sample())[..40].to_owned(), RestoreError::NotJson),
        ("json array", "[1,2]".into(), RestoreError::NotAnObject),
        ("json string", "\"qunce\"".into(), RestoreError::NotAnObject),
        ("json null", "null".into(), RestoreError::NotAnObject),
        ("no type", json!({"version": 1}).to_string(), RestoreError::UnknownType),
        ("wrong type", json!({"type": "excalidraw", "version": 1}).to_string(), RestoreError::UnknownType),
        ("type not a string", json!({"type": 5, "version": 1}).to_string(), RestoreError::UnknownType),
        ("no version", json!({"type": "qunce/plan", "plan": {}}).to_string(), RestoreError::BadVersion),
        ("version zero", json!({"type": "qunce/plan", "version": 0}).to_string(), RestoreError::BadVersion),
        (
            "version negative",
            json!({"type": "qunce/plan", "version": -1}).to_string(),
            RestoreError::BadVersion,
        ),
        (
            "version a string",
            json!({"type": "qunce/plan", "version": "1"}).to_string(),
            RestoreError::BadVersion,
        ),
        (
            "version fractional",
            json!({"type": "qunce/plan", "version": 1.5}).to_string(),
            RestoreError::BadVersion,
        ),
        (
            "newer version",
            json!({"type": "qunce/plan", "version": 7, "plan": {}}).to_string(),
            RestoreError::NewerVersion { version: 7 },
        ),
        ("no body", json!({"type": "qunce/plan", "version": 1}).to_string(), RestoreError::MissingBody),
        (
            "body not an object",
            json!({"type": "qunce/plan", "version": 1, "plan": [1]}).to_string(),
            RestoreError::MissingBody,
        ),
        ("no id", env(json!({"name": "x"})), RestoreError::BadId),
        ("id a number", env(json!({"id": 5})), RestoreError::BadId),
        ("id with a slash", env(json!({"id": "../x"})), RestoreError::BadId),
        ("id with html", env(json!({"id": "<img src=x>"})), RestoreError::BadId),
        (
            "prefs body missing",
            json!({"type": "qunce/prefs", "version": 1}).to_string(),
            RestoreError::MissingBody,
        ),
        (
            "too large",
            format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES)),
            RestoreError::TooLarge { bytes: MAX_INPUT_BYTES + 2 },
        ),
        ("deeply nested", format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), RestoreError::NotJson),
    ];
    for (what, raw, expected) in &cases {
        assert_eq!(restore(raw).as_ref().err(), Some(expected), "case: {what}");
    }
    assert!(cases.len() >= 15);
}

#[test]
fn damaged_fields_are_repaired_and_reported() {
    // Wrong types and absurd values: the plan opens, each fix is reported.
    let raw = env(json!({
        "id": "p1",
        "name": 42,
        "created_ms": "yesterday",
        "updated_ms": 1e300,
        "trashed_ms": -50,
        "positioning": "not an object",
        "channels": null,
        "tiers": {"levels": [{"name": "KOL"}]}
    }));
    let (p, repairs) = plan_of(&raw);
    assert_eq!(p.name, "");
    assert_eq!(p.created_ms, p.updated_ms);
    assert!(p.updated_ms <= qunce_core::domain::plan::MAX_TIMESTAMP_MS);
    assert_eq!(p.trashed_ms, Some(0));
    assert!(!p.positioning.has_content());
    assert!(p.tiers.has_content());
    assert!(repairs.contains(&Repair::NameCleaned));
    assert!(repairs.contains(&Repair::TimestampFixed));
    assert!(repairs.contains(&Repair::SectionReset { section: "positioning" }));
    assert!(!repairs.contains(&Repair::SectionReset { section: "channels" }));
}

#[test]
fn updated_before_created_is_fixed() {
    let (p, repairs) = plan_of(&env(json!({"id": "p1", "created_ms": 5000, "updated_ms": 10})));
    assert_eq!((p.created_ms, p.updated_ms), (5000, 5000));
    assert_eq!(repairs, vec![Repair::TimestampFixed]);
}

#[test]
fn hostile_names_are_cleaned_not_executed() {
    let (p, repairs) = plan_of(&env(
        json!({"id": "p1", "name": "<script>alert(1)</script>\u{202E}txt.exe", "created_ms": 1, "updated_ms": 1}),
    ));
    // HTML is left as text (the views escape it); bidi overrides are removed.
    assert_eq!(p.name, "<script>alert(1)</script>txt.exe");
    assert_eq!(repairs, vec![Repair::NameCleaned]);
}

#[test]
fn prefs_are_read_leniently() {
    let r = restore(
        &json!({"type": "qunce/prefs", "version": 1, "prefs": {"lang": "fr", "last_route": 5, "other": 1}})
            .to_string(),
    )
    .unwrap();
    assert_eq!(r.doc, Doc::Prefs(Prefs::default()));
    assert!(r.repairs.contains(&Repair::PrefDropped { field: "lang" }));
    assert!(r.repairs.contains(&Repair::PrefDropped { field: "last_route" }));
}

#[test]
fn canvas_round_trips_and_hostile_canvas_is_clamped_with_a_lossy_repair() {
    let mut p = sample();
    p.positioning = qunce_core::examples::Example::PaidCircle.canvas(Lang::Zh);
    let (back, repairs) = plan_of(&encode_plan(&p));
    assert_eq!(back, p);
    assert!(repairs.is_empty());

    let raw = env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "positioning": {"name": "x".repeat(10_000), "goal": "<script>alert(1)</script>", "future": 1}}));
    let (p, repairs) = plan_of(&raw);
    assert_eq!(p.positioning.name.chars().count(), qunce_core::domain::canvas::SHORT_TEXT);
    assert_eq!(p.positioning.goal, "<script>alert(1)</script>", "kept as text");
    assert_eq!(p.positioning.extra.get("future"), Some(&json!(1)));
    assert_eq!(repairs, vec![Repair::SectionClamped { section: "positioning" }]);
    assert!(repairs[0].is_lossy());

    let raw = env(
        json!({"id": "p1", "created_ms": 1, "updated_ms": 1, "positioning": {"rhythm": [{"title": "x", "cadence": {"every": "hourly"}}]}}),
    );
    let (p, repairs) = plan_of(&raw);
    assert!(!p.positioning.has_content(), "{:?} {repairs:?}", p.positioning);
    assert_eq!(repairs, vec![Repair::SectionReset { section: "positioning" }]);
}

#[test]
fn amounts_that_are_not_whole_yuan_reset_the_section_and_keep_the_original() {
    for bad in [json!(-5), json!(1.5), json!("99"), json!(1e30)] {
        let raw = env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
            "positioning": {"goal": "g", "profit": [{"source": "ads", "amount": bad}]}}));
        let (_, repairs) = plan_of(&raw);
        assert_eq!(repairs, vec![Repair::SectionReset { section: "positioning" }], "{bad}");
    }
    let raw = env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "positioning": {"profit": [{"source": "ads", "amount": 500_000_000u64}]}}));
    let (p, repairs) = plan_of(&raw);
    assert_eq!(p.positioning.profit[0].amount, qunce_core::domain::canvas::MAX_AMOUNT);
    assert_eq!(repairs, vec![Repair::SectionClamped { section: "positioning" }]);
}

#[test]
fn channel_plans_round_trip_and_bad_channels_cost_only_themselves() {
    use qunce_core::domain::channels::{Channel, Mode};
    let mut p = sample();
    let start = qunce_core::domain::canvas::parse_ymd("2026-03-02").unwrap();
    p.channels.start = Some(start);
    p.channels.target.members = 2000;
    p.channels.target.budget = Some(3000);
    for mode in Mode::ALL {
        p.channels.channels.push(Channel::preset(mode, format!("{mode:?}"), start));
    }
    let (back, repairs) = plan_of(&encode_plan(&p));
    assert_eq!(back, p);
    assert!(repairs.is_empty(), "{repairs:?}");

    // One channel with an impossible date, one with absurd numbers, one fine
    // with a field from a newer build.
    let raw = env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1, "channels": {
    "start": "2026-03-02", "future": true, "target": {"members": 5},
    "channels": [
        {"name": "bad date", "schedule": {"kind": "dates", "dates": ["2026-02-30"]}},
        {"name": "absurd", "half_life_x10": 0, "fatigue_x10": 50_000, "join_x10": 7000, "reach": 1e15 as u64,
         "schedule": {"kind": "weekly", "per_week": 99, "from": "2026-03-10", "to": "2026-03-01"}},
        {"name": "fine", "mode": "guerrilla", "colour": "teal"},
        "not a channel"
    ]}}));
    let (p, repairs) = plan_of(&raw);
    let names: Vec<&str> = p.channels.channels.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["absurd", "fine"]);
    let absurd = &p.channels.channels[0];
    assert_eq!((absurd.half_life_x10, absurd.fatigue_x10, absurd.join_x10), (1, 1000, 1000));
    assert_eq!(absurd.reach, qunce_core::domain::channels::MAX_PEOPLE);
    // 99 a week is cut to 14 (two a day); an end before the start becomes the start.
    assert_eq!(absurd.schedule.unit_dates().len(), 2);
    assert_eq!(p.channels.channels[1].extra.get("colour"), Some(&json!("teal")));
    assert_eq!(p.channels.extra.get("future"), Some(&json!(true)));
    assert_eq!(repairs, vec![Repair::SectionClamped { section: "channels" }]);
    assert!(repairs[0].is_lossy(), "the raw input is kept");

    for bad in [json!("channels"), json!({"target": {"members": -1}}), json!({"start": "someday"})] {
        let (p, repairs) =
            plan_of(&env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1, "channels": bad})));
        assert!(!p.channels.has_content());
        assert_eq!(repairs, vec![Repair::SectionReset { section: "channels" }], "{bad}");
    }
}

#[test]
fn tier_designs_round_trip_and_hostile_ones_are_clamped() {
    use qunce_core::domain::tiers::{Level, LevelTexts, TierPlan};
    let mut p = sample();
    let texts = ["A", "B", "C"].map(|n| LevelTexts {
        name: n.into(),
        labels: "x".into(),
        privileges: "y".into(),
        duties: "z".into(),
    });
    p.tiers.levels = TierPlan::default_levels(texts);
    p.tiers.promotion = TierPlan::default_promotion(3);
    p.tiers.groups.members = Some(2000);
    p.tiers.groups.word_of_mouth = true;
    let (back, repairs) = plan_of(&encode_plan(&p));
    assert_eq!(back, p);
    assert!(repairs.is_empty(), "{repairs:?}");

    let levels: Vec<Level> = (0..20).map(|i| Level { name: format!("L{i}"), ..Level::default() }).collect();
    let raw = env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "tiers": {"levels": levels, "groups": {"cap": 0, "size": 100000}, "promotion": [[2000, -1]], "future": 7}}));
    let (_, repairs) = plan_of(&raw);
    assert_eq!(repairs, vec![Repair::SectionReset { section: "tiers" }], "a negative cell does not parse");
    let raw = env(json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "tiers": {"levels": levels, "groups": {"cap": 0, "size": 100000}, "promotion": [[2000, 1]], "future": 7}}));
    let (p, repairs) = plan_of(&raw);
    assert_eq!(p.tiers.levels.len(), qunce_core::domain::tiers::MAX_LEVELS);
    assert_eq!((p.tiers.groups.cap, p.tiers.groups.size), (1, 500));
    assert_eq!(p.tiers.promotion.len(), qunce_core::domain::tiers::MAX_LEVELS);
    assert_eq!(p.tiers.extra.get("future"), Some(&json!(7)));
    assert_eq!(repairs, vec![Repair::SectionClamped { section: "tiers" }]);
}

fn v1(plan: serde_json::Value) -> String {
    json!({"type": "qunce/plan", "version": 1, "plan": plan}).to_string()
}

#[test]
fn version_1_targets_become_one_target_and_a_differing_one_is_kept_with_a_note() {
    use qunce_core::domain::simulate::Kpi;
    // Agree: the KPI copy goes.
    let same = json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "channels": {"start": "2026-03-02", "target": {"members": 500, "deadline": "2026-05-01"}},
        "simulation": {"targets": [{"kpi": "members", "value": 500, "day": 61}, {"kpi": "revenue", "value": 5000, "day": 61}]}});
    let (p, repairs) = plan_of(&v1(same));
    assert_eq!(repairs, vec![Repair::Migrated { from: 1 }, Repair::TargetsMerged]);
    assert_eq!(p.simulation.targets.len(), 1);
    assert_eq!(p.simulation.targets[0].kpi, Kpi::Revenue);
    assert_eq!(p.simulation.target_note, None);

    // Differ: both kept, the plan carries a note, nothing is lossy.
    let differ = json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "channels": {"start": "2026-03-02", "target": {"members": 500, "deadline": "2026-05-01"}},
        "simulation": {"targets": [{"kpi": "members", "value": 600, "day": 90}]}});
    let (p, repairs) = plan_of(&v1(differ));
    assert_eq!(repairs, vec![Repair::Migrated { from: 1 }, Repair::TargetsDiffer]);
    assert!(repairs.iter().all(|r| !r.is_lossy()));
    assert_eq!(p.channels.target.members, 500);
    assert_eq!(p.simulation.targets.len(), 1);
    assert_eq!(p.simulation.targets[0].value, 600);
    assert_eq!(p.simulation.target_note.as_ref().map(|t| (t.value, t.day)), Some((600, 90)));
    // Saved again, it is version 2 and the note is not made twice.
    let (again, repairs) = plan_of(&encode_plan(&p));
    assert!(repairs.is_empty(), "{repairs:?}");
    assert_eq!(again, p);

    // Only the KPI step had one: it becomes the plan's target, on its date.
    let kpi_only = json!({"id": "p1", "created_ms": 1, "updated_ms": 1,
        "channels": {"start": "2026-03-02"},
        "simulation": {"targets": [{"kpi": "precise_members", "value": 300, "day": 30}]}});
    let (p, repairs) = plan_of(&v1(kpi_only));
    assert_eq!(repairs, vec![Repair::Migrated { from: 1 }, Repair::TargetsMerged]);
    assert_eq!((p.channels.target.members, p.channels.target.precise), (300, true));
    assert_eq!(p.channels.target.deadline, qunce_core::domain::canvas::parse_ymd("2026-03-31"));
    assert!(p.simulation.targets.is_empty());

    // A version-2 plan may hold an extra members target on purpose: untouched.
    let v2 =
        json!({"type": "qunce/plan", "version": 2, "plan": {"id": "p1", "created_ms": 1, "updated_ms": 1,
        "channels": {"start": "2026-03-02", "target": {"members": 500, "deadline": "2026-05-01"}},
        "simulation": {"targets": [{"kpi": "members", "value": 500, "day": 61}]}}})
        .to_string();
    let (p, repairs) = plan_of(&v2);
    assert_eq!(repairs, vec![Repair::Migrated { from: 2 }]);
    assert_eq!(p.simulation.targets.len(), 1);
}
