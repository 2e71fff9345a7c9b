import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { LedgerRequest } from '../http/request-context';

/**
 * Rate limits per authenticated subject (429 with Retry-After), so one user's
 * burst cannot crowd out another's. It runs after the AccessGuard, so the subject
 * is the verified one: a forged token cannot spend someone else's allowance.
 * Requests without an actor (public routes) are counted per client address.
 */
@Injectable()
export class SubjectThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { actor, ip } = request as unknown as LedgerRequest;
    return actor ? `subject:${actor.subject}` : `address:${ip}`;
  }
}
