/**
 * @module Handing out the page files of an ingest to every parsing thread without a go-between.
 * Each thread (the parse workers and the main thread) claims the next file index from a counter in
 * shared memory, so a worker never waits for the main thread to give it work: the main thread is
 * busy for tens of milliseconds at a time saving and indexing batches, and a worker fed by
 * messages would sit idle that long. The results are stored in input order, so claims may run
 * at most `ahead` past the index stored next: that bounds the pages held in memory.
 */

const NEXT = 0; // the next index to claim
const STORED = 1; // the index the main thread will store next

// A claimed index too far ahead waits for the store to move on; the timeout is only a safety net
// against a missed wake-up (the store notifies on every move).
const WAIT_MS = 100;

export class FileClaims {
  private readonly control: Int32Array;

  /** `shared`: from FileClaims.sharedMemory(), the same buffer in every thread */
  constructor(
    shared: SharedArrayBuffer,
    private readonly total: number,
    private readonly ahead: number,
  ) {
    this.control = new Int32Array(shared);
  }

  static sharedMemory(): SharedArrayBuffer {
    return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  }

  /** For a worker thread: the next index, blocking while it is too far ahead; undefined when all are claimed. */
  claimOrWait(): number | undefined {
    const index = Atomics.add(this.control, NEXT, 1);
    if (index >= this.total) return undefined;
    for (;;) {
      const stored = Atomics.load(this.control, STORED);
      if (index - stored < this.ahead) return index;
      Atomics.wait(this.control, STORED, stored, WAIT_MS);
    }
  }

  /** For the main thread, which must never block: the next index, or undefined when none is claimable now. */
  tryClaim(): number | undefined {
    const next = Atomics.load(this.control, NEXT);
    if (next >= this.total || next - Atomics.load(this.control, STORED) >= this.ahead) return undefined;
    const index = Atomics.add(this.control, NEXT, 1);
    return index < this.total ? index : undefined;
  }

  /** Every index below `next` is stored: wake the threads waiting to claim further on. */
  stored(next: number): void {
    Atomics.store(this.control, STORED, next);
    Atomics.notify(this.control, STORED);
  }
}
