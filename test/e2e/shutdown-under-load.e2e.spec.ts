import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
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
    // node:http, whose requests say whether they went on a connection used before (reusedSocket).
    const agent = new Agent({ keepAlive: true });
    const outcomes = { answered: new Map<number, number>(), refused: 0, notAccepted: 0, reset: [] as string[] };
    let running = true;
    const post = () =>
      new Promise<void>((resolve) => {
        const request = httpRequest(
          { host: '127.0.0.1', port, path: '/compacts', method: 'POST', agent, headers: { authorization, 'content-type': 'application/json' } },
          (response) => {
            if (response.statusCode === 503) expect(response.headers['retry-after']).toBeDefined();
            response.resume();
            response.on('end', () => {
              outcomes.answered.set(response.statusCode!, (outcomes.answered.get(response.statusCode!) ?? 0) + 1);
              resolve();
            });
          },
        );
        request.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') {
            outcomes.refused++;
            running = false;
          } else if (error.code === 'ECONNRESET' && !request.reusedSocket) {
            // A new connection reset before any answer: it was still in the kernel's accept
            // queue when the listener closed (Linux resets those), so it never reached the API,
            // which waits for every connection it accepted to fall quiet before closing it.
            outcomes.notAccepted++;
          } else outcomes.reset.push(`${error.code ?? ''} ${error.message}${request.reusedSocket ? ' (on a connection the API had answered on)' : ''}`);
          resolve();
        });
        request.end('{"title":"T","covers":"C"}');
      });
    const writers = Array.from({ length: 16 }, async () => {
      while (running) await post();
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGTERM');
    await exitOf(child);
    running = false;
    await Promise.all(writers);
    agent.destroy();
    expect(outcomes.reset).toEqual([]);
    expect(outcomes.answered.get(201)).toBeGreaterThan(0);
    expect(outcomes.answered.get(503)).toBeGreaterThan(0);
    expect([...outcomes.answered.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
  }, 120_000);
});
