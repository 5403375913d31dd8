// The shared-link viewer (issue 19): a shared plan paints from the small
// viewer module while the editor's wasm is still on its way (held back
// here), with "save a copy" visibly waiting; once the editor has loaded it
// takes over and saving works. Bad links are explained by the viewer in the
// user's language, and the viewer never writes storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, openExample, saved, serve, storageEntries, waitForText } from './harness.mjs';

const env = useBrowser();

/** Holds every request for the editor's wasm until `release()` is called. */
async function holdEditor(page) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  const held = [];
  await page.route(/\/qunce-[0-9a-f]+_bg\.wasm$/, async (route) => {
    held.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { release: () => release(), held };
}

/** The share link of example `nth`, made in a page of its own. */
async function exampleLink(nth) {
  const a = await env.page();
  await openExample(a, env.server.url, nth);
  await a.click('.step-nav a[href$="/share"]');
  await a.waitForSelector('[data-testid=share-link]');
  const link = await a.inputValue('[data-testid=share-link]');
  const name = await a.inputValue('#plan-name').catch(() => null);
  return { link, name };
}

test('a shared plan paints before the editor has loaded; save a copy works once it has', async () => {
  const { link } = await exampleLink(1);
  const b = await env.page({ locale: 'zh-CN', width: 360, height: 740 });
  const editor = await holdEditor(b);
  await b.goto(link);
  // The viewer's page: name, headline figures, the banner saying why
  // "save a copy" is not there yet — and no editor.
  await b.waitForSelector('#viewer [data-testid=summary]');
  const title = await b.textContent('#viewer .summary__title');
  assert.ok(title.trim().length > 0, 'the plan name is shown');
  const text = await b.textContent('#viewer');
  assert.match(text, /只读/, 'the read-only banner, in Chinese');
  assert.match(text, /成员/, 'the summary rows are painted');
  assert.match(text, /\d/, 'with figures');
  assert.equal(await b.getAttribute('#viewer [data-testid=editor-loading]', 'data-testid'), 'editor-loading');
  assert.equal(await b.isDisabled('#viewer .banner__actions button'), true, 'save a copy waits for the editor');
  assert.equal(await b.$('.shell'), null, 'the editor has not drawn itself');
  assert.equal(await b.getAttribute('html', 'data-pre'), 'shared');
  // The viewer adds the simulator's figures in a task of its own; they are
  // the editor's: the same summary text.
  await b.waitForSelector('#viewer[data-state=complete]');
  const viewerSummary = await b.textContent('#viewer [data-testid=summary]');
  assert.deepEqual(Object.keys(await storageEntries(b)).filter((k) => k.startsWith('qunce.plan')), [], 'nothing saved');

  editor.release();
  await b.waitForSelector('[data-testid=shared-page] [data-testid=save-copy]');
  assert.equal(await b.$('#viewer'), null, 'the viewer screen is gone');
  await waitForText(b, '[data-testid=shared-page] [data-testid=summary]', /./);
  await b.waitForFunction((expected) => document.querySelector('[data-testid=shared-page] [data-testid=summary]')?.textContent === expected, viewerSummary, { timeout: 10000 });
  await b.click('[data-testid=save-copy]');
  await b.waitForSelector('[data-testid=plan-page]');
  await saved(b);
  assert.equal(Object.keys(await storageEntries(b)).filter((k) => k.startsWith('qunce.plan.')).length, 1, 'one plan saved');
  assert.deepEqual(b.errors, []);
});

test('bad links are explained by the viewer, in the user\'s language, before the editor loads', async () => {
  const { link } = await exampleLink(2);
  const cases = [
    { locale: 'en-US', href: link.slice(0, link.length - 30), pattern: /incomplete/i },
    { locale: 'zh-CN', href: `${new URL(link).origin}/#/s/z9.1.abc.00000000`, pattern: /更新版本/ },
  ];
  for (const c of cases) {
    const b = await env.page({ locale: c.locale });
    const editor = await holdEditor(b);
    await b.goto(c.href);
    await b.waitForSelector('#viewer [data-testid=shared-error-text]');
    const said = await b.textContent('#viewer [data-testid=shared-error-text]');
    assert.match(said, c.pattern, said);
    assert.equal(await b.$('.shell'), null);
    editor.release();
    // The editor says the same thing in the same words.
    await b.waitForSelector('.shell [data-testid=shared-error-text]');
    assert.equal(await b.textContent('.shell [data-testid=shared-error-text]'), said);
    assert.deepEqual(Object.keys(await storageEntries(b)).filter((k) => k.startsWith('qunce.plan')), []);
    assert.deepEqual(b.errors, []);
  }
});

test('the library and plan pages never load the viewer', async () => {
  const b = await env.page();
  const urls = [];
  b.on('request', (r) => urls.push(r.url()));
  await openExample(b, env.server.url, 1);
  assert.equal(urls.filter((u) => /viewer-/.test(u)).length, 0, urls.join('\n'));
});

test('after one visit a shared link opens with the network cut: viewer, then editor', async (t) => {
  const { link } = await exampleLink(4);
  const code = link.slice(link.indexOf('#/s/'));
  const server = await serve('dist');
  t.after(() => server.close());
  const page = await env.page({ locale: 'zh-CN' });
  await open(page, server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForSelector('.shell');
  await server.close();
  const seen = [];
  page.on('request', (r) => seen.push(r.url()));
  // From the cache the editor can take over within a frame or two of the
  // viewer's paint (it did on a loaded CI machine), too soon to poll for:
  // note, as the page is built, which of the two showed the plan first.
  await page.addInitScript(() => {
    const order = (window.__shown = []);
    const note = (what, sel) => !order.includes(what) && document.querySelector(sel) && order.push(what);
    new MutationObserver(() => {
      note('viewer', '#viewer [data-testid=summary]');
      note('editor', '[data-testid=shared-page] [data-testid=summary]');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('about:blank');
  await page.goto(server.url + code);
  await page.waitForSelector('[data-testid=shared-page] [data-testid=save-copy]');
  assert.deepEqual(await page.evaluate(() => window.__shown), ['viewer', 'editor']);
  assert.ok(seen.some((u) => /viewer-[0-9a-f]+_bg\.wasm$/.test(u)), 'the viewer came from the cache');
});

/** Every element's computed style under `root`, as one string per element. */
const styles = (page, root) =>
  page.$$eval(`${root}, ${root} *`, (els) =>
    els.map((el) => {
      const cs = getComputedStyle(el);
      return `${el.tagName}.${el.className}: ${Array.from(cs).map((p) => `${p}=${cs.getPropertyValue(p)}`).join(';')}`;
    }));

/** Holds the whole stylesheet's requests; resolves to the function that lets them through. */
async function holdSheet(page) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(/\/main-[0-9a-f]+\.css$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Adds the whole stylesheet (what the loader adds for the editor) and waits for it. */
async function addWholeSheet(page) {
  await page.evaluate(() => new Promise((done) => {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = document.querySelector('meta[name=qunce-css]').getAttribute('content');
    l.onload = done;
    document.head.appendChild(l);
  }));
}

test('the critical stylesheet styles the viewer and the first screen as the whole one does', async () => {
  // Only the critical part is linked before the editor; the whole sheet is not fetched yet.
  const { link } = await exampleLink(3);
  for (const [locale, width] of [['zh-CN', 360], ['en-US', 1440]]) {
    const b = await env.page({ locale, width, height: 800 });
    await b.route(/\/qunce-[0-9a-f]+(_bg\.wasm|\.js)$/, () => {});
    // The loader asks for the whole sheet when the editor starts: held back
    // here, so what is compared first is the critical part alone.
    const whole = holdSheet(b);
    await b.goto(link);
    await b.waitForSelector('#viewer[data-state=complete]');
    const sheets = await b.$$eval('link[rel=stylesheet]', (ls) => ls.map((l) => l.getAttribute('href')));
    assert.match(sheets[0], /critical-[0-9a-f]+\.css$/, 'the page links the critical part');
    const before = await styles(b, '#prerender');
    assert.ok(before.length > 50, `${before.length} elements compared`);
    (await whole)();
    await addWholeSheet(b);
    assert.deepEqual(await styles(b, '#prerender'), before, `the viewer at ${width}px`);
    await b.context().close();
  }
  // The first screen (a first visit's library), before any editor code.
  const c = await env.page({ locale: 'en-US', width: 1440, height: 900 });
  await c.route(/\/qunce-[0-9a-f]+(_bg\.wasm|\.js)$/, () => {});
  const whole = holdSheet(c);
  await c.goto(env.server.url);
  await c.waitForSelector('.prerender--library-en');
  const first = await styles(c, '#prerender');
  (await whole)();
  await addWholeSheet(c);
  assert.deepEqual(await styles(c, '#prerender'), first, 'the first screen');
});
