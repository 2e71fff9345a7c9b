import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The response headers helmet sets for these options, computed once at start.
 * Without a content security policy every one of them is the same for every
 * request, and @fastify/helmet rebuilt the middleware from its options on each
 * request (about 40 µs of CPU a request here); applying the computed set is one
 * `reply.headers` call. Routes that need their own policy (evidence downloads)
 * set it themselves.
 */
export function securityHeaders(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  // helmet's middlewares are synchronous; one that is not would make this set incomplete.
  if (!done) throw new Error('helmet did not finish synchronously: the security headers cannot be computed once');
  return Object.freeze(headers);
}
