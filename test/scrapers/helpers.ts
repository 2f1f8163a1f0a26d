/** Shared helpers for the scraper tests: our own sample pages under test/scrapers/pages/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

export function samplePage(name: string): string {
  return readFileSync(`${PAGES_DIR}${name}`, 'utf8');
}
