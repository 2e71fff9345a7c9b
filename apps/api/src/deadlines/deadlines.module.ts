import { Module } from '@nestjs/common';
import { DeadlinesHandler } from './read-deadlines/deadline.queries';
import { ReadDeadlinesController } from './read-deadlines/read-deadlines.controller';

/** What falls due across compacts, in working days where the rule counts them. */
@Module({
  controllers: [ReadDeadlinesController],
  providers: [DeadlinesHandler],
})
export class DeadlinesModule {}
