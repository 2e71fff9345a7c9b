import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ProjectionControl } from '@compact-ledger/projections';
import { Policy } from '../auth/policies';
import { OperationInProgressError, ResourceNotFoundError } from '../http/problems';

export class ProjectionNameParams {
  @ApiProperty({ example: 'compact_state_v1' })
  @Matches(/^[a-z][a-z0-9_]*_v[0-9]+$/, { message: 'name must be a projection name such as compact_state_v1' })
  name!: string;
}

/** Operations for the ledger's administrators: read models are derived, so any of them can be dropped and replayed. */
export class RebuildResultDto {
  @ApiProperty({ example: 'compact_state_v1' })
  name!: string;

  @ApiProperty({ type: 'integer', description: 'The position it has caught up to' })
  position!: number;

  @ApiProperty({ type: 'integer', description: 'How long the rebuild took, in milliseconds' })
  tookMs!: number;
}

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  private readonly rebuilding = new Set<string>();

  constructor(private readonly runner: ProjectionControl) {}

  @Post('projections/:name/rebuild')
  @ApiOperation({ summary: 'Rebuild a read model from the events' })
  @Policy('admin.rebuild-projection')
  @HttpCode(200)
  @ApiOkResponse({
    type: RebuildResultDto,
    description: 'The read model was dropped and replayed from position 0; it has caught up with the log. Events are not touched.',
  })
  async rebuild(@Param() { name }: ProjectionNameParams): Promise<RebuildResultDto> {
    if (!this.runner.projectionNames.includes(name)) throw new ResourceNotFoundError(`no projection named ${name}`);
    if (this.rebuilding.has(name)) throw new OperationInProgressError(`${name} is already being rebuilt`);
    this.rebuilding.add(name);
    const started = performance.now();
    try {
      await this.runner.rebuild(name);
    } finally {
      this.rebuilding.delete(name);
    }
    const status = this.runner.status().find((p) => p.name === name)!;
    return { name, position: status.position, tookMs: Math.round(performance.now() - started) };
  }
}
