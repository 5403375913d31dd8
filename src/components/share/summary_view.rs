//! A plan summary as a page section: what a shared link shows, and what
//! prints on one A4 page.

use yew::prelude::*;

use qunce_core::summary::Summary;

#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    pub summary: std::rc::Rc<Summary>,
    /// Text for a step with nothing in it yet.
    pub empty: AttrValue,
}

#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let s = &props.summary;
    let sections = s.sections.iter().enumerate().map(|(i, section)| {
        let rows = section.rows.iter().map(|r| {
            html! {
                <div class="summary__row">
                    <dt class="summary__label">{ r.label.clone() }</dt>
                    <dd class="summary__value">
                        if !r.value.is_empty() { <span>{ r.value.clone() }</span> }
                        if !r.items.is_empty() {
                            <ul class="summary__items">{ for r.items.iter().map(|it| html! { <li>{ it.clone() }</li> }) }</ul>
                        }
                    </dd>
                </div>
            }
        });
        html! {
            <section class="summary__section">
                <h3 class="summary__step"><span class="summary__num">{ i + 1 }</span>{ section.title.clone() }</h3>
                if section.rows.is_empty() {
                    <p class="summary__empty">{ props.empty.clone() }</p>
                } else {
                    <dl class="summary__list">{ for rows }</dl>
                }
            </section>
        }
    });
    html! {
        <article class="summary" data-testid="summary">
            <h2 class="summary__title">{ s.title.clone() }</h2>
            <div class="summary__grid">{ for sections }</div>
        </article>
    }
}
