/**
 * @module JSON-LD: the article object (NewsArticle, Article, … including inside `@graph`) and
 * the breadcrumb trail, read before anything else because it is the page's own statement of
 * its metadata.
 */
import type { CheerioAPI } from 'cheerio';
import { normalizeText } from '../../src/extract/index.js';
import { select, textOfFirst } from './dom.js';

// schema.org types that describe an article page (https://schema.org/Article and subtypes).
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/u;
// More specific types win over WebPage, which many sites emit beside the article.
const WEBPAGE = 'WebPage';
// Objects nest rarely more than 5 levels; the bound keeps hostile JSON from costing much.
const MAX_JSON_DEPTH = 20;

export interface ArticleLd {
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  section: string | null;
  keywords: string[];
  url: string | null;
  lang: string | null;
  publisher: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/**
 * The page's article as JSON-LD states it, or null when there is none. When several articles are
 * listed (pages also describe related stories), the one whose headline the page's `<title>`
 * carries wins, then the first that is not a bare WebPage.
 */
export function readArticleLd($: CheerioAPI): { article: ArticleLd | null; breadcrumb: string[] } {
  const objects = collectObjects($);
  const byId = new Map(objects.flatMap((o) => (typeof o['@id'] === 'string' ? [[o['@id'], o] as const] : [])));
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t))).map((o) => ({ o, a: toArticle(o, byId) }));
  const title = normalizeText(textOfFirst($, 'title')).toLowerCase();
  const specific = articles.filter(({ o }) => !types(o).includes(WEBPAGE));
  const best = specific.find(({ a }) => a.headline !== null && title.includes(a.headline.toLowerCase())) ?? specific[0] ?? articles[0];
  const crumbs = objects.find((o) => types(o).includes('BreadcrumbList'));
  return { article: best?.a ?? null, breadcrumb: crumbs ? breadcrumbNames(crumbs) : [] };
}

function collectObjects($: CheerioAPI): JsonObject[] {
  const out: JsonObject[] = [];
  for (const el of select($, 'script[type="application/ld+json"]')) {
    const raw = $(el).text().trim();
    if (raw === '') continue;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      continue; // a broken block says nothing; the other sources still do
    }
    flatten(data, out, 0);
  }
  return out;
}

function flatten(data: Json, out: JsonObject[], depth: number): void {
  if (depth > MAX_JSON_DEPTH || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) flatten(item, out, depth + 1);
    return;
  }
  if (data['@type'] !== undefined) out.push(data);
  const graph = data['@graph'];
  if (graph !== undefined) flatten(graph, out, depth + 1);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function toArticle(o: JsonObject, byId: ReadonlyMap<string, JsonObject>): ArticleLd {
  return {
    headline: str(o.headline) ?? str(o.name),
    description: str(o.description),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    dateModified: str(o.dateModified),
    authors: names(resolve(o.author, byId)),
    section: first(o.articleSection),
    keywords: keywords(o.keywords),
    url: str(o.url) ?? idOf(o.mainEntityOfPage),
    lang: str(o.inLanguage) ?? nameOf(o.inLanguage),
    publisher: nameOf(o.publisher),
  };
}

/** Replace `{"@id": …}` references (common in @graph) by the objects they point to. */
function resolve(v: Json | undefined, byId: ReadonlyMap<string, JsonObject>): Json | undefined {
  const one = (x: Json): Json => {
    if (x && typeof x === 'object' && !Array.isArray(x) && typeof x['@id'] === 'string' && x.name === undefined)
      return byId.get(x['@id']) ?? x;
    return x;
  };
  return Array.isArray(v) ? v.map(one) : v === undefined ? undefined : one(v);
}

function str(v: Json | undefined): string | null {
  if (typeof v !== 'string') return null;
  const s = normalizeText(v);
  return s === '' ? null : s;
}

function first(v: Json | undefined): string | null {
  return Array.isArray(v) ? (v.map((x) => str(x)).find((x) => x !== null) ?? null) : str(v);
}

function nameOf(v: Json | undefined): string | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) return str(v.name);
  return null;
}

function idOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return str(v['@id']) ?? str(v.url);
  return null;
}

function names(v: Json | undefined): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => (typeof x === 'string' ? str(x) : nameOf(x))).filter((x): x is string => x !== null);
}

function keywords(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => x !== null);
  const s = str(v);
  return s
    ? s
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k !== '')
    : [];
}

function breadcrumbNames(list: JsonObject): string[] {
  const items = Array.isArray(list.itemListElement) ? list.itemListElement : [];
  const withPos = items.flatMap((it, i) => {
    if (!it || typeof it !== 'object' || Array.isArray(it)) return [];
    const name = str(it.name) ?? nameOf(it.item);
    const pos = typeof it.position === 'number' ? it.position : i + 1;
    return name ? [{ name, pos }] : [];
  });
  return withPos.sort((a, b) => a.pos - b.pos).map((x) => x.name);
}
