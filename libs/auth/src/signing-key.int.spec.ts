import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncDirectory } from '@compact-ledger/event-store';
import { describeWithFilesystemFaults, Ext4Image } from '@compact-ledger/event-store/testing';
import { loadOrCreateSigningKey, signingKeyFile } from './signing-key';

describeWithFilesystemFaults('the token-signing key made, then the journal of its ext4 filesystem aborted (a power cut)', () => {
  let disk: Ext4Image;
  beforeEach(() => (disk = Ext4Image.create()));
  afterEach(() => disk.destroy());

  it('is the same key after the repair: it was on disk before it signed anything', async () => {
    const dataDir = join(disk.mountPoint, 'data');
    mkdirSync(dataDir);
    const made = await loadOrCreateSigningKey(dataDir);
    // Anything else fsynced on the filesystem (the event store's first commit) commits its journal; then the power goes.
    await syncDirectory(dataDir);
    disk.abortJournal();
    disk.remountAfterRepair();
    expect((await loadOrCreateSigningKey(dataDir)).kid).toBe(made.kid);
  });
});

describe('a token-signing key file that is not whole', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-key-'));
    mkdirSync(join(dataDir, 'keys'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['empty', '', /is empty \(0 bytes\)/],
    ['cut short', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne', /is not whole JSON/],
    ['not a private key', '{"kty":"OKP"}', /is not an Ed25519 private key/],
  ])('is named in one line when %s, never parsed as if whole', async (_case, text, reason) => {
    writeFileSync(signingKeyFile(dataDir), text);
    const refusal = loadOrCreateSigningKey(dataDir);
    await expect(refusal).rejects.toThrow(reason);
    await expect(refusal).rejects.toThrow(signingKeyFile(dataDir));
    const message = await refusal.catch((error: Error) => error.message);
    expect(message).not.toContain('\n');
    // Nothing was made in its place: an operator decides.
    expect(readdirSync(join(dataDir, 'keys'))).toEqual(['token-signing-key.json']);
  });

  it('removes a temporary file a crash left while the key was being made, and makes the key', async () => {
    writeFileSync(join(dataDir, 'keys', '.token-signing-key.json.0a1b2c3d4e5f.unfinished'), '{"kty":"OKP","crv":"Ed2');
    const warnings: string[] = [];
    const key = await loadOrCreateSigningKey(dataDir, { warn: (line) => warnings.push(line) });
    expect(key.kid).toEqual(expect.any(String));
    expect(readdirSync(join(dataDir, 'keys'))).toEqual(['token-signing-key.json']);
    expect(warnings).toEqual([expect.stringMatching(/^removed \S+\.unfinished, left by a crash before the token-signing key was made; /)]);
  });
});
