//! The tier designer: every check, the many-groups structure and workload
//! maths, the promotion matrix, and edits that keep it square.

use proptest::prelude::*;

use qunce_core::domain::tiers::{
    check, level_counts, promote, structure, Check, Level, LevelTexts, Rule, Style, TierPlan, MAX_LEVELS,
    WHOLE,
};

fn texts() -> [LevelTexts; 3] {
    ["KOL", "Core", "Ordinary"].map(|n| LevelTexts {
        name: n.into(),
        labels: String::new(),
        privileges: format!("{n} perks"),
        duties: String::new(),
    })
}

/// A four-level pyramid (1 / 4 / 20 / 75 %) the checks are tried on.
fn four() -> TierPlan {
    let mut levels = TierPlan::default_levels(texts());
    let mut ordinary = levels[2].clone();
    ordinary.entry = Some(qunce_core::domain::tiers::Rule {
        metric: qunce_core::domain::tiers::Metric::Activity,
        threshold: 1,
        period_days: 30,
    });
    levels.insert(2, ordinary);
    levels[3].name = "Word of mouth".into();
    levels[3].privileges = "Word of mouth perks".into();
    for (l, share) in levels.iter_mut().zip([10, 40, 200, 750]) {
        l.share_x10 = share;
    }
    TierPlan { promotion: TierPlan::default_promotion(levels.len()), levels, ..TierPlan::default() }
}

/// The defaults follow article 001: KOLs 2–4 % (10–20 angel testers per 500
/// members), KOLs and core together about the 20 % heavy users, and the
/// word-of-mouth group a mixed group of its own, not a level.
#[test]
fn the_default_levels_follow_the_article() {
    let levels = TierPlan::default_levels(texts());
    assert_eq!(levels.len(), 3);
    assert!((20..=40).contains(&levels[0].share_x10), "{}", levels[0].share_x10);
    assert_eq!(levels[0].share_x10 + levels[1].share_x10, 200);
    assert_eq!(levels.iter().map(|l| l.share_x10).sum::<u32>(), WHOLE);
    let mut p = TierPlan { promotion: TierPlan::default_promotion(3), levels, ..TierPlan::default() };
    assert_eq!(check(&p, 2000), vec![]);
    assert_eq!(structure(&p, 2000).word_of_mouth, 0);
    p.groups.word_of_mouth = true;
    assert_eq!(structure(&p, 2000).word_of_mouth, 1);
}

#[test]
fn the_default_pyramid_passes_every_check() {
    let p = four();
    assert_eq!(p.levels.iter().map(|l| l.share_x10).sum::<u32>(), WHOLE);
    assert_eq!(check(&p, 2000), vec![]);
    assert_eq!(level_counts(&p, 2000), vec![20, 80, 400, 1500]);
}

#[test]
fn no_levels_is_the_only_check_of_an_empty_design() {
    assert_eq!(check(&TierPlan::default(), 5000), vec![Check::NoLevels]);
}

#[test]
fn shares_must_add_up_and_the_message_comes_and_goes() {
    let mut p = four();
    p.levels[3].share_x10 = 700;
    let mut shape = p.clone();
    shape.factor_x10 = 10; // keep the pyramid check out of this test
    assert_eq!(check(&shape, 2000), vec![Check::SharesSum(950)]);
    p.levels[2].share_x10 = 250;
    assert!(!check(&p, 2000).iter().any(|c| matches!(c, Check::SharesSum(_))));
}

#[test]
fn each_level_must_be_smaller_than_the_one_below_by_the_factor() {
    let mut p = four();
    // Core 4 % × 3 = 12 % ≤ 20 %: fine; make core 8 %: 24 % > 20 %.
    p.levels[1].share_x10 = 80;
    p.levels[3].share_x10 = 710;
    assert_eq!(check(&p, 2000), vec![Check::NotPyramid { upper: 1 }]);
    p.factor_x10 = 25; // 8 × 2.5 = 20 ≤ 20
    assert_eq!(check(&p, 2000), vec![]);
    p.style = Style::RoleLabels;
    p.factor_x10 = 100;
    assert!(check(&p, 2000).is_empty(), "role labels have no pyramid checks");
}

#[test]
fn small_communities_are_told_to_use_role_labels() {
    let p = four();
    assert_eq!(check(&p, 60), vec![Check::TooSmallForTiers { members: 60 }]);
    let mut labels = p.clone();
    labels.style = Style::RoleLabels;
    assert_eq!(check(&labels, 60), vec![]);
}

#[test]
fn a_level_with_no_way_up_and_a_top_level_without_privileges_are_flagged() {
    let mut p = four();
    p.levels[1].entry = None;
    p.levels[0].privileges = " ".into();
    assert_eq!(check(&p, 2000), vec![Check::NoWayUp { from: 2 }, Check::NoPrivileges { level: 0 }]);
    p.levels[3].privileges.clear();
    assert_eq!(check(&p, 2000).len(), 2, "the bottom level needs no privileges");
}

#[test]
fn group_size_over_the_cap_or_the_qr_limit_is_flagged() {
    let mut p = four();
    p.groups.size = 300;
    assert_eq!(check(&p, 2000), vec![Check::OverQrLimit]);
    p.groups.cap = 250;
    assert_eq!(check(&p, 2000), vec![Check::SizeOverCap, Check::OverQrLimit]);
}

#[test]
fn matrix_rows_must_sum_to_one() {
    let mut p = four();
    p.promotion[2][1] = 100;
    assert_eq!(check(&p, 2000), vec![Check::RowSum { row: 2, sum: 1060 }]);
}

#[test]
fn ten_groups_of_two_hundred_need_ten_leaders_and_ten_helper_admins() {
    let mut p = four();
    p.levels[0].own_group = true;
    let s = structure(&p, 2000);
    assert_eq!(
        (s.groups, s.per_group, s.leaders, s.admins, s.hq_size, s.level_groups),
        (10, 200, 10, 10, 11, 1)
    );
    // Defaults: 3 announcements a week; by hand 2 min + 90 s spacing per
    // group; through HQ 15 min + 0.5 min to confirm each leader; one 5-minute
    // check of each group a week.
    assert!((s.direct_hours - 3.0 * 10.0 * 3.5 / 60.0).abs() < 1e-9, "{}", s.direct_hours);
    assert!((s.relayed_hours - 3.0 * (15.0 + 10.0 * 0.5) / 60.0).abs() < 1e-9);
    assert!((s.check_hours - 10.0 * 5.0 / 60.0).abs() < 1e-9);
    // 15 / (3.5 − 0.5) = 5, so from 6 groups relaying is quicker.
    assert_eq!(s.relay_pays_from, Some(6));
    let at = |n: u64| structure(&p, n * 200);
    assert!(at(5).relayed_hours >= at(5).direct_hours);
    assert!(at(6).relayed_hours < at(6).direct_hours);

    let small = structure(&p, 30);
    assert_eq!((small.groups, small.admins), (1, 0), "30 people need no helper admin");
    let none = structure(&p, 0);
    assert_eq!((none.groups, none.hq_size), (0, 0));
    p.groups.confirm_minutes_x10 = 40;
    assert_eq!(structure(&p, 2000).relay_pays_from, None, "confirming costs more than posting");
}

#[test]
fn the_cap_bounds_the_group_size_and_a_zero_cap_is_clamped() {
    let mut p = four();
    p.groups.size = 400;
    p.groups.cap = 250;
    assert_eq!(structure(&p, 1000).groups, 4);
    p.groups.cap = 0;
    p.groups.size = 0;
    assert!(p.sanitize());
    assert_eq!((p.groups.cap, p.groups.size), (1, 1));
    assert_eq!(structure(&p, 3).groups, 3);
}

#[test]
fn the_promotion_matrix_moves_people_without_losing_any() {
    let p = four();
    let start = [20.0, 80.0, 400.0, 1500.0];
    let after = promote(&p, &start, 1);
    // Core: 4 % of ordinary move up, 90 % of core stay, 6 % of KOLs move down.
    assert!((after[1] - (0.06 * 20.0 + 0.90 * 80.0 + 0.04 * 400.0)).abs() < 1e-9);
    for periods in [1, 12, 100] {
        let total: f64 = promote(&p, &start, periods).iter().sum();
        assert!((total - 2000.0).abs() < 1e-6, "{periods}: {total}");
    }
    let mut skewed = p.clone();
    skewed.promotion[0] = vec![500, 0, 0, 0]; // sums to 50 %: normalised
    let total: f64 = promote(&skewed, &start, 5).iter().sum();
    assert!((total - 2000.0).abs() < 1e-6);
}

#[test]
fn adding_removing_and_moving_levels_keeps_the_matrix_square() {
    let mut p = four();
    p.add_level(Level { name: "Fans".into(), ..Level::default() });
    assert_eq!(p.levels.len(), 5);
    assert!(p.promotion.iter().all(|r| r.len() == 5) && p.promotion.len() == 5);
    assert_eq!(p.promotion[4][4], WHOLE);
    p.swap_down(0);
    assert_eq!(p.levels[0].name, "Core");
    assert_eq!(p.promotion[1][1], 940, "the KOL row moved with its level");
    p.remove_level(4);
    assert_eq!(p.promotion.len(), 4);
    for row in &p.promotion {
        assert_eq!(row.iter().sum::<u32>(), WHOLE, "what flowed to a removed level stays put");
    }
    for _ in 0..30 {
        p.add_level(Level::default());
    }
    assert_eq!(p.levels.len(), MAX_LEVELS);
}

#[test]
fn restore_clamps_a_hostile_design_and_keeps_it_square() {
    let mut p = four();
    p.levels =
        (0..20).map(|i| Level { name: format!("L{i}"), share_x10: 5000, ..Level::default() }).collect();
    p.levels[0].entry = Some(Rule { threshold: u64::MAX, period_days: 0, ..Rule::default() });
    p.promotion = vec![vec![9999; 3]; 2];
    p.factor_x10 = 0;
    assert!(p.sanitize());
    assert_eq!(p.levels.len(), MAX_LEVELS);
    assert!(p.levels.iter().all(|l| l.share_x10 <= WHOLE));
    assert_eq!(p.levels[0].entry.as_ref().unwrap().period_days, 1);
    assert_eq!(p.promotion.len(), MAX_LEVELS);
    assert!(p.promotion.iter().all(|r| r.len() == MAX_LEVELS && r.iter().sum::<u32>() == WHOLE));
    assert_eq!(p.factor_x10, 10);
    assert!(!p.clone().sanitize(), "sanitising twice changes nothing");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn checks_structure_and_matrix_are_total(
        shares in prop::collection::vec(any::<u32>(), 0..15),
        cells in prop::collection::vec(any::<u32>(), 0..200),
        members in any::<u64>(),
        size in any::<u32>(), cap in any::<u32>(), admin in any::<u32>(),
        minutes in prop::collection::vec(any::<u32>(), 7),
        sanitize in any::<bool>(),
    ) {
        let mut p = TierPlan {
            levels: shares.iter().map(|s| Level { share_x10: *s, ..Level::default() }).collect(),
            ..TierPlan::default()
        };
        let n = p.levels.len();
        p.promotion = (0..n).map(|i| (0..n).map(|j| cells.get(i * n + j).copied().unwrap_or(0)).collect()).collect();
        (p.groups.size, p.groups.cap, p.groups.admin_over) = (size, cap, admin);
        let g = &mut p.groups;
        (g.announcements, g.post_minutes, g.spacing_seconds, g.hq_minutes, g.confirm_minutes_x10, g.checks, g.check_minutes) =
            (minutes[0], minutes[1], minutes[2], minutes[3], minutes[4], minutes[5], minutes[6]);
        if sanitize {
            p.sanitize();
        }
        let _ = check(&p, members);
        let s = structure(&p, members);
        for h in [s.direct_hours, s.relayed_hours, s.check_hours] {
            prop_assert!(h.is_finite() && h >= 0.0);
        }
        prop_assert!(s.per_group as u128 * s.groups as u128 >= s.members as u128);
        let start: Vec<f64> = level_counts(&p, members).iter().map(|c| *c as f64).collect();
        let after = promote(&p, &start, 13);
        prop_assert!(after.iter().all(|v| v.is_finite() && *v >= 0.0));
        let (a, b): (f64, f64) = (start.iter().sum(), after.iter().sum());
        prop_assert!((a - b).abs() <= 1e-6 * a.max(1.0));
    }
}
