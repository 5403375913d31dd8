//! Thin wrappers over web-sys for what the app needs from the browser.

use wasm_bindgen::JsCast;

use qunce_core::domain::PlanId;
use qunce_core::i18n::Lang;

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes east of UTC for the local time zone.
pub fn tz_offset_min() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Today's local date as `YYYY-MM-DD`, for file names.
pub fn today_ymd() -> String {
    qunce_core::domain::canvas::format_ymd(qunce_core::domain::channels::local_date(
        now_ms(),
        tz_offset_min(),
    ))
}

/// A new plan id: the time in base 36 plus 8 random base-36 digits, so ids
/// from two tabs or two devices do not collide.
pub fn new_id() -> PlanId {
    let mut s = base36(now_ms().max(0) as u64);
    for _ in 0..8 {
        let d = (js_sys::Math::random() * 36.0) as u32 % 36;
        s.push(char::from_digit(d, 36).unwrap_or('0'));
    }
    PlanId::parse(&s).unwrap_or_else(|| PlanId::parse("plan").expect("literal id is valid"))
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page address's query (`?…`), or "".
pub fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Moves to `hash`, adding a history entry (so Back works).
pub fn push_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        if w.location().hash().ok().as_deref() != Some(hash) {
            let _ = w.location().set_hash(hash);
        }
    }
}

/// Scrolls the page to its top.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Replaces the current URL's hash (or the whole address, given one) without
/// a history entry or hashchange.
pub fn replace_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
        }
    }
}

/// The UI language the browser prefers.
pub fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    let langs: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if langs.is_empty() {
        let one = nav.language().unwrap_or_default();
        return Lang::from_browser([one.as_str()]);
    }
    Lang::from_browser(langs.iter().map(String::as_str))
}

pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.html_lang());
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Offers a file made by the core's `export` module for download.
pub fn download(file: &qunce_core::export::ExportFile) {
    let (filename, mime, content) = (file.name.as_str(), file.mime, file.body.as_str());
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(filename);
            if let Some(body) = doc.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
        }
    }
    // Revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// The page's address without query or fragment: where share links point.
pub fn page_url() -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

/// Copies `text` to the clipboard; on failure (no permission, an in-app
/// browser without the API) selects the text of the field `select_id` so the
/// user can copy it by hand. Calls `done` with whether the copy worked.
pub fn copy_text(text: String, select_id: &'static str, done: impl FnOnce(bool) + 'static) {
    let select = move || {
        let field = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(select_id));
        if let Some(el) = field.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlTextAreaElement>()) {
            el.select();
        } else if let Some(el) = field.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>()) {
            el.select();
        }
    };
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let clipboard = window.navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if !ok {
            select();
        }
        done(ok);
    });
}

/// Opens the browser's print dialog (the print stylesheet shows only the
/// plan summary).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Runs `f` in a task after the next frame is painted. The app mounts only
/// then, so the static first screen is painted first and stays the page's
/// largest contentful paint (the app's copy of it is the same size, so it is
/// not a new one); otherwise a fast load could mount the app before any
/// paint, and the largest paint would wait for the wasm. A hidden page
/// paints no frames: there `f` runs at once.
pub fn after_paint(f: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    // `f` runs once, from whichever path gets to it.
    fn run<F: FnOnce()>(slot: &Cell<Option<F>>) {
        if let Some(f) = slot.take() {
            f();
        }
    }
    let slot = Rc::new(Cell::new(Some(f)));
    let Some(window) = web_sys::window() else { return run(&slot) };
    if window.document().is_none_or(|d| d.hidden()) {
        return run(&slot);
    }
    let later = slot.clone();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, move || run(&later)).forget();
    });
    if window.request_animation_frame(frame.unchecked_ref()).is_err() {
        run(&slot);
    }
}

/// Whether the shared-link viewer's screen (crates/viewer) is on the page.
pub fn viewer_showing() -> bool {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("viewer")).is_some()
}

/// Removes the static first screens written at build time
/// (examples/prerender.rs) once the app has drawn itself.
pub fn remove_prerender() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id("prerender") {
        el.remove();
    }
    if let Some(root) = doc.document_element() {
        let _ = root.remove_attribute("data-pre");
    }
}

/// Registers the offline service worker (`sw.js`, written at build time).
/// Skipped where the browser has none or the page is not served over
/// HTTP(S); a failure only means no offline use, so it is ignored.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let protocol = window.location().protocol().unwrap_or_default();
    let has_sw = js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false);
    if !has_sw || !(protocol == "https:" || protocol == "http:") {
        return;
    }
    let promise = window.navigator().service_worker().register("sw.js");
    // Awaited so a refusal is handled here, not reported as an uncaught error.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Scrolls the sideways-scrolling list `list` so its child matching
/// `selector` (the current step) is in view, centred if it can be; the page
/// itself does not move.
pub fn scroll_current_into_view(list: &yew::NodeRef, selector: &str) {
    let Some(list) = list.cast::<web_sys::HtmlElement>() else { return };
    let Some(item) =
        list.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if list.scroll_width() <= list.client_width() {
        return;
    }
    let left = item.offset_left() - list.offset_left() - (list.client_width() - item.offset_width()) / 2;
    list.set_scroll_left(left.max(0));
}

/// Reads a picked CSV / TSV file as text: UTF-8 when it is (the core's
/// `looks_utf8`), else GB18030 — what Chinese spreadsheet programs save as
/// "CSV" (a superset of GBK), decoded by the browser's `TextDecoder`, so no
/// encoding tables ship in the wasm. `None` if it cannot be read.
pub async fn read_table_file(file: web_sys::File) -> Option<String> {
    use qunce_core::domain::actuals::import::looks_utf8;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if looks_utf8(&bytes) {
        return String::from_utf8(bytes).ok();
    }
    let decoder = web_sys::TextDecoder::new_with_label("gb18030").ok()?;
    decoder.decode_with_u8_array(&bytes).ok()
}
