// One table of every benchmark figure, with its budget: read from the files
// that `make bench`'s steps write into target/bench/ (sizes.mjs, the native
// bench_channels example, bench.mjs, lighthouse.mjs).
// usage: node scripts/bench-table.mjs   (the last step of `make bench`)
import { existsSync, readFileSync } from 'node:fs';

const read = (name) => {
  const file = `target/bench/${name}.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};
const [sizes, native, browser, lh] = ['sizes', 'native', 'browser', 'lighthouse'].map(read);
const rows = [];
const add = (measure, value, budget = '', ok = null) =>
  rows.push([measure, value, budget, ok === null ? '' : ok ? 'met' : 'NOT MET']);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

if (sizes) {
  add('all files, raw / gzip / brotli', `${kb(sizes.first.raw)} / ${kb(sizes.first.gzip)} / ${kb(sizes.first.br)}`);
  for (const e of sizes.entries ?? []) {
    if (e.after) add(`${e.name}, brotli`, kb(e.br));
    else add(`entry: ${e.name}, brotli before it paints`, kb(e.br), '≤ 120 KB', e.br <= 120 * 1024);
  }
  for (const f of sizes.files.filter((x) => /\.(wasm|js|css|html)$/.test(x.file) && x.file !== 'sw.js')) {
    add(`  ${f.file.replace(/-[0-9a-f]{8,}/, '')} (raw / gzip / br)`, `${kb(f.raw)} / ${kb(f.gzip)} / ${kb(f.br)}`);
  }
}
if (lh) {
  add('Lighthouse mobile score (devtools throttling)', String(lh.app.score), '100', lh.app.score >= 100);
  add('Lighthouse mobile score (simulated throttling)', String(lh.simulated.score), '100', lh.simulated.score >= 100);
  add('LCP, app (devtools throttling)', ms(lh.app.lcp));
  add('LCP, static page of the same screen', ms(lh.static.lcp));
  const ratio = lh.app.lcp / lh.static.lcp;
  add('LCP ratio app / static page', ratio.toFixed(2), '≤ 1.15', ratio <= 1.15);
  add('TBT (devtools throttling)', ms(lh.app.tbt), '≤ 100 ms', lh.app.tbt <= 100);
  add('TBT (simulated throttling)', ms(lh.simulated.tbt), '≤ 100 ms', lh.simulated.tbt <= 100);
  if (lh.shared) {
    add('shared link: Lighthouse (devtools throttling)', String(lh.shared.score), '100', lh.shared.score >= 100);
    add('shared link: Lighthouse (simulated throttling)', String(lh.sharedSimulated.score), '100', lh.sharedSimulated.score >= 100);
    add('shared link: LCP (devtools / simulated)', `${ms(lh.shared.lcp)} / ${ms(lh.sharedSimulated.lcp)}`);
    const r = lh.shared.lcp / lh.static.lcp;
    add('shared link: LCP ratio to the static first screen', r.toFixed(2), '≤ 1.25', r <= 1.25);
    add('shared link: TBT (devtools / simulated)', `${ms(lh.shared.tbt)} / ${ms(lh.sharedSimulated.tbt)}`, '≤ 100 ms', Math.max(lh.shared.tbt, lh.sharedSimulated.tbt) <= 100);
  }
}
if (native) {
  add('channel forecast, native', ms(native.forecast));
  add('optimiser, native', ms(native.optimiser));
  add('simulator 2,000 × 180, native', ms(native.simulator));
}
if (browser) {
  add('edit → chart redrawn, browser', ms(browser.chart), '≤ 16 ms', browser.chart <= 16);
  add('edit → cheapest mix shown, browser', ms(browser.mix), '≤ 100 ms', browser.mix <= 100);
  add('simulator 2,000 × 180 shown, browser', ms(browser.simulator), '≤ 16 ms', browser.simulator <= 16);
  add('longest task during a simulator edit, browser', ms(browser.longest_max), '≤ 50 ms', browser.longest_max <= 50);
  if (browser.board !== undefined) {
    add('board: 40 plans pasted → table drawn, browser', ms(browser.board), '≤ 100 ms', browser.board <= 100);
    if (browser.board_all !== undefined) add('board: 40 plans pasted → every plan simulated, browser', ms(browser.board_all));
  }
  if (browser.actuals !== undefined) {
    add('plan vs actual: 365 days imported, fitted, re-forecast, browser', ms(browser.actuals), '≤ 50 ms', browser.actuals <= 50);
  }
}
if (native) {
  for (const l of native.links) {
    add(`link: ${l.template} (${l.lang})`, `${l.chars} chars, QR ${l.qr}`, '≤ 1,000 chars', l.chars <= 1000);
  }
}
const missing = ['sizes', 'native', 'browser', 'lighthouse'].filter((n) => !read(n));
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'budget', ''][i].length));
console.log('\nQunce benchmark (medians; medians of 3 Lighthouse runs)');
console.log(['measure', 'value', 'budget', ''].map((h, i) => h.padEnd(w[i])).join('  '));
for (const r of rows) console.log(r.map((c, i) => (i === 1 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  '));
if (missing.length) console.log(`(not measured in this run: ${missing.join(', ')})`);
