//! Buttons that open an example canvas as a new plan.

use yew::prelude::*;

use crate::app::Action;
use crate::services::browser;
use qunce_core::examples::Example;
use qunce_core::i18n::Key;

use crate::components::use_app;

#[component]
pub fn ExamplePicker() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let buttons = Example::ALL.iter().map(|ex| {
        let (handle, ex) = (state.clone(), *ex);
        let onclick = Callback::from(move |_| {
            handle.dispatch(Action::CreateFromExample {
                id: browser::new_id(),
                example: ex,
                now_ms: browser::now_ms(),
            })
        });
        let name = state.t(ex.title());
        html! {
            <li>
                <button type="button" class="button examples__button" {onclick}
                    aria-label={state.lang.tf(Key::NewFromExample, &[("name", name)])}>{ name }</button>
            </li>
        }
    });
    html! {
        <section class="examples" aria-labelledby="examples-title" data-testid="examples">
            <h2 class="examples__title" id="examples-title">{ state.t(Key::ExamplesTitle) }</h2>
            <p class="examples__hint">{ state.t(Key::ExamplesHint) }</p>
            <ul class="examples__list">{ for buttons }</ul>
        </section>
    }
}
