//! Step 4: the KPI simulator — assumptions as low / likely / high guesses,
//! interventions, KPI targets with the chance of meeting each, uncertainty
//! bands, a health check, the tornado of what matters most, and CSV export.

mod inputs;
mod outputs;
mod scenarios;

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::{Action, AppState};
use crate::domain::simulate::{self, Context, Outcome, SimPlan, Swing};
use crate::domain::PlanId;
use crate::i18n::Key;
use crate::services::browser;

use super::use_app;
use inputs::{Assumptions, Interventions, Settings, Targets};
use outputs::{BandsChart, HealthPanel, Tornado};
use scenarios::Scenarios;

/// Applies one edit to the simulator settings as they are when it runs.
pub type Edit = Rc<dyn Fn(Box<dyn FnOnce(&mut SimPlan)>)>;

/// An [`Edit`] as a prop; made once per plan, so it compares equal across renders.
#[derive(Clone)]
pub struct EditProp(pub Edit);

impl PartialEq for EditProp {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn make_edit(dispatcher: Option<UseReducerDispatcher<AppState>>, id: PlanId) -> Edit {
    Rc::new(move |edit: Box<dyn FnOnce(&mut SimPlan)>| {
        if let Some(d) = &dispatcher {
            d.dispatch(Action::EditSimulation { id: id.clone(), edit, now_ms: browser::now_ms() });
        }
    })
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
    pub id: PlanId,
    pub sim: SimPlan,
    /// What the other steps give the model.
    pub ctx: Rc<Context>,
    /// Day 1 of the simulation.
    pub start: NaiveDate,
    /// Whether the inflow comes from the channel plan.
    pub has_channels: bool,
}

#[component]
pub fn SimulationStep(props: &SimulationStepProps) -> Html {
    let state = use_app();
    let edit = use_memo((state.as_ref().map(|s| s.dispatcher()), props.id.clone()), |(d, id)| {
        make_edit(d.clone(), id.clone())
    });
    // The runs happen after the page is drawn, so typing never waits for them.
    let computed = use_state(|| None::<Rc<Computed>>);
    {
        let computed = computed.clone();
        use_effect_with((props.sim.clone(), props.ctx.clone()), move |(sim, ctx)| {
            let (sim, ctx) = (sim.clone(), ctx.clone());
            let timer = gloo::timers::callback::Timeout::new(0, move || {
                let outcome = simulate::simulate(&sim, &ctx);
                let swings = simulate::sensitivity(&sim, &ctx);
                let scenarios = if sim.scenarios.is_empty() {
                    Vec::new()
                } else {
                    std::iter::once(simulate::simulate_runs(&sim, &ctx, simulate::SCENARIO_RUNS))
                        .chain(sim.scenarios.iter().map(|sc| {
                            simulate::simulate_runs(&sim.with_scenario(sc), &ctx, simulate::SCENARIO_RUNS)
                        }))
                        .collect()
                };
                let levels =
                    ctx.tiers.as_ref().map(|t| simulate::by_level(&outcome.median, t)).unwrap_or_default();
                computed.set(Some(Rc::new(Computed { key: (sim, ctx), outcome, swings, levels, scenarios })));
            });
            move || drop(timer)
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.lang;
    let edit: Edit = (*edit).clone();
    let sim = &props.sim;
    let current = (*computed).clone().filter(|c| c.key.0 == *sim && c.key.1 == props.ctx);
    let joins: f64 = props.ctx.inflow.iter().sum();
    let level_names: Vec<String> = props
        .ctx
        .tiers
        .as_ref()
        .map(|t| (0..t.levels.len()).map(|i| crate::components::tiers::level_label(lang, t, i)).collect())
        .unwrap_or_default();
    let source = if sim.typed_inflow.is_some() {
        lang.t(Key::InflowTyped).to_owned()
    } else if props.has_channels {
        lang.tf(Key::InflowFromChannels, &[("n", &crate::i18n::people(joins))])
    } else {
        lang.t(Key::InflowNone).to_owned()
    };
    html! {
        <div class="channels sim" data-testid="simulation-step">
            <section class="panel" aria-labelledby="sim-settings">
                <h3 class="panel__title" id="sim-settings">{ lang.t(Key::SimSettings) }</h3>
                <p class="panel__hint" data-testid="inflow-source">{ source }</p>
                <Settings sim={sim.clone()} edit={EditProp(edit.clone())} />
            </section>
            <BandsChart sim={sim.clone()} start={props.start} computed={current.clone()} level_names={level_names} />
            <Targets sim={sim.clone()} start={props.start} computed={current.clone()} edit={EditProp(edit.clone())} />
            <HealthPanel computed={current.clone()} paid_entry={props.ctx.paid_entry} />
            <Interventions sim={sim.clone()} edit={EditProp(edit.clone())} />
            <Assumptions sim={sim.clone()} edit={EditProp(edit.clone())} />
            <Tornado computed={current.clone()} />
            <Scenarios sim={sim.clone()} computed={current} edit={EditProp(edit.clone())} />
            <details class="panel sample-case">
                <summary class="panel__title">{ lang.t(Key::SampleCaseTitle) }</summary>
                <p>{ lang.t(Key::SampleCaseText) }</p>
            </details>
        </div>
    }
}
