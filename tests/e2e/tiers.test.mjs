// The tier designer: the three-level default pyramid for 10 groups of 200, with
// warnings that appear and clear as shares are fixed, and the headquarters
// structure with leader and admin counts and the weekly hours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, saved, createPlan, storageEntries, waitForText } from './harness.mjs';

const env = useBrowser();

test('design the default pyramid for 10 groups of 200 and read the HQ structure', async () => {
  const p = await env.page();
  await open(p, env.server.url);
  const id = await createPlan(p, 'City job groups');
  await p.click('.step-nav a[href$="/tiers"]');
  await p.waitForSelector('[data-testid=tiers-step]');
  assert.match(await p.textContent('[data-testid=tier-checks]'), /No levels yet/);

  await p.click('[data-testid=default-levels]');
  await p.waitForSelector('[data-testid=pyramid]');
  assert.equal(await p.locator('[data-testid=level-card]').count(), 3);
  await p.fill('#tier-members', '2000');
  await waitForText(p, '[data-testid=structure-summary]', /2,000 members in 10 groups of about 200/);
  const summary = await p.textContent('[data-testid=structure-summary]');
  assert.match(summary, /10 group leaders in an HQ group of 11 with you; 10 helper admins/);
  assert.match(await p.textContent('[data-testid=tier-checks]'), /No problems found/);
  assert.equal(await p.locator('[data-testid=org-tree] .org__group').count(), 10 + 2, 'ten groups, the KOL agent group and the word-of-mouth group');

  // Weekly hours: by hand 3 × 10 × (2 min + 90 s) = 1.75 h, through HQ
  // 3 × (15 + 10 × 0.5) min = 1 h, plus 10 × 5 min of checks in both.
  const hours = await p.$$eval('[data-testid=workload] tbody td', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(hours, ['2.6', '1.8']);
  assert.match(await p.textContent('[data-testid=relay]'), /From 6 groups on, relaying through HQ takes less time/);

  // Shares that do not add up, then a level too big for the pyramid.
  await p.fill('#lv2-share', '75');
  await waitForText(p, '[data-testid=tier-checks]', /shares add up to 95%, not 100%/);
  await p.fill('#lv1-share', '28');
  await waitForText(p, '[data-testid=tier-checks]', /shares add up to 106%/);
  await waitForText(p, '[data-testid=tier-checks]', /“Core members” \(28%\) breaks the pyramid/);
  await p.fill('#lv1-share', '17');
  await p.fill('#lv2-share', '80');
  await waitForText(p, '[data-testid=tier-checks]', /No problems found/);

  // A promotion row that does not add up is flagged, and reset clears it.
  await p.fill('#pm-0-0', '50');
  await waitForText(p, '[data-testid=tier-checks]', /promotion row of “KOLs and leaders” adds up to 56%/);
  await p.click('[data-testid=promotion] button:has-text("Reset to the default matrix")');
  await waitForText(p, '[data-testid=tier-checks]', /No problems found/);

  // Fifty groups stay readable: twelve listed, the rest summed up.
  await p.fill('#tier-members', '10000');
  await waitForText(p, '[data-testid=structure-summary]', /in 50 groups/);
  assert.match(await p.textContent('[data-testid=org-tree]'), /and 38 more groups like these/);

  await saved(p);
  const stored = JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]).plan.tiers;
  assert.deepEqual(stored.levels.map((l) => l.share_x10), [30, 170, 800]);
  assert.equal(stored.groups.members, 10000);
  assert.equal(stored.groups.word_of_mouth, true);
  assert.equal(stored.promotion.length, 3);
});

test('bad tier input is explained and nothing is lost', async () => {
  const p = await env.page();
  await open(p, env.server.url);
  const id = await createPlan(p, 'Checks');
  await p.click('.step-nav a[href$="/tiers"]');
  await p.click('[data-testid=default-levels]');
  await p.waitForSelector('#group-cap');
  await p.fill('#group-cap', '0');
  await waitForText(p, '#group-cap-error', /smallest allowed is 1/);
  await p.fill('#lv0-share', '120');
  await waitForText(p, '#lv0-share-error', /largest allowed is 100/);
  // Removing every level brings back the starting points; undo restores them.
  for (let i = 0; i < 3; i++) await p.click('[data-testid=level-card] .channel-card__actions .button--danger');
  await p.waitForSelector('[data-testid=default-levels]');
  await p.click('[data-testid=undo]');
  await p.waitForSelector('[data-testid=level-card]');
  await saved(p);
  const stored = JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]).plan.tiers;
  assert.equal(stored.levels.length, 1);
  assert.equal(stored.groups.cap, 500);
});

test('at 360 px the channel and tier steps never scroll sideways', async () => {
  const { plant } = await import('./harness.mjs');
  const { sprintPlan } = await import('./fixtures-channels.mjs');
  for (const locale of ['zh-CN', 'en-US']) {
    const p = await env.page({ locale, width: 360, height: 740 });
    await plant(p, env.server.url, { 'qunce.plan.sprint': JSON.stringify(sprintPlan('sprint', locale.slice(0, 2))) });
    await open(p, env.server.url, '#/plans/sprint/channels');
    await p.waitForSelector('[data-testid=suggestion-text]');
    assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), 360, `${locale} channels`);
    await p.click('.step-nav a[href$="/tiers"]');
    await p.click('[data-testid=default-levels]');
    await p.waitForSelector('[data-testid=promotion]');
    assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), 360, `${locale} tiers`);
  }
});
