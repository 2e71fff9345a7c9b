import { SlidingWindowThrottlerStorage } from './sliding-window-throttler-storage';

describe('SlidingWindowThrottlerStorage', () => {
  let now: number;
  let storage: SlidingWindowThrottlerStorage;
  const hit = (key = 'subject:a') => storage.increment(key, 60_000, 3, 0, 'default');

  beforeEach(() => {
    now = 1_000_000;
    storage = new SlidingWindowThrottlerStorage(() => now);
  });

  it('counts hits up to the limit, then blocks the next with a Retry-After', async () => {
    expect((await hit()).totalHits).toBe(1);
    expect((await hit()).totalHits).toBe(2);
    const third = await hit();
    expect(third).toMatchObject({ totalHits: 3, isBlocked: false });
    now += 10_000;
    const fourth = await hit();
    expect(fourth).toMatchObject({ isBlocked: true, totalHits: 4 });
    // Three hits in the current window: it empties only when the window ends, 50 s later.
    expect(fourth.timeToBlockExpire).toBe(50);
  });

  it('keeps subjects apart', async () => {
    await hit('subject:a');
    await hit('subject:a');
    await hit('subject:a');
    expect((await hit('subject:a')).isBlocked).toBe(true);
    expect((await hit('subject:b')).isBlocked).toBe(false);
  });

  it('weighs the previous window by how much of it still overlaps the last minute', async () => {
    await hit();
    await hit();
    await hit();
    now += 60_000 + 30_000; // half way into the next window: 3 × 0.5 = 1.5 → 1 counted
    const next = await hit();
    expect(next).toMatchObject({ isBlocked: false, totalHits: 2 });
    expect((await hit()).isBlocked).toBe(false);
    expect((await hit()).isBlocked).toBe(true);
  });

  it('says when a blocked subject may try again as the previous window slides out', async () => {
    await hit();
    await hit();
    await hit();
    now += 60_000; // start of the next window: all 3 of the previous still weigh
    const blocked = await hit();
    expect(blocked.isBlocked).toBe(true);
    // previous 3 × (60 - t)/60 < 3 - 0 for any t > 0: the next second.
    expect(blocked.timeToBlockExpire).toBe(1);
    now += 1_000;
    expect((await hit()).isBlocked).toBe(false);
  });

  it('forgets a window once two whole windows have passed', async () => {
    await hit();
    await hit();
    await hit();
    now += 120_000;
    expect(await hit()).toMatchObject({ isBlocked: false, totalHits: 1 });
  });
});
