import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLogKey, LogKeyError, logKeyFile } from './log-key';
import { openNote, parseVerifierKey, signNote } from './signed-note';

describe('the log key on disk', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'log-key-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is made on first use, readable by its owner only, and the same key after', () => {
    const file = logKeyFile(dataDir);
    const made = loadOrCreateLogKey(file, 'ledger.example/compacts');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^PRIVATE\+KEY\+ledger\.example\/compacts\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}\n$/);
    expect(readdirSync(join(dataDir, 'keys'))).toEqual(['log-signing-key']);
    const again = loadOrCreateLogKey(file, 'ledger.example/compacts');
    expect(again.verifierKey).toBe(made.verifierKey);
    expect(openNote(signNote('x\n', again.signer), [parseVerifierKey(made.verifierKey)]).text).toBe('x\n');
  });

  it('reports an empty key file in one line naming it, without making a new key over it', () => {
    const file = logKeyFile(dataDir);
    loadOrCreateLogKey(file, 'ledger.example');
    truncateSync(file, 0);
    const error = captured(() => loadOrCreateLogKey(file, 'ledger.example'));
    expect(error).toBeInstanceOf(LogKeyError);
    expect(error.message).toContain(file);
    expect(error.message).toContain('empty');
    expect(error.message).not.toContain('\n');
    expect(statSync(file).size).toBe(0);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, 40)],
    ['cut before its newline', (text: string) => text.slice(0, -1)],
    ['with another key id', (text: string) => text.replace(/\+[0-9a-f]{8}\+/, '+00000000+')],
  ])('reports a key file %s in one line naming it', (_what, damage) => {
    const file = logKeyFile(dataDir);
    loadOrCreateLogKey(file, 'ledger.example');
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const error = captured(() => loadOrCreateLogKey(file, 'ledger.example'));
    expect(error).toBeInstanceOf(LogKeyError);
    expect(error.message).toContain(file);
    expect(error.message).not.toContain('\n');
  });

  it("refuses a key made for another log's name", () => {
    const file = logKeyFile(dataDir);
    loadOrCreateLogKey(file, 'ledger.example/one');
    expect(() => loadOrCreateLogKey(file, 'ledger.example/two')).toThrow(/is for the log named ledger\.example\/one/);
  });
});

function captured(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}
