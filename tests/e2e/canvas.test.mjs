// The positioning canvas: fill it to a good score while the diagnosis follows,
// load an example as a new plan, and survive hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, saved, createPlan, storageEntries, waitForText } from './harness.mjs';

const env = useBrowser();
const page = (opts) => env.page(opts);

const score = async (p) => Number((await p.textContent('[data-testid=readiness]')).split('/')[0]);

test('fill an empty canvas to a score of 80 or more while the diagnosis follows', async () => {
  const p = await page();
  await open(p, env.server.url);
  const id = await createPlan(p, 'Running club');
  await p.click('.step-nav a[href$="/canvas"]');
  await p.waitForSelector('[data-testid=canvas]');
  assert.equal(await score(p), 0);
  assert.match(await p.textContent('[data-testid=verdict]'), /crowd/);
  assert.match(await p.textContent('[data-testid=warnings]'), /No threshold/);
  assert.match(await p.textContent('[data-testid=warnings]'), /No content rhythm/);

  let last = 0;
  const rises = async (what) => {
    await p
      .waitForFunction((prev) => Number(document.querySelector('[data-testid=readiness]').textContent.split('/')[0]) > prev, last, { timeout: 5000 })
      .catch(() => {});
    const now = await score(p);
    assert.ok(now > last, `${what}: ${now} > ${last}`);
    last = now;
  };
  await p.fill('#canvas-name-input', 'Riverside Runners');
  await rises('name');
  await p.fill('#canvas-promise-input', 'Run your first half marathon with friends');
  await rises('promise');
  await p.selectOption('#canvas-kind-input', 'interest');
  await p.fill('#canvas-tone-input', 'Cheerful and steady');
  await rises('type and tone');
  await p.click('#canvas-segments button:has-text("Add a segment")');
  await p.fill('#segment-0-label', 'Office workers');
  await p.fill('#segment-0-needs', 'Need company to keep training');
  await rises('segment');
  await p.fill('#canvas-value-tangible', 'Training plans\nGroup runs');
  await p.fill('#canvas-value-intangible', 'Friends who wait for you');
  await rises('value');

  await p.fill('#canvas-goal-input', 'Everyone finishes a half marathon in spring');
  await p.fill('#canvas-leader-input', 'Coach Li');
  await rises('goal and core');
  assert.match(await p.textContent('[data-testid=verdict]'), /crowd/, 'no hierarchy yet');
  await p.fill('#canvas-hierarchy-input', 'Runner → pacer → captain');
  await waitForText(p, '[data-testid=verdict]', /A community/);
  await rises('hierarchy');

  await p.fill('#canvas-threshold-join', 'Riverside Runners');
  await p.fill('#canvas-threshold-get', 'a weekly training plan');
  await p.fill('#canvas-threshold-need', 'run at least twice a week');
  await waitForText(p, '[data-testid=diagnosis]', /No threshold/, { absent: true });
  await rises('threshold');

  await p.click('#canvas-rhythm button:has-text("Add content")');
  await p.fill('#rhythm-0-title', 'Saturday long run');
  await waitForText(p, '[data-testid=warnings]', /below the activity floor/);
  await rises('one weekly item');
  await p.click('#canvas-rhythm button:has-text("Add content")');
  await p.fill('#rhythm-1-title', 'Morning check-in');
  await p.selectOption('#rhythm-1-every', 'daily');
  await waitForText(p, '[data-testid=diagnosis]', /activity floor|No content rhythm/, { absent: true });
  await rises('daily item');

  await p.fill('#canvas-rules-encouraged', 'Post your runs');
  await rises('rules');
  assert.ok(last >= 80, `score ${last}`);

  // An amount that is not a number gets a message and is not stored.
  await p.click('#canvas-profit button:has-text("Add a source")');
  await p.fill('#profit-0-amount', 'lots');
  await waitForText(p, '#profit-0-amount-error', /Enter a whole number/);
  await p.fill('#profit-0-amount', '199');
  await waitForText(p, '#profit-0-amount-error', /\S/, { absent: true });

  // A gap jumps to its field.
  await p.click('[data-testid=gaps] summary');
  await p.click('[data-testid=gaps] button >> nth=0');
  await p.waitForFunction(() => document.activeElement.id.startsWith('canvas-'), null, { timeout: 5000 });

  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=canvas]');
  assert.equal(await score(p), last + 5, 'profit with value adds 5');
  assert.equal(await p.inputValue('#canvas-goal-input'), 'Everyone finishes a half marathon in spring');
  assert.equal(await p.inputValue('#rhythm-1-time'), '21:00');
  const stored = JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]);
  assert.equal(stored.plan.positioning.profit[0].amount, 199);
  assert.equal(stored.plan.positioning.rhythm[1].cadence.every, 'daily');
});

test('an example opens as a new plan and never replaces the current one', async () => {
  const p = await page({ locale: 'zh-CN' });
  await open(p, env.server.url);
  const mine = await createPlan(p, '我的方案');
  await p.click('.step-nav a[href$="/canvas"]');
  await p.fill('#canvas-goal-input', '我自己的目标');
  await saved(p);
  await p.click('.header__link');
  await p.click('[data-testid=examples] button:has-text("付费学习圈")');
  await p.waitForFunction(() => document.querySelector('#canvas-name-input')?.value === '数据分析百日学习圈');
  assert.ok(!p.url().includes(mine), 'moved to a new plan');
  assert.equal(await p.inputValue('#plan-name'), '付费学习圈');
  assert.equal(await p.inputValue('#canvas-name-input'), '数据分析百日学习圈');
  assert.equal(await score(p), 100);
  await saved(p);
  await p.click('.header__link');
  await p.waitForSelector('[data-testid=plan-list]');
  assert.equal(await p.locator('.plan-row').count(), 2);
  await p.click(`a[href="#/plans/${mine}"]`);
  await p.click('.step-nav a[href$="/canvas"]');
  assert.equal(await p.inputValue('#canvas-goal-input'), '我自己的目标');
});

test('hostile and huge text is stored inertly and never breaks the phone layout', async () => {
  const p = await page({ width: 360, height: 740 });
  await open(p, env.server.url);
  const id = await createPlan(p, 'Hostile');
  await p.click('.step-nav a[href$="/canvas"]');
  await p.waitForSelector('[data-testid=canvas]');
  await p.evaluate(() => { window.__xss = 0; });
  const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>\u202Eabc 👩‍👩‍👧 مرحبا';
  await p.fill('#canvas-goal-input', attack);
  await p.fill('#canvas-persona-input', 'x'.repeat(10000));
  await p.fill('#canvas-name-input', 'W'.repeat(200));
  await saved(p);
  assert.equal(await p.evaluate(() => window.__xss), 0);
  const stored = JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]).plan.positioning;
  assert.ok(stored.persona.length <= 1000);
  assert.ok([...stored.name].length <= 60);
  assert.ok(!stored.goal.includes('\u202E'), 'bidi override dropped');
  assert.ok(stored.goal.includes('<script>'), 'kept as plain text');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  assert.match(await p.textContent('#canvas-persona-input-count'), /^1000\/1000$/);
});

test('undo and redo take back canvas edits, by button and by keyboard', async () => {
  const p = await page();
  await open(p, env.server.url);
  await createPlan(p, 'Undo me');
  await p.click('.step-nav a[href$="/canvas"]');
  await p.fill('#canvas-goal-input', 'First goal');
  await p.waitForTimeout(1600); // a separate undo step
  await p.fill('#canvas-goal-input', 'Second goal');
  await p.click('[data-testid=undo]');
  await p.waitForFunction(() => document.querySelector('#canvas-goal-input').value === 'First goal');
  await p.click('[data-testid=redo]');
  await p.waitForFunction(() => document.querySelector('#canvas-goal-input').value === 'Second goal');
  // Outside a text field, Ctrl+Z undoes plan edits.
  await p.click('[data-testid=diagnosis] h3');
  await p.keyboard.press('Control+z');
  await p.waitForFunction(() => document.querySelector('#canvas-goal-input').value === 'First goal');
  await saved(p);
  await p.reload();
  await p.waitForSelector('[data-testid=canvas]');
  assert.equal(await p.inputValue('#canvas-goal-input'), 'First goal', 'the undone state was saved');
});
