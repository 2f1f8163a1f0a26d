/**
 * @module renderPage: an ArticleSpec as a full page in one of the site's three layouts,
 * optionally grown to a byte size with realistic bulk.
 */
import type { ArticleSpec } from '../articles.js';
import { chromeFor, padding, NO_PADDING, type Chrome, type Padding } from './chrome.js';
import type { Layout } from './body.js';
import { renderD7 } from './d7.js';
import { renderD9 } from './d9.js';
import { renderAmp } from './amp.js';
import { Prng, hash32 } from '../prng.js';

export interface RenderOptions {
  /** grow the page to at least this many UTF-8 bytes (pages already larger are left as they are) */
  padToBytes?: number;
}

const RENDERERS: Readonly<Record<Layout, (a: ArticleSpec, ch: Chrome, pad: Padding) => string>> = {
  d7: renderD7,
  d9: renderD9,
  amp: renderAmp,
};

export function renderPage(article: ArticleSpec, layout: Layout, opts: RenderOptions = {}): string {
  const render = RENDERERS[layout];
  if (!render) throw new Error(`unknown layout "${String(layout)}" (expected d7, d9 or amp)`);
  const base = render(article, chromeFor(article), NO_PADDING);
  const target = opts.padToBytes ?? 0;
  const missing = target - Buffer.byteLength(base);
  if (missing <= 0) return base;
  // A fresh chrome replays the same furniture; the padding draws from its own stream so the
  // page around it is identical to the unpadded one and the final size is base + padding.
  const padRng = { ...chromeFor(article), rng: new Prng(hash32(article.url), 8) };
  return render(article, chromeFor(article), padding(padRng, missing, layout === 'amp'));
}
