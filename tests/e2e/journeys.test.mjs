// End-to-end user journeys against the release build (dist/) in Chromium.
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, saved, createPlan, storageEntries, plant, waitForText } from './harness.mjs';

const env = useBrowser();
const page = (opts) => env.page(opts);

test('a long plan name wraps on a phone instead of being cut off; Enter keeps it on one line', async () => {
  const p = await page({ width: 360, height: 740 });
  await open(p, env.server.url);
  await createPlan(p, 'Short');
  const box = () => p.$eval('#plan-name', (el) => ({ client: el.clientHeight, scroll: el.scrollHeight, width: el.scrollWidth - el.clientWidth }));
  const one = await box();
  const long = 'Two-week job-seeking sprint for new graduates in the city';
  await p.fill('#plan-name', long);
  const typed = await box();
  assert.ok(typed.client >= one.client * 2, `grows while typing: ${one.client} → ${typed.client} px`);
  assert.ok(typed.scroll <= typed.client + 1 && typed.width <= 0, 'nothing of the name is hidden');
  await p.press('#plan-name', 'Enter');
  await saved(p);
  assert.equal(await p.inputValue('#plan-name'), long, 'Enter commits, no line break');
  const id = new URL(p.url()).hash.split('/')[2];
  assert.equal(JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]).plan.name, long);
  await p.reload();
  await p.waitForSelector('[data-testid=plan-page]');
  const reloaded = await box();
  assert.ok(reloaded.client >= one.client * 2 && reloaded.scroll <= reloaded.client + 1, 'wrapped after a reload too');
});

test('create a plan, rename it, reload: it is still there', async () => {
  const p = await page();
  await open(p, env.server.url);
  assert.equal(await p.textContent('h1'), 'My plans');
  const id = await createPlan(p, 'Job sprint');
  assert.match(p.url(), new RegExp(`#/plans/${id}$`));
  assert.equal(await p.inputValue('#plan-name'), 'Job sprint');

  await p.fill('#plan-name', 'Job sprint 2026');
  await p.press('#plan-name', 'Enter');
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=plan-page]');
  assert.equal(await p.inputValue('#plan-name'), 'Job sprint 2026');

  await p.click('.header__link');
  await p.waitForSelector('[data-testid=plan-list]');
  assert.equal(await p.textContent('.plan-row__name'), 'Job sprint 2026');
  const stored = JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]);
  assert.equal(stored.type, 'qunce/plan');
  assert.equal(stored.version, 3);
  assert.equal(stored.plan.name, 'Job sprint 2026');
});

test('rename from the library with the keyboard; Escape cancels', async () => {
  const p = await page();
  await open(p, env.server.url);
  await createPlan(p, 'Old name');
  await p.click('.header__link');
  await p.click('.plan-row button:has-text("Rename")');
  // The field takes focus with the old name selected: typing replaces it.
  await p.keyboard.type('New name');
  await p.keyboard.press('Enter');
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=plan-list]');
  assert.equal(await p.textContent('.plan-row__name'), 'New name');
  await p.click('.plan-row button:has-text("Rename")');
  await p.keyboard.type('Discarded');
  await p.keyboard.press('Escape');
  assert.equal(await p.textContent('.plan-row__name'), 'New name');
});

test('two plans: both listed, switch between them, the last one reopens', async () => {
  const p = await page();
  await open(p, env.server.url);
  const a = await createPlan(p, 'Plan A');
  await p.click('.header__link');
  const b = await createPlan(p, 'Plan B');
  await p.click('.header__link');
  await p.waitForSelector('[data-testid=plan-list]');
  assert.deepEqual(await p.locator('.plan-row__name').allTextContents(), ['Plan B', 'Plan A']);

  await p.click(`a[href="#/plans/${a}"]`);
  assert.equal(await p.inputValue('#plan-name'), 'Plan A');
  await p.click('.step-nav a[href$="/tiers"]');
  await p.waitForSelector('[data-testid=step-intro]');
  await p.click('.header__link');
  await p.click(`a[href="#/plans/${b}"]`);
  assert.equal(await p.inputValue('#plan-name'), 'Plan B');
  await p.goBack();
  await p.waitForSelector('[data-testid=library]');

  // Opening the bare address reopens where the user was.
  await p.click(`a[href="#/plans/${a}"]`);
  await p.click('.step-nav a[href$="/kpi"]');
  await saved(p);
  await p.goto(env.server.url);
  await p.waitForSelector('[data-testid=step-intro]');
  assert.ok(p.url().endsWith(`#/plans/${a}/kpi`), p.url());
  assert.equal(await p.inputValue('#plan-name'), 'Plan A');
});

test('delete then undo; delete, reload, restore from the trash', async () => {
  const p = await page();
  await open(p, env.server.url);
  await createPlan(p, 'Keep me');
  await p.click('.header__link');
  await p.click('.plan-row button:has-text("Delete")');
  await p.waitForSelector('[data-testid=undo-toast]');
  assert.equal(await p.locator('[data-testid=plan-list]').count(), 0);
  await p.click('[data-testid=undo-toast] button:has-text("Undo")');
  await p.waitForSelector('[data-testid=plan-list]');
  assert.equal(await p.textContent('.plan-row__name'), 'Keep me');
  await saved(p);

  await p.click('.plan-row button:has-text("Delete")');
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=trash]');
  await p.click('[data-testid=trash] summary');
  assert.match(await p.textContent('[data-testid=trash] summary'), /Trash \(1\)/);
  await p.click('[data-testid=trash] button:has-text("Restore")');
  await p.waitForSelector('[data-testid=plan-list]');
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=plan-list]');
  assert.equal(await p.textContent('.plan-row__name'), 'Keep me');
});

test('delete forever asks twice, then removes the stored plan', async () => {
  const p = await page();
  await open(p, env.server.url);
  const id = await createPlan(p, 'Temporary');
  await p.click('.header__link');
  await p.click('.plan-row button:has-text("Delete")');
  await p.click('[data-testid=trash] summary');
  await p.click('[data-testid=trash] button:has-text("Delete forever")');
  assert.ok(`qunce.plan.${id}` in (await storageEntries(p)), 'one click is not enough');
  await p.click('[data-testid=trash] button:has-text("Confirm")');
  await p.waitForSelector('[data-testid=trash]', { state: 'detached' });
  await saved(p);
  assert.ok(!(`qunce.plan.${id}` in (await storageEntries(p))));
});

test('language follows the browser, switches, and survives a reload', async () => {
  const zh = await page({ locale: 'zh-CN' });
  await open(zh, env.server.url);
  assert.equal(await zh.textContent('h1'), '我的方案');
  await zh.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });

  const p = await page({ locale: 'en-US' });
  await open(p, env.server.url);
  assert.equal(await p.textContent('h1'), 'My plans');
  await p.click('.header__lang');
  await waitForText(p, 'h1', /^我的方案$/);
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=library]');
  assert.equal(await p.textContent('h1'), '我的方案');
  await p.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
});

test('unreadable stored data: the app starts, says so, keeps the raw value', async () => {
  const p = await page();
  await open(p, env.server.url);
  const good = await createPlan(p, 'Good plan');
  const newer = JSON.stringify({ type: 'qunce/plan', version: 9, plan: { id: 'future' } });
  await plant(p, env.server.url, {
    'qunce.plan.broken': '{"type":"qunce/plan","vers',
    'qunce.plan.future': newer,
    'qunce.prefs': 'not json at all',
  });
  await p.goto(env.server.url + '#/');
  await p.waitForSelector('[data-testid=recovery-notice]');
  assert.equal(await p.locator('[data-testid=recovery-notice]').count(), 3);
  assert.match(await p.textContent('.notices'), /newer version of Qunce \(format 9\)/);
  assert.equal(await p.textContent('.plan-row__name'), 'Good plan', 'the good plan still loads');

  const entries = await storageEntries(p);
  assert.ok(!('qunce.plan.broken' in entries));
  const backups = Object.entries(entries).filter(([k]) => k.startsWith('qunce.backup.'));
  const values = backups.map(([, v]) => v).sort();
  assert.deepEqual(values, ['not json at all', newer, '{"type":"qunce/plan","vers'].sort());
  assert.ok(`qunce.plan.${good}` in entries);

  // The raw value can be downloaded exactly as it was.
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid=recovery-notice] button:has-text("Download")').first().click()]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  assert.ok(values.includes(await readFile(path, 'utf8')));

  // Dismissed notices stay dismissed; the backups stay listed.
  for (let i = 0; i < 3; i += 1) await p.click('[data-testid=recovery-notice] button:has-text("Dismiss")');
  await p.waitForSelector('[data-testid=recovery-notice]', { state: 'detached' });
  assert.match(await p.textContent('[data-testid=backups] summary'), /\(3\)/);
});

test('storage that refuses writes: a warning, edits kept in this tab', async () => {
  const p = await page();
  await p.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(p, env.server.url);
  await p.waitForSelector('[data-testid=storage-banner]');
  await p.fill('#new-plan-name', 'Unsaved plan');
  await p.click('[data-testid=create-form] button[type=submit]');
  await p.waitForSelector('[data-testid=plan-page]');
  assert.match(await p.textContent('[data-testid=storage-banner]'), /storage is full/);
  assert.equal(await p.textContent('[data-testid=save-status]'), 'Not saved');
  assert.equal(await p.inputValue('#plan-name'), 'Unsaved plan');
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid=storage-banner] button')]);
  const { readFile } = await import('node:fs/promises');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.type, 'qunce/backup');
  assert.equal(file.plans[0].name, 'Unsaved plan');
});

test('every route loads directly by URL', async () => {
  const setup = await page();
  await open(setup, env.server.url);
  const id = await createPlan(setup, 'Route test');
  const routes = [
    ['#/', 'library'],
    [`#/plans/${id}`, 'overview'],
    [`#/plans/${id}/canvas`, 'step-intro'],
    [`#/plans/${id}/channels`, 'step-intro'],
    [`#/plans/${id}/tiers`, 'step-intro'],
    [`#/plans/${id}/kpi`, 'step-intro'],
    [`#/plans/${id}/kpi&from=singlemessage`, 'step-intro'],
    ['#/plans/not-here', 'plan-missing'],
    ['#/no/such/page', 'not-found'],
  ];
  for (const [hash, testid] of routes) {
    const p = await setup.context().newPage();
    await p.goto(env.server.url + hash);
    await p.waitForSelector(`[data-testid=${testid}]`);
    await p.close();
  }
});

test('a week-old plan with no backup gets one gentle reminder, which can wait a week', async () => {
  const p = await page();
  const weekAgo = Date.now() - 8 * 86_400_000;
  const plan = { id: 'old1', name: 'Old plan', created_ms: weekAgo, updated_ms: weekAgo, positioning: {}, channels: {}, tiers: {}, simulation: {} };
  await plant(p, env.server.url, { 'qunce.plan.old1': JSON.stringify({ type: 'qunce/plan', version: 1, plan }) });
  await open(p, env.server.url, '#/');
  await p.waitForSelector('[data-testid=backup-reminder]');
  await p.click('[data-testid=backup-reminder] button:has-text("Remind me later")');
  await p.waitForSelector('[data-testid=backup-reminder]', { state: 'detached' });
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=plan-list]');
  assert.equal(await p.locator('[data-testid=backup-reminder]').count(), 0, 'snoozed across reloads');
  const prefs = JSON.parse((await storageEntries(p))['qunce.prefs']).prefs;
  assert.ok(prefs.remind_after_ms > Date.now() + 6 * 86_400_000);
});

test('a strict Content-Security-Policy holds, and nothing is requested outside the app', async () => {
  const p = await page({ locale: 'zh-CN' });
  const outside = [];
  p.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(env.server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
  });
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await open(p, env.server.url);
  const csp = await p.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  // The app's own files, plus the first-screen picker pinned by its hash.
  const inline = await p.locator('script:not([src])').allTextContents();
  assert.equal(inline.length, 1, 'one inline script, the first-screen picker');
  const pin = createHash('sha256').update(inline[0], 'utf8').digest('base64');
  assert.ok(csp.includes(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${pin}';`), csp);
  assert.doesNotMatch(csp, /unsafe-inline/);
  // Use the app a little: a plan, an example canvas, a download.
  await createPlan(p, '检查');
  await p.click('.header__link');
  await p.click('[data-testid=examples] li:nth-child(3) button');
  await p.waitForSelector('[data-testid=canvas]');
  await saved(p);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(outside, []);
});
