import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeHtml, MAX_PAGE_BYTES, resolveLabel } from '../../src/extract/index.js';
import type { DecodeWarning } from '../../src/extract/decode.js';
import { ParseError } from '../../src/errors.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body><p>${body}</p></body></html>`;
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof ParseError ? err.code : `not a ParseError: ${String(err)}`;
  }
  return 'no error';
};

test('UTF-8 is the default', () => {
  const html = page('', 'naïve café – “quoted”');
  assert.equal(decodeHtml(new TextEncoder().encode(html)), html);
});

test('a UTF-8 BOM is honoured and removed, even against a meta declaration', () => {
  const html = page('<meta charset="windows-1256">', 'مرحبا');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
  assert.equal(decodeHtml(bytes), html);
});

test('a UTF-16LE BOM page decodes', () => {
  const html = page('', 'hello');
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
  assert.equal(decodeHtml(bytes), html);
});

test('<meta charset> and <meta http-equiv> select windows-1256', () => {
  for (const head of ['<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">']) {
    const html = page(head, 'أخبار الأردن');
    assert.equal(decodeHtml(iconv.encode(html, 'windows-1256')), html);
  }
});

test('the Content-Type header charset comes before the meta declaration', () => {
  const html = page('<meta charset="utf-8">', 'أخبار');
  assert.equal(decodeHtml(iconv.encode(html, 'windows-1256'), { contentType: 'text/html; charset="windows-1256"' }), html);
});

test('iso-8859-1 labels read as windows-1252', () => {
  assert.equal(resolveLabel('ISO-8859-1'), 'windows-1252');
  assert.equal(resolveLabel('latin1'), 'windows-1252');
  assert.equal(resolveLabel('utf-16'), 'utf-8');
  assert.equal(resolveLabel('no-such-charset'), null);
  const html = page('<meta charset="iso-8859-1">', 'Zürich – “Grüße”');
  assert.equal(decodeHtml(iconv.encode(html, 'windows-1252')), html);
});

test('an unknown charset label falls back to UTF-8', () => {
  const html = page('<meta charset="x-made-up">', 'plain');
  assert.equal(decodeHtml(Buffer.from(html)), html);
});

test('errors: too_large, not_html for binary and non-HTML types, decode_failed for garbage', () => {
  assert.equal(
    code(() => decodeHtml(new Uint8Array(MAX_PAGE_BYTES + 1))),
    'too_large',
  );
  assert.equal(
    code(() => decodeHtml(Buffer.from('%PDF-1.7\n<html>'))),
    'not_html',
  );
  assert.equal(
    code(() => decodeHtml(Buffer.from('<html></html>'), { contentType: 'image/png' })),
    'not_html',
  );
  assert.equal(
    code(() => decodeHtml(Buffer.from('no markup here'))),
    'not_html',
  );
  // Valid markup declaring UTF-8 wrapped around a mass of invalid UTF-8 (lone continuation bytes).
  const garbage = Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'),
    Buffer.alloc(3000, 0x80),
    Buffer.from('</p></body></html>'),
  ]);
  assert.equal(
    code(() => decodeHtml(garbage)),
    'decode_failed',
  );
});

test('in a page declared UTF-8, a few invalid bytes become replacement characters, not an error', () => {
  const bytes = Buffer.concat([Buffer.from('<html><body><p>caf'), Buffer.from([0xe9]), Buffer.from(' au lait</p></body></html>')]);
  assert.equal(decodeHtml(bytes, { contentType: 'text/html; charset=utf-8' }), '<html><body><p>caf\ufffd au lait</p></body></html>');
});

test('a page that declares nothing and is not UTF-8 is read in the legacy encoding its text suggests, with a warning', () => {
  const warnings: DecodeWarning[] = [];
  const onWarning = (w: DecodeWarning) => warnings.push(w);
  const latin = page('', 'Café owners in Zürich, said José Muñoz — “closed”');
  assert.equal(decodeHtml(iconv.encode(latin, 'windows-1252'), { source: 'old/latin.html', onWarning }), latin);
  const arabic = page('', 'أعلنت الحكومة الأردنية افتتاح المشروع في العاصمة');
  assert.equal(decodeHtml(iconv.encode(arabic, 'windows-1256'), { source: 'old/arabic.html', onWarning }), arabic);
  assert.deepEqual(warnings, [
    {
      code: 'charset_guessed',
      message: 'old/latin.html: no charset declared and the bytes are not valid UTF-8; decoded as windows-1252',
      declared: 'none',
      used: 'windows-1252',
    },
    {
      code: 'charset_guessed',
      message: 'old/arabic.html: no charset declared and the bytes are not valid UTF-8; decoded as windows-1256',
      declared: 'none',
      used: 'windows-1256',
    },
  ]);
  // valid UTF-8 that declares nothing is UTF-8, without a warning
  assert.equal(decodeHtml(Buffer.from(arabic), { onWarning }), arabic);
  assert.equal(warnings.length, 2);
});

test("a commented-out charset declaration does not count, as in the HTML standard's prescan", () => {
  const html = page(
    '<!-- old template: <meta http-equiv="Content-Type" content="text/html; charset=windows-1256"> --><meta charset="utf-8">',
    'مرحبا بكم',
  );
  assert.equal(decodeHtml(Buffer.from(html)), html);
  const open = page('<meta charset="windows-1256"><!-- <meta charset="utf-8">', 'أخبار');
  assert.equal(decodeHtml(iconv.encode(open, 'windows-1256')), open);
});

test('errors name the source', () => {
  assert.throws(
    () => decodeHtml(Buffer.from('nothing'), { source: 'pages/a.html' }),
    /^ParseError: pages\/a\.html: no HTML markup found$/u,
  );
});
