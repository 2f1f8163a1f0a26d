/**
 * A small local news site for crawler tests, served by node:http on 127.0.0.1 (port 0): robots.txt
 * (disallowing /private/), an RSS feed, a sitemap index with a plain and a gzipped sitemap, a
 * section with three listing pages, generated Al Bawaba-style articles (bench/corpus), and faults.
 * Every 200 carries an ETag; a matching If-None-Match gets a 304. Requests are counted per path.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { generateArticles, renderPage, toDocument } from '../../bench/corpus/index.js';
import type { ArticleSpec } from '../../bench/corpus/index.js';
import type { Document } from '../../src/document.js';
import { ParseError } from '../../src/errors.js';
import type { FetchedPage } from '../../src/store/index.js';

/** Fault paths; each is linked from the home page. */
export const FAULTS = {
  slow: '/news/slow-story-1000102', // answers after SLOW_MS, beyond the crawl's timeout
  loopA: '/news/loop-a-1000103', // 302 -> loopB -> 302 -> loopA
  loopB: '/news/loop-b-1000108',
  huge: '/news/huge-story-1000104', // a chunked body past the size cap
  pdf: '/news/report-1000105', // served as application/pdf
  moved: '/news/moved-story-1000106', // 301 -> the article at MOVED_TARGET
  broken: '/news/broken-story-1000107', // 500 forever
  notArticle: '/news/teaser-story-1000109', // HTML the parser rejects (no_article)
  disallowed: '/private/secret-story-1000099', // robots.txt disallows /private/
} as const;
export const SLOW_MS = 2_500;
export const HUGE_BYTES = 400_000;

export interface TestSite {
  base: string;
  /** path (with query) -> requests served */
  hits: Map<string, number>;
  /** every request: path and arrival time (ms) */
  log: { path: string; at: number }[];
  /** the site's articles, by local URL */
  articles: ArticleSpec[];
  /** a parser for the crawler: the generated article's Document, or ParseError for unknown pages */
  parse: (page: FetchedPage) => Document;
  /** paths of articles that only the feed / sitemap / listings / redirect lead to */
  paths: { feed: string[]; sitemap1: string[]; sitemap2: string[]; listing: string[][]; movedTarget: string; flaky: string; busy: string };
  close(): Promise<void>;
}

const ARTICLE_COUNT = 16; // 4 feed + 2 + 2 sitemap + 5 listing + moved target + flaky + busy
const SEED = 20_260_124;

export interface SiteOptions {
  /** article index -> publishedAt (ISO), to place articles before/after a --since date */
  dates?: Record<number, string>;
  /** a Crawl-delay line in robots.txt, in seconds */
  crawlDelaySeconds?: number;
  /** leave the Sitemap: line out of robots.txt */
  noSitemapInRobots?: boolean;
  /** /mirror carries Al Bawaba's signature (og:site_name), as a local copy of the site would */
  mirrorSignature?: boolean;
}

export async function startTestSite(opts: SiteOptions = {}): Promise<TestSite> {
  const hits = new Map<string, number>();
  const log: { path: string; at: number }[] = [];
  // the faults' own counter: tests may clear `hits` between crawls, the flaky page stays recovered
  const served = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    log.push({ path, at: Date.now() });
    served.set(path, (served.get(path) ?? 0) + 1);
    handle(path, served.get(path)!, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const generated = generateArticles(ARTICLE_COUNT, { seed: SEED, lang: 'en' });
  const articles = generated.map((a, i) => ({ ...a, url: base + localPath(a.url, i), publishedAt: opts.dates?.[i] ?? a.publishedAt }));
  const byPath = new Map(articles.map((a) => [new URL(a.url).pathname, a]));
  const p = (i: number): string => new URL(articles[i]!.url).pathname;
  const paths = {
    feed: [p(0), p(1), p(2), p(3)],
    sitemap1: [p(4), p(5)],
    sitemap2: [p(6), p(7)],
    listing: [[p(8), p(9)], [p(10), p(11)], [p(12)]],
    movedTarget: p(13),
    flaky: p(14), // 500, 500, then 200
    busy: p(15), // 429 Retry-After: 1, then 200
  };
  const pages = sitePages(base, articles, paths, opts);

  function handle(path: string, count: number, req: IncomingMessage, res: ServerResponse): void {
    const pathname = path.split('?')[0]!;
    if (path === paths.flaky && count <= 2) return send(res, 500, 'text/plain', 'try again');
    if (path === paths.busy && count === 1) return send(res, 429, 'text/plain', 'slow down', { 'retry-after': '1' });
    if (path === FAULTS.slow) return void timers.add(setTimeout(() => send(res, 200, 'text/html', '<p>late</p>'), SLOW_MS));
    if (path === FAULTS.loopA) return send(res, 302, 'text/plain', '', { location: FAULTS.loopB });
    if (path === FAULTS.loopB) return send(res, 302, 'text/plain', '', { location: `${base}${FAULTS.loopA}` });
    if (path === FAULTS.moved) return send(res, 301, 'text/plain', '', { location: paths.movedTarget });
    if (path === FAULTS.broken) return send(res, 500, 'text/plain', 'down');
    if (path === FAULTS.pdf) return send(res, 200, 'application/pdf', '%PDF-1.4 not a page');
    if (path === FAULTS.huge) return sendHuge(res);
    if (path === '/section') return send(res, 301, 'text/plain', '', { location: '/section/' }); // like most servers for a directory
    const page = pages.get(path);
    // the section also serves its stories under itself: /section/<slug>
    const article = byPath.get(pathname) ?? byPath.get(pathname.replace(/^\/section\//u, '/news/'));
    const found =
      page ?? (article && path === pathname ? { type: 'text/html; charset=utf-8', body: renderPage(article, 'd9') } : undefined);
    if (found === undefined) return send(res, 404, 'text/plain', 'not found');
    const etag = `"${createHash('sha1').update(found.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return send(res, 304, undefined, '', { etag });
    return send(res, 200, found.type, found.body, { etag });
  }

  return {
    base,
    hits,
    log,
    articles,
    paths,
    parse(page) {
      const a = byPath.get(new URL(page.url).pathname.replace(/^\/section\//u, '/news/'));
      if (a === undefined) throw new ParseError('no_article', `no article at ${page.url}`);
      return toDocument(a);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Fixed, readable paths: /news/<slug>-<node>, from the generated article's own path. */
function localPath(url: string, i: number): string {
  const slug = new URL(url).pathname.split('/').pop()!.replace(/-\d+$/u, '');
  return `/news/${slug}-${2_000_000 + i}`;
}

type Page = { type: string; body: string | Buffer };

function sitePages(base: string, articles: ArticleSpec[], paths: TestSite['paths'], opts: SiteOptions): Map<string, Page> {
  const byPath = new Map(articles.map((a) => [new URL(a.url).pathname, a]));
  const date = (p: string): string => byPath.get(p)?.publishedAt ?? '2020-01-01T00:00:00Z';
  const xml = 'application/xml; charset=utf-8';
  const urlset = (ps: string[]): string => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${ps.map((q) => `<url><loc>${base}${q}</loc><lastmod>${date(q)}</lastmod></url>`).join('')}</urlset>`;
  const pages = new Map<string, Page>([
    [
      '/robots.txt',
      {
        type: 'text/plain',
        body: `User-agent: *\nDisallow: /private/\n${opts.crawlDelaySeconds === undefined ? '' : `Crawl-delay: ${opts.crawlDelaySeconds}\n`}\n${opts.noSitemapInRobots ? '' : `Sitemap: ${base}/sitemap-index.xml\n`}`,
      },
    ],
    ['/mirror', { type: 'text/html; charset=utf-8', body: mirrorPage(paths, opts.mirrorSignature === true) }],
    ['/links', { type: 'text/html; charset=utf-8', body: linksPage(base, paths) }],
    // relative link: resolves to /section/<slug> only against the URL with its trailing slash
    [
      '/section/',
      { type: 'text/html; charset=utf-8', body: `<html><body><a href="${paths.feed[3]!.split('/').pop()}">story</a></body></html>` },
    ],
    // the same story twice: its /section/ copy (whose canonical URL is the /news/ one) first, then the original
    [
      '/dupes',
      {
        type: 'text/html; charset=utf-8',
        body: `<html><body><a href="${paths.feed[2]!.replace('/news/', '/section/')}">copy</a> <a href="${paths.feed[2]}">original</a></body></html>`,
      },
    ],
    [
      '/rss.xml',
      {
        type: 'application/rss+xml',
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>${paths.feed
          .map(
            (q) =>
              `<item><title>t</title><link>${base}${q}?utm_source=rss&amp;utm_medium=feed</link><pubDate>${new Date(date(q)).toUTCString()}</pubDate></item>`,
          )
          .join('')}</channel></rss>`,
      },
    ],
    [
      '/sitemap-index.xml',
      {
        type: xml,
        body: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-1.xml</loc></sitemap><sitemap><loc>${base}/sitemap-2.xml.gz</loc></sitemap></sitemapindex>`,
      },
    ],
    ['/sitemap-1.xml', { type: xml, body: urlset([...paths.sitemap1, FAULTS.disallowed]) }],
    ['/sitemap-2.xml.gz', { type: 'application/gzip', body: gzipSync(urlset(paths.sitemap2)) }],
    ['/', { type: 'text/html; charset=utf-8', body: homePage(paths.flaky, paths.busy) }],
    ...paths.listing.map((items, i): [string, Page] => [
      i === 0 ? '/news' : `/news?page=${i}`,
      { type: 'text/html; charset=utf-8', body: listingPage(items, i, paths.listing.length, date) },
    ]),
    [FAULTS.notArticle, { type: 'text/html; charset=utf-8', body: '<html><body><p>Subscribe to read this story.</p></body></html>' }],
  ]);
  return pages;
}

function homePage(flaky: string, busy: string): string {
  const links = [
    '/news',
    '/about',
    'javascript:void(0)',
    'mailto:desk@example.com',
    'http://elsewhere.example/news/other-story-1234567',
    ...Object.values(FAULTS).filter((f) => f !== FAULTS.loopB),
    flaky,
    busy,
  ];
  return `<!doctype html><html lang="en"><head><title>Test News</title></head><body><nav>${links
    .map((l) => `<a href="${l}">${l}</a>`)
    .join(' ')}</nav><a href="#top">top</a></body></html>`;
}

/** Hostile and off-site links: only the same-host one (and the localhost one when allowed) may be fetched. */
function linksPage(base: string, paths: TestSite['paths']): string {
  const port = new URL(base).port;
  const links = [
    `http://localhost:${port}${paths.feed[0]}`, // another host name for the same server
    `//elsewhere.example${paths.feed[1]}`, // protocol-relative, off-host
    'javascript:fetch("/news")',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://127.0.0.1/file',
    'vbscript:msgbox',
    `file:///etc/passwd`,
    `HTTP://127.0.0.1:${port}${paths.feed[2]}#top`,
  ];
  return `<!doctype html><html><body>${links.map((l) => `<a href='${l}'>x</a>`).join('')}</body></html>`;
}

/** Links that Al Bawaba's rules leave alone (a sub-sub-section, a filtered tag list) beside one article. */
function mirrorPage(paths: TestSite['paths'], signature: boolean): string {
  const meta = signature ? '<meta property="og:site_name" content="Al Bawaba" />' : '';
  return `<!doctype html><html><head>${meta}</head><body><a href="/news/world/more">more</a><a href="/tags/qatar?sort=new">qatar</a><a href="${paths.feed[0]}">story</a></body></html>`;
}

function listingPage(items: string[], page: number, pages: number, date: (p: string) => string): string {
  const next =
    page + 1 < pages
      ? `<ul class="pager"><li class="pager__item--next"><a href="/news?page=${page + 1}" rel="next">Next ›</a></li></ul>`
      : '';
  return `<!doctype html><html lang="en"><head><title>News page ${page}</title></head><body><div class="view">${items
    .map((q) => `<div class="views-row"><a href="${q}#comments">story</a> <time datetime="${date(q)}">${date(q)}</time></div>`)
    .join('')}</div>${next}</body></html>`;
}

function send(
  res: ServerResponse,
  status: number,
  type: string | undefined,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
  res.end(status === 304 ? undefined : body);
}

/** A body past the cap, chunked (no Content-Length), so only the streaming cap can stop it. */
function sendHuge(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(16_384, 'a');
  let sent = 0;
  const pump = (): void => {
    while (sent < HUGE_BYTES) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('error', () => undefined);
  pump();
}
