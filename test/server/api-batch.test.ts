// POST /api/batch over the real archive + embedded engine: exact answers, CSV, caps and errors.
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { Document } from '../../src/document.js';
import { sampleDocs } from './helpers.js';
import { realSystem, type RealSystem } from './real.js';

const [raqqa, paris, , egyptIraq, mosul, arabic] = sampleDocs();
// a mention as the answer gives it: the article, for its date and a link
const ref = (d: Document | undefined) => ({ id: d!.id, title: d!.title, publishedAt: d!.publishedAt });

let sys: RealSystem;
before(async () => {
  sys = await realSystem();
});
after(async () => {
  await sys.close();
});

async function batch(lines: unknown) {
  const res = await request(sys.app).post('/api/batch').send({ lines });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(typeof res.body.tookMs, 'number');
  return res.body.lines;
}

const carter = {
  read: { kind: 'person', label: 'Ash Carter' },
  total: 1,
  first: ref(paris),
  last: ref(paris),
  coMentions: {
    nations: [
      { value: 'France', count: 1 },
      { value: 'United States', count: 1 },
    ],
    persons: [{ value: 'Jean-Yves Le Drian', count: 1 }],
  },
};

test('each line read as a person, a nation or words, with its total, first and last mention and co-mentions', async () => {
  assert.deepEqual(await batch(['Ash Carter', '', 'آشتون كارتر', 'egypt', 'coalition', 'zeppelin']), [
    { lineNumber: 1, line: 'Ash Carter', ...carter },
    // the Arabic name is the same person: the same answer
    { lineNumber: 3, line: 'آشتون كارتر', ...carter },
    {
      lineNumber: 4,
      line: 'egypt',
      read: { kind: 'nation', label: 'Egypt' },
      total: 2,
      first: ref(egyptIraq),
      last: ref(arabic),
      // the nation itself is left out of its own co-mentions
      coMentions: { nations: [{ value: 'Iraq', count: 1 }], persons: [] },
    },
    {
      lineNumber: 5,
      line: 'coalition',
      read: { kind: 'text', label: 'coalition' },
      total: 3,
      first: ref(raqqa),
      last: ref(mosul),
      coMentions: {
        nations: [
          { value: 'France', count: 2 },
          { value: 'United States', count: 2 },
          { value: 'Iraq', count: 1 },
          { value: 'Syria', count: 1 },
        ],
        persons: [
          { value: 'Jean-Yves Le Drian', count: 2 },
          { value: 'Ash Carter', count: 1 },
          { value: 'Haider al-Abadi', count: 1 },
        ],
      },
    },
    {
      lineNumber: 6,
      line: 'zeppelin',
      read: { kind: 'text', label: 'zeppelin' },
      total: 0,
      first: null,
      last: null,
      coMentions: { nations: [], persons: [] },
    },
  ]);
});

test('co-mentions list at most five of each kind', async () => {
  const [usa] = await batch(['  USA  ']);
  assert.deepEqual(usa.read, { kind: 'nation', label: 'United States' });
  assert.deepEqual(usa.coMentions.nations, [
    { value: 'France', count: 2 },
    { value: 'Syria', count: 1 },
  ]);
  const [all] = await batch(['-zeppelin']);
  assert.equal(all.read.kind, 'text');
  assert.equal(all.total, 6);
  assert.deepEqual(
    all.coMentions.nations.map((n: { value: string }) => n.value),
    ['Egypt', 'France', 'Iraq', 'United States', 'Jordan'],
  );
});

const CSV_HEADER = 'lineNumber,line,kind,label,total,first,last,nations,persons\r\n';

test('CSV with ?format=csv or Accept: text/csv, from a text/plain body; quoting per RFC 4180', async () => {
  const body = 'Ash Carter\r\n\n  "coalition" jets, raqqa \nzeppelin\n';
  const expected =
    CSV_HEADER +
    '1,Ash Carter,person,Ash Carter,1,2016-11-02T15:00:00Z,2016-11-02T15:00:00Z,France (1); United States (1),Jean-Yves Le Drian (1)\r\n' +
    '3,"""coalition"" jets, raqqa",text,"""coalition"" jets, raqqa",1,2016-03-14T09:30:00Z,2016-03-14T09:30:00Z,France (1); Syria (1); United States (1),Jean-Yves Le Drian (1)\r\n' +
    '4,zeppelin,text,zeppelin,0,,,,\r\n';
  const byParameter = await request(sys.app).post('/api/batch?format=csv').type('text/plain').send(body);
  assert.equal(byParameter.status, 200);
  assert.equal(byParameter.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(byParameter.headers['content-disposition'], 'attachment; filename=archivist-batch.csv');
  assert.equal(byParameter.text, expected);
  const byAccept = await request(sys.app).post('/api/batch').set('Accept', 'text/csv').type('text/plain').send(body);
  assert.equal(byAccept.text, expected);
  // the parameter wins over the header
  const json = await request(sys.app)
    .post('/api/batch?format=json')
    .set('Accept', 'text/csv')
    .send({ lines: ['zeppelin'] });
  assert.equal(json.body.lines[0].total, 0);
});

test('up to 1,000 lines (blank ones not counted); one more is 400 naming lines', async () => {
  const names = Array.from({ length: 1_000 }, (_, i) => `name${i}`);
  const ok = await request(sys.app)
    .post('/api/batch')
    .type('text/plain')
    .send(`\n\n${names.join('\n')}\n\n`);
  assert.equal(ok.status, 200);
  assert.equal(ok.body.lines.length, 1_000);
  assert.deepEqual([ok.body.lines[0].lineNumber, ok.body.lines[999].lineNumber, ok.body.lines[999].line], [3, 1_002, 'name999']);
  const over = await request(sys.app)
    .post('/api/batch')
    .send({ lines: [...names, 'one more'] });
  assert.equal(over.status, 400);
  assert.deepEqual(over.body, { error: { code: 'invalid_body', parameter: 'lines', message: 'lines: at most 1,000 lines in one batch' } });
});

test('a line longer than a query may be is refused with its line number', async () => {
  const res = await request(sys.app)
    .post('/api/batch')
    .type('text/plain')
    .send(`Ash Carter\n\n${'x'.repeat(513)}\n`);
  assert.equal(res.status, 400);
  assert.deepEqual(res.body, {
    error: { code: 'invalid_body', parameter: 'lines', message: 'line 3 is longer than 512 characters (the limit of a query)' },
  });
  assert.equal(
    (
      await request(sys.app)
        .post('/api/batch')
        .send({ lines: ['x'.repeat(512)] })
    ).status,
    200,
  );
});

test('bad bodies and parameters: 400, 415', async () => {
  const post = () => request(sys.app).post('/api/batch');
  const cases: [request.Test, number, string, string][] = [
    [post().send({ lines: [] }), 400, 'lines', 'lines: give at least one name or query, one per line'],
    [post().type('text/plain').send('\n \n'), 400, 'lines', 'lines: give at least one name or query, one per line'],
    [post().send({ lines: 'Ash Carter' }), 400, 'lines', 'lines must be an array of strings'],
    [post().send({ lines: ['Ash Carter', 3] }), 400, 'lines', 'lines: every line must be a string'],
    [post().send({ names: ['x'] }), 400, 'lines', 'lines must be an array of strings'],
    [post().send({ lines: ['a\nb'] }), 400, 'lines', 'line 1 holds a line break: send one line per string'],
    [
      post()
        .query({ format: 'xml' })
        .send({ lines: ['x'] }),
      400,
      'format',
      'format must be one of json, csv',
    ],
    [
      post()
        .query({ limit: '5' })
        .send({ lines: ['x'] }),
      400,
      'limit',
      'unknown parameter "limit" (known: format)',
    ],
  ];
  for (const [req, status, parameter, message] of cases) {
    const res = await req;
    assert.equal(res.status, status, message);
    assert.deepEqual([res.body.error.parameter, res.body.error.message], [parameter, message]);
  }
  const form = await post().type('form').send('lines=x');
  assert.deepEqual([form.status, form.body.error.code], [415, 'unsupported_media_type']);
  const broken = await post().type('json').send('{"lines": [');
  assert.deepEqual(
    [broken.status, broken.body],
    [400, { error: { code: 'invalid_body', parameter: 'lines', message: 'request body is not valid JSON' } }],
  );
});

test('JSON that parses but is not an object names lines and says what the body must be', async () => {
  for (const text of ['null', '"Ash Carter"']) {
    const res = await request(sys.app).post('/api/batch').type('json').send(text);
    assert.deepEqual(
      [res.status, res.body],
      [400, { error: { code: 'invalid_body', parameter: 'lines', message: 'lines: body must be a JSON object {"lines": [..]}' } }],
      text,
    );
  }
});

test('a compressed body that is not what its Content-Encoding says is 400 invalid_body naming body', async () => {
  const json = Buffer.from(JSON.stringify({ lines: ['Ash Carter'] }));
  const text = Buffer.from('Ash Carter\nFrance');
  for (const [type, encoding, bytes] of [
    ['application/json', 'gzip', json],
    ['application/json', 'br', json],
    ['application/json', 'deflate', json],
    ['text/plain', 'gzip', gzipSync(text).subarray(0, 12)],
  ] as const) {
    const res = await request(sys.app)
      .post('/api/batch')
      .set('Content-Type', type)
      .set('Content-Encoding', encoding)
      .serialize(() => bytes as unknown as string)
      .send(bytes);
    assert.deepEqual(
      [res.status, res.body],
      [
        400,
        {
          error: {
            code: 'invalid_body',
            parameter: 'body',
            message: 'request body could not be decompressed as its Content-Encoding says',
          },
        },
      ],
      `${type} ${encoding}`,
    );
  }
});
