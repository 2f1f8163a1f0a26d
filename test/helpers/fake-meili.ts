/**
 * @module A small fake Meilisearch HTTP server for adapter tests on machines without one. It
 * speaks the routes the adapter uses, records every request, keeps documents and settings in
 * memory, and runs tasks the way the real server does: enqueued, processing, then succeeded or
 * failed, with effects applied only on success. Searches run over the stored documents with the
 * index's settings as Meilisearch reads them (fake-meili/search.ts: tokenisation, negation, the
 * ten-term limit, phrases, stop words, typo and prefix highlight lengths, facet normalisation, and
 * the errors of an index without its settings), unless the test cans the answer.
 * Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { facetValues } from './fake-meili/facets.js';
import { search, SearchRefused } from './fake-meili/search.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface TaskError {
  message: string;
  code: string;
}

export interface FakeMeiliOptions {
  /** when set, a request without `Authorization: Bearer <apiKey>` gets 401 */
  apiKey?: string;
  /** GET /tasks/:uid answers enqueued / processing this many times before the final status
   * (a number, or per task type: "indexCreation", "settingsUpdate", …). Default 2 */
  pollsBeforeDone?: number | ((taskType: string) => number);
  /** decide that a write task fails (return its error) from the request that enqueued it */
  failTask?: (req: RecordedRequest) => TaskError | undefined;
  /** canned answer of POST /indexes/:uid/search (default: a search of the stored documents) */
  search?: (body: Record<string, unknown>) => unknown;
  /** canned answer of POST /indexes/:uid/facet-search (default: values of the stored documents) */
  facetSearch?: (body: Record<string, unknown>) => unknown;
  /** answer every request with this status and error body (to test error mapping) */
  failAll?: { status: number; code: string; message: string };
}

export interface FakeMeili {
  url: string;
  requests: RecordedRequest[];
  /** index uid -> settings (absent = index does not exist) */
  indexes: Map<string, { settings: Record<string, unknown>; documents: Map<string, Record<string, unknown>> }>;
  tasks: FakeTask[];
  close(): Promise<void>;
}

interface FakeTask {
  uid: number;
  indexUid: string;
  type: string;
  polls: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: TaskError | null;
  apply: () => TaskError | undefined;
}

/** What a new index reports before any settings update (Meilisearch 1.x defaults). */
export const DEFAULT_SETTINGS = {
  displayedAttributes: ['*'],
  searchableAttributes: ['*'],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  stopWords: [],
  synonyms: {},
  distinctAttribute: null,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
  pagination: { maxTotalHits: 1000 },
};

export async function startFakeMeili(options: FakeMeiliOptions = {}): Promise<FakeMeili> {
  const fake: FakeMeili = { url: '', requests: [], indexes: new Map(), tasks: [], close: async () => {} };
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: raw === '' ? undefined : JSON.parse(raw),
        authorization: req.headers.authorization,
      };
      fake.requests.push(recorded);
      route(fake, options, recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

/** The requests as "METHOD /path" lines, in order. */
export function requestLines(fake: FakeMeili): string[] {
  return fake.requests.map((r) => `${r.method} ${r.path}`);
}

// ---------------------------------------------------------------------------------------------

function route(fake: FakeMeili, options: FakeMeiliOptions, req: RecordedRequest, res: ServerResponse): void {
  if (options.failAll) return send(res, options.failAll.status, apiError(options.failAll.code, options.failAll.message));
  const [, first, uid, sub, subsub] = req.path.split('/');
  // like the real server, /health needs no key
  if (req.method === 'GET' && first === 'health') return send(res, 200, { status: 'available' });
  if (options.apiKey !== undefined && req.authorization !== `Bearer ${options.apiKey}`) {
    return send(res, 401, apiError('invalid_api_key', 'The provided API key is invalid.'));
  }
  if (first === 'tasks' && req.method === 'GET' && uid !== undefined) return pollTask(fake, options, Number(uid), res);
  if (first === 'tasks' && req.method === 'GET') return listTasks(fake, req.query, res);
  if (first !== 'indexes') return send(res, 404, apiError('not_found', `no route ${req.path}`));
  if (req.method === 'POST' && uid === undefined) return createIndex(fake, options, req, res);
  const key = `${req.method} ${[sub, subsub].filter(Boolean).join('/')}`;
  // Adding documents to a missing index creates it, with default settings (docs: "Add or replace
  // documents": "If the provided index does not exist, it will be created"): what an upsert does
  // after the index was deleted under a running app.
  if (key === 'POST documents' && !fake.indexes.has(uid!)) return addToNewIndex(fake, options, req, res, uid!);
  const index = fake.indexes.get(uid!);
  if (index === undefined && key !== 'DELETE ') return send(res, 404, apiError('index_not_found', `Index \`${uid}\` not found.`));
  const idx = index!;
  switch (key) {
    case 'GET ':
      return send(res, 200, { uid, primaryKey: 'id', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
    case 'GET settings':
      return send(res, 200, idx.settings);
    case 'PATCH settings':
      return enqueue(fake, options, req, res, uid!, 'settingsUpdate', () => void Object.assign(idx.settings, req.body));
    case 'POST documents':
      return enqueue(fake, options, req, res, uid!, 'documentAdditionOrUpdate', () => {
        for (const doc of req.body as Record<string, unknown>[]) idx.documents.set(String(doc.id), doc);
      });
    case 'POST documents/delete-batch':
      return enqueue(fake, options, req, res, uid!, 'documentDeletion', () => {
        for (const id of req.body as string[]) idx.documents.delete(id);
      });
    case 'DELETE documents':
      return enqueue(fake, options, req, res, uid!, 'documentDeletion', () => idx.documents.clear());
    case 'DELETE ':
      return enqueue(fake, options, req, res, uid!, 'indexDeletion', () => void fake.indexes.delete(uid!));
    case 'GET stats':
      return send(res, 200, { numberOfDocuments: idx.documents.size, isIndexing: false, fieldDistribution: {} });
    case 'POST search':
      return answerSearch(res, () => options.search?.(req.body as Record<string, unknown>) ?? searchIndex(idx, req.body));
    case 'POST facet-search':
      return answerSearch(
        res,
        () =>
          options.facetSearch?.(req.body as Record<string, unknown>) ??
          facetValues([...idx.documents.values()], idx.settings, req.body as Record<string, unknown>),
      );
    default:
      return send(res, 404, apiError('not_found', `no route ${req.method} ${req.path}`));
  }
}

type FakeIndex = FakeMeili['indexes'] extends Map<string, infer I> ? I : never;

function searchIndex(idx: FakeIndex, body: unknown) {
  return search([...idx.documents.values()], idx.settings, body as Record<string, unknown>);
}

/** A search refused as Meilisearch refuses it (400 with its error code), or its answer. */
function answerSearch(res: ServerResponse, answer: () => unknown): void {
  try {
    send(res, 200, answer());
  } catch (err) {
    if (!(err instanceof SearchRefused)) throw err;
    send(res, 400, apiError(err.code, err.message));
  }
}

function addToNewIndex(fake: FakeMeili, options: FakeMeiliOptions, req: RecordedRequest, res: ServerResponse, uid: string): void {
  enqueue(fake, options, req, res, uid, 'documentAdditionOrUpdate', () => {
    const idx = fake.indexes.get(uid) ?? { settings: structuredClone(DEFAULT_SETTINGS), documents: new Map() };
    fake.indexes.set(uid, idx);
    for (const doc of req.body as Record<string, unknown>[]) idx.documents.set(String(doc.id), doc);
  });
}

function createIndex(fake: FakeMeili, options: FakeMeiliOptions, req: RecordedRequest, res: ServerResponse): void {
  const { uid } = req.body as { uid: string };
  enqueue(fake, options, req, res, uid, 'indexCreation', () => {
    if (fake.indexes.has(uid)) return { code: 'index_already_exists', message: `Index \`${uid}\` already exists.` };
    fake.indexes.set(uid, { settings: structuredClone(DEFAULT_SETTINGS), documents: new Map() });
    return undefined;
  });
}

function enqueue(
  fake: FakeMeili,
  options: FakeMeiliOptions,
  req: RecordedRequest,
  res: ServerResponse,
  indexUid: string,
  type: string,
  effect: () => TaskError | void,
): void {
  const failure = options.failTask?.(req);
  const task: FakeTask = {
    uid: fake.tasks.length,
    indexUid,
    type,
    polls: 0,
    status: 'enqueued',
    error: null,
    apply: () => failure ?? effect() ?? undefined,
  };
  fake.tasks.push(task);
  send(res, 202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: '2026-01-01T00:00:00Z' });
}

/** GET /tasks filtered by indexUids, types and statuses (comma-separated), newest first. */
function listTasks(fake: FakeMeili, query: Record<string, string>, res: ServerResponse): void {
  const allowed = (param: string | undefined, value: string) => param === undefined || param.split(',').includes(value);
  const results = fake.tasks
    .filter((t) => allowed(query.indexUids, t.indexUid) && allowed(query.types, t.type) && allowed(query.statuses, t.status))
    .reverse()
    .map(taskView);
  send(res, 200, { results, total: results.length, limit: 20, from: results[0]?.uid ?? null, next: null });
}

function pollTask(fake: FakeMeili, options: FakeMeiliOptions, uid: number, res: ServerResponse): void {
  const task = fake.tasks[uid];
  if (task === undefined) return send(res, 404, apiError('task_not_found', `Task \`${uid}\` not found.`));
  if (task.status === 'enqueued' || task.status === 'processing') {
    task.polls += 1;
    const polls = typeof options.pollsBeforeDone === 'function' ? options.pollsBeforeDone(task.type) : (options.pollsBeforeDone ?? 2);
    if (task.polls > polls) {
      task.error = task.apply() ?? null;
      task.status = task.error === null ? 'succeeded' : 'failed';
    } else {
      task.status = task.polls === 1 ? 'enqueued' : 'processing';
    }
  }
  send(res, 200, taskView(task));
}

function taskView(task: FakeTask) {
  return {
    uid: task.uid,
    batchUid: null,
    indexUid: task.indexUid,
    status: task.status,
    type: task.type,
    canceledBy: null,
    details: {},
    error: task.error === null ? null : { ...task.error, type: 'invalid_request', link: 'https://docs.meilisearch.com/errors' },
    duration: null,
    enqueuedAt: '2026-01-01T00:00:00Z',
    startedAt: null,
    finishedAt: null,
  };
}

function apiError(code: string, message: string) {
  return { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      .on('error', reject);
  });
}
