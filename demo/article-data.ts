/**
 * @module The demo archive's article data: one JSON file per article in demo/articles/, parsed
 * with zod here, turned into the corpus renderer's ArticleSpec. `expected` holds the facets a
 * correct scraper + entity extractor must find (the entity rules of fixtures/albawaba/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { slugify, type ArticleSpec } from '../bench/corpus/index.js';

const UTC_MINUTES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/;

const SECTION_SLUGS: Readonly<Record<string, string>> = {
  News: 'news',
  Business: 'business',
  Sports: 'sports',
  Entertainment: 'entertainment',
  Opinion: 'opinion',
  'Life & Style': 'life-style',
  Tech: 'tech',
  أخبار: 'news',
  اقتصاد: 'business',
  رياضة: 'sports',
  فن: 'entertainment',
  منوعات: 'life-style',
};

export const DemoArticle = z
  .object({
    layout: z.enum(['d7', 'd9', 'amp']),
    lang: z.enum(['en', 'ar']),
    /** the site's node id, the number at the end of the URL */
    node: z.number().int().positive(),
    section: z.string().refine((s) => s in SECTION_SLUGS, 'unknown section'),
    title: z.string().min(1),
    subtitle: z.string().min(1).nullable(),
    authors: z.array(z.string().min(1)).min(1),
    publishedAt: z.string().regex(UTC_MINUTES),
    updatedAt: z.string().regex(UTC_MINUTES).nullable(),
    tags: z.array(z.string().min(1)),
    paragraphs: z.array(z.string().min(1)).min(4).max(8),
    /** "Read more: …" lines the page shows inside the body (boilerplate, not article text) */
    readMore: z.array(z.string()).default([]),
    expected: z.object({ nations: z.array(z.string()), persons: z.array(z.string()) }),
  })
  .superRefine((a, ctx) => {
    // The layout must fit the date: Drupal 7 site until 2018, Drupal 9 (and AMP) from 2019.
    const year = Number(a.publishedAt.slice(0, 4));
    if ((a.layout === 'd7') !== year <= 2018) ctx.addIssue({ code: 'custom', message: `layout ${a.layout} does not fit ${year}` });
    for (const key of ['nations', 'persons'] as const) {
      const list = a.expected[key];
      if (list.join('\n') !== [...list].sort().join('\n')) ctx.addIssue({ code: 'custom', message: `expected.${key} must be sorted` });
    }
  });
export type DemoArticle = z.infer<typeof DemoArticle>;

export interface DemoEntry {
  /** file base name, e.g. "2016-mosul-offensive"; the page is pages/<name>.<layout>.html */
  name: string;
  data: DemoArticle;
  spec: ArticleSpec;
  pageFile: string;
}

export const DEMO_DIR = new URL('.', import.meta.url).pathname;
export const ARTICLES_DIR = join(DEMO_DIR, 'articles');
export const PAGES_DIR = join(DEMO_DIR, 'pages');

export function loadDemoArticles(dir = ARTICLES_DIR): DemoEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const parsed = DemoArticle.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`demo/articles/${file}: ${parsed.error.message}`);
      const data = parsed.data;
      return { name, data, spec: toSpec(data), pageFile: `${name}.${data.layout}.html` };
    });
}

export function demoUrl(a: DemoArticle): string {
  const path = `${SECTION_SLUGS[a.section]!}/${slugify(a.title)}-${a.node}`;
  return `https://www.albawaba.com/${a.lang === 'ar' ? `ar/${encodeURI(path)}` : path}`;
}

function toSpec(a: DemoArticle): ArticleSpec {
  return {
    url: demoUrl(a),
    lang: a.lang,
    title: a.title,
    subtitle: a.subtitle,
    authors: a.authors,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    section: a.section,
    tags: a.tags,
    paragraphs: a.paragraphs,
    readMore: a.readMore,
    nations: a.expected.nations,
    persons: a.expected.persons,
  };
}
