//! The board's one table (issue 24): a column per plan, a row per figure a
//! room discusses. The page, projector mode and the exports all show it.
//! Every figure comes from the plan's own story (the same runs as its
//! summary), and every row says what it counts and on which day.

use chrono::NaiveDate;

use crate::domain::canvas::format_ymd;
use crate::domain::channels::Mode;
use crate::domain::forecast::{deadline_day, forecast};
use crate::domain::simulate;
use crate::domain::story::{story_settings, Story};
use crate::domain::tiers;
use crate::domain::Plan;
use crate::i18n::{group, people, per_person, share_percent, tenths, yuan, Key, Lang};
use crate::labels::{count, kpi_key, mode_key, Noun, Odds};
use crate::summary::{clean, kpi_value, tier_members, worth_running, Summary};

/// What the board shows of a plan beyond its summary's figures, read off
/// the same story.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facts {
    /// Joins by the deadline through each kind of channel, in [`Mode::ALL`]
    /// order (empty without channels).
    pub mix: Vec<(Mode, f64)>,
    pub budget: Option<u64>,
    /// Money and hours of the channels over the whole recruitment period.
    pub spend: Option<(f64, f64)>,
    /// Joins and precise joins over the recruitment period, and its last
    /// day (index): what the channel step's cost per join divides by.
    pub joins: Option<(f64, f64, usize)>,
    /// Members present at the end of each day: median, 10th and 90th
    /// percentile of the runs; and the median weekly active share (all
    /// empty without a story).
    pub p50: Vec<f64>,
    pub p10: Vec<f64>,
    pub p90: Vec<f64>,
    pub active: Vec<f64>,
    /// The chance of the plan's own members target, if it has one.
    pub chance: Option<f64>,
    pub tiers: Option<TierFacts>,
    /// Health checks passed, of those that apply, on the KPI step's last day.
    pub health: Option<(usize, usize)>,
    /// The days the plan's story covers (0: nothing to simulate), known
    /// before its runs are done.
    pub days: usize,
    /// Whether the simulator's figures are still to come (the board shows
    /// the rest of the plan at once and fills them in plan by plan).
    pub pending: bool,
}

/// The tier design at the members it is sized for.
#[derive(Clone, Debug, PartialEq)]
pub struct TierFacts {
    pub levels: usize,
    pub groups: u64,
    pub hq: u64,
    /// Hours a week of announcements and checks, the quicker way (by hand
    /// or relayed through the HQ group), as the tier step works them out.
    pub hours: f64,
    /// Whether the design gives its own headcount (else it is the members
    /// present in the plan's runs, so it waits for them).
    pub own_headcount: bool,
}

/// The board's figures of `plan`, from its `story`; without one (its runs
/// not done yet, or nothing to run) the channel figures still come from
/// its forecast. `today` stands in for a missing start date, as in the
/// plan's summary.
pub fn facts(plan: &Plan, today: NaiveDate, story: Option<&Story>) -> Facts {
    let ch = &plan.channels;
    let worth = worth_running(plan);
    let days = if worth { story_settings(plan).horizon() as usize } else { 0 };
    let own;
    let (f, deadline) = match story {
        Some(st) => (&st.joins, st.deadline),
        None => {
            let start = ch.start.unwrap_or(today);
            own = forecast(ch, start, plan.positioning.threshold_complete(), None);
            (&own, deadline_day(ch, start))
        }
    };
    let with_channels = !ch.channels.is_empty();
    let mix = if with_channels {
        Mode::ALL
            .iter()
            .map(|m| {
                let joins: f64 = ch
                    .channels
                    .iter()
                    .zip(&f.channels)
                    .filter(|(c, _)| c.mode == *m)
                    .map(|(_, r)| r.joins_until(deadline))
                    .sum();
                (*m, joins)
            })
            .collect()
    } else {
        Vec::new()
    };
    let last = f.last_day();
    let channel_facts = Facts {
        mix,
        budget: ch.target.budget,
        spend: with_channels.then_some((f.money, f.hours)),
        joins: with_channels.then(|| (f.at(last, false), f.at(last, true), last)),
        days,
        ..Facts::default()
    };
    let Some(st) = story else {
        return Facts { tiers: tier_facts(plan, None), pending: worth, ..channel_facts };
    };
    let o = &st.outcome;
    let sim_end = st.sim_end(&plan.simulation).min(o.median.len().saturating_sub(1));
    let checks = o.median.get(..=sim_end).map(|path| simulate::health(path, &st.ctx)).unwrap_or_default();
    Facts {
        p50: o.members.p50.clone(),
        p10: o.members.p10.clone(),
        p90: o.members.p90.clone(),
        active: o.active.p50.clone(),
        chance: st.verdict().map(|v| v.chance),
        tiers: tier_facts(plan, Some(st)),
        health: (!checks.is_empty()).then(|| (checks.iter().filter(|c| c.2).count(), checks.len())),
        ..channel_facts
    }
}

fn tier_facts(plan: &Plan, story: Option<&Story>) -> Option<TierFacts> {
    let tp = &plan.tiers;
    if !tp.has_content() {
        return None;
    }
    let s = tiers::structure(tp, tier_members(plan, story));
    Some(TierFacts {
        levels: tp.levels.len(),
        groups: s.groups,
        hq: s.hq_size,
        hours: s.direct_hours.min(s.relayed_hours) + s.check_hours,
        own_headcount: tp.groups.members.is_some(),
    })
}

/// The day the board compares members on by default: the shortest horizon
/// among the plans (its number, from 1; 0 when none is simulated). Known
/// before any plan's runs are done, so it never moves while they come in.
pub fn common_day(facts: &[&Facts]) -> usize {
    facts.iter().map(|f| f.days).filter(|n| *n > 0).min().unwrap_or(0)
}

/// A cell marked as the best or the worst of its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rank {
    Best,
    Worst,
}

/// One cell of the board's table: its text, or a list (the KPI chances,
/// each with its odds class); the number it ranks and sorts by; whether
/// it marks a target met.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub items: Vec<(String, &'static str)>,
    pub met: bool,
    /// What it ranks and sorts by, rounded as shown (so two cells that
    /// read the same are never one best and one worse).
    pub value: Option<f64>,
    pub rank: Option<Rank>,
}

impl Cell {
    fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), items: Vec::new(), met: false, value: None, rank: None }
    }

    fn valued(text: impl Into<String>, value: f64) -> Cell {
        Cell { value: value.is_finite().then_some(value), ..Cell::text(text) }
    }

    fn none() -> Cell {
        Cell::text("—")
    }

    /// The cell as one line of text (a list joined by "; ").
    pub fn line(&self) -> String {
        if self.items.is_empty() {
            self.text.clone()
        } else {
            self.items.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join("; ")
        }
    }
}

/// One row: what it shows (its label says what it counts and by which
/// day), a cell per plan, and which way is better (`None`: not ranked).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: Key,
    pub label: String,
    pub cells: Vec<Cell>,
    pub higher_is_better: Option<bool>,
}

/// The board as a table: one column per plan (who sent it and its name),
/// one row per figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// (sender, plan name) of each column.
    pub heads: Vec<(Option<String>, String)>,
    pub rows: Vec<Row>,
    /// The day (from 1) the members rows compare, 0 when none is simulated.
    pub day: usize,
}

impl Table {
    /// The columns in the order of row `row`'s values, best first (or
    /// worst first): columns without a value go last, ties keep the order
    /// they were sent in. A row without values orders by its text.
    pub fn order(&self, row: usize, best_first: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.heads.len()).collect();
        let Some(r) = self.rows.get(row) else { return order };
        let higher = r.higher_is_better.unwrap_or(true);
        let valued = r.cells.iter().any(|c| c.value.is_some());
        let get = |i: usize| r.cells.get(i);
        order.sort_by(|&a, &b| {
            let (Some(ca), Some(cb)) = (get(a), get(b)) else { return std::cmp::Ordering::Equal };
            if valued {
                match (ca.value, cb.value) {
                    (Some(x), Some(y)) => {
                        let o = x.total_cmp(&y);
                        if higher == best_first {
                            o.reverse()
                        } else {
                            o
                        }
                    }
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            } else {
                let o = ca.line().cmp(&cb.line());
                if best_first {
                    o
                } else {
                    o.reverse()
                }
            }
        });
        order
    }

    /// The table with its columns in `order` (indices into the columns).
    pub fn permuted(&self, order: &[usize]) -> Table {
        let pick = |cells: &[Cell]| order.iter().filter_map(|&i| cells.get(i).cloned()).collect();
        Table {
            heads: order.iter().filter_map(|&i| self.heads.get(i).cloned()).collect(),
            rows: self.rows.iter().map(|r| Row { cells: pick(&r.cells), ..r.clone() }).collect(),
            day: self.day,
        }
    }

    /// The table sorted by row `row` (see [`Table::order`]).
    pub fn sorted(&self, row: usize, best_first: bool) -> Table {
        self.permuted(&self.order(row, best_first))
    }
}

/// The table of the plans on a board, in `lang`, comparing members on
/// `day` (from 1; see [`common_day`]).
pub fn table(lang: Lang, plans: &[(Option<&str>, &Summary, &Facts)], day: usize) -> Table {
    let each =
        |f: &dyn Fn(&Summary, &Facts) -> Cell| plans.iter().map(|(_, s, x)| f(s, x)).collect::<Vec<Cell>>();
    // A figure of the simulator's, while its runs are still to come.
    let computing = || Cell::text(lang.t(Key::Computing));
    let on_day = |k: Key| lang.tf(k, &[("day", &day.to_string())]);
    // A members figure on the common day, or why there is none.
    let at_day = |f: &Facts, series: &[f64], show: &dyn Fn(usize) -> Cell| -> Cell {
        if f.pending {
            computing()
        } else if series.is_empty() || day == 0 {
            Cell::none()
        } else if day > series.len() {
            Cell::text(lang.tf(Key::BoardBeyond, &[("n", &series.len().to_string())]))
        } else {
            show(day - 1)
        }
    };
    // A row whose label is its key's text.
    let row = |key: Key, cells: Vec<Cell>, higher_is_better: Option<bool>| Row {
        key,
        label: lang.t(key).to_owned(),
        cells,
        higher_is_better,
    };
    let mut rows = vec![
        row(
            Key::BoardPositioning,
            each(&|s, _| {
                let parts: Vec<String> = s
                    .figures
                    .kind
                    .iter()
                    .cloned()
                    .chain(Some(s.figures.goal.clone()))
                    .filter(|p| !p.trim().is_empty())
                    .collect();
                if parts.is_empty() {
                    Cell::none()
                } else {
                    Cell::text(parts.join(" · "))
                }
            }),
            None,
        ),
        row(
            Key::Readiness,
            each(&|s, _| {
                Cell::valued(format!("{}/100", s.figures.readiness), f64::from(s.figures.readiness))
            }),
            Some(true),
        ),
        row(
            Key::CompareTarget,
            each(&|s, _| match s.figures.target {
                Some((n, precise, deadline)) => {
                    let noun = lang.t(if precise { Key::PreciseMembersPresent } else { Key::MembersPresent });
                    let by = deadline.map(format_ymd).unwrap_or_else(|| "—".into());
                    Cell::valued(
                        lang.tf(Key::SummaryTarget, &[("n", &group(n)), ("noun", noun), ("date", &by)]),
                        n as f64,
                    )
                }
                None => Cell::none(),
            }),
            None,
        ),
        row(
            Key::BoardMix,
            each(&|_, f| {
                let total: f64 = f.mix.iter().map(|m| m.1).sum();
                if total < 0.5 {
                    return Cell::none();
                }
                let parts: Vec<String> = f
                    .mix
                    .iter()
                    .filter(|m| m.1 / total >= 0.0005)
                    .map(|(m, j)| format!("{} {}", lang.t(mode_key(*m)), share_percent(j / total)))
                    .collect();
                Cell::text(parts.join(" · "))
            }),
            None,
        ),
        row(
            Key::Budget,
            each(&|_, f| f.budget.map_or_else(Cell::none, |b| Cell::valued(yuan(b as f64), b as f64))),
            None,
        ),
        row(
            Key::BoardSpend,
            each(&|_, f| match f.spend {
                Some((money, hours)) => Cell::valued(
                    lang.tf(Key::SummaryCostsValue, &[("money", &yuan(money)), ("hours", &tenths(hours))]),
                    money,
                ),
                None => Cell::none(),
            }),
            None,
        ),
        row(
            Key::BoardCostPerJoin,
            each(&|_, f| match (f.spend, f.joins) {
                (Some((money, _)), Some((joins, precise, last))) if joins >= 0.5 => Cell::valued(
                    lang.tf(
                        Key::BoardCostValue,
                        &[
                            ("join", &per_person(money, joins)),
                            ("precise", &per_person(money, precise)),
                            ("day", &(last + 1).to_string()),
                        ],
                    ),
                    (money / joins * 10.0).round(),
                ),
                _ => Cell::none(),
            }),
            Some(false),
        ),
        row(
            Key::CompareAtDeadline,
            each(&|s, f| match s.figures.at_deadline {
                _ if f.pending => computing(),
                Some(v) => Cell { met: s.figures.reached.is_some(), ..Cell::valued(people(v), v) },
                None => Cell::none(),
            }),
            None,
        ),
        Row {
            key: Key::SummaryVerdict,
            label: lang.t(Key::BoardVerdict).to_owned(),
            cells: each(&|s, f| match (&s.figures.verdict, f.chance) {
                _ if f.pending && s.figures.target.is_some() => computing(),
                (Some(v), Some(p)) => Cell::valued(v.clone(), (p * 100.0).round()),
                (Some(v), None) => Cell::text(v.clone()),
                _ => Cell::none(),
            }),
            higher_is_better: Some(true),
        },
        Row {
            key: Key::BoardMembersOn,
            label: on_day(Key::BoardMembersOn),
            cells: each(&|_, f| {
                at_day(f, &f.p50, &|d| {
                    let m = f.p50[d];
                    let (lo, hi) = (f.p10.get(d).copied().unwrap_or(m), f.p90.get(d).copied().unwrap_or(m));
                    Cell::valued(format!("{} ({}–{})", people(m), people(lo), people(hi)), m.round())
                })
            }),
            higher_is_better: Some(true),
        },
        Row {
            key: Key::BoardActiveOn,
            label: on_day(Key::BoardActiveOn),
            cells: each(&|_, f| {
                at_day(f, &f.active, &|d| {
                    Cell::valued(share_percent(f.active[d]), (f.active[d] * 1000.0).round())
                })
            }),
            higher_is_better: Some(true),
        },
        row(
            Key::BoardTiers,
            each(&|_, f| match &f.tiers {
                Some(x) if f.pending && !x.own_headcount => computing(),
                Some(x) => Cell::text(lang.tf(
                    Key::BoardTiersValue,
                    &[
                        ("levels", &count(lang, x.levels as u64, Noun::Level)),
                        ("groups", &count(lang, x.groups, Noun::Group)),
                        ("hq", &group(x.hq)),
                        ("hours", &tenths(x.hours)),
                    ],
                )),
                None => Cell::none(),
            }),
            None,
        ),
        row(
            Key::BoardHealth,
            each(&|_, f| match f.health {
                _ if f.pending => computing(),
                Some((ok, of)) => Cell::valued(format!("{ok} / {of}"), ok as f64 / of as f64),
                None => Cell::none(),
            }),
            Some(true),
        ),
        row(
            Key::CompareChance,
            each(&|s, f| {
                if f.pending {
                    return computing();
                }
                if s.figures.chances.is_empty() {
                    return Cell::none();
                }
                let items = s
                    .figures
                    .chances
                    .iter()
                    .map(|(k, p)| {
                        let odds = Odds::of(*p);
                        let text = lang.tf(
                            Key::BoardChanceItem,
                            &[
                                ("kpi", lang.t(kpi_key(k.kpi))),
                                ("value", &kpi_value(k.kpi, k.value)),
                                ("day", &k.day.to_string()),
                                ("p", &format!("{}", (p * 100.0).round() as u32)),
                                ("odds", lang.t(odds.key())),
                            ],
                        );
                        (text, odds.class())
                    })
                    .collect();
                Cell { items, ..Cell::text("") }
            }),
            None,
        ),
    ];
    for row in &mut rows {
        rank(row);
    }
    let heads = plans.iter().map(|(who, s, _)| (who.map(clean), clean(&s.title))).collect();
    Table { heads, rows, day }
}

/// Marks the best and the worst cells of a ranked row (every tie), when at
/// least two plans have a value and they differ.
fn rank(row: &mut Row) {
    let Some(higher) = row.higher_is_better else { return };
    let values: Vec<f64> = row.cells.iter().filter_map(|c| c.value).collect();
    if values.len() < 2 {
        return;
    }
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    if max - min <= 1e-9 * max.abs().max(1.0) {
        return;
    }
    let (best, worst) = if higher { (max, min) } else { (min, max) };
    for c in &mut row.cells {
        c.rank = match c.value {
            Some(v) if v == best => Some(Rank::Best),
            Some(v) if v == worst => Some(Rank::Worst),
            _ => None,
        };
    }
}
