// In-browser benchmark of the channel planner in the release build: a plan
// of 20 channels over 365 days is edited 25 times; for each edit it measures
// the time from the input event to the chart being redrawn, and to the
// cheapest-mix suggestion being shown; then the simulator's 2,000 runs ×
// 180 days from an edit to the bands being redrawn. Prints medians.
// usage: node scripts/bench.mjs   (after `make build`; `make bench` runs it)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve, launch, newPage, open, plant } from '../tests/e2e/harness.mjs';

const server = await serve(process.env.DIST || 'dist');
const browser = await launch();
const logs=[];
// The simulator: the job-seeking sample case with 2,000 runs over 180 days
// (10 groups of 200); time from an edit to the bands being redrawn.
const sim = await newPage(browser, { width: 1440, height: 900 });
sim.on('console', (m) => logs.push(m.text()));
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
for (let i = 0; i < Number(process.env.N || 15); i++) {
  const [ms, longest] = await sim.evaluate(async (value) => {
    const longest = [];
    const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => longest.push(e.duration)));
    po.observe({ type: 'longtask' });
    const input = document.querySelector('#param-churn-1');
    const before = document.querySelector('[data-testid=bands-summary]').textContent;
    const t0 = performance.now(); console.log('T t0 ' + t0);
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
    const ms = performance.now() - t0; console.log('T done ' + performance.now());
    await new Promise((r) => setTimeout(r, 50));
    po.disconnect();
    return [ms, Math.max(0, ...longest)];
  }, 15 + (i % 2) * 3 + i / 10);
  simulator.push(ms);
  longTasks.push(longest);
  await sim.waitForTimeout(400);
}
console.log(simulator.map(x=>x.toFixed(1)).join(' '));console.log(logs.join('\n'));await browser.close();await server.close();
