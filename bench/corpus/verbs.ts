/**
 * @module Headline tense: wire headlines say "Qatar approves", not "Qatar approved". Turns the
 * section lists' past forms into the third person present.
 */

const IRREGULAR: Readonly<Record<string, string>> = {
  won: 'wins',
  lost: 'loses',
  drew: 'draws',
  cut: 'cuts',
  forecast: 'forecasts',
  misread: 'misreads',
  'rolled out': 'rolls out',
  vetoed: 'vetoes',
};
// Past forms that are the base + "d" (the base ends in e): "approved" -> "approve".
const BASE_ENDS_IN_E = new Set([
  'approved',
  'announced',
  'postponed',
  'criticised',
  'denounced',
  'resumed',
  'welcomed',
  'raised',
  'acquired',
  'downgraded',
  'upgraded',
  'doubled',
  'financed',
  'priced',
  'restructured',
  'secured',
  'edged',
  'celebrated',
  'released',
  'premiered',
  'shared',
  'teased',
  'surprised',
  'underestimated',
  'exposed',
  'reshaped',
  'undermined',
  'revived',
  'embraced',
  'showcased',
  'introduced',
  'curated',
  'licensed',
  'integrated',
  'updated',
  'scored',
  'ignored',
]);
// Past forms that doubled the final consonant: "banned" -> "ban".
const DOUBLED = new Set(['banned', 'topped', 'wrapped', 'cancelled']);

export function presentTense(past: string): string {
  const irregular = IRREGULAR[past];
  if (irregular) return irregular;
  if (!past.endsWith('ed')) return past;
  if (past.endsWith('ied')) return `${past.slice(0, -3)}ies`; // "ratified" -> "ratifies"
  let base = BASE_ENDS_IN_E.has(past) ? past.slice(0, -1) : past.slice(0, -2);
  if (DOUBLED.has(past)) base = base.slice(0, -1);
  return /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
}
