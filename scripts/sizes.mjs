// Prints raw, gzip and brotli sizes of the first-load files in a build folder.
// usage: node scripts/sizes.mjs dist
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files.sort().map((f) => {
  const buf = readFileSync(join(dir, f));
  return {
    file: f,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
console.log(`${'file'.padEnd(36)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(36)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.br)}`);
// sw.js is fetched by the browser after the page has loaded, so it is not
// part of the first load.
const first = (r) => ['.html', '.js', '.wasm', '.css'].includes(extname(r.file)) && r.file !== 'sw.js';
const sum = (k) => rows.filter(first).reduce((a, r) => a + r[k], 0);
console.log(`${'first load (html+js+wasm+css)'.padEnd(36)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('br'))}`);

// For scripts/bench-table.mjs.
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/sizes.json', JSON.stringify({ files: rows, first: { raw: sum('raw'), gzip: sum('gzip'), br: sum('br') } }));
