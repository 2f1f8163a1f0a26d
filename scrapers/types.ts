/**
 * @module Types the scrapers hand each other: the loaded page, the metadata read from it, the
 * article a scraper returns (every Document field except `entities`, which a later stage adds),
 * and a Site: one news site's hosts, scraper and crawl rules, registered once (scrapers/index.ts).
 */
import type { CheerioAPI } from 'cheerio';
import type { Document } from '../src/document.js';

/** Every Document field except `entities`. */
export type ScrapedArticle = Omit<Document, 'entities'>;

export interface ScrapePageOptions {
  /** the URL the page was fetched from (used when the page names no canonical URL) */
  url?: string;
  /** skip site-specific scrapers */
  generic?: boolean;
  /** path or URL naming the input in error messages */
  source?: string;
  /** the HTTP Last-Modified of the fetch, ISO UTC: the date of a page that states none */
  lastModified?: string;
  /** when the page was fetched or ingested, ISO UTC: the last resort for its date */
  fetchedAt?: string;
}

/** A parsed page plus what we know about where it came from. */
export interface LoadedPage {
  $: CheerioAPI;
  /** the fetch URL, if known */
  fetchUrl: string | undefined;
  /** path or URL for error messages */
  label: string;
  /** dates from outside the page, for a page that states none (ScrapePageOptions) */
  lastModified: string | undefined;
  fetchedAt: string | undefined;
  /** the Document's `source` for an article URL: the registered site's name, else the host (scrapers/index.ts) */
  sourceOf(url: string): string;
}

/** The parts of an article before normalisation into a ScrapedArticle. */
export interface ArticleParts {
  url: string | null;
  lang: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publishedAt: string | null;
  /** where publishedAt came from on the page; null with it (assemble falls back to the fetch's dates) */
  dateSource: 'markup' | 'url' | null;
  updatedAt: string | null;
  section: string | null;
  tags: string[];
  paragraphs: string[];
}

export interface Scraper {
  /** the Document's `extractor` value(s) this scraper produces */
  readonly name: string;
  /** true when this scraper recognises the page (by host or page signature) */
  matches(page: LoadedPage): boolean;
  scrape(page: LoadedPage): ScrapedArticle;
}

/** What a same-host link is to the crawler. */
export type LinkKind = 'article' | 'listing';

/** A site's discovery rules: which links are articles, which are listings, where its feeds are. */
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

/** One news site, registered once: its host names, its scraper and its crawl rules. */
export interface Site {
  /** the Document's `source` for the site's pages ("albawaba") */
  readonly name: string;
  /** the site's host names (www, editions, mirrors it owns) */
  readonly hosts: RegExp;
  readonly scraper: Scraper;
  readonly crawlRules: CrawlRules;
}
