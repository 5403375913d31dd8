//! Step 4, the KPI simulator (KPI 模拟): a daily model of members, activity,
//! churn, referrals and paid conversion, run many times with parameters
//! drawn between the user's low and high guesses (seeded, so the same plan
//! and seed give the same bands everywhere).
//!
//! Each run is a compartment model: members are lurkers or active speakers
//! (spoke in the past week); a running count of who has ever spoken; churn
//! and paid conversion are daily rates. Activity relaxes towards a target
//! share: an organic base (halving every `content half-life` days when the
//! content rhythm is under the floor), a lift per weekly content item, the
//! boosts of scheduled interventions, and a slow life-cycle decay.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::channels::MAX_PEOPLE;
use super::diagnose::ACTIVITY_FLOOR_PER_WEEK;

pub use super::channels::{DEFAULT_HORIZON, MAX_HORIZON, MIN_HORIZON};
// The inner loops (their own crate, optimised for speed).
pub use qunce_sim::{quantiles, Band, Day, Draw, Kpi};
use qunce_sim::{Goal, Inputs};
pub const DEFAULT_RUNS: u32 = 1000;
pub const MAX_RUNS: u32 = 5000;
pub const MAX_INTERVENTIONS: usize = 30;
pub const MAX_TARGETS: usize = 10;
/// Saved scenarios compared beside the current assumptions.
pub const MAX_SCENARIOS: usize = 4;
/// Runs per scenario in the comparison.
pub const SCENARIO_RUNS: usize = 300;

/// A guess: low, likely and high.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub low: u32,
    pub likely: u32,
    pub high: u32,
}

impl Range {
    const fn new(low: u32, likely: u32, high: u32) -> Range {
        Range { low, likely, high }
    }

    /// Whether low ≤ likely ≤ high.
    pub fn ordered(self) -> bool {
        self.low <= self.likely && self.likely <= self.high
    }

    /// The same numbers in order.
    pub fn sorted(self) -> Range {
        let mut v = [self.low, self.likely, self.high];
        v.sort_unstable();
        Range { low: v[0], likely: v[1], high: v[2] }
    }
}

/// The model's uncertain parameters. Shares are per mille.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    /// Inflow compared with the channel forecast (1000 = as forecast).
    Inflow,
    /// Share of members who speak in a week with no effort.
    BaseActive,
    /// Days for organic activity to halve when content is under the floor.
    ContentHalfLife,
    /// Activity added per weekly content item (per mille of members).
    LiftPerItem,
    /// Monthly churn of members who do not speak.
    Churn,
    /// How much less active members churn.
    Protect,
    /// Members an active member brings per month by word of mouth.
    Referral,
    /// Share of members who pay within 90 days.
    Conversion,
    /// Monthly decay of activity as the community ages.
    Lifecycle,
}

impl Param {
    pub const ALL: [Param; 9] = [
        Param::Inflow,
        Param::BaseActive,
        Param::ContentHalfLife,
        Param::LiftPerItem,
        Param::Churn,
        Param::Protect,
        Param::Referral,
        Param::Conversion,
        Param::Lifecycle,
    ];

    /// Largest value accepted.
    pub fn max(self) -> u32 {
        match self {
            Param::Inflow => 10_000,
            Param::ContentHalfLife => 3650,
            Param::LiftPerItem => 200,
            _ => 1000,
        }
    }

    pub fn min(self) -> u32 {
        match self {
            Param::ContentHalfLife => 1,
            _ => 0,
        }
    }

    /// Whether the value is a per-mille share (shown as a percentage).
    pub fn is_share(self) -> bool {
        !matches!(self, Param::ContentHalfLife)
    }
}

/// Low / likely / high for every parameter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Params {
    pub inflow: Range,
    pub base_active: Range,
    pub content_half_life: Range,
    pub lift_per_item: Range,
    pub churn: Range,
    pub protect: Range,
    pub referral: Range,
    pub conversion: Range,
    pub lifecycle: Range,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            inflow: Range::new(700, 1000, 1300),
            base_active: Range::new(100, 180, 250),
            content_half_life: Range::new(7, 14, 28),
            lift_per_item: Range::new(5, 15, 25),
            churn: Range::new(100, 200, 300),
            protect: Range::new(500, 700, 900),
            referral: Range::new(20, 50, 100),
            conversion: Range::new(30, 80, 150),
            lifecycle: Range::new(0, 30, 80),
        }
    }
}

impl Params {
    /// Puts every range in order and within bounds; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = false;
        for p in Param::ALL {
            let r = self.get(p);
            let clamp = |v: u32| v.clamp(p.min(), p.max());
            let fixed = Range { low: clamp(r.low), likely: clamp(r.likely), high: clamp(r.high) }.sorted();
            changed |= fixed != r;
            self.set(p, fixed);
        }
        changed
    }

    pub fn get(&self, p: Param) -> Range {
        *self.slot(p)
    }

    pub fn set(&mut self, p: Param, r: Range) {
        *self.slot_mut(p) = r;
    }

    fn slot(&self, p: Param) -> &Range {
        match p {
            Param::Inflow => &self.inflow,
            Param::BaseActive => &self.base_active,
            Param::ContentHalfLife => &self.content_half_life,
            Param::LiftPerItem => &self.lift_per_item,
            Param::Churn => &self.churn,
            Param::Protect => &self.protect,
            Param::Referral => &self.referral,
            Param::Conversion => &self.conversion,
            Param::Lifecycle => &self.lifecycle,
        }
    }

    fn slot_mut(&mut self, p: Param) -> &mut Range {
        match p {
            Param::Inflow => &mut self.inflow,
            Param::BaseActive => &mut self.base_active,
            Param::ContentHalfLife => &mut self.content_half_life,
            Param::LiftPerItem => &mut self.lift_per_item,
            Param::Churn => &mut self.churn,
            Param::Protect => &mut self.protect,
            Param::Referral => &mut self.referral,
            Param::Conversion => &mut self.conversion,
            Param::Lifecycle => &mut self.lifecycle,
        }
    }
}

/// Things an operator does to lift activity (DOMAIN.md §7, §9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionKind {
    #[default]
    SelfIntro,
    ThemeNight,
    Quiz,
    BenefitDrop,
    Offline,
    HelperWelcome,
}

impl InterventionKind {
    pub const ALL: [InterventionKind; 6] = [
        InterventionKind::SelfIntro,
        InterventionKind::ThemeNight,
        InterventionKind::Quiz,
        InterventionKind::BenefitDrop,
        InterventionKind::Offline,
        InterventionKind::HelperWelcome,
    ];

    /// Default effect (per mille of members added to weekly activity) and days it lasts.
    pub fn preset(self) -> (u32, u32) {
        match self {
            InterventionKind::SelfIntro => (150, 4),
            InterventionKind::ThemeNight => (100, 3),
            InterventionKind::Quiz => (250, 3),
            InterventionKind::BenefitDrop => (80, 3),
            InterventionKind::Offline => (120, 7),
            InterventionKind::HelperWelcome => (50, 7),
        }
    }
}

/// One scheduled intervention: on `day` (1 = the start date) activity gets
/// `effect` per mille more, fading to nothing over `days`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Intervention {
    pub kind: InterventionKind,
    pub day: u32,
    pub effect_x10: u32,
    pub days: u32,
}

impl Intervention {
    fn sanitize(&mut self) -> bool {
        let (day, effect, days) =
            (self.day.clamp(1, MAX_HORIZON), self.effect_x10.min(1000), self.days.clamp(1, 365));
        let changed = (day, effect, days) != (self.day, self.effect_x10, self.days);
        (self.day, self.effect_x10, self.days) = (day, effect, days);
        changed
    }
}

impl Default for Intervention {
    fn default() -> Self {
        let (effect_x10, days) = InterventionKind::SelfIntro.preset();
        Intervention { kind: InterventionKind::SelfIntro, day: 1, effect_x10, days }
    }
}

/// "At least `value` of `kpi` by day `day`."
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KpiTarget {
    pub kpi: Kpi,
    pub value: u64,
    pub day: u32,
}

/// Assumptions and interventions saved under a name, to compare.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub name: String,
    pub params: Params,
    pub interventions: Vec<Intervention>,
}

/// The simulator's settings, saved with the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SimPlan {
    /// Days simulated; 0 means the default.
    pub horizon_days: u32,
    pub seed: u64,
    /// Monte Carlo runs; 0 means the default.
    pub runs: u32,
    /// Joins a day when the plan has no channels (or to replace them).
    pub typed_inflow: Option<u64>,
    /// Price of the paid offer in yuan; `None` takes the profit model's first member price.
    pub price: Option<u64>,
    pub params: Params,
    pub interventions: Vec<Intervention>,
    pub targets: Vec<KpiTarget>,
    pub scenarios: Vec<Scenario>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Default for SimPlan {
    fn default() -> Self {
        SimPlan {
            horizon_days: 0,
            seed: 1,
            runs: 0,
            typed_inflow: None,
            price: None,
            params: Params::default(),
            interventions: Vec::new(),
            targets: Vec::new(),
            scenarios: Vec::new(),
            extra: BTreeMap::new(),
        }
    }
}

impl SimPlan {
    /// This plan with a scenario's assumptions and interventions.
    pub fn with_scenario(&self, sc: &Scenario) -> SimPlan {
        SimPlan {
            params: sc.params.clone(),
            interventions: sc.interventions.clone(),
            scenarios: Vec::new(),
            ..self.clone()
        }
    }

    pub fn has_content(&self) -> bool {
        *self != SimPlan::default()
    }

    pub fn horizon(&self) -> u32 {
        super::channels::horizon_or_default(self.horizon_days)
    }

    pub fn run_count(&self) -> u32 {
        if self.runs == 0 {
            DEFAULT_RUNS
        } else {
            self.runs.clamp(1, MAX_RUNS)
        }
    }

    /// Brings every field within its limits; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = false;
        if self.horizon_days != 0 {
            let h = self.horizon();
            changed |= h != self.horizon_days;
            self.horizon_days = h;
        }
        if self.runs != 0 {
            let r = self.run_count();
            changed |= r != self.runs;
            self.runs = r;
        }
        changed |= self.params.sanitize();
        changed |= self.scenarios.len() > MAX_SCENARIOS;
        self.scenarios.truncate(MAX_SCENARIOS);
        for sc in &mut self.scenarios {
            changed |= super::canvas::limit(&mut sc.name, super::canvas::SHORT_TEXT);
            changed |= sc.params.sanitize();
            changed |= sc.interventions.len() > MAX_INTERVENTIONS;
            sc.interventions.truncate(MAX_INTERVENTIONS);
            for i in &mut sc.interventions {
                changed |= i.sanitize();
            }
        }
        let inflow = self.typed_inflow.map(|v| v.min(MAX_PEOPLE));
        changed |= inflow != self.typed_inflow;
        self.typed_inflow = inflow;
        let price = self.price.map(|v| v.min(super::canvas::MAX_AMOUNT));
        changed |= price != self.price;
        self.price = price;
        changed |= self.interventions.len() > MAX_INTERVENTIONS || self.targets.len() > MAX_TARGETS;
        self.interventions.truncate(MAX_INTERVENTIONS);
        self.targets.truncate(MAX_TARGETS);
        for i in &mut self.interventions {
            let (day, effect, days) =
                (i.day.clamp(1, MAX_HORIZON), i.effect_x10.min(1000), i.days.clamp(1, 365));
            changed |= (day, effect, days) != (i.day, i.effect_x10, i.days);
            (i.day, i.effect_x10, i.days) = (day, effect, days);
        }
        for t in &mut self.targets {
            let day = t.day.clamp(1, MAX_HORIZON);
            let value = if t.kpi.is_share() { t.value.min(1000) } else { t.value.min(MAX_PEOPLE * 1000) };
            changed |= (day, value) != (t.day, t.value);
            (t.day, t.value) = (day, value);
        }
        changed
    }
}

/// What the other steps contribute.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    /// Joins per day, and how many of them are precise (from the channels, or typed in).
    pub inflow: Vec<f64>,
    pub precise: Vec<f64>,
    /// Content items a week (canvas rhythm).
    pub rhythm_per_week: f64,
    /// Price of the paid offer, yuan.
    pub price: f64,
    /// Whether members paid to enter (so conversion means buying a higher tier).
    pub paid_entry: bool,
    /// Churn lowered by this share (the canvas threshold).
    pub retention: f64,
    /// Members per group.
    pub group_size: f64,
    /// The tier design, for members by level.
    pub tiers: Option<super::tiers::TierPlan>,
}

/// Each parameter's likely value, or `pick` for the ones it returns.
pub fn draw_from(params: &Params, mut pick: impl FnMut(Param, Range) -> f64) -> Draw {
    // Within each parameter's bounds whatever was stored or drawn.
    let mut v = |p: Param| {
        let r = params.get(p).sorted();
        let x = pick(p, r);
        if x.is_finite() {
            x.clamp(f64::from(p.min()), f64::from(p.max()))
        } else {
            f64::from(r.likely.clamp(p.min(), p.max()))
        }
    };
    let share = |x: f64| x / 1000.0;
    Draw {
        inflow: share(v(Param::Inflow)),
        base_active: share(v(Param::BaseActive)),
        content_half_life: v(Param::ContentHalfLife).max(1.0),
        lift_per_item: share(v(Param::LiftPerItem)),
        churn: share(v(Param::Churn)),
        protect: share(v(Param::Protect)),
        referral: share(v(Param::Referral)),
        conversion: share(v(Param::Conversion)).min(0.999),
        lifecycle: share(v(Param::Lifecycle)).min(0.999),
    }
}

/// Every parameter at its likely value.
pub fn likely_draw(params: &Params) -> Draw {
    draw_from(params, |_, r| f64::from(r.likely))
}

/// Activity added by the interventions on each day (shares of members).
pub fn boosts(interventions: &[Intervention], days: usize) -> Vec<f64> {
    let mut out = vec![0.0; days];
    for i in interventions {
        let start = i.day.max(1) as usize - 1;
        let len = i.days.max(1) as usize;
        let effect = f64::from(i.effect_x10.min(1000)) / 1000.0;
        for (k, slot) in out.iter_mut().enumerate().skip(start).take(len) {
            // Full on the day, fading linearly to nothing.
            *slot += effect * (1.0 - (k - start) as f64 / len as f64);
        }
    }
    out
}

/// The inputs every run of a plan shares, cleaned.
fn inputs(ctx: &Context, boost: &[f64], days: usize) -> Inputs {
    Inputs::new(
        days,
        &ctx.inflow,
        &ctx.precise,
        boost,
        ctx.rhythm_per_week,
        ACTIVITY_FLOOR_PER_WEEK,
        ctx.retention,
        ctx.price,
        ctx.group_size,
        MAX_PEOPLE as f64,
    )
}

/// Runs the model once with `draw`, calling `each` for every day.
pub fn run(ctx: &Context, boost: &[f64], draw: &Draw, days: usize, each: impl FnMut(usize, &Day)) {
    qunce_sim::run(&inputs(ctx, boost, days), draw, each);
}

/// The deterministic path with every parameter at its likely value.
pub fn likely_path(plan: &SimPlan, ctx: &Context) -> Vec<Day> {
    let days = plan.horizon() as usize;
    let boost = boosts(&plan.interventions, days);
    let mut out = Vec::with_capacity(days);
    run(ctx, &boost, &likely_draw(&plan.params), days, |_, d| out.push(*d));
    out
}

/// A small, fast, seeded generator (SplitMix64): the same seed gives the
/// same numbers on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Triangular between `low` and `high` with its mode at `likely`.
    pub fn triangular(&mut self, r: Range) -> f64 {
        let r = r.sorted();
        let (a, c, b) = (f64::from(r.low), f64::from(r.likely), f64::from(r.high));
        if b <= a {
            return c;
        }
        let u = self.unit();
        let f = (c - a) / (b - a);
        if u < f {
            a + (u * (b - a) * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * (b - c)).sqrt()
        }
    }
}

/// The Monte Carlo result.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub runs: usize,
    pub days: usize,
    pub members: Band,
    pub active: Band,
    /// Median path of the other outputs, day by day.
    pub median: Vec<Day>,
    /// For each target, the share of runs that met it by its day.
    pub chances: Vec<f64>,
}

/// Runs the model `plan.run_count()` times with parameters drawn from the
/// triangular distributions, seeded by `plan.seed`.
pub fn simulate(plan: &SimPlan, ctx: &Context) -> Outcome {
    simulate_runs(plan, ctx, plan.run_count() as usize)
}

pub fn simulate_runs(plan: &SimPlan, ctx: &Context, runs: usize) -> Outcome {
    let days = plan.horizon() as usize;
    let runs = runs.max(1);
    let inputs = inputs(ctx, &boosts(&plan.interventions, days), days);
    let mut rng = Rng::new(plan.seed);
    let draws: Vec<Draw> =
        (0..runs).map(|_| draw_from(&plan.params, |_, range| rng.triangular(range))).collect();
    let goals: Vec<Goal> = plan
        .targets
        .iter()
        .map(|t| Goal {
            // Checked on its day (or the horizon's last); day 0 is never met.
            day: (t.day as usize).min(days).wrapping_sub(1),
            kpi: t.kpi,
            goal: if t.kpi.is_share() { t.value as f64 / 1000.0 } else { t.value as f64 },
        })
        .collect();
    let result = qunce_sim::monte_carlo(&inputs, &draws, &goals);
    let mut median = Vec::with_capacity(days);
    if let Some(draw) = draws.get(result.median_run) {
        qunce_sim::run(&inputs, draw, |_, d| median.push(*d));
    }
    Outcome {
        runs,
        days,
        members: result.members,
        active: result.active,
        median,
        chances: result.met.iter().map(|m| *m as f64 / runs as f64).collect(),
    }
}

/// How far one parameter, from low to high, moves members at the horizon
/// (every other parameter at its likely value).
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    pub param: Param,
    pub at_low: f64,
    pub at_high: f64,
}

/// Parameters ordered by how much they move members at the horizon.
pub fn sensitivity(plan: &SimPlan, ctx: &Context) -> Vec<Swing> {
    let days = plan.horizon() as usize;
    // Cleaned once for all 18 runs.
    let inputs = inputs(ctx, &boosts(&plan.interventions, days), days);
    let end = |draw: &Draw| {
        let mut last = 0.0;
        qunce_sim::run(&inputs, draw, |_, d| last = d.members);
        last
    };
    let mut out: Vec<Swing> = Param::ALL
        .into_iter()
        .map(|param| {
            let at = |pick_low: bool| {
                let draw = draw_from(&plan.params, |p, r| {
                    let v = if p != param {
                        r.likely
                    } else if pick_low {
                        r.low
                    } else {
                        r.high
                    };
                    f64::from(v)
                });
                end(&draw)
            };
            Swing { param, at_low: at(true), at_high: at(false) }
        })
        .collect();
    out.sort_by(|a, b| (b.at_high - b.at_low).abs().total_cmp(&(a.at_high - a.at_low).abs()));
    out
}

/// A health benchmark of DOMAIN.md §8 and whether the median path meets it
/// at the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// ≥ 20 % spoke in the past week.
    WeeklyActive,
    /// ≥ 10 % of a free community pay; ≥ 5 % of a paid one buy a higher tier.
    Conversion,
    /// Members bring members by word of mouth.
    Referrals,
    /// Proxy for "≥ 5 organic interaction rounds": at least 10 people speak
    /// a week from the organic base alone (two voices per round).
    OrganicRounds,
    /// Proxy for "≥ 40 % would be disappointed": members who speak this week
    /// plus half of those who have spoken before, ≥ 40 %.
    Disappointed,
}

impl Health {
    pub const ALL: [Health; 5] = [
        Health::WeeklyActive,
        Health::Conversion,
        Health::Referrals,
        Health::OrganicRounds,
        Health::Disappointed,
    ];
}

/// (benchmark, value, met) at `day` of `path`.
pub fn health(path: &[Day], paid_entry: bool) -> Vec<(Health, f64, bool)> {
    let Some(d) = path.last() else {
        return Vec::new();
    };
    let conversion = d.kpi(Kpi::PaidConversion);
    let engaged = d.weekly_active + (d.speaking - d.weekly_active).max(0.0) * 0.5;
    vec![
        (Health::WeeklyActive, d.weekly_active, d.weekly_active >= 0.2),
        (Health::Conversion, conversion, conversion >= if paid_entry { 0.05 } else { 0.10 }),
        (Health::Referrals, d.referred, d.referred > 0.5),
        (Health::OrganicRounds, d.organic_speakers, d.organic_speakers >= 10.0),
        (Health::Disappointed, engaged, engaged >= 0.4),
    ]
}

/// Share of typed-in joiners assumed to be precise.
pub const TYPED_PRECISION: f64 = 0.6;

/// What the other three steps give the simulator: the channel forecast over
/// the simulator's horizon (or the typed-in inflow), the canvas rhythm,
/// price and threshold, and the group size from the tier design.
pub fn context(plan: &super::Plan, today: chrono::NaiveDate) -> Context {
    context_of(&plan.positioning, &plan.channels, &plan.tiers, &plan.simulation, today)
}

/// [`context`] from the sections it reads (of the simulator's settings, only
/// the horizon, the typed-in inflow and the price matter).
pub fn context_of(
    positioning: &super::Positioning,
    channels: &super::Channels,
    tiers: &super::Tiers,
    sim: &SimPlan,
    today: chrono::NaiveDate,
) -> Context {
    use super::canvas::ProfitSource;
    let days = sim.horizon() as usize;
    let threshold = positioning.threshold_complete();
    let (inflow, precise) = match sim.typed_inflow {
        Some(n) => (vec![n as f64; days], vec![n as f64 * TYPED_PRECISION; days]),
        None if !channels.channels.is_empty() => {
            let mut channels = channels.clone();
            channels.horizon_days = sim.horizon();
            let start = channels.start.unwrap_or(today);
            let f = super::forecast::forecast(&channels, start, threshold, None);
            let total = |get: fn(&super::forecast::ChannelResult) -> &Vec<f64>| {
                (0..days)
                    .map(|t| f.channels.iter().map(|c| get(c).get(t).copied().unwrap_or(0.0)).sum())
                    .collect()
            };
            (total(|c| &c.daily), total(|c| &c.precise_daily))
        }
        None => (vec![0.0; days], vec![0.0; days]),
    };
    let member_price = positioning.profit.iter().find(|p| p.source.from_members() && p.amount > 0);
    let price = sim.price.or(member_price.map(|p| p.amount)).unwrap_or(0) as f64;
    let paid_entry = positioning.profit.iter().any(|p| p.source == ProfitSource::EntryFee && p.amount > 0);
    let retention =
        if threshold { f64::from(channels.threshold.retention_x10.min(1000)) / 1000.0 } else { 0.0 };
    let g = &tiers.groups;
    Context {
        inflow,
        precise,
        rhythm_per_week: positioning.rhythm_per_week(),
        price,
        paid_entry,
        retention,
        group_size: f64::from(g.size.min(g.cap).max(1)),
        tiers: (tiers.levels.len() > 1 && tiers.style == super::tiers::Style::Pyramid).then(|| tiers.clone()),
    }
}

/// Members by tier level along `path`: newcomers join the bottom level,
/// churn takes from every level alike, and every period the promotion
/// matrix moves people between levels.
pub fn by_level(path: &[Day], tiers: &super::tiers::TierPlan) -> Vec<Vec<f64>> {
    let n = tiers.levels.len();
    if n == 0 {
        return Vec::new();
    }
    let period = tiers.period_days.max(1) as usize;
    let mut now = vec![0.0; n];
    let mut joined = 0.0;
    let mut out = Vec::with_capacity(path.len());
    for (t, d) in path.iter().enumerate() {
        now[n - 1] += (d.joined - joined).max(0.0);
        joined = d.joined;
        let total: f64 = now.iter().sum();
        if total > 0.0 {
            let scale = d.members / total;
            for v in &mut now {
                *v *= scale;
            }
        }
        if (t + 1) % period == 0 {
            now = super::tiers::promote(tiers, &now, 1);
        }
        out.push(now.clone());
    }
    out
}
