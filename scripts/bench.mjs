// In-browser benchmark of the channel planner in the release build: a plan
// of 20 channels over 365 days is edited 25 times; for each edit it measures
// the time from the input event to the chart being redrawn, and to the
// cheapest-mix suggestion being shown. Prints medians.
// usage: node scripts/bench.mjs   (after `make build`; `make bench` runs it)
import { execFileSync } from 'node:child_process';
import { serve, launch, newPage, open, plant } from '../tests/e2e/harness.mjs';

const channels = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'bench_channels', '--', '--json'], { encoding: 'utf8' }),
);
const now = Date.parse('2026-03-01T08:00:00Z');
const plan = { type: 'qunce/plan', version: 1, plan: { id: 'bench', name: 'Benchmark', created_ms: now, updated_ms: now, channels } };

const server = await serve('dist');
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
await browser.close();
await server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, xs, budget) =>
  console.log(`${name.padEnd(44)} ${median(xs).toFixed(1).padStart(9)} ${Math.max(...xs).toFixed(1).padStart(9)} ${String(budget).padStart(8)}`);
console.log(`channel planner in headless Chromium, release build: 20 channels × 365 days, ${chart.length} edits`);
console.log(`${'measure'.padEnd(44)} ${'median ms'.padStart(9)} ${'max ms'.padStart(9)} ${'budget'.padStart(8)}`);
row('edit → forecast → chart redrawn', chart, 16);
row('edit → cheapest mix and comparison shown', suggestion, 100);
