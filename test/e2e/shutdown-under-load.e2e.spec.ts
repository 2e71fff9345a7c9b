import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answering, exitOf, freePort, spawnLedger, tokenFromDataDir } from '../support/ledger-process';

/**
 * SIGTERM under load: a request that arrives while the API shuts down is answered
 * (its command recorded, or 503 with Retry-After and Connection: close), never reset;
 * once the API has stopped listening, connections are refused.
 */
describe('The API shutting down under load (SIGTERM)', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-shutdown-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers every request that reached it, 201 or 503, and resets none', async () => {
    const port = await freePort();
    // The rate limit raised: sixteen writers for seconds are not what this test is about.
    const child = spawnLedger({
      LEDGER_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LEDGER_RATE_LIMIT_PER_MINUTE: '100000000',
    });
    await answering(child, port, 90_000);
    const authorization = `Bearer ${await tokenFromDataDir(dataDir, { sub: 'lead', name: 'Lead', role: 'secretariat' })}`;
    const outcomes = { answered: new Map<number, number>(), refused: 0, reset: [] as string[] };
    let running = true;
    const writers = Array.from({ length: 16 }, async () => {
      while (running) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/compacts`, {
            method: 'POST',
            headers: { authorization, 'content-type': 'application/json' },
            body: '{"title":"T","covers":"C"}',
          });
          await response.arrayBuffer();
          outcomes.answered.set(response.status, (outcomes.answered.get(response.status) ?? 0) + 1);
          if (response.status === 503) expect(response.headers.get('retry-after')).not.toBeNull();
        } catch (error) {
          const cause = (error as Error & { cause?: { code?: string; message?: string; syscall?: string } }).cause;
          // Refused, or reset while connecting (queued for accept as the listener closed): it never reached the API.
          if (cause?.code === 'ECONNREFUSED' || cause?.syscall === 'connect') {
            outcomes.refused++;
            running = false;
          } else outcomes.reset.push(`${cause?.code ?? ''} ${cause?.message ?? (error as Error).message}`);
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGTERM');
    await exitOf(child);
    running = false;
    await Promise.all(writers);
    expect(outcomes.reset).toEqual([]);
    expect(outcomes.answered.get(201)).toBeGreaterThan(0);
    expect([...outcomes.answered.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
  }, 120_000);
});
