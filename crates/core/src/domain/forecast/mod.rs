//! The recruitment forecast: daily joins per channel, costs, the day a
//! target is reached, the cheapest mix that reaches it, and comparisons.
//!
//! One unit (an event, a post, a campaign) brings `reach × join rate` people
//! over its life: its inflow rises linearly for `ramp` days, then halves every
//! `half-life` days. The k-th repeat of a channel brings `(1 − fatigue)^k` of
//! the first. A referral campaign lasting `d` days adds, each of those days,
//! `share × invites × invitee join rate / d` new people per member, so it
//! compounds while it runs. All of it is linear in the units' inflow, which
//! is what lets [`suggest`] value each unit separately.

use chrono::NaiveDate;

use super::channels::{date_at, day_index, Channel, ChannelPlan, Mode, Scope, MAX_PEOPLE};

/// Whether `value` meets `target`, allowing for rounding in long float sums.
pub fn meets(value: f64, target: f64) -> bool {
    value + 1e-7 * (1.0 + target) >= target
}

fn x10(v: u32) -> f64 {
    f64::from(v) / 10.0
}

/// A share from tenths of a percent, kept within 0..=1 whatever was stored.
fn pct(v_x10: u32) -> f64 {
    f64::from(v_x10.min(1000)) / 1000.0
}

/// A channel's numbers, ready for the forecast.
#[derive(Clone, Debug)]
struct Prepared {
    mode: Mode,
    /// Days (from the start) of the units inside the horizon, in order: the
    /// scheduled ones, then any added by [`candidate_dates`].
    days: Vec<usize>,
    /// How many of `days` are scheduled (the rest are candidates to add).
    scheduled: usize,
    /// Units scheduled before the start or after the horizon.
    outside: usize,
    /// Joins the first unit brings (reach × join rate).
    first: f64,
    /// Share of the previous unit's joins the next one brings.
    keep: f64,
    precision: f64,
    /// Share of a unit's joins on each day after its start (sums to ≤ 1).
    shape: Vec<f64>,
    cost: f64,
    hours: f64,
    /// Referral: new joins per member per campaign day, and per-tier rewards.
    per_day: f64,
    campaign_days: usize,
    /// Expected invitations per participant and the invitee join rate, for rewards.
    invites: f64,
    invite_join: f64,
    tiers: Vec<(f64, f64, Option<f64>)>,
    /// Who takes part in a referral campaign.
    scope: Scope,
}

/// Daily share of a unit's joins: a linear rise over `ramp` days, then a
/// decay with half-life `half_life`, normalised so the whole life sums to 1.
pub fn unit_shape(ramp: f64, half_life: f64, days: usize) -> Vec<f64> {
    let ramp = if ramp.is_finite() { ramp.max(0.0) } else { 0.0 };
    let half_life = if half_life.is_finite() { half_life.max(0.01) } else { 1.0 };
    let lambda = std::f64::consts::LN_2 / half_life;
    let a = 1.0 / (ramp / 2.0 + 1.0 / lambda);
    let cumulative = |t: f64| -> f64 {
        if t <= 0.0 {
            0.0
        } else if t < ramp {
            a * t * t / (2.0 * ramp)
        } else {
            a * ramp / 2.0 + (a / lambda) * (1.0 - (-lambda * (t - ramp)).exp())
        }
    };
    let mut out = Vec::with_capacity(days);
    let mut prev = 0.0;
    for d in 0..days {
        let next = cumulative(d as f64 + 1.0).min(1.0);
        out.push((next - prev).max(0.0));
        prev = next;
        // Past the peak, stop once what is left is negligible.
        if d as f64 > ramp && 1.0 - next < 1e-12 {
            break;
        }
    }
    out
}

/// Probability that a participant sends at least `n` invitations, with
/// invitations geometrically distributed around the mean `mean` (a few
/// people invite many, most invite few).
pub fn share_inviting_at_least(mean: f64, n: f64) -> f64 {
    if mean <= 0.0 || !mean.is_finite() {
        return 0.0;
    }
    (mean / (1.0 + mean)).powf(n.max(0.0))
}

fn prepare(
    c: &Channel,
    start: NaiveDate,
    horizon: usize,
    threshold: Option<(f64, f64)>,
    extend_to: Option<usize>,
) -> Prepared {
    let mut days = Vec::new();
    let mut outside = 0;
    for d in c.schedule.unit_dates() {
        match usize::try_from(day_index(start, d)) {
            Ok(i) if i < horizon => days.push(i),
            _ => outside += 1,
        }
    }
    let scheduled = days.len();
    if let Some(last) = extend_to {
        let until = date_at(start, last.min(horizon.saturating_sub(1)) as u32);
        for d in until.map(|u| candidate_dates(c, u)).unwrap_or_default() {
            if let Ok(i) = usize::try_from(day_index(start, d)) {
                if i < horizon && days.last().is_none_or(|l| i > *l) {
                    days.push(i);
                }
            }
        }
    }
    let (join_factor, precision_gain) = threshold.unwrap_or((1.0, 0.0));
    let base_precision = pct(c.precision_x10);
    let precision = base_precision + (1.0 - base_precision) * precision_gain;
    let r = &c.referral;
    let invites = x10(r.invites_x10.min(1000));
    let invite_join = pct(r.join_x10) * join_factor;
    let campaign_days = r.days.clamp(1, super::channels::MAX_CAMPAIGN_DAYS) as usize;
    Prepared {
        mode: c.mode,
        days,
        scheduled,
        outside,
        first: c.reach.min(MAX_PEOPLE) as f64 * pct(c.join_x10) * join_factor,
        keep: 1.0 - pct(c.fatigue_x10),
        precision,
        shape: if c.mode == Mode::Referral {
            Vec::new()
        } else {
            unit_shape(x10(c.ramp_x10), x10(c.half_life_x10), horizon)
        },
        cost: c.cost as f64,
        hours: x10(c.hours_x10),
        per_day: pct(r.share_x10) * invites * invite_join / campaign_days as f64,
        campaign_days,
        invites,
        invite_join,
        tiers: r.tiers.iter().map(|t| (f64::from(t.invites), t.cost as f64, t.cap.map(f64::from))).collect(),
        scope: r.scope,
    }
}

fn prepare_all(plan: &ChannelPlan, start: NaiveDate, threshold_on: bool) -> Vec<Prepared> {
    prepare_extended(plan, start, threshold_on, None)
}

/// As [`prepare_all`], with units added after each channel's last one, at
/// its own cadence, up to day `extend_to` (an index).
fn prepare_extended(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    extend_to: Option<usize>,
) -> Vec<Prepared> {
    let horizon = plan.horizon() as usize;
    let e = &plan.threshold;
    let threshold = threshold_on.then(|| (pct(e.join_x10), pct(e.precision_x10)));
    plan.channels.iter().map(|c| prepare(c, start, horizon, threshold, extend_to)).collect()
}

/// The dates of the units a channel could add after its last scheduled one,
/// up to `until`, keeping its own cadence: a weekly schedule goes on week
/// by week; dated events repeat at the gap between the last two (a week if
/// there is only one); a referral campaign never overlaps the one before.
/// Within the limits on dates and units.
pub fn candidate_dates(c: &Channel, until: NaiveDate) -> Vec<NaiveDate> {
    use super::channels::{Schedule, MAX_DATES, MAX_UNITS};
    match &c.schedule {
        Schedule::Weekly { per_week, from, to } => {
            if until <= *to {
                return Vec::new();
            }
            let longer = Schedule::Weekly { per_week: *per_week, from: *from, to: until };
            let have = c.schedule.unit_dates().len();
            longer.unit_dates().into_iter().skip(have).take(MAX_UNITS.saturating_sub(have)).collect()
        }
        Schedule::Dates { dates } => {
            let mut sorted = dates.clone();
            sorted.sort_unstable();
            let Some(&last) = sorted.last() else { return Vec::new() };
            let gap = match sorted.len() {
                n if n >= 2 => (last - sorted[n - 2]).num_days().max(1) as u64,
                _ => 7,
            };
            let gap = if c.mode == Mode::Referral {
                gap.max(u64::from(c.referral.days.clamp(1, super::channels::MAX_CAMPAIGN_DAYS)))
            } else {
                gap
            };
            let room = MAX_DATES.saturating_sub(dates.len());
            let mut out = Vec::new();
            let mut d = last;
            while out.len() < room {
                match d.checked_add_days(chrono::Days::new(gap)) {
                    Some(next) if next <= until => {
                        out.push(next);
                        d = next;
                    }
                    _ => break,
                }
            }
            out
        }
    }
}

/// Changes channel `i`'s schedule so it runs exactly its first `n` units
/// (in the horizon from `start`): cuts later ones, or adds units at the
/// channel's cadence ([`candidate_dates`]) up to `until` (an index).
pub fn set_units(plan: &mut ChannelPlan, i: usize, n: usize, start: NaiveDate, until: usize) {
    use super::channels::Schedule;
    let horizon = plan.horizon() as usize;
    let Some(c) = plan.channels.get_mut(i) else { return };
    let in_horizon = |d: &NaiveDate| usize::try_from(day_index(start, *d)).is_ok_and(|x| x < horizon);
    let have: Vec<NaiveDate> = c.schedule.unit_dates().into_iter().filter(in_horizon).collect();
    if n <= have.len() {
        let last = n.checked_sub(1).map(|k| have[k]);
        c.schedule.keep_until(last);
        return;
    }
    let Some(until) = date_at(start, until.min(horizon.saturating_sub(1)) as u32) else { return };
    let more: Vec<NaiveDate> = candidate_dates(c, until).into_iter().take(n - have.len()).collect();
    let Some(&last) = more.last() else { return };
    match &mut c.schedule {
        Schedule::Weekly { to, .. } => *to = last,
        Schedule::Dates { dates } => dates.extend(more),
    }
}

/// One channel's part of a forecast.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelResult {
    /// Joins per day.
    pub daily: Vec<f64>,
    pub precise_daily: Vec<f64>,
    /// Days (from the start) of the units counted.
    pub unit_days: Vec<usize>,
    /// Scheduled units outside the horizon (not counted).
    pub outside: usize,
    /// Money: units plus rewards, in yuan.
    pub money: f64,
    pub rewards: f64,
    pub hours: f64,
}

impl ChannelResult {
    /// Joins up to and including day `day`.
    pub fn joins_until(&self, day: usize) -> f64 {
        self.daily.iter().take(day + 1).sum()
    }

    pub fn precise_until(&self, day: usize) -> f64 {
        self.precise_daily.iter().take(day + 1).sum()
    }
}

/// A day-by-day forecast of a channel plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Forecast {
    pub start: NaiveDate,
    pub days: usize,
    pub channels: Vec<ChannelResult>,
    /// Members (cumulative joins) at the end of each day.
    pub members: Vec<f64>,
    pub precise: Vec<f64>,
    pub money: f64,
    pub hours: f64,
    /// Index of the deadline day, within the horizon.
    pub deadline: usize,
    /// First day the member target is met, and the precise-member target.
    pub reached: Option<usize>,
    pub reached_precise: Option<usize>,
}

impl Forecast {
    /// Members (or precise members) at the end of `day`.
    pub fn at(&self, day: usize, precise: bool) -> f64 {
        let series = if precise { &self.precise } else { &self.members };
        series.get(day).or(series.last()).copied().unwrap_or(0.0)
    }

    pub fn last_day(&self) -> usize {
        self.days.saturating_sub(1)
    }
}

/// The deadline's day index, kept within the horizon.
pub fn deadline_day(plan: &ChannelPlan, start: NaiveDate) -> usize {
    let last = plan.horizon() as usize - 1;
    plan.target.deadline.map(|d| day_index(start, d).clamp(0, last as i64) as usize).unwrap_or(last)
}

/// Forecasts the plan from `start`. `mix`, if given, keeps only the first
/// `mix[i]` units inside the horizon of channel `i`. `threshold_on` applies
/// the canvas threshold's effect.
pub fn forecast(plan: &ChannelPlan, start: NaiveDate, threshold_on: bool, mix: Option<&[usize]>) -> Forecast {
    let prepared = prepare_all(plan, start, threshold_on);
    run(plan, start, &prepared, mix)
}

/// Forecasts a mix that may add units at each channel's cadence up to day
/// `until` (an index), as the optimiser's [`Suggestion::Mix`] gives it.
pub fn forecast_mix(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    mix: &[usize],
    until: usize,
) -> Forecast {
    let prepared = prepare_extended(plan, start, threshold_on, Some(until));
    run(plan, start, &prepared, Some(mix))
}

fn run(plan: &ChannelPlan, start: NaiveDate, prepared: &[Prepared], mix: Option<&[usize]>) -> Forecast {
    let horizon = plan.horizon() as usize;
    let mut channels: Vec<ChannelResult> = Vec::with_capacity(prepared.len());
    // Referral campaigns: (channel, first day, last day + 1, joins per member per day).
    let mut campaigns: Vec<(usize, usize, usize, f64)> = Vec::new();
    for (i, p) in prepared.iter().enumerate() {
        let n = mix.and_then(|m| m.get(i).copied()).unwrap_or(usize::MAX).min(p.days.len());
        let unit_days = p.days[..n].to_vec();
        let mut daily = vec![0.0; horizon];
        let mut precise_daily = vec![0.0; horizon];
        let mut size = 1.0;
        for &s in &unit_days {
            if p.mode == Mode::Referral {
                campaigns.push((i, s, (s + p.campaign_days).min(horizon), p.per_day * size));
            } else {
                let joins = p.first * size;
                for (d, share) in p.shape.iter().take(horizon - s).enumerate() {
                    daily[s + d] += joins * share;
                }
            }
            size *= p.keep;
        }
        if p.mode != Mode::Referral {
            for (pd, d) in precise_daily.iter_mut().zip(&daily) {
                *pd = d * p.precision;
            }
        }
        channels.push(ChannelResult {
            daily,
            precise_daily,
            outside: p.outside,
            money: p.cost * n as f64,
            rewards: 0.0,
            hours: p.hours * n as f64,
            unit_days,
        });
    }

    // Day by day: referral joins depend on the members already in (all of
    // them, one group's, or one channel's, by the campaign's scope).
    let mut members = Vec::with_capacity(horizon);
    let mut precise = Vec::with_capacity(horizon);
    let mut campaign_joins = vec![0.0; campaigns.len()];
    // A group-scoped campaign's members at its start.
    let mut base: Vec<Option<f64>> = vec![None; campaigns.len()];
    // Each channel's joins up to the previous day.
    let mut so_far = vec![0.0; channels.len()];
    let (mut m, mut pm) = (0.0_f64, 0.0_f64);
    for t in 0..horizon {
        let pool = m;
        for (c, ch) in so_far.iter_mut().zip(&channels) {
            if t > 0 {
                *c += ch.daily[t - 1];
            }
        }
        for ch in &channels {
            m += ch.daily[t];
            pm += ch.precise_daily[t];
        }
        for (k, &(i, from, to, rate)) in campaigns.iter().enumerate() {
            if t < from || t >= to {
                continue;
            }
            let pool = match prepared[i].scope {
                Scope::All => pool,
                Scope::Group { members } => {
                    let start = *base[k].get_or_insert((pool).min(members as f64));
                    start + campaign_joins[k]
                }
                Scope::Tier { share_x10 } => pool * pct(share_x10),
                Scope::Channel { index } => {
                    let other = if index as usize == i {
                        0.0
                    } else {
                        so_far.get(index as usize).copied().unwrap_or(0.0)
                    };
                    other + campaign_joins[k]
                }
            };
            let joins = (rate * pool).min((MAX_PEOPLE as f64 - m).max(0.0));
            campaign_joins[k] += joins;
            let ch = &mut channels[i];
            ch.daily[t] += joins;
            ch.precise_daily[t] += joins * prepared[i].precision;
            m += joins;
            pm += joins * prepared[i].precision;
        }
        members.push(m);
        precise.push(pm);
    }
    for (k, &(i, ..)) in campaigns.iter().enumerate() {
        let p = &prepared[i];
        let rewards = campaign_rewards(p, campaign_joins[k]);
        channels[i].rewards += rewards;
        channels[i].money += rewards;
    }

    let target = plan.target.members as f64;
    let first_meeting = |series: &[f64]| {
        if plan.target.members == 0 {
            return None;
        }
        series.iter().position(|v| meets(*v, target))
    };
    Forecast {
        start,
        days: horizon,
        money: channels.iter().map(|c| c.money).sum(),
        hours: channels.iter().map(|c| c.hours).sum(),
        deadline: deadline_day(plan, start),
        reached: first_meeting(&members),
        reached_precise: first_meeting(&precise),
        channels,
        members,
        precise,
    }
}

/// Rewards paid for one campaign that brought `joins` people.
fn campaign_rewards(p: &Prepared, joins: f64) -> f64 {
    let per_participant = p.invites * p.invite_join;
    if per_participant <= 0.0 || per_participant.is_nan() {
        return 0.0;
    }
    let participants = joins / per_participant;
    p.tiers
        .iter()
        .map(|&(n, cost, cap)| {
            let winners = participants * share_inviting_at_least(p.invites, n);
            cap.map_or(winners, |c| winners.min(c)) * cost
        })
        .sum()
}

/// Rewards per referral join, ignoring caps (an upper bound).
fn rewards_per_join(p: &Prepared) -> f64 {
    let per_participant = p.invites * p.invite_join;
    if per_participant <= 0.0 || per_participant.is_nan() {
        return 0.0;
    }
    p.tiers.iter().map(|&(n, cost, _)| share_inviting_at_least(p.invites, n) * cost).sum::<f64>()
        / per_participant
}

mod compare;
mod optimise;
mod warnings;

pub use compare::{compare, spend_on, Compared, Strategy};
pub use optimise::{suggest, suggest_for, Binding, Suggestion, NODE_LIMIT};
pub use warnings::{warnings, ChannelWarning};
