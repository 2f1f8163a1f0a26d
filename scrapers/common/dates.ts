/**
 * @module Dates to "YYYY-MM-DDTHH:MM:SSZ": machine-readable values (ISO 8601 with any offset,
 * RFC 2822) and the visible lines readers see ("Published January 21st, 2016 - 05:53 GMT",
 * "نشر بتاريخ ١٦ سبتمبر ٢٠١٤ - ٠٨:٤٠ بتوقيت غرينتش"), in English and Arabic.
 */
import { toUtcSeconds } from '../../src/document.js';

// Years outside this range are typos or placeholder values, not publication dates.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$/iu;

/** A machine-readable date (ISO 8601, RFC 2822, …) as UTC with seconds; null if unreadable. */
export function parseMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO.exec(value);
  if (m) {
    const offset = m[7] ? offsetMinutes(m[7]) : 0;
    return toUtc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset ?? 0);
  }
  return parseVisibleDate(value);
}

const ENGLISH_MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// Arabic month names: the Egyptian/Gulf forms (from the Latin names) with their common spellings,
// and the Levantine (Syriac) names used in Jordan, Lebanon, Syria, Palestine and Iraq.
const ARABIC_MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  ابريل: 4,
  إبريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  اغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  آذار: 3,
  اذار: 3,
  نيسان: 4,
  أيار: 5,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  اب: 8,
  أيلول: 9,
  ايلول: 9,
  'تشرين الأول': 10,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الأول': 12,
  'كانون الاول': 12,
};
const MONTHS: Record<string, number> = { ...ENGLISH_MONTHS, ...ARABIC_MONTHS };
// Longest names first so "كانون الثاني" is not read as a shorter name.
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// A month may be followed by its other-calendar name: "أيلول (سبتمبر)", "أيلول/سبتمبر".
const MONTH = `(?<![\\p{L}])(${MONTH_ALT})\\.?(?:\\s*[/(]\\s*(?:${MONTH_ALT})\\s*\\)?)?(?![\\p{L}])`;
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`, 'iu');
const NUMERIC_YMD = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/u;
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u;
// The time after the date: "05:53", "5:53 pm", "٠٨:٤٠ م".
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|ص|م(?![\p{L}]))?/iu;
// How far after the date we look for its time: "January 21st, 2016 - 05:53 GMT" needs ~5.
const TIME_WINDOW = 40;

// Named zones seen on news sites; ambiguous ones are read the way Middle East sites use them.
const ZONE_OFFSETS: Record<string, number> = {
  gmt: 0,
  utc: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  ast: 180,
  ksa: 180,
  gst: 240,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  غرينتش: 0,
  جرينتش: 0,
  غرينيتش: 0,
  مكة: 180,
  'مكة المكرمة': 180,
  السعودية: 180,
  القدس: 120,
  القاهرة: 120,
  عمان: 180,
  الإمارات: 240,
  أبوظبي: 240,
  دبي: 240,
};
const ZONE = new RegExp(
  `^\\s*(?:بتوقيت\\s+)?(${Object.keys(ZONE_OFFSETS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])(?:\\s*([+-]\\d{1,2}(?::?\\d{2})?))?|^\\s*([+-]\\d{2}:?\\d{2})`,
  'iu',
);

/** A date as readers see it, English or Arabic, with an optional time and zone; null if none. */
export function parseVisibleDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = westernDigits(text).replace(/\s+/gu, ' ');
  const found = findDate(s);
  if (!found) return null;
  const { year, month, day, end } = found;
  const after = s.slice(end, end + TIME_WINDOW);
  const t = TIME.exec(after);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset = 0;
  if (t) {
    hour = +t[1]!;
    minute = +t[2]!;
    second = +(t[3] ?? 0);
    const ampm = t[4]?.toLowerCase();
    if (ampm && (ampm.startsWith('p') || ampm === 'م') && hour < 12) hour += 12;
    if (ampm && (ampm.startsWith('a') || ampm === 'ص') && hour === 12) hour = 0;
    offset = zoneAt(after.slice(t.index + t[0].length)) ?? 0;
  }
  return toUtc(year, month, day, hour, minute, second, offset);
}

/** A date in a URL path ("/2016/01/21/…", "…-20191118-…"), at midnight UTC; null if none. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const path = url ? urlPath(url) : '';
  const m = SPLIT_PATH_DATE.exec(path) ?? COMPACT_PATH_DATE.exec(path);
  return m ? toUtc(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, 0) : null;
}
// "/2016/01/21/", "/2016-01-21-slug"; and eight digits standing alone between separators
// ("/story-20191118-slug", "/20191118/"): a longer or shorter run of digits is an id, not a date.
const SPLIT_PATH_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/u;
const COMPACT_PATH_DATE = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;

// The path alone: a host or query string may hold digits that are no date.
function urlPath(url: string): string {
  return URL.canParse(url) ? new URL(url).pathname : url.replace(/[?#].*$/su, '');
}

/** Arabic-Indic and Extended Arabic-Indic digits to ASCII digits. */
export function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String((d.codePointAt(0)! & 0xf) % 10));
}

function findDate(s: string): { year: number; month: number; day: number; end: number } | null {
  const candidates: { year: number; month: number; day: number; index: number; end: number }[] = [];
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy)
    candidates.push({ day: +dmy[1]!, month: monthNumber(dmy[2]!), year: +dmy[3]!, index: dmy.index, end: dmy.index + dmy[0].length });
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy)
    candidates.push({ month: monthNumber(mdy[1]!), day: +mdy[2]!, year: +mdy[3]!, index: mdy.index, end: mdy.index + mdy[0].length });
  const ymd = NUMERIC_YMD.exec(s);
  if (ymd) candidates.push({ year: +ymd[1]!, month: +ymd[2]!, day: +ymd[3]!, index: ymd.index, end: ymd.index + ymd[0].length });
  // Day first, as sites in the region (and Europe) write numeric dates.
  const dmyNum = NUMERIC_DMY.exec(s);
  if (dmyNum)
    candidates.push({ day: +dmyNum[1]!, month: +dmyNum[2]!, year: +dmyNum[3]!, index: dmyNum.index, end: dmyNum.index + dmyNum[0].length });
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.month >= 1 && c.month <= 12) ?? null;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

function zoneAt(s: string): number | null {
  const z = ZONE.exec(s);
  if (!z) return null;
  if (z[3]) return offsetMinutes(z[3]);
  const base = ZONE_OFFSETS[z[1]!.toLowerCase()] ?? 0;
  return base + (z[2] ? (offsetMinutes(z[2]) ?? 0) : 0);
}

/** "+03:00", "+0300", "-05", "Z" → minutes east of UTC; null when malformed. */
function offsetMinutes(tz: string): number | null {
  const t = tz.trim().toUpperCase();
  if (t === 'Z' || t === 'UTC' || t === 'GMT') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/u.exec(t);
  if (!m) return null;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function toUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)));
  if (local.getUTCDate() !== d) return null; // 31 February and the like
  return toUtcSeconds(new Date(local.getTime() - offsetMin * 60_000));
}
