//! A plan's one-page summary — what a shared link shows read-only, what the
//! print view, the Markdown file and the WeChat notice text carry, and what
//! the workshop board compares. Pure (no browser), so it is tested natively.
//!
//! Every text the user typed passes through [`clean`] (control and bidi
//! override characters dropped) and, for Markdown, through an escape of every
//! character Markdown could read as markup, so plan text stays inert in every
//! export. [`html`] renders it as the shared view's markup.

pub mod html;

use chrono::NaiveDate;

use crate::domain::canvas::{format_ymd, lines, Positioning};
use crate::domain::channels::date_at;
use crate::domain::diagnose::diagnose;
use crate::domain::forecast::{deadline_day, forecast};
use crate::domain::simulate::{Kpi, KpiTarget};
use crate::domain::story::{self, Story};
use crate::domain::tiers;
use crate::domain::Plan;
use crate::i18n::{group, people, share_percent, tenths, yuan, Key, Lang};
use crate::labels::{
    channel_label, community_kind_key, count, kpi_key, level_label, mode_key, percent, profit_source_key,
    Noun, Odds,
};

/// One labelled value; `items` are shown as a list under the label.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: String,
    pub items: Vec<String>,
    /// A figure for the operator (readiness, money, forecasts, chances),
    /// left out of what is written for members unless asked for.
    pub internal: bool,
}

impl Row {
    fn internal(mut self) -> Row {
        self.internal = true;
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
}

/// The figures the workshop board compares, computed once per plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Canvas readiness, 0–100.
    pub readiness: u32,
    /// The community type, as shown; the shared goal on one line.
    pub kind: Option<String>,
    pub goal: String,
    /// Whether the channel forecast meets its target by the deadline, as shown.
    pub verdict: Option<String>,
    /// Members (or precise members) the channel plan aims for, and by when.
    pub target: Option<(u64, bool, Option<NaiveDate>)>,
    /// The channel forecast at the deadline (or its last day), members or
    /// precise members as the target counts them.
    pub at_deadline: Option<f64>,
    /// The first day the channel target is met.
    pub reached: Option<NaiveDate>,
    /// Simulator: median, p10 and p90 of members on the last day.
    pub sim_members: Option<(f64, f64, f64)>,
    /// Simulator: median weekly active share on the last day.
    pub sim_active: Option<f64>,
    /// The simulator's last day, as "day 30 (2027-01-04)": plans on a board
    /// may simulate different horizons, so their end figures say which day.
    pub sim_end: Option<String>,
    /// Each KPI target with the share of runs that met it.
    pub chances: Vec<(KpiTarget, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub title: String,
    pub figures: Figures,
    pub sections: Vec<Section>,
}

/// Drops control characters (but line breaks) and bidi overrides, which
/// could make text display differently from what it is.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| {
            let bidi = matches!(*c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
            !bidi && (!c.is_control() || *c == '\n')
        })
        .collect()
}

fn row(label: &str, value: impl Into<String>) -> Row {
    Row { label: label.to_owned(), value: clean(&value.into()), items: Vec::new(), internal: false }
}

fn list(label: &str, items: impl IntoIterator<Item = String>) -> Row {
    let items: Vec<String> =
        items.into_iter().map(|s| clean(s.trim())).filter(|s| !s.trim().is_empty()).collect();
    Row { label: label.to_owned(), value: String::new(), items, internal: false }
}

/// A KPI target's value as the user typed it: a share, yuan or people.
pub fn kpi_value(kpi: Kpi, value: u64) -> String {
    if kpi.is_share() {
        share_percent(value as f64 / 1000.0)
    } else if kpi == Kpi::Revenue {
        yuan(value as f64)
    } else {
        group(value)
    }
}

/// The summary of `plan` in `lang`. `today` stands in for a channel plan's
/// missing start date; `runs` is the number of simulator runs (the plan's
/// own count for one plan, fewer for a board of many).
pub fn summarize(plan: &Plan, lang: Lang, today: NaiveDate, runs: usize) -> Summary {
    build(plan, lang, today, Some(runs)).0
}

/// [`summarize`], with the story its figures come from (`None` for a plan
/// with nothing to run): the workshop board reads more figures off the
/// same runs, so a plan's numbers on the board are its summary's.
pub fn summarize_told(plan: &Plan, lang: Lang, today: NaiveDate, runs: usize) -> (Summary, Option<Story>) {
    build(plan, lang, today, Some(runs))
}

/// [`summarize`] without the simulator's Monte Carlo: where its figures go,
/// the summary says they are being computed. Drawn for the moment before a
/// big forecast is done, so the rest of the plan shows at once.
pub fn summarize_pending(plan: &Plan, lang: Lang, today: NaiveDate) -> Summary {
    build(plan, lang, today, None).0
}

/// Whether the plan has anything for the simulator to run: channels or
/// settings of its KPI step.
pub fn worth_running(plan: &Plan) -> bool {
    !plan.channels.channels.is_empty() || plan.simulation.has_content()
}

/// Members the tier design is sized for: its own headcount if set, else
/// the members present on its day in the story's runs.
pub fn tier_members(plan: &Plan, told: Option<&Story>) -> u64 {
    let tp = &plan.tiers;
    tp.groups.members.or(told.map(|st| st.headcount(tp).1.round() as u64)).unwrap_or(0)
}

fn build(plan: &Plan, lang: Lang, today: NaiveDate, runs: Option<usize>) -> (Summary, Option<Story>) {
    let t = |k: Key| lang.t(k);
    let title =
        if plan.name.trim().is_empty() { t(Key::DefaultPlanName).to_owned() } else { clean(&plan.name) };
    let c = &plan.positioning;
    let readiness = u32::from(diagnose(c).score);
    let mut sections = Vec::new();

    // Step 1.
    let mut rows = Vec::new();
    if c.has_content() {
        rows.push(row(t(Key::Readiness), format!("{readiness}/100")).internal());
    }
    push_text(&mut rows, t(Key::FieldName), &c.name);
    push_text(&mut rows, t(Key::FieldPromise), &c.promise);
    let kind = c.kind.map(|k| t(community_kind_key(k)).to_owned());
    if let Some(kind) = &kind {
        rows.push(row(t(Key::FieldKind), kind.clone()));
    }
    let goal = clean(&one_line(&c.goal));
    push_text(&mut rows, t(Key::FieldGoal), &c.goal);
    if !c.segments.is_empty() {
        let segs = c.segments.iter().map(|s| {
            let mut line = s.label.trim().to_owned();
            if !s.needs.trim().is_empty() {
                line = format!("{line} — {}", one_line(&s.needs));
            }
            line
        });
        rows.push(list(t(Key::FieldSegments), segs));
    }
    push_lines(&mut rows, t(Key::SumTangible), &c.value_tangible);
    push_lines(&mut rows, t(Key::SumIntangible), &c.value_intangible);
    push_text(&mut rows, t(Key::FieldLeader), &c.leader);
    push_text(&mut rows, t(Key::FieldHierarchy), &c.hierarchy);
    threshold_rows(&mut rows, c, lang);
    if !c.rhythm.is_empty() {
        let items = c.rhythm.iter().map(|r| r.title.trim().to_owned());
        let mut r = list(t(Key::FieldRhythm), items);
        r.value = lang.tf(Key::PerWeek, &[("n", &tenths(c.rhythm_per_week()))]);
        rows.push(r);
    }
    push_lines(&mut rows, t(Key::SumEncouraged), &c.rules_encouraged);
    push_lines(&mut rows, t(Key::SumForbidden), &c.rules_forbidden);
    if !c.profit.is_empty() {
        let items = c.profit.iter().map(|p| {
            let source = t(profit_source_key(p.source));
            let mut line = source.to_owned();
            if !p.note.trim().is_empty() {
                line = format!("{line}{}{}", lang.colon(), one_line(&p.note));
            }
            if p.amount > 0 {
                line = format!("{line} ({})", yuan(p.amount as f64));
            }
            line
        });
        rows.push(list(t(Key::FieldProfit), items).internal());
    }
    sections.push(Section { title: t(Key::StepPositioning).to_owned(), rows });

    // Step 2.
    let ch = &plan.channels;
    let start = ch.start.unwrap_or(today);
    let mut rows = Vec::new();
    let (mut target, mut at_deadline, mut reached, mut verdict) = (None, None, None, None);
    // The simulator's runs, once, for the target's verdict, the tiers'
    // headcount and the KPI step (`None` while they are being computed).
    // A plan with no channels and no simulator settings has nothing to run.
    let worth = worth_running(plan);
    let told = runs.filter(|_| worth).map(|r| story::story_runs(plan, today, r.max(1)));
    if ch.has_content() {
        let f = forecast(ch, start, c.threshold_complete(), None);
        let dl = deadline_day(ch, start);
        let precise = ch.target.precise;
        if ch.target.members > 0 {
            target = Some((ch.target.members, precise, ch.target.deadline));
            let label = if precise { t(Key::PreciseMembersPresent) } else { t(Key::MembersPresent) };
            let by = ch.target.deadline.map(format_ymd).unwrap_or_else(|| "—".into());
            let value = lang
                .tf(Key::SummaryTarget, &[("n", &group(ch.target.members)), ("noun", label), ("date", &by)]);
            rows.push(row(t(Key::TargetMembers), value));
        }
        if let Some(b) = ch.target.budget {
            rows.push(row(t(Key::Budget), yuan(b as f64)));
        }
        if !ch.channels.is_empty() {
            let items = ch.channels.iter().enumerate().map(|(i, channel)| {
                let name = channel_label(lang, ch, i);
                let units = channel.schedule.requested_units();
                format!("{name} · {} · {}", t(mode_key(channel.mode)), count(lang, units, Noun::Unit))
            });
            rows.push(list(t(Key::ChannelsTitle), items));
            let when = date_at(start, dl as u32).map(format_ymd).unwrap_or_default();
            rows.push(row(t(Key::JoinsByDeadline), format!("{} ({when})", people(f.at(dl, precise)))));
            match &told {
                Some(st) => {
                    let present = st.present(dl, precise);
                    at_deadline = Some(present);
                    rows.push(row(t(Key::PresentByDeadline), format!("{} ({when})", people(present))));
                    if let Some(v) = st.verdict() {
                        reached = v.reached.filter(|_| v.met).and_then(|d| date_at(start, d as u32));
                        let head = match reached {
                            Some(d) => lang.tf(Key::SummaryReached, &[("date", &format_ymd(d))]),
                            None => t(Key::SummaryShort).to_owned(),
                        };
                        let text = format!("{head} · {}", chance_words(lang, v.chance));
                        rows.push(row(t(Key::SummaryVerdict), text.clone()));
                        verdict = Some(text);
                    }
                }
                None => rows.push(row(t(Key::PresentByDeadline), t(Key::Computing))),
            }
            let hours = tenths(f.hours);
            rows.push(row(
                t(Key::SummaryCosts),
                lang.tf(Key::SummaryCostsValue, &[("money", &yuan(f.money)), ("hours", &hours)]),
            ));
        }
    }
    sections.push(Section {
        title: t(Key::StepChannels).to_owned(),
        rows: rows.into_iter().map(Row::internal).collect(),
    });

    // Step 3.
    let tp = &plan.tiers;
    let mut rows = Vec::new();
    if tp.has_content() {
        let members = tier_members(plan, told.as_ref());
        let counts = tiers::level_counts(tp, members);
        let items = tp.levels.iter().enumerate().map(|(i, l)| {
            let name = level_label(lang, tp, i);
            let n = counts.get(i).copied().unwrap_or(0);
            format!("{name} · {} · {}", percent(l.share_x10), count(lang, n, Noun::Person))
        });
        rows.push(list(t(Key::LevelsTitle), items));
        if members > 0 {
            let s = tiers::structure(tp, members);
            rows.push(row(
                t(Key::GroupsTitle),
                lang.tf(
                    Key::SummaryGroups,
                    &[
                        ("groups", &group(s.groups)),
                        ("leaders", &group(s.leaders)),
                        ("hq", &group(s.hq_size)),
                    ],
                ),
            ));
        }
    }
    sections.push(Section {
        title: t(Key::StepTiers).to_owned(),
        rows: rows.into_iter().map(Row::internal).collect(),
    });

    // Step 4.
    let sim = &plan.simulation;
    let mut rows = Vec::new();
    let (mut sim_members, mut sim_active, mut sim_end, mut chances) = (None, None, None, Vec::new());
    match &told {
        None if sim.has_content() => {
            let runs = group(u64::from(sim.run_count()));
            rows.push(row(t(Key::SummarySimEnd), lang.tf(Key::SummarySimPending, &[("runs", &runs)])));
        }
        Some(st) if sim.has_content() || st.target.is_some() => {
            let outcome = &st.outcome;
            let last = st.sim_end(sim);
            let at = |v: &[f64]| v.get(last).copied().unwrap_or(0.0);
            let m = (at(&outcome.members.p50), at(&outcome.members.p10), at(&outcome.members.p90));
            sim_members = Some(m);
            sim_active = Some(at(&outcome.active.p50));
            sim_end = Some(crate::labels::day_label(lang, start, last));
            let end = date_at(start, last as u32).map(format_ymd).unwrap_or_default();
            rows.push(row(
                t(Key::SummarySimEnd),
                lang.tf(
                    Key::SummarySimMembers,
                    &[
                        ("date", &end),
                        ("median", &people(m.0)),
                        ("low", &people(m.1)),
                        ("high", &people(m.2)),
                        ("runs", &group(outcome.runs as u64)),
                    ],
                ),
            ));
            rows.push(row(t(Key::KpiWeeklyActive), share_percent(at(&outcome.active.p50))));
            let paid = outcome.median.get(last).copied().unwrap_or_default();
            if paid.revenue > 0.0 {
                rows.push(row(
                    t(Key::KpiRevenue),
                    lang.tf(
                        // The split only when there are entry fees to split out.
                        if paid.fees >= 0.5 { Key::SummaryRevenue } else { Key::SummaryRevenueOnly },
                        &[
                            ("date", &end),
                            ("total", &yuan(paid.revenue)),
                            ("fees", &yuan(paid.fees)),
                            ("upgrades", &yuan(paid.revenue - paid.fees)),
                        ],
                    ),
                ));
            }
            let targets = st.all_targets(sim);
            chances = targets.into_iter().zip(outcome.chances.iter().copied()).collect();
            let items = chances.iter().map(|(k, p)| {
                let text = lang.tf(
                    Key::SummaryChance,
                    &[
                        ("kpi", t(kpi_key(k.kpi))),
                        ("value", &kpi_value(k.kpi, k.value)),
                        ("day", &k.day.to_string()),
                        ("p", &format!("{}", (p * 100.0).round() as u32)),
                    ],
                );
                format!("{text} · {}", t(Odds::of(*p).key()))
            });
            rows.push(list(t(Key::KpiTargetsTitle), items));
        }
        _ => {}
    }
    sections.push(Section {
        title: t(Key::StepSimulation).to_owned(),
        rows: rows.into_iter().map(Row::internal).collect(),
    });

    let figures = Figures {
        readiness,
        kind,
        goal,
        verdict,
        target,
        at_deadline,
        reached,
        sim_members,
        sim_active,
        sim_end,
        chances,
    };
    (Summary { title, figures, sections }, told)
}

/// "达成机会 25% · 风险大" / "chance 25% · at risk".
pub fn chance_words(lang: Lang, p: f64) -> String {
    let pct = format!("{}", (p * 100.0).round() as u32);
    format!("{} · {}", lang.tf(Key::ChanceValue, &[("p", &pct)]), lang.t(Odds::of(p).key()))
}

fn one_line(s: &str) -> String {
    lines(s).collect::<Vec<_>>().join("; ")
}

fn push_text(rows: &mut Vec<Row>, label: &str, text: &str) {
    if !text.trim().is_empty() {
        rows.push(row(label, one_line(text)));
    }
}

fn push_lines(rows: &mut Vec<Row>, label: &str, text: &str) {
    if !text.trim().is_empty() {
        rows.push(list(label, lines(text).map(str::to_owned)));
    }
}

fn threshold_rows(rows: &mut Vec<Row>, c: &Positioning, lang: Lang) {
    let th = &c.threshold;
    let parts: Vec<String> =
        [(Key::ThresholdJoin, &th.join), (Key::ThresholdGet, &th.get), (Key::ThresholdNeed, &th.need)]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{}{}{}", lang.t(k), lang.colon(), one_line(v)))
            .collect();
    if !parts.is_empty() {
        rows.push(list(lang.t(Key::FieldThreshold), parts));
    }
}
