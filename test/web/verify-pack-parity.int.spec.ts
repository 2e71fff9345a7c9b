import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLogKey } from '@compact-ledger/transparency';
// The library's pack fixture and the web app's verifier, side by side: this test is the one place they meet.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { buildPack, editLines, rezip, runVerifier, unzip } from '../../libs/transparency/src/pack/testing/pack-fixture';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { verifyPack } from '../../apps/web/src/evidence/verify-pack';

/*
 * The web app's in-browser checks (apps/web/src/evidence/verify-pack.ts) against
 * verify.mjs on the same packs, run here on Node's WebCrypto and DecompressionStream
 * (the platform APIs the browser gives the worker): the same verdict, and for an
 * altered pack the same first failure in the same words.
 */
describe('in-browser pack verification agrees with verify.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-parity-'));
  const key = generateLogKey('parity.example/ledger');
  let pack: string;
  const names: string[] = [];

  beforeAll(async () => {
    const built = await buildPack(dir, key, { evidence: [Buffer.from('a minute of a meeting')] });
    pack = built.file;
    built.log.close();
    await built.store.close();
    await unzip(pack, join(dir, 'unpacked'));
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)]));
    names.push(...walk(join(dir, 'unpacked')).map((file) => relative(join(dir, 'unpacked'), file)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const web = async (file: string, verifierKey = key.verifierKey) => {
    try {
      const verdict = await verifyPack(new Blob([readFileSync(file)]), verifierKey);
      return { status: 0, text: `${verdict.events} events in ${verdict.streams} streams` };
    } catch (error) {
      return { status: (error as Error).constructor.name === 'Invalid' ? 1 : 2, text: (error as Error).message };
    }
  };
  const node = (file: string, verifierKey = key.verifierKey) => {
    const run = runVerifier(['--key', verifierKey, file]);
    return { status: run.status, text: run.stdout.replace(/^INVALID: /, '').trim() };
  };

  let altered = 0;
  /** The pack unpacked, changed, zipped again. */
  const alter = async (change: (folder: string) => void) => {
    const folder = join(dir, `altered-${altered}`);
    await unzip(pack, folder);
    change(folder);
    const file = join(dir, `altered-${altered++}.zip`);
    await rezip(folder, names, file);
    return file;
  };

  it('the pack as written: valid to both, with the same count', async () => {
    const [w, n] = [await web(pack), node(pack)];
    expect(n.status).toBe(0);
    expect(w.status).toBe(0);
    expect(n.text).toContain(w.text);
  });

  it.each([
    ['a changed byte in an event', (f: string) => editLines(join(f, 'events.jsonl'), (l) => [l[0].replace('weeks', 'weekz'), ...l.slice(1)])],
    ['a removed event', (f: string) => editLines(join(f, 'events.jsonl'), (l) => l.filter((_, i) => i !== 4))],
    ['two events swapped', (f: string) => editLines(join(f, 'events.jsonl'), (l) => [l[1], l[0], ...l.slice(2)])],
    ['a stream cut short', (f: string) => editLines(join(f, 'events.jsonl'), (l) => l.slice(0, -1))],
    ['a changed manifest', (f: string) => writeFileSync(join(f, 'manifest'), readFileSync(join(f, 'manifest'), 'utf8').replace(/^events (\d+)/m, (_m, n) => `events ${Number(n) + 1}`))],
    ['a changed evidence file', (f: string) => {
      const name = names.find((n) => n.startsWith('evidence/'))!;
      writeFileSync(join(f, name), 'another minute');
    }],
    ['a changed report', (f: string) => writeFileSync(join(f, 'report.html'), '<p>altered</p>')],
  ])('%s: invalid to both, the same failure named', async (_case, change) => {
    const file = await alter(change);
    const [w, n] = [await web(file), node(file)];
    expect(n.status).toBe(1);
    expect(w).toEqual(n);
  });

  it('the wrong key, and a mistyped one: the same verdicts', async () => {
    const other = generateLogKey('parity.example/ledger').verifierKey;
    const [w, n] = [await web(pack, other), node(pack, other)];
    expect(n.status).toBe(1);
    expect(w).toEqual(n);
    expect((await web(pack, 'nonsense')).status).toBe(2);
  });
});
