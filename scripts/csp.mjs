// Trunk post-build hook: adds a Content-Security-Policy to index.html that
// allows only the app's own files, plus 'wasm-unsafe-eval' for the wasm and
// the hash of the one inline module script Trunk writes (its text names the
// hashed file names, so the hash is computed per build).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('csp.mjs: run as a Trunk hook (TRUNK_STAGING_DIR) or pass the folder');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
if (!/<meta charset="utf-8">/.test(html)) {
  console.error('csp.mjs: no <meta charset="utf-8"> to place the policy after');
  process.exit(1);
}
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
writeFileSync(file, html);
console.log(`csp.mjs: policy with ${hashes.length} inline script hash(es) written`);
