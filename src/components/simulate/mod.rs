//! Step 4: the KPI simulator — assumptions as low / likely / high guesses,
//! interventions, KPI targets with the chance of meeting each, uncertainty
//! bands, a health check, the tornado of what matters most, and CSV export.

mod inputs;
mod outputs;
mod scenarios;

use qunce_core::labels::{level_label, param_keys, show_number};
use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::fold::Fold;

use crate::app::Action;
use qunce_core::domain::simulate::{self, Context, Outcome, Param, Range, SimPlan, Swing};
use qunce_core::domain::Plan;
use qunce_core::i18n::Key;

use super::{use_app, use_computed, use_section_edit};
use inputs::{Assumptions, Interventions, Settings, Targets};
use outputs::{BandsChart, HealthPanel, Tornado};
use scenarios::Scenarios;

/// Runs per forecast while a what-if slider is being dragged.
const QUICK_RUNS: usize = 200;

pub type Edit = crate::components::SectionEdit<SimPlan>;
/// An [`Edit`] as a prop.
pub type EditProp = crate::components::EditProp<SimPlan>;

pub(crate) use qunce_core::domain::simulate::{run_days, INLINE_RUN_DAYS};

/// The forecast, tornado, scenario comparison and members by level.
fn compute(sim: &SimPlan, ctx: &Rc<Context>) -> Computed {
    let outcome = simulate::simulate(sim, ctx);
    let swings = simulate::sensitivity(sim, ctx);
    let scenarios = if sim.scenarios.is_empty() {
        Vec::new()
    } else {
        std::iter::once(simulate::simulate_runs(sim, ctx, simulate::SCENARIO_RUNS))
            .chain(
                sim.scenarios
                    .iter()
                    .map(|sc| simulate::simulate_runs(&sim.with_scenario(sc), ctx, simulate::SCENARIO_RUNS)),
            )
            .collect()
    };
    let levels = ctx.tiers.as_ref().map(|t| simulate::by_level(&outcome.median, t)).unwrap_or_default();
    Computed { key: (sim.clone(), ctx.clone()), outcome, swings, levels, scenarios }
}

/// The Monte Carlo result and the tornado for one version of the inputs.
pub struct Computed {
    key: (SimPlan, Rc<Context>),
    pub outcome: Outcome,
    pub swings: Vec<Swing>,
    /// Members by tier level on the median run (empty without tiers).
    pub levels: Vec<Vec<f64>>,
    /// A smaller Monte Carlo of the current assumptions, then one per saved
    /// scenario (same runs and seed, so equal assumptions give equal numbers).
    pub scenarios: Vec<Outcome>,
}

impl PartialEq for Computed {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

#[derive(Properties, PartialEq)]
pub struct SimulationStepProps {
    pub plan: Plan,
    /// Day 1 when the channel plan has no start date.
    pub today: NaiveDate,
}

#[component]
pub fn SimulationStep(props: &SimulationStepProps) -> Html {
    let state = use_app();
    let edit =
        use_section_edit(&props.plan.id, |id, edit, now_ms| Action::EditSimulation { id, edit, now_ms });
    // What the other steps give the model: recomputed (a channel forecast)
    // only when they, or the settings it reads, change.
    let plan = &props.plan;
    let sim_inputs = SimPlan {
        horizon_days: plan.simulation.horizon(),
        typed_inflow: plan.simulation.typed_inflow,
        price: plan.simulation.price,
        refund_x10: plan.simulation.refund_x10,
        ..SimPlan::default()
    };
    let ctx: Rc<Context> = use_memo(
        (plan.positioning.clone(), plan.channels.clone(), plan.tiers.clone(), sim_inputs, props.today),
        |(positioning, channels, tiers, sim, today)| {
            simulate::context_of(positioning, channels, tiers, sim, *today)
        },
    );
    let start = plan.channels.start.unwrap_or(props.today);
    let has_channels = !plan.channels.channels.is_empty();
    // Forecasts up to INLINE_RUN_DAYS are computed while the page is drawn
    // (one task, nothing stale on screen); bigger ones just after it is
    // drawn, so typing never waits for them.
    let inline = run_days(&props.plan.simulation) <= INLINE_RUN_DAYS;
    let current =
        use_computed((props.plan.simulation.clone(), ctx.clone()), inline, |(sim, ctx)| compute(sim, ctx));
    // While a what-if slider is dragged: its parameter and value, and a
    // quick forecast with fewer runs (nothing is saved until it is let go).
    let preview = use_state(|| None::<(Param, u32)>);
    let quick = use_memo(((*preview), props.plan.simulation.clone(), ctx.clone()), |(preview, sim, ctx)| {
        preview.map(|(p, v)| {
            let mut trial = sim.clone();
            let r = trial.params.get(p);
            trial.params.set(p, Range { likely: v.clamp(r.low, r.high), ..r });
            let outcome = simulate::simulate_runs(&trial, ctx, QUICK_RUNS);
            Rc::new(Computed {
                key: (trial, ctx.clone()),
                outcome,
                swings: Vec::new(),
                levels: Vec::new(),
                scenarios: Vec::new(),
            })
        })
    });
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.lang;
    let edit: Edit = edit;
    let sim = &props.plan.simulation;
    let joins: f64 = ctx.inflow.iter().sum();
    let level_names: Vec<String> = ctx
        .tiers
        .as_ref()
        .map(|t| (0..t.levels.len()).map(|i| level_label(lang, t, i)).collect())
        .unwrap_or_default();
    let source = if sim.typed_inflow.is_some() {
        lang.t(Key::InflowTyped).to_owned()
    } else if has_channels {
        lang.tf(Key::InflowFromChannels, &[("n", &qunce_core::i18n::people(joins))])
    } else {
        lang.t(Key::InflowNone).to_owned()
    };
    html! {
        <div class="channels sim" data-testid="simulation-step">
            <Fold id="sim-settings" title={AttrValue::from(lang.t(Key::SimSettings))} figure={AttrValue::from(lang.tf(Key::SimSettingsFigure, &[
                ("days", &sim.horizon().to_string()),
                ("runs", &qunce_core::i18n::group(u64::from(sim.run_count()))),
            ]))}>
                <p class="panel__hint" data-testid="inflow-source">{ source }</p>
                <Settings sim={sim.clone()} edit={crate::components::EditProp(edit.clone())} />
            </Fold>
            <WhatIf sim={sim.clone()} swings={current.as_ref().map(|c| c.swings.iter().map(|s| s.param).collect::<Vec<_>>()).unwrap_or_default()}
                preview={*preview} on_preview={{ let preview = preview.clone(); Callback::from(move |p| preview.set(p)) }}
                edit={crate::components::EditProp(edit.clone())} />
            <BandsChart sim={sim.clone()} start={start} computed={(*quick).clone().or_else(|| current.clone())}
                level_names={if preview.is_some() { Vec::new() } else { level_names }}
                plan_name={AttrValue::from(props.plan.name.clone())} />
            <Targets sim={sim.clone()} plan_target={ctx.target.clone()} start={start} computed={current.clone()} edit={crate::components::EditProp(edit.clone())} />
            <HealthPanel computed={current.clone()} ctx={ctx.clone()} />
            <Interventions sim={sim.clone()} edit={crate::components::EditProp(edit.clone())} />
            <Assumptions sim={sim.clone()} edit={crate::components::EditProp(edit.clone())} />
            <Tornado computed={current.clone()} />
            <Scenarios sim={sim.clone()} computed={current} edit={crate::components::EditProp(edit.clone())} />
            <details class="panel sample-case">
                <summary class="panel__title">{ lang.t(Key::SampleCaseTitle) }</summary>
                <p>{ lang.t(Key::SampleCaseText) }</p>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub sim: SimPlan,
    /// Parameters from the most to the least influential (empty until known).
    pub swings: Vec<Param>,
    pub preview: Option<(Param, u32)>,
    pub on_preview: Callback<Option<(Param, u32)>>,
    pub edit: EditProp,
}

/// Sliders for the likely value of the three most influential assumptions:
/// dragging shows a quick forecast; letting go saves the value.
#[component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let sliders = props.swings.iter().take(3).map(|p| {
        let p = *p;
        let r = props.sim.params.get(p);
        let value = props.preview.filter(|(q, _)| *q == p).map_or(r.likely, |(_, v)| v);
        let shown = show_number(u64::from(value), p.is_share());
        let unit = if p.is_share() { "%" } else { lang.t(Key::UnitDays) };
        let id = format!("whatif-{}", inputs::serde_name(p));
        let read = |e: &Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().value().parse::<u32>().ok();
        let oninput = {
            let on_preview = props.on_preview.clone();
            Callback::from(move |e: InputEvent| {
                if let Some(v) = read(&e) {
                    on_preview.emit(Some((p, v)));
                }
            })
        };
        let onchange = {
            let (on_preview, edit) = (props.on_preview.clone(), props.edit.0.clone());
            Callback::from(move |e: Event| {
                if let Some(v) = read(&e) {
                    edit(Box::new(move |s: &mut SimPlan| {
                        let r = s.params.get(p);
                        s.params.set(p, Range { likely: v.clamp(r.low, r.high), ..r });
                    }));
                }
                on_preview.emit(None);
            })
        };
        html! {
            <div class="field whatif__field">
                <label class="field__label" for={id.clone()}>{ format!("{}: {shown}{unit}", lang.t(param_keys(p).0)) }</label>
                <input id={id} class="whatif__slider" type="range" min={r.low.to_string()} max={r.high.to_string()} step="1"
                    value={value.to_string()} disabled={r.low == r.high} {oninput} {onchange} />
            </div>
        }
    });
    if props.swings.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel" aria-labelledby="whatif-title" data-testid="what-if">
            <h3 class="panel__title" id="whatif-title">{ lang.t(Key::WhatIfTitle) }</h3>
            <p class="panel__hint">{ lang.tf(Key::WhatIfHint, &[("runs", &QUICK_RUNS.to_string())]) }</p>
            <div class="numbers">{ for sliders }</div>
        </section>
    }
}
