// Saved versions: the first save keeps a version; an older version can be
// viewed and restored; what was there before is kept as a version too; the
// restore survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openExample, saved, storageEntries } from './harness.mjs';

const env = useBrowser();

test('restore an earlier version of a plan, and the state before it is kept', async () => {
  const p = await env.page();
  const id = await openExample(p, env.server.url, 3);
  const original = await p.inputValue('#plan-name');
  await p.fill('#plan-name', 'Renamed in a hurry');
  await p.press('#plan-name', 'Enter');
  await p.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).plan.name === 'Renamed in a hurry', `qunce.plan.${id}`);
  await saved(p);

  await p.click(`.step-nav a[href="#/plans/${id}"]`);
  await p.waitForSelector('[data-testid=versions] [data-testid=version]');
  assert.equal(await p.locator('[data-testid=version]').count(), 1, 'one version: the first save');
  const view = await p.getAttribute('[data-testid=version] a', 'href');
  assert.match(view, /^#\/s\/z1\./);
  await p.click('[data-testid=version-restore]');
  await p.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).plan.name !== 'Renamed in a hurry', `qunce.plan.${id}`);
  await saved(p);
  assert.equal(await p.inputValue('#plan-name'), original);
  await p.waitForFunction(() => document.querySelectorAll('[data-testid=version]').length === 3);
  const history = JSON.parse((await storageEntries(p))[`qunce.history.${id}`]);
  assert.equal(history.type, 'qunce/history');
  assert.equal(history.history.snapshots.length, 3, 'first save, the state before the restore, the restore');

  await p.reload();
  await p.waitForSelector('[data-testid=versions] [data-testid=version]');
  assert.equal(await p.inputValue('#plan-name'), original);
  // The version view is the read-only shared page, which offers to open the plan here.
  await p.goto(env.server.url + view);
  await p.waitForSelector('[data-testid=shared-exists]');
});
