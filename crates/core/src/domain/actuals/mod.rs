//! Plan vs actual (issue 20): the real daily figures of a community, kept
//! with its plan, set beside the simulator's bands, used to re-forecast the
//! targets from the real state of the last day, and to estimate the rates
//! the plan assumed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::simulate::{
    all_targets, boosts, horizon_days, likely_draw, Context, Draw, Kpi, KpiTarget, Param, Range, SimPlan,
};

pub mod import;

/// Most days kept (ten years).
pub const MAX_DAYS: usize = 3660;
/// Largest figure kept for a day.
pub const MAX_VALUE: u64 = super::channels::MAX_PEOPLE * 100;

/// A quantity measured day by day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Series {
    /// Members in the groups at the end of the day.
    Members,
    /// People who joined that day.
    Joined,
    /// People who left that day.
    Left,
    /// Members who spoke in the past seven days (weekly active).
    Active,
    /// Members who posted that day.
    Speaking,
    /// Messages that day.
    Messages,
    /// Members who paid (for the paid offer) that day.
    Paid,
    /// Money taken that day, yuan.
    Revenue,
}

impl Series {
    pub const ALL: [Series; 8] = [
        Series::Members,
        Series::Joined,
        Series::Left,
        Series::Active,
        Series::Speaking,
        Series::Messages,
        Series::Paid,
        Series::Revenue,
    ];

    /// Whether a day's figure counts events of that day (so a column of it
    /// may instead be a running total).
    pub fn is_daily_count(self) -> bool {
        matches!(self, Series::Joined | Series::Left | Series::Messages | Series::Paid | Series::Revenue)
    }
}

/// The real figures of a plan's community: one value (or none) per day
/// from `from`, per series. Saved with the plan (saved-data version 3).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Actuals {
    #[serde(serialize_with = "super::canvas::ymd::serialize", skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub series: BTreeMap<Series, Vec<Option<u64>>>,
    /// Leavers were derived from members and joins, not read.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub derived_left: bool,
}

impl Actuals {
    pub fn is_empty(&self) -> bool {
        self.from.is_none() || self.series.values().all(|v| v.iter().all(Option::is_none))
    }

    /// The days covered, from `from`.
    pub fn days(&self) -> usize {
        self.series.values().map(Vec::len).max().unwrap_or(0)
    }

    pub fn get(&self, s: Series) -> &[Option<u64>] {
        self.series.get(&s).map_or(&[], Vec::as_slice)
    }

    /// The value of `s` on day `t` (from `from`).
    pub fn at(&self, s: Series, t: usize) -> Option<u64> {
        self.get(s).get(t).copied().flatten()
    }

    pub fn has(&self, s: Series) -> bool {
        self.get(s).iter().any(Option::is_some)
    }

    /// The series `s`, at least `days` long.
    pub fn series_mut(&mut self, s: Series, days: usize) -> &mut Vec<Option<u64>> {
        let v = self.series.entry(s).or_default();
        if v.len() < days {
            v.resize(days, None);
        }
        v
    }

    /// The first and last days with any figure.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let from = self.from?;
        let days = self.days();
        let has = |t: usize| self.series.values().any(|v| v.get(t).copied().flatten().is_some());
        let first = (0..days).find(|t| has(*t))?;
        let last = (0..days).rev().find(|t| has(*t))?;
        let at = |t: usize| from.checked_add_days(chrono::Days::new(t as u64));
        Some((at(first)?, at(last)?))
    }

    /// Brings stored figures within bounds: at most [`MAX_DAYS`] days and
    /// [`MAX_VALUE`] a day, no empty series, every series as long as the
    /// longest. Returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let before = self.clone();
        if self.from.is_none() {
            self.series.clear();
        }
        for v in self.series.values_mut() {
            v.truncate(MAX_DAYS);
            for x in v.iter_mut() {
                if x.is_some_and(|x| x > MAX_VALUE) {
                    *x = Some(MAX_VALUE);
                }
            }
        }
        self.series.retain(|_, v| v.iter().any(Option::is_some));
        let days = self.days();
        for v in self.series.values_mut() {
            v.resize(days, None);
        }
        if self.series.is_empty() {
            self.from = None;
            self.derived_left = false;
        }
        *self != before
    }

    /// These figures with `newer` laid over them: a day and series `newer`
    /// has replaces the old value, everything else is kept. `None` if the
    /// two together would span more than [`MAX_DAYS`].
    pub fn merged(&self, newer: &Actuals) -> Option<Actuals> {
        let (Some(a), Some(b)) = (self.from, newer.from) else {
            return Some(if newer.is_empty() { self.clone() } else { newer.clone() });
        };
        let from = a.min(b);
        let offset = |d: NaiveDate| (d - from).num_days() as usize;
        let days = (offset(a) + self.days()).max(offset(b) + newer.days());
        if days > MAX_DAYS {
            return None;
        }
        let mut out = Actuals { from: Some(from), derived_left: false, ..Actuals::default() };
        for (src, start) in [(self, offset(a)), (newer, offset(b))] {
            for (s, v) in &src.series {
                let dst = out.series_mut(*s, days);
                for (t, x) in v.iter().enumerate() {
                    if x.is_some() {
                        dst[start + t] = *x;
                    }
                }
            }
        }
        out.derived_left = newer.derived_left || (self.derived_left && !newer.has(Series::Left));
        out.sanitize();
        Some(out)
    }
}

// ---------------------------------------------------------------------------
// Plan vs actual

/// What a chart of plan vs actual shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Members present.
    Members,
    /// Share of members active in the past week.
    WeeklyActive,
    /// Members who paid since the first day with figures.
    Paid,
    /// Money since the first day with figures, yuan.
    Revenue,
}

impl Measure {
    pub const ALL: [Measure; 4] = [Measure::Members, Measure::WeeklyActive, Measure::Paid, Measure::Revenue];
}

/// One day with a real figure, beside the plan's band for that day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Day index from the plan's start (0 = the start).
    pub day: usize,
    pub date: NaiveDate,
    /// The real figure; for weekly activity read from daily speakers, the
    /// range it must lie in (the busiest day of the week … the week's sum).
    pub actual: f64,
    pub actual_high: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

impl Point {
    pub fn side(&self) -> Side {
        if self.actual_high < self.p10 {
            Side::Below
        } else if self.actual > self.p90 {
            Side::Above
        } else {
            Side::Within
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Below,
    Within,
    Above,
}

/// A measure's real points and where they left the plan's band.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    pub measure: Measure,
    pub points: Vec<Point>,
    /// The latest points' side if outside the band: since which date, for
    /// how many points in a row.
    pub off: Option<(Side, NaiveDate, usize)>,
    /// Weekly activity bounded from daily speakers, not read.
    pub bounded: bool,
}

/// The plan's bands of the four measures, day by day from its start, and
/// the chance of each of its targets (the same runs as the KPI step's).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bands {
    pub days: usize,
    /// Per measure (in [`Measure::ALL`] order): (p10, p50, p90) per day.
    /// Paid and revenue count from day `base` (the first with figures).
    pub bands: Vec<Vec<(f64, f64, f64)>>,
    pub base: usize,
    /// How many runs the bands come from.
    pub runs: usize,
    /// For each of [`all_targets`], the share of runs that met it.
    pub chances: Vec<f64>,
}

/// The simulator's runs of `plan` (its seed and assumptions: the KPI step's
/// own runs), as bands of the four measures, and the chance of each target.
/// Paid and revenue count from day `base`: the plan's median before it is
/// taken off (the real figures start there).
pub fn plan_bands(plan: &SimPlan, ctx: &Context, base: usize) -> Bands {
    let days = horizon_days(plan, ctx);
    let inputs = inputs(ctx, &boosts(&plan.interventions, days), days, 0);
    let draws = draws(plan);
    let goals = super::simulate::goals(&all_targets(plan, ctx), days, 0);
    let r = qunce_sim::monte_carlo_more(&inputs, &draws, &goals);
    let zip = |b: &qunce_sim::Band, less: f64| -> Vec<(f64, f64, f64)> {
        (0..b.p50.len()).map(|t| (b.p10[t] - less, b.p50[t] - less, b.p90[t] - less)).collect()
    };
    let before = |b: &qunce_sim::Band| base.checked_sub(1).and_then(|d| b.p50.get(d)).copied().unwrap_or(0.0);
    let bands = vec![
        zip(&r.runs.members, 0.0),
        zip(&r.runs.active, 0.0),
        zip(&r.paid, before(&r.paid)),
        zip(&r.revenue, before(&r.revenue)),
    ];
    let chances = r.runs.met.iter().map(|m| *m as f64 / draws.len() as f64).collect();
    Bands { days, bands, base, runs: draws.len(), chances }
}

/// The plan's own draws (its seed and run count), as the KPI step runs it.
fn draws(plan: &SimPlan) -> Vec<Draw> {
    super::simulate::runs_draws(plan, plan.run_count().max(1) as usize)
}

/// The simulator's inputs from day `skip` of the plan on.
fn inputs(ctx: &Context, boost: &[f64], days: usize, skip: usize) -> qunce_sim::Inputs {
    super::simulate::inputs_from(ctx, boost, days, skip)
}

/// One run, day by day. One copy of the model's inner loop for this whole
/// module (`qunce_sim::run` is inlined where it is called), which is only
/// run a few thousand times when the page is opened.
#[inline(never)]
fn run(inputs: &qunce_sim::Inputs, draw: &Draw, each: &mut dyn FnMut(usize, &qunce_sim::Day)) {
    qunce_sim::run(inputs, draw, |t, d| each(t, d));
}

/// The day index of `date` from `start`, if on or after it.
fn day_of(start: NaiveDate, date: NaiveDate) -> Option<usize> {
    usize::try_from((date - start).num_days()).ok()
}

/// The dates of `actuals` as (day from `start`, index into the series).
fn dated(actuals: &Actuals, start: NaiveDate) -> Vec<(usize, usize, NaiveDate)> {
    let Some(from) = actuals.from else { return Vec::new() };
    (0..actuals.days())
        .filter_map(|t| {
            let date = from.checked_add_days(chrono::Days::new(t as u64))?;
            Some((day_of(start, date)?, t, date))
        })
        .collect()
}

/// The first day (from `start`) with any figure.
pub fn first_day(actuals: &Actuals, start: NaiveDate) -> Option<usize> {
    let (first, _) = actuals.span()?;
    day_of(start, first)
}

/// The real figures of each measure beside the plan's band, and where the
/// latest ones left it. Days before the plan's start or after its horizon
/// are not compared.
pub fn compare(actuals: &Actuals, bands: &Bands, start: NaiveDate) -> Vec<Track> {
    let days = dated(actuals, start);
    Measure::ALL
        .iter()
        .enumerate()
        .filter_map(|(m, measure)| {
            let band = bands.bands.get(m)?;
            let mut bounded = false;
            let mut running = 0.0;
            let mut points = Vec::new();
            for &(day, t, date) in &days {
                let members = actuals.at(Series::Members, t).map(|v| v as f64);
                let value = match measure {
                    Measure::Members => members.map(|m| (m, m)),
                    Measure::WeeklyActive => match (actuals.at(Series::Active, t), members) {
                        (Some(a), Some(m)) if m > 0.0 => Some((a as f64 / m, a as f64 / m)),
                        (None, Some(m)) if m > 0.0 && actuals.has(Series::Speaking) && t >= 6 => {
                            let week: Vec<f64> = (t - 6..=t)
                                .filter_map(|k| actuals.at(Series::Speaking, k).map(|v| v as f64))
                                .collect();
                            (week.len() == 7).then(|| {
                                bounded = true;
                                let most = week.iter().copied().fold(0.0, f64::max);
                                (most / m, (week.iter().sum::<f64>() / m).min(1.0))
                            })
                        }
                        _ => None,
                    },
                    Measure::Paid | Measure::Revenue => {
                        let s = if *measure == Measure::Paid { Series::Paid } else { Series::Revenue };
                        actuals.has(s).then(|| {
                            running += actuals.at(s, t).unwrap_or(0) as f64;
                            (running, running)
                        })
                    }
                };
                let (Some((actual, actual_high)), Some(&(p10, p50, p90))) = (value, band.get(day)) else {
                    continue;
                };
                points.push(Point { day, date, actual, actual_high, p10, p50, p90 });
            }
            if points.is_empty() {
                return None;
            }
            let off = points.last().map(Point::side).filter(|s| *s != Side::Within).map(|side| {
                let run: Vec<&Point> = points.iter().rev().take_while(|p| p.side() == side).collect();
                (side, run.last().map_or(points[0].date, |p| p.date), run.len())
            });
            Some(Track { measure: *measure, points, off, bounded })
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Re-forecast from the real state

/// A target's chance as planned and given what has happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Chance {
    pub target: KpiTarget,
    pub planned: f64,
    /// `None` when the target's day is already past (then `met` says).
    pub now: Option<f64>,
    /// For a past target with a real figure: whether it was met.
    pub met: Option<bool>,
}

/// The re-forecast: runs started from the real state of the last day with
/// members, with the plan's joins and activities after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Reforecast {
    /// The day (from the plan's start) the runs start after, and its date.
    pub day: usize,
    pub date: NaiveDate,
    /// Members present: p10, p50, p90 per day after `day`.
    pub members: Vec<(f64, f64, f64)>,
    pub chances: Vec<Chance>,
}

/// Re-runs the plan from the last day that has a members figure, starting
/// from that day's real members, activity, payers and money (the plan's
/// median for whatever has no figure), with the plan's joins, activities
/// and assumptions from the next day on. `planned` are the plan's own
/// chances of [`all_targets`] (as the KPI step shows them).
pub fn reforecast(
    sim: &SimPlan,
    ctx: &Context,
    actuals: &Actuals,
    start: NaiveDate,
    planned: &[f64],
) -> Option<Reforecast> {
    let days = horizon_days(sim, ctx);
    let dated = dated(actuals, start);
    let &(last, t_last, date) =
        dated.iter().rev().find(|(day, t, _)| *day < days && actuals.at(Series::Members, *t).is_some())?;
    let first = dated.first().map_or(0, |d| d.0);
    // The plan's own likely path up to `last`, for what has no figure.
    let boost = boosts(&sim.interventions, days);
    let mut path = Vec::with_capacity(last + 1);
    run(&inputs(ctx, &boost, last + 1, 0), &likely_draw(&sim.params), &mut |_, d| path.push(*d));
    let model = path.last().copied().unwrap_or_default();
    let members = actuals.at(Series::Members, t_last).unwrap_or(0) as f64;
    let sum = |s: Series| {
        actuals.has(s).then(|| {
            dated.iter().filter(|d| d.0 <= last).map(|d| actuals.at(s, d.1).unwrap_or(0) as f64).sum::<f64>()
        })
    };
    let active = match actuals.at(Series::Active, t_last) {
        Some(a) if members > 0.0 => a as f64 / members,
        _ => model.weekly_active,
    };
    let scale = if model.members > 0.0 { members / model.members } else { 0.0 };
    // Money and payers before the first figure: the plan's, to that day.
    let before =
        |get: fn(&qunce_sim::Day) -> f64| first.checked_sub(1).and_then(|d| path.get(d)).map_or(0.0, get);
    let joined = sum(Series::Joined).map_or(model.joined, |j| j + before(|d| d.joined)).max(members);
    let paid = sum(Series::Paid).map_or(model.paid * scale, |p| p + before(|d| d.paid));
    let revenue = sum(Series::Revenue).map_or(model.revenue, |r| r + before(|d| d.revenue));
    let state = qunce_sim::Start {
        members,
        active,
        // Who has ever spoken is in no export: the plan's share that day.
        spoke: model.speaking,
        precise: model.precise * scale,
        joined,
        paid,
        acted: model.acted * scale,
        revenue,
        fees: 0.0,
    };
    let mut inputs = inputs(ctx, &boost, days, last + 1);
    inputs.start = state;
    let targets = all_targets(sim, ctx);
    let draws = draws(sim);
    let r = qunce_sim::monte_carlo(&inputs, &draws, &super::simulate::goals(&targets, days, last + 1));
    let met = r.met;
    // A target whose day is past is judged by the real figure of that day.
    let chances = targets
        .iter()
        .enumerate()
        .map(|(k, target)| {
            let day = (target.day as usize).min(days).wrapping_sub(1);
            let planned = planned.get(k).copied().unwrap_or(0.0);
            if day <= last {
                let real =
                    dated.iter().find(|d| d.0 == day).and_then(|d| actual_kpi(actuals, d.1, target.kpi));
                Chance { target: target.clone(), planned, now: None, met: real.map(|v| v >= goal(target)) }
            } else {
                Chance {
                    target: target.clone(),
                    planned,
                    now: Some(met[k] as f64 / draws.len() as f64),
                    met: None,
                }
            }
        })
        .collect();
    let m = &r.members;
    let members = (0..m.p50.len()).map(|t| (m.p10[t], m.p50[t], m.p90[t])).collect();
    Some(Reforecast { day: last, date, members, chances })
}

fn goal(t: &KpiTarget) -> f64 {
    if t.kpi.is_share() {
        t.value as f64 / 1000.0
    } else {
        t.value as f64
    }
}

/// A KPI read from the figures of day `t`, where they give it.
fn actual_kpi(actuals: &Actuals, t: usize, kpi: Kpi) -> Option<f64> {
    let members = actuals.at(Series::Members, t).map(|v| v as f64);
    match kpi {
        Kpi::Members => members,
        Kpi::WeeklyActive => {
            let (a, m) = (actuals.at(Series::Active, t)? as f64, members?);
            (m > 0.0).then(|| a / m)
        }
        Kpi::Revenue => actuals
            .has(Series::Revenue)
            .then(|| (0..=t).map(|k| actuals.at(Series::Revenue, k).unwrap_or(0) as f64).sum()),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Calibration

/// Why a rate could not be estimated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoFit {
    /// The figures it needs are not there (the series named).
    Missing(Series),
    /// Fewer than seven days with those figures.
    TooFew { days: usize },
    /// The plan expects none of it over those days (nothing to compare with).
    NothingPlanned,
}

/// One assumption of the plan against what the figures say.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub param: Param,
    pub planned: Range,
    /// Low / likely / high from the figures (a 90 % interval around the
    /// estimate), in the parameter's own unit.
    pub fitted: Result<Range, NoFit>,
    /// Days the estimate rests on.
    pub days: usize,
    /// What was seen against what the plan's likely path expected over
    /// those days (joins, leavers, payers; for activity the mean shares).
    pub seen: f64,
    pub expected: f64,
}

/// Least days of figures an estimate needs.
pub const MIN_FIT_DAYS: usize = 7;

/// Estimates the plan's joins, churn, activity and conversion from the
/// figures, through the model itself (its likely path, every other
/// assumption as planned):
/// - joins: Poisson counts at a multiple of the joins the plan expects on
///   those days, with a Gamma posterior (a weak prior centred on the plan),
///   widened by the spread between 7-day blocks beyond Poisson (weekday
///   effects, campaign days); the inflow is the one that makes the model
///   give those joins (word of mouth included);
/// - leavers and payers: the same, against what the plan's daily rates
///   give on the *real* members of the day before (fewer members than
///   planned means fewer leavers, not lower churn); churn and conversion
///   scale their likely values by it;
/// - weekly activity: the organic base that makes the model's mean share
///   over those days equal the real one; the interval from the 7-day
///   blocks' spread.
pub fn calibrate(sim: &SimPlan, ctx: &Context, actuals: &Actuals, start: NaiveDate) -> Vec<Fit> {
    let days = horizon_days(sim, ctx);
    let boost = boosts(&sim.interventions, days);
    let inputs = inputs(ctx, &boost, days, 0);
    let path_with = |param: Option<(Param, f64)>| {
        let mut draw = likely_draw(&sim.params);
        match param {
            Some((Param::Inflow, v)) => draw.inflow = v / 1000.0,
            Some((Param::BaseActive, v)) => draw.base_active = v / 1000.0,
            _ => {}
        }
        let mut path = Vec::with_capacity(days);
        run(&inputs, &draw, &mut |_, d| path.push(*d));
        path
    };
    let path = path_with(None);
    let dated: Vec<(usize, usize, NaiveDate)> =
        dated(actuals, start).into_iter().filter(|d| d.0 < days).collect();
    let step = |path: &[qunce_sim::Day], day: usize, get: fn(&qunce_sim::Day) -> f64| {
        let now = path.get(day).map_or(0.0, get);
        let before = day.checked_sub(1).and_then(|d| path.get(d)).map_or(0.0, get);
        (now - before).max(0.0)
    };
    // The real members the day before `t` (the day's own if it is the first).
    let members_before = |t: usize| {
        t.checked_sub(1)
            .and_then(|k| actuals.at(Series::Members, k))
            .or_else(|| actuals.at(Series::Members, t))
    };
    let fit_of = |param: Param, series: Series, pairs: Vec<(usize, f64, f64)>, value: &dyn Fn(f64) -> f64| {
        let planned = sim.params.get(param);
        let seen: f64 = pairs.iter().map(|p| p.1).sum();
        let expected: f64 = pairs.iter().map(|p| p.2).sum();
        let fitted = if !actuals.has(series) {
            Err(NoFit::Missing(series))
        } else if pairs.len() < MIN_FIT_DAYS {
            Err(NoFit::TooFew { days: pairs.len() })
        } else if expected < 0.5 {
            Err(NoFit::NothingPlanned)
        } else {
            let (lo, mid, hi) = gamma_ratio(&pairs);
            Ok(range(param, value(lo), value(mid), value(hi)))
        };
        Fit { param, planned, fitted, days: pairs.len(), seen, expected }
    };
    // Joins: against the plan's joins of each day.
    let joins: Vec<(usize, f64, f64)> = dated
        .iter()
        .filter_map(|&(day, t, _)| {
            Some((day, actuals.at(Series::Joined, t)? as f64, step(&path, day, |d| d.joined)))
        })
        .collect();
    let join_days: Vec<usize> = joins.iter().map(|p| p.0).collect();
    let planned_joins: f64 = joins.iter().map(|p| p.2).sum();
    let inflow = |ratio: f64| {
        let goal = ratio * planned_joins;
        solve(
            Param::Inflow,
            |v| {
                // One run of the model per value tried.
                let path = path_with(Some((Param::Inflow, v)));
                join_days.iter().map(|d| step(&path, *d, |x| x.joined)).sum()
            },
            goal,
        )
    };
    let mut fits = vec![fit_of(Param::Inflow, Series::Joined, joins, &inflow)];
    // Leavers and payers: the plan's daily rate per member, on the real members.
    let rate_pairs = |series: Series, get: fn(&qunce_sim::Day) -> f64| -> Vec<(usize, f64, f64)> {
        dated
            .iter()
            .filter_map(|&(day, t, _)| {
                let seen = actuals.at(series, t)? as f64;
                let real = members_before(t)? as f64;
                let base = day.checked_sub(1).and_then(|k| path.get(k)).map_or(0.0, |d| d.members);
                let rate = if base > 0.0 { step(&path, day, get) / base } else { 0.0 };
                Some((day, seen, rate * real))
            })
            .collect()
    };
    let likely = |p: Param| f64::from(sim.params.get(p).sorted().likely.max(1));
    let churn = rate_pairs(Series::Left, |d| d.churned);
    fits.push(fit_of(Param::Churn, Series::Left, churn, &|r| likely(Param::Churn) * r));
    // Activity: the organic base that gives the real mean weekly share.
    let shares: Vec<(usize, f64, f64)> = dated
        .iter()
        .filter_map(|&(day, t, _)| {
            let a = actuals.at(Series::Active, t)? as f64;
            let m = actuals.at(Series::Members, t)? as f64;
            (m > 0.0).then(|| (day, (a / m).min(1.0), path.get(day).map_or(0.0, |d| d.weekly_active)))
        })
        .collect();
    let planned = sim.params.get(Param::BaseActive);
    let seen = mean(shares.iter().map(|p| p.1));
    let expected = mean(shares.iter().map(|p| p.2));
    let fitted = if !actuals.has(Series::Active) {
        Err(NoFit::Missing(if actuals.has(Series::Members) { Series::Active } else { Series::Members }))
    } else if shares.len() < MIN_FIT_DAYS {
        Err(NoFit::TooFew { days: shares.len() })
    } else {
        let weeks: Vec<f64> = blocks(&shares).into_iter().map(|(s, _)| s).collect();
        let spread = if weeks.len() > 1 {
            let m = mean(weeks.iter().copied());
            let var = weeks.iter().map(|b| (b - m).powi(2)).sum::<f64>() / (weeks.len() - 1) as f64;
            1.645 * (var / weeks.len() as f64).sqrt()
        } else {
            // One week: the binomial spread of a week's share among the members.
            let members =
                mean(dated.iter().filter_map(|d| actuals.at(Series::Members, d.1)).map(|m| m as f64));
            1.645 * (seen * (1.0 - seen) / members.max(1.0)).sqrt()
        };
        let share_days: Vec<usize> = shares.iter().map(|p| p.0).collect();
        let base = |goal: f64| {
            solve(
                Param::BaseActive,
                |v| {
                    let path = path_with(Some((Param::BaseActive, v)));
                    mean(share_days.iter().map(|d| path.get(*d).map_or(0.0, |x| x.weekly_active)))
                },
                goal.clamp(0.0, 1.0),
            )
        };
        Ok(range(Param::BaseActive, base(seen - spread), base(seen), base(seen + spread)))
    };
    fits.push(Fit { param: Param::BaseActive, planned, fitted, days: shares.len(), seen, expected });
    let paid = rate_pairs(Series::Paid, |d| d.paid);
    fits.push(fit_of(Param::Conversion, Series::Paid, paid, &|r| likely(Param::Conversion) * r));
    fits
}

/// The value of `param` (within its bounds) at which the increasing
/// `measure` reaches `goal`, by bisection.
fn solve(param: Param, measure: impl Fn(f64) -> f64, goal: f64) -> f64 {
    let (mut lo, mut hi) = (f64::from(param.min()), f64::from(param.max()));
    for _ in 0..30 {
        let mid = (lo + hi) / 2.0;
        if measure(mid) < goal {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}

fn mean(v: impl Iterator<Item = f64>) -> f64 {
    let (n, s) = v.fold((0usize, 0.0), |(n, s), x| (n + 1, s + x));
    if n == 0 {
        0.0
    } else {
        s / n as f64
    }
}

/// Sums (or for shares, means) of (seen, expected) over 7-day blocks of days.
fn blocks(pairs: &[(usize, f64, f64)]) -> Vec<(f64, f64)> {
    let mut out: BTreeMap<usize, (f64, f64, usize)> = BTreeMap::new();
    for &(day, s, e) in pairs {
        let b = out.entry(day / 7).or_default();
        *b = (b.0 + s, b.1 + e, b.2 + 1);
    }
    out.into_values().map(|(s, e, n)| (s / n as f64, e / n as f64)).collect()
}

/// The ratio of seen to expected counts: 5 %, mean and 95 % of its Gamma
/// posterior (prior Gamma(1, 1): a weak belief in the plan), the shape
/// and rate divided by the blocks' overdispersion when it exceeds 1.
fn gamma_ratio(pairs: &[(usize, f64, f64)]) -> (f64, f64, f64) {
    let seen: f64 = pairs.iter().map(|p| p.1).sum();
    let expected: f64 = pairs.iter().map(|p| p.2).sum();
    let (shape, rate) = (1.0 + seen, 1.0 + expected);
    let ratio = shape / rate;
    // Pearson's dispersion of the 7-day blocks (summed, not averaged).
    let mut sums: BTreeMap<usize, (f64, f64)> = BTreeMap::new();
    for &(day, s, e) in pairs {
        let b = sums.entry(day / 7).or_default();
        *b = (b.0 + s, b.1 + e);
    }
    let k = sums.len();
    let phi = if k > 1 {
        let chi: f64 =
            sums.values().filter(|(_, e)| *e > 0.0).map(|(s, e)| (s - ratio * e).powi(2) / (ratio * e)).sum();
        (chi / (k - 1) as f64).max(1.0)
    } else {
        1.0
    };
    let (shape, rate) = (shape / phi, rate / phi);
    (gamma_quantile(shape, rate, -1.645), ratio, gamma_quantile(shape, rate, 1.645))
}

/// The quantile of Gamma(shape, rate) at the standard normal's `z`
/// (Wilson–Hilferty's cube-root approximation, good from shape ≈ 1).
fn gamma_quantile(shape: f64, rate: f64, z: f64) -> f64 {
    let c = 1.0 / (9.0 * shape);
    let q = shape * (1.0 - c + z * c.sqrt()).max(0.0).powi(3) / rate;
    q.max(0.0)
}

/// A parameter's low / likely / high, rounded and within its bounds.
fn range(p: Param, low: f64, likely: f64, high: f64) -> Range {
    let f = |v: f64| {
        if v.is_finite() {
            v.round().clamp(f64::from(p.min()), f64::from(p.max())) as u32
        } else {
            p.min()
        }
    };
    Range { low: f(low), likely: f(likely), high: f(high) }.sorted()
}

/// The plan's assumptions with the fitted ranges put in (`None` if none was
/// fitted).
pub fn apply_fits(sim: &SimPlan, fits: &[Fit]) -> Option<SimPlan> {
    let mut out = sim.clone();
    let mut any = false;
    for f in fits {
        if let Ok(r) = f.fitted {
            out.params.set(f.param, r);
            any = true;
        }
    }
    any.then_some(out)
}
