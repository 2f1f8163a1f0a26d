/**
 * @module Inputs for fuzzing the parser and the check every input must pass: parseDocument
 * returns a Document that satisfies the schema, or throws a ParseError with a known code.
 * Anything else (another exception, an invalid Document) is a crash. Shared by the bounded
 * run in `npm test` (test/fuzz/parser.test.ts) and `npm run stress` (test/stress/run.ts).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { Document } from '../../src/document.js';
import { ParseError } from '../../src/errors.js';
import { parseDocument } from '../../src/parse/index.js';

export interface FuzzInput {
  label: string;
  bytes?: Uint8Array;
  html?: string;
  contentType?: string;
}

export type Outcome =
  { kind: 'document'; ms: number } | { kind: 'error'; code: string; ms: number } | { kind: 'crash'; ms: number; error: string };

const KNOWN_CODES = new Set(['not_html', 'no_article', 'too_large', 'decode_failed']);

/** Parse one input and classify the result. Never throws. */
export function runInput(input: FuzzInput, entities = true): Outcome {
  const start = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
  try {
    const doc = parseDocument(
      { bytes: input.bytes, html: input.html, contentType: input.contentType, url: 'https://fuzz.example/page', source: input.label },
      { entities },
    );
    const checked = Document.safeParse(doc);
    if (!checked.success) return { kind: 'crash', ms: ms(), error: `invalid Document: ${checked.error.message.slice(0, 300)}` };
    return { kind: 'document', ms: ms() };
  } catch (err) {
    if (err instanceof ParseError && KNOWN_CODES.has(err.code)) return { kind: 'error', code: err.code, ms: ms() };
    return { kind: 'crash', ms: ms(), error: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err) };
  }
}

/** Our own sample pages, as the seeds of mutations. */
export const SAMPLE = readFileSync(new URL('../scrapers/pages/albawaba-d7.html', import.meta.url));
export const SMALL_SAMPLE = Buffer.from(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port Reopens | Al Bawaba</title>
<link rel="canonical" href="https://www.albawaba.com/news/port-reopens-1"></head><body>
<h1 class="page-header">Port Reopens</h1><div class="field field-name-field-publish-date"><span>Published May 2nd, 2016 - 10:00 GMT</span></div>
<div class="field field-name-body"><p>The port reopened on Monday after a week of repairs, officials said.</p>
<p>Ships queued&nbsp;outside the harbour for most of the day.</p></div></body></html>`);

// ---- arbitraries ------------------------------------------------------------------------------

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'article',
  'section',
  'main',
  'h1',
  'h2',
  'time',
  'script',
  'style',
  'meta',
  'link',
  'title',
  'head',
  'body',
  'html',
  'br',
  'img',
  'ul',
  'ol',
  'li',
  'figure',
  'figcaption',
  'blockquote',
  'amp-img',
  'table',
  'td',
  'noscript',
  'iframe',
  'template',
  'svg',
  'nav',
  'aside',
  'footer',
  'strong',
  'em',
  'textarea',
  'xmp',
] as const;
const ATTR_NAMES = [
  'class',
  'id',
  'href',
  'datetime',
  'content',
  'property',
  'name',
  'rel',
  'lang',
  'charset',
  'itemprop',
  'type',
  'hidden',
  'role',
  'http-equiv',
] as const;
const ATTR_VALUES = [
  'field--name-body',
  'field-name-body',
  'field-item',
  'breadcrumb',
  'canonical',
  'og:url',
  'og:title',
  'article:published_time',
  'application/ld+json',
  'page-header',
  '2016-01-21T05:53:00Z',
  '9999-99-99T99:99',
  'https://www.albawaba.com/x',
  '/relative',
  'javascript:alert(1)',
  'twitter-tweet',
  'ar',
  'en',
  'windows-1256',
  'x-unknown',
  'tag',
  'articleBody',
  'Al Bawaba',
] as const;
const TEXTS = [
  'Published January 21st, 2016 - 05:53 GMT',
  'نشر بتاريخ ١٦ سبتمبر ٢٠١٤ - ٠٨:٤٠ بتوقيت غرينتش',
  'Read more: elsewhere',
  'اقرأ أيضاً: خبر',
  '&nbsp;&amp;&#x27;&#99999999;&bogus;',
  'Home',
  'Al Bawaba',
  '© 2016 All rights reserved',
  '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2020-01-01T00:00:00Z","author":[{"name":"A"}]}]}',
  '{"@type":',
  'The minister said on Tuesday that talks with the neighbouring states would continue, despite objections.',
  'قال الوزير إن المحادثات ستستمر رغم الاعتراضات، مضيفاً أن الحكومة ملتزمة بالاتفاق.',
  '\u0000\u0001\ufffd\ud800',
  '<',
  '>',
  '</',
  '<!--',
  ']]>',
] as const;

const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const attr = fc
  .tuple(fc.constantFrom(...ATTR_NAMES), fc.oneof(fc.constantFrom(...ATTR_VALUES), fc.string({ maxLength: 20 })))
  .map(([k, v]) => ` ${k}="${v.replace(/"/gu, '&quot;')}"`);

/** Random tag soup: nested elements from a news-page vocabulary, some left unclosed. */
export const tagSoup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attrs: fc.array(attr, { maxLength: 4 }),
        children: fc.array(tie('node'), { maxLength: 5 }),
        close: fc.boolean(),
      })
      .map(({ tag, attrs, children, close }) => `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

/** Byte-level mutations of a sample page: flips, insertions, deletions, truncation. */
export const mutatedSample: fc.Arbitrary<Uint8Array> = fc
  .record({
    edits: fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('flip', 'insert', 'delete'), byte: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 20,
    }),
    truncateAt: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ edits, truncateAt }) => {
    const bytes = [...SAMPLE];
    for (const e of edits) {
      const i = e.at % (bytes.length + 1);
      if (e.op === 'flip' && i < bytes.length) bytes[i] = e.byte;
      else if (e.op === 'insert') bytes.splice(i, 0, e.byte);
      else if (e.op === 'delete') bytes.splice(i, 1);
    }
    return Uint8Array.from(truncateAt === undefined ? bytes : bytes.slice(0, truncateAt % (bytes.length + 1)));
  });

/** A page in one charset declared as another, or with invalid UTF-8 spliced in. */
export const mixedCharsets: fc.Arbitrary<FuzzInput> = fc
  .record({
    encodeAs: fc.constantFrom('utf-8', 'windows-1256', 'windows-1252', 'utf-16le', 'iso-8859-6'),
    declare: fc.constantFrom('utf-8', 'windows-1256', 'iso-8859-1', 'utf-16', 'shift_jis', 'nonsense', ''),
    header: fc.option(
      fc.constantFrom('text/html; charset=utf-8', 'text/html; charset=windows-1256', 'text/html', 'application/octet-stream', 'image/png'),
      { nil: undefined },
    ),
    junk: fc.uint8Array({ maxLength: 64 }),
  })
  .map(({ encodeAs, declare, header, junk }) => {
    const page = SMALL_SAMPLE.toString('utf8')
      .replace('<meta charset="utf-8">', declare ? `<meta charset="${declare}">` : '')
      .replace('The port reopened', 'The port reopened (أعادت الميناء فتح أبوابها)');
    const encoded = iconv.encode(page, encodeAs);
    const cut = Math.floor(encoded.length / 2);
    return {
      label: `charset ${encodeAs} declared ${declare || 'none'}`,
      bytes: Buffer.concat([encoded.subarray(0, cut), Buffer.from(junk), encoded.subarray(cut)]),
      contentType: header,
    };
  });

/** Every kind of generated input, labelled. */
export const anyInput: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 4, arbitrary: tagSoup.map((html) => ({ label: 'tag soup', html })) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ label: 'random bytes', bytes })) },
  { weight: 2, arbitrary: mutatedSample.map((bytes) => ({ label: 'mutated sample', bytes })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }).map((html) => ({ label: 'unicode string', html })) },
  { weight: 1, arbitrary: mixedCharsets },
);

// ---- fixed heavy cases ------------------------------------------------------------------------

const MB = 1024 * 1024;

/**
 * The large and pathological inputs, built on demand. `scale` shrinks the big ones for the
 * bounded run in `npm test` (0.1); `npm run stress` uses them at full size (1). The 20 MB case
 * stays 20 MB: it is about the size limit itself.
 */
export const HEAVY_CASES: readonly { label: string; make: (scale: number) => FuzzInput; expect: 'document' | 'error' | 'either' }[] = [
  {
    label: '20 MB of <div>',
    expect: 'error',
    make: () => ({ label: '20 MB of <div>', bytes: Buffer.from('<div>'.repeat((20 * MB) / 5)) }),
  },
  {
    label: 'up to 9 MB of unclosed <div>',
    expect: 'error',
    make: (k) => ({ label: 'unclosed divs', bytes: Buffer.from('<div>'.repeat(Math.round((9 * MB * k) / 5))) }),
  },
  {
    label: 'up to 100,000 nested <div> around a page',
    expect: 'either',
    make: (k) => ({ label: 'deep', html: '<div>'.repeat(100_000 * k) + SMALL_SAMPLE.toString() + '</div>'.repeat(100_000 * k) }),
  },
  {
    label: 'up to 100,000 nested <span> in a <p>',
    expect: 'either',
    make: (k) => ({ label: 'deep spans', html: `<p>${'<span>'.repeat(100_000 * k)}text` }),
  },
  {
    label: 'a giant attribute value (up to 5 MB)',
    expect: 'document',
    make: (k) => ({
      label: 'giant attribute',
      html: SMALL_SAMPLE.toString().replace('<h1 class="page-header">', `<h1 class="page-header" data-x="${'x'.repeat(5 * MB * k)}">`),
    }),
  },
  {
    label: 'up to 50,000 attributes on one element',
    expect: 'document',
    make: (k) => ({
      label: 'many attributes',
      html: SMALL_SAMPLE.toString().replace('<body>', `<body ${Array.from({ length: 50_000 * k }, (_, i) => `a${i}="${i}"`).join(' ')}>`),
    }),
  },
  {
    label: 'a giant paragraph (up to 5 MB)',
    expect: 'document',
    make: (k) => ({
      label: 'giant paragraph',
      html: SMALL_SAMPLE.toString().replace('Ships queued', `${'word '.repeat(MB * k)}Ships queued`),
    }),
  },
  {
    label: 'up to 200,000 paragraphs',
    expect: 'document',
    make: (k) => ({
      label: 'many paragraphs',
      html: SMALL_SAMPLE.toString().replace('<p>Ships', `${'<p>Short line, with a comma, of prose text.</p>'.repeat(200_000 * k)}<p>Ships`),
    }),
  },
  {
    label: 'a JSON-LD block nested up to 100,000 deep',
    expect: 'document',
    make: (k) => ({
      label: 'deep JSON-LD',
      html: SMALL_SAMPLE.toString().replace(
        '</head>',
        `<script type="application/ld+json">${'['.repeat(100_000 * k)}${']'.repeat(100_000 * k)}</script></head>`,
      ),
    }),
  },
  {
    label: 'invalid UTF-8 everywhere',
    expect: 'error',
    make: (k) => ({
      label: 'invalid utf-8',
      bytes: Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(MB * k, 0xff), Buffer.from('</p></body></html>')]),
    }),
  },
  {
    label: 'one unterminated comment (up to 1 MB)',
    expect: 'error',
    make: (k) => ({ label: 'open comment', html: `<html><body><!--${'x'.repeat(MB * k)}` }),
  },
];
