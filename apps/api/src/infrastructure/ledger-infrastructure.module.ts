import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { type EventStore, openSqlite, SqliteEventStore, StoreUnavailableError, walIndexInHeap } from '@compact-ledger/event-store';
import { openReadModelDatabase, ProjectionControl, ProjectionRunner } from '@compact-ledger/projections';
import { allProjections } from '@compact-ledger/projections/all';
import { storedTreeSize, TransparencyLog } from '@compact-ledger/transparency';
import { LedgerConfig } from '../config/ledger-config';
import { LedgerTransparency, loadLedgerLogKey, transparencyDatabaseFile } from '../ledger/ledger-transparency';
import { CommandPipeline } from './command-pipeline.service';
import { DataDirectoryLock } from './data-directory-lock';
import { startProjectionsThread } from './projections-thread/threaded-projections';
import { catchUpTreeOnThread } from './tree-catch-up/catch-up-tree-on-thread';
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
      if (!walIndexInHeap()) {
        new Logger('Ledger').warn(
          "SQLite's URI filenames are off in this process (SQLITE_USE_URI was not 1 when better-sqlite3 loaded): the WAL indexes are in -shm files, and a filesystem fault under them can end the process with SIGBUS",
        );
      }
      // The API keeps its data directory to itself (DataDirectoryLock), so its SQLite files are opened
      // for this process alone: no memory-mapped -shm file whose fault could raise SIGBUS.
      return new SqliteEventStore({ file: join(config.LEDGER_DATA_DIR, 'events.db'), synchronous: config.LEDGER_SQLITE_SYNCHRONOUS, processExclusive: true });
    case 'esdb': {
      // Read models stay in the local SQLite read-model file, fed from $all.
      // Loaded only here: the gRPC client is about 20 MB a thread that a ledger on SQLite does without.
      const { EsdbEventStore } = await import('@compact-ledger/event-store/esdb');
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
  const file = transparencyDatabaseFile(config.LEDGER_DATA_DIR);
  await catchUpFarBehindTreeOnThread(store, file, logger);
  let log: TransparencyLog;
  try {
    log = await TransparencyLog.open({
      file,
      key,
      source: store,
      onError,
      onCheckpointIssued: (checkpoint) => transparency.announce(checkpoint),
      processExclusive: true,
    });
  } catch (error) {
    // A tree that no longer matches the event log (cut short, or rewritten under it) is evidence of tampering:
    // the ledger starts, to say so (reads, /health), but signs nothing over that log.
    const fault = `the transparency log cannot be opened over this event log: ${(error as Error).message}`;
    logger.error(fault);
    return { transparency: new LedgerTransparency(key, null, onError, fault), close: () => undefined };
  }
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

/** Events the tree may be behind the store and still be caught up on the API's thread. */
const TREE_CATCH_UP_ON_THREAD_FROM = 50_000;

/**
 * A tree far behind its store (a ledger upgraded to a transparency log, the tree file
 * restored from an older backup) is caught up on a thread of its own first; see
 * catchUpTreeOnThread. Whatever goes wrong there, the log is opened next as ever, and
 * its own catch-up finds it again (and says so).
 */
async function catchUpFarBehindTreeOnThread(store: SqliteEventStore, file: string, logger: Logger): Promise<void> {
  let behind: number;
  try {
    behind = (await store.headPosition()) - storedTreeSize(file, { processExclusive: true });
  } catch {
    return;
  }
  if (behind < TREE_CATCH_UP_ON_THREAD_FROM) return;
  await catchUpTreeOnThread({ eventsFile: store.file, transparencyFile: file, processExclusive: store.processExclusive }).catch((error: unknown) =>
    logger.warn(`catching the transparency tree up on its own thread failed (${(error as Error).message}); catching it up here`),
  );
}

async function openLedgerCoreHolding(lock: DataDirectoryLock, config: LedgerConfig): Promise<LedgerCore> {
  const store = await openEventStore(config);
  if (store instanceof SqliteEventStore) {
    await checkChainAtStart(store).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
  }
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
  let core: LedgerCore;
  if (store instanceof SqliteEventStore && config.LEDGER_PROJECTION_THREAD === 'worker') {
    const projections = await startProjectionsThread({ store, readModelsFile, log: (level, message) => logger[level](message) }).catch(
      async (error: unknown) => {
        await store.close();
        throw error;
      },
    );
    // The thread has created the read models' tables; this side only reads them.
    core = ledgerCore(lock, store, projections, openSqlite(readModelsFile, { processExclusive: true, queryOnly: true, fileMustExist: true }), transparency);
  } else {
    const readModels = openReadModelDatabase(readModelsFile, { processExclusive: true });
    const runner = new ProjectionRunner(store, readModels, allProjections, {
      onError: (name, error) => logger.error(`projection ${name} failed: ${(error as Error).message}`),
    });
    runner.start();
    core = ledgerCore(lock, store, runner, readModels, transparency);
  }
  if (store instanceof SqliteEventStore) {
    // The read models have applied the log up to their checkpoints: a log that ends before them has lost its last events.
    const applied = core.readModels.prepare('SELECT coalesce(max(position), 0) AS p FROM projection_checkpoints').pluck().get() as number;
    store.expectLogToReach(applied, "the read models' checkpoints");
    const ledgerLogger = new Logger('Ledger');
    store.watchChain({
      onBroken: (broken) =>
        ledgerLogger.error(
          `the background chain check found ${broken.revision >= 0 ? `stream ${broken.streamId} broken at revision ${broken.revision} (${broken.reason}: ${broken.detail})` : broken.detail}; nothing is appended there until an operator restores the log`,
        ),
    });
  }
  return core;
}

/**
 * The whole log verified before the API serves: a stream that fails its chain is
 * refused appends (and its reads answer a problem naming where); events missing from
 * the log refuse every append. One line says what was found.
 */
async function checkChainAtStart(store: SqliteEventStore): Promise<void> {
  const logger = new Logger('Ledger');
  const started = performance.now();
  const report = await store.checkChain();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (report.ok) {
    logger.log(`the event log's hash chain is intact: ${report.eventsChecked} events in ${report.streamsChecked} streams checked in ${seconds} s`);
    return;
  }
  const breaks = (report.breaks ?? []).map((b) => (b.revision >= 0 ? `stream ${b.streamId} at revision ${b.revision} (${b.reason})` : b.detail));
  logger.error(`the event log fails its hash chain: ${breaks.join('; ')}; nothing is appended where it is broken until an operator restores the log`);
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
