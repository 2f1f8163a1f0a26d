import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArchivistError } from '../../src/errors.js';
import { FileClaims } from '../../src/parse/file-claims.js';
import type { ListedInput } from '../../src/parse/index.js';
import { ParsePool } from '../../src/parse/index.js';
import { preparePages } from '../../src/parse/index.js';
import type { Prepared } from '../../src/parse/index.js';
import { decompressBody } from '../../src/store/codec.js';
import { samplePage } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';

/** What a Prepared says, in a comparable form: the page's URL, or the error's code. */
function outcome(p: Prepared): string {
  if (!('error' in p)) return p.doc.url;
  const err = p.error as NodeJS.ErrnoException;
  return err instanceof ArchivistError ? `${err.name}:${err.code}` : `read:${err.code}`;
}

async function collect(gen: AsyncGenerator<Prepared>): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for await (const p of gen) out.push(p);
  return out;
}

test('preparePages gives one result per input, in input order, the same with and without workers', async (t) => {
  const root = tempDir(t);
  const file = (name: string, html: string) => {
    writeFileSync(join(root, name), html);
    return { path: join(root, name) };
  };
  const inputs: ListedInput[] = [
    ...Array.from({ length: 30 }, (_, i) => file(`p${i}.html`, samplePage(i).html)),
    { path: join(root, 'gone.html') }, //                  listed, then deleted before it was read
    { path: join(root, 'bad-arg.html'), error: Object.assign(new Error('no such file'), { code: 'ENOENT' }) },
    file('empty.html', '<html><body></body></html>'),
    file('last.html', samplePage(99).html),
  ];
  const expected = [
    ...Array.from({ length: 30 }, (_, i) => samplePage(i).url),
    'read:ENOENT',
    'read:ENOENT',
    'ParseError:no_article',
    samplePage(99).url,
  ];
  const alone = await collect(preparePages(inputs, {}));
  assert.deepEqual(alone.map(outcome), expected);
  const pool = new ParsePool(2);
  t.after(() => pool.close());
  // both workers booted first, so the run does not fall to the main thread alone
  await Promise.all([0, 1].map((n) => pool.parse({ url: undefined, body: new TextEncoder().encode(samplePage(n).html), headers: {} })));
  const pooled = await collect(preparePages(inputs, {}, pool));
  assert.deepEqual(pooled.map(outcome), expected);
  assert.deepEqual(
    pooled.map((p) => p.path),
    inputs.map((i) => i.path),
  );
  assert.ok(
    pooled.some((p) => !('error' in p) && p.encoded),
    'the workers parsed some pages',
  );
  // the same documents and bytes; a page a worker parsed comes with its body already compressed
  for (const [i, p] of pooled.entries()) {
    const a = alone[i]!;
    if ('error' in p || 'error' in a) continue;
    assert.deepEqual(p.doc, a.doc);
    assert.deepEqual(p.page.body, a.page.body);
    if (p.encoded) assert.deepEqual(decompressBody(Buffer.from(p.encoded.data), p.encoded.encoding), a.page.body);
  }
});

test('FileClaims hands out each index once and never more than `ahead` past the stored one', () => {
  const claims = new FileClaims(FileClaims.sharedMemory(), 5, 2);
  assert.equal(claims.tryClaim(), 0);
  assert.equal(claims.tryClaim(), 1);
  assert.equal(claims.tryClaim(), undefined); // 2 is `ahead` past 0: wait for the store
  claims.stored(1);
  assert.equal(claims.tryClaim(), 2);
  claims.stored(3);
  assert.equal(claims.claimOrWait(), 3);
  assert.equal(claims.claimOrWait(), 4);
  assert.equal(claims.claimOrWait(), undefined); // all claimed
  assert.equal(claims.tryClaim(), undefined);
});
