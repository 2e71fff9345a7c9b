import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { LedgerConfig } from '../config/ledger-config';
import { IdempotencyGuard } from './idempotency.guard';
import { IdempotencyStore } from './idempotency-store';

@Module({})
export class IdempotencyModule implements OnApplicationShutdown {
  constructor(@Inject(IdempotencyStore) private readonly store: IdempotencyStore) {}

  static forConfig(config: LedgerConfig): DynamicModule {
    return {
      module: IdempotencyModule,
      // Global: an upload's handler settles its key once it has read the body (EvidenceUploads).
      global: true,
      providers: [
        {
          provide: IdempotencyStore,
          useFactory: () => {
            mkdirSync(config.LEDGER_DATA_DIR, { recursive: true });
            return new IdempotencyStore(join(config.LEDGER_DATA_DIR, 'idempotency.db'));
          },
        },
        IdempotencyGuard,
      ],
      exports: [IdempotencyGuard],
    };
  }

  onApplicationShutdown(): void {
    this.store.close();
  }
}
