//! The live diagnosis beside the canvas.

use qunce_core::labels::{element_keys, field_key, pillar_keys, warning_text};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use qunce_core::domain::canvas::Positioning;
use qunce_core::domain::diagnose::{diagnose, element_missing, Element, Field};
use qunce_core::i18n::{Key, Lang};

use crate::components::use_app;

/// Moves focus to a field's section (an in-page jump that leaves the
/// hash route alone).
fn jump_to(field: Field) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let Some(el) = gloo::utils::document().get_element_by_id(field.anchor()) else { return };
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    })
}

/// The names of the fields element `e` still lacks, as one list.
fn missing_fields(lang: Lang, canvas: &Positioning, e: Element) -> String {
    let names: Vec<&str> = element_missing(canvas, e).into_iter().map(|f| lang.t(field_key(f))).collect();
    names.join(if lang == Lang::Zh { "、" } else { ", " })
}

#[derive(Properties, PartialEq)]
pub struct DiagnosisPanelProps {
    pub canvas: Positioning,
}

#[component]
pub fn DiagnosisPanel(props: &DiagnosisPanelProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let d = diagnose(&props.canvas);
    let verdict = if d.is_community() { Key::VerdictCommunity } else { Key::VerdictCrowd };
    let pillars = d.pillars.iter().map(|(p, ok)| {
        let (name, missing) = pillar_keys(*p);
        html! {
            <li class={classes!("diag__item", if *ok { "diag__item--ok" } else { "diag__item--missing" })}>
                <span class="diag__mark" aria-hidden="true">{ if *ok { "✓" } else { "✗" } }</span>
                <span><strong>{ lang.t(name) }</strong>{ if lang == Lang::Zh { "：" } else { ": " } }{ lang.t(if *ok { Key::Present } else { Key::Missing }) }
                    if !*ok { <span class="diag__risk">{ lang.t(missing) }</span> }
                </span>
            </li>
        }
    });
    let elements = d.elements.iter().map(|(e, ok)| {
        let (name, risk) = element_keys(*e);
        html! {
            <li class={classes!("diag__item", if *ok { "diag__item--ok" } else { "diag__item--missing" })}>
                <span class="diag__mark" aria-hidden="true">{ if *ok { "✓" } else { "○" } }</span>
                <span>
                    <button type="button" class="diag__jump" onclick={jump_to(e.field())}>{ lang.t(name) }</button>
                    <span class="visually-hidden">{ lang.t(if *ok { Key::Present } else { Key::Missing }) }</span>
                    if !*ok {
                        // The very fields this finding reads, so it never
                        // contradicts a pillar (e.g. the core is set but the
                        // owner's persona is not).
                        <span class="diag__fields" data-testid="element-missing">{ lang.tf(Key::StillMissing, &[("fields", &missing_fields(lang, &props.canvas, *e))]) }</span>
                        <span class="diag__risk">{ lang.t(risk) }</span>
                    }
                </span>
            </li>
        }
    });
    let warnings = d.warnings.iter().map(|w| {
        html! {
            <li class="diag__warning">
                <button type="button" class="diag__jump" onclick={jump_to(w.field())}>{ warning_text(lang, w) }</button>
            </li>
        }
    });
    let gaps = d.gaps.iter().map(|g| {
        html! {
            <li>
                <button type="button" class="diag__jump" onclick={jump_to(g.field)}>{ lang.t(field_key(g.field)) }</button>
                <span class="diag__points">{ lang.tf(Key::GapPoints, &[("n", &g.points.to_string())]) }</span>
            </li>
        }
    });
    html! {
        <aside class="diag" aria-labelledby="diag-title" data-testid="diagnosis">
            <h3 class="diag__title" id="diag-title">{ lang.t(Key::DiagTitle) }</h3>
            <div class="diag__score">
                <span class="diag__score-label">{ lang.t(Key::Readiness) }</span>
                <meter class="diag__meter" min="0" max="100" low="50" high="80" optimum="100" value={d.score.to_string()}
                    aria-label={lang.t(Key::Readiness)} />
                <strong class="diag__score-value" data-testid="readiness">{ format!("{}/100", d.score) }</strong>
            </div>
            <p class={classes!("diag__verdict", if d.is_community() { "diag__verdict--ok" } else { "diag__verdict--crowd" })}
                data-testid="verdict">{ lang.t(verdict) }</p>
            <ul class="diag__list">{ for pillars }</ul>
            if !d.warnings.is_empty() {
                <h4 class="diag__subtitle">{ lang.t(Key::WarningsTitle) }</h4>
                <ul class="diag__list" data-testid="warnings">{ for warnings }</ul>
            }
            <details class="diag__more">
                <summary>{ lang.t(Key::ElementsTitle) }{ format!(" {}/6", d.elements.iter().filter(|(_, ok)| *ok).count()) }</summary>
                <ul class="diag__list">{ for elements }</ul>
            </details>
            if d.gaps.is_empty() {
                <p class="diag__done">{ lang.t(Key::NoGaps) }</p>
            } else {
                // Folded, so on a phone the form is not pushed far below.
                <details class="diag__more" data-testid="gaps">
                    <summary>{ lang.t(Key::GapsTitle) }{ format!(" ({})", d.gaps.len()) }</summary>
                    <ul class="diag__gaps">{ for gaps }</ul>
                </details>
            }
        </aside>
    }
}
