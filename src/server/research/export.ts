/**
 * @module Export: the whole result set of a search, not a page, as CSV, NDJSON or a JSON array,
 * streamed in date order with constant memory. Ids come from the engine's scan (no page or
 * total-hits limit), documents from the archive, one batch at a time.
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Document } from '../../document.js';
import { InputError } from '../../errors.js';
import type { ScanCursor, SearchQuery } from '../../search/engine.js';
import { CSV_OPTIONS } from '../csv.js';
import type { FilterParameter } from '../filter-resolution.js';
import type { SearchService } from '../search-service.js';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every field a row can carry, in the order columns appear when all are asked for. */
export const EXPORT_FIELDS = [
  'id',
  'url',
  'title',
  'subtitle',
  'authors',
  'publishedAt',
  'dateSource',
  'updatedAt',
  'section',
  'tags',
  'lang',
  'source',
  'nations',
  'persons',
  'wordCount',
  'body',
  'extractor',
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

/** Without `fields`: everything but the body (which makes a spreadsheet unwieldy). */
export const DEFAULT_EXPORT_FIELDS: readonly ExportField[] = EXPORT_FIELDS.filter((f) => f !== 'body' && f !== 'extractor');

/** The default cap on rows (EXPORT_MAX_ROWS): larger results are refused, never cut short. */
export const DEFAULT_EXPORT_MAX_ROWS = 100_000;

// Ids per engine scan call and documents per archive read: big enough that per-call costs vanish,
// small enough that a batch of full documents stays a few MB.
const SCAN_BATCH = 1_000;
// In CSV cells, list values (authors, nations, …) are joined with this.
const LIST_SEPARATOR = '; ';

type Row = Record<string, string | number | string[] | null>;

/** "id,title" -> the fields, in the order given; InputError naming `fields` for an unknown one. */
export function parseExportFields(value: unknown): ExportField[] {
  if (value === undefined || value === '') return [...DEFAULT_EXPORT_FIELDS];
  if (typeof value !== 'string') throw new InputError('invalid_parameter', 'fields', 'fields must be given at most once');
  const fields = [
    ...new Set(
      value
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
    ),
  ];
  const unknown = fields.find((f) => !(EXPORT_FIELDS as readonly string[]).includes(f));
  if (unknown !== undefined) {
    throw new InputError(
      'invalid_parameter',
      'fields',
      `fields: unknown field "${unknown.slice(0, 64)}" (known: ${EXPORT_FIELDS.join(', ')})`,
    );
  }
  if (fields.length === 0) throw new InputError('invalid_parameter', 'fields', 'fields: name at least one field');
  return fields as ExportField[];
}

export function parseExportFormat(value: unknown): ExportFormat {
  if (value === undefined || value === '') return 'csv';
  if (typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new InputError('invalid_parameter', 'format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
}

/** Reads stored documents by id, in that order; `withText: false` may leave body and paragraphs empty. */
export type ReadDocuments = (ids: readonly string[], opts: { withText: boolean }) => Document[] | Promise<Document[]>;

/**
 * The search an export asked for, its filters resolved, and how many articles it holds; `refusal`
 * says why an export that large is refused (null when it is not): refused whole, never cut short.
 */
export async function planExport(
  service: SearchService,
  asked: SearchQuery,
  maxRows: number,
): Promise<{ query: SearchQuery; total: number; refusal: string | null; unmatched: { parameter: FilterParameter; value: string }[] }> {
  const { query, unmatched } = await service.filters.resolve(asked);
  const total = (await service.search({ ...query, page: 1, perPage: 1, facetLimit: 0 })).result.total;
  const refusal =
    total > maxRows
      ? `the search matches ${total} articles and an export holds at most ${maxRows} (EXPORT_MAX_ROWS): narrow it with words, filters or dates`
      : null;
  return { query, total, refusal, unmatched };
}

/** An export's rows as bytes in `format`: every match of `query`, read from the archive in batches. */
export function exportRows(
  service: SearchService,
  query: SearchQuery,
  opts: { format: ExportFormat; fields: readonly ExportField[]; read: ReadDocuments; link?: (doc: Document) => Document },
): Readable {
  const docs = exportDocuments(service, opts.read, query, {
    withText: opts.fields.includes('body'),
    ...(opts.link ? { link: opts.link } : {}),
  });
  return exportStream(docs, opts.format, opts.fields);
}

/** Every document the query matches, newest first (oldest first for sort=oldest), a batch at a time. */
async function* exportDocuments(
  service: SearchService,
  read: ReadDocuments,
  query: SearchQuery,
  opts: {
    /** whether the rows show the body: without it the archive leaves the text out, most of each row */
    withText: boolean;
    /** the entity linker: rows name nations and persons by the labels the facets and filters use */
    link?: (doc: Document) => Document;
  },
): AsyncGenerator<Document> {
  const link = opts.link ?? ((doc: Document) => doc);
  let after: ScanCursor | null = null;
  do {
    const page = await service.scan(query, after, SCAN_BATCH);
    // an id the index still holds but the archive lost (a removal in flight) is left out
    for (const doc of await read(page.ids, { withText: opts.withText })) yield link(doc);
    after = page.next;
  } while (after !== null);
}

/** The rows of an export as a byte stream in `format` (CSV with a header row). */
function exportStream(docs: AsyncIterable<Document>, format: ExportFormat, fields: readonly ExportField[]): Readable {
  const rows = Readable.from(mapRows(docs, fields), { objectMode: true });
  if (format === 'csv') {
    const csv = stringify({
      ...CSV_OPTIONS,
      record_delimiter: 'windows',
      header: true,
      columns: [...fields],
      cast: { object: (v) => (Array.isArray(v) ? v.join(LIST_SEPARATOR) : JSON.stringify(v)) },
    });
    rows.on('error', (err) => csv.destroy(err));
    return rows.pipe(csv);
  }
  return Readable.from(format === 'ndjson' ? ndjson(rows) : jsonArray(rows));
}

async function* mapRows(docs: AsyncIterable<Document>, fields: readonly ExportField[]): AsyncGenerator<Row> {
  for await (const doc of docs) yield toRow(doc, fields);
}

async function* ndjson(rows: AsyncIterable<Row>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

async function* jsonArray(rows: AsyncIterable<Row>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

function toRow(doc: Document, fields: readonly ExportField[]): Row {
  const row: Row = {};
  for (const field of fields) row[field] = valueOf(doc, field);
  return row;
}

function valueOf(doc: Document, field: ExportField): Row[string] {
  if (field === 'nations') return doc.entities.nations;
  if (field === 'persons') return doc.entities.persons;
  return doc[field];
}

/** A file name for the download: what was searched, and the day ("archivist-syria-2026-12-06.csv"). */
export function exportFileName(query: SearchQuery, format: ExportFormat, today: Date): string {
  const words = [query.q, ...query.nations, ...query.persons, ...query.sections]
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return `archivist${words ? `-${words}` : ''}-${today.toISOString().slice(0, 10)}.${format === 'ndjson' ? 'ndjson' : format}`;
}
