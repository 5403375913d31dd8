//! Projector mode (issue 24): one slide at a time over the whole screen, in
//! large type and high contrast, for a room to read from the back. ← and →
//! (or the buttons) step through the slides, Esc (or the button) leaves.
//! The page asks the browser for full screen when it opens; if the browser
//! refuses, the overlay still covers the window.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::use_app;
use qunce_core::i18n::Key;

#[derive(Properties, PartialEq)]
pub struct ProjectorProps {
    /// How many slides there are.
    pub count: usize,
    /// Draws slide `i`.
    pub slide: Callback<usize, Html>,
    pub on_close: Callback<()>,
    /// What the overlay is, for screen readers.
    pub label: AttrValue,
}

#[component]
pub fn Projector(props: &ProjectorProps) -> Html {
    let index = use_state(|| 0usize);
    let node = use_node_ref();
    let count = props.count.max(1);
    let step = {
        let index = index.clone();
        move |by: isize| {
            let next = (*index as isize + by).rem_euclid(count as isize) as usize;
            index.set(next);
        }
    };
    // Keys, full screen, and leaving full screen (the browser's own Esc)
    // close the overlay; all of it after render, never in it.
    {
        let (node, on_close, step) = (node.clone(), props.on_close.clone(), step.clone());
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let keys = {
                let on_close = on_close.clone();
                EventListener::new(&document, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    match e.key().as_str() {
                        "ArrowRight" | "PageDown" | " " => step(1),
                        "ArrowLeft" | "PageUp" => step(-1),
                        "Escape" => on_close.emit(()),
                        _ => {}
                    }
                })
            };
            let left = EventListener::new(&document, "fullscreenchange", move |_| {
                if gloo::utils::document().fullscreen_element().is_none() {
                    on_close.emit(());
                }
            });
            let entered = node.cast::<web_sys::Element>().is_some_and(|el| ask_fullscreen(&el));
            move || {
                drop(keys);
                drop(left);
                let document = gloo::utils::document();
                if entered && document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                }
            }
        });
    }
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let at = (*index).min(count - 1);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let (prev, next) = {
        let (a, b) = (step.clone(), step);
        (Callback::from(move |_| a(-1)), Callback::from(move |_| b(1)))
    };
    html! {
        <div class="projector" ref={node} role="dialog" aria-modal="true" aria-label={props.label.clone()} data-testid="projector">
            <div class="projector__bar">
                if props.count > 1 {
                    <button type="button" class="projector__button" onclick={prev} aria-label={lang.t(Key::ProjectorPrev)}>{ "←" }</button>
                    <span class="projector__count" data-testid="projector-count">{ format!("{} / {}", at + 1, props.count) }</span>
                    <button type="button" class="projector__button" onclick={next} aria-label={lang.t(Key::ProjectorNext)}>{ "→" }</button>
                }
                <span class="projector__hint">{ lang.t(if props.count > 1 { Key::ProjectorHint } else { Key::ProjectorHintOne }) }</span>
                <button type="button" class="projector__button projector__close" onclick={close} data-testid="projector-close">{ lang.t(Key::ProjectorClose) }</button>
            </div>
            <div class="projector__slide" data-testid="projector-slide">{ props.slide.emit(at) }</div>
        </div>
    }
}

/// Asks for full screen. Browsers answer with a promise that is refused
/// without a recent click (or in a frame that may not); a refusal only
/// leaves the overlay in the window, so it is caught, not reported.
fn ask_fullscreen(el: &web_sys::Element) -> bool {
    let Ok(ask) = js_sys::Reflect::get(el, &JsValue::from_str("requestFullscreen")) else { return false };
    let Ok(ask) = ask.dyn_into::<js_sys::Function>() else { return false };
    let Ok(answer) = ask.call0(el) else { return false };
    if let Ok(promise) = answer.dyn_into::<js_sys::Promise>() {
        // Awaited (and its refusal dropped) without keeping a closure.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
    true
}
