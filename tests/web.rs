//! Browser tests (wasm-bindgen-test in headless Chromium): the parts that
//! only exist in a real browser — localStorage, its quota, the URL, mounting.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use qunce::app::{PlanView, Route};
use qunce::components::app::{App, AppProps};
use qunce::services::storage::LocalKv;
use qunce_core::domain::{Plan, PlanId, Step};
use qunce_core::i18n::Lang;
use qunce_core::persist::library::{self, RecoveryReason};
use qunce_core::persist::{encode_prefs, Kv, KvError, Prefs, RestoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clean_storage() -> LocalKv {
    let kv = LocalKv::open().expect("localStorage in Chromium");
    for k in kv.keys() {
        kv.remove(&k).unwrap();
    }
    kv
}

#[wasm_bindgen_test]
fn local_storage_round_trip() {
    let kv = clean_storage();
    kv.set("qunce.test", "值 value").unwrap();
    assert_eq!(kv.get("qunce.test").as_deref(), Some("值 value"));
    assert!(kv.keys().contains(&"qunce.test".to_owned()));
    kv.remove("qunce.test").unwrap();
    assert_eq!(kv.get("qunce.test"), None);
    assert!(kv.probe().is_ok());
}

#[wasm_bindgen_test]
fn quota_exceeded_is_reported_as_full() {
    let kv = clean_storage();
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(kv.set("qunce.huge", &huge), Err(KvError::Full));
    assert_eq!(kv.get("qunce.huge"), None);
}

#[wasm_bindgen_test]
fn unreadable_value_in_real_storage_is_moved_aside() {
    let kv = clean_storage();
    kv.set("qunce.plan.broken", "{\"type\":\"qunce/plan\",").unwrap();
    let loaded = library::load(&kv, 42);
    assert_eq!(loaded.recovered.len(), 1);
    assert_eq!(loaded.recovered[0].reason, RecoveryReason::Unreadable(RestoreError::NotJson));
    let backup = loaded.recovered[0].backup_key.clone().unwrap();
    assert_eq!(kv.get(&backup).as_deref(), Some("{\"type\":\"qunce/plan\","));
    assert_eq!(kv.get("qunce.plan.broken"), None);
}

#[wasm_bindgen_test]
fn boot_reads_plans_prefs_and_reopens_the_last_route() {
    let kv = clean_storage();
    let plan = Plan::new(PlanId::parse("w1").unwrap(), "浏览器测试", 1_000);
    library::save_plan(&kv, &plan).unwrap();
    kv.set(
        library::PREFS_KEY,
        &encode_prefs(&Prefs {
            lang: Some(Lang::En),
            last_route: Some("#/plans/w1/tiers".into()),
            ..Default::default()
        }),
    )
    .unwrap();
    qunce::services::browser::replace_hash("#");
    let state = qunce::boot_state();
    assert_eq!(state.plans, vec![plan]);
    assert_eq!(state.lang, Lang::En);
    assert_eq!(
        state.route,
        Route::Plan { id: PlanId::parse("w1").unwrap(), view: PlanView::Step(Step::Tiers) }
    );
    assert!(state.storage_available);
    assert_eq!(state.last_error, None);
}

#[wasm_bindgen_test]
async fn app_mounts_and_renders_the_library() {
    clean_storage();
    qunce::services::browser::replace_hash("#/");
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let state = qunce::boot_state();
    let lang = state.lang;
    let handle =
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial: Rc::new(state) })
            .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains(lang.t(qunce_core::i18n::Key::NavPlans)), "{text}");
    assert!(root.query_selector("[data-testid=create-form]").unwrap().is_some());
    assert_eq!(doc.document_element().unwrap().get_attribute("lang").as_deref(), Some(lang.html_lang()));
    handle.destroy();
}

#[wasm_bindgen_test]
fn crash_page_explains_and_offers_the_stored_data() {
    let kv = clean_storage();
    kv.set("qunce.plan.x", "{\"kept\":true}").unwrap();
    kv.set("unrelated", "not ours").unwrap();
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    qunce::services::crash::render_crash_page(&root);
    let page = doc.query_selector("[data-testid=crash]").unwrap().expect("crash page shown");
    let text = page.text_content().unwrap_or_default();
    assert!(text.contains("Qunce stopped") && text.contains("群策出错了"), "{text}");
    let link = doc.query_selector("a[download='qunce-data.json']").unwrap().expect("download link");
    assert!(link.get_attribute("href").unwrap_or_default().starts_with("blob:"));
    assert_eq!(kv.get("qunce.plan.x").as_deref(), Some("{\"kept\":true}"), "nothing is changed");
    kv.remove("unrelated").unwrap();
}
