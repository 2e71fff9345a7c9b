import { Module } from '@nestjs/common';
import { CompactVersionsController } from './compact-versions.controller';
import { PublishVersionHandler } from './publish-version.command';
import { CompareVersionsHandler, GetVersionHandler, ListVersionsHandler } from './version.queries';

/** Versions and amendments of a compact, and comparing any two (the version table of 000). */
@Module({
  controllers: [CompactVersionsController],
  providers: [PublishVersionHandler, ListVersionsHandler, GetVersionHandler, CompareVersionsHandler],
})
export class CompactVersionsModule {}
