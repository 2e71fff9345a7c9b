import { type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectThrottlerOptions, InjectThrottlerStorage, ThrottlerGuard, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import type { LedgerRequest } from '../http/request-context';
import { RouteMetadataReflector } from './route-metadata.reflector';

/**
 * Rate limits per authenticated subject (429 with Retry-After), so one user's
 * burst cannot crowd out another's. It runs after the AccessGuard, so the subject
 * is the verified one: a forged token cannot spend someone else's allowance.
 * Requests without an actor (public routes) are counted per client address.
 */
@Injectable()
export class SubjectThrottlerGuard extends ThrottlerGuard {
  // The library's guard looks up six of each route's settings on every request; these are kept.
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: RouteMetadataReflector,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { actor, ip } = request as unknown as LedgerRequest;
    return actor ? `subject:${actor.subject}` : `address:${ip}`;
  }

  /**
   * One allowance per subject across every route, as LEDGER_RATE_LIMIT_PER_MINUTE
   * promises. (The library's key adds the controller and handler names, which gives
   * each route its own allowance, and hashes the lot with SHA-256 on every request.)
   */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }
}
