import { Module } from '@nestjs/common';
import { DraftCompactHandler } from './commands/draft-compact.command';
import { CompactsController } from './compacts.controller';
import { GetCompactHandler, GetCompactHistoryHandler, ListCompactsHandler } from './queries/compact.queries';

@Module({
  controllers: [CompactsController],
  providers: [DraftCompactHandler, GetCompactHandler, ListCompactsHandler, GetCompactHistoryHandler],
})
export class CompactsModule {}
