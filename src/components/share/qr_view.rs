//! The QR code of a share link, phone-sized or projector-sized, with its
//! version.

use yew::prelude::*;

use crate::components::use_app;
use qunce_core::i18n::Key;
use qunce_core::qr::{qr, QUIET};

#[derive(Properties, PartialEq)]
pub struct QrViewProps {
    pub text: AttrValue,
}

#[component]
pub fn QrView(props: &QrViewProps) -> Html {
    let large = use_state(|| false);
    let code = use_memo(props.text.clone(), |text| qr(text));
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let Some(code) = code.as_ref() else {
        return html! { <p class="banner banner--warning" data-testid="qr-too-long">{ lang.t(Key::QrTooLong) }</p> };
    };
    let side = code.size + 2 * QUIET;
    let view_box = format!("0 0 {side} {side}");
    let toggle = |big: bool, key: Key| {
        let large = large.clone();
        let pressed = *large == big;
        html! {
            <button type="button" class={classes!("button", "button--quiet", pressed.then_some("button--pressed"))}
                aria-pressed={pressed.to_string()} onclick={Callback::from(move |_| large.set(big))}>
                { lang.t(key) }
            </button>
        }
    };
    let n = code.size.to_string();
    html! {
        <div class="qr" data-testid="qr">
            <div class="qr__sizes" role="group">
                { toggle(false, Key::QrPhone) }
                { toggle(true, Key::QrProjector) }
            </div>
            <svg class={classes!("qr__code", large.then_some("qr__code--large"))} viewBox={view_box}
                role="img" aria-label={lang.t(Key::QrLabel)} shape-rendering="crispEdges"
                data-testid="qr-code" data-version={code.version.to_string()}>
                <rect width="100%" height="100%" fill="#fff" />
                <path d={code.path.clone()} fill="#000" />
            </svg>
            <p class="qr__meta" data-testid="qr-version">
                { lang.tf(Key::QrVersion, &[("v", &code.version.to_string()), ("n", &n), ("ecc", &code.ecc.to_string())]) }
            </p>
        </div>
    }
}
