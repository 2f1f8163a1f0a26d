/**
 * @module Lists of strings as two snapshot sections: their UTF-8 text end to end and each one's
 * length in UTF-16 units. Read back with one decode of the whole text and a slice per string,
 * instead of a decode per string (a million document ids load in tens of milliseconds).
 */
import { asUint32, type Section } from './snapshot-file.js';

export function encodeStrings(name: string, list: readonly string[]): Record<string, Section> {
  const lengths = new Uint32Array(list.length);
  for (let i = 0; i < list.length; i++) lengths[i] = list[i]!.length;
  return { [`${name}.text`]: Buffer.from(list.join(''), 'utf8'), [`${name}.lengths`]: lengths };
}

export function decodeStrings(name: string, section: (name: string) => Uint8Array): string[] {
  const bytes = section(`${name}.text`);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const lengths = asUint32(section(`${name}.lengths`));
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    out[i] = text.slice(at, at + lengths[i]!);
    at += lengths[i]!;
  }
  return out;
}
