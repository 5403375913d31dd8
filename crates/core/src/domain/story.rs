//! One plan, one story: the figures every step, export and shared summary
//! shows for the plan's members target, computed in one place.
//!
//! The recruitment step forecasts **joins** (people who come in through the
//! channels); the simulator turns them into **members present** (joins, as
//! the simulator's inflow assumption scales them, plus word of mouth, minus
//! leavers), over many runs. The plan's target is about members present, so
//! its verdict, the tier design's headcount and the KPI step's first target
//! all read the simulator's median — the same seeded runs on every screen.

use chrono::NaiveDate;

use super::forecast::{deadline_day, forecast, Forecast, Suggestion};
use super::simulate::{self, plan_target, Context, Kpi, KpiTarget, Outcome, SimPlan};
use super::tiers::TierPlan;
use super::Plan;

/// The plan's figures for its members target.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub start: NaiveDate,
    /// The channels' joins as scheduled, over the recruitment horizon.
    pub joins: Forecast,
    /// The plan's members target on the simulator's day scale, if set.
    pub target: Option<KpiTarget>,
    /// Index of the deadline day (the recruitment horizon's last without one).
    pub deadline: usize,
    /// The simulator's runs over the longer of the two horizons; its
    /// `chances[0]` is the plan target's when there is one.
    pub outcome: Outcome,
    /// What the other steps gave those runs (kept so candidate mixes are
    /// simulated without working it out again).
    pub ctx: Context,
}

/// Whether a median path meets the target on its day, and when it first does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    /// Members (or precise members) present on the deadline, median of the runs.
    pub present: f64,
    /// Joins through the channels by the deadline.
    pub joins: f64,
    pub target: f64,
    pub met: bool,
    /// First day (index) the median reaches the target.
    pub reached: Option<usize>,
    /// The share of runs that meet the target by its day.
    pub chance: f64,
}

/// The plan as the story sees it: without its name and times, which change
/// none of its figures (a key for caching them).
pub fn model_of(plan: &Plan) -> Plan {
    Plan { name: String::new(), created_ms: 0, updated_ms: 0, trashed_ms: None, ..plan.clone() }
}

/// The simulator's settings the story runs with: the plan's own, over a
/// horizon that covers the recruitment horizon too.
pub fn story_settings(plan: &Plan) -> SimPlan {
    let days = plan.simulation.horizon().max(plan.channels.horizon());
    SimPlan { horizon_days: days, scenarios: Vec::new(), ..plan.simulation.clone() }
}

/// The context the story's runs use (what the other steps give the simulator).
pub fn story_context(plan: &Plan, today: NaiveDate) -> Context {
    simulate::context_of(&plan.positioning, &plan.channels, &plan.tiers, &story_settings(plan), today)
}

/// Computes the plan's story: the joins forecast and the simulator's runs.
pub fn story(plan: &Plan, today: NaiveDate) -> Story {
    story_runs(plan, today, plan.simulation.run_count() as usize)
}

/// [`story`] with a given number of runs (fewer for a board of many plans).
pub fn story_runs(plan: &Plan, today: NaiveDate, runs: usize) -> Story {
    let ch = &plan.channels;
    let start = ch.start.unwrap_or(today);
    let joins = forecast(ch, start, plan.positioning.threshold_complete(), None);
    let ctx = story_context(plan, today);
    let outcome = simulate::simulate_runs(&story_settings(plan), &ctx, runs.max(1));
    Story { start, joins, target: plan_target(ch, today), deadline: deadline_day(ch, start), outcome, ctx }
}

impl Story {
    /// Members present at the end of day `day` (index), median of the runs:
    /// all members, or the precise ones on the median run.
    pub fn present(&self, day: usize, precise: bool) -> f64 {
        let o = &self.outcome;
        let last = o.days.saturating_sub(1);
        let day = day.min(last);
        if precise {
            o.median.get(day).map_or(0.0, |d| d.precise)
        } else {
            o.members.p50.get(day).copied().unwrap_or(0.0)
        }
    }

    /// The last day the recruitment step shows (its horizon's last).
    pub fn end(&self) -> usize {
        self.joins.last_day()
    }

    /// The last day (index) of the KPI step's own horizon (`sim`'s, or the
    /// target's day if later).
    pub fn sim_end(&self, sim: &SimPlan) -> usize {
        let days = (sim.horizon() as usize).max(self.target.as_ref().map_or(0, |t| t.day as usize));
        days.min(self.outcome.days).saturating_sub(1)
    }

    /// The KPI step's targets: the plan's members target first.
    pub fn all_targets(&self, sim: &SimPlan) -> Vec<KpiTarget> {
        self.target.iter().cloned().chain(sim.targets.iter().cloned()).collect()
    }

    /// The day (index) whose members present size the tiers: the tier
    /// design's own day, else the target's, else the recruitment horizon's last.
    pub fn headcount_day(&self, tiers: &TierPlan) -> usize {
        let last = self.outcome.days.saturating_sub(1);
        match (tiers.size_day, &self.target) {
            (Some(d), _) => (d.max(1) as usize - 1).min(last),
            (None, Some(t)) => (t.day.max(1) as usize - 1).min(last),
            (None, None) => self.end().min(last),
        }
    }

    /// The tiers' headcount: (day index, members present, median of the runs).
    pub fn headcount(&self, tiers: &TierPlan) -> (usize, f64) {
        let day = self.headcount_day(tiers);
        (day, self.present(day, false))
    }

    /// For each tier level, the first day (index) the median run has at
    /// least one member in it under the promotion rules (`None`: not
    /// within the simulated days).
    pub fn first_at_level(&self, tiers: &TierPlan) -> Vec<Option<usize>> {
        let by = simulate::by_level(&self.outcome.median, tiers);
        (0..tiers.levels.len())
            .map(|i| by.iter().position(|day| day.get(i).copied().unwrap_or(0.0) >= 0.5))
            .collect()
    }

    /// The verdict on the plan's target; `None` without one.
    pub fn verdict(&self) -> Option<Verdict> {
        let t = self.target.as_ref()?;
        let precise = t.kpi == Kpi::PreciseMembers;
        let goal = t.value as f64;
        let present = self.present(self.deadline, precise);
        let reached = (0..self.outcome.days).find(|d| self.present(*d, precise) + 1e-9 >= goal);
        Some(Verdict {
            present,
            joins: self.joins.at(self.deadline, precise),
            target: goal,
            met: present + 1e-9 >= goal,
            reached,
            chance: self.outcome.chances.first().copied().unwrap_or(0.0),
        })
    }
}

/// Members present on the days `days` (indices) when the plan's channels
/// bring `joins` instead of their own forecast — the same model and runs,
/// for the optimiser's candidates. Returns (all, precise) medians per day,
/// from one set of runs.
pub fn present_with(plan: &Plan, story: &Story, joins: &Forecast, days: &[usize]) -> Vec<(f64, f64)> {
    present_runs(plan, story, joins, days, plan.simulation.run_count() as usize)
}

/// [`present_with`] with `runs` runs (the first `runs` of the plan's seeded
/// draws), or with `0` the likely path (every assumption at its likely value).
fn present_runs(
    plan: &Plan,
    story: &Story,
    joins: &Forecast,
    days: &[usize],
    runs: usize,
) -> Vec<(f64, f64)> {
    let mut ctx = story.ctx.clone();
    let len = ctx.inflow.len();
    let series = |get: fn(&super::forecast::ChannelResult) -> &Vec<f64>| -> Vec<f64> {
        (0..len).map(|t| joins.channels.iter().map(|c| get(c).get(t).copied().unwrap_or(0.0)).sum()).collect()
    };
    if plan.simulation.typed_inflow.is_none() {
        ctx.inflow = series(|c| &c.daily);
        ctx.precise = series(|c| &c.precise_daily);
    }
    let sim = SimPlan { targets: Vec::new(), ..story_settings(plan) };
    ctx.target = None;
    if runs == 0 {
        let path = simulate::likely_path(&sim, &ctx);
        let last = path.len().saturating_sub(1);
        return days
            .iter()
            .map(|day| path.get((*day).min(last)).map_or((0.0, 0.0), |d| (d.members, d.precise)))
            .collect();
    }
    let o = simulate::simulate_runs(&sim, &ctx, runs);
    days.iter()
        .map(|day| {
            let d = (*day).min(o.days.saturating_sub(1));
            (o.members.p50.get(d).copied().unwrap_or(0.0), o.median.get(d).map_or(0.0, |x| x.precise))
        })
        .collect()
}

/// The optimiser's answer for the whole plan: the mix (at the joins level)
/// and members present at the deadline and at the end of the recruitment
/// horizon, for the plan as scheduled and for the mix — the same runs the
/// verdict uses, so applying the mix shows the same figures.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanMix {
    pub suggestion: Suggestion,
    /// (at the deadline, at the end): the plan as scheduled.
    pub planned: (f64, f64),
    /// The same for the mix, when there is one.
    pub mixed: Option<(f64, f64)>,
    /// For a target the channels cannot reach: about how many members
    /// present the most the limits allow would give.
    pub best_present: Option<f64>,
    /// When the mix cuts units that cost no money: how many, and how many
    /// more members present by the end keeping them would give (all else as
    /// the mix; both sides on the likely path).
    pub free_cut: Option<(usize, f64)>,
}

/// Rounds of "find the mix, simulate it, ask for more joins if leavers
/// leave it short" before settling.
const GROSS_UP_ROUNDS: usize = 6;
/// How candidates are judged while searching: `0` is the likely path (one
/// run with every assumption at its likely value, a hundred times cheaper
/// than the runs); the answer is checked with the plan's own runs (so
/// applying it shows the same figures), and if the runs' median falls short
/// of the likely path, the search asks for that much more.
const SEARCH_RUNS: usize = 0;

/// Runs the optimiser for the plan's target in members present: the
/// least-money objective asks the channels for enough joins that, after
/// leavers, the simulator's median meets the target by the deadline.
pub fn suggest_plan(plan: &Plan, story: &Story) -> PlanMix {
    use super::channels::Objective;
    use super::forecast::suggest_for;
    let ch = &plan.channels;
    let on = plan.positioning.threshold_complete();
    let precise = ch.target.precise;
    let (dl, end) = (story.deadline, story.end());
    let pick = |(all, p): (f64, f64)| if precise { p } else { all };
    let planned = (story.present(dl, precise), story.present(end, false));
    let full = plan.simulation.run_count() as usize;
    let present_of = |f: &Forecast, runs: usize| {
        let both = present_runs(plan, story, f, &[dl, end], runs);
        (pick(both[0]), both[1].0)
    };
    let goal = ch.target.members as f64;
    // Start from the joins per member present of the plan as scheduled
    // (leavers and word of mouth), so the first round is already close.
    let ratio = match (story.joins.at(dl, precise), planned.0) {
        (j, p) if j > 0.0 && p > 0.0 => (j / p).clamp(0.5, 4.0),
        _ => 1.0,
    };
    let mut need = goal * ratio;
    // The last candidate, its figures, and whether they are from the full runs.
    let mut last: Option<(Suggestion, (f64, f64), bool)> = None;
    // Quick runs steer the search; a candidate that looks enough on them is
    // checked on the full runs. If that check falls short, the quick runs
    // are asked for that much more from then on (`margin`).
    let quick = SEARCH_RUNS;
    // The runs' median sits a little under the likely path (skewed
    // assumptions): ask the likely path for 1 % more from the start, so the
    // full check usually passes the first time.
    let mut margin = 1.01_f64;
    let mut full_checks = 0;
    // The last candidate's members present by the end on the quick runs.
    let mut quick_end = None;
    for _ in 0..GROSS_UP_ROUNDS {
        let s = suggest_for(ch, story.start, on, ch.objective, need);
        let Suggestion::Mix { forecast, objective, .. } = &s else {
            let best_present = match &s {
                Suggestion::Short { best, .. } => {
                    let joins = story.joins.at(dl, precise);
                    let ratio = if joins > 0.0 { (planned.0 / joins).min(1.5) } else { 1.0 };
                    Some(best * ratio)
                }
                _ => None,
            };
            return PlanMix { suggestion: s, planned, mixed: None, best_present, free_cut: None };
        };
        if *objective == Objective::MostMembers {
            quick_end = None;
            let present = present_of(forecast, full);
            last = Some((s, present, true));
            break;
        }
        let q = present_of(forecast, quick);
        quick_end = Some(q.1);
        if q.0 + 1e-9 < goal * margin && quick < full {
            // Ask for as many more joins as leavers took, and a little over
            // (0.5 %) so the next round lands on the right side.
            let more = if q.0 > 0.0 { need * goal * margin / q.0 * 1.005 } else { need * 2.0 };
            last = Some((s, q, false));
            need = more.max(need + 1.0);
            continue;
        }
        let f = if quick < full { present_of(forecast, full) } else { q };
        full_checks += 1;
        let met = f.0 + 1e-9 >= goal;
        let more = if f.0 > 0.0 { need * goal / f.0 * 1.005 } else { need * 2.0 };
        if f.0 > 0.0 {
            margin = margin.max(q.0 / f.0 * 1.005);
        }
        last = Some((s, f, true));
        if met || full_checks >= 2 {
            break;
        }
        need = more.max(need + 1.0);
    }
    // The figures shown are always the full runs'.
    if let Some((Suggestion::Mix { forecast, .. }, present, false)) = last.as_mut() {
        *present = present_of(forecast, full);
    }
    let last = last.map(|(s, p, _)| (s, p));
    let (suggestion, present) = last.expect("at least one round");
    let free_cut = match &suggestion {
        Suggestion::Mix { mix, scheduled, until, forecast, .. } => {
            // Channels whose units cost nothing (referral rewards do cost).
            let free = |i: usize| {
                ch.channels.get(i).is_some_and(|c| c.cost == 0 && c.mode != super::channels::Mode::Referral)
            };
            let cut: usize =
                (0..mix.len()).filter(|i| free(*i)).map(|i| scheduled[i].saturating_sub(mix[i])).sum();
            (cut > 0).then(|| {
                let kept: Vec<usize> =
                    (0..mix.len()).map(|i| if free(i) { mix[i].max(scheduled[i]) } else { mix[i] }).collect();
                let f = super::forecast::forecast_mix(ch, story.start, on, &kept, *until);
                let with = present_runs(plan, story, &f, &[end], quick)[0].0;
                let without =
                    quick_end.unwrap_or_else(|| present_runs(plan, story, forecast, &[end], quick)[0].0);
                (cut, (with - without).max(0.0))
            })
        }
        _ => None,
    };
    PlanMix { suggestion, planned, mixed: Some(present), best_present: None, free_cut }
}

/// The next campaign, seeded by this one's groups (article 002: the groups
/// a campaign leaves behind, kept alive by their leaders, are the seed-user
/// channel of the next one). A copy of `plan` that starts the day after its
/// recruitment horizon ends, with every channel's units moved by as many
/// days, the target's deadline as far from the new start, and a first
/// channel "groups left from the last campaign": as many people as the
/// simulator's median of members present at the end, of whom the share
/// active in the last week take part, as precise as they were.
pub fn next_campaign(
    plan: &Plan,
    story: &Story,
    id: super::PlanId,
    name: &str,
    seed_name: &str,
    now_ms: i64,
) -> Plan {
    use super::channels::{Channel, Mode, Schedule, MAX_CHANNELS};
    let mut next = plan.duplicate(id, name, now_ms);
    let ch = &mut next.channels;
    let days = u64::from(ch.horizon());
    let start = story.start.checked_add_days(chrono::Days::new(days)).unwrap_or(story.start);
    ch.start = Some(start);
    ch.target.deadline = ch.target.deadline.and_then(|d| d.checked_add_days(chrono::Days::new(days)));
    for c in &mut ch.channels {
        c.schedule = c.schedule.shifted(days);
    }
    let end = story.end();
    let o = &story.outcome;
    let present = story.present(end, false).max(0.0);
    let active = o.active.p50.get(end.min(o.days.saturating_sub(1))).copied().unwrap_or(0.0);
    let precise = if present > 0.0 { (story.present(end, true) / present).clamp(0.0, 1.0) } else { 0.6 };
    let seed = Channel {
        reach: present.round() as u64,
        join_x10: ((active * 1000.0).round() as u32).clamp(1, 1000),
        precision_x10: (precise * 1000.0).round() as u32,
        cost: 0,
        // Briefing the leaders in the HQ group, and their relaying.
        hours_x10: 20,
        schedule: Schedule::Dates { dates: vec![start] },
        ..Channel::preset(Mode::Seed, seed_name.to_owned(), start)
    };
    if ch.channels.len() >= MAX_CHANNELS {
        ch.channels.pop();
    }
    ch.channels.insert(0, seed);
    // A campaign scoped to a channel keeps pointing at the same one.
    for c in ch.channels.iter_mut().skip(1) {
        if let super::channels::Scope::Channel { index } = &mut c.referral.scope {
            *index += 1;
        }
    }
    next.tiers.groups.members = None;
    next
}
