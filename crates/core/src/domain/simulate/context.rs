//! What the other three steps give the simulator.

#[allow(unused_imports)]
use super::*;

/// What the other steps contribute.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    /// Joins per day, and how many of them are precise (from the channels, or typed in).
    pub inflow: Vec<f64>,
    pub precise: Vec<f64>,
    /// Content items a week (canvas rhythm).
    pub rhythm_per_week: f64,
    /// Price of the paid offer members convert to, yuan (with a paid entry:
    /// the higher offer, never the entry fee itself).
    pub price: f64,
    /// Whether members paid to enter (so conversion means buying a higher tier).
    pub paid_entry: bool,
    /// What each joiner pays to enter, net of the refund share, yuan.
    pub entry_fee: f64,
    /// The plan's members target as the simulator checks it (the first
    /// target of the KPI step), if the plan has one.
    pub target: Option<KpiTarget>,
    /// Churn lowered by this share (the canvas threshold).
    pub retention: f64,
    /// Members per group.
    pub group_size: f64,
    /// The tier design, for members by level.
    pub tiers: Option<crate::domain::tiers::TierPlan>,
}

/// Share of typed-in joiners assumed to be precise.
pub const TYPED_PRECISION: f64 = 0.6;

/// What the other three steps give the simulator: the channel forecast over
/// the simulator's horizon (or the typed-in inflow), the canvas rhythm,
/// price and threshold, and the group size from the tier design.
pub fn context(plan: &crate::domain::Plan, today: chrono::NaiveDate) -> Context {
    context_of(&plan.positioning, &plan.channels, &plan.tiers, &plan.simulation, today)
}

/// [`context`] from the sections it reads (of the simulator's settings, only
/// the horizon, the typed-in inflow and the price matter).
pub fn context_of(
    positioning: &crate::domain::Positioning,
    channels: &crate::domain::Channels,
    tiers: &crate::domain::Tiers,
    sim: &SimPlan,
    today: chrono::NaiveDate,
) -> Context {
    use crate::domain::canvas::ProfitSource;
    let target = plan_target(channels, today);
    // Long enough to check the plan's target on its day.
    let days = (sim.horizon() as usize).max(target.as_ref().map_or(0, |t| t.day as usize));
    let threshold = positioning.threshold_complete();
    let (inflow, precise) = match sim.typed_inflow {
        Some(n) => (vec![n as f64; days], vec![n as f64 * TYPED_PRECISION; days]),
        None if !channels.channels.is_empty() => {
            let mut channels = channels.clone();
            channels.horizon_days = days as u32;
            let start = channels.start.unwrap_or(today);
            let f = crate::domain::forecast::forecast(&channels, start, threshold, None);
            let total = |get: fn(&crate::domain::forecast::ChannelResult) -> &Vec<f64>| {
                (0..days)
                    .map(|t| f.channels.iter().map(|c| get(c).get(t).copied().unwrap_or(0.0)).sum())
                    .collect()
            };
            (total(|c| &c.daily), total(|c| &c.precise_daily))
        }
        None => (vec![0.0; days], vec![0.0; days]),
    };
    let entry = positioning.entry_fee();
    let paid_entry = entry.is_some();
    // The offer members convert to: typed in, or the profit model's first
    // price from members that is not the entry fee.
    let member_price = positioning
        .profit
        .iter()
        .find(|p| p.source.from_members() && p.source != ProfitSource::EntryFee && p.amount > 0);
    let price = sim.price.or(member_price.map(|p| p.amount)).unwrap_or(0) as f64;
    let refund = f64::from(sim.refund_x10.min(1000)) / 1000.0;
    let entry_fee = entry.unwrap_or(0) as f64 * (1.0 - refund);
    let retention =
        if threshold { f64::from(channels.threshold.retention_x10.min(1000)) / 1000.0 } else { 0.0 };
    let g = &tiers.groups;
    Context {
        inflow,
        precise,
        rhythm_per_week: positioning.rhythm_per_week(),
        price,
        paid_entry,
        entry_fee,
        target,
        retention,
        group_size: f64::from(g.size.min(g.cap).max(1)),
        tiers: (tiers.levels.len() > 1 && tiers.style == crate::domain::tiers::Style::Pyramid)
            .then(|| tiers.clone()),
    }
}

/// The plan's members target as a KPI target: the recruitment step's
/// members (or precise members) by its deadline, on the simulator's day
/// scale (day 1 = the start date); without a deadline, by the end of the
/// recruitment horizon. `None` when no target is set.
pub fn plan_target(channels: &crate::domain::Channels, today: chrono::NaiveDate) -> Option<KpiTarget> {
    if channels.target.members == 0 {
        return None;
    }
    let start = channels.start.unwrap_or(today);
    let day = crate::domain::forecast::deadline_day(channels, start) as u32 + 1;
    let kpi = if channels.target.precise { Kpi::PreciseMembers } else { Kpi::Members };
    Some(KpiTarget { kpi, value: channels.target.members, day })
}
