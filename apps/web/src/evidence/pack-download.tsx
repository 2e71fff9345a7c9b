import { useState } from 'react';
import { useSession } from '../auth/session';
import { saveFile } from '../export/download';
import { Link } from 'react-router';

/**
 * Downloads an evidence pack (GET /compacts/:id/evidence or /disputes/:id/evidence-pack)
 * with the session's token and offers it to save. The export is recorded against the
 * person signed in; the pack can then be checked here (Check a pack) or with its verify.mjs.
 */
export function PackDownload({ path, what }: { path: string; what: string }) {
  const { token } = useSession();
  const [state, setState] = useState<{ busy: boolean; said: string | null; failed: boolean }>({ busy: false, said: null, failed: false });
  const download = async () => {
    setState({ busy: true, said: `Exporting the evidence pack of ${what}…`, failed: false });
    try {
      const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
        throw new Error(problem?.detail ?? `${response.status} ${response.statusText}`);
      }
      const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'evidence-pack.zip';
      const blob = await response.blob();
      saveFile(filename, blob);
      setState({
        busy: false,
        said: `Saved ${filename} (${blob.size.toLocaleString('en-GB')} bytes), anchored to checkpoint ${response.headers.get('ledger-checkpoint-size')}. Your export is recorded.`,
        failed: false,
      });
    } catch (error) {
      setState({ busy: false, said: `The pack could not be exported: ${(error as Error).message}`, failed: true });
    }
  };
  return (
    <div className="pack-download no-print">
      <button type="button" onClick={download} disabled={state.busy}>
        Download the evidence pack
      </button>{' '}
      <Link to="/verify">Check a pack</Link>
      {state.said && (
        <p role={state.failed ? 'alert' : 'status'} className={state.failed ? 'problem' : undefined}>
          {state.said}
        </p>
      )}
    </div>
  );
}
