//! One level's editor, and the promotion matrix.

use qunce_core::labels::{level_label, metric_key, percent};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use qunce_core::domain::canvas::{LINE_TEXT, LONG_TEXT, SHORT_TEXT};
use qunce_core::domain::channels::MAX_PEOPLE;
use qunce_core::domain::tiers::{self, Level, Metric, Rule, TierPlan, WHOLE};
use qunce_core::i18n::{people, Key, Lang};

use super::EditProp;
use crate::components::canvas::{serde_plain, SelectField, TextField};
use crate::components::number::NumberField;
use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct LevelCardProps {
    pub index: usize,
    pub level: Level,
    pub label: String,
    pub count: usize,
    pub members: u64,
    pub pyramid: bool,
    pub edit: EditProp,
}

type Change = std::rc::Rc<dyn Fn(Box<dyn FnOnce(&mut Level)>)>;

/// A rule editor: on/off, metric, threshold, period.
fn rule_editor(
    lang: Lang,
    id: &str,
    title: Key,
    rule: &Option<Rule>,
    change: &Change,
    pick: fn(&mut Level) -> &mut Option<Rule>,
) -> Html {
    let t = |k| AttrValue::from(lang.t(k));
    let on_toggle = {
        let change = change.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            change(Box::new(move |l| *pick(l) = on.then(Rule::default)))
        })
    };
    let body = rule.as_ref().map(|r| {
        let options: Vec<(AttrValue, AttrValue)> =
            Metric::ALL.iter().map(|m| (AttrValue::from(serde_plain(m)), t(metric_key(*m)))).collect();
        let on_metric = {
            let change = change.clone();
            Callback::from(move |v: String| {
                if let Some(m) = Metric::ALL.into_iter().find(|m| serde_plain(m) == v) {
                    change(Box::new(move |l| {
                        if let Some(r) = pick(l) {
                            r.metric = m
                        }
                    }))
                }
            })
        };
        let num = |set: fn(&mut Rule, u64)| {
            let change = change.clone();
            Callback::from(move |v: Option<u64>| {
                if let Some(v) = v {
                    change(Box::new(move |l| {
                        if let Some(r) = pick(l) {
                            set(r, v)
                        }
                    }))
                }
            })
        };
        html! {
            <div class="numbers">
                <SelectField id={format!("{id}-metric")} label={t(Key::RuleMetric)} options={options}
                    value={AttrValue::from(serde_plain(&r.metric))} on_change={on_metric} />
                <NumberField id={format!("{id}-threshold")} label={t(Key::RuleThreshold)} value={Some(r.threshold)}
                    max={MAX_PEOPLE} on_change={num(|r, v| r.threshold = v)} />
                <NumberField id={format!("{id}-period")} label={t(Key::RulePeriod)} value={Some(u64::from(r.period_days))}
                    min=1 max=3650 unit={t(Key::UnitDays)} on_change={num(|r, v| r.period_days = v as u32)} />
            </div>
        }
    });
    html! {
        <fieldset class="schedule">
            <legend class="field__label">{ t(title) }</legend>
            <label class="choice">
                <input type="checkbox" id={format!("{id}-on")} checked={rule.is_some()} onchange={on_toggle} />
                { t(Key::RuleOn) }
            </label>
            { body.unwrap_or_default() }
        </fieldset>
    }
}

#[component]
pub fn LevelCard(props: &LevelCardProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let i = props.index;
    let l = &props.level;
    let id = |f: &str| format!("lv{i}-{f}");
    let change: Change = {
        let edit = props.edit.0.clone();
        std::rc::Rc::new(move |f: Box<dyn FnOnce(&mut Level)>| {
            edit(Box::new(move |p: &mut TierPlan| {
                if let Some(l) = p.levels.get_mut(i) {
                    f(l)
                }
            }))
        })
    };
    let text = |f: &str, label: Key, value: &str, max: usize, multi: bool, set: fn(&mut Level, String)| {
        let change = change.clone();
        let on_input = Callback::from(move |v: String| change(Box::new(move |l| set(l, v))));
        html! { <TextField id={id(f)} label={t(label)} value={AttrValue::from(value.to_owned())} max={max} multiline={multi} {on_input} /> }
    };
    let on_share = {
        let change = change.clone();
        Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                change(Box::new(move |l| l.share_x10 = v as u32))
            }
        })
    };
    let on_own = {
        let change = change.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            change(Box::new(move |l| l.own_group = on))
        })
    };
    let action = |f: fn(&mut TierPlan, usize)| {
        let edit = props.edit.0.clone();
        Callback::from(move |_| edit(Box::new(move |p: &mut TierPlan| f(p, i))))
    };
    html! {
        <article class="channel-card level-card" aria-labelledby={id("title")} data-testid="level-card">
            <header class="channel-card__head">
                <span class={classes!("swatch", format!("swatch--{}", i % 10))} aria-hidden="true"></span>
                <h4 class="channel-card__title" id={id("title")}>{ props.label.clone() }</h4>
                <span class="channel-card__mode">{ lang.tf(Key::LevelMembers, &[("n", &people(props.members as f64))]) }</span>
            </header>
            <div class="numbers">
                { text("name", Key::LevelName, &l.name, SHORT_TEXT, false, |l, v| l.name = v) }
                <NumberField id={id("share")} label={t(Key::Share)} value={Some(u64::from(l.share_x10))} tenths=true
                    max={u64::from(WHOLE)} unit="%" on_change={on_share} />
            </div>
            { text("labels", Key::LevelLabels, &l.labels, LINE_TEXT, false, |l, v| l.labels = v) }
            if props.pyramid {
                { rule_editor(lang, &id("entry"), Key::EntryRule, &l.entry, &change, |l| &mut l.entry) }
                { rule_editor(lang, &id("hold"), Key::HoldRule, &l.hold, &change, |l| &mut l.hold) }
            }
            { text("privileges", Key::Privileges, &l.privileges, LONG_TEXT, true, |l, v| l.privileges = v) }
            { text("duties", Key::Duties, &l.duties, LONG_TEXT, true, |l, v| l.duties = v) }
            <label class="choice">
                <input type="checkbox" id={id("own-group")} checked={l.own_group} onchange={on_own} />
                { t(Key::OwnGroup) }
            </label>
            <div class="channel-card__actions">
                if i > 0 {
                    <button type="button" class="button button--quiet" onclick={action(|p, i| p.swap_down(i - 1))}
                        aria-label={lang.tf(Key::MoveUpNamed, &[("name", &props.label)])}>{ t(Key::MoveUp) }</button>
                }
                if i + 1 < props.count {
                    <button type="button" class="button button--quiet" onclick={action(|p, i| p.swap_down(i))}
                        aria-label={lang.tf(Key::MoveDownNamed, &[("name", &props.label)])}>{ t(Key::MoveDown) }</button>
                }
                <button type="button" class="button button--quiet button--danger" onclick={action(|p, i| p.remove_level(i))}
                    aria-label={lang.tf(Key::RemoveLevel, &[("name", &props.label)])}>{ t(Key::Remove) }</button>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct PromotionMatrixProps {
    pub plan: TierPlan,
    pub members: u64,
    pub edit: EditProp,
}

/// Each period, the share of each level that moves to each other level;
/// every row must add up to 100 %.
#[component]
pub fn PromotionMatrix(props: &PromotionMatrixProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let plan = &props.plan;
    let n = plan.levels.len();
    let heads = (0..n).map(|j| html! { <th scope="col">{ level_label(lang, plan, j) }</th> });
    let rows = (0..n).map(|i| {
        let row = plan.promotion.get(i).cloned().unwrap_or_else(|| vec![0; n]);
        let sum: u32 = row.iter().sum();
        let cells = (0..n).map(|j| {
            let edit = props.edit.0.clone();
            let on_change = Callback::from(move |v: Option<u64>| {
                if let Some(v) = v {
                    edit(Box::new(move |p: &mut TierPlan| {
                        p.fit_promotion();
                        if let Some(cell) = p.promotion.get_mut(i).and_then(|r| r.get_mut(j)) {
                            *cell = v as u32;
                        }
                    }))
                }
            });
            let label = lang.tf(Key::MatrixCell, &[("from", &level_label(lang, plan, i)), ("to", &level_label(lang, plan, j))]);
            html! {
                <td class={classes!((i == j).then_some("matrix__stay"))}>
                    <NumberField id={format!("pm-{i}-{j}")} label={AttrValue::from(label)} value={Some(u64::from(row.get(j).copied().unwrap_or(0)))}
                        tenths=true max={u64::from(WHOLE)} unit="%" {on_change} />
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row">{ level_label(lang, plan, i) }</th>
                { for cells }
                <td class={classes!("matrix__sum", (sum != WHOLE).then_some("matrix__sum--bad"))} data-testid="row-sum">
                    { percent(sum) }
                </td>
            </tr>
        }
    });
    let reset = {
        let edit = props.edit.0.clone();
        Callback::from(move |_| {
            edit(Box::new(|p: &mut TierPlan| p.promotion = TierPlan::default_promotion(p.levels.len())))
        })
    };
    let on_period = {
        let edit = props.edit.0.clone();
        Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                edit(Box::new(move |p: &mut TierPlan| p.period_days = v as u32))
            }
        })
    };
    // A year of the matrix from the target shares, to show where it leads.
    let start: Vec<f64> = tiers::level_counts(plan, props.members).iter().map(|c| *c as f64).collect();
    let periods = (365 / plan.period_days.max(1)) as usize;
    let after = tiers::promote(plan, &start, periods);
    let drift = (0..n).map(|i| {
        html! { <li>{ format!("{}: {} → {}", level_label(lang, plan, i), people(start[i]), people(after[i])) }</li> }
    });
    html! {
        <section class="panel" aria-labelledby="matrix-title" data-testid="promotion">
            <h3 class="panel__title" id="matrix-title">{ t(Key::MatrixTitle) }</h3>
            <p class="panel__hint">{ t(Key::MatrixHint) }</p>
            <div class="numbers">
                <NumberField id="tier-period" label={t(Key::MatrixPeriod)} value={Some(u64::from(plan.period_days))}
                    min=1 max=365 unit={t(Key::UnitDays)} on_change={on_period} />
            </div>
            <div class="table-scroll">
                <table class="table matrix">
                    <thead>
                        <tr>
                            <th scope="col">{ t(Key::MatrixFrom) }</th>
                            { for heads }
                            <th scope="col">{ t(Key::MatrixSum) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <button type="button" class="button" onclick={reset}>{ t(Key::MatrixReset) }</button>
            <p class="panel__hint matrix__drift-title">{ lang.tf(Key::MatrixDrift, &[("periods", &periods.to_string())]) }</p>
            <ul class="matrix__drift">{ for drift }</ul>
        </section>
    }
}
