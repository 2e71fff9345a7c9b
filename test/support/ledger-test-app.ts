import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { EventStore } from '@compact-ledger/event-store';
import { createLedgerApp, type LedgerApp } from '../../apps/api/src/bootstrap';
import { type LedgerConfig, loadLedgerConfig } from '../../apps/api/src/config/ledger-config';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { ROLES, type Role } from '@compact-ledger/auth';
import type { SigningKey } from '@compact-ledger/auth';
import { SIGNING_KEY } from '../../apps/api/src/auth/signing-key.token';
import { issueToken, type LedgerClaims } from '@compact-ledger/auth';

/**
 * The real ledger app on a temporary data directory, listening on an ephemeral
 * port, driven over HTTP by supertest.
 */
export class LedgerTestApp {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly app: LedgerApp,
    readonly dataDir: string,
    private readonly overrides: Partial<LedgerConfig>,
  ) {}

  /** A token this ledger signed, for any claims (tests of the guard make their own). */
  tokenFor(claims: LedgerClaims, ttlSeconds?: number): Promise<string> {
    return issueToken(this.app.get<SigningKey>(SIGNING_KEY), claims, ttlSeconds);
  }

  /**
   * HTTP as a user in `role` (of `org` for a partner): every request carries a
   * bearer token this ledger signed, whose claims become the recorded actor.
   */
  as(role: Role, org: string | null = null) {
    const authorization = this.bearer(role, org);
    const server = this.app.getHttpServer();
    const auth = <T extends request.Test>(test: T) => test.set('Authorization', authorization);
    return {
      get: (url: string) => auth(request(server).get(url)),
      post: (url: string) => auth(request(server).post(url)),
    };
  }

  /** The Authorization header `as(role, org)` sends. */
  bearer(role: Role, org: string | null = null): string {
    const token = this.tokens.get(`${role}/${org}`);
    if (!token) throw new Error(`call await ledger.signIn('${role}', ${JSON.stringify(org)}) first`);
    return `Bearer ${token}`;
  }

  /** Mints the token `as(role, org)` uses. */
  async signIn(role: Role, org: string | null = null): Promise<this> {
    const claims = { sub: `${role}-${org ?? 'ledger'}`, name: `Test ${role}${org ? ` of ${org}` : ''}`, role, org };
    this.tokens.set(`${role}/${org}`, await this.tokenFor(claims));
    return this;
  }

  static async start(overrides: Partial<LedgerConfig> = {}, dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'))): Promise<LedgerTestApp> {
    const config = loadLedgerConfig({}, { LOG_LEVEL: 'silent', ...overrides, LEDGER_DATA_DIR: dataDir });
    const app = await createLedgerApp(config);
    await app.listen(0, '127.0.0.1');
    const ledger = new LedgerTestApp(app, dataDir, overrides);
    for (const role of ROLES) await ledger.signIn(role);
    return ledger;
  }

  /** HTTP with no token at all. */
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
