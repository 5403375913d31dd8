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

test('on a slow link a bar along the top shows how much of the app has arrived', async () => {
  const p = await env.page({ locale: 'en-US', width: 360, height: 740 });
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Network.enable');
  // About 2 Mbit/s: the wasm takes a few seconds.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 250_000, uploadThroughput: 250_000 });
  await p.goto(`${env.server.url}#/s/z1.1.abc.00000000`);
  const seen = [];
  for (let i = 0; i < 40 && seen.length < 3; i++) {
    const v = await p.evaluate(() => document.querySelector('.prerender__progress')?.value);
    if (v > 0 && v < 1 && !seen.includes(v)) seen.push(v);
    await p.waitForTimeout(100);
  }
  assert.ok(seen.length >= 2 && seen.every((v, i) => i === 0 || v > seen[i - 1]), `the bar moves forward: ${seen.join(', ')}`);
  const bar = await p.$eval('.prerender__progress', (el) => el.getBoundingClientRect().toJSON());
  assert.ok(bar.top === 0 && bar.width === 360 && bar.height > 0, JSON.stringify(bar));
  // The viewer has explained the bad link meanwhile; the app still starts
  // from the streamed bytes and then replaces it with its own message.
  await p.waitForSelector('#viewer [data-testid=shared-error]');
  await p.waitForSelector('.shell [data-testid=shared-error]', { timeout: 60_000 });
  await p.waitForSelector('#prerender', { state: 'detached' });
});
