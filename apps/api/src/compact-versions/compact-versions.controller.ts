import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Policy } from '../auth/policies';
import { CompactIdParams } from '../compacts/dto/compact-id.params';
import { CommandResultDto } from '../http/command-result.dto';
import { AsOfQueryDto } from '../compacts/dto/as-of-query.dto';
import { commandContextFrom, type LedgerRequest } from '../http/request-context';
import { PublishVersionCommand } from './publish-version.command';
import { PublishVersionDto, VERSION_LABEL, VersionLabelParams } from './publish-version.dto';
import { CompareVersionsQuery, GetVersionQuery, ListVersionsQuery } from './version.queries';
import { VersionComparisonDto, VersionDto } from './version.responses';

class CompareVersionsQueryDto extends AsOfQueryDto {
  @ApiProperty({ example: '1.1' })
  @Matches(VERSION_LABEL, { message: 'from must be a version number such as 1.1' })
  from!: string;

  @ApiProperty({ example: '2.0' })
  @Matches(VERSION_LABEL, { message: 'to must be a version number such as 2.0' })
  to!: string;
}

@ApiTags('compact versions')
@ApiBearerAuth()
@Controller('compacts/:id')
export class CompactVersionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('versions')
  @Policy('compacts.publish-version')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: CommandResultDto,
    description: 'CompactVersionPublished recorded; GET /compacts/{id}/versions/{label} gives its content hash (the hash partners sign)',
  })
  publish(@Param() { id }: CompactIdParams, @Body() body: PublishVersionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new PublishVersionCommand(id, body, commandContextFrom(request)));
  }

  @Get('versions')
  @Policy('compacts.read')
  @ApiOkResponse({ type: [VersionDto], description: 'Every version in the order published: label, date, note, content hash and sections' })
  list(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto) {
    return this.queries.execute(new ListVersionsQuery(id, { asOf: asOf ?? null, axis: axis ?? 'effective' }));
  }

  @Get('versions/:label')
  @Policy('compacts.read')
  @ApiOkResponse({ type: VersionDto, description: "One version's sections, note and content hash" })
  get(@Param() { id, label }: VersionLabelParams, @Query() { asOf, axis }: AsOfQueryDto) {
    return this.queries.execute(new GetVersionQuery(id, label, { asOf: asOf ?? null, axis: axis ?? 'effective' }));
  }

  @Get('diff')
  @Policy('compacts.read')
  @ApiOkResponse({ type: VersionComparisonDto, description: 'Section by section: added, removed, changed with word-level changes' })
  diff(@Param() { id }: CompactIdParams, @Query() { from, to, asOf, axis }: CompareVersionsQueryDto) {
    return this.queries.execute(new CompareVersionsQuery(id, from, to, { asOf: asOf ?? null, axis: axis ?? 'effective' }));
  }
}
