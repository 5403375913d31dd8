//! The workshop board's camera (issue 24): runs the camera script the page's
//! loader names (`window.qunceCamera`, from `web/camera.js`), fetched only
//! now. The script reads QR codes with the browser's BarcodeDetector or,
//! where there is none, with the qunce-scan decoder it loads itself.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Why the camera cannot read codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The user or the browser refused the camera.
    Refused,
    /// No camera (or no camera API in this browser).
    Absent,
    /// The camera did not start (often: another program holds it).
    Failed,
    /// The camera script or the decoder could not be fetched (offline,
    /// never loaded before).
    Decoder,
}

impl CameraError {
    fn from_word(word: &str) -> CameraError {
        match word {
            "refused" => CameraError::Refused,
            "absent" => CameraError::Absent,
            "decoder" => CameraError::Decoder,
            _ => CameraError::Failed,
        }
    }
}

/// A running camera; dropping it stops the camera.
pub struct Camera {
    stop: Rc<RefCell<Option<Function>>>,
    stopped: Rc<Cell<bool>>,
    // The script calls these until it is stopped (it calls none after).
    _on_text: Closure<dyn FnMut(JsValue)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
    _on_ready: Closure<dyn FnMut()>,
}

impl Drop for Camera {
    fn drop(&mut self) {
        self.stopped.set(true);
        if let Some(stop) = self.stop.borrow_mut().take() {
            let _ = stop.call0(&JsValue::NULL);
        }
    }
}

/// Starts the camera into the `<video>` element `video`: `on_text` gets the
/// text of each QR code read, `on_ready` says it is reading, `on_error` why
/// it cannot (once).
pub fn start(
    video: web_sys::Element,
    on_text: Callback<String>,
    on_error: Callback<CameraError>,
    on_ready: Callback<()>,
) -> Camera {
    let stopped = Rc::new(Cell::new(false));
    let stop = Rc::new(RefCell::new(None::<Function>));
    let text = Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
        if let Some(s) = v.as_string() {
            on_text.emit(s);
        }
    });
    let error = {
        let on_error = on_error.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
            on_error.emit(CameraError::from_word(&v.as_string().unwrap_or_default()))
        })
    };
    let ready = Closure::<dyn FnMut()>::new(move || on_ready.emit(()));
    let args = Array::new();
    args.push(&video);
    args.push(text.as_ref());
    args.push(error.as_ref());
    args.push(ready.as_ref());
    {
        let (stop, stopped) = (stop.clone(), stopped.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let module = async {
                let window = web_sys::window()?;
                let load: Function = Reflect::get(&window, &"qunceCamera".into()).ok()?.dyn_into().ok()?;
                let promise: Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
                JsFuture::from(promise).await.ok()
            }
            .await;
            if stopped.get() {
                return;
            }
            let start = module
                .and_then(|m| Reflect::get(&m, &"start".into()).ok())
                .and_then(|f| f.dyn_into::<Function>().ok());
            let Some(start) = start else {
                on_error.emit(CameraError::Decoder);
                return;
            };
            match start.apply(&JsValue::NULL, &args).map(|f| f.dyn_into::<Function>()) {
                Ok(Ok(f)) => *stop.borrow_mut() = Some(f),
                _ => on_error.emit(CameraError::Failed),
            }
        });
    }
    Camera { stop, stopped, _on_text: text, _on_error: error, _on_ready: ready }
}
