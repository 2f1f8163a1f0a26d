/**
 * Tests for the synthetic benchmark corpus (bench/corpus): determinism, schema-valid Documents,
 * page sizes, and that every layout carries the article's own paragraphs with its boilerplate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { Document } from '../../src/document.js';
import { countWords } from '../../src/extract/index.js';
import {
  generateArticles,
  iterateArticles,
  renderPage,
  slugify,
  toDocument,
  NATIONS,
  type ArticleSpec,
  type Layout,
} from '../../bench/corpus/index.js';
import { NOT_NATIONS } from '../../bench/corpus/data/nations.js';
import { presentTense } from '../../bench/corpus/verbs.js';

const LAYOUTS: readonly Layout[] = ['d7', 'd9', 'amp'];
const BODY_SELECTOR: Readonly<Record<Layout, string>> = {
  d7: '.field-name-body .field-item',
  d9: '.field--name-body',
  amp: '.field--name-body',
};
const READ_MORE = /^(Read (more|also):|اقرأ أيضاً)/;

function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body's own <p> texts, "Read more" lines left out, as a scraper would read them. */
function bodyParagraphs(html: string, layout: Layout): string[] {
  const $ = cheerio.load(html);
  return $(BODY_SELECTOR[layout])
    .first()
    .children('p')
    .map((_i, p) => normalise($(p).text()))
    .get()
    .filter((t) => !READ_MORE.test(t));
}

test('same seed gives identical articles and pages; another seed does not', () => {
  const a = generateArticles(25, { seed: 11, lang: 'mixed' });
  const b = generateArticles(25, { seed: 11, lang: 'mixed' });
  assert.deepEqual(a, b);
  for (const layout of LAYOUTS)
    assert.equal(renderPage(a[3]!, layout, { padToBytes: 60_000 }), renderPage(b[3]!, layout, { padToBytes: 60_000 }));
  const c = generateArticles(25, { seed: 12, lang: 'mixed' });
  assert.notDeepEqual(
    a.map((x) => x.title),
    c.map((x) => x.title),
  );
});

test('article i does not depend on the corpus size', () => {
  assert.deepEqual(generateArticles(5, { seed: 4 }), generateArticles(12, { seed: 4 }).slice(0, 5));
});

test('toDocument gives schema-valid Documents with derived id, body, hash and entities', () => {
  const articles = generateArticles(60, { seed: 7, lang: 'mixed' });
  for (const a of articles) {
    const doc = Document.parse(toDocument(a));
    const body = a.paragraphs.join('\n\n');
    assert.equal(doc.id, createHash('sha256').update(a.url).digest('hex').slice(0, 16));
    assert.equal(doc.body, body);
    assert.equal(doc.contentHash, createHash('sha256').update(body).digest('hex'));
    assert.equal(doc.wordCount, countWords(body));
    assert.deepEqual(doc.entities, { nations: [...a.nations].sort(), persons: [...a.persons].sort() });
    assert.equal(doc.extractor, 'generated');
  }
  assert.equal(new Set(articles.map((a) => a.url)).size, 60);
});

test('English articles have 300-800 words, dates in 2011-2025 and site URLs', () => {
  for (const a of generateArticles(200, { seed: 21 })) {
    const words = a.paragraphs.join(' ').split(' ').length;
    assert.ok(words >= 300 && words <= 800, `${words} words in ${a.url}`);
    const year = Number(a.publishedAt.slice(0, 4));
    assert.ok(year >= 2011 && year <= 2025, a.publishedAt);
    assert.match(a.url, /^https:\/\/www\.albawaba\.com\/(news|business|sports|entertainment|opinion|life-style|tech)\/[a-z0-9-]+-\d+$/);
  }
});

test('the ground truth names exactly what the text names', () => {
  for (const a of generateArticles(150, { seed: 5 })) {
    let text = [a.title, a.subtitle ?? '', ...a.paragraphs].join('\n');
    for (const p of a.persons) assert.ok(text.includes(p), `${p} not written in ${a.url}`);
    for (const name of a.nations) {
      const n = NATIONS.find((x) => x.name === name)!;
      // Lower-cased: a sentence or headline may start with "The United States".
      const forms = [...n.forms, n.demonym, n.people].map((f) => f.toLowerCase());
      assert.ok(
        forms.some((f) => text.toLowerCase().includes(f)),
        `${name} not written in ${a.url}`,
      );
    }
    for (const trap of [...NOT_NATIONS.lookalikes, ...NOT_NATIONS.places, 'Michael Jordan']) text = text.split(trap).join(' ');
    for (const n of NATIONS) {
      if (new RegExp(`\\b${n.name}\\b`).test(text))
        assert.ok(a.nations.includes(n.name), `${n.name} written but missing from the truth of ${a.url}`);
    }
  }
});

test('word distribution: a head in most articles, many persons and nations, a long tail', () => {
  const articles = generateArticles(600, { seed: 99 });
  const df = new Map<string, number>();
  for (const a of articles) {
    for (const w of new Set(
      a.paragraphs
        .join(' ')
        .toLowerCase()
        .split(/[^a-z]+/),
    ))
      df.set(w, (df.get(w) ?? 0) + 1);
  }
  assert.ok((df.get('said') ?? 0) > articles.length / 2, 'the head: "said" in most articles');
  const once = [...df.values()].filter((c) => c === 1).length;
  assert.ok(once > 1000, `long tail: ${once} words in a single article`);
  const mid = [...df.values()].filter((c) => c >= 6 && c <= 300).length;
  assert.ok(mid > 400, `mid band: ${mid} words in 1-50% of articles`);
  const persons = new Set(articles.flatMap((a) => a.persons));
  const nations = new Set(articles.flatMap((a) => a.nations));
  assert.ok(persons.size >= 300, `${persons.size} distinct persons`);
  assert.equal(nations.size, 60);
});

test('every layout carries the article paragraphs in its body, in order', () => {
  for (const a of generateArticles(12, { seed: 31, lang: 'mixed' })) {
    for (const layout of LAYOUTS) {
      assert.deepEqual(bodyParagraphs(renderPage(a, layout), layout), a.paragraphs, `${layout} ${a.url}`);
    }
  }
});

test('pages carry the layout markers and metadata', () => {
  const [a] = generateArticles(1, { seed: 2 }) as [ArticleSpec];
  const d7 = cheerio.load(renderPage(a, 'd7'));
  assert.equal(d7('h1.page-header').text(), a.title);
  assert.equal(d7('.field-name-field-publish-date .date-display-single').attr('content'), a.publishedAt.replace('Z', '+00:00'));
  assert.match(d7('.field-name-field-publish-date').text(), /^Published [A-Z][a-z]+ \d{1,2}(st|nd|rd|th), 20\d\d - \d\d:\d\d GMT$/);
  assert.equal(d7('link[rel=canonical]').attr('href'), a.url);
  const d9 = cheerio.load(renderPage(a, 'd9'));
  const ld = JSON.parse(d9('script[type="application/ld+json"]').text()) as { '@graph': { headline: string; datePublished: string }[] };
  assert.equal(ld['@graph'][0]!.headline, a.title);
  assert.equal(d9('time').attr('datetime'), a.publishedAt);
  assert.deepEqual(
    d9('.field--name-field-tags a')
      .map((_i, e) => d9(e).text())
      .get(),
    a.tags,
  );
  const amp = renderPage(a, 'amp');
  assert.match(amp, /^<!DOCTYPE html>\n<html ⚡ lang="en">/);
});

test('Arabic pages are right-to-left with Arabic-Indic date lines', () => {
  const a = generateArticles(40, { seed: 8, lang: 'ar' })[0]!;
  assert.equal(a.lang, 'ar');
  const $ = cheerio.load(renderPage(a, 'd7'));
  assert.equal($('html').attr('dir'), 'rtl');
  assert.match($('.date-display-single').text(), /^نشر بتاريخ [٠-٩]{1,2} \S+ [٠-٩]{4} - [٠-٩]{2}:[٠-٩]{2} بتوقيت غرينتش$/);
});

test('padToBytes grows pages to the asked size, within 4 KB above it', () => {
  const [a] = generateArticles(1, { seed: 3, lang: 'en' }) as [ArticleSpec];
  for (const layout of LAYOUTS) {
    assert.ok(Buffer.byteLength(renderPage(a, layout)) < 50_000);
    for (const target of [50_000, 120_000, 200_000]) {
      const html = renderPage(a, layout, { padToBytes: target });
      const size = Buffer.byteLength(html);
      assert.ok(size >= target && size <= target + 4096, `${layout} ${target}: ${size}`);
      assert.deepEqual(bodyParagraphs(html, layout), a.paragraphs);
    }
  }
});

test('slugs: Latin accents dropped, Arabic letters kept whole', () => {
  assert.equal(slugify('Saudi Arabia Stuns Argentina, Hervé Renard’s Side'), 'saudi-arabia-stuns-argentina-herve-renard-s-side');
  assert.equal(slugify('مصر ترفع أسعار الكهرباء'), 'مصر-ترفع-أسعار-الكهرباء');
});

test('iterateArticles yields the same articles as generateArticles', () => {
  assert.deepEqual([...iterateArticles(8, { seed: 6, lang: 'mixed' })], generateArticles(8, { seed: 6, lang: 'mixed' }));
});

test('headline verbs in the present tense', () => {
  assert.deepEqual(['approved', 'ratified', 'banned', 'won', 'slashed', 'scored', 'rolled out'].map(presentTense), [
    'approves',
    'ratifies',
    'bans',
    'wins',
    'slashes',
    'scores',
    'rolls out',
  ]);
});
