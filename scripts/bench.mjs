// In-browser benchmark of the channel planner in the release build: a plan
// of 20 channels over 365 days is edited 25 times; for each edit it measures
// the time from the input event to the chart being redrawn, and to the
// cheapest-mix suggestion being shown; then the simulator's 2,000 runs ×
// 180 days from an edit to the bands being redrawn. Prints medians.
// usage: node scripts/bench.mjs   (after `make build`; `make bench` runs it)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve, launch, newPage, open, plant } from '../tests/e2e/harness.mjs';

const channels = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'qunce-core', '--example', 'bench_channels', '--', '--json'], { encoding: 'utf8' }),
);
const now = Date.parse('2026-03-01T08:00:00Z');
const plan = { type: 'qunce/plan', version: 1, plan: { id: 'bench', name: 'Benchmark', created_ms: now, updated_ms: now, channels } };

const server = await serve(process.env.DIST || 'dist');
const browser = await launch();
const page = await newPage(browser, { width: 1440, height: 900 });
await plant(page, server.url, { 'qunce.plan.bench': JSON.stringify(plan) });
await open(page, server.url, '#/plans/bench/channels');
await page.waitForSelector('[data-testid=suggestion-text]', { timeout: 60_000 });

const chart = [];
const suggestion = [];
for (let i = 0; i < 25; i++) {
  const [toChart, toSuggestion] = await page.evaluate(async (value) => {
    const input = document.querySelector('#ch0-reach');
    const area = document.querySelector('[data-testid=joins-chart] path');
    const before = area.getAttribute('d');
    const t0 = performance.now();
    let t1 = 0;
    const drawn = new Promise((done) => {
      const check = () => {
        const now = document.querySelector('[data-testid=joins-chart] path');
        if (now && now.getAttribute('d') !== before) {
          t1 = performance.now();
          observer.disconnect();
          done();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.querySelector('[data-testid=joins-chart]'), { subtree: true, attributes: true, childList: true });
    });
    input.value = String(value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await drawn;
    // The suggestion shows "working it out" first, then the answer.
    await new Promise((done) => {
      const check = () => {
        if (document.querySelector('[data-testid=suggestion-text]')) {
          observer.disconnect();
          done();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.querySelector('[data-testid=suggestion]'), { subtree: true, childList: true, characterData: true });
      check();
    });
    const t2 = performance.now();
    return [t1 - t0, t2 - t0];
  }, 1000 + 37 * i);
  chart.push(toChart);
  suggestion.push(toSuggestion);
  await page.waitForTimeout(400); // let the autosave run outside the measured window
}
if (page.errors.length) throw new Error(page.errors.join('\n'));

// The simulator: the job-seeking sample case with 2,000 runs over 180 days
// (10 groups of 200); time from an edit to the bands being redrawn.
const sim = await newPage(browser, { width: 1440, height: 900 });
await open(sim, server.url);
await sim.click('[data-testid=examples] li:nth-child(1) button');
await sim.waitForSelector('[data-testid=canvas]');
await sim.click('.step-nav a[href$="/kpi"]');
await sim.waitForSelector('[data-testid=bands-summary]');
await sim.fill('#sim-runs', '2000');
await sim.fill('#sim-horizon', '180');
await sim.waitForFunction(() => /^2000 runs/.test(document.querySelector('[data-testid=bands-summary]')?.textContent ?? ''));
const simulator = [];
const longTasks = [];
for (let i = 0; i < 15; i++) {
  const [ms, longest] = await sim.evaluate(async (value) => {
    const longest = [];
    const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => longest.push(e.duration)));
    po.observe({ type: 'longtask' });
    const input = document.querySelector('#param-churn-1');
    const before = document.querySelector('[data-testid=bands-summary]').textContent;
    const t0 = performance.now();
    input.value = String(value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((done) => {
      const check = () => {
        const now = document.querySelector('[data-testid=bands-summary]');
        if (now && now.textContent !== before) {
          observer.disconnect();
          done();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.querySelector('[data-testid=simulation-step]'), { subtree: true, childList: true, characterData: true });
    });
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    po.disconnect();
    return [ms, Math.max(0, ...longest)];
  }, 15 + (i % 2) * 3 + i / 10);
  simulator.push(ms);
  longTasks.push(longest);
  await sim.waitForTimeout(400);
}
if (sim.errors.length) throw new Error(sim.errors.join('\n'));
await browser.close();
await server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, xs, budget) =>
  console.log(`${name.padEnd(44)} ${median(xs).toFixed(1).padStart(9)} ${Math.max(...xs).toFixed(1).padStart(9)} ${String(budget).padStart(8)}`);
console.log(`channel planner in headless Chromium, release build: 20 channels × 365 days, ${chart.length} edits`);
console.log(`${'measure'.padEnd(44)} ${'median ms'.padStart(9)} ${'max ms'.padStart(9)} ${'budget'.padStart(8)}`);
row('edit → forecast → chart redrawn', chart, 16);
row('edit → cheapest mix and comparison shown', suggestion, 100);
row('simulator: edit → 2,000 runs × 180 days shown', simulator, 16);
row('simulator: longest task during an edit', longTasks, 50);

// For scripts/bench-table.mjs.
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/browser.json', JSON.stringify({
  chart: median(chart), mix: median(suggestion), simulator: median(simulator), longest: median(longTasks), longest_max: Math.max(...longTasks),
}));
