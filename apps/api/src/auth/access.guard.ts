import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { LedgerRequest } from '../http/request-context';
import { RouteMetadataReflector } from './route-metadata.reflector';
import { ActionNotAllowedError, POLICIES, POLICY_KEY, type PolicyName, PUBLIC_KEY, roleMay, roleRefusal } from './policies';
import { type TokenVerifier, UnauthenticatedError } from '@compact-ledger/auth';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/**
 * Every request: a public route passes; otherwise the bearer token must verify
 * (its claims become the actor recorded in every event's envelope) and the
 * route's policy must allow the actor's role. A route with no policy is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: RouteMetadataReflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<LedgerRequest>();
    const policy = this.reflector.getAllAndOverride<PolicyName | undefined>(POLICY_KEY, targets);

    const authorization = request.headers.authorization;
    const match = typeof authorization === 'string' ? /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization) : null;
    if (!match) throw new UnauthenticatedError('a bearer token is required (Authorization: Bearer <token>)');
    request.actor = await this.verifier.verify(match[1]);

    if (!policy || !(policy in POLICIES)) throw new ActionNotAllowedError('this route has no access policy, so nobody may call it');
    if (!roleMay(policy, request.actor.role)) {
      throw new ActionNotAllowedError(roleRefusal(policy, request.actor.role));
    }
    return true;
  }
}
