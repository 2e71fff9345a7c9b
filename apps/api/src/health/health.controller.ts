import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '@compact-ledger/event-store';
import { ProjectionControl } from '@compact-ledger/projections';
import { WitnessCoordinator } from '@compact-ledger/witness';
import { Public } from '../auth/policies';
import { LedgerConfig } from '../config/ledger-config';
import { packThreadsWriting } from '../evidence/pack-thread/pack-thread';
import { DecisionFeed } from '../governance/decision-consequences/decision-feed';
import { EVENT_STORE } from '../infrastructure/tokens';
import { LedgerTransparency } from '../ledger/ledger-transparency';
import { HealthDto } from './health.responses';

/**
 * What the ledger can do now, asked of its parts rather than assumed: whether the log
 * can be read and a command recorded (the files asked, not the last append trusted),
 * the last storage fault, the hash-chain check, and each projection's lag and errors.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionControl,
    @Inject(LedgerConfig) private readonly config: LedgerConfig,
    private readonly decisions: DecisionFeed,
    private readonly transparency: LedgerTransparency,
    @Optional() @Inject(WitnessCoordinator) private readonly witnesses: WitnessCoordinator | null,
  ) {}

  @Get()
  @ApiOperation({ summary: "The ledger's health" })
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'Commands can be recorded: status ok, or degraded with the problems named' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The log cannot be read or no command can be recorded: the same report, status unavailable' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const { appends = { possible: false, reason: 'the store does not say' }, lastFault = null, ...store } = await this.store.health();
    const projections = this.runner.status().map((p) => ({ ...p, lag: Math.max(0, store.headPosition - p.position) }));
    // The decision-consequences saga: a consequence it is retrying, or a log it cannot read, degrades the ledger.
    const saga = this.decisions.health();
    const decisionConsequences = { ...saga, lag: Math.max(0, store.headPosition - saga.position) };
    const witnesses = this.witnesses?.status() ?? null;
    const problems = [
      ...(store.readable ? [] : [`the event store cannot be read: ${store.detail ?? 'no reason given'}`]),
      ...(appends.possible ? [] : [`no command can be recorded: ${appends.reason ?? appends.cause}`]),
      ...(store.chain?.brokenStreams ?? []).map(
        (broken) => `stream ${broken.streamId} fails its hash chain at revision ${broken.revision} (${broken.reason}): refused for appends, its reads flagged`,
      ),
      ...projections.filter((p) => p.error !== null).map((p) => `projection ${p.name} is failing, ${p.lag} behind: ${p.error}`),
      ...(this.transparency.fault === null ? [] : [this.transparency.fault]),
      ...(decisionConsequences.error === null ? [] : [`the decision-consequences saga cannot read the log: ${decisionConsequences.error}`]),
      ...(decisionConsequences.failing === null
        ? []
        : [`a decision's consequence is failing and being retried: ${describeFailing(decisionConsequences.failing)}`]),
      // A witness that has seen another history of this log (422), or more of it than it now holds: an alarm.
      ...(witnesses ?? []).filter((w) => w.state === 'inconsistent' || w.state === 'ahead').map((w) => `witness ${w.name}: ${w.lastError}`),
    ];
    const unavailable = !store.readable || !appends.possible;
    if (unavailable) reply.status(503);
    return {
      status: unavailable ? 'unavailable' : problems.length > 0 ? 'degraded' : 'ok',
      problems,
      store: { kind: this.config.LEDGER_STORE, ...store, appends, lastFault },
      projections,
      decisionConsequences,
      evidencePacks: { writing: packThreadsWriting(), atOnce: this.config.LEDGER_EVIDENCE_PACKS_AT_ONCE },
      // Only with witnesses configured (LEDGER_WITNESSES): each one's last cosigned size and time, and how far behind it is.
      ...(witnesses ? { witnesses } : {}),
    };
  }
}

function describeFailing({ decision, attempts, error, nextAttemptAt }: NonNullable<ReturnType<DecisionFeed['health']>['failing']>): string {
  return `${decision}, ${attempts} attempt${attempts === 1 ? '' : 's'}, next at ${nextAttemptAt}: ${error}`;
}
