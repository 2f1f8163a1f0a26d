/**
 * @module What every field finder reads: the DOM, JSON-LD and meta tags, gathered once per page.
 */
import type { CheerioAPI } from 'cheerio';
import type { LoadedPage } from '../types.js';
import { readArticleLd, type ArticleLd } from '../common/jsonld.js';
import { readMeta, type MetaTags } from '../common/meta.js';

export interface PageContext {
  page: LoadedPage;
  $: CheerioAPI;
  ld: ArticleLd | null;
  ldBreadcrumb: string[];
  meta: MetaTags;
}

/** Read the structured metadata first, before any pruning (JSON-LD lives in scripts). */
export function pageContext(page: LoadedPage): PageContext {
  const { article, breadcrumb } = readArticleLd(page.$);
  return { page, $: page.$, ld: article, ldBreadcrumb: breadcrumb, meta: readMeta(page.$) };
}
