import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/extract/index.js';
import { highlighted, html, join, raw } from '../../src/server/views/html.js';

test('escapeHtml escapes the five HTML specials and the backtick', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&\`</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
});

test('html escapes interpolations, keeps nested html and raw, flattens lists, drops null/false', () => {
  const inner = html`<b>${'<i>'}</b>`;
  assert.equal(
    html`<p>${'<script>'}${inner}${raw('<br>')}${[1, '<', null, false, undefined]}</p>`.value,
    '<p>&lt;script&gt;<b>&lt;i&gt;</b><br>1&lt;</p>',
  );
  assert.equal(join([html`<li>a</li>`, '<li>'], '\n').value, '<li>a</li>\n&lt;li&gt;');
});

test('highlighted keeps balanced <mark> only and escapes everything else, keeping valid entities', () => {
  const cases: [string, string][] = [
    ['a <mark>b</mark> c', 'a <mark>b</mark> c'],
    ['<mark>x', '<mark>x</mark>'],
    ['</mark>x<mark><mark>y</mark></mark>', 'x<mark>y</mark>'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<mark onclick=x>y</mark>', '&lt;mark onclick=x&gt;y'],
    ['&lt;b&gt; &amp; &#39; &#x27; &quot;', '&lt;b&gt; &amp; &#39; &#x27; &quot;'],
    ['AT&T & co &bogus; &#xZZ;', 'AT&amp;T &amp; co &amp;bogus; &amp;#xZZ;'],
    [`"quoted" 'single' \`tick\``, '&quot;quoted&quot; &#39;single&#39; &#96;tick&#96;'],
    ['<MARK>upper</MARK>', '&lt;MARK&gt;upper&lt;/MARK&gt;'],
  ];
  for (const [input, expected] of cases) assert.equal(highlighted(input).value, expected, input);
});
