//! Qunce's shared-link viewer: a small wasm module, with no UI framework,
//! that paints a shared plan before the editor has arrived (issue 19).
//!
//! The page's loader (scripts/csp.mjs) runs it first when the address is a
//! shared plan's (`#/s/<code>` or `?s=<code>`), then fetches the editor in
//! the background. The viewer
//!
//! - reads the code the way the editor's router does
//!   ([`qunce_core::persist::link::shared_code`]), decodes it with the one
//!   decoder and `restore()` ([`decode_code_given`], with the one link
//!   dictionary the loader fetched for this address);
//! - computes the summary ([`qunce_core::summary`]) and writes the core's
//!   markup for it ([`qunce_core::summary::html`]) — the same string the
//!   editor's shared page shows — into the static screen (`#prerender`,
//!   inert), which the editor removes when it draws itself;
//! - never touches storage: the language comes from the first-screen
//!   picker (`data-pre` on `<html>`), which read the saved preference.
//!
//! Three calls, each a task of its own so none blocks the page for long
//! (Lighthouse's TBT): [`read`] decodes, [`show`] paints the plan without
//! the simulator's Monte Carlo figures, [`finish`] adds them.

use std::cell::RefCell;

use chrono::NaiveDate;
use qunce_core::domain::channels::local_date;
use qunce_core::domain::Plan;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::link::{decode_code_given, shared_code};
use qunce_core::summary::html::{frame, render, shared_error, shared_loading_banner};
use qunce_core::summary::{summarize, summarize_pending};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

struct Later {
    plan: Plan,
    lang: Lang,
    today: NaiveDate,
    repaired: bool,
}

thread_local! {
    static LATER: RefCell<Option<Later>> = const { RefCell::new(None) };
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The language the first-screen picker chose (`data-pre="opening-zh"`).
fn picked_lang(doc: &Document) -> Lang {
    let pre = doc.document_element().and_then(|e| e.get_attribute("data-pre")).unwrap_or_default();
    if pre.ends_with("-en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The static screen the viewer writes into, made on first use.
fn screen(doc: &Document, lang: Lang) -> Option<Element> {
    if let Some(el) = doc.get_element_by_id("viewer") {
        return Some(el);
    }
    let host = doc.get_element_by_id("prerender")?;
    let el = doc.create_element("div").ok()?;
    el.set_id("viewer");
    el.set_class_name("prerender__screen prerender--shared");
    let _ = el.set_attribute("lang", lang.html_lang());
    host.append_child(&el).ok()?;
    Some(el)
}

/// Writes `main` in the frame; `state` says whether the simulator's figures
/// are in (`complete`) or still to come (`pending`).
fn paint(doc: &Document, lang: Lang, main: &str, state: &str) {
    let Some(el) = screen(doc, lang) else { return };
    el.set_inner_html(&frame(lang, main));
    let _ = el.set_attribute("data-state", state);
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-pre", "shared");
        let _ = root.set_attribute("lang", lang.html_lang());
    }
}

fn page(lang: Lang, repaired: bool, summary: &qunce_core::summary::Summary) -> String {
    format!(
        "<section class=\"page shared\">{}{}</section>",
        shared_loading_banner(lang, repaired),
        render(summary, lang.t(Key::StatusEmpty))
    )
}

/// Reads the shared plan of this page's address (the one decoder and
/// `restore()`), keeping it for [`show`]; a link that cannot be opened is
/// explained on the page at once. Returns whether there is a plan to show.
/// Reading and drawing are separate calls, so neither is a long task.
///
/// `dict` is the link dictionary the loader fetched for this address
/// (`dict-<n>.json`): the viewer carries none of them. Without it, or with
/// one that is not the frozen dictionary, the viewer leaves the link to the
/// editor, which has them all.
#[wasm_bindgen]
pub fn read(dict: Option<Vec<u8>>) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Some(doc) = window.document() else { return false };
    let location = window.location();
    let (hash, search) = (location.hash().unwrap_or_default(), location.search().unwrap_or_default());
    let Some(code) = shared_code(&hash, &search) else { return false };
    let lang = picked_lang(&doc);
    let shared = match decode_code_given(&code, dict.as_deref()) {
        None => return false,
        Some(Ok(shared)) => shared,
        Some(Err(e)) => {
            paint(&doc, lang, &shared_error(lang, &e), "complete");
            return false;
        }
    };
    let now = js_sys::Date::now() as i64;
    let tz = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    let today = local_date(now, tz);
    LATER.with(|later| {
        *later.borrow_mut() = Some(Later { plan: shared.plan, lang, today, repaired: shared.repaired })
    });
    true
}

/// Paints the plan [`read`] found, without the simulator's figures
/// ([`finish`] adds them).
#[wasm_bindgen]
pub fn show() {
    let Some(doc) = document() else { return };
    LATER.with(|later| {
        if let Some(l) = later.borrow().as_ref() {
            let summary = summarize_pending(&l.plan, l.lang, l.today);
            paint(&doc, l.lang, &page(l.lang, l.repaired, &summary), "pending");
        }
    });
}

/// Adds the simulator's figures to what [`show`] painted, if the editor has
/// not replaced the viewer's screen yet.
#[wasm_bindgen]
pub fn finish() {
    let Some(later) = LATER.with(|later| later.borrow_mut().take()) else { return };
    let Some(doc) = document() else { return };
    if doc.get_element_by_id("viewer").is_none() {
        return;
    }
    let runs = later.plan.simulation.run_count() as usize;
    let summary = summarize(&later.plan, later.lang, later.today, runs);
    paint(&doc, later.lang, &page(later.lang, later.repaired, &summary), "complete");
}
