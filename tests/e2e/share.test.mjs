// Sharing: plan → link → a fresh browser sees it read-only → save a copy →
// edit; the QR code on screen decodes to the exact link; bad links change
// nothing; the workshop board compares three links; Markdown export; the
// app reloads with the network cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { useBrowser, open, openExample, saved, serve, storageEntries, waitForText, plant, launch, newPage, BLANK } from './harness.mjs';

const env = useBrowser();

/** Makes the job-sprint example in `page` and returns its id and share link. */
async function exampleLink(page, nth = 1) {
  const id = await openExample(page, env.server.url, nth);
  await page.click('.step-nav a[href$="/share"]');
  await page.waitForSelector('[data-testid=share-link]');
  const link = await page.inputValue('[data-testid=share-link]');
  return { id, link };
}

async function decodeQr(page) {
  await page.click('.qr__sizes button:nth-child(2)'); // projector size: plenty of pixels a module
  const png = PNG.sync.read(await page.locator('[data-testid=qr-code]').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'a QR code is found in the screenshot');
  return code;
}

test('plan → link → fresh browser read-only → save a copy → edit; the QR code decodes to the link', async () => {
  const a = await env.page();
  const { id, link } = await exampleLink(a);
  assert.ok(link.startsWith(`${env.server.url}#/s/z1.`), link);
  assert.ok(link.length <= 1000, `${link.length} characters`);
  await waitForText(a, '[data-testid=share-length]', new RegExp(`${link.length.toLocaleString('en-US')} characters`));
  const qr = await decodeQr(a);
  assert.equal(qr.data, link, 'the QR code holds the exact link');
  const version = await a.getAttribute('[data-testid=qr-code]', 'data-version');
  assert.equal(String(qr.version), version, 'the version shown is the real one');
  const exported = JSON.parse((await storageEntries(a))[`qunce.plan.${id}`]);

  // A fresh browser: the plan shows read-only; nothing is stored until asked.
  const b = await env.page({ locale: 'zh-CN' });
  await b.goto(`${link}&from=singlemessage&isappinstalled=0`);
  await b.waitForSelector('[data-testid=shared-page]');
  await waitForText(b, '[data-testid=shared-page] .banner__title', /只读/);
  assert.equal(await b.locator('[data-testid=shared-page] input, [data-testid=shared-page] textarea').count(), 0);
  assert.deepEqual(Object.keys(await storageEntries(b)).filter((k) => k.startsWith('qunce.plan.')), []);
  await b.click('[data-testid=save-copy]');
  await b.waitForSelector('[data-testid=plan-page]');
  await saved(b);
  const copy = JSON.parse((await storageEntries(b))[`qunce.plan.${id}`]);
  assert.deepEqual(copy.plan.positioning, exported.plan.positioning);
  assert.deepEqual(copy.plan.simulation, exported.plan.simulation);
  await b.fill('#plan-name', '我的版本');
  await b.press('#plan-name', 'Enter');
  await b.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).plan.name === '我的版本', `qunce.plan.${id}`);
  await saved(b);

  // The same link again: offered to open the local plan or save a new one;
  // the local plan is not touched.
  const before = await storageEntries(b);
  await b.goto(link);
  await b.waitForSelector('[data-testid=shared-exists]');
  assert.deepEqual(await storageEntries(b), before);
  await b.click('[data-testid=save-new-copy]');
  await b.waitForSelector('[data-testid=plan-page]');
  await saved(b);
  const after = await storageEntries(b);
  assert.equal(after[`qunce.plan.${id}`], before[`qunce.plan.${id}`], 'the local plan is unchanged');
  assert.equal(Object.keys(after).filter((k) => k.startsWith('qunce.plan.')).length, 2, 'a new copy was added');
});

test('links mangled by chat apps open the plan: encoded dots, a wrapped copy, the query form, parameters', async () => {
  const a = await env.page();
  const { link } = await exampleLink(a);
  const name = await a.inputValue('#plan-name');
  const code = link.slice(link.indexOf('#/s/') + 4);
  const mid = Math.floor(code.length / 2);
  const base = env.server.url;
  const b = await env.page({ locale: 'en-US' });
  const blank = new URL(BLANK, base).href;
  await b.goto(blank);
  const before = await storageEntries(b);
  for (const mangled of [
    `${base}#/s/${code.replaceAll('.', '%2E')}`,
    `${base}#%2Fs%2F${code}`,
    `${base}#/s/${code.slice(0, mid)}%20${code.slice(mid)}`,
    `${base}?nsukey=Ab%3D%3D&from=timeline#/s/${code}&isappinstalled=0`,
    `${base}?s=${code}&from=singlemessage`,
  ]) {
    await b.goto(blank);
    await b.goto(mangled);
    await b.waitForSelector('[data-testid=shared-page]');
    await b.waitForFunction((n) => document.querySelector('[data-testid=shared-page] .summary__title')?.textContent === n, name);
    assert.deepEqual(await storageEntries(b), before, `nothing stored for ${mangled.slice(0, 60)}…`);
  }
  // The query form leaves the address in the fragment form: the code is no longer in the query.
  assert.ok(!new URL(b.url()).search.includes('s='), b.url());
  assert.ok(new URL(b.url()).hash.startsWith('#/s/z1.'), b.url());
});

test('a shared plan with a 5,000 × 730 forecast shows at once and its figures follow', async () => {
  const a = await env.page();
  await openExample(a, env.server.url, 1);
  await a.click('.step-nav a[href$="/kpi"]');
  await a.fill('#sim-runs', '5000');
  await a.fill('#sim-horizon', '730');
  await saved(a);
  await a.click('.step-nav a[href$="/share"]');
  const link = await a.inputValue('[data-testid=share-link]');
  // The share page's own summary, and a fresh browser's read-only view.
  await waitForText(a, '[data-testid=share]', /\(5,000 runs\)/);
  const b = await env.page();
  await b.goto(link);
  await b.waitForSelector('[data-testid=shared-page]');
  await waitForText(b, '[data-testid=shared-page]', /\(5,000 runs\)/);
  await waitForText(b, '[data-testid=shared-page]', /Computing/, { absent: true });
});

test('cut, altered, newer, foreign and 1 MB links say why and change nothing in storage', async () => {
  const a = await env.page();
  const { link } = await exampleLink(a);
  const b = await env.page({ locale: 'en-US' });
  await plant(b, env.server.url, { 'qunce.plan.keep': '{"type":"qunce/plan","version":1,"plan":{"id":"keep","name":"Mine","created_ms":1,"updated_ms":1}}' });
  const before = await storageEntries(b);
  const [head, check] = [link.slice(0, link.lastIndexOf('.')), link.slice(link.lastIndexOf('.') + 1)];
  const flipped = `${head.slice(0, -5)}${head.at(-5) === 'A' ? 'B' : 'A'}${head.slice(-4)}.${check}`;
  const cases = [
    [link.slice(0, link.length - 30), /incomplete or altered/],
    [flipped, /incomplete or altered/],
    [link.replace('#/s/z1.', '#/s/z7.'), /newer Qunce \(format z7\)/],
    [`${env.server.url}#/s/${'x'.repeat(300)}`, /not a Qunce share link/],
    [`${env.server.url}#/s/z1.0.${'A'.repeat(1_000_000)}.00000000`, /too long \(1,000,0\d\d characters\)/],
  ];
  for (const [bad, message] of cases) {
    await b.goto(bad);
    await b.waitForSelector('[data-testid=shared-error]');
    await waitForText(b, '[data-testid=shared-error-text]', message);
    assert.deepEqual(await storageEntries(b), before, `storage unchanged after ${bad.slice(-40)}`);
  }
});

/** The column names on the board (editable fields, so their values). */
const senders = (board) => board.locator('[data-testid=board-sender]').evaluateAll((els) => els.map((e) => e.value));
/** Waits until every plan on the board has its simulator figures. */
const simulated = (board) => board.waitForSelector('[data-testid=board-progress]', { state: 'detached', timeout: 20_000 });
/** The cells of the board's row whose name starts with `label`. */
const boardRow = (board, label) =>
  board.locator('[data-testid=board-row]').evaluateAll((rows, label) => {
    const row = rows.find((r) => r.querySelector('th').textContent.trim().startsWith(label));
    return row ? [...row.querySelectorAll('td')].map((td) => td.textContent.trim()) : null;
  }, label);

test('the workshop board shows three shared plans side by side and names a bad link', async () => {
  const links = [];
  for (const nth of [1, 3, 4]) {
    const p = await env.page();
    links.push((await exampleLink(p, nth)).link);
  }
  const board = await env.page({ width: 1440 });
  await open(board, env.server.url, '#/compare');
  const chat = `王老师：${links[0]}&from=singlemessage 谢谢\nLi: ${links[1]}\n${links[2]}。\nbroken: ${links[0].slice(0, -12)}`;
  await board.fill('[data-testid=board-input]', chat);
  // The unnamed third link continues Li's message: three plans from two people.
  await waitForText(board, '[data-testid=board-count]', /^3 plans from 2 people/);
  assert.deepEqual(await senders(board), ['王老师', 'Li', 'Li']);
  assert.equal(await board.locator('[data-testid=board-table] thead th').count(), 4, 'a label column and three plans');
  await waitForText(board, '[data-testid=board-errors]', /broken’s link cannot be opened: The link is incomplete.*they wrote: “http/);
  await simulated(board);
  const readiness = await boardRow(board, 'Readiness');
  assert.equal(readiness.length, 3);
  for (const r of readiness) assert.match(r, /^\d+\/100/);
  // The rows a discussion needs, each saying what it counts.
  for (const [label, cell] of [
    ['Channel mix', /^(Base-area|Guerrilla|Referral campaign|Seed network) \d+\.\d%/],
    ['Cost per join', /^¥[\d,.]+ \/ (¥[\d,.]+|—) \(joins to day \d+\)/],
    ['Members present on day', /^[\d,]+ \([\d,]+–[\d,]+\)/],
    ['Health checks passed', /^\d \/ \d/],
  ]) {
    const cells = await boardRow(board, label);
    assert.ok(cells, `a row "${label}"`);
    for (const c of cells) assert.match(c, cell, `${label}: ${cells.join(' | ')}`);
  }
  // The common day is the shortest horizon among the three, and stated.
  const day = Number(await board.inputValue('[data-testid=board-day]'));
  assert.match(await board.textContent('[data-testid=board-day-hint]'), new RegExp(`day ${day}\\.`));
  assert.ok(await boardRow(board, `Members present on day ${day} `), 'the row names the day');
  // The same table as CSV (for Excel) and Markdown.
  const [csvDl] = await Promise.all([board.waitForEvent('download'), board.click('[data-testid=board-csv]')]);
  assert.match(csvDl.suggestedFilename(), /\.csv$/);
  const csv = await readFile(await csvDl.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark for Excel');
  const rows = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  assert.equal(rows.length, 1 + (await board.locator('[data-testid=board-table] tbody tr').count()), 'a header and every row');
  assert.match(rows[0], /"王老师 · [^"]+","Li · [^"]+","Li · [^"]+"$/);
  assert.ok(rows.some((r) => /^"Readiness",("\d+\/100",){2}"\d+\/100"$/.test(r)), rows.join('\n'));
  assert.ok(rows.some((r) => r.startsWith(`"Members present on day ${day} (median, 80% range)"`)), 'the CSV says the day');
  const [mdDl] = await Promise.all([board.waitForEvent('download'), board.click('[data-testid=board-md]')]);
  assert.match(mdDl.suggestedFilename(), /\.md$/);
  const md = await readFile(await mdDl.path(), 'utf8');
  assert.match(md, /^# Workshop /);
  assert.match(md, /\| Readiness \| \d+\/100( [▲▼])? \| \d+\/100( [▲▼])? \| \d+\/100( [▲▼])? \|/);
  // Best and worst marked as on the page, with a line saying so.
  assert.equal((md.match(/[▲▼]/g) ?? []).length - 2, await board.locator('.board__rank').count(), md);
});

test('the board compares on a day it is given, sorts by a row, keeps renamed columns, and prints on A4 landscape', async () => {
  const links = [];
  for (const nth of [1, 2, 3]) links.push((await exampleLink(await env.page(), nth)).link);
  const board = await env.page({ width: 1440 });
  await open(board, env.server.url, '#/compare');
  await board.fill('[data-testid=board-input]', `甲 9:01\n${links[0]}\n乙 9:02\n${links[1]}\n丙 9:03\n${links[2]}`);
  await simulated(board);
  assert.equal(await board.locator('[data-testid=board-chart] polyline').count(), 3, 'one line a plan');
  // Best and worst are marked in words, not only in colour.
  const best = await board.locator('.board__best .visually-hidden').first().textContent();
  assert.equal(best, 'best in this row');
  // Day 14 for all three: the row and the hint say so.
  await board.fill('[data-testid=board-day]', '14');
  await board.press('[data-testid=board-day]', 'Enter');
  await board.waitForFunction(() => [...document.querySelectorAll('[data-testid=board-row] th')].some((th) => th.textContent.startsWith('Members present on day 14 ')));
  // Sort by members on that day, best first: the column heads move with their cells.
  const before = await boardRow(board, 'Members present on day 14');
  await board.locator('[data-testid=board-row] th button', { hasText: 'Members present on day 14' }).click();
  await waitForText(board, '[data-testid=board-sorted]', /Sorted by “Members present on day 14 \(median, 80% range\)”, best first/);
  const after = await boardRow(board, 'Members present on day 14');
  const lead = (cells) => cells.map((c) => Number(c.split(' ')[0].replace(/,/g, '')));
  assert.deepEqual(lead(after), [...lead(before)].sort((a, b) => b - a), after.join(' | '));
  // Rename a column: the name is the board's, kept over a reload, by the link.
  const order = await senders(board);
  const at = order.indexOf('乙');
  await board.locator('[data-testid=board-sender]').nth(at).fill('乙（第二组）');
  await board.waitForTimeout(700);
  await board.reload();
  await board.waitForSelector('[data-testid=board-table]');
  assert.deepEqual((await senders(board)).sort(), ['乙（第二组）', '甲', '丙'].sort());
  assert.equal(await board.inputValue('[data-testid=board-day]'), '14', 'the day is kept with the board');
  // Print: A4 landscape, without the paste box and buttons.
  await board.emulateMedia({ media: 'print' });
  assert.equal(await board.locator('[data-testid=board-input]').isVisible(), false);
  assert.equal(await board.locator('[data-testid=board-table]').isVisible(), true);
  await board.emulateMedia({ media: null });
  const pdf = (await board.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(boxes.length >= 1, 'the PDF has pages');
  for (const [w, h] of boxes) assert.ok(Math.abs(w - 842) < 2 && Math.abs(h - 595) < 2, `every page A4 landscape: ${JSON.stringify(boxes)}`);
});

/** A Y4M video (what Chromium's fake camera plays) of the PNG `png`,
 *  centred on a light grey frame: luma only, colour planes neutral. */
function y4m(png, width = 640, height = 480) {
  const luma = Buffer.alloc(width * height, 225);
  const scale = Math.min((height - 60) / png.height, (width - 60) / png.width);
  const w = Math.floor(png.width * scale);
  const h = Math.floor(png.height * scale);
  const ox = Math.floor((width - w) / 2);
  const oy = Math.floor((height - h) / 2);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (Math.floor(y / scale) * png.width + Math.floor(x / scale)) * 4;
      luma[(oy + y) * width + ox + x] = Math.round(0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2]);
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, Buffer.alloc((width * height) / 2, 128)]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]);
}

test('collect by camera: a fake camera showing a plan’s QR code adds it to the board; no camera says so and paste still works', async () => {
  const p = await env.page();
  const { link } = await exampleLink(p, 2);
  await p.click('.qr__sizes button:nth-child(2)');
  const png = PNG.sync.read(await p.locator('[data-testid=qr-code]').screenshot());
  const other = (await exampleLink(await env.page(), 3)).link;
  const dir = await mkdtemp(join(tmpdir(), 'qunce-camera-'));
  const video = join(dir, 'plan-qr.y4m');
  await writeFile(video, y4m(png));
  const browser = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  try {
    const board = await newPage(browser, { width: 1440, height: 900 });
    await open(board, env.server.url, '#/compare');
    await board.fill('[data-testid=board-input]', `李雷 14:02\n${other}`);
    await board.waitForSelector('[data-testid=board-table]');
    await board.click('[data-testid=board-camera-start]');
    // Headless Chromium on Linux has no BarcodeDetector: this is the
    // qunce-scan decoder, fetched now.
    const fetched = board.waitForResponse((r) => /\/scan-[0-9a-f]{16}_bg\.wasm$/.test(r.url()), { timeout: 20_000 });
    await waitForText(board, '[data-testid=camera-note]', /^Added a plan link \(number 2 on the board\)\.$/, { timeout: 30_000 });
    assert.equal(await board.evaluate(() => typeof BarcodeDetector), 'undefined');
    await fetched;
    await waitForText(board, '[data-testid=board-count]', /^2 plans from 2 people/);
    assert.deepEqual(await senders(board), ['李雷', ''], 'the camera’s plan has no sender (not 李雷’s)');
    assert.ok((await board.inputValue('[data-testid=board-input]')).endsWith(`[camera]\n${link}\n`));
    // The same code still in view: added once, and the note stays.
    await board.waitForTimeout(1500);
    assert.match(await board.textContent('[data-testid=camera-note]'), /^Added a plan link/);
    assert.equal(await board.locator('[data-testid=board-column]').count(), 2);
    await board.click('[data-testid=camera-stop]');
    assert.equal(await board.locator('video').count(), 0, 'the camera view is gone');
    // Started again with a code already on the board: said, not added.
    await board.click('[data-testid=board-camera-start]');
    await waitForText(board, '[data-testid=camera-note]', /^That QR code is already on the board\.$/, { timeout: 20_000 });
    assert.equal(await board.locator('[data-testid=board-column]').count(), 2);
    await board.click('[data-testid=camera-stop]');
    assert.deepEqual(board.errors, []);
  } finally {
    await browser.close();
  }
  // A browser with no camera and no permission: a clear message; paste works.
  const none = await env.page({ width: 1440 });
  await open(none, env.server.url, '#/compare');
  await none.click('[data-testid=board-camera-start]');
  await waitForText(none, '[data-testid=camera-status]', /camera was refused|No camera was found|did not start/, { timeout: 20_000 });
  await none.fill('[data-testid=board-input]', `韩梅梅 9:00\n${link}`);
  await none.waitForSelector('[data-testid=board-table]');
  assert.deepEqual(await senders(none), ['韩梅梅']);
});

test('Markdown export names the plan and the four steps; the WeChat text has no Markdown', async () => {
  const a = await env.page();
  await exampleLink(a);
  const [download] = await Promise.all([a.waitForEvent('download'), a.click('[data-testid=export-md]')]);
  const md = await readFile(await download.path(), 'utf8');
  assert.match(md, /^# Two-week job-seeking sprint\n/);
  for (const step of ['Positioning canvas', 'Recruitment channels', 'Tiers', 'KPI simulator']) assert.ok(md.includes(step), step);
  assert.match(download.suggestedFilename(), /^Two-week job-seeking sprint-\d{4}-\d{2}-\d{2}\.md$/);
  const text = await a.inputValue('[data-testid=wechat-text]');
  assert.ok(text.startsWith('【'));
  assert.ok(!/\*\*|^#|^- /m.test(text), text);
  // For members: no operator figures, each sentence on one line, no link unless asked.
  assert.ok(!/Budget|Money and hours|KPI targets|Readiness|Profit model/.test(text), text);
  assert.ok(text.split('\n').includes('Shared goal: Every member lands at least one interview within two weeks'), text);
  const link = await a.inputValue('[data-testid=share-link]');
  assert.ok(!text.includes(link));
  await a.check('[data-testid=notice-link]');
  await a.check('[data-testid=notice-figures]');
  await a.waitForFunction((l) => document.querySelector('[data-testid=wechat-text]').value.includes(l), link);
  const full = await a.inputValue('[data-testid=wechat-text]');
  assert.ok(full.split('\n').includes(`The plan: ${link}`), full);
  assert.match(full, /\nBudget: ¥1,000\n/);
});

test('after one visit the app opens with the network cut', async (t) => {
  const server = await serve('dist');
  t.after(() => server.close());
  const page = await env.page();
  await open(page, server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load was not controlled yet; a reload is, and fills nothing new.
  await page.reload();
  await page.waitForSelector('.shell');
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
  await server.close();
  await page.reload();
  await page.waitForSelector('[data-testid=library]');
  await page.goto(`${server.url}#/compare`);
  await page.waitForSelector('[data-testid=board]');
});

test('the print view of every example fits one A4 page, in both languages', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const p = await env.page({ locale });
    for (const nth of [1, 2, 3, 4]) {
      await exampleLink(p, nth);
      await p.emulateMedia({ media: 'print' });
      assert.equal(await p.locator('[data-testid=share-link]').isVisible(), false, 'controls are not printed');
      const pdf = (await p.pdf({ format: 'A4' })).toString('latin1');
      const pages = Number(/\/Count (\d+)/.exec(pdf)?.[1]);
      assert.equal(pages, 1, `${locale} example ${nth}: ${pages} pages`);
      await p.emulateMedia({ media: 'screen' });
    }
  }
});

test('a new build is shown at once and replaces the old offline cache', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qunce-build-'));
  await cp('dist', dir, { recursive: true });
  const server = await serve(dir);
  t.after(() => server.close());
  const page = await env.page();
  await open(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cacheName = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('qunce-')));
  const [first] = await cacheName();
  assert.ok(first, 'the first build is cached');

  // "Deploy" a new build: a changed page, and sw.js rewritten for it.
  const index = join(dir, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<head>', '<head>\n  <meta name="qunce-build" content="2">'));
  execFileSync('node', ['scripts/sw.mjs', dir]);
  await page.reload();
  await page.waitForSelector('.shell');
  assert.equal(await page.getAttribute('meta[name=qunce-build]', 'content'), '2', 'the first reload shows the new build');
  // The new worker installs its cache, activates and deletes the old one.
  let now = [];
  for (let i = 0; i < 100; i += 1) {
    now = await cacheName();
    if (now.length === 1 && now[0] !== first) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.equal(now.length, 1, `one cache left: ${now}`);
  assert.notEqual(now[0], first);
});

// Issue 24 (part): a workshop chat copied in the forms WeChat and QQ use —
// "name time" above a message (desktop), a forwarded "[聊天记录]" block of
// "name: message" lines (phone), QQ's "name(number) date time" — from five
// made-up participants, one posting twice, one link cut, one not Qunce's.
for (const locale of ['zh-CN', 'en-US']) {
  test(`the board labels each plan by its sender and counts people (${locale})`, async () => {
    const p = await env.page();
    const links = [];
    for (const nth of [1, 2, 3, 4]) links.push((await exampleLink(p, nth)).link);
    // A fifth participant kept the first template but renamed it.
    await openExample(p, env.server.url, 1);
    await p.fill('#plan-name', '周末读书会');
    await p.press('#plan-name', 'Enter');
    await p.click('.step-nav a[href$="/share"]');
    await waitForText(p, '[data-testid=share-link]', /./).catch(() => {});
    await p.waitForFunction((old) => document.querySelector('[data-testid=share-link]')?.value && document.querySelector('[data-testid=share-link]').value !== old, links[0]);
    links.push(await p.inputValue('[data-testid=share-link]'));
    const chat = [
      '李雷 14:02', `我的方案 ${links[0]}`, '',
      '韩梅梅 2026/12/4 14:03:10', links[1], '[链接]',
      '[聊天记录]', '群聊的聊天记录', `Lily: here is mine ${links[2]}`, `王老师：示范方案${links[3]}请参考`,
      'Tom Chen(10086) 14:06:44', links[4],
      '李雷 14:07', `再发一次 ${links[0]}`,
      '赵六 14:08', `我的发不全 ${links[1].slice(0, -20)}`,
      '钱七 14:09', '看这个 https://example.com/#/s/abc',
    ].join('\n');
    const board = await env.page({ locale, width: 1440 });
    await open(board, env.server.url, '#/compare');
    await board.fill('[data-testid=board-input]', chat);
    await board.waitForSelector('[data-testid=board-table]');
    assert.deepEqual(await senders(board), ['李雷', '韩梅梅', 'Lily', '王老师', 'Tom Chen']);
    const zh = locale === 'zh-CN';
    await waitForText(board, '[data-testid=board-count]', zh ? /^5 个方案，来自 5 人/ : /^5 plans from 5 people/);
    assert.match(await board.textContent('[data-testid=board-merged]'), zh ? /1 次重复发送/ : /merged into its column: 1\./);
    const errors = await board.locator('[data-testid=board-errors] li').allTextContents();
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors[0], zh ? /^赵六 发的链接打不开：链接不完整.*原文：“我的发不全/ : /^赵六’s link cannot be opened: The link is incomplete.*“我的发不全/);
    assert.match(errors[1], zh ? /^钱七 发的链接打不开：这不是群策的分享链接/ : /^钱七’s link cannot be opened: This is not a Qunce share link/);
  });
}

test('the board keeps its room: view a plan and come back, reload, a second board, delete', async () => {
  const p = await env.page();
  const { link } = await exampleLink(p, 2);
  const board = await env.page({ locale: 'zh-CN', width: 1440 });
  await open(board, env.server.url, '#/compare');
  await board.fill('[data-testid=board-input]', `李雷 14:02\n${link}`);
  await board.waitForSelector('[data-testid=board-table]');
  assert.match(await board.inputValue('[data-testid=board-name]'), /^工作坊 \d{4}-\d\d-\d\d$/);
  await board.fill('[data-testid=board-name]', '周六上午班');
  await board.waitForTimeout(600);
  // View a plan, then one step back: the board is as it was.
  await board.click('.board__open');
  await board.waitForSelector('[data-testid=shared-page]');
  await board.goBack();
  await board.waitForSelector('[data-testid=board-table]');
  assert.deepEqual(await senders(board), ['李雷']);
  await board.reload();
  await board.waitForSelector('[data-testid=board-table]');
  assert.equal(await board.inputValue('[data-testid=board-name]'), '周六上午班');
  // A second workshop gets its own board; the first stays in the list.
  await board.click('[data-testid=board-new]');
  await board.fill('[data-testid=board-input]', `韩梅梅 15:00\n${link}`);
  await board.waitForSelector('[data-testid=board-pick]');
  const options = await board.locator('[data-testid=board-pick] option').allTextContents();
  assert.equal(options.length, 2, options.join(' | '));
  assert.ok(options.some((o) => o.startsWith('周六上午班')), options.join(' | '));
  // Stored as a board, not as a plan.
  const keys = Object.keys(await storageEntries(board));
  assert.equal(keys.filter((k) => k.startsWith('qunce.board.')).length, 2);
  assert.equal(keys.filter((k) => k.startsWith('qunce.plan.')).length, 0);
  await board.click('[data-testid=board-delete]');
  await board.waitForFunction(() => document.querySelector('[data-testid=board-sender]')?.value === '李雷');
  assert.equal(Object.keys(await storageEntries(board)).filter((k) => k.startsWith('qunce.board.')).length, 1);
});

test('projector mode: the QR code fills the screen beside the plan name; the board steps through plans with the keys', async () => {
  const links = [];
  for (const nth of [2, 1, 4]) links.push((await exampleLink(await env.page(), nth)).link);
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const p = await env.page({ width, height });
    const id = await openExample(p, env.server.url, 2);
    await p.goto(`${env.server.url}#/plans/${id}/share`);
    await p.click('[data-testid=qr-fullscreen]');
    await p.waitForSelector('[data-testid=projector]');
    const box = await p.locator('.projector__qr').boundingBox();
    assert.ok(box.height >= 0.8 * height, `the QR code is ${box.height} of ${height} px tall`);
    assert.ok(box.y >= 0 && box.y + box.height <= height, 'the QR code is all on screen');
    assert.match(await p.textContent('[data-testid=projector-name]'), /\S/);
    assert.match(await p.textContent('[data-testid=projector-link]'), /#\/s\/z1\./);
    // The projected code is the link itself.
    const png = PNG.sync.read(await p.locator('.projector__qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code && code.data.includes('#/s/z1.'), 'the projected QR code decodes to a share link');
    await p.screenshot({ path: `target/e2e-projector-qr-${width}.png` });
    await p.keyboard.press('Escape');
    await p.waitForSelector('[data-testid=projector]', { state: 'detached' });
    // The board: one participant's plan at a time.
    await open(p, env.server.url, '#/compare');
    await p.fill('[data-testid=board-input]', `张三 10:01\n${links[0]}\n李四 10:02\n${links[1]}\nLily: ${links[2]}`);
    await waitForText(p, '[data-testid=board-count]', /3/);
    await p.click('[data-testid=board-projector]');
    await p.waitForSelector('[data-testid=projector]');
    assert.equal(await p.textContent('[data-testid=projector-count]'), '1 / 3');
    assert.equal(await p.textContent('[data-testid=projector-sender]'), '张三');
    await p.keyboard.press('ArrowRight');
    await waitForText(p, '[data-testid=projector-sender]', /^李四$/);
    await p.keyboard.press('ArrowRight');
    await waitForText(p, '[data-testid=projector-sender]', /^Lily$/);
    await p.keyboard.press('ArrowRight');
    await waitForText(p, '[data-testid=projector-count]', /^1 \/ 3$/);
    await p.keyboard.press('ArrowLeft');
    await waitForText(p, '[data-testid=projector-sender]', /^Lily$/);
    // Every row of the slide is on screen, without scrolling.
    const last = await p.locator('.projector__rows dd').last().boundingBox();
    assert.ok(last.y + last.height <= height, `the last row ends at ${last.y + last.height} of ${height} px`);
    await p.screenshot({ path: `target/e2e-projector-board-${width}.png` });
    await p.keyboard.press('Escape');
    await p.waitForSelector('[data-testid=projector]', { state: 'detached' });
    await p.context().close();
  }
});
