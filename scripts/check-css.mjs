// Checks that the stylesheet lays out in Chrome 80 and Safari 15 (issue 9):
// - no selector Chrome 80 drops a whole rule for (`:has()`, `:is()`,
//   `:where()`);
// - every flex box with a `gap` (flex gap came in Chrome 84) has a margin
//   fallback in the `@supports not (color-scheme: light)` block.
// Before checking the real file it checks two small made-up stylesheets that
// must fail, so this check can fail.
// usage: node scripts/check-css.mjs [styles/main.css]
import { readFileSync } from 'node:fs';

const FALLBACK = '@supports not (color-scheme: light)';

/** What is wrong with `css`, as a list of messages (empty when fine). */
export function problems(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found = [];
  for (const m of text.matchAll(/:(has|is|where)\(/g)) found.push(`:${m[1]}() is not in Chrome 80`);
  const at = text.indexOf(FALLBACK);
  const fallback = at < 0 ? '' : text.slice(at, blockEnd(text, text.indexOf('{', at)));
  const covered = new Set();
  for (const m of fallback.matchAll(/([^{}]+)\{/g)) {
    for (const sel of m[1].split(',')) covered.add(sel.replace(/>\s*\*(\s*\+\s*\*)?/, '').trim());
  }
  // Top-level rules only: skip the insides of @-blocks.
  let start = 0;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', start)) {
    const selector = text.slice(start, i).trim();
    const end = blockEnd(text, i);
    const body = text.slice(i + 1, end - 1);
    if (!selector.startsWith('@') && /display:\s*(inline-)?flex/.test(body) && /(^|[;\s])gap:/.test(body)) {
      for (const sel of selector.split(',').map((s) => s.trim())) {
        if (!covered.has(sel)) found.push(`flex box "${sel}" has a gap but no fallback in ${FALLBACK}`);
      }
    }
    start = end;
  }
  return found;
}

/** The index just after the `}` that closes the `{` at `open`. */
function blockEnd(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

const mustFail = [
  '.a { display: flex; gap: 1rem; }',
  `.a { display: flex; gap: 1rem; }\n${FALLBACK} { .a > * + * { margin-left: 1rem; } }\n.b:has(input) { color: red; }`,
];
for (const css of mustFail) {
  if (problems(css).length === 0) {
    console.error(`check-css: the check passed a stylesheet it must reject:\n${css}`);
    process.exit(1);
  }
}
const fine = `.a { display: flex; gap: 1rem; }\n${FALLBACK} { .a > * + * { margin-left: 1rem; } }`;
if (problems(fine).length !== 0) {
  console.error(`check-css: the check rejected a stylesheet it must pass: ${problems(fine).join('; ')}`);
  process.exit(1);
}

const file = process.argv[2] ?? 'styles/main.css';
const found = problems(readFileSync(file, 'utf8'));
if (found.length) {
  console.error(`check-css: ${file}:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-css: ${file} has no :has()/:is()/:where(), and every flex gap has a fallback (Chrome 80, Safari 15)`);
