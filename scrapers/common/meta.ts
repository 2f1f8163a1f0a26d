/**
 * @module `<meta>` tags (OpenGraph, article:*, Dublin Core, plain name=…) read into one lookup.
 */
import type { CheerioAPI } from 'cheerio';
import { normalizeText } from '../../src/extract/index.js';
import { select } from './dom.js';

export type MetaTags = Map<string, string[]>;

/** Every `<meta name|property|itemprop|http-equiv=… content=…>`, keys lowercased, in page order. */
export function readMeta($: CheerioAPI): MetaTags {
  const out: MetaTags = new Map();
  for (const el of select($, 'meta')) {
    const a = el.attribs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
    const content = a.content;
    if (!key || content === undefined) continue;
    const value = normalizeText(content);
    if (value === '') continue;
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}

/** The first value of the first key present. */
export function metaFirst(meta: MetaTags, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v && v.length > 0) return v[0]!;
  }
  return null;
}

/** All values of the first key present. */
export function metaAll(meta: MetaTags, ...keys: string[]): string[] {
  for (const k of keys) {
    const v = meta.get(k);
    if (v && v.length > 0) return v;
  }
  return [];
}
