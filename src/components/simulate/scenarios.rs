//! Named scenarios: save the current assumptions and interventions, then
//! compare them side by side (a table and overlaid median lines).

use std::fmt::Write;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use qunce_core::domain::canvas::SHORT_TEXT;
use qunce_core::domain::simulate::{Outcome, Scenario, SimPlan, MAX_SCENARIOS, SCENARIO_RUNS};
use qunce_core::i18n::{people, share_percent, Key};

use super::{Computed, EditProp};
use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct ScenariosProps {
    pub sim: SimPlan,
    pub computed: Option<Rc<Computed>>,
    pub edit: EditProp,
}

#[component]
pub fn Scenarios(props: &ScenariosProps) -> Html {
    let name = use_state(String::new);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let sim = &props.sim;
    let full = sim.scenarios.len() >= MAX_SCENARIOS;
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let save = {
        let (edit, name) = (props.edit.0.clone(), name.clone());
        let n = sim.scenarios.len() + 1;
        let fallback = lang.tf(Key::ScenarioN, &[("n", &n.to_string())]);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let label = if name.trim().is_empty() { fallback.clone() } else { name.trim().to_owned() };
            edit(Box::new(move |s: &mut SimPlan| {
                if s.scenarios.len() < MAX_SCENARIOS {
                    let sc = Scenario {
                        name: label,
                        params: s.params.clone(),
                        interventions: s.interventions.clone(),
                    };
                    s.scenarios.push(sc);
                }
            }));
            name.set(String::new());
        })
    };
    let outcomes: Option<(&Outcome, &[Outcome])> =
        props.computed.as_ref().and_then(|c| c.scenarios.split_first());
    let row = |label: String, o: Option<&Outcome>, actions: Html| {
        let cells = match o {
            Some(o) if o.days > 0 => {
                let end = o.days - 1;
                html! {
                    <>
                        <td>{ people(o.members.p50[end]) }</td>
                        <td>{ format!("{}–{}", people(o.members.p10[end]), people(o.members.p90[end])) }</td>
                        <td>{ share_percent(o.active.p50[end]) }</td>
                        <td>{ o.chances.first().map(|p| format!("{}%", (p * 100.0).round() as u32)).unwrap_or_else(|| "—".into()) }</td>
                    </>
                }
            }
            _ => html! { <td colspan="4" class="table__note">{ lang.t(Key::SuggestionPending) }</td> },
        };
        html! {
            <tr>
                <th scope="row">{ label }</th>
                { cells }
                <td class="scenario__actions">{ actions }</td>
            </tr>
        }
    };
    let saved = sim.scenarios.iter().enumerate().map(|(i, sc)| {
        let use_it = {
            let edit = props.edit.0.clone();
            Callback::from(move |_| {
                edit(Box::new(move |s: &mut SimPlan| {
                    if let Some(sc) = s.scenarios.get(i).cloned() {
                        s.params = sc.params;
                        s.interventions = sc.interventions;
                    }
                }))
            })
        };
        let remove = {
            let edit = props.edit.0.clone();
            Callback::from(move |_| {
                edit(Box::new(move |s: &mut SimPlan| {
                    if i < s.scenarios.len() {
                        s.scenarios.remove(i);
                    }
                }))
            })
        };
        let actions = html! {
            <>
                <button type="button" class="button button--quiet" onclick={use_it}
                    aria-label={lang.tf(Key::ScenarioUseNamed, &[("name", &sc.name)])}>{ t(Key::ScenarioUse) }</button>
                <button type="button" class="button button--quiet button--danger" onclick={remove}
                    aria-label={lang.tf(Key::ScenarioRemoveNamed, &[("name", &sc.name)])}>{ t(Key::Remove) }</button>
            </>
        };
        row(sc.name.clone(), outcomes.and_then(|(_, s)| s.get(i)), actions)
    });
    let current = row(lang.t(Key::ScenarioCurrent).to_owned(), outcomes.map(|(o, _)| o), html! {});
    // Median member lines of the current assumptions and each scenario.
    let lines = outcomes.map(|(o, scenarios)| {
        let all: Vec<&Outcome> = std::iter::once(o).chain(scenarios.iter()).collect();
        let top = all.iter().flat_map(|o| o.members.p50.iter().copied()).fold(0.0, f64::max).max(1.0);
        all.iter()
            .enumerate()
            .map(|(i, o)| {
                let n = o.members.p50.len();
                let mut d = String::with_capacity(n * 12);
                for (k, v) in o.members.p50.iter().enumerate() {
                    let x = if n <= 1 { 0 } else { k * 10_000 / (n - 1) };
                    let y = (10_000.0 - v / top * 10_000.0).round() as i64;
                    let _ = write!(d, "{}{x} {y}", if k == 0 { 'M' } else { 'L' });
                }
                html! { <path class={format!("scenario__line stroke-{}", i % 10)} d={d} vector-effect="non-scaling-stroke" /> }
            })
            .collect::<Html>()
    });
    let legend = std::iter::once(lang.t(Key::ScenarioCurrent).to_owned())
        .chain(sim.scenarios.iter().map(|s| s.name.clone()))
        .enumerate()
        .map(|(i, name)| {
            html! {
                <li class="legend__item">
                    <span class={classes!("swatch", format!("swatch--{}", i % 10))} aria-hidden="true"></span>{ name }
                </li>
            }
        });
    html! {
        <section class="panel" aria-labelledby="scenarios-title" data-testid="scenarios">
            <h3 class="panel__title" id="scenarios-title">{ t(Key::ScenariosTitle) }</h3>
            <p class="panel__hint">{ lang.tf(Key::ScenariosHint, &[("n", &MAX_SCENARIOS.to_string()), ("runs", &SCENARIO_RUNS.to_string())]) }</p>
            if full {
                <p class="field__hint">{ lang.tf(Key::ScenariosFull, &[("n", &MAX_SCENARIOS.to_string())]) }</p>
            } else {
                <form class="create__row" onsubmit={save}>
                    <label class="visually-hidden" for="scenario-name">{ t(Key::ScenarioName) }</label>
                    <input id="scenario-name" class="input" type="text" maxlength={SHORT_TEXT.to_string()}
                        placeholder={t(Key::ScenarioName)} value={(*name).clone()} oninput={on_name} />
                    <button type="submit" class="button" data-testid="save-scenario">{ t(Key::ScenarioSave) }</button>
                </form>
            }
            if !sim.scenarios.is_empty() {
                <div class="table-scroll">
                    <table class="table table--numbers" data-testid="scenario-table">
                        <thead>
                            <tr>
                                <th scope="col">{ t(Key::Scenario) }</th>
                                <th scope="col">{ t(Key::ScenarioMedian) }</th>
                                <th scope="col">{ t(Key::ScenarioRange) }</th>
                                <th scope="col">{ t(Key::KpiWeeklyActive) }</th>
                                <th scope="col">{ t(Key::ScenarioFirstTarget) }</th>
                                <th scope="col"><span class="visually-hidden">{ t(Key::ScenarioActions) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { current }
                            { for saved }
                        </tbody>
                    </table>
                </div>
                if let Some(lines) = lines {
                    <svg class="scenario__chart" width="100%" height="160" viewBox="0 0 10000 10000" preserveAspectRatio="none"
                        role="img" aria-label={lang.t(Key::ScenarioChart)}>
                        { lines }
                    </svg>
                    <ul class="legend">{ for legend }</ul>
                }
            }
        </section>
    }
}
