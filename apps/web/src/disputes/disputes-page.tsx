import { useAddressChoices } from '../layout/filters';
import { usePageTitle } from '../layout/page';
import { useCompacts } from '../compacts/queries';
import { useSession } from '../auth/session';
import { DisputeList } from './dispute-list';
import type { DisputeStatus } from './queries';

const STATUSES: DisputeStatus[] = ['open', 'resolved', 'withdrawn'];

/** The disputes this person may read, filtered by status and (for those who read compacts) by compact. */
export function DisputesPage() {
  usePageTitle('Disputes');
  const { may, claims } = useSession();
  const choices = useAddressChoices();
  const status = STATUSES.find((s) => s === choices.get('status'));
  const compactId = choices.get('compact') || undefined;
  const readsCompacts = may('compacts.read');
  const compacts = useCompacts(readsCompacts);
  const update = choices.set;
  return (
    <>
      <h1>Disputes</h1>
      {claims?.role === 'mediator' && <p>As a mediator you see the disputes you are appointed to, and no others.</p>}
      {claims?.role === 'partner' && <p>As a partner you see the disputes your organisation is a party to.</p>}
      <form className="filters" role="search" aria-label="Filter the disputes" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="dispute-status">Status</label>
          <select id="dispute-status" value={status ?? ''} onChange={(e) => update('status', e.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        {readsCompacts && (
          <div className="field">
            <label htmlFor="dispute-compact">Compact</label>
            <select id="dispute-compact" value={compactId ?? ''} onChange={(e) => update('compact', e.target.value)}>
              <option value="">Any compact</option>
              {(compacts.data ?? []).map((c) => (
                <option key={c.compactId} value={c.compactId}>
                  {c.covers}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <DisputeList status={status} compactId={compactId} />
      {may('disputes.raise') && <p>To raise a dispute, open the compact it concerns: the form is at the foot of its page.</p>}
    </>
  );
}
