//! Writes a static first screen into the built `index.html`, so the page
//! paints before the wasm has arrived (issue 9). Run by the Trunk post-build
//! hook (scripts/prerender.sh) as `cargo run --example prerender -- <dist>`.
//!
//! The first screen of a first visit is the empty plan library; it is
//! rendered here with Yew's server-side renderer from the real `App`, in
//! Chinese and in English, plus a short "opening…" screen for every other
//! case (a plan page, a shared link, a returning visitor). A small inline
//! script in the head (0.6 KB, before the stylesheet so nothing waits for
//! it; scripts/csp.mjs pins it in the policy by its SHA-256) picks which one
//! shows before the first paint; the app removes them all when it mounts.
//! (As a file it cost a round trip: deferred, the first paint showed the
//! Chinese copy and the picked one came later — LCP 1.07 × the static page's
//! instead of 1.03; blocking, 0.65 s more.) No
//! hydration: the app renders itself and replaces the static copy in the
//! same task, so nothing can be clicked before it works (the copy is also
//! `inert`).

use std::rc::Rc;

use futures::executor::block_on;
use qunce::app::AppState;
use qunce::components::app::{App, AppProps};
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::library::Loaded;
use qunce_core::summary::html::{escape, frame};
use yew::LocalServerRenderer;

fn render(lang: Lang) -> String {
    let state = AppState::boot(Loaded::default(), "#/", lang, true, 0);
    let html = block_on(
        LocalServerRenderer::<App>::with_props(AppProps { initial: Rc::new(state) })
            .hydratable(false)
            .render(),
    );
    // Test ids and the live root's class belong to the running app only.
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(i) = rest.find(" data-testid=\"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 14..];
        rest = after.find('"').map_or("", |j| &after[j + 1..]);
    }
    out.push_str(rest);
    out.replacen("class=\"shell\"", "class=\"shell-static\"", 1)
}

fn opening(lang: Lang) -> String {
    frame(lang, &format!("<p class=\"prerender__opening\">{}</p>", escape(lang.t(Key::Opening))))
}

/// Runs before the first paint: which static screen fits. On a shared
/// plan's address it also starts fetching the shared-link viewer
/// (`VIEWER` stands for its files' name, `viewer-<hash>`, written by
/// scripts/viewer.sh), beside the stylesheet, so the plan paints as soon
/// as possible; the loader (scripts/csp.mjs) runs it.
const PICK: &str = r#"(function () {
  var d = document.documentElement, lang = '', first = true;
  try {
    var p = JSON.parse(localStorage.getItem('qunce.prefs') || '{}');
    lang = (p && p.prefs && p.prefs.lang) || '';
    for (var i = 0; i < localStorage.length; i++) {
      if ((localStorage.key(i) || '').indexOf('qunce.') === 0) first = false;
    }
  } catch (e) { first = false; }
  if (lang !== 'zh' && lang !== 'en') {
    var n = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    lang = /^zh/i.test(n) ? 'zh' : 'en';
  }
  var h = location.hash;
  var library = first && (!h || h === '#' || h.indexOf('#/') === 0 && h.replace(/[&?].*$/, '') === '#/');
  d.setAttribute('data-pre', (library ? 'library-' : 'opening-') + lang);
  if (/^#(\/|%2f)s(\/|%2f)/i.test(h) || (h.length < 2 && /[?&]s=/.test(location.search))) {
    var add = function (rel, href, as) {
      var l = document.createElement('link');
      l.rel = rel; l.href = href;
      if (as) { l.as = as; l.crossOrigin = 'anonymous'; }
      document.head.appendChild(l);
    };
    add('modulepreload', './VIEWER.js');
    add('preload', './VIEWER_bg.wasm', 'fetch');
    // The link dictionary the code names (z1.<n>.…), which the viewer does
    // not carry; the loader (scripts/csp.mjs) reads the same pattern.
    var m = /z1(?:\.|%2e)([1-9][0-9]?)(?:\.|%2e)/i.exec(h + ' ' + location.search);
    if (m) add('preload', './dict-' + m[1] + '.json', 'fetch');
  }
})();
"#;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| String::from("dist"));
    let path = std::path::Path::new(&dir).join("index.html");
    let html = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("prerender: cannot read {}: {e}", path.display()));
    // A thin bar along the top that the loader (scripts/csp.mjs) fills as
    // the wasm arrives.
    let mut body = String::from(
        "<div id=\"prerender\" class=\"prerender\" inert><progress class=\"prerender__progress\" max=\"1\" value=\"0\"></progress>",
    );
    for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        body.push_str(&format!(
            "<div class=\"prerender__screen prerender--library-{code}\" lang=\"{}\">{}</div>",
            lang.html_lang(),
            render(lang)
        ));
        body.push_str(&format!(
            "<div class=\"prerender__screen prerender--opening-{code}\" lang=\"{}\">{}</div>",
            lang.html_lang(),
            opening(lang)
        ));
    }
    body.push_str("</div>");
    let viewer = std::fs::read_dir(&dir)
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find_map(|f| f.strip_suffix(".js").filter(|n| n.starts_with("viewer-")).map(str::to_owned))
        .expect("prerender: no viewer-<hash>.js in the build (scripts/viewer.sh runs first)");
    let pick = PICK.trim().replace("VIEWER", &viewer);
    let html = html.replacen("<body>", &format!("<body>\n{body}"), 1).replacen(
        "</title>",
        &format!("</title>\n  <script>{pick}</script>"),
        1,
    );
    std::fs::write(&path, html).expect("prerender: cannot write index.html");
    println!("prerender: static first screens and their picker written");
}
