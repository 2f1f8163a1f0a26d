/**
 * @module An old Arabic article page in windows-1256 whose server calls it UTF-8 (the charset
 * test of issue 17), and a logger that keeps what it is told, for crawl and ingest tests.
 */
import iconv from 'iconv-lite';
import { pino, type Logger } from 'pino';

export const LYING_PAGE_URL_PATH = '/ar/news/aqaba-rain-5501';
export const LYING_PAGE_TITLE = 'أمطار غزيرة في العقبة';
export const LYING_PAGE_PARAGRAPHS = [
  'هطلت أمطار غزيرة على مدينة العقبة مساء الأحد، ما أدى إلى إغلاق عدد من الطرق الرئيسية لساعات.',
  'وقالت مديرية الدفاع المدني إن فرقها تعاملت مع عشرات البلاغات دون تسجيل إصابات.',
];

const PAGE = `<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>${LYING_PAGE_TITLE}</title>
<meta property="article:published_time" content="2013-02-03T18:45:00Z">
</head><body><h1>${LYING_PAGE_TITLE}</h1>
<div class="article-body">${LYING_PAGE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</div>
</body></html>`;

/** The page's bytes: windows-1256, as its meta says (the HTTP header will say utf-8). */
export const LYING_PAGE_BYTES: Uint8Array = iconv.encode(PAGE, 'windows-1256');
export const LYING_CONTENT_TYPE = 'text/html; charset=utf-8';

/** A logger at warn level whose lines land in `lines` as objects. */
export function capturingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'warn' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { log, lines };
}
