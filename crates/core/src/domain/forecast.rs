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

use super::channels::{day_index, Channel, ChannelPlan, Mode, MAX_PEOPLE};

/// Most branch-and-bound nodes the optimiser visits before it settles for
/// the best mix found so far.
pub const NODE_LIMIT: usize = 200_000;
/// Most combinations of referral-campaign counts the optimiser tries.
const MAX_REFERRAL_COMBOS: usize = 32;

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
    /// Days (from the start) of the units inside the horizon, in order.
    days: Vec<usize>,
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

fn prepare(c: &Channel, start: NaiveDate, horizon: usize, threshold: Option<(f64, f64)>) -> Prepared {
    let mut days = Vec::new();
    let mut outside = 0;
    for d in c.schedule.unit_dates() {
        match usize::try_from(day_index(start, d)) {
            Ok(i) if i < horizon => days.push(i),
            _ => outside += 1,
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
    }
}

fn prepare_all(plan: &ChannelPlan, start: NaiveDate, threshold_on: bool) -> Vec<Prepared> {
    let horizon = plan.horizon() as usize;
    let e = &plan.threshold;
    let threshold = threshold_on.then(|| (pct(e.join_x10), pct(e.precision_x10)));
    plan.channels.iter().map(|c| prepare(c, start, horizon, threshold)).collect()
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

    // Day by day: referral joins depend on the members already in.
    let mut members = Vec::with_capacity(horizon);
    let mut precise = Vec::with_capacity(horizon);
    let mut campaign_joins = vec![0.0; campaigns.len()];
    let (mut m, mut pm) = (0.0_f64, 0.0_f64);
    for t in 0..horizon {
        let pool = m;
        for ch in &channels {
            m += ch.daily[t];
            pm += ch.precise_daily[t];
        }
        for (k, &(i, from, to, rate)) in campaigns.iter().enumerate() {
            if t < from || t >= to {
                continue;
            }
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

/// Why a target cannot be met.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Binding {
    /// Even every scheduled unit before the deadline is not enough.
    pub schedule: bool,
    pub budget: bool,
    pub hours: bool,
}

/// The optimiser's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Suggestion {
    /// No target set, or no channels.
    NoTarget,
    /// The cheapest mix found: units per channel and its forecast. `proven`
    /// is false if the search stopped at [`NODE_LIMIT`] before proving it.
    Mix { mix: Vec<usize>, forecast: Box<Forecast>, proven: bool },
    /// No mix reaches the target. `best` is about the most the constraints
    /// allow; `needs_budget`/`needs_hours` what would be enough if only that
    /// limit were raised.
    Short { best: f64, binding: Binding, needs_budget: Option<f64>, needs_hours: Option<f64> },
}

/// One channel's units as the optimiser sees them: cumulative value, money
/// and hours of the first `n` units.
#[derive(Clone, Debug)]
struct Item {
    channel: usize,
    value: Vec<f64>,
    money: Vec<f64>,
    hours: Vec<f64>,
}

/// Per-day weights for one setting of referral campaigns: what one member
/// present at the end of day `t` becomes by the deadline (itself and the
/// people it brings through campaigns), how many of those are precise, and
/// the rewards they cost.
struct Weights {
    total: Vec<f64>,
    precise_extra: Vec<f64>,
    rewards: Vec<f64>,
}

fn weights(prepared: &[Prepared], counts: &[usize], deadline: usize, horizon: usize) -> Weights {
    // Per day: Σ rate, Σ rate × precision, Σ rate × rewards per join.
    let mut k = vec![(0.0, 0.0, 0.0); horizon + 1];
    for (i, p) in prepared.iter().enumerate() {
        if p.mode != Mode::Referral {
            continue;
        }
        let rpj = rewards_per_join(p);
        let mut size = 1.0;
        for &s in p.days.iter().take(counts[i]) {
            let rate = p.per_day * size;
            for slot in k.iter_mut().take((s + p.campaign_days).min(horizon)).skip(s) {
                slot.0 += rate;
                slot.1 += rate * p.precision;
                slot.2 += rate * rpj;
            }
            size *= p.keep;
        }
    }
    let mut total = vec![0.0; horizon];
    let mut precise_extra = vec![0.0; horizon];
    let mut rewards = vec![0.0; horizon];
    let (mut a, mut pe, mut r) = (1.0_f64, 0.0_f64, 0.0_f64);
    for t in (0..horizon).rev() {
        let (kt, kp, kr) = k[t + 1];
        if t < deadline {
            a *= 1.0 + kt;
            pe = pe * (1.0 + kt) + kp;
        }
        if t + 1 < horizon {
            r = r * (1.0 + kt) + kr;
        }
        if t <= deadline {
            total[t] = a.min(MAX_PEOPLE as f64);
            precise_extra[t] = pe.min(MAX_PEOPLE as f64);
        }
        rewards[t] = r.min(MAX_PEOPLE as f64 * 1e6);
    }
    Weights { total, precise_extra, rewards }
}

/// The value, money and hours of each non-referral channel's units up to the deadline.
fn items(prepared: &[Prepared], w: &Weights, deadline: usize, precise: bool) -> Vec<Item> {
    let mut out = Vec::new();
    for (i, p) in prepared.iter().enumerate() {
        if p.mode == Mode::Referral {
            continue;
        }
        let n = p.days.iter().take_while(|d| **d <= deadline).count();
        let mut item = Item {
            channel: i,
            value: Vec::with_capacity(n + 1),
            money: Vec::with_capacity(n + 1),
            hours: Vec::with_capacity(n + 1),
        };
        let (mut v, mut m, mut h) = (0.0, 0.0, 0.0);
        item.value.push(v);
        item.money.push(m);
        item.hours.push(h);
        let mut size = p.first;
        for &s in &p.days[..n] {
            let (mut uv, mut ur) = (0.0, 0.0);
            for (d, share) in p.shape.iter().enumerate().take(w.total.len() - s) {
                let t = s + d;
                let j = size * share;
                if t <= deadline {
                    uv += if precise { j * (p.precision + w.precise_extra[t]) } else { j * w.total[t] };
                }
                ur += j * w.rewards[t];
            }
            v += uv;
            m += p.cost + ur;
            h += p.hours;
            item.value.push(v);
            item.money.push(m);
            item.hours.push(h);
            size *= p.keep;
        }
        out.push(item);
    }
    out
}

struct Search<'a> {
    items: &'a [Item],
    need: f64,
    budget: f64,
    hours: f64,
    suffix_value: Vec<f64>,
    ratio_money: Vec<f64>,
    ratio_hours: Vec<f64>,
    choice: Vec<usize>,
    best: Option<(f64, f64, Vec<usize>)>,
    nodes: usize,
    stopped: bool,
}

impl Search<'_> {
    fn better(&self, money: f64, hours: f64) -> bool {
        match &self.best {
            None => true,
            Some((bm, bh, _)) => money < bm - 1e-9 || (money <= bm + 1e-9 && hours < bh - 1e-9),
        }
    }

    fn dfs(&mut self, i: usize, value: f64, money: f64, hours: f64) {
        self.nodes += 1;
        if self.nodes > NODE_LIMIT {
            self.stopped = true;
            return;
        }
        if meets(value, self.need) {
            if self.better(money, hours) {
                self.best = Some((money, hours, self.choice.clone()));
            }
            return;
        }
        if i == self.items.len() || !meets(value + self.suffix_value[i], self.need) {
            return;
        }
        let missing = self.need - value;
        let (lb_money, lb_hours) =
            (money + missing * self.ratio_money[i], hours + missing * self.ratio_hours[i]);
        if lb_money > self.budget + 1e-9 || lb_hours > self.hours + 1e-9 || !self.better(lb_money, lb_hours) {
            return;
        }
        let item = &self.items[i];
        for n in 0..item.value.len() {
            let (m, h) = (money + item.money[n], hours + item.hours[n]);
            if m > self.budget + 1e-9 || h > self.hours + 1e-9 {
                break;
            }
            self.choice[i] = n;
            let v = value + item.value[n];
            self.dfs(i + 1, v, m, h);
            if self.stopped || meets(v, self.need) {
                break;
            }
        }
        self.choice[i] = 0;
    }
}

/// Cheapest (money, then hours) choice of how many units of each item to
/// keep so the value reaches `need` within `budget` and `hours`: a
/// depth-first branch and bound, seeded by a greedy answer.
fn cheapest(items: &[Item], need: f64, budget: f64, hours: f64) -> (Option<(f64, f64, Vec<usize>)>, bool) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    let top = |it: &Item| it.value.last().copied().unwrap_or(0.0);
    order.sort_by(|a, b| top(&items[*b]).total_cmp(&top(&items[*a])));
    let sorted: Vec<Item> = order.iter().map(|i| items[*i].clone()).collect();
    let n = sorted.len();
    let mut suffix_value = vec![0.0; n + 1];
    let mut ratio_money = vec![f64::INFINITY; n + 1];
    let mut ratio_hours = vec![f64::INFINITY; n + 1];
    for i in (0..n).rev() {
        let it = &sorted[i];
        suffix_value[i] = suffix_value[i + 1] + top(it);
        let (mut rm, mut rh) = (ratio_money[i + 1], ratio_hours[i + 1]);
        for u in 1..it.value.len() {
            let dv = it.value[u] - it.value[u - 1];
            if dv > 0.0 {
                rm = rm.min((it.money[u] - it.money[u - 1]) / dv);
                rh = rh.min((it.hours[u] - it.hours[u - 1]) / dv);
            }
        }
        ratio_money[i] = rm;
        ratio_hours[i] = rh;
    }
    for r in ratio_money.iter_mut().chain(ratio_hours.iter_mut()) {
        if !r.is_finite() {
            *r = 0.0;
        }
    }
    let mut search = Search {
        items: &sorted,
        need,
        budget,
        hours,
        suffix_value,
        ratio_money,
        ratio_hours,
        choice: vec![0; n],
        best: greedy(&sorted, need, budget, hours),
        nodes: 0,
        stopped: false,
    };
    search.dfs(0, 0.0, 0.0, 0.0);
    let proven = !search.stopped;
    let best = search.best.map(|(m, h, choice)| {
        let mut by_item = vec![0; n];
        for (pos, &orig) in order.iter().enumerate() {
            by_item[orig] = choice[pos];
        }
        (m, h, by_item)
    });
    (best, proven)
}

/// Adds the unit with the least money (then hours) per member until the
/// need is met; `None` if it never is within the limits.
fn greedy(items: &[Item], need: f64, budget: f64, hours: f64) -> Option<(f64, f64, Vec<usize>)> {
    let mut choice = vec![0; items.len()];
    let (mut v, mut m, mut h) = (0.0, 0.0, 0.0);
    while !meets(v, need) {
        let mut pick: Option<(usize, f64, f64)> = None;
        for (i, it) in items.iter().enumerate() {
            let n = choice[i];
            if n + 1 >= it.value.len() {
                continue;
            }
            let dv = it.value[n + 1] - it.value[n];
            let dm = it.money[n + 1] - it.money[n];
            let dh = it.hours[n + 1] - it.hours[n];
            if dv <= 0.0 || m + dm > budget + 1e-9 || h + dh > hours + 1e-9 {
                continue;
            }
            let (rm, rh) = (dm / dv, dh / dv);
            if pick.is_none_or(|(_, pm, ph)| rm < pm || (rm == pm && rh < ph)) {
                pick = Some((i, rm, rh));
            }
        }
        let (i, ..) = pick?;
        let n = choice[i];
        v += items[i].value[n + 1] - items[i].value[n];
        m += items[i].money[n + 1] - items[i].money[n];
        h += items[i].hours[n + 1] - items[i].hours[n];
        choice[i] = n + 1;
    }
    let money = items.iter().zip(&choice).map(|(it, &n)| it.money[n]).sum();
    let hrs = items.iter().zip(&choice).map(|(it, &n)| it.hours[n]).sum();
    Some((money, hrs, choice))
}

/// Money and hours of the referral campaigns a combination runs.
fn campaign_costs(prepared: &[Prepared], counts: &[usize]) -> (f64, f64) {
    prepared
        .iter()
        .zip(counts)
        .fold((0.0, 0.0), |(m, h), (p, n)| (m + p.cost * *n as f64, h + p.hours * *n as f64))
}

/// The referral-campaign counts to try: every combination if there are few,
/// otherwise none or all of them.
fn referral_combos(prepared: &[Prepared], deadline: usize) -> Vec<Vec<usize>> {
    let max: Vec<usize> = prepared
        .iter()
        .map(|p| if p.mode == Mode::Referral { p.days.iter().filter(|d| **d <= deadline).count() } else { 0 })
        .collect();
    let product = max.iter().try_fold(1usize, |acc, m| acc.checked_mul(m + 1));
    if product.is_some_and(|p| p <= MAX_REFERRAL_COMBOS) {
        let mut combos = vec![vec![0; prepared.len()]];
        for (i, &m) in max.iter().enumerate() {
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    (0..=m).map(move |n| {
                        let mut c = c.clone();
                        c[i] = n;
                        c
                    })
                })
                .collect();
        }
        combos
    } else {
        vec![vec![0; prepared.len()], max]
    }
}

/// The cheapest mix (money, then hours) of the plan's units that meets its
/// target by the deadline within its budget and hours. The optimiser values
/// each unit through the linear model; reward caps are left out of its costs
/// (so they are upper bounds), and the answer is re-forecast in full.
pub fn suggest(plan: &ChannelPlan, start: NaiveDate, threshold_on: bool) -> Suggestion {
    if plan.target.members == 0 || plan.channels.is_empty() {
        return Suggestion::NoTarget;
    }
    let prepared = prepare_all(plan, start, threshold_on);
    let deadline = deadline_day(plan, start);
    let need = plan.target.members as f64;
    let budget = plan.target.budget.map_or(f64::INFINITY, |b| b as f64);
    let hours = plan.target.hours.map_or(f64::INFINITY, f64::from);

    match cheapest_mix(plan, &prepared, deadline, need, budget, hours) {
        (Some(mix), proven) => {
            let forecast = run(plan, start, &prepared, Some(&mix));
            Suggestion::Mix { mix, forecast: Box::new(forecast), proven }
        }
        (None, _) => {
            let all: Vec<usize> =
                prepared.iter().map(|p| p.days.iter().filter(|d| **d <= deadline).count()).collect();
            let everything = run(plan, start, &prepared, Some(&all));
            let schedule = !meets(everything.at(deadline, plan.target.precise), need);
            let needs_budget = (!schedule && budget.is_finite())
                .then(|| cheapest_mix(plan, &prepared, deadline, need, f64::INFINITY, hours).0)
                .flatten()
                .map(|mix| run(plan, start, &prepared, Some(&mix)).money);
            let needs_hours = (!schedule && hours.is_finite())
                .then(|| cheapest_mix(plan, &prepared, deadline, need, budget, f64::INFINITY).0)
                .flatten()
                .map(|mix| run(plan, start, &prepared, Some(&mix)).hours);
            let binding = Binding {
                schedule,
                budget: !schedule && budget.is_finite() && needs_hours.is_none(),
                hours: !schedule && hours.is_finite() && needs_budget.is_none(),
            };
            let best = most_within(plan, start, &prepared, deadline, budget, hours);
            Suggestion::Short { best, binding, needs_budget, needs_hours }
        }
    }
}

fn cheapest_mix(
    plan: &ChannelPlan,
    prepared: &[Prepared],
    deadline: usize,
    need: f64,
    budget: f64,
    hours: f64,
) -> (Option<Vec<usize>>, bool) {
    let horizon = plan.horizon() as usize;
    let mut best: Option<(f64, f64, Vec<usize>)> = None;
    let mut proven = true;
    for counts in referral_combos(prepared, deadline) {
        let (fixed_money, fixed_hours) = campaign_costs(prepared, &counts);
        if fixed_money > budget + 1e-9 || fixed_hours > hours + 1e-9 {
            continue;
        }
        let w = weights(prepared, &counts, deadline, horizon);
        let items = items(prepared, &w, deadline, plan.target.precise);
        let (found, done) = cheapest(&items, need, budget - fixed_money, hours - fixed_hours);
        proven &= done;
        if let Some((m, h, choice)) = found {
            let (m, h) = (m + fixed_money, h + fixed_hours);
            let better =
                best.as_ref().is_none_or(|(bm, bh, _)| m < bm - 1e-9 || (m <= bm + 1e-9 && h < bh - 1e-9));
            if better {
                let mut mix = counts.clone();
                for (it, n) in items.iter().zip(choice) {
                    mix[it.channel] = n;
                }
                best = Some((m, h, mix));
            }
        }
    }
    (best.map(|(.., mix)| mix), proven)
}

/// About the most members the plan can bring by the deadline within the
/// limits: units in order of value per share of the scarcer resource.
fn most_within(
    plan: &ChannelPlan,
    start: NaiveDate,
    prepared: &[Prepared],
    deadline: usize,
    budget: f64,
    hours: f64,
) -> f64 {
    let horizon = plan.horizon() as usize;
    let precise = plan.target.precise;
    let mut best = 0.0_f64;
    for counts in referral_combos(prepared, deadline) {
        let (fixed_money, fixed_hours) = campaign_costs(prepared, &counts);
        if fixed_money > budget || fixed_hours > hours {
            continue;
        }
        let w = weights(prepared, &counts, deadline, horizon);
        let items = items(prepared, &w, deadline, precise);
        let (mut m, mut h) = (fixed_money, fixed_hours);
        let mut choice = vec![0; items.len()];
        loop {
            let mut pick: Option<(usize, f64)> = None;
            for (i, it) in items.iter().enumerate() {
                let n = choice[i];
                if n + 1 >= it.value.len() {
                    continue;
                }
                let dv = it.value[n + 1] - it.value[n];
                let dm = it.money[n + 1] - it.money[n];
                let dh = it.hours[n + 1] - it.hours[n];
                if dv <= 0.0 || m + dm > budget || h + dh > hours {
                    continue;
                }
                let use_share = |d: f64, cap: f64| if cap.is_finite() && cap > 0.0 { d / cap } else { 0.0 };
                let score = dv / (use_share(dm, budget) + use_share(dh, hours) + 1e-12);
                if pick.is_none_or(|(_, s)| score > s) {
                    pick = Some((i, score));
                }
            }
            let Some((i, _)) = pick else { break };
            let n = choice[i];
            m += items[i].money[n + 1] - items[i].money[n];
            h += items[i].hours[n + 1] - items[i].hours[n];
            choice[i] = n + 1;
        }
        let mut mix = counts.clone();
        for (it, n) in items.iter().zip(choice) {
            mix[it.channel] = n;
        }
        let f = run(plan, start, prepared, Some(&mix));
        best = best.max(f.at(deadline, precise));
    }
    best
}

/// A way to spend the money, for comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// The plan as scheduled.
    AsPlanned,
    /// The optimiser's mix.
    Suggested,
    /// The same budget on base-area channels only.
    AllBaseArea,
    /// The same budget on guerrilla channels only.
    AllGuerrilla,
}

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub strategy: Strategy,
    /// `None` if the plan has no channel of that kind.
    pub forecast: Option<Forecast>,
}

/// Units of one mode taken in date order, across that mode's channels, for
/// as long as `budget` and `hours` last.
pub fn spend_on(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    mode: Mode,
    budget: f64,
) -> Option<Forecast> {
    let prepared = prepare_all(plan, start, threshold_on);
    if !prepared.iter().any(|p| p.mode == mode) {
        return None;
    }
    let hours = plan.target.hours.map_or(f64::INFINITY, f64::from);
    let mut units: Vec<(usize, usize)> = prepared
        .iter()
        .enumerate()
        .filter(|(_, p)| p.mode == mode)
        .flat_map(|(i, p)| p.days.iter().map(move |d| (*d, i)))
        .collect();
    units.sort_unstable();
    let mut mix = vec![0; prepared.len()];
    let (mut m, mut h) = (0.0, 0.0);
    for (_, i) in units {
        let p = &prepared[i];
        if m + p.cost > budget + 1e-9 || h + p.hours > hours + 1e-9 {
            break;
        }
        m += p.cost;
        h += p.hours;
        mix[i] += 1;
    }
    Some(run(plan, start, &prepared, Some(&mix)))
}

/// The plan as scheduled, the suggested mix, and the same budget (the
/// target's, or else what the plan spends) all on base-area or all on
/// guerrilla channels.
pub fn compare(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    suggestion: &Suggestion,
) -> Vec<Compared> {
    let planned = forecast(plan, start, threshold_on, None);
    let budget = plan.target.budget.map_or(planned.money, |b| b as f64);
    let suggested = match suggestion {
        Suggestion::Mix { forecast, .. } => Some((**forecast).clone()),
        _ => None,
    };
    vec![
        Compared { strategy: Strategy::AsPlanned, forecast: Some(planned) },
        Compared { strategy: Strategy::Suggested, forecast: suggested },
        Compared {
            strategy: Strategy::AllBaseArea,
            forecast: spend_on(plan, start, threshold_on, Mode::BaseArea, budget),
        },
        Compared {
            strategy: Strategy::AllGuerrilla,
            forecast: spend_on(plan, start, threshold_on, Mode::Guerrilla, budget),
        },
    ]
}
