use yew::prelude::*;

use crate::app::Action;
use qunce_core::domain::PlanId;
use qunce_core::i18n::{format_datetime, Key};

use crate::components::{dispatch_on_click, use_app};

#[component]
pub fn Trash() -> Html {
    // The plan whose "delete forever" awaits a second, confirming click.
    let confirming = use_state(|| None::<PlanId>);
    let Some(state) = use_app() else {
        return html! {};
    };
    let trashed = state.trashed_plans();
    if trashed.is_empty() {
        return html! {};
    }
    let count = trashed.len();
    let rows = trashed.into_iter().map(|plan| {
        let id = plan.id.clone();
        let restore = {
            let id = id.clone();
            dispatch_on_click(&state, move || Action::RestorePlan { id: id.clone() })
        };
        let is_confirming = confirming.as_ref() == Some(&id);
        let delete = {
            let (state, id, confirming) = (state.clone(), id.clone(), confirming.clone());
            Callback::from(move |_| {
                if is_confirming {
                    state.dispatch(Action::DeleteForever { id: id.clone() });
                    confirming.set(None);
                } else {
                    confirming.set(Some(id.clone()));
                }
            })
        };
        let when = format_datetime(plan.trashed_ms.unwrap_or(plan.updated_ms), state.tz_offset_min);
        html! {
            <li class="plan-row plan-row--trashed" key={id.as_str()} data-plan-id={id.to_string()}>
                <div class="plan-row__main">
                    <span class="plan-row__name">{ state.display_name(plan) }</span>
                    <span class="plan-row__meta">{ state.lang.tf(Key::TrashedAt, &[("time", &when)]) }</span>
                </div>
                <div class="plan-row__actions">
                    <button type="button" class="button button--quiet" onclick={restore}>{ state.t(Key::Restore) }</button>
                    <button type="button" class={classes!("button", "button--danger", (!is_confirming).then_some("button--quiet"))} onclick={delete}>
                        { state.t(if is_confirming { Key::ConfirmDeleteForever } else { Key::DeleteForever }) }
                    </button>
                </div>
            </li>
        }
    });
    html! {
        <details class="library__section" data-testid="trash">
            <summary>{ state.lang.tf(Key::TrashTitle, &[("n", &count.to_string())]) }</summary>
            <p class="library__hint">{ state.t(Key::TrashIntro) }</p>
            <ul class="library__list">{ for rows }</ul>
        </details>
    }
}
