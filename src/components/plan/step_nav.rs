use qunce_core::labels::{numbered_step, step_keys};
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

/// The plan's pages in the order the step bar shows them: the overview,
/// the four steps, plan vs actual, then sharing.
fn pages() -> Vec<PlanView> {
    let mut pages = vec![PlanView::Overview];
    pages.extend(Step::ALL.iter().map(|s| PlanView::Step(*s)));
    pages.push(PlanView::Actuals);
    pages.push(PlanView::Share);
    pages
}

/// A page's name with its marker, as the step bar shows it ("② 招募渠道").
fn page_label(state: &crate::app::AppState, view: &PlanView) -> String {
    match view {
        PlanView::Overview => format!("◎ {}", state.t(Key::StepOverview)),
        PlanView::Share => format!("↗ {}", state.t(Key::StepShare)),
        PlanView::Actuals => format!("⇄ {}", state.t(Key::StepActuals)),
        PlanView::Step(step) => numbered_step(state.lang, *step),
    }
}

/// The step bar. On a phone it stays at the top of the screen while the
/// page scrolls, scrolls sideways with a shadow at the edge that has more,
/// and keeps the current page in view.
#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let list = use_node_ref();
    {
        let list = list.clone();
        use_effect_with(props.view.clone(), move |_| {
            crate::services::browser::scroll_current_into_view(&list, ".step-nav__item--current");
        });
    }
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
            <ol class="step-nav__list" ref={list}>
                { link(PlanView::Overview, state.t(Key::StepOverview), html! { "◎" }, None) }
                { for steps }
                { link(PlanView::Actuals, state.t(Key::StepActuals), html! { "⇄" }, Some(!props.plan.actuals.is_empty())) }
                { link(PlanView::Share, state.t(Key::StepShare), html! { "↗" }, None) }
            </ol>
        </nav>
    }
}

/// "Previous" and "next" at the end of a page of the plan: the step bar's
/// order, so a plan can be built from the overview to sharing with these
/// two links alone.
#[component]
pub fn StepPager(props: &StepNavProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let pages = pages();
    let at = pages.iter().position(|p| *p == props.view).unwrap_or(0);
    let href = |view: &PlanView| Route::Plan { id: props.plan.id.clone(), view: view.clone() }.to_hash();
    let prev = at.checked_sub(1).and_then(|i| pages.get(i)).map(|view| {
        let text = state.lang.tf(Key::StepPrev, &[("step", &page_label(&state, view))]);
        html! { <a class="button step-pager__prev" rel="prev" href={href(view)} data-testid="step-prev">{ text }</a> }
    });
    let next = pages.get(at + 1).map(|view| {
        let text = state.lang.tf(Key::StepNext, &[("step", &page_label(&state, view))]);
        html! { <a class="button button--primary step-pager__next" rel="next" href={href(view)} data-testid="step-next">{ text }</a> }
    });
    html! {
        <nav class="step-pager" aria-label={state.t(Key::StepPagerLabel)}>
            { prev }
            { next }
        </nav>
    }
}
