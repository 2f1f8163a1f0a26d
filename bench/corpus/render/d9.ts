/**
 * @module The 2019+ Drupal 9 page: `field--name-*` fields, JSON-LD `@graph`, OpenGraph,
 * `<time datetime>`, summary field, inline figures and embedded tweets in the body.
 */
import type { ArticleSpec } from '../articles.js';
import { footer, header, newsletter, related, settingsJson, shareBar, trending, type Chrome, type Padding } from './chrome.js';
import { bodyParagraphs } from './body.js';
import { articleHeader, headMeta, jsonLd, tagList } from './d9-parts.js';

export function renderD9(a: ArticleSpec, ch: Chrome, pad: Padding): string {
  const about = new URL(a.url).pathname;
  const dir = a.lang === 'ar' ? ' dir="rtl"' : '';
  const image = `<img src="/sites/default/files/styles/d08_traditional/public/${ch.year}-01/photo-${ch.node}.jpg" alt="" loading="lazy">`;
  return `<!DOCTYPE html>
<html lang="${a.lang}"${dir} prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
${headMeta(a)}
<link rel="amphtml" href="${a.url}?amp" />
${jsonLd(a, ch, true)}
<script type="application/json" data-drupal-selector="drupal-settings-json">${settingsJson(ch, pad.views)}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
${header(ch, pad.menu)}
<div role="main" class="main-container container js-quickedit-main-content">
<div class="row"><section class="col-sm-12 col-md-8">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="${ch.node}" role="article" about="${about}" class="node node--type-article node--promoted node--view-mode-full">
${articleHeader(a, ch, image)}
${shareBar()}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${bodyParagraphs(a, ch, 'd9')}
</div>
${tagList(a)}
${newsletter(ch)}
</article>
${related(ch)}
</div></section>
<aside class="col-sm-12 col-md-4">${trending(ch, pad.sidebar)}</aside>
</div></div>
${footer(ch)}
${pad.tail}
</body></html>
`;
}
