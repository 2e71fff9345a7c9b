import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { EsdbEventStore, type EventStore, SqliteEventStore, StoreUnavailableError } from '@compact-ledger/event-store';
import { allProjections, openReadModelDatabase, ProjectionRunner } from '@compact-ledger/projections';
import { LedgerConfig } from '../config/ledger-config';
import { CommandPipeline } from './command-pipeline.service';
import { EVENT_STORE, READ_MODEL_DB } from './tokens';

export async function openEventStore(config: LedgerConfig): Promise<EventStore> {
  switch (config.LEDGER_STORE) {
    case 'sqlite':
      mkdirSync(config.LEDGER_DATA_DIR, { recursive: true });
      return new SqliteEventStore({ file: join(config.LEDGER_DATA_DIR, 'events.db'), synchronous: config.LEDGER_SQLITE_SYNCHRONOUS });
    case 'esdb': {
      // Read models stay in the local SQLite read-model file, fed from $all.
      const store = new EsdbEventStore({ connectionString: config.EVENTSTORE_CONNECTION_STRING! });
      const health = await store.health();
      if (!health.readable) {
        await store.close();
        throw new StoreUnavailableError(`cannot reach EventStoreDB at ${config.EVENTSTORE_CONNECTION_STRING}: ${health.detail ?? 'no answer'}`);
      }
      return store;
    }
  }
}

/**
 * The event store, the read-model database and the projection runner: opened at
 * start, and closed after the HTTP server has finished its in-flight requests.
 */
@Global()
@Module({})
export class LedgerInfrastructureModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Ledger');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DB) private readonly readModels: Database.Database,
    private readonly runner: ProjectionRunner,
  ) {}

  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: LedgerInfrastructureModule,
      providers: [
        { provide: LedgerConfig, useValue: config },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        {
          provide: READ_MODEL_DB,
          useFactory: () => {
            mkdirSync(config.LEDGER_DATA_DIR, { recursive: true });
            return openReadModelDatabase(join(config.LEDGER_DATA_DIR, 'read-models.db'));
          },
        },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODEL_DB],
          useFactory: (store: EventStore, db: Database.Database) =>
            new ProjectionRunner(store, db, allProjections, {
              onError: (name, error) => new Logger('Projections').error(`projection ${name} failed: ${(error as Error).message}`),
            }),
        },
        CommandPipeline,
      ],
      exports: [LedgerConfig, EVENT_STORE, READ_MODEL_DB, ProjectionRunner, CommandPipeline],
    };
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.store.close();
    this.readModels.close();
    this.logger.log('event store and read models closed');
  }
}
