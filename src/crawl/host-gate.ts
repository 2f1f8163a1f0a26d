/**
 * @module Politeness per host: at most N requests in flight, and a minimum gap between request
 * starts (the larger of our default and the host's robots.txt Crawl-delay).
 */

interface HostState {
  active: number;
  /** earliest time (ms) the next request may start */
  nextStart: number;
  delayMs: number;
  waiting: (() => void)[];
}

export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  /** `defaultDelayMs`: a number, or a function of the origin (loopback hosts may differ). */
  constructor(
    private readonly concurrency: number,
    defaultDelayMs: number | ((origin: string) => number),
    private readonly now: () => number = Date.now,
  ) {
    this.defaultDelay = typeof defaultDelayMs === 'number' ? () => defaultDelayMs : defaultDelayMs;
  }

  private readonly defaultDelay: (origin: string) => number;

  /** Raise (never lower) the gap for one origin, e.g. from robots.txt Crawl-delay. */
  setDelay(origin: string, delayMs: number): void {
    const state = this.state(origin);
    state.delayMs = Math.max(this.defaultDelay(origin), delayMs);
  }

  /** Wait for a slot and for the gap since the previous start; resolves to the release function. */
  async acquire(origin: string): Promise<() => void> {
    const state = this.state(origin);
    while (state.active >= this.concurrency) {
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    }
    state.active++;
    const now = this.now();
    const start = Math.max(now, state.nextStart);
    state.nextStart = start + state.delayMs;
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active--;
      state.waiting.shift()?.();
    };
  }

  private state(origin: string): HostState {
    let s = this.hosts.get(origin);
    if (s === undefined) {
      s = { active: 0, nextStart: 0, delayMs: this.defaultDelay(origin), waiting: [] };
      this.hosts.set(origin, s);
    }
    return s;
  }
}
