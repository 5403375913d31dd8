// The static first screen (examples/prerender.rs): before the wasm arrives
// a first visit already shows the plan library in the browser's language; a
// visitor with plans or a link sees a short "opening" screen instead; once
// the app has drawn itself, the static copy is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, plant } from './harness.mjs';

const env = useBrowser();

async function withoutWasm(p, url) {
  // The wasm is held back (never answered), as on a very slow network.
  await p.route(/\.wasm$/, () => {});
  await p.goto(url);
  await p.waitForSelector('#prerender');
  const shown = await p.evaluate(() =>
    [...document.querySelectorAll('.prerender__screen')].filter((el) => el.offsetHeight > 0).map((el) => el.className.split(' ')[1]),
  );
  return shown;
}

test('before the wasm arrives, the first screen is already drawn in the right language', async () => {
  const en = await env.page({ locale: 'en-US' });
  assert.deepEqual(await withoutWasm(en, env.server.url), ['prerender--library-en']);
  assert.match(await en.textContent('.prerender--library-en'), /Start from an example/);
  const zh = await env.page({ locale: 'zh-CN' });
  assert.deepEqual(await withoutWasm(zh, env.server.url), ['prerender--library-zh']);
  // A share link or a returning visitor: the short "opening" screen, not an empty library.
  const link = await env.page({ locale: 'zh-CN' });
  assert.deepEqual(await withoutWasm(link, `${env.server.url}#/s/z1.1.abc.00000000`), ['prerender--opening-zh']);
  const back = await env.page({ locale: 'en-US' });
  await plant(back, env.server.url, { 'qunce.prefs': '{"type":"qunce/prefs","version":1,"prefs":{"lang":"zh"}}' });
  assert.deepEqual(await withoutWasm(back, env.server.url), ['prerender--opening-zh'], 'the saved language wins');
});

test('once the app is drawn, the static copy is removed and nothing of it can be used', async () => {
  const p = await env.page({ locale: 'en-US' });
  await open(p, env.server.url);
  assert.equal(await p.locator('#prerender').count(), 0);
  assert.equal(await p.evaluate(() => document.documentElement.hasAttribute('data-pre')), false);
  assert.equal(await p.locator('.shell').count(), 1);
});
