//! The section readers (`persist::envelope::read`) against the serde
//! serialisation they read back: every variant of every enum, every tagged
//! enum's variants, and plans with every optional part set.

use chrono::NaiveDate;
use qunce_core::domain::actuals::Series;
use qunce_core::domain::canvas::{
    BenefitTiming, Cadence, CommunityKind, LifeKind, ProfitItem, ProfitSource, RhythmItem, Stage,
};
use qunce_core::domain::channels::{Mode, Objective, RewardTier, Schedule, Scope};
use qunce_core::domain::simulate::{InterventionKind, Kpi, KpiTarget, Scenario};
use qunce_core::domain::tiers::{LeaderSource, Metric, Rule, SplitBy, Style};
use qunce_core::domain::{Plan, PlanId};
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::envelope::{snake_case, FromJson};
use qunce_core::persist::{encode_plan, restore, Doc};
use serde::Serialize;
use serde_json::{json, Value};

/// Every variant is written as its name in snake_case and read back.
fn names<T>(all: &[T])
where
    T: Copy + std::fmt::Debug + PartialEq + Serialize + FromJson,
{
    assert!(!all.is_empty());
    for v in all {
        let written = serde_json::to_value(v).unwrap();
        assert_eq!(written, Value::String(snake_case(&format!("{v:?}"))), "{v:?}");
        assert_eq!(T::from_json(written), Some(*v));
    }
    assert_eq!(T::from_json(json!("no_such_variant")), None);
    assert_eq!(T::from_json(json!(0)), None);
}

#[test]
fn every_unit_enum_reads_back_what_serde_writes() {
    names(&CommunityKind::ALL);
    names(&BenefitTiming::ALL);
    names(&ProfitSource::ALL);
    names(&LifeKind::ALL);
    names(&Stage::ALL);
    names(&Mode::ALL);
    names(&Objective::ALL);
    names(&Series::ALL);
    names(&Style::ALL);
    names(&Metric::ALL);
    names(&SplitBy::ALL);
    names(&LeaderSource::ALL);
    names(&InterventionKind::ALL);
    names(&Kpi::ALL);
    assert_eq!(snake_case("BaseArea"), "base_area");
    assert_eq!(snake_case("PaidConversion"), "paid_conversion");
}

fn round_trip<T>(v: T)
where
    T: Serialize + FromJson + PartialEq + std::fmt::Debug,
{
    let written = serde_json::to_value(&v).unwrap();
    assert_eq!(T::from_json(written.clone()).as_ref(), Some(&v), "{written}");
}

#[test]
fn every_tagged_variant_reads_back() {
    round_trip(Cadence::Daily { minute: 480 });
    round_trip(Cadence::Weekly { weekday: 6, minute: 1260 });
    round_trip(Cadence::Monthly { day: 28 });
    round_trip(Scope::All);
    round_trip(Scope::Group { members: 300 });
    round_trip(Scope::Channel { index: 2 });
    round_trip(Scope::Tier { share_x10: 200 });
    let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    round_trip(Schedule::Dates { dates: vec![d("2026-12-06"), d("2027-01-31")] });
    round_trip(Schedule::Weekly { per_week: 3, from: d("2026-12-06"), to: d("2027-02-28") });
    // The tag is required and must be known; fields of the variant too.
    assert_eq!(Cadence::from_json(json!({"minute": 5})), None);
    assert_eq!(Cadence::from_json(json!({"every": "hourly"})), None);
    assert_eq!(Scope::from_json(json!({"kind": "group"})), None);
    assert_eq!(Schedule::from_json(json!({"kind": "weekly", "per_week": 1, "from": "2026-12-06"})), None);
    assert_eq!(Schedule::from_json(json!({"kind": "dates", "dates": ["2026-02-30"]})), None);
}

#[test]
fn numbers_read_as_serde_read_them() {
    assert_eq!(u32::from_json(json!(7)), Some(7));
    assert_eq!(u32::from_json(json!(7.0)), None);
    assert_eq!(u32::from_json(json!(-1)), None);
    assert_eq!(u32::from_json(json!(u64::from(u32::MAX) + 1)), None);
    assert_eq!(u8::from_json(json!(256)), None);
    assert_eq!(u64::from_json(json!(u64::MAX)), Some(u64::MAX));
    assert_eq!(u64::from_json(json!("7")), None);
    assert_eq!(Option::<u32>::from_json(Value::Null), Some(None));
    assert_eq!(bool::from_json(json!(1)), None);
    assert_eq!(String::from_json(Value::Null), None);
}

#[test]
fn a_struct_keeps_its_defaults_for_missing_fields_and_fails_on_a_bad_one() {
    // Rule's default is not all zeros: a missing field keeps it.
    let read = Rule::from_json(json!({"threshold": 9})).unwrap();
    assert_eq!(read, Rule { threshold: 9, ..Rule::default() });
    assert_eq!(Rule::from_json(json!({"threshold": "9"})), None);
    assert_eq!(Rule::from_json(json!([1, 2, 3])), None);
    // Unknown keys are ignored where the type keeps no extras.
    assert_eq!(Rule::from_json(json!({"later": true})), Some(Rule::default()));
}

/// A plan with every optional part set and every tagged enum used.
fn full_plan(example: Example, lang: Lang) -> Plan {
    let start = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    let mut p = example.plan(PlanId::parse("full1").unwrap(), lang, 1_767_225_600_000, start);
    let c = &mut p.positioning;
    c.kind = Some(CommunityKind::BrandFans);
    c.lifecycle.stage = Some(Stage::Growth);
    c.lifecycle.kind = LifeKind::Campaign;
    c.lifecycle.review = Some(start);
    c.threshold.timing = BenefitTiming::Before;
    c.rhythm.push(RhythmItem { title: "早报".into(), cadence: Cadence::Daily { minute: 450 } });
    c.rhythm.push(RhythmItem { title: "月会".into(), cadence: Cadence::Monthly { day: 3 } });
    c.profit.push(ProfitItem { source: ProfitSource::Naming, note: "冠名".into(), amount: 5000 });
    c.extra.insert("later_field".into(), json!({"a": [1, null, "x"]}));
    let ch = &mut p.channels;
    ch.target.budget = Some(12_000);
    ch.target.hours = Some(40);
    ch.target.precise = true;
    ch.objective = Objective::MostMembers;
    ch.extra.insert("later".into(), json!(3));
    if let Some(first) = ch.channels.first_mut() {
        first.referral.tiers.push(RewardTier { invites: 3, reward: "书".into(), cost: 30, cap: Some(50) });
        first.referral.scope = Scope::Tier { share_x10: 150 };
        first.extra.insert("note".into(), json!("kept"));
    }
    let t = &mut p.tiers;
    t.style = Style::RoleLabels;
    t.size_day = Some(30);
    t.groups.members = Some(4500);
    t.groups.word_of_mouth = true;
    t.groups.spread_pct = 151;
    t.groups.split_by = SplitBy::Cohort;
    t.groups.leader_source = LeaderSource::Both;
    t.groups.extra.insert("g".into(), json!(true));
    if let Some(level) = t.levels.first_mut() {
        level.entry = Some(Rule { metric: Metric::Spend, threshold: 500, period_days: 90 });
        level.hold = Some(Rule::default());
        level.extra.insert("badge".into(), json!("★"));
    }
    let n = t.levels.len();
    t.promotion = (0..n)
        .map(|i| (0..n).map(|j| if i == j { 910 } else { 90 / (n as u32 - 1).max(1) }).collect())
        .collect();
    t.extra.insert("t".into(), json!([]));
    let s = &mut p.simulation;
    s.typed_inflow = Some(120);
    s.price = Some(99);
    s.refund_x10 = 25;
    s.target_note = Some(KpiTarget { kpi: Kpi::PreciseMembers, value: 900, day: 45 });
    s.targets.push(KpiTarget { kpi: Kpi::Revenue, value: 30_000, day: 60 });
    s.scenarios.push(Scenario {
        name: "乐观".into(),
        params: s.params.clone(),
        interventions: s.interventions.clone(),
    });
    s.extra.insert("s".into(), json!({"k": 1}));
    p.actuals.from = Some(start);
    p.actuals.series.insert(Series::Members, vec![Some(100), None, Some(130)]);
    p.actuals.series.insert(Series::Revenue, vec![Some(0), Some(990), None]);
    p.actuals.derived_left = true;
    p.extra.insert("top".into(), json!("level"));
    p
}

#[test]
fn plans_with_every_part_set_restore_exactly_in_both_languages() {
    for example in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let plan = full_plan(example, lang);
            let restored = restore(&encode_plan(&plan)).unwrap();
            assert!(restored.repairs.is_empty(), "{example:?} {lang:?}: {:?}", restored.repairs);
            match restored.doc {
                Doc::Plan(back) => assert_eq!(*back, plan, "{example:?} {lang:?}"),
                other => panic!("{other:?}"),
            }
        }
    }
}

#[test]
fn a_link_takes_only_plans_and_says_so_for_other_kinds() {
    use qunce_core::persist::envelope::{encode_history, History};
    use qunce_core::persist::{encode_prefs, restore_plan, Prefs, RestoreError};
    let plan = full_plan(Example::JobSprint, Lang::Zh);
    let read = restore_plan(&encode_plan(&plan)).unwrap();
    assert!(matches!(read.doc, Doc::Plan(p) if *p == plan));
    // The full restore() reads these; the plan-only form refuses them.
    let prefs = encode_prefs(&Prefs::default());
    assert!(restore(&prefs).is_ok());
    assert_eq!(restore_plan(&prefs).map(|_| ()), Err(RestoreError::NotAPlan));
    let history = encode_history(&History { id: PlanId::parse("h1"), snapshots: Vec::new() });
    assert!(restore(&history).is_ok());
    assert_eq!(restore_plan(&history).map(|_| ()), Err(RestoreError::NotAPlan));
    // Errors before the kind is known are the same as restore()'s.
    assert_eq!(restore_plan("{").map(|_| ()), Err(RestoreError::NotJson));
    assert_eq!(
        restore_plan(r#"{"type":"qunce/plan","version":99,"plan":{}}"#).map(|_| ()),
        Err(RestoreError::NewerVersion { version: 99 })
    );
}
