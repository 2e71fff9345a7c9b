import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { PackDownload } from '../evidence/pack-download';
import { saveFile } from '../export/download';
import { formatDay, words } from '../format';
import { Loaded, usePageTitle } from '../layout/page';
import { DisputeForms } from './dispute-forms';
import { EscalationTimeline } from './escalation-timeline';
import { useDispute, useEscalationAudit, useReplay } from './queries';
import { ReplayStepper } from './replay';

type Dispute = Schemas['DisputeDto'];

function EvidenceDownload({ dispute, evidence }: { dispute: Dispute; evidence: Dispute['evidence'][number] }) {
  const { api } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    setProblem(null);
    const result = await api.GET('/disputes/{id}/evidence/{evidenceId}', {
      params: { path: { id: dispute.disputeId, evidenceId: evidence.evidenceId } },
      parseAs: 'blob',
    });
    if (!result.response.ok || !result.data) {
      const body = result.error as { detail?: string } | undefined;
      setProblem(`Not downloaded: ${body?.detail ?? result.response.statusText}`);
      return;
    }
    saveFile(evidence.file.filename, result.data as Blob);
  }
  return (
    <>
      <button type="button" className="secondary" onClick={download}>
        Download <span className="visually-hidden">{evidence.file.filename}</span>
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}

/**
 * A dispute: its parties and subjects, what each party said, its evidence, the
 * escalation path as it travelled it, a step-through replay of its events, and the
 * steps this person may take.
 */
export function DisputePage() {
  const { id = '' } = useParams();
  const { may } = useSession();
  const dispute = useDispute(id);
  const audit = useEscalationAudit(id);
  const replay = useReplay(id);
  usePageTitle(dispute.data?.summary ?? 'Dispute');
  return (
    <Loaded query={dispute} what="this dispute">
      {(d) => (
        <article className="dispute">
          <p className="breadcrumb no-print">
            <Link to="/disputes">Disputes</Link>
          </p>
          <h1>{d.summary}</h1>
          {may('evidence.export-dispute') && <PackDownload path={`/disputes/${d.disputeId}/evidence-pack`} what="this dispute" />}
          <dl className="facts">
            <div>
              <dt>Status</dt>
              <dd>
                <span className={`status status-${d.status}`}>{words(d.status)}</span> at level {d.currentLevel}, {d.currentLevelName}
              </dd>
            </div>
            <div>
              <dt>Compact</dt>
              <dd>
                {may('compacts.read') ? <Link to={`/compacts/${d.compact.compactId}`}>{d.compact.compactTitle}</Link> : d.compact.compactTitle}, version{' '}
                {d.compact.versionLabel}
              </dd>
            </div>
            <div>
              <dt>Raised by</dt>
              <dd>
                {d.raisedBy} on {formatDay(d.raisedOn)}
              </dd>
            </div>
            <div>
              <dt>Against</dt>
              <dd>{d.against.join(', ')}</dd>
            </div>
            <div>
              <dt>About</dt>
              <dd>{d.about.map((s) => (s.kind === 'section' ? `section ${s.ref}` : `commitment: ${s.ref}`)).join('; ')}</dd>
            </div>
            {d.resolution && (
              <div>
                <dt>Resolved</dt>
                <dd>
                  {formatDay(d.resolution.resolvedOn)} at level {d.resolution.level}, agreed by {d.resolution.agreedBy.join(', ')}: {d.resolution.terms}
                </dd>
              </div>
            )}
            {d.withdrawal && (
              <div>
                <dt>Withdrawn</dt>
                <dd>
                  {formatDay(d.withdrawal.withdrawnOn)} by {d.withdrawal.withdrawnBy}: {d.withdrawal.reason}
                </dd>
              </div>
            )}
          </dl>

          <section aria-labelledby="responses-h">
            <h2 id="responses-h">Responses</h2>
            {d.responses.length === 0 ? (
              <p>No responses recorded.</p>
            ) : (
              <ul>
                {d.responses.map((r, i) => (
                  <li key={i}>
                    <strong>{r.respondent}</strong>, {formatDay(r.respondedOn)} (level {r.level}): {r.response}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="evidence-h">
            <h2 id="evidence-h">Evidence</h2>
            {d.evidence.length === 0 ? (
              <p>No evidence submitted.</p>
            ) : (
              <table className="data evidence">
                <caption>Files submitted, each kept by its SHA-256</caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">What it is</th>
                    <th scope="col">Submitted</th>
                    <th scope="col">SHA-256</th>
                    <th scope="col" className="no-print">
                      <span className="visually-hidden">Download</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.evidence.map((e) => (
                    <tr key={e.evidenceId}>
                      <th scope="row">
                        {e.file.filename}
                        <div className="small">
                          {e.file.mediaType}, {e.file.size.toLocaleString('en-GB')} bytes
                        </div>
                      </th>
                      <td>{e.description}</td>
                      <td>
                        {e.submittedBy}, {formatDay(e.submittedOn)} (level {e.level})
                      </td>
                      <td>
                        <code className="hash">{e.file.sha256}</code>
                      </td>
                      <td className="no-print">
                        <EvidenceDownload dispute={d} evidence={e} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="path-h">
            <h2 id="path-h">Escalation path</h2>
            <Loaded query={audit} what="the escalation audit">
              {(a) => <EscalationTimeline audit={a} />}
            </Loaded>
          </section>

          <section aria-labelledby="replay-h">
            <h2 id="replay-h">Replay, event by event</h2>
            <Loaded query={replay} what="the replay">
              {(r) => <ReplayStepper key={r.lastRevision} replay={r} />}
            </Loaded>
          </section>

          {d.status === 'open' && (
            <section aria-labelledby="steps-h" className="no-print">
              <h2 id="steps-h">Take a step</h2>
              <DisputeForms dispute={d} />
            </section>
          )}
        </article>
      )}
    </Loaded>
  );
}
