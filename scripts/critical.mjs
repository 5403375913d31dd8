// Trunk post-build hook step (after prerender, before csp.mjs): splits the
// stylesheet for the two entries that paint before the editor (issue 19).
//
// The page links only `critical-<hash>.css`: the rules that can match the
// static first screens (the classes in the prerendered index.html) or the
// shared-link viewer's screen (the classes the core's summary markup and
// the viewer write, read from their sources). Every other rule is the
// editor's. The whole stylesheet, `main-<hash>.css` as Trunk wrote it, is
// named in `<meta name="qunce-css">`; the loader (scripts/csp.mjs) adds it
// when the editor starts and instantiates the editor only once it has
// loaded, so the editor's cascade is exactly the whole sheet's (the
// critical rules come again in it, in their order). An E2E test checks
// that adding the whole sheet changes no computed style on the viewer's
// screen or the first screen.
//
// A rule is kept if one of its selectors names only known classes (or
// none: element and :root rules); @media and @supports blocks keep the
// rules of theirs that are kept, @page and other at-rules are kept whole.
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('critical.mjs: run as a Trunk hook (TRUNK_STAGING_DIR) or pass the folder');
  process.exit(1);
}
const fail = (msg) => {
  console.error(`critical.mjs: ${msg}`);
  process.exit(1);
};
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const link = html.match(/<link rel="stylesheet" href="\.\/(main-[0-9a-f]+\.css)"[^>]*>/);
if (!link) fail('no <link rel="stylesheet" href="./main-<hash>.css"> in index.html');
const full = readFileSync(join(dir, link[1]), 'utf8');

// The classes painted before the editor: the prerendered screens, and what
// the viewer writes (the core's summary markup and the viewer's frame).
const known = new Set();
for (const [, list] of html.matchAll(/class="([^"]*)"/g)) list.split(/\s+/).forEach((c) => c && known.add(c));
const root = new URL('..', import.meta.url).pathname;
for (const src of ['crates/core/src/summary/html.rs', 'crates/viewer/src/lib.rs']) {
  const text = readFileSync(join(root, src), 'utf8');
  for (const [, list] of text.matchAll(/class=\\"([^"\\{}]*)\\"/g)) list.split(/\s+/).forEach((c) => c && known.add(c));
  for (const [, list] of text.matchAll(/set_class_name\("([^"]*)"\)/g)) list.split(/\s+/).forEach((c) => c && known.add(c));
}
if (!known.has('summary__grid') || !known.has('prerender__screen')) fail('the summary or prerender classes were not found');

/** The top-level items of a block of CSS: [prelude, body or null]. */
function items(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open < 0) break;
    if (semi >= 0 && semi < open) {
      // A statement at-rule (@import, @charset): kept as it is.
      out.push([css.slice(i, semi + 1).trim(), null]);
      i = semi + 1;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    out.push([css.slice(i, open).trim(), css.slice(open + 1, j)]);
    i = j + 1;
  }
  return out;
}

const applies = (selector) => [...selector.matchAll(/\.([A-Za-z0-9_-]+)/g)].every(([, c]) => known.has(c));

function keep(css) {
  let out = '';
  for (const [prelude, body] of items(css)) {
    if (body === null) {
      out += `${prelude}\n`;
    } else if (/^@(media|supports)\b/.test(prelude)) {
      const inner = keep(body);
      if (inner.trim()) out += `${prelude} {\n${inner}}\n`;
    } else if (prelude.startsWith('@')) {
      out += `${prelude} {${body}}\n`;
    } else if (prelude.split(',').some((s) => applies(s.trim()))) {
      out += `${prelude} {${body}}\n`;
    }
  }
  return out;
}

const critical = keep(full.replace(/\/\*[\s\S]*?\*\//g, ''));
const name = `critical-${createHash('sha256').update(critical).digest('hex').slice(0, 16)}.css`;
for (const f of readdirSync(dir)) if (/^critical-[0-9a-f]+\.css$/.test(f)) rmSync(join(dir, f));
writeFileSync(join(dir, name), critical);
const integrity = `sha384-${createHash('sha384').update(critical).digest('base64')}`;
html = html.replace(
  link[0],
  `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>\n  <meta name="qunce-css" content="./${link[1]}">`,
);
writeFileSync(file, html);
console.log(`critical.mjs: ${name} (${critical.length} of ${full.length} bytes) before the paint; ${link[1]} when the editor starts`);
