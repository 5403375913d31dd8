// Hostile plan text (32 strings: markup and script break-outs, handlers,
// javascript: URLs, CSS, comments and CDATA, NUL, bidi marks and overrides,
// long runs, emoji sequences, full-width brackets, spreadsheet formulas) in
// every view and export: the pages, the share link and its read-only view,
// the workshop board, the print view, the Markdown file, the WeChat text,
// the CSV and the QR code. Nothing runs, nothing becomes
// markup or a link, bidi overrides never reach the screen, and the page
// raises no error (a blocked inline script would be one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, open, openExample, plant, storageEntries } from './harness.mjs';

const env = useBrowser();

export const ATTACKS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '"><svg onload=window.__xss=3>',
  '</textarea><script>window.__xss=4</script>',
  "' onmouseover='window.__xss=5' x='",
  'javascript:window.__xss=6',
  '[click](javascript:window.__xss=7) ![i](x.png) **b** `c`',
  '=HYPERLINK("http://evil.example","x")',
  '\u202Eevil\u202C \u2066iso\u2069',
  '{{constructor.constructor("window.__xss=8")()}} ${window.__xss=9}',
  '&lt;b&gt;entity&lt;/b&gt; %3Cscript%3E',
  '# heading\n| a | b |\n- item\n> quote',
  // Break-outs of the elements a page or a hand-written viewer may hold.
  '</title><script>window.__xss=10</script>',
  '</style><img src=x onerror=window.__xss=11>',
  '<base href="javascript:window.__xss=12//">',
  '<iframe srcdoc="<script>parent.__xss=13</script>"></iframe>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=%22http://www.w3.org/2000/svg%22><image href=1 onerror=window.__xss=14 /></svg>#x"/></svg>',
  'x{background:url(javascript:window.__xss=15)} y{width:expression(window.__xss=16)}',
  '<!-- comment --> <![CDATA[ <script>window.__xss=17</script> ]]>',
  'nul\u0000byte and \u0007bell',
  '\u200Fright-to-left mark\u200E left-to-right \u061C arabic mark',
  'A'.repeat(400),
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇨🇳 e\u0301 family, flags, combining',
  '＜script＞window.__xss=18＜/script＞ full-width brackets',
  '<a href="javascript:window.__xss=19">link</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=20>',
  '<details open ontoggle=window.__xss=21>',
  '"><input autofocus onfocus=window.__xss=22>',
  '<object data="javascript:window.__xss=23"></object>',
  '@import url(javascript:window.__xss=24); <link rel=stylesheet href=javascript:window.__xss=25>',
  '\\u003cscript\\u003ewindow.__xss=26\\u003c/script\\u003e',
  '<template><script>window.__xss=27</script></template><noscript><p title="</noscript><img src=x onerror=window.__xss=28>">',
];

/** Puts every attack string into the stored plan's text fields, then reloads. */
async function poison(p, id) {
  await p.evaluate(([key, attacks]) => {
    const env = JSON.parse(localStorage.getItem(key));
    const plan = env.plan;
    const all = attacks.join(' ');
    plan.name = attacks[1] + attacks[0];
    Object.assign(plan.positioning, {
      name: attacks[2], promise: attacks[3], goal: all.slice(0, 900), leader: attacks[4], persona: attacks[5],
      hierarchy: attacks[6], tone: attacks[7], value_tangible: attacks.join('\n').slice(0, 900),
      rules_forbidden: attacks[11], rules_encouraged: attacks[8],
    });
    plan.positioning.segments[0].label = attacks[9];
    plan.positioning.rhythm[0].title = attacks[10];
    plan.positioning.profit[0].note = attacks[7];
    plan.channels.channels[0].name = attacks[1];
    plan.channels.channels[1].platform = attacks[0];
    plan.tiers.levels[0].name = attacks[7];
    plan.tiers.levels[1].name = attacks[2];
    // The rest, one field each (every string reaches a view and an export).
    const p = plan.positioning;
    const [c, l] = [plan.channels.channels, plan.tiers.levels];
    const slots = [
      (v) => (p.segments[0].needs = v), (v) => (p.segments[1].label = v), (v) => (p.segments[1].needs = v),
      (v) => (p.rhythm[1].title = v), (v) => (p.rhythm[2].title = v), (v) => (p.profit[1].note = v),
      (v) => (p.value_intangible = v), (v) => (p.threshold.join = v), (v) => (p.threshold.get = v),
      (v) => (p.threshold.need = v), (v) => (c[2].name = v), (v) => (c[0].platform = v),
      (v) => (l[2].name = v), (v) => (l[1].duties = v), (v) => (l[0].labels = v),
      (v) => (l[1].privileges = v), (v) => (l[2].duties = v), (v) => (l[2].labels = v),
      (v) => (c[1].name = v), (v) => (c[2].platform = v),
    ];
    attacks.slice(12).forEach((v, i) => slots[i](v));
    localStorage.setItem(key, JSON.stringify(env));
  }, [`qunce.plan.${id}`, ATTACKS]);
}

async function assertInert(p, where) {
  assert.equal(await p.evaluate(() => window.__xss), undefined, `${where}: nothing ran`);
  const found = await p.evaluate(() => ({
    // Every inline script but the first-screen picker in the head (pinned in the CSP).
    scripts: [...document.scripts].filter((s) => !s.src && !(s.parentNode === document.head && /data-pre/.test(s.textContent))).length,
    imgs: document.querySelectorAll('img[src="x"], img[onerror], svg[onload]').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    // Elements no view of the app has: any of them would come from plan text.
    // (The page's own noscript notice, a child of body, is not counted.)
    foreign: document.querySelectorAll('iframe, object, embed, base, math, template, noscript:not(body > noscript), details[ontoggle], input[autofocus], link[href^="javascript" i], body style').length,
    bidi: /[\u202A-\u202E\u2066-\u2069]/.test(document.body.innerText),
  }));
  assert.deepEqual(found, { scripts: 0, imgs: 0, jsLinks: 0, handlers: 0, foreign: 0, bidi: false }, where);
}

/** Opens projector mode with `button`, checks the hostile name shows as text in `shown` and nothing runs, and leaves with Esc. */
async function projectorInert(p, button, shown, where) {
  await p.click(`[data-testid=${button}]`);
  await p.waitForSelector('[data-testid=projector]');
  assert.ok((await p.textContent(`[data-testid=${shown}]`)).includes('<script>window.__xss=1</script>'), `${where}: shown as text`);
  await assertInert(p, where);
  await p.keyboard.press('Escape');
  await p.waitForSelector('[data-testid=projector]', { state: 'detached' });
}

test('hostile text stays inert in every view and export', async () => {
  const p = await env.page({ width: 1280 });
  p.on('dialog', () => assert.fail('a dialog opened'));
  const id = await openExample(p, env.server.url, 1);
  await poison(p, id);
  await p.reload();
  await p.waitForSelector('[data-testid=plan-page]');
  const stored = JSON.parse((await storageEntries(p))[`qunce.plan.${id}`]).plan;

  for (const view of ['', '/canvas', '/channels', '/tiers', '/kpi', '/share']) {
    await p.goto(`${env.server.url}#/plans/${id}${view}`);
    await p.waitForSelector('[data-testid=plan-page]');
    await p.waitForTimeout(150);
    await assertInert(p, `plan page ${view || 'overview'}`);
  }
  assert.ok((await p.textContent('[data-testid=summary]')).includes('<script>window.__xss=1</script>'), 'shown as text');
  // The QR code in projector mode, the plan's name beside it.
  await projectorInert(p, 'qr-fullscreen', 'projector-name', 'QR projector');

  // Exports.
  const [md] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid=export-md]')]);
  const markdown = await readFile(await md.path(), 'utf8');
  const unescaped = markdown.replace(/\\./g, '');
  assert.ok(!/[<>[\]()`!|]/.test(unescaped), 'every markup character in Markdown is escaped');
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(markdown));
  const wechat = await p.inputValue('[data-testid=wechat-text]');
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(wechat));
  assert.ok(wechat.includes('<script>'), 'plain text keeps the characters, as text');
  await p.emulateMedia({ media: 'print' });
  await assertInert(p, 'print view');
  await p.emulateMedia({ media: 'screen' });
  const link = await p.inputValue('[data-testid=share-link]');

  await p.goto(`${env.server.url}#/plans/${id}/kpi`);
  await p.waitForSelector('[data-testid=csv]');
  const [csvFile] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid=csv]')]);
  const csv = await readFile(await csvFile.path(), 'utf8');
  const header = csv.split('\n')[0];
  assert.ok(header.includes(`"Level: '${stored.tiers.levels[0].name.replaceAll('"', '""')}"`), header);
  assert.ok(!/(^|,)[=+\-@]/.test(header), 'no cell starts a formula');

  // The link: read-only view and the board, in a fresh browser.
  const q = await env.page({ locale: 'zh-CN', width: 1280 });
  q.on('dialog', () => assert.fail('a dialog opened'));
  await q.goto(link);
  await q.waitForSelector('[data-testid=shared-page]');
  await assertInert(q, 'shared view');

  // The viewer writes markup itself (no Yew): the same link and a hostile
  // code, with the editor held back so only the viewer's page is there.
  for (const href of [link, `${env.server.url}#/s/${encodeURIComponent(ATTACKS[1])}`, `${env.server.url}#/s/${ATTACKS[2]}`]) {
    const r = await env.page({ locale: 'zh-CN', width: 1280 });
    r.on('dialog', () => assert.fail('a dialog opened'));
    await r.route(/\/qunce-[0-9a-f]+_bg\.wasm$/, () => {});
    await r.goto(href);
    await r.waitForSelector('#viewer[data-state=complete]');
    assert.equal(await r.$('.shell'), null, 'only the viewer is on the page');
    await assertInert(r, `viewer ${href.slice(0, 60)}`);
    if (href === link) assert.ok((await r.textContent('#viewer [data-testid=summary]')).includes('<script>window.__xss=1</script>'), 'shown as text');
    await r.close();
  }
  await open(q, env.server.url, '#/compare');
  await q.fill('[data-testid=board-input]', `${ATTACKS.join(' ')} ${link} ${ATTACKS[0]}#/s/${ATTACKS[1]}`);
  await q.waitForSelector('[data-testid=board-table]');
  await assertInert(q, 'board');
  // Projector mode shows the same names and rows in large type.
  await projectorInert(q, 'board-projector', 'projector-slide', 'board projector');
  // A column renamed with a hostile name: inert on the page and in both
  // exports (the CSV guards formula starts, the Markdown escapes markup).
  await q.locator('[data-testid=board-sender]').first().fill(ATTACKS[7]);
  await assertInert(q, 'board with a column renamed to a formula');
  const [boardCsv] = await Promise.all([q.waitForEvent('download'), q.click('[data-testid=board-csv]')]);
  const bcsv = await readFile(await boardCsv.path(), 'utf8');
  assert.ok(bcsv.includes(`"'=HYPERLINK(""http://evil`), bcsv.split('\r\n')[0]);
  assert.ok(!/(^|,)"?[=+\-@]/m.test(bcsv.replace(/^\uFEFF/, '')), 'no CSV cell starts a formula');
  await q.locator('[data-testid=board-sender]').first().fill(ATTACKS[0]);
  await assertInert(q, 'board with a column renamed to markup');
  const [boardMd] = await Promise.all([q.waitForEvent('download'), q.click('[data-testid=board-md]')]);
  const bmd = await readFile(await boardMd.path(), 'utf8');
  assert.ok(bmd.includes('\\<script\\>window.'), bmd.slice(0, 400));
  assert.ok(!/<script|<img|<svg|<iframe/i.test(bmd.replace(/\\</g, '')), 'no raw markup in the Markdown');
  // Viewing saves no plan (the board keeps its pasted text and the app its
  // preferences, by design).
  const keys = await q.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys.filter((k) => /^qunce\.(plan|history|backup)\./.test(k)), [], 'no plan stored by viewing');
});

test('a stored plan with a lone surrogate or NUL in its text starts the app, inert, with nothing lost', async () => {
  const p = await env.page({ locale: 'en-US' });
  p.on('dialog', () => assert.fail('a dialog opened'));
  // JSON.stringify writes a lone surrogate as \ud800, which is not valid UTF-16 text.
  const lone = '{"type":"qunce/plan","version":1,"plan":{"id":"sur","name":"a\\ud800b<script>window.__xss=1</script>","created_ms":1,"updated_ms":1}}';
  const nul = '{"type":"qunce/plan","version":1,"plan":{"id":"nul","name":"n\\u0000ul<img src=x onerror=window.__xss=2>","created_ms":1,"updated_ms":2}}';
  await plant(p, env.server.url, { 'qunce.plan.sur': lone, 'qunce.plan.nul': nul });
  await open(p, env.server.url, '#/');
  await p.waitForSelector('[data-testid=library]');
  assert.equal(await p.locator('[data-testid=crash]').count(), 0);
  await assertInert(p, 'library with odd stored text');
  const stored = await storageEntries(p);
  // The unreadable one is set aside byte for byte (and the user told); the other is read without the NUL.
  assert.ok(Object.entries(stored).some(([k, v]) => k.startsWith('qunce.backup.') && v === lone), Object.keys(stored).join());
  await p.waitForSelector('[data-testid=recovery-notice]');
  assert.ok((await p.textContent('[data-testid=library]')).includes('nul<img src=x onerror=window.__xss=2>'));
});
