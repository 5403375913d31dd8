//! The source articles' cases (DOMAIN.md, seeds/) against the model: each
//! test states its tolerance and prints the article's figure beside the
//! model's (`cargo test -p qunce-core --test core cases -- --nocapture`).

use chrono::NaiveDate;
use qunce_core::domain::canvas::parse_ymd;
use qunce_core::domain::forecast::forecast;
use qunce_core::domain::simulate::{context, likely_path};
use qunce_core::domain::story::story;
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;

use crate::id;

fn start() -> NaiveDate {
    parse_ymd("2026-03-02").unwrap()
}

/// Prints one line of the side-by-side table and checks `model` is within
/// `tolerance` (a share) of `article`.
fn within(case: &str, article: f64, model: f64, tolerance: f64, note: &str) {
    let off = (model - article) / article;
    let shown = if article < 10.0 { format!("{model:.2}") } else { format!("{model:.0}") };
    println!(
        "| {case} | {article} | {shown} | {:+.1} % | ±{:.0} % | {note} |",
        off * 100.0,
        tolerance * 100.0
    );
    assert!(off.abs() <= tolerance, "{case}: article {article}, model {model:.1} ({:+.1} %)", off * 100.0);
}

#[test]
fn job_sprint_reproduces_section_9() {
    let plan = Example::JobSprint.plan(id("j"), Lang::En, 0, start());
    let f = forecast(&plan.channels, start(), true, None);
    // "Week 1: … a few hundred people in total" — vaguer than a number: 200–600.
    let week1 = f.at(6, false);
    println!("| job sprint: week-1 joins | a few hundred | {week1:.0} | — | 200–600 | channel presets + case reach |");
    assert!((200.0..=600.0).contains(&week1), "{week1}");
    let ctx = context(&plan, start());
    let path = likely_path(&plan.simulation, &ctx);
    // "2000 covered by Wednesday afternoon" of week 2: day 10.
    within(
        "job sprint: members by day 10",
        2000.0,
        path[9].members,
        0.15,
        "preset referral mechanism, case invite rule",
    );
    // "→ 35 % active" after the self-introductions (day 9), "60 % by Thursday night" (day 11).
    within(
        "job sprint: weekly active after intros",
        0.35,
        path[9].weekly_active,
        0.15,
        "effect +32 points taken from the case (preset +15)",
    );
    within(
        "job sprint: weekly active after quiz",
        0.60,
        path[11].weekly_active,
        0.15,
        "effect +45 points taken from the case (preset +25)",
    );
    // "11 groups (10 + core)": 10 city groups of 200.
    let groups = path[13].groups;
    within("job sprint: city groups", 10.0, groups, 0.15, "group size 200 from the case");
}

#[test]
fn home_service_reproduces_section_4() {
    let plan = Example::HomeService.plan(id("h"), Lang::En, 0, start());
    let f = forecast(&plan.channels, start(), plan.positioning.threshold_complete(), None);
    // "一共是拉到52个人": 52 seed users.
    within(
        "home service: seed users",
        52.0,
        f.channels[0].joins_until(f.last_day()),
        0.15,
        "preset seed mechanism, case reach",
    );
    // "三个妈妈群,大概在一千五百号人左右": about 1,500 in the mothers' groups.
    within(
        "home service: mothers' groups",
        1500.0,
        f.channels[1].joins_until(f.last_day()),
        0.15,
        "preset fatigue, case reach",
    );
    // "每期八十到一百个人": 80–100 angel testers per monthly intake.
    let c = &f.channels[2];
    for (k, day) in c.unit_days.iter().enumerate() {
        let next = c.unit_days.get(k + 1).copied().unwrap_or(f.days);
        let intake: f64 = c.daily[*day..next].iter().sum();
        println!("| home service: angel intake {} | 80–100 | {intake:.0} | — | 80–100 | case: ~100 slots, ¥10,000 a month, no fatigue |", k + 1);
        assert!((80.0..=100.5).contains(&intake), "{intake}");
    }
    let st = story(&plan, start());
    println!("| home service: members present by the end (90 days) | — | {:.0} | — | no case figure | the later stage is checked below by its structure |", st.present(st.end(), false));
}

/// The job sprint's activity needs effects taken from the case: with the
/// presets the same plan stays well under 35 % and 60 %, and the sample-case
/// text says so (issue 21: say which inputs come from the case).
#[test]
fn the_job_sprint_says_which_activity_inputs_come_from_the_case() {
    use qunce_core::domain::simulate::InterventionKind;
    let mut plan = Example::JobSprint.plan(id("j"), Lang::En, 0, start());
    for i in &mut plan.simulation.interventions {
        let (effect, days) = i.kind.preset();
        (i.effect_x10, i.days) = (effect, days);
    }
    let ctx = context(&plan, start());
    let path = likely_path(&plan.simulation, &ctx);
    println!("| job sprint with preset effects: after intros / quiz | 0.35 / 0.60 | {:.2} / {:.2} | — | — | presets {:?} / {:?} |",
        path[9].weekly_active, path[11].weekly_active, InterventionKind::SelfIntro.preset(), InterventionKind::Quiz.preset());
    assert!(path[9].weekly_active < 0.30 && path[11].weekly_active < 0.50);
    for lang in [Lang::Zh, Lang::En] {
        let text = lang.t(qunce_core::i18n::Key::SampleCaseText);
        assert!(
            text.contains("+32") && text.contains("+15") && text.contains("+45") && text.contains("+25"),
            "{text}"
        );
    }
}

/// "争分夺秒抢时间": a week-long invite contest inside the ~100-member angel
/// group took it to about 300. The campaign runs inside that group (scope),
/// with the referral presets but for the share taking part: a contest with
/// prizes for the top three, 60 % (a case input; the preset is 40 %).
#[test]
fn the_angel_group_contest_reproduces_100_to_300() {
    use qunce_core::domain::channels::{Channel, ChannelPlan, Mode, Schedule, Scope};
    let s = start();
    let day = |n: u64| s.checked_add_days(chrono::Days::new(n)).unwrap();
    // The group: 1,500 mothers already in other groups, 100 angel testers.
    let mut mothers = Channel::preset(Mode::Seed, "Mothers".into(), s);
    (mothers.reach, mothers.join_x10, mothers.half_life_x10) = (1500, 1000, 1);
    mothers.schedule = Schedule::Dates { dates: vec![day(0)] };
    let mut angels = Channel::preset(Mode::Seed, "Angel testers".into(), s);
    (angels.reach, angels.join_x10, angels.half_life_x10) = (100, 1000, 1);
    angels.schedule = Schedule::Dates { dates: vec![day(0)] };
    let mut contest = Channel::preset(Mode::Referral, "Race against the clock".into(), s);
    contest.schedule = Schedule::Dates { dates: vec![day(7)] };
    contest.referral.share_x10 = 600;
    contest.referral.scope = Scope::Group { members: 100 };
    let plan = ChannelPlan {
        start: Some(s),
        horizon_days: 30,
        channels: vec![mothers, angels, contest],
        ..ChannelPlan::default()
    };
    let f = forecast(&plan, s, false, None);
    let group = 100.0 + f.channels[2].joins_until(13);
    within(
        "home service: angel group after the week-long contest",
        300.0,
        group,
        0.15,
        "scope: the angel group; 60 % take part (case), other referral presets",
    );
    // Without the scope the same campaign would compound on all 1,600 members.
    let mut everyone = plan.clone();
    everyone.channels[2].referral.scope = Scope::All;
    let all = forecast(&everyone, s, false, None).channels[2].joins_until(13);
    assert!(all > 10.0 * (group - 100.0), "{all} vs {}", group - 100.0);
}

/// "杭州旁边的城市,人数已超过300": in the job sprint's 10 city groups of 200
/// on average, one passed 300. Groups fill unevenly (150 %, from the case),
/// and the tier designer says the largest one passes the 200-member QR limit.
#[test]
fn the_job_sprint_has_a_city_group_past_300() {
    use qunce_core::domain::tiers::{check, structure, Check};
    let plan = Example::JobSprint.plan(id("j"), Lang::En, 0, start());
    let s = structure(&plan.tiers, 2000);
    within(
        "job sprint: the largest city group",
        300.0,
        s.largest as f64,
        0.15,
        "spread 150 % taken from the case",
    );
    assert!(check(&plan.tiers, 2000).contains(&Check::LargestOver { largest: 300, cap: false }));
    let mut even = plan.tiers.clone();
    even.groups.spread_pct = 100;
    assert!(check(&even, 2000).iter().all(|c| !matches!(c, Check::LargestOver { .. })));
}

/// "通过天使体验官的活动形式群规模扩大到10个群,每个群几乎都是四五百人,可能
/// 只有百分之二十是我的重度用户或者说是我的精准用户": the home service's later
/// stage. The article gives its end state, not how long it took or at what
/// rates, so its growth cannot be reproduced (README, "The source
/// articles' cases"); its structure can: the template's tier design (group
/// size 450 from the case) splits the ~4,500 members into 10 groups, and
/// its default pyramid (DOMAIN.md's 20/80: KOLs 3 %, core 17 %) gives the
/// ~20 % heavy users.
#[test]
fn the_home_services_later_stage_has_10_groups_and_a_fifth_heavy_users() {
    use qunce_core::domain::tiers::{structure, WHOLE};
    let plan = Example::HomeService.plan(id("h"), Lang::Zh, 0, start());
    // 10 groups of 400–500: about 4,500 members (the middle of 4,000–5,000).
    let s = structure(&plan.tiers, 4500);
    within(
        "home service later stage: groups for 4,500 members",
        10.0,
        s.groups as f64,
        0.15,
        "group size 450 (case)",
    );
    assert!((400..=500).contains(&s.per_group), "{}", s.per_group);
    let levels = &plan.tiers.levels;
    let heavy: u32 = levels[..levels.len() - 1].iter().map(|l| l.share_x10).sum();
    within(
        "home service later stage: heavy users (KOLs + core)",
        0.20,
        f64::from(heavy) / f64::from(WHOLE),
        0.15,
        "default pyramid 3 % + 17 % (the articles' 20/80)",
    );
}
