/**
 * @module Recognise an Al Bawaba page and its layout, by host and by page signature.
 */
import type { CheerioAPI } from 'cheerio';
import { hostOf } from '../../src/extract/index.js';
import type { LoadedPage } from '../types.js';
import { attrOfFirst, select, textOfFirst } from '../common/dom.js';
import { HOSTS, LAYOUT_SIGNATURE, SITE_NAME, TITLE_SUFFIX } from './selectors.js';

export type Layout = 'd7' | 'd9' | 'amp' | 'unknown';

/** Whether the page is Al Bawaba's, from its URLs or how it signs itself. */
export function isAlBawaba(page: LoadedPage): boolean {
  const { $ } = page;
  const urls = [page.fetchUrl, attrOfFirst($, 'link[rel~="canonical"]', 'href'), attrOfFirst($, 'meta[property="og:url"]', 'content')];
  if (urls.some((u) => u && HOSTS.test(hostOf(u)))) return true;
  const siteName = attrOfFirst($, 'meta[property="og:site_name"]', 'content')?.trim();
  if (siteName && SITE_NAME.test(siteName)) return true;
  return TITLE_SUFFIX.test(textOfFirst($, 'title'));
}

/** Which of the site's layouts the page is in. */
export function detectLayout($: CheerioAPI): Layout {
  const html = select($, 'html')[0];
  const ampAttr = html !== undefined && ('amp' in html.attribs || '⚡' in html.attribs);
  if (ampAttr || select($, 'script[src*="cdn.ampproject.org"]').length > 0) return 'amp';
  if (select($, LAYOUT_SIGNATURE.d9).length > 0) return 'd9';
  if (select($, LAYOUT_SIGNATURE.d7).length > 0) return 'd7';
  return 'unknown';
}
