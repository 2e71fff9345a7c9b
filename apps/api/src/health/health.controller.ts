import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '@compact-ledger/event-store';
import { ProjectionControl } from '@compact-ledger/projections';
import { WitnessCoordinator } from '@compact-ledger/witness';
import { Public } from '../auth/policies';
import { LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from '../infrastructure/tokens';
import { HealthDto } from './health.responses';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionControl,
    @Inject(LedgerConfig) private readonly config: LedgerConfig,
    @Optional() @Inject(WitnessCoordinator) private readonly witnesses: WitnessCoordinator | null,
  ) {}

  @Get()
  @ApiOperation({ summary: "The ledger's health" })
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'The store is readable; each projection with its lag behind the head of the log' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The store cannot be read: the same report, status unavailable' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const store = await this.store.health();
    const projections = this.runner.status().map((p) => ({ ...p, lag: Math.max(0, store.headPosition - p.position) }));
    const ready = store.readable && projections.every((p) => p.error === null);
    if (!store.readable) reply.status(503);
    return {
      status: store.readable ? (ready ? 'ok' : 'degraded') : 'unavailable',
      store: { kind: this.config.LEDGER_STORE, ...store },
      projections,
      // Only with witnesses configured (LEDGER_WITNESSES): each one's last cosigned size and time, and how far behind it is.
      ...(this.witnesses ? { witnesses: this.witnesses.status() } : {}),
    };
  }
}
