/**
 * @module Security headers (helmet's policy) set with one cheap middleware. helmet runs a chain
 * of a dozen small middlewares per request; with a static policy (no CSP nonces) every response
 * gets the same headers, so helmet is run once at start-up against a recording response and the
 * recorded header writes are replayed per request. The headers stay exactly helmet's.
 */
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

type HeaderWrite = { set: true; name: string; value: string } | { set: false; name: string };

export function securityHeaders(options: HelmetOptions): RequestHandler {
  const writes = recordHelmet(options);
  const sets = writes.filter((w): w is Extract<HeaderWrite, { set: true }> => w.set);
  const removes = writes.filter((w) => !w.set).map((w) => w.name);
  return (_req, res, next) => {
    for (let i = 0; i < sets.length; i++) res.setHeader(sets[i]!.name, sets[i]!.value);
    for (let i = 0; i < removes.length; i++) res.removeHeader(removes[i]!);
    next();
  };
}

/** The header writes helmet makes for one response, in order; throws if the policy is dynamic. */
export function recordHelmet(options: HelmetOptions): HeaderWrite[] {
  const writes: HeaderWrite[] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      if (typeof value !== 'string') throw new Error(`helmet set a non-string ${name}; security headers cannot be precomputed`);
      writes.push({ set: true, name, value });
    },
    removeHeader(name: string) {
      writes.push({ set: false, name });
    },
  };
  let done = false;
  let failure: unknown;
  // helmet's middlewares only call setHeader/removeHeader on a static policy, synchronously.
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    done = true;
    failure = err;
  });
  if (!done || failure !== undefined) throw new Error('helmet did not finish synchronously; security headers cannot be precomputed');
  return writes;
}
