/**
 * @module Periods of a publication date, as the timeline counts them (the port's Interval): the
 * same keys on both engines, so a series reads alike whichever engine answered.
 */
import type { Interval } from './engine.js';

const DAY_SECONDS = 86_400;

/** The period key of epoch seconds `ts` (UTC): "YYYY-MM-DD" (day; week: its Monday), "YYYY-MM", "YYYY". */
export function periodOf(ts: number, interval: Interval): string {
  const day = Math.floor(ts / DAY_SECONDS);
  if (interval === 'week') return dayKey(day - ((new Date(day * DAY_SECONDS * 1000).getUTCDay() + 6) % 7));
  const key = dayKey(day);
  return interval === 'day' ? key : interval === 'month' ? key.slice(0, 7) : key.slice(0, 4);
}

/** The key of the period `steps` periods after the one with key `key` (steps may be negative). */
export function shiftPeriod(key: string, interval: Interval, steps: number): string {
  if (interval === 'year') return String(Number(key) + steps).padStart(4, '0');
  if (interval === 'month') {
    const months = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1 + steps;
    return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`;
  }
  const days = Date.parse(`${key}T00:00:00Z`) / 1000 / DAY_SECONDS + steps * (interval === 'week' ? 7 : 1);
  return dayKey(days);
}

/** Every period key from the one of `fromTs` to the one of `toTs`, ascending (both inclusive). */
export function periodsBetween(fromTs: number, toTs: number, interval: Interval): string[] {
  const last = periodOf(toTs, interval);
  const out: string[] = [];
  for (let key = periodOf(fromTs, interval); key <= last; key = shiftPeriod(key, interval, 1)) out.push(key);
  return out;
}

/** The first second of the period with key `key` (epoch seconds, UTC). */
export function periodStart(key: string, interval: Interval): number {
  const iso = interval === 'year' ? `${key}-01-01` : interval === 'month' ? `${key}-01` : key;
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}

function dayKey(day: number): string {
  return new Date(day * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}
