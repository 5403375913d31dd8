// Everyday use on a phone (issue 25, part): a plan is built from the
// overview to sharing with the "next step" link at the end of every page;
// the step bar stays at the top of the screen however far a step scrolls,
// and always shows the current step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, open, openExample, createPlan, saved, storageEntries, waitForText } from './harness.mjs';

const env = useBrowser();

/** Where the step bar and its current item are, with the page scrolled to the bottom. */
async function barAtBottom(page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const bar = document.querySelector('.step-nav').getBoundingClientRect();
    const list = document.querySelector('.step-nav__list').getBoundingClientRect();
    const current = document.querySelector('.step-nav__item--current').getBoundingClientRect();
    return { scrolled: window.scrollY, barTop: bar.top, barBottom: bar.bottom, listLeft: list.left, listRight: list.right, curLeft: current.left, curRight: current.right };
  });
}

for (const [locale, next] of [['zh-CN', '下一步'], ['en-US', 'Next']]) {
  test(`a plan is built step to step with "next step" alone on a 360 px phone (${locale})`, async () => {
    const page = await env.page({ locale, width: 360, height: 740 });
    await open(page, env.server.url);
    await createPlan(page, locale === 'zh-CN' ? '手机上做的方案' : 'Made on a phone');
    const seen = [];
    for (const expected of ['canvas', 'channels', 'tiers', 'kpi', 'actual', 'share']) {
      const link = page.locator('[data-testid=step-next]');
      assert.match(await link.textContent(), new RegExp(next));
      await link.click();
      await page.waitForFunction((slug) => location.hash.endsWith(`/${slug}`), expected);
      seen.push(expected);
      if (expected === 'canvas') {
        await page.fill('#canvas-name-input', locale === 'zh-CN' ? '周末骑行群' : 'Weekend riders');
      }
      const at = await barAtBottom(page);
      if (at.scrolled > 0) {
        assert.ok(Math.abs(at.barTop) <= 1 && at.barBottom > 30, `${expected}: the step bar stays at the top: ${JSON.stringify(at)}`);
      }
      assert.ok(at.curLeft >= at.listLeft - 1 && at.curRight <= at.listRight + 1, `${expected}: the current step is in view: ${JSON.stringify(at)}`);
    }
    assert.deepEqual(seen, ['canvas', 'channels', 'tiers', 'kpi', 'actual', 'share']);
    assert.equal(await page.locator('[data-testid=step-next]').count(), 0, 'sharing is the last page');
    await page.click('[data-testid=step-prev]');
    await page.waitForFunction(() => location.hash.endsWith('/actual'));
    await saved(page);
    // Undo survives a reload: the community's name typed on the canvas is taken back.
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('[data-testid=plan-page]');
    await page.waitForSelector('[data-testid=undo]:not([disabled])');
    await page.click('.step-nav a[href$="/canvas"]');
    const typed = locale === 'zh-CN' ? '周末骑行群' : 'Weekend riders';
    assert.equal(await page.inputValue('#canvas-name-input'), typed);
    await page.click('[data-testid=undo]');
    await page.waitForFunction(() => document.querySelector('#canvas-name-input').value === '');
    await page.waitForSelector('[data-testid=redo]:not([disabled])');
    await saved(page);
  });
}

test('an older link of a local plan says so, shows what differs, and can replace mine after keeping a version (zh, 360 px)', async () => {
  const page = await env.page({ locale: 'zh-CN', width: 360, height: 740 });
  const id = await openExample(page, env.server.url, 1);
  await page.goto(`${env.server.url}#/plans/${id}/share`);
  await page.waitForSelector('[data-testid=share-link]');
  const link = await page.inputValue('[data-testid=share-link]');
  const before = JSON.parse((await storageEntries(page))[`qunce.plan.${id}`]).plan.channels.target.members;
  // Work on after sharing: a new target.
  await page.goto(`${env.server.url}#/plans/${id}/channels`);
  await page.fill('#target-members', String(before + 500));
  await page.press('#target-members', 'Tab');
  await saved(page);
  // The old link, opened in the same browser.
  await page.goto(link);
  await page.waitForSelector('[data-testid=shared-exists]');
  assert.equal(await page.getAttribute('[data-testid=shared-exists]', 'data-age'), 'older');
  assert.match(await page.textContent('[data-testid=shared-exists]'), /较早版本/);
  const diffs = await page.textContent('[data-testid=shared-diffs]');
  assert.match(diffs, new RegExp(`② 招募渠道：目标 ${(before + 500).toLocaleString('en-US')} → ${before.toLocaleString('en-US')}`), diffs);
  assert.equal(await page.textContent('[data-testid=save-status]'), '只读，未保存');
  await page.click('[data-testid=replace-mine]');
  await page.waitForSelector('[data-testid=plan-page]');
  await saved(page);
  const entries = await storageEntries(page);
  assert.equal(JSON.parse(entries[`qunce.plan.${id}`]).plan.channels.target.members, before, 'the link\'s version');
  const history = JSON.parse(entries[`qunce.history.${id}`]);
  assert.ok(history.history.snapshots.length >= 1, 'my version was kept first');
  await waitForText(page, '[data-testid=save-status]', /已保存/);
});

test('leaving an edited step keeps a version that says what changed (en, 360 px)', async () => {
  const page = await env.page({ locale: 'en-US', width: 360, height: 740 });
  const id = await openExample(page, env.server.url, 1);
  await page.goto(`${env.server.url}#/plans/${id}/channels`);
  await page.waitForSelector('#target-members');
  const before = Number((await page.inputValue('#target-members')).replace(/\D/g, ''));
  await page.fill('#target-members', String(before + 500));
  await page.press('#target-members', 'Tab');
  await saved(page);
  await page.click('[data-testid=step-next]');
  await page.waitForFunction(() => location.hash.endsWith('/tiers'));
  await saved(page);
  await page.goto(`${env.server.url}#/plans/${id}`);
  await page.waitForSelector('[data-testid=version-change]');
  const changes = await page.locator('[data-testid=version-change]').allTextContents();
  const want = `② Recruitment channels: target ${before.toLocaleString('en-US')} → ${(before + 500).toLocaleString('en-US')}`;
  assert.ok(changes.some((c) => c.includes(want)), `${want} in ${JSON.stringify(changes)}`);
  assert.equal(changes.at(-1), 'The earliest saved version');
});

// Issue 25: "the tiers period field is 40 px wide and shows '3(' for 30".
// Every number field, on every page of two example plans at 360 px, is at
// least as wide as the longest value it accepts (its maximum), and every
// date field shows a whole date.
test('no input at 360 px is narrower than its longest allowed value', async () => {
  const cut = [];
  for (const [nth, locale] of [[1, 'zh-CN'], [3, 'en-US']]) {
    const page = await env.page({ locale, width: 360, height: 740 });
    const id = await openExample(page, env.server.url, nth);
    for (const view of ['', '/canvas', '/channels', '/tiers', '/kpi', '/actual', '/share']) {
      await page.goto(`${env.server.url}#/plans/${id}${view}`);
      await page.waitForSelector('[data-testid=plan-page]');
      for (const d of await page.$$('details:not([open])')) await d.evaluate((e) => (e.open = true));
      cut.push(...(await page.evaluate((view) => {
        const out = [];
        for (const input of document.querySelectorAll('input[data-longest], input[type=date]')) {
          if (!input.offsetParent) continue;
          const was = input.value;
          input.value = input.type === 'date' ? '2026-12-31' : input.dataset.longest;
          if (input.scrollWidth > input.clientWidth + 1) {
            out.push(`${view || '/'} #${input.id}: ${input.value} needs ${input.scrollWidth}px, has ${input.clientWidth}px`);
          }
          input.value = was;
        }
        return out;
      }, view)));
    }
  }
  assert.deepEqual(cut, []);
});

test('long steps fold by section on a phone, the key figure staying in the header', async () => {
  const page = await env.page({ locale: 'zh-CN', width: 360, height: 740 });
  const id = await openExample(page, env.server.url, 1);
  await page.goto(`${env.server.url}#/plans/${id}/tiers`);
  const levels = page.locator('details.fold:has(#levels-title)');
  await levels.waitFor();
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.click('details.fold:has(#levels-title) > summary');
  await page.waitForFunction(() => !document.querySelector('#levels-title').closest('details').open);
  assert.match(await levels.locator('[data-testid=fold-figure]').textContent(), /^3 层$/);
  const folded = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(folded < tall - 1000, `folding the levels shortens the page: ${tall} → ${folded}`);
  // The keyboard opens it again.
  await page.focus('details.fold:has(#levels-title) > summary');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#levels-title').closest('details').open);
});

// The texts people paste and the files they open, in Chinese on a phone:
// the group notice has one sentence per line (WeChat wraps by itself) and
// no operator figures; the KPI CSV has a byte-order mark and Chinese headers.
test('the group notice and the KPI CSV, in Chinese on a phone, as files people use', async () => {
  const page = await env.page({ locale: 'zh-CN', width: 360, height: 740 });
  const id = await openExample(page, env.server.url, 1);
  await page.goto(`${env.server.url}#/plans/${id}/share`);
  const text = await page.inputValue('[data-testid=wechat-text]');
  assert.ok(text.startsWith('【'), text);
  assert.ok(!/预算|收入|把握/.test(text), `no operator figures: ${text}`);
  for (const line of text.split('\n').filter((l) => l.trim())) {
    // A line that breaks inside a sentence ends without closing punctuation
    // and the next starts mid-sentence; every line here is whole: it ends
    // with a full stop, a closing bracket or is a heading or list item.
    assert.ok(!/^[）)，,、]/.test(line), `a line starts mid-sentence: ${line}`);
  }
  await page.goto(`${env.server.url}#/plans/${id}/kpi`);
  await page.waitForSelector('[data-testid=csv]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
  assert.match(download.suggestedFilename(), /-KPI-\d{4}-\d{2}-\d{2}\.csv$/);
  const raw = await readFile(await download.path(), 'utf8');
  assert.ok(raw.startsWith('\uFEFF'), 'a byte-order mark');
  assert.match(raw.slice(1).split('\n')[0], /^"第几天","日期","成员数（P10）"/);
});
