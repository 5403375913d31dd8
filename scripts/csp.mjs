// Trunk post-build hook: makes the page run only the app's own files.
//
// 1. Trunk writes its loader as an inline module script; it is moved to a
//    file (`boot-<hash>.js`, beside the other hashed files) and referenced
//    by `src`. The one inline script left, the first-screen picker that
//    examples/prerender.rs writes, is allowed by its SHA-256 (no
//    'unsafe-inline'); anything else inline fails the build.
//    Its top-level `await` becomes a `.then`, which Chrome 80 (issue 9's
//    oldest engine; top-level await came in Chrome 89) can run.
// 2. A Content-Security-Policy `<meta>` is added: only the app's own files,
//    plus 'wasm-unsafe-eval' for the wasm.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('csp.mjs: run as a Trunk hook (TRUNK_STAGING_DIR) or pass the folder');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
let moved = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, inline) => {
  let body = inline.replace(/const wasm = await (init\([^;]*\));([\s\S]*)$/, (_m, call, rest) => `${call}.then((wasm) => {${rest}});\n`);
  if (/\bawait\b/.test(body)) {
    console.error('csp.mjs: the loader still has a top-level await, which Chrome 80 cannot run');
    process.exit(1);
  }
  // The wasm is fetched only after the first frame is painted (at once in a
  // hidden tab, which paints none). On a slow link the static first screen
  // has long painted by then, so this costs nothing; on a fast one it keeps
  // the wasm out of what the first screen's paint waits for — without it,
  // Lighthouse's simulated mode counted the 380 KB wasm into the largest
  // paint on about half the runs (score 74–76 instead of 99–100).
  const calls = body.match(/^init\(/gm)?.length ?? 0;
  if (calls !== 1) {
    console.error(`csp.mjs: expected one init( call at the start of a line in Trunk's loader, found ${calls}`);
    process.exit(1);
  }
  // On a shared plan's address the small viewer (crates/viewer, written
  // by scripts/viewer.sh) is fetched and run first: it paints the plan from
  // the link, then the editor loads as on any page. If the viewer fails,
  // the editor still loads and shows the plan itself.
  const viewerJs = readdirSync(dir).find((f) => /^viewer-[0-9a-f]{16}\.js$/.test(f));
  const viewerWasm = viewerJs && viewerJs.replace(/\.js$/, '_bg.wasm');
  if (!viewerJs || !existsSync(join(dir, viewerWasm))) {
    console.error('csp.mjs: no viewer-<hash>.js and _bg.wasm in the build (scripts/viewer.sh runs first)');
    process.exit(1);
  }
  // The editor's JS is imported when needed, not statically: on a shared
  // link it must not take the line before the viewer. Elsewhere it is
  // fetched at once, as the static import did.
  const editorJs = body.match(/^import init, \* as bindings from '(\.\/[^']+\.js)';\n/m);
  if (!editorJs) {
    console.error("csp.mjs: no `import init, * as bindings from './….js';` in Trunk's loader");
    process.exit(1);
  }
  body = body.replace(editorJs[0], '');
  // The board's camera script (issue 24), named here and fetched only when
  // the trainer starts the camera.
  const cameraJs = readdirSync(dir).find((f) => /^camera-[0-9a-f]{16}\.js$/.test(f));
  if (!cameraJs) {
    console.error('csp.mjs: no camera-<hash>.js in the build (scripts/viewer.sh writes it)');
    process.exit(1);
  }
  body = `window.qunceCamera = () => import('./${cameraJs}');
let bindings;
let editorJs = null;
const editor = () => (editorJs = editorJs ?? import('${editorJs[1]}'));
const init = (options) => editor().then((b) => {
  bindings = b;
  return b.default(options);
});
` + body;
  body = body.replace(/^init\(/m, 'const start = () => init(') + `
const later = (run) => (document.hidden ? run() : requestAnimationFrame(() => setTimeout(run, 0)));
const tick = () => new Promise((ok) => setTimeout(ok, 0));
// Two frames: the viewer's paint is on screen and the browser has noted it
// (its largest paint) before the next long piece of work starts.
const settle = (run) => later(() => later(run));
// The first-screen picker (examples/prerender.rs) decided whether this is a
// shared plan's address and, if so, already started fetching the viewer.
const shared = !!document.querySelector('link[rel=modulepreload][href="./${viewerJs}"]');
if (shared) {
  // The one link dictionary the code names (the viewer carries none; the
  // picker preloaded it with the same pattern). Without it the viewer
  // leaves the link to the editor.
  const named = /z1(?:\\.|%2e)([1-9][0-9]?)(?:\\.|%2e)/i.exec(location.hash + ' ' + location.search);
  const dict = named
    ? fetch('./dict-' + named[1] + '.json').then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null)
    : Promise.resolve(null);
  import('./${viewerJs}')
    .then((viewer) => viewer.default({ module_or_path: './${viewerWasm}' }).then(() => dict).then((d) => viewer.read(d ? new Uint8Array(d) : undefined) && tick().then(() => {
      viewer.show();
      settle(() => viewer.finish());
    })))
    .catch(() => {})
    .then(() => settle(start));
} else {
  editor();
  later(start);
}
`;
  // While the wasm arrives, the static screen's progress bar (written by
  // examples/prerender.rs) follows it: seconds on a slow phone link. The
  // bytes are passed on as they come, so compiling still overlaps the
  // download; the bar's full length is the wasm's size, known here.
  const wasmRef = body.match(/module_or_path: '\.\/([^']+\.wasm)'/);
  if (!wasmRef) {
    console.error("csp.mjs: no module_or_path: './….wasm' in Trunk's loader");
    process.exit(1);
  }
  const size = statSync(join(dir, wasmRef[1])).size;
  // The editor is instantiated only once the whole stylesheet is in (the
  // page links only the critical part, scripts/critical.mjs): it is fetched
  // beside the wasm, after the first paint.
  body = body.replace(wasmRef[0], `module_or_path: Promise.all([fullCss(), withProgress('./${wasmRef[1]}', ${size})]).then((both) => both[1])`) + `
function fullCss() {
  return new Promise((done) => {
    const meta = document.querySelector('meta[name=qunce-css]');
    const href = meta && meta.getAttribute('content');
    if (!href || document.querySelector('link[rel=stylesheet][href="' + href + '"]')) return done();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = href;
    css.onload = css.onerror = () => done();
    document.head.appendChild(css);
  });
}
function withProgress(url, size) {
  return fetch(url).then((response) => {
    const bar = document.querySelector('.prerender__progress');
    if (!bar || !response.ok || !response.body) return response;
    const reader = response.body.getReader();
    let seen = 0;
    const stream = new ReadableStream({
      pull(into) {
        return reader.read().then(({ done, value }) => {
          if (done) return into.close();
          seen += value.byteLength;
          bar.value = Math.min(seen / size, 1);
          into.enqueue(value);
        });
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
  });
}
`;
  const name = `boot-${createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
// The wasm is fetched by the loader as soon as it runs; a preload would
// compete with the stylesheet and so delay the first paint on slow links.
html = html.replace(/<link rel="preload" href="[^"]*\.wasm"[^>]*>/g, '');
// Likewise the module preload of the app's JS: fetched at high priority next
// to the stylesheet it delayed the first paint (Lighthouse mobile, devtools
// throttling: 99 → 100, LCP / static page 1.10–1.15 → 1.03; simulated
// throttling 70–75 → 99). Without it the loader's import finds the file one
// round trip later, while the static first screen is already showing.
html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
// Inline classic scripts (only the first-screen picker that
// examples/prerender.rs writes) are allowed by their SHA-256 alone.
const hashes = [];
for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (/\bsrc=/.test(attrs)) continue;
  if (attrs.trim() !== '') {
    console.error(`csp.mjs: an inline script with attributes (${attrs.trim()}) is left in index.html`);
    process.exit(1);
  }
  hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}
if (hashes.length > 1) {
  console.error(`csp.mjs: ${hashes.length} inline scripts; only the first-screen picker is expected`);
  process.exit(1);
}
const policy = [
  "default-src 'none'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
if (!/<meta charset="utf-8">/.test(html)) {
  console.error('csp.mjs: no <meta charset="utf-8"> to place the policy after');
  process.exit(1);
}
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
writeFileSync(file, html);
console.log(`csp.mjs: ${moved} inline loader(s) moved to files; policy written (${hashes.length} inline script pinned by hash)`);
