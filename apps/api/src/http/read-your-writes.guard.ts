import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@compact-ledger/event-store';
import { ProjectionControl } from '@compact-ledger/projections';
import type { FastifyReply } from 'fastify';
import { LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ReadModelBehindError, RequestValidationError } from './problems';
import type { LedgerRequest } from './request-context';

/**
 * `GET ...?minPosition=N` waits, bounded, until every read model has applied the
 * event at global position N (the `position` a command answered), so a client
 * reads its own writes; past the bound it answers 503 with Retry-After. A position
 * beyond the end of the log was never answered to any command, so waiting for it
 * (and retrying) cannot help: that is a 400.
 *
 * A guard rather than an interceptor: it only has to wait before the handler, and
 * an interceptor would put every request of the API through an rxjs pipeline
 * (about 0.1 ms each here).
 */
@Injectable()
export class ReadYourWritesGuard implements CanActivate {
  constructor(
    private readonly runner: ProjectionControl,
    @Inject(LedgerConfig) private readonly config: LedgerConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<LedgerRequest>();
    const raw = request.method === 'GET' ? (request.query as Record<string, unknown> | undefined)?.minPosition : undefined;
    if (raw === undefined) return true;
    if (typeof raw !== 'string' || !/^[0-9]{1,15}$/.test(raw)) {
      throw new RequestValidationError([{ field: 'minPosition', message: 'minPosition must be a non-negative integer (a position a command returned)' }]);
    }
    const wanted = Number(raw);
    if (this.runner.position() < wanted) await this.refuseBeyondTheLog(wanted);
    if (!(await this.runner.waitForPosition(wanted, this.config.LEDGER_READ_WAIT_MS))) {
      throw new ReadModelBehindError(wanted, this.runner.position());
    }
    // Until it has answered, no rebuild drops the tables it was let through to read.
    const release = this.runner.holdReads();
    context.switchToHttp().getResponse<FastifyReply>().raw.once('close', release);
    return true;
  }

  private async refuseBeyondTheLog(wanted: number): Promise<void> {
    // A store that cannot say where its log ends leaves the read to wait and answer as it would.
    const head = await this.store.headPosition().catch(() => Number.POSITIVE_INFINITY);
    if (wanted > head) {
      throw new RequestValidationError([
        { field: 'minPosition', message: `minPosition ${wanted} is beyond the end of the log (position ${head}): no command has answered with it` },
      ]);
    }
  }
}
