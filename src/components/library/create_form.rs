use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Action;
use crate::services::browser;
use qunce_core::i18n::Key;

use crate::components::use_app;

#[component]
pub fn CreateForm() -> Html {
    let draft = use_state(String::new);
    let Some(state) = use_app() else {
        return html! {};
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| draft.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onsubmit = {
        let draft = draft.clone();
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::CreatePlan {
                id: browser::new_id(),
                name: (*draft).clone(),
                now_ms: browser::now_ms(),
            });
            draft.set(String::new());
        })
    };
    html! {
        <form class="create" {onsubmit} data-testid="create-form">
            <label class="create__label" for="new-plan-name">{ state.t(Key::NewPlanLabel) }</label>
            <div class="create__row">
                <input id="new-plan-name" class="input create__input" type="text" maxlength="120"
                    placeholder={state.t(Key::NewPlanPlaceholder)} value={(*draft).clone()} {oninput} />
                <button type="submit" class="button button--primary">{ state.t(Key::CreatePlan) }</button>
            </div>
        </form>
    }
}
