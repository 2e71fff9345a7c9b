import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Policy } from '../../auth/policies';
import { ReadQueryDto } from '../../http/read-query.dto';
import { AsOfQueryDto, asOfFrom } from '../as-of-query.dto';
import { CompactIdParams } from '../compact-id.params';
import { CompactEscalationPathDto } from '../define-escalation-path/escalation-path.dto';
import { GetLifecycleQuery } from './lifecycle.queries';
import { EndorsementRequestViewDto, EndorsementViewDto, PartnerViewDto, RegisterRowDto } from './lifecycle.responses';

/** Partners, their boards' endorsements, the signature register and the escalation path (docs/domain.md). */
@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class ReadPartnersController {
  constructor(private readonly queries: QueryBus) {}

  @Get('escalation-path')
  @ApiOperation({ summary: "A compact's current escalation path" })
  @Policy('compacts.read')
  @ApiOkResponse({ type: CompactEscalationPathDto, description: "The compact's current escalation path, or 404 when none is defined" })
  escalationPath(@Param() { id }: CompactIdParams, @Query() _query: ReadQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'escalation-path'));
  }

  @Get('partners')
  @ApiOperation({ summary: "A compact's partners" })
  @Policy('compacts.read')
  @ApiOkResponse({
    type: [PartnerViewDto],
    description:
      'Partners with their membership periods and representatives; with ?asOf=, those on the date (members, and those whose dates leave it undetermined)',
  })
  partners(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'partners', asOfFrom(query)));
  }

  @Get('endorsements')
  @ApiOperation({ summary: "Partner boards' endorsements" })
  @Policy('compacts.read')
  @ApiOkResponse({ type: [EndorsementViewDto], description: "Each partner board's endorsement, with concerns and responses" })
  endorsements(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'endorsements', asOfFrom(query)));
  }

  @Get('endorsement-requests')
  @ApiOperation({ summary: 'Boards asked to endorse, with no outcome on the paper' })
  @Policy('compacts.read')
  @ApiOkResponse({
    type: [EndorsementRequestViewDto],
    description: 'Each request to a board to endorse a version (001: the Health and Wellbeing Board, 28 January 2015)',
  })
  endorsementRequests(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'endorsement-requests', asOfFrom(query)));
  }

  @Get('signatures')
  @ApiOperation({ summary: 'The signature register' })
  @Policy('compacts.read')
  @ApiOkResponse({ type: [RegisterRowDto], description: 'The register: one row per partner and version, signed or not yet' })
  signatures(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'signatures', asOfFrom(query)));
  }
}
