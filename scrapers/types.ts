/**
 * @module Types the scrapers hand each other: the loaded page, the metadata read from it, and
 * the article a scraper returns (every Document field except `entities`, which a later stage adds).
 */
import type { CheerioAPI } from 'cheerio';
import type { Document } from '../src/document.js';

/** Every Document field except `entities`. */
export type ScrapedArticle = Omit<Document, 'entities'>;

export interface ParsePageOptions {
  /** the URL the page was fetched from (used when the page names no canonical URL) */
  url?: string;
  /** skip site-specific scrapers */
  generic?: boolean;
  /** path or URL naming the input in error messages */
  source?: string;
}

/** A parsed page plus what we know about where it came from. */
export interface LoadedPage {
  $: CheerioAPI;
  /** the fetch URL, if known */
  fetchUrl: string | undefined;
  /** path or URL for error messages */
  label: string;
}

/** The parts of an article before normalisation into a ScrapedArticle. */
export interface ArticleParts {
  url: string | null;
  lang: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publishedAt: string | null;
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
