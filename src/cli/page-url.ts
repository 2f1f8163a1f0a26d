/**
 * @module The `--url` option of `parse` and `ingest`: an absolute http(s) URL, or a usage error
 * (exit 1, one line) before any page is read, as `crawl` refuses a bad start URL.
 */
import { InvalidArgumentError } from 'commander';
import { canonicalUrl } from '../extract/index.js';

export function pageUrlOption(value: string): string {
  if (canonicalUrl(value) === null)
    throw new InvalidArgumentError('expected an absolute http(s) URL, like https://www.albawaba.com/news/some-story-1300001');
  return value;
}
