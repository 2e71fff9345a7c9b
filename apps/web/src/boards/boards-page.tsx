import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { useCompacts } from '../compacts/queries';
import { CommandForm } from '../forms/command-form';
import { formatDay, today } from '../format';
import { ChoiceFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { useBoards } from './queries';

/** The boards under the compacts this person may read, by compact; the secretariat may establish one. */
export function BoardsPage() {
  usePageTitle('Boards');
  const { api, may } = useSession();
  const choices = useAddressChoices();
  const compactId = choices.get('compact');
  const boards = useBoards(compactId);
  const compacts = useCompacts();
  const compactOptions = (compacts.data ?? []).map((c) => ({ value: c.compactId, label: c.title }));
  return (
    <>
      <h1>Boards</h1>
      <p>Each board under its compact: its terms of reference, meetings, decision log, register of interests and attendance.</p>
      <Filters label="Filter the boards">
        <ChoiceFilter
          id="board-compact"
          label="Compact"
          value={compactId ?? ''}
          any="Any compact"
          options={compactOptions}
          onChange={(v) => choices.set('compact', v)}
        />
      </Filters>
      <Loaded query={boards} what="the boards">
        {(list) =>
          list.length === 0 ? (
            <p>No boards{compactId ? ' under this compact' : ''} yet.</p>
          ) : (
            <table className="data boards">
              <caption>{list.length === 1 ? 'One board' : `${list.length} boards`}</caption>
              <thead>
                <tr>
                  <th scope="col">Board</th>
                  <th scope="col">Compact</th>
                  <th scope="col">Established</th>
                  <th scope="col">Purpose</th>
                </tr>
              </thead>
              <tbody>
                {list.map((b) => (
                  <tr key={b.boardId}>
                    <th scope="row">
                      <Link to={`/boards/${b.boardId}`}>{b.name}</Link>
                    </th>
                    <td>{b.compactTitle}</td>
                    <td>{formatDay(b.establishedOn)}</td>
                    <td>{b.purpose}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {may('boards.manage') && (
        <CommandForm
          title="Establish a board"
          description={<p>A board belongs to a compact. Its terms of reference (seats, quorum, notice rules) are adopted after, as versions.</p>}
          submitLabel="Establish the board"
          fields={[
            { name: 'compactId', label: 'Compact', kind: 'select', options: compactOptions, required: true, initial: compactId ?? undefined },
            { name: 'name', label: 'Name', required: true },
            { name: 'purpose', label: 'Purpose', kind: 'textarea', required: true },
            { name: 'establishedOn', label: 'Established on', kind: 'date', required: true, initial: today() },
          ]}
          ruleFields={{ 'board-name-required': 'name', 'board-purpose-required': 'purpose', 'compact-closed': 'compactId', 'invalid-date': 'establishedOn' }}
          send={(v) =>
            api.POST('/boards', {
              body: { compactId: v.text('compactId'), name: v.text('name'), purpose: v.text('purpose'), establishedOn: v.text('establishedOn') },
            })
          }
        />
      )}
    </>
  );
}
