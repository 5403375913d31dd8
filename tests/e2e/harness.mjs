// Shared set-up for the end-to-end journeys: a static server for dist/ and
// the system Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export const BLANK = '/__blank';

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }.
 * With `compress`, text and wasm files go out brotli-compressed to clients
 * that accept it, as a static host sends them (compressed once, up front,
 * so no request waits for the compressor): what Lighthouse measures.
 */
export function serve(dir = 'dist', { compress = false } = {}) {
  const root = resolve(dir);
  const packed = new Map();
  if (compress) {
    const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const file of walk(root)) {
      if (!['.html', '.js', '.wasm', '.css', '.svg', '.json', '.webmanifest'].includes(extname(file))) continue;
      packed.set(file, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === BLANK) {
      // A same-origin page without the app, for tests that plant stored data.
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><link rel="icon" href="data:,"><title>blank</title>');
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (packed.has(file) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' });
        res.end(packed.get(file));
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({
        url: `http://127.0.0.1:${port}/`,
        // Kept-alive browser connections would hold close() open.
        close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
      });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium, with `extra` flags (a fake camera, say) if given. */
export function launch(extra = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extra] });
}

/** A fresh page (empty storage) in `locale`, recording page errors. */
export async function newPage(browser, { locale = 'en-US', width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(`${m.text()} ${m.location().url ?? ''}`.trim());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) page.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return page;
}

/** Opens `hash` and waits until the app has rendered. */
export async function open(page, base, hash = '#/') {
  await page.goto(base + hash);
  await page.waitForSelector('.shell');
}

/** Waits until everything (plans and preferences) is written. */
export async function saved(page) {
  await page.waitForSelector('[data-testid=save-status].save--ok[data-unsaved=false]');
}

/** Opens the library, creates example `nth` (1–4) as a new plan, waits
 * until it is saved, and returns its id. */
export async function openExample(page, base, nth = 1) {
  await open(page, base);
  await page.click(`[data-testid=examples] li:nth-child(${nth}) button`);
  await page.waitForSelector('[data-testid=canvas]');
  await saved(page);
  return new URL(page.url()).hash.split('/')[2];
}

/** Creates a plan from the library and returns its id. */
export async function createPlan(page, name) {
  await page.fill('#new-plan-name', name);
  await page.click('[data-testid=create-form] button[type=submit]');
  await page.waitForSelector('[data-testid=plan-page]');
  const id = new URL(page.url()).hash.split('/')[2];
  await saved(page);
  return id;
}

/**
 * Waits until the text of `selector` matches `pattern` (or, with
 * `{ absent: true }`, stops matching it). Yew renders after the event that
 * caused it, so reads right after an action must wait for the new text.
 */
export async function waitForText(page, selector, pattern, { absent = false, timeout = 5000 } = {}) {
  await page.waitForFunction(
    ([sel, source, flags, absentFlag]) => {
      const el = document.querySelector(sel);
      const matches = new RegExp(source, flags).test(el ? el.textContent : '');
      return absentFlag ? !matches : matches;
    },
    [selector, pattern.source, pattern.flags, absent],
    { timeout },
  );
}

/** Writes localStorage entries while the app is not running. */
export async function plant(page, base, entries) {
  await page.goto(new URL(BLANK, base).href);
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

export async function storageEntries(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/**
 * Registers the hooks a journey file needs: one server and one browser for
 * the file, fresh pages per test, and a failed test for any page error.
 * Returns { server, page(opts) }; `server` is set once the file starts.
 */
export function useBrowser() {
  const env = { server: null, browser: null, pages: [] };
  before(async () => {
    env.server = await serve('dist');
    env.browser = await launch();
  });
  afterEach(async () => {
    const errors = env.pages.flatMap((p) => p.errors);
    for (const p of env.pages) await p.context().close();
    env.pages = [];
    assert.deepEqual(errors, [], 'no page errors');
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  env.page = async (opts) => {
    const p = await newPage(env.browser, opts);
    env.pages.push(p);
    return p;
  };
  return env;
}
