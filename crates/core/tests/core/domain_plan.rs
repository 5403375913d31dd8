use qunce_core::domain::plan::{clamp_timestamp, clean_name, MAX_TIMESTAMP_MS};
use qunce_core::domain::{Plan, PlanId, Step, MAX_NAME_CHARS};

fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}

#[test]
fn plan_ids_accept_only_safe_characters() {
    assert!(PlanId::parse("abc-DEF_123").is_some());
    for bad in ["", "a b", "a/b", "a#b", "计划", "a.b", &"x".repeat(65)] {
        assert!(PlanId::parse(bad).is_none(), "{bad:?} accepted");
    }
    assert!(PlanId::parse(&"x".repeat(64)).is_some());
}

#[test]
fn new_plan_is_empty_with_given_time() {
    let p = Plan::new(id("p1"), "  求职社群   冲刺 ", 1_700_000_000_000);
    assert_eq!(p.name, "求职社群 冲刺");
    assert_eq!((p.created_ms, p.updated_ms), (1_700_000_000_000, 1_700_000_000_000));
    assert_eq!(p.progress(), 0);
    assert!(Step::ALL.iter().all(|s| !p.has_content(*s)));
    assert!(!p.is_trashed());
}

#[test]
fn rename_touches_only_when_changed_and_time_never_goes_back() {
    let mut p = Plan::new(id("p1"), "A", 1000);
    assert!(!p.rename("A", 5000));
    assert_eq!(p.updated_ms, 1000);
    assert!(p.rename("B", 5000));
    assert_eq!(p.updated_ms, 5000);
    // A device clock set back must not move the edit time backwards.
    assert!(p.rename("C", 2000));
    assert_eq!(p.updated_ms, 5000);
}

#[test]
fn duplicate_gets_new_identity_and_leaves_trash() {
    let mut p = Plan::new(id("p1"), "A", 1000);
    p.positioning.extra.insert("goal".into(), serde_json::json!("learn"));
    p.trash(2000);
    let d = p.duplicate(id("p2"), "A (copy)", 3000);
    assert_eq!(d.id, id("p2"));
    assert_eq!(d.name, "A (copy)");
    assert_eq!((d.created_ms, d.updated_ms), (3000, 3000));
    assert!(!d.is_trashed());
    assert_eq!(d.positioning, p.positioning);
    assert_eq!(d.progress(), 1);
}

#[test]
fn names_are_cleaned_of_controls_bidi_and_length() {
    assert_eq!(clean_name("a\u{202E}b\u{0007}c\nd"), "abc d");
    assert_eq!(clean_name("   "), "");
    let long = "群".repeat(500);
    assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
}

#[test]
fn timestamps_are_clamped_to_formattable_range() {
    assert_eq!(clamp_timestamp(-5), 0);
    assert_eq!(clamp_timestamp(i64::MAX), MAX_TIMESTAMP_MS);
    assert_eq!(Plan::new(id("p"), "x", i64::MIN).created_ms, 0);
    assert_eq!(qunce_core::i18n::format_datetime(MAX_TIMESTAMP_MS, 14 * 60), "+10000-01-01 13:59");
    assert_eq!(qunce_core::i18n::format_datetime(0, 8 * 60), "1970-01-01 08:00");
}

#[test]
fn a_link_is_told_apart_from_the_local_plan_by_age_and_by_what_differs_with_figures() {
    use qunce_core::domain::plan::{differences, link_age, LinkAge};
    use qunce_core::examples::Example;
    use qunce_core::i18n::Lang;
    use qunce_core::labels::{differences_text, from_link_name};

    let mut mine = Example::JobSprint.plan(
        id("p"),
        Lang::Zh,
        1_000,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    mine.updated_ms = 5_000;
    let same = mine.clone();
    assert_eq!(link_age(&mine, &same), LinkAge::Same);
    assert!(differences(&mine, &same).is_empty());

    let mut link = mine.clone();
    link.updated_ms = 4_000;
    link.channels.target.members = 600;
    link.channels.channels.pop();
    link.tiers.levels[0].name.push('!');
    assert_eq!(link_age(&mine, &link), LinkAge::Older);
    link.updated_ms = 6_000;
    assert_eq!(link_age(&mine, &link), LinkAge::Newer);
    link.updated_ms = 5_000;
    assert_eq!(link_age(&mine, &link), LinkAge::Diverged);

    let diffs = differences(&mine, &link);
    let steps: Vec<Option<Step>> = diffs.iter().map(|d| d.step).collect();
    assert_eq!(steps, vec![Some(Step::Channels), Some(Step::Tiers)], "only the steps that differ");
    let n = mine.channels.channels.len();
    let zh = differences_text(Lang::Zh, &diffs);
    let target = qunce_core::i18n::group(mine.channels.target.members);
    assert_eq!(zh[0], format!("② 招募渠道：渠道 {n} → {} · 目标 {target} → 600", n - 1));
    assert_eq!(zh[1], "③ 分层设计：文字有改动", "a text change has no figure to show");
    let en = differences_text(Lang::En, &diffs);
    assert!(en[0].starts_with("② Recruitment channels: channels "), "{}", en[0]);

    link.name = "别的名字".into();
    assert_eq!(differences(&mine, &link)[0].step, None, "the name first");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    assert_eq!(from_link_name(Lang::Zh, "社群", date), "社群（来自链接 12-04）");
    assert_eq!(from_link_name(Lang::En, "Group", date), "Group (from link, Dec 4)");
}
