/**
 * @module An append-only list of non-negative integers kept in the narrowest typed array that
 * holds them: bytes while every value is below 256, 16 bits below 65,536, else 32, widened when
 * a larger value arrives. The per-document value of a single-valued facet (section, language,
 * source, month) is one: facet counting reads it at random for every document of a result set,
 * and a quarter of the bytes keeps more of it in the CPU's caches.
 */
import { allocate, type ArrayType } from './shared-arrays.js';

export type NarrowArray = Uint8Array | Uint16Array | Uint32Array;

const U8_MAX = 0xff;
const U16_MAX = 0xffff;

export class NarrowList {
  data: NarrowArray;
  length = 0;

  /** `shared`: kept in shared memory as it grows (see shared-arrays.ts) */
  constructor(
    capacity = 4,
    private readonly shared = false,
  ) {
    this.data = allocate(Uint8Array, capacity, shared);
  }

  /** A list of `values` (copied into the narrowest array that holds them, shared if `shared`). */
  static from(values: Uint32Array, shared = false): NarrowList {
    let max = 0;
    for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
    const list = new NarrowList(0, shared);
    list.data = allocate(arrayFor(max) as ArrayType<NarrowArray>, values.length, shared);
    list.data.set(values);
    list.length = values.length;
    return list;
  }

  push(v: number): void {
    if (v > maxOf(this.data)) this.data = this.widened(arrayFor(v), this.data.length);
    if (this.length === this.data.length)
      this.data = this.widened(this.data.constructor as Ctor, Math.max(4, Math.ceil(this.data.length * 1.5)));
    this.data[this.length++] = v;
  }

  /** Make room for `capacity` values in all: one allocation instead of growing step by step. */
  reserve(capacity: number): void {
    if (capacity > this.data.length) this.data = this.widened(this.data.constructor as Ctor, capacity);
  }

  /** The values as 32-bit numbers (a copy): the snapshot's format, whatever the width in memory. */
  toUint32(): Uint32Array {
    return Uint32Array.from(this.data.subarray(0, this.length));
  }

  private widened(type: Ctor, capacity: number): NarrowArray {
    const next = allocate(type as ArrayType<NarrowArray>, capacity, this.shared);
    next.set(this.data.subarray(0, this.length));
    return next;
  }
}

type Ctor = Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor;

function arrayFor(max: number): Ctor {
  return max <= U8_MAX ? Uint8Array : max <= U16_MAX ? Uint16Array : Uint32Array;
}

function maxOf(data: NarrowArray): number {
  return data instanceof Uint8Array ? U8_MAX : data instanceof Uint16Array ? U16_MAX : 0xffffffff;
}
