//! Native benchmark of the domain: the channel forecast and optimiser for 20
//! channels over 365 days, the simulator's 2,000 runs × 180 days, and the
//! share link and QR code of every template. Prints medians; run with
//! `cargo run --release --example bench_channels` (or `make bench`);
//! `-- --json` prints the plan instead.

use std::time::Instant;

use chrono::{Days, NaiveDate};
use qunce_core::domain::channels::{Channel, ChannelPlan, Mode, RewardTier, Schedule, Target};
use qunce_core::domain::forecast::{compare, forecast, suggest, Suggestion};
use qunce_core::domain::simulate::{self, Context, SimPlan};
use qunce_core::domain::{Plan, PlanId};
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::link::{decode_link, encode_link};
use qunce_core::qr::qr;

/// 20 channels of every kind over a year, as in the browser benchmark.
pub fn big_plan() -> ChannelPlan {
    let start = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
    let day = |n: u64| start.checked_add_days(Days::new(n)).unwrap_or(start);
    let channels = (0..20u64)
        .map(|i| {
            let mode = [Mode::Guerrilla, Mode::BaseArea, Mode::Seed, Mode::Guerrilla, Mode::Referral]
                [i as usize % 5];
            let mut c = Channel::preset(mode, format!("channel {i}"), start);
            c.cost = [0, 1500, 0, 50, 200][i as usize % 5] + 10 * i;
            c.schedule = match mode {
                Mode::Guerrilla => {
                    Schedule::Weekly { per_week: 2 + (i % 3) as u32, from: day(i), to: day(364) }
                }
                Mode::Referral => Schedule::Dates { dates: vec![day(30 + i), day(120 + i)] },
                _ => Schedule::Dates { dates: (0..6).map(|k| day(i + 60 * k)).collect() },
            };
            c.referral.tiers = vec![RewardTier { invites: 3, reward: String::new(), cost: 5, cap: None }];
            c
        })
        .collect();
    ChannelPlan {
        start: Some(start),
        horizon_days: 365,
        target: Target {
            members: 20_000,
            precise: false,
            deadline: Some(day(180)),
            budget: Some(60_000),
            hours: Some(1500),
        },
        channels,
        ..ChannelPlan::default()
    }
}

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// A made-up workshop chat: `n` participants, one link each.
fn board_chat(n: usize) -> String {
    let start = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default();
    (0..n)
        .map(|i| {
            let id = PlanId::parse(&format!("board{i}")).unwrap_or_else(|| unreachable!());
            let mut plan = Example::ALL[i % 4].plan(id, Lang::Zh, 0, start);
            plan.name = format!("学员 {} 的方案", i + 1);
            format!("学员{} 10:{:02}\n我的方案 https://qunce.example/{}\n", i + 1, i % 60, encode_link(&plan))
        })
        .collect()
}

fn main() {
    let plan = big_plan();
    if std::env::args().any(|a| a == "--json") {
        // The browser benchmark (scripts/bench.mjs) measures the same plan.
        println!("{}", serde_json::to_string(&plan).unwrap_or_default());
        return;
    }
    if std::env::args().any(|a| a == "--board-chat") {
        // The board benchmark: a workshop chat of 40 participants, each
        // posting a link to a plan of their own (the four examples, named
        // apart, so no two merge).
        println!("{}", board_chat(40));
        return;
    }
    let start = plan.start.unwrap_or_default();
    let units: usize = plan.channels.iter().map(|c| c.schedule.unit_dates().len()).sum();
    let f = forecast(&plan, start, true, None);
    let s = suggest(&plan, start, true);
    let outcome = match &s {
        Suggestion::Mix { forecast, proven, .. } => {
            format!(
                "mix at ¥{:.0}, {} ({})",
                forecast.money,
                forecast.at(forecast.deadline, false).round(),
                if *proven { "proven" } else { "node limit" }
            )
        }
        Suggestion::Short { best, .. } => format!("short, best {best:.0}"),
        Suggestion::NoTarget => String::from("no target"),
    };
    println!("channel planner, native release: 20 channels, {units} units, 365 days; {} members at the end; {outcome}", f.at(364, false).round());
    println!("{:<34} {:>10}", "measure", "median ms");
    let forecast_ms = median_ms(200, || drop(forecast(&plan, start, true, None)));
    let optimiser_ms = median_ms(20, || drop(suggest(&plan, start, true)));
    println!("{:<34} {:>10.3}", "forecast", forecast_ms);
    println!("{:<34} {:>10.3}", "optimiser (suggest)", optimiser_ms);
    // What the recruitment step computes after each edit: the simulator's
    // members present, the optimiser in members present (it simulates each
    // candidate mix) and the comparison.
    let mut whole = Plan::new(PlanId::parse("bench").unwrap_or_else(|| unreachable!()), "bench", 0);
    whole.channels = plan.clone();
    let step_ms = median_ms(10, || {
        let st = qunce_core::domain::story::story(&whole, start);
        let m = qunce_core::domain::story::suggest_plan(&whole, &st);
        drop(compare(&plan, start, true, &m.suggestion));
    });
    println!("{:<34} {:>10.3}", "recruitment step (story+mix+cmp)", step_ms);
    let story_ms = median_ms(10, || drop(qunce_core::domain::story::story(&whole, start)));
    let st = qunce_core::domain::story::story(&whole, start);
    let mix_ms = median_ms(10, || drop(qunce_core::domain::story::suggest_plan(&whole, &st)));
    println!("{:<34} {:>10.3}", "  of which the simulator's story", story_ms);
    println!("{:<34} {:>10.3}", "  of which the mix in members", mix_ms);
    // The simulator kernel: 2,000 runs × 180 days, 10 groups of 200.
    let sim = SimPlan { horizon_days: 180, runs: 2000, ..SimPlan::default() };
    let ctx = Context {
        inflow: (0..180).map(|d| if d < 20 { 100.0 } else { 5.0 }).collect(),
        precise: (0..180).map(|d| if d < 20 { 60.0 } else { 3.0 }).collect(),
        rhythm_per_week: 3.0,
        price: 99.0,
        paid_entry: false,
        entry_fee: 0.0,
        target: None,
        retention: 0.0,
        group_size: 200.0,
        tiers: None,
    };
    let simulator_ms = median_ms(15, || drop(simulate::simulate(&sim, &ctx)));
    let comparison_ms = median_ms(50, || drop(compare(&plan, start, true, &s)));
    println!("{:<34} {:>10.3}", "simulator, 2,000 runs × 180 days", simulator_ms);
    println!("{:<34} {:>10.3}", "comparison (3 strategies)", comparison_ms);
    println!();
    let links = links_table();
    // For scripts/bench-table.mjs.
    let figures = serde_json::json!({
        "forecast": forecast_ms, "optimiser": optimiser_ms, "simulator": simulator_ms,
        "comparison": comparison_ms, "step": step_ms, "links": links,
    });
    let written = std::fs::create_dir_all("target/bench")
        .and_then(|_| std::fs::write("target/bench/native.json", figures.to_string()));
    if let Err(e) = written {
        eprintln!("bench: target/bench/native.json not written: {e}");
    }
}

/// Share-link length and QR code of every example plan (the templates), in
/// both languages, and the time to encode, decode and draw each. The page
/// address is a typical GitHub Pages project URL, since it is part of the
/// link and of the QR code.
fn links_table() -> Vec<serde_json::Value> {
    let mut rows = Vec::new();
    println!("share links ({BASE} + fragment) and QR codes of every template");
    println!(
        "{:<34} {:>5} {:>8} {:>10} {:>9} {:>9} {:>9}",
        "template", "lang", "chars", "QR", "encode ms", "decode ms", "QR ms"
    );
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let p = example_plan(ex, lang);
            let link = format!("{BASE}{}", encode_link(&p));
            let code = qr(&link);
            let qr_text = code
                .map(|c| format!("v{} {}{}", c.version, c.size, c.ecc))
                .unwrap_or_else(|| String::from("too long"));
            rows.push(serde_json::json!({
                "template": Lang::En.t(ex.title()), "lang": lang.code(),
                "chars": link.chars().count(), "qr": qr_text,
            }));
            let encode = median_ms(31, || drop(encode_link(&p)));
            let decode = median_ms(31, || drop(decode_link(&link)));
            let draw = median_ms(31, || drop(qr(&link)));
            println!(
                "{:<34} {:>5} {:>8} {:>10} {:>9.2} {:>9.2} {:>9.2}",
                Lang::En.t(ex.title()),
                lang.code(),
                link.chars().count(),
                qr_text,
                encode,
                decode,
                draw
            );
        }
    }
    rows
}

const BASE: &str = "https://example.github.io/qunce/";

fn example_plan(ex: Example, lang: Lang) -> Plan {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
    let id = PlanId::parse("mi4k2x0a7b3c9d1e").expect("valid id");
    let mut plan = Plan::new(id, lang.t(ex.title()), 1_796_225_600_000);
    plan.positioning = ex.canvas(lang);
    plan.channels = ex.channels(lang, start).unwrap_or_default();
    plan.tiers = ex.tiers(lang).unwrap_or_default();
    plan.simulation = ex.simulation().unwrap_or_default();
    plan
}
