import { Link, useParams, useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { PackDownload } from '../evidence/pack-download';
import { DisputeList } from '../disputes/dispute-list';
import { dateSentence } from '../dates/paper-date';
import { PaperDateText } from '../dates/paper-date-view';
import { formatDay, formatMoment, plural, today, words } from '../format';
import { Loaded, usePageTitle } from '../layout/page';
import { type AsOf, asOfFromSearch, asOfSearch } from './as-of';
import { AsOfControl, describeAsOf } from './as-of-control';
import { CompactForms } from './compact-forms';
import { Endorsements } from './endorsements';
import { PartnerTimeline } from './partner-timeline';
import { useCompact, useEndorsementRequests, useEndorsements, useEscalationPath, usePartners, useSignatures, useVersions } from './queries';
import { SignatureRegister } from './signature-register';
import { StatusBadge, termSummary } from './term';
import { Versions } from './versions';

const SECTIONS = [
  ['term', 'Term and status'],
  ['text', 'Text'],
  ['versions', 'Versions'],
  ['register', 'Signature register'],
  ['endorsements', 'Endorsements'],
  ['partners', 'Partners'],
  ['escalation', 'Escalation path'],
  ['disputes', 'Disputes'],
  ['act', 'Record'],
] as const;

/**
 * A compact as it stood on a date, on either clock: the term and status, the text by
 * section, the versions and a comparison of any two, the signature register, the
 * endorsements, the partners on a time line, the escalation path, its disputes, and
 * the forms this person's role may use. Prints as a clean record.
 */
export function CompactPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const asOf = asOfFromSearch(search);
  const compact = useCompact(id, asOf);
  const { may } = useSession();
  usePageTitle(compact.data?.title ?? 'Compact');
  const setAsOf = (next: AsOf) => setSearch(asOfSearch(next));

  return (
    <Loaded query={compact} what="this compact">
      {(view) => (
        <article className="compact">
          <p className="breadcrumb no-print">
            <Link to="/compacts">Compacts</Link>
          </p>
          <h1>{view.title}</h1>
          <p className="lede">
            {view.covers}
            {view.description && <> · {view.description}</>}
          </p>
          {may('evidence.export-compact') && <PackDownload path={`/compacts/${view.compactId}/evidence`} what="this compact" />}
          <div className="as-of-bar">
            <p className={`as-of-said${asOf.at ? ' past' : ''}`} role="status" data-axis={asOf.at ? asOf.axis : 'now'}>
              <span className="clock-name">{asOf.at === null ? 'Now' : asOf.axis === 'effective' ? 'Effective-date clock' : 'Recorded-time clock'}</span>{' '}
              {describeAsOf(asOf)}
            </p>
            <div className="no-print">
              <AsOfControl key={`${asOf.axis} ${asOf.at} ${asOf.assume}`} asOf={asOf} onChange={setAsOf} />
            </div>
          </div>
          <Undetermined view={view} />
          <CompactLinks compactId={view.compactId} />
          <nav className="on-this-page no-print" aria-label="On this page">
            <ul>
              {SECTIONS.map(([anchor, title]) => (
                <li key={anchor}>
                  <a href={`#${anchor}`}>{title}</a>
                </li>
              ))}
            </ul>
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print this record
            </button>
          </nav>
          <CompactBody view={view} asOf={asOf} />
          <footer className="print-only">
            Printed from compact-ledger on {formatDay(today())}. {describeAsOf(asOf)} Compact {view.compactId}, stream revision {view.revision}.
          </footer>
        </article>
      )}
    </Loaded>
  );
}

/**
 * The facts whose dates the paper gives only to a month or a year, or not at all, so that on
 * the date shown it cannot be said whether they had happened yet: listed plainly, never counted
 * either way (unless the as-of control places such dates on their earliest or latest day).
 */
function Undetermined({ view }: { view: Schemas['CompactViewDto'] }) {
  if (view.undetermined.length === 0) return null;
  return (
    <section className="undetermined" aria-labelledby="undetermined-h">
      <h2 id="undetermined-h">Undetermined on {formatDay(view.asOf.date)}</h2>
      <p>
        {plural(view.undetermined.length, 'fact')} whose date the papers do not place before or after {formatDay(view.asOf.date)}: not counted as having
        happened, nor as not having happened.
      </p>
      <ul>
        {view.undetermined.map((u, i) => (
          <li key={u.factId ?? i} data-fact={u.factId ?? undefined}>
            {u.fact} (its date: {dateSentence(u.date)})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The compact's governance: its boards, its joint programme, its measures, as the role may read them. */
function CompactLinks({ compactId }: { compactId: string }) {
  const { may } = useSession();
  const links = [
    may('boards.read') && { to: `/boards?compact=${compactId}`, text: 'Boards and meetings' },
    may('programme.read') && { to: `/compacts/${compactId}/programme`, text: 'Joint programme' },
    may('programme.read') && { to: `/compacts/${compactId}/measures`, text: 'Measures and the quarterly report' },
  ].filter((link): link is { to: string; text: string } => Boolean(link));
  if (links.length === 0) return null;
  return (
    <nav className="compact-links no-print" aria-label="This compact’s governance">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CompactBody({ view, asOf }: { view: Schemas['CompactViewDto']; asOf: AsOf }) {
  const { may } = useSession();
  const id = view.compactId;
  const versions = useVersions(id, asOf);
  const register = useSignatures(id, asOf);
  const partners = usePartners(id, asOf);
  const endorsements = useEndorsements(id, asOf);
  const requests = useEndorsementRequests(id, asOf);
  const path = useEscalationPath(id);
  const fileName = view.covers
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const partnerName = (org: string) =>
    view.partners.find((p) => p.organisationId === org)?.name ?? partners.data?.find((p) => p.organisationId === org)?.name ?? org;
  const until = view.asOf.date;

  return (
    <>
      <section id="term" aria-labelledby="term-h">
        <h2 id="term-h">Term and status</h2>
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={view.status} />
            </dd>
          </div>
          <div>
            <dt>Term</dt>
            <dd>{termSummary(view.term)}</dd>
          </div>
          {view.term?.decisionReference && (
            <div>
              <dt>Decision</dt>
              <dd>{view.term.decisionReference}</dd>
            </div>
          )}
          {view.term?.corrected && (
            <div>
              <dt>Corrected</dt>
              <dd>The term has been corrected since it was first recorded</dd>
            </div>
          )}
          <div>
            <dt>Current version</dt>
            <dd>
              {view.currentVersion ? (
                <>
                  {view.currentVersion.label}, dated <PaperDateText date={view.currentVersion.dated} />
                </>
              ) : view.undetermined.length > 0 ? (
                'None certainly published by this date (see what is undetermined, above)'
              ) : (
                'None published by this date'
              )}
            </dd>
          </div>
          <div>
            <dt>In force</dt>
            <dd>
              {view.inForce.length === 0
                ? 'No version has come into force'
                : view.inForce.map((f) => (
                    <div key={f.factId}>
                      Version {f.versionLabel} from <PaperDateText date={f.effectiveOn} /> ({words(f.rule)}
                      {f.decisionReference ? `, ${f.decisionReference}` : ''}){f.corrected ? ', corrected' : ''}
                    </div>
                  ))}
            </dd>
          </div>
          <div>
            <dt>Drafted</dt>
            <dd>
              {formatMoment(view.draftedAt)} by {view.draftedBy.name}
            </dd>
          </div>
        </dl>
      </section>

      <section id="text" aria-labelledby="text-h">
        <h2 id="text-h">Text{view.currentVersion ? ` of version ${view.currentVersion.label}` : ''}</h2>
        <Loaded query={versions} what="the versions">
          {(list) => {
            const current = list.find((v) => v.label === view.currentVersion?.label);
            if (!current) return <p>{view.undetermined.length > 0 ? 'No version certainly published by this date.' : 'No version published by this date.'}</p>;
            if (current.sections === null)
              return (
                <p className="no-text-held">
                  The ledger holds no text of version {current.label}: the papers record its label, date and note only. {current.note}
                </p>
              );
            return (
              <>
                <p className="small">
                  Dated <PaperDateText date={current.dated} />. Content hash (what a signature names): <code className="hash">{current.contentHash}</code>
                </p>
                <ol className="sections">
                  {current.sections.map((s) => (
                    <li key={s.number} data-section={s.number}>
                      <h3>
                        <span className="section-number">{s.number}</span> {s.heading}
                      </h3>
                      <p>{s.text}</p>
                    </li>
                  ))}
                </ol>
              </>
            );
          }}
        </Loaded>
      </section>

      <section id="versions" aria-labelledby="versions-h">
        <h2 id="versions-h">Versions</h2>
        <Loaded query={versions} what="the versions">
          {(list) => <Versions compactId={id} versions={list} asOf={asOf} />}
        </Loaded>
      </section>

      <section id="register" aria-labelledby="register-h">
        <h2 id="register-h">Signature register</h2>
        <Loaded query={register} what="the signature register">
          {(rows) => <SignatureRegister rows={rows} versions={versions.data?.map((v) => v.label) ?? []} fileName={fileName} />}
        </Loaded>
      </section>

      <section id="endorsements" aria-labelledby="endorsements-h">
        <h2 id="endorsements-h">Endorsements and requests to endorse</h2>
        <Loaded query={endorsements} what="the endorsements">
          {(list) => (
            <Loaded query={requests} what="the requests to endorse">
              {(asked) => <Endorsements endorsements={list} requests={asked} partnerName={partnerName} />}
            </Loaded>
          )}
        </Loaded>
      </section>

      <section id="partners" aria-labelledby="partners-h">
        <h2 id="partners-h">Partners</h2>
        <Loaded query={partners} what="the partners">
          {(list) => <PartnerTimeline partners={list} until={until} fileName={fileName} />}
        </Loaded>
      </section>

      <section id="escalation" aria-labelledby="escalation-h">
        <h2 id="escalation-h">Escalation path</h2>
        <Loaded query={path} what="the escalation path">
          {(defined) =>
            defined === null ? (
              <p>No escalation path defined.</p>
            ) : (
              <>
                <p>
                  {defined.note} (from <PaperDateText date={defined.effectiveOn} />){defined.corrected ? ', corrected' : ''}
                </p>
                <ol className="levels">
                  {defined.levels.map((level) => (
                    <li key={level.level}>
                      <strong>
                        Level {level.level}: {level.name}
                      </strong>
                      . {level.whoActs}
                      {level.mediation && ' Mediators may be appointed.'}
                      {level.independentChair && ' A board-to-board meeting with an independent chair agreed by every party.'}
                      {level.workingDayLimit !== undefined ? ` Time limit: ${plural(level.workingDayLimit, 'working day')}.` : ' No time limit set.'}
                    </li>
                  ))}
                </ol>
              </>
            )
          }
        </Loaded>
      </section>

      <section id="disputes" aria-labelledby="disputes-h">
        <h2 id="disputes-h">Disputes</h2>
        {may('disputes.read') ? <DisputeList compactId={id} /> : <p>Your role does not read disputes.</p>}
      </section>

      <section id="act" aria-labelledby="act-h" className="no-print">
        <h2 id="act-h">Record</h2>
        {asOf.at !== null ? (
          <p>The forms record what happens now: go back to now to use them.</p>
        ) : versions.data ? (
          <CompactForms compact={view} versions={versions.data} />
        ) : null}
        {asOf.at === null && !may('compacts.act-for-partner') && !may('compacts.manage-partners') && (
          <p>Your role reads the record; it does not write to it.</p>
        )}
      </section>
    </>
  );
}
