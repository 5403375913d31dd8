//! The inner loops of Qunce's KPI simulator: one run of the daily model,
//! many runs side by side in memory, and the p10/p50/p90 bands over them.
//!
//! They live in their own crate so that the release build can optimise
//! them for speed (`opt-level = 3`, see the app's Cargo.toml) while the rest
//! of the app is optimised for size. The model itself, its parameters and
//! its inputs are described in the app's `domain::simulate`, which is the
//! only user of this crate; everything here is plain numbers.

#![forbid(unsafe_code)]

use std::ops::{Add, Mul, Neg, Sub};

use serde::Serialize;

/// The highest share of members who can be active in a week.
pub const MAX_ACTIVE: f64 = 0.95;
/// How far activity moves towards its target each day.
pub const RELAX: f64 = 0.5;

/// What a KPI target measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
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
    /// Per mille of everyone who joined who has done the action on another
    /// platform (downloaded the app, followed the account, added the WeCom
    /// contact, opened the mini-program).
    PlatformConversion,
}

impl Kpi {
    pub const ALL: [Kpi; 7] = [
        Kpi::Members,
        Kpi::PreciseMembers,
        Kpi::WeeklyActive,
        Kpi::Speaking,
        Kpi::PaidConversion,
        Kpi::Revenue,
        Kpi::PlatformConversion,
    ];

    pub fn is_share(self) -> bool {
        matches!(self, Kpi::WeeklyActive | Kpi::Speaking | Kpi::PaidConversion | Kpi::PlatformConversion)
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
    /// Share of members who do the other platform's action within 90 days.
    pub platform: f64,
}

/// One day of one run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Day<L = f64> {
    pub members: L,
    pub precise: L,
    /// Shares of members, 0–1.
    pub weekly_active: L,
    pub speaking: L,
    pub joined: L,
    pub churned: L,
    pub referred: L,
    pub paid: L,
    /// Members who have done the other platform's action (kept through churn).
    pub acted: L,
    /// Money so far: entry fees plus upgrades, yuan.
    pub revenue: L,
    /// Of which entry fees (every joiner pays on the day they join, net of refunds).
    pub fees: L,
    pub groups: L,
    /// Weekly speakers the organic base alone would give (no interventions).
    pub organic_speakers: L,
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
            Kpi::PlatformConversion => {
                if self.joined > 0.0 {
                    self.acted / self.joined
                } else {
                    0.0
                }
            }
        }
    }
}

impl Day<X2> {
    /// One of the two runs.
    fn lane(&self, i: usize) -> Day {
        let at = |x: X2| x.0[i];
        Day {
            members: at(self.members),
            precise: at(self.precise),
            weekly_active: at(self.weekly_active),
            speaking: at(self.speaking),
            joined: at(self.joined),
            churned: at(self.churned),
            referred: at(self.referred),
            paid: at(self.paid),
            acted: at(self.acted),
            revenue: at(self.revenue),
            fees: at(self.fees),
            groups: at(self.groups),
            organic_speakers: at(self.organic_speakers),
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
    /// Price of the paid offer (the upgrade), 0–10¹².
    pub price: f64,
    /// What each joiner pays to enter, net of refunds, 0–10¹².
    pub entry_fee: f64,
    /// Members per group, ≥ 1.
    pub group_size: f64,
    /// No more members than this.
    pub max_people: f64,
    /// Where the runs start (zero: an empty community; the plan-vs-actual
    /// re-forecast starts from the real state of a day).
    pub start: Start,
}

/// The state the runs start from. Every value finite and ≥ 0.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Start {
    pub members: f64,
    /// Share of the members active in the past week, 0–1.
    pub active: f64,
    /// Share of the members who have ever spoken, 0–1 (at least `active`).
    pub spoke: f64,
    pub precise: f64,
    pub joined: f64,
    pub paid: f64,
    pub acted: f64,
    /// Money from upgrades so far, and from entry fees, yuan.
    pub revenue: f64,
    pub fees: f64,
}

impl Start {
    /// The same with every value finite, ≥ 0 and consistent (shares 0–1,
    /// no more precise or paid members than members).
    pub fn cleaned(self) -> Start {
        let f = |v: f64| if v.is_finite() { v.clamp(0.0, 1e12) } else { 0.0 };
        let members = f(self.members);
        Start {
            members,
            active: f(self.active).min(1.0),
            spoke: f(self.spoke).min(1.0).max(f(self.active).min(1.0)),
            precise: f(self.precise).min(members),
            joined: f(self.joined).max(members),
            paid: f(self.paid).min(members.max(f(self.joined))),
            acted: f(self.acted).min(members),
            revenue: f(self.revenue),
            fees: f(self.fees),
        }
    }
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
        entry_fee: f64,
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
            entry_fee: if entry_fee.is_finite() { entry_fee.clamp(0.0, 1e12) } else { 0.0 },
            group_size: group_size.max(1.0),
            max_people: if max_people.is_finite() { max_people.max(0.0) } else { 0.0 },
            start: Start::default(),
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
pub fn run(s: &Inputs, draw: &Draw, each: impl FnMut(usize, &Day)) {
    kernel(s, &Rates::of(draw, s), each);
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
    runs_of::<false>(inputs, draws, goals).runs
}

/// [`monte_carlo`] with the bands of payers and money too (the plan vs
/// actual page); the simulator's own runs do not pay for them.
pub fn monte_carlo_more(inputs: &Inputs, draws: &[Draw], goals: &[Goal]) -> MoreRuns {
    runs_of::<true>(inputs, draws, goals)
}

/// What [`monte_carlo_more`] gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MoreRuns {
    pub runs: Runs,
    pub paid: Band,
    pub revenue: Band,
}

fn runs_of<const MORE: bool>(inputs: &Inputs, draws: &[Draw], goals: &[Goal]) -> MoreRuns {
    let days = inputs.days();
    let runs = draws.len();
    if runs == 0 {
        return MoreRuns {
            runs: Runs { met: vec![0; goals.len()], ..Runs::default() },
            ..MoreRuns::default()
        };
    }
    // Day-major: each day's values over all runs are one contiguous slice.
    let mut members = vec![0.0f64; days * runs];
    let mut active = vec![0.0f64; days * runs];
    let extra = if MORE { days * runs } else { 0 };
    let (mut paid, mut revenue) = (vec![0.0f64; extra], vec![0.0f64; extra]);
    let mut met = vec![0usize; goals.len()];
    // Two runs at a time (see `X2`); an odd last run is paired with itself.
    for (pair, two) in draws.chunks(2).enumerate() {
        let (first, n) = (pair * 2, two.len());
        let rates = Rates::two([Rates::of(&two[0], inputs), Rates::of(&two[n - 1], inputs)]);
        kernel(inputs, &rates, |t, d| {
            let at = t * runs + first;
            members[at] = d.members.0[0];
            active[at] = d.weekly_active.0[0];
            if MORE {
                paid[at] = d.paid.0[0];
                revenue[at] = d.revenue.0[0];
            }
            if n == 2 {
                members[at + 1] = d.members.0[1];
                active[at + 1] = d.weekly_active.0[1];
                if MORE {
                    paid[at + 1] = d.paid.0[1];
                    revenue[at + 1] = d.revenue.0[1];
                }
            }
            for (k, g) in goals.iter().enumerate() {
                if t == g.day {
                    met[k] += (0..n).filter(|i| d.lane(*i).kpi(g.kpi) + 1e-9 >= g.goal).count();
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
    let (paid_band, revenue_band) =
        if MORE { (band(&paid), band(&revenue)) } else { (Band::default(), Band::default()) };
    let last = days.checked_sub(1).map_or(&[][..], |d| &members[d * runs..(d + 1) * runs]);
    let mut finals: Vec<(f64, usize)> = (0..runs).map(|r| (last.get(r).copied().unwrap_or(0.0), r)).collect();
    finals.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median_run = finals.get(finals.len() / 2).map_or(0, |f| f.1);
    MoreRuns {
        runs: Runs { members: members_band, active: active_band, met, median_run },
        paid: paid_band,
        revenue: revenue_band,
    }
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

/// The arithmetic of the kernel, for one run (`f64`) or two side by side
/// (`X2`). Each lane does the same operations in the same order as a run on
/// its own, so its numbers are identical (a test checks). One run is a long
/// chain of dependent steps (a division among them) that leaves the
/// processor waiting; two independent runs give it work to overlap: in
/// Chromium the 2,000 × 180 runs take 3.8 ms instead of 6.4. Four lanes are
/// slower again (5.4–6.6 ms): they no longer fit the registers.
///
/// `min` and `max` are plain comparisons, not `f64::min`: the same for
/// numbers (nothing here is NaN), and cheaper in wasm, whose own `min`
/// treats NaN differently from Rust's and needs extra checks.
trait Lanes: Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Neg<Output = Self> {
    fn splat(v: f64) -> Self;
    fn min(self, o: Self) -> Self;
    fn max(self, o: Self) -> Self;
    /// Within `lo..=hi` (as `f64::clamp`, but never panics: if they cross, `hi`).
    fn within(self, lo: Self, hi: Self) -> Self;
    /// `1 / self` where positive, else 0.
    fn recip_pos(self) -> Self;
    /// `then` where `cond` is positive, else `otherwise`.
    fn if_pos(cond: Self, then: Self, otherwise: Self) -> Self;
    fn div_ceil(self, by: f64) -> Self;
}

impl Lanes for f64 {
    #[inline(always)]
    fn splat(v: f64) -> f64 {
        v
    }
    #[inline(always)]
    fn min(self, o: f64) -> f64 {
        if o < self {
            o
        } else {
            self
        }
    }
    #[inline(always)]
    fn max(self, o: f64) -> f64 {
        if o > self {
            o
        } else {
            self
        }
    }
    #[inline(always)]
    fn within(self, lo: f64, hi: f64) -> f64 {
        let mut x = self;
        if x < lo {
            x = lo;
        }
        if x > hi {
            x = hi;
        }
        x
    }
    #[inline(always)]
    fn recip_pos(self) -> f64 {
        if self > 0.0 {
            1.0 / self
        } else {
            0.0
        }
    }
    #[inline(always)]
    fn if_pos(cond: f64, then: f64, otherwise: f64) -> f64 {
        if cond > 0.0 {
            then
        } else {
            otherwise
        }
    }
    #[inline(always)]
    fn div_ceil(self, by: f64) -> f64 {
        (self / by).ceil()
    }
}

/// Two runs side by side. Every operation is written out lane by lane (no
/// loop), so it stays straight-line code even where loops are not unrolled.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct X2([f64; 2]);

macro_rules! x2 {
    (|$($v:ident),+| $e:expr) => {{
        #[inline(always)]
        fn lane($($v: f64),+) -> f64 {
            $e
        }
        x2!(@ lane, $($v),+)
    }};
    (@ $f:ident, $($v:ident),+) => {
        X2([$f($($v.0[0]),+), $f($($v.0[1]),+)])
    };
}

impl Add for X2 {
    type Output = X2;
    #[inline(always)]
    fn add(self, o: X2) -> X2 {
        let (a, b) = (self, o);
        x2!(|a, b| a + b)
    }
}

impl Sub for X2 {
    type Output = X2;
    #[inline(always)]
    fn sub(self, o: X2) -> X2 {
        let (a, b) = (self, o);
        x2!(|a, b| a - b)
    }
}

impl Mul for X2 {
    type Output = X2;
    #[inline(always)]
    fn mul(self, o: X2) -> X2 {
        let (a, b) = (self, o);
        x2!(|a, b| a * b)
    }
}

impl Neg for X2 {
    type Output = X2;
    #[inline(always)]
    fn neg(self) -> X2 {
        let a = self;
        x2!(|a| -a)
    }
}

impl Lanes for X2 {
    #[inline(always)]
    fn splat(v: f64) -> X2 {
        X2([v; 2])
    }
    #[inline(always)]
    fn min(self, o: X2) -> X2 {
        let (a, b) = (self, o);
        x2!(|a, b| Lanes::min(a, b))
    }
    #[inline(always)]
    fn max(self, o: X2) -> X2 {
        let (a, b) = (self, o);
        x2!(|a, b| Lanes::max(a, b))
    }
    #[inline(always)]
    fn within(self, lo: X2, hi: X2) -> X2 {
        let (a, l, h) = (self, lo, hi);
        x2!(|a, l, h| Lanes::within(a, l, h))
    }
    #[inline(always)]
    fn recip_pos(self) -> X2 {
        let a = self;
        x2!(|a| Lanes::recip_pos(a))
    }
    #[inline(always)]
    fn if_pos(cond: X2, then: X2, otherwise: X2) -> X2 {
        let (c, t, o) = (cond, then, otherwise);
        x2!(|c, t, o| <f64 as Lanes>::if_pos(c, t, o))
    }
    #[inline(always)]
    fn div_ceil(self, by: f64) -> X2 {
        let a = self;
        X2([(a.0[0] / by).ceil(), (a.0[1] / by).ceil()])
    }
}

/// A run's parameters as daily rates (one run, or two side by side).
#[derive(Clone, Copy)]
struct Rates<L> {
    decay: L,
    age: L,
    base: L,
    lift: L,
    churn_day: L,
    keep_active: L,
    referral_day: L,
    hazard: L,
    /// Daily hazard of the other platform's action.
    platform: L,
    inflow_mult: L,
}

impl Rates<f64> {
    fn of(draw: &Draw, s: &Inputs) -> Rates<f64> {
        Rates {
            decay: 0.5f64.powf(1.0 / draw.content_half_life.max(1.0)),
            age: (1.0 - draw.lifecycle.clamp(0.0, 0.999)).powf(1.0 / 30.0),
            base: draw.base_active.max(0.0),
            lift: draw.lift_per_item.max(0.0) * s.rhythm,
            churn_day: draw.churn.clamp(0.0, 1.0) / 30.0 * (1.0 - s.retention),
            keep_active: 1.0 - draw.protect.clamp(0.0, 1.0),
            referral_day: draw.referral.max(0.0) / 30.0,
            hazard: -(1.0 - draw.conversion.clamp(0.0, 0.999)).ln() / 90.0,
            platform: -(1.0 - draw.platform.clamp(0.0, 0.999)).ln() / 90.0,
            inflow_mult: draw.inflow.max(0.0),
        }
    }
}

impl Rates<X2> {
    fn two(r: [Rates<f64>; 2]) -> Rates<X2> {
        let f = |pick: fn(&Rates<f64>) -> f64| X2([pick(&r[0]), pick(&r[1])]);
        Rates {
            decay: f(|r| r.decay),
            age: f(|r| r.age),
            base: f(|r| r.base),
            lift: f(|r| r.lift),
            churn_day: f(|r| r.churn_day),
            keep_active: f(|r| r.keep_active),
            referral_day: f(|r| r.referral_day),
            hazard: f(|r| r.hazard),
            platform: f(|r| r.platform),
            inflow_mult: f(|r| r.inflow_mult),
        }
    }
}

/// The daily steps of one run, or of two runs side by side.
#[inline(always)]
fn kernel<L: Lanes>(s: &Inputs, r: &Rates<L>, mut each: impl FnMut(usize, &Day<L>)) {
    let days = s.days();
    let c = L::splat;
    let (zero, one) = (c(0.0), c(1.0));
    let (cs, max_active) = (c(s.content_share), c(MAX_ACTIVE));
    let st = s.start.cleaned();
    let (mut active, mut churned) = (c(st.members * st.active), zero);
    let (mut lurk, mut ever) = (c(st.members) - active, c(st.members * st.spoke));
    let (mut joined, mut precise, mut paid) = (c(st.joined), c(st.precise), c(st.paid));
    let (mut revenue, mut referred) = (c(st.revenue), zero);
    let mut fees = c(st.fees);
    let mut acted = c(st.acted);
    let (mut pending, mut pending_precise) = (zero, zero);
    let (mut fade, mut aging) = (one, one);
    for t in 0..days {
        fade = fade * r.decay;
        aging = aging * r.age;
        let organic = (r.base * (cs + (one - cs) * fade) + r.lift) * aging;
        let target = (organic + c(s.boost[t])).within(zero, max_active);
        // Joins: the channels' people, and yesterday's word of mouth.
        let room = (c(s.max_people) - lurk - active).max(zero);
        let inflow = (c(s.inflow[t]) * r.inflow_mult + pending).min(room);
        let inflow_precise = (c(s.precise[t]) * r.inflow_mult + pending_precise).min(inflow);
        lurk = lurk + inflow;
        joined = joined + inflow;
        fees = fees + inflow * c(s.entry_fee);
        precise = precise + inflow_precise;
        // Churn: more among the imprecise, less among speakers.
        let members = lurk + active;
        // One division per head count: the rest multiply by the inverse.
        let inv = members.recip_pos();
        let precise_share = L::if_pos(members, (precise * inv).within(zero, one), one);
        let rate = (r.churn_day * (c(1.5) - c(0.5) * precise_share)).min(one);
        let (out_lurk, out_active) = (lurk * rate, active * rate * r.keep_active);
        let gone = out_lurk + out_active;
        let kept = L::if_pos(members, one - gone * inv, one);
        ever = ever * kept;
        precise = precise * kept;
        paid = paid * kept;
        acted = acted * kept;
        lurk = lurk - out_lurk;
        active = active - out_active;
        churned = churned + gone;
        // Activity moves towards its target.
        let members = lurk + active;
        let flow = (c(RELAX) * (target * members - active)).within(-active, lurk);
        active = active + flow;
        lurk = lurk - flow;
        let inv = members.recip_pos();
        let fresh = active * c(1.0 / 7.0) + flow.max(zero);
        ever = L::if_pos(members, (ever + fresh * (one - ever * inv)).min(members), ever);
        // Word of mouth from speakers joins tomorrow; paid conversion.
        pending = active * r.referral_day;
        pending_precise = pending * precise_share.max(c(0.5));
        referred = referred + pending;
        let buyers = r.hazard * (members - paid).max(zero) * (c(0.5) + target);
        paid = paid + buyers;
        // The other platform's action: the same pull of activity.
        acted = acted + r.platform * (members - acted).max(zero) * (c(0.5) + target);
        revenue = revenue + buyers * c(s.price);
        let day = Day {
            members,
            precise,
            weekly_active: active * inv,
            speaking: ever * inv,
            joined,
            churned,
            referred,
            paid,
            acted,
            revenue: revenue + fees,
            fees,
            groups: members.div_ceil(s.group_size),
            organic_speakers: organic.within(zero, max_active) * members,
        };
        each(t, &day);
    }
}
