//! A section of a long step that can be folded away (issue 25: on a phone
//! the steps are 6,000–10,000 px tall). Its header keeps the section's key
//! figure in view while folded, so a folded step still reads as a summary.
//! Open at first; the browser keeps what the user folds.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// The heading's id (the section is labelled by it).
    pub id: AttrValue,
    pub title: AttrValue,
    /// The section's key figure, shown beside the title ("3 levels", "¥4,800").
    #[prop_or_default]
    pub figure: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Its figures change as the user types: read out when they do.
    #[prop_or_default]
    pub live: bool,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    html! {
        <details class={classes!("panel", "fold", props.class.clone())} open=true
            aria-labelledby={props.id.clone()} data-testid={props.testid.clone()}
            aria-live={props.live.then_some("polite")}>
            <summary class="fold__head">
                <h3 class="panel__title fold__title" id={props.id.clone()}>{ props.title.clone() }</h3>
                if let Some(figure) = &props.figure {
                    <span class="fold__figure" data-testid="fold-figure">{ figure.clone() }</span>
                }
            </summary>
            { props.children.clone() }
        </details>
    }
}
