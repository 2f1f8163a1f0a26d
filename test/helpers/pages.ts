/**
 * @module Small original news pages for pipeline, CLI and reliability tests: the markup a generic
 * scraper reads (canonical link, OpenGraph, JSON-LD NewsArticle, <article> with <p>s), with a
 * few words per paragraph so thousands of them parse in seconds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_HOST = 'https://daily.example.com';

const NATIONS = ['Jordan', 'Egypt', 'Lebanon', 'Morocco', 'Tunisia'];
const TOPICS = ['water', 'harvest', 'railway', 'festival', 'election', 'bridge', 'library', 'museum'];

export interface SamplePage {
  n: number;
  url: string;
  title: string;
  /** a word that appears only in this page's body: searching it finds exactly this page */
  marker: string;
  html: string;
}

/** Page `n` (deterministic); `revision` changes the body without changing the URL. */
export function samplePage(n: number, revision = 0): SamplePage {
  const url = `${PAGE_HOST}/news/${n}-story`;
  const nation = NATIONS[n % NATIONS.length]!;
  const topic = TOPICS[n % TOPICS.length]!;
  // fixed width, so no marker is a prefix of another; search it as a "phrase" (no typo tolerance)
  const marker = `zq${n.toString(36).padStart(3, '0')}x`;
  const title = `${nation} opens new ${topic} plan number ${n}`;
  const day = String((n % 28) + 1).padStart(2, '0');
  const published = `2019-03-${day}T08:30:00Z`;
  const paragraphs = [
    `Officials in ${nation} announced the ${topic} plan on Monday, calling it the largest of its kind in a decade.`,
    `The project, known locally as ${marker}, will run for three years and employ several hundred workers.`,
    `Residents said they hoped the plan would bring lasting change to the region${revision ? ` (update ${revision})` : ''}.`,
  ];
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: published,
    author: { '@type': 'Person', name: 'Staff Writer' },
    articleSection: 'News',
    mainEntityOfPage: url,
  });
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | Daily Example</title>
<link rel="canonical" href="${url}">
<meta property="og:url" content="${url}"><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta property="article:published_time" content="${published}">
<meta property="article:section" content="News">
<script type="application/ld+json">${jsonLd}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By Staff Writer</p>
<time datetime="${published}">March ${Number(day)}, 2019</time>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>Copyright 2019 Daily Example</p></footer>
</body></html>
`;
  return { n, url, title, marker, html };
}

/** Write pages `from`..`to-1` as <dir>/<n padded>.html; returns the pages. */
export function writeSamplePages(dir: string, from: number, to: number, revision = 0): SamplePage[] {
  mkdirSync(dir, { recursive: true });
  const pages: SamplePage[] = [];
  for (let n = from; n < to; n++) {
    const page = samplePage(n, revision);
    writeFileSync(join(dir, `${String(n).padStart(6, '0')}.html`), page.html);
    pages.push(page);
  }
  return pages;
}
