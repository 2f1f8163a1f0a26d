import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MIGRATIONS, documentFingerprint, migrate, openArchive } from '../../src/store/index.js';
import type { Archive, FetchedPage } from '../../src/store/index.js';
import { makeDocument, withBody } from '../helpers/documents.js';
import { tempDir } from '../helpers/tmp.js';

function page(url: string, html: string, headers: Record<string, string> = {}): FetchedPage {
  return { url, fetchedAt: '2024-05-01T10:00:00Z', status: 200, headers, body: new TextEncoder().encode(html) };
}

function open(t: { after(fn: () => void): void }): Archive {
  const archive = openArchive(join(tempDir(t), 'nested', 'archive.db'));
  t.after(() => archive.close());
  return archive;
}

test('opening creates the folder, WAL mode, synchronous=NORMAL and the schema at the latest version', (t) => {
  const archive = open(t);
  assert.equal(archive.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(archive.db.pragma('synchronous', { simple: true }), 1); // 1 = NORMAL
  assert.equal(archive.db.pragma('wal_autocheckpoint', { simple: true }), 8192);
  assert.equal(archive.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  const tables = archive.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all();
  assert.deepEqual(tables, ['document_facets', 'documents', 'outbox', 'raw_pages']);
});

test('migrations are idempotent: reopening runs none and keeps the data', (t) => {
  const file = join(tempDir(t), 'archive.db');
  const first = openArchive(file);
  first.saveDocument(makeDocument(1));
  assert.equal(migrate(first.db), 0);
  first.close();
  const again = openArchive(file);
  t.after(() => again.close());
  assert.equal(again.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.equal(again.countDocuments(), 1);
  assert.equal(migrate(again.db), 0);
});

test('a later migration applies on top of an existing schema, once', (t) => {
  const archive = open(t);
  const extra = [...MIGRATIONS, { name: 'test column', sql: 'ALTER TABLE documents ADD COLUMN note TEXT' }];
  assert.equal(migrate(archive.db, extra), 1);
  assert.equal(migrate(archive.db, extra), 0);
  assert.equal(archive.db.pragma('user_version', { simple: true }), MIGRATIONS.length + 1);
});

test('saveDocument: new, unchanged, updated; only new and updated queue index work', (t) => {
  const archive = open(t);
  const doc = makeDocument(1);
  assert.equal(archive.saveDocument(doc), 'new');
  assert.equal(archive.saveDocument(doc), 'unchanged');
  // same content built in another key order is still unchanged
  const reordered = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
  assert.equal(archive.saveDocument(reordered), 'unchanged');
  assert.equal(archive.outbox.pending(), 1);

  const changedBody = withBody(doc, ['A corrected first paragraph.', 'Second.']);
  assert.equal(archive.saveDocument(changedBody), 'updated');
  assert.deepEqual(archive.getDocument(doc.id), changedBody);

  // same body, different entities: still a change the engine must see
  const changedEntities = { ...changedBody, entities: { nations: ['Egypt', 'Jordan'], persons: ['Jane Doe'] } };
  assert.equal(archive.saveDocument(changedEntities), 'updated');
  assert.equal(archive.countDocuments(), 1);
  assert.deepEqual(
    archive.outbox.take(10).map((r) => [r.docId, r.op]),
    [
      [doc.id, 'upsert'],
      [doc.id, 'upsert'],
      [doc.id, 'upsert'],
    ],
  );
});

test('a document is kept without its body when the body is its paragraphs joined, and read back whole', (t) => {
  const archive = open(t);
  const doc = makeDocument(3);
  archive.saveDocument(doc);
  const stored = (id: string) =>
    JSON.parse((archive.db.prepare('SELECT json FROM documents WHERE id = ?').get(id) as { json: string }).json) as Record<string, unknown>;
  assert.equal('body' in stored(doc.id), false);
  assert.equal(JSON.stringify(archive.getDocument(doc.id)), JSON.stringify(doc)); // every key, in its place
  // a body that is not the paragraphs joined (a POSTed document) is kept as given
  const odd = { ...makeDocument(4), body: 'A body of its own.' };
  archive.saveDocument(odd);
  assert.equal(stored(odd.id).body, 'A body of its own.');
  assert.deepEqual(archive.getDocument(odd.id), odd);
  // rows written by earlier versions hold the body: they read back as they were
  archive.db.prepare('UPDATE documents SET json = ? WHERE id = ?').run(JSON.stringify(doc), doc.id);
  assert.deepEqual(archive.getDocument(doc.id), doc);
});

test('savePage stores the raw bytes compressed and returns them exactly', (t) => {
  const archive = open(t);
  const html = `<!doctype html><html lang="ar"><body>${'<p>نص عربي — and English “quotes”.</p>\n'.repeat(200)}</body></html>`;
  const doc = makeDocument(7);
  const p = page('https://news.example.org/story/7', html, { 'content-type': 'text/html; charset=utf-8', etag: '"abc"' });
  assert.equal(archive.savePage(p, doc), 'new');
  const raw = archive.getRawPage(p.url);
  assert.deepEqual(raw, { ...p, documentId: doc.id });
  assert.equal(new TextDecoder().decode(raw.body), html);
  const stored = archive.db.prepare('SELECT length(body) AS n, encoding FROM raw_pages').get() as { n: number; encoding: string };
  assert.equal(stored.encoding, 'br');
  assert.ok(stored.n * 10 < p.body.byteLength, `compressed ${stored.n} of ${p.body.byteLength} bytes`);
  assert.equal(archive.getRawPage('https://news.example.org/missing'), null);
});

test('a raw page stored by an older version (gzip, brotli q5) reads back exactly', (t) => {
  const archive = open(t);
  const doc = makeDocument(8);
  const p = page('https://news.example.org/story/8', '<p>كلمات قديمة: old words</p>');
  archive.savePage(p, doc);
  archive.db.prepare("UPDATE raw_pages SET body = ?, encoding = 'gzip'").run(gzipSync(p.body));
  assert.equal(new TextDecoder().decode(archive.getRawPage(p.url)!.body), '<p>كلمات قديمة: old words</p>');
  archive.db
    .prepare("UPDATE raw_pages SET body = ?, encoding = 'br'")
    .run(brotliCompressSync(p.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  assert.equal(new TextDecoder().decode(archive.getRawPage(p.url)!.body), '<p>كلمات قديمة: old words</p>');
  archive.db.prepare("UPDATE raw_pages SET encoding = 'zstd'").run();
  assert.throws(() => archive.getRawPage(p.url), /unknown encoding "zstd"/);
});

test('savePage of an unchanged document updates the raw page but queues nothing', (t) => {
  const archive = open(t);
  const doc = makeDocument(2);
  archive.savePage(page(doc.url, '<p>v1</p>'), doc);
  assert.equal(archive.savePage({ ...page(doc.url, '<p>v1</p>', { etag: '"2"' }), fetchedAt: '2024-06-01T00:00:00Z' }, doc), 'unchanged');
  assert.equal(archive.outbox.pending(), 1);
  assert.equal(archive.getRawPage(doc.url)!.fetchedAt, '2024-06-01T00:00:00Z');
  assert.deepEqual(archive.getRawPage(doc.url)!.headers, { etag: '"2"' });
  // a fetch with no document (an error page) keeps the link to the last good document
  assert.equal(archive.savePage({ ...page(doc.url, 'oops'), status: 500 }, null), 'unchanged');
  assert.equal(archive.getRawPage(doc.url)!.documentId, doc.id);
  assert.equal(archive.getRawPage(doc.url)!.status, 500);
  assert.equal(archive.countRawPages(), 1);
});

test('a failure inside savePage leaves nothing partial: no raw page, no document, no facets, no outbox row', (t) => {
  const archive = open(t);
  // the outbox insert is the last write of the transaction: make exactly it fail
  archive.db.exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  const doc = makeDocument(3);
  assert.throws(() => archive.savePage(page(doc.url, '<p>x</p>'), doc), /disk on fire/);
  const counts = archive.db
    .prepare(
      `SELECT (SELECT count(*) FROM raw_pages) AS raw, (SELECT count(*) FROM documents) AS docs,
              (SELECT count(*) FROM document_facets) AS facets, (SELECT count(*) FROM outbox) AS outbox`,
    )
    .get();
  assert.deepEqual(counts, { raw: 0, docs: 0, facets: 0, outbox: 0 });
  // an update that fails keeps the previous version intact
  archive.db.exec('DROP TRIGGER fail_outbox');
  archive.savePage(page(doc.url, '<p>x</p>'), doc);
  archive.db.exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  const changed = withBody(doc, ['changed']);
  assert.throws(() => archive.savePage(page(doc.url, '<p>y</p>'), changed), /disk on fire/);
  assert.deepEqual(archive.getDocument(doc.id), doc);
  assert.equal(new TextDecoder().decode(archive.getRawPage(doc.url)!.body), '<p>x</p>');
  assert.equal(archive.outbox.pending(), 1);
});

test('iterateDocuments visits every document once, in id order, in batches', (t) => {
  const archive = open(t);
  const ids = Array.from({ length: 1203 }, (_, i) => makeDocument(i)).map((d) => (archive.saveDocument(d), d.id));
  const sizes: number[] = [];
  const seen: string[] = [];
  for (const batch of archive.iterateDocuments(500)) {
    sizes.push(batch.length);
    seen.push(...batch.map((d) => d.id));
    archive.saveDocument(withBody(batch[0]!, ['written while iterating'])); // writes between batches are allowed
  }
  assert.deepEqual(sizes, [500, 500, 203]);
  assert.deepEqual(seen, [...ids].sort());
});

test('iterateRawPages visits every raw page once, in url order', (t) => {
  const archive = open(t);
  for (const n of [3, 1, 2]) archive.savePage(page(`https://a.example/${n}`, `<p>${n}</p>`), null);
  const batches = [...archive.iterateRawPages(2)];
  assert.deepEqual(
    batches.map((b) => b.map((p) => new TextDecoder().decode(p.body))),
    [['<p>1</p>', '<p>2</p>'], ['<p>3</p>']],
  );
});

test('removeDocument deletes the document, its raw pages and facets, and queues a remove', (t) => {
  const archive = open(t);
  const doc = makeDocument(4);
  archive.savePage(page(doc.url, '<p>x</p>'), doc);
  archive.outbox.markDone(archive.outbox.take(10).map((r) => r.seq));
  assert.equal(archive.removeDocument(doc.id), true);
  assert.equal(archive.removeDocument(doc.id), false);
  assert.equal(archive.getDocument(doc.id), null);
  assert.equal(archive.countRawPages(), 0);
  assert.deepEqual(archive.topFacet('nations', 5), []);
  assert.deepEqual(
    archive.outbox.take(10).map((r) => [r.docId, r.op]),
    [[doc.id, 'remove']],
  );
});

test('topFacet counts documents per value, count desc then value asc, and follows updates', (t) => {
  const archive = open(t);
  const ents = [
    { nations: ['Egypt', 'Jordan'], persons: ['Ayman Safadi'] },
    { nations: ['Jordan'], persons: ['Ayman Safadi', 'Abdullah II'] },
    { nations: ['Egypt', 'Jordan', 'Syria'], persons: [] },
    { nations: ['Syria'], persons: [] },
  ];
  ents.forEach((entities, i) => archive.saveDocument(makeDocument(i, { entities })));
  assert.deepEqual(archive.topFacet('nations', 2), [
    { value: 'Jordan', count: 3 },
    { value: 'Egypt', count: 2 },
  ]);
  assert.deepEqual(archive.topFacet('persons', 10), [
    { value: 'Ayman Safadi', count: 2 },
    { value: 'Abdullah II', count: 1 },
  ]);
  archive.saveDocument(makeDocument(3, { entities: { nations: ['Egypt'], persons: [] } }));
  assert.deepEqual(archive.topFacet('nations', 10), [
    { value: 'Egypt', count: 3 },
    { value: 'Jordan', count: 3 },
    { value: 'Syria', count: 1 },
  ]);
});

test('outbox: oldest first, rows stay until markDone, lastSeq survives deletion', (t) => {
  const archive = open(t);
  assert.equal(archive.outbox.lastSeq(), 0);
  const docs = [1, 2, 3].map((n) => makeDocument(n));
  for (const d of docs) archive.saveDocument(d);
  const first = archive.outbox.take(2);
  assert.deepEqual(
    first.map((r) => r.docId),
    [docs[0]!.id, docs[1]!.id],
  );
  assert.deepEqual(archive.outbox.take(2), first);
  archive.outbox.markDone(first.map((r) => r.seq));
  assert.equal(archive.outbox.pending(), 1);
  archive.outbox.markDone([]);
  assert.equal(archive.outbox.lastSeq(), 3);
  assert.equal(archive.outbox.markDoneThrough(3), 1);
  assert.equal(archive.outbox.pending(), 0);
  assert.equal(archive.outbox.lastSeq(), 3);
});

test('saveDerivedDocument links the raw page to the document and follows the outbox rule', (t) => {
  const archive = open(t);
  archive.savePage(page('https://a.example/amp/1', '<p>x</p>'), null);
  const doc = makeDocument(5);
  assert.equal(archive.saveDerivedDocument('https://a.example/amp/1', doc), 'new');
  assert.equal(archive.saveDerivedDocument('https://a.example/amp/1', doc), 'unchanged');
  assert.equal(archive.getRawPage('https://a.example/amp/1')!.documentId, doc.id);
  assert.equal(archive.outbox.pending(), 1);
});

test('documentFingerprint ignores key order at every level and sees every value', () => {
  const doc = makeDocument(9, { entities: { nations: ['Jordan'], persons: ['Jane Doe'] } });
  const reordered = {
    ...Object.fromEntries(Object.entries(doc).reverse()),
    entities: { persons: ['Jane Doe'], nations: ['Jordan'] },
  } as typeof doc;
  assert.equal(documentFingerprint(reordered), documentFingerprint(doc));
  assert.notEqual(documentFingerprint({ ...doc, entities: { nations: ['Jordan'], persons: [] } }), documentFingerprint(doc));
  assert.notEqual(documentFingerprint({ ...doc, updatedAt: '2016-01-22T00:00:00Z' }), documentFingerprint(doc));
  assert.notEqual(documentFingerprint({ ...doc, extra: 'a scraper added a field' } as typeof doc), documentFingerprint(doc));
});

test('a raw page that now gives another document drops the old one once no raw page produces it', (t) => {
  const archive = open(t);
  const oldDoc = makeDocument(1, { url: 'https://news.example.org/old-slug' });
  const newDoc = makeDocument(1, { url: 'https://news.example.org/new-slug' });
  const shared = makeDocument(2);
  archive.savePage(page('https://news.example.org/fetch/1', '<p>1</p>'), oldDoc);
  archive.savePage(page('https://news.example.org/fetch/2', '<p>2</p>'), shared);
  archive.savePage(page('https://news.example.org/amp/2', '<p>2</p>'), shared);
  archive.outbox.markDone(archive.outbox.take(10).map((r) => r.seq));

  // reprocess: the same stored bytes now read as another canonical URL
  assert.equal(archive.saveDerivedDocument('https://news.example.org/fetch/1', newDoc), 'new');
  assert.equal(archive.getDocument(oldDoc.id), null);
  assert.deepEqual(
    archive.outbox.take(10).map((r) => [r.docId, r.op]),
    [
      [newDoc.id, 'upsert'],
      [oldDoc.id, 'remove'],
    ],
  );

  // a re-fetch of one of two pages producing `shared` keeps it: the other still does
  archive.savePage(page('https://news.example.org/amp/2', '<p>changed</p>'), makeDocument(3));
  assert.deepEqual(archive.getDocument(shared.id), shared);
  assert.equal(archive.countDocuments(), 3);
});

test('savePages saves a batch with the same outcomes as one by one, and all or nothing', (t) => {
  const archive = open(t);
  const d1 = makeDocument(1);
  archive.saveDocument(d1);
  const items = [
    { page: page(d1.url, '<p>1</p>'), doc: d1 },
    { page: page('https://news.example.org/story/2', '<p>2</p>'), doc: makeDocument(2) },
    { page: page('https://news.example.org/story/2', '<p>2 again</p>'), doc: withBody(makeDocument(2), ['fixed']) },
    { page: page('https://news.example.org/error', 'oops'), doc: null },
  ];
  assert.deepEqual(archive.savePages(items), ['unchanged', 'new', 'updated', 'unchanged']);
  assert.equal(archive.countRawPages(), 3);
  assert.equal(archive.outbox.pending(), 3);

  archive.db.exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  assert.throws(
    () =>
      archive.savePages([
        { page: page('https://news.example.org/story/5', '<p>5</p>'), doc: null },
        { page: page('https://news.example.org/story/6', '<p>6</p>'), doc: makeDocument(6) },
      ]),
    /disk on fire/,
  );
  assert.equal(archive.countRawPages(), 3);
  assert.equal(archive.getRawPage('https://news.example.org/story/5'), null);
});

test('getDocuments reads many documents in the order asked, leaving unknown ids out, with or without their text', (t) => {
  const archive = open(t);
  const a = makeDocument(1);
  const b = makeDocument(2);
  archive.saveDocument(a);
  archive.saveDocument(b);
  assert.deepEqual(archive.getDocuments([b.id, 'ffffffffffffffff', a.id]), [archive.getDocument(b.id), archive.getDocument(a.id)]);
  const [meta] = archive.getDocuments([a.id], { withText: false });
  assert.deepEqual(meta, { ...archive.getDocument(a.id)!, body: '', paragraphs: [] });
});
