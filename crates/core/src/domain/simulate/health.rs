//! The DOMAIN.md §8 health check of a simulated path.

#[allow(unused_imports)]
use super::*;

/// A health benchmark of DOMAIN.md §8 and whether the median path meets it
/// at the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// ≥ 20 % spoke in the past week.
    WeeklyActive,
    /// ≥ 10 % of a free community pay; ≥ 5 % of a paid one buy a higher tier.
    Conversion,
    /// Members bring members by word of mouth: in the last 30 days, at
    /// least one newcomer per group came by word of mouth alone.
    Referrals,
    /// Proxy for "≥ 5 organic interaction rounds", in every group: at least
    /// 10 people per group speak a week from the organic base alone (two
    /// voices per round).
    OrganicRounds,
    /// Proxy for "≥ 40 % would be disappointed": members who speak this week
    /// plus half of those who have spoken before, ≥ 40 %.
    Disappointed,
}

impl Health {
    pub const ALL: [Health; 5] = [
        Health::WeeklyActive,
        Health::Conversion,
        Health::Referrals,
        Health::OrganicRounds,
        Health::Disappointed,
    ];
}

/// (benchmark, value, met) at the end of `path`. A paid-entry group is
/// judged by its own band (≥ 5 % buy a higher offer), and only if it has
/// a higher offer to buy (`ctx.price`); every joiner paying to enter is not
/// a conversion.
pub fn health(path: &[Day], ctx: &Context) -> Vec<(Health, f64, bool)> {
    let Some(d) = path.last() else {
        return Vec::new();
    };
    let paid_entry = ctx.paid_entry;
    let conversion = d.kpi(Kpi::PaidConversion);
    let engaged = d.weekly_active + (d.speaking - d.weekly_active).max(0.0) * 0.5;
    // Per group, from the model's own quantities: the benchmarks are about
    // each community, not the sum of many.
    let groups = d.groups.max(1.0);
    let month_ago = path.len().checked_sub(31).and_then(|i| path.get(i)).map_or(0.0, |m| m.referred);
    let word_of_mouth = (d.referred - month_ago).max(0.0) / groups;
    let organic = d.organic_speakers / groups;
    let mut out = vec![(Health::WeeklyActive, d.weekly_active, d.weekly_active >= 0.2)];
    if !paid_entry || ctx.price > 0.0 {
        out.push((Health::Conversion, conversion, conversion >= if paid_entry { 0.05 } else { 0.10 }));
    }
    out.extend([
        (Health::Referrals, word_of_mouth, word_of_mouth >= 1.0),
        (Health::OrganicRounds, organic, organic >= 10.0),
        (Health::Disappointed, engaged, engaged >= 0.4),
    ]);
    out
}
