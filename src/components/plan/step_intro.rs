//! What a step is for, shown above its editor while the step is empty.

use qunce_core::labels::step_keys;
use yew::prelude::*;

use qunce_core::domain::Step;
use qunce_core::i18n::Key;

use crate::components::canvas::ExamplePicker;
use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct StepIntroProps {
    pub step: Step,
}

#[component]
pub fn StepIntro(props: &StepIntroProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let (title, intro, example) = step_keys(props.step);
    html! {
        <div class="step-intro" data-testid="step-intro">
            <h2 class="step-intro__title">{ state.t(title) }</h2>
            <p class="step-intro__text">{ state.t(intro) }</p>
            <figure class="step-intro__example">
                <figcaption>{ state.t(Key::ExampleLabel) }</figcaption>
                <blockquote>{ state.t(example) }</blockquote>
            </figure>
            if props.step == Step::Positioning {
                <ExamplePicker />
            }
        </div>
    }
}
