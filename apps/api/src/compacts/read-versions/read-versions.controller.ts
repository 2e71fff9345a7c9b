import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Policy } from '../../auth/policies';
import { AsOfQueryDto, asOfFrom } from '../as-of-query.dto';
import { VersionLabelField, VersionLabelParams } from '../compact-fields';
import { CompactIdParams } from '../compact-id.params';
import { CompareVersionsQuery, GetVersionQuery, ListVersionsQuery } from './version.queries';
import { VersionComparisonDto, VersionDto } from './version.responses';

class CompareVersionsQueryDto extends AsOfQueryDto {
  @ApiProperty({ example: '1.1' })
  @VersionLabelField('from')
  from!: string;

  @ApiProperty({ example: '2.0' })
  @VersionLabelField('to')
  to!: string;
}

/** A compact's versions, one version's text, and a comparison of any two (000's version table). */
@ApiTags('compact versions')
@ApiBearerAuth()
@Controller('compacts/:id')
export class ReadVersionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('versions')
  @ApiOperation({ summary: "A compact's versions" })
  @Policy('compacts.read')
  @ApiOkResponse({
    type: [VersionDto],
    description:
      'Every version in the order published: label, date with its precision, note, content hash and sections (null where the paper does not carry the text)',
  })
  list(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new ListVersionsQuery(id, asOfFrom(query)));
  }

  @Get('versions/:label')
  @ApiOperation({ summary: 'One version' })
  @Policy('compacts.read')
  @ApiOkResponse({ type: VersionDto, description: "One version's sections, note and content hash" })
  get(@Param() { id, label }: VersionLabelParams, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new GetVersionQuery(id, label, asOfFrom(query)));
  }

  @Get('diff')
  @ApiOperation({ summary: 'Compare two versions section by section' })
  @Policy('compacts.read')
  @ApiOkResponse({
    type: VersionComparisonDto,
    description:
      "Section by section: added, removed, changed with word-level changes, where both texts are recorded; and what each version's note says it changed (000's V1 to V5.0 are known only so)",
  })
  diff(@Param() { id }: CompactIdParams, @Query() query: CompareVersionsQueryDto) {
    return this.queries.execute(new CompareVersionsQuery(id, query.from, query.to, asOfFrom(query)));
  }
}
