import { useEffect, useRef, useState } from 'react';
import type { PackVerdict, Witnessed } from './verify-pack';

type Verdict = { kind: 'valid'; verdict: PackVerdict } | { kind: 'invalid' | 'unusable'; message: string };

/** A cosignature's timestamp as verify.mjs prints it: ISO 8601, UTC, to the second. */
const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Checks an evidence pack in this browser, as the pack's verify.mjs does: the file is
 * read here, in a Web Worker, and never sent anywhere. Open to anyone, signed in or not:
 * a regulator needs no token of this ledger to check what it was given.
 */
export function VerifyPage() {
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [policy, setPolicy] = useState('');
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);
  const [result, setResult] = useState<Verdict | null>(null);
  const [running, setRunning] = useState(false);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const useLedgerKey = async () => {
    const response = await fetch('/ledger/keys');
    const body = (await response.json()) as { transparencyLog: { verifierKey: string } };
    setKey(body.transparencyLog.verifierKey);
  };

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    worker.current?.terminate();
    const w = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setRunning(true);
    setResult(null);
    setProgress(null);
    w.onmessage = (message: MessageEvent<Verdict | { kind: 'progress'; checked: number; total: number }>) => {
      const data = message.data;
      if (data.kind === 'progress') {
        setProgress({ checked: data.checked, total: data.total });
        return;
      }
      setResult(data);
      setRunning(false);
      w.terminate();
    };
    w.postMessage({ file, key, policy });
  };

  return (
    <>
      <h1>Check an evidence pack</h1>
      <p>
        The checks of the <code>verify.mjs</code> inside every pack, done in this browser: each event's hash and chain, the proofs that each stream's
        head is in the signed checkpoint, the signed manifest, the evidence files and the report; given a witness policy, that enough of the
        partners' witnesses cosigned the checkpoint. The file is read on this computer and sent nowhere.
      </p>
      <form className="verify-form" onSubmit={check}>
        <p>
          <label htmlFor="pack-file">Evidence pack (.zip)</label>
          <br />
          <input id="pack-file" type="file" accept=".zip,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </p>
        <p>
          <label htmlFor="verifier-key">Verifier key</label>
          <br />
          <input id="verifier-key" type="text" size={80} spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)} />
          <br />
          <small>
            The ledger's log key, from its operator by a channel you trust, never from the pack.{' '}
            <button type="button" className="link-button" onClick={useLedgerKey}>
              Use the key this ledger publishes
            </button>
          </small>
        </p>
        <p>
          <label htmlFor="witness-policy">Witness policy (optional)</label>
          <br />
          <textarea id="witness-policy" rows={6} cols={80} spellCheck={false} value={policy} onChange={(e) => setPolicy(e.target.value)} />
          <br />
          <small>
            Whose witnesses must have cosigned the pack's checkpoint, and how many (for example 2 of 3): <code>log</code>, <code>witness</code>,{' '}
            <code>group</code> and <code>quorum</code> lines, as <code>verify.mjs --policy</code> takes them. From the partners, by a channel you trust.{' '}
            <label htmlFor="policy-file">Or read it from a file:</label>{' '}
            <input
              id="policy-file"
              type="file"
              onChange={async (e) => {
                const chosen = e.target.files?.[0];
                if (chosen) setPolicy(await chosen.text());
              }}
            />
          </small>
        </p>
        <button type="submit" disabled={!file || (!key.trim() && !policy.trim()) || running}>
          Check the pack
        </button>
      </form>
      {running && (
        <p role="status">
          Checking…{' '}
          {progress && (
            <>
              <progress max={progress.total} value={progress.checked} aria-label="Events checked" /> {progress.checked.toLocaleString('en-GB')} of{' '}
              {progress.total.toLocaleString('en-GB')} events
            </>
          )}
        </p>
      )}
      {result?.kind === 'valid' && (
        <section className="verdict valid" role="status" aria-label="Verdict">
          <h2>Valid</h2>
          <p>
            {result.verdict.events.toLocaleString('en-GB')} events in {result.verdict.streams} streams{result.verdict.subject && ` (${result.verdict.subject})`}, every hash and chain
            intact; anchored to checkpoint {result.verdict.checkpoint.size} of {result.verdict.checkpoint.origin} (root <code>{result.verdict.checkpoint.rootText}</code>), signed by
            the key given{result.verdict.witnessed && ' and cosigned as the policy requires'}; {result.verdict.proofs === 'events' ? 'every event' : "each stream's head"} proven in it; the manifest signed;{' '}
            {result.verdict.evidence} evidence file{result.verdict.evidence === 1 ? '' : 's'}
            {result.verdict.report ? ' and the report' : ''} matching their recorded hashes.
          </p>
          {result.verdict.witnessed && <WitnessedBy witnessed={result.verdict.witnessed} />}
        </section>
      )}
      {result && result.kind !== 'valid' && (
        <section className="verdict invalid" role="alert" aria-label="Verdict">
          <h2>{result.kind === 'invalid' ? 'Invalid' : 'Cannot be checked'}</h2>
          <p>{result.message}</p>
        </section>
      )}
    </>
  );
}

/** The policy's witnesses, as verify.mjs lists them on a valid pack: who cosigned, and when. */
function WitnessedBy({ witnessed }: { witnessed: Witnessed }) {
  return (
    <>
      <p>Witnessed as the policy requires (quorum {witnessed.quorum}):</p>
      <ul aria-label="Cosignatures">
        {witnessed.cosignatures.map((c) => (
          <li key={c.label}>
            {c.label} ({c.name})
            {c.status === 'valid' ? (
              <>
                {' '}
                cosigned at <time dateTime={isoSeconds(c.timestamp)}>{isoSeconds(c.timestamp)}</time>
              </>
            ) : c.status === 'missing' ? (
              ': no cosignature'
            ) : (
              ': its cosignature does not verify'
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
