//! The simulator's outputs: uncertainty bands with their data and a CSV
//! download, the health check, and the tornado of parameters.

use qunce_core::export;
use qunce_core::labels::{health_keys, param_keys};
use std::fmt::Write;
use std::rc::Rc;

use crate::components::fold::Fold;
use chrono::NaiveDate;
use yew::prelude::*;

use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::date_at;
use qunce_core::domain::simulate::{self, Band, Health, SimPlan};
use qunce_core::i18n::{people, share_percent, Key, Lang};

use super::Computed;
use crate::components::channels::nice_ceiling;
use crate::components::data_table::DataTable;
use crate::components::use_app;
use crate::services::browser;

const PLOT_H: i64 = 220;
const SPAN: f64 = 10_000.0;

fn dates(start: NaiveDate, days: usize) -> Vec<String> {
    (0..days)
        .map(|d| u32::try_from(d).ok().and_then(|d| date_at(start, d)).map(format_ymd).unwrap_or_default())
        .collect()
}

/// The p10–p90 area and the p50 line of a band, in the inner coordinates.
fn band_paths(b: &Band, ymax: f64) -> (String, String) {
    let n = b.p50.len();
    let x = |t: usize| if n <= 1 { 0 } else { (t as f64 * SPAN / (n - 1) as f64).round() as i64 };
    let y = |v: f64| (SPAN - (v / ymax * SPAN).clamp(0.0, SPAN)).round() as i64;
    let (mut area, mut line) = (String::with_capacity(n * 24), String::with_capacity(n * 12));
    for t in 0..n {
        let _ = write!(area, "{}{} {}", if t == 0 { 'M' } else { 'L' }, x(t), y(b.p90[t]));
        let _ = write!(line, "{}{} {}", if t == 0 { 'M' } else { 'L' }, x(t), y(b.p50[t]));
    }
    for t in (0..n).rev() {
        let _ = write!(area, "L{} {}", x(t), y(b.p10[t]));
    }
    area.push('Z');
    (area, line)
}

#[derive(Properties, PartialEq)]
pub struct BandsChartProps {
    pub sim: SimPlan,
    pub start: NaiveDate,
    pub computed: Option<Rc<Computed>>,
    /// Tier level names, top first (empty without a tier design).
    pub level_names: Vec<String>,
    /// The plan's name, for the CSV file's name.
    pub plan_name: AttrValue,
}

#[component]
pub fn BandsChart(props: &BandsChartProps) -> Html {
    let show_active = use_state(|| false);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let Some(c) = &props.computed else {
        return html! {
            <section class="panel" aria-labelledby="bands-title" data-testid="bands">
                <h3 class="panel__title" id="bands-title">{ t(Key::BandsTitle) }</h3>
                <p class="suggestion__pending">{ t(Key::SuggestionPending) }</p>
            </section>
        };
    };
    let o = &c.outcome;
    let active = *show_active;
    let band = if active { &o.active } else { &o.members };
    let top = band.p90.iter().copied().fold(0.0, f64::max);
    let ymax = if active { 1.0 } else { nice_ceiling(top) };
    let (area, line) = band_paths(band, ymax);
    let label = |v: f64| if active { share_percent(v) } else { people(v) };
    let last = o.days.saturating_sub(1);
    let all_dates = dates(props.start, o.days);
    let summary = lang.tf(
        Key::BandsSummary,
        &[
            ("runs", &o.runs.to_string()),
            ("end", all_dates.get(last).map(String::as_str).unwrap_or("")),
            ("p10", &label(band.p10[last])),
            ("p50", &label(band.p50[last])),
            ("p90", &label(band.p90[last])),
        ],
    );
    let toggle = |value: bool, key: Key| {
        let pressed = (active == value).to_string();
        let show_active = show_active.clone();
        let onclick = Callback::from(move |_| show_active.set(value));
        html! { <button type="button" class="segmented__button" aria-pressed={pressed} {onclick}>{ t(key) }</button> }
    };
    let download = {
        let (outcome, dates) = (c.outcome.clone(), all_dates.clone());
        let (names, split) = (props.level_names.clone(), c.levels.clone());
        let plan_name = props.plan_name.clone();
        Callback::from(move |_| {
            let body = export::csv(&outcome, lang, &dates, &names, &split);
            browser::download(&export::kpi_csv_file(&plan_name, &browser::today_ymd(), body))
        })
    };
    html! {
        <section class="panel chart" aria-labelledby="bands-title" data-testid="bands">
            <div class="chart__head">
                <h3 class="panel__title" id="bands-title">{ t(Key::BandsTitle) }</h3>
                <div class="segmented" role="group" aria-label={t(Key::ChartView)}>
                    { toggle(false, Key::KpiMembers) }
                    { toggle(true, Key::KpiWeeklyActive) }
                </div>
            </div>
            <div class="chart__body">
                <div class="chart__y" aria-hidden="true">
                    <span>{ label(ymax) }</span>
                    <span>{ label(ymax / 2.0) }</span>
                    <span>{ "0" }</span>
                </div>
                <svg class="chart__svg" width="100%" height={(PLOT_H + 30).to_string()} role="img" aria-label={summary.clone()}>
                    <svg width="100%" height={PLOT_H.to_string()} viewBox="0 0 10000 10000" preserveAspectRatio="none">
                        <path class="band__area" d={area} />
                        <path class="band__line" d={line} vector-effect="non-scaling-stroke" />
                    </svg>
                    <line class="chart__grid" x1="0" x2="100%" y1={(PLOT_H / 2).to_string()} y2={(PLOT_H / 2).to_string()} />
                    <line class="chart__axis" x1="0" x2="100%" y1={PLOT_H.to_string()} y2={PLOT_H.to_string()} />
                    <text class="chart__label" x="0" y={(PLOT_H + 20).to_string()}>{ all_dates.first().cloned().unwrap_or_default() }</text>
                    <text class="chart__label" x="100%" y={(PLOT_H + 20).to_string()} text-anchor="end">{ all_dates.get(last).cloned().unwrap_or_default() }</text>
                </svg>
            </div>
            <p class="chart__summary" data-testid="bands-summary">{ summary }</p>
            <ul class="legend">
                <li class="legend__item"><span class="swatch band__swatch-area" aria-hidden="true"></span>{ t(Key::BandRange) }</li>
                <li class="legend__item"><span class="swatch band__swatch-line" aria-hidden="true"></span>{ t(Key::BandMedian) }</li>
            </ul>
            <div class="chart__actions">
                <button type="button" class="button" onclick={download} data-testid="csv">{ t(Key::DownloadCsv) }</button>
            </div>
            if !props.level_names.is_empty() && !c.levels.is_empty() {
                { levels_table(lang, &props.level_names, &c.levels, &all_dates) }
            }
            <DataTable summary={t(Key::ShowTable)} table={{
                let (c, all_dates) = (c.clone(), all_dates.clone());
                Callback::from(move |_| {
                    let o = &c.outcome;
                    let last = o.days.saturating_sub(1);
                    // Weekly rows, and every day of the first two weeks.
                    let rows = (0..o.days).filter(|d| *d < 14 || (d + 1) % 7 == 0 || *d == last).map(|d| {
                        html! {
                            <tr>
                                <th scope="row">{ lang.tf(Key::DayOn, &[("n", &(d + 1).to_string()), ("date", &all_dates[d])]) }</th>
                                <td>{ people(o.members.p10[d]) }</td>
                                <td>{ people(o.members.p50[d]) }</td>
                                <td>{ people(o.members.p90[d]) }</td>
                                <td>{ share_percent(o.active.p50[d]) }</td>
                                <td>{ share_percent(o.median.get(d).map_or(0.0, |m| m.speaking)) }</td>
                            </tr>
                        }
                    });
                    html! {
                        <table class="table table--numbers" data-testid="bands-table">
                            <thead>
                                <tr>
                                    <th scope="col">{ lang.t(Key::Day) }</th>
                                    <th scope="col">{ format!("{} p10", lang.t(Key::KpiMembers)) }</th>
                                    <th scope="col">{ format!("{} p50", lang.t(Key::KpiMembers)) }</th>
                                    <th scope="col">{ format!("{} p90", lang.t(Key::KpiMembers)) }</th>
                                    <th scope="col">{ lang.t(Key::KpiWeeklyActive) }</th>
                                    <th scope="col">{ lang.t(Key::KpiSpeaking) }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    }
                })
            }} />
        </section>
    }
}

/// Members by level on the median run, at a few checkpoints.
fn levels_table(lang: Lang, names: &[String], levels: &[Vec<f64>], dates: &[String]) -> Html {
    let last = levels.len() - 1;
    let mut days: Vec<usize> = [6, 13, 29, 89, 179, 364].into_iter().filter(|d| *d < last).collect();
    days.push(last);
    let heads =
        days.iter().map(|d| html! { <th scope="col">{ dates.get(*d).cloned().unwrap_or_default() }</th> });
    let rows = names.iter().enumerate().map(|(i, name)| {
        let cells =
            days.iter().map(|d| html! { <td>{ people(levels[*d].get(i).copied().unwrap_or(0.0)) }</td> });
        html! { <tr><th scope="row">{ name.clone() }</th>{ for cells }</tr> }
    });
    html! {
        <div class="table-scroll">
            <table class="table table--numbers" data-testid="levels-table">
                <caption class="levels__caption">{ lang.t(Key::ByLevelTitle) }
                    <span class="table__sub">{ lang.t(Key::LevelsTimingShort) }</span></caption>
                <thead><tr><th scope="col">{ lang.t(Key::Level) }</th>{ for heads }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct HealthPanelProps {
    pub computed: Option<Rc<Computed>>,
    pub ctx: Rc<simulate::Context>,
}

/// DOMAIN.md §8's benchmarks on the median path at the horizon.
#[component]
pub fn HealthPanel(props: &HealthPanelProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let Some(c) = &props.computed else {
        return html! {};
    };
    let checks = simulate::health(&c.outcome.median, &props.ctx);
    let passed = checks.iter().filter(|c| c.2).count();
    let figure = AttrValue::from(format!("✓ {passed} / {}", checks.len()));
    let items = checks.into_iter().map(|(h, value, ok)| {
        let (name, how) = health_keys(h);
        let shown = match h {
            Health::Referrals => qunce_core::i18n::tenths(value),
            Health::OrganicRounds => people(value),
            _ => share_percent(value),
        };
        html! {
            <li class={classes!("diag__item", if ok { "diag__item--ok" } else { "diag__item--missing" })}>
                <span class="diag__mark" aria-hidden="true">{ if ok { "✓" } else { "!" } }</span>
                <div>
                    <strong>{ lang.t(name) }</strong>{ " — " }{ shown }
                    <span class="visually-hidden">{ if ok { lang.t(Key::Present) } else { lang.t(Key::Missing) } }</span>
                    <p class="diag__risk">{ lang.t(how) }</p>
                </div>
            </li>
        }
    });
    html! {
        <Fold id="health-title" title={AttrValue::from(lang.t(Key::HealthTitle))} testid="health" figure={figure}>
            <p class="panel__hint">{ lang.t(Key::HealthHint) }</p>
            <ul class="diag__list">{ for items }</ul>
        </Fold>
    }
}

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub computed: Option<Rc<Computed>>,
}

/// Which parameter moves members at the horizon most: one bar per
/// parameter from its low to its high value.
#[component]
pub fn Tornado(props: &TornadoProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang: Lang = state.lang;
    let Some(c) = &props.computed else {
        return html! {};
    };
    let swings = &c.swings;
    let lo = swings.iter().map(|s| s.at_low.min(s.at_high)).fold(f64::INFINITY, f64::min);
    let hi = swings.iter().map(|s| s.at_low.max(s.at_high)).fold(0.0, f64::max);
    let span = (hi - lo).max(1.0);
    let pm = |v: f64| ((v - lo) / span * 1000.0).round().clamp(0.0, 1000.0) as i64;
    let pct = |p: i64| format!("{}.{}%", p / 10, p % 10);
    const ROW: usize = 30;
    let bars = swings.iter().enumerate().map(|(i, s)| {
        let (a, b) = (pm(s.at_low.min(s.at_high)), pm(s.at_low.max(s.at_high)));
        html! {
            <rect class={if s.at_high >= s.at_low { "tornado__up" } else { "tornado__down" }} x={pct(a)}
                width={pct((b - a).max(4))} y={(i * ROW + 6).to_string()} height={(ROW - 12).to_string()} />
        }
    });
    let names =
        swings.iter().map(|s| html! { <li class="tornado__name">{ lang.t(param_keys(s.param).0) }</li> });
    let first = swings.first().map(|s| lang.t(param_keys(s.param).0)).unwrap_or("");
    html! {
        <section class="panel" aria-labelledby="tornado-title" data-testid="tornado">
            <h3 class="panel__title" id="tornado-title">{ lang.t(Key::TornadoTitle) }</h3>
            <p class="panel__hint">{ lang.tf(Key::TornadoHint, &[("name", first)]) }</p>
            <div class="tornado">
                <ul class="tornado__names" aria-hidden="true">{ for names }</ul>
                <svg class="tornado__svg" width="100%" height={(swings.len() * ROW).to_string()} role="img"
                    aria-label={lang.tf(Key::TornadoHint, &[("name", first)])}>
                    { for bars }
                </svg>
            </div>
            <DataTable summary={AttrValue::from(lang.t(Key::ShowTable))} table={{
                let c = c.clone();
                Callback::from(move |_| {
                    let swings = &c.swings;
                    let rows = swings.iter().map(|s| {
                        html! {
                            <tr>
                                <th scope="row">{ lang.t(param_keys(s.param).0) }</th>
                                <td>{ people(s.at_low) }</td>
                                <td>{ people(s.at_high) }</td>
                                <td>{ people((s.at_high - s.at_low).abs()) }</td>
                            </tr>
                        }
                    });
                    html! {
                        <table class="table table--numbers">
                            <thead>
                                <tr>
                                    <th scope="col">{ lang.t(Key::Param) }</th>
                                    <th scope="col">{ lang.t(Key::AtLow) }</th>
                                    <th scope="col">{ lang.t(Key::AtHigh) }</th>
                                    <th scope="col">{ lang.t(Key::Swing) }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    }
                })
            }} />
        </section>
    }
}
