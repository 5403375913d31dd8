use qunce_core::labels::step_keys;
use yew::prelude::*;

use crate::app::{PlanView, Route};
use qunce_core::domain::{Plan, Step};
use qunce_core::i18n::Key;

use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub plan: Plan,
    pub view: PlanView,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let id = &props.plan.id;
    let link = |view: PlanView, label: &str, marker: Html, status: Option<bool>| {
        let current = props.view == view;
        let href = Route::Plan { id: id.clone(), view: view.clone() }.to_hash();
        let status = status.map(|done| {
            let (class, text) = if done {
                ("step-nav__status step-nav__status--done", state.t(Key::StatusStarted))
            } else {
                ("step-nav__status", state.t(Key::StatusEmpty))
            };
            html! { <span class={class}>{ text }</span> }
        });
        html! {
            <li class={classes!("step-nav__item", current.then_some("step-nav__item--current"))}>
                <a class="step-nav__link" {href} aria-current={current.then_some("page")}>
                    <span class="step-nav__marker" aria-hidden="true">{ marker }</span>
                    <span class="step-nav__label">{ label.to_owned() }</span>
                    { status }
                </a>
            </li>
        }
    };
    let steps = Step::ALL.iter().enumerate().map(|(i, step)| {
        let (title, _, _) = step_keys(*step);
        link(PlanView::Step(*step), state.t(title), html! { { i + 1 } }, Some(props.plan.has_content(*step)))
    });
    html! {
        <nav class="step-nav" aria-label={state.t(Key::StepsNavLabel)}>
            <ol class="step-nav__list">
                { link(PlanView::Overview, state.t(Key::StepOverview), html! { "◎" }, None) }
                { for steps }
                { link(PlanView::Share, state.t(Key::StepShare), html! { "↗" }, None) }
            </ol>
        </nav>
    }
}
