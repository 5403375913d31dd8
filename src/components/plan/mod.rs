//! One plan: its name, the step navigation and the open step.

mod name_field;
mod overview;
mod step_intro;
mod step_nav;
mod versions;

pub use name_field::NameField;
pub use overview::Overview;
pub use step_intro::StepIntro;
pub use step_nav::{StepNav, StepPager};
pub use versions::{VersionList, VersionListProps, Versions, VersionsPanel};

use yew::prelude::*;

use crate::app::{Action, PlanView};
use qunce_core::domain::{PlanId, Step};
use qunce_core::i18n::Key;

use super::actuals::ActualsPage;
use super::canvas::CanvasStep;
use super::channels::ChannelsStep;
use super::share::ShareStep;
use super::simulate::SimulationStep;
use super::tiers::TiersStep;
use super::undo_redo::UndoRedo;
use super::{dispatch_on_click, use_app};
use qunce_core::domain::channels::local_date;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub id: PlanId,
    pub view: PlanView,
}

#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let Some(plan) = state.plan(&props.id) else {
        return html! {
            <section class="page page--narrow" data-testid="plan-missing">
                <h1 class="page__title">{ state.t(Key::PlanMissingTitle) }</h1>
                <p>{ state.t(Key::PlanMissingBody) }</p>
                <a class="button" href="#/">{ state.t(Key::BackToPlans) }</a>
            </section>
        };
    };
    let trashed = plan.is_trashed().then(|| {
        let id = plan.id.clone();
        let restore = dispatch_on_click(&state, move || Action::RestorePlan { id: id.clone() });
        html! {
            <div class="banner banner--notice" role="status">
                <p class="banner__text">{ state.t(Key::PlanInTrash) }</p>
                <button type="button" class="button" onclick={restore}>{ state.t(Key::Restore) }</button>
            </div>
        }
    });
    let content = match &props.view {
        PlanView::Overview => html! {
            <>
                <Overview plan={plan.clone()} />
                <VersionsPanel plan={plan.clone()} />
            </>
        },
        PlanView::Actuals => html! {
            <ActualsPage plan={plan.clone()} today={local_date(state.boot_ms, state.tz_offset_min)} />
        },
        PlanView::Share => html! {
            <ShareStep plan={plan.clone()} today={local_date(state.boot_ms, state.tz_offset_min)} />
        },
        PlanView::Step(Step::Positioning) => html! {
            <>
                if !plan.positioning.has_content() {
                    <StepIntro step={Step::Positioning} />
                }
                <CanvasStep id={plan.id.clone()} canvas={plan.positioning.clone()} />
            </>
        },
        PlanView::Step(Step::Channels) => html! {
            <>
                if !plan.channels.has_content() {
                    <StepIntro step={Step::Channels} />
                }
                <ChannelsStep plan={plan.clone()} today={local_date(state.boot_ms, state.tz_offset_min)} />
            </>
        },
        PlanView::Step(Step::Tiers) => {
            html! {
                <>
                    if !plan.tiers.has_content() {
                        <StepIntro step={Step::Tiers} />
                    }
                    <TiersStep plan={plan.clone()} today={local_date(state.boot_ms, state.tz_offset_min)} />
                </>
            }
        }
        PlanView::Step(Step::Simulation) => {
            let today = local_date(state.boot_ms, state.tz_offset_min);
            html! {
                <>
                    if !plan.simulation.has_content() {
                        <StepIntro step={Step::Simulation} />
                    }
                    <SimulationStep plan={plan.clone()} {today} />
                </>
            }
        }
    };
    html! {
        <section class="page plan" data-testid="plan-page">
            { trashed }
            <NameField key={plan.id.as_str()} id={plan.id.clone()} name={plan.name.clone()} />
            <div class="page__head">
                <p class="plan__progress">{ state.lang.tf(Key::Progress, &[("n", &plan.progress().to_string())]) }</p>
                <button type="button" class="button button--quiet" data-testid="download-plan" onclick={{
                    let plan = plan.clone();
                    Callback::from(move |_| crate::services::browser::download(&qunce_core::export::plan_file(&plan, &crate::services::browser::today_ymd())))
                }}>{ state.t(Key::DownloadPlan) }</button>
                <UndoRedo />
            </div>
            <div class="plan__layout">
                <StepNav plan={plan.clone()} view={props.view.clone()} />
                <div class="plan__content">
                    { content }
                    <StepPager plan={plan.clone()} view={props.view.clone()} />
                </div>
            </div>
        </section>
    }
}
