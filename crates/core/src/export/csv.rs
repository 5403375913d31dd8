//! The KPI simulator's daily series as CSV.

use crate::domain::simulate::Outcome;

/// The daily series of an outcome as CSV: day, date, member bands, weekly
/// active bands, the median run's other outputs, and its members by level
/// (`levels` names them; `by_level[day][level]`). Names are quoted.
pub fn csv(outcome: &Outcome, dates: &[String], levels: &[String], by_level: &[Vec<f64>]) -> String {
    let mut out = String::from(
        "day,date,members_p10,members_p50,members_p90,weekly_active_p10,weekly_active_p50,weekly_active_p90,\
         median_precise,median_speaking,median_churned,median_referred,median_paid,median_revenue,median_groups,\
         median_new_7d,median_lurkers,median_speakers",
    );
    for name in levels {
        // Quoted, with quotes doubled, and a leading quote mark against spreadsheet formulas.
        let safe = if name.starts_with(['=', '+', '-', '@']) { format!("'{name}") } else { name.clone() };
        out.push_str(&format!(",\"level: {}\"", safe.replace('"', "\"\"")));
    }
    out.push('\n');
    let round = |v: f64| (v.max(0.0)).round() as u64;
    let pct = |v: f64| {
        let t = (v.clamp(0.0, 1.0) * 1000.0).round() as u64;
        format!("{}.{}", t / 10, t % 10)
    };
    for t in 0..outcome.days {
        let m = &outcome.members;
        let a = &outcome.active;
        let d = outcome.median.get(t).copied().unwrap_or_default();
        // Members by state: joined in the past week (new), and the rest
        // split into this week's speakers and lurkers.
        let week_ago = t.checked_sub(7).and_then(|w| outcome.median.get(w)).map_or(0.0, |w| w.joined);
        let new = (d.joined - week_ago).clamp(0.0, d.members);
        let speakers = d.members * d.weekly_active;
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            t + 1,
            dates.get(t).map(String::as_str).unwrap_or(""),
            round(m.p10[t]),
            round(m.p50[t]),
            round(m.p90[t]),
            pct(a.p10[t]),
            pct(a.p50[t]),
            pct(a.p90[t]),
            round(d.precise),
            pct(d.speaking),
            round(d.churned),
            round(d.referred),
            round(d.paid),
            round(d.revenue),
            round(d.groups),
            round(new),
            round((d.members - speakers).max(0.0)),
            round(speakers),
        ));
        if !levels.is_empty() {
            // Replace the row's newline with the level columns.
            out.pop();
            for i in 0..levels.len() {
                out.push_str(&format!(
                    ",{}",
                    round(by_level.get(t).and_then(|l| l.get(i)).copied().unwrap_or(0.0))
                ));
            }
            out.push('\n');
        }
    }
    out
}
