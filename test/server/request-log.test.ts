/**
 * The per-request log line and the precomputed security headers: same content as pino-http's
 * line and helmet's headers, which they replace for speed.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import request from 'supertest';
import { requestLogger } from '../../src/server/request-log.js';
import { securityHeaders } from '../../src/server/security-headers.js';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: pino({ level, base: null, timestamp: false }, stream) };
}

function appWith(log: ReturnType<typeof capture>['log']) {
  const app = express();
  app.use(requestLogger(log));
  app.get('/ok', (_req, res) => void res.send('fine'));
  app.get('/missing', (_req, res) => void res.status(404).send('no'));
  app.get('/broken', (_req, res) => void res.status(503).send('down'));
  app.get('/healthz', (_req, res) => void res.send('up'));
  return app;
}

test('request log: one line per request with id, method, url, status and the level by status', async () => {
  const { lines, log } = capture('info');
  const app = appWith(log);
  await request(app).get('/ok?x=1').set('X-Request-Id', 'edge-7');
  await request(app).get('/missing');
  await request(app).get('/broken');
  await request(app).get('/healthz');
  await new Promise((r) => setImmediate(r));
  assert.equal(lines.length, 3);
  const [ok, missing, broken] = lines as [Record<string, any>, Record<string, any>, Record<string, any>];
  assert.deepEqual(
    { level: ok.level, msg: ok.msg, req: { ...ok.req, remoteAddress: undefined }, res: ok.res, time: typeof ok.responseTime },
    {
      level: 30,
      msg: 'request completed',
      req: { id: 'edge-7', method: 'GET', url: '/ok?x=1', remoteAddress: undefined },
      res: { statusCode: 200 },
      time: 'number',
    },
  );
  assert.match(ok.req.remoteAddress, /127\.0\.0\.1/);
  assert.deepEqual([missing.level, missing.msg, missing.res], [40, 'request completed', { statusCode: 404 }]);
  assert.match(missing.req.id, /^[0-9a-f-]{36}$/);
  assert.deepEqual(
    [broken.level, broken.msg, broken.res, broken.err.message],
    [50, 'request errored', { statusCode: 503 }, 'failed with status code 503'],
  );
});

test('request log: levels below the logger level write nothing, the id header is still set', async () => {
  const { lines, log } = capture('error');
  const res = await request(appWith(log)).get('/ok').set('X-Request-Id', 'edge-8');
  await new Promise((r) => setImmediate(r));
  assert.equal(res.headers['x-request-id'], 'edge-8');
  assert.equal(lines.length, 0);
});

test('security headers: exactly the headers helmet sets for the same policy', async () => {
  const options = {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } },
    strictTransportSecurity: false,
  };
  const serve = (mw: express.RequestHandler) => {
    const app = express();
    app.use(mw);
    app.get('/', (_req, res) => void res.send('x'));
    return request(app).get('/');
  };
  const strip = (h: Record<string, unknown>) => {
    const { date: _d, etag: _e, ...rest } = h;
    return rest;
  };
  const [ours, theirs] = await Promise.all([serve(securityHeaders(options)), serve(helmet(options))]);
  assert.deepEqual(strip(ours.headers), strip(theirs.headers));
  assert.equal(ours.headers['content-security-policy'], "default-src 'self';img-src 'self' data:");
  assert.equal(ours.headers['x-powered-by'], undefined);
});
