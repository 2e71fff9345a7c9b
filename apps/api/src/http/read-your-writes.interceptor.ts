import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { from, type Observable, switchMap } from 'rxjs';
import { ProjectionRunner } from '@compact-ledger/projections';
import { LedgerConfig } from '../config/ledger-config';
import { ReadModelBehindError, RequestValidationError } from './problems';
import type { LedgerRequest } from './request-context';

/**
 * `GET ...?minPosition=N` waits, bounded, until every read model has applied the
 * event at global position N (the `position` a command answered), so a client
 * reads its own writes; past the bound it answers 503 with Retry-After.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(LedgerConfig) private readonly config: LedgerConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<LedgerRequest>();
    const raw = request.method === 'GET' ? (request.query as Record<string, unknown> | undefined)?.minPosition : undefined;
    if (raw === undefined) return next.handle();
    if (typeof raw !== 'string' || !/^[0-9]{1,15}$/.test(raw)) {
      throw new RequestValidationError([{ field: 'minPosition', message: 'minPosition must be a non-negative integer (a position a command returned)' }]);
    }
    const wanted = Number(raw);
    return from(this.runner.waitForPosition(wanted, this.config.LEDGER_READ_WAIT_MS)).pipe(
      switchMap((reached) => {
        if (!reached) throw new ReadModelBehindError(wanted, this.runner.position());
        return next.handle();
      }),
    );
  }
}
