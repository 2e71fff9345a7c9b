import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { MultipartFile } from '@fastify/multipart';
import { type Dispute, decodeKnown, disputeDecider, disputeEventCodec, disputeStream, fold } from '@compact-ledger/domain';
import type { Actor, EventStore } from '@compact-ledger/event-store';
import { ActionNotAllowedError, assertMayActOnDispute, mayReadDispute } from '../auth/policies';
import { LedgerConfig } from '../config/ledger-config';
import type { CommandResultDto } from '../http/command-result.dto';
import { bytes } from '../http/http-adapter';
import { RequestValidationError, ResourceNotFoundError, UploadTooLargeError } from '../http/problems';
import { commandContextFrom, type LedgerRequest, newIdFor } from '../http/request-context';
import { ledgerValidationPipe } from '../http/validation';
import { IdempotencyGuard } from '../idempotency/idempotency.guard';
import { EVENT_STORE } from '../infrastructure/tokens';
import { EvidenceFieldsDto } from './submit-evidence/submit-evidence.dto';
import { SubmitEvidenceCommand } from './submit-evidence/submit-evidence';
import { EvidenceFiles, type StagedFile } from './evidence-files';

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/**
 * Evidence for a dispute, uploaded as multipart/form-data: the fields
 * `submittedBy`, `description`, `submittedOn` and one `file`, no larger than
 * LEDGER_UPLOAD_LIMIT (413 past it). The file is held by its SHA-256, which the
 * DisputeEvidenceSubmitted event records; a refused upload leaves neither.
 */
@Injectable()
export class EvidenceUploads implements OnApplicationBootstrap {
  private readonly logger = new Logger('Evidence');
  private readonly files: EvidenceFiles;
  private readonly limit: number;

  constructor(
    config: LedgerConfig,
    private readonly commands: CommandBus,
    private readonly idempotency: IdempotencyGuard,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.files = new EvidenceFiles(config.LEDGER_DATA_DIR);
    this.limit = bytes(config.LEDGER_UPLOAD_LIMIT);
  }

  /** Checks the evidence files once started (in the background: it hashes each), naming in one line any not whole. */
  onApplicationBootstrap(): void {
    this.files.checkAtStart().then(
      ({ removedStaging, notWhole, checked }) => {
        if (removedStaging.length > 0) {
          this.logger.warn(
            `removed ${removedStaging.length} staging file(s) of uploads a crash interrupted (none was acknowledged): ${removedStaging.join(', ')}`,
          );
        }
        if (notWhole.length > 0) {
          this.logger.error(
            `${notWhole.length} of ${checked} evidence file(s) are not what their name says (empty, cut short or altered; downloads of them answer evidence-file-altered): ${notWhole.join(', ')}`,
          );
        }
      },
      (error: unknown) => this.logger.warn(`the evidence files could not be checked at start: ${(error as Error).message}`),
    );
  }

  async submit(disputeId: string, request: LedgerRequest): Promise<CommandResultDto> {
    const context = commandContextFrom(request);
    if (!request.isMultipart()) {
      throw new RequestValidationError([{ field: 'file', message: 'send the evidence as multipart/form-data, with a file part named file' }]);
    }
    // Before reading the upload: refuse at once an actor who may not add evidence here.
    // (The command checks again on the state it is decided on.)
    const dispute = await this.dispute(disputeId);
    assertMayActOnDispute(context.actor, dispute, context.actor.role === 'partner' ? context.actor.organisation : null);

    const fields: Record<string, string> = {};
    let upload: { staged: StagedFile; filename: string; mediaType: string } | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') throw new RequestValidationError([{ field: part.fieldname, message: 'the one file part must be named file' }]);
          // busboy counts a part sent as application/octet-stream as a file even when it has no file name.
          upload = { staged: await this.files.stage(part.file), filename: part.filename ?? '', mediaType: part.mimetype ?? '' };
          if ((part as MultipartFile).file.truncated) throw new UploadTooLargeError(this.limit);
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
      if (upload === null) throw new RequestValidationError([{ field: 'file', message: 'a file part named file is required' }]);
      const { staged, filename, mediaType } = upload;
      const problems = [
        ...(staged.size === 0 ? [{ field: 'file', message: 'the file is empty' }] : []),
        ...(filename.trim() === '' || filename.length > 255 ? [{ field: 'file', message: 'the file needs a name of at most 255 characters' }] : []),
        ...(MEDIA_TYPE.test(mediaType) ? [] : [{ field: 'file', message: 'the file part needs a media type such as application/pdf' }]),
      ];
      if (problems.length > 0) throw new RequestValidationError(problems);
      const body = (await ledgerValidationPipe().transform(fields, { type: 'body', metatype: EvidenceFieldsDto })) as EvidenceFieldsDto;
      this.idempotency.settle(request, JSON.stringify({ ...fields, file: staged.sha256, filename, mediaType }));
      const file = { sha256: staged.sha256, filename, mediaType: mediaType.toLowerCase(), size: staged.size };
      // The same upload sent again under its Idempotency-Key names the same evidence (see newIdFor).
      const data = { ...body, evidenceId: newIdFor(request, 'evidence'), file };
      return await this.files.holdWhile(staged, () => this.commands.execute(new SubmitEvidenceCommand(disputeId, data, context)));
    } catch (error) {
      throw translateUploadError(error, this.limit);
    } finally {
      if (upload) await this.files.dropStaged(upload.staged);
    }
  }

  /** An evidence file of a dispute the actor may read, checked against the hash its event recorded. */
  async read(disputeId: string, evidenceId: string, actor: Actor) {
    const dispute = await this.dispute(disputeId);
    if (!mayReadDispute(actor, dispute)) throw new ActionNotAllowedError(`${actor.name} may not read this dispute`);
    const record = dispute.evidence.find((e) => e.evidenceId === evidenceId);
    if (!record) throw new ResourceNotFoundError(`dispute ${disputeId} has no evidence ${evidenceId}`);
    const held = await this.files.read(record.file.sha256);
    if (!held) throw new ResourceNotFoundError(`the file of evidence ${evidenceId} is not held by this ledger instance`);
    if (!held.intact) throw new EvidenceFileAlteredError(`the file held for evidence ${evidenceId} no longer matches the SHA-256 its event recorded`);
    return { ...record.file, bytes: held.bytes };
  }

  private async dispute(disputeId: string): Promise<Dispute> {
    // A read and a pre-check: an event this version does not know is skipped here (the command itself refuses to decide on it).
    const state = fold(disputeDecider, decodeKnown(disputeEventCodec, await this.store.readStream(disputeStream(disputeId))));
    if (state.kind === 'none') throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
    return state;
  }
}

/** The bytes on disk no longer hash to what the ledger recorded: the ledger's fault, never the client's. */
export class EvidenceFileAlteredError extends Error {
  override readonly name = 'EvidenceFileAlteredError';
}

function translateUploadError(error: unknown, limit: number): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new UploadTooLargeError(limit);
  if (code === 'FST_FILES_LIMIT') return new RequestValidationError([{ field: 'file', message: 'send one file only' }]);
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new RequestValidationError([{ field: 'body', message: 'too many parts in the upload' }]);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_PROTO_VIOLATION') {
    return new RequestValidationError([{ field: 'body', message: 'the multipart body could not be read' }]);
  }
  // busboy's own words for a body that is not the multipart it says it is: cut short, unparseable, or with no usable boundary.
  const unreadable =
    /Unexpected end of (form|multipart data)|terminated early|Malformed part header|Boundary not found|Boundary required|needle|Unsupported Content-Type/i;
  if (error instanceof Error && unreadable.test(error.message)) {
    return new RequestValidationError([{ field: 'body', message: 'the multipart body could not be read' }]);
  }
  return error;
}
