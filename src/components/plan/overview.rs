use qunce_core::labels::step_keys;
use yew::prelude::*;

use crate::app::{PlanView, Route};
use qunce_core::domain::diagnose::diagnose;
use qunce_core::domain::{Plan, Step};
use qunce_core::i18n::Key;

use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub plan: Plan,
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let cards = Step::ALL.iter().enumerate().map(|(i, step)| {
        let (title, intro, _) = step_keys(*step);
        let done = props.plan.has_content(*step);
        let href = Route::Plan { id: props.plan.id.clone(), view: PlanView::Step(*step) }.to_hash();
        html! {
            <li class={classes!("overview__card", done.then_some("overview__card--done"))}>
                <h2 class="overview__title">
                    <a {href}><span class="overview__num">{ i + 1 }</span>{ state.t(title) }</a>
                </h2>
                <p class="overview__status">
                    { state.t(if done { Key::StatusStarted } else { Key::StatusEmpty }) }
                    if *step == Step::Positioning && done {
                        { " · " }{ state.t(Key::Readiness) }{ format!(" {}/100", diagnose(&props.plan.positioning).score) }
                    }
                </p>
                <p class="overview__intro">{ state.t(intro) }</p>
            </li>
        }
    });
    html! {
        <div class="overview" data-testid="overview">
            <p class="page__intro">{ state.t(Key::OverviewIntro) }</p>
            <ol class="overview__grid">{ for cards }</ol>
        </div>
    }
}
