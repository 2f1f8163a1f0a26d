/**
 * @module Per-site discovery rules: which links are articles, which are listing pages worth
 * reading for more links, where a site keeps its feed and sitemap, and how its pager looks.
 * Site rules live beside the site's scraper (scrapers/<site>/crawl-rules.ts); the generic rules
 * are the fallback for any other host.
 */

/** What a same-host link is to the crawler. */
export type LinkKind = 'article' | 'listing';

export interface CrawlRules {
  /** for logs */
  readonly name: string;
  /** whether these rules are the site's own (by host name) */
  matchesHost(host: string): boolean;
  /** whether an HTML page from an unknown host is this site's (a mirror, a local copy) */
  matchesPage(html: string): boolean;
  /** paths tried on every start host for feeds and sitemaps; a 404 there is not a failure */
  readonly probes: readonly string[];
  /** an article to store, a listing to read links from, or null to leave alone */
  classify(url: URL): LinkKind | null;
  /** the site's pager "next" link selectors, tried before the generic ones */
  readonly nextPage: readonly string[];
  /** for a page the URL called a listing: does its markup say it is one article? (then it is stored) */
  looksLikeArticle?(html: string): boolean;
}

// Paths that are never articles or listings on a news site: accounts, search, legal pages, assets.
const NON_CONTENT = /(^|\/)(login|logout|register|signin|signup|user|users|account|cart|checkout|search|privacy|privacy-policy|terms|terms-of-use|cookies|contact|contact-us|about|about-us|advertise|subscribe|newsletter|share|print|cdn-cgi|wp-admin|wp-login\.php|wp-json|xmlrpc\.php|amp)(\/|$)/iu;
// Files that are not HTML pages.
const NON_HTML_EXT = /\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|gz|rar|7z|tar|mp3|mp4|m4a|wav|ogg|webm|avi|mov|css|js|json|xml|rss|atom|txt|md|markdown|csv|woff2?|ttf|eot)$/iu;
// An article's last path segment: a slug ending in a numeric id ("…-1300001", "…-903876"),
// a long hyphenated slug (three or more words), or a dated path /2016/01/….
const SLUG_WITH_ID = /-\d{3,}$/u;
const LONG_SLUG = /^[^/]*-[^/]*-[^/]*-[^/]*$/u;
const DATED_PATH = /\/(19|20)\d{2}\/(0?[1-9]|1[0-2])\//u;
const ARTICLE_FILE = /\.(s?html?|php|aspx?)$/iu;
// Markup that declares a single article: schema.org (News/Blog)Article in JSON-LD or microdata, or og:type article.
const ARTICLE_MARKUP = /"@type"\s*:\s*"(News|Blog|Reportage|Analysis|Opinion)?(Article|Posting)"|itemtype="https?:\/\/schema\.org\/(News)?Article"|<meta[^>]+property=["']og:type["'][^>]+content=["']article["']|<meta[^>]+content=["']article["'][^>]+property=["']og:type["']/iu;

/** Shared helper for site rules too: true for asset files and account/legal pages. */
export function isNonContent(url: URL): boolean {
  const path = safeDecodePath(url.pathname);
  return NON_HTML_EXT.test(path) || NON_CONTENT.test(path);
}

/** Last path segment, percent-decoded (Arabic slugs). */
export function lastSegment(url: URL): string {
  const parts = safeDecodePath(url.pathname).split('/').filter((p) => p !== '');
  return parts[parts.length - 1] ?? '';
}

/** The fallback for hosts without their own rules: URL-shape heuristics only. */
export const GENERIC_RULES: CrawlRules = {
  name: 'generic',
  matchesHost: () => true,
  matchesPage: () => true,
  probes: ['/rss.xml', '/sitemap.xml'],
  nextPage: [],
  classify(url) {
    if (isNonContent(url)) return null;
    const last = lastSegment(url);
    if (last === '') return 'listing';
    const path = safeDecodePath(url.pathname);
    if (SLUG_WITH_ID.test(last) || LONG_SLUG.test(last) || DATED_PATH.test(path)) return 'article';
    if (ARTICLE_FILE.test(last) && !/^index\./iu.test(last)) return 'article';
    return 'listing';
  },
  // URL shapes vary by site; a short slug ("/news/floods") may still be a story that says so in its markup
  looksLikeArticle: (html) => ARTICLE_MARKUP.test(html.slice(0, 300_000)),
};

function safeDecodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}
