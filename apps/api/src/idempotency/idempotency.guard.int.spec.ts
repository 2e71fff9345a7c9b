import type { ExecutionContext } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdempotencyStore } from './idempotency-store';
import { IdempotencyGuard, IdempotencyKeyInFlightError, IdempotencyKeyReusedError, IdempotentReplay } from './idempotency.guard';

/** A POST as the guard sees it; only the request is read from the context. */
function post(body: object, key = 'draft-1', subject = 'lead-1') {
  const request = {
    method: 'POST',
    url: '/compacts',
    headers: { 'idempotency-key': key, 'content-type': 'application/json' },
    body,
    actor: { subject, name: 'Ann Lead', role: 'secretariat', organisation: null },
  };
  const context = { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
  return { request, context };
}

describe('IdempotencyGuard with a real store', () => {
  let dir: string;
  let store: IdempotencyStore;
  let guard: IdempotencyGuard;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'idempotency-guard-'));
    store = new IdempotencyStore(join(dir, 'idempotency.db'));
    guard = new IdempotencyGuard(store);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('while a request is being handled, another body under its key is refused as another request (422), the same body as still in flight (409)', () => {
    const first = post({ title: 'A' });
    expect(guard.canActivate(first.context)).toBe(true);
    expect(() => guard.canActivate(post({ title: 'B' }).context)).toThrow(IdempotencyKeyReusedError);
    expect(() => guard.canActivate(post({ title: 'A' }).context)).toThrow(IdempotencyKeyInFlightError);
    // Another subject's key is its own.
    expect(guard.canActivate(post({ title: 'B' }, 'draft-1', 'lead-2').context)).toBe(true);
  });

  it('once the first has answered, the same body is replayed and another body refused', () => {
    const first = post({ title: 'A' });
    guard.canActivate(first.context);
    guard.complete(first.request, 201, '{"id":"c1"}', (name) => ({ location: '/compacts/c1' })[name]);
    expect(() => guard.canActivate(post({ title: 'A' }).context)).toThrow(IdempotentReplay);
    expect(() => guard.canActivate(post({ title: 'B' }).context)).toThrow(IdempotencyKeyReusedError);
  });
});
