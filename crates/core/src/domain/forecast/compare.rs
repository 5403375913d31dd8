//! The plan next to other ways of spending the same money.

#[allow(unused_imports)]
use super::*;

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
/// as long as `budget` and `hours` last: the scheduled units, then more at
/// each channel's cadence up to the horizon, so the money is spent to
/// within one unit's price (a unit that no longer fits is skipped for a
/// cheaper later one).
pub fn spend_on(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    mode: Mode,
    budget: f64,
) -> Option<Forecast> {
    let last = plan.horizon() as usize - 1;
    let prepared = prepare_extended(plan, start, threshold_on, Some(last));
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
    // A channel's units are kept in order: once one is skipped, so are its later ones.
    let mut closed = vec![false; prepared.len()];
    for (_, i) in units {
        let p = &prepared[i];
        if closed[i] || m + p.cost > budget + 1e-9 || h + p.hours > hours + 1e-9 {
            closed[i] = true;
            continue;
        }
        m += p.cost;
        h += p.hours;
        mix[i] += 1;
    }
    Some(run(plan, start, &prepared, Some(&mix)))
}

/// The plan as scheduled, the suggested mix, and the money the plan spends
/// all on base-area or all on guerrilla channels.
pub fn compare(
    plan: &ChannelPlan,
    start: NaiveDate,
    threshold_on: bool,
    suggestion: &Suggestion,
) -> Vec<Compared> {
    let planned = forecast(plan, start, threshold_on, None);
    let budget = planned.money;
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
