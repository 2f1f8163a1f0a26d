import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NESTING_DEPTH, boundNesting, exceedsDepth } from '../../scrapers/common/load.js';
import { seededBelow } from '../helpers/random.js';

const deep = (open: string, n: number, inner = 'text') => `${open.repeat(n)}${inner}`;

test('exceedsDepth: true exactly when an ordinary element opens past the cap, whatever the case or name length', () => {
  const cases: [string, string, boolean][] = [
    ['512 nested divs', deep('<div>', MAX_NESTING_DEPTH), false],
    ['513 nested divs', deep('<div>', MAX_NESTING_DEPTH + 1), true],
    ['513 nested DIVs', deep('<DIV class="x">', MAX_NESTING_DEPTH + 1), true],
    ['513 nested custom elements (long names)', deep('<news-article-body-part>', MAX_NESTING_DEPTH + 1), true],
    ['513 nested 9-letter names that start like textarea', deep('<textareas>', MAX_NESTING_DEPTH + 1), true],
    ['600 void and self-closing tags', deep('<br><img src=x><p><li><td><meta charset=utf-8>', 600), false],
    ['600 divs inside a script', `<script>${deep('<div>', 600)}</script>`, false],
    ['600 divs inside a SCRIPT closed as </Script>, then 10 more', `<SCRIPT>${deep('<div>', 600)}</Script>${deep('<div>', 10)}`, false],
    ['511 divs, then 10 inside a textarea', `${deep('<div>', 511)}<textarea>${deep('<div>', 10)}</textarea>`, false],
    ['divs opened and closed 1,000 times', '<div></div>'.repeat(1_000), false],
    ['a raw-text element whose end tag never comes', `<style>${deep('<div>', 600)}`, false],
    ['"<" not followed by a letter', deep('< div>', 600) + deep('<1>', 600) + deep('<!--x-->', 600), false],
    ['end tags below zero do not lend depth', '</div>'.repeat(100) + deep('<div>', MAX_NESTING_DEPTH), false],
  ];
  for (const [label, html, expected] of cases) assert.equal(exceedsDepth(html), expected, label);
});

/** The same rule over tag strings, written the plain way: the pre-check must agree with it. */
function referenceExceeds(html: string): boolean {
  const VOID = [
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'param',
    'source',
    'track',
    'wbr',
    'p',
    'li',
    'dt',
    'dd',
    'option',
    'tr',
    'td',
    'th',
  ];
  const RAW = ['script', 'style', 'textarea', 'title', 'xmp', 'noscript'];
  let depth = 0;
  let raw: string | null = null;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)/g)) {
    const [isEnd, name] = [m[1] === '/', m[2]!.toLowerCase()];
    if (raw !== null) {
      if (isEnd && name === raw) raw = null;
    } else if (VOID.includes(name)) continue;
    else if (RAW.includes(name)) {
      if (!isEnd) raw = name;
    } else if (isEnd) depth = Math.max(0, depth - 1);
    else if (++depth > MAX_NESTING_DEPTH) return true;
  }
  return false;
}

test('exceedsDepth agrees with the plain rule on 400 random tag soups around the cap', () => {
  const names = ['div', 'DIV', 'span', 'p', 'br', 'section-x', 'a', 'b1', 'ns:tag', 'x_y', 'textareas', 'verylongelementname'];
  const rawNames = ['script', 'Script', 'textarea', 'STYLE'];
  const random = seededBelow(20_161_121);
  let exceeded = 0;
  for (let k = 0; k < 400; k++) {
    const parts: string[] = [];
    for (let i = 0, n = 700 + random(1100); i < n; i++) {
      if (random(100) === 0) {
        // raw text with tags in it, closed (in any case) nine times in ten
        const raw = rawNames[random(rawNames.length)]!;
        parts.push(`<${raw}>${'<div>'.repeat(random(20))}`, random(10) === 0 ? '' : `</${raw.toUpperCase()}>`);
        continue;
      }
      const name = names[random(names.length)]!;
      parts.push(random(6) === 0 ? `</${name}>` : `<${name}${random(3) === 0 ? ' class="c"' : ''}>`, random(4) === 0 ? 'word ' : '');
    }
    const html = parts.join('');
    const expected = referenceExceeds(html);
    if (expected) exceeded++;
    assert.equal(exceedsDepth(html), expected, html.slice(0, 200));
  }
  assert.ok(exceeded > 40 && exceeded < 360, `both outcomes drawn (${exceeded} of 400 exceeded)`);
});

test('boundNesting leaves a page at the cap alone and flattens one past it to the cap', () => {
  const atCap = deep('<div>', MAX_NESTING_DEPTH);
  assert.equal(boundNesting(atCap), atCap);
  const past = deep('<div>', MAX_NESTING_DEPTH + 3);
  assert.equal(boundNesting(past), `${'<div>'.repeat(MAX_NESTING_DEPTH)}   text`);
});
