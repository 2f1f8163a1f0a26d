/**
 * @module The AMP copy of a 2019+ page: same fields as the Drupal 9 page, `<html ⚡>`, the AMP
 * runtime, `amp-img` / `amp-twitter`, plain (non-@graph) JSON-LD, no author scripts.
 */
import type { ArticleSpec } from '../articles.js';
import { footer, header, newsletter, related, shareBar, trending, type Chrome, type Padding } from './chrome.js';
import { bodyParagraphs } from './body.js';
import { articleHeader, headMeta, jsonLd, tagList } from './d9-parts.js';

export function renderAmp(a: ArticleSpec, ch: Chrome, pad: Padding): string {
  const about = new URL(a.url).pathname;
  const dir = a.lang === 'ar' ? ' dir="rtl"' : '';
  const image = `<amp-img src="/sites/default/files/styles/d08_traditional/public/${ch.year}-01/photo-${ch.node}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>`;
  const analytics = `{"vars":{"account":"UA-0000-${ch.node % 10}"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}},"extraUrlParams":{${pad.views.replace(/,$/, '')}}}`;
  return `<!DOCTYPE html>
<html ⚡ lang="${a.lang}"${dir}>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1" />
${headMeta(a)}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{animation:none}</style></noscript>
<style amp-custom>.ad-slot{min-height:250px}.breaking-ticker{font-weight:700}</style>
${jsonLd(a, ch, false)}
</head>
<body class="path-node page-node-type-article">
<amp-analytics type="googleanalytics"><script type="application/json">${analytics}</script></amp-analytics>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
${header(ch, pad.menu)}
<div role="main" class="main-container container js-quickedit-main-content">
<div class="row"><section class="col-sm-12 col-md-8">
<div class="region region-content">
<article data-history-node-id="${ch.node}" role="article" about="${about}" class="node node--type-article node--promoted node--view-mode-full">
${articleHeader(a, ch, image)}
${shareBar()}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${bodyParagraphs(a, ch, 'amp')}
</div>
${tagList(a)}
${newsletter(ch)}
</article>
${related(ch)}
</div></section>
<aside class="col-sm-12 col-md-4">${trending(ch, pad.sidebar)}</aside>
</div></div>
${footer(ch)}
</body></html>
`;
}
