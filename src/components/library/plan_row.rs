use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::{Action, Route};
use crate::services::browser;
use qunce_core::domain::Plan;
use qunce_core::i18n::{format_datetime, Key};

use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct PlanRowProps {
    pub plan: Plan,
}

#[component]
pub fn PlanRow(props: &PlanRowProps) -> Html {
    let renaming = use_state(|| None::<String>);
    let input = use_node_ref();
    {
        // Keyboard users land in the field that replaced the button.
        let input = input.clone();
        use_effect_with(renaming.is_some(), move |open| {
            if *open {
                if let Some(el) = input.cast::<HtmlInputElement>() {
                    let _ = el.focus();
                    el.select();
                }
            }
        });
    }
    let Some(state) = use_app() else {
        return html! {};
    };
    let plan = &props.plan;
    let id = plan.id.clone();
    let name = state.display_name(plan).to_owned();
    let input_id = format!("rename-{id}");

    let body = if let Some(draft) = (*renaming).clone() {
        let oninput = {
            let renaming = renaming.clone();
            Callback::from(move |e: InputEvent| {
                renaming.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
            })
        };
        let onsubmit = {
            let (renaming, state, id) = (renaming.clone(), state.clone(), id.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(name) = (*renaming).clone() {
                    state.dispatch(Action::RenamePlan { id: id.clone(), name, now_ms: browser::now_ms() });
                }
                renaming.set(None);
            })
        };
        let cancel = {
            let renaming = renaming.clone();
            Callback::from(move |_| renaming.set(None))
        };
        let onkeydown = {
            let renaming = renaming.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Escape" {
                    renaming.set(None);
                }
            })
        };
        html! {
            <form class="plan-row__rename" {onsubmit}>
                <label class="visually-hidden" for={input_id.clone()}>{ state.lang.tf(Key::RenameLabel, &[("name", &name)]) }</label>
                <input id={input_id} ref={input} class="input" type="text" maxlength="120" value={draft} {oninput} {onkeydown} />
                <button type="submit" class="button button--primary">{ state.t(Key::Save) }</button>
                <button type="button" class="button button--quiet" onclick={cancel}>{ state.t(Key::Cancel) }</button>
            </form>
        }
    } else {
        let start_rename = {
            let (renaming, current) = (renaming.clone(), plan.name.clone());
            Callback::from(move |_| renaming.set(Some(current.clone())))
        };
        let duplicate = {
            let (state, id) = (state.clone(), id.clone());
            Callback::from(move |_| {
                state.dispatch(Action::DuplicatePlan {
                    id: id.clone(),
                    new_id: browser::new_id(),
                    now_ms: browser::now_ms(),
                })
            })
        };
        let delete = {
            let (state, id) = (state.clone(), id.clone());
            Callback::from(move |_| {
                state.dispatch(Action::TrashPlan { id: id.clone(), now_ms: browser::now_ms() })
            })
        };
        let edited = state
            .lang
            .tf(Key::LastEdited, &[("time", &format_datetime(plan.updated_ms, state.tz_offset_min))]);
        let progress = state.lang.tf(Key::Progress, &[("n", &plan.progress().to_string())]);
        html! {
            <>
                <div class="plan-row__main">
                    <a class="plan-row__name" href={Route::plan(&id).to_hash()}>{ name.clone() }</a>
                    <span class="plan-row__meta">{ edited }{ " · " }{ progress }</span>
                </div>
                <div class="plan-row__actions">
                    <button type="button" class="button button--quiet" onclick={start_rename}>{ state.t(Key::Rename) }</button>
                    <button type="button" class="button button--quiet" onclick={duplicate}>{ state.t(Key::Duplicate) }</button>
                    <button type="button" class="button button--quiet button--danger" onclick={delete}>{ state.t(Key::Delete) }</button>
                </div>
            </>
        }
    };
    html! { <li class="plan-row" data-plan-id={id.to_string()}>{ body }</li> }
}
