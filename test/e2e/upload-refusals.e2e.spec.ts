import { Agent, request } from 'node:http';
import { httpLedgerClient, loadSeedCompact, seedCompactOf } from '../fixtures/seeds';
import { LedgerTestApp } from '../support/ledger-test-app';

const CITY_CCG = 'nhs-nottingham-city';
const NUH = 'nottingham-university-hospitals-nhs-trust';

/**
 * An upload refused before its body was read must not leave the connection stuck: the
 * rest of the body is drained (or the connection closed), so a keep-alive client gets
 * its answer and can send its next request at once.
 */
describe('Evidence uploads refused early, on a keep-alive connection', () => {
  let ledger: LedgerTestApp;
  let port: number;
  let disputeId: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    port = (ledger.app.getHttpServer().address() as { port: number }).port;
    const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    const compactId = (await loadSeedCompact(client, seedCompactOf('001'))).id;
    await ledger.signIn('partner', CITY_CCG);
    disputeId = (
      await ledger
        .as('partner', CITY_CCG)
        .post('/disputes')
        .send({ compactId, raisedBy: CITY_CCG, against: [NUH], about: [{ kind: 'section', ref: '1' }], summary: 'S', raisedOn: '2015-06-01' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => ledger.stop());

  function multipart(parts: Array<{ name: string; filename?: string; content: Buffer | string }>) {
    const boundary = 'ledger-boundary-7d93';
    const chunks = parts.flatMap(({ name, filename, content }) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: application/pdf` : ''}\r\n\r\n`,
      ),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from('\r\n'),
    ]);
    return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
  }

  /** Sends on `agent`; resolves with the status once the answer has been read to its end. */
  function send(agent: Agent, method: string, path: string, body?: { body: Buffer; contentType: string }): Promise<number> {
    return answer(agent, method, path, body).then(({ status }) => status);
  }

  function answer(agent: Agent, method: string, path: string, body?: { body: Buffer; contentType: string }): Promise<{ status: number; connection?: string }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { authorization: ledger.bearer('partner', CITY_CCG) };
      if (body) Object.assign(headers, { 'content-type': body.contentType, 'content-length': body.body.length });
      const sending = request({ host: '127.0.0.1', port, method, path, agent, headers }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
      });
      sending.on('error', reject);
      sending.end(body?.body);
    });
  }

  const fields = [
    { name: 'submittedBy', content: CITY_CCG },
    { name: 'description', content: 'Minutes' },
    { name: 'submittedOn', content: '2015-06-02' },
  ];

  it.each([
    ['a 5 MB file part named upload instead of file', [...fields, { name: 'upload', filename: 'minutes.pdf', content: Buffer.alloc(5 * 1024 * 1024, 7) }], 400],
    ['a 5 MB file part before the fields, named upload', [{ name: 'upload', filename: 'minutes.pdf', content: Buffer.alloc(5 * 1024 * 1024, 7) }, ...fields], 400],
  ])('%s: answered, and the next request on the connection is answered at once', async (_case, parts, status) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = await ledger.headPosition();
      const refused = send(agent, 'POST', `/disputes/${disputeId}/evidence`, multipart(parts));
      expect(await refused).toBe(status);
      const started = Date.now();
      const next = await Promise.race([send(agent, 'GET', '/health'), new Promise((resolve) => setTimeout(() => resolve('no answer within 5 s'), 5000))]);
      expect(next).toBe(200);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await ledger.headPosition()).toBe(before);
    } finally {
      agent.destroy();
    }
  });

  it('a body larger than any upload may be is not drained: answered with Connection: close, and the next request goes on a new connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const huge = multipart([{ name: 'upload', filename: 'minutes.pdf', content: Buffer.alloc(12 * 1024 * 1024, 7) }, ...fields]);
      const refused = await answer(agent, 'POST', `/disputes/${disputeId}/evidence`, huge);
      expect(refused).toEqual({ status: 400, connection: 'close' });
      expect(await send(agent, 'GET', '/health')).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
