import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostOf } from '../../src/extract/index.js';
import { frontierKey, normalizeOrNull, normalizeUrl } from '../../src/crawl/url.js';

test('normalizeUrl: lower-case scheme and host, default port, fragment, trailing slash', () => {
  assert.deepEqual(normalizeUrl('HTTPS://WWW.AlBawaba.com:443/News/Story-1234567/#comments'), {
    url: 'https://www.albawaba.com/News/Story-1234567',
  });
  assert.deepEqual(normalizeUrl('http://example.com:80'), { url: 'http://example.com/' });
  assert.deepEqual(normalizeUrl('http://example.com:8080/a//'), { url: 'http://example.com:8080/a' });
  assert.deepEqual(normalizeUrl('http://user:pw@example.com/a'), { url: 'http://example.com/a' });
});

test('normalizeUrl: tracking parameters dropped, the rest sorted by key and kept as written', () => {
  assert.deepEqual(normalizeUrl('https://example.com/news?utm_source=tw&page=2&fbclid=abc&b=1&gclid=x&utm_medium=social&a=z'), {
    url: 'https://example.com/news?a=z&b=1&page=2',
  });
  assert.deepEqual(normalizeUrl('https://example.com/story?utm_campaign=x'), { url: 'https://example.com/story' });
  assert.deepEqual(normalizeUrl('https://example.com/story?amp'), { url: 'https://example.com/story?amp' });
  assert.deepEqual(normalizeUrl('https://example.com/s?b=2&a=1&b=1'), { url: 'https://example.com/s?a=1&b=2&b=1' });
});

test('normalizeUrl: relative links resolve against the page; non-http(s) is refused', () => {
  assert.deepEqual(normalizeUrl('../business/x-1?ref_src=tw', 'https://example.com/news/a/'), {
    url: 'https://example.com/news/business/x-1',
  });
  assert.deepEqual(normalizeUrl('javascript:alert(1)'), { refused: 'scheme' });
  assert.deepEqual(normalizeUrl(' JavaScript:void(0)', 'https://example.com/'), { refused: 'scheme' });
  assert.deepEqual(normalizeUrl('mailto:desk@example.com'), { refused: 'scheme' });
  assert.deepEqual(normalizeUrl('ftp://example.com/file'), { refused: 'scheme' });
  assert.deepEqual(normalizeUrl('file:///etc/passwd'), { refused: 'scheme' });
  assert.deepEqual(normalizeUrl('data:text/html,<script>alert(1)</script>'), { refused: 'scheme' });
  assert.deepEqual(normalizeUrl('http://[::1'), { refused: 'invalid_url' });
  assert.deepEqual(normalizeUrl('/relative/without/base'), { refused: 'invalid_url' });
  assert.equal(normalizeOrNull('tel:+962'), null);
});

test('normalizeUrl: Arabic paths are percent-encoded once, so two spellings meet', () => {
  const encoded = normalizeOrNull('https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/x-903876');
  assert.equal(normalizeOrNull('https://www.albawaba.com/ar/أخبار/x-903876'), encoded);
  assert.equal(encoded, 'https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/x-903876');
});

test('hostOf: the whole lower-case host, so an allowed-host check is an exact match', () => {
  const hosts = new Set(['www.albawaba.com']);
  assert.equal(hosts.has(hostOf('https://WWW.Albawaba.com/news')), true);
  assert.equal(hosts.has(hostOf('https://albawaba.com/news')), false);
  assert.equal(hosts.has(hostOf('https://www.albawaba.com.evil.example/news')), false);
  assert.equal(hostOf('not a url'), '');
});

test('normalizeUrl keepTrailingSlash: the URL to request keeps the path as written', () => {
  assert.deepEqual(normalizeUrl('https://Example.com/news/?utm_source=x#top', undefined, { keepTrailingSlash: true }), {
    url: 'https://example.com/news/',
  });
  assert.equal(frontierKey('https://example.com/news/'), 'https://example.com/news');
});
