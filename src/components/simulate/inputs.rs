//! The simulator's inputs: settings, assumptions, interventions and targets.

use qunce_core::labels::{intervention_key, kpi_key, param_keys, show_number, Odds};
use std::rc::Rc;

use crate::components::fold::Fold;
use chrono::NaiveDate;
use yew::prelude::*;

use qunce_core::domain::canvas::MAX_AMOUNT;
use qunce_core::domain::channels::{date_at, MAX_PEOPLE};
use qunce_core::domain::simulate::{
    Intervention, InterventionKind, Kpi, KpiTarget, Param, SimPlan, MAX_HORIZON, MAX_INTERVENTIONS, MAX_RUNS,
    MAX_TARGETS, MIN_HORIZON,
};
use qunce_core::i18n::{Key, Lang};

use super::{Computed, EditProp};
use crate::components::canvas::{serde_plain, SelectField};
use crate::components::number::NumberField;
use crate::components::use_app;

/// "2026-03-11 (day 10)".
pub fn day_date(lang: Lang, start: NaiveDate, day: u32) -> String {
    let date = day
        .checked_sub(1)
        .and_then(|d| date_at(start, d))
        .map(qunce_core::domain::canvas::format_ymd)
        .unwrap_or_default();
    lang.tf(Key::DayOn, &[("n", &day.to_string()), ("date", &date)])
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub sim: SimPlan,
    pub edit: EditProp,
}

#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let t = |k| AttrValue::from(state.t(k));
    let sim = &props.sim;
    let set = |f: fn(&mut SimPlan, Option<u64>)| {
        let edit = props.edit.0.clone();
        Callback::from(move |v: Option<u64>| edit(Box::new(move |s: &mut SimPlan| f(s, v))))
    };
    html! {
        <div class="numbers">
            <NumberField id="sim-horizon" label={t(Key::Horizon)} value={Some(u64::from(sim.horizon()))}
                min={u64::from(MIN_HORIZON)} max={u64::from(MAX_HORIZON)} unit={t(Key::UnitDays)}
                on_change={set(|s, v| s.horizon_days = v.unwrap_or(0) as u32)} />
            <NumberField id="sim-runs" label={t(Key::SimRuns)} hint={t(Key::SimRunsHint)} value={Some(u64::from(sim.run_count()))}
                min=1 max={u64::from(MAX_RUNS)} on_change={set(|s, v| s.runs = v.unwrap_or(0) as u32)} />
            <NumberField id="sim-seed" label={t(Key::SimSeed)} hint={t(Key::SimSeedHint)} value={Some(sim.seed)}
                max={u64::MAX / 2} on_change={set(|s, v| s.seed = v.unwrap_or(1))} />
            <NumberField id="sim-inflow" label={t(Key::TypedInflow)} hint={t(Key::TypedInflowHint)} value={sim.typed_inflow}
                optional=true max={MAX_PEOPLE} unit={t(Key::UnitPeople)} placeholder={t(Key::Automatic)}
                on_change={set(|s, v| s.typed_inflow = v)} />
            <NumberField id="sim-price" label={t(Key::SimPrice)} hint={t(Key::SimPriceHint)} value={sim.price}
                optional=true max={MAX_AMOUNT} unit={t(Key::UnitYuan)} placeholder={t(Key::Automatic)}
                on_change={set(|s, v| s.price = v)} />
            <NumberField id="sim-refund" label={t(Key::SimRefund)} hint={t(Key::SimRefundHint)} value={Some(u64::from(sim.refund_x10))}
                tenths=true max=1000 unit="%" on_change={set(|s, v| s.refund_x10 = v.unwrap_or(0) as u32)} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub sim: SimPlan,
    pub edit: EditProp,
}

/// Low / likely / high for every parameter; a guess out of order is
/// refused with a message and the last valid values kept.
#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let refused = use_state(|| None::<(Param, String)>);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let rows = Param::ALL.into_iter().map(|p| {
        let r = props.sim.params.get(p);
        let (name, hint) = param_keys(p);
        let tenths = p.is_share();
        let unit = AttrValue::from(if tenths { "%" } else { lang.t(Key::UnitDays) });
        let cell = |which: usize, value: u32| {
            let (edit, refused) = (props.edit.0.clone(), refused.clone());
            let on_change = Callback::from(move |v: Option<u64>| {
                let Some(v) = v else { return };
                let mut next = r;
                match which {
                    0 => next.low = v as u32,
                    1 => next.likely = v as u32,
                    _ => next.high = v as u32,
                }
                if next.ordered() {
                    refused.set(None);
                    edit(Box::new(move |s: &mut SimPlan| s.params.set(p, next)));
                } else {
                    let show = |x: u32| show_number(u64::from(x), tenths);
                    let kept = format!("{} / {} / {}", show(r.low), show(r.likely), show(r.high));
                    refused.set(Some((p, lang.tf(Key::RangeOrder, &[("kept", &kept)]))));
                }
            });
            let label = [Key::Low, Key::Likely, Key::High][which];
            html! {
                <NumberField id={format!("param-{}-{which}", serde_name(p))} label={t(label)} value={Some(u64::from(value))}
                    tenths={tenths} min={u64::from(p.min())} max={u64::from(p.max())} unit={unit.clone()} {on_change} />
            }
        };
        let error = (*refused).as_ref().filter(|(q, _)| *q == p).map(|(_, m)| m.clone());
        html! {
            <fieldset class="schedule assumption" data-param={serde_name(p)}>
                <legend class="field__label">{ t(name) }</legend>
                <p class="field__hint">{ t(hint) }</p>
                <div class="numbers">
                    { cell(0, r.low) }
                    { cell(1, r.likely) }
                    { cell(2, r.high) }
                </div>
                <p class="field__error" role="alert" id={format!("param-{}-error", serde_name(p))}>{ error.unwrap_or_default() }</p>
            </fieldset>
        }
    });
    html! {
        <Fold id="assumptions-title" title={t(Key::AssumptionsTitle)}>
            <p class="panel__hint">{ t(Key::AssumptionsHint) }</p>
            <div class="channels__cards">{ for rows }</div>
        </Fold>
    }
}

/// A parameter's name in ids: "base_active".
pub fn serde_name(p: Param) -> &'static str {
    match p {
        Param::Inflow => "inflow",
        Param::BaseActive => "base_active",
        Param::ContentHalfLife => "content_half_life",
        Param::LiftPerItem => "lift_per_item",
        Param::Churn => "churn",
        Param::Protect => "protect",
        Param::Referral => "referral",
        Param::Conversion => "conversion",
        Param::Lifecycle => "lifecycle",
        Param::Platform => "platform",
    }
}

#[derive(Properties, PartialEq)]
pub struct InterventionsProps {
    pub sim: SimPlan,
    pub edit: EditProp,
}

#[component]
pub fn Interventions(props: &InterventionsProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let edit = props.edit.0.clone();
    let rows = props.sim.interventions.iter().enumerate().map(|(i, iv)| {
        let change = |f: fn(&mut Intervention, u64)| {
            let edit = edit.clone();
            Callback::from(move |v: Option<u64>| {
                if let Some(v) = v {
                    edit(Box::new(move |s: &mut SimPlan| {
                        if let Some(iv) = s.interventions.get_mut(i) {
                            f(iv, v)
                        }
                    }))
                }
            })
        };
        let options: Vec<(AttrValue, AttrValue)> =
            InterventionKind::ALL.iter().map(|k| (AttrValue::from(serde_plain(k)), t(intervention_key(*k)))).collect();
        let on_kind = {
            let edit = edit.clone();
            Callback::from(move |v: String| {
                if let Some(k) = InterventionKind::ALL.into_iter().find(|k| serde_plain(k) == v) {
                    edit(Box::new(move |s: &mut SimPlan| {
                        if let Some(iv) = s.interventions.get_mut(i) {
                            iv.kind = k;
                        }
                    }))
                }
            })
        };
        let remove = {
            let edit = edit.clone();
            Callback::from(move |_| {
                edit(Box::new(move |s: &mut SimPlan| {
                    if i < s.interventions.len() {
                        s.interventions.remove(i);
                    }
                }))
            })
        };
        html! {
            <li class="tiers__item" data-testid="intervention">
                <div class="numbers">
                    <SelectField id={format!("iv{i}-kind")} label={t(Key::IvKind)} options={options}
                        value={AttrValue::from(serde_plain(&iv.kind))} on_change={on_kind} />
                    <NumberField id={format!("iv{i}-day")} label={t(Key::IvDay)} value={Some(u64::from(iv.day))} min=1
                        max={u64::from(MAX_HORIZON)} on_change={change(|iv, v| iv.day = v as u32)} />
                    <NumberField id={format!("iv{i}-effect")} label={t(Key::IvEffect)} value={Some(u64::from(iv.effect_x10))}
                        tenths=true max=1000 unit="%" on_change={change(|iv, v| iv.effect_x10 = v as u32)} />
                    <NumberField id={format!("iv{i}-days")} label={t(Key::IvDays)} value={Some(u64::from(iv.days))} min=1 max=365
                        unit={t(Key::UnitDays)} on_change={change(|iv, v| iv.days = v as u32)} />
                </div>
                <button type="button" class="button button--quiet button--danger" onclick={remove}>{ t(Key::Remove) }</button>
            </li>
        }
    });
    let add = InterventionKind::ALL.into_iter().map(|kind| {
        let edit = edit.clone();
        let onclick = Callback::from(move |_| {
            edit(Box::new(move |s: &mut SimPlan| {
                if s.interventions.len() < MAX_INTERVENTIONS {
                    let (effect_x10, days) = kind.preset();
                    let day = (s.horizon() / 2).max(1);
                    s.interventions.push(Intervention { kind, day, effect_x10, days });
                }
            }))
        });
        html! { <button type="button" class="button" {onclick} data-kind={serde_plain(&kind)}>{ format!("+ {}", lang.t(intervention_key(kind))) }</button> }
    });
    html! {
        <Fold id="iv-title" title={t(Key::IvTitle)} testid="interventions"
            figure={AttrValue::from(qunce_core::labels::count(lang, props.sim.interventions.len() as u64, qunce_core::labels::Noun::Activity))}>
            <p class="panel__hint">{ t(Key::IvHint) }</p>
            <ul class="tiers__list">{ for rows }</ul>
            if props.sim.interventions.len() < MAX_INTERVENTIONS {
                <div class="iv__add">{ for add }</div>
            }
        </Fold>
    }
}

#[derive(Properties, PartialEq)]
pub struct TargetsProps {
    pub sim: SimPlan,
    /// The plan's members target (set in step 2), shown first.
    pub plan_target: Option<KpiTarget>,
    pub start: NaiveDate,
    pub computed: Option<Rc<Computed>>,
    pub edit: EditProp,
}

/// KPI targets with deadlines and the chance of meeting each.
#[component]
pub fn Targets(props: &TargetsProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let edit = props.edit.0.clone();
    // The plan's own target comes first in the simulator's list of chances.
    let offset = usize::from(props.plan_target.is_some());
    let chance_line = |chance: Option<f64>, day: u32| {
        let text = match chance {
            Some(p) => lang.tf(
                Key::TargetChance,
                &[
                    ("p", &format!("{}%", (p * 100.0).round() as u32)),
                    ("day", &day_date(lang, props.start, day)),
                ],
            ),
            None => lang.t(Key::SuggestionPending).to_owned(),
        };
        // In words before the figure, and in a colour: never colour alone.
        let odds = chance.map(Odds::of);
        html! {
            <p class={classes!("target__chance", odds.map(Odds::class))} data-testid="target-chance">
                if let Some(odds) = odds {
                    <strong data-testid="target-odds">{ lang.t(odds.key()) }</strong>{ " · " }
                }
                { text }
            </p>
        }
    };
    // Folded, the section still says the first target's chance.
    let first_chance =
        props.computed.as_ref().and_then(|c| c.outcome.chances.first().copied()).map(|p| {
            AttrValue::from(format!("{} · {}%", lang.t(Odds::of(p).key()), (p * 100.0).round() as u32))
        });
    let first = props.plan_target.as_ref().map(|pt| {
        let chance = props.computed.as_ref().and_then(|c| c.outcome.chances.first().copied());
        html! {
            <li class="tiers__item" data-testid="plan-target">
                <p><strong>{ t(Key::PlanTargetRow) }</strong></p>
                <p>{ format!("{} ≥ {}", lang.t(kpi_key(pt.kpi)), qunce_core::summary::kpi_value(pt.kpi, pt.value)) }</p>
                { chance_line(chance, pt.day) }
            </li>
        }
    });
    let note = props.sim.target_note.as_ref().map(|n| {
        let dismiss = {
            let edit = edit.clone();
            Callback::from(move |_| edit(Box::new(|s: &mut SimPlan| s.target_note = None)))
        };
        html! {
            <div class="banner" role="status" data-testid="target-note">
                <p class="banner__text">{ lang.tf(Key::TargetNoteText, &[("value", &qunce_core::summary::kpi_value(n.kpi, n.value)), ("day", &n.day.to_string())]) }</p>
                <button type="button" class="button" onclick={dismiss}>{ t(Key::GotIt) }</button>
            </div>
        }
    });
    let rows = props.sim.targets.iter().enumerate().map(|(i, target)| {
        let options: Vec<(AttrValue, AttrValue)> =
            Kpi::ALL.iter().map(|k| (AttrValue::from(serde_plain(k)), t(kpi_key(*k)))).collect();
        let on_kpi = {
            let edit = edit.clone();
            Callback::from(move |v: String| {
                if let Some(k) = Kpi::ALL.into_iter().find(|k| serde_plain(k) == v) {
                    edit(Box::new(move |s: &mut SimPlan| {
                        if let Some(tg) = s.targets.get_mut(i) {
                            if tg.kpi.is_share() != k.is_share() {
                                tg.value = if k.is_share() { 200 } else { 1000 };
                            }
                            tg.kpi = k;
                        }
                    }))
                }
            })
        };
        let change = |f: fn(&mut KpiTarget, u64)| {
            let edit = edit.clone();
            Callback::from(move |v: Option<u64>| {
                if let Some(v) = v {
                    edit(Box::new(move |s: &mut SimPlan| {
                        if let Some(tg) = s.targets.get_mut(i) {
                            f(tg, v)
                        }
                    }))
                }
            })
        };
        let remove = {
            let edit = edit.clone();
            Callback::from(move |_| {
                edit(Box::new(move |s: &mut SimPlan| {
                    if i < s.targets.len() {
                        s.targets.remove(i);
                    }
                }))
            })
        };
        let chance = props.computed.as_ref().and_then(|c| c.outcome.chances.get(i + offset).copied());
        // Conversion to another platform: its funnel on the median run, on the target's day.
        let funnel = (target.kpi == Kpi::PlatformConversion)
            .then(|| {
                let o = &props.computed.as_ref()?.outcome;
                let d = o.median.get((target.day as usize).clamp(1, o.days.max(1)) - 1)?;
                Some(lang.tf(
                    Key::PlatformFunnel,
                    &[
                        ("day", &target.day.to_string()),
                        ("members", &qunce_core::i18n::people(d.members)),
                        ("active", &qunce_core::i18n::people(d.members * d.weekly_active)),
                        ("acted", &qunce_core::i18n::people(d.acted)),
                        ("share", &qunce_core::i18n::share_percent(d.kpi(Kpi::PlatformConversion))),
                    ],
                ))
            })
            .flatten();
        let share = target.kpi.is_share();
        html! {
            <li class="tiers__item" data-testid="kpi-target">
                <div class="numbers">
                    <SelectField id={format!("tg{i}-kpi")} label={t(Key::TargetKpi)} options={options}
                        value={AttrValue::from(serde_plain(&target.kpi))} on_change={on_kpi} />
                    <NumberField id={format!("tg{i}-value")} label={t(Key::TargetValue)} value={Some(target.value)} tenths={share}
                        max={if share { 1000 } else { MAX_PEOPLE * 1000 }}
                        unit={if share { AttrValue::from("%") } else if target.kpi == Kpi::Revenue { t(Key::UnitYuan) } else { t(Key::UnitPeople) }}
                        on_change={change(|tg, v| tg.value = v)} />
                    <NumberField id={format!("tg{i}-day")} label={t(Key::TargetDay)} value={Some(u64::from(target.day))} min=1
                        max={u64::from(MAX_HORIZON)} on_change={change(|tg, v| tg.day = v as u32)} />
                </div>
                { chance_line(chance, target.day) }
                if let Some(f) = funnel {
                    <p class="field__hint" data-testid="platform-funnel">{ f }</p>
                }
                <button type="button" class="button button--quiet button--danger" onclick={remove}>{ t(Key::Remove) }</button>
            </li>
        }
    });
    let add = {
        let edit = edit.clone();
        Callback::from(move |_| {
            edit(Box::new(|s: &mut SimPlan| {
                if s.targets.len() < MAX_TARGETS {
                    let day = s.horizon();
                    s.targets.push(KpiTarget { kpi: Kpi::Members, value: 1000, day });
                }
            }))
        })
    };
    html! {
        <Fold id="targets-title" title={t(Key::KpiTargetsTitle)} testid="kpi-targets" figure={first_chance} live=true>
            <p class="panel__hint">{ t(Key::KpiTargetsHint) }</p>
            { for note }
            <ul class="tiers__list">{ for first }{ for rows }</ul>
            if props.sim.targets.len() < MAX_TARGETS {
                <button type="button" class="button" onclick={add}>{ t(Key::AddTarget) }</button>
            }
        </Fold>
    }
}
