import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { EventStore } from '@compact-ledger/event-store';
import { createLedgerApp, type LedgerApp } from '../../apps/api/src/bootstrap';
import { type LedgerConfig, loadLedgerConfig } from '../../apps/api/src/config/ledger-config';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';

/**
 * The real ledger app on a temporary data directory, listening on an ephemeral
 * port, driven over HTTP by supertest.
 */
export class LedgerTestApp {
  private constructor(
    readonly app: LedgerApp,
    readonly dataDir: string,
    private readonly overrides: Partial<LedgerConfig>,
  ) {}

  static async start(overrides: Partial<LedgerConfig> = {}, dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'))): Promise<LedgerTestApp> {
    const config = loadLedgerConfig({}, { LOG_LEVEL: 'silent', ...overrides, LEDGER_DATA_DIR: dataDir });
    const app = await createLedgerApp(config);
    await app.listen(0, '127.0.0.1');
    return new LedgerTestApp(app, dataDir, overrides);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  get store(): EventStore {
    return this.app.get<EventStore>(EVENT_STORE);
  }

  /** Global position of the newest event: unchanged means nothing was appended. */
  headPosition(): Promise<number> {
    return this.store.headPosition();
  }

  /** Closes the app and starts a new one on the same data directory. */
  async restart(): Promise<LedgerTestApp> {
    await this.app.close();
    return LedgerTestApp.start(this.overrides, this.dataDir);
  }

  async stop({ keepData = false } = {}): Promise<void> {
    await this.app.close();
    if (!keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
