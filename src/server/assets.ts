/**
 * @module Static assets (CSS, JS, icon) served from ./assets with a content hash in their URLs,
 * so browsers may cache them for long and still see a new version at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

export const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
// A hashed URL never changes content, so a year of caching is safe.
const ASSET_MAX_AGE = '365d';

const versions = new Map<string, string>();

/** "/assets/app.css?v=1a2b3c4d": the hash changes whenever the file does. */
export function assetUrl(file: string): string {
  let v = versions.get(file);
  if (v === undefined) {
    v = createHash('sha256')
      .update(readFileSync(`${ASSETS_DIR}${file}`))
      .digest('hex')
      .slice(0, 10);
    versions.set(file, v);
  }
  return `/assets/${file}?v=${v}`;
}

export function assetsHandler(): RequestHandler {
  return express.static(ASSETS_DIR, { index: false, maxAge: ASSET_MAX_AGE, immutable: true, fallthrough: true });
}
