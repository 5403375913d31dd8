//! Members by tier level along a simulated path.

#[allow(unused_imports)]
use super::*;

/// Members by tier level along `path`: newcomers join the bottom level,
/// churn takes from every level alike, and every period the promotion
/// matrix moves people between levels.
pub fn by_level(path: &[Day], tiers: &crate::domain::tiers::TierPlan) -> Vec<Vec<f64>> {
    let n = tiers.levels.len();
    if n == 0 {
        return Vec::new();
    }
    let period = tiers.period_days.max(1) as usize;
    let mut now = vec![0.0; n];
    let mut joined = 0.0;
    let mut out = Vec::with_capacity(path.len());
    for (t, d) in path.iter().enumerate() {
        now[n - 1] += (d.joined - joined).max(0.0);
        joined = d.joined;
        let total: f64 = now.iter().sum();
        if total > 0.0 {
            let scale = d.members / total;
            for v in &mut now {
                *v *= scale;
            }
        }
        if (t + 1) % period == 0 {
            now = crate::domain::tiers::promote(tiers, &now, 1);
        }
        out.push(now.clone());
    }
    out
}
