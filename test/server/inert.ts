/**
 * `assertInert(html)`: the page holds no markup but our own: the one deferred script, our
 * stylesheet, icon and feed link, our two inline SVGs, no event-handler attribute, no script-capable URL,
 * no embedding element, and <mark> elements holding text only. Used by the hostile XSS tests.
 */
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';

const OUR_SCRIPT = /^\/assets\/app\.js\?v=[0-9a-f]{10}$/;
const OUR_LINKS = /^\/assets\/(app\.css|favicon\.svg)\?v=[0-9a-f]{10}$/;
// the search page's <link rel="alternate"> to the Atom feed of its search
const OUR_FEED = /^\/feeds\/search\.atom(\?[^"<>\s]*)?$/;
// forms submit to our own pages: the search, a profile (its path the percent-encoded name), the trends and batch pages
const OUR_FORM_ACTION = /^\/((nations|persons)\/[^"<>\s?#/]+|trends|batch)?$/;
const FORBIDDEN_ELEMENTS = [
  'iframe',
  'object',
  'embed',
  'img',
  'style',
  'base',
  'frame',
  'frameset',
  'applet',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'];
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

export function assertInert(html: string, where: string): cheerio.CheerioAPI {
  const $ = cheerio.load(html);
  $('script').each((_, el) => {
    assert.match($(el).attr('src') ?? '', OUR_SCRIPT, `${where}: foreign <script>`);
    assert.equal($(el).text(), '', `${where}: inline script`);
  });
  $('link').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    assert.ok(OUR_LINKS.test(href) || ($(el).attr('rel') === 'alternate' && OUR_FEED.test(href)), `${where}: foreign <link> ${href}`);
  });
  $('meta[http-equiv]').each(() => assert.fail(`${where}: <meta http-equiv>`));
  for (const name of FORBIDDEN_ELEMENTS) assert.equal($(name).length, 0, `${where}: <${name}> present`);
  $('svg').each((_, el) => assert.match($(el).attr('class') ?? '', /^(chart-svg|searchbox-icon)$/, `${where}: foreign <svg>`));
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(!/^on/i.test(name), `${where}: event attribute ${name} on <${el.name}>`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) assert.doesNotMatch(value, SCRIPT_URL, `${where}: script URL in ${name}`);
    }
  });
  $('mark').each((_, el) => assert.equal($(el).children().length, 0, `${where}: markup inside <mark>`));
  $('form').each((_, el) => assert.match($(el).attr('action') ?? '', OUR_FORM_ACTION, `${where}: foreign form`));
  return $;
}
