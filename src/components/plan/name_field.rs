//! The plan's name as an editable heading. Edits are committed on change
//! (Enter or leaving the field), so typing is never interrupted by cleaning.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::PlanId;
use crate::i18n::Key;
use crate::services::browser;

use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct NameFieldProps {
    pub id: PlanId,
    pub name: String,
}

#[component]
pub fn NameField(props: &NameFieldProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let onchange = {
        let (state, id) = (state.clone(), props.id.clone());
        Callback::from(move |e: Event| {
            let name = e.target_unchecked_into::<HtmlInputElement>().value();
            state.dispatch(Action::RenamePlan { id: id.clone(), name, now_ms: browser::now_ms() });
        })
    };
    html! {
        <div class="name-field">
            <label class="name-field__label" for="plan-name">{ state.t(Key::PlanNameLabel) }</label>
            <input id="plan-name" class="name-field__input" type="text" maxlength="120"
                value={props.name.clone()} placeholder={state.t(Key::DefaultPlanName)} {onchange} />
        </div>
    }
}
