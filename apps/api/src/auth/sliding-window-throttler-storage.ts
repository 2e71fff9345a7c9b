import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  /** Start of the current fixed window (ms since the epoch). */
  startedAt: number;
  ttl: number;
  current: number;
  previous: number;
}

/**
 * A sliding-window counter per key: the previous window's count, weighted by how
 * much of it still overlaps the last `ttl` ms, plus the current window's. It is
 * O(1) per request and holds two numbers per subject, where the library's default
 * storage keeps one timestamp per request in the window and scans them all on every
 * hit (at a high limit, tens of thousands per request, and `Math.min(...hits)` over
 * them eventually throws).
 */
@Injectable()
export class SlidingWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {
    setInterval(() => this.evictIdle(), 60_000).unref();
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    const windowKey = `${throttlerName}:${key}`;
    let window = this.windows.get(windowKey);
    if (!window) {
      window = { startedAt: now, ttl, current: 0, previous: 0 };
      this.windows.set(windowKey, window);
    }
    const elapsedWindows = Math.floor((now - window.startedAt) / ttl);
    if (elapsedWindows > 0) {
      window.previous = elapsedWindows === 1 ? window.current : 0;
      window.current = 0;
      window.startedAt += elapsedWindows * ttl;
    }
    const intoWindow = now - window.startedAt;
    const weightOfPrevious = (ttl - intoWindow) / ttl;
    const counted = Math.floor(window.previous * weightOfPrevious) + window.current;
    const timeToExpire = Math.ceil((ttl - intoWindow) / 1000);
    if (counted >= limit) {
      return { totalHits: counted + 1, timeToExpire, isBlocked: true, timeToBlockExpire: Math.max(1, this.secondsUntilBelow(window, ttl, limit, intoWindow)) };
    }
    window.current++;
    return { totalHits: counted + 1, timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
  }

  /** When the weighted count will have fallen below the limit, as the previous window slides out. */
  private secondsUntilBelow(window: Window, ttl: number, limit: number, intoWindow: number): number {
    if (window.current >= limit || window.previous === 0) return Math.ceil((ttl - intoWindow) / 1000);
    // previous * (ttl - t) / ttl + current < limit  <=>  t > ttl * (1 - (limit - current) / previous)
    const t = ttl * (1 - (limit - window.current) / window.previous);
    return Math.ceil(Math.max(0, t - intoWindow) / 1000);
  }

  private evictIdle(): void {
    const now = this.now();
    for (const [key, window] of this.windows) {
      // Two whole windows have passed: nothing of either is left to weigh.
      if (now - window.startedAt >= 2 * window.ttl) this.windows.delete(key);
    }
  }
}
