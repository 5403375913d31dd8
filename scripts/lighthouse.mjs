// Lighthouse (mobile) on the release build and on a static HTML page showing
// the same first screen (the prerendered plan library, no scripts), in the
// same run; prints medians of 3 runs each and the ratio of their largest
// contentful paints; then the same for a shared plan's link (the viewer's
// entry). usage: node scripts/lighthouse.mjs   (after `make build`);
// DIST=<folder> measures another build; LH_ONLY=shared runs only the rows whose name has that word (and the
// static page) and writes no bench figures.
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
const dist = process.env.DIST ?? 'dist';
cpSync(dist, staticDir, { recursive: true });
const index = join(staticDir, 'index.html');
writeFileSync(
  index,
  readFileSync(index, 'utf8')
    .replace(/<script[^>]*>[\s\S]*?<\/script>\n?/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace('<html lang="zh-CN">', '<html lang="en" data-pre="library-en">'),
);

// Compressed as a static host sends them (brotli), so the shared link's
// download is the size its budget counts.
const app = await serve(dist, { compress: true });
const page = await serve(staticDir, { compress: true });
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

// A shared plan's link (issue 19's entry 2): the frozen format-1 fixture,
// which the viewer paints before the editor loads.
const link = readFileSync('tests/fixtures/link-v1.txt', 'utf8').trim();
const only = process.env.LH_ONLY ?? '';
const want = (name) => !only || name.includes(only);
const rows = [];
for (const [name, url, method] of [
  ['app, devtools throttling', app.url, 'devtools'],
  ['static first screen, devtools throttling', page.url, 'devtools'],
  ['app, simulated throttling', app.url, 'simulate'],
  ['shared link, devtools throttling', app.url + link, 'devtools'],
  ['shared link, simulated throttling', app.url + link, 'simulate'],
]) {
  if (want(name) || name.startsWith('static')) rows.push([name, await medians(url, method)]);
}
await chrome.kill();
await app.close();
await page.close();

console.log('Lighthouse mobile, release build (medians of 3 runs)');
console.log(`${'page'.padEnd(42)} ${'score'.padStart(6)} ${'LCP ms'.padStart(8)} ${'FCP ms'.padStart(8)} ${'TBT ms'.padStart(8)}`);
for (const [name, r] of rows) {
  console.log(`${name.padEnd(42)} ${String(r.score).padStart(6)} ${r.lcp.toFixed(0).padStart(8)} ${r.fcp.toFixed(0).padStart(8)} ${r.tbt.toFixed(0).padStart(8)}`);
}
const row = (name) => rows.find(([n]) => n === name)?.[1];
const stat = row('static first screen, devtools throttling');
if (row('app, devtools throttling')) {
  console.log(`LCP ratio app / static page (devtools): ${(row('app, devtools throttling').lcp / stat.lcp).toFixed(2)} (budget 1.15)`);
}
if (row('shared link, devtools throttling')) {
  console.log(`LCP ratio shared link / static page (devtools): ${(row('shared link, devtools throttling').lcp / stat.lcp).toFixed(2)} (budget 1.25)`);
}

// For scripts/bench-table.mjs.
if (!only) {
  mkdirSync('target/bench', { recursive: true });
  writeFileSync('target/bench/lighthouse.json', JSON.stringify({
    app: row('app, devtools throttling'),
    static: stat,
    simulated: row('app, simulated throttling'),
    shared: row('shared link, devtools throttling'),
    sharedSimulated: row('shared link, simulated throttling'),
  }));
}
