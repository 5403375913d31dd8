// One plan, one story (issue 23), in Chinese on a 360 px phone: the
// recruitment verdict, the suggested mix, the tiers, the KPI step and the
// shared summary tell the same numbers about one target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, plant, saved, waitForText } from './harness.mjs';
import { PAID, PAID_ID } from './fixtures-paid.mjs';

const env = useBrowser();
const num = (s) => Number(s.replace(/[,，]/g, ''));

test('a paid learning group: members present, one target, entry fees as revenue, a mix worth running', async () => {
  const p = await env.page({ locale: 'zh-CN', width: 360, height: 740 });
  await plant(p, env.server.url, {
    [`qunce.plan.${PAID_ID}`]: PAID,
    'qunce.prefs': '{"type":"qunce/prefs","version":1,"prefs":{"lang":"zh"}}',
  });
  await open(p, env.server.url, `#/plans/${PAID_ID}/channels`);

  // The verdict is about members present, with joins named as joins and the chance in words.
  await waitForText(p, '[data-testid=verdict] .verdict__text', /预计在群约/);
  const verdict = await p.textContent('[data-testid=verdict] .verdict__text');
  const [, present, joins] = verdict.match(/预计在群约 ([\d,]+) 人.*累计加入约 ([\d,]+) 人/);
  assert.ok(num(present) < num(joins), `people leave: ${verdict}`);
  assert.match(verdict, /^达不成/);
  const odds = await p.textContent('[data-testid=verdict-odds]');
  assert.match(odds, /达成机会 \d+%/);

  // The mix meets the target in members present, says what it adds and cuts.
  await waitForText(p, '[data-testid=suggestion-text]', /建议：花/);
  assert.equal(await p.inputValue('[data-testid=objective]'), 'least_money');
  const mixText = await p.textContent('[data-testid=suggestion-text]');
  const [, mixPresent, mixEnd] = mixText.match(/截止时预计在群约 ([\d,]+) 人，期末约 ([\d,]+) 人/);
  assert.ok(num(mixPresent) >= 500, mixText);
  assert.match(await p.textContent('[data-testid=suggestion-adds]'), /增加：.*\+\d/);
  const plannedText = await p.textContent('[data-testid=suggestion-planned]');
  const plannedEnd = num(plannedText.match(/期末约 ([\d,]+) 人/)[1]);
  // Least money may end lower than the plan; the page then says what the free cuts cost.
  if (num(mixEnd) < plannedEnd) {
    assert.match(await p.textContent('[data-testid=suggestion-free-cut]'), /不花钱/);
  }
  await p.click('[data-testid=apply-mix]');
  await waitForText(p, '[data-testid=verdict] .verdict__text', /^能达成/);
  const after = await p.textContent('[data-testid=verdict] .verdict__text');
  assert.equal(after.match(/预计在群约 ([\d,]+) 人/)[1], mixPresent, 'applying the mix shows its figure');
  const chance = (await p.textContent('[data-testid=verdict-odds]')).match(/(\d+)%/)[1];
  await saved(p);

  // The other objective keeps or improves members at the end.
  await p.selectOption('[data-testid=objective]', 'most_members');
  await waitForText(p, '[data-testid=suggestion-text]', /期末约/);
  await waitForText(p, '[data-testid=suggestion] .field__hint', /逐次挑选/);
  const most = await p.textContent('[data-testid=suggestion-text]');
  const mostEnd = num(most.match(/期末约 ([\d,]+) 人/)[1]);
  const nowEnd = num((await p.textContent('[data-testid=suggestion-planned]')).match(/期末约 ([\d,]+) 人/)[1]);
  assert.ok(mostEnd >= nowEnd, `${most} vs ${nowEnd}`);
  await p.selectOption('[data-testid=objective]', 'least_money');
  await saved(p);

  // Tiers are sized from the same members present on the target's date.
  await p.click('.step-nav a[href$="/tiers"]');
  await waitForText(p, '[data-testid=tiers-step]', /模拟在群中位数/);
  const hint = await p.textContent('[data-testid=tiers-step]');
  assert.match(hint, new RegExp(`第 60 天）模拟在群中位数 ${mixPresent} 人`));

  // The KPI step's first target is the plan's, with the same chance.
  await p.click('.step-nav a[href$="/kpi"]');
  await waitForText(p, '[data-testid=plan-target]', /成员数 ≥ 500/);
  await waitForText(p, '[data-testid=plan-target] [data-testid=target-chance]', /%/);
  const kpiChance = (await p.textContent('[data-testid=plan-target] [data-testid=target-chance]')).match(/(\d+)%/)[1];
  assert.equal(kpiChance, chance);

  // The shared summary: one value for members present, the same verdict,
  // and revenue at day 60 that is the joiners × ¥99.
  await saved(p);
  await open(p, env.server.url, `#/plans/${PAID_ID}/share`);
  await p.waitForSelector('[data-testid=summary]');
  await waitForText(p, '[data-testid=summary]', /入群费/);
  const summary = await p.textContent('[data-testid=summary]');
  assert.ok(summary.includes(`截止时在群（模拟中位数）${mixPresent}`) || summary.includes(`${mixPresent} (2026-04-30)`), summary);
  assert.match(summary, /在群人数达到目标/);
  assert.ok(!/达不到目标/.test(summary), 'no line contradicts the verdict');
  const fees = num(summary.match(/入群费 ¥([\d,]+)/)[1]);
  const joined = num(summary.match(/截止时加入([\d,]+)/)[1]);
  assert.ok(Math.abs(fees / 99 - joined) / joined < 0.15, `fees ¥${fees} ≈ ${joined} joins × ¥99`);

  // The next campaign, seeded by these groups, opens as a new plan at its top.
  await open(p, env.server.url, `#/plans/${PAID_ID}/channels`);
  await p.click('[data-testid=next-campaign-button]');
  await p.waitForFunction(() => document.querySelector('#ch0-name')?.value === '上一期留下的群');
  assert.equal(await p.evaluate(() => window.scrollY), 0, 'the new plan opens at its top');
  assert.match(await p.inputValue('#plan-name'), /（下一期）$/);
});
