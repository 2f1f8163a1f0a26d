/**
 * @module Feeds and sitemaps from XML text: one parse (fast-xml-parser), then by root element
 * RSS 2.0 / RSS 1.0 (RDF) / Atom entries, or sitemap index / urlset entries. Pure: text in, entries out.
 */
import { XMLParser } from 'fast-xml-parser';

export interface DiscoveredEntry {
  /** as written in the document (absolute or relative); the caller normalises */
  url: string;
  /** pubDate / updated / lastmod when present and readable */
  date: Date | null;
}

export type XmlDiscoveryKind = 'rss' | 'rdf' | 'atom' | 'sitemapindex' | 'urlset' | 'unknown';

export interface XmlDiscovery {
  kind: XmlDiscoveryKind;
  entries: DiscoveredEntry[];
}

// Elements that may repeat: forcing arrays means one item and many items read the same way.
const REPEATED = new Set(['item', 'entry', 'url', 'sitemap', 'link']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true, // rdf:RDF, dc:date, atom:link and the sitemap namespace read as plain names
  parseTagValue: false, // a numeric-looking <loc> or <guid> must stay a string
  trimValues: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;

/** Parse feed or sitemap XML. Unparsable or unrecognised XML gives kind 'unknown' and no entries. */
export function parseDiscoveryXml(xml: string): XmlDiscovery {
  let tree: Node;
  try {
    tree = parser.parse(xml) as Node;
  } catch {
    return { kind: 'unknown', entries: [] };
  }
  if (isNode(tree.rss)) return { kind: 'rss', entries: rssItems(asNode(tree.rss).channel) };
  if (isNode(tree.RDF)) return { kind: 'rdf', entries: rssItems(tree.RDF) };
  if (isNode(tree.feed)) return { kind: 'atom', entries: atomEntries(tree.feed) };
  if (isNode(tree.sitemapindex)) return { kind: 'sitemapindex', entries: locEntries(asNode(tree.sitemapindex).sitemap) };
  if (isNode(tree.urlset)) return { kind: 'urlset', entries: locEntries(asNode(tree.urlset).url) };
  return { kind: 'unknown', entries: [] };
}

/** RSS 2.0 (<channel><item>) and RSS 1.0 (<rdf:RDF><item>): link, else a permalink guid. */
function rssItems(container: unknown): DiscoveredEntry[] {
  const items = isNode(container) ? asArray(container.item) : [];
  const out: DiscoveredEntry[] = [];
  for (const item of items) {
    if (!isNode(item)) continue;
    const link = asArray(item.link)
      .map(text)
      .find((l) => l !== '');
    const guid = item.guid;
    const guidUrl = isNode(guid) && guid['@_isPermaLink'] === 'false' ? '' : text(guid);
    const url = link ?? (/^https?:/iu.test(guidUrl) ? guidUrl : '');
    if (url === '') continue;
    out.push({ url, date: readDate(item.pubDate ?? item.date ?? item.published ?? item.updated) });
  }
  return out;
}

/** Atom: the rel="alternate" (or rel-less) link of each entry. */
function atomEntries(feed: unknown): DiscoveredEntry[] {
  const entries = isNode(feed) ? asArray(feed.entry) : [];
  const out: DiscoveredEntry[] = [];
  for (const entry of entries) {
    if (!isNode(entry)) continue;
    const links = asArray(entry.link).filter(isNode);
    const link = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const href = link === undefined ? '' : text(link['@_href']);
    if (href === '') continue;
    out.push({ url: href, date: readDate(entry.published ?? entry.updated) });
  }
  return out;
}

/** Sitemaps: <loc> and <lastmod> of each <url> or <sitemap>. */
function locEntries(list: unknown): DiscoveredEntry[] {
  const out: DiscoveredEntry[] = [];
  for (const node of asArray(list)) {
    if (!isNode(node)) continue;
    const loc = text(node.loc);
    if (loc === '') continue;
    // news sitemaps carry the article date in <news:news><news:publication_date>
    const news = isNode(node.news) ? node.news.publication_date : undefined;
    out.push({ url: loc, date: readDate(node.lastmod ?? news) });
  }
  return out;
}

function readDate(v: unknown): Date | null {
  const s = text(v);
  if (s === '') return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t);
}

function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (isNode(v) && typeof v['#text'] === 'string') return v['#text'].trim();
  if (Array.isArray(v)) return text(v[0]);
  return '';
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asNode(v: unknown): Node {
  return isNode(v) ? v : {};
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}
