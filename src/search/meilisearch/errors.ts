/**
 * @module Meilisearch client errors -> our EngineError codes, at the adapter's edge, so the
 * server maps them to HTTP statuses without knowing which engine ran (style.md §9).
 */
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { EngineError } from '../../errors.js';

/** What the adapter was doing: a failed write is `index_failed`, a rejected read `invalid_query`. */
export type Operation = 'read' | 'write';

/** Server-side trouble (5xx) means the engine is not usable right now, like a network failure. */
const FIRST_SERVER_ERROR_STATUS = 500;

// Errors that mean the index is not in the state init left it: deleted (a recreated volume), or
// re-created by an upsert without its settings, so a filter, sort or facet names an attribute
// Meilisearch no longer knows as filterable. The adapter builds every filter itself, so these are
// never the user's fault: the engine is unavailable until init has run again (`needsInit`).
const INDEX_STATE_CODES = new Set([
  'index_not_found',
  'invalid_search_filter',
  'invalid_search_sort',
  'invalid_search_facets',
  'invalid_facet_search_facet_name',
  'invalid_search_attributes_to_highlight',
  'invalid_search_attributes_to_crop',
]);

export function toEngineError(err: unknown, op: Operation, what: string): EngineError {
  if (err instanceof EngineError) return err;
  if (err instanceof MeilisearchRequestError) {
    // no answer at all: refused, reset, DNS, request timeout
    return new EngineError(
      'engine_unavailable',
      `Meilisearch unreachable during ${what}: ${causeMessage(err)}`,
      { operation: what },
      { cause: err },
    );
  }
  if (err instanceof MeilisearchTaskTimeOutError) {
    return new EngineError(
      'index_failed',
      `Meilisearch task ${err.cause.taskUid} not finished after ${err.cause.timeout} ms (${what})`,
      {
        operation: what,
        taskUid: err.cause.taskUid,
        reason: 'task_timeout',
      },
      { cause: err },
    );
  }
  if (err instanceof MeilisearchApiError) {
    const status = err.response.status;
    const details = { operation: what, status, meiliCode: err.cause?.code };
    if (INDEX_STATE_CODES.has(err.cause?.code ?? '')) {
      return new EngineError(
        'engine_unavailable',
        `Meilisearch index not ready during ${what} (${err.cause?.code}): settings are applied again`,
        { ...details, needsInit: true },
        { cause: err },
      );
    }
    if (status >= FIRST_SERVER_ERROR_STATUS || status === 401 || status === 403) {
      // 401/403: a wrong MEILI_API_KEY makes the engine as unusable as a stopped one
      return new EngineError('engine_unavailable', `Meilisearch ${status} during ${what}: ${err.message}`, details, { cause: err });
    }
    return new EngineError(op === 'write' ? 'index_failed' : 'invalid_query', `Meilisearch rejected ${what}: ${err.message}`, details, {
      cause: err,
    });
  }
  return new EngineError(
    'engine_unavailable',
    `Meilisearch ${what} failed: ${err instanceof Error ? err.message : String(err)}`,
    { operation: what },
    { cause: err },
  );
}

/** True when the error is Meilisearch saying the index does not exist (yet). */
export function isIndexNotFound(err: unknown): boolean {
  return err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found';
}

function causeMessage(err: MeilisearchRequestError): string {
  const cause = err.cause as { message?: string; cause?: { code?: string } } | undefined;
  return cause?.cause?.code ?? cause?.message ?? err.message;
}
