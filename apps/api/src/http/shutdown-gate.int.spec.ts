import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import Fastify from 'fastify';
import { ShutdownGate } from './http-adapter';

describe('ShutdownGate', () => {
  it('cuts off, once the drain is past its deadline, a client that stopped reading its answer, so the server can close', async () => {
    const server = Fastify();
    const gate = new ShutdownGate(server);
    // An answer without end, written as fast as it is read.
    server.get('/endless', (_request, reply) =>
      reply.send(
        Readable.from(
          (function* () {
            for (;;) yield Buffer.alloc(64 * 1024, 1);
          })(),
        ),
      ),
    );
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const request = get(`http://127.0.0.1:${port}/endless`);
    request.on('error', () => undefined);
    const response = await new Promise<IncomingMessage>((resolve) => request.once('response', resolve));
    await new Promise((resolve) => response.once('data', resolve));
    response.pause();

    try {
      await gate.drain(300, 50);
      const closed = await Promise.race([
        server.close().then(() => 'closed'),
        new Promise((resolve) => setTimeout(() => resolve('still open after 5 s'), 5000)),
      ]);
      expect(closed).toBe('closed');
    } finally {
      request.destroy();
    }
  });
});
