//! A plan summary as a page section: what a shared link shows, and what
//! prints on one A4 page. The markup is the core's
//! (`qunce_core::summary::html::render`), the same string the shared-link
//! viewer paints before the editor has loaded, so the two never differ; it
//! escapes every text itself.

use yew::prelude::*;

use qunce_core::summary::{html, Summary};

#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    pub summary: std::rc::Rc<Summary>,
    /// Text for a step with nothing in it yet.
    pub empty: AttrValue,
}

#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let markup = use_memo((props.summary.clone(), props.empty.clone()), |(summary, empty)| {
        AttrValue::from(html::render(summary, empty))
    });
    Html::from_html_unchecked((*markup).clone())
}
