// Two tabs on the same plans: neither tab's edits are silently lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, saved, createPlan, storageEntries } from './harness.mjs';

const env = useBrowser();

test('a clean tab follows the other; edits made in both tabs are both kept', async () => {
  const a = await env.page();
  await open(a, env.server.url);
  const id = await createPlan(a, 'Shared plan');
  // Tab B can be switched to refuse writes, so its edit stays unsaved.
  const b = await a.context().newPage();
  b.errors = [];
  b.on('pageerror', (e) => b.errors.push(String(e)));
  await b.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(k, v) {
      if (window.blockWrites && k.startsWith('qunce.plan.')) throw new DOMException('blocked', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await open(b, env.server.url, `#/plans/${id}`);
  await b.waitForSelector('[data-testid=plan-page]');

  // 1. B has no unsaved edits: it follows A's rename.
  await a.fill('#plan-name', 'Renamed in A');
  await a.press('#plan-name', 'Enter');
  await saved(a);
  await b.waitForFunction(() => document.querySelector('#plan-name')?.value === 'Renamed in A');

  // 2. B edits while its writes fail; A saves another edit meanwhile.
  await b.evaluate(() => { window.blockWrites = true; });
  await b.fill('#plan-name', 'Edited in B');
  await b.press('#plan-name', 'Enter');
  await b.waitForSelector('[data-testid=storage-banner]');
  await a.fill('#plan-name', 'Edited in A');
  await a.press('#plan-name', 'Enter');
  await saved(a);
  await b.waitForSelector('[data-testid=conflict-notice]');
  assert.match(await b.textContent('[data-testid=conflict-notice]'), /Edited in A \(other tab\)/);
  assert.equal(await b.inputValue('#plan-name'), 'Edited in B', 'B keeps its own edit');

  // 3. B can write again: both versions end up stored, and A sees both.
  await b.evaluate(() => { window.blockWrites = false; });
  await b.fill('#plan-name', 'Edited in B again');
  await b.press('#plan-name', 'Enter');
  await saved(b);
  const names = Object.entries(await storageEntries(a))
    .filter(([k]) => k.startsWith('qunce.plan.'))
    .map(([, v]) => JSON.parse(v).plan.name)
    .sort();
  assert.deepEqual(names, ['Edited in A (other tab)', 'Edited in B again']);
  await a.click('.header__link');
  await a.waitForFunction(() => document.querySelectorAll('.plan-row').length === 2);
  assert.deepEqual(b.errors, []);
});
