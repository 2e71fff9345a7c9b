import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { EsdbEventStore, type EventStore, SqliteEventStore, StoreUnavailableError } from '@compact-ledger/event-store';
import { allProjections, openReadModelDatabase, ProjectionControl, ProjectionRunner } from '@compact-ledger/projections';
import { TransparencyLog } from '@compact-ledger/transparency';
import { LedgerConfig } from '../config/ledger-config';
import { LedgerTransparency, loadLedgerLogKey, transparencyDatabaseFile } from '../ledger/ledger-transparency';
import { CommandPipeline } from './command-pipeline.service';
import { DataDirectoryLock } from './data-directory-lock';
import { startProjectionsThread } from './projections-thread/threaded-projections';
import { EVENT_STORE, LEDGER_CORE, READ_MODEL_DB } from './tokens';

const ESDB_NO_LOG =
  'this ledger runs on EventStoreDB, over which it keeps no transparency log yet: no checkpoints, proofs or evidence packs (see the README, "Checking the evidence yourself")';

/** The event store, the projections over it, and the read models the queries read. */
export interface LedgerCore {
  store: EventStore;
  projections: ProjectionControl;
  /** For the queries; where the projections run on their own thread, a read-only connection. */
  readModels: Database.Database;
  /** The transparency log over the store (SQLite), or its absence (EventStoreDB). */
  transparency: LedgerTransparency;
  close(): Promise<void>;
}

async function openEventStore(config: LedgerConfig): Promise<EventStore> {
  switch (config.LEDGER_STORE) {
    case 'sqlite':
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
 * With the SQLite store the projections run on a thread of their own (see
 * startProjectionsThread) unless LEDGER_PROJECTION_THREAD=main; with EventStoreDB
 * they run on the API's event loop, fed from the server's $all.
 */
export async function openLedgerCore(config: LedgerConfig): Promise<LedgerCore> {
  mkdirSync(config.LEDGER_DATA_DIR, { recursive: true });
  const lock = DataDirectoryLock.acquire(config.LEDGER_DATA_DIR);
  try {
    return await openLedgerCoreHolding(lock, config);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * The transparency log over the SQLite store: caught up at start, then after each group
 * commit, on the next turn of the event loop (so the commit is acknowledged first), one
 * catch-up in flight at most (TransparencyLog.sync joins requests made meanwhile), with a
 * checkpoint at most once a second after growth.
 */
async function openTransparency(config: LedgerConfig, store: EventStore): Promise<{ transparency: LedgerTransparency; close(): void }> {
  const logger = new Logger('Transparency');
  const onError = (error: unknown) => logger.error(`transparency log: ${(error as Error).message}`);
  const key = loadLedgerLogKey(config);
  if (!(store instanceof SqliteEventStore)) return { transparency: new LedgerTransparency(key, ESDB_NO_LOG, onError), close: () => undefined };
  const transparency = new LedgerTransparency(key, null, onError);
  const log = await TransparencyLog.open({
    file: transparencyDatabaseFile(config.LEDGER_DATA_DIR),
    key,
    source: store,
    onError,
    onCheckpointIssued: (checkpoint) => transparency.announce(checkpoint),
  });
  transparency.attach(log);
  let scheduled: NodeJS.Immediate | null = null;
  const stopListening = store.onCommit(() => {
    scheduled ??= setImmediate(() => {
      scheduled = null;
      void log.afterCommit();
    });
  });
  return {
    transparency,
    close: () => {
      stopListening();
      if (scheduled) clearImmediate(scheduled);
      log.close();
    },
  };
}

async function openLedgerCoreHolding(lock: DataDirectoryLock, config: LedgerConfig): Promise<LedgerCore> {
  const store = await openEventStore(config);
  const opened = await openTransparency(config, store).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  try {
    return await openLedgerCoreWith(lock, config, store, opened);
  } catch (error) {
    opened.close();
    throw error;
  }
}

async function openLedgerCoreWith(
  lock: DataDirectoryLock,
  config: LedgerConfig,
  store: EventStore,
  transparency: { transparency: LedgerTransparency; close(): void },
): Promise<LedgerCore> {
  const readModelsFile = join(config.LEDGER_DATA_DIR, 'read-models.db');
  const logger = new Logger('Projections');
  if (store instanceof SqliteEventStore && config.LEDGER_PROJECTION_THREAD === 'worker') {
    const projections = await startProjectionsThread({ store, readModelsFile, log: (level, message) => logger[level](message) }).catch(
      async (error: unknown) => {
        await store.close();
        throw error;
      },
    );
    // The thread has created the read models' tables; this side only reads them.
    return ledgerCore(lock, store, projections, new Database(readModelsFile, { readonly: true, fileMustExist: true }), transparency);
  }
  const readModels = openReadModelDatabase(readModelsFile);
  const runner = new ProjectionRunner(store, readModels, allProjections, {
    onError: (name, error) => logger.error(`projection ${name} failed: ${(error as Error).message}`),
  });
  runner.start();
  return ledgerCore(lock, store, runner, readModels, transparency);
}

/** Closed in order: the projections stop reading the store before it closes, and the data directory is let go last. */
function ledgerCore(
  lock: DataDirectoryLock,
  store: EventStore,
  projections: ProjectionControl & { stop(): Promise<void> },
  readModels: Database.Database,
  transparency: { transparency: LedgerTransparency; close(): void },
): LedgerCore {
  return {
    store,
    projections,
    readModels,
    transparency: transparency.transparency,
    close: async () => {
      await projections.stop();
      transparency.close();
      await store.close();
      readModels.close();
      lock.release();
    },
  };
}

/**
 * The event store, the read-model database and the projections: opened at start,
 * and closed after the HTTP server has finished its in-flight requests.
 */
@Global()
@Module({})
export class LedgerInfrastructureModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Ledger');

  constructor(@Inject(LEDGER_CORE) private readonly core: LedgerCore) {}

  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: LedgerInfrastructureModule,
      providers: [
        { provide: LedgerConfig, useValue: config },
        { provide: LEDGER_CORE, useFactory: () => openLedgerCore(config) },
        { provide: EVENT_STORE, inject: [LEDGER_CORE], useFactory: (core: LedgerCore) => core.store },
        { provide: READ_MODEL_DB, inject: [LEDGER_CORE], useFactory: (core: LedgerCore) => core.readModels },
        { provide: ProjectionControl, inject: [LEDGER_CORE], useFactory: (core: LedgerCore) => core.projections },
        { provide: LedgerTransparency, inject: [LEDGER_CORE], useFactory: (core: LedgerCore) => core.transparency },
        CommandPipeline,
      ],
      exports: [LedgerConfig, EVENT_STORE, READ_MODEL_DB, ProjectionControl, LedgerTransparency, CommandPipeline],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.core.close();
    this.logger.log('event store and read models closed');
  }
}
