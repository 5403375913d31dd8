//! The inner loops of Qunce's KPI simulator: one run of the daily model,
//! many runs side by side in memory, and the p10/p50/p90 bands over them.
//!
//! They live in their own crate so that the release build can optimise
//! them for speed (`opt-level = 3`, see the app's Cargo.toml) while the rest
//! of the app is optimised for size. The model itself, its parameters and
//! its inputs are described in the app's `domain::simulate`, which is the
//! only user of this crate; everything here is plain numbers.

#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};

/// The highest share of members who can be active in a week.
pub const MAX_ACTIVE: f64 = 0.95;
/// How far activity moves towards its target each day.
pub const RELAX: f64 = 0.5;

/// What a KPI target measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kpi {
    #[default]
    Members,
    PreciseMembers,
    /// Per mille of members who spoke in the past week.
    WeeklyActive,
    /// Per mille of members who have ever spoken.
    Speaking,
    /// Per mille of everyone who joined who has paid.
    PaidConversion,
    /// Yuan.
    Revenue,
}

impl Kpi {
    pub const ALL: [Kpi; 6] = [
        Kpi::Members,
        Kpi::PreciseMembers,
        Kpi::WeeklyActive,
        Kpi::Speaking,
        Kpi::PaidConversion,
        Kpi::Revenue,
    ];

    pub fn is_share(self) -> bool {
        matches!(self, Kpi::WeeklyActive | Kpi::Speaking | Kpi::PaidConversion)
    }
}

/// Parameter values for one run, as rates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Draw {
    pub inflow: f64,
    pub base_active: f64,
    pub content_half_life: f64,
    pub lift_per_item: f64,
    pub churn: f64,
    pub protect: f64,
    pub referral: f64,
    pub conversion: f64,
    pub lifecycle: f64,
}

/// One day of one run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Day {
    pub members: f64,
    pub precise: f64,
    /// Shares of members, 0–1.
    pub weekly_active: f64,
    pub speaking: f64,
    pub joined: f64,
    pub churned: f64,
    pub referred: f64,
    pub paid: f64,
    pub revenue: f64,
    pub groups: f64,
    /// Weekly speakers the organic base alone would give (no interventions).
    pub organic_speakers: f64,
}

impl Day {
    pub fn kpi(&self, k: Kpi) -> f64 {
        match k {
            Kpi::Members => self.members,
            Kpi::PreciseMembers => self.precise,
            Kpi::WeeklyActive => self.weekly_active,
            Kpi::Speaking => self.speaking,
            Kpi::PaidConversion => {
                if self.joined > 0.0 {
                    self.paid / self.joined
                } else {
                    0.0
                }
            }
            Kpi::Revenue => self.revenue,
        }
    }
}

/// What every run of a plan shares, cleaned once: each day's joins (all and
/// precise) and activity boost, and the constants of the plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inputs {
    /// One value per day, each finite and ≥ 0.
    pub inflow: Vec<f64>,
    pub precise: Vec<f64>,
    pub boost: Vec<f64>,
    /// Content items a week, 0–50.
    pub rhythm: f64,
    /// How much of the organic base the rhythm keeps up, 0–1.
    pub content_share: f64,
    /// Share of churn the threshold prevents, 0–1.
    pub retention: f64,
    /// Price of the paid offer, 0–10¹².
    pub price: f64,
    /// Members per group, ≥ 1.
    pub group_size: f64,
    /// No more members than this.
    pub max_people: f64,
}

impl Inputs {
    /// Cleans what the plan gives: missing or non-finite days count as 0,
    /// every constant is brought within its range.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        days: usize,
        inflow: &[f64],
        precise: &[f64],
        boost: &[f64],
        rhythm_per_week: f64,
        rhythm_floor: f64,
        retention: f64,
        price: f64,
        group_size: f64,
        max_people: f64,
    ) -> Inputs {
        let finite = |v: Option<&f64>| v.copied().filter(|v| v.is_finite()).unwrap_or(0.0).max(0.0);
        let rhythm = if rhythm_per_week.is_finite() { rhythm_per_week.clamp(0.0, 50.0) } else { 0.0 };
        let floor = if rhythm_floor.is_finite() && rhythm_floor > 0.0 { rhythm_floor } else { 1.0 };
        Inputs {
            inflow: (0..days).map(|t| finite(inflow.get(t))).collect(),
            precise: (0..days).map(|t| finite(precise.get(t))).collect(),
            boost: (0..days)
                .map(|t| boost.get(t).copied().filter(|v| v.is_finite()).unwrap_or(0.0))
                .collect(),
            rhythm,
            content_share: (rhythm / floor).clamp(0.0, 1.0),
            retention: if retention.is_finite() { retention.clamp(0.0, 1.0) } else { 0.0 },
            price: if price.is_finite() { price.clamp(0.0, 1e12) } else { 0.0 },
            group_size: group_size.max(1.0),
            max_people: if max_people.is_finite() { max_people.max(0.0) } else { 0.0 },
        }
    }

    /// The days the inputs cover.
    pub fn days(&self) -> usize {
        self.inflow.len().min(self.precise.len()).min(self.boost.len())
    }
}

/// Runs the model once with `draw` over the inputs' days, calling `each`
/// for every day. Inlined, so callers that read only some outputs do not
/// pay for the rest.
#[inline(always)]
pub fn run(s: &Inputs, draw: &Draw, mut each: impl FnMut(usize, &Day)) {
    let decay = 0.5f64.powf(1.0 / draw.content_half_life.max(1.0));
    let age = (1.0 - draw.lifecycle.clamp(0.0, 0.999)).powf(1.0 / 30.0);
    let cs = s.content_share;
    let base = draw.base_active.max(0.0);
    let lift = draw.lift_per_item.max(0.0) * s.rhythm;
    let churn_day = draw.churn.clamp(0.0, 1.0) / 30.0 * (1.0 - s.retention);
    let protect = draw.protect.clamp(0.0, 1.0);
    let referral_day = draw.referral.max(0.0) / 30.0;
    let hazard = -(1.0 - draw.conversion.clamp(0.0, 0.999)).ln() / 90.0;
    let inflow_mult = draw.inflow.max(0.0);
    let (mut lurk, mut active, mut ever, mut churned) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    let (mut joined, mut precise, mut paid, mut revenue, mut referred) =
        (0.0f64, 0.0f64, 0.0f64, 0.0f64, 0.0f64);
    let (mut pending, mut pending_precise) = (0.0f64, 0.0f64);
    let (mut fade, mut aging) = (1.0f64, 1.0f64);
    let days = s.days();
    for (t, ((day_inflow, day_precise), day_boost)) in
        s.inflow[..days].iter().zip(&s.precise[..days]).zip(&s.boost[..days]).enumerate()
    {
        fade *= decay;
        aging *= age;
        let organic = (base * (cs + (1.0 - cs) * fade) + lift) * aging;
        let target = (organic + day_boost).clamp(0.0, MAX_ACTIVE);
        // Joins: the channels' people, and yesterday's word of mouth.
        let room = max(s.max_people - lurk - active, 0.0);
        let inflow = min(day_inflow * inflow_mult + pending, room);
        let inflow_precise = min(day_precise * inflow_mult + pending_precise, inflow);
        lurk += inflow;
        joined += inflow;
        precise += inflow_precise;
        // Churn: more among the imprecise, less among speakers.
        let members = lurk + active;
        // One division a day: the rest multiply by the inverse.
        let inv = if members > 0.0 { 1.0 / members } else { 0.0 };
        let precise_share = if members > 0.0 { (precise * inv).clamp(0.0, 1.0) } else { 1.0 };
        let rate = min(churn_day * (1.5 - 0.5 * precise_share), 1.0);
        let (out_lurk, out_active) = (lurk * rate, active * rate * (1.0 - protect));
        let gone = out_lurk + out_active;
        if members > 0.0 {
            let kept = 1.0 - gone * inv;
            ever *= kept;
            precise *= kept;
            paid *= kept;
        }
        lurk -= out_lurk;
        active -= out_active;
        churned += gone;
        // Activity moves towards its target.
        let members = lurk + active;
        let flow = within(RELAX * (target * members - active), -active, lurk);
        active += flow;
        lurk -= flow;
        let inv = if members > 0.0 { 1.0 / members } else { 0.0 };
        if members > 0.0 {
            let fresh = active * (1.0 / 7.0) + max(flow, 0.0);
            ever = min(ever + fresh * (1.0 - ever * inv), members);
        }
        // Word of mouth from speakers joins tomorrow; paid conversion.
        pending = active * referral_day;
        pending_precise = pending * max(precise_share, 0.5);
        referred += pending;
        let buyers = hazard * max(members - paid, 0.0) * (0.5 + target);
        paid += buyers;
        revenue += buyers * s.price;
        let day = Day {
            members,
            precise,
            weekly_active: active * inv,
            speaking: ever * inv,
            joined,
            churned,
            referred,
            paid,
            revenue,
            groups: (members / s.group_size).ceil(),
            organic_speakers: organic.clamp(0.0, MAX_ACTIVE) * members,
        };
        each(t, &day);
    }
}

/// The lesser of two numbers (never NaN here). Plain comparisons, not
/// `f64::min`: the same for numbers, and cheaper in wasm, whose own `min`
/// treats NaN differently from Rust's and needs extra checks.
#[inline(always)]
fn min(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

/// The greater of two numbers (never NaN here); see [`min`].
#[inline(always)]
fn max(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

/// As `f64::clamp`, but never panics: if the bounds cross, `hi`.
#[inline(always)]
fn within(x: f64, lo: f64, hi: f64) -> f64 {
    let mut x = x;
    if x < lo {
        x = lo;
    }
    if x > hi {
        x = hi;
    }
    x
}

/// "At least `goal` of `kpi` on the day with index `day`" (a day beyond the
/// runs is never met).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Goal {
    pub day: usize,
    pub kpi: Kpi,
    pub goal: f64,
}

/// Quantile bands of one KPI over time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Band {
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

/// What many runs give.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Runs {
    pub members: Band,
    pub active: Band,
    /// For each goal, how many runs met it.
    pub met: Vec<usize>,
    /// The run whose final member count is the median.
    pub median_run: usize,
}

/// Runs the model once per draw and gathers members and weekly activity,
/// day by day, into bands.
pub fn monte_carlo(inputs: &Inputs, draws: &[Draw], goals: &[Goal]) -> Runs {
    let days = inputs.days();
    let runs = draws.len();
    if runs == 0 {
        return Runs { met: vec![0; goals.len()], ..Runs::default() };
    }
    // Day-major: each day's values over all runs are one contiguous slice.
    let mut members = vec![0.0f64; days * runs];
    let mut active = vec![0.0f64; days * runs];
    let mut met = vec![0usize; goals.len()];
    for (r, draw) in draws.iter().enumerate() {
        run(inputs, draw, |t, d| {
            let at = t * runs + r;
            members[at] = d.members;
            active[at] = d.weekly_active;
            for (k, g) in goals.iter().enumerate() {
                if t == g.day && d.kpi(g.kpi) + 1e-9 >= g.goal {
                    met[k] += 1;
                }
            }
        });
    }
    let mut scratch = Scratch::default();
    let mut band = |series: &[f64]| {
        let mut b = Band {
            p10: Vec::with_capacity(days),
            p50: Vec::with_capacity(days),
            p90: Vec::with_capacity(days),
        };
        for day in series.chunks_exact(runs) {
            let (lo, mid, hi) = scratch.quantiles(day);
            b.p10.push(lo);
            b.p50.push(mid);
            b.p90.push(hi);
        }
        b
    };
    let members_band = band(&members);
    let active_band = band(&active);
    let last = days.checked_sub(1).map_or(&[][..], |d| &members[d * runs..(d + 1) * runs]);
    let mut finals: Vec<(f64, usize)> = (0..runs).map(|r| (last.get(r).copied().unwrap_or(0.0), r)).collect();
    finals.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median_run = finals.get(finals.len() / 2).map_or(0, |f| f.1);
    Runs { members: members_band, active: active_band, met, median_run }
}

/// p10, p50 and p90 of `values`, exactly (see `Scratch::quantiles`).
pub fn quantiles(values: &[f64]) -> (f64, f64, f64) {
    Scratch::default().quantiles(values)
}

/// Buffers reused from one day's quantiles to the next.
#[derive(Default)]
struct Scratch {
    bins: Vec<u8>,
    inside: [Vec<f64>; 3],
}

impl Scratch {
    /// p10, p50 and p90 of `values`, exactly: a histogram finds the bucket
    /// each quantile falls in, then a selection within that bucket finds the
    /// value — three passes over the data instead of three full selections.
    fn quantiles(&mut self, values: &[f64]) -> (f64, f64, f64) {
        let n = values.len();
        if n == 0 {
            return (0.0, 0.0, 0.0);
        }
        // Plain comparisons, not `f64::min`: the same for numbers (NaN is
        // skipped either way), and cheaper in wasm, whose `min` propagates NaN.
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for &v in values {
            lo = if v < lo { v } else { lo };
            hi = if v > hi { v } else { hi };
        }
        if !lo.is_finite() || !hi.is_finite() || hi <= lo {
            return (lo, lo, lo);
        }
        const BINS: usize = 256;
        let scale = (BINS as f64 - 1.0) / (hi - lo);
        let mut counts = [0u32; BINS];
        // Each value's bucket, computed once (256 buckets fit a byte), and counted.
        self.bins.clear();
        self.bins.extend(values.iter().map(|v| {
            let b = (((v - lo) * scale) as i32).clamp(0, BINS as i32 - 1) as u8;
            counts[usize::from(b)] += 1;
            b
        }));
        let rank = |q: f64| ((n - 1) as f64 * q).round() as usize;
        // The bucket holding rank k, and k's rank within it.
        let locate = |k: usize| {
            let mut before = 0usize;
            let mut b = 0;
            while b + 1 < BINS && before + counts[b] as usize <= k {
                before += counts[b] as usize;
                b += 1;
            }
            (b, k - before)
        };
        let wanted = [locate(rank(0.1)), locate(rank(0.5)), locate(rank(0.9))];
        // One more pass gathers the (few) values of the three buckets: a
        // table says which quantiles (bits 0–2) want each bucket.
        let mut wants = [0u8; BINS];
        for (i, (b, _)) in wanted.iter().enumerate() {
            wants[*b] |= 1 << i;
        }
        for slot in &mut self.inside {
            slot.clear();
        }
        for (v, b) in values.iter().zip(&self.bins) {
            let w = wants[usize::from(*b)];
            if w != 0 {
                for (i, slot) in self.inside.iter_mut().enumerate() {
                    if w & (1 << i) != 0 {
                        slot.push(*v);
                    }
                }
            }
        }
        let mut pick = |i: usize| {
            let inside = &mut self.inside[i];
            if inside.is_empty() {
                return lo;
            }
            let k = wanted[i].1.min(inside.len() - 1);
            *inside.select_nth_unstable_by(k, f64::total_cmp).1
        };
        (pick(0), pick(1), pick(2))
    }
}
