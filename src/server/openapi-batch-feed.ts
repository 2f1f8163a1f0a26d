/**
 * @module The OpenAPI description of POST /api/batch and GET /feeds/search.atom (issue 16.4-5),
 * built from the constants the code enforces; ./openapi.ts puts them in the document.
 */
import { MAX_BATCH_BODY_BYTES } from './api/batch.js';
import { MAX_BATCH_LINES } from './batch/input.js';
import { CO_MENTIONS } from './batch/lookup.js';
import { BATCH_CSV_HEADER } from './batch/table.js';
import { FEED_ENTRIES } from './feeds.js';
import { MAX_Q_CHARS } from './params.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const facetCounts = { type: 'array', items: ref('FacetCount') };
const mention = { oneOf: [ref('Mention'), { type: 'null' }] };

export const batchOperation = {
  post: {
    summary: `Look up to ${MAX_BATCH_LINES} names or queries at once: each line read as a nation, a person or words, with its total, first and last mention and top co-mentions`,
    parameters: [
      {
        name: 'format',
        in: 'query',
        description: 'the answer: JSON, or CSV (without it, Accept: text/csv asks for CSV)',
        schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
      },
    ],
    requestBody: {
      required: true,
      description: `at most ${MAX_BATCH_LINES} non-blank lines of at most ${MAX_Q_CHARS} characters; blank lines skipped; at most ${MAX_BATCH_BODY_BYTES} bytes`,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['lines'],
            properties: { lines: { type: 'array', items: { type: 'string', maxLength: MAX_Q_CHARS } } },
          },
        },
        'text/plain': { schema: { type: 'string', description: 'one line per line' } },
      },
    },
    responses: {
      200: {
        description: `one answer per line, in input order; CSV columns: ${BATCH_CSV_HEADER.join(',')}`,
        content: {
          'application/json': { schema: ref('BatchResponse') },
          'text/csv': { schema: { type: 'string' } },
        },
      },
      400: errorResponse(`no line, more than ${MAX_BATCH_LINES}, a line too long (the message names it), or a bad parameter`),
      413: errorResponse('body too large'),
      415: errorResponse('the body is neither application/json nor text/plain'),
      429: errorResponse('rate limited'),
      503: errorResponse('the search engine is unavailable'),
    },
  },
};

/** GET /feeds/search.atom takes the parameters of /api/search. */
export function feedOperation(searchParameters: readonly object[]) {
  return {
    get: {
      summary: `A search as an Atom 1.0 feed of its ${FEED_ENTRIES} newest articles (sort, page and perPage are ignored); ETag and Last-Modified for conditional GETs`,
      parameters: searchParameters,
      responses: {
        200: { description: 'the feed', content: { 'application/atom+xml': { schema: { type: 'string' } } } },
        304: { description: 'not modified: If-None-Match or If-Modified-Since names the current feed' },
        400: errorResponse('a parameter is invalid or unknown; error.parameter names it'),
        503: errorResponse('the search engine is unavailable'),
      },
    },
  };
}

export const batchSchemas = {
  Mention: {
    type: 'object',
    required: ['id', 'title', 'publishedAt'],
    properties: { id: { type: 'string' }, title: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' } },
  },
  BatchAnswer: {
    type: 'object',
    required: ['lineNumber', 'line', 'read', 'total', 'first', 'last', 'coMentions'],
    properties: {
      lineNumber: { type: 'integer', description: '1-based, blank lines counted' },
      line: { type: 'string' },
      read: {
        type: 'object',
        required: ['kind', 'label'],
        properties: { kind: { type: 'string', enum: ['nation', 'person', 'text'] }, label: { type: 'string' } },
      },
      total: { type: 'integer' },
      first: { ...mention, description: 'the oldest matching article' },
      last: { ...mention, description: 'the newest matching article' },
      coMentions: {
        type: 'object',
        description: `the ${CO_MENTIONS} nations and persons mentioned most with it (itself left out)`,
        properties: { nations: facetCounts, persons: facetCounts },
      },
    },
  },
  BatchResponse: {
    type: 'object',
    required: ['lines', 'tookMs'],
    properties: { lines: { type: 'array', items: ref('BatchAnswer') }, tookMs: { type: 'number' } },
  },
};
