/**
 * The KurrentDB release this project deploys (docker-compose.yml) and whose behaviour the
 * test server imitates and reports. Change it here; kurrentdb-version.int.spec.ts fails
 * until docker-compose.yml and docs/eventstoredb.md name the same version.
 */
export const KURRENTDB_VERSION = '26.0.3';

/** KurrentDB's MaxAppendSize default since 25.1 (TFConsts.ChunkSize, 256 MiB; 1 MiB before). */
export const DEFAULT_MAX_APPEND_SIZE = 256 * 1024 * 1024;

/** KurrentDB's MaxAppendEventSize default since 25.1 (TFConsts.MaxLogRecordSize, 16 MiB; unlimited before). */
export const DEFAULT_MAX_APPEND_EVENT_SIZE = 16 * 1024 * 1024;

/** KurrentDB's WriteTimeoutMs default: the longest a BatchAppend waits for an append's last message. */
export const DEFAULT_WRITE_TIMEOUT_MS = 2000;

/**
 * The largest gRPC message the server's Streams service takes (TFConsts.EffectiveMaxLogRecordSize:
 * 16 MiB less the log record overhead); a larger one ends the call with RESOURCE_EXHAUSTED.
 */
export const MAX_RECEIVE_MESSAGE_SIZE = 16 * 1024 * 1024 - 10_000;

/**
 * An event's size as the server counts it against MaxAppendSize and MaxAppendEventSize
 * (Event.SizeOnDisk): data and metadata bytes, and the type at two bytes per UTF-16 unit.
 */
export function sizeOnDisk(type: string, data: Uint8Array, metadata: Uint8Array): number {
  return data.length + metadata.length + type.length * 2;
}
