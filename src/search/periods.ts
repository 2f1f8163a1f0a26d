/**
 * @module Periods of a publication date, as the timeline counts them (the port's Interval): the
 * same keys on both engines, so a series reads alike whichever engine answered.
 */
import type { FacetCount, Interval } from './engine.js';

export const DAY_SECONDS = 86_400;
/** Epoch day 4 (1970-01-05) was a Monday: weeks are counted from it. */
const FIRST_MONDAY = 4;

/** The period key of epoch seconds `ts` (UTC): "YYYY-MM-DD" (day; week: its Monday), "YYYY-MM", "YYYY". */
export function periodOf(ts: number, interval: Interval): string {
  const day = Math.floor(ts / DAY_SECONDS);
  if (interval === 'week') return dayKey(mondayOf(day));
  const key = dayKey(day);
  return interval === 'day' ? key : interval === 'month' ? key.slice(0, 7) : key.slice(0, 4);
}

/** The epoch day number of the Monday that starts the week of epoch day `day`. */
export function mondayOf(day: number): number {
  return day - ((((day - FIRST_MONDAY) % 7) + 7) % 7);
}

/** Period counts in time order (keys sort as text: "2016-02" < "2016-11" < "2017"). */
export function inPeriodOrder(counts: FacetCount[]): FacetCount[] {
  return counts.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
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

/** "YYYY-MM-DD" of epoch day number `day`. */
export function dayKey(day: number): string {
  return new Date(day * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}
