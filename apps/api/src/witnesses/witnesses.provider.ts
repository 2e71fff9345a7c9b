import { join } from 'node:path';
import { type FactoryProvider, Global, Inject, Logger, Module, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { parseWitnessList, SqliteCosignatureStore, WitnessCoordinator } from '@compact-ledger/witness';
import { ConfigurationError, LedgerConfig } from '../config/ledger-config';
import { LedgerTransparency } from '../ledger/ledger-transparency';

type RunningCoordinator = WitnessCoordinator & { shutdown(): Promise<void> };

/**
 * The ledger asks its witnesses (LEDGER_WITNESSES) to cosign each checkpoint it issues.
 * Provided as WitnessCoordinator (null when no witness is configured; /health reads its
 * status). Uses LedgerTransparency (apps/api/src/ledger/ledger-transparency.ts)
 * and uses three things of it: onCheckpointIssued (the hook: every checkpoint issued goes
 * to the witnesses), serveCosigned (each co-signed note is handed back, and
 * GET /ledger/checkpoint serves it in the checkpoint's place), and require() (the log:
 * consistency proofs and issued checkpoints). Cosignatures are kept in <data dir>/witnesses.db.
 */
export const witnessCoordinatorProvider: FactoryProvider<RunningCoordinator | null> = {
  provide: WitnessCoordinator,
  inject: [LedgerConfig, LedgerTransparency],
  useFactory: (config: LedgerConfig, transparency: LedgerTransparency): RunningCoordinator | null => {
    const witnesses = parseWitnessList(config.LEDGER_WITNESSES);
    if (witnesses.length === 0) return null;
    if (!transparency.available)
      throw new ConfigurationError('LEDGER_WITNESSES needs the transparency log, which runs over the SQLite store (LEDGER_STORE=sqlite)');
    const log = transparency.require();
    const logger = new Logger('Witnesses');
    const store = new SqliteCosignatureStore(join(config.LEDGER_DATA_DIR, 'witnesses.db'));
    const coordinator = new WitnessCoordinator({
      witnesses,
      store,
      proofs: log,
      checkpoints: log,
      timeoutMs: config.LEDGER_WITNESS_TIMEOUT_MS,
      log: (level, message) => (level === 'info' ? logger.log(message) : logger[level](message)),
      onCosigned: (_size, note) => transparency.serveCosigned(note),
    });
    const stopListening = transparency.onCheckpointIssued((checkpoint) => coordinator.checkpointIssued(checkpoint));
    // The latest checkpoint at start too, so that witnesses behind (or asked for the first time) catch up.
    const latest = log.latestCheckpoint();
    if (latest) coordinator.checkpointIssued(latest);
    return Object.assign(coordinator, {
      shutdown: async () => {
        stopListening();
        await coordinator.close();
        store.close();
      },
    });
  },
};

@Global()
@Module({ providers: [witnessCoordinatorProvider], exports: [WitnessCoordinator] })
export class WitnessesModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(WitnessCoordinator) private readonly coordinator: RunningCoordinator | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.coordinator?.shutdown();
  }
}
