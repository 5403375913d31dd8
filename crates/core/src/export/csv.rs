//! The KPI simulator's daily series as CSV.

use crate::domain::simulate::Outcome;
use crate::i18n::{Key, Lang};

/// The columns before the levels, in order.
const HEADERS: [Key; 20] = [
    Key::CsvDay,
    Key::CsvDate,
    Key::CsvMembersP10,
    Key::CsvMembersP50,
    Key::CsvMembersP90,
    Key::CsvActiveP10,
    Key::CsvActiveP50,
    Key::CsvActiveP90,
    Key::CsvPrecise,
    Key::CsvSpeaking,
    Key::CsvChurned,
    Key::CsvReferred,
    Key::CsvPaid,
    Key::CsvRevenue,
    Key::CsvFees,
    Key::CsvActed,
    Key::CsvGroups,
    Key::CsvNew7d,
    Key::CsvLurkers,
    Key::CsvSpeakers,
];

/// A quoted CSV cell, quotes doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The daily series of an outcome as CSV: day, date, member bands, weekly
/// active bands, the median run's other outputs, and its members by level
/// (`levels` names them; `by_level[day][level]`). Headers are in `lang`
/// and quoted; the file starts with a byte-order mark, so spreadsheet
/// programs (Excel on Chinese Windows among them) read it as UTF-8.
pub fn csv(
    outcome: &Outcome,
    lang: Lang,
    dates: &[String],
    levels: &[String],
    by_level: &[Vec<f64>],
) -> String {
    let mut out = String::from("\u{FEFF}");
    let heads: Vec<String> = HEADERS.iter().map(|k| quoted(lang.t(*k))).collect();
    out.push_str(&heads.join(","));
    for name in levels {
        // A leading quote mark against spreadsheet formulas.
        let safe = if name.starts_with(['=', '+', '-', '@']) { format!("'{name}") } else { name.clone() };
        out.push(',');
        out.push_str(&quoted(&lang.tf(Key::CsvLevel, &[("name", &safe)])));
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
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
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
            round(d.fees),
            round(d.acted),
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
