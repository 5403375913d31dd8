//! What a user sees if the app panics: a plain page in both languages with a
//! link that downloads everything Qunce stored, instead of a dead screen.
//!
//! Built with plain DOM calls inside the panic hook, because no Rust code
//! runs after it (release builds abort on panic); the download link is a
//! ready-made blob URL, so it works with the wasm gone.

use wasm_bindgen::JsCast;

/// Installs the hook; call once before mounting the app.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_page();
    }));
}

/// Every `qunce.*` entry in localStorage, as one JSON object.
fn stored_data() -> String {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return "{}".to_owned();
    };
    let mut map = serde_json::Map::new();
    for i in 0..storage.length().unwrap_or(0) {
        let Some(key) = storage.key(i).ok().flatten() else { continue };
        if !key.starts_with("qunce.") {
            continue;
        }
        if let Some(value) = storage.get_item(&key).ok().flatten() {
            map.insert(key, serde_json::Value::String(value));
        }
    }
    serde_json::Value::Object(map).to_string()
}

/// Replaces the page with the crash message.
pub fn show_crash_page() {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        render_crash_page(&body);
    }
}

/// Replaces the content of `root` with the crash message. Public for the
/// browser tests.
pub fn render_crash_page(root: &web_sys::Element) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    root.set_inner_html("");
    let el = |tag: &str, text: &str| {
        let e = doc.create_element(tag).ok();
        if let Some(e) = &e {
            e.set_text_content(Some(text));
        }
        e
    };
    let Ok(page) = doc.create_element("main") else { return };
    page.set_class_name("crash");
    page.set_attribute("role", "alert").ok();
    page.set_attribute("data-testid", "crash").ok();
    for (tag, text) in [
        ("h1", "群策出错了 · Qunce stopped"),
        ("p", "页面遇到错误并已停止。你的方案仍保存在这个浏览器中。请先下载数据备份，然后刷新页面。"),
        ("p", "The page hit an error and stopped. Your plans are still stored in this browser. Download a copy of your data first, then reload the page."),
    ] {
        if let Some(e) = el(tag, text) {
            page.append_child(&e).ok();
        }
    }
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&stored_data()));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let url = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .ok()
        .and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok());
    if let (Some(url), Some(link)) = (url, el("a", "下载我的数据 · Download my data")) {
        if let Ok(a) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download("qunce-data.json");
            a.set_class_name("button button--primary");
            page.append_child(&a).ok();
        }
    }
    if let Some(reload) = el("a", "刷新页面 · Reload") {
        reload.set_attribute("href", "").ok();
        reload.set_class_name("button");
        page.append_child(&reload).ok();
    }
    root.append_child(&page).ok();
}
