import { NavLink } from 'react-router';
import { useSession } from '../auth/session';

/** A board's pages, as the role may read them: its terms and meetings, decision log, register of interests, attendance. */
export function BoardNav({ boardId }: { boardId: string }) {
  const { may } = useSession();
  const pages = [
    may('boards.read') && { to: `/boards/${boardId}`, text: 'Terms of reference and meetings', end: true },
    may('boards.read-decisions') && { to: `/boards/${boardId}/decisions`, text: 'Decision log', end: false },
    may('boards.read-interests') && { to: `/boards/${boardId}/interests`, text: 'Register of interests', end: false },
    may('boards.read') && { to: `/boards/${boardId}/attendance`, text: 'Attendance', end: false },
  ].filter((p): p is { to: string; text: string; end: boolean } => Boolean(p));
  return (
    <nav className="sub-nav no-print" aria-label="This board">
      <ul>
        {pages.map((p) => (
          <li key={p.to}>
            <NavLink to={p.to} end={p.end}>
              {p.text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
