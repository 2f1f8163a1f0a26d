/**
 * @module OpenAPI 3.1 description of the HTTP API, built from the same constants as the zod
 * schemas in ./params.ts and ./api/write.ts so limits cannot drift. test/server/openapi.test.ts
 * checks every documented path answers and every route is documented.
 */
import { z } from 'zod';
import { Document } from '../document.js';
import { FACET_NAMES, INTERVALS } from '../search/engine.js';
import { EXPORT_FIELDS, EXPORT_FORMATS } from './research/export.js';
import { MAX_SERIES } from './research/trends.js';
import {
  DEFAULT_FACET_LIMIT,
  DEFAULT_PER_PAGE,
  MAX_FACET_LIMIT,
  MAX_PAGE,
  MAX_PER_PAGE,
  MAX_Q_CHARS,
  MAX_VALUE_CHARS,
  MAX_VALUES,
} from './params.js';
import { batchOperation, batchSchemas, feedOperation } from './openapi-batch-feed.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const stringList = { type: 'array', items: { type: 'string' } };
const repeatable = (name: string, description: string) => ({
  name,
  in: 'query',
  description: `${description} (repeatable, at most ${MAX_VALUES} values)`,
  explode: true,
  schema: { type: 'array', maxItems: MAX_VALUES, items: { type: 'string', maxLength: MAX_VALUE_CHARS } },
});
const date = (name: string, description: string) => ({
  name,
  in: 'query',
  description: `${description}: YYYY-MM-DD (whole day, inclusive) or an ISO 8601 timestamp`,
  schema: { type: 'string', examples: ['2016-12-31', '2016-12-31T12:00:00Z'] },
});
const facetCounts = { type: 'array', items: ref('FacetCount') };
/** The parameters of a search: /api/search and every endpoint that works on a search's results. */
const searchParameters = [
  {
    name: 'q',
    in: 'query',
    description: 'words, "quoted phrases", -excluded words',
    schema: { type: 'string', maxLength: MAX_Q_CHARS },
  },
  repeatable('nation', 'nation filter'),
  repeatable('person', 'person filter'),
  {
    name: 'match',
    in: 'query',
    description: 'how repeated nation/person values combine',
    schema: { type: 'string', enum: ['all', 'any'], default: 'all' },
  },
  date('from', 'earliest publication date'),
  date('to', 'latest publication date'),
  repeatable('section', 'section filter (any of)'),
  repeatable('language', 'language filter, e.g. en, ar (any of)'),
  repeatable('source', 'source site filter, e.g. albawaba (any of)'),
  repeatable('author', 'author filter (any of)'),
  {
    name: 'sort',
    in: 'query',
    description: 'default: relevance with q, newest without',
    schema: { type: 'string', enum: ['relevance', 'newest', 'oldest'] },
  },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } },
  { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE } },
];
/** What selects articles: the search's parameters without its order and paging (entity profiles, export). */
const filterParameters = searchParameters.filter((p) => !['sort', 'page', 'perPage'].includes(p.name));
const exportSort = {
  name: 'sort',
  in: 'query',
  description: 'date order: newest first, or oldest first with oldest (relevance is not an export order: it gives newest)',
  schema: { type: 'string', enum: ['relevance', 'newest', 'oldest'] },
};
const researchResponses = (ok: object) => ({
  ...ok,
  400: errorResponse('a parameter is invalid or unknown; error.parameter names it'),
  429: errorResponse('rate limited'),
  503: errorResponse('the search engine is unavailable'),
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Archivist API',
    version: '1.0.0',
    description: 'Search a news archive by text, nation, person, date and section; read and add articles.',
  },
  paths: {
    '/api/search': {
      get: {
        summary: 'Full-text search with facet filters and facet counts',
        parameters: searchParameters,
        responses: {
          200: { description: 'results', content: json(ref('SearchResponse')) },
          400: errorResponse('a parameter is invalid or unknown; error.parameter names it'),
          429: errorResponse('rate limited'),
          503: errorResponse('the search engine is unavailable'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One archived article',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{16}$' } }],
        responses: { 200: { description: 'the Document', content: json(ref('Document')) }, 404: errorResponse('no such article') },
      },
    },
    '/api/articles': {
      post: {
        summary: 'Store an article (a page to parse, or a Document) and queue it for indexing',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: json({ oneOf: [ref('PageInput'), ref('Document')] }),
        },
        responses: {
          200: { description: 'stored: updated or unchanged', content: json(ref('WriteResult')) },
          201: { description: 'stored: new', content: json(ref('WriteResult')) },
          400: errorResponse(
            'invalid body (not JSON, not an object, a field invalid, or not decompressible as its Content-Encoding says); error.parameter names the field, or body',
          ),
          401: errorResponse('no bearer key'),
          403: errorResponse('wrong key, or writes disabled (no ARCHIVIST_API_KEY on the server)'),
          413: errorResponse('body too large, or its html over the page limit (error.parameter: html)'),
          415: errorResponse('body is not application/json'),
          422: errorResponse('the page holds no article (code: no_article, not_html, decode_failed)'),
        },
      },
    },
    '/api/facets/{facet}': {
      get: {
        summary:
          'Facet values containing q, or whose entity has a name or alias in either script containing q; most frequent first (autocomplete)',
        parameters: [
          { name: 'facet', in: 'path', required: true, schema: { type: 'string', enum: FACET_NAMES } },
          { name: 'q', in: 'query', schema: { type: 'string', maxLength: MAX_VALUE_CHARS } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_FACET_LIMIT, default: DEFAULT_FACET_LIMIT } },
        ],
        responses: {
          200: { description: 'values', content: json(facetCounts) },
          400: errorResponse('unknown facet, or a parameter that is invalid or unknown'),
          503: errorResponse('engine unavailable'),
        },
      },
    },
    '/api/entities/{facet}/{value}': {
      get: {
        summary:
          'Profile of a nation or person (any name, alias or script) within the search filters: mentions, first/last, per month, co-mentions, sections, latest and relevant articles',
        parameters: [
          { name: 'facet', in: 'path', required: true, schema: { type: 'string', enum: ['persons', 'nations'] } },
          { name: 'value', in: 'path', required: true, schema: { type: 'string' } },
          ...filterParameters,
        ],
        responses: researchResponses({
          200: { description: 'the profile (docs/interfaces.md)', content: json({ type: 'object' }) },
          404: errorResponse('no such nation or person; suggestions lists the closest labels'),
        }),
      },
    },
    '/api/timeline': {
      get: {
        summary:
          'Up to 5 series (each a search line: words and nation:/person:/section:/language:/source:/author: filters) counted per period, with the archive total per period',
        parameters: [
          {
            name: 'series',
            in: 'query',
            required: true,
            explode: true,
            schema: { type: 'array', minItems: 1, maxItems: MAX_SERIES, items: { type: 'string' } },
          },
          date('from', 'first day counted'),
          date('to', 'last day counted'),
          { name: 'interval', in: 'query', description: 'default: chosen from the span', schema: { type: 'string', enum: INTERVALS } },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
        ],
        responses: researchResponses({
          200: {
            description: 'periods, totals and series (docs/interfaces.md)',
            content: { ...json({ type: 'object' }), 'text/csv': { schema: { type: 'string' } } },
          },
        }),
      },
    },
    '/api/export': {
      get: {
        summary: 'The whole result set of a search, streamed in date order (newest first; oldest with sort=oldest)',
        parameters: [
          ...filterParameters,
          exportSort,
          { name: 'format', in: 'query', schema: { type: 'string', enum: EXPORT_FORMATS, default: 'csv' } },
          { name: 'fields', in: 'query', description: `comma-separated, from: ${EXPORT_FIELDS.join(', ')}`, schema: { type: 'string' } },
        ],
        responses: researchResponses({
          200: {
            description: 'the rows (CSV with a header row, NDJSON, or a JSON array); X-Total-Count gives their number',
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
              ...json({ type: 'array' }),
            },
          },
          413: errorResponse('more matches than EXPORT_MAX_ROWS: narrow the search'),
        }),
      },
    },
    '/api/batch': batchOperation,
    '/feeds/search.atom': feedOperation(searchParameters),
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    '/api/docs': {
      get: { summary: 'This document as a readable HTML page', responses: { 200: { description: 'the API reference page' } } },
    },
    '/healthz': {
      get: { summary: 'Liveness', responses: { 200: { description: 'the process is up', content: json({ type: 'object' }) } } },
    },
    '/readyz': {
      get: {
        summary: 'Readiness: the search engine answers',
        responses: {
          200: { description: 'ready: {"status":"ready","engine":{…}}', content: json({ type: 'object' }) },
          503: {
            description:
              'not ready: status "reindexing" while Meilisearch re-indexes for new settings (searches wait until it is done), else "not_ready"; engine.detail says why',
            content: json({ type: 'object' }),
          },
        },
      },
    },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics',
        responses: { 200: { description: 'text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'ARCHIVIST_API_KEY' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, parameter: { type: 'string' } },
          },
        },
      },
      FacetCount: { type: 'object', required: ['value', 'count'], properties: { value: { type: 'string' }, count: { type: 'integer' } } },
      Hit: {
        type: 'object',
        required: ['id', 'url', 'title', 'subtitle', 'publishedAt', 'section', 'authors', 'nations', 'persons', 'snippet'],
        properties: {
          id: { type: 'string' },
          url: { type: 'string' },
          title: { type: 'string' },
          subtitle: { type: ['string', 'null'] },
          publishedAt: { type: 'string', format: 'date-time' },
          section: { type: ['string', 'null'] },
          authors: stringList,
          nations: stringList,
          persons: stringList,
          snippet: { type: 'string', description: 'HTML-escaped text; <mark>…</mark> around matched words is the only markup' },
          titleHighlighted: { type: 'string', description: 'the title, escaped, with <mark> around matched words' },
        },
      },
      SearchResponse: {
        type: 'object',
        required: ['query', 'total', 'page', 'perPage', 'totalPages', 'tookMs', 'hits', 'facets'],
        properties: {
          query: { type: 'object', description: 'the query as understood (filter values resolved to their labels, dates as UTC bounds)' },
          total: { type: 'integer' },
          page: { type: 'integer' },
          perPage: { type: 'integer' },
          totalPages: { type: 'integer' },
          tookMs: { type: 'number' },
          hits: { type: 'array', items: ref('Hit') },
          suggestions: {
            type: 'array',
            description: 'only when a nation, person or section value matched nothing: the closest labels for each',
            items: {
              type: 'object',
              required: ['parameter', 'value', 'suggestions'],
              properties: {
                parameter: { type: 'string', enum: ['nation', 'person', 'section'] },
                value: { type: 'string' },
                suggestions: stringList,
              },
            },
          },
          facets: {
            type: 'object',
            description: 'counts over the whole filtered result set, by count desc then value',
            properties: Object.fromEntries(FACET_NAMES.map((f) => [f, facetCounts])),
          },
        },
      },
      PageInput: {
        type: 'object',
        required: ['url', 'html'],
        properties: { url: { type: 'string', format: 'uri' }, html: { type: 'string' } },
      },
      WriteResult: {
        type: 'object',
        required: ['id', 'outcome'],
        properties: { id: { type: 'string' }, outcome: { type: 'string', enum: ['new', 'updated', 'unchanged'] } },
      },
      ...batchSchemas,
      // Generated from the zod schema every stage shares, so it cannot drift from src/document.ts.
      Document: documentSchema(),
    },
  },
} as const;

function documentSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(Document) as Record<string, unknown>;
  return schema;
}
