import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatVerifierKey } from '@compact-ledger/transparency';
import { cosignaturesOn, parseCosignatureVerifierKey } from '../cosignature/cosignature';
import { startWitness } from '../testing/witness-fixture';
import { parseFollowedLogs } from './followed-logs';

/**
 * litewitness's own test scripts (testdata/SOURCE.md), replayed request by request
 * against this witness over HTTP: checkpoints signed and consistency proofs made by
 * Go code (sumdb/note, sigsum-go's Merkle tree) and by the Go checksum database.
 */
interface Exchange {
  body: string;
  status: number;
  asserts: string[];
}

function readScript(name: string): { logKey: string; exchanges: Exchange[] } {
  const script = readFileSync(join(__dirname, '..', 'testdata', name), 'utf8');
  const sigsum = /witnessctl add-sigsum-log -key=([0-9a-f]{64})/.exec(script);
  let logKey: string;
  if (sigsum) {
    // A Sigsum log: origin sigsum.org/v1/tree/<SHA-256 of its key, hex>, the key's name that origin.
    const publicKey = Buffer.from(sigsum[1], 'hex');
    logKey = formatVerifierKey(`sigsum.org/v1/tree/${createHash('sha256').update(publicKey).digest('hex')}`, publicKey);
  } else {
    const added = /witnessctl add-key -origin '([^']+)' -key (\S+)/.exec(script)!;
    logKey = `${added[2]} ${added[1]}`;
  }
  const hurl = script.slice(script.indexOf('-- add-checkpoint.hurl --'));
  const exchanges = hurl
    .split(/^POST http:\/\/localhost:\d+\/add-checkpoint\n/m)
    .slice(1)
    .map((block) => {
      const body = /^```\n([\s\S]*?)^```$/m.exec(block)![1];
      const status = Number(/^HTTP (\d+)$/m.exec(block)![1]);
      const asserts = [...block.matchAll(/^(body .*)$/gm)].map((m) => m[1]);
      return { body, status, asserts };
    });
  return { logKey, exchanges };
}

/**
 * The one answer c2sp.org/tlog-witness v1.0.0 makes different from that litewitness:
 * "If the checkpoint origin is unknown, the witness MUST respond with a 404 Not Found".
 */
const SPEC_STATUS: Record<string, number> = { 'body contains "unknown log"': 404 };

describe('the witness replays litewitness test scripts (Go-made checkpoints and proofs) over HTTP', () => {
  it('a Sigsum log of five leaves: cosigns 0→1, 1→3 and 3→5, refuses a forged signature (403), an unknown log (404), a missing and a wrong proof (422), stale old sizes (409 with the size)', async () => {
    const { logKey, exchanges } = readScript('litewitness-litewitness.txt');
    expect(exchanges).toHaveLength(9);
    const witness = await startWitness(parseFollowedLogs([{ text: `log ${logKey}`, where: 'test' }]));
    try {
      const verifier = parseCosignatureVerifierKey(witness.signer.verifierKey);
      const statuses: number[] = [];
      for (const exchange of exchanges) {
        const answer = await witness.addCheckpoint(exchange.body);
        const expected = exchange.asserts.map((a) => SPEC_STATUS[a]).find((s) => s !== undefined) ?? exchange.status;
        expect({ body: exchange.body.split('\n')[0], status: answer.status }).toEqual({ body: exchange.body.split('\n')[0], status: expected });
        statuses.push(answer.status);
        for (const assertion of exchange.asserts) {
          const equals = /^body == "(.*)"$/.exec(assertion);
          if (equals) {
            expect(answer.body).toBe(JSON.parse(`"${equals[1]}"`));
            expect(answer.contentType).toBe('text/x.tlog.size');
          }
        }
        if (answer.status === 200) {
          // The answer is a cosignature by this witness over the submitted checkpoint.
          const checkpoint = exchange.body.slice(exchange.body.indexOf('\n\n') + 2);
          const [found] = cosignaturesOn(checkpoint + answer.body, [verifier]);
          expect(found.valid).toBe(true);
        }
      }
      expect(statuses).toEqual([200, 403, 404, 422, 422, 200, 409, 200, 409]);
      // As litewitness's `witnessctl list-logs` says after the script: the log at size 5.
      expect(witness.store.all().map((s) => s.size)).toEqual([5]);
      // Each refusal for inconsistency is kept as evidence.
      expect(witness.store.refusals(witness.store.all()[0].origin).map((r) => r.oldSize)).toEqual([1, 1]);
    } finally {
      await witness.stop();
    }
  });

  it("cosigns a real checkpoint of the Go checksum database, whose origin is not its key's name", async () => {
    const { logKey, exchanges } = readScript('litewitness-sumdb.txt');
    const witness = await startWitness(parseFollowedLogs([{ text: `log ${logKey}`, where: 'test' }]));
    try {
      const [exchange] = exchanges;
      const answer = await witness.addCheckpoint(exchange.body);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatch(/^— witness\.example\/w1 [A-Za-z0-9+/]+=*\n$/);
      expect(witness.store.get('go.sum database tree')!.size).toBe(35225469);
    } finally {
      await witness.stop();
    }
  });
});
