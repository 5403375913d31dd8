//! The forecast chart (joins stacked by channel, daily or cumulative, with
//! the target line and the deadline) and the timeline of units, each with
//! its data as a table.
//!
//! Shapes are drawn in an inner SVG stretched to the plot; labels live in
//! the outer SVG in pixels and percentages, so text stays readable at any
//! width. Coordinates are integers: no float formatting in the wasm.

use qunce_core::labels::{channel_label, day_label};
use std::fmt::Write;
use std::rc::Rc;

use yew::prelude::*;

use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::{date_at, ChannelPlan};
use qunce_core::domain::forecast::Forecast;
use qunce_core::i18n::{people, Key, Lang};

use crate::components::data_table::DataTable;
use crate::components::use_app;

/// Plot height in pixels, and the inner coordinate range.
const PLOT_H: i64 = 220;
const SPAN: f64 = 10_000.0;

/// The smallest of 1, 2, 2.5, 5 × 10^k at or above `v`.
pub fn nice_ceiling(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let mut step = 1.0;
    while step * 10.0 <= v {
        step *= 10.0;
    }
    while step > v && step > 1e-9 {
        step /= 10.0;
    }
    [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * step).find(|c| *c >= v).unwrap_or(10.0 * step)
}

/// A per-mille position as an SVG percentage: 375 → "37.5%".
fn percent(per_mille: i64) -> String {
    let p = per_mille.clamp(0, 1000);
    format!("{}.{}%", p / 10, p % 10)
}

fn x_per_mille(day: usize, days: usize) -> i64 {
    if days <= 1 {
        0
    } else {
        (day as f64 * 1000.0 / (days - 1) as f64).round() as i64
    }
}

/// Stacked series: `tops[i][t]` is the sum of channels `0..=i` on day `t`.
fn stacked(f: &Forecast, cumulative: bool) -> Vec<Vec<f64>> {
    let mut below = vec![0.0; f.days];
    let mut out = Vec::with_capacity(f.channels.len());
    for ch in &f.channels {
        let mut run = 0.0;
        let top: Vec<f64> = ch
            .daily
            .iter()
            .zip(&below)
            .map(|(v, b)| {
                run += v;
                b + if cumulative { run } else { *v }
            })
            .collect();
        below.clone_from(&top);
        out.push(top);
    }
    out
}

fn area_path(top: &[f64], bottom: Option<&[f64]>, ymax: f64) -> String {
    let n = top.len();
    let x = |t: usize| if n <= 1 { 0 } else { (t as f64 * SPAN / (n - 1) as f64).round() as i64 };
    let y = |v: f64| (SPAN - (v / ymax * SPAN).clamp(0.0, SPAN)).round() as i64;
    let mut d = String::with_capacity(n * 24);
    for (t, v) in top.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if t == 0 { 'M' } else { 'L' }, x(t), y(*v));
    }
    for t in (0..n).rev() {
        let _ = write!(d, "L{} {}", x(t), y(bottom.map_or(0.0, |b| b[t])));
    }
    d.push('Z');
    d
}

#[derive(Properties, PartialEq)]
pub struct JoinsChartProps {
    pub plan: ChannelPlan,
    pub forecast: Rc<Forecast>,
}

#[component]
pub fn JoinsChart(props: &JoinsChartProps) -> Html {
    let cumulative = use_state(|| true);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let (plan, f) = (&props.plan, &props.forecast);
    if plan.channels.is_empty() || f.days == 0 {
        return html! {};
    }
    let tops = stacked(f, *cumulative);
    let peak = tops.last().map_or(0.0, |s| s.iter().copied().fold(0.0, f64::max));
    let target = plan.target.members as f64;
    let show_target = *cumulative && plan.target.members > 0;
    let ymax = nice_ceiling(if show_target { peak.max(target) } else { peak });
    let paths = tops.iter().enumerate().filter(|(i, _)| f.channels[*i].daily.iter().any(|v| *v > 0.0)).map(|(i, top)| {
        let bottom = i.checked_sub(1).map(|b| tops[b].as_slice());
        html! { <path class={classes!("area", format!("fill-{}", i % 10))} d={area_path(top, bottom, ymax)} /> }
    });
    let y_px = |v: f64| (PLOT_H as f64 * (1.0 - v / ymax)).round() as i64;
    let deadline_x = percent(x_per_mille(f.deadline, f.days));
    // Beside the deadline line, on the side with more room.
    let (deadline_anchor, deadline_dx) =
        if x_per_mille(f.deadline, f.days) < 600 { ("start", "5") } else { ("end", "-5") };
    let last = f.last_day();
    let date = |d: usize| {
        u32::try_from(d).ok().and_then(|d| date_at(f.start, d)).map(format_ymd).unwrap_or_default()
    };
    let summary = lang.tf(
        Key::ChartSummary,
        &[
            ("n", &people(f.at(f.deadline, false))),
            ("deadline", &day_label(lang, f.start, f.deadline)),
            ("end", &people(f.at(last, false))),
            ("days", &f.days.to_string()),
        ],
    );
    let toggle = |value: bool, label: Key| {
        let pressed = (*cumulative == value).to_string();
        let cumulative = cumulative.clone();
        let onclick = Callback::from(move |_| cumulative.set(value));
        html! { <button type="button" class="segmented__button" aria-pressed={pressed} {onclick}>{ t(label) }</button> }
    };
    let legend = plan.channels.iter().enumerate().map(|(i, _)| {
        html! {
            <li class="legend__item">
                <span class={classes!("swatch", format!("swatch--{}", i % 10))} aria-hidden="true"></span>
                { channel_label(lang, plan, i) }
                <span class="legend__value">{ people(f.channels[i].joins_until(last)) }</span>
            </li>
        }
    });
    html! {
        <section class="panel chart" aria-labelledby="chart-title" data-testid="joins-chart">
            <div class="chart__head">
                <h3 class="panel__title" id="chart-title">{ t(Key::ChartTitle) }</h3>
                <div class="segmented" role="group" aria-label={t(Key::ChartView)}>
                    { toggle(true, Key::ChartCumulative) }
                    { toggle(false, Key::ChartDaily) }
                </div>
            </div>
            <div class="chart__body">
                <div class="chart__y" aria-hidden="true">
                    <span>{ people(ymax) }</span>
                    <span>{ people(ymax / 2.0) }</span>
                    <span>{ "0" }</span>
                </div>
                <svg class="chart__svg" width="100%" height={(PLOT_H + 30).to_string()} role="img" aria-label={summary.clone()}>
                    <svg width="100%" height={PLOT_H.to_string()} viewBox="0 0 10000 10000" preserveAspectRatio="none">
                        { for paths }
                    </svg>
                    <line class="chart__grid" x1="0" x2="100%" y1={(PLOT_H / 2).to_string()} y2={(PLOT_H / 2).to_string()} />
                    <line class="chart__axis" x1="0" x2="100%" y1={PLOT_H.to_string()} y2={PLOT_H.to_string()} />
                    if show_target {
                        <line class="chart__target" x1="0" x2="100%" y1={y_px(target).to_string()} y2={y_px(target).to_string()} />
                        // Above its line, or below it near the top, where the
                        // deadline's label is (baseline 14): never on it.
                        <text class="chart__label chart__label--target" x="4"
                            y={(if y_px(target) < 34 { (y_px(target) + 16).max(30) } else { y_px(target) - 5 }).to_string()}>
                            { lang.tf(Key::ChartTarget, &[("n", &people(target))]) }
                        </text>
                    }
                    <line class="chart__deadline" x1={deadline_x.clone()} x2={deadline_x.clone()} y1="0" y2={PLOT_H.to_string()} />
                    <text class="chart__label" x="0" y={(PLOT_H + 20).to_string()}>{ date(0) }</text>
                    <text class="chart__label" x="100%" y={(PLOT_H + 20).to_string()} text-anchor="end">{ date(last) }</text>
                    <text class="chart__label chart__label--deadline" x={deadline_x} y="14" dx={deadline_dx} text-anchor={deadline_anchor}>
                        { lang.tf(Key::ChartDeadline, &[("date", &date(f.deadline))]) }
                    </text>
                </svg>
            </div>
            <p class="chart__summary">{ summary }</p>
            <ul class="legend">{ for legend }</ul>
            <DataTable summary={t(Key::ShowTable)} table={{
                let (plan, f) = (plan.clone(), props.forecast.clone());
                Callback::from(move |_| weekly_table(lang, &plan, &f))
            }} />
        </section>
    }
}

/// Joins per week and channel, with members at the end of each week.
fn weekly_table(lang: Lang, plan: &ChannelPlan, f: &Forecast) -> Html {
    let weeks = f.days.div_ceil(7);
    let heads =
        (0..plan.channels.len()).map(|i| html! { <th scope="col">{ channel_label(lang, plan, i) }</th> });
    let rows = (0..weeks).map(|w| {
        let (from, to) = (w * 7, ((w + 1) * 7).min(f.days));
        let cells = f.channels.iter().map(|c| {
            let sum: f64 = c.daily[from..to].iter().sum();
            html! { <td>{ people(sum) }</td> }
        });
        let date =
            u32::try_from(from).ok().and_then(|d| date_at(f.start, d)).map(format_ymd).unwrap_or_default();
        html! {
            <tr>
                <th scope="row">{ lang.tf(Key::WeekN, &[("n", &(w + 1).to_string()), ("date", &date)]) }</th>
                { for cells }
                <td>{ people(f.at(to - 1, false)) }</td>
                <td>{ people(f.at(to - 1, true)) }</td>
            </tr>
        }
    });
    html! {
            <table class="table">
                <caption class="visually-hidden">{ lang.t(Key::ChartTitle) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(Key::Week) }</th>
                        { for heads }
                        <th scope="col">{ lang.t(Key::ColMembers) }</th>
                        <th scope="col">{ lang.t(Key::ColPrecise) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnitsTimelineProps {
    pub plan: ChannelPlan,
    pub forecast: Rc<Forecast>,
}

/// When each channel's units happen, against the deadline.
#[component]
pub fn UnitsTimeline(props: &UnitsTimelineProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let (plan, f) = (&props.plan, &props.forecast);
    if plan.channels.is_empty() {
        return html! {};
    }
    let deadline_x = percent(x_per_mille(f.deadline, f.days));
    let rows = f.channels.iter().enumerate().map(|(i, c)| {
        let marks = c.unit_days.iter().map(|d| {
            html! { <rect class={format!("fill-{}", i % 10)} x={percent(x_per_mille(*d, f.days))} y="3" width="4" height="16" /> }
        });
        html! {
            <li class="timeline__row">
                <span class="timeline__name">{ channel_label(lang, plan, i) }</span>
                <svg class="timeline__track" width="100%" height="22" aria-hidden="true">
                    <line class="chart__axis" x1="0" x2="100%" y1="11" y2="11" />
                    { for marks }
                    <line class="chart__deadline" x1={deadline_x.clone()} x2={deadline_x.clone()} y1="0" y2="22" />
                </svg>
            </li>
        }
    });
    html! {
        <section class="panel timeline" aria-labelledby="timeline-title" data-testid="units-timeline">
            <h3 class="panel__title" id="timeline-title">{ lang.t(Key::TimelineTitle) }</h3>
            <p class="panel__hint">{ lang.t(Key::TimelineHint) }</p>
            <ul class="timeline__rows">{ for rows }</ul>
            <DataTable summary={AttrValue::from(lang.t(Key::ShowTable))} table={{
                let (plan, f) = (plan.clone(), props.forecast.clone());
                Callback::from(move |_| timeline_table(lang, &plan, &f))
            }} />
        </section>
    }
}

/// Each channel's units: counted, outside the forecast, and their dates.
fn timeline_table(lang: Lang, plan: &ChannelPlan, f: &Forecast) -> Html {
    let table_rows = f.channels.iter().enumerate().map(|(i, c)| {
        let dates: Vec<String> = c
            .unit_days
            .iter()
            .take(20)
            .filter_map(|d| u32::try_from(*d).ok().and_then(|d| date_at(f.start, d)).map(format_ymd))
            .collect();
        let mut text = dates.join(", ");
        if c.unit_days.len() > 20 {
            text.push_str(&lang.tf(Key::AndMore, &[("n", &(c.unit_days.len() - 20).to_string())]));
        }
        html! {
            <tr>
                <th scope="row">{ channel_label(lang, plan, i) }</th>
                <td>{ c.unit_days.len() }</td>
                <td>{ c.outside }</td>
                <td>{ text }</td>
            </tr>
        }
    });
    html! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{ lang.t(Key::Channel) }</th>
                    <th scope="col">{ lang.t(Key::UnitsCounted) }</th>
                    <th scope="col">{ lang.t(Key::UnitsOutside) }</th>
                    <th scope="col">{ lang.t(Key::UnitDates) }</th>
                </tr>
            </thead>
            <tbody>{ for table_rows }</tbody>
        </table>
    }
}
