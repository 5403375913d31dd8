// Checks that the built wasm uses no WebAssembly feature beyond what Chrome
// 80 and Safari 15 run: the MVP plus mutable globals, sign extension,
// non-trapping float-to-int and bulk memory (no reference types, no
// multi-value, no SIMD…). binaryen's validator (wasm-opt, already a build
// tool) does the checking with only those features on; the module's
// `target_features` section is removed first, because binaryen would
// otherwise turn on whatever it lists. Before checking the build, the
// validator must reject two tiny modules that use reference types and
// multi-value — so this check can fail.
// usage: node scripts/check-wasm.mjs dist
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FEATURES = ['--mvp-features', '--enable-mutable-globals', '--enable-sign-ext', '--enable-nontrapping-float-to-int', '--enable-bulk-memory'];
const tmp = mkdtempSync(join(tmpdir(), 'qunce-wasm-'));

function leb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at.i++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

/** The module without its `target_features` custom section. */
function withoutFeatureSection(buf) {
  const parts = [buf.subarray(0, 8)];
  const at = { i: 8 };
  while (at.i < buf.length) {
    const start = at.i;
    const id = buf[at.i++];
    const size = leb(buf, at);
    const end = at.i + size;
    if (id === 0) {
      const nameAt = { i: at.i };
      const len = leb(buf, nameAt);
      if (buf.subarray(nameAt.i, nameAt.i + len).toString() === 'target_features') {
        at.i = end;
        continue;
      }
    }
    parts.push(buf.subarray(start, end));
    at.i = end;
  }
  return Buffer.concat(parts);
}

function valid(bytes, name) {
  const file = join(tmp, name);
  writeFileSync(file, withoutFeatureSection(bytes));
  try {
    execFileSync('wasm-opt', [...FEATURES, file, '-o', join(tmp, 'out.wasm')], { stdio: 'pipe' });
    return { ok: true };
  } catch (e) {
    return { ok: false, why: String(e.stderr).split('\n').find((l) => l.trim()) ?? 'invalid' };
  }
}

const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
// A table of externref (reference types), and a function returning two
// values (multi-value): `(func (result i32 i32) i32.const 1 i32.const 2)`.
const refTypes = Buffer.from([...header, 0x04, 0x04, 0x01, 0x6f, 0x00, 0x00]);
const multiValue = Buffer.from([
  ...header,
  0x01, 0x06, 0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f, // type section
  0x03, 0x02, 0x01, 0x00, // function section
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x01, 0x41, 0x02, 0x0b, // code section
]);
for (const [name, bytes] of [['reference types', refTypes], ['multi-value', multiValue]]) {
  if (valid(bytes, 'probe.wasm').ok) {
    console.error(`check-wasm: the validator accepted a module using ${name}; it cannot be trusted`);
    process.exit(1);
  }
}

const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
if (files.length === 0) {
  console.error(`check-wasm: no .wasm in ${dir}`);
  process.exit(1);
}
let failed = false;
for (const f of files) {
  const result = valid(readFileSync(join(dir, f)), 'build.wasm');
  if (result.ok) {
    console.log(`check-wasm: ${f} uses only MVP + mutable-globals, sign-ext, sat-float-to-int, bulk-memory (Chrome 80, Safari 15)`);
  } else {
    console.error(`check-wasm: ${f} needs more than Chrome 80 / Safari 15 support: ${result.why}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
