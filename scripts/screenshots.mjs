// Screenshots of every screen, in both languages, at phone and desktop width.
// usage: node scripts/screenshots.mjs   (after `make build`; writes screenshots/)
import { mkdir } from 'node:fs/promises';
import { serve, launch, newPage, open, saved, createPlan, plant } from '../tests/e2e/harness.mjs';
import { sprintPlan } from '../tests/e2e/fixtures-channels.mjs';

const out = 'screenshots';
await mkdir(out, { recursive: true });
const server = await serve('dist');
const browser = await launch();

for (const [locale, lang] of [['zh-CN', 'zh'], ['en-US', 'en']]) {
  for (const width of [360, 1440]) {
    const p = await newPage(browser, { locale, width, height: width < 600 ? 740 : 900 });
    const shot = (name) => p.screenshot({ path: `${out}/${name}-${lang}-${width}.png`, fullPage: true });
    await open(p, server.url);
    await shot('library-empty');
    const first = await createPlan(p, lang === 'zh' ? '求职社群两周冲刺' : 'Two-week job-seeking sprint');
    await shot('plan-overview');
    await p.click('.step-nav a[href$="/canvas"]');
    await p.waitForSelector('[data-testid=step-intro]');
    await shot('step-canvas');
    await p.click('.step-nav a[href$="/channels"]');
    await p.waitForSelector('[data-testid=no-channels]');
    await shot('channels-empty');
    await p.click('.header__link');
    await p.click('[data-testid=examples] li:nth-child(1) button');
    await p.waitForSelector('[data-testid=canvas]');
    await saved(p);
    await shot('canvas-example');
    await p.click('.step-nav a[href$="/kpi"]');
    await p.waitForSelector('[data-testid=bands-summary]');
    await shot('kpi-sample-case');
    await p.click('[data-testid=bands] .segmented__button:nth-child(2)');
    await p.click('[data-testid=bands] summary');
    await p.locator('[data-testid=bands]').screenshot({ path: `${out}/kpi-activity-table-${lang}-${width}.png` });
    await p.click('.header__link');
    await createPlan(p, lang === 'zh' ? '家政品牌种子用户群' : 'Home-service seed users');
    await p.click('.header__link');
    await p.click(`.plan-row[data-plan-id="${first}"] button.button--danger`);
    await saved(p);
    await shot('library-undo');
    await p.click('.toast__close');
    await p.click('[data-testid=trash] summary');
    await shot('library-trash');
    await p.setInputFiles('[data-testid=import-input]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"qunce/plan"') });
    await p.waitForSelector('[data-testid=import-report]');
    await p.locator('[data-testid=import]').screenshot({ path: `${out}/library-import-failed-${lang}-${width}.png` });
    await p.goto(server.url + '#/nowhere');
    await p.waitForSelector('[data-testid=not-found]');
    await shot('not-found');
    const old = Date.now() - 10 * 86_400_000;
    const oldPlan = { id: 'old', name: lang === 'zh' ? '上个月的方案' : "Last month's plan", created_ms: old, updated_ms: old };
    await plant(p, server.url, {
      'qunce.plan.damaged': '{"type":"qunce/plan"',
      'qunce.plan.old': JSON.stringify({ type: 'qunce/plan', version: 1, plan: oldPlan }),
    });
    await open(p, server.url, '#/');
    await p.waitForSelector('[data-testid=recovery-notice]');
    await p.waitForSelector('[data-testid=backup-reminder]');
    await shot('recovery-and-reminder');
    await p.context().close();

    const ch = await newPage(browser, { locale, width, height: width < 600 ? 740 : 900 });
    await plant(ch, server.url, { 'qunce.plan.sprint': JSON.stringify(sprintPlan('sprint', lang)) });
    await open(ch, server.url, '#/plans/sprint/channels');
    await ch.waitForSelector('[data-testid=suggestion-text]');
    await ch.screenshot({ path: `${out}/channels-sprint-${lang}-${width}.png`, fullPage: true });
    await ch.fill('#ch0-half-life', '0');
    await ch.fill('#ch0-to', '2026-03-01');
    await ch.waitForSelector('#ch0-schedule-error:not(:empty)');
    await ch.locator('[data-testid=channel-card]').first().screenshot({ path: `${out}/channels-bad-input-${lang}-${width}.png` });
    await ch.click('[data-testid=joins-chart] .segmented__button:nth-child(2)');
    await ch.click('[data-testid=joins-chart] summary');
    await ch.locator('[data-testid=joins-chart]').screenshot({ path: `${out}/channels-daily-table-${lang}-${width}.png` });
    await ch.click('.step-nav a[href$="/kpi"]');
    await ch.waitForSelector('[data-testid=simulation-step]');
    await ch.screenshot({ path: `${out}/kpi-empty-${lang}-${width}.png`, fullPage: true });
    await ch.click('.step-nav a[href$="/tiers"]');
    await ch.waitForSelector('[data-testid=default-levels]');
    await ch.screenshot({ path: `${out}/tiers-empty-${lang}-${width}.png`, fullPage: true });
    await ch.click('[data-testid=default-levels]');
    await ch.waitForSelector('[data-testid=pyramid]');
    await ch.fill('#lv2-share', '15');
    await ch.waitForSelector('[data-testid=tier-checks].panel--warn');
    await ch.screenshot({ path: `${out}/tiers-design-${lang}-${width}.png`, fullPage: true });
    await ch.context().close();

    const full = await newPage(browser, { locale, width, height: width < 600 ? 740 : 900 });
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await open(full, server.url);
    await full.waitForSelector('[data-testid=storage-banner]');
    await full.screenshot({ path: `${out}/storage-full-${lang}-${width}.png`, fullPage: true });
    await full.context().close();

    // Sharing: the share page, the read-only shared view, a bad link, the
    // workshop board with the four examples, and the print layout.
    const sh = await newPage(browser, { locale, width, height: width < 600 ? 740 : 900 });
    const links = [];
    await open(sh, server.url);
    for (const nth of [1, 2, 3, 4]) {
      await open(sh, server.url, '#/');
      await sh.click(`[data-testid=examples] li:nth-child(${nth}) button`);
      await sh.waitForSelector('[data-testid=canvas]');
      await sh.click('.step-nav a[href$="/share"]');
      await sh.waitForSelector('[data-testid=share-link]');
      links.push(await sh.inputValue('[data-testid=share-link]'));
    }
    await sh.click('.step-nav a[href$="/share"]');
    await saved(sh);
    await sh.screenshot({ path: `${out}/share-page-${lang}-${width}.png`, fullPage: true });
    await sh.click('.qr__sizes button:nth-child(2)');
    await sh.locator('[data-testid=qr]').screenshot({ path: `${out}/share-qr-projector-${lang}-${width}.png` });
    await sh.emulateMedia({ media: 'print' });
    await sh.screenshot({ path: `${out}/share-print-${lang}-${width}.png`, fullPage: true });
    if (width > 600) await sh.pdf({ path: `${out}/share-print-${lang}.pdf`, format: 'A4' });
    await sh.emulateMedia({ media: 'screen' });
    const viewer = await newPage(browser, { locale, width, height: width < 600 ? 740 : 900 });
    await viewer.goto(links[0]);
    await viewer.waitForSelector('[data-testid=shared-page]');
    await viewer.screenshot({ path: `${out}/shared-view-${lang}-${width}.png`, fullPage: true });
    await viewer.goto(links[0].slice(0, -25));
    await viewer.waitForSelector('[data-testid=shared-error]');
    await viewer.screenshot({ path: `${out}/shared-bad-link-${lang}-${width}.png`, fullPage: true });
    await open(viewer, server.url, '#/compare');
    await viewer.fill('[data-testid=board-input]', `${links.join('\n')}\n${links[1].slice(0, -10)}`);
    await viewer.waitForSelector('[data-testid=board-table]');
    await viewer.screenshot({ path: `${out}/board-${lang}-${width}.png`, fullPage: true });
    await viewer.context().close();
    await sh.context().close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots written to ${out}/`);
