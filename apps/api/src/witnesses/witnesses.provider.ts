import { join } from 'node:path';
import { type FactoryProvider, Global, Inject, Logger, Module, type OnApplicationShutdown, Optional } from '@nestjs/common';
import type { TransparencyLog } from '@compact-ledger/transparency';
import { parseWitnessList, SqliteCosignatureStore, WitnessCoordinator } from '@compact-ledger/witness';
import { ConfigurationError, LedgerConfig } from '../config/ledger-config';
import { TRANSPARENCY_LOG } from './transparency-log.stand-in';

type RunningCoordinator = WitnessCoordinator & { shutdown(): Promise<void> };

/**
 * The ledger asks its witnesses (LEDGER_WITNESSES) to cosign each checkpoint it
 * issues. Provided as WitnessCoordinator (null when no witness is configured), for
 * GET /ledger/checkpoint (servedCheckpoint) and /health (status). Expects a
 * TransparencyLog under TRANSPARENCY_LOG (null where the log does not run); its one
 * hook is TransparencyLog.onCheckpoint. The cosignatures are kept in
 * <data dir>/witnesses.db.
 */
export const witnessCoordinatorProvider: FactoryProvider<RunningCoordinator | null> = {
  provide: WitnessCoordinator,
  inject: [LedgerConfig, TRANSPARENCY_LOG],
  useFactory: (config: LedgerConfig, log: TransparencyLog | null): RunningCoordinator | null => {
    const witnesses = parseWitnessList(config.LEDGER_WITNESSES);
    if (witnesses.length === 0) return null;
    if (!log) throw new ConfigurationError('LEDGER_WITNESSES needs the transparency log, which runs over the SQLite store (LEDGER_STORE=sqlite)');
    const logger = new Logger('Witnesses');
    const store = new SqliteCosignatureStore(join(config.LEDGER_DATA_DIR, 'witnesses.db'));
    const coordinator = new WitnessCoordinator({
      witnesses,
      store,
      proofs: log,
      checkpoints: log,
      quorum: config.LEDGER_WITNESS_QUORUM,
      timeoutMs: config.LEDGER_WITNESS_TIMEOUT_MS,
      log: (level, message) => (level === 'info' ? logger.log(message) : logger[level](message)),
    });
    // The hook: every checkpoint issued goes to the witnesses, and the latest at start, so that they catch up.
    const stopListening = log.onCheckpoint((checkpoint) => coordinator.checkpointIssued(checkpoint));
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
