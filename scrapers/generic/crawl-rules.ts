/**
 * @module The crawl rules for hosts without rules of their own: URL-shape heuristics, and the
 * page's own markup for short slugs.
 */
import type { CrawlRules } from '../types.js';
import { decodedPath, isNonContent, lastSegment } from '../common/url-shape.js';

// An article's last path segment: a slug ending in a numeric id ("…-1300001", "…-903876"),
// a long hyphenated slug (three or more words), or a dated path /2016/01/….
const SLUG_WITH_ID = /-\d{3,}$/u;
const LONG_SLUG = /^[^/]*-[^/]*-[^/]*-[^/]*$/u;
const DATED_PATH = /\/(19|20)\d{2}\/(0?[1-9]|1[0-2])\//u;
const ARTICLE_FILE = /\.(s?html?|php|aspx?)$/iu;
// Markup that declares a single article: schema.org (News/Blog)Article in JSON-LD or microdata, or og:type article.
const ARTICLE_MARKUP =
  /"@type"\s*:\s*"(News|Blog|Reportage|Analysis|Opinion)?(Article|Posting)"|itemtype="https?:\/\/schema\.org\/(News)?Article"|<meta[^>]+property=["']og:type["'][^>]+content=["']article["']|<meta[^>]+content=["']article["'][^>]+property=["']og:type["']/iu;

export const GENERIC_CRAWL_RULES: CrawlRules = {
  name: 'generic',
  matchesHost: () => true,
  matchesPage: () => true,
  probes: ['/rss.xml', '/sitemap.xml'],
  nextPage: [],
  classify(url) {
    if (isNonContent(url)) return null;
    const last = lastSegment(url);
    if (last === '') return 'listing';
    if (SLUG_WITH_ID.test(last) || LONG_SLUG.test(last) || DATED_PATH.test(decodedPath(url))) return 'article';
    if (ARTICLE_FILE.test(last) && !/^index\./iu.test(last)) return 'article';
    return 'listing';
  },
  // URL shapes vary by site; a short slug ("/news/floods") may still be a story that says so in its markup
  looksLikeArticle: (html) => ARTICLE_MARKUP.test(html.slice(0, 300_000)),
};
