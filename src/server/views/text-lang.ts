/**
 * @module The language of a piece of shown text, for its `lang` attribute. The pages are English
 * (`<html lang="en">`); an Arabic title or snippet inside them must say so, or a screen reader
 * reads it with English rules. A hit does not carry its article's language, so it is read from
 * the script of the title, as ingest does for pages that declare none.
 */
import { detectLang } from '../../extract/lang.js';
import { html, type SafeHtml } from './html.js';

/** ` lang="ar"` for text in Arabic script, nothing for text in the page's own language. */
export function langAttr(text: string): SafeHtml | '' {
  return detectLang(text) === 'ar' ? html` lang="ar"` : '';
}
