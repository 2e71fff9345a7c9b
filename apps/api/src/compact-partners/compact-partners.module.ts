import { Module } from '@nestjs/common';
import { CompactPartnersController } from './compact-partners.controller';
import { ExecuteCompactCommandHandler } from './execute-compact-command';
import { GetLifecycleHandler } from './lifecycle.queries';

@Module({
  controllers: [CompactPartnersController],
  providers: [ExecuteCompactCommandHandler, GetLifecycleHandler],
})
export class CompactPartnersModule {}
