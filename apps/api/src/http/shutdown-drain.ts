import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { shutdownGateOf } from './http-adapter';

/**
 * Before Nest closes the HTTP server (on SIGTERM, or app.close()), the adapter's
 * ShutdownGate answers newcomers 503 and lets admitted requests finish, so that
 * closing resets no one.
 */
@Injectable()
export class ShutdownDrain implements BeforeApplicationShutdown {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    await shutdownGateOf(this.adapterHost.httpAdapter.getInstance())?.drain();
  }
}
