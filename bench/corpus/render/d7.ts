/**
 * @module The 2012-2018 Drupal 7 page: `field-name-*` fields, the "Published …" date line,
 * author and source fields, tags, share bar, newsletter prompts, related list, comments.
 */
import type { ArticleSpec } from '../articles.js';
import { footer, header, newsletter, related, settingsJson, shareBar, trending, CREDITS, type Chrome, type Padding } from './chrome.js';
import { bodyParagraphs } from './body.js';
import { publishedLine } from './dates.js';
import { esc } from './html.js';

export function renderD7(a: ArticleSpec, ch: Chrome, pad: Padding): string {
  const about = new URL(a.url).pathname;
  const dir = a.lang === 'ar' ? ' dir="rtl"' : '';
  const authors = a.authors.map((name, i) => `<div class="field-item ${i % 2 ? 'odd' : 'even'}">${esc(name)}</div>`).join('');
  const subtitle =
    a.subtitle === null
      ? ''
      : `<div class="field field-name-field-subtitle"><div class="field-items"><div class="field-item even"><h2>${esc(a.subtitle)}</h2></div></div></div>\n`;
  const tags = a.tags
    .map((t) => `<a href="/${a.lang === 'ar' ? 'ar/' : ''}tags/${esc(t.toLowerCase().replace(/ /g, '-'))}" rel="tag">${esc(t)}</a>`)
    .join(' ');
  return `<!DOCTYPE html>
<html lang="${a.lang}"${dir} xmlns="http://www.w3.org/1999/xhtml" version="XHTML+RDFa 1.0">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)} | Al Bawaba</title>
${a.subtitle === null ? '' : `<meta name="description" content="${esc(a.subtitle)}" />\n`}<meta name="keywords" content="${esc(a.tags.join(', '))}" />
<link rel="canonical" href="${esc(a.url)}" />
<link rel="shortlink" href="https://www.albawaba.com/node/${ch.node}" />
<style type="text/css">.ad-slot{min-height:250px}.element-invisible{position:absolute!important;clip:rect(1px,1px,1px,1px)}</style>
<script type="text/javascript">window.dataLayer = window.dataLayer || [];</script>
<script type="text/javascript">jQuery.extend(Drupal.settings, ${settingsJson(ch, pad.views)});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-${ch.node} node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
${header(ch, pad.menu)}
<div class="main-container container">
<div class="row">
<section class="col-sm-8">
<a id="main-content"></a>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/${sectionSlug(a)}">${esc(a.section)}</a></li></ol>
<h1 class="page-header">${esc(a.title)}</h1>
<div class="region region-content">
<div id="node-${ch.node}" class="node node-article node-promoted clearfix" about="${esc(about)}" typeof="sioc:Item foaf:Document">
${subtitle}<div class="field field-name-field-publish-date"><div class="field-items"><div class="field-item even"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="${a.publishedAt.replace('Z', '+00:00')}">${publishedLine(a.publishedAt, a.lang)}</span></div></div></div>
<div class="field field-name-field-author field-type-text"><div class="field-items">${authors}</div></div>
<div class="field field-name-field-source"><div class="field-items"><div class="field-item even">Al Bawaba</div></div></div>
<div class="field field-name-field-image"><img typeof="foaf:Image" src="https://www.albawaba.com/sites/default/files/im/${ch.year}/photo-${ch.node}.jpg" alt="" /><div class="image-credit">${ch.rng.pick(CREDITS)}</div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
${bodyParagraphs(a, ch, 'd7')}
</div></div></div>
<div class="field field-name-field-tags"><span class="label">Tags:</span> ${tags}</div>
${shareBar()}
${newsletter(ch)}
<div class="newsletter-cta"><p>© ${ch.year} ${a.lang === 'ar' ? 'البوابة' : 'Al Bawaba (www.albawaba.com)'}</p></div>
</div>
${related(ch)}
</div>
</section>
<aside class="col-sm-4">${trending(ch, pad.sidebar)}</aside>
</div></div>
${footer(ch)}
${pad.tail}
</body></html>
`;
}

/** The section's path as the breadcrumb links it. */
export function sectionSlug(a: ArticleSpec): string {
  const path = new URL(a.url).pathname.split('/').filter(Boolean);
  return path[0] === 'ar' ? `ar/${path[1] ?? ''}` : (path[0] ?? '');
}
