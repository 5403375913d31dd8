// The recruitment-channel planner: build the job-seeking sprint (DOMAIN.md §9)
// from an empty plan, read the verdict and the suggested mix, apply it, and
// have bad input refused without losing the last valid value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, saved, createPlan, storageEntries, waitForText } from './harness.mjs';

const env = useBrowser();

async function storedChannels(p, id) {
  const raw = (await storageEntries(p))[`qunce.plan.${id}`];
  return JSON.parse(raw).plan.channels;
}

test('build the job-seeking sprint from an empty plan and see when the target is reached', async () => {
  const p = await env.page();
  await open(p, env.server.url);
  const id = await createPlan(p, 'Job sprint');
  await p.click('.step-nav a[href$="/channels"]');
  await p.waitForSelector('[data-testid=channels-step]');
  assert.match(await p.textContent('[data-testid=no-channels]'), /channel list is empty/);

  // Target: 2,000 members in 14 days.
  await p.fill('#start', '2026-03-02');
  await p.fill('#target-members', '2000');
  await p.fill('#deadline', '2026-03-15');

  // Week 1: posts in job forums (guerrilla) and in old groups (seed).
  await p.click('.add-channel__button[data-mode=guerrilla]');
  await p.waitForSelector('#ch0-name');
  await p.fill('#ch0-name', 'Job-forum posts');
  await p.fill('#ch0-per-week', '5');
  await p.fill('#ch0-to', '2026-03-08');
  await p.fill('#ch0-reach', '1500');
  await p.fill('#ch0-join', '3');
  await p.fill('#ch0-half-life', '3');
  await p.fill('#ch0-ramp', '1');
  await waitForText(p, '#ch0-title', /Job-forum posts/);
  await waitForText(p, '[data-testid=channel-card]:nth-child(1) [data-testid=units-summary]', /5 units: 2026-03-02/);

  await p.click('.add-channel__button[data-mode=seed]');
  await p.waitForSelector('#ch1-name');
  await p.fill('#ch1-name', 'Old groups');
  await p.fill('#ch1-reach', '400');
  await p.fill('#ch1-join', '30');
  await p.click('#ch1-add-date');
  await p.waitForSelector('#ch1-date-1');
  await p.fill('#ch1-date-1', '2026-03-04');

  await waitForText(p, '[data-testid=verdict]', /Short of the target/);
  const week1 = (await p.textContent('[data-testid=verdict]')).match(/about ([\d,]+) members present by the deadline/);
  const beforeReferral = Number(week1[1].replace(/,/g, ''));
  assert.ok(beforeReferral > 100 && beforeReferral < 1000, `week one brings a few hundred: ${beforeReferral}`);

  // Week 2: invite 3 → job pack, invite 10 → core group (30 places).
  await p.click('.add-channel__button[data-mode=referral]');
  await p.waitForSelector('#ch2-name');
  await p.fill('#ch2-name', 'Invite 3, get the job pack');
  await p.fill('#ch2-date-0', '2026-03-09');
  await p.fill('#ch2-share', '60');
  await p.fill('#ch2-invites', '8');
  await p.fill('#ch2-invite-join', '60');
  assert.equal(await p.inputValue('#ch2-tier1-invites'), '10');
  assert.equal(await p.inputValue('#ch2-tier1-cap'), '30');

  // Members present (after leavers), the simulator's median, reach it in week two.
  await waitForText(p, '[data-testid=verdict]', /On track: .* reached on day \d+ \(2026-03-\d\d\)/);
  const day = Number((await p.textContent('[data-testid=verdict]')).match(/reached on day (\d+)/)[1]);
  assert.ok(day >= 9 && day <= 14, `reached in week two: day ${day}`);

  // The cheapest mix, and what it would change.
  await waitForText(p, '[data-testid=suggestion-text]', /Suggested: .* about [\d,]+ members present by the deadline and [\d,]+ by the end/);
  const rows = await p.$$eval('[data-testid=suggestion] tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(rows.length, 3);
  assert.match(await p.textContent('[data-testid=comparison]'), /All on guerrilla/);
  assert.match(await p.textContent('[data-testid=cost-table]'), /Invite 3, get the job pack/);
  assert.equal(await p.locator('[data-testid=units-timeline] rect').count(), 5 + 2 + 1);

  await saved(p);
  const stored = await storedChannels(p, id);
  assert.equal(stored.target.members, 2000);
  assert.equal(stored.target.deadline, '2026-03-15');
  assert.deepEqual(stored.channels.map((c) => c.mode), ['guerrilla', 'seed', 'referral']);
  assert.equal(stored.channels[0].half_life_x10, 30);
  assert.deepEqual(stored.channels[1].schedule.dates, ['2026-03-02', '2026-03-04']);

  // Applying the mix keeps the target met; undo brings the plan back.
  if (await p.locator('[data-testid=apply-mix]').count()) {
    const before = await p.locator('[data-testid=units-timeline] rect').count();
    await p.click('[data-testid=apply-mix]');
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid=units-timeline] rect').length !== n, before);
    await waitForText(p, '[data-testid=verdict]', /On track/);
    await p.click('[data-testid=undo]');
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid=units-timeline] rect').length === n, before);
  }
});

test('bad numbers and schedules are explained and the last valid value is kept', async () => {
  const p = await env.page();
  await open(p, env.server.url);
  const id = await createPlan(p, 'Checks');
  await p.click('.step-nav a[href$="/channels"]');
  await p.click('.add-channel__button[data-mode=guerrilla]');
  await p.waitForSelector('#ch0-half-life');
  await saved(p);
  const original = (await storedChannels(p, id)).channels[0];

  const refused = async (selector, text, message) => {
    await p.fill(selector, text);
    await waitForText(p, `${selector}-error`, message);
    assert.equal(await p.getAttribute(selector, 'aria-invalid'), 'true');
    await waitForText(p, `${selector}-error`, /last valid value \([\d.]+\) is still used/);
  };
  await refused('#ch0-half-life', '0', /smallest allowed is 0\.1/);
  await refused('#ch0-cost', '-50', /cannot be negative/);
  await refused('#ch0-reach', 'lots', /not a number/);
  await refused('#ch0-join', '250', /largest allowed is 100/);
  await refused('#ch0-per-week', '2.5', /whole number/);
  await saved(p);
  const after = (await storedChannels(p, id)).channels[0];
  for (const key of ['half_life_x10', 'cost', 'reach', 'join_x10', 'schedule']) {
    assert.deepEqual(after[key], original[key], key);
  }

  // A schedule that ends before it starts, or has 10,000 units, is refused.
  await p.fill('#ch0-to', '2000-01-01');
  await waitForText(p, '#ch0-schedule-error', /end date is before the start date/);
  await p.fill('#ch0-per-week', '14');
  await p.fill('#ch0-to', '2040-01-01');
  await waitForText(p, '#ch0-schedule-error', /makes [\d,]+ units; a channel holds at most 500/);
  await saved(p);
  assert.deepEqual((await storedChannels(p, id)).channels[0].schedule.to, original.schedule.to);

  // Fixing the text clears the message and stores the value.
  await p.fill('#ch0-half-life', '45.5');
  await waitForText(p, '#ch0-half-life-error', /./, { absent: true });
  await saved(p);
  assert.equal((await storedChannels(p, id)).channels[0].half_life_x10, 455);

  // Removing the last channel brings back the empty-list message.
  await p.click('[data-testid=channel-card] .channel-card__actions .button--danger');
  await p.waitForSelector('[data-testid=no-channels]');
});
