use yew::prelude::*;

use qunce_core::i18n::Key;

use super::use_app;

#[component]
pub fn NotFound() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    html! {
        <section class="page page--narrow" data-testid="not-found">
            <h1 class="page__title">{ state.t(Key::NotFoundTitle) }</h1>
            <p>{ state.t(Key::NotFoundBody) }</p>
            <a class="button" href="#/">{ state.t(Key::BackToPlans) }</a>
        </section>
    }
}
