import { Link } from 'react-router';
import { formatDay, words } from '../format';
import { Loaded } from '../layout/page';
import { type DisputeStatus, useDisputes } from './queries';

/** The disputes this person may read (the API filters: a partner its own, a mediator those it is appointed to). */
export function DisputeList({ compactId, status }: { compactId?: string; status?: DisputeStatus }) {
  const disputes = useDisputes({ compactId, status });
  return (
    <Loaded query={disputes} what="the disputes">
      {(list) =>
        list.length === 0 ? (
          <p>No disputes{status ? ` ${status}` : ''} that you may read.</p>
        ) : (
          <table className="data disputes">
            <caption>{list.length === 1 ? 'One dispute' : `${list.length} disputes`} that you may read</caption>
            <thead>
              <tr>
                <th scope="col">Dispute</th>
                <th scope="col">Raised by</th>
                <th scope="col">Against</th>
                <th scope="col">Raised on</th>
                <th scope="col">Level</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={d.disputeId}>
                  <th scope="row">
                    <Link to={`/disputes/${d.disputeId}`}>{d.summary}</Link>
                  </th>
                  <td>{d.raisedBy}</td>
                  <td>{d.against.join(', ')}</td>
                  <td>{formatDay(d.raisedOn)}</td>
                  <td>
                    {d.currentLevel}: {d.currentLevelName}
                  </td>
                  <td>
                    <span className={`status status-${d.status}`}>{words(d.status)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </Loaded>
  );
}
