//! The QR code of a share link, phone-sized or projector-sized, with its
//! version; and full screen for a projector, with the plan's name and the
//! link's start and end beside the code.

use yew::prelude::*;

use super::Projector;
use crate::components::use_app;
use qunce_core::i18n::Key;
use qunce_core::qr::{qr, QUIET};
use qunce_core::summary::clean;

#[derive(Properties, PartialEq)]
pub struct QrViewProps {
    pub text: AttrValue,
    /// The plan's name, shown beside the code in projector mode.
    #[prop_or_default]
    pub name: AttrValue,
}

/// A long link as a room can read it: its address, then the code's start
/// and end ("…/#/s/z1.9.AbCd…x1y2"); the QR code carries all of it.
pub fn short_link(link: &str) -> String {
    let chars: Vec<char> = link.chars().collect();
    if chars.len() <= 60 {
        return link.to_owned();
    }
    let code_at = link.find("#/s/").map_or(0, |i| link[..i].chars().count() + 4);
    let head: String = chars[..(code_at + 12).min(chars.len())].iter().collect();
    let tail: String = chars[chars.len() - 8..].iter().collect();
    format!("{head}…{tail}")
}

#[component]
pub fn QrView(props: &QrViewProps) -> Html {
    let large = use_state(|| false);
    let projecting = use_state(|| false);
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
    let svg = |class: &'static str| {
        html! {
            <svg class={class} viewBox={view_box.clone()} role="img" aria-label={lang.t(Key::QrLabel)}
                shape-rendering="crispEdges" data-version={code.version.to_string()}>
                <rect width="100%" height="100%" fill="#fff" />
                <path d={code.path.clone()} fill="#000" />
            </svg>
        }
    };
    let projector = projecting.then(|| {
        let big = svg("projector__qr");
        let name = clean(&props.name);
        let link = short_link(&props.text);
        let slide = Callback::from(move |_| {
            html! {
                <div class="projector__qr-slide">
                    { big.clone() }
                    <div class="projector__qr-text">
                        <p class="projector__title" data-testid="projector-name">{ name.clone() }</p>
                        <p class="projector__link" data-testid="projector-link">{ link.clone() }</p>
                    </div>
                </div>
            }
        });
        let projecting = projecting.clone();
        html! { <Projector count={1} {slide} on_close={Callback::from(move |_| projecting.set(false))} label={lang.t(Key::ProjectorQrLabel)} /> }
    });
    let open = {
        let projecting = projecting.clone();
        Callback::from(move |_| projecting.set(true))
    };
    html! {
        <div class="qr" data-testid="qr">
            <div class="qr__sizes" role="group">
                { toggle(false, Key::QrPhone) }
                { toggle(true, Key::QrProjector) }
                <button type="button" class="button button--quiet" onclick={open} data-testid="qr-fullscreen">{ lang.t(Key::QrFullScreen) }</button>
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
            { projector.unwrap_or_default() }
        </div>
    }
}
