import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { LedgerConfig } from '../config/ledger-config';
import { IdempotencyGuard } from './idempotency.guard';
import { IdempotencyStore } from './idempotency-store';
import { DataDirectoryInUseError } from '../infrastructure/data-directory-lock';

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
            try {
              return new IdempotencyStore(join(config.LEDGER_DATA_DIR, 'idempotency.db'));
            } catch (error) {
              // Its file is held by the API already running there (each keeps its files to its process), which may be opened before api.lock.
              if ((error as { code?: string }).code === 'SQLITE_BUSY') throw DataDirectoryInUseError.of(config.LEDGER_DATA_DIR);
              throw error;
            }
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
