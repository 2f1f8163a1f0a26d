/** A crawled page in windows-1256 served as utf-8 (issue 17): stored with its Arabic text, and a warning logged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { crawl } from '../../src/crawl/index.js';
import { openArchive } from '../../src/store/index.js';
import { parseFetchedPage } from '../../src/parse/index.js';
import { documentId } from '../../src/extract/index.js';
import { CRAWL_RULES } from '../../scrapers/index.js';
import { tempDir } from '../helpers/tmp.js';
import { OPTIONS } from './helpers.js';
import {
  LYING_CONTENT_TYPE,
  LYING_PAGE_BYTES,
  LYING_PAGE_PARAGRAPHS,
  LYING_PAGE_TITLE,
  LYING_PAGE_URL_PATH,
  capturingLogger,
} from '../helpers/lying-charset.js';

test('crawl: a windows-1256 page served as utf-8 is decoded by its meta charset and a warning is logged', async (t) => {
  const server = createServer((req, res) => {
    if (req.url !== LYING_PAGE_URL_PATH) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': LYING_CONTENT_TYPE }).end(Buffer.from(LYING_PAGE_BYTES));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${LYING_PAGE_URL_PATH}`;
  const archive = openArchive(join(tempDir(t), 'archive.db'));
  t.after(() => archive.close());
  const { log, lines } = capturingLogger();
  const summary = await crawl([url], OPTIONS, {
    archive,
    log,
    parse: (page, onWarning) => parseFetchedPage(page, { onWarning, entities: false }),
    rules: CRAWL_RULES,
  });
  assert.equal(summary.new, 1);
  const doc = archive.getDocument(documentId(url));
  assert.equal(doc?.title, LYING_PAGE_TITLE);
  assert.deepEqual(doc?.paragraphs, LYING_PAGE_PARAGRAPHS);
  const warning = lines.find((l) => l.code === 'charset_mismatch');
  assert.deepEqual(warning && { url: warning.url, declared: warning.declared, used: warning.used, msg: warning.msg }, {
    url,
    declared: 'utf-8',
    used: 'windows-1256',
    msg: `${url}: bytes are not valid utf-8 as the HTTP header declares; decoded as windows-1256 as the page's <meta> declares`,
  });
});
