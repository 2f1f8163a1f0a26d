// The search page in a real browser (Debian's chromium through playwright-core): the server is
// started as `serve --demo` starts it (startServer over a temp data dir, demo pages ingested), then
// a visitor searches, filters, opens an article, follows a person, and hostile markup runs nothing.
// Screenshots go to test-output/. No chromium: skipped with the reason, except under CI (fails).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openContext, type AppContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { drainOutbox } from '../../src/pipeline/index.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { makeDoc } from '../server/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT = 'test-output';
const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env.CI ? `${CHROMIUM} not installed (apt-get install chromium); CI installs it` : false;
// Each browser step waits at most this long: the page answers in well under a second.
const STEP_MS = 15_000;

// Our own hostile article, beside the demo's zz-security-test page.
const HOSTILE = makeDoc({
  slug: 'e2e-hostile',
  title: 'Hostile <script>window.__xss = 1</script> title <img src=x onerror="window.__xss = 2">',
  paragraphs: ['Body <script>window.__xss = 3</script> text.', '<svg onload="window.__xss = 4"></svg> and <b onclick="x()">bold</b>'],
  publishedAt: '2020-06-01T10:00:00Z',
  nations: ['France'],
  persons: ['<script>alert(1)</script>'],
});

let dir: string;
let ctx: AppContext;
let server: RunningServer;
let browser: Browser;

before(
  async () => {
    if (skip) return;
    assert.ok(!missing, `${CHROMIUM} is missing but CI is set: the browser test must run in CI`);
    mkdirSync(OUT, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'archivist-e2e-'));
    ctx = await openContext(loadConfig({ ARCHIVIST_DATA_DIR: dir }), { log: silentLogger() });
    server = await startServer(ctx, { port: 0, host: '127.0.0.1', demo: true, searchCache: false });
    ctx.archive.saveDocument(HOSTILE);
    await drainOutbox(ctx);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close();
  await server?.close();
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function api(path: string) {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, path);
  return (await res.json()) as { total: number; hits: { id: string; title: string }[] };
}

async function openPage(opts: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, dialogs, errors };
}

const shownTotal = async (page: Page) => Number((await page.textContent('.result-count .total'))!.replace(/,/g, ''));
const hitTitles = (page: Page) => page.$$eval('.hit-title a', (as) => as.map((a) => a.textContent));

test('search as you type, tick a nation, open an article, follow a person', { skip, timeout: 120_000 }, async () => {
  const { page, dialogs, errors } = await openPage();
  await page.goto(`${server.url}/`);
  assert.equal(await shownTotal(page), (await api('/api/search')).total);

  // 1. typing updates the results and the URL, no reload
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.fill('#q', 'coalition');
  await page.waitForFunction(() => document.querySelector('.result-count .query')?.textContent === 'coalition');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'coalition');
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1, 'the page was reloaded');
  const all = await api('/api/search?q=coalition');
  assert.ok(all.total > 1);
  assert.equal(await shownTotal(page), all.total);
  assert.deepEqual(
    await hitTitles(page),
    all.hits.map((h) => h.title),
  );

  // 2. tick France: the count and the hits change to the filtered search
  await page.check('#facet-nation input[value="France"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).getAll('nation').includes('France'));
  await page.waitForSelector('.active-filters .chip-nation');
  const france = await api('/api/search?q=coalition&nation=France');
  assert.ok(france.total < all.total && france.total > 0, `France ${france.total} of ${all.total}`);
  assert.equal(await shownTotal(page), france.total);
  assert.deepEqual(
    await hitTitles(page),
    france.hits.map((h) => h.title),
  );
  assert.equal(await page.isChecked('#facet-nation input[value="France"]'), true);
  await page.screenshot({ path: `${OUT}/e2e-search-france.png`, fullPage: true });

  // 3. links inside the results load in place (remove the filter chip), Back restores the filter
  await page.click('.active-filters a.chip-nation');
  await page.waitForFunction(() => !location.search.includes('nation='));
  await page.waitForFunction((n) => document.querySelector('.result-count .total')?.textContent === String(n), all.total);
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1, 'the page was reloaded');
  await page.goBack();
  await page.waitForFunction((n) => document.querySelector('.result-count .total')?.textContent === String(n), france.total);
  assert.equal(await page.isChecked('#facet-nation input[value="France"]'), true);

  // 4. open the first article
  await Promise.all([page.waitForURL(/\/articles\/[0-9a-f]{16}\?back=/), page.click('.hit-title a >> nth=0')]);
  assert.equal(await page.textContent('h1.article-title'), france.hits[0]!.title);
  // "← Search" returns to the search that led here (issue 19.13)
  assert.equal(await page.getAttribute('.back-link', 'href'), '/?q=coalition&nation=France');
  await page.screenshot({ path: `${OUT}/e2e-article.png`, fullPage: true });

  // 5. follow a person's search link (beside the chip, which opens the profile): a search filtered by that person
  const person = (await page.textContent('.article-aside .chip-person >> nth=0'))!;
  await Promise.all([page.waitForURL(/\/\?person=/), page.click('.article-aside .chip-person + .chip-profile >> nth=0')]);
  const byPerson = await api(`/api/search?person=${encodeURIComponent(person)}`);
  assert.ok(byPerson.total >= 1);
  assert.equal(await shownTotal(page), byPerson.total);
  assert.equal(await page.isChecked(`#facet-person input[value="${person.replace(/"/g, '\\"')}"]`), true);
  await page.screenshot({ path: `${OUT}/e2e-person.png`, fullPage: true });
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
});

test('the filter box narrows a long person list, searching inside "Show more" too', { skip, timeout: 60_000 }, async () => {
  const { page } = await openPage();
  await page.goto(`${server.url}/`);
  const all = await page.$$eval('#facet-person .facet-name', (els) => els.map((e) => e.textContent));
  assert.ok(all.length > 8, `only ${all.length} persons: no filter box to test`);
  const last = all[all.length - 1]!; // from the hidden tail of the list
  const needle = last.toUpperCase(); // any case (a part of a name could also be in another person's aliases)
  await page.fill('#facet-person .facet-filter', needle);
  const visible = await page.$$eval('#facet-person li:not([hidden]) .facet-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(visible, [last]);
  assert.ok(visible.length < all.length);
  await page.fill('#facet-person .facet-filter', 'no such person at all');
  assert.equal(await page.isVisible('#facet-person .facet-nomatch'), true);
});

test('the filter box finds a nation or person by any of its names, in either script', { skip, timeout: 60_000 }, async () => {
  const { page } = await openPage();
  await page.goto(`${server.url}/`);
  const shown = async (facet: string, needle: string) => {
    await page.fill(`#facet-${facet} .facet-filter`, needle);
    return page.$$eval(`#facet-${facet} li:not([hidden]) .facet-name`, (els) => els.map((e) => e.textContent));
  };
  // Arabic names (السعودية folded as the server folds it: ة is ه), without the hamza (الاردن), an alias
  assert.deepEqual(await shown('nation', 'السعودية'), ['Saudi Arabia']);
  assert.deepEqual(await shown('nation', 'الاردن'), ['Jordan']);
  assert.deepEqual(await shown('person', 'mbs'), ['Mohammed bin Salman']);
  assert.deepEqual(await shown('person', 'محمد بن سلمان'), ['Mohammed bin Salman']);
});

test('with JavaScript off the page is a plain GET form', { skip, timeout: 60_000 }, async () => {
  const { page } = await openPage({ javaScriptEnabled: false });
  await page.goto(`${server.url}/`);
  await page.fill('#q', 'coalition');
  await Promise.all([page.waitForURL(/\?q=coalition/), page.press('#q', 'Enter')]);
  assert.equal(await shownTotal(page), (await api('/api/search?q=coalition')).total);
  await page.check('#facet-nation input[value="France"]');
  await Promise.all([page.waitForURL(/nation=France/), page.click('.apply-filters')]);
  assert.equal(await shownTotal(page), (await api('/api/search?q=coalition&nation=France')).total);
});

test('script in article titles and bodies shows as text and runs nothing', { skip, timeout: 60_000 }, async () => {
  const { page, dialogs, errors } = await openPage();
  const demo = await api(`/api/search?q=${encodeURIComponent('careless comment forms')}`);
  assert.ok(demo.total >= 1, "the demo page zz-security-test ('… Slips Past Careless Comment Forms') is not in the archive");
  const ids = [HOSTILE.id, ...demo.hits.slice(0, 1).map((h) => h.id)];
  for (const id of ids) {
    await page.goto(`${server.url}/articles/${id}`);
    const title = (await page.textContent('h1.article-title'))!;
    assert.match(title, /<script>/, `article ${id} title`);
    assert.equal(await page.$$eval('script', (s) => s.length), 1);
    assert.equal(await page.$$eval('.article img, .article svg, .article b', (e) => e.length), 0);
  }
  assert.equal(await page.textContent('h1.article-title'), demo.hits[0]!.title);
  await page.goto(`${server.url}/articles/${HOSTILE.id}`);
  assert.deepEqual(await page.$$eval('.article-body p', (ps) => ps.map((p) => p.textContent)), HOSTILE.paragraphs);
  await page.goto(`${server.url}/?q=${encodeURIComponent('hostile <img src=x onerror=alert(1)>')}`);
  await page.fill('#q', 'hostile title');
  await page.waitForFunction(() => document.querySelector('.result-count .query')?.textContent === 'hostile title');
  assert.equal(await page.textContent('.hit-title a'), HOSTILE.title);
  await page.screenshot({ path: `${OUT}/e2e-hostile.png`, fullPage: true });
  await page.waitForTimeout(300); // let any injected handler fire if one had slipped through
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
});

test(
  'at 390 px wide the chart labels are readable and an Arabic facet label sits beside its checkbox (issue 19.12)',
  { skip, timeout: 60_000 },
  async () => {
    const { page } = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/`);
    const labels = await page.$$eval('.chart-svg .bar-label', (els) =>
      els.map((e) => ({
        minor: e.classList.contains('minor'),
        shown: getComputedStyle(e).display !== 'none',
        height: e.getBoundingClientRect().height,
      })),
    );
    assert.ok(labels.length >= 2, 'the demo archive spans several years');
    assert.deepEqual(
      labels.map((l) => l.shown),
      labels.map((l) => !l.minor),
    );
    for (const l of labels.filter((x) => x.shown)) assert.ok(l.height >= 9, `a chart label ${l.height.toFixed(1)} px high cannot be read`);
    const gaps = await page.$$eval('#facet-section .facet-row', (rows) =>
      rows
        .filter((r) => /\p{Script=Arabic}/u.test(r.querySelector('.facet-name')!.textContent))
        .map((r) => {
          const box = r.querySelector('input')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(r.querySelector('.facet-name')!);
          return range.getBoundingClientRect().left - box.right;
        }),
    );
    assert.ok(gaps.length >= 1, 'the demo archive has Arabic sections');
    for (const gap of gaps) assert.ok(gap < 16, `an Arabic label starts ${gap.toFixed(0)} px from its checkbox`);
    await page.screenshot({ path: `${OUT}/e2e-phone.png`, fullPage: true });
    await page.context().close();
  },
);

test('a profile from a chip, the trends chart, and an export downloaded from the search page', { skip, timeout: 120_000 }, async () => {
  const { page, dialogs, errors } = await openPage();
  // 1. the ↗ beside a hit's person chip opens that person's profile, drawn from the same data as the API
  await page.goto(`${server.url}/?q=coalition`);
  const person = (await page.textContent('.hits .chip-person >> nth=0'))!;
  await Promise.all([page.waitForURL(/\/persons\//), page.click('.hits .chip-person + .chip-profile >> nth=0')]);
  const profileRes = await fetch(`${server.url}/api/entities/persons/${encodeURIComponent(person)}`);
  const profile = (await profileRes.json()) as {
    entity: { labelAr: string | null };
    total: number;
    timeline: { period: string; count: number }[];
    coMentions: { nations: { value: string }[] };
    latest: { title: string }[];
  };
  // the heading: the label, and the Arabic name beside it when the registry has one
  assert.equal((await page.textContent('h1.profile-title'))!.startsWith(person), true);
  assert.equal(await page.textContent('h1.profile-title'), `${person} ${profile.entity.labelAr ?? ''}`.trim());
  assert.equal(Number((await page.textContent('.profile-summary strong'))!.replace(/,/g, '')), profile.total);
  assert.equal(await page.locator('.chart .bar').count(), profile.timeline.length);
  assert.deepEqual(
    await page.$$eval('.profile-aside .card:first-child .count-list li > a:first-child', (as) => as.map((a) => a.textContent)),
    profile.coMentions.nations.map((n) => n.value),
  );
  assert.deepEqual(
    await page.$$eval('.profile-hits:last-of-type .profile-hit-list a', (as) => as.map((a) => a.textContent)),
    profile.latest.map((h) => h.title),
  );
  await page.screenshot({ path: `${OUT}/e2e-profile.png`, fullPage: true });
  // a co-mention opens the search filtered by both
  const other = profile.coMentions.nations[0]!.value;
  await Promise.all([page.waitForURL(/\/\?/), page.click('.profile-aside .card:first-child .count-list li > a:first-child >> nth=0')]);
  const both = new URL(page.url()).searchParams;
  assert.deepEqual([both.getAll('person'), both.getAll('nation')], [[person], [other]]);

  // 2. trends: two series, a line each, a legend entry each, and the CSV of the same data
  await page.goto(`${server.url}/trends?series=coalition&series=nation:France&interval=year`);
  const trends = (await (await fetch(`${server.url}/api/timeline?series=coalition&series=nation:France&interval=year`)).json()) as {
    series: { spec: string; total: number }[];
  };
  assert.equal(await page.locator('.line-chart .series-line').count(), 2);
  assert.deepEqual(
    await page.$$eval('.legend li', (lis) => lis.map((li) => li.textContent.trim())),
    trends.series.map((s) => `${s.spec} ${s.total} in all`),
  );
  await page.screenshot({ path: `${OUT}/e2e-trends.png`, fullPage: true });

  // 3. "Download all results: CSV" on the search page saves every match, header first
  await page.goto(`${server.url}/?q=coalition&nation=France`);
  const total = await shownTotal(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads a >> nth=0')]);
  assert.match(download.suggestedFilename(), /^archivist-coalition-france-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  assert.equal(csv[0], 'id,url,title,subtitle,authors,publishedAt,dateSource,updatedAt,section,tags,lang,source,nations,persons,wordCount');
  assert.equal(csv.length - 1, total);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
});

test('profile and trends pages fit a 390 px phone, and an Arabic name opens the same profile', { skip, timeout: 60_000 }, async () => {
  const { page } = await openPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}/nations/${encodeURIComponent('فرنسا')}`);
  assert.equal(await page.textContent('h1.profile-title'), 'France فرنسا');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  await page.screenshot({ path: `${OUT}/e2e-profile-390.png`, fullPage: true });
  await page.goto(`${server.url}/trends?series=coalition&series=nation:France`);
  assert.equal(await page.locator('.line-chart .series-line').count(), 2);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  await page.screenshot({ path: `${OUT}/e2e-trends-390.png`, fullPage: true });
});

test('a long Arabic entity chip stays inside its card at 1280 px, all of it shown', { skip, timeout: 60_000 }, async () => {
  const { page } = await openPage();
  // "United Arab Emirates · الإمارات العربية المتحدة" is the widest chip of the demo's Arabic pages
  const arabic = await api(`/api/search?language=ar&nation=${encodeURIComponent('United Arab Emirates')}`);
  assert.ok(arabic.total >= 1, 'the demo archive has an Arabic article that mentions the United Arab Emirates');
  for (const { id } of arabic.hits) {
    await page.goto(`${server.url}/articles/${id}`);
    const chips = await page.$$eval('.article-aside .chips > li', (lis) =>
      lis.map((li) => {
        const list = li.closest('.chips')!.getBoundingClientRect();
        const chip = li.querySelector('.chip')!;
        const box = li.getBoundingClientRect();
        return {
          text: chip.textContent,
          inside: box.left >= list.left && box.right <= list.right,
          whole: chip.scrollWidth <= chip.clientWidth,
        };
      }),
    );
    assert.ok(
      chips.some((c) => c.text === 'United Arab Emirates · الإمارات العربية المتحدة'),
      `article ${id} shows the UAE chip`,
    );
    // inside its card, and all of the name shown (the Arabic half is what an Arabic page adds)
    assert.deepEqual(
      chips.filter((c) => !c.inside || !c.whole).map((c) => c.text),
      [],
      `article ${id}`,
    );
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, `article ${id}`);
  }
  await page.screenshot({ path: `${OUT}/e2e-article-ar.png`, fullPage: true });
  await page.context().close();
});

test('/api/docs fits a 390 px phone: its tables scroll inside their cards', { skip, timeout: 60_000 }, async () => {
  const { page } = await openPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}/api/docs`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  assert.equal(await page.$$eval('.api-op', (ops) => ops.some((op) => op.scrollWidth > op.clientWidth)), true);
  await page.screenshot({ path: `${OUT}/e2e-api-docs-390.png`, fullPage: true });
  await page.context().close();
});
