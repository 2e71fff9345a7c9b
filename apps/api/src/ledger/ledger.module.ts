import { Module } from '@nestjs/common';
import { ReadLogController } from './read-log/read-log.controller';

/** The transparency log's routes: checkpoints and proofs (the log itself is opened with the event store, in LedgerInfrastructureModule). */
@Module({
  controllers: [ReadLogController],
})
export class LedgerModule {}
