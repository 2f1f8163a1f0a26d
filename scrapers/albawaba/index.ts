/**
 * @module The Al Bawaba site (www.albawaba.com, English and Arabic editions): its hosts, its
 * scraper and its crawl rules.
 */
import type { Site } from '../types.js';
import { ALBAWABA_CRAWL_RULES } from './crawl-rules.js';
import { albawabaScraper } from './scraper.js';
import { HOSTS } from './selectors.js';

export const albawabaSite: Site = {
  name: 'albawaba',
  hosts: HOSTS,
  scraper: albawabaScraper,
  crawlRules: ALBAWABA_CRAWL_RULES,
};
