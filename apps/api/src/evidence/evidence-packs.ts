import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { evidenceExportDecider, evidenceExportsStream, type EvidencePackExported } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { ProjectionControl, streamsOfCompact } from '@compact-ledger/projections';
import { logKeyFile, type StoredCheckpoint } from '@compact-ledger/transparency';
import { LedgerConfig } from '../config/ledger-config';
import { newId } from '../http/ids';
import { EvidencePacksBusyError, ReadModelBehindError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { READ_MODEL_DB } from '../infrastructure/tokens';
import { LedgerTransparency, transparencyDatabaseFile } from '../ledger/ledger-transparency';
import type { PackJob } from './pack-thread/pack-job';
import { PackThreadReservation } from './pack-thread/pack-thread';

/** A pack ready to stream: its checkpoint and streams are fixed, and its export recorded. */
export interface PreparedPack {
  exportId: string;
  filename: string;
  checkpoint: StoredCheckpoint;
  streams: string[];
  /** The zip, written as it is read. */
  body: Readable;
}

export interface PackRequest {
  compactId: string;
  disputeId: string | null;
  /** The streams of the pack, as they stood at the checkpoint. */
  streams: (checkpointSize: number) => string[];
  title: string;
  subject: string;
  filename: (checkpointSize: number) => string;
}

/**
 * Evidence packs of the running ledger. Every pack is anchored to a checkpoint issued
 * for it (so it holds every event committed before the request), its streams fixed by
 * the read models caught up to that checkpoint, and its export recorded (who, when,
 * which checkpoint and streams: EvidencePackExported on evidence-exports-<compactId>)
 * before its first byte leaves: no pack goes out unrecorded. The zip itself is written
 * on a thread of its own (pack-thread/), with its own connections to the files.
 */
@Injectable()
export class EvidencePacks {
  private readonly logger = new Logger('EvidencePacks');

  constructor(
    private readonly transparency: LedgerTransparency,
    private readonly pipeline: CommandPipeline,
    private readonly projections: ProjectionControl,
    private readonly config: LedgerConfig,
    @Inject(READ_MODEL_DB) private readonly readModels: Database.Database,
  ) {}

  /**
   * Exports a pack: a pack thread is reserved first (503 when LEDGER_EVIDENCE_PACKS_AT_ONCE
   * are busy, before anything is recorded), then the checkpoint is issued, `describe`
   * says what the pack holds at it (or refuses: not found, not allowed), and the export
   * is recorded and its thread started.
   */
  async export(context: CommandContext, describe: (checkpoint: StoredCheckpoint) => PackRequest): Promise<PreparedPack> {
    const thread = PackThreadReservation.take(this.config.LEDGER_EVIDENCE_PACKS_AT_ONCE);
    if (!thread) throw new EvidencePacksBusyError(this.config.LEDGER_EVIDENCE_PACKS_AT_ONCE);
    try {
      const checkpoint = await this.anchor();
      return await this.prepare(describe(checkpoint), checkpoint, context, thread);
    } catch (error) {
      thread.cancel();
      throw error;
    }
  }

  /** A checkpoint of every event committed so far, with the read models caught up to it (503 past LEDGER_READ_WAIT_MS). */
  private async anchor(): Promise<StoredCheckpoint> {
    const checkpoint = await this.transparency.require().issueCheckpoint();
    if (!(await this.projections.waitForPosition(checkpoint.size, this.config.LEDGER_READ_WAIT_MS))) {
      throw new ReadModelBehindError(checkpoint.size, this.projections.position());
    }
    return checkpoint;
  }

  /** The streams of a compact at a checkpoint (see compactStreamsProjection for the rule). */
  streamsOfCompact(compactId: string, checkpointSize: number): string[] {
    return streamsOfCompact(this.readModels, compactId, checkpointSize);
  }

  private async prepare(request: PackRequest, checkpoint: StoredCheckpoint, context: CommandContext, thread: PackThreadReservation): Promise<PreparedPack> {
    const streams = request.streams(checkpoint.size);
    const exportId = newId();
    const recorded: EvidencePackExported['data'] = {
      exportId,
      compactId: request.compactId,
      disputeId: request.disputeId,
      checkpoint: { origin: this.transparency.origin, size: checkpoint.size, root: checkpoint.root.toString('base64') },
      streams,
    };
    await this.pipeline.run(
      evidenceExportsStream(request.compactId),
      evidenceExportDecider,
      { type: 'RecordEvidenceExport', data: recorded },
      // An If-Match sent with the download is not about the record of exports.
      { ...context, expectedRevision: undefined },
    );
    const body = new PassThrough();
    const job: PackJob = {
      eventsFile: join(this.config.LEDGER_DATA_DIR, 'events.db'),
      transparencyFile: transparencyDatabaseFile(this.config.LEDGER_DATA_DIR),
      processExclusive: true,
      dataDir: this.config.LEDGER_DATA_DIR,
      logKeyFile: this.config.LEDGER_LOG_KEY_FILE || logKeyFile(this.config.LEDGER_DATA_DIR),
      verifierKey: this.transparency.verifierKey,
      checkpointNote: checkpoint.note,
      checkpointSize: checkpoint.size,
      streams,
      subject: `${request.subject}, export ${exportId}`,
      heading: {
        title: request.title,
        subject: request.subject,
        origin: this.transparency.origin,
        checkpointSize: checkpoint.size,
        checkpointRoot: checkpoint.root.toString('base64'),
        exportedBy: `${context.actor.name} (${context.actor.role}${context.actor.organisation ? `, ${context.actor.organisation}` : ''})`,
        exportId,
      },
    };
    thread.write(job, body, { stallMs: this.config.LEDGER_EVIDENCE_PACK_STALL_MS }).catch((error: unknown) => {
      // The answer has begun: all that is left is to cut it off, so the zip is seen to be incomplete, and to say why here.
      this.logger.error(`evidence pack ${exportId} failed part-way: ${(error as Error).message}`);
      body.destroy(error as Error);
    });
    return { exportId, filename: request.filename(checkpoint.size), checkpoint, streams, body };
  }
}
