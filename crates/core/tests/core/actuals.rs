//! Plan vs actual (issue 20): reading real group figures, keeping them with
//! the plan, comparing them with the simulator's bands, re-forecasting from
//! the real state and estimating the plan's rates from them.

use chrono::NaiveDate;
use qunce_core::domain::actuals::import::{
    build, detect, looks_utf8, parse_date, parse_number, parse_table, Column, ImportError, Preset, Skip,
};
use qunce_core::domain::actuals::{
    apply_fits, calibrate, compare, plan_bands, reforecast, Actuals, Measure, NoFit, Series, Side, MAX_DAYS,
};
use qunce_core::domain::canvas::parse_ymd;
use qunce_core::domain::simulate::{context, simulate, Param};
use qunce_core::domain::Plan;
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::envelope::{encode_plan, restore, Doc, Repair};
use qunce_core::persist::link::{decode_code, encode_code};

use crate::id;

fn d(s: &str) -> NaiveDate {
    parse_ymd(s).unwrap()
}

fn plan_of(raw: &str) -> (Plan, Vec<Repair>) {
    let r = restore(raw).expect("restores");
    match r.doc {
        Doc::Plan(p) => (*p, r.repairs),
        other => panic!("expected a plan, got {other:?}"),
    }
}

/// A made-up WeCom console export: Chinese headers as the console shows
/// them, one row per day, members growing, nobody counted as leaving.
const WECOM: &str = "日期\t新增客户群数\t客户群总数\t有过消息的客户群数\t新增群成员数\t群成员总数\t发过消息的群成员数\t群消息总数\n\
2026-03-02\t2\t2\t2\t180\t180\t40\t310\n\
2026-03-03\t0\t2\t2\t95\t262\t38\t280\n\
2026/3/4\t1\t3\t3\t60\t310\t51\t402\n\
2026年3月5日\t0\t3\t2\t20\t318\t22\t96\n";

#[test]
fn a_wecom_export_is_recognised_and_leavers_are_derived() {
    let table = parse_table(WECOM).unwrap();
    let mapping = detect(&table);
    assert_eq!(mapping.preset, Preset::WeCom);
    assert_eq!(mapping.columns[0], Column::Date);
    assert_eq!(mapping.columns[4], Column::Series(Series::Joined));
    assert_eq!(mapping.columns[5], Column::Series(Series::Members));
    assert_eq!(mapping.columns[6], Column::Series(Series::Speaking));
    assert_eq!(mapping.columns[1], Column::Ignore);
    assert!(mapping.cumulative.iter().all(|c| !c), "daily figures are not running totals");
    let (a, report) = build(&table, &mapping).unwrap();
    assert_eq!(
        (report.from, report.to, report.days, report.gaps),
        (Some(d("2026-03-02")), Some(d("2026-03-05")), 4, 0)
    );
    assert!(report.derived_left && a.derived_left);
    // Yesterday's 180 + today's 95 − today's 262 = 13 left on 3 March.
    assert_eq!(a.get(Series::Left), &[None, Some(13), Some(12), Some(12)]);
    assert_eq!(a.at(Series::Members, 3), Some(318));
}

#[test]
fn the_api_field_names_and_several_groups_a_day_add_up() {
    // The group-statistics API gives one row per owner; stat_time in seconds.
    let text = "stat_time,new_chat_cnt,chat_total,chat_has_msg,new_member_cnt,member_total,member_has_msg,msg_total\n\
1772380800,1,1,1,50,50,10,80\n\
1772380800,1,1,1,30,30,5,20\n\
1772467200,0,2,2,10,85,12,60\n";
    let table = parse_table(text).unwrap();
    let mapping = detect(&table);
    assert_eq!(mapping.preset, Preset::WeCom);
    let (a, report) = build(&table, &mapping).unwrap();
    assert_eq!(report.merged, 1);
    assert_eq!(a.from, Some(d("2026-03-02")));
    assert_eq!(a.get(Series::Members), &[Some(80), Some(85)]);
    assert_eq!(a.get(Series::Joined), &[Some(80), Some(10)]);
    assert_eq!(a.get(Series::Left), &[None, Some(5)]);
}

#[test]
fn slack_and_discord_exports_are_recognised() {
    let slack = "Date,Total membership,Full members,Guests,Daily active members,Daily members posting messages,Weekly active members,Weekly members posting messages,Messages posted\n\
2026-03-02,\"1,204\",1200,4,310,95,640,210,\"1,980\"\n\
2026-03-03,\"1,230\",1226,4,298,88,652,214,\"1,720\"\n";
    let table = parse_table(slack).unwrap();
    let mapping = detect(&table);
    assert_eq!(mapping.preset, Preset::Slack);
    let (a, _) = build(&table, &mapping).unwrap();
    assert_eq!(a.get(Series::Members), &[Some(1204), Some(1230)]);
    assert_eq!(a.get(Series::Active), &[Some(640), Some(652)]);
    assert_eq!(a.get(Series::Speaking), &[Some(95), Some(88)]);
    assert_eq!(a.get(Series::Messages), &[Some(1980), Some(1720)]);

    let discord = "interval_start_timestamp\tnew_members\tleavers\tcommunicators\ttotal_members\n\
2026-03-02T00:00:00Z\t12\t3\t40\t512\n\
2026-03-03T00:00:00Z\t9\t5\t35\t516\n";
    let table = parse_table(discord).unwrap();
    let mapping = detect(&table);
    assert_eq!(mapping.preset, Preset::Discord);
    let (a, report) = build(&table, &mapping).unwrap();
    assert!(!report.derived_left, "Discord gives leavers");
    assert_eq!(a.get(Series::Left), &[Some(3), Some(5)]);
}

#[test]
fn a_hand_kept_sheet_with_running_totals_is_asked_about_and_unrolled() {
    // Joins and revenue kept as running totals; a bad date and an empty row.
    let text = "日期，成员数，入群人数，收入（元）\n\
3/2/2026，100，100，0\n\
3/3/2026，130，135，199\n\
3/4/2026，160，170，398\n\
not a date，1，1，1\n\
3/5/2026，175，190，398\n\
3/6/2026，200，220，597\n\
3/7/2026，230，255，796\n";
    let table = parse_table(text).unwrap();
    let mut mapping = detect(&table);
    assert_eq!(mapping.preset, Preset::Generic);
    assert_eq!(mapping.columns[2], Column::Series(Series::Joined));
    assert_eq!(mapping.columns[3], Column::Series(Series::Revenue));
    assert!(mapping.cumulative[2], "joins that pass the members count are a running total");
    assert!(mapping.cumulative[3], "revenue that never falls is probably a running total");
    assert!(!mapping.cumulative[1], "members are never unrolled");
    let (a, report) = build(&table, &mapping).unwrap();
    assert_eq!(report.skipped, vec![(5, Skip::NoDate)]);
    assert_eq!(a.get(Series::Joined), &[Some(100), Some(35), Some(35), Some(20), Some(30), Some(35)]);
    assert_eq!(a.get(Series::Revenue)[1], Some(199));
    assert_eq!(report.unrolled, vec![Series::Joined, Series::Revenue]);
    // The user says revenue is per day after all.
    mapping.cumulative[3] = false;
    let (a, _) = build(&table, &mapping).unwrap();
    assert_eq!(a.get(Series::Revenue)[5], Some(796));
}

#[test]
fn daily_joins_are_not_taken_for_a_running_total() {
    let text = "date,members,joined\n2026-03-02,100,100\n2026-03-03,150,60\n2026-03-04,190,45\n2026-03-05,230,50\n2026-03-06,260,35\n2026-03-07,300,45\n";
    let mapping = detect(&parse_table(text).unwrap());
    assert!(!mapping.cumulative[2]);
}

#[test]
fn bad_tables_say_why() {
    assert_eq!(parse_table(""), Err(ImportError::Empty));
    assert_eq!(parse_table("\n  \n"), Err(ImportError::Empty));
    assert_eq!(parse_table("date,members\n"), Err(ImportError::NoRows));
    let no_date = parse_table("name,members\nA,3\nB,4\n").unwrap();
    assert_eq!(build(&no_date, &detect(&no_date)), Err(ImportError::NoDate));
    let no_series = parse_table("date,colour\n2026-03-02,red\n").unwrap();
    assert_eq!(build(&no_series, &detect(&no_series)), Err(ImportError::NoSeries));
    let undated = parse_table("date,members\nyesterday,3\n").unwrap();
    assert_eq!(build(&undated, &detect(&undated)), Err(ImportError::NoDatedRows));
    let long = parse_table("date,members\n2000-01-01,3\n2020-01-01,4\n").unwrap();
    assert!(matches!(build(&long, &detect(&long)), Err(ImportError::TooLong { .. })));
    // A broken quote keeps the rows before it.
    let t = parse_table("date,members\n2026-03-02,5\n2026-03-03,\"6\n").unwrap();
    assert!(!t.rows.is_empty());
}

#[test]
fn dates_and_numbers_in_the_forms_people_paste() {
    for s in [
        "2026-03-02",
        "2026/3/2",
        "2026.3.2",
        "2026年3月2日",
        "20260302",
        "3/2/2026",
        "2026-03-02 08:00:00",
        "2026-03-02T00:00:00Z",
        "1772409600",
    ] {
        assert_eq!(parse_date(s), Some(d("2026-03-02")), "{s}");
    }
    for s in ["", "2026-02-30", "1899-01-01", "12/25", "abc", "99999999999999999999"] {
        assert_eq!(parse_date(s), None, "{s}");
    }
    assert_eq!(parse_number("1,234"), Some(1234.0));
    assert_eq!(parse_number("¥5,000.50"), Some(5000.5));
    assert_eq!(parse_number("35%"), Some(35.0));
    assert_eq!(parse_number("—"), None);
    assert_eq!(parse_number("-3"), None);
    assert_eq!(parse_number("1e300"), None);
    assert!(looks_utf8("群成员总数".as_bytes()));
    // "群成员" in GBK.
    assert!(!looks_utf8(&[0xc8, 0xba, 0xb3, 0xc9, 0xd4, 0xb1]));
}

fn sample(days: usize, from: &str, members: impl Fn(usize) -> u64) -> Actuals {
    let mut a = Actuals { from: Some(d(from)), ..Actuals::default() };
    *a.series_mut(Series::Members, days) = (0..days).map(|t| Some(members(t))).collect();
    a
}

#[test]
fn actuals_travel_with_the_plan_through_restore_links_and_a_frozen_version_2_plan() {
    let mut plan = Example::JobSprint.plan(id("a1"), Lang::Zh, 0, d("2026-03-02"));
    plan.actuals = sample(10, "2026-03-02", |t| 100 * t as u64);
    plan.actuals.series_mut(Series::Joined, 10)[3] = Some(42);
    let (back, repairs) = plan_of(&encode_plan(&plan));
    assert!(repairs.is_empty(), "{repairs:?}");
    assert_eq!(back, plan);
    let shared = decode_code(&encode_code(&plan)).unwrap();
    assert_eq!(shared.plan.actuals, plan.actuals);
    // A plan without figures writes no `actuals` key at all.
    let empty = Example::JobSprint.plan(id("a2"), Lang::Zh, 0, d("2026-03-02"));
    assert!(!encode_plan(&empty).contains("actuals"));

    // Frozen: the home-service example as the build before version 3 wrote it.
    let (old, repairs) = plan_of(include_str!("../../../../tests/fixtures/plan-v2.json"));
    assert_eq!(repairs, vec![Repair::Migrated { from: 2 }]);
    assert!(old.actuals.is_empty());
    let now = Example::HomeService.plan(id("frozen-v2-home"), Lang::Zh, 1_780_000_000_000, d("2026-03-02"));
    assert!(old.same_content(&now), "the version-2 plan reads as the same plan");
}

#[test]
fn stored_figures_of_the_wrong_shape_or_size_are_repaired_not_trusted() {
    let raw = |actuals: &str| {
        format!(
            r#"{{"type":"qunce/plan","version":3,"plan":{{"id":"x","created_ms":1,"updated_ms":1,"actuals":{actuals}}}}}"#
        )
    };
    let (p, repairs) = plan_of(&raw(r#"{"from":"2026-03-02","series":{"members":"lots"}}"#));
    assert!(p.actuals.is_empty());
    assert_eq!(repairs, vec![Repair::SectionReset { section: "actuals" }]);
    let (p, repairs) =
        plan_of(&raw(r#"{"from":"2026-03-02","series":{"members":[1,null,100000000000000]}}"#));
    assert_eq!(p.actuals.get(Series::Members)[2], Some(qunce_core::domain::actuals::MAX_VALUE));
    assert_eq!(repairs, vec![Repair::SectionClamped { section: "actuals" }]);
    let (p, _) = plan_of(&raw(r#"{"series":{"members":[1,2]}}"#));
    assert!(p.actuals.is_empty(), "figures without a first date cannot be placed");
    let long =
        format!(r#"{{"from":"2026-03-02","series":{{"joined":[{}]}}}}"#, vec!["1"; MAX_DAYS + 5].join(","));
    let (p, _) = plan_of(&raw(&long));
    assert_eq!(p.actuals.days(), MAX_DAYS);
}

#[test]
fn a_newer_import_is_laid_over_the_older_one() {
    let old = sample(5, "2026-03-02", |t| 10 + t as u64);
    let new = sample(3, "2026-03-05", |t| 100 + t as u64);
    let m = old.merged(&new).unwrap();
    assert_eq!(m.from, Some(d("2026-03-02")));
    assert_eq!(m.get(Series::Members), &[Some(10), Some(11), Some(12), Some(100), Some(101), Some(102)]);
    let earlier = sample(2, "2026-02-27", |_| 1);
    assert_eq!(m.merged(&earlier).unwrap().from, Some(d("2026-02-27")));
    let far = sample(1, "2040-01-01", |_| 1);
    assert!(m.merged(&far).is_none(), "over ten years apart");
}

/// The job sprint plan (target 2,000 members by day 14) and its bands.
fn sprint() -> (Plan, NaiveDate) {
    let start = d("2026-03-02");
    (Example::JobSprint.plan(id("s"), Lang::En, 0, start), start)
}

#[test]
fn reality_below_the_band_is_found_with_the_day_it_left() {
    let (plan, start) = sprint();
    let ctx = context(&plan, start);
    let bands = plan_bands(&plan.simulation, &ctx, 0);
    let median: Vec<f64> = bands.bands[0].iter().map(|b| b.1).collect();
    // On plan for four days, then at half the plan's median.
    let a = sample(10, "2026-03-02", |t| (median[t] * if t < 4 { 1.0 } else { 0.5 }) as u64);
    let tracks = compare(&a, &bands, start);
    let members = tracks.iter().find(|t| t.measure == Measure::Members).unwrap();
    assert_eq!(members.points.len(), 10);
    assert!(members.points[..4].iter().all(|p| p.side() == Side::Within));
    let (side, since, n) = members.off.unwrap();
    assert_eq!(side, Side::Below);
    assert_eq!(since, d("2026-03-06"));
    assert_eq!(n, 6);
    // On the median all along: inside the band, nothing flagged.
    let a = sample(10, "2026-03-02", |t| median[t] as u64);
    let tracks = compare(&a, &bands, start);
    assert_eq!(tracks[0].off, None);
    // No activity, paid or revenue figures: only members are compared.
    assert_eq!(tracks.len(), 1);
}

#[test]
fn daily_speakers_bound_weekly_activity_from_both_sides() {
    let (plan, start) = sprint();
    let ctx = context(&plan, start);
    let bands = plan_bands(&plan.simulation, &ctx, 0);
    let mut a = sample(14, "2026-03-02", |_| 1000);
    *a.series_mut(Series::Speaking, 14) = (0..14).map(|_| Some(5)).collect();
    let tracks = compare(&a, &bands, start);
    let weekly = tracks.iter().find(|t| t.measure == Measure::WeeklyActive).unwrap();
    assert!(weekly.bounded);
    // Days 7–14: at least 0.5 % (the busiest day), at most 3.5 % (the sum).
    assert_eq!(weekly.points.len(), 8);
    let p = weekly.points[0];
    assert!((p.actual - 0.005).abs() < 1e-9 && (p.actual_high - 0.035).abs() < 1e-9, "{p:?}");
    assert_eq!(weekly.off.map(|o| o.0), Some(Side::Below), "even the week's sum is under the plan's band");
}

#[test]
fn the_reforecast_starts_from_the_real_state() {
    let (plan, start) = sprint();
    let ctx = context(&plan, start);
    let planned = simulate(&plan.simulation, &ctx).chances;
    let bands = plan_bands(&plan.simulation, &ctx, 0);
    let median: Vec<f64> = bands.bands[0].iter().map(|b| b.1).collect();
    // Day 7 (of 14 to the 2,000 target) on the median: about the plan's chance.
    let on = sample(7, "2026-03-02", |t| median[t] as u64);
    let r = reforecast(&plan.simulation, &ctx, &on, start, &planned).unwrap();
    assert_eq!(r.day, 6);
    let first = &r.chances[0];
    let now = first.now.unwrap();
    println!("on plan: planned {:.2}, now {now:.2}", first.planned);
    assert!((now - first.planned).abs() <= 0.25, "{now} vs {}", first.planned);
    // At a third of it: the chance of 2,000 by day 14 falls.
    let low = sample(7, "2026-03-02", |t| (median[t] / 3.0) as u64);
    let r = reforecast(&plan.simulation, &ctx, &low, start, &planned).unwrap();
    let behind = r.chances[0].now.unwrap();
    println!("a third: now {behind:.2}");
    assert!(behind < now - 0.3, "{behind} vs {now}");
    assert_eq!(r.members.len(), bands.days - 7);
    let on_track = reforecast(&plan.simulation, &ctx, &on, start, &planned).unwrap();
    let gap = on_track.members[0].1 - r.members[0].1;
    assert!(
        (gap - median[6] * 2.0 / 3.0).abs() < median[6] * 0.2,
        "the runs start from the real members: {gap}"
    );
    // With every day of the horizon already real, the target is judged by them.
    let all = sample(30, "2026-03-02", |_| 2500);
    let r = reforecast(&plan.simulation, &ctx, &all, start, &planned).unwrap();
    assert_eq!(r.chances[0].now, None);
    assert_eq!(r.chances[0].met, Some(true));
}

/// Days of figures drawn from the plan's likely path: joins at `join`
/// times the plan's, leavers at `leave` times the plan's daily rate on the
/// members there really are (Poisson noise).
fn synthetic(plan: &Plan, start: NaiveDate, days: usize, join: f64, leave: f64, seed: u64) -> Actuals {
    use qunce_core::domain::simulate::{likely_path, Rng};
    let ctx = context(plan, start);
    let path = likely_path(&plan.simulation, &ctx);
    let mut rng = Rng::new(seed);
    // Knuth's method, in pieces of a mean of at most 20 (a sum of Poisson
    // counts is a Poisson count).
    let mut poisson = |mean: f64| {
        let pieces = (mean / 20.0).ceil().max(1.0);
        let (l, mut k) = ((-mean / pieces).exp(), 0u64);
        for _ in 0..pieces as usize {
            let mut p = rng.unit();
            while p > l {
                k += 1;
                p *= rng.unit();
            }
        }
        k
    };
    let mut a = Actuals { from: Some(start), ..Actuals::default() };
    let (mut joined, mut left, mut members) = (Vec::new(), Vec::new(), Vec::new());
    let mut m = 0u64;
    for t in 0..days {
        let prev = if t == 0 { Default::default() } else { path[t - 1] };
        let j = poisson((path[t].joined - prev.joined).max(0.0) * join);
        let hazard =
            if prev.members > 0.0 { (path[t].churned - prev.churned).max(0.0) / prev.members } else { 0.0 };
        let l = poisson(hazard * m as f64 * leave).min(m);
        m = m + j - l;
        joined.push(Some(j));
        left.push(Some(l));
        members.push(Some(m));
    }
    a.series.insert(Series::Joined, joined);
    a.series.insert(Series::Left, left);
    a.series.insert(Series::Members, members);
    a
}

#[test]
fn calibration_finds_the_rates_the_figures_were_made_with() {
    let start = d("2026-03-02");
    let mut plan = Example::School.plan(id("c"), Lang::En, 0, start);
    plan.simulation.params.churn = qunce_core::domain::simulate::Range { low: 100, likely: 150, high: 250 };
    let ctx = context(&plan, start);
    // Ten made-up communities with half the planned joins and twice the churn.
    for (param, factor) in [(Param::Inflow, 0.5), (Param::Churn, 2.0)] {
        let (mut covered, mut sum) = (0, 0.0);
        let mut truth = 0.0;
        for seed in 1..=10 {
            let a = synthetic(&plan, start, 120, 0.5, 2.0, seed);
            let fits = calibrate(&plan.simulation, &ctx, &a, start);
            let f = fits.iter().find(|f| f.param == param).unwrap();
            let r = f.fitted.unwrap();
            truth = f64::from(f.planned.likely) * factor;
            assert!(f.seen > 50.0, "enough events to judge the estimate by: {}", f.seen);
            assert!(r.low < r.likely && r.likely < r.high);
            covered += usize::from(f64::from(r.low) <= truth && truth <= f64::from(r.high));
            sum += f64::from(r.likely);
        }
        let mean = sum / 10.0;
        println!("{param:?}: truth {truth:.0}, mean estimate {mean:.0}, 90 % intervals holding it: {covered} of 10");
        assert!((mean - truth).abs() <= truth * 0.10, "{param:?}: {mean} vs {truth}");
        assert!(covered >= 7, "{param:?}: {covered} of 10");
    }
    let a = synthetic(&plan, start, 120, 0.5, 2.0, 1);
    let fits = calibrate(&plan.simulation, &ctx, &a, start);
    let fit = |p: Param| fits.iter().find(|f| f.param == p).unwrap();
    assert_eq!(fit(Param::BaseActive).fitted, Err(NoFit::Missing(Series::Active)));
    assert_eq!(fit(Param::Conversion).fitted, Err(NoFit::Missing(Series::Paid)));
    let applied = apply_fits(&plan.simulation, &fits).unwrap();
    assert_eq!(applied.params.inflow, fit(Param::Inflow).fitted.unwrap());
    assert_eq!(applied.params.conversion, plan.simulation.params.conversion, "what was not fitted stays");
    // Too few days: no estimate, and it says how many there were.
    let short = synthetic(&plan, start, 5, 1.0, 1.0, 1);
    assert_eq!(calibrate(&plan.simulation, &ctx, &short, start)[0].fitted, Err(NoFit::TooFew { days: 5 }));
    assert!(apply_fits(&plan.simulation, &calibrate(&plan.simulation, &ctx, &short, start)).is_none());
}

#[test]
fn activity_is_fitted_as_a_shift_of_the_organic_base() {
    use qunce_core::domain::simulate::likely_path;
    let start = d("2026-03-02");
    let plan = Example::PaidCircle.plan(id("c"), Lang::En, 0, start);
    let ctx = context(&plan, start);
    let path = likely_path(&plan.simulation, &ctx);
    // Ten points of weekly activity under the plan, every day for four weeks.
    let mut a = sample(28, "2026-03-02", |t| path[t].members.round().max(1.0) as u64);
    *a.series_mut(Series::Active, 28) = (0..28)
        .map(|t| {
            Some(((path[t].weekly_active - 0.10).max(0.0) * path[t].members.round().max(1.0)).round() as u64)
        })
        .collect();
    let fits = calibrate(&plan.simulation, &ctx, &a, start);
    let f = fits.iter().find(|f| f.param == Param::BaseActive).unwrap();
    let r = f.fitted.unwrap();
    assert!(r.likely < f.planned.likely && r.low < r.likely && r.likely < r.high, "{r:?}");
    // The model run with the fitted base gives the real mean share.
    let mut fitted = plan.simulation.clone();
    fitted.params.base_active = r;
    let refit = likely_path(&fitted, &ctx);
    let share =
        |p: &[qunce_core::domain::simulate::Day]| (0..28).map(|t| p[t].weekly_active).sum::<f64>() / 28.0;
    println!(
        "base active: planned {:?}, fitted {r:?}; real mean share {:.3}, model with the fit {:.3}",
        f.planned,
        f.seen,
        share(&refit)
    );
    assert!((share(&refit) - f.seen).abs() < 0.01);
}

/// Links carry the figures (decided in issue 20, README "Share links"): a
/// template plan (the school's, 120 days) with 90 days of members, joins, leavers and weekly active
/// stays under the length at which the share page suggests a file instead.
#[test]
fn ninety_days_of_figures_fit_in_a_share_link() {
    use qunce_core::persist::link::{encode_link, COMFORT_CHARS, WARN_CHARS};
    let start = d("2026-03-02");
    let mut plan = Example::School.plan(id("l"), Lang::Zh, 0, start);
    let bare = encode_link(&plan).len();
    plan.actuals = synthetic(&plan, start, 90, 0.8, 1.2, 3);
    let members: Vec<Option<u64>> = plan.actuals.get(Series::Members).to_vec();
    *plan.actuals.series_mut(Series::Active, 90) = members.iter().map(|m| m.map(|m| m / 4)).collect();
    let with = encode_link(&plan).len();
    println!("| share link of the school example | {bare} chars | with 90 days × 4 series: {with} chars |");
    assert!(bare <= COMFORT_CHARS);
    assert!(with < WARN_CHARS, "{with}");
}

/// The page's bands are the KPI step's own runs: the same chances.
#[test]
fn the_bands_come_from_the_kpi_steps_own_runs() {
    let (plan, start) = sprint();
    let ctx = context(&plan, start);
    let bands = plan_bands(&plan.simulation, &ctx, 0);
    let o = simulate(&plan.simulation, &ctx);
    assert_eq!(bands.chances, o.chances);
    assert_eq!(bands.bands[0].iter().map(|b| b.1).collect::<Vec<_>>(), o.members.p50);
}

/// A year of a hand-kept sheet (`tests/fixtures/actuals-year.csv`, made-up
/// figures): read whole, compared, re-forecast and fitted.
#[test]
fn a_year_of_figures_is_read_compared_and_fitted() {
    let table = parse_table(include_str!("../../../../tests/fixtures/actuals-year.csv")).unwrap();
    let mapping = detect(&table);
    assert_eq!(mapping.preset, Preset::Generic);
    assert!(mapping.cumulative.iter().all(|c| !c), "daily figures");
    let (a, report) = build(&table, &mapping).unwrap();
    assert_eq!((report.days, report.gaps), (365, 0));
    let start = d("2026-01-01");
    let mut plan = Example::School.plan(id("y"), Lang::En, 0, start);
    plan.simulation.horizon_days = 365;
    let ctx = context(&plan, start);
    let bands = plan_bands(&plan.simulation, &ctx, 0);
    assert_eq!(bands.days, 365);
    let tracks = compare(&a, &bands, start);
    assert_eq!(tracks.len(), 4, "members, weekly active, paid and revenue");
    assert!(tracks.iter().all(|t| t.points.len() == 365));
    assert!(reforecast(&plan.simulation, &ctx, &a, start, &bands.chances).is_some_and(|r| r.day == 364));
    let fits = calibrate(&plan.simulation, &ctx, &a, start);
    assert!(fits.iter().all(|f| f.fitted.is_ok()), "{fits:?}");
}
