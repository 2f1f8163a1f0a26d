/**
 * @module The Document: the one shape every stage after the scraper speaks.
 * Fields and meanings are fixed by docs/document.md; add fields, never rename.
 */
import { z } from 'zod';

/** ISO 8601 UTC with seconds, e.g. "2016-01-21T05:53:00Z". */
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A time as the Document writes it: ISO 8601 UTC to the second. */
export function toUtcSeconds(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

// The shape alone lets "2016-13-45T99:00:00Z" or "2016-02-30T10:00:00Z" through; a time that
// does not name itself again once read is refused here, before it can reach an index (which
// would fail on it, and hold up every write queued after it).
const utcTimestamp = z
  .string()
  .regex(UTC_SECONDS, 'expected ISO 8601 UTC like 2016-01-21T05:53:00Z')
  .refine((s) => !UTC_SECONDS.test(s) || isRealTime(s), 'not a real date and time (month 01-12, a day the month has, hour 00-23)');

/** True when `s` (of the UTC_SECONDS shape) names a time that exists: it reads back as itself. */
function isRealTime(s: string): boolean {
  const time = new Date(s);
  return !Number.isNaN(time.getTime()) && toUtcSeconds(time) === s;
}

export const Entities = z.object({
  nations: z.array(z.string()),
  persons: z.array(z.string()),
});
export type Entities = z.infer<typeof Entities>;

/**
 * Where `publishedAt` came from, most trusted first: the page's markup (JSON-LD, meta tags,
 * `<time>`, a visible dateline), a date in its URL path, the HTTP Last-Modified of its fetch, or
 * the time it was fetched or ingested (the page states no date at all).
 */
export const DateSource = z.enum(['markup', 'url', 'http', 'fetched']);
export type DateSource = z.infer<typeof DateSource>;

export const Document = z.object({
  /** first 16 hex digits of sha256(canonical URL) */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  /** canonical absolute URL */
  url: z.string().url(),
  /** "albawaba" for Al Bawaba pages, else the host name */
  source: z.string().min(1),
  /** "en", "ar", … */
  lang: z.string().min(2),
  title: z.string().min(1),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  publishedAt: utcTimestamp,
  /** where publishedAt came from; Documents stored before the field existed had a markup or URL date */
  dateSource: DateSource.default('markup').describe(
    'where publishedAt came from: the page markup, a date in its URL path, the HTTP Last-Modified of the fetch, or the fetch time (the page states no date)',
  ),
  updatedAt: utcTimestamp.nullable(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  paragraphs: z.array(z.string()),
  /** paragraphs joined with "\n\n" */
  body: z.string(),
  entities: Entities,
  wordCount: z.number().int().nonnegative(),
  /** sha256 hex of body */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** which parser produced it: "albawaba-2016", "albawaba-2019", "albawaba-amp", "generic" */
  extractor: z.string().min(1),
});
export type Document = z.infer<typeof Document>;

/** A Document's body: its paragraphs joined with "\n\n" (docs/document.md). */
export function bodyOf(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** The error line `parse` prints for an input that cannot give a Document. */
export interface ErrorLine {
  error: { code: string; message: string };
  source: string;
}
