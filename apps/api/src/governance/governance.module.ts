import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { CompactsModule } from '../compacts/compacts.module';
import type { LedgerConfig } from '../config/ledger-config';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { DataDirectoryInUseError } from '../infrastructure/data-directory-lock';
import { MeetingsModule } from '../meetings/meetings.module';
import { ProgrammeModule } from '../programme/programme.module';
import { DecisionFeed, SAGA_STORE } from './decision-consequences/decision-feed';
import { DecisionsActOnTheCompactSaga } from './decision-consequences/decisions-act-on-the-compact.saga';
import { ConsequenceOutcomes, EnactDecisionConsequenceHandler } from './decision-consequences/enact-decision-consequence';
import { SagaStore } from './decision-consequences/saga-store';

/**
 * Governance (docs/domain.md): boards under terms of reference, their meetings, the joint
 * programme, deadlines in working days, and the saga by which decisions act on the compact.
 * DecisionFeed is exported for the saga's section of /health.
 */
@Module({})
export class GovernanceModule {
  static forConfig(config: LedgerConfig): DynamicModule {
    return {
      module: GovernanceModule,
      imports: [BoardsModule, MeetingsModule, ProgrammeModule, DeadlinesModule, CompactsModule],
      providers: [
        {
          provide: SAGA_STORE,
          useFactory: () => {
            mkdirSync(config.LEDGER_DATA_DIR, { recursive: true });
            try {
              return new SagaStore(join(config.LEDGER_DATA_DIR, 'sagas.db'));
            } catch (error) {
              // Its file is held by the API already running there, which may be found here before api.lock.
              if ((error as { code?: string }).code === 'SQLITE_BUSY') throw DataDirectoryInUseError.of(config.LEDGER_DATA_DIR);
              throw error;
            }
          },
        },
        ConsequenceOutcomes,
        EnactDecisionConsequenceHandler,
        DecisionsActOnTheCompactSaga,
        DecisionFeed,
      ],
      exports: [DecisionFeed],
    };
  }
}
