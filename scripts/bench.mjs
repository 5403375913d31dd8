// In-browser benchmark of the channel planner in the release build: a plan
// of 20 channels over 365 days is edited 25 times; for each edit it measures
// the time from the input event to the chart being redrawn, and to the
// cheapest-mix suggestion being shown; then the simulator's 2,000 runs ×
// 180 days from an edit to the bands being redrawn; a year of actuals
// imported; and the workshop board with 40 plans pasted. Prints medians.
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

// Plan vs actual (issue 20): a year of daily figures for the job-seeking
// sample case with a 365-day horizon; time from "Read" to the mapping's
// preview, and from "Add to the plan" to the comparison, re-forecast and
// calibration being shown (import + fit + re-forecast, after the text is in).
await sim.fill('#sim-runs', '1000');
await sim.fill('#sim-horizon', '365');
await sim.waitForFunction(() => /^1000 runs/.test(document.querySelector('[data-testid=bands-summary]')?.textContent ?? ''));
await sim.click('.step-nav a[href$="/channels"]');
const start = await sim.inputValue('#start');
await sim.click('.step-nav a[href$="/actual"]');
await sim.waitForSelector('[data-testid=actuals-step]');
const year = (bump) => {
  const [y, m, d] = start.split('-').map(Number);
  const rows = ['日期\t群成员总数\t新增群成员数\t退群人数\t周活跃人数\t付费人数\t收入'];
  let members = 0;
  for (let t = 0; t < 365; t++) {
    const date = new Date(Date.UTC(y, m - 1, d + t)).toISOString().slice(0, 10);
    const joined = (t < 14 ? 120 : 8) + ((t * 7) % 5) + bump;
    const left = Math.round(members * 0.004);
    members += joined - left;
    rows.push(`${date}\t${members}\t${joined}\t${left}\t${Math.round(members * 0.22)}\t${t % 4 === 0 ? 2 : 0}\t${t % 4 === 0 ? 198 : 0}`);
  }
  return rows.join('\n');
};
const importRead = [];
const importFit = [];
for (let i = 0; i < 5; i++) {
  await sim.evaluate(() => { document.querySelector('[data-testid=actuals-import]').open = true; });
  await sim.fill('[data-testid=actuals-paste]', year(i % 2));
  const [read, fit] = await sim.evaluate(async () => {
    const appear = (selector, root = document.body) => new Promise((done) => {
      const check = () => {
        if (document.querySelector(selector)) {
          observer.disconnect();
          done(performance.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(root, { subtree: true, childList: true });
      check();
    });
    for (const old of document.querySelectorAll('[data-testid=calibrate-table]')) old.removeAttribute('data-testid');
    const t0 = performance.now();
    document.querySelector('[data-testid=actuals-read]').click();
    const t1 = await appear('[data-testid=actuals-add]');
    const t2 = performance.now();
    document.querySelector('[data-testid=actuals-add]').click();
    const t3 = await appear('[data-testid=calibrate-table]');
    return [t1 - t0, t3 - t2];
  });
  importRead.push(read);
  importFit.push(fit);
  await sim.waitForTimeout(500);
}
if (sim.errors.length) throw new Error(sim.errors.join('\n'));

// The workshop board (issue 24): a chat of 40 participants' links pasted
// into an empty board; time from the paste to the table with 40 columns
// drawn (each plan read, its channel figures tabled) and to every plan's
// own simulator runs being in (they fill in slice by slice).
const chat = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'qunce-core', '--example', 'bench_channels', '--', '--board-chat'], { encoding: 'utf8' });
const boardPage = await newPage(browser, { width: 1440, height: 900 });
await open(boardPage, server.url, '#/compare');
await boardPage.waitForSelector('[data-testid=board-input]');
const boardMs = [];
const boardAll = [];
for (let i = 0; i < 7; i++) {
  await boardPage.evaluate(() => {
    const area = document.querySelector('[data-testid=board-input]');
    area.value = '';
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await boardPage.waitForFunction(() => !document.querySelector('[data-testid=board-table]'));
  await boardPage.waitForTimeout(600);
  const [table, all] = await boardPage.evaluate(async (text) => {
    const area = document.querySelector('[data-testid=board-input]');
    const when = (ok) => new Promise((done) => {
      const check = () => {
        if (ok()) {
          observer.disconnect();
          done(performance.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.querySelector('[data-testid=board]'), { subtree: true, childList: true, characterData: true });
      check();
    });
    const t0 = performance.now();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await when(() => document.querySelectorAll('[data-testid=board-column]').length === 40);
    await new Promise((r) => requestAnimationFrame(() => r()));
    const t1 = performance.now();
    await when(() => !document.querySelector('[data-testid=board-progress]') && document.querySelector('[data-testid=board-chart]'));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return [t1 - t0, performance.now() - t0];
  }, chat);
  boardMs.push(table);
  boardAll.push(all);
}
if (boardPage.errors.length) throw new Error(boardPage.errors.join('\n'));
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
row('actuals: 365 days read and matched', importRead, '');
row('actuals: 365 days added → compared, fitted', importFit, '');
row('actuals: import + fit + re-forecast', importRead.map((r, i) => r + importFit[i]), 50);
row('board: 40 plans pasted → table drawn', boardMs, 100);
row('board: 40 plans pasted → every plan simulated', boardAll, '');

// For scripts/bench-table.mjs.
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/browser.json', JSON.stringify({
  chart: median(chart), mix: median(suggestion), simulator: median(simulator), longest: median(longTasks), longest_max: Math.max(...longTasks),
  actuals: median(importRead.map((r, i) => r + importFit[i])),
  board: median(boardMs),
  board_all: median(boardAll),
}));
