/**
 * @module Typed arrays in memory another thread can read: the facet rows and the result list of
 * a search are counted on the facet thread (facet-thread.ts) while the main thread ranks. A
 * SharedArrayBuffer is shared by reference when posted, never copied.
 */
export interface ArrayType<T> {
  new (buffer: ArrayBuffer | SharedArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A zeroed array of `length` elements, over shared memory when `shared`. */
export function allocate<T>(type: ArrayType<T>, length: number, shared: boolean): T {
  const bytes = length * type.BYTES_PER_ELEMENT;
  return new type(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

/** Whether `array` lies in shared memory (so the facet thread can read it). */
export function isShared(array: ArrayBufferView): boolean {
  return array.buffer instanceof SharedArrayBuffer;
}
