// Issue 8, hostile input: XSS. Each payload is put in every text field of an archived article
// (title, subtitle, body, author, section, tag, nation, person) and reflected through the query
// string; the search page, the article page and the JSON snippets must show it as text only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { makeDoc, sampleDocs } from '../server/helpers.js';
import { assertInert } from '../server/inert.js';
import { realSystem, type RealSystem } from '../server/real.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<mark onclick=alert(1)>marked</mark>',
  '</mark><script>alert(1)</script><mark>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.test/">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<SCRIPT SRC=//evil.test/x.js></SCRIPT>',
  '"onmouseover="alert(1)',
  "'onmouseover='alert(1)",
  '`onmouseover=alert(1)`',
  '<!--<script>alert(1)//-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  "{{constructor.constructor('alert(1)')()}}",
];
// A word every hostile article shares, so one search lists them all.
const MARKER = 'zanzibarite';

const hostile = PAYLOADS.map((p, i) =>
  makeDoc({
    slug: `hostile-${i}`,
    title: `${MARKER} ${p}`,
    subtitle: p,
    authors: [p],
    section: p,
    paragraphs: [`${MARKER} before ${p} after`, p],
    publishedAt: `2019-01-${String((i % 28) + 1).padStart(2, '0')}T12:00:00Z`,
    nations: [p],
    persons: [p],
  }),
);
for (const d of hostile) d.tags = [d.subtitle!];

let sys: RealSystem;
before(async () => {
  sys = await realSystem({ docs: [...sampleDocs(), ...hostile] });
});
after(async () => {
  await sys.close();
});

PAYLOADS.forEach((payload, i) => {
  test(`payload ${i}: ${payload.slice(0, 50)} is shown as text, never markup`, async () => {
    const doc = hostile[i]!;
    // 1. the article page: every field present as text
    const article = await request(sys.app).get(`/articles/${doc.id}`);
    assert.equal(article.status, 200);
    const $a = assertInert(article.text, 'article page');
    assert.equal($a('h1.article-title').text(), doc.title);
    assert.equal($a('.article-subtitle').text(), payload);
    assert.deepEqual(
      $a('.article-body p')
        .map((_, e) => $a(e).text())
        .get(),
      doc.paragraphs,
    );
    assert.equal($a('.chip-nation').text(), payload);
    // persons are entities: two hostile names that differ only in punctuation are one person, shown under its label
    assert.equal($a('.chip-person').text(), sys.ctx.linker.entityOf('persons', payload).label);
    assert.equal($a('.chip-nation').attr('href'), `/nations/${encodeURIComponent(payload)}`);
    assert.equal($a('.chip-nation + .chip-profile').attr('href'), `/?${new URLSearchParams({ nation: payload })}`);

    // 1b. the nation's profile page: the name as text in the heading, the lists and the links
    const profile = await request(sys.app).get(`/nations/${encodeURIComponent(payload)}`);
    assert.equal(profile.status, 200);
    const $p = assertInert(profile.text, 'profile page');
    assert.equal($p('h1.profile-title').text(), payload);

    // 2. the search page listing it: title, snippet and chips as text
    const listed = await request(sys.app).get('/').query({ q: MARKER, section: payload });
    assert.equal(listed.status, 200);
    const $s = assertInert(listed.text, 'search page');
    assert.equal($s('.hit').length, 1);
    assert.equal($s('.hit-title a').text(), doc.title);
    assert.equal($s('.hit-section').text(), payload);
    assert.ok($s('.hit-snippet').text().includes(payload) || $s('.hit-snippet').text().includes(MARKER));

    // 3. reflected: the query box, the ticked facet value and the filter chip
    const reflected = await request(sys.app).get('/').query({ q: payload, nation: payload, person: payload });
    assert.equal(reflected.status, 200);
    const $r = assertInert(reflected.text, 'reflected query');
    assert.equal($r('input#q').val(), payload);
    assert.equal($r('title').text().startsWith(payload), true);
    assert.deepEqual(
      $r('input[name=nation][checked]')
        .map((_, e) => $r(e).val())
        .get(),
      [payload],
    );
    assert.deepEqual(
      $r('.active-filters .chip-nation span[dir]')
        .map((_, e) => $r(e).text())
        .get(),
      [payload],
    );

    // 4. JSON snippets carry no markup but <mark>
    const api = await request(sys.app).get('/api/search').query({ q: MARKER, perPage: 100 });
    for (const hit of api.body.hits as { snippet: string; titleHighlighted?: string }[]) {
      assert.doesNotMatch(hit.snippet.replace(/<\/?mark>/g, ''), /[<>]/);
      assert.doesNotMatch((hit.titleHighlighted ?? '').replace(/<\/?mark>/g, ''), /[<>]/);
    }
  });
});

test('a stored javascript: URL is never a link on the article page', async () => {
  const doc = makeDoc({
    slug: 'js-url',
    title: 'Bad link',
    paragraphs: ['x'],
    publishedAt: '2019-02-01T00:00:00Z',
    url: 'javascript:alert(document.cookie)//',
  });
  sys.ctx.archive.saveDocument(doc);
  const res = await request(sys.app).get(`/articles/${doc.id}`);
  assert.equal(res.status, 200);
  const $ = assertInert(res.text, 'article with javascript: url');
  assert.equal($('.original-link').length, 0);
});

test('the error pages escape what they reflect', async () => {
  const res = await request(sys.app).get('/api/<script>alert(1)</script>');
  assert.equal(res.status, 404);
  assert.match(res.headers['content-type']!, /^application\/json/);
  const page = await request(sys.app).get('/').query({ q: '<script>alert(1)</script>', from: '<img src=x onerror=alert(1)>' });
  assert.equal(page.status, 400);
  const $ = assertInert(page.text, 'bad parameter page');
  assert.equal($('input#q').val(), '<script>alert(1)</script>');
});
