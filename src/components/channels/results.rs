//! What the forecast says: the suggested mix, costs per channel, the
//! comparison of strategies, warnings and the threshold's effect.

use qunce_core::labels::{
    channel_label, channel_warning_text, day_label, mode_key, objective_key, strategy_keys,
};
use std::rc::Rc;

use yew::prelude::*;

use qunce_core::domain::channels::{ChannelPlan, Objective, ThresholdEffect};
use qunce_core::domain::forecast::{self, Compared, Forecast, Strategy, Suggestion};
use qunce_core::i18n::{people, per_person as per_member, tenths, yuan, Key};

use super::EditProp;
use crate::components::number::NumberField;
use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct SuggestionPanelProps {
    pub plan: ChannelPlan,
    pub forecast: Rc<Forecast>,
    /// `None` while the optimiser has not answered for this version of the plan.
    pub done: Option<Rc<super::Deferred>>,
    pub edit: EditProp,
}

#[component]
pub fn SuggestionPanel(props: &SuggestionPanelProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| lang.t(k);
    let (plan, current) = (&props.plan, &props.forecast);
    let objective = plan.objective;
    if plan.channels.is_empty() || (plan.target.members == 0 && objective == Objective::LeastMoney) {
        return html! {};
    }
    let goal = plan.target.members as f64;
    let on_objective = {
        let edit = props.edit.0.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let o = if v == "most_members" { Objective::MostMembers } else { Objective::LeastMoney };
            edit(Box::new(move |p: &mut ChannelPlan| p.objective = o));
        })
    };
    let body = match props.done.as_ref().map(|d| (&d.mix, &d.mix.suggestion)) {
        None => html! { <p class="suggestion__pending">{ t(Key::SuggestionPending) }</p> },
        Some((_, Suggestion::NoTarget)) => html! {},
        Some((pm, Suggestion::Mix { mix, until, forecast: f, proven, objective, .. })) => {
            let (present_dl, present_end) = pm.mixed.unwrap_or_default();
            let sentence = lang.tf(
                Key::SuggestionMix,
                &[
                    ("money", &yuan(f.money)),
                    ("hours", &tenths(f.hours)),
                    ("n", &people(present_dl)),
                    ("end", &people(present_end)),
                ],
            );
            let planned_sentence = lang.tf(
                Key::SuggestionPlanned,
                &[
                    ("money", &yuan(current.money)),
                    ("hours", &tenths(current.hours)),
                    ("n", &people(pm.planned.0)),
                    ("end", &people(pm.planned.1)),
                ],
            );
            let planned: Vec<usize> = current.channels.iter().map(|c| c.unit_days.len()).collect();
            let changes = mix.iter().zip(&planned).any(|(m, p)| m != p);
            let saving = current.money - f.money;
            let (mut adds, mut cuts) = (Vec::new(), Vec::new());
            for (i, (&m, &p)) in mix.iter().zip(&planned).enumerate() {
                let name = channel_label(lang, plan, i);
                if m > p {
                    adds.push(format!("{name} +{}", m - p));
                } else if m < p {
                    cuts.push(format!("{name} −{}", p - m));
                }
            }
            let sep = if lang == qunce_core::i18n::Lang::Zh { "，" } else { ", " };
            let rows = plan.channels.iter().enumerate().map(|(i, _)| {
                let (now, then) = (planned.get(i).copied().unwrap_or(0), mix.get(i).copied().unwrap_or(0));
                let change = match then.cmp(&now) {
                    std::cmp::Ordering::Greater => format!("+{}", then - now),
                    std::cmp::Ordering::Less => format!("−{}", now - then),
                    std::cmp::Ordering::Equal => String::from("—"),
                };
                html! {
                    <tr class={classes!((now != then).then_some("table__row--changed"))}>
                        <th scope="row">{ channel_label(lang, plan, i) }</th>
                        <td>{ now }</td>
                        <td>{ then }</td>
                        <td>{ change }</td>
                        <td>{ people(f.channels[i].joins_until(f.deadline)) }</td>
                    </tr>
                }
            });
            let apply = {
                let (edit, mix, until, start) = (props.edit.0.clone(), mix.clone(), *until, f.start);
                let (state, id) = (state.clone(), state.route.plan_id().cloned());
                Callback::from(move |_| {
                    // A bulk change: the plan as it was is kept as a version first.
                    if let Some(id) = id.clone() {
                        state.dispatch(crate::app::Action::KeepVersion { id });
                    }
                    let mix = mix.clone();
                    edit(Box::new(move |p: &mut ChannelPlan| {
                        for (i, n) in mix.iter().enumerate() {
                            forecast::set_units(p, i, *n, start, until);
                        }
                    }))
                })
            };
            let still_short = *objective == Objective::LeastMoney && present_dl + 1e-9 < goal;
            html! {
                <>
                    <p class="suggestion__text" data-testid="suggestion-text">{ sentence }</p>
                    <p class="suggestion__planned" data-testid="suggestion-planned">{ planned_sentence }</p>
                    if !adds.is_empty() {
                        <p data-testid="suggestion-adds">{ lang.tf(Key::SuggestionAdds, &[("list", &adds.join(sep))]) }</p>
                    }
                    if !cuts.is_empty() {
                        <p data-testid="suggestion-cuts">{ lang.tf(Key::SuggestionCuts, &[("list", &cuts.join(sep))]) }</p>
                    }
                    if let Some((n, more)) = pm.free_cut {
                        <p class="suggestion__warn" data-testid="suggestion-free-cut">{ lang.tf(Key::SuggestionFreeCut, &[
                            ("n", &n.to_string()), ("more", &people(more))]) }</p>
                    }
                    if still_short {
                        <p class="suggestion__warn">{ lang.tf(Key::SuggestionStillShort, &[("n", &people(present_dl))]) }</p>
                    }
                    if saving >= 1.0 && *objective == Objective::LeastMoney {
                        <p class="suggestion__saving">{ lang.tf(Key::SuggestionSaves, &[("money", &yuan(saving))]) }</p>
                    }
                    if !changes {
                        <p>{ t(Key::SuggestionSame) }</p>
                    }
                    if *objective == Objective::MostMembers {
                        <p class="field__hint">{ t(Key::SuggestionMostHint) }</p>
                    } else if !*proven {
                        <p class="field__hint">{ t(Key::SuggestionNotProven) }</p>
                    }
                    <div class="table-scroll">
                        <table class="table">
                            <thead>
                                <tr>
                                    <th scope="col">{ t(Key::Channel) }</th>
                                    <th scope="col">{ t(Key::UnitsPlanned) }</th>
                                    <th scope="col">{ t(Key::UnitsSuggested) }</th>
                                    <th scope="col">{ t(Key::UnitsChange) }</th>
                                    <th scope="col">{ t(Key::JoinsByDeadline) }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    if changes {
                        <button type="button" class="button button--primary" onclick={apply} data-testid="apply-mix">
                            { t(Key::ApplyMix) }
                        </button>
                        <p class="field__hint">{ t(Key::ApplyMixHint) }</p>
                    }
                </>
            }
        }
        Some((pm, Suggestion::Short { best, binding, needs_budget, needs_hours, needs_deadline })) => {
            let mut reasons = Vec::new();
            if binding.schedule {
                reasons.push(t(Key::BindSchedule).to_owned());
            }
            if let Some(m) = needs_budget {
                reasons.push(lang.tf(Key::BindBudget, &[("money", &yuan(*m))]));
            }
            if let Some(h) = needs_hours {
                reasons.push(lang.tf(Key::BindHours, &[("hours", &tenths(*h))]));
            }
            if binding.budget && binding.hours {
                reasons.push(t(Key::BindBoth).to_owned());
            }
            if let Some(d) = needs_deadline {
                reasons.push(lang.tf(Key::BindDeadline, &[("day", &day_label(lang, current.start, *d))]));
            }
            let present = pm.best_present.unwrap_or(*best);
            html! {
                <>
                    <p class="suggestion__text" data-testid="suggestion-text">
                        { lang.tf(Key::SuggestionShort, &[("target", &people(goal)), ("n", &people(*best)),
                            ("present", &people(present)), ("short", &people(goal - present))]) }
                    </p>
                    <ul class="suggestion__reasons">{ for reasons.into_iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                </>
            }
        }
    };
    let options = Objective::ALL.iter().map(|o| {
        let value = if *o == Objective::MostMembers { "most_members" } else { "least_money" };
        html! { <option value={value} selected={*o == objective}>{ t(objective_key(*o)) }</option> }
    });
    html! {
        <section class="panel suggestion" aria-labelledby="suggestion-title" aria-live="polite" data-testid="suggestion">
            <h3 class="panel__title" id="suggestion-title">{ t(Key::SuggestionTitle) }</h3>
            <p class="panel__hint">{ t(Key::SuggestionHint) }</p>
            <div class="field field--narrow">
                <label class="field__label" for="objective">{ t(Key::ObjectiveLabel) }</label>
                <select id="objective" class="input field__control" data-testid="objective" onchange={on_objective}>{ for options }</select>
            </div>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CostTableProps {
    pub plan: ChannelPlan,
    pub forecast: Rc<Forecast>,
}

/// Money, hours and people per channel, and per member.
#[component]
pub fn CostTable(props: &CostTableProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| lang.t(k);
    let (plan, f) = (&props.plan, &props.forecast);
    if plan.channels.is_empty() {
        return html! {};
    }
    let last = f.last_day();
    let rows = f.channels.iter().enumerate().map(|(i, c)| {
        let (joins, precise) = (c.joins_until(last), c.precise_until(last));
        html! {
            <tr>
                <th scope="row">{ channel_label(lang, plan, i) }</th>
                <td>{ t(mode_key(plan.channels[i].mode)) }</td>
                <td>{ c.unit_days.len() }</td>
                <td>{ yuan(c.money) }</td>
                <td>{ tenths(c.hours) }</td>
                <td>{ people(c.joins_until(f.deadline)) }</td>
                <td>{ people(joins) }</td>
                <td>{ people(precise) }</td>
                <td>{ per_member(c.money, joins) }</td>
                <td>{ per_member(c.money, precise) }</td>
            </tr>
        }
    });
    let (joins, precise) = (f.at(last, false), f.at(last, true));
    html! {
        <section class="panel" aria-labelledby="costs-title" data-testid="cost-table">
            <h3 class="panel__title" id="costs-title">{ t(Key::CostsTitle) }</h3>
            <p class="panel__hint">{ lang.tf(Key::CostsHint, &[("end", &day_label(lang, f.start, last))]) }</p>
            <div class="table-scroll">
                <table class="table table--numbers">
                    <thead>
                        <tr>
                            <th scope="col">{ t(Key::Channel) }</th>
                            <th scope="col">{ t(Key::ChannelMode) }</th>
                            <th scope="col">{ t(Key::Units) }</th>
                            <th scope="col">{ t(Key::Money) }</th>
                            <th scope="col">{ t(Key::Hours) }</th>
                            <th scope="col">{ t(Key::JoinsByDeadline) }</th>
                            <th scope="col">{ t(Key::JoinsByEnd) }</th>
                            <th scope="col">{ t(Key::ColPrecise) }</th>
                            <th scope="col">{ t(Key::CostPerMember) }</th>
                            <th scope="col">{ t(Key::CostPerPrecise) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ t(Key::Total) }</th>
                            <td></td>
                            <td>{ f.channels.iter().map(|c| c.unit_days.len()).sum::<usize>() }</td>
                            <td>{ yuan(f.money) }</td>
                            <td>{ tenths(f.hours) }</td>
                            <td>{ people(f.at(f.deadline, false)) }</td>
                            <td>{ people(joins) }</td>
                            <td>{ people(precise) }</td>
                            <td>{ per_member(f.money, joins) }</td>
                            <td>{ per_member(f.money, precise) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub plan: ChannelPlan,
    /// `None` while the rows are being worked out.
    pub rows: Option<Rc<Vec<Compared>>>,
}

/// The plan, the suggested mix, and the same budget all on base-area or all
/// on guerrilla channels: by the deadline and after it.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| lang.t(k);
    if props.plan.channels.is_empty() {
        return html! {};
    }
    let Some(rows) = &props.rows else {
        return html! {
            <section class="panel" aria-labelledby="compare-title">
                <h3 class="panel__title" id="compare-title">{ t(Key::CompareTitle) }</h3>
                <p class="suggestion__pending">{ t(Key::SuggestionPending) }</p>
            </section>
        };
    };
    let precise = props.plan.target.precise;
    // What the plan spends: the base-area and guerrilla rows are given it.
    let planned = rows
        .iter()
        .find(|r| r.strategy == Strategy::AsPlanned)
        .and_then(|r| r.forecast.as_ref())
        .map_or(0.0, |f| f.money);
    let money_cell = |s: Strategy, money: f64| match s {
        Strategy::AllBaseArea | Strategy::AllGuerrilla if (money - planned).abs() >= 1.0 => {
            lang.tf(Key::SpendOf, &[("money", &yuan(money)), ("budget", &yuan(planned))])
        }
        _ => yuan(money),
    };
    let body = rows.iter().map(|row| {
        let (name, hint) = strategy_keys(row.strategy);
        let cells = match &row.forecast {
            Some(f) => {
                let (at_deadline, at_end) = (f.at(f.deadline, precise), f.at(f.last_day(), precise));
                html! {
                    <>
                        <td>{ people(at_deadline) }</td>
                        <td>{ people(at_end - at_deadline) }</td>
                        <td>{ people(at_end) }</td>
                        <td>{ money_cell(row.strategy, f.money) }</td>
                        <td>{ tenths(f.hours) }</td>
                        <td>{ per_member(f.money, at_end) }</td>
                    </>
                }
            }
            None => {
                let why = match row.strategy {
                    Strategy::Suggested => t(Key::CompareNoMix),
                    _ => t(Key::CompareNoChannel),
                };
                html! { <td colspan="6" class="table__note">{ why }</td> }
            }
        };
        html! {
            <tr>
                <th scope="row">
                    { t(name) }
                    <span class="table__sub">{ t(hint) }</span>
                </th>
                { cells }
            </tr>
        }
    });
    html! {
        <section class="panel" aria-labelledby="compare-title" data-testid="comparison">
            <h3 class="panel__title" id="compare-title">{ t(Key::CompareTitle) }</h3>
            <p class="panel__hint">{ t(Key::CompareHint) }</p>
            <div class="table-scroll">
                <table class="table table--numbers">
                    <thead>
                        <tr>
                            <th scope="col">{ t(Key::Strategy) }</th>
                            <th scope="col">{ t(Key::ByDeadline) }</th>
                            <th scope="col">{ t(Key::AfterDeadline) }</th>
                            <th scope="col">{ t(Key::ByEnd) }</th>
                            <th scope="col">{ t(Key::Money) }</th>
                            <th scope="col">{ t(Key::Hours) }</th>
                            <th scope="col">{ t(Key::CostPerMember) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    pub plan: ChannelPlan,
    pub forecast: Rc<Forecast>,
}

#[component]
pub fn Warnings(props: &WarningsProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let list: Vec<String> = forecast::warnings(&props.plan, &props.forecast)
        .iter()
        .map(|w| channel_warning_text(state.lang, &props.plan, w))
        .collect();
    if list.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel panel--warn" aria-labelledby="channel-warnings" data-testid="channel-warnings">
            <h3 class="panel__title" id="channel-warnings">{ state.t(Key::WarningsTitle) }</h3>
            <ul class="warnings">{ for list.into_iter().map(|w| html! { <li>{ w }</li> }) }</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThresholdPanelProps {
    pub effect: ThresholdEffect,
    pub threshold_set: bool,
    pub edit: EditProp,
}

/// How the canvas threshold changes who joins; editable effect sizes.
#[component]
pub fn ThresholdPanel(props: &ThresholdPanelProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let set = |f: fn(&mut ThresholdEffect, u32)| {
        let edit = props.edit.0.clone();
        Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                edit(Box::new(move |p: &mut ChannelPlan| f(&mut p.threshold, v as u32)))
            }
        })
    };
    let e = &props.effect;
    html! {
        <section class="panel" aria-labelledby="threshold-title" data-testid="threshold-panel">
            <h3 class="panel__title" id="threshold-title">{ t(Key::ThresholdEffectTitle) }</h3>
            <p class={classes!("threshold__status", props.threshold_set.then_some("threshold__status--on"))}>
                { if props.threshold_set { t(Key::ThresholdOn) } else { t(Key::ThresholdOff) } }
            </p>
            if !props.threshold_set {
                <p class="field__hint">{ t(Key::ThresholdHowTo) }</p>
            }
            <div class="canvas__row">
                <NumberField id="effect-join" label={t(Key::EffectJoin)} hint={t(Key::EffectJoinHint)} value={Some(u64::from(e.join_x10))}
                    tenths=true max=1000 unit="%" on_change={set(|e, v| e.join_x10 = v)} />
                <NumberField id="effect-precision" label={t(Key::EffectPrecision)} hint={t(Key::EffectPrecisionHint)}
                    value={Some(u64::from(e.precision_x10))} tenths=true max=1000 unit="%" on_change={set(|e, v| e.precision_x10 = v)} />
                <NumberField id="effect-retention" label={t(Key::EffectRetention)} hint={t(Key::EffectRetentionHint)}
                    value={Some(u64::from(e.retention_x10))} tenths=true max=1000 unit="%" on_change={set(|e, v| e.retention_x10 = v)} />
            </div>
        </section>
    }
}
