/** Ingest of a stored page in windows-1256 whose headers say utf-8 (issue 17): decoded by its meta, warning logged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ingestPage } from '../../src/pipeline/index.js';
import { openArchive } from '../../src/store/index.js';
import { tempDir } from '../helpers/tmp.js';
import {
  LYING_CONTENT_TYPE,
  LYING_PAGE_BYTES,
  LYING_PAGE_PARAGRAPHS,
  LYING_PAGE_TITLE,
  LYING_PAGE_URL_PATH,
  capturingLogger,
} from '../helpers/lying-charset.js';

test('ingest: a windows-1256 page with a utf-8 Content-Type is decoded by its meta charset and a warning is logged', (t) => {
  const archive = openArchive(join(tempDir(t), 'archive.db'));
  t.after(() => archive.close());
  const { log, lines } = capturingLogger();
  const url = `https://old-news.example${LYING_PAGE_URL_PATH}`;
  const page = {
    url,
    fetchedAt: '2026-12-06T10:00:00Z',
    status: 200,
    headers: { 'content-type': LYING_CONTENT_TYPE },
    body: LYING_PAGE_BYTES,
  };
  const { outcome, doc } = ingestPage({ archive, log }, page, { entities: false });
  assert.equal(outcome, 'new');
  assert.equal(doc.title, LYING_PAGE_TITLE);
  assert.deepEqual(doc.paragraphs, LYING_PAGE_PARAGRAPHS);
  assert.equal(doc.publishedAt, '2013-02-03T18:45:00Z');
  assert.deepEqual(
    lines.map((l) => ({ stage: l.stage, url: l.url, code: l.code, declared: l.declared, used: l.used })),
    [{ stage: 'ingest', url, code: 'charset_mismatch', declared: 'utf-8', used: 'windows-1256' }],
  );
});
