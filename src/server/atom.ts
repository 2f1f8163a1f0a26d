/**
 * @module A search's newest hits as an Atom 1.0 feed (RFC 4287), written with fast-xml-parser's
 * XMLBuilder, which escapes every text and attribute value. Text is stripped of the characters
 * XML 1.0 cannot carry (control characters a scraped page may hold), which would make the whole
 * feed unreadable to a strict parser.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { decodeHTML } from 'entities';
import type { SearchHit } from '../search/engine.js';
import { safeHref } from './views/format.js';
import { SITE_NAME } from './views/layout.js';
import { feedHref, feedSearchHref, feedTitle, ATOM_TYPE } from './views/feed-link.js';
import type { PageState } from './views/urls.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
/**
 * `updated` of a feed with no entries: nothing in it ever changed, so a fixed instant (the Unix
 * epoch) rather than "now", which would give every poll a new ETag and a new Last-Modified.
 */
export const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00Z';

// Everything outside XML 1.0's Char production (lone surrogates included, thanks to the u flag).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const MARK = /<\/?mark>/g;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

export interface AtomInput {
  /** scheme and host the links are made absolute with ("http://127.0.0.1:3000") */
  origin: string;
  /** the search as answered (filter values resolved to their labels) */
  state: PageState;
  /** newest first */
  hits: readonly SearchHit[];
}

export interface AtomFeed {
  xml: string;
  /** the feed's `updated`: the newest entry's date, or EMPTY_FEED_UPDATED */
  updated: string;
}

export function atomFeed({ origin, state, hits }: AtomInput): AtomFeed {
  const updated = hits[0]?.publishedAt ?? EMPTY_FEED_UPDATED;
  const self = origin + feedHref(state);
  const feed = {
    '@_xmlns': ATOM_NS,
    id: self,
    title: xmlText(feedTitle(state)),
    updated,
    link: [
      { '@_rel': 'self', '@_type': ATOM_TYPE, '@_href': self },
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': origin + feedSearchHref(state) },
    ],
    // required at feed level unless every entry has an author; most articles name none
    author: { name: SITE_NAME },
    generator: SITE_NAME,
    entry: hits.map((hit) => atomEntry(origin, hit)),
  };
  const xml = builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, feed });
  return { xml, updated };
}

/**
 * One article. The alternate link (what a reader opens) is the archive's own page, which stays
 * when the original goes away and links to it; the original is the related link, and the id.
 */
function atomEntry(origin: string, hit: SearchHit): Record<string, unknown> {
  const summary = hit.subtitle ?? plainText(hit.snippet);
  const links: Record<string, string>[] = [
    { '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${origin}/articles/${encodeURIComponent(hit.id)}` },
  ];
  const original = safeHref(hit.url);
  if (original !== null) links.push({ '@_rel': 'related', '@_type': 'text/html', '@_href': xmlText(original) });
  return {
    id: xmlText(hit.url),
    title: xmlText(hit.title),
    link: links,
    published: hit.publishedAt,
    updated: hit.publishedAt,
    ...(hit.authors.length > 0 ? { author: hit.authors.map((name) => ({ name: xmlText(name) })) } : {}),
    ...(hit.section ? { category: { '@_term': xmlText(hit.section) } } : {}),
    ...(summary.trim() !== '' ? { summary: xmlText(summary) } : {}),
  };
}

/** A highlighted snippet (escaped text with <mark>) as the text it shows. */
export function plainText(snippet: string): string {
  return decodeHTML(snippet.replace(MARK, ''));
}

function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
