import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ADD_CHECKPOINT_PATH } from '../protocol/add-checkpoint';
import type { Witness } from './witness';

/** The largest add-checkpoint body read: a checkpoint and its signatures, 63 proof lines, with room to spare. */
export const MAX_REQUEST_BYTES = 64 * 1024;
const TEXT = 'text/plain; charset=utf-8';
const MONITORING_PATH = /^\/([0-9a-f]{64})\/checkpoint$/;

export interface WitnessServerOptions {
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/**
 * The witness over HTTP, with submission and monitoring prefixes both at the root:
 *
 *   POST /add-checkpoint            the only route that changes anything (C2SP tlog-witness)
 *   GET  /<origin hash>/checkpoint  the latest checkpoint cosigned for a log, with the log's
 *                                   signatures and this witness's cosignature (the spec's
 *                                   monitoring API; the hash is SHA-256 of the origin, hex)
 *   GET  /                          who this witness is: its name, verifier key and logs
 *
 * Anything else is 404, another method on a route 405. Node's http server, not a
 * framework: the protocol's bodies are plain text, and each answer is exactly the
 * spec's bytes.
 */
export function createWitnessServer(witness: Witness, options: WitnessServerOptions = {}): Server {
  const server = createServer((request, response) => {
    handle(witness, request, response).catch((error: unknown) => {
      options.log?.('error', `add-checkpoint failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) send(response, 500, TEXT, 'internal error\n');
      else response.destroy();
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 30_000;
  return server;
}

async function handle(witness: Witness, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://witness').pathname;
  if (path === ADD_CHECKPOINT_PATH) {
    if (request.method !== 'POST') return send(response, 405, TEXT, 'add-checkpoint is POST\n', { allow: 'POST' });
    const body = await readBody(request);
    if (body === 'too large') return send(response, 413, TEXT, `the body is larger than ${MAX_REQUEST_BYTES} bytes\n`, { connection: 'close' });
    if (body === null) return send(response, 400, TEXT, 'malformed request: the body is not UTF-8\n');
    const answer = await witness.addCheckpoint(body);
    return send(response, answer.status, answer.contentType, answer.body);
  }
  const monitored = MONITORING_PATH.exec(path);
  if (monitored || path === '/') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, TEXT, 'read-only: GET\n', { allow: 'GET, HEAD' });
    if (path === '/') {
      const logs = witness.followed.map((log) => `log ${log.origin}\n`).join('');
      return send(response, 200, TEXT, `${witness.name}: a C2SP tlog-witness\nverifier key ${witness.verifierKey}\n${logs}`);
    }
    const state = witness.latestByOriginHash(monitored![1]);
    if (!state) return send(response, 404, TEXT, 'this witness has cosigned no checkpoint of that log\n');
    return send(response, 200, TEXT, state.note);
  }
  return send(response, 404, TEXT, 'not found\n');
}

function send(response: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

/** The body as UTF-8 text; null if it is not UTF-8, 'too large' past the limit (the rest is not read). */
async function readBody(request: IncomingMessage): Promise<string | null | 'too large'> {
  const declared = Number(request.headers['content-length']);
  if (declared > MAX_REQUEST_BYTES) {
    request.resume();
    return 'too large';
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request) {
    length += (chunk as Buffer).length;
    if (length > MAX_REQUEST_BYTES) return 'too large';
    chunks.push(chunk as Buffer);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return null;
  }
}
