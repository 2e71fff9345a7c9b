/** RFC 9457 problem details, and the errors the API raises that map to them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId?: string;
  /** The fields that failed validation (400). */
  errors?: Array<{ field: string; message: string }>;
  /** The domain rule that refused the command (422). */
  rule?: string;
  /** The stream's revision now (409). */
  currentRevision?: number | null;
  [extension: string]: unknown;
}

export const problemType = (slug: string) => `urn:compact-ledger:problem:${slug}`;

/** The request's shape is wrong: each failing field named. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  constructor(readonly errors: Array<{ field: string; message: string }>) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** A named resource does not exist. */
export class ResourceNotFoundError extends Error {
  override readonly name = 'ResourceNotFoundError';
}

/** The read models have not reached the position the client asked to read. */
export class ReadModelBehindError extends Error {
  override readonly name = 'ReadModelBehindError';
  constructor(
    readonly requested: number,
    readonly reached: number,
  ) {
    super(`the read models have reached position ${reached}, not yet ${requested}; try again shortly`);
  }
}

/** As many evidence packs are being written as LEDGER_EVIDENCE_PACKS_AT_ONCE allows (answered 503, with Retry-After). */
export class EvidencePacksBusyError extends Error {
  override readonly name = 'EvidencePacksBusyError';
  constructor(readonly atOnce: number) {
    super(
      `${atOnce} evidence pack${atOnce === 1 ? ' is' : 's are'} being written, as many as this ledger writes at once (LEDGER_EVIDENCE_PACKS_AT_ONCE); try again shortly; nothing was recorded`,
    );
  }
}

/** An upload larger than LEDGER_UPLOAD_LIMIT (answered 413, the limit named). */
export class UploadTooLargeError extends Error {
  override readonly name = 'UploadTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`the file is larger than the upload limit of ${limitBytes} bytes`);
  }
}

/** The same operation is already running (answered 409). */
export class OperationInProgressError extends Error {
  override readonly name = 'OperationInProgressError';
}
