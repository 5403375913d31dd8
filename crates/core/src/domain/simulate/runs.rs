//! Runs of the model: one with given parameters, the seeded Monte Carlo
//! and its bands, and the sensitivity of members to each assumption.

#[allow(unused_imports)]
use super::*;

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
        platform: share(v(Param::Platform)).min(0.999),
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
    inputs_from(ctx, boost, days, 0)
}

/// [`inputs`] from day `skip` of the plan on (the plan-vs-actual
/// re-forecast starts after the last day with real figures).
pub(crate) fn inputs_from(ctx: &Context, boost: &[f64], days: usize, skip: usize) -> Inputs {
    let tail = |v: &[f64]| v.get(skip.min(v.len())..).unwrap_or(&[]).to_vec();
    Inputs::new(
        days.saturating_sub(skip),
        &tail(&ctx.inflow),
        &tail(&ctx.precise),
        &tail(boost),
        ctx.rhythm_per_week,
        ACTIVITY_FLOOR_PER_WEEK,
        ctx.retention,
        ctx.price,
        ctx.entry_fee,
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
    let days = horizon_days(plan, ctx);
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
    /// For each target of [`all_targets`] (the plan's members target first),
    /// the share of runs that met it by its day.
    pub chances: Vec<f64>,
}

/// Runs the model `plan.run_count()` times with parameters drawn from the
/// triangular distributions, seeded by `plan.seed`.
pub fn simulate(plan: &SimPlan, ctx: &Context) -> Outcome {
    simulate_runs(plan, ctx, plan.run_count() as usize)
}

pub fn simulate_runs(plan: &SimPlan, ctx: &Context, runs: usize) -> Outcome {
    let days = horizon_days(plan, ctx);
    let runs = runs.max(1);
    let inputs = inputs(ctx, &boosts(&plan.interventions, days), days);
    let draws = draws(plan, runs);
    let goals = goals(&all_targets(plan, ctx), days, 0);
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

/// `runs` draws of the plan's assumptions, seeded by its seed (the same
/// draws wherever the plan is run).
pub(crate) fn draws(plan: &SimPlan, runs: usize) -> Vec<Draw> {
    let mut rng = Rng::new(plan.seed);
    (0..runs).map(|_| draw_from(&plan.params, |_, range| rng.triangular(range))).collect()
}

/// The targets as the runs check them: on their day (or the horizon's
/// last; day 0 is never met), counted from day `skip` of the plan.
pub(crate) fn goals(targets: &[KpiTarget], days: usize, skip: usize) -> Vec<Goal> {
    targets
        .iter()
        .map(|t| Goal {
            day: (t.day as usize).min(days).wrapping_sub(1).wrapping_sub(skip),
            kpi: t.kpi,
            goal: if t.kpi.is_share() { t.value as f64 / 1000.0 } else { t.value as f64 },
        })
        .collect()
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
    let days = horizon_days(plan, ctx);
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

/// The KPI targets the simulator checks: the plan's members target (from
/// the recruitment step, never typed twice) first, then the KPI step's own.
pub fn all_targets(plan: &SimPlan, ctx: &Context) -> Vec<KpiTarget> {
    ctx.target.iter().cloned().chain(plan.targets.iter().cloned()).collect()
}

/// Days simulated: the settings' horizon, lengthened to the plan target's
/// day if that is later (the context covers it).
pub fn horizon_days(plan: &SimPlan, ctx: &Context) -> usize {
    (plan.horizon() as usize).max(ctx.inflow.len())
}
