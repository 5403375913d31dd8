//! The cheapest mix: how many units of each channel meet the target by the
//! deadline at the least money, then the fewest hours, within the limits.

#[allow(unused_imports)]
use super::*;
use crate::domain::channels::{Objective, Scope};

/// Most branch-and-bound nodes the optimiser visits before it settles for
/// the best mix found so far.
pub const NODE_LIMIT: usize = 200_000;
/// Most combinations of referral-campaign counts the optimiser tries.
const MAX_REFERRAL_COMBOS: usize = 32;

/// Why a target cannot be met.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Binding {
    /// Even every unit the channels' cadence allows before the deadline
    /// (scheduled or added) is not enough.
    pub schedule: bool,
    pub budget: bool,
    pub hours: bool,
}

/// The optimiser's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Suggestion {
    /// No target set (for the least-money objective), or no channels.
    NoTarget,
    /// The mix found: units per channel and its forecast. `scheduled` is how
    /// many units each channel has in the horizon now (a mix above it adds
    /// units at the channel's cadence up to day `until`, see
    /// [`super::set_units`]). `proven` is false if the least-money search
    /// stopped at [`NODE_LIMIT`] before proving its answer; the most-members
    /// objective picks units greedily and is never proven.
    Mix {
        mix: Vec<usize>,
        scheduled: Vec<usize>,
        until: usize,
        objective: Objective,
        forecast: Box<Forecast>,
        proven: bool,
    },
    /// No mix reaches the target. `best` is about the most the constraints
    /// allow by the deadline; `needs_budget`/`needs_hours` what would be
    /// enough if only that limit were raised; `needs_deadline` the earliest
    /// day (index) within the horizon by which the limits would do.
    Short {
        best: f64,
        binding: Binding,
        needs_budget: Option<f64>,
        needs_hours: Option<f64>,
        needs_deadline: Option<usize>,
    },
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

impl Item {
    /// The value, money and hours that one more unit adds after the first
    /// `n`, if there is one more.
    fn next_unit(&self, n: usize) -> Option<(f64, f64, f64)> {
        let d = |v: &[f64]| Some(v.get(n + 1)? - v.get(n)?);
        Some((d(&self.value)?, d(&self.money)?, d(&self.hours)?))
    }
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
        // A campaign scoped to one group or channel does not multiply every
        // member; its joins are counted apart (`scoped_joins`).
        if p.mode != Mode::Referral || p.scope != Scope::All {
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
            let Some((dv, dm, dh)) = it.next_unit(choice[i]) else { continue };
            if dv <= 0.0 || m + dm > budget + 1e-9 || h + dh > hours + 1e-9 {
                continue;
            }
            let (rm, rh) = (dm / dv, dh / dv);
            if pick.is_none_or(|(_, pm, ph)| rm < pm || (rm == pm && rh < ph)) {
                pick = Some((i, rm, rh));
            }
        }
        let (i, ..) = pick?;
        let (dv, dm, dh) = items[i].next_unit(choice[i])?;
        v += dv;
        m += dm;
        h += dh;
        choice[i] += 1;
    }
    let money = items.iter().zip(&choice).map(|(it, &n)| it.money[n]).sum();
    let hrs = items.iter().zip(&choice).map(|(it, &n)| it.hours[n]).sum();
    Some((money, hrs, choice))
}

/// Joins (precise joins if `precise`) by day `day` that the campaigns with a
/// scope bring under one combination of campaign counts, the other channels
/// as scheduled: counted as a fixed part of the value, since they do not
/// multiply every member the way the linear model values units.
fn scoped_joins(
    plan: &ChannelPlan,
    start: NaiveDate,
    prepared: &[Prepared],
    counts: &[usize],
    day: usize,
    precise: bool,
) -> f64 {
    if !prepared.iter().any(|p| p.mode == Mode::Referral && p.scope != Scope::All) {
        return 0.0;
    }
    let mix: Vec<usize> = prepared
        .iter()
        .zip(counts)
        .map(|(p, n)| if p.mode == Mode::Referral { *n } else { p.scheduled })
        .collect();
    let f = run(plan, start, prepared, Some(&mix));
    prepared
        .iter()
        .zip(&f.channels)
        .filter(|(p, _)| p.mode == Mode::Referral && p.scope != Scope::All)
        .map(|(_, c)| if precise { c.precise_until(day) } else { c.joins_until(day) })
        .sum()
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

/// The plan's own objective and target (joins by the deadline).
pub fn suggest(plan: &ChannelPlan, start: NaiveDate, threshold_on: bool) -> Suggestion {
    suggest_for(plan, start, threshold_on, plan.objective, plan.target.members as f64)
}

/// The optimiser. With [`Objective::LeastMoney`]: the cheapest mix (money,
/// then hours) that brings `need` joins (precise joins if the target counts
/// them) by the deadline within the budget and hours. With
/// [`Objective::MostMembers`]: the most joins by the end of the horizon
/// within the budget and hours. Either may cut scheduled units or add units
/// at each channel's own cadence up to the deadline. The optimiser values
/// each unit through the linear model; reward caps are left out of its costs
/// (so they are upper bounds), and the answer is re-forecast in full.
pub fn suggest_for(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    objective: Objective,
    need: f64,
) -> Suggestion {
    if plan.channels.is_empty() || (objective == Objective::LeastMoney && plan.target.members == 0) {
        return Suggestion::NoTarget;
    }
    let deadline = deadline_day(plan, start);
    let prepared = prepare_extended(plan, start, threshold_on, Some(deadline));
    let scheduled: Vec<usize> = prepared.iter().map(|p| p.scheduled).collect();
    let budget = plan.target.budget.map_or(f64::INFINITY, |b| b as f64);
    let hours = plan.target.hours.map_or(f64::INFINITY, f64::from);
    let mix_of = |mix: Vec<usize>, proven: bool| {
        let forecast = run(plan, start, &prepared, Some(&mix));
        Suggestion::Mix {
            mix,
            scheduled: scheduled.clone(),
            until: deadline,
            objective,
            forecast: Box::new(forecast),
            proven,
        }
    };
    if objective == Objective::MostMembers {
        let last = plan.horizon() as usize - 1;
        let (_, mix) = most_within(plan, start, &prepared, last, budget, hours, false);
        return mix_of(mix, false);
    }
    match cheapest_mix(plan, start, &prepared, deadline, need, budget, hours) {
        (Some(mix), proven) => mix_of(mix, proven),
        (None, _) => {
            let all: Vec<usize> =
                prepared.iter().map(|p| p.days.iter().filter(|d| **d <= deadline).count()).collect();
            let everything = run(plan, start, &prepared, Some(&all));
            let schedule = !meets(everything.at(deadline, plan.target.precise), need);
            let needs_budget = (!schedule && budget.is_finite())
                .then(|| cheapest_mix(plan, start, &prepared, deadline, need, f64::INFINITY, hours).0)
                .flatten()
                .map(|mix| run(plan, start, &prepared, Some(&mix)).money);
            let needs_hours = (!schedule && hours.is_finite())
                .then(|| cheapest_mix(plan, start, &prepared, deadline, need, budget, f64::INFINITY).0)
                .flatten()
                .map(|mix| run(plan, start, &prepared, Some(&mix)).hours);
            let binding = Binding {
                schedule,
                budget: !schedule && budget.is_finite() && needs_hours.is_none(),
                hours: !schedule && hours.is_finite() && needs_budget.is_none(),
            };
            let precise = plan.target.precise;
            let (best, _) = most_within(plan, start, &prepared, deadline, budget, hours, precise);
            let needs_deadline = later_deadline(plan, start, threshold_on, deadline, need, budget, hours);
            Suggestion::Short { best, binding, needs_budget, needs_hours, needs_deadline }
        }
    }
}

/// The earliest day (index) after `deadline` and within the horizon by
/// which the limits would bring `need`, adding units at each channel's
/// cadence up to that day (`None` if not even the horizon's last day does).
fn later_deadline(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    deadline: usize,
    need: f64,
    budget: f64,
    hours: f64,
) -> Option<usize> {
    let last = plan.horizon() as usize - 1;
    let precise = plan.target.precise;
    let enough = |day: usize| {
        let prepared = prepare_extended(plan, start, threshold_on, Some(day));
        meets(most_within(plan, start, &prepared, day, budget, hours, precise).0, need)
    };
    if deadline >= last || !enough(last) {
        return None;
    }
    // More days never bring fewer people: the first day that is enough.
    let (mut lo, mut hi) = (deadline, last);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if enough(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

fn cheapest_mix(
    plan: &ChannelPlan,
    start: NaiveDate,
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
        let scoped = scoped_joins(plan, start, prepared, &counts, deadline, plan.target.precise);
        let (found, done) =
            cheapest(&items, (need - scoped).max(0.0), budget - fixed_money, hours - fixed_hours);
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

/// About the most members (precise ones if `precise`) the plan's units can
/// bring by day `day` within the limits, and the mix that does: units in
/// order of value per share of the scarcer resource.
fn most_within(
    plan: &ChannelPlan,
    start: NaiveDate,
    prepared: &[Prepared],
    day: usize,
    budget: f64,
    hours: f64,
    precise: bool,
) -> (f64, Vec<usize>) {
    let horizon = plan.horizon() as usize;
    let mut best = (0.0_f64, vec![0; prepared.len()]);
    for counts in referral_combos(prepared, day) {
        let (fixed_money, fixed_hours) = campaign_costs(prepared, &counts);
        if fixed_money > budget || fixed_hours > hours {
            continue;
        }
        let w = weights(prepared, &counts, day, horizon);
        let items = items(prepared, &w, day, precise);
        let (mut m, mut h) = (fixed_money, fixed_hours);
        let mut choice = vec![0; items.len()];
        loop {
            let mut pick: Option<(usize, f64)> = None;
            for (i, it) in items.iter().enumerate() {
                let Some((dv, dm, dh)) = it.next_unit(choice[i]) else { continue };
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
            let Some((_, dm, dh)) = items[i].next_unit(choice[i]) else { break };
            m += dm;
            h += dh;
            choice[i] += 1;
        }
        let mut mix = counts.clone();
        for (it, n) in items.iter().zip(choice) {
            mix[it.channel] = n;
        }
        let f = run(plan, start, prepared, Some(&mix));
        let value = f.at(day, precise);
        if value > best.0 {
            best = (value, mix);
        }
    }
    best
}
