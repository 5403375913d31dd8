// Everyday use on a phone (issue 25, part): a plan is built from the
// overview to sharing with the "next step" link at the end of every page;
// the step bar stays at the top of the screen however far a step scrolls,
// and always shows the current step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, createPlan, saved } from './harness.mjs';

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
    for (const expected of ['canvas', 'channels', 'tiers', 'kpi', 'share']) {
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
    assert.deepEqual(seen, ['canvas', 'channels', 'tiers', 'kpi', 'share']);
    assert.equal(await page.locator('[data-testid=step-next]').count(), 0, 'sharing is the last page');
    await page.click('[data-testid=step-prev]');
    await page.waitForFunction(() => location.hash.endsWith('/kpi'));
    await saved(page);
  });
}
