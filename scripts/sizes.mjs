// Prints raw, gzip and brotli sizes of every file in a build folder, and
// what each entry of the app downloads before its content paints.
// usage: node scripts/sizes.mjs dist
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files.sort().map((f) => {
  const buf = readFileSync(join(dir, f));
  return {
    file: f,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
console.log(`${'file'.padEnd(36)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(36)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.br)}`);
// sw.js is fetched by the browser after the page has loaded, so it is not
// part of the first load.
const first = (r) => ['.html', '.js', '.wasm', '.css'].includes(extname(r.file)) && r.file !== 'sw.js';
const sum = (k) => rows.filter(first).reduce((a, r) => a + r[k], 0);
console.log(`${'all (html+js+wasm+css)'.padEnd(36)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('br'))}`);

// Per entry (issue 19): what a person downloads before the content they
// came for is painted.
// - First screen (a first visit's plan library): prerendered into the
//   html, so it paints with the html and the stylesheet; the loader
//   (boot-*.js) is requested beside them. The editor loads after the paint.
// - A shared plan's link: the viewer (viewer-*.js and its wasm, and the
//   link's dictionary) paints it;
//   the editor loads after that, in the background.
// - The editor (every other page, and saving a shared plan): everything of
//   the editor, fetched after the first paint.
// - The board's camera: only when started (not an entry; shown for its size).
const pick = (re) => rows.filter((r) => re.test(r.file));
const total = (list, k) => list.reduce((a, r) => a + r[k], 0);
// The page links only the critical stylesheet (scripts/critical.mjs); the
// whole one comes with the editor.
const base = pick(/^(index\.html|critical-[0-9a-f]+\.css|boot-[0-9a-f]+\.js)$/);
// A shared link also fetches the one link dictionary its code names
// (dict-<n>.json, see scripts/viewer.sh): counted here as the largest of
// them, the worst case.
const largestDict = pick(/^dict-\d+\.json$/).sort((a, b) => b.br - a.br).slice(0, 1);
const entries = [
  { name: 'first screen (library, first visit)', files: base },
  { name: 'shared link (viewer)', files: [...base, ...pick(/^viewer-[0-9a-f]+(\.js|_bg\.wasm)$/), ...largestDict] },
  { name: 'editor (after the first paint)', files: [...base, ...pick(/^(qunce-[0-9a-f]+(\.js|_bg\.wasm)|main-[0-9a-f]+\.css)$/)], after: true },
  // The board's camera (issue 24): fetched only when the trainer starts it,
  // on top of the editor; the decoder only where the browser has no
  // BarcodeDetector.
  { name: 'camera, on demand (script + decoder)', files: pick(/^(camera-[0-9a-f]+\.js|scan-[0-9a-f]+(\.js|_bg\.wasm))$/), after: true },
].map((e) => ({ name: e.name, after: !!e.after, files: e.files.map((f) => f.file), raw: total(e.files, 'raw'), gzip: total(e.files, 'gzip'), br: total(e.files, 'br') }));
console.log('\nper entry, before its content paints (budget 120 KB brotli each):');
for (const e of entries) console.log(`${e.name.padEnd(36)} ${kb(e.raw)} ${kb(e.gzip)} ${kb(e.br)}`);

// For scripts/bench-table.mjs.
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/sizes.json', JSON.stringify({ files: rows, first: { raw: sum('raw'), gzip: sum('gzip'), br: sum('br') }, entries }));
