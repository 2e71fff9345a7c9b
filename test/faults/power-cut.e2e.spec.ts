import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithFilesystemFaults, Ext4Image } from '@compact-ledger/event-store/testing';
import { httpLedgerClient, loadSeedCompact, seedCompactOf } from '../fixtures/seeds';
import { exitOf, listeningPort, spawnLedger, tokenFromDataDir } from '../support/ledger-process';

const CITY_CCG = 'nhs-nottingham-city';
const NUH = 'nottingham-university-hospitals-nhs-trust';
const STARTS = 90_000;

/**
 * The API as `npm start` runs it, its data directory on a loop-mounted ext4 image whose
 * journal is aborted (errors=remount-ro) just after an answer: the power cut.
 * After e2fsck and a restart, everything the ledger acknowledged is still there.
 */
describeWithFilesystemFaults('the API across a power cut (an aborted ext4 journal)', () => {
  let disk: Ext4Image;
  beforeEach(() => (disk = Ext4Image.create(64)));
  afterEach(() => disk.destroy());

  it(
    'keeps an evidence file acknowledged with 201 whole, and its token-signing key: the download after the restart gives the same bytes',
    async () => {
      const dataDir = join(disk.mountPoint, 'data');
      mkdirSync(dataDir);
      const env = { LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
      const first = spawnLedger({ ...env, LOG_LEVEL: 'info' });
      const base = `http://127.0.0.1:${await listeningPort(first, STARTS)}`;
      const token = (claims: Parameters<typeof tokenFromDataDir>[1]) => tokenFromDataDir(dataDir, claims);
      const secretariat = await token({ sub: 'lead', name: 'Lead', role: 'secretariat' });
      const cityCcg = await token({ sub: 'city', name: 'City CCG', role: 'partner', org: CITY_CCG });
      const regulator = await token({ sub: 'cqc', name: 'Regulator', role: 'regulator' });
      const compactId = (await loadSeedCompact(httpLedgerClient(base, secretariat), seedCompactOf('001'))).id;
      const raised = (await httpLedgerClient(base, cityCcg).post('/disputes', {
        compactId,
        raisedBy: CITY_CCG,
        against: [NUH],
        about: [{ kind: 'section', ref: '1' }],
        summary: 'Quarterly system measures not shared with partner boards',
        raisedOn: '2015-06-01',
      })) as { id: string };

      const bytes = Buffer.alloc(300_000, 'Minutes of the accountable officers, 1 July 2015. ');
      const form = new FormData();
      form.set('submittedBy', CITY_CCG);
      form.set('description', 'Minutes of the July meeting');
      form.set('submittedOn', '2015-06-02');
      form.set('file', new Blob([bytes], { type: 'application/pdf' }), 'minutes-july.pdf');
      const uploaded = await fetch(`${base}/disputes/${raised.id}/evidence`, { method: 'POST', headers: { authorization: `Bearer ${cityCcg}` }, body: form });
      expect(uploaded.status).toBe(201);
      const { position } = (await uploaded.json()) as { position: number };

      disk.abortJournal();
      first.kill('SIGKILL');
      await exitOf(first);
      disk.remountAfterRepair();

      const second = spawnLedger({ ...env, LOG_LEVEL: 'info' });
      try {
        const after = `http://127.0.0.1:${await listeningPort(second, STARTS)}`;
        // The token signed before the cut still passes: the key is the one that signed it.
        const dispute = (await httpLedgerClient(after, regulator).get(`/disputes/${raised.id}?minPosition=${position}`)) as {
          evidence: Array<{ evidenceId: string; file: { sha256: string } }>;
        };
        expect(dispute.evidence[0].file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        const download = await fetch(`${after}/disputes/${raised.id}/evidence/${dispute.evidence[0].evidenceId}`, { headers: { authorization: `Bearer ${regulator}` } });
        expect(download.status).toBe(200);
        expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), bytes)).toBe(0);
      } finally {
        second.kill('SIGTERM');
        await exitOf(second);
      }
    },
    4 * STARTS,
  );
});
