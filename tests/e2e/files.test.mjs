// Plan files: download a plan, import it into a fresh browser and get the
// identical plan; import it again as a copy; a damaged file changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, open, openExample, saved, storageEntries, waitForText } from './harness.mjs';

const env = useBrowser();

test('export a plan, import it elsewhere identical, again as a copy; a damaged file changes nothing', async () => {
  const a = await env.page();
  await openExample(a, env.server.url, 1);
  const [download] = await Promise.all([a.waitForEvent('download'), a.click('[data-testid=download-plan]')]);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  const id = exported.plan.id;
  // Named after the plan and the day: what a person looks for in a downloads folder.
  assert.match(download.suggestedFilename(), /^Two-week job-seeking sprint-\d{4}-\d{2}-\d{2}\.json$/);
  const original = JSON.parse((await storageEntries(a))[`qunce.plan.${id}`]);
  assert.deepEqual(exported, original, 'the file is the stored envelope');

  const b = await env.page({ locale: 'en-US' });
  await open(b, env.server.url);
  await b.setInputFiles('[data-testid=import-input]', file);
  await waitForText(b, '[data-testid=import-report]', /Plans imported: 1\./);
  await saved(b);
  const imported = JSON.parse((await storageEntries(b))[`qunce.plan.${id}`]);
  assert.deepEqual(imported, original, 'export then import gives an identical plan');

  await b.setInputFiles('[data-testid=import-input]', file);
  await waitForText(b, '[data-testid=import-report]', /added as copies/);
  await saved(b);
  assert.ok((await storageEntries(b))[`qunce.plan.${id}-2`], 'the second import is a copy');

  const before = await storageEntries(b);
  const dir = await mkdtemp(join(tmpdir(), 'qunce-'));
  const damaged = join(dir, 'damaged.json');
  await writeFile(damaged, (await readFile(file, 'utf8')).slice(0, 200));
  await b.setInputFiles('[data-testid=import-input]', damaged);
  await waitForText(b, '[data-testid=import-report]', /Could not import: .*Your plans are unchanged/);
  assert.deepEqual(await storageEntries(b), before, 'nothing in storage changed');
});
