import { join } from 'node:path';
import { Controller, type DynamicModule, Get, Global, Header, Inject, Logger, Module, NotFoundException, type OnApplicationShutdown } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { loadOrCreateLogKey, logKeyFile, openNote, parseNote, parseVerifierKey, type StoredCheckpoint, TransparencyLog } from '@compact-ledger/transparency';
import { Public } from '../auth/policies';
import type { LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * STAND-IN, to be deleted when the transparency log is wired into the API (issue 20,
 * branch `evidence`, whose apps/api/src/ledger/ledger-transparency.ts provides the class
 * LedgerTransparency). This is the part of it the witnesses use, under the same name and
 * with the same methods (onCheckpointIssued, serveCosigned, served, require, available),
 * so that witnesses.provider.ts works with either: when the real one lands, delete this
 * file and its line in app.module.ts, and import LedgerTransparency in
 * witnesses.provider.ts from '../ledger/ledger-transparency'.
 *
 * Opened only where witnesses are configured, so that nothing else changes on this
 * branch: the TransparencyLog over the SQLite store (<data dir>/transparency.db, its key
 * in keys/log-signing-key named STAND_IN_ORIGIN), caught up after each commit, and
 * GET /ledger/checkpoint (left out of the OpenAPI document: the real one documents itself).
 */
export const STAND_IN_ORIGIN = 'compact-ledger.local/log';

export class LedgerTransparency {
  private readonly listeners = new Set<(checkpoint: StoredCheckpoint) => void>();
  private readonly cosigned = new Map<number, string>();
  private log: TransparencyLog | null = null;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  attach(log: TransparencyLog): void {
    this.log = log;
  }

  get available(): boolean {
    return this.log !== null;
  }

  require(): TransparencyLog {
    if (!this.log) throw new Error('the transparency log is not open');
    return this.log;
  }

  /** Witnesses: called with every checkpoint the log issues. Returns the unsubscribe. */
  onCheckpointIssued(listener: (checkpoint: StoredCheckpoint) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  announce(checkpoint: StoredCheckpoint): void {
    for (const listener of this.listeners) {
      try {
        listener(checkpoint);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  /** Witnesses: a co-signed version of a checkpoint this log issued, served in its place from now on. */
  serveCosigned(note: string): void {
    const log = this.require();
    const { text } = parseNote(note);
    openNote(note, [parseVerifierKey(log.verifierKey)]);
    const size = Number(text.split('\n')[1]);
    const issued = log.checkpointAt(size);
    if (!issued || parseNote(issued.note).text !== text) throw new Error(`the log issued no checkpoint with this text at size ${size}`);
    this.cosigned.set(size, note);
    if (this.cosigned.size > 500) this.cosigned.delete(this.cosigned.keys().next().value!);
  }

  served(checkpoint: StoredCheckpoint): string {
    return this.cosigned.get(checkpoint.size) ?? checkpoint.note;
  }
}

@ApiExcludeController()
@Controller('ledger/checkpoint')
class CheckpointStandInController {
  constructor(@Inject(LedgerTransparency) private readonly transparency: LedgerTransparency) {}

  @Get()
  @Public()
  @Header('content-type', 'text/plain; charset=utf-8')
  checkpoint(): string {
    const latest = this.transparency.available ? this.transparency.require().latestCheckpoint() : null;
    if (!latest) throw new NotFoundException('no checkpoint has been issued yet');
    return this.transparency.served(latest);
  }
}

/** Only where the witnesses need it (the benchmark opens it without witnesses too, to measure what they add to the log alone). */
const wanted = (config: LedgerConfig) => config.LEDGER_WITNESSES.trim() !== '' || process.env.LEDGER_TRANSPARENCY_STAND_IN === 'always';

@Global()
@Module({})
export class TransparencyStandInModule implements OnApplicationShutdown {
  constructor(@Inject(LedgerTransparency) private readonly transparency: LedgerTransparency & { close?: () => void }) {}

  static forConfig(config: LedgerConfig): DynamicModule {
    return {
      module: TransparencyStandInModule,
      providers: [{ provide: LedgerTransparency, inject: [EVENT_STORE], useFactory: (store: EventStore) => openStandIn(store, config) }],
      controllers: wanted(config) ? [CheckpointStandInController] : [],
      exports: [LedgerTransparency],
    };
  }

  onApplicationShutdown(): void {
    this.transparency.close?.();
  }
}

async function openStandIn(store: EventStore, config: LedgerConfig): Promise<LedgerTransparency & { close?: () => void }> {
  const logger = new Logger('Transparency');
  const transparency = new LedgerTransparency((error) => logger.error(`transparency log: ${(error as Error).message}`));
  if (!(store instanceof SqliteEventStore) || !wanted(config)) return transparency;
  const log = await TransparencyLog.open({
    file: join(config.LEDGER_DATA_DIR, 'transparency.db'),
    key: loadOrCreateLogKey(logKeyFile(config.LEDGER_DATA_DIR), STAND_IN_ORIGIN),
    source: store,
    onError: (error) => logger.error((error as Error).message),
    onCheckpointIssued: (checkpoint) => transparency.announce(checkpoint),
  });
  transparency.attach(log);
  const stopFollowing = store.onCommit(() => void log.afterCommit());
  return Object.assign(transparency, {
    close: () => {
      stopFollowing();
      log.close();
    },
  });
}
