import { type IncomingMessage, STATUS_CODES } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino from 'pino';
import type { LedgerConfig } from '../config/ledger-config';
import { correlationIdOf } from './correlation-id';
import { type ProblemDetails, problemType, RequestValidationError } from './problems';

const SIZE = /^([0-9]+)(b|kb|mb)$/;
const UNIT = { b: 1, kb: 1024, mb: 1024 * 1024 } as const;

export function bytes(size: string): number {
  const [, count, unit] = SIZE.exec(size)!;
  return Number(count) * UNIT[unit as keyof typeof UNIT];
}

/**
 * How deep a JSON body may nest. No command comes near it; past it, walking the body
 * recursively (as validation does) would run out of stack on a few kilobytes of `[[[[`.
 */
export const MAX_JSON_DEPTH = 32;

function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth > limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/**
 * A path Fastify's router cannot read (a percent-encoding that is no UTF-8) or whose
 * parameter is longer than it will match: 400 naming the path, as the problem details
 * of every other bad input, where Fastify answers its own JSON.
 */
function unreadablePath(error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a path segment is longer than any id this ledger makes'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'the path is not valid percent-encoded UTF-8'
        : 'the path cannot be routed';
  const problem: ProblemDetails = {
    type: problemType('unreadable-path'),
    title: 'The request path cannot be read',
    status: 400,
    detail: message,
    errors: [{ field: 'path', message }],
    instance: request.url,
    correlationId: request.id,
  };
  void reply.code(400).header('x-correlation-id', request.id).type('application/problem+json').send(problem);
}

/**
 * A request Node's HTTP parser refused before Fastify saw it (headers too large, a
 * malformed request line, too slow): answered as problem details, then the connection closed.
 */
function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'the request headers are larger than this server accepts']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request did not arrive in time']
        : [400, 'the request is not valid HTTP/1.1'];
  const title = STATUS_CODES[status]!;
  const body = JSON.stringify({ type: problemType(title.toLowerCase().replace(/[^a-z]+/g, '-')), title, status, detail } satisfies ProblemDetails);
  // Headers too large are most often a bearer token that is: the challenge says how to authenticate, as a 401's does.
  const challenge = status === 431 ? `WWW-Authenticate: Bearer realm="compact-ledger", error="invalid_request", error_description="${detail}"\r\n` : '';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${challenge}Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * A request answered before its body was read to the end: an upload refused early
 * (its file part misnamed, the actor refused) after the multipart parser had taken the
 * body, which Node then leaves unread, so the connection waited for the rest until the
 * client gave up. The rest is read and dropped, so a keep-alive connection carries the
 * next request at once; a body larger than `cap` is not drained but the connection
 * closed after the answer (said in its Connection header where the size is known).
 */
function drainUnreadBody(raw: IncomingMessage, reply: FastifyReply, cap: number): void {
  const closeAfterAnswer = () => {
    if (reply.raw.writableFinished) raw.socket.destroy();
    else reply.raw.once('finish', () => raw.socket.destroy());
  };
  raw.unpipe();
  const declared = Number(raw.headers['content-length']);
  if (declared > cap) {
    if (!reply.raw.headersSent) void reply.header('connection', 'close');
    closeAfterAnswer();
    return;
  }
  let drained = 0;
  const count = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained <= cap) return;
    raw.off('data', count);
    raw.pause();
    closeAfterAnswer();
  };
  raw.on('data', count);
  raw.resume();
}

/**
 * Shutting down without resetting anyone. On SIGTERM (ShutdownDrain, before Nest closes
 * the server) every request that arrives is answered 503 with Retry-After, the admitted
 * ones finish, and every answer from then on carries Connection: close. Then the API
 * stops accepting connections, but keeps those it has until each has been quiet for a
 * second (a client may have sent on it just as the answer before went, or pick an idle
 * one from its pool). Only then does the server close, within ten seconds at most. Closing at once, as Node's server.close() does, destroys idle
 * keep-alive connections a client is sending on that very moment: under load, a few
 * requests in each shutdown met a reset.
 */
export class ShutdownGate {
  private draining = false;
  private admitted = 0;
  /** Each open connection: requests under way on it, and when it last carried one. */
  private readonly connections = new Map<Socket, { busy: number; lastActive: number }>();

  constructor(private readonly fastify: FastifyInstance) {
    fastify.server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { busy: 0, lastActive: Date.now() });
      socket.once('close', () => this.connections.delete(socket));
    });
    const turnedAway = new WeakSet<FastifyRequest>();
    fastify.addHook('onRequest', async (request, reply) => {
      const connection = this.connections.get(request.raw.socket);
      if (connection) {
        connection.busy++;
        reply.raw.once('close', () => {
          connection.busy--;
          connection.lastActive = Date.now();
        });
      }
      if (this.draining) {
        turnedAway.add(request);
        return;
      }
      this.admitted++;
      reply.raw.once('close', () => this.admitted--);
    });
    // Answered once its body has been read: a connection closed on a body still arriving
    // is reset, and the reset can take the answer with it.
    fastify.addHook('preValidation', async (request, reply) => {
      if (!turnedAway.has(request)) return;
      const problem: ProblemDetails = {
        type: problemType('shutting-down'),
        title: 'Shutting down',
        status: 503,
        detail: 'this ledger instance is shutting down; nothing was recorded; send the request again (to another instance, or to this one once restarted)',
        instance: request.url,
        correlationId: request.id,
      };
      return reply.code(503).header('x-correlation-id', request.id).header('retry-after', '1').type('application/problem+json').send(problem);
    });
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.draining) reply.header('connection', 'close');
      done(null, payload);
    });
  }

  /** Resolves once the server can close without cutting anyone off (or after `maxMs`). */
  async drain(maxMs = 10_000, quietMs = 2_000): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const deadline = Date.now() + maxMs;
    const until = async (condition: () => boolean) => {
      while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await until(() => this.admitted === 0);
    // Stop accepting only: http.Server's own close() would destroy the idle connections too.
    if (this.fastify.server.listening) NetServer.prototype.close.call(this.fastify.server, () => undefined);
    await until(() => [...this.connections.values()].every(({ busy, lastActive }) => busy === 0 && Date.now() - lastActive >= quietMs));
    // What is left is past the deadline: a client that stopped reading an answer (a pack download it never finishes)
    // would otherwise hold the server's close open for as long as it keeps its connection.
    for (const socket of this.connections.keys()) socket.destroy();
  }
}

const shutdownGates = new WeakMap<object, ShutdownGate>();

/** The ShutdownGate of the Fastify instance a ledger adapter made. */
export function shutdownGateOf(fastify: object): ShutdownGate | undefined {
  return shutdownGates.get(fastify);
}

/** One log line per request, when it completes, carrying its correlation id. */
class RequestLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'correlationId' });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const status = reply.statusCode;
    const level = error || status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    request.log[level]({ method: request.method, url: request.url, statusCode: status, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
  }
}

/** The one logger: Fastify's and (through nestjs-pino) Nest's, at LOG_LEVEL, written synchronously so nothing is lost at exit. */
export function createLedgerLogger(config: LedgerConfig): pino.Logger {
  return pino({ level: config.LOG_LEVEL }, pino.destination({ dest: 1, sync: true }));
}

/**
 * Fastify under Nest: about a third of Express's cost per request here, which
 * matters because the durable write path is otherwise CPU-bound in HTTP (see the
 * docs/performance.md). Its logger is pino, written synchronously so
 * nothing is lost at exit. The correlation id is taken from X-Correlation-Id (or
 * made), answered in X-Correlation-Id, logged, and copied into every event's envelope.
 */
export function createHttpAdapter(config: LedgerConfig, logger: pino.Logger = createLedgerLogger(config)): FastifyAdapter {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RequestLog(),
    genReqId: (request: Parameters<typeof correlationIdOf>[0]) => correlationIdOf(request),
    bodyLimit: bytes(config.LEDGER_BODY_LIMIT),
    return503OnClosing: true,
    frameworkErrors: unreadablePath,
    clientErrorHandler: clientError,
  });
  const fastify = adapter.getInstance();
  shutdownGates.set(fastify, new ShutdownGate(fastify));
  // Commands are JSON (or multipart, for evidence): a text/plain body is 415, not a string that fails every field.
  fastify.removeContentTypeParser('text/plain');
  // Fastify's own JSON parsing (prototype poisoning refused), then the depth. Registered here, Nest leaves it in place.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  adapter.useBodyParser('application/json', false, { bodyLimit: bytes(config.LEDGER_BODY_LIMIT) }, (request, body, done) => {
    parseJson(request, (body as Buffer).toString('utf8'), (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined);
      if (nestedDeeperThan(value, MAX_JSON_DEPTH)) {
        return done(new RequestValidationError([{ field: 'body', message: `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels` }]), undefined);
      }
      done(null, value);
    });
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-correlation-id', request.id);
    done();
  });
  // Graceful shutdown: requests in flight finish, and their keep-alive connections
  // close after the answer instead of holding the shutdown open.
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  const drainCap = bytes(config.LEDGER_UPLOAD_LIMIT) + bytes(config.LEDGER_BODY_LIMIT) + 1024 * 1024;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    if (!request.raw.complete) drainUnreadBody(request.raw, reply, drainCap);
    done(null, payload);
  });
  return adapter;
}
