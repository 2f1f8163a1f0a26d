/**
 * @module Bytes to text. Follows the HTML standard's order of precedence for the encoding:
 * byte order mark, then the HTTP Content-Type charset, then a `<meta>` declaration in the first
 * bytes, then UTF-8; except that a header charset the bytes are not valid in gives way to a
 * `<meta>` one they are valid in (with a warning), and bytes that declare nothing and are not
 * UTF-8 are read in the legacy encoding their text suggests (with a warning). Legacy encodings (windows-1256, iso-8859-1, …) go through iconv-lite.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { ParseError } from '../errors.js';
import { MAX_PAGE_BYTES } from './limits.js';

export interface DecodeOptions {
  /** the HTTP Content-Type header the bytes came with, if any */
  contentType?: string;
  /** path or URL, for error messages */
  source?: string;
  /** told when the page was decoded otherwise than its HTTP header declares (the caller logs it) */
  onWarning?: (warning: DecodeWarning) => void;
}

/**
 * How the page was decoded otherwise than declared: a charset declaration that lied (the bytes
 * were decoded by the page's `<meta>` instead), or none at all with bytes that are not UTF-8
 * (decoded by a guess: see legacyGuess).
 */
export interface DecodeWarning {
  code: 'charset_mismatch' | 'charset_guessed';
  message: string;
  /** the encoding the HTTP header declared ("none" when nothing was declared), and the one used */
  declared: string;
  used: string;
}

// The HTML standard's prescan looks at the first 1024 bytes; real pages put long scripts and
// comments first, so we look further. Cost is negligible.
const META_PRESCAN_BYTES = 8192;
// Binary sniffing window: enough to see a file signature and a fair sample of bytes.
const SNIFF_BYTES = 2048;
// Text has almost no C0 control characters besides tab/newline/CR/formfeed; more than this share
// of the sniffed bytes means an image, archive or other binary file.
const MAX_CONTROL_SHARE = 0.1;
// Above this share of U+FFFD replacement characters the decoded text is noise, not a page.
const MAX_REPLACEMENT_SHARE = 0.2;

// MIME types we accept in a Content-Type header; a missing or generic type is sniffed instead.
const HTML_MIME = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/octet-stream|text\/xml|application\/xml)$/iu;
const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/iu;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu;
// Something that looks like markup: a doctype, a comment or a known element's opening tag.
const LOOKS_LIKE_HTML =
  /<(?:!doctype\s+html|!--|html|head|body|title|meta|link|script|div|p|article|main|section|header|h[1-6]|span|a|table|ul|br)[\s>/]/iu;

// File signatures of common non-HTML payloads (PDF, PNG, GIF, JPEG, ZIP/Office, gzip, RIFF/WebP).
const BINARY_SIGNATURES: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0x52, 0x49, 0x46, 0x46],
];

// WHATWG Encoding: these labels all mean windows-1252, whose extra characters in 0x80-0x9F
// (curly quotes, dashes) are what old "iso-8859-1" pages actually contain.
const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
  'ibm819',
  'iso_8859-1',
  'x-cp1252',
  'cp1252',
]);
// WHATWG: a meta declaration of UTF-16 is a lie once we got this far (no BOM): read as UTF-8.
const UTF16_LABELS = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'ucs-2']);

/**
 * Decode a saved or fetched page to text.
 * @throws ParseError too_large (over 10 MB), not_html (binary or not markup), decode_failed
 */
export function decodeHtml(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  const where = opts.source ?? 'input';
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new ParseError('too_large', `${where}: ${bytes.length} bytes is over the ${MAX_PAGE_BYTES}-byte page limit`, {
      source: opts.source,
      bytes: bytes.length,
    });
  }
  rejectNonHtmlMime(opts.contentType, where, opts.source);
  const bom = sniffBom(bytes);
  if (bom === null) rejectBinary(bytes, where, opts.source);
  const encoding = bom?.encoding ?? trustedEncoding(bytes, opts, where);
  const text = decodeWith(bytes.subarray(bom?.length ?? 0), encoding, where, opts.source);
  if (!LOOKS_LIKE_HTML.test(text)) {
    throw new ParseError('not_html', `${where}: no HTML markup found`, { source: opts.source });
  }
  return text;
}

/**
 * Decode by the same order of precedence, refusing nothing (invalid bytes become U+FFFD): for
 * reading the links of a fetched page that need not be an article (a listing, a feed's page).
 */
export function decodeLenient(bytes: Uint8Array, contentType: string | undefined): string {
  const bom = sniffBom(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + (bom?.length ?? 0), bytes.length - (bom?.length ?? 0));
  const encoding = bom?.encoding ?? trustedEncoding(bytes, { contentType }, '');
  return encoding === 'utf-8' ? buffer.toString('utf8') : iconv.decode(buffer, encoding);
}

/** The encoding a charset label names, as an iconv-lite name, or null if unknown or absent. */
export function resolveLabel(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (LATIN1_LABELS.has(l)) return 'windows-1252';
  if (UTF16_LABELS.has(l)) return 'utf-8';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

/**
 * The header's charset, unless the bytes are not valid in it but are in the `<meta>` one: old
 * pages in windows-1256 served as utf-8 by a server default. Then the meta wins, with a warning.
 */
function trustedEncoding(bytes: Uint8Array, opts: DecodeOptions, where: string): string {
  const declared = resolveLabel(headerCharset(opts.contentType));
  const meta = resolveLabel(metaCharset(bytes));
  if (!declared) return meta ?? undeclaredEncoding(bytes, opts, where);
  if (!meta || meta === declared || !declarationLies(bytes, declared, meta)) return declared;
  opts.onWarning?.({
    code: 'charset_mismatch',
    message: `${where}: bytes are not valid ${declared} as the HTTP header declares; decoded as ${meta} as the page's <meta> declares`,
    declared,
    used: meta,
  });
  return meta;
}

/**
 * A page that declares no charset anywhere is UTF-8, unless its bytes are not valid UTF-8: then
 * it is an old page in a legacy encoding, and a browser would read it in its locale's default.
 * Its text (outside the tags) tells which: Arabic in windows-1256 is nearly all bytes over 0x7F,
 * a Latin text in windows-1252 a few accented letters. Decoded so, with a warning, rather than
 * as UTF-8 with every such letter a U+FFFD (a garbled Latin page was stored silently; an Arabic
 * one was refused as having no article).
 */
function undeclaredEncoding(bytes: Uint8Array, opts: DecodeOptions, where: string): string {
  if (validIn(bytes, 'utf-8')) return 'utf-8';
  const used = legacyGuess(bytes);
  opts.onWarning?.({
    code: 'charset_guessed',
    message: `${where}: no charset declared and the bytes are not valid UTF-8; decoded as ${used}`,
    declared: 'none',
    used,
  });
  return used;
}

// Share of a page's text bytes over 0x7F above which the text is Arabic (windows-1256), not Latin
// with accents (windows-1252): Arabic words are all such bytes, a Latin text has a few per word.
const ARABIC_HIGH_SHARE = 0.5;

function legacyGuess(bytes: Uint8Array): 'windows-1256' | 'windows-1252' {
  let inTag = false;
  let text = 0;
  let high = 0;
  for (const b of bytes) {
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    else if (!inTag && b > 0x20) {
      text++;
      if (b > 0x7f) high++;
    }
  }
  return text > 0 && high / text > ARABIC_HIGH_SHARE ? 'windows-1256' : 'windows-1252';
}

/** Whether `bytes` are invalid in `declared` and valid in `meta`. */
function declarationLies(bytes: Uint8Array, declared: string, meta: string): boolean {
  return !validIn(bytes, declared) && validIn(bytes, meta);
}

function validIn(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'utf-8') return isUtf8(bytes); // checks without decoding (every undeclared page is checked)
  // iconv-lite maps a byte the encoding leaves undefined to U+FFFD; the page itself would write "&#65533;".
  return !iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding).includes('\ufffd');
}

function rejectNonHtmlMime(contentType: string | undefined, where: string, source?: string): void {
  if (!contentType) return;
  const mime = contentType.split(';')[0]!.trim();
  if (mime !== '' && !HTML_MIME.test(mime)) {
    throw new ParseError('not_html', `${where}: content type ${mime} is not HTML`, { source, contentType });
  }
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function rejectBinary(bytes: Uint8Array, where: string, source?: string): void {
  const signature = BINARY_SIGNATURES.find((sig) => sig.every((b, i) => bytes[i] === b));
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    // NUL never occurs in an 8-bit or UTF-8 text page; other C0 controls except \t \n \f \r are rare.
    if (b === 0) control += 8;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  if (signature || (head.length > 0 && control / head.length > MAX_CONTROL_SHARE)) {
    throw new ParseError('not_html', `${where}: binary content, not an HTML page`, { source });
  }
}

function headerCharset(contentType: string | undefined): string | null {
  return contentType ? (CHARSET_PARAM.exec(contentType)?.[1] ?? null) : null;
}

// A comment, or one left open: the HTML standard's prescan skips them, so a declaration an old
// template kept commented out (<!-- <meta … charset=windows-1256> -->) does not count.
const COMMENT = /<!--[\s\S]*?(?:-->|$)/gu;

function metaCharset(bytes: Uint8Array): string | null {
  // latin1 maps bytes 1:1, so the ASCII of the declaration survives any real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head.replace(COMMENT, ''))?.[1] ?? null;
}

function decodeWith(bytes: Uint8Array, encoding: string, where: string, source?: string): string {
  let text: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Buffer's UTF-8 decoder replaces invalid sequences with U+FFFD like TextDecoder, and is faster.
    text = encoding === 'utf-8' ? buffer.toString('utf8') : iconv.decode(buffer, encoding);
  } catch (err) {
    throw new ParseError('decode_failed', `${where}: cannot decode as ${encoding}`, { source, encoding }, { cause: err });
  }
  if (text.length > 0 && countReplacements(text) / text.length > MAX_REPLACEMENT_SHARE) {
    throw new ParseError('decode_failed', `${where}: bytes are not valid ${encoding} text`, { source, encoding });
  }
  return text;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
