import { join } from 'node:path';
import {
  Controller,
  type DynamicModule,
  Get,
  Global,
  Header,
  Inject,
  Logger,
  Module,
  NotFoundException,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { loadOrCreateLogKey, logKeyFile, TransparencyLog } from '@compact-ledger/transparency';
import { WitnessCoordinator } from '@compact-ledger/witness';
import { Public } from '../auth/policies';
import { LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * STAND-IN, to be deleted when the transparency log is wired into the API (issue 20,
 * branch `evidence`). It does the least of that wiring the witnesses need, so that
 * they can be tested end to end here, and opened only when witnesses are configured:
 * the TransparencyLog over the SQLite store
 * (<data dir>/transparency.db, the key in keys/log-signing-key named STAND_IN_ORIGIN),
 * caught up after each commit, provided as TRANSPARENCY_LOG; and GET /ledger/checkpoint
 * answering the checkpoint the witnesses' coordinator serves (left out of the OpenAPI
 * document: the real route documents itself). When the real wiring lands: delete this
 * file, its one line in app.module.ts, and point the TRANSPARENCY_LOG import of
 * witnesses.provider.ts at the real token; its GET /ledger/checkpoint answers
 * `witnesses?.servedCheckpoint()?.note ?? log.latestCheckpoint()?.note`.
 */
export const TRANSPARENCY_LOG = Symbol('TRANSPARENCY_LOG');
export const STAND_IN_ORIGIN = 'compact-ledger.local/log';

@ApiExcludeController()
@Controller('ledger/checkpoint')
class CheckpointStandInController {
  constructor(
    @Inject(TRANSPARENCY_LOG) private readonly log: TransparencyLog | null,
    @Optional() @Inject(WitnessCoordinator) private readonly witnesses: WitnessCoordinator | null,
  ) {}

  @Get()
  @Public()
  @Header('content-type', 'text/plain; charset=utf-8')
  checkpoint(): string {
    const note = this.witnesses?.servedCheckpoint()?.note ?? this.log?.latestCheckpoint()?.note;
    if (!note) throw new NotFoundException('no checkpoint has been issued yet');
    return note;
  }
}

/**
 * Only where the witnesses need it, so that the stand-in changes nothing else on this branch (the
 * benchmark opens it without witnesses too, to measure what the witnesses add to the log alone).
 */
const wanted = (config: LedgerConfig) => config.LEDGER_WITNESSES.trim() !== '' || process.env.LEDGER_TRANSPARENCY_STAND_IN === 'always';

@Global()
@Module({})
export class TransparencyStandInModule implements OnApplicationShutdown {
  constructor(@Inject(TRANSPARENCY_LOG) private readonly log: (TransparencyLog & { stopFollowing(): void }) | null) {}

  static forConfig(config: LedgerConfig): DynamicModule {
    return {
      module: TransparencyStandInModule,
      providers: [
        {
          provide: TRANSPARENCY_LOG,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => openStandIn(store, config),
        },
      ],
      controllers: wanted(config) ? [CheckpointStandInController] : [],
      exports: [TRANSPARENCY_LOG],
    };
  }

  onApplicationShutdown(): void {
    this.log?.stopFollowing();
    this.log?.close();
  }
}

async function openStandIn(store: EventStore, config: LedgerConfig): Promise<(TransparencyLog & { stopFollowing(): void }) | null> {
  if (!(store instanceof SqliteEventStore) || !wanted(config)) return null;
  const logger = new Logger('TransparencyLog');
  const log = await TransparencyLog.open({
    file: join(config.LEDGER_DATA_DIR, 'transparency.db'),
    key: loadOrCreateLogKey(logKeyFile(config.LEDGER_DATA_DIR), STAND_IN_ORIGIN),
    source: store,
    onError: (error) => logger.error((error as Error).message),
  });
  const stop = store.onCommit(() => void log.afterCommit());
  return Object.assign(log, { stopFollowing: stop });
}
