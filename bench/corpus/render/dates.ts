/**
 * @module Date lines as the site prints them: "Published January 21st, 2016 - 05:53 GMT" and
 * the Arabic edition's "نشر بتاريخ ١٦ سبتمبر ٢٠١٤ - ٠٨:٤٠ بتوقيت غرينتش".
 */
import { MONTHS } from '../data/vocab.js';
import { arabicDigits } from '../writer-ar.js';

const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

export function englishDate(iso: string): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  return `${MONTHS[d.getUTCMonth()]!} ${day}${ordinal(day)}, ${d.getUTCFullYear()} - ${hhmm(d)} GMT`;
}

export function arabicDate(iso: string): string {
  const d = new Date(iso);
  return `${arabicDigits(`${d.getUTCDate()} ${AR_MONTHS[d.getUTCMonth()]!} ${d.getUTCFullYear()} - ${hhmm(d)}`)} بتوقيت غرينتش`;
}

/** "Published …" / "نشر بتاريخ …" in the page's language. */
export function publishedLine(iso: string, lang: string): string {
  return lang === 'ar' ? `نشر بتاريخ ${arabicDate(iso)}` : `Published ${englishDate(iso)}`;
}

export function updatedLine(iso: string, lang: string): string {
  return lang === 'ar' ? `آخر تحديث ${arabicDate(iso)}` : `Last updated ${englishDate(iso)}`;
}

function ordinal(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return day % 10 === 1 ? 'st' : day % 10 === 2 ? 'nd' : day % 10 === 3 ? 'rd' : 'th';
}

function hhmm(d: Date): string {
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
