// Lighthouse (mobile) on the release build and on a static HTML page showing
// the same first screen (the prerendered plan library, no scripts), in the
// same run; prints medians of 3 runs each and the ratio of their largest
// contentful paints. usage: node scripts/lighthouse.mjs   (after `make build`)
//
// Throttling: both Lighthouse modes, 3 runs each for the app. "devtools"
// really loads the page over a throttled network and CPU; "simulate" (the
// default of Lighthouse mobile) extrapolates from an unthrottled load. The
// latter used to swing between ~75 and ~100 from run to run: on a fast load
// the wasm could arrive before the first paint and be counted into it. The
// loader now fetches the wasm after the first frame (scripts/csp.mjs) and the
// app mounts after a paint (services::browser::after_paint).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const staticDir = mkdtempSync(join(tmpdir(), 'qunce-static-'));
cpSync('dist', staticDir, { recursive: true });
const index = join(staticDir, 'index.html');
writeFileSync(
  index,
  readFileSync(index, 'utf8')
    .replace(/<script[^>]*>[\s\S]*?<\/script>\n?/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace('<html lang="zh-CN">', '<html lang="en" data-pre="library-en">'),
);

const app = await serve('dist');
const page = await serve(staticDir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

async function measure(url, throttlingMethod) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    throttlingMethod,
  });
  const a = lhr.audits;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    lcp: a['largest-contentful-paint'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
  };
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
async function medians(url, method, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(url, method));
  return Object.fromEntries(['score', 'lcp', 'fcp', 'tbt'].map((k) => [k, median(all.map((r) => r[k]))]));
}

const rows = [
  ['app, devtools throttling', await medians(app.url, 'devtools')],
  ['static first screen, devtools throttling', await medians(page.url, 'devtools')],
  ['app, simulated throttling', await medians(app.url, 'simulate')],
];
await chrome.kill();
await app.close();
await page.close();

console.log('Lighthouse mobile, release build (medians of 3 runs)');
console.log(`${'page'.padEnd(42)} ${'score'.padStart(6)} ${'LCP ms'.padStart(8)} ${'FCP ms'.padStart(8)} ${'TBT ms'.padStart(8)}`);
for (const [name, r] of rows) {
  console.log(`${name.padEnd(42)} ${String(r.score).padStart(6)} ${r.lcp.toFixed(0).padStart(8)} ${r.fcp.toFixed(0).padStart(8)} ${r.tbt.toFixed(0).padStart(8)}`);
}
console.log(`LCP ratio app / static page (devtools): ${(rows[0][1].lcp / rows[1][1].lcp).toFixed(2)} (budget 1.15)`);

// For scripts/bench-table.mjs.
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/lighthouse.json', JSON.stringify({ app: rows[0][1], static: rows[1][1], simulated: rows[2][1] }));
