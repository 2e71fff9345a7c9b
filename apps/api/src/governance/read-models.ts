import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@compact-ledger/event-store';
import { ProjectionControl } from '@compact-ledger/projections';
import { LedgerConfig } from '../config/ledger-config';
import { ReadModelBehindError } from '../http/problems';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * For a command whose snapshot needs a list only a read model keeps (the boards of a compact,
 * the meetings of a board): waits, bounded, until the read models have applied everything
 * recorded so far, so the list is the log's as it stands, not as it stood a moment ago.
 */
@Injectable()
export class CaughtUpReadModels {
  constructor(
    private readonly projections: ProjectionControl,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LedgerConfig) private readonly config: LedgerConfig,
  ) {}

  async wait(): Promise<void> {
    const head = await this.store.headPosition();
    if (!(await this.projections.waitForPosition(head, this.config.LEDGER_READ_WAIT_MS))) {
      throw new ReadModelBehindError(head, this.projections.position());
    }
  }
}
